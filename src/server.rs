//! Mounting the generated services: each API at its document's `servers[0].url`, each with its
//! served document and Swagger UI, and JSON answers for unknown routes and methods.
//!
//! Three documents live at `/` (card-api, verification-notification, merchant-gateway). poem's
//! `Route` refuses two services nested at the same prefix, so the operations of those three are
//! routed through one combined `OpenApiService`, while each document's own spec and Swagger UI
//! come from an `OpenApiService` of its own.

use std::sync::Arc;

use poem::{
    Endpoint, EndpointExt, IntoResponse, Response, Route,
    http::StatusCode,
    web::{Html, Json},
};
use poem_openapi::{OpenApi, OpenApiService};

use crate::generated::{
    card_api::{self, CardApi, CardApiService},
    merchant_gateway::{self, MerchantGatewayApi, MerchantGatewayApiService},
    sandbox_admin::{self, SandboxAdminApi, SandboxAdminApiService},
    token_notifications::{self, TokenNotificationsApi, TokenNotificationsApiService},
    tsh_provisioning::{self, TshProvisioningApi, TshProvisioningApiService},
    verification_notification::{
        self, VerificationNotificationApi, VerificationNotificationApiService,
    },
};

/// The implementations of the API traits that a server serves.
pub struct Implementations<C, T, V, K, M, S> {
    /// The Card API.
    pub card_api: Arc<C>,
    /// The TSH provisioning API.
    pub tsh_provisioning: Arc<T>,
    /// The verification card mapping notification.
    pub verification_notification: Arc<V>,
    /// The token notifications API.
    pub token_notifications: Arc<K>,
    /// The merchant gateway API.
    pub merchant_gateway: Arc<M>,
    /// The sandbox admin API.
    pub sandbox_admin: Arc<S>,
}

/// One API as partners see it: its short name, where it is mounted, and its own document.
pub struct ApiDocument {
    /// The short name (document file stem).
    pub stem: &'static str,
    /// The document's title.
    pub title: &'static str,
    /// Where the API is mounted.
    pub server_url: &'static str,
}

/// The APIs, in the order the index page lists them.
pub const APIS: [ApiDocument; 6] = [
    ApiDocument {
        stem: card_api::STEM,
        title: card_api::TITLE,
        server_url: card_api::SERVER_URL,
    },
    ApiDocument {
        stem: tsh_provisioning::STEM,
        title: tsh_provisioning::TITLE,
        server_url: tsh_provisioning::SERVER_URL,
    },
    ApiDocument {
        stem: verification_notification::STEM,
        title: verification_notification::TITLE,
        server_url: verification_notification::SERVER_URL,
    },
    ApiDocument {
        stem: token_notifications::STEM,
        title: token_notifications::TITLE,
        server_url: token_notifications::SERVER_URL,
    },
    ApiDocument {
        stem: merchant_gateway::STEM,
        title: merchant_gateway::TITLE,
        server_url: merchant_gateway::SERVER_URL,
    },
    ApiDocument {
        stem: sandbox_admin::STEM,
        title: sandbox_admin::TITLE,
        server_url: sandbox_admin::SERVER_URL,
    },
];

/// A document's own service: the source of its served spec and Swagger UI.
fn document<A: OpenApi + 'static>(
    api: A,
    title: &str,
    version: &str,
    server_url: &str,
) -> OpenApiService<A, ()> {
    OpenApiService::new(api, title, version).server(server_url)
}

/// Adds `/docs/<stem>`, `/openapi/<stem>.json` and `/openapi/<stem>.yaml` for one document.
fn with_docs<A: OpenApi + 'static>(
    route: Route,
    stem: &str,
    service: OpenApiService<A, ()>,
) -> Route {
    route
        .nest(format!("/docs/{stem}"), service.swagger_ui())
        .at(format!("/openapi/{stem}.json"), service.spec_endpoint())
        .at(
            format!("/openapi/{stem}.yaml"),
            service.spec_endpoint_yaml(),
        )
}

/// Produces the current public key set for `/.well-known/jwks.json`.
pub type JwksSource = Arc<dyn Fn() -> serde_json::Value + Send + Sync>;

/// The whole HTTP application for a set of implementations.
pub fn app<C, T, V, K, M, S>(
    apis: &Implementations<C, T, V, K, M, S>,
    jwks: JwksSource,
) -> impl Endpoint + use<C, T, V, K, M, S>
where
    C: CardApi,
    T: TshProvisioningApi,
    V: VerificationNotificationApi,
    K: TokenNotificationsApi,
    M: MerchantGatewayApi,
    S: SandboxAdminApi,
{
    let card = || CardApiService(apis.card_api.clone());
    let tsh = || TshProvisioningApiService(apis.tsh_provisioning.clone());
    let verification =
        || VerificationNotificationApiService(apis.verification_notification.clone());
    let tokens = || TokenNotificationsApiService(apis.token_notifications.clone());
    let gateway = || MerchantGatewayApiService(apis.merchant_gateway.clone());
    let admin = || SandboxAdminApiService(apis.sandbox_admin.clone());

    // The operations of the documents mounted at `/`, routed together.
    let root = OpenApiService::new(
        (card(), verification(), gateway()),
        "d1-sandbox",
        env!("CARGO_PKG_VERSION"),
    );

    let mut route = Route::new()
        .nest(
            tsh_provisioning::SERVER_URL,
            OpenApiService::new(tsh(), tsh_provisioning::TITLE, tsh_provisioning::VERSION),
        )
        .nest(
            token_notifications::SERVER_URL,
            OpenApiService::new(
                tokens(),
                token_notifications::TITLE,
                token_notifications::VERSION,
            ),
        )
        .nest(
            sandbox_admin::SERVER_URL,
            OpenApiService::new(admin(), sandbox_admin::TITLE, sandbox_admin::VERSION),
        )
        .at(
            "/healthz",
            poem::endpoint::make_sync(|_| Json(serde_json::json!({"status": "ok"}))),
        )
        .at(
            "/.well-known/jwks.json",
            poem::endpoint::make_sync(move |_| Json(jwks())),
        );
    route = with_docs(
        route,
        card_api::STEM,
        document(
            card(),
            card_api::TITLE,
            card_api::VERSION,
            card_api::SERVER_URL,
        ),
    );
    route = with_docs(
        route,
        tsh_provisioning::STEM,
        document(
            tsh(),
            tsh_provisioning::TITLE,
            tsh_provisioning::VERSION,
            tsh_provisioning::SERVER_URL,
        ),
    );
    route = with_docs(
        route,
        verification_notification::STEM,
        document(
            verification(),
            verification_notification::TITLE,
            verification_notification::VERSION,
            verification_notification::SERVER_URL,
        ),
    );
    route = with_docs(
        route,
        token_notifications::STEM,
        document(
            tokens(),
            token_notifications::TITLE,
            token_notifications::VERSION,
            token_notifications::SERVER_URL,
        ),
    );
    route = with_docs(
        route,
        merchant_gateway::STEM,
        document(
            gateway(),
            merchant_gateway::TITLE,
            merchant_gateway::VERSION,
            merchant_gateway::SERVER_URL,
        ),
    );
    route = with_docs(
        route,
        sandbox_admin::STEM,
        document(
            admin(),
            sandbox_admin::TITLE,
            sandbox_admin::VERSION,
            sandbox_admin::SERVER_URL,
        ),
    );
    // Everything else under `/` goes to the combined root service; what it does not know falls
    // through to the JSON 404/405 below. poem matches a nest at `/` before an exact `/` route,
    // so the index page is answered in front of the routes, in the one wrapper every request
    // passes (each wrapper costs every request a boxed future and a move of the request).
    route = route.nest("/", root);
    route
        .catch_all_error(json_error)
        .around(|ep, req| async move {
            if req.uri().path() == "/" && req.method() == poem::http::Method::GET {
                return Ok(index().into_response());
            }
            let path = req.uri().path().to_string();
            let mut resp = ep.call(req).await?.into_response();
            // RFC 9110: a 405 names the methods the resource supports.
            if resp.status() == StatusCode::METHOD_NOT_ALLOWED {
                let allowed = allowed_methods(&path);
                if let Ok(value) = allowed.join(", ").parse() {
                    resp.headers_mut().insert(poem::http::header::ALLOW, value);
                }
            }
            Ok(resp)
        })
}

/// Every API's operations as (mount path, method, document path).
fn all_operations() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    let apis: [(&'static str, &'static [(&'static str, &'static str)]); 6] = [
        (card_api::SERVER_URL, card_api::OPERATIONS),
        (tsh_provisioning::SERVER_URL, tsh_provisioning::OPERATIONS),
        (
            verification_notification::SERVER_URL,
            verification_notification::OPERATIONS,
        ),
        (
            token_notifications::SERVER_URL,
            token_notifications::OPERATIONS,
        ),
        (merchant_gateway::SERVER_URL, merchant_gateway::OPERATIONS),
        (sandbox_admin::SERVER_URL, sandbox_admin::OPERATIONS),
    ];
    apis.into_iter()
        .flat_map(|(mount, ops)| ops.iter().map(move |(m, p)| (mount, *m, *p)))
}

/// The methods the operations at a request path accept.
pub fn allowed_methods(request_path: &str) -> Vec<&'static str> {
    let mut methods: Vec<&'static str> = all_operations()
        .filter(|(mount, _, template)| {
            let full = format!("{}{template}", mount.trim_end_matches('/'));
            path_matches(&full, request_path)
        })
        .map(|(_, method, _)| method)
        .collect();
    methods.sort_unstable();
    methods.dedup();
    methods
}

/// Whether a request path matches a document path template (`{name}` matches one segment).
fn path_matches(template: &str, path: &str) -> bool {
    let t: Vec<&str> = template.trim_end_matches('/').split('/').collect();
    let p: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| (t.starts_with('{') && t.ends_with('}') && !p.is_empty()) || t == p)
}

/// The HTML index linking every API's Swagger UI and documents.
fn index() -> Html<String> {
    let rows: String = APIS
        .iter()
        .map(|a| {
            format!(
                "<li><a href=\"/docs/{s}\">{t}</a> — mounted at <code>{u}</code> — \
                 <a href=\"/openapi/{s}.json\">JSON</a> · <a href=\"/openapi/{s}.yaml\">YAML</a></li>\n",
                s = a.stem,
                t = a.title,
                u = a.server_url
            )
        })
        .collect();
    Html(format!(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>d1-sandbox</title></head>\n\
         <body><h1>d1-sandbox</h1>\n<p>Swagger UI and OpenAPI documents of every API:</p>\n<ul>\n{rows}</ul></body></html>\n"
    ))
}

/// Answers any error no operation answered (unknown route, unsupported method) in JSON, in the
/// `{ "error": { "code", "message" } }` shape of the card API.
async fn json_error(err: poem::Error) -> Response {
    let status = err.status();
    let code = match status {
        StatusCode::NOT_FOUND => "NOT_FOUND",
        StatusCode::METHOD_NOT_ALLOWED => "METHOD_NOT_ALLOWED",
        s if s.is_client_error() => "INVALID_REQUEST",
        _ => "INTERNAL_ERROR",
    };
    let message = match status {
        StatusCode::NOT_FOUND => "no operation at this path".to_string(),
        StatusCode::METHOD_NOT_ALLOWED => {
            "the operation at this path does not take this method".to_string()
        }
        _ => err.to_string(),
    };
    Json(serde_json::json!({ "error": { "code": code, "message": message } }))
        .with_status(status)
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_methods_follow_the_documents() {
        assert_eq!(
            allowed_methods("/cms/api/v1/issuers/ISSUER0001/cards/credentials"),
            ["POST"]
        );
        assert_eq!(allowed_methods("/tsh/getAsset"), ["POST"]);
        assert!(allowed_methods("/tsh/nothing").is_empty());
        assert!(allowed_methods("/cms/api/v1/issuers//cards/credentials").is_empty());
    }
}
