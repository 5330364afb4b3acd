//! Handwritten support the generated server code relies on: the shape of a problem and its
//! conversion into each document's error body ([`ErrorBody`]), and the request payloads
//! (`payload`); on the client side, the post hook that keeps an answer's status
//! ([`answered`]).
//!
//! Invariant: knows no particular API. The generator emits calls into this module; every
//! answer that is not a success passes through [`Problem`]: extraction failures, refused
//! credentials and handler errors alike are turned into an operation's declared response by
//! the one conversion the generator writes per operation (`From<Problem>`), which logs the
//! problem's internal cause ([`Problem::report`]) and never sends it.

pub mod answered;
mod document;
mod formats;
mod nullable;
mod payload;

pub use document::DocumentInfo;
pub use formats::{Bytes, Date, Uuid};
pub use nullable::{MaybeNull, Nullable};

pub use payload::{
    BinaryBody, BodyRules, JsonKinds, StrictJson, TextBody, ValidatedForm, expect_string,
    expect_string_with, form_to_json, parse_form_body, parse_json_body,
};

use poem::http::StatusCode;

/// What kind of problem a request has; each API maps it to its own error codes, and each
/// operation to the status it declares for it (the generator's `PROBLEM_STATUSES`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// The request is malformed or fails the document's constraints (400).
    InvalidRequest,
    /// Credentials are missing or invalid (401).
    Unauthorized,
    /// The credentials are valid but do not allow this (403).
    Forbidden,
    /// The resource does not exist (404).
    NotFound,
    /// The request conflicts with what exists (409).
    Conflict,
    /// The body is larger than the server accepts (413).
    PayloadTooLarge,
    /// The body did not arrive in time (408).
    Timeout,
    /// The server failed (500).
    Internal,
    /// The server cannot answer now (503).
    Unavailable,
}

impl ProblemKind {
    /// The error code of a problem of this kind that names none of its own; an API whose
    /// document uses other codes overrides some in its [`ErrorBody`].
    pub fn default_code(self) -> &'static str {
        match self {
            ProblemKind::InvalidRequest => "INVALID_REQUEST",
            ProblemKind::Unauthorized => "UNAUTHORIZED",
            ProblemKind::Forbidden => "FORBIDDEN",
            ProblemKind::NotFound => "NOT_FOUND",
            ProblemKind::Conflict => "CONFLICT",
            ProblemKind::PayloadTooLarge => "PAYLOAD_TOO_LARGE",
            ProblemKind::Timeout => "REQUEST_TIMEOUT",
            ProblemKind::Internal => "INTERNAL_ERROR",
            ProblemKind::Unavailable => "SERVICE_UNAVAILABLE",
        }
    }
}

/// A problem to report to the client: its kind, an optional API-specific code, a message safe
/// to show (never a secret or card data), and an internal cause for the log only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The kind of problem.
    pub kind: ProblemKind,
    /// A specific error code (e.g. `UNKNOWN_TOKEN`); `None` lets the API pick its default for
    /// the kind.
    pub code: Option<&'static str>,
    /// A human-readable explanation, sent to the client.
    pub message: String,
    /// What went wrong inside (a store failure, a signing error): logged once, when the
    /// problem becomes a response, and never sent.
    pub internal: Option<String>,
}

impl Problem {
    /// A problem of the given kind with the API's default code.
    pub fn new(kind: ProblemKind, message: impl Into<String>) -> Self {
        Problem {
            kind,
            code: None,
            message: message.into(),
            internal: None,
        }
    }

    /// A problem with a specific error code.
    pub fn with_code(kind: ProblemKind, code: &'static str, message: impl Into<String>) -> Self {
        Problem {
            kind,
            code: Some(code),
            message: message.into(),
            internal: None,
        }
    }

    /// The same problem with an internal cause, for the log.
    pub fn because(mut self, cause: impl std::fmt::Display) -> Self {
        self.internal = Some(cause.to_string());
        self
    }

    /// Classifies an error poem-openapi raised while extracting a request (parameters, body,
    /// validators, content type, credentials). A missing or malformed credential is 401, a
    /// body over the limit 413 and one that did not arrive in time 408 (see [`BodyRules`]);
    /// everything else the client sent wrong is 400 (the documents declare no 415).
    pub fn from_extraction_error(err: &poem::Error) -> Self {
        let kind = match err.status() {
            StatusCode::UNAUTHORIZED => ProblemKind::Unauthorized,
            StatusCode::PAYLOAD_TOO_LARGE => ProblemKind::PayloadTooLarge,
            StatusCode::REQUEST_TIMEOUT => ProblemKind::Timeout,
            _ => ProblemKind::InvalidRequest,
        };
        Problem::new(kind, err.to_string())
    }

    /// Logs the internal cause, if there is one. The generated conversion of a problem into
    /// a response calls this, so every cause is logged once, in one format.
    pub fn report(&self) {
        if let Some(cause) = &self.internal {
            tracing::error!(
                kind = ?self.kind,
                code = self.code.unwrap_or(self.kind.default_code()),
                message = %self.message,
                cause = %cause,
                "request failed"
            );
        }
    }
}

/// Runs a handler (authentication and operation), turning a panic into an Internal problem,
/// so that the operation answers its declared 500 body instead of dropping the connection. The
/// panic's message is logged as the problem's cause.
pub async fn catch_panic<T>(
    handler: impl std::future::Future<Output = Result<T, Problem>>,
) -> Result<T, Problem> {
    use futures::FutureExt;
    match std::panic::AssertUnwindSafe(handler).catch_unwind().await {
        Ok(answer) => answer,
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic without a message".into());
            Err(Problem::new(ProblemKind::Internal, "the server failed")
                .because(format!("panic in a handler: {message}")))
        }
    }
}

/// Builds a document's error body from a problem. Each API implements it once for its error
/// schema: this is the one place where that API's error codes are chosen.
pub trait ErrorBody {
    /// The error body for a problem answered with `status` (the operation's declared status for
    /// the problem's kind, which may be a fallback: a body that repeats the status says this one).
    fn from_problem(problem: &Problem, status: u16) -> Self;
}

/// The code and message of an error body: the problem's own code, else the API's code for its
/// kind (`codes`, for a document whose codes differ from the defaults), else the kind's
/// [`ProblemKind::default_code`]; the message cut to the schema's `maxLength`.
pub fn error_parts(
    problem: &Problem,
    codes: &[(ProblemKind, &'static str)],
    max_length: usize,
) -> (String, String) {
    let code = problem.code.unwrap_or_else(|| {
        codes
            .iter()
            .find(|(kind, _)| *kind == problem.kind)
            .map_or(problem.kind.default_code(), |(_, code)| code)
    });
    (code.to_string(), truncate(&problem.message, max_length))
}

/// Cuts a message to a document's `maxLength` (in characters).
pub fn truncate(message: &str, max: usize) -> String {
    match message.char_indices().nth(max) {
        Some((end, _)) => message[..end].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extraction_errors_are_classified_by_status() {
        let unauthorized = poem::Error::from_status(StatusCode::UNAUTHORIZED);
        assert_eq!(
            Problem::from_extraction_error(&unauthorized).kind,
            ProblemKind::Unauthorized
        );
        let unsupported = poem::Error::from_status(StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert_eq!(
            Problem::from_extraction_error(&unsupported).kind,
            ProblemKind::InvalidRequest
        );
        for (status, kind) in [
            (StatusCode::PAYLOAD_TOO_LARGE, ProblemKind::PayloadTooLarge),
            (StatusCode::REQUEST_TIMEOUT, ProblemKind::Timeout),
        ] {
            let err = poem::Error::from_status(status);
            assert_eq!(Problem::from_extraction_error(&err).kind, kind);
        }
    }

    #[test]
    fn an_error_code_is_the_problems_else_the_apis_else_the_kinds() {
        let codes = [(ProblemKind::NotFound, "UNKNOWN_TOKEN")];
        let own = Problem::with_code(ProblemKind::NotFound, "UNKNOWN_MERCHANT", "m");
        assert_eq!(error_parts(&own, &codes, 10).0, "UNKNOWN_MERCHANT");
        let api = Problem::new(ProblemKind::NotFound, "m");
        assert_eq!(error_parts(&api, &codes, 10).0, "UNKNOWN_TOKEN");
        let kind = Problem::new(ProblemKind::Conflict, "0123456789abc");
        assert_eq!(
            error_parts(&kind, &codes, 10),
            ("CONFLICT".to_string(), "0123456789".to_string())
        );
    }

    #[test]
    fn truncation_counts_characters_not_bytes() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("exactly", 7), "exactly");
        assert_eq!(truncate("abcdef", 3), "abc");
        // Multi-byte characters are kept whole.
        assert_eq!(truncate("é€😀x", 3), "é€😀");
        assert_eq!(truncate("é€😀", 3), "é€😀");
        assert_eq!(truncate("", 0), "");
        assert_eq!(truncate("a", 0), "");
    }
}
