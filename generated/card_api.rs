// generated from openapi/card-api.yaml — do not edit.
// poem-openapi server: types, responses, trait, service. `cargo build` regenerates it into OUT_DIR; the reviewable copy in generated/ is
// refreshed with `D1_BLESS=1 cargo test --test integration generated_code_is_fresh`.

/// `info.title` of `card-api.yaml`.
pub const TITLE: &str = "Card API";
/// `info.version` of the document.
pub const VERSION: &str = "1.0.0";
/// `info.description` of the document: the introduction a reader sees first.
pub const DESCRIPTION: Option<&str> = Some(
    "The issuer back end's Card API, called by Thales D1 (source: seed 000, \"カードAPI\").\n\nD1 calls `verifyCard` while a tokenization request is in progress, to have the issuer check the\nfunding card (PAN valid, card not expired, CVV valid when given). D1 then reports what happened\nto each card with `notifyCardOperation` (v1, one card) or `notifyCardOperations` (v2, bulk).\n\nEvery call carries an OAuth 2.0 access token (a JWT) obtained by client credentials: see the\n`bearerAuth` security scheme. The seed also lists an optional `Authorization` header parameter\n(\"Oauth Access Token (optional)\", example `Bearer 2zzLJmBAtTNIU8nF8e8XbmDvaNGs`); OpenAPI 3 ignores\nheader parameters named `Authorization`, so that header is described by the security scheme only.\n\nClients must tolerate unknown fields and new enum values.\n\nEvery error of this document uses the one `Error` body `{ \"error\": { \"code\", \"message\" } }`\n(assumed: the seed names the statuses but not their bodies).\n",
);
/// `servers[0].url`: the path where the API is mounted.
pub const SERVER_URL: &str = "/";
/// `servers[0].description`.
pub const SERVER_DESCRIPTION: Option<&str> = Some(
    "d1-sandbox mounts the Card API at the root; the paths carry their own prefixes.",
);
/// The tags' names in the order the document lists them (poem-openapi serves them
/// sorted; the served document is put back in this order).
pub const TAGS: &[&str] = &["Card verification", "Card notifications"];
/// The API's short name (the document's file stem).
pub const STEM: &str = "card-api";
/// Every operation as (HTTP method, document path), for `Allow` headers.
pub const OPERATIONS: &[(&str, &str)] = &[
    ("POST", "/cms/api/v1/issuers/{issuerId}/cards/credentials"),
    ("POST", "/notifications/d1/v1/issuers/{issuerId}/cards/{cardId}/notifications"),
    ("POST", "/notifications/d1/v2/issuers/{issuerId}/cards"),
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
    /// The card data D1 asks the issuer to verify (all three fields required, assumed).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct VerifyCardRequest {
        /// The encrypted JSON (cf http://www.json.org/) representation of the card credentials.
        /// This value is encrypted using JWE compact serialization (please refer to "Encrypt
        /// sensitive data"): `alg` ECDH-ES on P-256, `enc` A256GCM, `kid` naming the issuer's key.
        /// Once deciphered, the plaintext is a `CardCredentials` object. At most 8192 characters.
        #[oai(
            rename = "encryptedData",
            validator(min_length = 1usize, max_length = 8192usize)
        )]
        pub encrypted_data: String,
        /// Unique identifier of the card. For an unknown card this is the identifier D1 proposes.
        #[oai(rename = "cardId")]
        pub card_id: VerifyCardRequestCardId,
        /// The first 6 digits of the PAN (8-digit BINs also occur, so 6 to 8 digits are accepted; assumed).
        #[oai(rename = "cardBin")]
        pub card_bin: VerifyCardRequestCardBin,
    }
    impl crate::runtime::JsonKinds for VerifyCardRequest {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("encryptedData") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "encryptedData"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "encryptedData"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "encryptedData"),
                    )?;
                }
            }
            match object.get("cardId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "cardId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "cardId"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        VerifyCardRequestCardId::check,
                        || format!("{at}.{}", "cardId"),
                    )?;
                }
            }
            match object.get("cardBin") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "cardBin"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "cardBin"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        VerifyCardRequestCardBin::check,
                        || format!("{at}.{}", "cardBin"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// Unique identifier of the card. For an unknown card this is the identifier D1 proposes.
    #[derive(Debug, Clone, PartialEq)]
    pub struct VerifyCardRequestCardId(pub String);
    impl VerifyCardRequestCardId {
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
    impl poem_openapi::types::Type for VerifyCardRequestCardId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(VerifyCardRequestCardId)".into()
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
    impl poem_openapi::types::ParseFromJSON for VerifyCardRequestCardId {
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
    impl poem_openapi::types::ParseFromParameter for VerifyCardRequestCardId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for VerifyCardRequestCardId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for VerifyCardRequestCardId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<VerifyCardRequestCardId> for String {
        fn from(value: VerifyCardRequestCardId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for VerifyCardRequestCardId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for VerifyCardRequestCardId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The first 6 digits of the PAN (8-digit BINs also occur, so 6 to 8 digits are accepted; assumed).
    #[derive(Debug, Clone, PartialEq)]
    pub struct VerifyCardRequestCardBin(pub String);
    impl VerifyCardRequestCardBin {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^[0-9]{6,8}$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(format!("does not match the pattern {}", "^[0-9]{6,8}$"));
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for VerifyCardRequestCardBin {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(VerifyCardRequestCardBin)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[0-9]{6,8}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for VerifyCardRequestCardBin {
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
    impl poem_openapi::types::ParseFromParameter for VerifyCardRequestCardBin {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for VerifyCardRequestCardBin {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for VerifyCardRequestCardBin {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<VerifyCardRequestCardBin> for String {
        fn from(value: VerifyCardRequestCardBin) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for VerifyCardRequestCardBin {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for VerifyCardRequestCardBin {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The JWE plaintext of `VerifyCardRequest.encryptedData`: the card credentials, as JSON. It is
    /// never sent in clear; it is documented here so partners know what to encrypt.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardCredentials {
        /// The funding pan value. Up to 19 digits.
        #[oai(rename = "pan")]
        pub pan: CardCredentialsPan,
        /// The expiry date of the card. 4 digits, following the format MMYY.
        #[oai(rename = "exp")]
        pub exp: CardCredentialsExp,
        /// The card holder name. Up to 128 characters.
        #[oai(
            rename = "name",
            skip_serializing_if_is_none,
            validator(max_length = 128usize)
        )]
        pub name: Option<String>,
        /// The CVV2 value of the funding card. 3 or 4 digits.
        #[oai(rename = "cvv", skip_serializing_if_is_none)]
        pub cvv: Option<CardCredentialsCvv>,
    }
    impl crate::runtime::JsonKinds for CardCredentials {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("pan") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "pan"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "pan"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardCredentialsPan::check,
                        || format!("{at}.{}", "pan"),
                    )?;
                }
            }
            match object.get("exp") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "exp"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "exp"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardCredentialsExp::check,
                        || format!("{at}.{}", "exp"),
                    )?;
                }
            }
            match object.get("name") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "name"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "name"))?;
                }
            }
            match object.get("cvv") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "cvv"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardCredentialsCvv::check,
                        || format!("{at}.{}", "cvv"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The funding pan value. Up to 19 digits.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardCredentialsPan(pub String);
    impl CardCredentialsPan {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^[0-9]{1,19}$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(format!("does not match the pattern {}", "^[0-9]{1,19}$"));
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for CardCredentialsPan {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardCredentialsPan)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[0-9]{1,19}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for CardCredentialsPan {
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
    impl poem_openapi::types::ParseFromParameter for CardCredentialsPan {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardCredentialsPan {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardCredentialsPan {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardCredentialsPan> for String {
        fn from(value: CardCredentialsPan) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardCredentialsPan {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardCredentialsPan {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The expiry date of the card. 4 digits, following the format MMYY.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardCredentialsExp(pub String);
    impl CardCredentialsExp {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^[0-9]{4}$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(format!("does not match the pattern {}", "^[0-9]{4}$"));
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for CardCredentialsExp {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardCredentialsExp)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[0-9]{4}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for CardCredentialsExp {
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
    impl poem_openapi::types::ParseFromParameter for CardCredentialsExp {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardCredentialsExp {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardCredentialsExp {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardCredentialsExp> for String {
        fn from(value: CardCredentialsExp) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardCredentialsExp {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardCredentialsExp {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The CVV2 value of the funding card. 3 or 4 digits.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardCredentialsCvv(pub String);
    impl CardCredentialsCvv {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^[0-9]{3,4}$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(format!("does not match the pattern {}", "^[0-9]{3,4}$"));
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for CardCredentialsCvv {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardCredentialsCvv)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[0-9]{3,4}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for CardCredentialsCvv {
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
    impl poem_openapi::types::ParseFromParameter for CardCredentialsCvv {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardCredentialsCvv {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardCredentialsCvv {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardCredentialsCvv> for String {
        fn from(value: CardCredentialsCvv) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardCredentialsCvv {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardCredentialsCvv {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The outcome of the card verification.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct VerifyCardResponse {
        /// Unique identifier of the card.
        #[oai(rename = "cardId")]
        pub card_id: VerifyCardResponseCardId,
        /// Unique identifier of the end user.
        /// Must be provided only when the card verification is successful:
        /// verificationResults.card.invalid flag is false.
        #[oai(rename = "consumerId", skip_serializing_if_is_none)]
        pub consumer_id: Option<VerifyCardResponseConsumerId>,
        /// Unique identifier of the account.
        /// Note: This parameter is deprecated, you can still send it but it will be ignored.
        #[oai(rename = "accountId", skip_serializing_if_is_none, deprecated)]
        pub account_id: Option<VerifyCardResponseAccountId>,
        #[oai(rename = "verificationResults")]
        pub verification_results: VerificationResults,
    }
    impl crate::runtime::JsonKinds for VerifyCardResponse {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("cardId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "cardId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "cardId"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        VerifyCardResponseCardId::check,
                        || format!("{at}.{}", "cardId"),
                    )?;
                }
            }
            match object.get("consumerId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "consumerId"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        VerifyCardResponseConsumerId::check,
                        || format!("{at}.{}", "consumerId"),
                    )?;
                }
            }
            match object.get("accountId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "accountId"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        VerifyCardResponseAccountId::check,
                        || format!("{at}.{}", "accountId"),
                    )?;
                }
            }
            match object.get("verificationResults") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "verificationResults"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "verificationResults"),
                    );
                }
                Some(v) => {
                    <VerificationResults as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "verificationResults"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// Unique identifier of the card.
    #[derive(Debug, Clone, PartialEq)]
    pub struct VerifyCardResponseCardId(pub String);
    impl VerifyCardResponseCardId {
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
    impl poem_openapi::types::Type for VerifyCardResponseCardId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(VerifyCardResponseCardId)".into()
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
    impl poem_openapi::types::ParseFromJSON for VerifyCardResponseCardId {
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
    impl poem_openapi::types::ParseFromParameter for VerifyCardResponseCardId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for VerifyCardResponseCardId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for VerifyCardResponseCardId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<VerifyCardResponseCardId> for String {
        fn from(value: VerifyCardResponseCardId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for VerifyCardResponseCardId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for VerifyCardResponseCardId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// Unique identifier of the end user.
    /// Must be provided only when the card verification is successful:
    /// verificationResults.card.invalid flag is false.
    #[derive(Debug, Clone, PartialEq)]
    pub struct VerifyCardResponseConsumerId(pub String);
    impl VerifyCardResponseConsumerId {
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
    impl poem_openapi::types::Type for VerifyCardResponseConsumerId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(VerifyCardResponseConsumerId)".into()
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
    impl poem_openapi::types::ParseFromJSON for VerifyCardResponseConsumerId {
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
    impl poem_openapi::types::ParseFromParameter for VerifyCardResponseConsumerId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for VerifyCardResponseConsumerId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for VerifyCardResponseConsumerId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<VerifyCardResponseConsumerId> for String {
        fn from(value: VerifyCardResponseConsumerId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for VerifyCardResponseConsumerId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for VerifyCardResponseConsumerId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// Unique identifier of the account.
    /// Note: This parameter is deprecated, you can still send it but it will be ignored.
    #[derive(Debug, Clone, PartialEq)]
    pub struct VerifyCardResponseAccountId(pub String);
    impl VerifyCardResponseAccountId {
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
    impl poem_openapi::types::Type for VerifyCardResponseAccountId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(VerifyCardResponseAccountId)".into()
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
    impl poem_openapi::types::ParseFromJSON for VerifyCardResponseAccountId {
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
    impl poem_openapi::types::ParseFromParameter for VerifyCardResponseAccountId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for VerifyCardResponseAccountId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for VerifyCardResponseAccountId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<VerifyCardResponseAccountId> for String {
        fn from(value: VerifyCardResponseAccountId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for VerifyCardResponseAccountId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for VerifyCardResponseAccountId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The results of the checks done on the card (field names from a bank's published sample;
    /// which fields are required is assumed).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct VerificationResults {
        #[oai(rename = "card")]
        pub card: CardVerificationResult,
        #[oai(rename = "securityCode", skip_serializing_if_is_none)]
        pub security_code: Option<SecurityCodeVerificationResult>,
    }
    impl crate::runtime::JsonKinds for VerificationResults {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("card") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "card"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "card"));
                }
                Some(v) => {
                    <CardVerificationResult as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "card"),
                    )?;
                }
            }
            match object.get("securityCode") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "securityCode"));
                }
                Some(v) => {
                    <SecurityCodeVerificationResult as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "securityCode"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The checks done on the card itself.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardVerificationResult {
        /// True when the card is not valid (unknown to the issuer and not accepted, suspended, or deleted; suspended is assumed).
        #[oai(rename = "invalid")]
        pub invalid: bool,
        /// True when the card is expired, or the expiry date is not the one the issuer knows.
        #[oai(rename = "expired")]
        pub expired: bool,
        /// True when the card is reported lost or stolen.
        #[oai(rename = "lostOrStolen")]
        pub lost_or_stolen: bool,
        /// True when the card is suspected of fraud.
        #[oai(rename = "fraudSuspect")]
        pub fraud_suspect: bool,
    }
    impl crate::runtime::JsonKinds for CardVerificationResult {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("invalid") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "invalid"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "invalid"));
                }
                Some(_) => {}
            }
            match object.get("expired") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "expired"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "expired"));
                }
                Some(_) => {}
            }
            match object.get("lostOrStolen") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "lostOrStolen"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "lostOrStolen"));
                }
                Some(_) => {}
            }
            match object.get("fraudSuspect") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "fraudSuspect"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "fraudSuspect"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// The check of the CVV. Present only when the card data contained a CVV (assumed).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct SecurityCodeVerificationResult {
        /// True when the CVV matches the card's.
        #[oai(rename = "valid")]
        pub valid: bool,
        /// True when too many consecutive wrong CVVs were presented for this card.
        #[oai(rename = "verificationAttemptsExceeded")]
        pub verification_attempts_exceeded: bool,
    }
    impl crate::runtime::JsonKinds for SecurityCodeVerificationResult {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("valid") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "valid"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "valid"));
                }
                Some(_) => {}
            }
            match object.get("verificationAttemptsExceeded") {
                None => {
                    return Err(
                        format!(
                            "{at}.{}: required, and missing",
                            "verificationAttemptsExceeded"
                        ),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!(
                            "{at}.{}: null is not allowed",
                            "verificationAttemptsExceeded"
                        ),
                    );
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// An operation done, or in progress, on one card (v1).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardOperationNotification {
        /// Unique identifier of the operation.
        #[oai(rename = "operationId")]
        pub operation_id: CardOperationNotificationOperationId,
        /// The name of the operation done or ongoing on the card.
        /// A DIGITIZE (meaning tokenize) operation can occur only on a virtual card or physical card,
        /// and means the card has been digitized (tokenized) (or it is in the process of being so).
        #[oai(rename = "operation")]
        pub operation: CardOperationNotificationOperation,
        /// Unique identifier of the digital cards concerned by the operation (item pattern and the bound of 100 items assumed: a card has a few digital cards, one per wallet and device).
        #[oai(
            rename = "digitalCardIds",
            skip_serializing_if_is_none,
            validator(max_items = 100usize)
        )]
        pub digital_card_ids: Option<Vec<CardOperationNotificationDigitalCardIdsItem>>,
        #[oai(rename = "status")]
        pub status: OperationStatus,
    }
    impl crate::runtime::JsonKinds for CardOperationNotification {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("operationId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "operationId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "operationId"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardOperationNotificationOperationId::check,
                        || format!("{at}.{}", "operationId"),
                    )?;
                }
            }
            match object.get("operation") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "operation"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "operation"));
                }
                Some(_) => {}
            }
            match object.get("digitalCardIds") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "digitalCardIds"),
                    );
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "digitalCardIds");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            crate::runtime::expect_string_with(
                                item,
                                CardOperationNotificationDigitalCardIdsItem::check,
                                || {
                                    let parent = format!("{at}.{}", "digitalCardIds");
                                    format!("{parent}[{i}]")
                                },
                            )?;
                        }
                    }
                }
            }
            match object.get("status") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "status"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "status"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// Unique identifier of the operation.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardOperationNotificationOperationId(pub String);
    impl CardOperationNotificationOperationId {
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
    impl poem_openapi::types::Type for CardOperationNotificationOperationId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardOperationNotificationOperationId)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardOperationNotificationOperationId {
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
    impl poem_openapi::types::ParseFromParameter
    for CardOperationNotificationOperationId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardOperationNotificationOperationId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardOperationNotificationOperationId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardOperationNotificationOperationId> for String {
        fn from(value: CardOperationNotificationOperationId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardOperationNotificationOperationId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardOperationNotificationOperationId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The name of the operation done or ongoing on the card.
    /// A DIGITIZE (meaning tokenize) operation can occur only on a virtual card or physical card,
    /// and means the card has been digitized (tokenized) (or it is in the process of being so).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum CardOperationNotificationOperation {
        ///DIGITIZE
        #[oai(rename = "DIGITIZE")]
        Digitize,
    }
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardOperationNotificationDigitalCardIdsItem(pub String);
    impl CardOperationNotificationDigitalCardIdsItem {
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
    impl poem_openapi::types::Type for CardOperationNotificationDigitalCardIdsItem {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardOperationNotificationDigitalCardIdsItem)".into()
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
    impl poem_openapi::types::ParseFromJSON
    for CardOperationNotificationDigitalCardIdsItem {
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
    impl poem_openapi::types::ParseFromParameter
    for CardOperationNotificationDigitalCardIdsItem {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardOperationNotificationDigitalCardIdsItem {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardOperationNotificationDigitalCardIdsItem {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardOperationNotificationDigitalCardIdsItem> for String {
        fn from(value: CardOperationNotificationDigitalCardIdsItem) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardOperationNotificationDigitalCardIdsItem {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardOperationNotificationDigitalCardIdsItem {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// A batch of card operations (v2). The `cards` wrapper and its bounds are assumed.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardOperationsNotification {
        #[oai(rename = "cards", validator(min_items = 1usize, max_items = 100usize))]
        pub cards: Vec<CardOperation>,
    }
    impl crate::runtime::JsonKinds for CardOperationsNotification {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("cards") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "cards"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "cards"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "cards");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <CardOperation as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "cards");
                                    format!("{parent}[{i}]")
                                },
                            )?;
                        }
                    }
                }
            }
            Ok(())
        }
    }
    /// An operation done, or in progress, on one card (v2 item).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardOperation {
        /// Unique identifier of the operation.
        #[oai(rename = "operationId")]
        pub operation_id: CardOperationOperationId,
        /// The name of the operation done or ongoing on the card. The public list is cut off after
        /// CLICK_TO_PAY_ENROLMENT; clients must tolerate new values.
        #[oai(rename = "operation")]
        pub operation: CardOperationOperation,
        #[oai(rename = "status")]
        pub status: OperationStatus,
        /// When the operation started, ISO-8601 with milliseconds.
        #[oai(rename = "startTime")]
        pub start_time: chrono::DateTime<chrono::FixedOffset>,
        /// When the operation ended, ISO-8601 with milliseconds (assumed).
        #[oai(rename = "endTime", skip_serializing_if_is_none)]
        pub end_time: Option<chrono::DateTime<chrono::FixedOffset>>,
        /// Unique identifier of the card.
        #[oai(rename = "cardId")]
        pub card_id: CardOperationCardId,
        /// A free text about the operation, e.g. why it failed (assumed).
        #[oai(
            rename = "message",
            skip_serializing_if_is_none,
            validator(max_length = 256usize)
        )]
        pub message: Option<String>,
    }
    impl crate::runtime::JsonKinds for CardOperation {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("operationId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "operationId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "operationId"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardOperationOperationId::check,
                        || format!("{at}.{}", "operationId"),
                    )?;
                }
            }
            match object.get("operation") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "operation"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "operation"));
                }
                Some(_) => {}
            }
            match object.get("status") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "status"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "status"));
                }
                Some(_) => {}
            }
            match object.get("startTime") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "startTime"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "startTime"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "startTime"),
                    )?;
                }
            }
            match object.get("endTime") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "endTime"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "endTime"))?;
                }
            }
            match object.get("cardId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "cardId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "cardId"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardOperationCardId::check,
                        || format!("{at}.{}", "cardId"),
                    )?;
                }
            }
            match object.get("message") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "message"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "message"))?;
                }
            }
            Ok(())
        }
    }
    /// Unique identifier of the operation.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardOperationOperationId(pub String);
    impl CardOperationOperationId {
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
    impl poem_openapi::types::Type for CardOperationOperationId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardOperationOperationId)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardOperationOperationId {
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
    impl poem_openapi::types::ParseFromParameter for CardOperationOperationId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardOperationOperationId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardOperationOperationId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardOperationOperationId> for String {
        fn from(value: CardOperationOperationId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardOperationOperationId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardOperationOperationId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The name of the operation done or ongoing on the card. The public list is cut off after
    /// CLICK_TO_PAY_ENROLMENT; clients must tolerate new values.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum CardOperationOperation {
        ///CREATE
        #[oai(rename = "CREATE")]
        Create,
        ///REGISTER
        #[oai(rename = "REGISTER")]
        Register,
        ///ACTIVATE
        #[oai(rename = "ACTIVATE")]
        Activate,
        ///SUSPEND
        #[oai(rename = "SUSPEND")]
        Suspend,
        ///RESUME
        #[oai(rename = "RESUME")]
        Resume,
        ///DELETE
        #[oai(rename = "DELETE")]
        Delete,
        ///DIGITIZE
        #[oai(rename = "DIGITIZE")]
        Digitize,
        ///RENEW
        #[oai(rename = "RENEW")]
        Renew,
        ///REPLACE
        #[oai(rename = "REPLACE")]
        Replace,
        ///PRODUCE
        #[oai(rename = "PRODUCE")]
        Produce,
        ///STANDALONE_TRACKING
        #[oai(rename = "STANDALONE_TRACKING")]
        StandaloneTracking,
        ///CLICK_TO_PAY_ENROLMENT
        #[oai(rename = "CLICK_TO_PAY_ENROLMENT")]
        ClickToPayEnrolment,
    }
    /// Unique identifier of the card.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardOperationCardId(pub String);
    impl CardOperationCardId {
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
    impl poem_openapi::types::Type for CardOperationCardId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardOperationCardId)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardOperationCardId {
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
    impl poem_openapi::types::ParseFromParameter for CardOperationCardId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardOperationCardId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardOperationCardId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardOperationCardId> for String {
        fn from(value: CardOperationCardId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardOperationCardId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardOperationCardId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// Status of the operation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum OperationStatus {
        ///PENDING
        #[oai(rename = "PENDING")]
        Pending,
        ///SUCCESSFUL
        #[oai(rename = "SUCCESSFUL")]
        Successful,
        ///FAILED
        #[oai(rename = "FAILED")]
        Failed,
    }
    /// The error body of every 4xx and 5xx answer of this API (assumed).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct Error {
        #[oai(rename = "error")]
        pub error: ErrorDetail,
    }
    impl crate::runtime::JsonKinds for Error {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("error") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "error"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "error"));
                }
                Some(v) => {
                    <ErrorDetail as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "error"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// What went wrong.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct ErrorDetail {
        /// A stable, machine-readable error code, e.g. INVALID_REQUEST, UNKNOWN_CARD.
        #[oai(rename = "code", validator(max_length = 64usize))]
        pub code: String,
        /// A human-readable explanation.
        #[oai(rename = "message", validator(max_length = 1024usize))]
        pub message: String,
    }
    impl crate::runtime::JsonKinds for ErrorDetail {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("code") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "code"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "code"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "code"))?;
                }
            }
            match object.get("message") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "message"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "message"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "message"))?;
                }
            }
            Ok(())
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardId(pub String);
    impl CardId {
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
    impl poem_openapi::types::Type for CardId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardId)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardId {
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
    impl poem_openapi::types::ParseFromParameter for CardId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardId> for String {
        fn from(value: CardId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
}
/// One enum per operation, one variant per declared status.
pub mod responses {
    /// The answers of `verifyCard`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "verify_card_bad_request")]
    pub enum VerifyCard {
        /// OK
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::VerifyCardResponse>),
        /// Bad Request
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::Error>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::Error>),
        /// Authorization missing or invalid
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// Action forbidden
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// Resource not found
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// Internal Server Error
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for VerifyCard {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    VerifyCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    VerifyCard::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    VerifyCard::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    VerifyCard::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    VerifyCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    VerifyCard::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    VerifyCard::Status408(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    VerifyCard::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    VerifyCard::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
            }
        }
    }
    /// Turns a request poem-openapi could not extract (parameters, body, validators, missing
    /// credentials) into the operation's declared error answer.
    pub fn verify_card_bad_request(err: poem::Error) -> VerifyCard {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `notifyCardOperation`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "notify_card_operation_bad_request")]
    pub enum NotifyCardOperation {
        /// Successful. No content (assumed; the seed says "Successful" and shows no body).
        #[oai(status = 204u16)]
        NoContent,
        /// Bad Request, Invalid request URI or header, or unsupported nonstandard parameter
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::Error>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::Error>),
        /// The provided Authorization header is missing or invalid
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// Action forbidden
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// Resource not found. Unknown issuerId or consumerId or accountId or cardId
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// Internal Server Error
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for NotifyCardOperation {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    NotifyCardOperation::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    NotifyCardOperation::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    NotifyCardOperation::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    NotifyCardOperation::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    NotifyCardOperation::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    NotifyCardOperation::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    NotifyCardOperation::Status408(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    NotifyCardOperation::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    NotifyCardOperation::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
            }
        }
    }
    /// Turns a request poem-openapi could not extract (parameters, body, validators, missing
    /// credentials) into the operation's declared error answer.
    pub fn notify_card_operation_bad_request(err: poem::Error) -> NotifyCardOperation {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `notifyCardOperations`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "notify_card_operations_bad_request")]
    pub enum NotifyCardOperations {
        /// Successful. No content.
        #[oai(status = 204u16)]
        NoContent,
        /// Bad Request, Invalid request URI, header, paramters.
        /// D1 will not retry the request until the issue is considered as resolved.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::Error>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::Error>),
        /// Unauthorized request.
        /// D1 will not retry the request until the issue is considered as resolved.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// Forbidden action.
        /// D1 will not retry the request until the issue is considered as resolved.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// Ressource not found, Unknown issuerId.
        /// D1 will not retry the request until the issue is considered as resolved.
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// Internal Server Error. D1 will retry the request later.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
        /// The service is temporarily unavailable. D1 will retry the request later.
        #[oai(status = 503u16)]
        ServiceUnavailable(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for NotifyCardOperations {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    NotifyCardOperations::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    NotifyCardOperations::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    NotifyCardOperations::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    NotifyCardOperations::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    NotifyCardOperations::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    NotifyCardOperations::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    NotifyCardOperations::Status408(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    NotifyCardOperations::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    NotifyCardOperations::ServiceUnavailable(
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
    pub fn notify_card_operations_bad_request(err: poem::Error) -> NotifyCardOperations {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
}
/// The document's security schemes.
pub mod security {
    /// A JWT generated by the Get Authorization Token API.
    /// The server checks the validity of the provided token to control access to this protected
    /// resource. Please refer to Get OAuth 2.0 access token for more details on the flow and on how
    /// to get this JWT. In d1-sandbox the token comes from `POST /oauth2/token`.
    #[derive(poem_openapi::SecurityScheme)]
    #[oai(rename = "bearerAuth", ty = "bearer", bearer_format = "JWT")]
    pub struct BearerAuth(pub poem_openapi::auth::Bearer);
}
/// The document's tags.
#[derive(poem_openapi::Tags)]
pub enum Tags {
    /// D1 asks the issuer to verify the card data of a tokenization request.
    #[oai(rename = "Card verification")]
    CardVerification,
    /// D1 tells the issuer about operations done, or in progress, on its cards.
    #[oai(rename = "Card notifications")]
    CardNotifications,
}
/// The operations of `card-api.yaml`: implement this trait to serve the API. The generated service has already extracted and validated every input, and authenticated the caller where the document asks for it.
pub trait CardApi: Send + Sync + 'static {
    /// What a successful authentication yields; passed to every protected operation.
    type Principal: Send + 'static;
    /// Checks a `bearerAuth` credential: the principal, or the problem that refuses it.
    fn authenticate_bearer_auth(
        &self,
        credential: poem_openapi::auth::Bearer,
    ) -> impl std::future::Future<
        Output = Result<Self::Principal, crate::runtime::Problem>,
    > + Send;
    /// Verify card
    ///
    /// D1 calls this operation when a tokenization request arrives and the card must be checked:
    /// the PAN is valid, the card is not expired and, when given, the CVV is valid.
    ///
    /// For a card the issuer does not know yet, D1 proposes a `cardId`, which the issuer may keep.
    /// The issuer returns a `consumerId` when the card is valid.
    ///
    /// The path is derived from a public implementation and the documented D1 outbound prefix
    /// `/cms/api/v1/issuers/{issuerId}/...` (assumed).
    ///
    /// d1-sandbox's error codes (assumed; the seed names the statuses only): 400 `JWE_MALFORMED`,
    /// `JWE_TOO_LARGE`, `JWE_UNSUPPORTED_ALG`, `JWE_UNSUPPORTED_ENC`, `JWE_UNSUPPORTED_HEADER`,
    /// `JWE_MISSING_KID`, `UNKNOWN_KEY`, `JWE_KEY_MISMATCH`, `JWE_DECRYPTION_FAILED` (the JWE),
    /// `INVALID_CARD_DATA` (the plaintext: PAN 12 to 19 digits with a valid Luhn check digit, `exp`
    /// a real month, `cvv` 3 or 4 digits, `name` at most 128 characters), `CARD_BIN_MISMATCH`
    /// (`cardBin` does not start the PAN); 403 `FORBIDDEN`; 404 `UNKNOWN_ISSUER`.
    fn verify_card(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        x_correlation_id: Option<types::XCorrelationId>,
        body: types::VerifyCardRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::VerifyCard, crate::runtime::Problem>,
    > + Send;
    /// Notify card operation (v1)
    ///
    /// D1 notifies the issuer of an operation done, or in progress, on one card. The same
    /// `operationId` may be notified again as its status changes (PENDING, then SUCCESSFUL or
    /// FAILED).
    ///
    /// The 403 response is declared because the operation is protected; the seed lists 400, 401,
    /// 404 and 500 only (assumed).
    ///
    /// d1-sandbox keeps every operation per card (assumed rules): the same content again is
    /// accepted (204); a PENDING operation may become SUCCESSFUL or FAILED, a final one never
    /// changes (400 `INVALID_OPERATION`, also for an `operationId` reused for another operation);
    /// a SUCCESSFUL DIGITIZE attaches its `digitalCardIds` to the card; 404 `UNKNOWN_ISSUER` or
    /// `UNKNOWN_CARD`.
    fn notify_card_operation(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        card_id: types::CardId,
        x_correlation_id: Option<types::XCorrelationId>,
        body: types::CardOperationNotification,
    ) -> impl std::future::Future<
        Output = Result<responses::NotifyCardOperation, crate::runtime::Problem>,
    > + Send;
    /// Notify card operations (v2, bulk)
    ///
    /// D1 notifies the issuer of operations on several cards in one call. The body is
    /// `{ "cards": [ ... ] }` with at least one item (assumed: the source shows the items only).
    ///
    /// A 4xx answer means D1 will not retry the request until the issue is considered as resolved;
    /// after a 500 or a 503 D1 will retry the request later.
    ///
    /// d1-sandbox applies a batch all or nothing (assumed): every card must exist (else 404
    /// `UNKNOWN_CARD` naming them) and every item be applicable under the rules of
    /// `notifyCardOperation` (else 400 `INVALID_OPERATION` naming the items as `cards[i]`).
    fn notify_card_operations(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        x_correlation_id: Option<types::XCorrelationId>,
        body: types::CardOperationsNotification,
    ) -> impl std::future::Future<
        Output = Result<responses::NotifyCardOperations, crate::runtime::Problem>,
    > + Send;
}
/// The poem-openapi service of `card-api.yaml`, calling a [`CardApi`] implementation.
pub struct CardApiService<T>(pub std::sync::Arc<T>);
#[poem_openapi::OpenApi]
impl<T: CardApi> CardApiService<T> {
    /// Verify card
    ///
    /// D1 calls this operation when a tokenization request arrives and the card must be checked:
    /// the PAN is valid, the card is not expired and, when given, the CVV is valid.
    ///
    /// For a card the issuer does not know yet, D1 proposes a `cardId`, which the issuer may keep.
    /// The issuer returns a `consumerId` when the card is valid.
    ///
    /// The path is derived from a public implementation and the documented D1 outbound prefix
    /// `/cms/api/v1/issuers/{issuerId}/...` (assumed).
    ///
    /// d1-sandbox's error codes (assumed; the seed names the statuses only): 400 `JWE_MALFORMED`,
    /// `JWE_TOO_LARGE`, `JWE_UNSUPPORTED_ALG`, `JWE_UNSUPPORTED_ENC`, `JWE_UNSUPPORTED_HEADER`,
    /// `JWE_MISSING_KID`, `UNKNOWN_KEY`, `JWE_KEY_MISMATCH`, `JWE_DECRYPTION_FAILED` (the JWE),
    /// `INVALID_CARD_DATA` (the plaintext: PAN 12 to 19 digits with a valid Luhn check digit, `exp`
    /// a real month, `cvv` 3 or 4 digits, `name` at most 128 characters), `CARD_BIN_MISMATCH`
    /// (`cardBin` does not start the PAN); 403 `FORBIDDEN`; 404 `UNKNOWN_ISSUER`.
    #[oai(
        path = "/cms/api/v1/issuers/:issuerId/cards/credentials",
        method = "post",
        operation_id = "verifyCard",
        tag = "Tags::CardVerification"
    )]
    async fn verify_card(
        &self,
        auth: security::BearerAuth,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        /// Random identifier which can be used to correlate the different API calls done as part of a
        /// single use-case. This identifier will be the one primarily used for troubleshooting.
        /// There is no strong guarantee of the uniqueness of this identifier, so please refrain from
        /// using it for other purpose than logging and troubleshooting.
        #[oai(name = "x-correlation-id")]
        x_correlation_id: poem_openapi::param::Header<Option<types::XCorrelationId>>,
        body: crate::runtime::StrictJson<types::VerifyCardRequest>,
    ) -> responses::VerifyCard {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_bearer_auth(auth.0).await?;
                self.0
                    .verify_card(principal, issuer_id.0, x_correlation_id.0, body.0)
                    .await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Notify card operation (v1)
    ///
    /// D1 notifies the issuer of an operation done, or in progress, on one card. The same
    /// `operationId` may be notified again as its status changes (PENDING, then SUCCESSFUL or
    /// FAILED).
    ///
    /// The 403 response is declared because the operation is protected; the seed lists 400, 401,
    /// 404 and 500 only (assumed).
    ///
    /// d1-sandbox keeps every operation per card (assumed rules): the same content again is
    /// accepted (204); a PENDING operation may become SUCCESSFUL or FAILED, a final one never
    /// changes (400 `INVALID_OPERATION`, also for an `operationId` reused for another operation);
    /// a SUCCESSFUL DIGITIZE attaches its `digitalCardIds` to the card; 404 `UNKNOWN_ISSUER` or
    /// `UNKNOWN_CARD`.
    #[oai(
        path = "/notifications/d1/v1/issuers/:issuerId/cards/:cardId/notifications",
        method = "post",
        operation_id = "notifyCardOperation",
        tag = "Tags::CardNotifications"
    )]
    async fn notify_card_operation(
        &self,
        auth: security::BearerAuth,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        /// Unique identifier of the card.
        #[oai(name = "cardId")]
        card_id: poem_openapi::param::Path<types::CardId>,
        /// Random identifier which can be used to correlate the different API calls done as part of a
        /// single use-case. This identifier will be the one primarily used for troubleshooting.
        /// There is no strong guarantee of the uniqueness of this identifier, so please refrain from
        /// using it for other purpose than logging and troubleshooting.
        #[oai(name = "x-correlation-id")]
        x_correlation_id: poem_openapi::param::Header<Option<types::XCorrelationId>>,
        body: crate::runtime::StrictJson<types::CardOperationNotification>,
    ) -> responses::NotifyCardOperation {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_bearer_auth(auth.0).await?;
                self.0
                    .notify_card_operation(
                        principal,
                        issuer_id.0,
                        card_id.0,
                        x_correlation_id.0,
                        body.0,
                    )
                    .await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Notify card operations (v2, bulk)
    ///
    /// D1 notifies the issuer of operations on several cards in one call. The body is
    /// `{ "cards": [ ... ] }` with at least one item (assumed: the source shows the items only).
    ///
    /// A 4xx answer means D1 will not retry the request until the issue is considered as resolved;
    /// after a 500 or a 503 D1 will retry the request later.
    ///
    /// d1-sandbox applies a batch all or nothing (assumed): every card must exist (else 404
    /// `UNKNOWN_CARD` naming them) and every item be applicable under the rules of
    /// `notifyCardOperation` (else 400 `INVALID_OPERATION` naming the items as `cards[i]`).
    #[oai(
        path = "/notifications/d1/v2/issuers/:issuerId/cards",
        method = "post",
        operation_id = "notifyCardOperations",
        tag = "Tags::CardNotifications"
    )]
    async fn notify_card_operations(
        &self,
        auth: security::BearerAuth,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        /// Random identifier which can be used to correlate the different API calls done as part of a
        /// single use-case. This identifier will be the one primarily used for troubleshooting.
        /// There is no strong guarantee of the uniqueness of this identifier, so please refrain from
        /// using it for other purpose than logging and troubleshooting.
        #[oai(name = "x-correlation-id")]
        x_correlation_id: poem_openapi::param::Header<Option<types::XCorrelationId>>,
        body: crate::runtime::StrictJson<types::CardOperationsNotification>,
    ) -> responses::NotifyCardOperations {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_bearer_auth(auth.0).await?;
                self.0
                    .notify_card_operations(
                        principal,
                        issuer_id.0,
                        x_correlation_id.0,
                        body.0,
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
