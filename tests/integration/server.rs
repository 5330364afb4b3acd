//! The real server (real store, real auth) on port 0: credentials on first start, the token
//! endpoint, the authentication matrix of every protected operation, and state across restarts.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::calls::{access_token, json_of, notify_token, token_notification, token_request};
use d1_sandbox::domain::auth::{Credentials, sha256_hex};
use d1_sandbox::domain::{ConnectingParty, Sandbox, StartError, StoreError, Tenant};
use d1_sandbox::generated::{
    merchant_gateway_client, sandbox_admin_client, token_notifications_client,
};
use d1_sandbox::http::{Config, Running, ServeError};
use josekit::jwt::JwtPayload;
use serde_json::{Value, json};

/// A running real server (also used by the card scenarios).
pub(crate) struct Real {
    pub(crate) base: String,
    dir: PathBuf,
    pub(crate) sandbox: Arc<Sandbox>,
    pub(crate) credentials: Credentials,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    running: Option<Running>,
    http: reqwest::Client,
}

pub(crate) fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "d1-server-{name}-{}-{}",
        std::process::id(),
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub(crate) async fn start(dir: &Path) -> Real {
    start_with(dir, Default::default()).await
}

/// [`start`] with chosen limits.
pub(crate) async fn start_with(dir: &Path, limits: d1_sandbox::http::Limits) -> Real {
    start_configured(dir, "127.0.0.1:0", limits, 64).await
}

/// [`start`] at a chosen address (a restart where partners registered the old one), with
/// chosen limits and delivery concurrency (0 holds deliveries).
pub(crate) async fn start_configured(
    dir: &Path,
    listen: &str,
    limits: d1_sandbox::http::Limits,
    concurrency: usize,
) -> Real {
    let config = Config {
        listen: listen.parse().unwrap(),
        data_dir: dir.to_path_buf(),
        // Inside the data directory, so that removing it cleans up (the process tests keep it
        // beside the directory, where it belongs).
        key_file: Some(dir.join("test.key")),
        // Inside too, for the same reason (a server's default is beside the directory).
        credentials_file: Some(dir.join("credentials.json")),
        limits,
        // Fast retries, so that the delivery tests see them.
        delivery: d1_sandbox::outbound::delivery::WorkerOptions {
            schedule: "initial=100ms,cap=400ms,max-age=5s,jitter=0"
                .parse()
                .unwrap(),
            timeout: std::time::Duration::from_secs(2),
            concurrency,
        },
    };
    // A store stopped a moment ago in this process may still be held by sled's background
    // threads for a moment (a process that exits releases it at once): wait for it.
    let mut attempts = 0;
    let (running, stop) = loop {
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let shutdown = async {
            let _ = stopped.await;
        };
        match d1_sandbox::http::start(config.clone(), shutdown).await {
            Ok(running) => break (running, stop),
            Err(ServeError::Start(StartError::Store(StoreError::InUse(_)))) if attempts < 200 => {
                attempts += 1;
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            Err(e) => panic!("{e}"),
        }
    };
    let credentials: Credentials =
        serde_json::from_slice(&std::fs::read(dir.join("credentials.json")).unwrap()).unwrap();
    Real {
        base: format!("http://{}", running.addr),
        dir: dir.to_path_buf(),
        sandbox: running.sandbox.clone(),
        credentials,
        stop: Some(stop),
        running: Some(running),
        http: reqwest::Client::new(),
    }
}

/// The sandbox-admin client of the demo tenant.
pub(crate) fn admin_client(real: &Real) -> sandbox_admin_client::Client {
    admin_client_with(real, &real.credentials.admin_key)
}

/// The sandbox-admin client sending `key` as the admin key (another tenant's, a wrong one).
pub(crate) fn admin_client_with(real: &Real, key: &str) -> sandbox_admin_client::Client {
    sandbox_admin_client::Client::new_with_client(
        &format!("{}/sandbox", real.base),
        crate::support::client_with("x-admin-key", key),
    )
}

impl Real {
    /// Stops the server and releases the store.
    pub(crate) async fn stop(mut self) -> PathBuf {
        self.stop.take().unwrap().send(()).unwrap();
        self.running.take().unwrap().stopped().await.unwrap();
        self.dir.clone()
    }

    /// Stops the server and removes its data directory (the end of a test that keeps nothing).
    pub(crate) async fn finish(self) {
        let dir = self.stop().await;
        std::fs::remove_dir_all(dir).unwrap();
    }

    /// A fresh access token of the demo tenant.
    /// The demo tenant's credentials file.
    pub(crate) fn credentials_file(&self) -> PathBuf {
        self.dir.join("credentials.json")
    }

    /// A plain HTTP client, for requests the generated clients cannot send (invalid input).
    pub(crate) fn http_client(&self) -> &reqwest::Client {
        &self.http
    }

    pub(crate) async fn token(&self) -> String {
        let c = &self.credentials.oauth;
        access_token(&self.http, &self.base, &c.client_id, &c.client_secret)
            .await
            .expect("the token endpoint answers 200")
    }

    /// POSTs JSON with a bearer token; returns (status, JSON body).
    pub(crate) async fn http_post(&self, path: &str, token: &str, body: Value) -> (u16, Value) {
        let resp = self
            .http
            .post(format!("{}{path}", self.base))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = resp.status().as_u16();
        (status, resp.json().await.unwrap_or(Value::Null))
    }

    /// Sends a request with an optional Authorization value; returns (status, JSON body).
    async fn send(&self, op: &Op, auth: Option<&str>) -> (u16, Value) {
        let method = reqwest::Method::from_bytes(op.method.as_bytes()).unwrap();
        let mut req = self
            .http
            .request(method, format!("{}{}", self.base, op.path));
        if let Some(a) = auth {
            let header = match op.scheme {
                Scheme::AdminKey => "x-admin-key",
                _ => "authorization",
            };
            req = req.header(header, a);
        }
        req = req.header("x-correlation-id", "matrix-1");
        req = match &op.body {
            Body::Json(v) => req.json(v),
            Body::Form(f) => req
                .header("content-type", "application/x-www-form-urlencoded")
                .body(*f),
            Body::None => req,
        };
        let resp = req.send().await.unwrap();
        let status = resp.status().as_u16();
        (status, resp.json().await.unwrap_or(Value::Null))
    }
}

enum Body {
    Json(Value),
    Form(&'static str),
    None,
}

/// A protected operation, called on resources of the demo tenant.
struct Op {
    name: &'static str,
    method: &'static str,
    path: String,
    body: Body,
    scheme: Scheme,
    /// The JSON pointer of the error code in this document's error body.
    code_at: &'static str,
}

#[derive(PartialEq)]
enum Scheme {
    Bearer,
    ApiKey,
    Basic,
    /// `X-Admin-Key` (sandbox admin API).
    AdminKey,
}

fn protected_operations(c: &Credentials) -> Vec<Op> {
    let issuer = &c.issuer_id;
    // The Card API and the card notifications: a bearer token, a JSON body, `error.code`.
    let d1 = |name, path: String, body: Value| Op {
        name,
        method: "POST",
        path,
        body: Body::Json(body),
        scheme: Scheme::Bearer,
        code_at: "/error/code",
    };
    // The token notifications: an API key, the same body for both, a flat `errorCode`.
    let tsh_cof = |name, operation: &str| Op {
        name,
        method: "POST",
        path: format!("/tsh-cof/{operation}"),
        body: Body::Json(json!({"merchantId": c.merchant_id, "tokenId": "tok-1"})),
        scheme: Scheme::ApiKey,
        code_at: "/errorCode",
    };
    [
        d1(
            "verifyCard",
            format!("/cms/api/v1/issuers/{issuer}/cards/credentials"),
            json!({"encryptedData": "a.b.c.d.e", "cardId": "card-1", "cardBin": "453421"}),
        ),
        d1(
            "notifyCardOperation",
            format!("/notifications/d1/v1/issuers/{issuer}/cards/card-1/notifications"),
            json!({"operationId": "op-1", "operation": "DIGITIZE", "status": "PENDING"}),
        ),
        d1(
            "notifyCardOperations",
            format!("/notifications/d1/v2/issuers/{issuer}/cards"),
            json!({"cards": [{"operationId": "op-2", "operation": "DIGITIZE", "status": "PENDING", "startTime": "2024-05-01T10:00:00.000Z", "cardId": "card-1"}]}),
        ),
        Op {
            name: "notify-update",
            method: "POST",
            path: format!(
                "/merchant-gateways/{}/merchants/{}/tokens/tok-1/notify-update",
                c.merchant_gateway_id, c.merchant_id
            ),
            body: Body::None,
            scheme: Scheme::Bearer,
            code_at: "/errorCode",
        },
        tsh_cof("notifyTokenCreation", "notify-token-creation"),
        tsh_cof("notifyTokenUpdate", "notify-token-update"),
        Op {
            name: "getAccessToken",
            method: "POST",
            path: "/oauth2/token".into(),
            body: Body::Form("grant_type=client_credentials"),
            scheme: Scheme::Basic,
            code_at: "/errorCode",
        },
    ]
    .into_iter()
    .chain(admin_operations(c))
    .collect()
}

/// The sandbox admin operations; the issuer-scoped ones answer 403 to another tenant, the
/// merchant-scoped ones 404 (another tenant's merchant is not one it can name), and the
/// tenant-scoped ones (sessions, mappings, settings) act on the caller's own sandbox.
fn admin_operations(c: &Credentials) -> Vec<Op> {
    let issuer = &c.issuer_id;
    let merchant = &c.merchant_id;
    let op = |name, method, path: String, body| Op {
        name,
        method,
        path,
        body,
        scheme: Scheme::AdminKey,
        code_at: "/error/code",
    };
    vec![
        op(
            "registerCard",
            "POST",
            format!("/sandbox/issuers/{issuer}/cards"),
            Body::Json(json!({"pan": "4111111111111111", "exp": "1230", "cvv": "123"})),
        ),
        op(
            "listCards",
            "GET",
            format!("/sandbox/issuers/{issuer}/cards"),
            Body::None,
        ),
        op(
            "getCard",
            "GET",
            format!("/sandbox/issuers/{issuer}/cards/card-1"),
            Body::None,
        ),
        op(
            "setCardState",
            "PUT",
            format!("/sandbox/issuers/{issuer}/cards/card-1/state"),
            Body::Json(json!({"state": "LOST"})),
        ),
        op(
            "listCardOperations",
            "GET",
            format!("/sandbox/issuers/{issuer}/cards/card-1/operations"),
            Body::None,
        ),
        op(
            "resetCvvAttempts",
            "DELETE",
            format!("/sandbox/issuers/{issuer}/cards/card-1/cvv-attempts"),
            Body::None,
        ),
        op(
            "listTokens",
            "GET",
            format!("/sandbox/merchants/{merchant}/tokens"),
            Body::None,
        ),
        op(
            "listTokenNotifications",
            "GET",
            format!("/sandbox/merchants/{merchant}/tokens/tok-1/notifications"),
            Body::None,
        ),
        op(
            "listFailedTokenizations",
            "GET",
            format!("/sandbox/merchants/{merchant}/failed-tokenizations"),
            Body::None,
        ),
        op(
            "createConsumerSession",
            "POST",
            "/sandbox/connecting-party/sessions".into(),
            Body::Json(json!({"deviceSerialNumber": "SN-1"})),
        ),
        op(
            "listCardMappings",
            "GET",
            "/sandbox/connecting-party/mappings".into(),
            Body::None,
        ),
        op(
            "listVerifications",
            "GET",
            "/sandbox/connecting-party/verifications".into(),
            Body::None,
        ),
        op(
            "triggerEvent",
            "POST",
            "/sandbox/events".into(),
            Body::Json(json!({"type": "token-created", "tokenId": "tok-1"})),
        ),
        op(
            "listDeliveries",
            "GET",
            "/sandbox/deliveries".into(),
            Body::None,
        ),
        op(
            "getDeliveryStats",
            "GET",
            "/sandbox/deliveries/stats".into(),
            Body::None,
        ),
        op(
            "getDelivery",
            "GET",
            "/sandbox/deliveries/1".into(),
            Body::None,
        ),
        op(
            "replayDelivery",
            "POST",
            "/sandbox/deliveries/1/replay".into(),
            Body::None,
        ),
        op(
            "abortDelivery",
            "POST",
            "/sandbox/deliveries/1/abort".into(),
            Body::None,
        ),
        op(
            "listPartners",
            "GET",
            "/sandbox/partners".into(),
            Body::None,
        ),
        op(
            "getPartner",
            "GET",
            "/sandbox/partners/issuer".into(),
            Body::None,
        ),
        op(
            "putPartner",
            "PUT",
            "/sandbox/partners".into(),
            Body::Json(
                json!({"role": "token-requestor", "url": "https://x.example", "auth": {"type": "none"}, "merchantId": c.merchant_id}),
            ),
        ),
        op(
            "deletePartner",
            "DELETE",
            "/sandbox/partners/connecting-party".into(),
            Body::None,
        ),
        op("getSettings", "GET", "/sandbox/settings".into(), Body::None),
        op(
            "putSettings",
            "PUT",
            "/sandbox/settings".into(),
            Body::Json(json!({"acceptUnknownCards": true})),
        ),
        op("resetSandbox", "POST", "/sandbox/reset".into(), Body::None),
    ]
}

/// A token for the demo tenant, signed by the server's key, with chosen claims.
fn crafted(real: &Real, audience: &str, expires_in: i64) -> String {
    let now = SystemTime::now();
    let mut payload = JwtPayload::new();
    payload.set_issuer("d1-sandbox");
    payload.set_audience(vec![audience]);
    payload.set_issued_at(&now);
    let exp = if expires_in >= 0 {
        now + Duration::from_secs(expires_in as u64)
    } else {
        now - Duration::from_secs((-expires_in) as u64)
    };
    payload.set_expires_at(&exp);
    payload.set_claim("tid", Some(json!("demo"))).unwrap();
    real.sandbox.auth.sign_for_test(&payload)
}

/// A token with the right claims, signed by a key the server does not know (same kid).
fn wrongly_signed(real: &Real) -> String {
    let good = crafted(real, "d1-sandbox", 600);
    let header = crate::calls::jwt_header(&good);
    let pair =
        josekit::jwk::alg::ec::EcKeyPair::generate(josekit::jwk::alg::ec::EcCurve::P256).unwrap();
    let signer = josekit::jws::ES256
        .signer_from_der(pair.to_der_private_key())
        .unwrap();
    let mut h = josekit::jws::JwsHeader::new();
    h.set_key_id(header["kid"].as_str().unwrap());
    let mut payload = JwtPayload::new();
    payload.set_issuer("d1-sandbox");
    payload.set_audience(vec!["d1-sandbox"]);
    payload.set_expires_at(&(SystemTime::now() + Duration::from_secs(600)));
    payload.set_claim("tid", Some(json!("demo"))).unwrap();
    josekit::jwt::encode_with_signer(&payload, &h, &signer).unwrap()
}

/// The admin key of the second tenant.
pub(crate) const OTHER_ADMIN_KEY: &str = "other-admin-key";

/// Adds a second tenant with known secrets; returns (client id, secret, api key).
pub(crate) async fn other_tenant(real: &Real) -> (String, String, String) {
    let (client, secret, key) = ("other-client", "other-secret", "other-api-key");
    real.sandbox
        .store
        .create_tenant(&Tenant {
            id: "other".into(),
            client_id: client.into(),
            client_secret_sha256: sha256_hex(secret),
            api_key_sha256: sha256_hex(key),
            admin_key_sha256: sha256_hex(OTHER_ADMIN_KEY),
            settings: Default::default(),
            issuer_ids: vec!["OTHERISS01".into()],
            merchant_gateway_ids: vec!["MGW_OTHER1".into()],
            merchant_ids: vec!["00000000001".into()],
            connecting_party: ConnectingParty {
                endpoint_id: "1".into(),
                control_key: "00".into(),
            },
        })
        .await
        .unwrap();
    (client.into(), secret.into(), key.into())
}

fn basic(user: &str, password: &str) -> String {
    use base64::Engine;
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
    )
}

#[tokio::test]
async fn every_protected_operation_refuses_bad_credentials_with_the_declared_body() {
    let real = start(&temp_dir("matrix")).await;
    let (other_client, other_secret, other_key) = other_tenant(&real).await;
    let other_token = access_token(&real.http, &real.base, &other_client, &other_secret)
        .await
        .expect("the other tenant gets a token");
    let expired = crafted(&real, "d1-sandbox", -60);
    let wrong_audience = crafted(&real, "someone-else", 600);
    let forged = wrongly_signed(&real);
    let c = real.credentials.clone();

    let mut checked = 0;
    for op in protected_operations(&c) {
        let cases: Vec<(&str, Option<String>, u16)> = match op.scheme {
            Scheme::Bearer => vec![
                ("missing", None, 401),
                ("malformed", Some("Bearer not-a-jwt".into()), 401),
                ("not bearer", Some(basic("a", "b")), 401),
                ("expired", Some(format!("Bearer {expired}")), 401),
                (
                    "wrong audience",
                    Some(format!("Bearer {wrong_audience}")),
                    401,
                ),
                ("wrongly signed", Some(format!("Bearer {forged}")), 401),
                ("other tenant", Some(format!("Bearer {other_token}")), 403),
            ],
            Scheme::ApiKey => vec![
                ("missing", None, 401),
                ("malformed", Some(format!("Bearer {}", c.api_key)), 401),
                ("wrong key", Some("APIKEY wrong".into()), 401),
                // The token-notification API declares no 403: another tenant's key does not
                // see this tenant's merchant at all.
                ("other tenant", Some(format!("APIKEY {other_key}")), 404),
            ],
            Scheme::AdminKey if op.path.starts_with("/sandbox/issuers/") => vec![
                ("missing", None, 401),
                ("wrong key", Some("wrong".into()), 401),
                ("api key", Some(c.api_key.clone()), 401),
                ("other tenant", Some(OTHER_ADMIN_KEY.into()), 403),
            ],
            Scheme::AdminKey if op.path.starts_with("/sandbox/merchants/") => vec![
                ("missing", None, 401),
                ("wrong key", Some("wrong".into()), 401),
                ("api key", Some(c.api_key.clone()), 401),
                ("other tenant", Some(OTHER_ADMIN_KEY.into()), 404),
            ],
            Scheme::AdminKey => vec![
                ("missing", None, 401),
                ("wrong key", Some("wrong".into()), 401),
                ("api key", Some(c.api_key.clone()), 401),
            ],
            Scheme::Basic => vec![
                ("missing", None, 401),
                ("malformed", Some("Basic %%%".into()), 401),
                (
                    "wrong secret",
                    Some(basic(&c.oauth.client_id, "wrong")),
                    401,
                ),
                (
                    "unknown client",
                    Some(basic("nobody", &c.oauth.client_secret)),
                    401,
                ),
            ],
        };
        for (what, auth, expected) in cases {
            let (status, body) = real.send(&op, auth.as_deref()).await;
            assert_eq!(status, expected, "{} {what}: {body}", op.name);
            let code = body.pointer(op.code_at).and_then(Value::as_str);
            assert!(
                code.is_some_and(|c| !c.is_empty()),
                "{} {what}: no declared error body: {body}",
                op.name
            );
            checked += 1;
        }
    }
    // Bearer 4 × 7, APIKEY 2 × 4, Basic 1 × 4, admin: issuer-scoped 6 × 4, merchant-scoped
    // 3 × 4, tenant-scoped 16 × 3.
    assert_eq!(checked, 4 * 7 + 2 * 4 + 4 + 6 * 4 + 3 * 4 + 16 * 3);

    // And the right credentials pass authentication (answers depend on the API's state).
    let token = real.token().await;
    for op in protected_operations(&c) {
        let auth = match op.scheme {
            Scheme::Bearer => format!("Bearer {token}"),
            Scheme::ApiKey => format!("APIKEY {}", c.api_key),
            Scheme::Basic => basic(&c.oauth.client_id, &c.oauth.client_secret),
            Scheme::AdminKey => c.admin_key.clone(),
        };
        let (status, body) = real.send(&op, Some(&auth)).await;
        assert!(
            ![401, 403].contains(&status),
            "{}: {status} {body}",
            op.name
        );
    }
    real.finish().await;
}

#[tokio::test]
async fn the_token_endpoint_issues_verifiable_tokens_and_refuses_bad_requests() {
    let real = start(&temp_dir("token")).await;
    let c = real.credentials.clone();
    let client = merchant_gateway_client::Client::new(&real.base);
    // Through the generated client, with Basic added by a pre-built reqwest client.
    let authed = merchant_gateway_client::Client::new_with_client(
        &real.base,
        crate::support::client_with(
            "authorization",
            &basic(&c.oauth.client_id, &c.oauth.client_secret),
        ),
    );
    let token = notify_token(&authed).await;
    assert_eq!(token.expires_in, 900);
    assert_eq!(token.token_type, "Bearer");
    assert_eq!(token.scope.as_deref(), Some("notify"));
    let remaining = token.expires_at - chrono::Utc::now();
    assert!(
        (880..=900).contains(&remaining.num_seconds()),
        "{remaining}"
    );
    // The token verifies against the published key set.
    let jwks: Value = json_of(
        real.http
            .get(format!("{}/.well-known/jwks.json", real.base)),
    )
    .await;
    let key = josekit::jwk::Jwk::from_map(jwks["keys"][0].as_object().unwrap().clone()).unwrap();
    assert_eq!(key.key_use(), Some("sig"));
    assert!(
        key.parameter("d").is_none(),
        "the private part must not be published"
    );
    let verifier = josekit::jws::ES256.verifier_from_jwk(&key).unwrap();
    let (payload, _) = josekit::jwt::decode_with_verifier(&token.access_token, &verifier).unwrap();
    assert_eq!(payload.subject(), Some(c.oauth.client_id.as_str()));

    // The unauthenticated client gets the declared 401; bad grants the declared 400.
    let err = client
        .get_access_token()
        .body_map(|b| {
            b.grant_type(merchant_gateway_client::types::TokenRequestGrantType::ClientCredentials)
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    for bad in [
        "grant_type=password",
        "",
        "grant_type=client_credentials&scope=a&scope=b",
    ] {
        let resp = token_request(
            &real.http,
            &real.base,
            &c.oauth.client_id,
            &c.oauth.client_secret,
        )
        .header("content-type", "application/x-www-form-urlencoded")
        .body(bad)
        .send()
        .await
        .unwrap();
        assert_eq!(resp.status().as_u16(), 400, "{bad}");
        assert_eq!(
            resp.json::<Value>().await.unwrap()["errorCode"],
            "FIELD_INVALID_FORMAT",
            "{bad}"
        );
    }
    real.finish().await;
}

#[tokio::test]
async fn credentials_are_written_once_privately_and_state_survives_a_restart() {
    let dir = temp_dir("restart");
    let real = start(&dir).await;
    let written = std::fs::read(dir.join("credentials.json")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join("credentials.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let text = String::from_utf8(written.clone()).unwrap();
    for field in [
        "token_url",
        "client_id",
        "client_secret",
        "api_key",
        "issuer_id",
        "merchant_gateway_id",
        "merchant_id",
        "endpoint_id",
        "control_key",
    ] {
        assert!(
            text.contains(&format!("\"{field}\"")),
            "credentials.json lacks {field}"
        );
    }
    // Secrets are stored only as digests.
    let c = real.credentials.clone();
    let tokens =
        token_notifications_client::Client::new_with_client(&format!("{}/tsh-cof", real.base), {
            let mut h = reqwest::header::HeaderMap::new();
            h.insert(
                reqwest::header::AUTHORIZATION,
                format!("APIKEY {}", c.api_key).parse().unwrap(),
            );
            reqwest::Client::builder()
                .default_headers(h)
                .build()
                .unwrap()
        });
    tokens
        .notify_token_creation()
        .x_correlation_id("c-1")
        .body_map(|b| {
            b.merchant_id(c.merchant_id.clone())
                .token_id(Some("tok-restart".parse().unwrap()))
        })
        .send()
        .await
        .unwrap();
    let dir = real.stop().await;
    for secret in [&c.oauth.client_secret, &c.api_key] {
        assert!(
            !dir_contains(&dir.join("store"), secret.as_bytes()),
            "a secret is stored in clear"
        );
    }

    // Restart on the same data dir: same credentials, same signing key, same tokens.
    let real = start(&dir).await;
    assert_eq!(
        std::fs::read(dir.join("credentials.json")).unwrap(),
        written,
        "credentials.json was rewritten"
    );
    let token = real.token().await;
    let path = format!(
        "/merchant-gateways/{}/merchants/{}/tokens/tok-restart/notify-update",
        c.merchant_gateway_id, c.merchant_id
    );
    let resp = real
        .http
        .post(format!("{}{path}", real.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(
        resp.status().as_u16(),
        204,
        "the token stored before the restart is known"
    );
    real.finish().await;
}

#[tokio::test]
async fn token_updates_apply_in_timestamp_order() {
    let real = start(&temp_dir("order")).await;
    let c = real.credentials.clone();
    let auth = format!("APIKEY {}", c.api_key);
    let post = |path: &'static str, body: Value| {
        token_notification(&real.http, &real.base, path, &auth, "order-1")
            .json(&body)
            .send()
    };
    let unknown = post(
        "notify-token-update",
        json!({"merchantId": c.merchant_id, "tokenId": "t-9"}),
    )
    .await
    .unwrap();
    assert_eq!(unknown.status().as_u16(), 404);
    assert_eq!(
        unknown.json::<Value>().await.unwrap()["errorCode"],
        "UNKNOWN_TOKEN"
    );
    post(
        "notify-token-creation",
        json!({"merchantId": c.merchant_id, "tokenId": "t-9"}),
    )
    .await
    .unwrap();
    let update = |state: &str, at: &str| json!({"merchantId": c.merchant_id, "tokenId": "t-9", "tokenState": state, "lastUpdateTimestamp": at});
    for (state, at) in [
        ("SUSPENDED", "2024-01-01T10:00:02.000Z"),
        ("ACTIVE", "2024-01-01T10:00:01.000Z"),
    ] {
        let resp = post("notify-token-update", update(state, at))
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 204);
    }
    let tenant = real
        .sandbox
        .store
        .tenant_by_client_id(&c.oauth.client_id)
        .unwrap()
        .unwrap();
    let stored = real
        .sandbox
        .store
        .token(&tenant.id, &c.merchant_id, "t-9")
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.state.as_deref(),
        Some("SUSPENDED"),
        "the older update must be discarded"
    );
    let bad = post("notify-token-update", update("ACTIVE", "yesterday"))
        .await
        .unwrap();
    assert_eq!(bad.status().as_u16(), 400);
    real.finish().await;
}

/// Whether any file under `dir` contains `needle`.
fn dir_contains(dir: &Path, needle: &[u8]) -> bool {
    std::fs::read_dir(dir).unwrap().any(|e| {
        let path = e.unwrap().path();
        if path.is_dir() {
            dir_contains(&path, needle)
        } else {
            let data = std::fs::read(&path).unwrap_or_default();
            data.windows(needle.len()).any(|w| w == needle)
        }
    })
}

/// Verified tokens are cached, but a cached token is still refused once it expires, and a token
/// refused once is refused again (only verified tokens are cached).
#[tokio::test]
async fn a_cached_token_is_refused_once_expired() {
    let real = start(&temp_dir("token-cache")).await;
    let short = crafted(&real, "d1-sandbox", 1);
    let auth = &real.sandbox.auth;
    assert_eq!(auth.verify_token(&short).unwrap().id, "demo");
    assert_eq!(
        auth.verify_token(&short).unwrap().id,
        "demo",
        "from the cache"
    );
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let err = auth.verify_token(&short).unwrap_err();
    assert!(format!("{err:?}").contains("expired"), "{err:?}");
    let forged = wrongly_signed(&real);
    for _ in 0..2 {
        assert!(auth.verify_token(&forged).is_err());
    }
    real.finish().await;
}
