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

pub use crate::runtime::DocumentInfo;

/// The APIs, in the order the index page lists them.
pub const APIS: [DocumentInfo; 6] = [
    card_api::DOCUMENT,
    tsh_provisioning::DOCUMENT,
    verification_notification::DOCUMENT,
    token_notifications::DOCUMENT,
    merchant_gateway::DOCUMENT,
    sandbox_admin::DOCUMENT,
];

/// Adds `/docs/<stem>` (Swagger UI), `/openapi/<stem>.json` and `/openapi/<stem>.yaml` for one
/// document, and the document as served to `documents`.
fn with_docs<A: OpenApi + 'static>(
    route: Route,
    documents: &mut Vec<(&'static str, serde_json::Value)>,
    api: A,
    info: &DocumentInfo,
) -> Route {
    let service = info.service(api);
    let document = info.served(&service);
    documents.push((info.stem, document.clone()));
    let json = serde_json::to_string_pretty(&document).expect("JSON values serialise");
    let yaml = serde_yaml::to_string(&document).expect("JSON values serialise as YAML");
    // Swagger UI inlines the document it was built from; the page shows the document as
    // served instead. Its other path (the OAuth 2.0 redirect page) is poem-openapi's.
    let ui = service.swagger_ui_html().replace(&service.spec(), &json);
    let swagger = service.swagger_ui().around(move |ep, req| {
        let ui = ui.clone();
        async move {
            if !read_only_method(req.method()) {
                return Err(poem::error::MethodNotAllowedError.into());
            }
            if matches!(req.uri().path(), "" | "/") {
                return Ok(Html(ui).into_response());
            }
            Ok(ep.call(req).await?.into_response())
        }
    });
    route
        .nest(format!("/docs/{}", info.stem), swagger)
        .at(
            format!("/openapi/{}.json", info.stem),
            poem::get(poem::endpoint::make_sync(move |_| {
                Response::builder()
                    .content_type("application/json")
                    .body(json.clone())
            })),
        )
        .at(
            format!("/openapi/{}.yaml", info.stem),
            poem::get(poem::endpoint::make_sync(move |_| {
                Response::builder()
                    .content_type("application/x-yaml")
                    .header("Content-Disposition", "inline; filename=\"spec.yaml\"")
                    .body(yaml.clone())
            })),
        )
}

/// Produces the current public key set for `/.well-known/jwks.json`.
pub type JwksSource = Arc<dyn Fn() -> serde_json::Value + Send + Sync>;

impl<C, T, V, K, M, S> Implementations<C, T, V, K, M, S>
where
    C: CardApi,
    T: TshProvisioningApi,
    V: VerificationNotificationApi,
    K: TokenNotificationsApi,
    M: MerchantGatewayApi,
    S: SandboxAdminApi,
{
    /// The whole HTTP application for these implementations.
    pub fn app(&self, jwks: JwksSource) -> impl Endpoint + use<C, T, V, K, M, S> {
        let apis = self;
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

        let route = Route::new()
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
                poem::get(poem::endpoint::make_sync(|_| {
                    Json(serde_json::json!({"status": "ok"}))
                })),
            )
            .at(
                "/.well-known/jwks.json",
                poem::get(poem::endpoint::make_sync(move |_| Json(jwks()))),
            );
        let (mut route, _) = apis.with_all_docs(route);
        // Everything else under `/` goes to the combined root service; what it does not know falls
        // through to the JSON 404/405 below. poem matches a nest at `/` before an exact `/` route,
        // so the index page is answered in front of the routes, in the one wrapper every request
        // passes (each wrapper costs every request a boxed future and a move of the request).
        route = route.nest("/", root);
        route
            .catch_all_error(json_error)
            .around(|ep, req| async move {
                let path = req.uri().path().to_string();
                let mut resp = if path == "/" {
                    if read_only_method(req.method()) {
                        return Ok(index().into_response());
                    }
                    json_error(poem::error::MethodNotAllowedError.into()).await
                } else {
                    ep.call(req).await?.into_response()
                };
                if path == TOKEN_ENDPOINT {
                    token_endpoint_headers(&mut resp);
                }
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

    /// Adds the served documents and Swagger UI of every API to `route`; returns the route
    /// and each document as served, keyed by the API's short name.
    fn with_all_docs(&self, route: Route) -> (Route, Vec<(&'static str, serde_json::Value)>) {
        let apis = self;
        let [card, tsh, verification, tokens, gateway, admin] = &APIS;
        let mut docs = Vec::with_capacity(APIS.len());
        let mut route = route;
        route = with_docs(
            route,
            &mut docs,
            CardApiService(apis.card_api.clone()),
            card,
        );
        let tsh_service = TshProvisioningApiService(apis.tsh_provisioning.clone());
        route = with_docs(route, &mut docs, tsh_service, tsh);
        let verification_service =
            VerificationNotificationApiService(apis.verification_notification.clone());
        route = with_docs(route, &mut docs, verification_service, verification);
        let tokens_service = TokenNotificationsApiService(apis.token_notifications.clone());
        route = with_docs(route, &mut docs, tokens_service, tokens);
        let gateway_service = MerchantGatewayApiService(apis.merchant_gateway.clone());
        route = with_docs(route, &mut docs, gateway_service, gateway);
        let admin_service = SandboxAdminApiService(apis.sandbox_admin.clone());
        route = with_docs(route, &mut docs, admin_service, admin);
        (route, docs)
    }

    /// Every API's document exactly as the server serves it at `/openapi/<stem>.json`, keyed
    /// by the API's short name (for the fidelity test).
    pub fn documents(&self) -> Vec<(&'static str, serde_json::Value)> {
        self.with_all_docs(Route::new()).1
    }
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

/// GET and HEAD: the methods of the index, `/healthz`, the JWK set, the served documents and
/// Swagger UI.
fn read_only_method(method: &poem::http::Method) -> bool {
    matches!(*method, poem::http::Method::GET | poem::http::Method::HEAD)
}

/// Whether a path is one of the read-only resources ([`read_only_method`]).
fn read_only_path(path: &str) -> bool {
    let api = |stem: &str| APIS.iter().any(|a| a.stem == stem);
    matches!(path, "/" | "/healthz" | "/.well-known/jwks.json")
        || path
            .strip_prefix("/openapi/")
            .and_then(|f| f.strip_suffix(".json").or_else(|| f.strip_suffix(".yaml")))
            .is_some_and(api)
        || path
            .strip_prefix("/docs/")
            .map(|rest| rest.split('/').next().unwrap_or_default())
            .is_some_and(api)
}

/// The methods the resource at a request path accepts: its operations' methods, or GET and
/// HEAD for the read-only resources.
pub fn allowed_methods(request_path: &str) -> Vec<&'static str> {
    if read_only_path(request_path) {
        return vec!["GET", "HEAD"];
    }
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

/// The merchant gateway's OAuth 2.0 token endpoint, whose answers carry the headers of RFC 6749.
const TOKEN_ENDPOINT: &str = "/oauth2/token";

/// RFC 6749 §5.1: a token answer must not be cached (`Cache-Control: no-store`, `Pragma:
/// no-cache`), errors included; §5.2 and RFC 7235: a 401 names the scheme to authenticate with.
/// The document states both in the operation's description (the generator does not emit
/// response headers).
fn token_endpoint_headers(resp: &mut Response) {
    use poem::http::header::{CACHE_CONTROL, HeaderValue, PRAGMA, WWW_AUTHENTICATE};
    let headers = resp.headers_mut();
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(PRAGMA, HeaderValue::from_static("no-cache"));
    if resp.status() == StatusCode::UNAUTHORIZED {
        resp.headers_mut().insert(
            WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"d1-sandbox\""),
        );
    }
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
        for read_only in [
            "/",
            "/healthz",
            "/.well-known/jwks.json",
            "/openapi/card-api.json",
            "/openapi/tsh-provisioning.yaml",
            "/docs/card-api",
            "/docs/card-api/oauth-receiver.html",
        ] {
            assert_eq!(allowed_methods(read_only), ["GET", "HEAD"], "{read_only}");
        }
        assert!(allowed_methods("/openapi/nothing.json").is_empty());
    }
}
