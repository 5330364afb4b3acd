//! Renders the server module of one document: poem-openapi types, response enums, the API trait
//! and the `#[OpenApi]` service.
//!
//! Generated code refers to the handwritten support in `crate::runtime` (error bodies, auth
//! rejections, the validated form payload); everything document-specific is generated here.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::model::{
    Api, BodyKind, EnumDef, Field, ObjectDef, Operation, Param, ParamLocation, ScalarDef,
    SecurityKind, SecurityScheme, TypeDef, TypeRef, Validators,
};

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
        TypeRef::Bool => quote!(bool),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::F32 => quote!(f32),
        TypeRef::F64 => quote!(f64),
        TypeRef::Vec(inner) => {
            let inner = ty(inner, types);
            quote!(Vec<#inner>)
        }
    }
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

fn object(api: &Api, o: &ObjectDef) -> TokenStream {
    let name = format_ident!("{}", o.name);
    let docs = doc(o.description.as_deref());
    let fields = o.fields.iter().map(field);
    let kind_checks = o.fields.iter().map(|f| {
        let json = &f.json_name;
        let check = kind_check(api, &f.ty, quote!(v), quote!(format!("{at}.{}", #json)));
        let present = if check.is_empty() {
            quote!(Some(_) => {})
        } else {
            quote!(Some(v) => { #check })
        };
        quote! {
            match object.get(#json) {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", #json));
                }
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
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
        pub struct #name {
            #(#fields)*
        }

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
        TypeRef::String | TypeRef::DateTime => {
            quote!(crate::runtime::expect_string(#value, || #at)?;)
        }
        TypeRef::Named(n) if scalar(n).is_some_and(|s| s.base == TypeRef::String) => {
            let name = format_ident!("{}", n);
            quote!(crate::runtime::expect_string_with(#value, #name::check, || #at)?;)
        }
        TypeRef::Named(n) if scalar(n).is_some_and(|s| s.base == TypeRef::DateTime) => {
            quote!(crate::runtime::expect_string(#value, || #at)?;)
        }
        TypeRef::Named(n)
            if api
                .types
                .iter()
                .any(|d| matches!(d, TypeDef::Object(o) if o.name == *n)) =>
        {
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
        _ => quote!(),
    }
}

fn field(f: &Field) -> TokenStream {
    let docs = doc(f.description.as_deref());
    let name = format_ident!("{}", f.rust_name);
    let json = &f.json_name;
    let base = ty(&f.ty, &quote!());
    let optional = !f.required && !f.has_default;
    let field_ty = if optional {
        quote!(Option<#base>)
    } else {
        base
    };
    let mut attrs = vec![quote!(rename = #json)];
    if optional {
        // poem-openapi writes `null` for `None` unless told otherwise; the documents declare no
        // nullable fields, so an absent value must be omitted.
        attrs.push(quote!(skip_serializing_if_is_none));
    }
    if f.has_default {
        attrs.push(quote!(default));
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
        TypeRef::Named(_) | TypeRef::Vec(_) => {
            unreachable!("scalar newtypes wrap scalars")
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

fn type_def(api: &Api, t: &TypeDef) -> TokenStream {
    match t {
        TypeDef::Object(o) => object(api, o),
        TypeDef::StringEnum(e) => string_enum(e),
        TypeDef::Scalar(s) => scalar(s),
    }
}

fn security_scheme(s: &SecurityScheme) -> TokenStream {
    let name = format_ident!("{}", s.rust_name);
    let docs = doc(s.description.as_deref());
    let rename = &s.name;
    let (attrs, inner) = match &s.kind {
        SecurityKind::Bearer { format } => {
            let fmt = format.as_ref().map(|f| quote!(, bearer_format = #f));
            (
                quote!(rename = #rename, ty = "bearer" #fmt),
                quote!(poem_openapi::auth::Bearer),
            )
        }
        SecurityKind::Basic => (
            quote!(rename = #rename, ty = "basic"),
            quote!(poem_openapi::auth::Basic),
        ),
        SecurityKind::ApiKeyHeader { header } => (
            quote!(rename = #rename, ty = "api_key", key_in = "header", key_name = #header),
            quote!(poem_openapi::auth::ApiKey),
        ),
        SecurityKind::OAuth2ClientCredentials { token_url, scopes } => {
            let scopes_attr = if scopes.is_empty() {
                quote!()
            } else {
                let scopes_ty = format!("{}Scopes", s.rust_name);
                quote!(, scopes = #scopes_ty)
            };
            (
                quote!(rename = #rename, ty = "oauth2", flows(client_credentials(token_url = #token_url #scopes_attr))),
                quote!(poem_openapi::auth::Bearer),
            )
        }
    };
    let scopes_enum = match &s.kind {
        SecurityKind::OAuth2ClientCredentials { scopes, .. } if !scopes.is_empty() => {
            let scopes_ty = format_ident!("{}Scopes", s.rust_name);
            let variants = scopes.iter().map(|(scope, desc)| {
                let variant = format_ident!("{}", super::model::camel_ident(scope));
                quote! {
                    #[doc = #desc]
                    #[oai(rename = #scope)]
                    #variant,
                }
            });
            quote! {
                /// The scopes of the OAuth 2.0 scheme.
                #[derive(poem_openapi::OAuthScopes)]
                pub enum #scopes_ty {
                    #(#variants)*
                }
            }
        }
        _ => quote!(),
    };
    quote! {
        #scopes_enum
        #docs
        #[derive(poem_openapi::SecurityScheme)]
        #[oai(#attrs)]
        pub struct #name(pub #inner);
    }
}

fn credential_type(s: &SecurityScheme) -> TokenStream {
    match &s.kind {
        SecurityKind::Bearer { .. } | SecurityKind::OAuth2ClientCredentials { .. } => {
            quote!(poem_openapi::auth::Bearer)
        }
        SecurityKind::Basic => quote!(poem_openapi::auth::Basic),
        SecurityKind::ApiKeyHeader { .. } => quote!(poem_openapi::auth::ApiKey),
    }
}

/// The response enum of an operation, with its bad-request and rejection constructors.
fn response_enum(op: &Operation) -> TokenStream {
    let name = format_ident!("{}", op.response_name);
    let handler = format!("{}_bad_request", op.fn_name);
    let handler_ident = format_ident!("{}", handler);
    let variants = op.responses.iter().map(|r| {
        let variant = format_ident!("{}", r.variant);
        let status = r.status;
        let docs = doc(Some(&r.description));
        match &r.body {
            Some(b) => {
                let b = ty(b, &quote!(super::types::));
                quote! {
                    #docs
                    #[oai(status = #status)]
                    #variant(poem_openapi::payload::Json<#b>),
                }
            }
            None => quote! {
                #docs
                #[oai(status = #status)]
                #variant,
            },
        }
    });
    let error_ty = ty(
        op.error_type().expect("operations declare an error schema"),
        &quote!(super::types::),
    );
    let variant_for = |status: u16| -> TokenStream {
        let v = format_ident!("{}", op.response(status).expect("declared").variant);
        quote!(#name::#v)
    };
    let bad_request = variant_for(400);
    let classify = match op.response(401) {
        Some(_) => {
            let unauthorized = variant_for(401);
            quote! {
                match problem.kind {
                    crate::runtime::ProblemKind::Unauthorized => #unauthorized(poem_openapi::payload::Json(body)),
                    _ => #bad_request(poem_openapi::payload::Json(body)),
                }
            }
        }
        None => quote!(#bad_request(poem_openapi::payload::Json(body))),
    };
    let rejected = op.security.map(|_| {
        let unauthorized = variant_for(401);
        let forbidden = match op.response(403) {
            Some(_) => variant_for(403),
            None => unauthorized.clone(),
        };
        let fn_name = format_ident!("{}_rejected", op.fn_name);
        quote! {
            /// The answer to a request whose credentials were refused.
            pub fn #fn_name(rejection: crate::runtime::AuthRejection) -> #name {
                let problem = rejection.problem();
                let body = <#error_ty as crate::runtime::ErrorBody>::from_problem(&problem);
                match problem.kind {
                    crate::runtime::ProblemKind::Forbidden => #forbidden(poem_openapi::payload::Json(body)),
                    _ => #unauthorized(poem_openapi::payload::Json(body)),
                }
            }
        }
    });
    let op_id = &op.operation_id;
    let enum_doc = format!(" The answers of `{op_id}`.");
    quote! {
        #[doc = #enum_doc]
        #[derive(poem_openapi::ApiResponse)]
        #[oai(bad_request_handler = #handler)]
        pub enum #name {
            #(#variants)*
        }

        /// Turns a request poem-openapi could not extract (parameters, body, validators, missing
        /// credentials) into the operation's declared error answer.
        pub fn #handler_ident(err: poem::Error) -> #name {
            let problem = crate::runtime::Problem::from_extraction_error(&err);
            let body = <#error_ty as crate::runtime::ErrorBody>::from_problem(&problem);
            #classify
        }

        #rejected
    }
}

fn param_ty(p: &Param) -> TokenStream {
    let base = ty(&p.ty, &quote!(types::));
    if p.required {
        base
    } else {
        quote!(Option<#base>)
    }
}

fn body_ty(op: &Operation) -> Option<(TokenStream, TokenStream)> {
    op.body.as_ref().map(|b| {
        let inner = ty(&b.ty, &quote!(types::));
        let wrapper = match b.kind {
            BodyKind::Json => quote!(crate::runtime::StrictJson<#inner>),
            BodyKind::Form => quote!(crate::runtime::ValidatedForm<#inner>),
        };
        (inner, wrapper)
    })
}

fn trait_method(api: &Api, op: &Operation) -> TokenStream {
    let fn_name = format_ident!("{}", op.fn_name);
    let response = format_ident!("{}", op.response_name);
    let principal = op.security.map(|_| quote!(principal: Self::Principal,));
    let params = op.params.iter().map(|p| {
        let name = format_ident!("{}", p.rust_name);
        let t = param_ty(p);
        quote!(#name: #t,)
    });
    let body = body_ty(op).map(|(inner, _)| quote!(body: #inner,));
    let docs = op_doc(op);
    let _ = api;
    quote! {
        #docs
        fn #fn_name(&self, #principal #(#params)* #body) -> impl std::future::Future<Output = responses::#response> + Send;
    }
}

fn service_method(api: &Api, op: &Operation) -> TokenStream {
    let fn_name = format_ident!("{}", op.fn_name);
    let response = format_ident!("{}", op.response_name);
    // poem uses `:name` for path variables.
    let poem_path = op
        .path
        .split('/')
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(var) => format!(":{var}"),
                None => s.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join("/");
    let method = format_ident!("{}", op.method);
    let method = method.to_string();
    let op_id = &op.operation_id;
    let tags = op.tags.iter().map(|t| {
        let t = format!("Tags::{t}");
        quote!(tag = #t)
    });
    let deprecated = op.deprecated.then(|| quote!(, deprecated));
    let docs = op_doc(op);

    let auth_arg = op.security.map(|i| {
        let scheme = format_ident!("{}", api.security_schemes[i].rust_name);
        quote!(auth: security::#scheme,)
    });
    let authenticate = op.security.map(|i| {
        let method = format_ident!("authenticate_{}", api.security_schemes[i].snake);
        let rejected = format_ident!("{}_rejected", op.fn_name);
        quote! {
            let principal = match self.0.#method(auth.0).await {
                Ok(principal) => principal,
                Err(rejection) => return responses::#rejected(rejection),
            };
        }
    });
    let principal_arg = op.security.map(|_| quote!(principal,));

    let params = op.params.iter().map(|p| {
        let name = format_ident!("{}", p.rust_name);
        let t = param_ty(p);
        let wrapper = match p.location {
            ParamLocation::Path => quote!(poem_openapi::param::Path<#t>),
            ParamLocation::Query => quote!(poem_openapi::param::Query<#t>),
            ParamLocation::Header => quote!(poem_openapi::param::Header<#t>),
        };
        let json_name = &p.name;
        let mut attrs = vec![quote!(name = #json_name)];
        if p.deprecated {
            attrs.push(quote!(deprecated));
        }
        if let Some(v) = validator_attr(&p.validators) {
            attrs.push(v);
        }
        let docs = doc(p.description.as_deref());
        quote! {
            #docs
            #[oai( #(#attrs),* )]
            #name: #wrapper,
        }
    });
    let param_values = op.params.iter().map(|p| {
        let name = format_ident!("{}", p.rust_name);
        quote!(#name.0,)
    });
    let body = body_ty(op).map(|(_, wrapper)| quote!(body: #wrapper,));
    let body_value = op.body.as_ref().map(|_| quote!(body.0));

    quote! {
        #docs
        #[oai(path = #poem_path, method = #method, operation_id = #op_id #(, #tags)* #deprecated)]
        async fn #fn_name(&self, #auth_arg #(#params)* #body) -> responses::#response {
            #authenticate
            self.0.#fn_name(#principal_arg #(#param_values)* #body_value).await
        }
    }
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
    let authenticators = api.security_schemes.iter().map(|s| {
        let method = format_ident!("authenticate_{}", s.snake);
        let credential = credential_type(s);
        let text = format!(
            " Checks a `{}` credential: the principal on success, or why it was refused.",
            s.name
        );
        quote! {
            #[doc = #text]
            fn #method(&self, credential: #credential) -> impl std::future::Future<Output = Result<Self::Principal, crate::runtime::AuthRejection>> + Send;
        }
    });
    let trait_methods = api.operations.iter().map(|op| trait_method(api, op));
    let service_methods = api.operations.iter().map(|op| service_method(api, op));
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
        /// `servers[0].url`: the path where the API is mounted.
        pub const SERVER_URL: &str = #server_url;
        /// The API's short name (the document's file stem).
        pub const STEM: &str = #stem;
        /// Every operation as (HTTP method, document path), for `Allow` headers.
        pub const OPERATIONS: &[(&str, &str)] = &[#(#operations),*];

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

        #[doc = #service_doc]
        pub struct #service<T>(pub std::sync::Arc<T>);

        #[poem_openapi::OpenApi]
        impl<T: #trait_name> #service<T> {
            #(#service_methods)*
        }
    }
}
