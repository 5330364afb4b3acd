//! Rendering of compositions and unions: `allOf` structs and `oneOf` / `anyOf` enums, each
//! with its own poem-openapi `Type` so the served schema is the one written.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::super::model::{ComposedDef, UnionDef};
use super::doc;

/// The `Type` implementation of a component that poem-openapi's derives cannot state: served
/// as a `$ref` to `#/components/schemas/<name>`, whose schema `register` builds after
/// `registrations` (which may bind locals) from `schema_fields` and the description.
fn component_type(
    name: &str,
    description: Option<&str>,
    registrations: TokenStream,
    schema_fields: TokenStream,
) -> TokenStream {
    let ident = format_ident!("{}", name);
    let description = match description.map(str::trim) {
        Some(d) if !d.is_empty() => quote!(Some(#d)),
        _ => quote!(None),
    };
    quote! {
        impl poem_openapi::types::Type for #ident {
            const IS_REQUIRED: bool = true;
            type RawValueType = Self;
            type RawElementValueType = Self;

            fn name() -> std::borrow::Cow<'static, str> {
                #name.into()
            }

            fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
                poem_openapi::registry::MetaSchemaRef::Reference(#name.to_string())
            }

            fn register(registry: &mut poem_openapi::registry::Registry) {
                registry.create_schema::<Self, _>(#name.to_string(), |registry| {
                    #registrations
                    poem_openapi::registry::MetaSchema {
                        description: #description,
                        #schema_fields
                        ..poem_openapi::registry::MetaSchema::ANY
                    }
                });
            }

            fn as_raw_value(&self) -> Option<&Self::RawValueType> {
                Some(self)
            }

            fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self::RawElementValueType> + 'a> {
                Box::new(self.as_raw_value().into_iter())
            }
        }
    }
}

/// An `allOf` of objects: a struct with one field per part and its own `Type`, so that the
/// served schema is the `allOf` as written (poem-openapi's `flatten` would serve one merged
/// object). Each part parses the whole value, as `allOf` means; the answer merges the parts.
pub(super) fn composed(c: &ComposedDef) -> TokenStream {
    let name = format_ident!("{}", c.name);
    let docs = doc(c.description.as_deref());
    let fields = c.parts.iter().map(|(field, ty, inline)| {
        let field = format_ident!("{}", field);
        let ty = format_ident!("{}", ty);
        let text = if *inline {
            " The properties the `allOf` writes itself.".to_string()
        } else {
            format!(" The `{ty}` part.")
        };
        quote! {
            #[doc = #text]
            pub #field: #ty,
        }
    });
    let registrations = c.parts.iter().map(|(_, ty, inline)| {
        let ident = format_ident!("{}", ty);
        if *inline {
            // The inline part is served inline, as written, not as a component of its own.
            quote! {
                let own = poem_openapi::registry::MetaSchema {
                    // poem-openapi titles an object with its Rust name, which the document
                    // does not have.
                    title: None,
                    ..registry.create_fake_schema::<#ident>()
                };
                registry.schemas.remove(#ty);
                all_of.push(poem_openapi::registry::MetaSchemaRef::Inline(Box::new(own)));
            }
        } else {
            quote! {
                <#ident as poem_openapi::types::Type>::register(registry);
                all_of.push(<#ident as poem_openapi::types::Type>::schema_ref());
            }
        }
    });
    let parses = c.parts.iter().map(|(field, ty, _)| {
        let field = format_ident!("{}", field);
        let ty = format_ident!("{}", ty);
        quote! {
            #field: <#ty as poem_openapi::types::ParseFromJSON>::parse_from_json(Some(value.clone()))
                .map_err(poem_openapi::types::ParseError::propagate)?,
        }
    });
    let merges = c.parts.iter().map(|(field, _, _)| {
        let field = format_ident!("{}", field);
        quote! {
            if let Some(serde_json::Value::Object(fields)) = poem_openapi::types::ToJSON::to_json(&self.#field) {
                object.extend(fields);
            }
        }
    });
    let type_impl = component_type(
        &c.name,
        c.description.as_deref(),
        quote! {
            let mut all_of = Vec::new();
            #(#registrations)*
        },
        quote!(all_of,),
    );
    let checks = c.parts.iter().map(|(_, ty, _)| {
        let ty = format_ident!("{}", ty);
        quote!(<#ty as crate::runtime::JsonKinds>::check_kinds(value, at)?;)
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name {
            #(#fields)*
        }

        #type_impl

        impl poem_openapi::types::ParseFromJSON for #name {
            fn parse_from_json(value: Option<serde_json::Value>) -> poem_openapi::types::ParseResult<Self> {
                let value = value.unwrap_or_default();
                Ok(Self {
                    #(#parses)*
                })
            }
        }

        impl poem_openapi::types::ToJSON for #name {
            fn to_json(&self) -> Option<serde_json::Value> {
                let mut object = serde_json::Map::new();
                #(#merges)*
                Some(serde_json::Value::Object(object))
            }
        }

        impl crate::runtime::JsonKinds for #name {
            fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
                #(#checks)*
                Ok(())
            }
        }
    }
}

/// A `oneOf` / `anyOf` of objects: an enum with one variant per member and its own `Type`, so
/// that the served schema is the union as written (poem-openapi's `Union` derive serves a
/// discriminated union through wrapper schemas of its own). With a discriminator the property
/// picks the member; without, `oneOf` takes the one member the value matches (its JSON kinds
/// and its constraints) and refuses a value matching none or several, and `anyOf` takes the
/// first that matches.
pub(super) fn union(u: &UnionDef) -> TokenStream {
    let name = format_ident!("{}", u.name);
    let docs = doc(u.description.as_deref());
    let variants = u.members.iter().map(|(variant, ty)| {
        let variant = format_ident!("{}", variant);
        let ty_ident = format_ident!("{}", ty);
        let text = format!(" A `{ty}`.");
        quote! {
            #[doc = #text]
            #variant(#ty_ident),
        }
    });
    let member_types: Vec<_> = u
        .members
        .iter()
        .map(|(_, ty)| format_ident!("{}", ty))
        .collect();
    let listed = u
        .members
        .iter()
        .map(|(_, ty)| ty.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let keyword = if u.one_of {
        quote!(one_of)
    } else {
        quote!(any_of)
    };
    let discriminator_meta = match &u.discriminator {
        None => quote!(None),
        Some(d) => {
            let property = &d.property;
            let mapping = d
                .mapping
                .iter()
                .map(|(value, target)| quote!((#value.to_string(), #target.to_string())));
            quote!(Some(poem_openapi::registry::MetaDiscriminatorObject {
                property_name: #property,
                mapping: vec![#(#mapping),*],
            }))
        }
    };
    // How a member is tried: its JSON kinds (which the union's own check leaves to it), then
    // its parse and constraints.
    let attempt = |ty: &proc_macro2::Ident| {
        quote! {
            <#ty as crate::runtime::JsonKinds>::check_kinds(&value, "body")
                .map_err(poem_openapi::types::ParseError::<Self>::custom)
                .and_then(|()| {
                    <#ty as poem_openapi::types::ParseFromJSON>::parse_from_json(Some(value.clone()))
                        .map_err(poem_openapi::types::ParseError::propagate)
                })
        }
    };
    let parse = match &u.discriminator {
        Some(d) => {
            let property = &d.property;
            let values = d
                .values
                .iter()
                .map(|(v, _)| v.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let arms = d.values.iter().map(|(value, target)| {
                let (variant, _) = u
                    .members
                    .iter()
                    .find(|(_, ty)| ty == target)
                    .expect("the reader maps values to members");
                let variant = format_ident!("{}", variant);
                let ty = format_ident!("{}", target);
                let attempt = attempt(&ty);
                quote!(Some(#value) => (#attempt).map(Self::#variant),)
            });
            quote! {
                match value.get(#property).and_then(serde_json::Value::as_str) {
                    #(#arms)*
                    _ => Err(poem_openapi::types::ParseError::custom(format!(
                        "`{}` must be one of {}", #property, #values
                    ))),
                }
            }
        }
        None => {
            let one_of = u.one_of;
            let tries = u.members.iter().map(|(variant, ty)| {
                let variant = format_ident!("{}", variant);
                let ty = format_ident!("{}", ty);
                let attempt = attempt(&ty);
                // anyOf stops at the first member that fits; oneOf must try them all.
                let keep = if one_of {
                    quote!(matched.push(Self::#variant(member));)
                } else {
                    quote!(return Ok(Self::#variant(member));)
                };
                quote! {
                    if let Ok(member) = #attempt {
                        #keep
                    }
                }
            });
            let none = quote! {
                poem_openapi::types::ParseError::custom(format!(
                    "the value matches none of {}", #listed
                ))
            };
            if u.one_of {
                quote! {
                    let mut matched = Vec::new();
                    #(#tries)*
                    if matched.len() > 1 {
                        return Err(poem_openapi::types::ParseError::custom(format!(
                            "the value matches more than one of {} (oneOf)", #listed
                        )));
                    }
                    matched.into_iter().next().ok_or_else(|| #none)
                }
            } else {
                quote! {
                    #(#tries)*
                    Err(#none)
                }
            }
        }
    };
    let type_impl = component_type(
        &u.name,
        u.description.as_deref(),
        quote!(#(<#member_types as poem_openapi::types::Type>::register(registry);)*),
        quote! {
            #keyword: vec![#(<#member_types as poem_openapi::types::Type>::schema_ref()),*],
            discriminator: #discriminator_meta,
        },
    );
    let to_json = u.members.iter().map(|(variant, _)| {
        let variant = format_ident!("{}", variant);
        quote!(Self::#variant(member) => poem_openapi::types::ToJSON::to_json(member),)
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
        }

        #type_impl

        impl poem_openapi::types::ParseFromJSON for #name {
            fn parse_from_json(value: Option<serde_json::Value>) -> poem_openapi::types::ParseResult<Self> {
                let value = value.unwrap_or_default();
                #parse
            }
        }

        impl poem_openapi::types::ToJSON for #name {
            fn to_json(&self) -> Option<serde_json::Value> {
                match self {
                    #(#to_json)*
                }
            }
        }

        /// A member's JSON kinds are checked when it is tried (a value of another member may
        /// fail them), so the union itself passes every value on.
        impl crate::runtime::JsonKinds for #name {
            fn check_kinds(_value: &serde_json::Value, _at: &str) -> Result<(), String> {
                Ok(())
            }
        }
    }
}
