//! API rendering: security schemes, per-operation response enums (with the conversion of a
//! problem into the operation's declared answer), the API trait and the `#[OpenApi]` service.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::super::model::{
    Api, BodyKind, Operation, Param, ParamLocation, SecurityKind, SecurityScheme,
};
use super::{default_literal, doc, op_doc, ty, validator_attr};

pub(super) fn security_scheme(s: &SecurityScheme) -> TokenStream {
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
                let variant = format_ident!("{}", super::super::model::camel_ident(scope));
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

/// The trait's `authenticate_<scheme>` method of a security scheme.
pub(super) fn authenticator(s: &SecurityScheme) -> TokenStream {
    let method = format_ident!("authenticate_{}", s.snake);
    let credential = credential_type(s);
    let text = format!(
        " Checks a `{}` credential: the principal, or the problem that refuses it.",
        s.name
    );
    quote! {
        #[doc = #text]
        fn #method(&self, credential: #credential) -> impl std::future::Future<Output = Result<Self::Principal, crate::runtime::Problem>> + Send;
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

/// Every `ProblemKind` of `crate::runtime`, with the statuses that may answer it, most specific
/// first. A problem is answered with the first of its statuses that the operation declares;
/// every list ends in 400, which every operation declares (the reader refuses one without it).
/// So a refused credential is a 403 where the operation declares one and a 401 otherwise, and a
/// server failure on an operation that declares no 5xx (the token endpoint) is its 400. The
/// generated match is exhaustive: a kind added to the runtime without a list here does not
/// compile.
pub const PROBLEM_STATUSES: &[(&str, &[u16])] = &[
    ("InvalidRequest", &[400]),
    ("Unauthorized", &[401, 400]),
    ("Forbidden", &[403, 401, 400]),
    ("NotFound", &[404, 400]),
    ("Conflict", &[409, 400]),
    ("PayloadTooLarge", &[413, 400]),
    ("Timeout", &[408, 400]),
    ("Internal", &[500, 503, 400]),
    ("Unavailable", &[503, 500, 400]),
];

/// The response enum of an operation, the conversion of a problem into it, and the handler
/// poem-openapi calls for a request it could not extract.
pub(super) fn response_enum(op: &Operation) -> TokenStream {
    let name = format_ident!("{}", op.response_name);
    let handler = format!("{}_bad_request", op.fn_name);
    let handler_ident = format_ident!("{}", handler);
    let variants = op.responses.iter().map(|r| {
        let variant = format_ident!("{}", r.variant);
        let status = r.status;
        let docs = doc(Some(&r.description));
        let headers = r
            .headers
            .iter()
            .map(|h| quote!(#[oai(header = #h)] Option<String>));
        match (&r.body, r.headers.is_empty()) {
            (Some(b), _) => {
                let payload = match r.media {
                    BodyKind::Text => quote!(poem_openapi::payload::PlainText<String>),
                    BodyKind::Binary => quote!(poem_openapi::payload::Binary<Vec<u8>>),
                    BodyKind::Json | BodyKind::Form => {
                        let b = ty(b, &quote!(super::types::));
                        quote!(poem_openapi::payload::Json<#b>)
                    }
                };
                quote! {
                    #docs
                    #[oai(status = #status)]
                    #variant(#payload #(, #headers)*),
                }
            }
            (None, false) => quote! {
                #docs
                #[oai(status = #status)]
                #variant(#(#headers),*),
            },
            (None, true) => quote! {
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
    let arms = PROBLEM_STATUSES.iter().map(|(kind, statuses)| {
        let kind = format_ident!("{}", kind);
        let status = statuses
            .iter()
            .copied()
            .find(|s| op.response(*s).is_some())
            .expect("every operation declares 400");
        let variant = format_ident!("{}", op.response(status).expect("declared").variant);
        quote! {
            crate::runtime::ProblemKind::#kind => #name::#variant(poem_openapi::payload::Json(
                <#error_ty as crate::runtime::ErrorBody>::from_problem(&problem, #status),
            )),
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

        /// The operation's declared answer to a problem: the status declared for its kind (see
        /// the generator's `PROBLEM_STATUSES`), with the document's error body.
        impl From<crate::runtime::Problem> for #name {
            fn from(problem: crate::runtime::Problem) -> Self {
                problem.report();
                match problem.kind {
                    #(#arms)*
                }
            }
        }

        /// Turns a request poem-openapi could not extract (parameters, body, validators, missing
        /// credentials) into the operation's declared error answer.
        pub fn #handler_ident(err: poem::Error) -> #name {
            crate::runtime::Problem::from_extraction_error(&err).into()
        }
    }
}

fn param_ty(p: &Param) -> TokenStream {
    let base = ty(&p.ty, &quote!(types::));
    if p.required || p.default_value.is_some() {
        base
    } else {
        quote!(Option<#base>)
    }
}

/// The path of the function poem-openapi calls for a parameter's default: a module per
/// operation, a function per parameter, so no two operations' names can meet.
fn param_default_fn(op: &Operation, p: &Param) -> String {
    format!("param_defaults::{}::{}", op.fn_name, p.rust_name)
}

/// The module of an operation's parameter defaults (inside `param_defaults`), if it has any.
pub(super) fn param_defaults(api: &Api, op: &Operation) -> Option<TokenStream> {
    let fns: Vec<TokenStream> = op
        .params
        .iter()
        .filter_map(|p| {
            let value = p.default_value.as_ref()?;
            let types = quote!(super::super::types::);
            let literal = default_literal(api, &p.ty, value, &types)?;
            let name = format_ident!("{}", p.rust_name);
            let t = ty(&p.ty, &types);
            let docs = format!(" The default of the `{}` parameter.", p.name);
            Some(quote! {
                #[doc = #docs]
                pub(in super::super) fn #name() -> #t {
                    #literal
                }
            })
        })
        .collect();
    if fns.is_empty() {
        return None;
    }
    let module = format_ident!("{}", op.fn_name);
    let docs = format!(" The parameter defaults of `{}`.", op.operation_id);
    Some(quote! {
        #[doc = #docs]
        pub(super) mod #module {
            #(#fns)*
        }
    })
}

fn body_ty(op: &Operation) -> Option<(TokenStream, TokenStream)> {
    op.body.as_ref().map(|b| {
        let inner = ty(&b.ty, &quote!(types::));
        match b.kind {
            BodyKind::Json => (inner.clone(), quote!(crate::runtime::StrictJson<#inner>)),
            BodyKind::Form => (inner.clone(), quote!(crate::runtime::ValidatedForm<#inner>)),
            BodyKind::Text => (quote!(String), quote!(crate::runtime::TextBody)),
            BodyKind::Binary => (quote!(Vec<u8>), quote!(crate::runtime::BinaryBody)),
        }
    })
}

pub(super) fn trait_method(op: &Operation) -> TokenStream {
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
    quote! {
        #docs
        fn #fn_name(&self, #principal #(#params)* #body) -> impl std::future::Future<Output = Result<responses::#response, crate::runtime::Problem>> + Send;
    }
}

pub(super) fn service_method(api: &Api, op: &Operation) -> TokenStream {
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
        quote! {
            let principal = self.0.#method(auth.0).await?;
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
        if p.default_value.is_some() {
            let path = param_default_fn(op, p);
            attrs.push(quote!(default = #path));
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
            // A panic in the handwritten code is the operation's declared 500, not a dropped
            // connection.
            let answer = crate::runtime::catch_panic(async move {
                #authenticate
                self.0.#fn_name(#principal_arg #(#param_values)* #body_value).await
            })
            .await;
            match answer {
                Ok(answer) => answer,
                Err(problem) => problem.into(),
            }
        }
    }
}
