// generated from openapi/merchant-gateway.yaml — do not edit.
// poem-openapi server: types, responses, trait, service. `cargo build` regenerates it into OUT_DIR; the reviewable copy in generated/ is
// refreshed with `D1_BLESS=1 cargo test --test integration generated_code_is_fresh`.

/// `info.title` of `merchant-gateway.yaml`.
pub const TITLE: &str = "Merchant gateway API (outbound from Thales D1)";
/// `info.version` of the document.
pub const VERSION: &str = "1.0.0";
/// `info.description` of the document: the introduction a reader sees first.
pub const DESCRIPTION: Option<&str> = Some(
    "The API a merchant gateway exposes and Thales D1 calls (source: seed 004, \"出力 API(Thales D1\nから)\", the D1 Ecom outbound specification).\n\nOAUTH activation for outbound endpoints is optional and part of the D1 tenant configuration\n(Token URL, Credentials, Scope). A merchant gateway wishing to opt for the OAUTH scheme supports\na token endpoint from which the access token is retrieved, with HTTP POST client-credentials\ngrant requests in `application/x-www-form-urlencoded` (RFC 6749 §4.4.2). In d1-sandbox that\nendpoint is `POST /oauth2/token`, and its tokens also open the Card API.\n\nEvery error uses the `Error` body `{ \"errorCode\", \"errorDescription\" }` (assumed).\n",
);
/// `servers[0].url`: the path where the API is mounted.
pub const SERVER_URL: &str = "/";
/// `servers[0].description`.
pub const SERVER_DESCRIPTION: Option<&str> = Some(
    "d1-sandbox serves this API at the root.",
);
/// The tags' names in the order the document lists them (poem-openapi serves them
/// sorted; the served document is put back in this order).
pub const TAGS: &[&str] = &["OAuth", "Notifications"];
/// The API's short name (the document's file stem).
pub const STEM: &str = "merchant-gateway";
/// Every operation as (HTTP method, document path), for `Allow` headers.
pub const OPERATIONS: &[(&str, &str)] = &[
    ("POST", "/oauth2/token"),
    (
        "POST",
        "/merchant-gateways/{merchantGatewayId}/merchants/{merchantId}/tokens/{tokenId}/notify-update",
    ),
];
/// The objects with `additionalProperties: false` (poem-openapi cannot state it; the
/// served document is given it).
pub const CLOSED_SCHEMAS: &[&str] = &[];
/// What the document says about itself, for its service and served document.
pub const DOCUMENT: crate::runtime::DocumentInfo = crate::runtime::DocumentInfo {
    stem: STEM,
    title: TITLE,
    version: VERSION,
    description: DESCRIPTION,
    server_url: SERVER_URL,
    server_description: SERVER_DESCRIPTION,
    tags: TAGS,
    closed_schemas: CLOSED_SCHEMAS,
};
/// The document's schemas.
pub mod types {
    /// The client credentials grant request (form fields).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct TokenRequest {
        /// Must be `client_credentials`.
        #[oai(rename = "grant_type")]
        pub grant_type: TokenRequestGrantType,
        /// Access request scope as optionally defined by the merchant gateway (length assumed).
        #[oai(
            rename = "scope",
            skip_serializing_if_is_none,
            validator(max_length = 256usize)
        )]
        pub scope: Option<String>,
    }
    impl crate::runtime::JsonKinds for TokenRequest {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("grant_type") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "grant_type"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "grant_type"));
                }
                Some(_) => {}
            }
            match object.get("scope") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "scope"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "scope"))?;
                }
            }
            Ok(())
        }
    }
    /// Must be `client_credentials`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum TokenRequestGrantType {
        ///client_credentials
        #[oai(rename = "client_credentials")]
        ClientCredentials,
    }
    /// The access token.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct TokenResponse {
        /// The access_token that will be used to call the APIs.
        #[oai(rename = "access_token")]
        pub access_token: String,
        /// Remaining time in seconds for the access_token to expire.
        #[oai(rename = "expires_in")]
        pub expires_in: i64,
        /// Type of the access_token that will be used to call the APIs.
        #[oai(rename = "token_type")]
        pub token_type: String,
        /// Scope of the access_token.
        #[oai(rename = "scope", skip_serializing_if_is_none)]
        pub scope: Option<String>,
        /// Access token expiration timestamp.
        #[oai(rename = "expires_at")]
        pub expires_at: chrono::DateTime<chrono::FixedOffset>,
    }
    impl crate::runtime::JsonKinds for TokenResponse {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("access_token") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "access_token"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "access_token"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "access_token"),
                    )?;
                }
            }
            match object.get("expires_in") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "expires_in"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "expires_in"));
                }
                Some(_) => {}
            }
            match object.get("token_type") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "token_type"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "token_type"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "token_type"),
                    )?;
                }
            }
            match object.get("scope") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "scope"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "scope"))?;
                }
            }
            match object.get("expires_at") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "expires_at"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "expires_at"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "expires_at"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The error body of every 4xx and 5xx answer (assumed).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct Error {
        /// A stable error code: FIELD_INVALID_FORMAT, UNAUTHORIZED, UNKNOWN_TOKEN, UNKNOWN_MERCHANT, INTERNAL_ERROR, MERCHANT_ERROR, ...
        #[oai(rename = "errorCode", validator(max_length = 64usize))]
        pub error_code: String,
        /// A human-readable explanation.
        #[oai(rename = "errorDescription", validator(max_length = 1024usize))]
        pub error_description: String,
    }
    impl crate::runtime::JsonKinds for Error {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("errorCode") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "errorCode"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "errorCode"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "errorCode"),
                    )?;
                }
            }
            match object.get("errorDescription") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "errorDescription"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "errorDescription"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "errorDescription"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The error body of the token endpoint: the source's `errorCode` / `errorDescription`, and
    /// RFC 6749 §5.2's `error` / `error_description` (assumed).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct TokenEndpointError {
        /// A stable error code: FIELD_INVALID_FORMAT, UNAUTHORIZED.
        #[oai(rename = "errorCode", validator(max_length = 64usize))]
        pub error_code: String,
        /// A human-readable explanation.
        #[oai(rename = "errorDescription", validator(max_length = 1024usize))]
        pub error_description: String,
        /// The RFC 6749 §5.2 error code.
        #[oai(rename = "error")]
        pub error: TokenEndpointErrorError,
        /// The same explanation as `errorDescription` (RFC 6749 §5.2).
        #[oai(rename = "error_description", validator(max_length = 1024usize))]
        pub error_description_2: String,
    }
    impl crate::runtime::JsonKinds for TokenEndpointError {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("errorCode") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "errorCode"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "errorCode"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "errorCode"),
                    )?;
                }
            }
            match object.get("errorDescription") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "errorDescription"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "errorDescription"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "errorDescription"),
                    )?;
                }
            }
            match object.get("error") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "error"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "error"));
                }
                Some(_) => {}
            }
            match object.get("error_description") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "error_description"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "error_description"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "error_description"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The RFC 6749 §5.2 error code.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum TokenEndpointErrorError {
        ///invalid_request
        #[oai(rename = "invalid_request")]
        InvalidRequest,
        ///invalid_client
        #[oai(rename = "invalid_client")]
        InvalidClient,
        ///invalid_grant
        #[oai(rename = "invalid_grant")]
        InvalidGrant,
        ///invalid_scope
        #[oai(rename = "invalid_scope")]
        InvalidScope,
        ///unauthorized_client
        #[oai(rename = "unauthorized_client")]
        UnauthorizedClient,
        ///unsupported_grant_type
        #[oai(rename = "unsupported_grant_type")]
        UnsupportedGrantType,
    }
    #[derive(Debug, Clone, PartialEq)]
    pub struct MerchantGatewayId(pub String);
    impl MerchantGatewayId {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^[A-Za-z0-9_-]{10}$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^[A-Za-z0-9_-]{10}$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for MerchantGatewayId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(MerchantGatewayId)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[A-Za-z0-9_-]{10}$".to_string()),
                    minimum: None,
                    exclusive_minimum: None,
                    maximum: None,
                    exclusive_maximum: None,
                    multiple_of: None,
                    enum_items: vec![],
                    ..poem_openapi::registry::MetaSchema::new("string")
                }),
            )
        }
        fn as_raw_value(&self) -> Option<&Self::RawValueType> {
            Some(self)
        }
        fn raw_element_iter<'a>(
            &'a self,
        ) -> Box<dyn Iterator<Item = &'a Self::RawElementValueType> + 'a> {
            Box::new(self.as_raw_value().into_iter())
        }
    }
    impl poem_openapi::types::ParseFromJSON for MerchantGatewayId {
        fn parse_from_json(
            value: Option<serde_json::Value>,
        ) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromJSON>::parse_from_json(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ParseFromParameter for MerchantGatewayId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for MerchantGatewayId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for MerchantGatewayId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<MerchantGatewayId> for String {
        fn from(value: MerchantGatewayId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for MerchantGatewayId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for MerchantGatewayId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    #[derive(Debug, Clone, PartialEq)]
    pub struct MerchantId(pub String);
    impl MerchantId {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^[A-Za-z0-9_-]{11}$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^[A-Za-z0-9_-]{11}$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for MerchantId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(MerchantId)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[A-Za-z0-9_-]{11}$".to_string()),
                    minimum: None,
                    exclusive_minimum: None,
                    maximum: None,
                    exclusive_maximum: None,
                    multiple_of: None,
                    enum_items: vec![],
                    ..poem_openapi::registry::MetaSchema::new("string")
                }),
            )
        }
        fn as_raw_value(&self) -> Option<&Self::RawValueType> {
            Some(self)
        }
        fn raw_element_iter<'a>(
            &'a self,
        ) -> Box<dyn Iterator<Item = &'a Self::RawElementValueType> + 'a> {
            Box::new(self.as_raw_value().into_iter())
        }
    }
    impl poem_openapi::types::ParseFromJSON for MerchantId {
        fn parse_from_json(
            value: Option<serde_json::Value>,
        ) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromJSON>::parse_from_json(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ParseFromParameter for MerchantId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for MerchantId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for MerchantId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<MerchantId> for String {
        fn from(value: MerchantId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for MerchantId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for MerchantId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    #[derive(Debug, Clone, PartialEq)]
    pub struct TokenId(pub String);
    impl TokenId {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            {
                regex::Regex::new("^[A-Za-z0-9_-]{1,48}$")
                    .expect("checked by the generator")
            });
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^[A-Za-z0-9_-]{1,48}$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for TokenId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(TokenId)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[A-Za-z0-9_-]{1,48}$".to_string()),
                    minimum: None,
                    exclusive_minimum: None,
                    maximum: None,
                    exclusive_maximum: None,
                    multiple_of: None,
                    enum_items: vec![],
                    ..poem_openapi::registry::MetaSchema::new("string")
                }),
            )
        }
        fn as_raw_value(&self) -> Option<&Self::RawValueType> {
            Some(self)
        }
        fn raw_element_iter<'a>(
            &'a self,
        ) -> Box<dyn Iterator<Item = &'a Self::RawElementValueType> + 'a> {
            Box::new(self.as_raw_value().into_iter())
        }
    }
    impl poem_openapi::types::ParseFromJSON for TokenId {
        fn parse_from_json(
            value: Option<serde_json::Value>,
        ) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromJSON>::parse_from_json(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ParseFromParameter for TokenId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for TokenId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for TokenId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<TokenId> for String {
        fn from(value: TokenId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for TokenId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for TokenId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    #[derive(Debug, Clone, PartialEq)]
    pub struct XCorrelationId(pub String);
    impl XCorrelationId {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            {
                regex::Regex::new("^[A-Za-z0-9_-]{1,64}$")
                    .expect("checked by the generator")
            });
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^[A-Za-z0-9_-]{1,64}$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for XCorrelationId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(XCorrelationId)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[A-Za-z0-9_-]{1,64}$".to_string()),
                    minimum: None,
                    exclusive_minimum: None,
                    maximum: None,
                    exclusive_maximum: None,
                    multiple_of: None,
                    enum_items: vec![],
                    ..poem_openapi::registry::MetaSchema::new("string")
                }),
            )
        }
        fn as_raw_value(&self) -> Option<&Self::RawValueType> {
            Some(self)
        }
        fn raw_element_iter<'a>(
            &'a self,
        ) -> Box<dyn Iterator<Item = &'a Self::RawElementValueType> + 'a> {
            Box::new(self.as_raw_value().into_iter())
        }
    }
    impl poem_openapi::types::ParseFromJSON for XCorrelationId {
        fn parse_from_json(
            value: Option<serde_json::Value>,
        ) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromJSON>::parse_from_json(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ParseFromParameter for XCorrelationId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for XCorrelationId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for XCorrelationId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<XCorrelationId> for String {
        fn from(value: XCorrelationId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for XCorrelationId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for XCorrelationId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
}
/// One enum per operation, one variant per declared status.
pub mod responses {
    /// The answers of `getAccessToken`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "get_access_token_bad_request")]
    pub enum GetAccessToken {
        /// Default allowed response
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::TokenResponse>),
        /// Bad Request - Not Retryable. `FIELD_INVALID_FORMAT`: JSON not well formatted or one field
        /// is not expected format as defined in this documentation (first found). `error`:
        /// `unsupported_grant_type` for a `grant_type` other than `client_credentials`,
        /// `invalid_scope` for an unknown scope, `invalid_request` otherwise (assumed).
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::TokenEndpointError>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::TokenEndpointError>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::TokenEndpointError>),
        /// Unauthorized - Not Retryable. The client credentials are missing or wrong, or were sent
        /// in the form body: `errorCode` `UNAUTHORIZED`, `error` `invalid_client` (assumed).
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::TokenEndpointError>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for GetAccessToken {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    GetAccessToken::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::TokenEndpointError as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    GetAccessToken::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::TokenEndpointError as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    GetAccessToken::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::TokenEndpointError as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    GetAccessToken::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::TokenEndpointError as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    GetAccessToken::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::TokenEndpointError as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    GetAccessToken::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::TokenEndpointError as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    GetAccessToken::Status408(
                        poem_openapi::payload::Json(
                            <super::types::TokenEndpointError as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    GetAccessToken::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::TokenEndpointError as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    GetAccessToken::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::TokenEndpointError as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
            }
        }
    }
    /// Turns a request poem-openapi could not extract (parameters, body, validators, missing
    /// credentials) into the operation's declared error answer.
    pub fn get_access_token_bad_request(err: poem::Error) -> GetAccessToken {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `notifyTokenUpdate`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "notify_token_update_bad_request")]
    pub enum NotifyTokenUpdate {
        /// No Content
        #[oai(status = 204u16)]
        NoContent,
        /// Bad Request - Not Retryable. `FIELD_INVALID_FORMAT`: JSON not well formatted or one field
        /// is not expected format as defined in this documentation (first found).
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// Unauthorized - Not Retryable
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// Forbidden - Not Retryable. The access token's tenant does not own the merchant gateway (assumed).
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// Bad Request - Not Retryable. `UNKNOWN_TOKEN`: not able to identify the token.
        /// `UNKNOWN_MERCHANT`: not able to identify the merchant. (The source gives no status for
        /// these codes; 404 is assumed.)
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// Bad Request - Not Retryable (the source's label). `INTERNAL_ERROR`: internal merchant
        /// gateway error. `MERCHANT_ERROR`: an error occurred with the merchant. (The source gives no
        /// status for these codes; 500 is assumed.)
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
        /// Service Unavailable - Retryable
        #[oai(status = 503u16)]
        ServiceUnavailable(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for NotifyTokenUpdate {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    NotifyTokenUpdate::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    NotifyTokenUpdate::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    NotifyTokenUpdate::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    NotifyTokenUpdate::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    NotifyTokenUpdate::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    NotifyTokenUpdate::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    NotifyTokenUpdate::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    NotifyTokenUpdate::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    NotifyTokenUpdate::ServiceUnavailable(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                503u16,
                            ),
                        ),
                    )
                }
            }
        }
    }
    /// Turns a request poem-openapi could not extract (parameters, body, validators, missing
    /// credentials) into the operation's declared error answer.
    pub fn notify_token_update_bad_request(err: poem::Error) -> NotifyTokenUpdate {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
}
/// The document's security schemes.
pub mod security {
    /// Client authentication at the token endpoint: `Authorization: Basic base64(clientId:clientSecret)`.
    #[derive(poem_openapi::SecurityScheme)]
    #[oai(rename = "clientBasic", ty = "basic")]
    pub struct ClientBasic(pub poem_openapi::auth::Basic);
    /// The scopes of the OAuth 2.0 scheme.
    #[derive(poem_openapi::OAuthScopes)]
    pub enum Oauth2Scopes {
        ///Receive token update notifications (assumed scope name).
        #[oai(rename = "notify")]
        Notify,
    }
    /// OAuth 2.0 client credentials. The access token is sent as a bearer token in the Authorization header.
    #[derive(poem_openapi::SecurityScheme)]
    #[oai(
        rename = "oauth2",
        ty = "oauth2",
        flows(client_credentials(token_url = "/oauth2/token", scopes = "Oauth2Scopes"))
    )]
    pub struct Oauth2(pub poem_openapi::auth::Bearer);
}
/// The document's tags.
#[derive(poem_openapi::Tags)]
pub enum Tags {
    /// Access tokens by client credentials.
    #[oai(rename = "OAuth")]
    OAuth,
    /// D1 signals a change to a merchant gateway.
    #[oai(rename = "Notifications")]
    Notifications,
}
/// The operations of `merchant-gateway.yaml`: implement this trait to serve the API. The generated service has already extracted and validated every input, and authenticated the caller where the document asks for it.
pub trait MerchantGatewayApi: Send + Sync + 'static {
    /// What a successful authentication yields; passed to every protected operation.
    type Principal: Send + 'static;
    /// Checks a `clientBasic` credential: the principal, or the problem that refuses it.
    fn authenticate_client_basic(
        &self,
        credential: poem_openapi::auth::Basic,
    ) -> impl std::future::Future<
        Output = Result<Self::Principal, crate::runtime::Problem>,
    > + Send;
    /// Checks a `oauth2` credential: the principal, or the problem that refuses it.
    fn authenticate_oauth2(
        &self,
        credential: poem_openapi::auth::Bearer,
    ) -> impl std::future::Future<
        Output = Result<Self::Principal, crate::runtime::Problem>,
    > + Send;
    /// Get OAuth 2.0 access token
    ///
    /// Client credentials grant (RFC 6749 §4.4.2). The client authenticates with HTTP Basic: the
    /// authorization header includes the client id and secret following the syntax
    /// `Basic base64(clientId:clientSecret)` as per RFC 2617 (example `Basic aXNfdGJhbmswMToxMjM=`).
    /// Client credentials in the form body (`client_secret_post`) are not accepted: the source
    /// names HTTP Basic only (assumed).
    ///
    /// `scope` is optional; when given, every space-separated value must be a scope of the
    /// `oauth2` security scheme (`notify`), else 400 `invalid_scope` (assumed).
    ///
    /// Every answer carries `Cache-Control: no-store` and `Pragma: no-cache` (RFC 6749 §5.1), and
    /// a 401 carries `WWW-Authenticate: Basic realm="d1-sandbox"` (RFC 6749 §5.2). Error bodies
    /// carry the source's `errorCode` / `errorDescription` and RFC 6749 §5.2's `error` /
    /// `error_description`, so that OAuth client libraries recognise them (assumed).
    fn get_access_token(
        &self,
        principal: Self::Principal,
        body: types::TokenRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::GetAccessToken, crate::runtime::Problem>,
    > + Send;
    /// Notify token update
    ///
    /// D1 signals that a token of a merchant changed; the merchant gateway fetches what it needs.
    /// No request body.
    fn notify_token_update(
        &self,
        principal: Self::Principal,
        merchant_gateway_id: types::MerchantGatewayId,
        merchant_id: types::MerchantId,
        token_id: types::TokenId,
        x_correlation_id: Option<types::XCorrelationId>,
    ) -> impl std::future::Future<
        Output = Result<responses::NotifyTokenUpdate, crate::runtime::Problem>,
    > + Send;
}
/// The poem-openapi service of `merchant-gateway.yaml`, calling a [`MerchantGatewayApi`] implementation.
pub struct MerchantGatewayApiService<T>(pub std::sync::Arc<T>);
#[poem_openapi::OpenApi]
impl<T: MerchantGatewayApi> MerchantGatewayApiService<T> {
    /// Get OAuth 2.0 access token
    ///
    /// Client credentials grant (RFC 6749 §4.4.2). The client authenticates with HTTP Basic: the
    /// authorization header includes the client id and secret following the syntax
    /// `Basic base64(clientId:clientSecret)` as per RFC 2617 (example `Basic aXNfdGJhbmswMToxMjM=`).
    /// Client credentials in the form body (`client_secret_post`) are not accepted: the source
    /// names HTTP Basic only (assumed).
    ///
    /// `scope` is optional; when given, every space-separated value must be a scope of the
    /// `oauth2` security scheme (`notify`), else 400 `invalid_scope` (assumed).
    ///
    /// Every answer carries `Cache-Control: no-store` and `Pragma: no-cache` (RFC 6749 §5.1), and
    /// a 401 carries `WWW-Authenticate: Basic realm="d1-sandbox"` (RFC 6749 §5.2). Error bodies
    /// carry the source's `errorCode` / `errorDescription` and RFC 6749 §5.2's `error` /
    /// `error_description`, so that OAuth client libraries recognise them (assumed).
    #[oai(
        path = "/oauth2/token",
        method = "post",
        operation_id = "getAccessToken",
        tag = "Tags::OAuth"
    )]
    async fn get_access_token(
        &self,
        auth: security::ClientBasic,
        body: crate::runtime::ValidatedForm<types::TokenRequest>,
    ) -> responses::GetAccessToken {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_client_basic(auth.0).await?;
                self.0.get_access_token(principal, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Notify token update
    ///
    /// D1 signals that a token of a merchant changed; the merchant gateway fetches what it needs.
    /// No request body.
    #[oai(
        path = "/merchant-gateways/:merchantGatewayId/merchants/:merchantId/tokens/:tokenId/notify-update",
        method = "post",
        operation_id = "notifyTokenUpdate",
        tag = "Tags::Notifications"
    )]
    async fn notify_token_update(
        &self,
        auth: security::Oauth2,
        /// Merchant Gateway Identifier.
        #[oai(name = "merchantGatewayId")]
        merchant_gateway_id: poem_openapi::param::Path<types::MerchantGatewayId>,
        /// Merchant Identifier (aka Token Requestor ID) generated by the scheme TSP for that merchant.
        #[oai(name = "merchantId")]
        merchant_id: poem_openapi::param::Path<types::MerchantId>,
        /// Token unique identifier.
        #[oai(name = "tokenId")]
        token_id: poem_openapi::param::Path<types::TokenId>,
        /// Random identifier which can be used to correlate the different API calls done as part of
        /// a single use-case. This identifier will be the one primarily used for troubleshooting.
        /// Warning: This identifier should not be derived from sensitive personal data, as its value
        /// will be logged in clear.
        /// There is no strong guarantee of the uniqueness of this identifier, so please refrain from
        /// using it for other purpose than logging and troubleshooting.
        #[oai(name = "x-correlation-id")]
        x_correlation_id: poem_openapi::param::Header<Option<types::XCorrelationId>>,
    ) -> responses::NotifyTokenUpdate {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_oauth2(auth.0).await?;
                self.0
                    .notify_token_update(
                        principal,
                        merchant_gateway_id.0,
                        merchant_id.0,
                        token_id.0,
                        x_correlation_id.0,
                    )
                    .await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
}
