//! One typed sender per partner operation: the only code that turns a domain value (the
//! messages of `store::records::messages`, re-exported by `domain::delivery`) into a
//! generated client's request, and the one reader of what the partner answered.
//!
//! Invariant: the delivery worker, the partner check and the remote issuer call partners only
//! through these functions, so a property added to a partner document's request makes the
//! compiler name the sender that must supply it (each builds the generated body with a struct
//! literal) and nothing else. A value the document refuses is never sent: the sender answers
//! [`Fault::NotSent`]. Every answer is read through the operation's generated client, with its
//! status kept even when the body cannot be read (`runtime::answered`).

pub mod connecting_party;
pub mod issuer;
pub mod merchant_gateway;
pub mod token_requestor;

use std::fmt::Display;
use std::str::FromStr;
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

use super::OutboundError;
use crate::domain::delivery::PartnerMessage;

/// Where a call goes: the partner's base URL, the HTTP client to send with (carrying its
/// `Authorization`, if any) and the timeout that client was built with (for the report).
#[derive(Debug, Clone)]
pub struct Peer<'a> {
    /// The partner's base URL, without a trailing slash.
    pub url: &'a str,
    /// The client, with a whole-request timeout.
    pub client: reqwest::Client,
    /// That timeout.
    pub timeout: Duration,
}

/// What went wrong with a call.
#[derive(Debug, Clone)]
pub enum Fault {
    /// No call was made: the message holds a value the document refuses. Why.
    NotSent(String),
    /// No answer came (refused, reset, timed out). Why.
    NoAnswer(String),
    /// The status is not one the document declares for the operation; the body's first
    /// characters.
    Undeclared(String),
    /// The body cannot be read as the document declares: none came where one is declared, or
    /// its schema refuses it.
    Unreadable {
        /// In a person's words: `no body`, or what the schema refused.
        why: String,
        /// The body's first characters.
        excerpt: String,
    },
    /// The body was read, but its Content-Type is not `application/json`, as the document
    /// declares.
    NotJson,
}

/// What a partner did with one call, as the operation's document reads it.
#[derive(Debug, Clone)]
pub struct Reply<T = ()> {
    /// The status, whenever an answer came, even one whose body could not be read.
    pub status: Option<u16>,
    /// The body as its declared schema read it (`null` when none, or unreadable).
    pub body: Value,
    /// The success answer as the domain's value, for an operation that has one.
    pub value: Option<T>,
    /// What went wrong, if anything.
    pub fault: Option<Fault>,
}

impl<T> Reply<T> {
    /// A call that could not be made.
    pub fn not_sent(why: impl Into<String>) -> Reply<T> {
        Reply {
            status: None,
            body: Value::Null,
            value: None,
            fault: Some(Fault::NotSent(why.into())),
        }
    }

    /// What went wrong, in a person's words, with the status when one came (`503, no body`).
    pub fn problem(&self) -> Option<String> {
        let why = match self.fault.as_ref()? {
            Fault::NotSent(why) | Fault::NoAnswer(why) => return Some(why.clone()),
            Fault::Undeclared(excerpt) => {
                format!("not a status the document declares for this operation (body: {excerpt})")
            }
            Fault::Unreadable { why, excerpt } if excerpt.is_empty() => why.clone(),
            Fault::Unreadable { why, excerpt } => format!("{why} (body: {excerpt})"),
            Fault::NotJson => NOT_JSON.into(),
        };
        Some(match self.status {
            Some(status) => format!("{status}, {why}"),
            None => why,
        })
    }

    /// The error code an error body carries (`errorCode`, `error.code` or `error.cause`).
    pub fn error_code(&self) -> Option<String> {
        ["/errorCode", "/error/code", "/error/cause"]
            .iter()
            .find_map(|p| self.body.pointer(p).and_then(Value::as_str))
            .map(str::to_string)
    }
}

/// Why an answer is not JSON as the documents declare.
pub(crate) const NOT_JSON: &str =
    "the body's Content-Type is not application/json, as the document declares";

/// At most this many characters of a body go into a report.
const EXCERPT: usize = 200;

/// A body's first characters, for a report.
pub(crate) fn cut(text: &str) -> String {
    match text.char_indices().nth(EXCERPT) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

/// Whether a body is labelled JSON, as every body the documents declare is.
pub(crate) fn json_typed(headers: &reqwest::header::HeaderMap) -> bool {
    headers
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("application/json")
        })
}

/// Sends a notification through its operation's sender.
pub async fn notify(peer: &Peer<'_>, message: &PartnerMessage) -> Reply {
    match message {
        PartnerMessage::CardOperation(n) => issuer::notify_card_operation(peer, n).await,
        PartnerMessage::CardOperations(n) => issuer::notify_card_operations(peer, n).await,
        PartnerMessage::TokenCreation(n) => token_requestor::notify_token_creation(peer, n).await,
        PartnerMessage::TokenUpdate(n) => token_requestor::notify_token_update(peer, n).await,
        PartnerMessage::GatewayUpdate(n) => merchant_gateway::notify_update(peer, n).await,
        PartnerMessage::Verification(n) => connecting_party::notify_verification(peer, n).await,
    }
}

/// Sends the request body `body` made through `call` (one generated client call), or answers
/// [`Fault::NotSent`] with why the body could not be made (a value the document refuses).
async fn send<B, F, T, E, U>(
    body: Result<B, String>,
    call: impl FnOnce(B) -> F,
    timeout: Duration,
    value: impl FnOnce(&T) -> U,
) -> Reply<U>
where
    F: Future<Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>>,
    T: Serialize,
    E: Serialize + std::fmt::Debug,
{
    match body {
        Ok(body) => answer(call(body), timeout, value).await,
        Err(why) => Reply::not_sent(why),
    }
}

/// Makes one generated client call and reads its answer: a declared status with a body of the
/// declared schema (its success body turned into the domain's value by `value`), or what broke
/// the document. The status is kept even when the body cannot be read.
async fn answer<T, E, U>(
    call: impl Future<Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>>,
    timeout: Duration,
    value: impl FnOnce(&T) -> U,
) -> Reply<U>
where
    T: Serialize,
    E: Serialize + std::fmt::Debug,
{
    use progenitor_client::Error;
    let (result, status) = crate::runtime::answered::status_of(call).await;
    let read = |status: u16, json: bool, body: Value, typed: Option<U>| {
        let fault = (!body.is_null() && !json).then_some(Fault::NotJson);
        Reply {
            status: Some(status),
            body,
            value: typed,
            fault,
        }
    };
    match result {
        Ok(answer) => {
            let (code, json) = (answer.status().as_u16(), json_typed(answer.headers()));
            let typed = value(&*answer);
            let body = serde_json::to_value(answer.into_inner()).unwrap_or_default();
            read(code, json, body, Some(typed))
        }
        Err(Error::ErrorResponse(answer)) => {
            let (code, json) = (answer.status().as_u16(), json_typed(answer.headers()));
            let body = serde_json::to_value(answer.into_inner()).unwrap_or_default();
            read(code, json, body, None)
        }
        Err(Error::UnexpectedResponse(response)) => {
            let code = response.status().as_u16();
            let text = response.text().await.unwrap_or_default();
            Reply {
                status: Some(code),
                body: serde_json::from_str(&text).unwrap_or(Value::Null),
                value: None,
                fault: Some(Fault::Undeclared(cut(&text))),
            }
        }
        Err(Error::InvalidResponsePayload(bytes, e)) => {
            let why = if bytes.iter().all(u8::is_ascii_whitespace) {
                "no body".to_string()
            } else {
                format!("a body the document's schema refuses: {e}")
            };
            Reply {
                status,
                body: Value::Null,
                value: None,
                fault: Some(Fault::Unreadable {
                    why,
                    excerpt: cut(&String::from_utf8_lossy(&bytes)),
                }),
            }
        }
        Err(Error::CommunicationError(e)) => Reply {
            status,
            body: Value::Null,
            value: None,
            fault: Some(Fault::NoAnswer(
                OutboundError::from_transport(&e, timeout).to_string(),
            )),
        },
        // A parameter the client refuses (a token id the path pattern does not allow): no
        // call was made, and none will be.
        Err(Error::InvalidRequest(why)) => Reply::not_sent(why),
        Err(other) => Reply {
            status,
            body: Value::Null,
            value: None,
            fault: Some(Fault::NoAnswer(other.to_string())),
        },
    }
}

/// A value of the generated type `T` from the domain's text, or why the document refuses it
/// (naming the property, never the value: it may be a credential or card data).
fn field<T>(name: &str, value: &str) -> Result<T, String>
where
    T: FromStr,
    T::Err: Display,
{
    value
        .parse()
        .map_err(|e| format!("{name} is refused by the document: {e}"))
}

/// [`field`] for an optional value.
fn optional<T>(name: &str, value: Option<&str>) -> Result<Option<T>, String>
where
    T: FromStr,
    T::Err: Display,
{
    value.map(|v| field(name, v)).transpose()
}
