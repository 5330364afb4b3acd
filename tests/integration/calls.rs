//! Request plumbing the scenarios share: a generated client's call that must succeed, and a
//! raw request's JSON or text body. Each says a thing once that every scenario needs.

use std::fmt::Debug;
use std::future::Future;

use d1_sandbox::generated::merchant_gateway_client;
use progenitor_client::{Error, ResponseValue};
use serde_json::Value;

/// The body of a generated client's call that must succeed (else the test fails, with the
/// client's error).
pub async fn ok<T, E: Debug>(call: impl Future<Output = Result<ResponseValue<T>, Error<E>>>) -> T {
    call.await.unwrap().into_inner()
}

/// The status of a generated client's call that must be refused with its declared error body,
/// and what `code` reads from that body (the test fails on anything else).
pub fn refused_with<T: Debug, E: Debug>(
    result: Result<T, Error<E>>,
    code: impl FnOnce(E) -> String,
) -> (u16, String) {
    match result {
        Err(Error::ErrorResponse(answer)) => {
            let status = answer.status().as_u16();
            (status, code(answer.into_inner()))
        }
        other => panic!("expected a declared refusal, got {other:?}"),
    }
}

/// A raw request's body, read as JSON whatever the status (the caller asserts on it).
pub async fn json_of(request: reqwest::RequestBuilder) -> Value {
    request.send().await.unwrap().json().await.unwrap()
}

/// A raw request's body, as text whatever the status.
pub async fn text_of(request: reqwest::RequestBuilder) -> String {
    request.send().await.unwrap().text().await.unwrap()
}

/// The decoded header of a compact JWS or JWE.
pub fn jwt_header(compact: &str) -> Value {
    use base64::Engine;
    let header = compact.split('.').next().unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

/// A raw `POST /oauth2/token` authenticated with HTTP Basic; the caller adds the body.
pub fn token_request(
    http: &reqwest::Client,
    base: &str,
    user: &str,
    secret: &str,
) -> reqwest::RequestBuilder {
    http.post(format!("{base}/oauth2/token"))
        .basic_auth(user, Some(secret))
}

/// The access token a `client_credentials` grant gets for `user`, or `None` when the answer is
/// not a 200.
pub async fn access_token(
    http: &reqwest::Client,
    base: &str,
    user: &str,
    secret: &str,
) -> Option<String> {
    let resp = token_request(http, base, user, secret)
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .unwrap();
    if resp.status().as_u16() != 200 {
        return None;
    }
    let body: Value = resp.json().await.unwrap();
    Some(body["access_token"].as_str().unwrap().to_string())
}

/// A `client_credentials` token scoped `notify`, asked through the generated merchant-gateway
/// client (whose reqwest client carries the HTTP Basic header); it must be issued.
pub async fn notify_token(
    client: &merchant_gateway_client::Client,
) -> merchant_gateway_client::types::TokenResponse {
    ok(client
        .get_access_token()
        .body_map(|b| {
            b.grant_type(merchant_gateway_client::types::TokenRequestGrantType::ClientCredentials)
                .scope(Some("notify".parse().unwrap()))
        })
        .send())
    .await
}

/// A raw token notification, `POST {base}/tsh-cof/{operation}`, with this `Authorization`
/// and correlation id; the caller adds the body.
pub fn token_notification(
    http: &reqwest::Client,
    base: &str,
    operation: &str,
    authorization: &str,
    correlation: &str,
) -> reqwest::RequestBuilder {
    http.post(format!("{base}/tsh-cof/{operation}"))
        .header("authorization", authorization)
        .header("x-correlation-id", correlation)
}

/// The status of a generated client's call that must fail (`None`: it failed with no answer).
pub async fn failed_status<T: Debug, E: Debug>(
    call: impl Future<Output = Result<ResponseValue<T>, Error<E>>>,
) -> Option<u16> {
    call.await.unwrap_err().status().map(|s| s.as_u16())
}
