//! Handwritten support the generated server code relies on: the shape of a problem, the
//! conversion of a problem into each document's error body, authentication rejections, and a
//! form payload that is validated like a JSON one.
//!
//! The generator emits calls into this module; nothing here knows any particular API.

use poem::{Request, RequestBody, http::StatusCode};
use poem_openapi::{
    ApiExtractor, ApiExtractorType, ExtractParamOptions,
    payload::{ParsePayload, Payload},
    registry::{MetaMediaType, MetaRequest, MetaSchemaRef, Registry},
    types::{ParseFromJSON, Type},
};

/// What kind of problem a request has; each API maps it to its own error codes.
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
    /// The server failed (500).
    Internal,
    /// The server cannot answer now (503).
    Unavailable,
}

impl ProblemKind {
    /// The HTTP status of this kind of problem.
    pub fn status(self) -> StatusCode {
        match self {
            ProblemKind::InvalidRequest => StatusCode::BAD_REQUEST,
            ProblemKind::Unauthorized => StatusCode::UNAUTHORIZED,
            ProblemKind::Forbidden => StatusCode::FORBIDDEN,
            ProblemKind::NotFound => StatusCode::NOT_FOUND,
            ProblemKind::Conflict => StatusCode::CONFLICT,
            ProblemKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ProblemKind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// A problem to report to the client: its kind, an optional API-specific code, and a message
/// safe to show (never a secret or card data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The kind of problem.
    pub kind: ProblemKind,
    /// A specific error code (e.g. `UNKNOWN_TOKEN`); `None` lets the API pick its default for
    /// the kind.
    pub code: Option<&'static str>,
    /// A human-readable explanation.
    pub message: String,
}

impl Problem {
    /// A problem of the given kind with the API's default code.
    pub fn new(kind: ProblemKind, message: impl Into<String>) -> Self {
        Problem {
            kind,
            code: None,
            message: message.into(),
        }
    }

    /// A problem with a specific error code.
    pub fn with_code(kind: ProblemKind, code: &'static str, message: impl Into<String>) -> Self {
        Problem {
            kind,
            code: Some(code),
            message: message.into(),
        }
    }

    /// Classifies an error poem-openapi raised while extracting a request (parameters, body,
    /// validators, content type, credentials). A missing or malformed credential is 401;
    /// everything else the client sent wrong is 400 (the documents declare no 413 or 415).
    pub fn from_extraction_error(err: &poem::Error) -> Self {
        let kind = if err.status() == StatusCode::UNAUTHORIZED {
            ProblemKind::Unauthorized
        } else {
            ProblemKind::InvalidRequest
        };
        Problem::new(kind, err.to_string())
    }
}

/// Builds a document's error body from a problem. Each API implements it once for its error
/// schema: this is the one place where that API's error codes are chosen.
pub trait ErrorBody {
    /// The error body for a problem.
    fn from_problem(problem: &Problem) -> Self;
}

/// Why a credential was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthRejection {
    /// Missing, malformed, expired or wrongly signed: 401.
    Unauthorized(String),
    /// Valid, but not for this resource: 403 (401 where the operation declares no 403).
    Forbidden(String),
}

impl AuthRejection {
    /// The problem to report.
    pub fn problem(&self) -> Problem {
        match self {
            AuthRejection::Unauthorized(m) => Problem::new(ProblemKind::Unauthorized, m.clone()),
            AuthRejection::Forbidden(m) => Problem::new(ProblemKind::Forbidden, m.clone()),
        }
    }
}

/// An `application/x-www-form-urlencoded` body, validated against the document's schema.
///
/// poem-openapi's own `Form<T>` deserialises with serde and skips the `Object` validators. This
/// payload reads the fields into a JSON object of strings and parses that with `T`'s generated
/// `ParseFromJSON`, so every constraint of the schema applies. The generator only uses it for
/// schemas whose fields are strings or string enums, for which this is exact.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidatedForm<T>(pub T);

impl<T: Type> Payload for ValidatedForm<T> {
    const CONTENT_TYPE: &'static str = "application/x-www-form-urlencoded";

    fn check_content_type(content_type: &str) -> bool {
        matches!(content_type.parse::<mime::Mime>(),
            Ok(m) if m.type_() == "application" && m.subtype() == "x-www-form-urlencoded")
    }

    fn schema_ref() -> MetaSchemaRef {
        T::schema_ref()
    }

    fn register(registry: &mut Registry) {
        T::register(registry);
    }
}

/// Decodes a form body into a JSON object of strings. A field given twice is an error: the
/// documents declare no array fields in forms, so a repeated field is ambiguous.
pub fn form_to_json(data: &[u8]) -> Result<serde_json::Value, String> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(data).map_err(|e| format!("malformed form body: {e}"))?;
    let mut object = serde_json::Map::new();
    for (k, v) in pairs {
        if object.contains_key(&k) {
            return Err(format!("form field `{k}` is given more than once"));
        }
        object.insert(k, serde_json::Value::String(v));
    }
    Ok(serde_json::Value::Object(object))
}

impl<T: ParseFromJSON> ParsePayload for ValidatedForm<T> {
    const IS_REQUIRED: bool = true;

    async fn from_request(req: &Request, body: &mut RequestBody) -> poem::Result<Self> {
        let data = <Vec<u8> as poem::FromRequest>::from_request(req, body).await?;
        let invalid = |reason: String| poem_openapi::error::ParseRequestPayloadError { reason };
        let json = form_to_json(&data).map_err(invalid)?;
        let value = T::parse_from_json(Some(json)).map_err(|e| invalid(e.into_message()))?;
        Ok(ValidatedForm(value))
    }
}

/// Implements poem-openapi's `ApiExtractor` for a request-body payload (poem-openapi's own
/// macro for this is private).
macro_rules! body_extractor {
    ($payload:ident, $($bound:tt)+) => {
        impl<'a, T: $($bound)+> ApiExtractor<'a> for $payload<T> {
            const TYPES: &'static [ApiExtractorType] = &[ApiExtractorType::RequestObject];
            type ParamType = ();
            type ParamRawType = ();

            fn register(registry: &mut Registry) {
                <Self as Payload>::register(registry);
            }

            fn request_meta() -> Option<MetaRequest> {
                Some(MetaRequest {
                    description: None,
                    content: vec![MetaMediaType {
                        content_type: <Self as Payload>::CONTENT_TYPE,
                        schema: <Self as Payload>::schema_ref(),
                    }],
                    required: true,
                })
            }

            async fn from_request(
                request: &'a Request,
                body: &mut RequestBody,
                _param_opts: ExtractParamOptions<Self::ParamType>,
            ) -> poem::Result<Self> {
                match request.content_type() {
                    Some(ct) if <Self as Payload>::check_content_type(ct) => {
                        <Self as ParsePayload>::from_request(request, body).await
                    }
                    Some(ct) => Err(poem_openapi::error::ContentTypeError::NotSupported {
                        content_type: ct.to_string(),
                    }
                    .into()),
                    None => Err(poem_openapi::error::ContentTypeError::ExpectContentType.into()),
                }
            }
        }
    };
}

body_extractor!(ValidatedForm, ParseFromJSON);
body_extractor!(StrictJson, ParseFromJSON + JsonKinds);

/// Checks the JSON kinds of a value against a generated type, before poem-openapi parses it.
///
/// poem-openapi's `String` accepts numbers and booleans (turning them into text) and `Option`
/// accepts `null`; the documents allow neither, so the generator emits this check for every
/// object type.
pub trait JsonKinds {
    /// Checks `value` (found at `at`, a dotted path) and everything inside it.
    fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String>;
}

/// Fails unless `value` is a JSON string; `at` builds its path for the message.
pub fn expect_string(value: &serde_json::Value, at: impl FnOnce() -> String) -> Result<(), String> {
    expect_string_with(value, |_| Ok(()), at)
}

/// Fails unless `value` is a JSON string that passes `check` (a generated newtype's
/// constraints); the message starts with the path `at` builds.
pub fn expect_string_with(
    value: &serde_json::Value,
    check: impl FnOnce(&str) -> Result<(), String>,
    at: impl FnOnce() -> String,
) -> Result<(), String> {
    match value.as_str() {
        Some(s) => check(s).map_err(|why| format!("{}: {why}", at())),
        None => Err(format!("{}: expected a string, got {value}", at())),
    }
}

/// An `application/json` body whose JSON kinds are checked strictly ([`JsonKinds`]) before
/// poem-openapi parses and validates it. Serves the same schema as poem-openapi's `Json<T>`.
#[derive(Debug, Clone, PartialEq)]
pub struct StrictJson<T>(pub T);

impl<T: Type> Payload for StrictJson<T> {
    const CONTENT_TYPE: &'static str = "application/json; charset=utf-8";

    fn check_content_type(content_type: &str) -> bool {
        // The common spellings without parsing; anything else is parsed as a media type.
        if content_type.eq_ignore_ascii_case("application/json")
            || content_type.eq_ignore_ascii_case("application/json; charset=utf-8")
        {
            return true;
        }
        matches!(content_type.parse::<mime::Mime>(),
            Ok(m) if m.type_() == "application"
                && (m.subtype() == "json" || m.suffix().is_some_and(|s| s == "json")))
    }

    fn schema_ref() -> MetaSchemaRef {
        T::schema_ref()
    }

    fn register(registry: &mut Registry) {
        T::register(registry);
    }
}

impl<T: ParseFromJSON + JsonKinds> ParsePayload for StrictJson<T> {
    const IS_REQUIRED: bool = true;

    async fn from_request(req: &Request, body: &mut RequestBody) -> poem::Result<Self> {
        let data = <Vec<u8> as poem::FromRequest>::from_request(req, body).await?;
        let invalid = |reason: String| poem_openapi::error::ParseRequestPayloadError { reason };
        let value: serde_json::Value = if data.is_empty() {
            serde_json::Value::Null
        } else {
            serde_json::from_slice(&data).map_err(|e| invalid(format!("malformed JSON: {e}")))?
        };
        T::check_kinds(&value, "body").map_err(invalid)?;
        let value = T::parse_from_json(Some(value)).map_err(|e| invalid(e.into_message()))?;
        Ok(StrictJson(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_fields_become_json_strings() {
        let json = form_to_json(b"grant_type=client_credentials&scope=a+b%21").unwrap();
        assert_eq!(
            json,
            serde_json::json!({"grant_type": "client_credentials", "scope": "a b!"})
        );
    }

    #[test]
    fn a_repeated_form_field_is_refused() {
        let err = form_to_json(b"scope=a&scope=b").unwrap_err();
        assert!(err.contains("more than once"), "{err}");
    }

    #[test]
    fn each_payload_accepts_its_media_types_only() {
        type JsonBody = StrictJson<String>;
        type FormBody = ValidatedForm<String>;
        for json in [
            "application/json",
            "Application/JSON",
            "application/json; charset=utf-8",
            "application/json;charset=UTF-8",
            "application/problem+json",
        ] {
            assert!(<JsonBody as Payload>::check_content_type(json), "{json}");
            assert!(!<FormBody as Payload>::check_content_type(json), "{json}");
        }
        for form in [
            "application/x-www-form-urlencoded",
            "application/x-www-form-urlencoded; charset=utf-8",
        ] {
            assert!(<FormBody as Payload>::check_content_type(form), "{form}");
            assert!(!<JsonBody as Payload>::check_content_type(form), "{form}");
        }
        for neither in ["text/plain", "application/jsonx", "application/xml", ""] {
            assert!(
                !<JsonBody as Payload>::check_content_type(neither),
                "{neither}"
            );
            assert!(
                !<FormBody as Payload>::check_content_type(neither),
                "{neither}"
            );
        }
    }

    #[test]
    fn only_strings_pass_the_string_check() {
        assert!(expect_string(&serde_json::json!("a"), || "x".into()).is_ok());
        for v in [
            serde_json::json!(1),
            serde_json::json!(true),
            serde_json::Value::Null,
        ] {
            let err = expect_string(&v, || "body.a".into()).unwrap_err();
            assert!(err.starts_with("body.a: expected a string"), "{err}");
        }
    }

    #[test]
    fn a_string_failing_its_check_is_reported_at_its_path() {
        let digits = |s: &str| {
            if s.bytes().all(|b| b.is_ascii_digit()) {
                Ok(())
            } else {
                Err("does not match the pattern ^[0-9]+$".to_string())
            }
        };
        assert!(expect_string_with(&serde_json::json!("123"), digits, || "x".into()).is_ok());
        let err = expect_string_with(&serde_json::json!("12a"), digits, || "body.bin".into())
            .unwrap_err();
        assert_eq!(err, "body.bin: does not match the pattern ^[0-9]+$");
        let err =
            expect_string_with(&serde_json::json!(12), digits, || "body.bin".into()).unwrap_err();
        assert!(err.starts_with("body.bin: expected a string"), "{err}");
    }

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
    }
}
