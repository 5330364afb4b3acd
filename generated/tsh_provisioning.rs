// generated from openapi/tsh-provisioning.yaml — do not edit.
// poem-openapi server: types, responses, trait, service. `cargo build` regenerates it into OUT_DIR; the reviewable copy in generated/ is
// refreshed with `D1_BLESS=1 cargo test --test integration generated_code_is_fresh`.

/// `info.title` of `tsh-provisioning.yaml`.
pub const TITLE: &str = "TSH Provisioning and Management API";
/// `info.version` of the document.
pub const VERSION: &str = "1.0.8";
/// `info.description` of the document: the introduction a reader sees first.
pub const DESCRIPTION: Option<&str> = Some(
    "The Token Service Hub (TSH) API a wallet server calls to add a card to a wallet and manage it\n(source: seed 001, \"プロビジョニングおよび管理 API\", and the public \"TSH Transit API – WS to TSH\"\nv1.0.8 pages).\n\nThe usual flow: `checkCardAccount` (may the card be added?), `getAsset` for the terms and\nconditions and each card-art GUID, `provisionCard`, then `sendScriptCallback` and\n`updateCardCallback` answering TSH's `sendScript` / `updateCard` calls, status polling\n(`getCardStatus`, `getCardAccountStatus`), command polling (`getCardCommands`) and `manageCard`\n(PARK or DELETE).\n\nEvery operation is `POST /<operationName>`. No security scheme is declared: in real deployments\nthe transport is mutually authenticated TLS, which is outside the API document.\n\nEvery answer carries a `responseHeader`. Errors use the `ErrorResponse` body, which is the\n`responseHeader` alone with a non-zero `statusCode` and a `statusMessage` (assumed: the source\ndeclares only 200 and 500, without an error body). 400 is declared for invalid input (assumed).\n\n## How d1-sandbox plays TSH (assumed where the source is silent)\n\n- **Card data.** `opaqueCardAccountData` (USER-INPUT, CLIENT-SDK, READER-MODE) is the card\n  data as a compact JWE to the issuer's key: the same plaintext as the Card API's\n  verifyCard `encryptedData` (`d1-sandbox encrypt-card` mints one). It is decrypted to find\n  the card and never kept; a card the issuer does not hold is refused\n  (`UNKNOWN_CARD_ACCOUNT`), never registered (verifyCard may register one; this API has no\n  credential). `walletCardAccountId` (ON-FILE) names an account the issuer\n  holds on file for one of its cards.\n- **Eligibility** is the issuer's: the card registry's rules (state, expiry, security code\n  and its attempts), or, when the tenant registered an issuer endpoint, that endpoint's\n  verifyCard answer (the card data encrypted again to its key); no readable answer is\n  `ISSUER_UNAVAILABLE`.\n- **Ids.** `walletCardId`, `walletCardAccountId` and task ids are opaque strings of at most\n  64 characters; asset ids are GUIDs. One wallet card account per card and wallet account;\n  the same card in another device of that wallet account is a new wallet card under it.\n- **Commands.** provisionCard queues a `SEND_SCRIPT` task; a change of the issuer's card\n  queues an `UPDATE_CARD` (`SUSPEND`, `RESUME`, `DELETE`) for each wallet card it applies to\n  once the card's pending tasks are applied. getCardCommands lists the pending tasks, oldest\n  first, and callbacks answer them in that order. updateCardCallback `0` applies the\n  update, `911` fails the task (the state stays; later tasks that no longer apply are\n  cancelled), `921` leaves it pending.\n- **States.** Each wallet card follows this table (— : refused with\n  `TRANSITION_NOT_ALLOWED`); a wallet card account shows its liveliest wallet card's state\n  (ACTIVE, then SUSPENDED_ISSUER, SUSPENDED_WALLET, CREATED, else DELETED):\n\n  | state \\ event | SCRIPT_APPLIED | ISSUER_SUSPEND | ISSUER_RESUME | ISSUER_DELETE | PARK | WALLET_DELETE |\n  |---|---|---|---|---|---|---|\n  | CREATED | ACTIVE | — | — | DELETED | — | DELETED |\n  | ACTIVE | — | SUSPENDED_ISSUER | — | DELETED | SUSPENDED_WALLET | — |\n  | SUSPENDED_ISSUER | — | — | ACTIVE | DELETED | — | — |\n  | SUSPENDED_WALLET | — | SUSPENDED_ISSUER | — | DELETED | — | — |\n  | DELETED | — | — | — | — | — | — |\n\n- **Refusals** are 400 `ErrorResponse` whose `statusMessage` starts with a code:\n  `UNKNOWN_ISSUER`, `INVALID_DESCRIPTOR` (the descriptor does not fit `cardSource`),\n  `INVALID_CARD_DATA`, `UNKNOWN_CARD_ACCOUNT`, `CARD_INVALID`, `CARD_LOST_OR_STOLEN`,\n  `CARD_FRAUD_SUSPECT`, `CARD_EXPIRED`, `CVV_INVALID`, `CVV_ATTEMPTS_EXCEEDED`,\n  `UNKNOWN_ASSET`, `LAST_DIGITS_MISMATCH`, `OTP_INVALID`, `OTP_EXPIRED`,\n  `UNKNOWN_WALLET_CARD`, `UNKNOWN_WALLET_CARD_ACCOUNT`, `UNKNOWN_TASK`,\n  `TASK_ALREADY_COMPLETED`, `TASK_TYPE_MISMATCH`, `TASK_NOT_NEXT`, `SE_ID_REQUIRED`,\n  `SE_ID_MISMATCH`, `TRANSITION_NOT_ALLOWED`, `WRONG_POD`, `ISSUER_UNAVAILABLE`, `WALLET_LIMIT` (a card is in at\n  most 20 wallet accounts, and a wallet card account holds at most 20 wallet cards, deleted\n  ones included).\n- **cardLastDigits.** The registry keeps a card's last four digits: of five given, the last\n  four are compared.\n- **Pods.** Each wallet card account lives on one simulated pod, named by the `x-pod`\n  header of every successful answer about it. With the tenant's\n  `strictPods` setting on, a request about it whose `x-pod` names another pod is refused\n  with `WRONG_POD`.\n",
);
/// `servers[0].url`: the path where the API is mounted.
pub const SERVER_URL: &str = "/tsh";
/// `servers[0].description`.
pub const SERVER_DESCRIPTION: Option<&str> = Some(
    "d1-sandbox mounts this API under /tsh (assumed).",
);
/// The tags' names in the order the document lists them (poem-openapi serves them
/// sorted; the served document is put back in this order).
pub const TAGS: &[&str] = &["Provisioning", "Callbacks", "Management"];
/// The API's short name (the document's file stem).
pub const STEM: &str = "tsh-provisioning";
/// Every operation as (HTTP method, document path), for `Allow` headers.
pub const OPERATIONS: &[(&str, &str)] = &[
    ("POST", "/checkCardAccount"),
    ("POST", "/getAsset"),
    ("POST", "/provisionCard"),
    ("POST", "/manageCard"),
    ("POST", "/sendScriptCallback"),
    ("POST", "/updateCardCallback"),
    ("POST", "/getCardStatus"),
    ("POST", "/getCardAccountStatus"),
    ("POST", "/getCardCommands"),
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
    /// The header of every answer (from a sibling TSH specification).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct ResponseHeader {
        /// Unique identifier of this answer.
        #[oai(rename = "responseId", validator(max_length = 64usize))]
        pub response_id: String,
        /// Identifier of the session the request belongs to.
        #[oai(
            rename = "sessionId",
            skip_serializing_if_is_none,
            validator(max_length = 64usize)
        )]
        pub session_id: Option<String>,
        /// When the answer was generated.
        #[oai(rename = "generationDateTime")]
        pub generation_date_time: chrono::DateTime<chrono::FixedOffset>,
        /// 0 when the request succeeded; non-zero otherwise (e.g. 400, 500).
        #[oai(rename = "statusCode")]
        pub status_code: f64,
        /// A textual status message (assumed).
        #[oai(
            rename = "statusMessage",
            skip_serializing_if_is_none,
            validator(max_length = 256usize)
        )]
        pub status_message: Option<String>,
    }
    impl crate::runtime::JsonKinds for ResponseHeader {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("responseId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "responseId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "responseId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "responseId"),
                    )?;
                }
            }
            match object.get("sessionId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "sessionId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "sessionId"),
                    )?;
                }
            }
            match object.get("generationDateTime") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "generationDateTime"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "generationDateTime"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "generationDateTime"),
                    )?;
                }
            }
            match object.get("statusCode") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "statusCode"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "statusCode"));
                }
                Some(_) => {}
            }
            match object.get("statusMessage") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "statusMessage"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "statusMessage"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The body of every 4xx and 5xx answer (assumed).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct ErrorResponse {
        #[oai(rename = "responseHeader")]
        pub response_header: ResponseHeader,
    }
    impl crate::runtime::JsonKinds for ErrorResponse {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("responseHeader") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "responseHeader"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "responseHeader"),
                    );
                }
                Some(v) => {
                    <ResponseHeader as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "responseHeader"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The Card Account Descriptor. Depending on cardSource, it shall be formatted as follows:
    /// - For ON-FILE: "cardAccountDescriptor" : {"walletCardAccountId" : "1234"}
    /// - For USER-INPUT, CLIENT-SDK and READER-MODE: "cardAccountDescriptor" : {"opaqueCardAccountData" : "data returned by Issuer backend to Wallet"}
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardAccountDescriptor {
        /// The Wallet Card Account Identifier, for cardSource ON-FILE (length assumed).
        #[oai(
            rename = "walletCardAccountId",
            skip_serializing_if_is_none,
            validator(min_length = 1usize, max_length = 64usize)
        )]
        pub wallet_card_account_id: Option<String>,
        /// Data returned by the issuer back end to the wallet, for the other card sources (length assumed).
        #[oai(
            rename = "opaqueCardAccountData",
            skip_serializing_if_is_none,
            validator(min_length = 1usize, max_length = 4096usize)
        )]
        pub opaque_card_account_data: Option<String>,
    }
    impl crate::runtime::JsonKinds for CardAccountDescriptor {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("walletCardAccountId") {
                None => {}
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
            match object.get("opaqueCardAccountData") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "opaqueCardAccountData"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "opaqueCardAccountData"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// Where the card data comes from.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum CardSource {
        ///ON-FILE
        #[oai(rename = "ON-FILE")]
        OnFile,
        ///USER-INPUT
        #[oai(rename = "USER-INPUT")]
        UserInput,
        ///CLIENT-SDK
        #[oai(rename = "CLIENT-SDK")]
        ClientSdk,
        ///READER-MODE
        #[oai(rename = "READER-MODE")]
        ReaderMode,
    }
    /// checkCardAccount request payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CheckCardAccountRequest {
        /// The Card Issuer Identifier. Unique for each card issuer.
        #[oai(rename = "issuerId", validator(min_length = 1usize, max_length = 16usize))]
        pub issuer_id: String,
        #[oai(rename = "cardAccountDescriptor")]
        pub card_account_descriptor: CardAccountDescriptor,
        #[oai(rename = "cardSource")]
        pub card_source: CardSource,
    }
    impl crate::runtime::JsonKinds for CheckCardAccountRequest {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
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
            match object.get("cardAccountDescriptor") {
                None => {
                    return Err(
                        format!(
                            "{at}.{}: required, and missing", "cardAccountDescriptor"
                        ),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "cardAccountDescriptor"),
                    );
                }
                Some(v) => {
                    <CardAccountDescriptor as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "cardAccountDescriptor"),
                    )?;
                }
            }
            match object.get("cardSource") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "cardSource"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "cardSource"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// checkCardAccount response payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CheckCardAccountResponse {
        #[oai(rename = "responseHeader")]
        pub response_header: ResponseHeader,
        /// Unique identifier of the T&C to be presented to the end user. If T&Cs are not required,
        /// all 0's should be returned. getAsset API will be used to retrieve the T&Cs content.
        #[oai(rename = "termsAndConditionsId", validator(max_length = 64usize))]
        pub terms_and_conditions_id: String,
        /// Array of GUIDs required to build card art. Each cart art can be retrieved using getAsset
        /// API with corresponding GUID.
        #[oai(rename = "cardArtManifest")]
        pub card_art_manifest: Vec<CheckCardAccountResponseCardArtManifestItem>,
    }
    impl crate::runtime::JsonKinds for CheckCardAccountResponse {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("responseHeader") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "responseHeader"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "responseHeader"),
                    );
                }
                Some(v) => {
                    <ResponseHeader as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "responseHeader"),
                    )?;
                }
            }
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
            match object.get("cardArtManifest") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "cardArtManifest"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "cardArtManifest"),
                    );
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "cardArtManifest");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            crate::runtime::expect_string_with(
                                item,
                                CheckCardAccountResponseCardArtManifestItem::check,
                                || {
                                    let parent = format!("{at}.{}", "cardArtManifest");
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
    pub struct CheckCardAccountResponseCardArtManifestItem(pub String);
    impl CheckCardAccountResponseCardArtManifestItem {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            if value.chars().count() > 64usize {
                return Err(format!("longer than {} characters", 64usize));
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for CheckCardAccountResponseCardArtManifestItem {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(CheckCardAccountResponseCardArtManifestItem)".into()
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
    impl poem_openapi::types::ParseFromJSON
    for CheckCardAccountResponseCardArtManifestItem {
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
    for CheckCardAccountResponseCardArtManifestItem {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for CheckCardAccountResponseCardArtManifestItem {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for CheckCardAccountResponseCardArtManifestItem {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<CheckCardAccountResponseCardArtManifestItem> for String {
        fn from(value: CheckCardAccountResponseCardArtManifestItem) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for CheckCardAccountResponseCardArtManifestItem {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for CheckCardAccountResponseCardArtManifestItem {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// getAsset request payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct GetAssetRequest {
        /// The GUID of the asset (a termsAndConditionsId or a cardArtManifest entry).
        #[oai(rename = "guid", validator(min_length = 1usize, max_length = 64usize))]
        pub guid: String,
    }
    impl crate::runtime::JsonKinds for GetAssetRequest {
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
            Ok(())
        }
    }
    /// getAsset response payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct GetAssetResponse {
        #[oai(rename = "responseHeader")]
        pub response_header: ResponseHeader,
        /// The media type of the asset (assumed).
        #[oai(rename = "contentType")]
        pub content_type: GetAssetResponseContentType,
        /// The asset's bytes, base64-encoded (standard alphabet, padded) (assumed).
        #[oai(rename = "content")]
        pub content: String,
    }
    impl crate::runtime::JsonKinds for GetAssetResponse {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("responseHeader") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "responseHeader"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "responseHeader"),
                    );
                }
                Some(v) => {
                    <ResponseHeader as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "responseHeader"),
                    )?;
                }
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
                    crate::runtime::expect_string(v, || format!("{at}.{}", "content"))?;
                }
            }
            Ok(())
        }
    }
    /// The media type of the asset (assumed).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum GetAssetResponseContentType {
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
    /// provisionCard request payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct ProvisionCardRequest {
        /// The Card Issuer Identifier. Unique for each card issuer.
        #[oai(rename = "issuerId", validator(min_length = 1usize, max_length = 16usize))]
        pub issuer_id: String,
        #[oai(rename = "cardAccountDescriptor")]
        pub card_account_descriptor: CardAccountDescriptor,
        /// The Wallet Account Identifier. Unique for each wallet account (name and length assumed).
        #[oai(
            rename = "walletAccountId",
            validator(min_length = 1usize, max_length = 64usize)
        )]
        pub wallet_account_id: String,
        /// The Card last 4 or 5 digits (name assumed).
        #[oai(rename = "cardLastDigits")]
        pub card_last_digits: ProvisionCardRequestCardLastDigits,
        /// Cryptographic OTP computed by Issuer backend and returned to the wallet during enrolment.
        /// It will be checked by TSH if it's provided (name and length assumed).
        #[oai(
            rename = "otp",
            skip_serializing_if_is_none,
            validator(min_length = 1usize, max_length = 256usize)
        )]
        pub otp: Option<String>,
    }
    impl crate::runtime::JsonKinds for ProvisionCardRequest {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
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
            match object.get("cardAccountDescriptor") {
                None => {
                    return Err(
                        format!(
                            "{at}.{}: required, and missing", "cardAccountDescriptor"
                        ),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "cardAccountDescriptor"),
                    );
                }
                Some(v) => {
                    <CardAccountDescriptor as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "cardAccountDescriptor"),
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
            match object.get("cardLastDigits") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "cardLastDigits"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "cardLastDigits"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        ProvisionCardRequestCardLastDigits::check,
                        || format!("{at}.{}", "cardLastDigits"),
                    )?;
                }
            }
            match object.get("otp") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "otp"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "otp"))?;
                }
            }
            Ok(())
        }
    }
    /// The Card last 4 or 5 digits (name assumed).
    #[derive(Debug, Clone, PartialEq)]
    pub struct ProvisionCardRequestCardLastDigits(pub String);
    impl ProvisionCardRequestCardLastDigits {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^[0-9]{4,5}$").expect("checked by the generator"));
            if !PATTERN.is_match(value) {
                return Err(format!("does not match the pattern {}", "^[0-9]{4,5}$"));
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for ProvisionCardRequestCardLastDigits {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(ProvisionCardRequestCardLastDigits)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^[0-9]{4,5}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for ProvisionCardRequestCardLastDigits {
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
    impl poem_openapi::types::ParseFromParameter for ProvisionCardRequestCardLastDigits {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for ProvisionCardRequestCardLastDigits {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for ProvisionCardRequestCardLastDigits {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<ProvisionCardRequestCardLastDigits> for String {
        fn from(value: ProvisionCardRequestCardLastDigits) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for ProvisionCardRequestCardLastDigits {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for ProvisionCardRequestCardLastDigits {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// provisionCard response payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct ProvisionCardResponse {
        #[oai(rename = "responseHeader")]
        pub response_header: ResponseHeader,
        /// The Wallet Card Identifier. Unique for each wallet card.
        #[oai(rename = "walletCardId", validator(max_length = 64usize))]
        pub wallet_card_id: String,
        /// The Wallet Card Account Identifier. Unique for each wallet card account.
        #[oai(rename = "walletCardAccountId", validator(max_length = 64usize))]
        pub wallet_card_account_id: String,
    }
    impl crate::runtime::JsonKinds for ProvisionCardResponse {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("responseHeader") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "responseHeader"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "responseHeader"),
                    );
                }
                Some(v) => {
                    <ResponseHeader as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "responseHeader"),
                    )?;
                }
            }
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
            Ok(())
        }
    }
    /// manageCard request payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct ManageCardRequest {
        /// The Card Issuer Identifier. Unique for each card issuer.
        #[oai(rename = "issuerId", validator(min_length = 1usize, max_length = 16usize))]
        pub issuer_id: String,
        /// The Wallet Card Identifier. Unique for each wallet card.
        #[oai(
            rename = "walletCardId",
            validator(min_length = 1usize, max_length = 64usize)
        )]
        pub wallet_card_id: String,
        /// The operation to perform on the card. Note: - PARK is to be used for an already
        /// provisioned card. - Whereas DELETE is to be used for failed provisioning.
        #[oai(rename = "operation")]
        pub operation: ManageCardRequestOperation,
    }
    impl crate::runtime::JsonKinds for ManageCardRequest {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
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
            match object.get("operation") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "operation"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "operation"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// The operation to perform on the card. Note: - PARK is to be used for an already
    /// provisioned card. - Whereas DELETE is to be used for failed provisioning.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum ManageCardRequestOperation {
        ///PARK
        #[oai(rename = "PARK")]
        Park,
        ///DELETE
        #[oai(rename = "DELETE")]
        Delete,
    }
    /// manageCard response payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct ManageCardResponse {
        #[oai(rename = "responseHeader")]
        pub response_header: ResponseHeader,
    }
    impl crate::runtime::JsonKinds for ManageCardResponse {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("responseHeader") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "responseHeader"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "responseHeader"),
                    );
                }
                Some(v) => {
                    <ResponseHeader as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "responseHeader"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// sendScriptCallback request payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct SendScriptCallbackRequest {
        /// Unique task identifier used to correlate a callback to a request.
        #[oai(rename = "taskId", validator(min_length = 1usize, max_length = 64usize))]
        pub task_id: String,
    }
    impl crate::runtime::JsonKinds for SendScriptCallbackRequest {
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
            Ok(())
        }
    }
    /// sendScriptCallback response payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct SendScriptCallbackResponse {
        #[oai(rename = "responseHeader")]
        pub response_header: ResponseHeader,
    }
    impl crate::runtime::JsonKinds for SendScriptCallbackResponse {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("responseHeader") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "responseHeader"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "responseHeader"),
                    );
                }
                Some(v) => {
                    <ResponseHeader as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "responseHeader"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// updateCardCallback request payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct UpdateCardCallbackRequest {
        /// Unique task identifier used to correlate a callback to a request.
        #[oai(rename = "taskId", validator(min_length = 1usize, max_length = 64usize))]
        pub task_id: String,
        /// Status code to the request: 0 OK, 911 Operation failed, 921 Unexpected server error.
        #[oai(rename = "statusCode")]
        pub status_code: UpdateCardCallbackRequestStatusCode,
        /// Textual status message (length assumed).
        #[oai(
            rename = "statusMessage",
            skip_serializing_if_is_none,
            validator(max_length = 256usize)
        )]
        pub status_message: Option<String>,
    }
    impl crate::runtime::JsonKinds for UpdateCardCallbackRequest {
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
            match object.get("statusCode") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "statusCode"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "statusCode"));
                }
                Some(_) => {}
            }
            match object.get("statusMessage") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "statusMessage"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "statusMessage"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// Status code to the request: 0 OK, 911 Operation failed, 921 Unexpected server error.
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateCardCallbackRequestStatusCode(pub i32);
    impl UpdateCardCallbackRequestStatusCode {
        /// Checks a value against the document's constraints.
        pub fn check(value: &i32) -> Result<(), String> {
            if ![0, 911, 921].contains(value) {
                return Err(format!("not one of {}", "0, 911, 921"));
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for UpdateCardCallbackRequestStatusCode {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "integer(UpdateCardCallbackRequestStatusCode)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: Some("int32"),
                    min_length: None,
                    max_length: None,
                    pattern: None,
                    minimum: None,
                    exclusive_minimum: None,
                    maximum: None,
                    exclusive_maximum: None,
                    multiple_of: None,
                    enum_items: vec![
                        serde_json::json!(0i64), serde_json::json!(911i64),
                        serde_json::json!(921i64)
                    ],
                    ..poem_openapi::registry::MetaSchema::new("integer")
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
    impl poem_openapi::types::ParseFromJSON for UpdateCardCallbackRequestStatusCode {
        fn parse_from_json(
            value: Option<serde_json::Value>,
        ) -> poem_openapi::types::ParseResult<Self> {
            let value = <i32 as poem_openapi::types::ParseFromJSON>::parse_from_json(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ParseFromParameter
    for UpdateCardCallbackRequestStatusCode {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <i32 as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for UpdateCardCallbackRequestStatusCode {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<i32> for UpdateCardCallbackRequestStatusCode {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl From<UpdateCardCallbackRequestStatusCode> for i32 {
        fn from(value: UpdateCardCallbackRequestStatusCode) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for UpdateCardCallbackRequestStatusCode {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for UpdateCardCallbackRequestStatusCode {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    /// updateCardCallback response payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct UpdateCardCallbackResponse {
        #[oai(rename = "responseHeader")]
        pub response_header: ResponseHeader,
    }
    impl crate::runtime::JsonKinds for UpdateCardCallbackResponse {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("responseHeader") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "responseHeader"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "responseHeader"),
                    );
                }
                Some(v) => {
                    <ResponseHeader as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "responseHeader"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The state of a wallet card or card account (values from the sibling TES specification;
    /// assumed).
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
    /// getCardStatus request payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct GetCardStatusRequest {
        /// The Wallet Card Identifier. Unique for each wallet card.
        #[oai(
            rename = "walletCardId",
            validator(min_length = 1usize, max_length = 64usize)
        )]
        pub wallet_card_id: String,
    }
    impl crate::runtime::JsonKinds for GetCardStatusRequest {
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
            Ok(())
        }
    }
    /// getCardStatus response payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct GetCardStatusResponse {
        #[oai(rename = "responseHeader")]
        pub response_header: ResponseHeader,
        #[oai(rename = "state")]
        pub state: WalletCardState,
    }
    impl crate::runtime::JsonKinds for GetCardStatusResponse {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("responseHeader") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "responseHeader"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "responseHeader"),
                    );
                }
                Some(v) => {
                    <ResponseHeader as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "responseHeader"),
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
            Ok(())
        }
    }
    /// getCardAccountStatus request payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct GetCardAccountStatusRequest {
        /// The Wallet Card Account Identifier. Unique for each wallet card account.
        #[oai(
            rename = "walletCardAccountId",
            validator(min_length = 1usize, max_length = 64usize)
        )]
        pub wallet_card_account_id: String,
    }
    impl crate::runtime::JsonKinds for GetCardAccountStatusRequest {
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
            Ok(())
        }
    }
    /// getCardAccountStatus response payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct GetCardAccountStatusResponse {
        #[oai(rename = "responseHeader")]
        pub response_header: ResponseHeader,
        #[oai(rename = "state")]
        pub state: WalletCardState,
    }
    impl crate::runtime::JsonKinds for GetCardAccountStatusResponse {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("responseHeader") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "responseHeader"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "responseHeader"),
                    );
                }
                Some(v) => {
                    <ResponseHeader as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "responseHeader"),
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
            Ok(())
        }
    }
    /// getCardCommands request payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct GetCardCommandsRequest {
        /// The secure element identifier, hex-encoded. It is needed in the first request only
        /// (name and format assumed).
        #[oai(rename = "seId", skip_serializing_if_is_none)]
        pub se_id: Option<GetCardCommandsRequestSeId>,
        /// The Wallet Card Identifier. Unique for each wallet card.
        #[oai(
            rename = "walletCardId",
            validator(min_length = 1usize, max_length = 64usize)
        )]
        pub wallet_card_id: String,
    }
    impl crate::runtime::JsonKinds for GetCardCommandsRequest {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("seId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "seId"));
                }
                Some(v) => {
                    crate::runtime::expect_string_with(
                        v,
                        GetCardCommandsRequestSeId::check,
                        || format!("{at}.{}", "seId"),
                    )?;
                }
            }
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
            Ok(())
        }
    }
    /// The secure element identifier, hex-encoded. It is needed in the first request only
    /// (name and format assumed).
    #[derive(Debug, Clone, PartialEq)]
    pub struct GetCardCommandsRequestSeId(pub String);
    impl GetCardCommandsRequestSeId {
        /// Checks a value against the document's constraints.
        pub fn check(value: &str) -> Result<(), String> {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            {
                regex::Regex::new("^([0-9a-fA-F]{2}){1,24}$")
                    .expect("checked by the generator")
            });
            if !PATTERN.is_match(value) {
                return Err(
                    format!("does not match the pattern {}", "^([0-9a-fA-F]{2}){1,24}$"),
                );
            }
            Ok(())
        }
    }
    impl poem_openapi::types::Type for GetCardCommandsRequestSeId {
        const IS_REQUIRED: bool = true;
        type RawValueType = Self;
        type RawElementValueType = Self;
        fn name() -> std::borrow::Cow<'static, str> {
            "string(GetCardCommandsRequestSeId)".into()
        }
        fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
            poem_openapi::registry::MetaSchemaRef::Inline(
                Box::new(poem_openapi::registry::MetaSchema {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some("^([0-9a-fA-F]{2}){1,24}$".to_string()),
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
    impl poem_openapi::types::ParseFromJSON for GetCardCommandsRequestSeId {
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
    impl poem_openapi::types::ParseFromParameter for GetCardCommandsRequestSeId {
        fn parse_from_parameter(value: &str) -> poem_openapi::types::ParseResult<Self> {
            let value = <String as poem_openapi::types::ParseFromParameter>::parse_from_parameter(
                    value,
                )
                .map_err(poem_openapi::types::ParseError::propagate)?;
            Self::check(&value).map_err(poem_openapi::types::ParseError::custom)?;
            Ok(Self(value))
        }
    }
    impl poem_openapi::types::ToJSON for GetCardCommandsRequestSeId {
        fn to_json(&self) -> Option<serde_json::Value> {
            poem_openapi::types::ToJSON::to_json(&self.0)
        }
    }
    /// Wraps a value the server produces, unchecked (request values are checked on parsing).
    impl From<String> for GetCardCommandsRequestSeId {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl From<GetCardCommandsRequestSeId> for String {
        fn from(value: GetCardCommandsRequestSeId) -> Self {
            value.0
        }
    }
    impl std::fmt::Display for GetCardCommandsRequestSeId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl std::ops::Deref for GetCardCommandsRequestSeId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    /// getCardCommands response payload.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct GetCardCommandsResponse {
        #[oai(rename = "responseHeader")]
        pub response_header: ResponseHeader,
        /// The commands pending for the card, oldest first (assumed).
        #[oai(rename = "commands")]
        pub commands: Vec<CardCommand>,
    }
    impl crate::runtime::JsonKinds for GetCardCommandsResponse {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("responseHeader") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "responseHeader"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "responseHeader"),
                    );
                }
                Some(v) => {
                    <ResponseHeader as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "responseHeader"),
                    )?;
                }
            }
            match object.get("commands") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "commands"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "commands"));
                }
                Some(v) => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            if item.is_null() {
                                let parent = format!("{at}.{}", "commands");
                                return Err(format!("{parent}[{i}]: null is not allowed"));
                            }
                            <CardCommand as crate::runtime::JsonKinds>::check_kinds(
                                item,
                                &{
                                    let parent = format!("{at}.{}", "commands");
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
    /// A command TSH has pending for a wallet card (assumed).
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardCommand {
        /// The task the wallet answers with sendScriptCallback or updateCardCallback.
        #[oai(rename = "taskId", validator(min_length = 1usize, max_length = 64usize))]
        pub task_id: String,
        /// Which TSH call the command stands for.
        #[oai(rename = "commandType")]
        pub command_type: CardCommandCommandType,
        /// For UPDATE_CARD, the update to apply.
        #[oai(rename = "operation", skip_serializing_if_is_none)]
        pub operation: Option<CardCommandOperation>,
    }
    impl crate::runtime::JsonKinds for CardCommand {
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
            Ok(())
        }
    }
    /// Which TSH call the command stands for.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum CardCommandCommandType {
        ///SEND_SCRIPT
        #[oai(rename = "SEND_SCRIPT")]
        SendScript,
        ///UPDATE_CARD
        #[oai(rename = "UPDATE_CARD")]
        UpdateCard,
    }
    /// For UPDATE_CARD, the update to apply.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum CardCommandOperation {
        ///SUSPEND
        #[oai(rename = "SUSPEND")]
        Suspend,
        ///RESUME
        #[oai(rename = "RESUME")]
        Resume,
        ///DELETE
        #[oai(rename = "DELETE")]
        Delete,
        ///METADATA_UPDATE
        #[oai(rename = "METADATA_UPDATE")]
        MetadataUpdate,
    }
}
/// One enum per operation, one variant per declared status.
pub mod responses {
    /// The answers of `checkCardAccount`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "check_card_account_bad_request")]
    pub enum CheckCardAccount {
        /// checkCardAccount response payload
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::CheckCardAccountResponse>),
        /// Bad Request (assumed; the source declares 200 and 500 only)
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// Internal Server Error
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::ErrorResponse>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for CheckCardAccount {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    CheckCardAccount::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    CheckCardAccount::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    CheckCardAccount::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    CheckCardAccount::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    CheckCardAccount::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    CheckCardAccount::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    CheckCardAccount::Status408(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    CheckCardAccount::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    CheckCardAccount::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
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
    pub fn check_card_account_bad_request(err: poem::Error) -> CheckCardAccount {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `getAsset`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "get_asset_bad_request")]
    pub enum GetAsset {
        /// getAsset response payload
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::GetAssetResponse>),
        /// Bad Request (assumed; the source declares 200 and 500 only)
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// Internal Server Error
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::ErrorResponse>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for GetAsset {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    GetAsset::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    GetAsset::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    GetAsset::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    GetAsset::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    GetAsset::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    GetAsset::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    GetAsset::Status408(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    GetAsset::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    GetAsset::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
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
    pub fn get_asset_bad_request(err: poem::Error) -> GetAsset {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `provisionCard`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "provision_card_bad_request")]
    pub enum ProvisionCard {
        /// provisionCard response payload
        #[oai(status = 200u16)]
        Ok(
            poem_openapi::payload::Json<super::types::ProvisionCardResponse>,
            #[oai(header = "x-pod")]
            Option<String>,
        ),
        /// Bad Request (assumed; the source declares 200 and 500 only)
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// Internal Server Error
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::ErrorResponse>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ProvisionCard {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ProvisionCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ProvisionCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ProvisionCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ProvisionCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ProvisionCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ProvisionCard::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ProvisionCard::Status408(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ProvisionCard::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ProvisionCard::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
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
    pub fn provision_card_bad_request(err: poem::Error) -> ProvisionCard {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `manageCard`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "manage_card_bad_request")]
    pub enum ManageCard {
        /// manageCard response payload
        #[oai(status = 200u16)]
        Ok(
            poem_openapi::payload::Json<super::types::ManageCardResponse>,
            #[oai(header = "x-pod")]
            Option<String>,
        ),
        /// Bad Request (assumed; the source declares 200 and 500 only)
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// Internal Server Error
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::ErrorResponse>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for ManageCard {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    ManageCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    ManageCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    ManageCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    ManageCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    ManageCard::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    ManageCard::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    ManageCard::Status408(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    ManageCard::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    ManageCard::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
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
    pub fn manage_card_bad_request(err: poem::Error) -> ManageCard {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `sendScriptCallback`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "send_script_callback_bad_request")]
    pub enum SendScriptCallback {
        /// sendScriptCallback response payload
        #[oai(status = 200u16)]
        Ok(
            poem_openapi::payload::Json<super::types::SendScriptCallbackResponse>,
            #[oai(header = "x-pod")]
            Option<String>,
        ),
        /// Bad Request (assumed; the source declares 200 and 500 only)
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// Internal Server Error
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::ErrorResponse>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for SendScriptCallback {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    SendScriptCallback::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    SendScriptCallback::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    SendScriptCallback::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    SendScriptCallback::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    SendScriptCallback::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    SendScriptCallback::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    SendScriptCallback::Status408(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    SendScriptCallback::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    SendScriptCallback::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
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
    pub fn send_script_callback_bad_request(err: poem::Error) -> SendScriptCallback {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `updateCardCallback`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "update_card_callback_bad_request")]
    pub enum UpdateCardCallback {
        /// updateCardCallback response payload
        #[oai(status = 200u16)]
        Ok(
            poem_openapi::payload::Json<super::types::UpdateCardCallbackResponse>,
            #[oai(header = "x-pod")]
            Option<String>,
        ),
        /// Bad Request (assumed; the source declares 200 and 500 only)
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// Internal Server Error
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::ErrorResponse>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for UpdateCardCallback {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    UpdateCardCallback::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    UpdateCardCallback::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    UpdateCardCallback::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    UpdateCardCallback::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    UpdateCardCallback::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    UpdateCardCallback::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    UpdateCardCallback::Status408(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    UpdateCardCallback::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    UpdateCardCallback::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
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
    pub fn update_card_callback_bad_request(err: poem::Error) -> UpdateCardCallback {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `getCardStatus`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "get_card_status_bad_request")]
    pub enum GetCardStatus {
        /// getCardStatus response payload
        #[oai(status = 200u16)]
        Ok(
            poem_openapi::payload::Json<super::types::GetCardStatusResponse>,
            #[oai(header = "x-pod")]
            Option<String>,
        ),
        /// Bad Request (assumed; the source declares 200 and 500 only)
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// Internal Server Error
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::ErrorResponse>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for GetCardStatus {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    GetCardStatus::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    GetCardStatus::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    GetCardStatus::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    GetCardStatus::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    GetCardStatus::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    GetCardStatus::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    GetCardStatus::Status408(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    GetCardStatus::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    GetCardStatus::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
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
    pub fn get_card_status_bad_request(err: poem::Error) -> GetCardStatus {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `getCardAccountStatus`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "get_card_account_status_bad_request")]
    pub enum GetCardAccountStatus {
        /// getCardAccountStatus response payload
        #[oai(status = 200u16)]
        Ok(
            poem_openapi::payload::Json<super::types::GetCardAccountStatusResponse>,
            #[oai(header = "x-pod")]
            Option<String>,
        ),
        /// Bad Request (assumed; the source declares 200 and 500 only)
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// Internal Server Error
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::ErrorResponse>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for GetCardAccountStatus {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    GetCardAccountStatus::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    GetCardAccountStatus::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    GetCardAccountStatus::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    GetCardAccountStatus::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    GetCardAccountStatus::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    GetCardAccountStatus::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    GetCardAccountStatus::Status408(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    GetCardAccountStatus::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    GetCardAccountStatus::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
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
    pub fn get_card_account_status_bad_request(
        err: poem::Error,
    ) -> GetCardAccountStatus {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
    /// The answers of `getCardCommands`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "get_card_commands_bad_request")]
    pub enum GetCardCommands {
        /// getCardCommands response payload
        #[oai(status = 200u16)]
        Ok(
            poem_openapi::payload::Json<super::types::GetCardCommandsResponse>,
            #[oai(header = "x-pod")]
            Option<String>,
        ),
        /// Bad Request (assumed; the source declares 200 and 500 only)
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::ErrorResponse>),
        /// Internal Server Error
        #[oai(status = 500u16)]
        InternalServerError(poem_openapi::payload::Json<super::types::ErrorResponse>),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for GetCardCommands {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    GetCardCommands::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    GetCardCommands::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    GetCardCommands::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    GetCardCommands::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    GetCardCommands::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    GetCardCommands::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    GetCardCommands::Status408(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    GetCardCommands::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    GetCardCommands::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::ErrorResponse as crate::runtime::ErrorBody>::from_problem(
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
    pub fn get_card_commands_bad_request(err: poem::Error) -> GetCardCommands {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
}
/// The document's security schemes.
pub mod security {}
/// The document's tags.
#[derive(poem_openapi::Tags)]
pub enum Tags {
    /// Adding a card to a wallet.
    #[oai(rename = "Provisioning")]
    Provisioning,
    /// The wallet server's answers to TSH's sendScript and updateCard calls.
    #[oai(rename = "Callbacks")]
    Callbacks,
    /// Status and command polling, parking and deleting cards.
    #[oai(rename = "Management")]
    Management,
}
/// The operations of `tsh-provisioning.yaml`: implement this trait to serve the API. The generated service has already extracted and validated every input, and authenticated the caller where the document asks for it.
pub trait TshProvisioningApi: Send + Sync + 'static {
    /// Check card account
    ///
    /// Asks whether a card account can be added to a wallet, and what the user must be shown.
    fn check_card_account(
        &self,
        x_pod: Option<String>,
        body: types::CheckCardAccountRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::CheckCardAccount, crate::runtime::Problem>,
    > + Send;
    /// Get asset
    ///
    /// Fetches a terms-and-conditions document or a card-art image by its GUID.
    fn get_asset(
        &self,
        x_pod: Option<String>,
        body: types::GetAssetRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::GetAsset, crate::runtime::Problem>,
    > + Send;
    /// Provision card
    ///
    /// Provisions a card into a wallet account.
    fn provision_card(
        &self,
        x_pod: Option<String>,
        body: types::ProvisionCardRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::ProvisionCard, crate::runtime::Problem>,
    > + Send;
    /// Manage card
    ///
    /// Parks an already provisioned card, or deletes a card whose provisioning failed.
    fn manage_card(
        &self,
        x_pod: Option<String>,
        body: types::ManageCardRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::ManageCard, crate::runtime::Problem>,
    > + Send;
    /// Send script callback
    ///
    /// The wallet server reports that it has run the script of a TSH `sendScript` task.
    fn send_script_callback(
        &self,
        x_pod: Option<String>,
        body: types::SendScriptCallbackRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::SendScriptCallback, crate::runtime::Problem>,
    > + Send;
    /// Update card callback
    ///
    /// The wallet server reports the outcome of a TSH `updateCard` task.
    fn update_card_callback(
        &self,
        x_pod: Option<String>,
        body: types::UpdateCardCallbackRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::UpdateCardCallback, crate::runtime::Problem>,
    > + Send;
    /// Get card status
    ///
    /// Reads the state of a wallet card.
    fn get_card_status(
        &self,
        x_pod: Option<String>,
        body: types::GetCardStatusRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::GetCardStatus, crate::runtime::Problem>,
    > + Send;
    /// Get card account status
    ///
    /// Reads the state of a wallet card account.
    fn get_card_account_status(
        &self,
        x_pod: Option<String>,
        body: types::GetCardAccountStatusRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::GetCardAccountStatus, crate::runtime::Problem>,
    > + Send;
    /// Get card commands
    ///
    /// Polls the commands TSH has pending for a wallet card.
    fn get_card_commands(
        &self,
        x_pod: Option<String>,
        body: types::GetCardCommandsRequest,
    ) -> impl std::future::Future<
        Output = Result<responses::GetCardCommands, crate::runtime::Problem>,
    > + Send;
}
/// The poem-openapi service of `tsh-provisioning.yaml`, calling a [`TshProvisioningApi`] implementation.
pub struct TshProvisioningApiService<T>(pub std::sync::Arc<T>);
#[poem_openapi::OpenApi]
impl<T: TshProvisioningApi> TshProvisioningApiService<T> {
    /// Check card account
    ///
    /// Asks whether a card account can be added to a wallet, and what the user must be shown.
    #[oai(
        path = "/checkCardAccount",
        method = "post",
        operation_id = "checkCardAccount",
        tag = "Tags::Provisioning"
    )]
    async fn check_card_account(
        &self,
        /// HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
        /// which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).
        #[oai(name = "x-pod", validator(max_length = 128usize))]
        x_pod: poem_openapi::param::Header<Option<String>>,
        body: crate::runtime::StrictJson<types::CheckCardAccountRequest>,
    ) -> responses::CheckCardAccount {
        let answer = crate::runtime::catch_panic(async move {
                self.0.check_card_account(x_pod.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Get asset
    ///
    /// Fetches a terms-and-conditions document or a card-art image by its GUID.
    #[oai(
        path = "/getAsset",
        method = "post",
        operation_id = "getAsset",
        tag = "Tags::Provisioning"
    )]
    async fn get_asset(
        &self,
        /// HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
        /// which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).
        #[oai(name = "x-pod", validator(max_length = 128usize))]
        x_pod: poem_openapi::param::Header<Option<String>>,
        body: crate::runtime::StrictJson<types::GetAssetRequest>,
    ) -> responses::GetAsset {
        let answer = crate::runtime::catch_panic(async move {
                self.0.get_asset(x_pod.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Provision card
    ///
    /// Provisions a card into a wallet account.
    #[oai(
        path = "/provisionCard",
        method = "post",
        operation_id = "provisionCard",
        tag = "Tags::Provisioning"
    )]
    async fn provision_card(
        &self,
        /// HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
        /// which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).
        #[oai(name = "x-pod", validator(max_length = 128usize))]
        x_pod: poem_openapi::param::Header<Option<String>>,
        body: crate::runtime::StrictJson<types::ProvisionCardRequest>,
    ) -> responses::ProvisionCard {
        let answer = crate::runtime::catch_panic(async move {
                self.0.provision_card(x_pod.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Manage card
    ///
    /// Parks an already provisioned card, or deletes a card whose provisioning failed.
    #[oai(
        path = "/manageCard",
        method = "post",
        operation_id = "manageCard",
        tag = "Tags::Management"
    )]
    async fn manage_card(
        &self,
        /// HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
        /// which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).
        #[oai(name = "x-pod", validator(max_length = 128usize))]
        x_pod: poem_openapi::param::Header<Option<String>>,
        body: crate::runtime::StrictJson<types::ManageCardRequest>,
    ) -> responses::ManageCard {
        let answer = crate::runtime::catch_panic(async move {
                self.0.manage_card(x_pod.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Send script callback
    ///
    /// The wallet server reports that it has run the script of a TSH `sendScript` task.
    #[oai(
        path = "/sendScriptCallback",
        method = "post",
        operation_id = "sendScriptCallback",
        tag = "Tags::Callbacks"
    )]
    async fn send_script_callback(
        &self,
        /// HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
        /// which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).
        #[oai(name = "x-pod", validator(max_length = 128usize))]
        x_pod: poem_openapi::param::Header<Option<String>>,
        body: crate::runtime::StrictJson<types::SendScriptCallbackRequest>,
    ) -> responses::SendScriptCallback {
        let answer = crate::runtime::catch_panic(async move {
                self.0.send_script_callback(x_pod.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Update card callback
    ///
    /// The wallet server reports the outcome of a TSH `updateCard` task.
    #[oai(
        path = "/updateCardCallback",
        method = "post",
        operation_id = "updateCardCallback",
        tag = "Tags::Callbacks"
    )]
    async fn update_card_callback(
        &self,
        /// HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
        /// which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).
        #[oai(name = "x-pod", validator(max_length = 128usize))]
        x_pod: poem_openapi::param::Header<Option<String>>,
        body: crate::runtime::StrictJson<types::UpdateCardCallbackRequest>,
    ) -> responses::UpdateCardCallback {
        let answer = crate::runtime::catch_panic(async move {
                self.0.update_card_callback(x_pod.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Get card status
    ///
    /// Reads the state of a wallet card.
    #[oai(
        path = "/getCardStatus",
        method = "post",
        operation_id = "getCardStatus",
        tag = "Tags::Management"
    )]
    async fn get_card_status(
        &self,
        /// HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
        /// which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).
        #[oai(name = "x-pod", validator(max_length = 128usize))]
        x_pod: poem_openapi::param::Header<Option<String>>,
        body: crate::runtime::StrictJson<types::GetCardStatusRequest>,
    ) -> responses::GetCardStatus {
        let answer = crate::runtime::catch_panic(async move {
                self.0.get_card_status(x_pod.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Get card account status
    ///
    /// Reads the state of a wallet card account.
    #[oai(
        path = "/getCardAccountStatus",
        method = "post",
        operation_id = "getCardAccountStatus",
        tag = "Tags::Management"
    )]
    async fn get_card_account_status(
        &self,
        /// HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
        /// which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).
        #[oai(name = "x-pod", validator(max_length = 128usize))]
        x_pod: poem_openapi::param::Header<Option<String>>,
        body: crate::runtime::StrictJson<types::GetCardAccountStatusRequest>,
    ) -> responses::GetCardAccountStatus {
        let answer = crate::runtime::catch_panic(async move {
                self.0.get_card_account_status(x_pod.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
    /// Get card commands
    ///
    /// Polls the commands TSH has pending for a wallet card.
    #[oai(
        path = "/getCardCommands",
        method = "post",
        operation_id = "getCardCommands",
        tag = "Tags::Management"
    )]
    async fn get_card_commands(
        &self,
        /// HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
        /// which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).
        #[oai(name = "x-pod", validator(max_length = 128usize))]
        x_pod: poem_openapi::param::Header<Option<String>>,
        body: crate::runtime::StrictJson<types::GetCardCommandsRequest>,
    ) -> responses::GetCardCommands {
        let answer = crate::runtime::catch_panic(async move {
                self.0.get_card_commands(x_pod.0, body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
}
