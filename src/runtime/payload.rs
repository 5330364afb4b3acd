//! Request payloads the generated services extract: JSON bodies checked strictly for their JSON
//! kinds before poem-openapi parses them, and form bodies validated like JSON ones.

use poem::{Request, RequestBody};
use poem_openapi::{
    ApiExtractor, ApiExtractorType, ExtractParamOptions,
    payload::{ParsePayload, Payload},
    registry::{MetaMediaType, MetaRequest, MetaSchemaRef, Registry},
    types::{ParseFromJSON, Type},
};

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
            Ok(m) if m.type_() == "application" && m.subtype() == "x-www-form-urlencoded"
                && utf8(&m))
    }

    fn schema_ref() -> MetaSchemaRef {
        T::schema_ref()
    }

    fn register(registry: &mut Registry) {
        T::register(registry);
    }
}

/// How much of a request body the server reads, and for how long: the limits the payloads
/// apply before parsing. The HTTP layer puts them in every request's extensions; a request
/// without them (a test calling an endpoint directly) gets the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyRules {
    /// The largest body read, in bytes; a larger one is refused with 413, from its
    /// `Content-Length` before reading or as soon as a chunked body passes the limit.
    pub limit: usize,
    /// The longest a body may take to arrive; a slower one is refused with 408.
    pub timeout: std::time::Duration,
}

impl Default for BodyRules {
    /// 64 KiB (the largest legitimate body, a 100-item v2 batch, is about 40 KB) in 10 s.
    fn default() -> Self {
        BodyRules {
            limit: 64 * 1024,
            timeout: std::time::Duration::from_secs(10),
        }
    }
}

/// Reads a request body within the request's [`BodyRules`].
async fn read_body(req: &Request, body: &mut RequestBody) -> poem::Result<bytes::Bytes> {
    use poem::http::StatusCode;
    let rules = req.data::<BodyRules>().copied().unwrap_or_default();
    let too_large = || {
        poem::Error::from_string(
            format!("the body is larger than {} bytes", rules.limit),
            StatusCode::PAYLOAD_TOO_LARGE,
        )
    };
    let declared = req
        .headers()
        .get(poem::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|len| len > rules.limit as u64) {
        return Err(too_large());
    }
    let read = body.take()?.into_bytes_limit(rules.limit);
    match tokio::time::timeout(rules.timeout, read).await {
        Ok(Ok(data)) => Ok(data),
        Ok(Err(poem::error::ReadBodyError::PayloadTooLarge)) => Err(too_large()),
        Ok(Err(other)) => Err(other.into()),
        Err(_) => Err(poem::Error::from_string(
            format!(
                "the body did not arrive within {} s",
                rules.timeout.as_secs_f32()
            ),
            StatusCode::REQUEST_TIMEOUT,
        )),
    }
}

/// Whether a media type's charset, if it names one, is UTF-8: the bodies are read as UTF-8, so
/// a body declared in another charset would be misread (refused with the declared 400).
fn utf8(media_type: &mime::Mime) -> bool {
    media_type
        .get_param(mime::CHARSET)
        .is_none_or(|c| c.as_str().eq_ignore_ascii_case("utf-8"))
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
        let data = read_body(req, body).await?;
        let value = parse_form_body(&data)
            .map_err(|reason| poem_openapi::error::ParseRequestPayloadError { reason })?;
        Ok(ValidatedForm(value))
    }
}

/// What [`ValidatedForm`] does with the bytes of a form body: every constraint of `T` checked.
pub fn parse_form_body<T: ParseFromJSON>(data: &[u8]) -> Result<T, String> {
    let json = form_to_json(data)?;
    T::parse_from_json(Some(json)).map_err(|e| e.into_message())
}

/// Implements poem-openapi's `ApiExtractor` for a request-body payload (poem-openapi's own
/// macro for this is private).
macro_rules! body_extractor {
    ([$($generics:tt)*] $payload:ty) => {
        impl<'a, $($generics)*> ApiExtractor<'a> for $payload {
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

body_extractor!([T: ParseFromJSON] ValidatedForm<T>);
body_extractor!([T: ParseFromJSON + JsonKinds] StrictJson<T>);
body_extractor!([] TextBody);
body_extractor!([] BinaryBody);

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
                && (m.subtype() == "json" || m.suffix().is_some_and(|s| s == "json"))
                && utf8(&m))
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
        let data = read_body(req, body).await?;
        let value = parse_json_body(&data)
            .map_err(|reason| poem_openapi::error::ParseRequestPayloadError { reason })?;
        Ok(StrictJson(value))
    }
}

/// A `text/plain` body: UTF-8 text, read within the request's [`BodyRules`] (poem-openapi's
/// `PlainText` reads without a bound). Serves `{type: string}`.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBody(pub String);

impl Payload for TextBody {
    const CONTENT_TYPE: &'static str = "text/plain; charset=utf-8";

    fn check_content_type(content_type: &str) -> bool {
        matches!(content_type.parse::<mime::Mime>(),
            Ok(m) if m.type_() == "text" && m.subtype() == "plain" && utf8(&m))
    }

    fn schema_ref() -> MetaSchemaRef {
        String::schema_ref()
    }
}

impl ParsePayload for TextBody {
    const IS_REQUIRED: bool = true;

    async fn from_request(req: &Request, body: &mut RequestBody) -> poem::Result<Self> {
        let data = read_body(req, body).await?;
        let text = String::from_utf8(data.to_vec()).map_err(|_| {
            poem_openapi::error::ParseRequestPayloadError {
                reason: "the text is not UTF-8".into(),
            }
        })?;
        Ok(TextBody(text))
    }
}

/// An `application/octet-stream` body: bytes, read within the request's [`BodyRules`].
/// Serves `{type: string, format: binary}`.
#[derive(Debug, Clone, PartialEq)]
pub struct BinaryBody(pub Vec<u8>);

impl Payload for BinaryBody {
    const CONTENT_TYPE: &'static str = "application/octet-stream";

    fn check_content_type(content_type: &str) -> bool {
        matches!(content_type.parse::<mime::Mime>(),
            Ok(m) if m.type_() == "application" && m.subtype() == "octet-stream")
    }

    fn schema_ref() -> MetaSchemaRef {
        MetaSchemaRef::Inline(Box::new(
            poem_openapi::registry::MetaSchema::new_with_format("string", "binary"),
        ))
    }
}

impl ParsePayload for BinaryBody {
    const IS_REQUIRED: bool = true;

    async fn from_request(req: &Request, body: &mut RequestBody) -> poem::Result<Self> {
        Ok(BinaryBody(read_body(req, body).await?.to_vec()))
    }
}

/// What [`StrictJson`] does with the bytes of a JSON body: strict JSON (no duplicate key), the
/// JSON kinds, then every constraint of `T`.
pub fn parse_json_body<T: ParseFromJSON + JsonKinds>(data: &[u8]) -> Result<T, String> {
    let value = if data.is_empty() {
        serde_json::Value::Null
    } else {
        crate::json::parse_strict(data).map_err(|e| format!("malformed JSON: {e}"))?
    };
    T::check_kinds(&value, "body")?;
    T::parse_from_json(Some(value)).map_err(|e| e.into_message())
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
    fn text_and_binary_bodies_accept_their_media_types_only() {
        for text in ["text/plain", "text/plain; charset=utf-8", "Text/Plain"] {
            assert!(<TextBody as Payload>::check_content_type(text), "{text}");
            assert!(!<BinaryBody as Payload>::check_content_type(text), "{text}");
        }
        for not_text in [
            "text/plain; charset=utf-16",
            "text/html",
            "application/json",
        ] {
            assert!(
                !<TextBody as Payload>::check_content_type(not_text),
                "{not_text}"
            );
        }
        assert!(<BinaryBody as Payload>::check_content_type(
            "application/octet-stream"
        ));
        for not_binary in ["application/json", "image/png", ""] {
            assert!(
                !<BinaryBody as Payload>::check_content_type(not_binary),
                "{not_binary}"
            );
        }
    }

    #[test]
    fn a_charset_other_than_utf8_is_refused() {
        type JsonBody = StrictJson<String>;
        type FormBody = ValidatedForm<String>;
        assert!(<JsonBody as Payload>::check_content_type(
            "application/json; charset=UTF-8"
        ));
        for other in ["utf-16", "UTF-16LE", "iso-8859-1"] {
            let json = format!("application/json; charset={other}");
            let form = format!("application/x-www-form-urlencoded; charset={other}");
            assert!(!<JsonBody as Payload>::check_content_type(&json), "{json}");
            assert!(!<FormBody as Payload>::check_content_type(&form), "{form}");
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
}
