//! The generated layer over real HTTP: the app is served on port 0 with the test doubles, driven
//! through the generated progenitor clients for valid input and through raw HTTP for invalid
//! input, which must get the declared error answer without reaching the trait.

use std::sync::Arc;

use d1_sandbox::generated::{
    card_api_client, merchant_gateway_client, token_notifications_client, tsh_provisioning_client,
};
use poem::listener::{Acceptor, Listener, TcpListener};
use serde_json::{Value, json};

use crate::calls::{json_of, notify_token, text_of, token_notification, token_request};
use crate::support::{Double, OTHER_TENANT, SECRET};

/// A running server and the double behind every API.
struct Running {
    base: String,
    double: Arc<Double>,
    http: reqwest::Client,
}

async fn start() -> Running {
    let double = Arc::new(Double::default());
    let apis = crate::support::doubles(double.clone());
    let acceptor = TcpListener::bind("127.0.0.1:0")
        .into_acceptor()
        .await
        .expect("bind port 0");
    let addr = acceptor.local_addr()[0]
        .as_socket_addr()
        .copied()
        .expect("a TCP address");
    let endpoint = apis.app(Arc::new(|| json!({"keys": []})));
    tokio::spawn(async move {
        poem::Server::new_with_acceptor(acceptor)
            .run(endpoint)
            .await
    });
    Running {
        base: format!("http://{addr}"),
        double,
        http: reqwest::Client::new(),
    }
}

/// A reqwest client that sends `Authorization: <value>` on every request.
fn authorized(value: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::AUTHORIZATION, value.parse().unwrap());
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap()
}

impl Running {
    /// POSTs raw JSON with optional Authorization; returns (status, JSON body or Null).
    async fn post_json(&self, path: &str, auth: Option<&str>, body: Value) -> (u16, Value) {
        let mut req = self.http.post(format!("{}{path}", self.base)).json(&body);
        if let Some(a) = auth {
            req = req.header("authorization", a);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }
}

fn verify_body() -> Value {
    json!({"encryptedData": "x.y.z", "cardId": "card-1", "cardBin": "453421"})
}

const VERIFY: &str = "/cms/api/v1/issuers/ISSUER0001/cards/credentials";
const BEARER: &str = "Bearer double-secret";

#[tokio::test]
async fn a_valid_request_through_the_generated_client_reaches_the_trait() {
    let s = start().await;
    let client = card_api_client::Client::new_with_client(&s.base, authorized(BEARER));
    let answer = client
        .verify_card()
        .issuer_id("ISSUER0001")
        .x_correlation_id("corr-1")
        .body_map(|b| {
            b.card_bin("453421")
                .card_id("card-42")
                .encrypted_data("a.b.c.d.e")
        })
        .send()
        .await
        .expect("the double answers 200");
    assert_eq!(answer.card_id.as_str(), "card-42");
    assert_eq!(s.double.calls(), 1);
}

#[tokio::test]
async fn a_panic_in_a_handler_is_the_declared_500_and_the_server_goes_on() {
    let s = start().await;
    let body =
        json!({"encryptedData": "x.y.z", "cardId": crate::support::PANIC, "cardBin": "453421"});
    let (status, answer) = s.post_json(VERIFY, Some(BEARER), body).await;
    assert_eq!(status, 500, "{answer}");
    assert_eq!(answer["error"]["code"], "INTERNAL_ERROR", "{answer}");
    assert!(
        !answer.to_string().contains("panics on request"),
        "the panic's message is logged, not sent: {answer}"
    );
    let (status, _) = s.post_json(VERIFY, Some(BEARER), verify_body()).await;
    assert_eq!(status, 200, "the next request is served");
    assert_eq!(s.double.calls(), 2);
}

#[tokio::test]
async fn a_problem_without_a_declared_status_gets_the_fallback_and_a_body_that_agrees() {
    use crate::support::FALLBACK;
    let s = start().await;
    // Conflict on verifyCard (no 409): its 400, with the kind's code.
    let body = json!({"encryptedData": "x.y.z", "cardId": FALLBACK, "cardBin": "453421"});
    let (status, answer) = s.post_json(VERIFY, Some(BEARER), body).await;
    assert_eq!(
        (status, &answer["error"]["code"]),
        (400, &json!("CONFLICT")),
        "{answer}"
    );
    // A server failure on the token endpoint (no 5xx): its 400, with INTERNAL_ERROR.
    let resp = token_request(&s.http, &s.base, "client", SECRET)
        .form(&[("grant_type", "client_credentials"), ("scope", FALLBACK)])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    let answer: Value = resp.json().await.unwrap();
    assert_eq!(answer["errorCode"], "INTERNAL_ERROR", "{answer}");
    // Not found on a TSH operation (no 404): its 400, and the body's statusCode says 400 too.
    let (status, answer) = s
        .post_json("/tsh/getAsset", None, json!({"guid": FALLBACK}))
        .await;
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["responseHeader"]["statusCode"], 400.0, "{answer}");
}

#[tokio::test]
async fn invalid_input_gets_the_declared_400_and_never_reaches_the_trait() {
    let s = start().await;
    let cases = [
        (
            "bad cardBin",
            VERIFY.to_string(),
            json!({"encryptedData": "x", "cardId": "c", "cardBin": "12"}),
        ),
        (
            "missing field",
            VERIFY.to_string(),
            json!({"cardId": "c", "cardBin": "453421"}),
        ),
        (
            "number for a string",
            VERIFY.to_string(),
            json!({"encryptedData": 5, "cardId": "c", "cardBin": "453421"}),
        ),
        (
            "null for a string",
            VERIFY.to_string(),
            json!({"encryptedData": null, "cardId": "c", "cardBin": "453421"}),
        ),
        ("body is not an object", VERIFY.to_string(), json!(["x"])),
        (
            "issuerId too short",
            "/cms/api/v1/issuers/SHORT/cards/credentials".to_string(),
            verify_body(),
        ),
        (
            "unknown enum value",
            "/notifications/d1/v1/issuers/ISSUER0001/cards/card-1/notifications".to_string(),
            json!({"operationId": "op-1", "operation": "TOKENIZE", "status": "PENDING"}),
        ),
        (
            "array item breaks its pattern",
            "/notifications/d1/v1/issuers/ISSUER0001/cards/card-1/notifications".to_string(),
            json!({"operationId": "op-1", "operation": "DIGITIZE", "status": "PENDING", "digitalCardIds": ["bad id!"]}),
        ),
        (
            "empty batch",
            "/notifications/d1/v2/issuers/ISSUER0001/cards".to_string(),
            json!({"cards": []}),
        ),
        (
            "bad date-time",
            "/notifications/d1/v2/issuers/ISSUER0001/cards".to_string(),
            json!({"cards": [{"operationId": "o", "operation": "DIGITIZE", "status": "PENDING", "startTime": "yesterday", "cardId": "c"}]}),
        ),
    ];
    for (what, path, body) in cases {
        let (status, answer) = s.post_json(&path, Some(BEARER), body).await;
        assert_eq!(status, 400, "{what}: {answer}");
        assert_eq!(
            answer["error"]["code"], "INVALID_REQUEST",
            "{what}: {answer}"
        );
        assert!(
            answer["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "{what}"
        );
    }
    // A header that breaks its pattern.
    let resp = s
        .http
        .post(format!("{}{VERIFY}", s.base))
        .header("authorization", BEARER)
        .header("x-correlation-id", "not valid!")
        .json(&verify_body())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    // Not JSON at all, and the wrong media type.
    let resp = s
        .http
        .post(format!("{}{VERIFY}", s.base))
        .header("authorization", BEARER)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    let resp = s
        .http
        .post(format!("{}{VERIFY}", s.base))
        .header("authorization", BEARER)
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    assert_eq!(s.double.calls(), 0, "invalid input reached the trait");
}

#[tokio::test]
async fn credentials_are_checked_before_the_trait() {
    let s = start().await;
    let (status, answer) = s.post_json(VERIFY, None, verify_body()).await;
    assert_eq!(status, 401, "{answer}");
    assert_eq!(answer["error"]["code"], "UNAUTHORIZED");
    let (status, _) = s
        .post_json(VERIFY, Some("Bearer wrong"), verify_body())
        .await;
    assert_eq!(status, 401);
    let (status, answer) = s
        .post_json(
            VERIFY,
            Some(&format!("Bearer {OTHER_TENANT}")),
            verify_body(),
        )
        .await;
    assert_eq!(status, 403, "{answer}");
    assert_eq!(answer["error"]["code"], "FORBIDDEN");
    // The API key scheme, and an operation that declares no 403: a refused key is 401.
    let body = json!({"tokenId": "t-1", "merchantId": "m-1"});
    let with = |key: &str| {
        token_notification(&s.http, &s.base, "notify-token-update", key, "c-1")
            .json(&body)
            .send()
    };
    assert_eq!(with("APIKEY wrong").await.unwrap().status().as_u16(), 401);
    assert_eq!(
        with(&format!("APIKEY {OTHER_TENANT}"))
            .await
            .unwrap()
            .status()
            .as_u16(),
        401
    );
    assert_eq!(s.double.calls(), 0);
    assert_eq!(
        with(&format!("APIKEY {SECRET}"))
            .await
            .unwrap()
            .status()
            .as_u16(),
        204
    );
    assert_eq!(s.double.calls(), 1);
}

#[tokio::test]
async fn form_bodies_are_validated_like_json_ones() {
    let s = start().await;
    let form = |body: String| {
        token_request(&s.http, &s.base, "client", SECRET)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    for bad in [
        "grant_type=password",
        "scope=a",
        "grant_type=client_credentials&grant_type=client_credentials",
    ] {
        let resp = form(bad.into()).await.unwrap();
        assert_eq!(resp.status().as_u16(), 400, "{bad}");
        let answer: Value = resp.json().await.unwrap();
        assert_eq!(answer["errorCode"], "FIELD_INVALID_FORMAT", "{bad}");
    }
    // maxLength 256 on `scope`: poem-openapi's own Form would not check it.
    let long = format!("grant_type=client_credentials&scope={}", "s".repeat(257));
    let resp = form(long).await.unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    assert_eq!(s.double.calls(), 0);

    // The generated client sends the form, with HTTP Basic added to its reqwest client.
    let basic = format!(
        "Basic {}",
        base64_encode(format!("client:{SECRET}").as_bytes())
    );
    let client = merchant_gateway_client::Client::new_with_client(&s.base, authorized(&basic));
    let token = notify_token(&client).await;
    assert_eq!(token.scope.as_deref(), Some("notify"));
    assert_eq!(s.double.calls(), 1);
}

/// Standard base64, enough for a Basic header in a test.
fn base64_encode(data: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[tokio::test]
async fn integer_enums_and_mount_points_work_through_the_clients() {
    let s = start().await;
    // TSH is mounted under /tsh; statusCode is an integer enum (0, 911, 921).
    let (status, answer) = s
        .post_json(
            "/tsh/updateCardCallback",
            None,
            json!({"taskId": "t-1", "statusCode": 5}),
        )
        .await;
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["responseHeader"]["statusCode"], json!(400.0));
    assert_eq!(s.double.calls(), 0);
    let client = tsh_provisioning_client::Client::new(&format!("{}/tsh", s.base));
    let err = client
        .update_card_callback()
        .body_map(|b| {
            b.task_id("t-1").status_code(
                tsh_provisioning_client::types::UpdateCardCallbackRequestStatusCode::try_from(911)
                    .unwrap(),
            )
        })
        .send()
        .await
        .expect_err("the double answers 500");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(s.double.calls(), 1);

    // Token notifications under /tsh-cof, through the client, with the APIKEY header.
    let client = token_notifications_client::Client::new_with_client(
        &format!("{}/tsh-cof", s.base),
        authorized(&format!("APIKEY {SECRET}")),
    );
    client
        .notify_token_creation()
        .x_correlation_id("corr-2")
        .body_map(|b| {
            b.merchant_id("merchant-1")
                .token_id(Some("tok-1".to_string()).map(|t| t.try_into().unwrap()))
        })
        .send()
        .await
        .expect("204");
    assert_eq!(s.double.calls(), 2);
}

#[tokio::test]
async fn unknown_routes_and_methods_answer_json() {
    let s = start().await;
    let resp = s
        .http
        .get(format!("{}/no/such/path", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 404);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"]["code"], "NOT_FOUND");
    let resp = s
        .http
        .get(format!("{}{VERIFY}", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 405);
    assert_eq!(resp.headers()["allow"], "POST");
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"]["code"], "METHOD_NOT_ALLOWED");
    let resp = s
        .http
        .get(format!("{}/tsh/nothing", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 404);
    assert!(resp.json::<Value>().await.is_ok());
}

#[tokio::test]
async fn every_api_serves_its_document_and_swagger_ui() {
    let s = start().await;
    for api in d1_sandbox::http::mount::APIS {
        let doc: Value = json_of(s.http.get(format!("{}/openapi/{}.json", s.base, api.stem))).await;
        assert_eq!(doc["info"]["title"], api.title);
        assert_eq!(doc["servers"][0]["url"], api.server_url, "{}", api.stem);
        let yaml = text_of(s.http.get(format!("{}/openapi/{}.yaml", s.base, api.stem))).await;
        assert!(yaml.contains("openapi:"), "{}", api.stem);
        let ui = s
            .http
            .get(format!("{}/docs/{}", s.base, api.stem))
            .send()
            .await
            .unwrap();
        assert_eq!(ui.status().as_u16(), 200, "{}", api.stem);
        assert!(ui.text().await.unwrap().contains("swagger"), "{}", api.stem);
    }
    let index = text_of(s.http.get(format!("{}/", s.base))).await;
    assert!(index.contains("/docs/card-api"));
    let health = s
        .http
        .get(format!("{}/healthz", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status().as_u16(), 200);
}
