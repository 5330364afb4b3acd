// generated from openapi/token-notifications.yaml — do not edit.
// poem-openapi server: types, responses, trait, service. `cargo build` regenerates it into OUT_DIR; the reviewable copy in generated/ is
// refreshed with `D1_BLESS=1 cargo test --test integration generated_code_is_fresh`.

/// `info.title` of `token-notifications.yaml`.
pub const TITLE: &str = "Token notifications (Thales COF Client API)";
/// `info.version` of the document.
pub const VERSION: &str = "1.42.0";
/// `info.description` of the document: the introduction a reader sees first.
pub const DESCRIPTION: Option<&str> = Some(
    "The notifications the Thales merchant tokenization service sends to a token requestor when a\ncard-on-file token is created or changes (source: seed 003, and the public \"Thales COF Client\nAPI\" v1.42).\n\nEvery call carries `Authorization: APIKEY <key>`, the technical identifier pre-defined at\non-boarding (see the `apiKey` security scheme), and a required `x-correlation-id`.\n\nA 2xx answer ends a notification. 400, 401 and 404 are not retried; 429, 500 and 503 are\nretried periodically with exponential backoff, so notifications about one token may arrive out\nof order: `lastUpdateTimestamp` decides, and older ones are discarded.\n\nEvery error uses the `Error` body `{ \"errorCode\", \"errorDescription\" }` (assumed, as in the\nmerchant-gateway API).\n",
);
/// `servers[0].url`: the path where the API is mounted.
pub const SERVER_URL: &str = "/tsh-cof";
/// `servers[0].description`.
pub const SERVER_DESCRIPTION: Option<&str> = Some(
    "d1-sandbox mounts this API under /tsh-cof (the source's server path).",
);
/// The tags' names in the order the document lists them (poem-openapi serves them
/// sorted; the served document is put back in this order).
pub const TAGS: &[&str] = &["Token Management"];
/// The API's short name (the document's file stem).
pub const STEM: &str = "token-notifications";
/// Every operation as (HTTP method, document path), for `Allow` headers.
pub const OPERATIONS: &[(&str, &str)] = &[
    ("POST", "/notify-token-creation"),
    ("POST", "/notify-token-update"),
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
    /// A token was created (or its creation failed).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct TokenCreationNotification {
        /// The token identifier.
        #[oai(
            rename = "tokenId",
            skip_serializing_if_is_none,
            validator(min_length = 1usize, max_length = 128usize)
        )]
        pub token_id: Option<String>,
        /// Identifier of the merchant provided by Thales at on-boarding.
        #[oai(
            rename = "merchantId",
            validator(min_length = 1usize, max_length = 128usize)
        )]
        pub merchant_id: String,
        /// The card bin returned by the scheme, just available for VISA and Mastercard SCOF.
        #[oai(
            rename = "cardBin",
            skip_serializing_if_is_none,
            validator(min_length = 6usize, max_length = 8usize)
        )]
        pub card_bin: Option<String>,
        /// The card last digits.
        #[oai(
            rename = "cardLastDigits",
            skip_serializing_if_is_none,
            validator(max_length = 5usize)
        )]
        pub card_last_digits: Option<String>,
        /// The card expiry date in format MMYY.
        #[oai(
            rename = "cardExpiryDate",
            skip_serializing_if_is_none,
            validator(max_length = 4usize)
        )]
        pub card_expiry_date: Option<String>,
        /// The token last digits.
        #[oai(
            rename = "tokenLastDigits",
            skip_serializing_if_is_none,
            validator(max_length = 5usize)
        )]
        pub token_last_digits: Option<String>,
        /// The token expiry date in format MMYY. This information can be missing. It is intended for
        /// display only at this step. Rely on token expiry date in create transaction response for
        /// storage.
        #[oai(
            rename = "tokenExpiryDate",
            skip_serializing_if_is_none,
            validator(max_length = 4usize)
        )]
        pub token_expiry_date: Option<String>,
        /// Payment Account Reference returned by the Scheme TSP.
        #[oai(
            rename = "par",
            skip_serializing_if_is_none,
            validator(max_length = 29usize)
        )]
        pub par: Option<String>,
        /// Specific to Visa. Another token identifier that shall be used only with Visa Cloud Token Framework.
        #[oai(
            rename = "vProvisionedTokenId",
            skip_serializing_if_is_none,
            validator(min_length = 1usize, max_length = 36usize)
        )]
        pub v_provisioned_token_id: Option<String>,
        /// Token or binding creation timestamp compliant with ISO 8601.
        #[oai(
            rename = "creationTimestamp",
            skip_serializing_if_is_none,
            validator(max_length = 64usize)
        )]
        pub creation_timestamp: Option<String>,
        /// When the tokenization failed, the error code (assumed).
        #[oai(
            rename = "errorCode",
            skip_serializing_if_is_none,
            validator(max_length = 64usize)
        )]
        pub error_code: Option<String>,
        /// When the tokenization failed, a description of the error (assumed).
        #[oai(
            rename = "errorMessage",
            skip_serializing_if_is_none,
            validator(max_length = 256usize)
        )]
        pub error_message: Option<String>,
    }
    impl crate::runtime::JsonKinds for TokenCreationNotification {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("tokenId") {
                None => {}
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
            match object.get("vProvisionedTokenId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "vProvisionedTokenId"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "vProvisionedTokenId"),
                    )?;
                }
            }
            match object.get("creationTimestamp") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "creationTimestamp"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "creationTimestamp"),
                    )?;
                }
            }
            match object.get("errorCode") {
                None => {}
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
            match object.get("errorMessage") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "errorMessage"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "errorMessage"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// A network token changed.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct TokenUpdateNotification {
        /// The token identifier.
        #[oai(rename = "tokenId", validator(min_length = 1usize, max_length = 128usize))]
        pub token_id: String,
        /// Identifier of the merchant provided by Thales at on-boarding.
        #[oai(
            rename = "merchantId",
            validator(min_length = 1usize, max_length = 128usize)
        )]
        pub merchant_id: String,
        #[oai(rename = "tokenState", skip_serializing_if_is_none)]
        pub token_state: Option<TokenState>,
        /// The card bin returned by the scheme, just available for VISA and Mastercard SCOF.
        #[oai(
            rename = "cardBin",
            skip_serializing_if_is_none,
            validator(min_length = 6usize, max_length = 8usize)
        )]
        pub card_bin: Option<String>,
        /// The card last digits.
        #[oai(
            rename = "cardLastDigits",
            skip_serializing_if_is_none,
            validator(max_length = 5usize)
        )]
        pub card_last_digits: Option<String>,
        /// The card expiry date in format MMYY.
        #[oai(
            rename = "cardExpiryDate",
            skip_serializing_if_is_none,
            validator(max_length = 4usize)
        )]
        pub card_expiry_date: Option<String>,
        /// The token last digits.
        #[oai(
            rename = "tokenLastDigits",
            skip_serializing_if_is_none,
            validator(max_length = 5usize)
        )]
        pub token_last_digits: Option<String>,
        /// The token expiry date in format MMYY. This information can be missing. It is intended for
        /// display only at this step. Rely on token expiry date in create transaction response for
        /// storage.
        #[oai(
            rename = "tokenExpiryDate",
            skip_serializing_if_is_none,
            validator(max_length = 4usize)
        )]
        pub token_expiry_date: Option<String>,
        /// Payment Account Reference returned by the Scheme TSP.
        #[oai(
            rename = "par",
            skip_serializing_if_is_none,
            validator(max_length = 29usize)
        )]
        pub par: Option<String>,
        /// Specific to Visa. Another token identifier that shall be used only with Visa Cloud Token Framework.
        #[oai(
            rename = "vProvisionedTokenId",
            skip_serializing_if_is_none,
            validator(min_length = 1usize, max_length = 36usize)
        )]
        pub v_provisioned_token_id: Option<String>,
        /// The list of device identifiers bound to the token as per Visa Cloud Token Framework.
        #[oai(rename = "deviceBindings", skip_serializing_if_is_none)]
        pub device_bindings: Option<Vec<String>>,
        /// If present and set to 'true', all pre-fetched cryptograms linked to the token shall be
        /// discarded as they are no more valid due to the token update.
        #[oai(rename = "discardCryptogram", default)]
        pub discard_cryptogram: bool,
        /// Token or binding creation timestamp compliant with ISO 8601.
        #[oai(
            rename = "creationTimestamp",
            skip_serializing_if_is_none,
            validator(max_length = 64usize)
        )]
        pub creation_timestamp: Option<String>,
        /// Token or binding last update timestamp compliant with ISO 8601. Used to discard obsolete
        /// notifications.
        #[oai(
            rename = "lastUpdateTimestamp",
            skip_serializing_if_is_none,
            validator(max_length = 64usize)
        )]
        pub last_update_timestamp: Option<String>,
    }
    impl crate::runtime::JsonKinds for TokenUpdateNotification {
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
            match object.get("tokenState") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "tokenState"));
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
            match object.get("vProvisionedTokenId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "vProvisionedTokenId"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "vProvisionedTokenId"),
                    )?;
                }
            }
            match object.get("deviceBindings") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "deviceBindings"),
                    );
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "deviceBindings");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            crate::runtime::expect_string(
                                item,
                                || {
                                    let parent = format!("{at}.{}", "deviceBindings");
                                    format!("{parent}[{i}]")
                                },
                            )?;
                        }
                    }
                }
            }
            match object.get("discardCryptogram") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "discardCryptogram"),
                    );
                }
                Some(_) => {}
            }
            match object.get("creationTimestamp") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "creationTimestamp"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "creationTimestamp"),
                    )?;
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
            Ok(())
        }
    }
    /// Token state. PCI token state can only be 'ACTIVE' or 'DELETED'. The seed gives a maximum
    /// length of 64 characters, which every value here respects; the value list is assumed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum TokenState {
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
    /// The error body of every 4xx and 5xx answer (assumed).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct Error {
        /// A stable, machine-readable error code.
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
    /// The answers of `notifyTokenCreation`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "notify_token_creation_bad_request")]
    pub enum NotifyTokenCreation {
        /// No content. The notification was accepted.
        #[oai(status = 204u16)]
        NoContent,
        /// Bad Request - not retried.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::Error>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::Error>),
        /// Unauthorized (missing or invalid APIKEY) - not retried.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// Unknown merchant or token - not retried.
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// Too many requests - retried with exponential backoff.
        #[oai(status = 429u16)]
        TooManyRequests(poem_openapi::payload::Json<super::types::Error>),
        /// Internal server error - retried with exponential backoff.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
        /// Service unavailable - retried with exponential backoff.
        #[oai(status = 503u16)]
        ServiceUnavailable(poem_openapi::payload::Json<super::types::Error>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for NotifyTokenCreation {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    NotifyTokenCreation::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    NotifyTokenCreation::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    NotifyTokenCreation::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    NotifyTokenCreation::NotFound(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                404u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    NotifyTokenCreation::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    NotifyTokenCreation::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    NotifyTokenCreation::Status408(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    NotifyTokenCreation::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    NotifyTokenCreation::ServiceUnavailable(
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
    pub fn notify_token_creation_bad_request(err: poem::Error) -> NotifyTokenCreation {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `notifyTokenUpdate`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "notify_token_update_bad_request")]
    pub enum NotifyTokenUpdate {
        /// No content. The notification was accepted (or discarded as obsolete).
        #[oai(status = 204u16)]
        NoContent,
        /// Bad Request - not retried.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::Error>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::Error>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::Error>),
        /// Unauthorized (missing or invalid APIKEY) - not retried.
        #[oai(status = 401u16)]
        Unauthorized(poem_openapi::payload::Json<super::types::Error>),
        /// Unknown merchant or token - not retried.
        #[oai(status = 404u16)]
        NotFound(poem_openapi::payload::Json<super::types::Error>),
        /// Too many requests - retried with exponential backoff.
        #[oai(status = 429u16)]
        TooManyRequests(poem_openapi::payload::Json<super::types::Error>),
        /// Internal server error - retried with exponential backoff.
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::Error>),
        /// Service unavailable - retried with exponential backoff.
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
                    NotifyTokenUpdate::Unauthorized(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                401u16,
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
                    NotifyTokenUpdate::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    NotifyTokenUpdate::Status408(
                        poem_openapi::payload::Json(
                            <super::types::Error as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
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
    /// Technical identifier pre-defined at on-boarding that identifies the API consumer. Format
    /// shall be the string 'APIKEY' followed by a space and the api key value.
    /// Example: APIKEY c03f88fe-01ba-11e8-ba89-0ed5f89f718b
    #[derive(poem_openapi::SecurityScheme)]
    #[oai(
        rename = "apiKey",
        ty = "api_key",
        key_in = "header",
        key_name = "Authorization"
    )]
    pub struct ApiKey(pub poem_openapi::auth::ApiKey);
}
/// The document's tags.
#[derive(poem_openapi::Tags)]
pub enum Tags {
    /// Token creation and update notifications.
    #[oai(rename = "Token Management")]
    TokenManagement,
}
/// The operations of `token-notifications.yaml`: implement this trait to serve the API. The generated service has already extracted and validated every input, and authenticated the caller where the document asks for it.
pub trait TokenNotificationsApi: Send + Sync + 'static {
    /// What a successful authentication yields; passed to every protected operation.
    type Principal: Send + 'static;
    /// Checks a `apiKey` credential: the principal, or the problem that refuses it.
    fn authenticate_api_key(
        &self,
        credential: poem_openapi::auth::ApiKey,
    ) -> impl std::future::Future<
        Output = Result<Self::Principal, crate::runtime::Problem>,
    > + Send;
    /// Notify Token Creation
    ///
    /// Notify the token requestor about a token creation.
    ///
    /// The notification shares the same 'x-correlation-id' as in the create token request.
    ///
    /// If the tokenization failed, the notification only contains information about the error
    /// (`errorCode`, `errorMessage`; assumed names). No token data is provided.
    ///
    /// In case of retryable error returned by the token requestor, the notification will be resent
    /// periodically with exponential backoff.
    fn notify_token_creation(
        &self,
        principal: Self::Principal,
        x_correlation_id: types::XCorrelationId,
        body: types::TokenCreationNotification,
    ) -> impl std::future::Future<
        Output = Result<responses::NotifyTokenCreation, crate::runtime::Problem>,
    > + Send;
    /// Notify Token Update
    ///
    /// Notify the token requestor about a network token update.
    ///
    /// In case of retryable error returned by the token requestor, the notification will be resent
    /// periodically with exponential backoff.
    ///
    /// In case of error and retry, all the notifications regarding a token may not be sent in
    /// correct order. The parameter 'lastUpdateTimestamp' shall be used to discard obsolete
    /// notifications.
    ///
    /// Most of the time, the TMG sends all the information it has for the token. But there are some
    /// edge error cases for which only the 'tokenId' and the 'tokenState' are sent.
    fn notify_token_update(
        &self,
        principal: Self::Principal,
        x_correlation_id: types::XCorrelationId,
        body: types::TokenUpdateNotification,
    ) -> impl std::future::Future<
        Output = Result<responses::NotifyTokenUpdate, crate::runtime::Problem>,
    > + Send;
}
/// The poem-openapi service of `token-notifications.yaml`, calling a [`TokenNotificationsApi`] implementation.
pub struct TokenNotificationsApiService<T>(pub std::sync::Arc<T>);
#[poem_openapi::OpenApi]
impl<T: TokenNotificationsApi> TokenNotificationsApiService<T> {
    /// Notify Token Creation
    ///
    /// Notify the token requestor about a token creation.
    ///
    /// The notification shares the same 'x-correlation-id' as in the create token request.
    ///
    /// If the tokenization failed, the notification only contains information about the error
    /// (`errorCode`, `errorMessage`; assumed names). No token data is provided.
    ///
    /// In case of retryable error returned by the token requestor, the notification will be resent
    /// periodically with exponential backoff.
    #[oai(
        path = "/notify-token-creation",
        method = "post",
        operation_id = "notifyTokenCreation",
        tag = "Tags::TokenManagement"
    )]
    async fn notify_token_creation(
        &self,
        auth: security::ApiKey,
        /// A unique message identifier. It eventually correlates the notification with a request if
        /// any. The goal is to help on customer support when needed. (Pattern as in the newer D1
        /// specifications; assumed here.)
        #[oai(name = "x-correlation-id")]
        x_correlation_id: poem_openapi::param::Header<types::XCorrelationId>,
        body: crate::runtime::StrictJson<types::TokenCreationNotification>,
    ) -> responses::NotifyTokenCreation {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_api_key(auth.0).await?;
                self.0.notify_token_creation(principal, x_correlation_id.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Notify Token Update
    ///
    /// Notify the token requestor about a network token update.
    ///
    /// In case of retryable error returned by the token requestor, the notification will be resent
    /// periodically with exponential backoff.
    ///
    /// In case of error and retry, all the notifications regarding a token may not be sent in
    /// correct order. The parameter 'lastUpdateTimestamp' shall be used to discard obsolete
    /// notifications.
    ///
    /// Most of the time, the TMG sends all the information it has for the token. But there are some
    /// edge error cases for which only the 'tokenId' and the 'tokenState' are sent.
    #[oai(
        path = "/notify-token-update",
        method = "post",
        operation_id = "notifyTokenUpdate",
        tag = "Tags::TokenManagement"
    )]
    async fn notify_token_update(
        &self,
        auth: security::ApiKey,
        /// A unique message identifier. It eventually correlates the notification with a request if
        /// any. The goal is to help on customer support when needed. (Pattern as in the newer D1
        /// specifications; assumed here.)
        #[oai(name = "x-correlation-id")]
        x_correlation_id: poem_openapi::param::Header<types::XCorrelationId>,
        body: crate::runtime::StrictJson<types::TokenUpdateNotification>,
    ) -> responses::NotifyTokenUpdate {
        let answer = crate::runtime::catch_panic(async move {
                let principal = self.0.authenticate_api_key(auth.0).await?;
                self.0.notify_token_update(principal, x_correlation_id.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
}
