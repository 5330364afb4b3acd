//! Type rendering: objects (with their JSON-kind checks), string enums and scalar newtypes.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::super::model::{Api, EnumDef, Field, ObjectDef, ScalarDef, TypeDef, TypeRef};
use super::compose::{composed, union};
use super::{default_literal, doc, float, ty, validator_attr};

fn object(api: &Api, o: &ObjectDef) -> TokenStream {
    let name = format_ident!("{}", o.name);
    let docs = doc(o.description.as_deref());
    let fields = o.fields.iter().map(|f| field(o, f));
    // The functions poem-openapi calls for the other defaults (`#[oai(default = "...")]`).
    let default_fns = o.fields.iter().filter_map(|f| {
        let value = f.default_value.as_ref()?;
        let fn_name = format_ident!("default_{}", f.rust_name);
        let base = ty(&f.ty, &quote!());
        let literal = default_literal(api, &f.ty, value, &quote!())?;
        let docs = format!(" The default of `{}`.", f.json_name);
        Some(quote! {
            #[doc = #docs]
            fn #fn_name() -> #base {
                #literal
            }
        })
    });
    let default_fns: Vec<TokenStream> = default_fns.collect();
    let default_impl = (!default_fns.is_empty()).then(|| {
        quote! {
            impl #name {
                #(#default_fns)*
            }
        }
    });
    let kind_checks = o.fields.iter().map(|f| {
        let json = &f.json_name;
        let check = kind_check(api, &f.ty, quote!(v), quote!(format!("{at}.{}", #json)));
        let present = if check.is_empty() {
            quote!(Some(_) => {})
        } else {
            quote!(Some(v) => { #check })
        };
        let null = if f.nullable {
            quote!({})
        } else {
            quote!({
                return Err(format!("{at}.{}: null is not allowed", #json));
            })
        };
        // A required property's absence is said here, by its JSON path: poem-openapi's own
        // message names the Rust type it expected ("found null"), not the property.
        let absent = if f.required && !f.read_only && !f.has_default && f.default_value.is_none() {
            quote!({
                return Err(format!("{at}.{}: required, and missing", #json));
            })
        } else {
            quote!({})
        };
        quote! {
            match object.get(#json) {
                None => #absent
                Some(v) if v.is_null() => #null
                #present
            }
        }
    });
    let object_param = if o.fields.is_empty() {
        quote!(_value)
    } else {
        quote!(value)
    };
    let at_param = if o.fields.is_empty() {
        quote!(_at)
    } else {
        quote!(at)
    };
    let object_binding = (!o.fields.is_empty()).then(|| {
        quote! {
            // Anything but an object is reported by poem-openapi's own parsing.
            let Some(object) = value.as_object() else { return Ok(()) };
        }
    });
    let closed = o.closed.then(|| quote!(#[oai(deny_unknown_fields)]));
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
        #closed
        pub struct #name {
            #(#fields)*
        }

        #default_impl

        impl crate::runtime::JsonKinds for #name {
            fn check_kinds(#object_param: &serde_json::Value, #at_param: &str) -> Result<(), String> {
                #object_binding
                #(#kind_checks)*
                Ok(())
            }
        }
    }
}

/// The JSON-kind check of a value of type `t` (poem-openapi's `String` also accepts numbers
/// and booleans, and `Option` accepts `null`; the documents allow neither). A string newtype's
/// own constraints are checked here too, so the error names the field by its JSON path.
///
/// `at` is an expression building the value's path; it is only evaluated when a check fails
/// (or to descend into a nested object), so a valid request builds no path strings.
fn kind_check(api: &Api, t: &TypeRef, value: TokenStream, at: TokenStream) -> TokenStream {
    let scalar = |n: &str| {
        api.types.iter().find_map(|d| match d {
            TypeDef::Scalar(s) if s.name == n => Some(s),
            _ => None,
        })
    };
    match t {
        TypeRef::String | TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid | TypeRef::Bytes => {
            quote!(crate::runtime::expect_string(#value, || #at)?;)
        }
        TypeRef::Named(n) if scalar(n).is_some_and(|s| s.base == TypeRef::String) => {
            let name = format_ident!("{}", n);
            quote!(crate::runtime::expect_string_with(#value, #name::check, || #at)?;)
        }
        TypeRef::Named(n) if scalar(n).is_some_and(|s| s.base == TypeRef::DateTime) => {
            quote!(crate::runtime::expect_string(#value, || #at)?;)
        }
        TypeRef::Named(n) if api.types.iter().any(|d| d.is_object() && d.name() == n) => {
            let n = format_ident!("{}", n);
            quote!(<#n as crate::runtime::JsonKinds>::check_kinds(#value, &#at)?;)
        }
        TypeRef::Vec(inner) => {
            let item_at = quote!({
                let parent = #at;
                format!("{parent}[{i}]")
            });
            let item_check = kind_check(api, inner, quote!(item), item_at);
            if item_check.is_empty() {
                quote!()
            } else {
                quote! {
                    if let Some(items) = #value.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = #at;
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            #item_check
                        }
                    }
                }
            }
        }
        TypeRef::Map(inner) => {
            let value_at = quote!({
                let parent = #at;
                format!("{parent}.{key}")
            });
            let value_check = kind_check(api, inner, quote!(item), value_at);
            quote! {
                if let Some(entries) = #value.as_object() {
                    for (key, item) in entries {
                        if item.is_null() {
                            let parent = #at;
                            return Err(format!("{parent}.{key}: null is not allowed"));
                        }
                        #value_check
                    }
                }
            }
        }
        _ => quote!(),
    }
}

fn field(o: &ObjectDef, f: &Field) -> TokenStream {
    let docs = doc(f.description.as_deref());
    let name = format_ident!("{}", f.rust_name);
    let json = &f.json_name;
    let base = ty(&f.ty, &quote!());
    let base = if f.boxed { quote!(Box<#base>) } else { base };
    let optional = !f.required && !f.has_default && f.default_value.is_none();
    let field_ty = match (f.nullable, optional) {
        (true, true) => quote!(crate::runtime::MaybeNull<#base>),
        (true, false) => quote!(crate::runtime::Nullable<#base>),
        (false, true) => quote!(Option<#base>),
        (false, false) => base,
    };
    let mut attrs = vec![quote!(rename = #json)];
    if optional && !f.nullable {
        // poem-openapi writes `null` for `None` unless told otherwise; the documents declare no
        // nullable fields, so an absent value must be omitted.
        attrs.push(quote!(skip_serializing_if_is_none));
    }
    if f.has_default {
        attrs.push(quote!(default));
    }
    if f.default_value.is_some() {
        let path = format!("{}::default_{}", o.name, f.rust_name);
        attrs.push(quote!(default = #path));
    }
    if f.read_only {
        attrs.push(quote!(read_only));
    }
    if f.write_only {
        attrs.push(quote!(write_only));
    }
    if f.deprecated {
        attrs.push(quote!(deprecated));
    }
    if let Some(v) = validator_attr(&f.validators) {
        attrs.push(v);
    }
    quote! {
        #docs
        #[oai( #(#attrs),* )]
        pub #name: #field_ty,
    }
}

fn string_enum(e: &EnumDef) -> TokenStream {
    let name = format_ident!("{}", e.name);
    let docs = doc(e.description.as_deref());
    let variants = e.values.iter().map(|(value, variant)| {
        let variant = format_ident!("{}", variant);
        quote! {
            #[doc = #value]
            #[oai(rename = #value)]
            #variant,
        }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
        pub enum #name {
            #(#variants)*
        }
    }
}

/// A scalar newtype with its own `Type` implementation, so that the served schema keeps both the
/// type and its constraints, and the check uses a regex compiled once.
fn scalar(s: &ScalarDef) -> TokenStream {
    let name = format_ident!("{}", s.name);
    let docs = doc(s.description.as_deref());
    let base = ty(&s.base, &quote!());
    let (type_name, format) = match &s.base {
        TypeRef::String => ("string", None),
        TypeRef::DateTime => ("string", Some("date-time")),
        TypeRef::I32 => ("integer", Some("int32")),
        TypeRef::I64 => ("integer", Some("int64")),
        TypeRef::F32 => ("number", Some("float")),
        TypeRef::F64 => ("number", Some("double")),
        TypeRef::Bool => ("boolean", None),
        TypeRef::Named(_)
        | TypeRef::Vec(_)
        | TypeRef::Map(_)
        | TypeRef::Date
        | TypeRef::Uuid
        | TypeRef::Bytes => {
            unreachable!("scalar newtypes wrap unformatted scalars and date-times")
        }
    };
    let format = match format {
        Some(f) => quote!(Some(#f)),
        None => quote!(None),
    };
    let v = &s.validators;
    let opt_usize = |o: Option<usize>| match o {
        Some(n) => quote!(Some(#n)),
        None => quote!(None),
    };
    let min_length = opt_usize(v.min_length);
    let max_length = opt_usize(v.max_length);
    let pattern = match &v.pattern {
        Some(p) => quote!(Some(#p.to_string())),
        None => quote!(None),
    };
    let bound = |b: Option<(f64, bool)>| match b {
        Some((m, e)) => {
            let m = float(m);
            (
                quote!(Some(#m)),
                if e { quote!(Some(true)) } else { quote!(None) },
            )
        }
        None => (quote!(None), quote!(None)),
    };
    let (minimum, exclusive_minimum) = bound(v.minimum);
    let (maximum, exclusive_maximum) = bound(v.maximum);
    let multiple_of = match v.multiple_of {
        Some(m) => {
            let m = float(m);
            quote!(Some(#m))
        }
        None => quote!(None),
    };
    let enum_items = s.int_enum.iter().map(|i| quote!(serde_json::json!(#i)));
    let type_label = format!("{type_name}({})", s.name);

    // The checks, in the order a reader of the document would list them.
    let mut checks = Vec::new();
    if let Some(n) = v.min_length {
        checks.push(quote! {
            if value.chars().count() < #n { return Err(format!("shorter than {} characters", #n)); }
        });
    }
    if let Some(n) = v.max_length {
        checks.push(quote! {
            if value.chars().count() > #n { return Err(format!("longer than {} characters", #n)); }
        });
    }
    if let Some(p) = &v.pattern {
        checks.push(quote! {
            static PATTERN: std::sync::LazyLock<regex::Regex> =
                std::sync::LazyLock::new(|| regex::Regex::new(#p).expect("checked by the generator"));
            if !PATTERN.is_match(value) { return Err(format!("does not match the pattern {}", #p)); }
        });
    }
    if let Some((m, exclusive)) = v.minimum {
        let m = float(m);
        checks.push(quote! {
            let n = *value as f64;
            if n < #m || (#exclusive && n == #m) { return Err(format!("below the minimum {}", #m)); }
        });
    }
    if let Some((m, exclusive)) = v.maximum {
        let m = float(m);
        checks.push(quote! {
            let n = *value as f64;
            if n > #m || (#exclusive && n == #m) { return Err(format!("above the maximum {}", #m)); }
        });
    }
    if let Some(m) = v.multiple_of {
        let m = float(m);
        checks.push(quote! {
            if (*value as f64 / #m).fract() != 0.0 { return Err(format!("not a multiple of {}", #m)); }
        });
    }
    if !s.int_enum.is_empty() {
        let values = s.int_enum.iter().map(|i| Literal::i64_unsuffixed(*i));
        let listed = s
            .int_enum
            .iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        checks.push(quote! {
            if ![#(#values),*].contains(value) { return Err(format!("not one of {}", #listed)); }
        });
    }
    let value_param = if checks.is_empty() {
        quote!(_value)
    } else {
        quote!(value)
    };
    let check_ty = match &s.base {
        TypeRef::String => quote!(str),
        _ => base.clone(),
    };

    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name(pub #base);

        impl #name {
            /// Checks a value against the document's constraints.
            pub fn check(#value_param: &#check_ty) -> Result<(), String> {
                #(#checks)*
                Ok(())
            }
        }

        impl poem_openapi::types::Type for #name {
            const IS_REQUIRED: bool = true;
            type RawValueType = Self;
            type RawElementValueType = Self;

            fn name() -> std::borrow::Cow<'static, str> {
                #type_label.into()
            }

            fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
                poem_openapi::registry::MetaSchemaRef::Inline(Box::new(poem_openapi::registry::MetaSchema {
                    format: #format,
                    min_length: #min_length,
                    max_length: #max_length,
                    pattern: #pattern,
                    minimum: #minimum,
                    exclusive_minimum: #exclusive_minimum,
                    maximum: #maximum,
                    exclusive_maximum: #exclusive_maximum,
                    multiple_of: #multiple_of,
                    enum_items: vec![#(#enum_items),*],
                    ..poem_openapi::registry::MetaSchema::new(#type_name)
                }))
            }

            fn as_raw_value(&self) -> Option<&Self::RawValueType> {
                Some(self)
            }

            fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self::RawElementValueType> + 'a> {
                Box::new(self.as_raw_value().into_iter())
            }
        }

        impl poem_openapi::types::ParseFromJSON for #name {
            fn parse_from_json(value: Option<serde_json::Value>) -> poem_openapi::types::ParseResult<Self> {
                let value = <#base as poem_openapi::types::ParseFromJSON>::parse_from_json(value)
                    .map_err(poem_openapi::types::ParseError::propagate)?;
                Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
                Ok(Self(value))
            }
        }

        impl poem_openapi::types::ParseFromParameter for #name {
            fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
                let value = <#base as poem_openapi::types::ParseFromParameter>::parse_from_parameter(value)
                    .map_err(poem_openapi::types::ParseError::propagate)?;
                Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
                Ok(Self(value))
            }
        }

        impl poem_openapi::types::ToJSON for #name {
            fn to_json(&self) -> Option<serde_json::Value> {
                poem_openapi::types::ToJSON::to_json(&self.0)
            }
        }

        /// Wraps a value the server produces, unchecked (request values are checked on parsing).
        impl From<#base> for #name {
            fn from(value: #base) -> Self {
                Self(value)
            }
        }

        impl From<#name> for #base {
            fn from(value: #name) -> Self {
                value.0
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(&self.0, f)
            }
        }

        impl std::ops::Deref for #name {
            type Target = #base;

            fn deref(&self) -> &#base {
                &self.0
            }
        }
    }
}

pub(super) fn type_def(api: &Api, t: &TypeDef) -> TokenStream {
    match t {
        TypeDef::Union(u) => union(u),
        TypeDef::Composed(c) => composed(c),
        TypeDef::Object(o) => object(api, o),
        TypeDef::StringEnum(e) => string_enum(e),
        TypeDef::Scalar(s) => scalar(s),
    }
}
