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

/// A raw request's body, read as JSON whatever the status (the caller asserts on it).
pub async fn json_of(request: reqwest::RequestBuilder) -> Value {
    request.send().await.unwrap().json().await.unwrap()
}

/// A raw request's body, as text whatever the status.
pub async fn text_of(request: reqwest::RequestBuilder) -> String {
    request.send().await.unwrap().text().await.unwrap()
}
