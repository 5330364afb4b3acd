//! Request plumbing the scenarios share: a generated client's call that must succeed, and a
//! raw request's JSON or text body. Each says a thing once that every scenario needs.

use std::fmt::Debug;
use std::future::Future;

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
