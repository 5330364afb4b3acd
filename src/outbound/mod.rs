//! Calls to partners: d1-sandbox playing D1 toward a partner's own implementation of an API:
//! the delivery worker ([`delivery`]), the remote issuer of wallet provisioning ([`issuer`])
//! and the partner check ([`check`]).
//!
//! Invariant: every call to a partner goes through one typed sender per partner operation
//! ([`partners`]), the only code that builds a generated partner client's request (the partner
//! check's deliberately invalid requests are posted by hand). Every call has a timeout, and a
//! partner's answer is read through the generated client of its document, so an answer the
//! document does not allow is seen as such. Knows the domain's partner descriptions and
//! messages, the crypto of what D1 sends (JWE), and nothing of the server: no `api`, `http`,
//! `store`, nor `runtime` beyond the clients' `answered` hook.

pub mod auth;
pub mod check;
pub mod delivery;
pub mod issuer;
pub mod partners;

use std::time::Duration;

/// Why a call to a partner could not be made or read.
#[derive(Debug, thiserror::Error)]
pub enum OutboundError {
    /// The partner did not answer in time.
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    /// The partner could not be reached.
    #[error("unreachable: {0}")]
    Unreachable(String),
    /// The partner's token endpoint refused or answered something unusable.
    #[error("the token endpoint {url}: {message}")]
    Token {
        /// The token URL.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// Something D1 must send could not be made (a key, a JWE).
    #[error("{0}")]
    Setup(String),
}

impl OutboundError {
    /// Classifies a transport error.
    pub fn from_transport(e: &reqwest::Error, timeout: Duration) -> OutboundError {
        if e.is_timeout() {
            OutboundError::Timeout(timeout)
        } else {
            // reqwest's Display is terse ("error sending request"); its source says why.
            let mut message = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(cause) = source {
                message.push_str(": ");
                message.push_str(&cause.to_string());
                source = cause.source();
            }
            OutboundError::Unreachable(message)
        }
    }
}

/// An HTTP client for partner calls: a whole-request timeout, and the given headers on every
/// request.
pub fn http_client(
    timeout: Duration,
    headers: &[(&str, &str)],
) -> Result<reqwest::Client, OutboundError> {
    let mut map = reqwest::header::HeaderMap::new();
    for (name, value) in headers {
        let name = reqwest::header::HeaderName::from_bytes(name.as_bytes())
            .map_err(|e| OutboundError::Setup(e.to_string()))?;
        let value = reqwest::header::HeaderValue::from_str(value)
            .map_err(|_| OutboundError::Setup(format!("header {name} is not a valid value")))?;
        map.insert(name, value);
    }
    reqwest::Client::builder()
        .default_headers(map)
        .timeout(timeout)
        .connect_timeout(timeout)
        .build()
        .map_err(|e| OutboundError::Setup(e.to_string()))
}
