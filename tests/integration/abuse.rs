//! Abuse: what an attacker or a careless partner sends, against the real server on loopback
//! (issue 12). Every loop here has a fixed count; every request a client timeout.

use std::time::{Duration, SystemTime};

use josekit::jwt::JwtPayload;
use serde_json::{Value, json};

use crate::calls::{json_of, token_notification};
use crate::server::{Real, start, temp_dir};

/// A token of the demo tenant signed by the server's own key, with chosen claims on top of
/// valid ones.
fn signed_with(real: &Real, claims: &[(&str, Value)]) -> String {
    let now = SystemTime::now();
    let mut payload = JwtPayload::new();
    payload.set_issuer("d1-sandbox");
    payload.set_audience(vec!["d1-sandbox"]);
    payload.set_expires_at(&(now + Duration::from_secs(600)));
    payload.set_claim("tid", Some(json!("demo"))).unwrap();
    for (name, value) in claims {
        payload.set_claim(name, Some(value.clone())).unwrap();
    }
    real.sandbox.auth.sign_for_test(&payload)
}

/// The merchant gateway's notify-update path of the demo tenant, for a token id.
fn notify_update(real: &Real, token_id: &str) -> String {
    let c = &real.credentials;
    format!(
        "{}/merchant-gateways/{}/merchants/{}/tokens/{token_id}/notify-update",
        real.base, c.merchant_gateway_id, c.merchant_id
    )
}

/// A `notify-token-creation` request of the demo tenant (API key, correlation id), to which
/// the caller adds its body.
fn token_creation(real: &Real, correlation: &str) -> reqwest::RequestBuilder {
    token_notification(
        &client(),
        &real.base,
        "notify-token-creation",
        &format!("APIKEY {}", real.credentials.api_key),
        correlation,
    )
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

async fn status_and_json(resp: reqwest::Response) -> (u16, Value) {
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn out_of_range_token_dates_are_refused_without_a_panic() {
    let real = start(&temp_dir("abuse-dates")).await;
    let http = client();
    let cases = [
        // (josekit refuses to sign a negative or non-numeric date, and a forged token fails
        // its signature check first.)
        ("exp", json!(1e300)),
        ("nbf", json!(1e300)),
        ("iat", json!(f64::MAX)),
        // Not valid yet: an hour from now.
        (
            "nbf",
            json!(
                SystemTime::now()
                    .duration_since(SystemTime::UNIX_EPOCH)
                    .unwrap()
                    .as_secs()
                    + 3600
            ),
        ),
    ];
    for (claim, value) in cases {
        let token = signed_with(&real, &[(claim, value.clone())]);
        let resp = http
            .post(notify_update(&real, "tok-1"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{claim}={value}: the connection failed: {e}"));
        let (status, body) = status_and_json(resp).await;
        assert_eq!(status, 401, "{claim}={value}: {body}");
        assert_eq!(body["errorCode"], "UNAUTHORIZED", "{claim}={value}");
    }
    // A token valid since a minute ago is accepted (404: the token id is unknown).
    let past = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        - 60;
    let token = signed_with(&real, &[("nbf", json!(past))]);
    let resp = http
        .post(notify_update(&real, "tok-1"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 404);
    real.finish().await;
}

#[tokio::test]
async fn issued_tokens_carry_integer_dates() {
    use base64::Engine;
    let real = start(&temp_dir("abuse-iat")).await;
    let token = real.token().await;
    let claims = token.split('.').nth(1).unwrap();
    let claims: Value = serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(claims)
            .unwrap(),
    )
    .unwrap();
    for name in ["iat", "exp"] {
        assert!(claims[name].is_u64(), "{name}: {}", claims[name]);
    }
    assert_eq!(
        claims["exp"].as_u64().unwrap() - claims["iat"].as_u64().unwrap(),
        900
    );
    real.finish().await;
}

#[tokio::test]
async fn a_body_giving_a_key_twice_is_refused() {
    let real = start(&temp_dir("abuse-dupkeys")).await;
    let c = real.credentials.clone();
    let body = format!(
        r#"{{"merchantId":"{m}","tokenId":"tok-a","merchantId":"{m}"}}"#,
        m = c.merchant_id
    );
    let resp = token_creation(&real, "dup-1")
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    let (status, body) = status_and_json(resp).await;
    assert_eq!(status, 400, "{body}");
    let description = body["errorDescription"].as_str().unwrap();
    assert!(description.contains("merchantId"), "{description}");
    assert!(description.contains("more than once"), "{description}");

    // The same in the encrypted card data: two PANs are refused, not the last one taken.
    let jwks: Value = json_of(client().get(format!("{}/.well-known/jwks.json", real.base))).await;
    let key = d1_sandbox::cli::encrypt_card::choose_encryption_key(&jwks).unwrap();
    let plaintext = br#"{"pan":"4999990000000015","exp":"1230","pan":"4999990000000023"}"#;
    let jwe = d1_sandbox::crypto::jwe::encrypt_to(key, plaintext).unwrap();
    let (status, body) = real
        .http_post(
            &format!("/cms/api/v1/issuers/{}/cards/credentials", c.issuer_id),
            &real.token().await,
            json!({"encryptedData": jwe, "cardId": "dup-card", "cardBin": "499999"}),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"]["code"], "INVALID_CARD_DATA");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("`pan`") && !message.contains("4999"),
        "{message}"
    );
    real.finish().await;
}

#[tokio::test]
async fn a_body_in_another_charset_than_utf8_is_refused() {
    let real = start(&temp_dir("abuse-charset")).await;
    let c = real.credentials.clone();
    let body = json!({"merchantId": c.merchant_id, "tokenId": "tok-c"}).to_string();
    for (charset, expected) in [("utf-16", 400), ("UTF-8", 204)] {
        let resp = token_creation(&real, "charset-1")
            .header(
                "content-type",
                format!("application/json; charset={charset}"),
            )
            .body(body.clone())
            .send()
            .await
            .unwrap();
        let (status, answer) = status_and_json(resp).await;
        assert_eq!(status, expected, "{charset}: {answer}");
        if expected == 400 {
            assert_eq!(answer["errorCode"], "INVALID_REQUEST", "{answer}");
        }
    }
    real.finish().await;
}

#[tokio::test]
async fn read_only_resources_answer_other_methods_with_405() {
    let real = start(&temp_dir("abuse-methods")).await;
    let http = client();
    let paths = [
        "/",
        "/healthz",
        "/.well-known/jwks.json",
        "/openapi/card-api.json",
        "/openapi/sandbox-admin.yaml",
        "/docs/card-api",
    ];
    for path in paths {
        let url = format!("{}{path}", real.base);
        for method in ["DELETE", "PUT", "PATCH", "POST", "TRACE"] {
            let resp = http
                .request(method.parse().unwrap(), &url)
                .send()
                .await
                .unwrap();
            assert_eq!(resp.status().as_u16(), 405, "{method} {path}");
            assert_eq!(
                resp.headers()["allow"].to_str().unwrap(),
                "GET, HEAD",
                "{method} {path}"
            );
            let body: Value = resp.json().await.unwrap();
            assert_eq!(
                body["error"]["code"], "METHOD_NOT_ALLOWED",
                "{method} {path}"
            );
        }
        for method in ["GET", "HEAD"] {
            let resp = http
                .request(method.parse().unwrap(), &url)
                .send()
                .await
                .unwrap();
            assert_eq!(resp.status().as_u16(), 200, "{method} {path}");
        }
    }
    real.finish().await;
}

#[tokio::test]
async fn the_apikey_scheme_word_is_case_insensitive() {
    let real = start(&temp_dir("abuse-apikey")).await;
    let c = real.credentials.clone();
    for (scheme, expected) in [
        ("APIKEY", 204),
        ("apikey", 204),
        ("ApiKey", 204),
        ("Bearer", 401),
    ] {
        let resp = token_notification(
            &client(),
            &real.base,
            "notify-token-creation",
            &format!("{scheme} {}", c.api_key),
            "case-1",
        )
        .json(&json!({"merchantId": c.merchant_id, "tokenId": "tok-case"}))
        .send()
        .await
        .unwrap();
        assert_eq!(resp.status().as_u16(), expected, "{scheme}");
    }
    real.finish().await;
}

#[tokio::test]
async fn digital_card_ids_are_bounded() {
    let real = start(&temp_dir("abuse-dcids")).await;
    let c = real.credentials.clone();
    let token = real.token().await;
    let path = format!(
        "/notifications/d1/v1/issuers/{}/cards/any-card/notifications",
        c.issuer_id
    );
    let ids: Vec<String> = (0..101).map(|i| format!("dc-{i}")).collect();
    let body = json!({"operationId": "op-1", "operation": "DIGITIZE", "status": "SUCCESSFUL", "digitalCardIds": ids});
    let (status, answer) = real.http_post(&path, &token, body).await;
    assert_eq!(status, 400, "{answer}");
    let message = answer["error"]["message"].as_str().unwrap();
    assert!(message.contains("digitalCardIds"), "{message}");
    real.finish().await;
}

/// Limits small enough to be reached quickly in a test.
fn tight() -> d1_sandbox::http::Limits {
    d1_sandbox::http::Limits {
        body: d1_sandbox::runtime::BodyRules {
            limit: 1024,
            timeout: Duration::from_secs(1),
        },
        header_timeout: Duration::from_secs(1),
        idle_timeout: Duration::from_secs(2),
        max_connections: 8,
    }
}

/// A raw connection to the server.
async fn connect(real: &Real) -> tokio::net::TcpStream {
    tokio::net::TcpStream::connect(real.base.trim_start_matches("http://"))
        .await
        .unwrap()
}

/// Reads until the server closes the connection (or 10 s pass); what it sent.
async fn read_to_close(stream: &mut tokio::net::TcpStream) -> String {
    use tokio::io::AsyncReadExt;
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer));
    read.await
        .expect("the server closes the connection")
        .unwrap_or_default();
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn a_body_over_the_limit_is_413_before_it_is_read_or_as_it_passes_the_limit() {
    use tokio::io::AsyncWriteExt;
    let real = crate::server::start_with(&temp_dir("abuse-413"), tight()).await;
    // Declared too large: refused from Content-Length, without waiting for the body.
    let mut stream = connect(&real).await;
    stream
        .write_all(
            b"POST /tsh/getAsset HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
              Content-Length: 1000000000\r\n\r\n{",
        )
        .await
        .unwrap();
    let answer = read_to_close(&mut stream).await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(
        answer.contains("\"statusCode\":413"),
        "the TSH error body: {answer}"
    );

    // Chunked, without a length: stopped as it passes the limit.
    let chunk = vec![b' '; 512];
    let chunks = futures::stream::iter(
        (0..64).map(move |_| Ok::<_, std::io::Error>(bytes::Bytes::from(chunk.clone()))),
    );
    let resp = token_creation(&real, "big-1")
        .header("content-type", "application/json")
        .body(reqwest::Body::wrap_stream(chunks))
        .send()
        .await;
    // The server may answer before the client finished sending and close the connection.
    if let Ok(resp) = resp {
        let (status, body) = status_and_json(resp).await;
        assert_eq!(status, 413, "{body}");
        assert_eq!(body["errorCode"], "PAYLOAD_TOO_LARGE", "{body}");
    }
    // A body within the limit is served as before.
    let resp = token_creation(&real, "small-1")
        .json(&json!({"merchantId": real.credentials.merchant_id, "tokenId": "t"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 204);
    real.finish().await;
}

#[tokio::test]
async fn a_slow_body_is_408_and_slow_or_missing_headers_close_the_connection() {
    use tokio::io::AsyncWriteExt;
    let real = crate::server::start_with(&temp_dir("abuse-slow"), tight()).await;
    // A body that stops arriving: 408 with the API's error body after the body timeout.
    let mut stream = connect(&real).await;
    let started = std::time::Instant::now();
    stream
        .write_all(
            b"POST /verification/notification HTTP/1.1\r\nHost: x\r\n\
              Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"consumer\":",
        )
        .await
        .unwrap();
    let answer = read_to_close(&mut stream).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(
        answer.contains("INVALID_REQUEST") || answer.contains("REQUEST_TIMEOUT"),
        "{answer}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));

    // Headers that never end, and a connection that never sends a request: both closed after
    // the header timeout.
    for opening in [&b"GET /healthz HTTP/1.1\r\nHost: x\r\n"[..], b""] {
        let mut stream = connect(&real).await;
        stream.write_all(opening).await.unwrap();
        let started = std::time::Instant::now();
        read_to_close(&mut stream).await;
        let waited = started.elapsed();
        assert!(waited < Duration::from_secs(5), "{waited:?}");
    }
    // A keep-alive connection that goes quiet after a request is closed too.
    let mut stream = connect(&real).await;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let answer = read_to_close(&mut stream).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    real.finish().await;
}

#[tokio::test]
async fn connections_beyond_the_cap_wait_and_are_served_once_one_closes() {
    let mut limits = tight();
    limits.max_connections = 2;
    limits.header_timeout = Duration::from_secs(30);
    limits.idle_timeout = Duration::from_secs(30);
    let real = crate::server::start_with(&temp_dir("abuse-cap"), limits).await;
    let held = [connect(&real).await, connect(&real).await];
    // Give the server the moment it needs to accept both.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let quick = reqwest::Client::builder()
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let url = format!("{}/healthz", real.base);
    assert!(
        quick.get(&url).send().await.is_err(),
        "a third connection waits"
    );
    drop(held);
    let resp = client().get(&url).send().await.unwrap();
    assert_eq!(
        resp.status().as_u16(),
        200,
        "served once a connection closed"
    );
    real.finish().await;
}

#[tokio::test]
async fn a_cards_history_is_read_a_page_at_a_time_and_the_card_stays_small() {
    let real = start(&temp_dir("abuse-history")).await;
    let c = real.credentials.clone();
    let admin = |path: String| {
        client()
            .get(format!(
                "{}/sandbox/issuers/{}/cards/{path}",
                real.base, c.issuer_id
            ))
            .header("x-admin-key", c.admin_key.clone())
    };
    let resp = client()
        .post(format!(
            "{}/sandbox/issuers/{}/cards",
            real.base, c.issuer_id
        ))
        .header("x-admin-key", c.admin_key.clone())
        .json(&json!({"pan": "4111111111111111", "exp": "1230", "cvv": "123", "cardId": "hist"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 201);
    let token = real.token().await;
    let path = format!(
        "/notifications/d1/v1/issuers/{}/cards/hist/notifications",
        c.issuer_id
    );
    for i in 0..150 {
        let body = json!({"operationId": format!("op-{i:03}"), "operation": "DIGITIZE", "status": "FAILED"});
        let (status, answer) = real.http_post(&path, &token, body).await;
        assert_eq!(status, 204, "{answer}");
    }
    let card: Value = json_of(admin("hist".into())).await;
    assert_eq!(card["operationCount"], 150);
    assert!(
        card.get("operations").is_none(),
        "the card does not carry its history"
    );
    let page: Value = json_of(admin("hist/operations".into())).await;
    let ops = page["operations"].as_array().unwrap();
    assert_eq!(ops.len(), 100, "100 when no limit is given");
    assert_eq!(ops[0]["operationId"], "op-000");
    let next = page["next"].as_i64().expect("a next page");
    let page: Value = json_of(admin(format!("hist/operations?after={next}&limit=1000"))).await;
    let ops = page["operations"].as_array().unwrap();
    assert_eq!(ops.len(), 50);
    assert_eq!(ops[0]["operationId"], "op-100");
    assert!(page.get("next").is_none(), "the last page");
    let (status, _) = (
        admin("hist/operations?limit=1001".into())
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        (),
    );
    assert_eq!(status, 400, "a page is at most 1000 operations");
    real.finish().await;
}

#[tokio::test]
async fn a_deeply_nested_body_is_refused_without_exhausting_the_stack() {
    let real = start(&temp_dir("abuse-nested")).await;
    for body in [
        "[".repeat(60_000),
        format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000)),
    ] {
        let resp = client()
            .post(format!("{}/verification/notification", real.base))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        let (status, answer) = status_and_json(resp).await;
        assert_eq!(status, 400, "{answer}");
        let message = answer["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains("malformed JSON"), "{answer}");
    }
    assert_eq!(
        client()
            .get(format!("{}/healthz", real.base))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );
    real.finish().await;
}
