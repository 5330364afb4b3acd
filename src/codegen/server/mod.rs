//! Renders the server module of one document: poem-openapi types (`types`), and response
//! enums, security schemes, the API trait and the `#[OpenApi]` service (`api`). This module
//! holds what both use and assembles the module.
//!
//! Generated code refers to the handwritten support in `crate::runtime` (problems, error bodies,
//! the validated payloads); everything document-specific is generated here.

mod api;
mod compose;
mod types;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::model::{Api, Operation, TypeRef, Validators};
use api::{
    authenticator, param_defaults, response_enum, security_scheme, service_method, trait_method,
};
use types::type_def;

/// Renders the formatted server module, with its preamble.
pub fn render(api: &Api) -> String {
    let tokens = tokens(api);
    let body = super::format_tokens(tokens).expect("the server generator emits valid Rust");
    format!(
        "{}{body}",
        super::preamble(
            &api.file_name,
            "poem-openapi server: types, responses, trait, service"
        )
    )
}

/// `#[doc = "..."]` attributes for an optional description (one per line keeps rustdoc happy).
fn doc(text: Option<&str>) -> TokenStream {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return quote!();
    };
    let lines = text.lines().map(|l| format!(" {l}"));
    quote!( #( #[doc = #lines] )* )
}

/// The summary and description of an operation as poem-openapi reads them from doc comments:
/// the first paragraph is the summary, the rest the description.
fn op_doc(op: &Operation) -> TokenStream {
    let mut text = String::new();
    if let Some(s) = &op.summary {
        text.push_str(s.trim());
    }
    if let Some(d) = op
        .description
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(d);
    }
    doc(Some(&text))
}

/// The Rust type of a type reference; `types` is the path prefix of named types.
fn ty(t: &TypeRef, types: &TokenStream) -> TokenStream {
    match t {
        TypeRef::Named(n) => {
            let n = format_ident!("{}", n);
            quote!(#types #n)
        }
        TypeRef::String => quote!(String),
        TypeRef::DateTime => quote!(chrono::DateTime<chrono::FixedOffset>),
        TypeRef::Date => quote!(crate::runtime::Date),
        TypeRef::Uuid => quote!(crate::runtime::Uuid),
        TypeRef::Bytes => quote!(crate::runtime::Bytes),
        TypeRef::Bool => quote!(bool),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::F32 => quote!(f32),
        TypeRef::F64 => quote!(f64),
        TypeRef::Vec(inner) => {
            let inner = ty(inner, types);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = ty(inner, types);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
    }
}

/// The Rust expression of a `default` (the reader has checked that it fits the type); `types`
/// is the path prefix of named types where the expression stands.
fn default_literal(
    api: &Api,
    t: &TypeRef,
    value: &serde_json::Value,
    types: &TokenStream,
) -> Option<TokenStream> {
    if let TypeRef::Named(name) = t {
        let ident = format_ident!("{}", name);
        return match api.types.iter().find(|d| d.name() == name)? {
            super::model::TypeDef::StringEnum(e) => {
                let (_, variant) = e
                    .values
                    .iter()
                    .find(|(v, _)| Some(v.as_str()) == value.as_str())?;
                let variant = format_ident!("{}", variant);
                Some(quote!(#types #ident::#variant))
            }
            super::model::TypeDef::Scalar(s) => {
                let inner = default_literal(api, &s.base, value, types)?;
                Some(quote!(#types #ident(#inner)))
            }
            _ => None,
        };
    }
    Some(match (t, value) {
        (TypeRef::String, serde_json::Value::String(s)) => quote!(#s.to_string()),
        (TypeRef::Bool, serde_json::Value::Bool(b)) => quote!(#b),
        (TypeRef::I32, v) => {
            let n = Literal::i32_unsuffixed(v.as_i64().and_then(|n| i32::try_from(n).ok())?);
            quote!(#n)
        }
        (TypeRef::I64, v) => {
            let n = Literal::i64_unsuffixed(v.as_i64()?);
            quote!(#n)
        }
        (TypeRef::F32 | TypeRef::F64, v) => {
            let n = Literal::f64_unsuffixed(v.as_f64()?);
            quote!(#n)
        }
        _ => return None,
    })
}

fn float(v: f64) -> Literal {
    Literal::f64_unsuffixed(v)
}

/// The `validator(...)` part of an `#[oai]` attribute.
fn validator_attr(v: &Validators) -> Option<TokenStream> {
    if v.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    if let Some(n) = v.min_length {
        parts.push(quote!(min_length = #n));
    }
    if let Some(n) = v.max_length {
        parts.push(quote!(max_length = #n));
    }
    if let Some(p) = &v.pattern {
        parts.push(quote!(pattern = #p));
    }
    if let Some((m, exclusive)) = v.minimum {
        let m = float(m);
        parts.push(quote!(minimum(value = #m, exclusive = #exclusive)));
    }
    if let Some((m, exclusive)) = v.maximum {
        let m = float(m);
        parts.push(quote!(maximum(value = #m, exclusive = #exclusive)));
    }
    if let Some(m) = v.multiple_of {
        let m = float(m);
        parts.push(quote!(multiple_of = #m));
    }
    if let Some(n) = v.min_items {
        parts.push(quote!(min_items = #n));
    }
    if let Some(n) = v.max_items {
        parts.push(quote!(max_items = #n));
    }
    if v.unique_items {
        parts.push(quote!(unique_items = true));
    }
    Some(quote!(validator( #(#parts),* )))
}

/// The whole module.
fn tokens(api: &Api) -> TokenStream {
    let types = api.types.iter().map(|t| type_def(api, t));
    let responses = api.operations.iter().map(response_enum);
    let schemes = api.security_schemes.iter().map(security_scheme);
    let trait_name = format_ident!("{}", api.trait_name);
    let service = format_ident!("{}Service", api.trait_name);
    let operations = api.operations.iter().map(|op| {
        let method = op.method.to_uppercase();
        let path = &op.path;
        quote!((#method, #path))
    });
    let title = &api.title;
    let version = &api.version;
    let optional = |text: &Option<String>| match text {
        Some(t) => quote!(Some(#t)),
        None => quote!(None),
    };
    let description = optional(&api.description);
    let server_description = optional(&api.server_description);
    let tag_names = api.tags.iter().map(|t| &t.name);
    let closed = api.types.iter().filter_map(|t| match t {
        super::model::TypeDef::Object(o) if o.closed => Some(&o.name),
        _ => None,
    });
    let server_url = &api.server_url;
    let stem = &api.stem;
    let file_name = &api.file_name;

    let tag_variants = api.tags.iter().map(|t| {
        let variant = format_ident!("{}", t.variant);
        let name = &t.name;
        let docs = doc(t.description.as_deref());
        quote! {
            #docs
            #[oai(rename = #name)]
            #variant,
        }
    });

    let principal = (!api.security_schemes.is_empty()).then(|| {
        quote! {
            /// What a successful authentication yields; passed to every protected operation.
            type Principal: Send + 'static;
        }
    });
    let authenticators = api.security_schemes.iter().map(authenticator);
    let trait_methods = api.operations.iter().map(trait_method);
    let service_methods = api.operations.iter().map(|op| service_method(api, op));
    let default_modules: Vec<TokenStream> = api
        .operations
        .iter()
        .filter_map(|op| param_defaults(api, op))
        .collect();
    let param_defaults = (!default_modules.is_empty()).then(|| {
        quote! {
            /// The parameters' defaults, one module per operation.
            mod param_defaults {
                #(#default_modules)*
            }
        }
    });
    let trait_doc = format!(
        " The operations of `{file_name}`: implement this trait to serve the API. The generated \
         service has already extracted and validated every input, and authenticated the caller \
         where the document asks for it."
    );
    let service_doc = format!(
        " The poem-openapi service of `{file_name}`, calling a [`{trait_name}`] implementation."
    );
    let title_doc = format!(" `info.title` of `{file_name}`.");

    let tags_enum = if api.tags.is_empty() {
        quote!()
    } else {
        quote! {
            /// The document's tags.
            #[derive(poem_openapi::Tags)]
            pub enum Tags {
                #(#tag_variants)*
            }
        }
    };

    quote! {
        #[doc = #title_doc]
        pub const TITLE: &str = #title;
        /// `info.version` of the document.
        pub const VERSION: &str = #version;
        /// `info.description` of the document: the introduction a reader sees first.
        pub const DESCRIPTION: Option<&str> = #description;
        /// `servers[0].url`: the path where the API is mounted.
        pub const SERVER_URL: &str = #server_url;
        /// `servers[0].description`.
        pub const SERVER_DESCRIPTION: Option<&str> = #server_description;
        /// The tags' names in the order the document lists them (poem-openapi serves them
        /// sorted; the served document is put back in this order).
        pub const TAGS: &[&str] = &[#(#tag_names),*];
        /// The API's short name (the document's file stem).
        pub const STEM: &str = #stem;
        /// Every operation as (HTTP method, document path), for `Allow` headers.
        pub const OPERATIONS: &[(&str, &str)] = &[#(#operations),*];
        /// The objects with `additionalProperties: false` (poem-openapi cannot state it; the
        /// served document is given it).
        pub const CLOSED_SCHEMAS: &[&str] = &[#(#closed),*];
        /// What the document says about itself, for its service and served document.
        pub const DOCUMENT: crate::runtime::DocumentInfo = crate::runtime::DocumentInfo {
            stem: STEM,
            title: TITLE,
            version: VERSION,
            description: DESCRIPTION,
            server_url: SERVER_URL,
            server_description: SERVER_DESCRIPTION,
            tags: TAGS,
            closed_schemas: CLOSED_SCHEMAS,
        };

        /// The document's schemas.
        pub mod types {
            #(#types)*
        }

        /// One enum per operation, one variant per declared status.
        pub mod responses {
            #(#responses)*
        }

        /// The document's security schemes.
        pub mod security {
            #(#schemes)*
        }

        #tags_enum

        #[doc = #trait_doc]
        pub trait #trait_name: Send + Sync + 'static {
            #principal
            #(#authenticators)*
            #(#trait_methods)*
        }

        #param_defaults

        #[doc = #service_doc]
        pub struct #service<T>(pub std::sync::Arc<T>);

        #[poem_openapi::OpenApi]
        impl<T: #trait_name> #service<T> {
            #(#service_methods)*
        }
    }
}
