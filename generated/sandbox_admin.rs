// generated from openapi/sandbox-admin.yaml — do not edit.
// poem-openapi server: types, responses, trait, service. `cargo build` regenerates it into OUT_DIR; the reviewable copy in generated/ is
// refreshed with `D1_BLESS=1 cargo test --test integration generated_code_is_fresh`.

/// `info.title` of `sandbox-admin.yaml`.
pub const TITLE: &str = "Sandbox admin API";
/// `info.version` of the document.
pub const VERSION: &str = "2.0.0";
/// `info.description` of the document: the introduction a reader sees first.
pub const DESCRIPTION: Option<&str> = Some(
    "d1-sandbox's own control API (not a D1 API): it sets up the state the partner APIs answer from.\nA partner registers the cards its issuer knows, changes their state (lost, stolen, suspended,\n...), reads back what D1 told the issuer about them, and resets the sandbox between test runs.\n\nCards are registered per issuer (`issuerId`, as in the Card API). PANs and CVVs are never\nstored or answered in clear: a card is stored as a keyed PAN fingerprint, its BIN, its last 4\ndigits, its expiry and a keyed CVV digest, and is shown with a masked PAN (BIN + last 4).\n\nEvery call carries the tenant's admin key in the `X-Admin-Key` header (the `admin_key` of\nthe tenant's credentials file). Every error uses the one `Error` body `{ \"error\": { \"code\", \"message\" } }`,\nthe same shape as the Card API's.\n",
);
/// `servers[0].url`: the path where the API is mounted.
pub const SERVER_URL: &str = "/sandbox";
/// `servers[0].description`.
pub const SERVER_DESCRIPTION: Option<&str> = Some(
    "d1-sandbox mounts its admin API under /sandbox.",
);
/// The tags' names in the order the document lists them (poem-openapi serves them
/// sorted; the served document is put back in this order).
pub const TAGS: &[&str] = &[
    "Cards",
    "Wallets",
    "Partners",
    "Deliveries",
    "Tokens",
    "Connecting party",
    "Sandbox",
];
/// The API's short name (the document's file stem).
pub const STEM: &str = "sandbox-admin";
/// Every operation as (HTTP method, document path), for `Allow` headers.
pub const OPERATIONS: &[(&str, &str)] = &[
    ("GET", "/issuers/{issuerId}/cards"),
    ("POST", "/issuers/{issuerId}/cards"),
    ("GET", "/issuers/{issuerId}/cards/{cardId}"),
    ("PUT", "/issuers/{issuerId}/cards/{cardId}/state"),
    ("DELETE", "/issuers/{issuerId}/cards/{cardId}/cvv-attempts"),
    ("POST", "/issuers/{issuerId}/cards/{cardId}/on-file-accounts"),
    ("POST", "/issuers/{issuerId}/cards/{cardId}/otps"),
    ("GET", "/issuers/{issuerId}/cards/{cardId}/wallet-cards"),
    ("PUT", "/issuers/{issuerId}/wallet-cards/{walletCardId}/state"),
    ("GET", "/issuers/{issuerId}/assets"),
    ("POST", "/issuers/{issuerId}/assets"),
    ("PUT", "/issuers/{issuerId}/assets/choice"),
    ("GET", "/issuers/{issuerId}/cards/{cardId}/operations"),
    ("GET", "/partners"),
    ("PUT", "/partners"),
    ("GET", "/partners/{role}"),
    ("DELETE", "/partners/{role}"),
    ("POST", "/events"),
    ("GET", "/deliveries"),
    ("GET", "/deliveries/stats"),
    ("GET", "/deliveries/{deliveryId}"),
    ("POST", "/deliveries/{deliveryId}/replay"),
    ("POST", "/deliveries/{deliveryId}/abort"),
    ("GET", "/merchants/{merchantId}/tokens"),
    ("GET", "/merchants/{merchantId}/tokens/{tokenId}/notifications"),
    ("GET", "/merchants/{merchantId}/failed-tokenizations"),
    ("POST", "/connecting-party/sessions"),
    ("GET", "/connecting-party/mappings"),
    ("GET", "/connecting-party/verifications"),
    ("GET", "/settings"),
    ("PUT", "/settings"),
    ("POST", "/reset"),
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
    /// The state of a card, as `verifyCard` reports it: ACTIVE is valid; SUSPENDED and DELETED
    /// are `invalid`; LOST and STOLEN are `lostOrStolen`; FRAUD_SUSPECT is `fraudSuspect`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum CardState {
        ///ACTIVE
        #[oai(rename = "ACTIVE")]
        Active,
        ///SUSPENDED
        #[oai(rename = "SUSPENDED")]
        Suspended,
        ///LOST
        #[oai(rename = "LOST")]
        Lost,
        ///STOLEN
        #[oai(rename = "STOLEN")]
        Stolen,
        ///FRAUD_SUSPECT
        #[oai(rename = "FRAUD_SUSPECT")]
        FraudSuspect,
        ///DELETED
        #[oai(rename = "DELETED")]
        Deleted,
    }
    /// A card to register. The PAN and CVV are kept only as keyed digests.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardRegistration {
        /// The PAN, 12 to 19 digits with a valid Luhn check digit.
        #[oai(rename = "pan")]
        pub pan: CardRegistrationPan,
        /// The expiry date, MMYY.
        #[oai(rename = "exp")]
        pub exp: CardRegistrationExp,
        /// The CVV2, 3 or 4 digits.
        #[oai(rename = "cvv")]
        pub cvv: CardRegistrationCvv,
        #[oai(rename = "state", skip_serializing_if_is_none)]
        pub state: Option<CardState>,
        /// The card's id; a new one is made when absent.
        #[oai(rename = "cardId", skip_serializing_if_is_none)]
        pub card_id: Option<CardRegistrationCardId>,
        /// The card holder's consumer id; a new one is made when absent.
        #[oai(rename = "consumerId", skip_serializing_if_is_none)]
        pub consumer_id: Option<CardRegistrationConsumerId>,
    }
    impl crate::runtime::JsonKinds for CardRegistration {
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
                        CardRegistrationPan::check,
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
                        CardRegistrationExp::check,
                        || format!("{at}.{}", "exp"),
                    )?;
                }
            }
            match object.get("cvv") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "cvv"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "cvv"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardRegistrationCvv::check,
                        || format!("{at}.{}", "cvv"),
                    )?;
                }
            }
            match object.get("state") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "state"));
                }
                Some(_) => {}
            }
            match object.get("cardId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "cardId"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardRegistrationCardId::check,
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
                        CardRegistrationConsumerId::check,
                        || format!("{at}.{}", "consumerId"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The PAN, 12 to 19 digits with a valid Luhn check digit.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardRegistrationPan(pub String);
    impl CardRegistrationPan {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^[0-9]{12,19}$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(format!("does not match the pattern {}", "^[0-9]{12,19}$"));
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for CardRegistrationPan {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardRegistrationPan)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[0-9]{12,19}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for CardRegistrationPan {
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
    impl poem_openapi::types::ParseFromParameter for CardRegistrationPan {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardRegistrationPan {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardRegistrationPan {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardRegistrationPan> for String {
        fn from(value: CardRegistrationPan) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardRegistrationPan {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardRegistrationPan {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The expiry date, MMYY.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardRegistrationExp(pub String);
    impl CardRegistrationExp {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            {
                regex::Regex::new("^(0[1-9]|1[0-2])[0-9]{2}$")
                    .expect("checked by the generator")
            });
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^(0[1-9]|1[0-2])[0-9]{2}$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for CardRegistrationExp {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardRegistrationExp)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^(0[1-9]|1[0-2])[0-9]{2}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for CardRegistrationExp {
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
    impl poem_openapi::types::ParseFromParameter for CardRegistrationExp {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardRegistrationExp {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardRegistrationExp {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardRegistrationExp> for String {
        fn from(value: CardRegistrationExp) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardRegistrationExp {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardRegistrationExp {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The CVV2, 3 or 4 digits.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardRegistrationCvv(pub String);
    impl CardRegistrationCvv {
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
    impl poem_openapi::types::Type for CardRegistrationCvv {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardRegistrationCvv)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardRegistrationCvv {
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
    impl poem_openapi::types::ParseFromParameter for CardRegistrationCvv {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardRegistrationCvv {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardRegistrationCvv {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardRegistrationCvv> for String {
        fn from(value: CardRegistrationCvv) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardRegistrationCvv {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardRegistrationCvv {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The card's id; a new one is made when absent.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardRegistrationCardId(pub String);
    impl CardRegistrationCardId {
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
    impl poem_openapi::types::Type for CardRegistrationCardId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardRegistrationCardId)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardRegistrationCardId {
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
    impl poem_openapi::types::ParseFromParameter for CardRegistrationCardId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardRegistrationCardId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardRegistrationCardId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardRegistrationCardId> for String {
        fn from(value: CardRegistrationCardId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardRegistrationCardId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardRegistrationCardId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The card holder's consumer id; a new one is made when absent.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardRegistrationConsumerId(pub String);
    impl CardRegistrationConsumerId {
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
    impl poem_openapi::types::Type for CardRegistrationConsumerId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardRegistrationConsumerId)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardRegistrationConsumerId {
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
    impl poem_openapi::types::ParseFromParameter for CardRegistrationConsumerId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardRegistrationConsumerId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardRegistrationConsumerId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardRegistrationConsumerId> for String {
        fn from(value: CardRegistrationConsumerId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardRegistrationConsumerId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardRegistrationConsumerId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// A new state for a card.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardStateChange {
        #[oai(rename = "state")]
        pub state: CardState,
    }
    impl crate::runtime::JsonKinds for CardStateChange {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("state") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "state"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "state"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// A registered card, as stored (never the PAN or CVV).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct Card {
        /// Unique identifier of the card.
        #[oai(rename = "cardId")]
        pub card_id: CardCardId,
        /// The issuer.
        #[oai(
            rename = "issuerId",
            validator(min_length = 10usize, max_length = 10usize)
        )]
        pub issuer_id: String,
        /// The first 6 and last 4 digits of the PAN, the rest masked with `*`.
        #[oai(rename = "maskedPan")]
        pub masked_pan: CardMaskedPan,
        /// The first 6 digits of the PAN.
        #[oai(rename = "bin")]
        pub bin: CardBin,
        /// The last 4 digits of the PAN.
        #[oai(rename = "lastFourDigits")]
        pub last_four_digits: CardLastFourDigits,
        /// The registered expiry date, MMYY.
        #[oai(rename = "exp")]
        pub exp: CardExp,
        #[oai(rename = "state")]
        pub state: CardState,
        /// The card holder's consumer id, answered by `verifyCard` when the card is valid.
        #[oai(rename = "consumerId")]
        pub consumer_id: CardConsumerId,
        /// The test-card outcome this card was registered from, when `verifyCard` met a test PAN.
        #[oai(rename = "testCard", skip_serializing_if_is_none)]
        pub test_card: Option<CardTestCard>,
        /// Consecutive wrong CVVs since the last right one; from 3 on, `verificationAttemptsExceeded` is true.
        #[oai(
            rename = "failedCvvAttempts",
            validator(minimum(value = 0.0, exclusive = false))
        )]
        pub failed_cvv_attempts: i32,
        /// The digital cards (tokens) of this card, from SUCCESSFUL DIGITIZE operations.
        #[oai(rename = "digitalCardIds")]
        pub digital_card_ids: Vec<CardDigitalCardIdsItem>,
        /// When the card was registered.
        #[oai(rename = "createdAt")]
        pub created_at: chrono::DateTime<chrono::FixedOffset>,
        /// How many operations D1 notified for the card (at most 10,000 are kept; a new one beyond is refused with `OPERATION_LIMIT`). List them with `listCardOperations`, a page at a time.
        #[oai(
            rename = "operationCount",
            validator(minimum(value = 0.0, exclusive = false))
        )]
        pub operation_count: i32,
    }
    impl crate::runtime::JsonKinds for Card {
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
                        CardCardId::check,
                        || format!("{at}.{}", "cardId"),
                    )?;
                }
            }
            match object.get("issuerId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "issuerId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "issuerId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "issuerId"))?;
                }
            }
            match object.get("maskedPan") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "maskedPan"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "maskedPan"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardMaskedPan::check,
                        || format!("{at}.{}", "maskedPan"),
                    )?;
                }
            }
            match object.get("bin") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "bin"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "bin"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardBin::check,
                        || format!("{at}.{}", "bin"),
                    )?;
                }
            }
            match object.get("lastFourDigits") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "lastFourDigits"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "lastFourDigits"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardLastFourDigits::check,
                        || format!("{at}.{}", "lastFourDigits"),
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
                        CardExp::check,
                        || format!("{at}.{}", "exp"),
                    )?;
                }
            }
            match object.get("state") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "state"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "state"));
                }
                Some(_) => {}
            }
            match object.get("consumerId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "consumerId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "consumerId"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardConsumerId::check,
                        || format!("{at}.{}", "consumerId"),
                    )?;
                }
            }
            match object.get("testCard") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "testCard"));
                }
                Some(_) => {}
            }
            match object.get("failedCvvAttempts") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "failedCvvAttempts"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "failedCvvAttempts"),
                    );
                }
                Some(_) => {}
            }
            match object.get("digitalCardIds") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "digitalCardIds"),
                    );
                }
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
                                CardDigitalCardIdsItem::check,
                                || {
                                    let parent = format!("{at}.{}", "digitalCardIds");
                                    format!("{parent}[{i}]")
                                },
                            )?;
                        }
                    }
                }
            }
            match object.get("createdAt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "createdAt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "createdAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "createdAt"),
                    )?;
                }
            }
            match object.get("operationCount") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "operationCount"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "operationCount"),
                    );
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// Unique identifier of the card.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardCardId(pub String);
    impl CardCardId {
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
    impl poem_openapi::types::Type for CardCardId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardCardId)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardCardId {
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
    impl poem_openapi::types::ParseFromParameter for CardCardId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardCardId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardCardId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardCardId> for String {
        fn from(value: CardCardId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardCardId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardCardId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The first 6 and last 4 digits of the PAN, the rest masked with `*`.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardMaskedPan(pub String);
    impl CardMaskedPan {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            {
                regex::Regex::new("^[0-9]{6}\\*{2,9}[0-9]{4}$")
                    .expect("checked by the generator")
            });
            if !PATTERN.is_match(value) {
                return Err(
                    format!(
                        "does not match the pattern {}", "^[0-9]{6}\\*{2,9}[0-9]{4}$"
                    ),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for CardMaskedPan {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardMaskedPan)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[0-9]{6}\\*{2,9}[0-9]{4}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for CardMaskedPan {
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
    impl poem_openapi::types::ParseFromParameter for CardMaskedPan {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardMaskedPan {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardMaskedPan {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardMaskedPan> for String {
        fn from(value: CardMaskedPan) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardMaskedPan {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardMaskedPan {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The first 6 digits of the PAN.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardBin(pub String);
    impl CardBin {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^[0-9]{6}$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(format!("does not match the pattern {}", "^[0-9]{6}$"));
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for CardBin {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardBin)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[0-9]{6}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for CardBin {
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
    impl poem_openapi::types::ParseFromParameter for CardBin {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardBin {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardBin {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardBin> for String {
        fn from(value: CardBin) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardBin {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardBin {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The last 4 digits of the PAN.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardLastFourDigits(pub String);
    impl CardLastFourDigits {
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
    impl poem_openapi::types::Type for CardLastFourDigits {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardLastFourDigits)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardLastFourDigits {
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
    impl poem_openapi::types::ParseFromParameter for CardLastFourDigits {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardLastFourDigits {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardLastFourDigits {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardLastFourDigits> for String {
        fn from(value: CardLastFourDigits) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardLastFourDigits {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardLastFourDigits {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The registered expiry date, MMYY.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardExp(pub String);
    impl CardExp {
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
    impl poem_openapi::types::Type for CardExp {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardExp)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardExp {
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
    impl poem_openapi::types::ParseFromParameter for CardExp {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardExp {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardExp {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardExp> for String {
        fn from(value: CardExp) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardExp {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardExp {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The card holder's consumer id, answered by `verifyCard` when the card is valid.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardConsumerId(pub String);
    impl CardConsumerId {
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
    impl poem_openapi::types::Type for CardConsumerId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardConsumerId)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardConsumerId {
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
    impl poem_openapi::types::ParseFromParameter for CardConsumerId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardConsumerId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardConsumerId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardConsumerId> for String {
        fn from(value: CardConsumerId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardConsumerId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardConsumerId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The test-card outcome this card was registered from, when `verifyCard` met a test PAN.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum CardTestCard {
        ///VALID
        #[oai(rename = "VALID")]
        Valid,
        ///EXPIRED
        #[oai(rename = "EXPIRED")]
        Expired,
        ///LOST_OR_STOLEN
        #[oai(rename = "LOST_OR_STOLEN")]
        LostOrStolen,
        ///FRAUD_SUSPECT
        #[oai(rename = "FRAUD_SUSPECT")]
        FraudSuspect,
        ///CVV_MISMATCH
        #[oai(rename = "CVV_MISMATCH")]
        CvvMismatch,
    }
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardDigitalCardIdsItem(pub String);
    impl CardDigitalCardIdsItem {
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
    impl poem_openapi::types::Type for CardDigitalCardIdsItem {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardDigitalCardIdsItem)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardDigitalCardIdsItem {
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
    impl poem_openapi::types::ParseFromParameter for CardDigitalCardIdsItem {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardDigitalCardIdsItem {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardDigitalCardIdsItem {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardDigitalCardIdsItem> for String {
        fn from(value: CardDigitalCardIdsItem) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardDigitalCardIdsItem {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardDigitalCardIdsItem {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// Cards of an issuer.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardList {
        #[oai(rename = "cards")]
        pub cards: Vec<Card>,
    }
    impl crate::runtime::JsonKinds for CardList {
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
                            <Card as crate::runtime::JsonKinds>::check_kinds(
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
    /// An operation D1 notified for a card, as last received.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct StoredOperation {
        /// Its place in the order the card's operations were first received.
        #[oai(rename = "sequence", validator(minimum(value = 0.0, exclusive = false)))]
        pub sequence: i64,
        /// Unique identifier of the operation.
        #[oai(rename = "operationId")]
        pub operation_id: StoredOperationOperationId,
        /// The operation (DIGITIZE, SUSPEND, ...).
        #[oai(rename = "operation", validator(max_length = 64usize))]
        pub operation: String,
        /// The operation's status.
        #[oai(rename = "status")]
        pub status: StoredOperationStatus,
        /// The digital cards concerned (v1).
        #[oai(rename = "digitalCardIds", skip_serializing_if_is_none)]
        pub digital_card_ids: Option<Vec<StoredOperationDigitalCardIdsItem>>,
        /// When the operation started (v2).
        #[oai(rename = "startTime", skip_serializing_if_is_none)]
        pub start_time: Option<chrono::DateTime<chrono::FixedOffset>>,
        /// When the operation ended (v2).
        #[oai(rename = "endTime", skip_serializing_if_is_none)]
        pub end_time: Option<chrono::DateTime<chrono::FixedOffset>>,
        /// Free text about the operation (v2).
        #[oai(
            rename = "message",
            skip_serializing_if_is_none,
            validator(max_length = 256usize)
        )]
        pub message: Option<String>,
        /// When the sandbox first received this operation.
        #[oai(rename = "firstReceivedAt")]
        pub first_received_at: chrono::DateTime<chrono::FixedOffset>,
        /// When the sandbox last received this operation.
        #[oai(rename = "lastReceivedAt")]
        pub last_received_at: chrono::DateTime<chrono::FixedOffset>,
    }
    impl crate::runtime::JsonKinds for StoredOperation {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("sequence") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "sequence"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "sequence"));
                }
                Some(_) => {}
            }
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
                        StoredOperationOperationId::check,
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
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "operation"),
                    )?;
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
                                StoredOperationDigitalCardIdsItem::check,
                                || {
                                    let parent = format!("{at}.{}", "digitalCardIds");
                                    format!("{parent}[{i}]")
                                },
                            )?;
                        }
                    }
                }
            }
            match object.get("startTime") {
                None => {}
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
            match object.get("message") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "message"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "message"))?;
                }
            }
            match object.get("firstReceivedAt") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "firstReceivedAt"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "firstReceivedAt"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "firstReceivedAt"),
                    )?;
                }
            }
            match object.get("lastReceivedAt") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "lastReceivedAt"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "lastReceivedAt"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "lastReceivedAt"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// Unique identifier of the operation.
    #[derive(Debug, Clone, PartialEq)]
    pub struct StoredOperationOperationId(pub String);
    impl StoredOperationOperationId {
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
    impl poem_openapi::types::Type for StoredOperationOperationId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(StoredOperationOperationId)".into()
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
    impl poem_openapi::types::ParseFromJSON for StoredOperationOperationId {
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
    impl poem_openapi::types::ParseFromParameter for StoredOperationOperationId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for StoredOperationOperationId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for StoredOperationOperationId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<StoredOperationOperationId> for String {
        fn from(value: StoredOperationOperationId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for StoredOperationOperationId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for StoredOperationOperationId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The operation's status.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum StoredOperationStatus {
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct StoredOperationDigitalCardIdsItem(pub String);
    impl StoredOperationDigitalCardIdsItem {
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
    impl poem_openapi::types::Type for StoredOperationDigitalCardIdsItem {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(StoredOperationDigitalCardIdsItem)".into()
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
    impl poem_openapi::types::ParseFromJSON for StoredOperationDigitalCardIdsItem {
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
    impl poem_openapi::types::ParseFromParameter for StoredOperationDigitalCardIdsItem {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for StoredOperationDigitalCardIdsItem {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for StoredOperationDigitalCardIdsItem {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<StoredOperationDigitalCardIdsItem> for String {
        fn from(value: StoredOperationDigitalCardIdsItem) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for StoredOperationDigitalCardIdsItem {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for StoredOperationDigitalCardIdsItem {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// A page of a card's operations.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardOperationList {
        #[oai(rename = "operations")]
        pub operations: Vec<StoredOperation>,
        /// The `after` of the next page; absent on the last page.
        #[oai(
            rename = "next",
            skip_serializing_if_is_none,
            validator(minimum(value = 0.0, exclusive = false))
        )]
        pub next: Option<i64>,
    }
    impl crate::runtime::JsonKinds for CardOperationList {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("operations") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "operations"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "operations"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "operations");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <StoredOperation as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "operations");
                                    format!("{parent}[{i}]")
                                },
                            )?;
                        }
                    }
                }
            }
            match object.get("next") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "next"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// A role a partner plays toward D1.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum PartnerRoleName {
        ///issuer
        #[oai(rename = "issuer")]
        Issuer,
        ///token-requestor
        #[oai(rename = "token-requestor")]
        TokenRequestor,
        ///merchant-gateway
        #[oai(rename = "merchant-gateway")]
        MerchantGateway,
        ///connecting-party
        #[oai(rename = "connecting-party")]
        ConnectingParty,
    }
    /// A partner endpoint to register, told apart by `role`: each role's schema states the fields that role needs.
    #[derive(Debug, Clone, PartialEq)]
    pub enum PartnerRegistration {
        /// A `IssuerRegistration`.
        IssuerRegistration(IssuerRegistration),
        /// A `TokenRequestorRegistration`.
        TokenRequestorRegistration(TokenRequestorRegistration),
        /// A `MerchantGatewayRegistration`.
        MerchantGatewayRegistration(MerchantGatewayRegistration),
        /// A `ConnectingPartyRegistration`.
        ConnectingPartyRegistration(ConnectingPartyRegistration),
    }
    impl poem_openapi::types::Type for PartnerRegistration {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "PartnerRegistration".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Reference(
                "PartnerRegistration".to_string(),
            )
        }
        fn register(registry: &mut poem_openapi::registry::Registry) {
            registry
                .create_schema::<
                    Self,
                    _,
                >(
                    "PartnerRegistration".to_string(),
                    |registry| {
                        <IssuerRegistration as poem_openapi::types::Type>::register(
                            registry,
                        );
                        <TokenRequestorRegistration as poem_openapi::types::Type>::register(
                            registry,
                        );
                        <MerchantGatewayRegistration as poem_openapi::types::Type>::register(
                            registry,
                        );
                        <ConnectingPartyRegistration as poem_openapi::types::Type>::register(
                            registry,
                        );
                        poem_openapi::registry::MetaSchema {
                            description: Some(
                                "A partner endpoint to register, told apart by `role`: each role's schema states the fields that role needs.",
                            ),
                            one_of: vec![
                                < IssuerRegistration as poem_openapi::types::Type >
                                ::schema_ref(), < TokenRequestorRegistration as
                                poem_openapi::types::Type > ::schema_ref(), <
                                MerchantGatewayRegistration as poem_openapi::types::Type >
                                ::schema_ref(), < ConnectingPartyRegistration as
                                poem_openapi::types::Type > ::schema_ref()
                            ],
                            discriminator: Some(poem_openapi::registry::MetaDiscriminatorObject {
                                property_name: "role",
                                mapping: vec![
                                    ("issuer".to_string(),
                                    "#/components/schemas/IssuerRegistration".to_string()),
                                    ("token-requestor".to_string(),
                                    "#/components/schemas/TokenRequestorRegistration"
                                    .to_string()), ("merchant-gateway".to_string(),
                                    "#/components/schemas/MerchantGatewayRegistration"
                                    .to_string()), ("connecting-party".to_string(),
                                    "#/components/schemas/ConnectingPartyRegistration"
                                    .to_string())
                                ],
                            }),
                            ..poem_openapi::registry::MetaSchema::ANY
                        }
                    },
                );
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
    impl poem_openapi::types::ParseFromJSON for PartnerRegistration {
        fn parse_from_json(
            value: Option<serde_json::Value>,
        ) -> poem_openapi::types::ParseResult<Self> {
            let value = value.unwrap_or_default();
            match value.get("role").and_then(serde_json::Value::as_str) {
                Some("issuer") => {
                    (<IssuerRegistration as crate::runtime::JsonKinds>::check_kinds(
                            &value,
                            "body",
                        )
                        .map_err(poem_openapi::types::ParseError::<Self>::custom)
                        .and_then(|()| {
                            <IssuerRegistration as poem_openapi::types::ParseFromJSON>::parse_from_json(
                                    Some(value.clone()),
                                )
                                .map_err(poem_openapi::types::ParseError::propagate)
                        }))
                        .map(Self::IssuerRegistration)
                }
                Some("token-requestor") => {
                    (<TokenRequestorRegistration as crate::runtime::JsonKinds>::check_kinds(
                            &value,
                            "body",
                        )
                        .map_err(poem_openapi::types::ParseError::<Self>::custom)
                        .and_then(|()| {
                            <TokenRequestorRegistration as poem_openapi::types::ParseFromJSON>::parse_from_json(
                                    Some(value.clone()),
                                )
                                .map_err(poem_openapi::types::ParseError::propagate)
                        }))
                        .map(Self::TokenRequestorRegistration)
                }
                Some("merchant-gateway") => {
                    (<MerchantGatewayRegistration as crate::runtime::JsonKinds>::check_kinds(
                            &value,
                            "body",
                        )
                        .map_err(poem_openapi::types::ParseError::<Self>::custom)
                        .and_then(|()| {
                            <MerchantGatewayRegistration as poem_openapi::types::ParseFromJSON>::parse_from_json(
                                    Some(value.clone()),
                                )
                                .map_err(poem_openapi::types::ParseError::propagate)
                        }))
                        .map(Self::MerchantGatewayRegistration)
                }
                Some("connecting-party") => {
                    (<ConnectingPartyRegistration as crate::runtime::JsonKinds>::check_kinds(
                            &value,
                            "body",
                        )
                        .map_err(poem_openapi::types::ParseError::<Self>::custom)
                        .and_then(|()| {
                            <ConnectingPartyRegistration as poem_openapi::types::ParseFromJSON>::parse_from_json(
                                    Some(value.clone()),
                                )
                                .map_err(poem_openapi::types::ParseError::propagate)
                        }))
                        .map(Self::ConnectingPartyRegistration)
                }
                _ => {
                    Err(
                        poem_openapi::types::ParseError::custom(
                            format!(
                                "`{}` must be one of {}", "role",
                                "issuer, token-requestor, merchant-gateway, connecting-party"
                            ),
                        ),
                    )
                }
            }
        }
    }
    impl poem_openapi::types::ToJSON for PartnerRegistration {
        fn to_json(&self) -> Option<serde_json::Value> {
            match self {
                Self::IssuerRegistration(member) => {
                    poem_openapi::types::ToJSON::to_json(member)
                }
                Self::TokenRequestorRegistration(member) => {
                    poem_openapi::types::ToJSON::to_json(member)
                }
                Self::MerchantGatewayRegistration(member) => {
                    poem_openapi::types::ToJSON::to_json(member)
                }
                Self::ConnectingPartyRegistration(member) => {
                    poem_openapi::types::ToJSON::to_json(member)
                }
            }
        }
    }
    /// A member's JSON kinds are checked when it is tried (a value of another member may
    /// fail them), so the union itself passes every value on.
    impl crate::runtime::JsonKinds for PartnerRegistration {
        fn check_kinds(_value: &serde_json::Value, _at: &str) -> Result<(), String> {
            Ok(())
        }
    }
    /// An issuer, whose Card API operations D1 calls.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct IssuerRegistration {
        /// The role the partner plays.
        #[oai(rename = "role")]
        pub role: IssuerRegistrationRole,
        /// The base URL the operations' paths follow.
        #[oai(rename = "url")]
        pub url: IssuerRegistrationUrl,
        #[oai(rename = "auth")]
        pub auth: PartnerAuthRegistration,
        /// One of the caller's issuers.
        #[oai(
            rename = "issuerId",
            validator(min_length = 10usize, max_length = 10usize)
        )]
        pub issuer_id: String,
        /// Where its JWE encryption keys are published.
        #[oai(rename = "jwksUrl")]
        pub jwks_url: IssuerRegistrationJwksUrl,
    }
    impl crate::runtime::JsonKinds for IssuerRegistration {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("role") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "role"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "role"));
                }
                Some(_) => {}
            }
            match object.get("url") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "url"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "url"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        IssuerRegistrationUrl::check,
                        || format!("{at}.{}", "url"),
                    )?;
                }
            }
            match object.get("auth") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "auth"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "auth"));
                }
                Some(v) => {
                    <PartnerAuthRegistration as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "auth"),
                    )?;
                }
            }
            match object.get("issuerId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "issuerId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "issuerId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "issuerId"))?;
                }
            }
            match object.get("jwksUrl") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "jwksUrl"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "jwksUrl"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        IssuerRegistrationJwksUrl::check,
                        || format!("{at}.{}", "jwksUrl"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The role the partner plays.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum IssuerRegistrationRole {
        ///issuer
        #[oai(rename = "issuer")]
        Issuer,
    }
    /// The base URL the operations' paths follow.
    #[derive(Debug, Clone, PartialEq)]
    pub struct IssuerRegistrationUrl(pub String);
    impl IssuerRegistrationUrl {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            if value.chars().count() > 2048usize {
                return Err(format!("longer than {} characters", 2048usize));
            }
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^https?://[^\\s]+$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^https?://[^\\s]+$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for IssuerRegistrationUrl {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(IssuerRegistrationUrl)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: Some(2048usize),
                    pattern: Some("^https?://[^\\s]+$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for IssuerRegistrationUrl {
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
    impl poem_openapi::types::ParseFromParameter for IssuerRegistrationUrl {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for IssuerRegistrationUrl {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for IssuerRegistrationUrl {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<IssuerRegistrationUrl> for String {
        fn from(value: IssuerRegistrationUrl) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for IssuerRegistrationUrl {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for IssuerRegistrationUrl {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// Where its JWE encryption keys are published.
    #[derive(Debug, Clone, PartialEq)]
    pub struct IssuerRegistrationJwksUrl(pub String);
    impl IssuerRegistrationJwksUrl {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            if value.chars().count() > 2048usize {
                return Err(format!("longer than {} characters", 2048usize));
            }
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^https?://[^\\s]+$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^https?://[^\\s]+$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for IssuerRegistrationJwksUrl {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(IssuerRegistrationJwksUrl)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: Some(2048usize),
                    pattern: Some("^https?://[^\\s]+$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for IssuerRegistrationJwksUrl {
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
    impl poem_openapi::types::ParseFromParameter for IssuerRegistrationJwksUrl {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for IssuerRegistrationJwksUrl {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for IssuerRegistrationJwksUrl {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<IssuerRegistrationJwksUrl> for String {
        fn from(value: IssuerRegistrationJwksUrl) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for IssuerRegistrationJwksUrl {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for IssuerRegistrationJwksUrl {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// A token requestor, to which D1 sends token notifications.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct TokenRequestorRegistration {
        /// The role the partner plays.
        #[oai(rename = "role")]
        pub role: TokenRequestorRegistrationRole,
        /// The base URL the operations' paths follow.
        #[oai(rename = "url")]
        pub url: TokenRequestorRegistrationUrl,
        #[oai(rename = "auth")]
        pub auth: PartnerAuthRegistration,
        /// One of the caller's merchants.
        #[oai(
            rename = "merchantId",
            validator(min_length = 1usize, max_length = 128usize)
        )]
        pub merchant_id: String,
    }
    impl crate::runtime::JsonKinds for TokenRequestorRegistration {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("role") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "role"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "role"));
                }
                Some(_) => {}
            }
            match object.get("url") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "url"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "url"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        TokenRequestorRegistrationUrl::check,
                        || format!("{at}.{}", "url"),
                    )?;
                }
            }
            match object.get("auth") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "auth"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "auth"));
                }
                Some(v) => {
                    <PartnerAuthRegistration as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "auth"),
                    )?;
                }
            }
            match object.get("merchantId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "merchantId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "merchantId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "merchantId"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The role the partner plays.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum TokenRequestorRegistrationRole {
        ///token-requestor
        #[oai(rename = "token-requestor")]
        TokenRequestor,
    }
    /// The base URL the operations' paths follow.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TokenRequestorRegistrationUrl(pub String);
    impl TokenRequestorRegistrationUrl {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            if value.chars().count() > 2048usize {
                return Err(format!("longer than {} characters", 2048usize));
            }
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^https?://[^\\s]+$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^https?://[^\\s]+$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for TokenRequestorRegistrationUrl {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(TokenRequestorRegistrationUrl)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: Some(2048usize),
                    pattern: Some("^https?://[^\\s]+$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for TokenRequestorRegistrationUrl {
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
    impl poem_openapi::types::ParseFromParameter for TokenRequestorRegistrationUrl {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for TokenRequestorRegistrationUrl {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for TokenRequestorRegistrationUrl {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<TokenRequestorRegistrationUrl> for String {
        fn from(value: TokenRequestorRegistrationUrl) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for TokenRequestorRegistrationUrl {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for TokenRequestorRegistrationUrl {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// A merchant gateway, to which D1 sends notify-update.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct MerchantGatewayRegistration {
        /// The role the partner plays.
        #[oai(rename = "role")]
        pub role: MerchantGatewayRegistrationRole,
        /// The base URL the operations' paths follow.
        #[oai(rename = "url")]
        pub url: MerchantGatewayRegistrationUrl,
        #[oai(rename = "auth")]
        pub auth: PartnerAuthRegistration,
        /// One of the caller's merchant gateways.
        #[oai(
            rename = "merchantGatewayId",
            validator(min_length = 10usize, max_length = 10usize)
        )]
        pub merchant_gateway_id: String,
        /// One of the caller's merchants (11 characters, as the gateway API says).
        #[oai(
            rename = "merchantId",
            validator(min_length = 11usize, max_length = 11usize)
        )]
        pub merchant_id: String,
    }
    impl crate::runtime::JsonKinds for MerchantGatewayRegistration {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("role") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "role"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "role"));
                }
                Some(_) => {}
            }
            match object.get("url") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "url"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "url"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        MerchantGatewayRegistrationUrl::check,
                        || format!("{at}.{}", "url"),
                    )?;
                }
            }
            match object.get("auth") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "auth"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "auth"));
                }
                Some(v) => {
                    <PartnerAuthRegistration as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "auth"),
                    )?;
                }
            }
            match object.get("merchantGatewayId") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "merchantGatewayId"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "merchantGatewayId"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "merchantGatewayId"),
                    )?;
                }
            }
            match object.get("merchantId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "merchantId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "merchantId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "merchantId"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The role the partner plays.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum MerchantGatewayRegistrationRole {
        ///merchant-gateway
        #[oai(rename = "merchant-gateway")]
        MerchantGateway,
    }
    /// The base URL the operations' paths follow.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MerchantGatewayRegistrationUrl(pub String);
    impl MerchantGatewayRegistrationUrl {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            if value.chars().count() > 2048usize {
                return Err(format!("longer than {} characters", 2048usize));
            }
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^https?://[^\\s]+$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^https?://[^\\s]+$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for MerchantGatewayRegistrationUrl {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(MerchantGatewayRegistrationUrl)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: Some(2048usize),
                    pattern: Some("^https?://[^\\s]+$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for MerchantGatewayRegistrationUrl {
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
    impl poem_openapi::types::ParseFromParameter for MerchantGatewayRegistrationUrl {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for MerchantGatewayRegistrationUrl {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for MerchantGatewayRegistrationUrl {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<MerchantGatewayRegistrationUrl> for String {
        fn from(value: MerchantGatewayRegistrationUrl) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for MerchantGatewayRegistrationUrl {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for MerchantGatewayRegistrationUrl {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// A connecting party, to which D1 sends notifyVerification.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct ConnectingPartyRegistration {
        /// The role the partner plays.
        #[oai(rename = "role")]
        pub role: ConnectingPartyRegistrationRole,
        /// The base URL the operations' paths follow.
        #[oai(rename = "url")]
        pub url: ConnectingPartyRegistrationUrl,
        #[oai(rename = "auth")]
        pub auth: PartnerAuthRegistration,
        /// Its endpoint id.
        #[oai(
            rename = "endpointId",
            validator(min_length = 1usize, max_length = 64usize)
        )]
        pub endpoint_id: String,
        /// Its control key (hex, dashes allowed; write-only).
        #[oai(rename = "controlKey")]
        pub control_key: ConnectingPartyRegistrationControlKey,
    }
    impl crate::runtime::JsonKinds for ConnectingPartyRegistration {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("role") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "role"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "role"));
                }
                Some(_) => {}
            }
            match object.get("url") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "url"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "url"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        ConnectingPartyRegistrationUrl::check,
                        || format!("{at}.{}", "url"),
                    )?;
                }
            }
            match object.get("auth") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "auth"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "auth"));
                }
                Some(v) => {
                    <PartnerAuthRegistration as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "auth"),
                    )?;
                }
            }
            match object.get("endpointId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "endpointId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "endpointId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "endpointId"),
                    )?;
                }
            }
            match object.get("controlKey") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "controlKey"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "controlKey"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        ConnectingPartyRegistrationControlKey::check,
                        || format!("{at}.{}", "controlKey"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The role the partner plays.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum ConnectingPartyRegistrationRole {
        ///connecting-party
        #[oai(rename = "connecting-party")]
        ConnectingParty,
    }
    /// The base URL the operations' paths follow.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ConnectingPartyRegistrationUrl(pub String);
    impl ConnectingPartyRegistrationUrl {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            if value.chars().count() > 2048usize {
                return Err(format!("longer than {} characters", 2048usize));
            }
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^https?://[^\\s]+$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^https?://[^\\s]+$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for ConnectingPartyRegistrationUrl {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(ConnectingPartyRegistrationUrl)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: Some(2048usize),
                    pattern: Some("^https?://[^\\s]+$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for ConnectingPartyRegistrationUrl {
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
    impl poem_openapi::types::ParseFromParameter for ConnectingPartyRegistrationUrl {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for ConnectingPartyRegistrationUrl {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for ConnectingPartyRegistrationUrl {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<ConnectingPartyRegistrationUrl> for String {
        fn from(value: ConnectingPartyRegistrationUrl) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for ConnectingPartyRegistrationUrl {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for ConnectingPartyRegistrationUrl {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// Its control key (hex, dashes allowed; write-only).
    #[derive(Debug, Clone, PartialEq)]
    pub struct ConnectingPartyRegistrationControlKey(pub String);
    impl ConnectingPartyRegistrationControlKey {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            {
                regex::Regex::new("^[0-9A-Fa-f-]{2,128}$")
                    .expect("checked by the generator")
            });
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^[0-9A-Fa-f-]{2,128}$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for ConnectingPartyRegistrationControlKey {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(ConnectingPartyRegistrationControlKey)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[0-9A-Fa-f-]{2,128}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for ConnectingPartyRegistrationControlKey {
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
    for ConnectingPartyRegistrationControlKey {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for ConnectingPartyRegistrationControlKey {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for ConnectingPartyRegistrationControlKey {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<ConnectingPartyRegistrationControlKey> for String {
        fn from(value: ConnectingPartyRegistrationControlKey) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for ConnectingPartyRegistrationControlKey {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for ConnectingPartyRegistrationControlKey {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// How D1 authenticates to the partner, told apart by `type`.
    #[derive(Debug, Clone, PartialEq)]
    pub enum PartnerAuthRegistration {
        /// A `NoAuthRegistration`.
        NoAuthRegistration(NoAuthRegistration),
        /// A `OauthRegistration`.
        OauthRegistration(OauthRegistration),
        /// A `ApikeyRegistration`.
        ApikeyRegistration(ApikeyRegistration),
        /// A `BasicAuthRegistration`.
        BasicAuthRegistration(BasicAuthRegistration),
    }
    impl poem_openapi::types::Type for PartnerAuthRegistration {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "PartnerAuthRegistration".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Reference(
                "PartnerAuthRegistration".to_string(),
            )
        }
        fn register(registry: &mut poem_openapi::registry::Registry) {
            registry
                .create_schema::<
                    Self,
                    _,
                >(
                    "PartnerAuthRegistration".to_string(),
                    |registry| {
                        <NoAuthRegistration as poem_openapi::types::Type>::register(
                            registry,
                        );
                        <OauthRegistration as poem_openapi::types::Type>::register(
                            registry,
                        );
                        <ApikeyRegistration as poem_openapi::types::Type>::register(
                            registry,
                        );
                        <BasicAuthRegistration as poem_openapi::types::Type>::register(
                            registry,
                        );
                        poem_openapi::registry::MetaSchema {
                            description: Some(
                                "How D1 authenticates to the partner, told apart by `type`.",
                            ),
                            one_of: vec![
                                < NoAuthRegistration as poem_openapi::types::Type >
                                ::schema_ref(), < OauthRegistration as
                                poem_openapi::types::Type > ::schema_ref(), <
                                ApikeyRegistration as poem_openapi::types::Type >
                                ::schema_ref(), < BasicAuthRegistration as
                                poem_openapi::types::Type > ::schema_ref()
                            ],
                            discriminator: Some(poem_openapi::registry::MetaDiscriminatorObject {
                                property_name: "type",
                                mapping: vec![
                                    ("none".to_string(),
                                    "#/components/schemas/NoAuthRegistration".to_string()),
                                    ("oauth".to_string(),
                                    "#/components/schemas/OauthRegistration".to_string()),
                                    ("apikey".to_string(),
                                    "#/components/schemas/ApikeyRegistration".to_string()),
                                    ("basic".to_string(),
                                    "#/components/schemas/BasicAuthRegistration".to_string())
                                ],
                            }),
                            ..poem_openapi::registry::MetaSchema::ANY
                        }
                    },
                );
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
    impl poem_openapi::types::ParseFromJSON for PartnerAuthRegistration {
        fn parse_from_json(
            value: Option<serde_json::Value>,
        ) -> poem_openapi::types::ParseResult<Self> {
            let value = value.unwrap_or_default();
            match value.get("type").and_then(serde_json::Value::as_str) {
                Some("none") => {
                    (<NoAuthRegistration as crate::runtime::JsonKinds>::check_kinds(
                            &value,
                            "body",
                        )
                        .map_err(poem_openapi::types::ParseError::<Self>::custom)
                        .and_then(|()| {
                            <NoAuthRegistration as poem_openapi::types::ParseFromJSON>::parse_from_json(
                                    Some(value.clone()),
                                )
                                .map_err(poem_openapi::types::ParseError::propagate)
                        }))
                        .map(Self::NoAuthRegistration)
                }
                Some("oauth") => {
                    (<OauthRegistration as crate::runtime::JsonKinds>::check_kinds(
                            &value,
                            "body",
                        )
                        .map_err(poem_openapi::types::ParseError::<Self>::custom)
                        .and_then(|()| {
                            <OauthRegistration as poem_openapi::types::ParseFromJSON>::parse_from_json(
                                    Some(value.clone()),
                                )
                                .map_err(poem_openapi::types::ParseError::propagate)
                        }))
                        .map(Self::OauthRegistration)
                }
                Some("apikey") => {
                    (<ApikeyRegistration as crate::runtime::JsonKinds>::check_kinds(
                            &value,
                            "body",
                        )
                        .map_err(poem_openapi::types::ParseError::<Self>::custom)
                        .and_then(|()| {
                            <ApikeyRegistration as poem_openapi::types::ParseFromJSON>::parse_from_json(
                                    Some(value.clone()),
                                )
                                .map_err(poem_openapi::types::ParseError::propagate)
                        }))
                        .map(Self::ApikeyRegistration)
                }
                Some("basic") => {
                    (<BasicAuthRegistration as crate::runtime::JsonKinds>::check_kinds(
                            &value,
                            "body",
                        )
                        .map_err(poem_openapi::types::ParseError::<Self>::custom)
                        .and_then(|()| {
                            <BasicAuthRegistration as poem_openapi::types::ParseFromJSON>::parse_from_json(
                                    Some(value.clone()),
                                )
                                .map_err(poem_openapi::types::ParseError::propagate)
                        }))
                        .map(Self::BasicAuthRegistration)
                }
                _ => {
                    Err(
                        poem_openapi::types::ParseError::custom(
                            format!(
                                "`{}` must be one of {}", "type",
                                "none, oauth, apikey, basic"
                            ),
                        ),
                    )
                }
            }
        }
    }
    impl poem_openapi::types::ToJSON for PartnerAuthRegistration {
        fn to_json(&self) -> Option<serde_json::Value> {
            match self {
                Self::NoAuthRegistration(member) => {
                    poem_openapi::types::ToJSON::to_json(member)
                }
                Self::OauthRegistration(member) => {
                    poem_openapi::types::ToJSON::to_json(member)
                }
                Self::ApikeyRegistration(member) => {
                    poem_openapi::types::ToJSON::to_json(member)
                }
                Self::BasicAuthRegistration(member) => {
                    poem_openapi::types::ToJSON::to_json(member)
                }
            }
        }
    }
    /// A member's JSON kinds are checked when it is tried (a value of another member may
    /// fail them), so the union itself passes every value on.
    impl crate::runtime::JsonKinds for PartnerAuthRegistration {
        fn check_kinds(_value: &serde_json::Value, _at: &str) -> Result<(), String> {
            Ok(())
        }
    }
    /// No authentication.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct NoAuthRegistration {
        /// The authentication.
        #[oai(rename = "type")]
        pub type_: NoAuthRegistrationType,
    }
    impl crate::runtime::JsonKinds for NoAuthRegistration {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("type") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "type"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "type"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// The authentication.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum NoAuthRegistrationType {
        ///none
        #[oai(rename = "none")]
        None,
    }
    /// OAuth 2.0 client credentials (D1 gets a token at tokenUrl).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct OauthRegistration {
        /// The authentication.
        #[oai(rename = "type")]
        pub type_: OauthRegistrationType,
        /// The partner's token endpoint.
        #[oai(rename = "tokenUrl")]
        pub token_url: OauthRegistrationTokenUrl,
        /// The client id D1 uses.
        #[oai(
            rename = "clientId",
            validator(min_length = 1usize, max_length = 256usize)
        )]
        pub client_id: String,
        /// The client secret (write-only).
        #[oai(
            rename = "clientSecret",
            validator(min_length = 1usize, max_length = 1024usize)
        )]
        pub client_secret: String,
        /// The scope asked for.
        #[oai(
            rename = "scope",
            skip_serializing_if_is_none,
            validator(max_length = 256usize)
        )]
        pub scope: Option<String>,
    }
    impl crate::runtime::JsonKinds for OauthRegistration {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("type") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "type"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "type"));
                }
                Some(_) => {}
            }
            match object.get("tokenUrl") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "tokenUrl"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "tokenUrl"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        OauthRegistrationTokenUrl::check,
                        || format!("{at}.{}", "tokenUrl"),
                    )?;
                }
            }
            match object.get("clientId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "clientId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "clientId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "clientId"))?;
                }
            }
            match object.get("clientSecret") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "clientSecret"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "clientSecret"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "clientSecret"),
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
            Ok(())
        }
    }
    /// The authentication.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum OauthRegistrationType {
        ///oauth
        #[oai(rename = "oauth")]
        Oauth,
    }
    /// The partner's token endpoint.
    #[derive(Debug, Clone, PartialEq)]
    pub struct OauthRegistrationTokenUrl(pub String);
    impl OauthRegistrationTokenUrl {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            if value.chars().count() > 2048usize {
                return Err(format!("longer than {} characters", 2048usize));
            }
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^https?://[^\\s]+$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^https?://[^\\s]+$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for OauthRegistrationTokenUrl {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(OauthRegistrationTokenUrl)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: Some(2048usize),
                    pattern: Some("^https?://[^\\s]+$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for OauthRegistrationTokenUrl {
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
    impl poem_openapi::types::ParseFromParameter for OauthRegistrationTokenUrl {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for OauthRegistrationTokenUrl {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for OauthRegistrationTokenUrl {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<OauthRegistrationTokenUrl> for String {
        fn from(value: OauthRegistrationTokenUrl) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for OauthRegistrationTokenUrl {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for OauthRegistrationTokenUrl {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// An API key, sent as `Authorization: APIKEY <key>`.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct ApikeyRegistration {
        /// The authentication.
        #[oai(rename = "type")]
        pub type_: ApikeyRegistrationType,
        /// The key (write-only).
        #[oai(rename = "key", validator(min_length = 1usize, max_length = 1024usize))]
        pub key: String,
    }
    impl crate::runtime::JsonKinds for ApikeyRegistration {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("type") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "type"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "type"));
                }
                Some(_) => {}
            }
            match object.get("key") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "key"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "key"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "key"))?;
                }
            }
            Ok(())
        }
    }
    /// The authentication.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum ApikeyRegistrationType {
        ///apikey
        #[oai(rename = "apikey")]
        Apikey,
    }
    /// HTTP basic authentication.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct BasicAuthRegistration {
        /// The authentication.
        #[oai(rename = "type")]
        pub type_: BasicAuthRegistrationType,
        /// The user name.
        #[oai(
            rename = "username",
            validator(min_length = 1usize, max_length = 256usize)
        )]
        pub username: String,
        /// The password (write-only).
        #[oai(
            rename = "password",
            validator(min_length = 1usize, max_length = 1024usize)
        )]
        pub password: String,
    }
    impl crate::runtime::JsonKinds for BasicAuthRegistration {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("type") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "type"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "type"));
                }
                Some(_) => {}
            }
            match object.get("username") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "username"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "username"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "username"))?;
                }
            }
            match object.get("password") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "password"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "password"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "password"))?;
                }
            }
            Ok(())
        }
    }
    /// The authentication.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum BasicAuthRegistrationType {
        ///basic
        #[oai(rename = "basic")]
        Basic,
    }
    /// The caller's registered partners.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct PartnerList {
        /// One per role at most, in role order.
        #[oai(rename = "partners")]
        pub partners: Vec<Partner>,
    }
    impl crate::runtime::JsonKinds for PartnerList {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("partners") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "partners"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "partners"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "partners");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <Partner as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "partners");
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
    /// A registered partner, without its secrets.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct Partner {
        #[oai(rename = "role")]
        pub role: PartnerRoleName,
        /// Its base URL.
        #[oai(rename = "url")]
        pub url: String,
        #[oai(rename = "auth")]
        pub auth: PartnerAuthView,
        /// issuer — its id.
        #[oai(rename = "issuerId", skip_serializing_if_is_none)]
        pub issuer_id: Option<String>,
        /// issuer — where its keys are.
        #[oai(rename = "jwksUrl", skip_serializing_if_is_none)]
        pub jwks_url: Option<String>,
        /// merchant-gateway — its id.
        #[oai(rename = "merchantGatewayId", skip_serializing_if_is_none)]
        pub merchant_gateway_id: Option<String>,
        /// merchant-gateway, token-requestor — the merchant.
        #[oai(rename = "merchantId", skip_serializing_if_is_none)]
        pub merchant_id: Option<String>,
        /// connecting-party — its endpoint id.
        #[oai(rename = "endpointId", skip_serializing_if_is_none)]
        pub endpoint_id: Option<String>,
        /// connecting-party — whether a control key is registered (never shown).
        #[oai(rename = "controlKeySet", skip_serializing_if_is_none)]
        pub control_key_set: Option<bool>,
        /// When it was last set.
        #[oai(rename = "updatedAt")]
        pub updated_at: chrono::DateTime<chrono::FixedOffset>,
    }
    impl crate::runtime::JsonKinds for Partner {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("role") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "role"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "role"));
                }
                Some(_) => {}
            }
            match object.get("url") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "url"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "url"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "url"))?;
                }
            }
            match object.get("auth") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "auth"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "auth"));
                }
                Some(v) => {
                    <PartnerAuthView as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "auth"),
                    )?;
                }
            }
            match object.get("issuerId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "issuerId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "issuerId"))?;
                }
            }
            match object.get("jwksUrl") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "jwksUrl"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "jwksUrl"))?;
                }
            }
            match object.get("merchantGatewayId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "merchantGatewayId"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "merchantGatewayId"),
                    )?;
                }
            }
            match object.get("merchantId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "merchantId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "merchantId"),
                    )?;
                }
            }
            match object.get("endpointId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "endpointId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "endpointId"),
                    )?;
                }
            }
            match object.get("controlKeySet") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "controlKeySet"));
                }
                Some(_) => {}
            }
            match object.get("updatedAt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "updatedAt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "updatedAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "updatedAt"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// How D1 authenticates to the partner, without the secret.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct PartnerAuthView {
        /// The scheme.
        #[oai(rename = "type")]
        pub type_: PartnerAuthViewType,
        /// oauth — the token endpoint.
        #[oai(rename = "tokenUrl", skip_serializing_if_is_none)]
        pub token_url: Option<String>,
        /// oauth — the client id.
        #[oai(rename = "clientId", skip_serializing_if_is_none)]
        pub client_id: Option<String>,
        /// oauth — the scope asked for.
        #[oai(rename = "scope", skip_serializing_if_is_none)]
        pub scope: Option<String>,
        /// basic — the user name.
        #[oai(rename = "username", skip_serializing_if_is_none)]
        pub username: Option<String>,
        /// Whether a secret (client secret, key, password) is registered (never shown).
        #[oai(rename = "secretSet")]
        pub secret_set: bool,
    }
    impl crate::runtime::JsonKinds for PartnerAuthView {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("type") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "type"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "type"));
                }
                Some(_) => {}
            }
            match object.get("tokenUrl") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "tokenUrl"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "tokenUrl"))?;
                }
            }
            match object.get("clientId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "clientId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "clientId"))?;
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
            match object.get("username") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "username"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "username"))?;
                }
            }
            match object.get("secretSet") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "secretSet"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "secretSet"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// The scheme.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum PartnerAuthViewType {
        ///none
        #[oai(rename = "none")]
        None,
        ///oauth
        #[oai(rename = "oauth")]
        Oauth,
        ///apikey
        #[oai(rename = "apikey")]
        Apikey,
        ///basic
        #[oai(rename = "basic")]
        Basic,
    }
    /// Where a delivery stands.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum DeliveryState {
        ///PENDING
        #[oai(rename = "PENDING")]
        Pending,
        ///DELIVERED
        #[oai(rename = "DELIVERED")]
        Delivered,
        ///FAILED
        #[oai(rename = "FAILED")]
        Failed,
        ///ABORTED
        #[oai(rename = "ABORTED")]
        Aborted,
    }
    /// An event, told apart by `type`: each type's schema states the fields it needs (see triggerEvent).
    #[derive(Debug, Clone, PartialEq)]
    pub enum EventRequest {
        /// A `CardOperationEvent`.
        CardOperationEvent(CardOperationEvent),
        /// A `TokenCreatedEvent`.
        TokenCreatedEvent(TokenCreatedEvent),
        /// A `TokenUpdatedEvent`.
        TokenUpdatedEvent(TokenUpdatedEvent),
        /// A `VerificationEvent`.
        VerificationEvent(VerificationEvent),
    }
    impl poem_openapi::types::Type for EventRequest {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "EventRequest".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Reference("EventRequest".to_string())
        }
        fn register(registry: &mut poem_openapi::registry::Registry) {
            registry
                .create_schema::<
                    Self,
                    _,
                >(
                    "EventRequest".to_string(),
                    |registry| {
                        <CardOperationEvent as poem_openapi::types::Type>::register(
                            registry,
                        );
                        <TokenCreatedEvent as poem_openapi::types::Type>::register(
                            registry,
                        );
                        <TokenUpdatedEvent as poem_openapi::types::Type>::register(
                            registry,
                        );
                        <VerificationEvent as poem_openapi::types::Type>::register(
                            registry,
                        );
                        poem_openapi::registry::MetaSchema {
                            description: Some(
                                "An event, told apart by `type`: each type's schema states the fields it needs (see triggerEvent).",
                            ),
                            one_of: vec![
                                < CardOperationEvent as poem_openapi::types::Type >
                                ::schema_ref(), < TokenCreatedEvent as
                                poem_openapi::types::Type > ::schema_ref(), <
                                TokenUpdatedEvent as poem_openapi::types::Type >
                                ::schema_ref(), < VerificationEvent as
                                poem_openapi::types::Type > ::schema_ref()
                            ],
                            discriminator: Some(poem_openapi::registry::MetaDiscriminatorObject {
                                property_name: "type",
                                mapping: vec![
                                    ("card-operation".to_string(),
                                    "#/components/schemas/CardOperationEvent".to_string()),
                                    ("token-created".to_string(),
                                    "#/components/schemas/TokenCreatedEvent".to_string()),
                                    ("token-updated".to_string(),
                                    "#/components/schemas/TokenUpdatedEvent".to_string()),
                                    ("verification".to_string(),
                                    "#/components/schemas/VerificationEvent".to_string())
                                ],
                            }),
                            ..poem_openapi::registry::MetaSchema::ANY
                        }
                    },
                );
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
    impl poem_openapi::types::ParseFromJSON for EventRequest {
        fn parse_from_json(
            value: Option<serde_json::Value>,
        ) -> poem_openapi::types::ParseResult<Self> {
            let value = value.unwrap_or_default();
            match value.get("type").and_then(serde_json::Value::as_str) {
                Some("card-operation") => {
                    (<CardOperationEvent as crate::runtime::JsonKinds>::check_kinds(
                            &value,
                            "body",
                        )
                        .map_err(poem_openapi::types::ParseError::<Self>::custom)
                        .and_then(|()| {
                            <CardOperationEvent as poem_openapi::types::ParseFromJSON>::parse_from_json(
                                    Some(value.clone()),
                                )
                                .map_err(poem_openapi::types::ParseError::propagate)
                        }))
                        .map(Self::CardOperationEvent)
                }
                Some("token-created") => {
                    (<TokenCreatedEvent as crate::runtime::JsonKinds>::check_kinds(
                            &value,
                            "body",
                        )
                        .map_err(poem_openapi::types::ParseError::<Self>::custom)
                        .and_then(|()| {
                            <TokenCreatedEvent as poem_openapi::types::ParseFromJSON>::parse_from_json(
                                    Some(value.clone()),
                                )
                                .map_err(poem_openapi::types::ParseError::propagate)
                        }))
                        .map(Self::TokenCreatedEvent)
                }
                Some("token-updated") => {
                    (<TokenUpdatedEvent as crate::runtime::JsonKinds>::check_kinds(
                            &value,
                            "body",
                        )
                        .map_err(poem_openapi::types::ParseError::<Self>::custom)
                        .and_then(|()| {
                            <TokenUpdatedEvent as poem_openapi::types::ParseFromJSON>::parse_from_json(
                                    Some(value.clone()),
                                )
                                .map_err(poem_openapi::types::ParseError::propagate)
                        }))
                        .map(Self::TokenUpdatedEvent)
                }
                Some("verification") => {
                    (<VerificationEvent as crate::runtime::JsonKinds>::check_kinds(
                            &value,
                            "body",
                        )
                        .map_err(poem_openapi::types::ParseError::<Self>::custom)
                        .and_then(|()| {
                            <VerificationEvent as poem_openapi::types::ParseFromJSON>::parse_from_json(
                                    Some(value.clone()),
                                )
                                .map_err(poem_openapi::types::ParseError::propagate)
                        }))
                        .map(Self::VerificationEvent)
                }
                _ => {
                    Err(
                        poem_openapi::types::ParseError::custom(
                            format!(
                                "`{}` must be one of {}", "type",
                                "card-operation, token-created, token-updated, verification"
                            ),
                        ),
                    )
                }
            }
        }
    }
    impl poem_openapi::types::ToJSON for EventRequest {
        fn to_json(&self) -> Option<serde_json::Value> {
            match self {
                Self::CardOperationEvent(member) => {
                    poem_openapi::types::ToJSON::to_json(member)
                }
                Self::TokenCreatedEvent(member) => {
                    poem_openapi::types::ToJSON::to_json(member)
                }
                Self::TokenUpdatedEvent(member) => {
                    poem_openapi::types::ToJSON::to_json(member)
                }
                Self::VerificationEvent(member) => {
                    poem_openapi::types::ToJSON::to_json(member)
                }
            }
        }
    }
    /// A member's JSON kinds are checked when it is tried (a value of another member may
    /// fail them), so the union itself passes every value on.
    impl crate::runtime::JsonKinds for EventRequest {
        fn check_kinds(_value: &serde_json::Value, _at: &str) -> Result<(), String> {
            Ok(())
        }
    }
    /// A card operation, for the issuer's notifyCardOperation.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardOperationEvent {
        /// The event.
        #[oai(rename = "type")]
        pub type_: CardOperationEventType,
        /// The card.
        #[oai(rename = "cardId")]
        pub card_id: CardOperationEventCardId,
        /// The operation's status.
        #[oai(rename = "status")]
        pub status: CardOperationEventStatus,
        /// D1's operation id (new when absent).
        #[oai(rename = "operationId", skip_serializing_if_is_none)]
        pub operation_id: Option<CardOperationEventOperationId>,
        /// The operation (DIGITIZE when absent).
        #[oai(rename = "operation", skip_serializing_if_is_none)]
        pub operation: Option<CardOperationEventOperation>,
        /// The digital cards concerned.
        #[oai(
            rename = "digitalCardIds",
            skip_serializing_if_is_none,
            validator(max_items = 100usize)
        )]
        pub digital_card_ids: Option<Vec<CardOperationEventDigitalCardIdsItem>>,
    }
    impl crate::runtime::JsonKinds for CardOperationEvent {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("type") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "type"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "type"));
                }
                Some(_) => {}
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
                        CardOperationEventCardId::check,
                        || format!("{at}.{}", "cardId"),
                    )?;
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
            match object.get("operationId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "operationId"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardOperationEventOperationId::check,
                        || format!("{at}.{}", "operationId"),
                    )?;
                }
            }
            match object.get("operation") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "operation"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        CardOperationEventOperation::check,
                        || format!("{at}.{}", "operation"),
                    )?;
                }
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
                                CardOperationEventDigitalCardIdsItem::check,
                                || {
                                    let parent = format!("{at}.{}", "digitalCardIds");
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
    /// The event.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum CardOperationEventType {
        ///card-operation
        #[oai(rename = "card-operation")]
        CardOperation,
    }
    /// The card.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardOperationEventCardId(pub String);
    impl CardOperationEventCardId {
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
    impl poem_openapi::types::Type for CardOperationEventCardId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardOperationEventCardId)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardOperationEventCardId {
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
    impl poem_openapi::types::ParseFromParameter for CardOperationEventCardId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardOperationEventCardId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardOperationEventCardId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardOperationEventCardId> for String {
        fn from(value: CardOperationEventCardId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardOperationEventCardId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardOperationEventCardId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The operation's status.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum CardOperationEventStatus {
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
    /// D1's operation id (new when absent).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardOperationEventOperationId(pub String);
    impl CardOperationEventOperationId {
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
    impl poem_openapi::types::Type for CardOperationEventOperationId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardOperationEventOperationId)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardOperationEventOperationId {
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
    impl poem_openapi::types::ParseFromParameter for CardOperationEventOperationId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardOperationEventOperationId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardOperationEventOperationId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardOperationEventOperationId> for String {
        fn from(value: CardOperationEventOperationId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardOperationEventOperationId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardOperationEventOperationId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The operation (DIGITIZE when absent).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardOperationEventOperation(pub String);
    impl CardOperationEventOperation {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^[A-Z_]{1,64}$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(format!("does not match the pattern {}", "^[A-Z_]{1,64}$"));
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for CardOperationEventOperation {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardOperationEventOperation)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[A-Z_]{1,64}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for CardOperationEventOperation {
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
    impl poem_openapi::types::ParseFromParameter for CardOperationEventOperation {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardOperationEventOperation {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardOperationEventOperation {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardOperationEventOperation> for String {
        fn from(value: CardOperationEventOperation) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardOperationEventOperation {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardOperationEventOperation {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    #[derive(Debug, Clone, PartialEq)]
    pub struct CardOperationEventDigitalCardIdsItem(pub String);
    impl CardOperationEventDigitalCardIdsItem {
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
    impl poem_openapi::types::Type for CardOperationEventDigitalCardIdsItem {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CardOperationEventDigitalCardIdsItem)".into()
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
    impl poem_openapi::types::ParseFromJSON for CardOperationEventDigitalCardIdsItem {
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
    for CardOperationEventDigitalCardIdsItem {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CardOperationEventDigitalCardIdsItem {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CardOperationEventDigitalCardIdsItem {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CardOperationEventDigitalCardIdsItem> for String {
        fn from(value: CardOperationEventDigitalCardIdsItem) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CardOperationEventDigitalCardIdsItem {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CardOperationEventDigitalCardIdsItem {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// A token created, for notify-token-creation and notify-update.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct TokenCreatedEvent {
        /// The event.
        #[oai(rename = "type")]
        pub type_: TokenCreatedEventType,
        /// The token.
        #[oai(rename = "tokenId", validator(min_length = 1usize, max_length = 128usize))]
        pub token_id: String,
        /// The x-correlation-id (new when absent).
        #[oai(rename = "correlationId", skip_serializing_if_is_none)]
        pub correlation_id: Option<TokenCreatedEventCorrelationId>,
    }
    impl crate::runtime::JsonKinds for TokenCreatedEvent {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("type") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "type"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "type"));
                }
                Some(_) => {}
            }
            match object.get("tokenId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "tokenId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "tokenId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "tokenId"))?;
                }
            }
            match object.get("correlationId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "correlationId"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        TokenCreatedEventCorrelationId::check,
                        || format!("{at}.{}", "correlationId"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The event.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum TokenCreatedEventType {
        ///token-created
        #[oai(rename = "token-created")]
        TokenCreated,
    }
    /// The x-correlation-id (new when absent).
    #[derive(Debug, Clone, PartialEq)]
    pub struct TokenCreatedEventCorrelationId(pub String);
    impl TokenCreatedEventCorrelationId {
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
    impl poem_openapi::types::Type for TokenCreatedEventCorrelationId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(TokenCreatedEventCorrelationId)".into()
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
    impl poem_openapi::types::ParseFromJSON for TokenCreatedEventCorrelationId {
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
    impl poem_openapi::types::ParseFromParameter for TokenCreatedEventCorrelationId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for TokenCreatedEventCorrelationId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for TokenCreatedEventCorrelationId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<TokenCreatedEventCorrelationId> for String {
        fn from(value: TokenCreatedEventCorrelationId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for TokenCreatedEventCorrelationId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for TokenCreatedEventCorrelationId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// A token's state changed, for notify-token-update and notify-update.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct TokenUpdatedEvent {
        /// The event.
        #[oai(rename = "type")]
        pub type_: TokenUpdatedEventType,
        /// The token.
        #[oai(rename = "tokenId", validator(min_length = 1usize, max_length = 128usize))]
        pub token_id: String,
        /// The token's new state.
        #[oai(rename = "tokenState")]
        pub token_state: TokenUpdatedEventTokenState,
        /// When it changed (now when absent).
        #[oai(
            rename = "lastUpdateTimestamp",
            skip_serializing_if_is_none,
            validator(max_length = 64usize)
        )]
        pub last_update_timestamp: Option<String>,
        /// The x-correlation-id (new when absent).
        #[oai(rename = "correlationId", skip_serializing_if_is_none)]
        pub correlation_id: Option<TokenUpdatedEventCorrelationId>,
    }
    impl crate::runtime::JsonKinds for TokenUpdatedEvent {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("type") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "type"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "type"));
                }
                Some(_) => {}
            }
            match object.get("tokenId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "tokenId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "tokenId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "tokenId"))?;
                }
            }
            match object.get("tokenState") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "tokenState"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "tokenState"));
                }
                Some(_) => {}
            }
            match object.get("lastUpdateTimestamp") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "lastUpdateTimestamp"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "lastUpdateTimestamp"),
                    )?;
                }
            }
            match object.get("correlationId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "correlationId"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        TokenUpdatedEventCorrelationId::check,
                        || format!("{at}.{}", "correlationId"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The event.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum TokenUpdatedEventType {
        ///token-updated
        #[oai(rename = "token-updated")]
        TokenUpdated,
    }
    /// The token's new state.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum TokenUpdatedEventTokenState {
        ///ACTIVE
        #[oai(rename = "ACTIVE")]
        Active,
        ///INACTIVE
        #[oai(rename = "INACTIVE")]
        Inactive,
        ///SUSPENDED
        #[oai(rename = "SUSPENDED")]
        Suspended,
        ///DELETED
        #[oai(rename = "DELETED")]
        Deleted,
    }
    /// The x-correlation-id (new when absent).
    #[derive(Debug, Clone, PartialEq)]
    pub struct TokenUpdatedEventCorrelationId(pub String);
    impl TokenUpdatedEventCorrelationId {
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
    impl poem_openapi::types::Type for TokenUpdatedEventCorrelationId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(TokenUpdatedEventCorrelationId)".into()
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
    impl poem_openapi::types::ParseFromJSON for TokenUpdatedEventCorrelationId {
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
    impl poem_openapi::types::ParseFromParameter for TokenUpdatedEventCorrelationId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for TokenUpdatedEventCorrelationId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for TokenUpdatedEventCorrelationId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<TokenUpdatedEventCorrelationId> for String {
        fn from(value: TokenUpdatedEventCorrelationId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for TokenUpdatedEventCorrelationId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for TokenUpdatedEventCorrelationId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// A verification, for the connecting party's notifyVerification.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct VerificationEvent {
        /// The event.
        #[oai(rename = "type")]
        pub type_: VerificationEventType,
        /// The consumer session's access token.
        #[oai(
            rename = "accessToken",
            validator(min_length = 32usize, max_length = 128usize)
        )]
        pub access_token: String,
        /// The consumer's device.
        #[oai(
            rename = "deviceSerialNumber",
            validator(min_length = 1usize, max_length = 50usize)
        )]
        pub device_serial_number: String,
        /// The verification transaction.
        #[oai(
            rename = "sessionToken",
            validator(min_length = 16usize, max_length = 36usize)
        )]
        pub session_token: String,
        /// The card reference.
        #[oai(
            rename = "serverCardId",
            validator(min_length = 1usize, max_length = 64usize)
        )]
        pub server_card_id: String,
        /// The PAN's stable id.
        #[oai(rename = "uniqueReferenceCardId")]
        pub unique_reference_card_id: i64,
        /// The card's BIN.
        #[oai(rename = "bin")]
        pub bin: i64,
    }
    impl crate::runtime::JsonKinds for VerificationEvent {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("type") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "type"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "type"));
                }
                Some(_) => {}
            }
            match object.get("accessToken") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "accessToken"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "accessToken"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "accessToken"),
                    )?;
                }
            }
            match object.get("deviceSerialNumber") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "deviceSerialNumber"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "deviceSerialNumber"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "deviceSerialNumber"),
                    )?;
                }
            }
            match object.get("sessionToken") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "sessionToken"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "sessionToken"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "sessionToken"),
                    )?;
                }
            }
            match object.get("serverCardId") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "serverCardId"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "serverCardId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "serverCardId"),
                    )?;
                }
            }
            match object.get("uniqueReferenceCardId") {
                None => {
                    return Err(
                        format!(
                            "{at}.{}: required, and missing", "uniqueReferenceCardId"
                        ),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "uniqueReferenceCardId"),
                    );
                }
                Some(_) => {}
            }
            match object.get("bin") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "bin"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "bin"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// The event.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum VerificationEventType {
        ///verification
        #[oai(rename = "verification")]
        Verification,
    }
    /// Deliveries, newest first.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct DeliveryList {
        /// The deliveries.
        #[oai(rename = "deliveries")]
        pub deliveries: Vec<Delivery>,
        /// The `before` of the next page; absent on the last.
        #[oai(rename = "next", skip_serializing_if_is_none)]
        pub next: Option<i64>,
    }
    impl crate::runtime::JsonKinds for DeliveryList {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("deliveries") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "deliveries"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "deliveries"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "deliveries");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <Delivery as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "deliveries");
                                    format!("{parent}[{i}]")
                                },
                            )?;
                        }
                    }
                }
            }
            match object.get("next") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "next"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// A message to a partner (its request is not shown; it may carry a credential).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct Delivery {
        /// Its id, increasing in the order accepted.
        #[oai(rename = "id")]
        pub id: i64,
        /// The event that made it.
        #[oai(rename = "event")]
        pub event: String,
        #[oai(rename = "role")]
        pub role: PartnerRoleName,
        /// The operation called.
        #[oai(rename = "operation")]
        pub operation: String,
        /// The card or token it is about.
        #[oai(rename = "subject")]
        pub subject: String,
        #[oai(rename = "state")]
        pub state: DeliveryState,
        /// Attempts made.
        #[oai(rename = "attempts")]
        pub attempts: i32,
        /// When it was accepted (or replayed).
        #[oai(rename = "createdAt")]
        pub created_at: chrono::DateTime<chrono::FixedOffset>,
        /// When it is tried next, while pending.
        #[oai(rename = "nextAttemptAt", skip_serializing_if_is_none)]
        pub next_attempt_at: Option<chrono::DateTime<chrono::FixedOffset>>,
        /// The last attempt's outcome.
        #[oai(rename = "lastOutcome", skip_serializing_if_is_none)]
        pub last_outcome: Option<String>,
    }
    impl crate::runtime::JsonKinds for Delivery {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("id") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "id"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "id"));
                }
                Some(_) => {}
            }
            match object.get("event") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "event"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "event"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "event"))?;
                }
            }
            match object.get("role") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "role"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "role"));
                }
                Some(_) => {}
            }
            match object.get("operation") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "operation"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "operation"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "operation"),
                    )?;
                }
            }
            match object.get("subject") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "subject"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "subject"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "subject"))?;
                }
            }
            match object.get("state") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "state"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "state"));
                }
                Some(_) => {}
            }
            match object.get("attempts") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "attempts"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "attempts"));
                }
                Some(_) => {}
            }
            match object.get("createdAt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "createdAt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "createdAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "createdAt"),
                    )?;
                }
            }
            match object.get("nextAttemptAt") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "nextAttemptAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "nextAttemptAt"),
                    )?;
                }
            }
            match object.get("lastOutcome") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "lastOutcome"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "lastOutcome"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// Counts of the caller's deliveries.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct DeliveryStats {
        /// Deliveries waiting for an attempt.
        #[oai(rename = "pending")]
        pub pending: i64,
        /// Deliveries the partner accepted.
        #[oai(rename = "delivered")]
        pub delivered: i64,
        /// Deliveries failed (not retryable, or too old).
        #[oai(rename = "failed")]
        pub failed: i64,
        /// Deliveries stopped by hand.
        #[oai(rename = "aborted")]
        pub aborted: i64,
        /// Attempts made, in all.
        #[oai(rename = "attempts")]
        pub attempts: i64,
        /// Attempts after the first, in all.
        #[oai(rename = "retries")]
        pub retries: i64,
    }
    impl crate::runtime::JsonKinds for DeliveryStats {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("pending") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "pending"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "pending"));
                }
                Some(_) => {}
            }
            match object.get("delivered") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "delivered"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "delivered"));
                }
                Some(_) => {}
            }
            match object.get("failed") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "failed"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "failed"));
                }
                Some(_) => {}
            }
            match object.get("aborted") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "aborted"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "aborted"));
                }
                Some(_) => {}
            }
            match object.get("attempts") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "attempts"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "attempts"));
                }
                Some(_) => {}
            }
            match object.get("retries") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "retries"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "retries"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// A delivery and its attempts.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct DeliveryDetail {
        #[oai(rename = "delivery")]
        pub delivery: Delivery,
        /// Every attempt, in order.
        #[oai(rename = "attempts")]
        pub attempts: Vec<DeliveryAttempt>,
    }
    impl crate::runtime::JsonKinds for DeliveryDetail {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("delivery") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "delivery"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "delivery"));
                }
                Some(v) => {
                    <Delivery as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "delivery"),
                    )?;
                }
            }
            match object.get("attempts") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "attempts"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "attempts"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "attempts");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <DeliveryAttempt as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "attempts");
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
    /// One attempt.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct DeliveryAttempt {
        /// 1 for the first.
        #[oai(rename = "number")]
        pub number: i32,
        /// When it was made.
        #[oai(rename = "at")]
        pub at: chrono::DateTime<chrono::FixedOffset>,
        /// The partner's status, if it answered.
        #[oai(rename = "status", skip_serializing_if_is_none)]
        pub status: Option<i32>,
        /// How long it took.
        #[oai(rename = "latencyMs")]
        pub latency_ms: i64,
        /// What the rules made of it.
        #[oai(rename = "verdict")]
        pub verdict: DeliveryAttemptVerdict,
        /// Why.
        #[oai(rename = "detail")]
        pub detail: String,
    }
    impl crate::runtime::JsonKinds for DeliveryAttempt {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("number") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "number"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "number"));
                }
                Some(_) => {}
            }
            match object.get("at") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "at"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "at"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "at"))?;
                }
            }
            match object.get("status") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "status"));
                }
                Some(_) => {}
            }
            match object.get("latencyMs") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "latencyMs"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "latencyMs"));
                }
                Some(_) => {}
            }
            match object.get("verdict") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "verdict"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "verdict"));
                }
                Some(_) => {}
            }
            match object.get("detail") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "detail"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "detail"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "detail"))?;
                }
            }
            Ok(())
        }
    }
    /// What the rules made of it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum DeliveryAttemptVerdict {
        ///delivered
        #[oai(rename = "delivered")]
        Delivered,
        ///retry
        #[oai(rename = "retry")]
        Retry,
        ///failed
        #[oai(rename = "failed")]
        Failed,
    }
    /// A merchant's tokens.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct TokenList {
        /// The tokens, in token-id order.
        #[oai(rename = "tokens")]
        pub tokens: Vec<Token>,
    }
    impl crate::runtime::JsonKinds for TokenList {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("tokens") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "tokens"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "tokens"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "tokens");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <Token as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "tokens");
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
    /// A network token as the token requestor knows it.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct Token {
        /// The token id.
        #[oai(rename = "tokenId")]
        pub token_id: String,
        /// The merchant.
        #[oai(rename = "merchantId")]
        pub merchant_id: String,
        /// The token state of the latest applied update, if any.
        #[oai(rename = "state", skip_serializing_if_is_none)]
        pub state: Option<String>,
        /// The `lastUpdateTimestamp` of the latest applied update, if any.
        #[oai(rename = "lastUpdateTimestamp", skip_serializing_if_is_none)]
        pub last_update_timestamp: Option<String>,
        /// The `x-correlation-id` of the creation notification.
        #[oai(rename = "correlationId", skip_serializing_if_is_none)]
        pub correlation_id: Option<String>,
        /// When the creation notification was received.
        #[oai(rename = "createdAt", skip_serializing_if_is_none)]
        pub created_at: Option<chrono::DateTime<chrono::FixedOffset>>,
        /// When an update last asked to discard the token's cryptograms.
        #[oai(rename = "cryptogramsDiscardedAt", skip_serializing_if_is_none)]
        pub cryptograms_discarded_at: Option<chrono::DateTime<chrono::FixedOffset>>,
        /// How many notifications the token received.
        #[oai(rename = "notificationCount")]
        pub notification_count: i64,
        /// The card BIN, as last notified.
        #[oai(rename = "cardBin", skip_serializing_if_is_none)]
        pub card_bin: Option<String>,
        /// The card's last digits, as last notified.
        #[oai(rename = "cardLastDigits", skip_serializing_if_is_none)]
        pub card_last_digits: Option<String>,
        /// The card's expiry date (MMYY), as last notified.
        #[oai(rename = "cardExpiryDate", skip_serializing_if_is_none)]
        pub card_expiry_date: Option<String>,
        /// The token's last digits, as last notified.
        #[oai(rename = "tokenLastDigits", skip_serializing_if_is_none)]
        pub token_last_digits: Option<String>,
        /// The token's expiry date (MMYY), as last notified.
        #[oai(rename = "tokenExpiryDate", skip_serializing_if_is_none)]
        pub token_expiry_date: Option<String>,
        /// The Payment Account Reference, as last notified.
        #[oai(rename = "par", skip_serializing_if_is_none)]
        pub par: Option<String>,
    }
    impl crate::runtime::JsonKinds for Token {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("tokenId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "tokenId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "tokenId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "tokenId"))?;
                }
            }
            match object.get("merchantId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "merchantId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "merchantId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "merchantId"),
                    )?;
                }
            }
            match object.get("state") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "state"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "state"))?;
                }
            }
            match object.get("lastUpdateTimestamp") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "lastUpdateTimestamp"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "lastUpdateTimestamp"),
                    )?;
                }
            }
            match object.get("correlationId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "correlationId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "correlationId"),
                    )?;
                }
            }
            match object.get("createdAt") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "createdAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "createdAt"),
                    )?;
                }
            }
            match object.get("cryptogramsDiscardedAt") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "cryptogramsDiscardedAt"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "cryptogramsDiscardedAt"),
                    )?;
                }
            }
            match object.get("notificationCount") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "notificationCount"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "notificationCount"),
                    );
                }
                Some(_) => {}
            }
            match object.get("cardBin") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "cardBin"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "cardBin"))?;
                }
            }
            match object.get("cardLastDigits") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "cardLastDigits"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "cardLastDigits"),
                    )?;
                }
            }
            match object.get("cardExpiryDate") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "cardExpiryDate"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "cardExpiryDate"),
                    )?;
                }
            }
            match object.get("tokenLastDigits") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "tokenLastDigits"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "tokenLastDigits"),
                    )?;
                }
            }
            match object.get("tokenExpiryDate") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "tokenExpiryDate"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "tokenExpiryDate"),
                    )?;
                }
            }
            match object.get("par") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "par"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "par"))?;
                }
            }
            Ok(())
        }
    }
    /// Notifications, in the order received.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct TokenNotificationList {
        /// The notifications.
        #[oai(rename = "notifications")]
        pub notifications: Vec<TokenNotification>,
        /// The `after` of the next page; absent on the last page.
        #[oai(rename = "next", skip_serializing_if_is_none)]
        pub next: Option<i64>,
    }
    impl crate::runtime::JsonKinds for TokenNotificationList {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("notifications") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "notifications"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "notifications"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "notifications");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <TokenNotification as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "notifications");
                                    format!("{parent}[{i}]")
                                },
                            )?;
                        }
                    }
                }
            }
            match object.get("next") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "next"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// A notification as received.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct TokenNotification {
        /// Its place in the order received.
        #[oai(rename = "sequence")]
        pub sequence: i64,
        /// `CREATION` and `FAILED_CREATION` (notify-token-creation), `UPDATE` (notify-token-update), `GATEWAY_NOTIFY` (the merchant gateway's notify-update).
        #[oai(rename = "kind")]
        pub kind: TokenNotificationKind,
        /// `APPLIED`: it changed the token (or was recorded); `DISCARDED`: acknowledged and ignored (an obsolete update, or the creation of a token already known).
        #[oai(rename = "outcome")]
        pub outcome: TokenNotificationOutcome,
        /// Its `x-correlation-id`.
        #[oai(rename = "correlationId", skip_serializing_if_is_none)]
        pub correlation_id: Option<String>,
        /// When it was received.
        #[oai(rename = "receivedAt")]
        pub received_at: chrono::DateTime<chrono::FixedOffset>,
        /// The body as received, as JSON text (absent for notify-update, which has none).
        #[oai(rename = "body", skip_serializing_if_is_none)]
        pub body: Option<String>,
    }
    impl crate::runtime::JsonKinds for TokenNotification {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("sequence") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "sequence"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "sequence"));
                }
                Some(_) => {}
            }
            match object.get("kind") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "kind"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "kind"));
                }
                Some(_) => {}
            }
            match object.get("outcome") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "outcome"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "outcome"));
                }
                Some(_) => {}
            }
            match object.get("correlationId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "correlationId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "correlationId"),
                    )?;
                }
            }
            match object.get("receivedAt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "receivedAt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "receivedAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "receivedAt"),
                    )?;
                }
            }
            match object.get("body") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "body"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "body"))?;
                }
            }
            Ok(())
        }
    }
    /// `CREATION` and `FAILED_CREATION` (notify-token-creation), `UPDATE` (notify-token-update), `GATEWAY_NOTIFY` (the merchant gateway's notify-update).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum TokenNotificationKind {
        ///CREATION
        #[oai(rename = "CREATION")]
        Creation,
        ///FAILED_CREATION
        #[oai(rename = "FAILED_CREATION")]
        FailedCreation,
        ///UPDATE
        #[oai(rename = "UPDATE")]
        Update,
        ///GATEWAY_NOTIFY
        #[oai(rename = "GATEWAY_NOTIFY")]
        GatewayNotify,
    }
    /// `APPLIED`: it changed the token (or was recorded); `DISCARDED`: acknowledged and ignored (an obsolete update, or the creation of a token already known).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum TokenNotificationOutcome {
        ///APPLIED
        #[oai(rename = "APPLIED")]
        Applied,
        ///DISCARDED
        #[oai(rename = "DISCARDED")]
        Discarded,
    }
    /// A consumer session to issue.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct ConsumerSessionRequest {
        /// The serial number of the consumer's device the session is bound to.
        #[oai(
            rename = "deviceSerialNumber",
            validator(min_length = 1usize, max_length = 50usize)
        )]
        pub device_serial_number: String,
        /// The consumer; a new id when absent.
        #[oai(rename = "consumerId", skip_serializing_if_is_none)]
        pub consumer_id: Option<ConsumerSessionRequestConsumerId>,
        /// How long the session is accepted, in seconds (3600 when absent).
        #[oai(
            rename = "ttlSeconds",
            skip_serializing_if_is_none,
            validator(
                minimum(value = 1.0, exclusive = false),
                maximum(value = 2592000.0, exclusive = false)
            )
        )]
        pub ttl_seconds: Option<i64>,
    }
    impl crate::runtime::JsonKinds for ConsumerSessionRequest {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("deviceSerialNumber") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "deviceSerialNumber"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "deviceSerialNumber"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "deviceSerialNumber"),
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
                        ConsumerSessionRequestConsumerId::check,
                        || format!("{at}.{}", "consumerId"),
                    )?;
                }
            }
            match object.get("ttlSeconds") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "ttlSeconds"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// The consumer; a new id when absent.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ConsumerSessionRequestConsumerId(pub String);
    impl ConsumerSessionRequestConsumerId {
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
    impl poem_openapi::types::Type for ConsumerSessionRequestConsumerId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(ConsumerSessionRequestConsumerId)".into()
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
    impl poem_openapi::types::ParseFromJSON for ConsumerSessionRequestConsumerId {
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
    impl poem_openapi::types::ParseFromParameter for ConsumerSessionRequestConsumerId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for ConsumerSessionRequestConsumerId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for ConsumerSessionRequestConsumerId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<ConsumerSessionRequestConsumerId> for String {
        fn from(value: ConsumerSessionRequestConsumerId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for ConsumerSessionRequestConsumerId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for ConsumerSessionRequestConsumerId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// An issued consumer session.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct ConsumerSession {
        /// The access token the verification service presents (shown once).
        #[oai(
            rename = "accessToken",
            validator(min_length = 32usize, max_length = 128usize)
        )]
        pub access_token: String,
        /// The consumer.
        #[oai(rename = "consumerId")]
        pub consumer_id: String,
        /// The device the session is bound to.
        #[oai(rename = "deviceSerialNumber")]
        pub device_serial_number: String,
        /// When it was issued.
        #[oai(rename = "createdAt")]
        pub created_at: chrono::DateTime<chrono::FixedOffset>,
        /// When it stops being accepted.
        #[oai(rename = "expiresAt")]
        pub expires_at: chrono::DateTime<chrono::FixedOffset>,
    }
    impl crate::runtime::JsonKinds for ConsumerSession {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("accessToken") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "accessToken"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "accessToken"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "accessToken"),
                    )?;
                }
            }
            match object.get("consumerId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "consumerId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "consumerId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "consumerId"),
                    )?;
                }
            }
            match object.get("deviceSerialNumber") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "deviceSerialNumber"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "deviceSerialNumber"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "deviceSerialNumber"),
                    )?;
                }
            }
            match object.get("createdAt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "createdAt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "createdAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "createdAt"),
                    )?;
                }
            }
            match object.get("expiresAt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "expiresAt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "expiresAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "expiresAt"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The connecting party's card mappings.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardMappingList {
        /// One per `uniqueReferenceCardId`.
        #[oai(rename = "mappings")]
        pub mappings: Vec<CardMapping>,
    }
    impl crate::runtime::JsonKinds for CardMappingList {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("mappings") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "mappings"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "mappings"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "mappings");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <CardMapping as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "mappings");
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
    /// A verified card and the card reference it maps to.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardMapping {
        /// The verification service's stable id of the PAN.
        #[oai(rename = "uniqueReferenceCardId")]
        pub unique_reference_card_id: i64,
        /// The card reference it maps to now.
        #[oai(rename = "serverCardId")]
        pub server_card_id: String,
        /// The BIN of the latest verification.
        #[oai(rename = "bin")]
        pub bin: i64,
        /// When it was first mapped.
        #[oai(rename = "createdAt")]
        pub created_at: chrono::DateTime<chrono::FixedOffset>,
        /// When the mapping last changed.
        #[oai(rename = "updatedAt")]
        pub updated_at: chrono::DateTime<chrono::FixedOffset>,
    }
    impl crate::runtime::JsonKinds for CardMapping {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("uniqueReferenceCardId") {
                None => {
                    return Err(
                        format!(
                            "{at}.{}: required, and missing", "uniqueReferenceCardId"
                        ),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "uniqueReferenceCardId"),
                    );
                }
                Some(_) => {}
            }
            match object.get("serverCardId") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "serverCardId"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "serverCardId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "serverCardId"),
                    )?;
                }
            }
            match object.get("bin") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "bin"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "bin"));
                }
                Some(_) => {}
            }
            match object.get("createdAt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "createdAt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "createdAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "createdAt"),
                    )?;
                }
            }
            match object.get("updatedAt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "updatedAt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "updatedAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "updatedAt"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// Verification transactions, newest first.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct VerificationList {
        /// The transactions.
        #[oai(rename = "verifications")]
        pub verifications: Vec<VerificationTransaction>,
    }
    impl crate::runtime::JsonKinds for VerificationList {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("verifications") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "verifications"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "verifications"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "verifications");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <VerificationTransaction as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "verifications");
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
    /// A verification transaction the connecting party answered.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct VerificationTransaction {
        /// The invoice id answered (the same for a repeated `session.token`).
        #[oai(rename = "invoiceId")]
        pub invoice_id: String,
        /// The session token of the transaction.
        #[oai(rename = "sessionToken")]
        pub session_token: String,
        /// The card reference mapped.
        #[oai(rename = "serverCardId")]
        pub server_card_id: String,
        /// The verification service's stable id of the PAN.
        #[oai(rename = "uniqueReferenceCardId")]
        pub unique_reference_card_id: i64,
        /// The verified card's BIN.
        #[oai(rename = "bin")]
        pub bin: i64,
        /// The consumer of the session.
        #[oai(rename = "consumerId")]
        pub consumer_id: String,
        /// The device serial number sent.
        #[oai(rename = "deviceSerialNumber")]
        pub device_serial_number: String,
        /// When it was first received.
        #[oai(rename = "receivedAt")]
        pub received_at: chrono::DateTime<chrono::FixedOffset>,
    }
    impl crate::runtime::JsonKinds for VerificationTransaction {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("invoiceId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "invoiceId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "invoiceId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "invoiceId"),
                    )?;
                }
            }
            match object.get("sessionToken") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "sessionToken"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "sessionToken"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "sessionToken"),
                    )?;
                }
            }
            match object.get("serverCardId") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "serverCardId"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "serverCardId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "serverCardId"),
                    )?;
                }
            }
            match object.get("uniqueReferenceCardId") {
                None => {
                    return Err(
                        format!(
                            "{at}.{}: required, and missing", "uniqueReferenceCardId"
                        ),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "uniqueReferenceCardId"),
                    );
                }
                Some(_) => {}
            }
            match object.get("bin") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "bin"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "bin"));
                }
                Some(_) => {}
            }
            match object.get("consumerId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "consumerId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "consumerId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "consumerId"),
                    )?;
                }
            }
            match object.get("deviceSerialNumber") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "deviceSerialNumber"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "deviceSerialNumber"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "deviceSerialNumber"),
                    )?;
                }
            }
            match object.get("receivedAt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "receivedAt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "receivedAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "receivedAt"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The caller's sandbox settings.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct Settings {
        /// Whether `verifyCard` registers a card it does not know (with the `cardId` D1 proposes
        /// and a new `consumerId`) and answers it as valid; when false, an unknown card is
        /// answered `invalid: true`. Default true.
        #[oai(rename = "acceptUnknownCards")]
        pub accept_unknown_cards: bool,
        /// BIN prefixes the connecting party refuses: a verification notification whose
        /// `sourceCard.bin` starts with one is answered 400 with cause `FILTERED` and code
        /// `BIN_FILTERED`. None when absent (assumed).
        #[oai(
            rename = "filteredBins",
            skip_serializing_if_is_none,
            validator(max_items = 100usize)
        )]
        pub filtered_bins: Option<Vec<SettingsFilteredBinsItem>>,
        /// Whether the TSH holds wallet servers to pod stickiness: a request about a wallet
        /// card account whose `x-pod` header names another pod than the account's (given in
        /// every answer's `x-pod`) is answered 400 `WRONG_POD`. False when absent (assumed).
        #[oai(rename = "strictPods", skip_serializing_if_is_none)]
        pub strict_pods: Option<bool>,
    }
    impl crate::runtime::JsonKinds for Settings {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("acceptUnknownCards") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "acceptUnknownCards"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "acceptUnknownCards"),
                    );
                }
                Some(_) => {}
            }
            match object.get("filteredBins") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "filteredBins"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "filteredBins");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            crate::runtime::expect_string_with(
                                item,
                                SettingsFilteredBinsItem::check,
                                || {
                                    let parent = format!("{at}.{}", "filteredBins");
                                    format!("{parent}[{i}]")
                                },
                            )?;
                        }
                    }
                }
            }
            match object.get("strictPods") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "strictPods"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    #[derive(Debug, Clone, PartialEq)]
    pub struct SettingsFilteredBinsItem(pub String);
    impl SettingsFilteredBinsItem {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^[0-9]{1,8}$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(format!("does not match the pattern {}", "^[0-9]{1,8}$"));
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for SettingsFilteredBinsItem {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(SettingsFilteredBinsItem)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[0-9]{1,8}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for SettingsFilteredBinsItem {
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
    impl poem_openapi::types::ParseFromParameter for SettingsFilteredBinsItem {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for SettingsFilteredBinsItem {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for SettingsFilteredBinsItem {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<SettingsFilteredBinsItem> for String {
        fn from(value: SettingsFilteredBinsItem) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for SettingsFilteredBinsItem {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for SettingsFilteredBinsItem {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// An account the issuer holds on file for one of its cards.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct OnFileAccount {
        /// What a wallet sends as `cardAccountDescriptor.walletCardAccountId` (ON-FILE).
        #[oai(rename = "walletCardAccountId", validator(max_length = 64usize))]
        pub wallet_card_account_id: String,
        #[oai(rename = "cardId", validator(max_length = 48usize))]
        pub card_id: String,
        #[oai(rename = "createdAt")]
        pub created_at: chrono::DateTime<chrono::FixedOffset>,
    }
    impl crate::runtime::JsonKinds for OnFileAccount {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("walletCardAccountId") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "walletCardAccountId"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "walletCardAccountId"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "walletCardAccountId"),
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
                    crate::runtime::expect_string(v, || format!("{at}.{}", "cardId"))?;
                }
            }
            match object.get("createdAt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "createdAt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "createdAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "createdAt"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// How long the one-time password is good for.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct OtpRequest {
        /// Seconds (600 when absent).
        #[oai(
            rename = "ttlSecs",
            skip_serializing_if_is_none,
            validator(
                minimum(value = 1.0, exclusive = false),
                maximum(value = 86400.0, exclusive = false)
            )
        )]
        pub ttl_secs: Option<i64>,
    }
    impl crate::runtime::JsonKinds for OtpRequest {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("ttlSecs") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "ttlSecs"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// A one-time password for the TSH's provisionCard (shown once).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct Otp {
        #[oai(rename = "otp", validator(max_length = 16usize))]
        pub otp: String,
        #[oai(rename = "cardId", validator(max_length = 48usize))]
        pub card_id: String,
        #[oai(rename = "expiresAt")]
        pub expires_at: chrono::DateTime<chrono::FixedOffset>,
    }
    impl crate::runtime::JsonKinds for Otp {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("otp") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "otp"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "otp"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "otp"))?;
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
                    crate::runtime::expect_string(v, || format!("{at}.{}", "cardId"))?;
                }
            }
            match object.get("expiresAt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "expiresAt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "expiresAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "expiresAt"),
                    )?;
                }
            }
            Ok(())
        }
    }
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct WalletCards {
        #[oai(rename = "walletCards")]
        pub wallet_cards: Vec<WalletCard>,
    }
    impl crate::runtime::JsonKinds for WalletCards {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("walletCards") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "walletCards"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "walletCards"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "walletCards");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <WalletCard as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "walletCards");
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
    /// A wallet card (TSH) of an issuer's card.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct WalletCard {
        #[oai(rename = "walletCardId", validator(max_length = 64usize))]
        pub wallet_card_id: String,
        #[oai(rename = "walletCardAccountId", validator(max_length = 64usize))]
        pub wallet_card_account_id: String,
        #[oai(rename = "walletAccountId", validator(max_length = 64usize))]
        pub wallet_account_id: String,
        #[oai(rename = "state")]
        pub state: WalletCardState,
        /// The secure element, once the wallet gave it.
        #[oai(
            rename = "seId",
            skip_serializing_if_is_none,
            validator(max_length = 48usize)
        )]
        pub se_id: Option<String>,
        #[oai(rename = "createdAt")]
        pub created_at: chrono::DateTime<chrono::FixedOffset>,
        /// Its tasks, oldest first (the last 50 finished ones, and every pending one).
        #[oai(rename = "tasks")]
        pub tasks: Vec<WalletTask>,
        /// Its state changes, oldest first (the last 100).
        #[oai(rename = "history")]
        pub history: Vec<WalletCardChange>,
    }
    impl crate::runtime::JsonKinds for WalletCard {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("walletCardId") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "walletCardId"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "walletCardId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "walletCardId"),
                    )?;
                }
            }
            match object.get("walletCardAccountId") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "walletCardAccountId"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "walletCardAccountId"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "walletCardAccountId"),
                    )?;
                }
            }
            match object.get("walletAccountId") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "walletAccountId"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "walletAccountId"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "walletAccountId"),
                    )?;
                }
            }
            match object.get("state") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "state"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "state"));
                }
                Some(_) => {}
            }
            match object.get("seId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "seId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "seId"))?;
                }
            }
            match object.get("createdAt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "createdAt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "createdAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "createdAt"),
                    )?;
                }
            }
            match object.get("tasks") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "tasks"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "tasks"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "tasks");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <WalletTask as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "tasks");
                                    format!("{parent}[{i}]")
                                },
                            )?;
                        }
                    }
                }
            }
            match object.get("history") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "history"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "history"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "history");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <WalletCardChange as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "history");
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
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum WalletCardState {
        ///CREATED
        #[oai(rename = "CREATED")]
        Created,
        ///ACTIVE
        #[oai(rename = "ACTIVE")]
        Active,
        ///SUSPENDED_ISSUER
        #[oai(rename = "SUSPENDED_ISSUER")]
        SuspendedIssuer,
        ///SUSPENDED_WALLET
        #[oai(rename = "SUSPENDED_WALLET")]
        SuspendedWallet,
        ///DELETED
        #[oai(rename = "DELETED")]
        Deleted,
    }
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct WalletTask {
        #[oai(rename = "taskId", validator(max_length = 64usize))]
        pub task_id: String,
        #[oai(rename = "commandType")]
        pub command_type: WalletTaskCommandType,
        #[oai(rename = "operation", skip_serializing_if_is_none)]
        pub operation: Option<WalletTaskOperation>,
        #[oai(rename = "state")]
        pub state: WalletTaskState,
        #[oai(rename = "createdAt")]
        pub created_at: chrono::DateTime<chrono::FixedOffset>,
        #[oai(rename = "finishedAt", skip_serializing_if_is_none)]
        pub finished_at: Option<chrono::DateTime<chrono::FixedOffset>>,
        /// The last callback's status code (0, 911, 921).
        #[oai(rename = "statusCode", skip_serializing_if_is_none)]
        pub status_code: Option<i32>,
    }
    impl crate::runtime::JsonKinds for WalletTask {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("taskId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "taskId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "taskId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "taskId"))?;
                }
            }
            match object.get("commandType") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "commandType"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "commandType"));
                }
                Some(_) => {}
            }
            match object.get("operation") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "operation"));
                }
                Some(_) => {}
            }
            match object.get("state") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "state"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "state"));
                }
                Some(_) => {}
            }
            match object.get("createdAt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "createdAt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "createdAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "createdAt"),
                    )?;
                }
            }
            match object.get("finishedAt") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "finishedAt"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "finishedAt"),
                    )?;
                }
            }
            match object.get("statusCode") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "statusCode"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum WalletTaskCommandType {
        ///SEND_SCRIPT
        #[oai(rename = "SEND_SCRIPT")]
        SendScript,
        ///UPDATE_CARD
        #[oai(rename = "UPDATE_CARD")]
        UpdateCard,
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum WalletTaskOperation {
        ///SUSPEND
        #[oai(rename = "SUSPEND")]
        Suspend,
        ///RESUME
        #[oai(rename = "RESUME")]
        Resume,
        ///DELETE
        #[oai(rename = "DELETE")]
        Delete,
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum WalletTaskState {
        ///PENDING
        #[oai(rename = "PENDING")]
        Pending,
        ///DONE
        #[oai(rename = "DONE")]
        Done,
        ///FAILED
        #[oai(rename = "FAILED")]
        Failed,
    }
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct WalletCardChange {
        #[oai(rename = "at")]
        pub at: chrono::DateTime<chrono::FixedOffset>,
        /// PROVISIONED, SCRIPT_APPLIED, ISSUER_SUSPEND, ISSUER_RESUME, ISSUER_DELETE, PARK or WALLET_DELETE.
        #[oai(rename = "event", validator(max_length = 32usize))]
        pub event: String,
        #[oai(rename = "from", skip_serializing_if_is_none)]
        pub from: Option<WalletCardChangeFrom>,
        #[oai(rename = "to")]
        pub to: WalletCardChangeTo,
    }
    impl crate::runtime::JsonKinds for WalletCardChange {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("at") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "at"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "at"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "at"))?;
                }
            }
            match object.get("event") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "event"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "event"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "event"))?;
                }
            }
            match object.get("from") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "from"));
                }
                Some(_) => {}
            }
            match object.get("to") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "to"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "to"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum WalletCardChangeFrom {
        ///CREATED
        #[oai(rename = "CREATED")]
        Created,
        ///ACTIVE
        #[oai(rename = "ACTIVE")]
        Active,
        ///SUSPENDED_ISSUER
        #[oai(rename = "SUSPENDED_ISSUER")]
        SuspendedIssuer,
        ///SUSPENDED_WALLET
        #[oai(rename = "SUSPENDED_WALLET")]
        SuspendedWallet,
        ///DELETED
        #[oai(rename = "DELETED")]
        Deleted,
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum WalletCardChangeTo {
        ///CREATED
        #[oai(rename = "CREATED")]
        Created,
        ///ACTIVE
        #[oai(rename = "ACTIVE")]
        Active,
        ///SUSPENDED_ISSUER
        #[oai(rename = "SUSPENDED_ISSUER")]
        SuspendedIssuer,
        ///SUSPENDED_WALLET
        #[oai(rename = "SUSPENDED_WALLET")]
        SuspendedWallet,
        ///DELETED
        #[oai(rename = "DELETED")]
        Deleted,
    }
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct WalletCardStateChange {
        #[oai(rename = "state")]
        pub state: WalletCardStateChangeState,
    }
    impl crate::runtime::JsonKinds for WalletCardStateChange {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("state") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "state"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "state"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum WalletCardStateChangeState {
        ///CREATED
        #[oai(rename = "CREATED")]
        Created,
        ///ACTIVE
        #[oai(rename = "ACTIVE")]
        Active,
        ///SUSPENDED_ISSUER
        #[oai(rename = "SUSPENDED_ISSUER")]
        SuspendedIssuer,
        ///SUSPENDED_WALLET
        #[oai(rename = "SUSPENDED_WALLET")]
        SuspendedWallet,
        ///DELETED
        #[oai(rename = "DELETED")]
        Deleted,
    }
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct AssetUpload {
        #[oai(rename = "kind")]
        pub kind: AssetUploadKind,
        #[oai(rename = "contentType")]
        pub content_type: AssetUploadContentType,
        /// The bytes, base64 (standard alphabet, padded).
        #[oai(rename = "content")]
        pub content: AssetUploadContent,
    }
    impl crate::runtime::JsonKinds for AssetUpload {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("kind") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "kind"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "kind"));
                }
                Some(_) => {}
            }
            match object.get("contentType") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "contentType"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "contentType"));
                }
                Some(_) => {}
            }
            match object.get("content") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "content"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "content"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        AssetUploadContent::check,
                        || format!("{at}.{}", "content"),
                    )?;
                }
            }
            Ok(())
        }
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum AssetUploadKind {
        ///card-art
        #[oai(rename = "card-art")]
        CardArt,
        ///terms
        #[oai(rename = "terms")]
        Terms,
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum AssetUploadContentType {
        ///image/png
        #[oai(rename = "image/png")]
        ImagePng,
        ///image/jpeg
        #[oai(rename = "image/jpeg")]
        ImageJpeg,
        ///application/pdf
        #[oai(rename = "application/pdf")]
        ApplicationPdf,
        ///text/plain
        #[oai(rename = "text/plain")]
        TextPlain,
        ///text/html
        #[oai(rename = "text/html")]
        TextHtml,
    }
    /// The bytes, base64 (standard alphabet, padded).
    #[derive(Debug, Clone, PartialEq)]
    pub struct AssetUploadContent(pub String);
    impl AssetUploadContent {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            if value.chars().count() < 4usize {
                return Err(format!("shorter than {} characters", 4usize));
            }
            if value.chars().count() > 60000usize {
                return Err(format!("longer than {} characters", 60000usize));
            }
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            {
                regex::Regex::new("^[A-Za-z0-9+/]+={0,2}$")
                    .expect("checked by the generator")
            });
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^[A-Za-z0-9+/]+={0,2}$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for AssetUploadContent {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(AssetUploadContent)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: Some(4usize),
                    max_length: Some(60000usize),
                    pattern: Some("^[A-Za-z0-9+/]+={0,2}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for AssetUploadContent {
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
    impl poem_openapi::types::ParseFromParameter for AssetUploadContent {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for AssetUploadContent {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for AssetUploadContent {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<AssetUploadContent> for String {
        fn from(value: AssetUploadContent) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for AssetUploadContent {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for AssetUploadContent {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct AssetInfo {
        #[oai(rename = "guid", validator(max_length = 64usize))]
        pub guid: String,
        #[oai(rename = "kind")]
        pub kind: AssetInfoKind,
        #[oai(rename = "contentType")]
        pub content_type: AssetInfoContentType,
        /// The content's length in bytes.
        #[oai(rename = "size")]
        pub size: i64,
    }
    impl crate::runtime::JsonKinds for AssetInfo {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("guid") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "guid"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "guid"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "guid"))?;
                }
            }
            match object.get("kind") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "kind"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "kind"));
                }
                Some(_) => {}
            }
            match object.get("contentType") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "contentType"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "contentType"));
                }
                Some(_) => {}
            }
            match object.get("size") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "size"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "size"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum AssetInfoKind {
        ///card-art
        #[oai(rename = "card-art")]
        CardArt,
        ///terms
        #[oai(rename = "terms")]
        Terms,
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum AssetInfoContentType {
        ///image/png
        #[oai(rename = "image/png")]
        ImagePng,
        ///image/jpeg
        #[oai(rename = "image/jpeg")]
        ImageJpeg,
        ///application/pdf
        #[oai(rename = "application/pdf")]
        ApplicationPdf,
        ///text/plain
        #[oai(rename = "text/plain")]
        TextPlain,
        ///text/html
        #[oai(rename = "text/html")]
        TextHtml,
    }
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct AssetChoice {
        /// The T&C's GUID; absent when the issuer requires none.
        #[oai(
            rename = "termsAndConditionsId",
            skip_serializing_if_is_none,
            validator(max_length = 64usize)
        )]
        pub terms_and_conditions_id: Option<String>,
        #[oai(rename = "cardArt", validator(min_items = 1usize, max_items = 10usize))]
        pub card_art: Vec<AssetChoiceCardArtItem>,
    }
    impl crate::runtime::JsonKinds for AssetChoice {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("termsAndConditionsId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "termsAndConditionsId"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "termsAndConditionsId"),
                    )?;
                }
            }
            match object.get("cardArt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "cardArt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "cardArt"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "cardArt");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            crate::runtime::expect_string_with(
                                item,
                                AssetChoiceCardArtItem::check,
                                || {
                                    let parent = format!("{at}.{}", "cardArt");
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct AssetChoiceCardArtItem(pub String);
    impl AssetChoiceCardArtItem {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            if value.chars().count() > 64usize {
                return Err(format!("longer than {} characters", 64usize));
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for AssetChoiceCardArtItem {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(AssetChoiceCardArtItem)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: Some(64usize),
                    pattern: None,
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
    impl poem_openapi::types::ParseFromJSON for AssetChoiceCardArtItem {
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
    impl poem_openapi::types::ParseFromParameter for AssetChoiceCardArtItem {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for AssetChoiceCardArtItem {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for AssetChoiceCardArtItem {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<AssetChoiceCardArtItem> for String {
        fn from(value: AssetChoiceCardArtItem) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for AssetChoiceCardArtItem {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for AssetChoiceCardArtItem {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct IssuerAssets {
        /// What checkCardAccount answers (all zeros when no T&C is required).
        #[oai(rename = "termsAndConditionsId", validator(max_length = 64usize))]
        pub terms_and_conditions_id: String,
        #[oai(rename = "cardArt")]
        pub card_art: Vec<IssuerAssetsCardArtItem>,
        #[oai(rename = "assets")]
        pub assets: Vec<AssetInfo>,
    }
    impl crate::runtime::JsonKinds for IssuerAssets {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("termsAndConditionsId") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "termsAndConditionsId"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "termsAndConditionsId"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "termsAndConditionsId"),
                    )?;
                }
            }
            match object.get("cardArt") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "cardArt"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "cardArt"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "cardArt");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            crate::runtime::expect_string_with(
                                item,
                                IssuerAssetsCardArtItem::check,
                                || {
                                    let parent = format!("{at}.{}", "cardArt");
                                    format!("{parent}[{i}]")
                                },
                            )?;
                        }
                    }
                }
            }
            match object.get("assets") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "assets"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "assets"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "assets");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <AssetInfo as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "assets");
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct IssuerAssetsCardArtItem(pub String);
    impl IssuerAssetsCardArtItem {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            if value.chars().count() > 64usize {
                return Err(format!("longer than {} characters", 64usize));
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for IssuerAssetsCardArtItem {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(IssuerAssetsCardArtItem)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: Some(64usize),
                    pattern: None,
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
    impl poem_openapi::types::ParseFromJSON for IssuerAssetsCardArtItem {
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
    impl poem_openapi::types::ParseFromParameter for IssuerAssetsCardArtItem {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for IssuerAssetsCardArtItem {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for IssuerAssetsCardArtItem {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<IssuerAssetsCardArtItem> for String {
        fn from(value: IssuerAssetsCardArtItem) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for IssuerAssetsCardArtItem {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for IssuerAssetsCardArtItem {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// The error body of every 4xx and 5xx answer of this API.
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct WalletCardId(pub String);
    impl WalletCardId {
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
    impl poem_openapi::types::Type for WalletCardId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(WalletCardId)".into()
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
    impl poem_openapi::types::ParseFromJSON for WalletCardId {
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
    impl poem_openapi::types::ParseFromParameter for WalletCardId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for WalletCardId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for WalletCardId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<WalletCardId> for String {
        fn from(value: WalletCardId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for WalletCardId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for WalletCardId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
}
/// One enum per operation, one variant per declared status.
pub mod responses {
    /// The answers of `listCards`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "list_cards_bad_request")]
    pub enum ListCards {
        /// The cards.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::CardList>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The caller's tenant does not own the issuer.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ListCards {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ListCards::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ListCards::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ListCards::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ListCards::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ListCards::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ListCards::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ListCards::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ListCards::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ListCards::InternalServerError(
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
    pub fn list_cards_bad_request(err: poem::Error) -> ListCards {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `registerCard`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "register_card_bad_request")]
    pub enum RegisterCard {
        /// Registered.
        #[oai(status = 201u16)]
        Created(poem_openapi::payload::Json<super::types::Card>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::Error>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The caller's tenant does not own the issuer.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The PAN (PAN_ALREADY_REGISTERED) or the cardId (CARD_ID_TAKEN) is already registered for the issuer.
        #[oai(status = 409u16)]
        Conflict(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for RegisterCard {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    RegisterCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    RegisterCard::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    RegisterCard::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    RegisterCard::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    RegisterCard::Conflict(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                409u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    RegisterCard::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    RegisterCard::Status408(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    RegisterCard::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    RegisterCard::InternalServerError(
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
    pub fn register_card_bad_request(err: poem::Error) -> RegisterCard {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `getCard`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "get_card_bad_request")]
    pub enum GetCard {
        /// The card.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::Card>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The caller's tenant does not own the issuer.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for GetCard {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    GetCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    GetCard::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    GetCard::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    GetCard::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    GetCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    GetCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    GetCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    GetCard::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    GetCard::InternalServerError(
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
    pub fn get_card_bad_request(err: poem::Error) -> GetCard {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `setCardState`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "set_card_state_bad_request")]
    pub enum SetCardState {
        /// The card, with its new state.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::Card>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::Error>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The caller's tenant does not own the issuer.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for SetCardState {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    SetCardState::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    SetCardState::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    SetCardState::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    SetCardState::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    SetCardState::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    SetCardState::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    SetCardState::Status408(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    SetCardState::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    SetCardState::InternalServerError(
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
    pub fn set_card_state_bad_request(err: poem::Error) -> SetCardState {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `resetCvvAttempts`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "reset_cvv_attempts_bad_request")]
    pub enum ResetCvvAttempts {
        /// The card, with no failed CVV attempts.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::Card>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The caller's tenant does not own the issuer.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ResetCvvAttempts {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ResetCvvAttempts::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ResetCvvAttempts::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ResetCvvAttempts::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ResetCvvAttempts::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ResetCvvAttempts::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ResetCvvAttempts::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ResetCvvAttempts::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ResetCvvAttempts::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ResetCvvAttempts::InternalServerError(
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
    pub fn reset_cvv_attempts_bad_request(err: poem::Error) -> ResetCvvAttempts {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `addOnFileAccount`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "add_on_file_account_bad_request")]
    pub enum AddOnFileAccount {
        /// The on-file account.
        #[oai(status = 201u16)]
        Created(poem_openapi::payload::Json<super::types::OnFileAccount>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The caller's tenant does not own the issuer.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for AddOnFileAccount {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    AddOnFileAccount::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    AddOnFileAccount::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    AddOnFileAccount::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    AddOnFileAccount::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    AddOnFileAccount::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    AddOnFileAccount::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    AddOnFileAccount::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    AddOnFileAccount::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    AddOnFileAccount::InternalServerError(
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
    pub fn add_on_file_account_bad_request(err: poem::Error) -> AddOnFileAccount {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `mintOtp`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "mint_otp_bad_request")]
    pub enum MintOtp {
        /// The one-time password.
        #[oai(status = 201u16)]
        Created(poem_openapi::payload::Json<super::types::Otp>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The caller's tenant does not own the issuer.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for MintOtp {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    MintOtp::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    MintOtp::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    MintOtp::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    MintOtp::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    MintOtp::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    MintOtp::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    MintOtp::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    MintOtp::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    MintOtp::InternalServerError(
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
    pub fn mint_otp_bad_request(err: poem::Error) -> MintOtp {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `listWalletCards`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "list_wallet_cards_bad_request")]
    pub enum ListWalletCards {
        /// The wallet cards, in id order.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::WalletCards>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The caller's tenant does not own the issuer.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ListWalletCards {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ListWalletCards::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ListWalletCards::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ListWalletCards::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ListWalletCards::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ListWalletCards::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ListWalletCards::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ListWalletCards::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ListWalletCards::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ListWalletCards::InternalServerError(
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
    pub fn list_wallet_cards_bad_request(err: poem::Error) -> ListWalletCards {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `forceWalletCardState`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "force_wallet_card_state_bad_request")]
    pub enum ForceWalletCardState {
        /// The wallet card.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::WalletCard>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The caller's tenant does not own the issuer.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ForceWalletCardState {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ForceWalletCardState::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ForceWalletCardState::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ForceWalletCardState::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ForceWalletCardState::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ForceWalletCardState::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ForceWalletCardState::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ForceWalletCardState::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ForceWalletCardState::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ForceWalletCardState::InternalServerError(
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
    pub fn force_wallet_card_state_bad_request(
        err: poem::Error,
    ) -> ForceWalletCardState {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `listAssets`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "list_assets_bad_request")]
    pub enum ListAssets {
        /// The assets and the choice.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::IssuerAssets>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The caller's tenant does not own the issuer.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ListAssets {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ListAssets::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ListAssets::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ListAssets::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ListAssets::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ListAssets::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ListAssets::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ListAssets::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ListAssets::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ListAssets::InternalServerError(
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
    pub fn list_assets_bad_request(err: poem::Error) -> ListAssets {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `uploadAsset`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "upload_asset_bad_request")]
    pub enum UploadAsset {
        /// The asset.
        #[oai(status = 201u16)]
        Created(poem_openapi::payload::Json<super::types::AssetInfo>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The caller's tenant does not own the issuer.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for UploadAsset {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    UploadAsset::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    UploadAsset::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    UploadAsset::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    UploadAsset::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    UploadAsset::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    UploadAsset::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    UploadAsset::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    UploadAsset::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    UploadAsset::InternalServerError(
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
    pub fn upload_asset_bad_request(err: poem::Error) -> UploadAsset {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `setAssetChoice`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "set_asset_choice_bad_request")]
    pub enum SetAssetChoice {
        /// The assets and the new choice.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::IssuerAssets>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The caller's tenant does not own the issuer.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for SetAssetChoice {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    SetAssetChoice::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    SetAssetChoice::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    SetAssetChoice::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    SetAssetChoice::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    SetAssetChoice::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    SetAssetChoice::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    SetAssetChoice::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    SetAssetChoice::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    SetAssetChoice::InternalServerError(
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
    pub fn set_asset_choice_bad_request(err: poem::Error) -> SetAssetChoice {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `listCardOperations`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "list_card_operations_bad_request")]
    pub enum ListCardOperations {
        /// The operations.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::CardOperationList>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The caller's tenant does not own the issuer.
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ListCardOperations {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ListCardOperations::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ListCardOperations::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ListCardOperations::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ListCardOperations::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ListCardOperations::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ListCardOperations::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ListCardOperations::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ListCardOperations::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ListCardOperations::InternalServerError(
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
    pub fn list_card_operations_bad_request(err: poem::Error) -> ListCardOperations {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `listPartners`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "list_partners_bad_request")]
    pub enum ListPartners {
        /// The partners, in role order.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::PartnerList>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ListPartners {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ListPartners::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ListPartners::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ListPartners::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ListPartners::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ListPartners::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ListPartners::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ListPartners::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ListPartners::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ListPartners::InternalServerError(
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
    pub fn list_partners_bad_request(err: poem::Error) -> ListPartners {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `putPartner`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "put_partner_bad_request")]
    pub enum PutPartner {
        /// The partner as registered (secrets left out).
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::Partner>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// An id the body names is not the caller's (FORBIDDEN).
        #[oai(status = 403u16)]
        Forbidden(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::Error>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for PutPartner {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    PutPartner::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    PutPartner::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    PutPartner::Forbidden(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                403u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    PutPartner::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    PutPartner::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    PutPartner::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    PutPartner::Status408(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    PutPartner::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    PutPartner::InternalServerError(
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
    pub fn put_partner_bad_request(err: poem::Error) -> PutPartner {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `getPartner`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "get_partner_bad_request")]
    pub enum GetPartner {
        /// The partner (secrets left out).
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::Partner>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for GetPartner {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    GetPartner::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    GetPartner::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    GetPartner::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    GetPartner::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    GetPartner::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    GetPartner::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    GetPartner::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    GetPartner::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    GetPartner::InternalServerError(
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
    pub fn get_partner_bad_request(err: poem::Error) -> GetPartner {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `deletePartner`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "delete_partner_bad_request")]
    pub enum DeletePartner {
        /// Removed.
        #[oai(status = 204u16)]
        NoContent,
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for DeletePartner {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    DeletePartner::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    DeletePartner::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    DeletePartner::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    DeletePartner::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    DeletePartner::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    DeletePartner::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    DeletePartner::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    DeletePartner::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    DeletePartner::InternalServerError(
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
    pub fn delete_partner_bad_request(err: poem::Error) -> DeletePartner {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `triggerEvent`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "trigger_event_bad_request")]
    pub enum TriggerEvent {
        /// Accepted; the messages made, pending.
        #[oai(status = 202u16)]
        Accepted(poem_openapi::payload::Json<super::types::DeliveryList>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// No partner is registered for the roles the event concerns (NO_PARTNER).
        #[oai(status = 409u16)]
        Conflict(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::Error>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for TriggerEvent {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    TriggerEvent::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    TriggerEvent::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    TriggerEvent::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    TriggerEvent::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    TriggerEvent::Conflict(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                409u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    TriggerEvent::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    TriggerEvent::Status408(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    TriggerEvent::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    TriggerEvent::InternalServerError(
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
    pub fn trigger_event_bad_request(err: poem::Error) -> TriggerEvent {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `listDeliveries`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "list_deliveries_bad_request")]
    pub enum ListDeliveries {
        /// The deliveries.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::DeliveryList>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ListDeliveries {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ListDeliveries::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ListDeliveries::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ListDeliveries::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ListDeliveries::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ListDeliveries::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ListDeliveries::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ListDeliveries::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ListDeliveries::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ListDeliveries::InternalServerError(
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
    pub fn list_deliveries_bad_request(err: poem::Error) -> ListDeliveries {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `getDeliveryStats`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "get_delivery_stats_bad_request")]
    pub enum GetDeliveryStats {
        /// The counts.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::DeliveryStats>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for GetDeliveryStats {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    GetDeliveryStats::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    GetDeliveryStats::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    GetDeliveryStats::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    GetDeliveryStats::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    GetDeliveryStats::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    GetDeliveryStats::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    GetDeliveryStats::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    GetDeliveryStats::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    GetDeliveryStats::InternalServerError(
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
    pub fn get_delivery_stats_bad_request(err: poem::Error) -> GetDeliveryStats {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `getDelivery`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "get_delivery_bad_request")]
    pub enum GetDelivery {
        /// The delivery, with every attempt.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::DeliveryDetail>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for GetDelivery {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    GetDelivery::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    GetDelivery::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    GetDelivery::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    GetDelivery::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    GetDelivery::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    GetDelivery::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    GetDelivery::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    GetDelivery::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    GetDelivery::InternalServerError(
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
    pub fn get_delivery_bad_request(err: poem::Error) -> GetDelivery {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `replayDelivery`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "replay_delivery_bad_request")]
    pub enum ReplayDelivery {
        /// The delivery, pending.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::Delivery>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ReplayDelivery {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ReplayDelivery::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ReplayDelivery::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ReplayDelivery::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ReplayDelivery::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ReplayDelivery::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ReplayDelivery::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ReplayDelivery::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ReplayDelivery::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ReplayDelivery::InternalServerError(
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
    pub fn replay_delivery_bad_request(err: poem::Error) -> ReplayDelivery {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `abortDelivery`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "abort_delivery_bad_request")]
    pub enum AbortDelivery {
        /// The delivery, aborted.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::Delivery>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for AbortDelivery {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    AbortDelivery::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    AbortDelivery::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    AbortDelivery::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    AbortDelivery::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    AbortDelivery::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    AbortDelivery::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    AbortDelivery::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    AbortDelivery::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    AbortDelivery::InternalServerError(
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
    pub fn abort_delivery_bad_request(err: poem::Error) -> AbortDelivery {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `listTokens`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "list_tokens_bad_request")]
    pub enum ListTokens {
        /// The tokens, in token-id order.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::TokenList>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ListTokens {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ListTokens::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ListTokens::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ListTokens::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ListTokens::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ListTokens::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ListTokens::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ListTokens::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ListTokens::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ListTokens::InternalServerError(
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
    pub fn list_tokens_bad_request(err: poem::Error) -> ListTokens {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `listTokenNotifications`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "list_token_notifications_bad_request")]
    pub enum ListTokenNotifications {
        /// The notifications.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::TokenNotificationList>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ListTokenNotifications {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ListTokenNotifications::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ListTokenNotifications::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ListTokenNotifications::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ListTokenNotifications::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ListTokenNotifications::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ListTokenNotifications::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ListTokenNotifications::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ListTokenNotifications::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ListTokenNotifications::InternalServerError(
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
    pub fn list_token_notifications_bad_request(
        err: poem::Error,
    ) -> ListTokenNotifications {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `listFailedTokenizations`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "list_failed_tokenizations_bad_request")]
    pub enum ListFailedTokenizations {
        /// The notifications.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::TokenNotificationList>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// No such issuer (UNKNOWN_ISSUER) or card (UNKNOWN_CARD).
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ListFailedTokenizations {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ListFailedTokenizations::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ListFailedTokenizations::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ListFailedTokenizations::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ListFailedTokenizations::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ListFailedTokenizations::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ListFailedTokenizations::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ListFailedTokenizations::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ListFailedTokenizations::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ListFailedTokenizations::InternalServerError(
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
    pub fn list_failed_tokenizations_bad_request(
        err: poem::Error,
    ) -> ListFailedTokenizations {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `createConsumerSession`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "create_consumer_session_bad_request")]
    pub enum CreateConsumerSession {
        /// The session, with its access token.
        #[oai(status = 201u16)]
        Created(poem_openapi::payload::Json<super::types::ConsumerSession>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::Error>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for CreateConsumerSession {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    CreateConsumerSession::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    CreateConsumerSession::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    CreateConsumerSession::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    CreateConsumerSession::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    CreateConsumerSession::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    CreateConsumerSession::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    CreateConsumerSession::Status408(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    CreateConsumerSession::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    CreateConsumerSession::InternalServerError(
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
    pub fn create_consumer_session_bad_request(
        err: poem::Error,
    ) -> CreateConsumerSession {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `listCardMappings`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "list_card_mappings_bad_request")]
    pub enum ListCardMappings {
        /// The mappings.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::CardMappingList>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ListCardMappings {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ListCardMappings::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ListCardMappings::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ListCardMappings::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ListCardMappings::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ListCardMappings::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ListCardMappings::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ListCardMappings::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ListCardMappings::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ListCardMappings::InternalServerError(
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
    pub fn list_card_mappings_bad_request(err: poem::Error) -> ListCardMappings {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `listVerifications`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "list_verifications_bad_request")]
    pub enum ListVerifications {
        /// The transactions.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::VerificationList>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ListVerifications {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ListVerifications::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ListVerifications::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ListVerifications::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ListVerifications::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ListVerifications::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ListVerifications::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ListVerifications::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ListVerifications::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ListVerifications::InternalServerError(
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
    pub fn list_verifications_bad_request(err: poem::Error) -> ListVerifications {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `getSettings`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "get_settings_bad_request")]
    pub enum GetSettings {
        /// The settings.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::Settings>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for GetSettings {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    GetSettings::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    GetSettings::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    GetSettings::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    GetSettings::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    GetSettings::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    GetSettings::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    GetSettings::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    GetSettings::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    GetSettings::InternalServerError(
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
    pub fn get_settings_bad_request(err: poem::Error) -> GetSettings {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `putSettings`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "put_settings_bad_request")]
    pub enum PutSettings {
        /// The settings now in force.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::Settings>),
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::Error>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for PutSettings {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    PutSettings::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    PutSettings::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    PutSettings::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    PutSettings::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    PutSettings::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    PutSettings::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    PutSettings::Status408(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    PutSettings::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    PutSettings::InternalServerError(
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
    pub fn put_settings_bad_request(err: poem::Error) -> PutSettings {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `resetSandbox`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "reset_sandbox_bad_request")]
    pub enum ResetSandbox {
        /// Reset.
        #[oai(status = 204u16)]
        NoContent,
        /// Invalid input.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The admin key is missing or wrong.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// The store failed.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ResetSandbox {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ResetSandbox::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ResetSandbox::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ResetSandbox::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ResetSandbox::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ResetSandbox::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ResetSandbox::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ResetSandbox::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ResetSandbox::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ResetSandbox::InternalServerError(
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
    pub fn reset_sandbox_bad_request(err: poem::Error) -> ResetSandbox {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
}
/// The document's security schemes.
pub mod security {
    /// The tenant's admin key, `admin_key` in its credentials file.
    #[derive(poem_openapi::SecurityScheme)]
    #[oai(
        rename = "adminKey",
        ty = "api_key",
        key_in = "header",
        key_name = "X-Admin-Key"
    )]
    pub struct AdminKey(pub poem_openapi::auth::ApiKey);
}
/// The document's tags.
#[derive(poem_openapi::Tags)]
pub enum Tags {
    /// The issuer's card registry, as the Card API's `verifyCard` consults it.
    #[oai(rename = "Cards")]
    Cards,
    /// The TSH's side of the issuer's cards: accounts held on file and one-time passwords for wallets to provision a card with, and the wallet cards made.
    #[oai(rename = "Wallets")]
    Wallets,
    /// Your own implementations of the APIs D1 calls, registered per role: the events you trigger (Deliveries) are delivered to them. Secrets are write-only: never answered back.
    #[oai(rename = "Partners")]
    Partners,
    /// D1's calls to your registered endpoints: an event makes one message per partner concerned, kept in a durable outbox and tried until delivered, with retries and backoff by the rules of each document; every attempt is logged and any message can be sent again.
    #[oai(rename = "Deliveries")]
    Deliveries,
    /// The network tokens the token requestor learnt of through the token notifications (and the merchant gateway's notify-update), with every notification received, in order.
    #[oai(rename = "Tokens")]
    Tokens,
    /// The connecting party of the verification card mapping notification: the consumer sessions it issues, and the card mappings and verification transactions it recorded.
    #[oai(rename = "Connecting party")]
    ConnectingParty,
    /// Settings and reset of the caller's sandbox.
    #[oai(rename = "Sandbox")]
    Sandbox,
}
/// The operations of `sandbox-admin.yaml`: implement this trait to serve the API. The generated service has already extracted and validated every input, and authenticated the caller where the document asks for it.
pub trait SandboxAdminApi: Send + Sync + 'static {
    /// What a successful authentication yields; passed to every protected operation.
    type Principal: Send + 'static;
    /// Checks a `adminKey` credential: the principal, or the problem that refuses it.
    fn authenticate_admin_key(
        &self,
        credential: poem_openapi::auth::ApiKey,
    ) -> impl std::future::Future<
        Output = Result<Self::Principal, crate::runtime::Problem>,
    > + Send;
    /// List the issuer's cards
    ///
    /// Every card of the issuer, in `cardId` order.
    fn list_cards(
        &self,
        principal: Self::Principal,
        issuer_id: String,
    ) -> impl std::future::Future<
        Output = Result<responses::ListCards, crate::runtime::Problem>,
    > + Send;
    /// Register a card
    ///
    /// Adds a card to the issuer's registry. The PAN must be 12 to 19 digits with a valid Luhn
    /// check digit and the expiry a real month (MMYY). `verifyCard` then answers from this card:
    /// its state, its expiry and its CVV. A PAN or `cardId` already registered for the issuer is
    /// a 409.
    fn register_card(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        body: types::CardRegistration,
    ) -> impl std::future::Future<
        Output = Result<responses::RegisterCard, crate::runtime::Problem>,
    > + Send;
    /// Read a card
    ///
    /// The card with its masked PAN, state, consumer, digital cards and operation count (its operations are listed by `listCardOperations`).
    fn get_card(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        card_id: types::CardId,
    ) -> impl std::future::Future<
        Output = Result<responses::GetCard, crate::runtime::Problem>,
    > + Send;
    /// Change a card's state
    ///
    /// Sets the card's state. Any state may follow any other: the sandbox is a test fixture, not
    /// a card-management system. A DELETED card is answered as invalid by `verifyCard`.
    fn set_card_state(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        card_id: types::CardId,
        body: types::CardStateChange,
    ) -> impl std::future::Future<
        Output = Result<responses::SetCardState, crate::runtime::Problem>,
    > + Send;
    /// Unlock a card's CVV check
    ///
    /// Clears the card's count of consecutive wrong CVVs. After 3 wrong CVVs `verifyCard` answers
    /// `securityCode: {valid: false, verificationAttemptsExceeded: true}` whatever CVV is
    /// presented, so that the right one cannot be found by trying them all; the card stays
    /// locked until this is called (as an issuer's back office would, once the card holder is
    /// verified).
    fn reset_cvv_attempts(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        card_id: types::CardId,
    ) -> impl std::future::Future<
        Output = Result<responses::ResetCvvAttempts, crate::runtime::Problem>,
    > + Send;
    /// Hold a card on file for wallets
    ///
    /// Makes an account the issuer holds on file for the card: its `walletCardAccountId` is what
    /// a wallet server sends in the TSH's `checkCardAccount` / `provisionCard` with cardSource
    /// `ON-FILE`.
    fn add_on_file_account(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        card_id: types::CardId,
    ) -> impl std::future::Future<
        Output = Result<responses::AddOnFileAccount, crate::runtime::Problem>,
    > + Send;
    /// Mint a one-time password for provisioning the card
    ///
    /// A one-time password, as the issuer's back end gives a wallet during enrolment: the TSH's
    /// `provisionCard` checks it when `otp` is present (single use, good for `ttlSecs`,
    /// 600 when absent; only a keyed digest is stored, the value is shown once).
    fn mint_otp(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        card_id: types::CardId,
        body: types::OtpRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::MintOtp, crate::runtime::Problem>,
    > + Send;
    /// List a card's wallet cards
    ///
    /// The card's wallet cards in every wallet (TSH), with their tasks and state history.
    fn list_wallet_cards(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        card_id: types::CardId,
    ) -> impl std::future::Future<
        Output = Result<responses::ListWalletCards, crate::runtime::Problem>,
    > + Send;
    /// Force a wallet card's state
    ///
    /// Sets a wallet card's state directly, outside the state table, for testing a wallet
    /// server's handling of edge cases. The change is recorded in the card's history as
    /// `FORCED`; pending tasks that no longer apply from the new state are cancelled (FAILED).
    fn force_wallet_card_state(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        wallet_card_id: types::WalletCardId,
        body: types::WalletCardStateChange,
    ) -> impl std::future::Future<
        Output = Result<responses::ForceWalletCardState, crate::runtime::Problem>,
    > + Send;
    /// List an issuer's wallet assets
    ///
    /// The assets the TSH's getAsset serves for the issuer, and which of them checkCardAccount
    /// names (the terms and conditions, all zeros when none is required, and the card art).
    /// Each issuer starts with a default T&C text and a PNG card art, made on first use.
    fn list_assets(
        &self,
        principal: Self::Principal,
        issuer_id: String,
    ) -> impl std::future::Future<
        Output = Result<responses::ListAssets, crate::runtime::Problem>,
    > + Send;
    /// Upload a wallet asset
    ///
    /// Adds an asset (at most 50 per issuer). The content is checked against its type: a PNG,
    /// JPEG or PDF must start as one; card art is an image, terms are text, HTML or PDF. It is
    /// served by getAsset once it is chosen or known by its GUID.
    fn upload_asset(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        body: types::AssetUpload,
    ) -> impl std::future::Future<
        Output = Result<responses::UploadAsset, crate::runtime::Problem>,
    > + Send;
    /// Choose the T&C and card art checkCardAccount names
    ///
    /// Which T&C the issuer requires (none when `termsAndConditionsId` is absent: then
    /// checkCardAccount answers all zeros) and which card art it shows; each GUID must be one
    /// of the issuer's assets of that kind.
    fn set_asset_choice(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        body: types::AssetChoice,
    ) -> impl std::future::Future<
        Output = Result<responses::SetAssetChoice, crate::runtime::Problem>,
    > + Send;
    /// List a card's operations
    ///
    /// The operations D1 notified for the card (Card API v1 and v2), in the order first received, a page at a time: `limit` of them (100 when absent), after the one whose `sequence` is `after`; `next` is the `after` of the following page, absent on the last.
    fn list_card_operations(
        &self,
        principal: Self::Principal,
        issuer_id: String,
        card_id: types::CardId,
        after: Option<i64>,
        limit: Option<i32>,
    ) -> impl std::future::Future<
        Output = Result<responses::ListCardOperations, crate::runtime::Problem>,
    > + Send;
    /// List the registered partners
    ///
    /// The caller's registered partner endpoints, one per role at most (secrets left out).
    fn list_partners(
        &self,
        principal: Self::Principal,
    ) -> impl std::future::Future<
        Output = Result<responses::ListPartners, crate::runtime::Problem>,
    > + Send;
    /// Register a partner endpoint for the role the body names
    ///
    /// Registers (or replaces) the caller's endpoint for the body's `role`: the same
    /// description `d1-sandbox check` reads from a partner file (see the README), in
    /// camelCase. Each role's schema states the fields it needs (`PartnerRegistration` is a
    /// `oneOf` told apart by `role`, and `auth` one told apart by `type`), so a body the
    /// schema accepts is registered unless it names ids that are not the caller's (another
    /// tenant's, or ids no tenant has): those are answered 403 `FORBIDDEN` (d1-sandbox's
    /// assumption: naming what the caller does not own is a refusal of access, as for the
    /// Card API's issuers). A body the schema refuses is answered 400 `INVALID_REQUEST`.
    /// Secrets (`auth.clientSecret`, `auth.key`, `auth.password`, `controlKey`) are stored
    /// sealed and never answered back. (Version 1 of this document had the role in the
    /// path, `PUT /partners/{role}`; it moved into the body so that the schema can say per
    /// role what is valid.)
    fn put_partner(
        &self,
        principal: Self::Principal,
        body: types::PartnerRegistration,
    ) -> impl std::future::Future<
        Output = Result<responses::PutPartner, crate::runtime::Problem>,
    > + Send;
    /// Read a registered partner
    fn get_partner(
        &self,
        principal: Self::Principal,
        role: types::PartnerRoleName,
    ) -> impl std::future::Future<
        Output = Result<responses::GetPartner, crate::runtime::Problem>,
    > + Send;
    /// Remove a registered partner
    ///
    /// D1's calls for the role go back to d1-sandbox's own implementation.
    fn delete_partner(
        &self,
        principal: Self::Principal,
        role: types::PartnerRoleName,
    ) -> impl std::future::Future<
        Output = Result<responses::DeletePartner, crate::runtime::Problem>,
    > + Send;
    /// Trigger an event toward your registered partners
    ///
    /// Makes one message per registered partner the event concerns, stores them (durable
    /// before the answer), and lets the worker deliver them:
    /// `card-operation` (cardId, status; operation DIGITIZE unless given; operationId new
    /// unless given) → the issuer's `notifyCardOperation`; `token-created` (tokenId;
    /// correlationId new unless given) and `token-updated` (tokenId, tokenState;
    /// lastUpdateTimestamp now unless given) → the token requestor's notify-token-creation /
    /// notify-token-update and the merchant gateway's notify-update; `verification`
    /// (accessToken, deviceSerialNumber, sessionToken, serverCardId, uniqueReferenceCardId,
    /// bin) → the connecting party's notifyVerification, whose checkSignature is verified.
    /// 409 `NO_PARTNER` when no partner is registered for the roles concerned: the request is
    /// refused because of the sandbox's state, not its shape (d1-sandbox's assumption: 409, as
    /// registering a partner changes the answer). Each type's schema states the fields it
    /// needs (`EventRequest` is a `oneOf` told apart by `type`); a body it refuses is answered
    /// 400 `INVALID_REQUEST`.
    fn trigger_event(
        &self,
        principal: Self::Principal,
        body: types::EventRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::TriggerEvent, crate::runtime::Problem>,
    > + Send;
    /// List the deliveries
    ///
    /// The messages to your partners, newest first, `limit` of them (100 when absent), those before `before` (the previous page's `next`), filtered by `state` and `role`.
    fn list_deliveries(
        &self,
        principal: Self::Principal,
        state: Option<types::DeliveryState>,
        role: Option<types::PartnerRoleName>,
        before: Option<i64>,
        limit: Option<i32>,
    ) -> impl std::future::Future<
        Output = Result<responses::ListDeliveries, crate::runtime::Problem>,
    > + Send;
    /// Count the deliveries
    ///
    /// How many deliveries are in each state, and how many attempts were made and retried.
    fn get_delivery_stats(
        &self,
        principal: Self::Principal,
    ) -> impl std::future::Future<
        Output = Result<responses::GetDeliveryStats, crate::runtime::Problem>,
    > + Send;
    /// Read a delivery and its attempts
    fn get_delivery(
        &self,
        principal: Self::Principal,
        delivery_id: i64,
    ) -> impl std::future::Future<
        Output = Result<responses::GetDelivery, crate::runtime::Problem>,
    > + Send;
    /// Send a delivery again
    ///
    /// Makes the delivery pending again and due now, whatever its state (a failed one after you fixed your endpoint, a delivered one to see it twice); its age counts from now.
    fn replay_delivery(
        &self,
        principal: Self::Principal,
        delivery_id: i64,
    ) -> impl std::future::Future<
        Output = Result<responses::ReplayDelivery, crate::runtime::Problem>,
    > + Send;
    /// Stop a pending delivery
    fn abort_delivery(
        &self,
        principal: Self::Principal,
        delivery_id: i64,
    ) -> impl std::future::Future<
        Output = Result<responses::AbortDelivery, crate::runtime::Problem>,
    > + Send;
    /// List a merchant's tokens
    ///
    /// The tokens of one of the caller's merchants (token requestor ids), as the token notifications left them: state, latest `lastUpdateTimestamp`, display fields, and the correlation id of the creation. 404 for a merchant that is not the caller's.
    fn list_tokens(
        &self,
        principal: Self::Principal,
        merchant_id: String,
    ) -> impl std::future::Future<
        Output = Result<responses::ListTokens, crate::runtime::Problem>,
    > + Send;
    /// List the notifications a token received
    ///
    /// Every notification received about the token (creation, updates, the merchant gateway's notify-update), in the order received, each with what it did (`APPLIED`, or `DISCARDED`: an update older than one already applied, or a creation of a token already known) and its correlation id; a page at a time (`limit`, 100 when absent; `after` the previous page's `next`).
    fn list_token_notifications(
        &self,
        principal: Self::Principal,
        merchant_id: String,
        token_id: String,
        after: Option<i64>,
        limit: Option<i32>,
    ) -> impl std::future::Future<
        Output = Result<responses::ListTokenNotifications, crate::runtime::Problem>,
    > + Send;
    /// List a merchant's failed tokenizations
    ///
    /// The creation notifications that reported a failed tokenization (`errorCode`; no token data), in the order received, a page at a time.
    fn list_failed_tokenizations(
        &self,
        principal: Self::Principal,
        merchant_id: String,
        after: Option<i64>,
        limit: Option<i32>,
    ) -> impl std::future::Future<
        Output = Result<responses::ListFailedTokenizations, crate::runtime::Problem>,
    > + Send;
    /// Issue a consumer session
    ///
    /// Issues a consumer session for a consumer's device, as the connecting party does before
    /// a card verification: the answer's `accessToken` (48 characters, shown once; only its
    /// SHA-256 is stored) is what the verification service sends in `session.accessToken`,
    /// and the notification's `consumer.device.serialNumber` must be `deviceSerialNumber`.
    /// The session is accepted for `ttlSeconds` (3600 when absent; assumed).
    fn create_consumer_session(
        &self,
        principal: Self::Principal,
        body: types::ConsumerSessionRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::CreateConsumerSession, crate::runtime::Problem>,
    > + Send;
    /// List the card mappings
    ///
    /// Every verified card the connecting party mapped: one per `uniqueReferenceCardId` (stable per PAN), with the `serverCardId` it maps to now.
    fn list_card_mappings(
        &self,
        principal: Self::Principal,
    ) -> impl std::future::Future<
        Output = Result<responses::ListCardMappings, crate::runtime::Problem>,
    > + Send;
    /// List the verification transactions
    ///
    /// The verification transactions the connecting party answered, one per `session.token`, newest first, `limit` of them (100 when absent).
    fn list_verifications(
        &self,
        principal: Self::Principal,
        limit: Option<i32>,
    ) -> impl std::future::Future<
        Output = Result<responses::ListVerifications, crate::runtime::Problem>,
    > + Send;
    /// Read the sandbox settings
    fn get_settings(
        &self,
        principal: Self::Principal,
    ) -> impl std::future::Future<
        Output = Result<responses::GetSettings, crate::runtime::Problem>,
    > + Send;
    /// Change the sandbox settings
    fn put_settings(
        &self,
        principal: Self::Principal,
        body: types::Settings,
    ) -> impl std::future::Future<
        Output = Result<responses::PutSettings, crate::runtime::Problem>,
    > + Send;
    /// Reset the sandbox
    ///
    /// Deletes the caller's cards (with their operations), its tokens, its consumer sessions,
    /// card mappings and verification transactions, and restores the default settings. Credentials and keys are kept, so the credentials file stays valid.
    fn reset_sandbox(
        &self,
        principal: Self::Principal,
    ) -> impl std::future::Future<
        Output = Result<responses::ResetSandbox, crate::runtime::Problem>,
    > + Send;
}
/// The poem-openapi service of `sandbox-admin.yaml`, calling a [`SandboxAdminApi`] implementation.
pub struct SandboxAdminApiService<T>(pub std::sync::Arc<T>);
#[poem_openapi::OpenApi]
impl<T: SandboxAdminApi> SandboxAdminApiService<T> {
    /// List the issuer's cards
    ///
    /// Every card of the issuer, in `cardId` order.
    #[oai(
        path = "/issuers/:issuerId/cards",
        method = "get",
        operation_id = "listCards",
        tag = "Tags::Cards"
    )]
    async fn list_cards(
        &self,
        auth: security::AdminKey,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
    ) -> responses::ListCards {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.list_cards(principal, issuer_id.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Register a card
    ///
    /// Adds a card to the issuer's registry. The PAN must be 12 to 19 digits with a valid Luhn
    /// check digit and the expiry a real month (MMYY). `verifyCard` then answers from this card:
    /// its state, its expiry and its CVV. A PAN or `cardId` already registered for the issuer is
    /// a 409.
    #[oai(
        path = "/issuers/:issuerId/cards",
        method = "post",
        operation_id = "registerCard",
        tag = "Tags::Cards"
    )]
    async fn register_card(
        &self,
        auth: security::AdminKey,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        body: crate::runtime::StrictJson<types::CardRegistration>,
    ) -> responses::RegisterCard {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.register_card(principal, issuer_id.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Read a card
    ///
    /// The card with its masked PAN, state, consumer, digital cards and operation count (its operations are listed by `listCardOperations`).
    #[oai(
        path = "/issuers/:issuerId/cards/:cardId",
        method = "get",
        operation_id = "getCard",
        tag = "Tags::Cards"
    )]
    async fn get_card(
        &self,
        auth: security::AdminKey,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        /// Unique identifier of the card.
        #[oai(name = "cardId")]
        card_id: poem_openapi::param::Path<types::CardId>,
    ) -> responses::GetCard {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.get_card(principal, issuer_id.0, card_id.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Change a card's state
    ///
    /// Sets the card's state. Any state may follow any other: the sandbox is a test fixture, not
    /// a card-management system. A DELETED card is answered as invalid by `verifyCard`.
    #[oai(
        path = "/issuers/:issuerId/cards/:cardId/state",
        method = "put",
        operation_id = "setCardState",
        tag = "Tags::Cards"
    )]
    async fn set_card_state(
        &self,
        auth: security::AdminKey,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        /// Unique identifier of the card.
        #[oai(name = "cardId")]
        card_id: poem_openapi::param::Path<types::CardId>,
        body: crate::runtime::StrictJson<types::CardStateChange>,
    ) -> responses::SetCardState {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.set_card_state(principal, issuer_id.0, card_id.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Unlock a card's CVV check
    ///
    /// Clears the card's count of consecutive wrong CVVs. After 3 wrong CVVs `verifyCard` answers
    /// `securityCode: {valid: false, verificationAttemptsExceeded: true}` whatever CVV is
    /// presented, so that the right one cannot be found by trying them all; the card stays
    /// locked until this is called (as an issuer's back office would, once the card holder is
    /// verified).
    #[oai(
        path = "/issuers/:issuerId/cards/:cardId/cvv-attempts",
        method = "delete",
        operation_id = "resetCvvAttempts",
        tag = "Tags::Cards"
    )]
    async fn reset_cvv_attempts(
        &self,
        auth: security::AdminKey,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        /// Unique identifier of the card.
        #[oai(name = "cardId")]
        card_id: poem_openapi::param::Path<types::CardId>,
    ) -> responses::ResetCvvAttempts {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.reset_cvv_attempts(principal, issuer_id.0, card_id.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Hold a card on file for wallets
    ///
    /// Makes an account the issuer holds on file for the card: its `walletCardAccountId` is what
    /// a wallet server sends in the TSH's `checkCardAccount` / `provisionCard` with cardSource
    /// `ON-FILE`.
    #[oai(
        path = "/issuers/:issuerId/cards/:cardId/on-file-accounts",
        method = "post",
        operation_id = "addOnFileAccount",
        tag = "Tags::Wallets"
    )]
    async fn add_on_file_account(
        &self,
        auth: security::AdminKey,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        /// Unique identifier of the card.
        #[oai(name = "cardId")]
        card_id: poem_openapi::param::Path<types::CardId>,
    ) -> responses::AddOnFileAccount {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.add_on_file_account(principal, issuer_id.0, card_id.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Mint a one-time password for provisioning the card
    ///
    /// A one-time password, as the issuer's back end gives a wallet during enrolment: the TSH's
    /// `provisionCard` checks it when `otp` is present (single use, good for `ttlSecs`,
    /// 600 when absent; only a keyed digest is stored, the value is shown once).
    #[oai(
        path = "/issuers/:issuerId/cards/:cardId/otps",
        method = "post",
        operation_id = "mintOtp",
        tag = "Tags::Wallets"
    )]
    async fn mint_otp(
        &self,
        auth: security::AdminKey,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        /// Unique identifier of the card.
        #[oai(name = "cardId")]
        card_id: poem_openapi::param::Path<types::CardId>,
        body: crate::runtime::StrictJson<types::OtpRequest>,
    ) -> responses::MintOtp {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.mint_otp(principal, issuer_id.0, card_id.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// List a card's wallet cards
    ///
    /// The card's wallet cards in every wallet (TSH), with their tasks and state history.
    #[oai(
        path = "/issuers/:issuerId/cards/:cardId/wallet-cards",
        method = "get",
        operation_id = "listWalletCards",
        tag = "Tags::Wallets"
    )]
    async fn list_wallet_cards(
        &self,
        auth: security::AdminKey,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        /// Unique identifier of the card.
        #[oai(name = "cardId")]
        card_id: poem_openapi::param::Path<types::CardId>,
    ) -> responses::ListWalletCards {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.list_wallet_cards(principal, issuer_id.0, card_id.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Force a wallet card's state
    ///
    /// Sets a wallet card's state directly, outside the state table, for testing a wallet
    /// server's handling of edge cases. The change is recorded in the card's history as
    /// `FORCED`; pending tasks that no longer apply from the new state are cancelled (FAILED).
    #[oai(
        path = "/issuers/:issuerId/wallet-cards/:walletCardId/state",
        method = "put",
        operation_id = "forceWalletCardState",
        tag = "Tags::Wallets"
    )]
    async fn force_wallet_card_state(
        &self,
        auth: security::AdminKey,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        /// The wallet card's id (the TSH's walletCardId).
        #[oai(name = "walletCardId")]
        wallet_card_id: poem_openapi::param::Path<types::WalletCardId>,
        body: crate::runtime::StrictJson<types::WalletCardStateChange>,
    ) -> responses::ForceWalletCardState {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0
                    .force_wallet_card_state(
                        principal,
                        issuer_id.0,
                        wallet_card_id.0,
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
    /// List an issuer's wallet assets
    ///
    /// The assets the TSH's getAsset serves for the issuer, and which of them checkCardAccount
    /// names (the terms and conditions, all zeros when none is required, and the card art).
    /// Each issuer starts with a default T&C text and a PNG card art, made on first use.
    #[oai(
        path = "/issuers/:issuerId/assets",
        method = "get",
        operation_id = "listAssets",
        tag = "Tags::Wallets"
    )]
    async fn list_assets(
        &self,
        auth: security::AdminKey,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
    ) -> responses::ListAssets {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.list_assets(principal, issuer_id.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Upload a wallet asset
    ///
    /// Adds an asset (at most 50 per issuer). The content is checked against its type: a PNG,
    /// JPEG or PDF must start as one; card art is an image, terms are text, HTML or PDF. It is
    /// served by getAsset once it is chosen or known by its GUID.
    #[oai(
        path = "/issuers/:issuerId/assets",
        method = "post",
        operation_id = "uploadAsset",
        tag = "Tags::Wallets"
    )]
    async fn upload_asset(
        &self,
        auth: security::AdminKey,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        body: crate::runtime::StrictJson<types::AssetUpload>,
    ) -> responses::UploadAsset {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.upload_asset(principal, issuer_id.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Choose the T&C and card art checkCardAccount names
    ///
    /// Which T&C the issuer requires (none when `termsAndConditionsId` is absent: then
    /// checkCardAccount answers all zeros) and which card art it shows; each GUID must be one
    /// of the issuer's assets of that kind.
    #[oai(
        path = "/issuers/:issuerId/assets/choice",
        method = "put",
        operation_id = "setAssetChoice",
        tag = "Tags::Wallets"
    )]
    async fn set_asset_choice(
        &self,
        auth: security::AdminKey,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        body: crate::runtime::StrictJson<types::AssetChoice>,
    ) -> responses::SetAssetChoice {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.set_asset_choice(principal, issuer_id.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// List a card's operations
    ///
    /// The operations D1 notified for the card (Card API v1 and v2), in the order first received, a page at a time: `limit` of them (100 when absent), after the one whose `sequence` is `after`; `next` is the `after` of the following page, absent on the last.
    #[oai(
        path = "/issuers/:issuerId/cards/:cardId/operations",
        method = "get",
        operation_id = "listCardOperations",
        tag = "Tags::Cards"
    )]
    async fn list_card_operations(
        &self,
        auth: security::AdminKey,
        /// The id of the issuer. Exactly 10 characters.
        #[oai(name = "issuerId", validator(min_length = 10usize, max_length = 10usize))]
        issuer_id: poem_openapi::param::Path<String>,
        /// Unique identifier of the card.
        #[oai(name = "cardId")]
        card_id: poem_openapi::param::Path<types::CardId>,
        /// The `sequence` of the last operation of the previous page.
        #[oai(name = "after", validator(minimum(value = 0.0, exclusive = false)))]
        after: poem_openapi::param::Query<Option<i64>>,
        /// The most operations in the page (100 when absent).
        #[oai(
            name = "limit",
            validator(
                minimum(value = 1.0, exclusive = false),
                maximum(value = 1000.0, exclusive = false)
            )
        )]
        limit: poem_openapi::param::Query<Option<i32>>,
    ) -> responses::ListCardOperations {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0
                    .list_card_operations(
                        principal,
                        issuer_id.0,
                        card_id.0,
                        after.0,
                        limit.0,
                    )
                    .await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// List the registered partners
    ///
    /// The caller's registered partner endpoints, one per role at most (secrets left out).
    #[oai(
        path = "/partners",
        method = "get",
        operation_id = "listPartners",
        tag = "Tags::Partners"
    )]
    async fn list_partners(&self, auth: security::AdminKey) -> responses::ListPartners {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.list_partners(principal).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Register a partner endpoint for the role the body names
    ///
    /// Registers (or replaces) the caller's endpoint for the body's `role`: the same
    /// description `d1-sandbox check` reads from a partner file (see the README), in
    /// camelCase. Each role's schema states the fields it needs (`PartnerRegistration` is a
    /// `oneOf` told apart by `role`, and `auth` one told apart by `type`), so a body the
    /// schema accepts is registered unless it names ids that are not the caller's (another
    /// tenant's, or ids no tenant has): those are answered 403 `FORBIDDEN` (d1-sandbox's
    /// assumption: naming what the caller does not own is a refusal of access, as for the
    /// Card API's issuers). A body the schema refuses is answered 400 `INVALID_REQUEST`.
    /// Secrets (`auth.clientSecret`, `auth.key`, `auth.password`, `controlKey`) are stored
    /// sealed and never answered back. (Version 1 of this document had the role in the
    /// path, `PUT /partners/{role}`; it moved into the body so that the schema can say per
    /// role what is valid.)
    #[oai(
        path = "/partners",
        method = "put",
        operation_id = "putPartner",
        tag = "Tags::Partners"
    )]
    async fn put_partner(
        &self,
        auth: security::AdminKey,
        body: crate::runtime::StrictJson<types::PartnerRegistration>,
    ) -> responses::PutPartner {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.put_partner(principal, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Read a registered partner
    #[oai(
        path = "/partners/:role",
        method = "get",
        operation_id = "getPartner",
        tag = "Tags::Partners"
    )]
    async fn get_partner(
        &self,
        auth: security::AdminKey,
        /// The role the partner plays.
        #[oai(name = "role")]
        role: poem_openapi::param::Path<types::PartnerRoleName>,
    ) -> responses::GetPartner {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.get_partner(principal, role.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Remove a registered partner
    ///
    /// D1's calls for the role go back to d1-sandbox's own implementation.
    #[oai(
        path = "/partners/:role",
        method = "delete",
        operation_id = "deletePartner",
        tag = "Tags::Partners"
    )]
    async fn delete_partner(
        &self,
        auth: security::AdminKey,
        /// The role the partner plays.
        #[oai(name = "role")]
        role: poem_openapi::param::Path<types::PartnerRoleName>,
    ) -> responses::DeletePartner {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.delete_partner(principal, role.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Trigger an event toward your registered partners
    ///
    /// Makes one message per registered partner the event concerns, stores them (durable
    /// before the answer), and lets the worker deliver them:
    /// `card-operation` (cardId, status; operation DIGITIZE unless given; operationId new
    /// unless given) → the issuer's `notifyCardOperation`; `token-created` (tokenId;
    /// correlationId new unless given) and `token-updated` (tokenId, tokenState;
    /// lastUpdateTimestamp now unless given) → the token requestor's notify-token-creation /
    /// notify-token-update and the merchant gateway's notify-update; `verification`
    /// (accessToken, deviceSerialNumber, sessionToken, serverCardId, uniqueReferenceCardId,
    /// bin) → the connecting party's notifyVerification, whose checkSignature is verified.
    /// 409 `NO_PARTNER` when no partner is registered for the roles concerned: the request is
    /// refused because of the sandbox's state, not its shape (d1-sandbox's assumption: 409, as
    /// registering a partner changes the answer). Each type's schema states the fields it
    /// needs (`EventRequest` is a `oneOf` told apart by `type`); a body it refuses is answered
    /// 400 `INVALID_REQUEST`.
    #[oai(
        path = "/events",
        method = "post",
        operation_id = "triggerEvent",
        tag = "Tags::Deliveries"
    )]
    async fn trigger_event(
        &self,
        auth: security::AdminKey,
        body: crate::runtime::StrictJson<types::EventRequest>,
    ) -> responses::TriggerEvent {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.trigger_event(principal, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// List the deliveries
    ///
    /// The messages to your partners, newest first, `limit` of them (100 when absent), those before `before` (the previous page's `next`), filtered by `state` and `role`.
    #[oai(
        path = "/deliveries",
        method = "get",
        operation_id = "listDeliveries",
        tag = "Tags::Deliveries"
    )]
    async fn list_deliveries(
        &self,
        auth: security::AdminKey,
        /// Only deliveries in this state.
        #[oai(name = "state")]
        state: poem_openapi::param::Query<Option<types::DeliveryState>>,
        /// Only deliveries to the partner of this role.
        #[oai(name = "role")]
        role: poem_openapi::param::Query<Option<types::PartnerRoleName>>,
        /// Only deliveries with a smaller id.
        #[oai(name = "before", validator(minimum(value = 0.0, exclusive = false)))]
        before: poem_openapi::param::Query<Option<i64>>,
        /// The most deliveries listed (100 when absent).
        #[oai(
            name = "limit",
            validator(
                minimum(value = 1.0, exclusive = false),
                maximum(value = 1000.0, exclusive = false)
            )
        )]
        limit: poem_openapi::param::Query<Option<i32>>,
    ) -> responses::ListDeliveries {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0
                    .list_deliveries(principal, state.0, role.0, before.0, limit.0)
                    .await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Count the deliveries
    ///
    /// How many deliveries are in each state, and how many attempts were made and retried.
    #[oai(
        path = "/deliveries/stats",
        method = "get",
        operation_id = "getDeliveryStats",
        tag = "Tags::Deliveries"
    )]
    async fn get_delivery_stats(
        &self,
        auth: security::AdminKey,
    ) -> responses::GetDeliveryStats {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.get_delivery_stats(principal).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Read a delivery and its attempts
    #[oai(
        path = "/deliveries/:deliveryId",
        method = "get",
        operation_id = "getDelivery",
        tag = "Tags::Deliveries"
    )]
    async fn get_delivery(
        &self,
        auth: security::AdminKey,
        /// The delivery's id.
        #[oai(name = "deliveryId", validator(minimum(value = 1.0, exclusive = false)))]
        delivery_id: poem_openapi::param::Path<i64>,
    ) -> responses::GetDelivery {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.get_delivery(principal, delivery_id.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Send a delivery again
    ///
    /// Makes the delivery pending again and due now, whatever its state (a failed one after you fixed your endpoint, a delivered one to see it twice); its age counts from now.
    #[oai(
        path = "/deliveries/:deliveryId/replay",
        method = "post",
        operation_id = "replayDelivery",
        tag = "Tags::Deliveries"
    )]
    async fn replay_delivery(
        &self,
        auth: security::AdminKey,
        /// The delivery's id.
        #[oai(name = "deliveryId", validator(minimum(value = 1.0, exclusive = false)))]
        delivery_id: poem_openapi::param::Path<i64>,
    ) -> responses::ReplayDelivery {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.replay_delivery(principal, delivery_id.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Stop a pending delivery
    #[oai(
        path = "/deliveries/:deliveryId/abort",
        method = "post",
        operation_id = "abortDelivery",
        tag = "Tags::Deliveries"
    )]
    async fn abort_delivery(
        &self,
        auth: security::AdminKey,
        /// The delivery's id.
        #[oai(name = "deliveryId", validator(minimum(value = 1.0, exclusive = false)))]
        delivery_id: poem_openapi::param::Path<i64>,
    ) -> responses::AbortDelivery {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.abort_delivery(principal, delivery_id.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// List a merchant's tokens
    ///
    /// The tokens of one of the caller's merchants (token requestor ids), as the token notifications left them: state, latest `lastUpdateTimestamp`, display fields, and the correlation id of the creation. 404 for a merchant that is not the caller's.
    #[oai(
        path = "/merchants/:merchantId/tokens",
        method = "get",
        operation_id = "listTokens",
        tag = "Tags::Tokens"
    )]
    async fn list_tokens(
        &self,
        auth: security::AdminKey,
        /// One of the caller's merchants (token requestor id).
        #[oai(
            name = "merchantId",
            validator(min_length = 1usize, max_length = 128usize)
        )]
        merchant_id: poem_openapi::param::Path<String>,
    ) -> responses::ListTokens {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.list_tokens(principal, merchant_id.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// List the notifications a token received
    ///
    /// Every notification received about the token (creation, updates, the merchant gateway's notify-update), in the order received, each with what it did (`APPLIED`, or `DISCARDED`: an update older than one already applied, or a creation of a token already known) and its correlation id; a page at a time (`limit`, 100 when absent; `after` the previous page's `next`).
    #[oai(
        path = "/merchants/:merchantId/tokens/:tokenId/notifications",
        method = "get",
        operation_id = "listTokenNotifications",
        tag = "Tags::Tokens"
    )]
    async fn list_token_notifications(
        &self,
        auth: security::AdminKey,
        /// One of the caller's merchants (token requestor id).
        #[oai(
            name = "merchantId",
            validator(min_length = 1usize, max_length = 128usize)
        )]
        merchant_id: poem_openapi::param::Path<String>,
        /// The token id.
        #[oai(name = "tokenId", validator(min_length = 1usize, max_length = 128usize))]
        token_id: poem_openapi::param::Path<String>,
        /// The `sequence` of the last notification of the previous page.
        #[oai(name = "after", validator(minimum(value = 0.0, exclusive = false)))]
        after: poem_openapi::param::Query<Option<i64>>,
        /// The most notifications in the page (100 when absent).
        #[oai(
            name = "limit",
            validator(
                minimum(value = 1.0, exclusive = false),
                maximum(value = 1000.0, exclusive = false)
            )
        )]
        limit: poem_openapi::param::Query<Option<i32>>,
    ) -> responses::ListTokenNotifications {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0
                    .list_token_notifications(
                        principal,
                        merchant_id.0,
                        token_id.0,
                        after.0,
                        limit.0,
                    )
                    .await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// List a merchant's failed tokenizations
    ///
    /// The creation notifications that reported a failed tokenization (`errorCode`; no token data), in the order received, a page at a time.
    #[oai(
        path = "/merchants/:merchantId/failed-tokenizations",
        method = "get",
        operation_id = "listFailedTokenizations",
        tag = "Tags::Tokens"
    )]
    async fn list_failed_tokenizations(
        &self,
        auth: security::AdminKey,
        /// One of the caller's merchants (token requestor id).
        #[oai(
            name = "merchantId",
            validator(min_length = 1usize, max_length = 128usize)
        )]
        merchant_id: poem_openapi::param::Path<String>,
        /// The `sequence` of the last notification of the previous page.
        #[oai(name = "after", validator(minimum(value = 0.0, exclusive = false)))]
        after: poem_openapi::param::Query<Option<i64>>,
        /// The most notifications in the page (100 when absent).
        #[oai(
            name = "limit",
            validator(
                minimum(value = 1.0, exclusive = false),
                maximum(value = 1000.0, exclusive = false)
            )
        )]
        limit: poem_openapi::param::Query<Option<i32>>,
    ) -> responses::ListFailedTokenizations {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0
                    .list_failed_tokenizations(
                        principal,
                        merchant_id.0,
                        after.0,
                        limit.0,
                    )
                    .await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Issue a consumer session
    ///
    /// Issues a consumer session for a consumer's device, as the connecting party does before
    /// a card verification: the answer's `accessToken` (48 characters, shown once; only its
    /// SHA-256 is stored) is what the verification service sends in `session.accessToken`,
    /// and the notification's `consumer.device.serialNumber` must be `deviceSerialNumber`.
    /// The session is accepted for `ttlSeconds` (3600 when absent; assumed).
    #[oai(
        path = "/connecting-party/sessions",
        method = "post",
        operation_id = "createConsumerSession",
        tag = "Tags::ConnectingParty"
    )]
    async fn create_consumer_session(
        &self,
        auth: security::AdminKey,
        body: crate::runtime::StrictJson<types::ConsumerSessionRequest>,
    ) -> responses::CreateConsumerSession {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.create_consumer_session(principal, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// List the card mappings
    ///
    /// Every verified card the connecting party mapped: one per `uniqueReferenceCardId` (stable per PAN), with the `serverCardId` it maps to now.
    #[oai(
        path = "/connecting-party/mappings",
        method = "get",
        operation_id = "listCardMappings",
        tag = "Tags::ConnectingParty"
    )]
    async fn list_card_mappings(
        &self,
        auth: security::AdminKey,
    ) -> responses::ListCardMappings {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.list_card_mappings(principal).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// List the verification transactions
    ///
    /// The verification transactions the connecting party answered, one per `session.token`, newest first, `limit` of them (100 when absent).
    #[oai(
        path = "/connecting-party/verifications",
        method = "get",
        operation_id = "listVerifications",
        tag = "Tags::ConnectingParty"
    )]
    async fn list_verifications(
        &self,
        auth: security::AdminKey,
        /// The most transactions listed (100 when absent).
        #[oai(
            name = "limit",
            validator(
                minimum(value = 1.0, exclusive = false),
                maximum(value = 1000.0, exclusive = false)
            )
        )]
        limit: poem_openapi::param::Query<Option<i32>>,
    ) -> responses::ListVerifications {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.list_verifications(principal, limit.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Read the sandbox settings
    #[oai(
        path = "/settings",
        method = "get",
        operation_id = "getSettings",
        tag = "Tags::Sandbox"
    )]
    async fn get_settings(&self, auth: security::AdminKey) -> responses::GetSettings {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.get_settings(principal).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Change the sandbox settings
    #[oai(
        path = "/settings",
        method = "put",
        operation_id = "putSettings",
        tag = "Tags::Sandbox"
    )]
    async fn put_settings(
        &self,
        auth: security::AdminKey,
        body: crate::runtime::StrictJson<types::Settings>,
    ) -> responses::PutSettings {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.put_settings(principal, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Reset the sandbox
    ///
    /// Deletes the caller's cards (with their operations), its tokens, its consumer sessions,
    /// card mappings and verification transactions, and restores the default settings. Credentials and keys are kept, so the credentials file stays valid.
    #[oai(
        path = "/reset",
        method = "post",
        operation_id = "resetSandbox",
        tag = "Tags::Sandbox"
    )]
    async fn reset_sandbox(&self, auth: security::AdminKey) -> responses::ResetSandbox {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_admin_key(auth.0).await?;
                self.0.reset_sandbox(principal).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
}
