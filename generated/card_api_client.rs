// generated from openapi/card-api.yaml — do not edit.
// progenitor client for Card API. `cargo build` regenerates it into OUT_DIR; the reviewable copy in generated/ is
// refreshed with `D1_BLESS=1 cargo test --test integration generated_code_is_fresh`.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**The JWE plaintext of `VerifyCardRequest.encryptedData`: the card credentials, as JSON. It is
never sent in clear; it is documented here so partners know what to encrypt.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardCredentials {
        ///The CVV2 value of the funding card. 3 or 4 digits.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvv: ::std::option::Option<CardCredentialsCvv>,
        ///The expiry date of the card. 4 digits, following the format MMYY.
        pub exp: CardCredentialsExp,
        ///The card holder name. Up to 128 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<CardCredentialsName>,
        ///The funding pan value. Up to 19 digits.
        pub pan: CardCredentialsPan,
    }
    impl CardCredentials {
        pub fn builder() -> builder::CardCredentials {
            Default::default()
        }
    }
    ///The CVV2 value of the funding card. 3 or 4 digits.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardCredentialsCvv(::std::string::String);
    impl ::std::ops::Deref for CardCredentialsCvv {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardCredentialsCvv> for ::std::string::String {
        fn from(value: CardCredentialsCvv) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardCredentialsCvv {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{3,4}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{3,4}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardCredentialsCvv {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardCredentialsCvv {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardCredentialsCvv {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The expiry date of the card. 4 digits, following the format MMYY.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardCredentialsExp(::std::string::String);
    impl ::std::ops::Deref for CardCredentialsExp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardCredentialsExp> for ::std::string::String {
        fn from(value: CardCredentialsExp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardCredentialsExp {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{4}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{4}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardCredentialsExp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardCredentialsExp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardCredentialsExp {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The card holder name. Up to 128 characters.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardCredentialsName(::std::string::String);
    impl ::std::ops::Deref for CardCredentialsName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardCredentialsName> for ::std::string::String {
        fn from(value: CardCredentialsName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardCredentialsName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 128usize {
                return Err("longer than 128 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardCredentialsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardCredentialsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardCredentialsName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The funding pan value. Up to 19 digits.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardCredentialsPan(::std::string::String);
    impl ::std::ops::Deref for CardCredentialsPan {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardCredentialsPan> for ::std::string::String {
        fn from(value: CardCredentialsPan) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardCredentialsPan {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{1,19}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{1,19}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardCredentialsPan {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardCredentialsPan {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardCredentialsPan {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///An operation done, or in progress, on one card (v2 item).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardOperation {
        ///Unique identifier of the card.
        #[serde(rename = "cardId")]
        pub card_id: CardOperationCardId,
        ///When the operation ended, ISO-8601 with milliseconds (assumed).
        #[serde(
            rename = "endTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub end_time: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///A free text about the operation, e.g. why it failed (assumed).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<CardOperationMessage>,
        /**The name of the operation done or ongoing on the card. The public list is cut off after
CLICK_TO_PAY_ENROLMENT; clients must tolerate new values.
*/
        pub operation: CardOperationOperation,
        ///Unique identifier of the operation.
        #[serde(rename = "operationId")]
        pub operation_id: CardOperationOperationId,
        ///When the operation started, ISO-8601 with milliseconds.
        #[serde(rename = "startTime")]
        pub start_time: ::chrono::DateTime<::chrono::offset::Utc>,
        pub status: OperationStatus,
    }
    impl CardOperation {
        pub fn builder() -> builder::CardOperation {
            Default::default()
        }
    }
    ///Unique identifier of the card.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardOperationCardId(::std::string::String);
    impl ::std::ops::Deref for CardOperationCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardOperationCardId> for ::std::string::String {
        fn from(value: CardOperationCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardOperationCardId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{1,48}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{1,48}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardOperationCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardOperationCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardOperationCardId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A free text about the operation, e.g. why it failed (assumed).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardOperationMessage(::std::string::String);
    impl ::std::ops::Deref for CardOperationMessage {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardOperationMessage> for ::std::string::String {
        fn from(value: CardOperationMessage) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardOperationMessage {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardOperationMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardOperationMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardOperationMessage {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///An operation done, or in progress, on one card (v1).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardOperationNotification {
        ///Unique identifier of the digital cards concerned by the operation (item pattern and the bound of 100 items assumed: a card has a few digital cards, one per wallet and device).
        #[serde(
            rename = "digitalCardIds",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub digital_card_ids: ::std::vec::Vec<
            CardOperationNotificationDigitalCardIdsItem,
        >,
        /**The name of the operation done or ongoing on the card.
A DIGITIZE (meaning tokenize) operation can occur only on a virtual card or physical card,
and means the card has been digitized (tokenized) (or it is in the process of being so).
*/
        pub operation: CardOperationNotificationOperation,
        ///Unique identifier of the operation.
        #[serde(rename = "operationId")]
        pub operation_id: CardOperationNotificationOperationId,
        pub status: OperationStatus,
    }
    impl CardOperationNotification {
        pub fn builder() -> builder::CardOperationNotification {
            Default::default()
        }
    }
    ///`CardOperationNotificationDigitalCardIdsItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardOperationNotificationDigitalCardIdsItem(::std::string::String);
    impl ::std::ops::Deref for CardOperationNotificationDigitalCardIdsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardOperationNotificationDigitalCardIdsItem>
    for ::std::string::String {
        fn from(value: CardOperationNotificationDigitalCardIdsItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardOperationNotificationDigitalCardIdsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{1,64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardOperationNotificationDigitalCardIdsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CardOperationNotificationDigitalCardIdsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardOperationNotificationDigitalCardIdsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**The name of the operation done or ongoing on the card.
A DIGITIZE (meaning tokenize) operation can occur only on a virtual card or physical card,
and means the card has been digitized (tokenized) (or it is in the process of being so).
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CardOperationNotificationOperation {
        #[serde(rename = "DIGITIZE")]
        Digitize,
    }
    impl ::std::fmt::Display for CardOperationNotificationOperation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Digitize => f.write_str("DIGITIZE"),
            }
        }
    }
    impl ::std::str::FromStr for CardOperationNotificationOperation {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "DIGITIZE" => Ok(Self::Digitize),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CardOperationNotificationOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CardOperationNotificationOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Unique identifier of the operation.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardOperationNotificationOperationId(::std::string::String);
    impl ::std::ops::Deref for CardOperationNotificationOperationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardOperationNotificationOperationId>
    for ::std::string::String {
        fn from(value: CardOperationNotificationOperationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardOperationNotificationOperationId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{1,64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardOperationNotificationOperationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CardOperationNotificationOperationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardOperationNotificationOperationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**The name of the operation done or ongoing on the card. The public list is cut off after
CLICK_TO_PAY_ENROLMENT; clients must tolerate new values.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CardOperationOperation {
        #[serde(rename = "CREATE")]
        Create,
        #[serde(rename = "REGISTER")]
        Register,
        #[serde(rename = "ACTIVATE")]
        Activate,
        #[serde(rename = "SUSPEND")]
        Suspend,
        #[serde(rename = "RESUME")]
        Resume,
        #[serde(rename = "DELETE")]
        Delete,
        #[serde(rename = "DIGITIZE")]
        Digitize,
        #[serde(rename = "RENEW")]
        Renew,
        #[serde(rename = "REPLACE")]
        Replace,
        #[serde(rename = "PRODUCE")]
        Produce,
        #[serde(rename = "STANDALONE_TRACKING")]
        StandaloneTracking,
        #[serde(rename = "CLICK_TO_PAY_ENROLMENT")]
        ClickToPayEnrolment,
    }
    impl ::std::fmt::Display for CardOperationOperation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Create => f.write_str("CREATE"),
                Self::Register => f.write_str("REGISTER"),
                Self::Activate => f.write_str("ACTIVATE"),
                Self::Suspend => f.write_str("SUSPEND"),
                Self::Resume => f.write_str("RESUME"),
                Self::Delete => f.write_str("DELETE"),
                Self::Digitize => f.write_str("DIGITIZE"),
                Self::Renew => f.write_str("RENEW"),
                Self::Replace => f.write_str("REPLACE"),
                Self::Produce => f.write_str("PRODUCE"),
                Self::StandaloneTracking => f.write_str("STANDALONE_TRACKING"),
                Self::ClickToPayEnrolment => f.write_str("CLICK_TO_PAY_ENROLMENT"),
            }
        }
    }
    impl ::std::str::FromStr for CardOperationOperation {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "CREATE" => Ok(Self::Create),
                "REGISTER" => Ok(Self::Register),
                "ACTIVATE" => Ok(Self::Activate),
                "SUSPEND" => Ok(Self::Suspend),
                "RESUME" => Ok(Self::Resume),
                "DELETE" => Ok(Self::Delete),
                "DIGITIZE" => Ok(Self::Digitize),
                "RENEW" => Ok(Self::Renew),
                "REPLACE" => Ok(Self::Replace),
                "PRODUCE" => Ok(Self::Produce),
                "STANDALONE_TRACKING" => Ok(Self::StandaloneTracking),
                "CLICK_TO_PAY_ENROLMENT" => Ok(Self::ClickToPayEnrolment),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CardOperationOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardOperationOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Unique identifier of the operation.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardOperationOperationId(::std::string::String);
    impl ::std::ops::Deref for CardOperationOperationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardOperationOperationId> for ::std::string::String {
        fn from(value: CardOperationOperationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardOperationOperationId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{1,64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardOperationOperationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardOperationOperationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardOperationOperationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A batch of card operations (v2). The `cards` wrapper and its bounds are assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardOperationsNotification {
        pub cards: ::std::vec::Vec<CardOperation>,
    }
    impl CardOperationsNotification {
        pub fn builder() -> builder::CardOperationsNotification {
            Default::default()
        }
    }
    ///The checks done on the card itself.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardVerificationResult {
        ///True when the card is expired, or the expiry date is not the one the issuer knows.
        pub expired: bool,
        ///True when the card is suspected of fraud.
        #[serde(rename = "fraudSuspect")]
        pub fraud_suspect: bool,
        ///True when the card is not valid (unknown to the issuer and not accepted, suspended, or deleted; suspended is assumed).
        pub invalid: bool,
        ///True when the card is reported lost or stolen.
        #[serde(rename = "lostOrStolen")]
        pub lost_or_stolen: bool,
    }
    impl CardVerificationResult {
        pub fn builder() -> builder::CardVerificationResult {
            Default::default()
        }
    }
    ///The error body of every 4xx and 5xx answer of this API (assumed).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Error {
        pub error: ErrorDetail,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///What went wrong.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ErrorDetail {
        ///A stable, machine-readable error code, e.g. INVALID_REQUEST, UNKNOWN_CARD.
        pub code: ErrorDetailCode,
        ///A human-readable explanation.
        pub message: ErrorDetailMessage,
    }
    impl ErrorDetail {
        pub fn builder() -> builder::ErrorDetail {
            Default::default()
        }
    }
    ///A stable, machine-readable error code, e.g. INVALID_REQUEST, UNKNOWN_CARD.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ErrorDetailCode(::std::string::String);
    impl ::std::ops::Deref for ErrorDetailCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ErrorDetailCode> for ::std::string::String {
        fn from(value: ErrorDetailCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ErrorDetailCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ErrorDetailCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ErrorDetailCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ErrorDetailCode {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A human-readable explanation.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ErrorDetailMessage(::std::string::String);
    impl ::std::ops::Deref for ErrorDetailMessage {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ErrorDetailMessage> for ::std::string::String {
        fn from(value: ErrorDetailMessage) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ErrorDetailMessage {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1024usize {
                return Err("longer than 1024 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ErrorDetailMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ErrorDetailMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ErrorDetailMessage {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`NotifyCardOperationCardId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NotifyCardOperationCardId(::std::string::String);
    impl ::std::ops::Deref for NotifyCardOperationCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NotifyCardOperationCardId> for ::std::string::String {
        fn from(value: NotifyCardOperationCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NotifyCardOperationCardId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{1,48}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{1,48}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NotifyCardOperationCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NotifyCardOperationCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NotifyCardOperationCardId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`NotifyCardOperationIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NotifyCardOperationIssuerId(::std::string::String);
    impl ::std::ops::Deref for NotifyCardOperationIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NotifyCardOperationIssuerId> for ::std::string::String {
        fn from(value: NotifyCardOperationIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NotifyCardOperationIssuerId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 10usize {
                return Err("longer than 10 characters".into());
            }
            if value.chars().count() < 10usize {
                return Err("shorter than 10 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NotifyCardOperationIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NotifyCardOperationIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NotifyCardOperationIssuerId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`NotifyCardOperationXCorrelationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NotifyCardOperationXCorrelationId(::std::string::String);
    impl ::std::ops::Deref for NotifyCardOperationXCorrelationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NotifyCardOperationXCorrelationId>
    for ::std::string::String {
        fn from(value: NotifyCardOperationXCorrelationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NotifyCardOperationXCorrelationId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{1,64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NotifyCardOperationXCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for NotifyCardOperationXCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NotifyCardOperationXCorrelationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`NotifyCardOperationsIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NotifyCardOperationsIssuerId(::std::string::String);
    impl ::std::ops::Deref for NotifyCardOperationsIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NotifyCardOperationsIssuerId> for ::std::string::String {
        fn from(value: NotifyCardOperationsIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NotifyCardOperationsIssuerId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 10usize {
                return Err("longer than 10 characters".into());
            }
            if value.chars().count() < 10usize {
                return Err("shorter than 10 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NotifyCardOperationsIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for NotifyCardOperationsIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NotifyCardOperationsIssuerId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`NotifyCardOperationsXCorrelationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NotifyCardOperationsXCorrelationId(::std::string::String);
    impl ::std::ops::Deref for NotifyCardOperationsXCorrelationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NotifyCardOperationsXCorrelationId>
    for ::std::string::String {
        fn from(value: NotifyCardOperationsXCorrelationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NotifyCardOperationsXCorrelationId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{1,64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NotifyCardOperationsXCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for NotifyCardOperationsXCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NotifyCardOperationsXCorrelationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Status of the operation.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum OperationStatus {
        #[serde(rename = "PENDING")]
        Pending,
        #[serde(rename = "SUCCESSFUL")]
        Successful,
        #[serde(rename = "FAILED")]
        Failed,
    }
    impl ::std::fmt::Display for OperationStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Pending => f.write_str("PENDING"),
                Self::Successful => f.write_str("SUCCESSFUL"),
                Self::Failed => f.write_str("FAILED"),
            }
        }
    }
    impl ::std::str::FromStr for OperationStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "PENDING" => Ok(Self::Pending),
                "SUCCESSFUL" => Ok(Self::Successful),
                "FAILED" => Ok(Self::Failed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OperationStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OperationStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The check of the CVV. Present only when the card data contained a CVV (assumed).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SecurityCodeVerificationResult {
        ///True when the CVV matches the card's.
        pub valid: bool,
        ///True when too many consecutive wrong CVVs were presented for this card.
        #[serde(rename = "verificationAttemptsExceeded")]
        pub verification_attempts_exceeded: bool,
    }
    impl SecurityCodeVerificationResult {
        pub fn builder() -> builder::SecurityCodeVerificationResult {
            Default::default()
        }
    }
    /**The results of the checks done on the card (field names from a bank's published sample;
which fields are required is assumed).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct VerificationResults {
        pub card: CardVerificationResult,
        #[serde(
            rename = "securityCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub security_code: ::std::option::Option<SecurityCodeVerificationResult>,
    }
    impl VerificationResults {
        pub fn builder() -> builder::VerificationResults {
            Default::default()
        }
    }
    ///`VerifyCardIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VerifyCardIssuerId(::std::string::String);
    impl ::std::ops::Deref for VerifyCardIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyCardIssuerId> for ::std::string::String {
        fn from(value: VerifyCardIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerifyCardIssuerId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 10usize {
                return Err("longer than 10 characters".into());
            }
            if value.chars().count() < 10usize {
                return Err("shorter than 10 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VerifyCardIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerifyCardIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerifyCardIssuerId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The card data D1 asks the issuer to verify (all three fields required, assumed).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct VerifyCardRequest {
        ///The first 6 digits of the PAN (8-digit BINs also occur, so 6 to 8 digits are accepted; assumed).
        #[serde(rename = "cardBin")]
        pub card_bin: VerifyCardRequestCardBin,
        ///Unique identifier of the card. For an unknown card this is the identifier D1 proposes.
        #[serde(rename = "cardId")]
        pub card_id: VerifyCardRequestCardId,
        /**The encrypted JSON (cf http://www.json.org/) representation of the card credentials.
This value is encrypted using JWE compact serialization (please refer to "Encrypt
sensitive data"): `alg` ECDH-ES on P-256, `enc` A256GCM, `kid` naming the issuer's key.
Once deciphered, the plaintext is a `CardCredentials` object. At most 8192 characters.
*/
        #[serde(rename = "encryptedData")]
        pub encrypted_data: VerifyCardRequestEncryptedData,
    }
    impl VerifyCardRequest {
        pub fn builder() -> builder::VerifyCardRequest {
            Default::default()
        }
    }
    ///The first 6 digits of the PAN (8-digit BINs also occur, so 6 to 8 digits are accepted; assumed).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VerifyCardRequestCardBin(::std::string::String);
    impl ::std::ops::Deref for VerifyCardRequestCardBin {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyCardRequestCardBin> for ::std::string::String {
        fn from(value: VerifyCardRequestCardBin) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerifyCardRequestCardBin {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{6,8}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{6,8}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VerifyCardRequestCardBin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerifyCardRequestCardBin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerifyCardRequestCardBin {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Unique identifier of the card. For an unknown card this is the identifier D1 proposes.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VerifyCardRequestCardId(::std::string::String);
    impl ::std::ops::Deref for VerifyCardRequestCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyCardRequestCardId> for ::std::string::String {
        fn from(value: VerifyCardRequestCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerifyCardRequestCardId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{1,48}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{1,48}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VerifyCardRequestCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerifyCardRequestCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerifyCardRequestCardId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**The encrypted JSON (cf http://www.json.org/) representation of the card credentials.
This value is encrypted using JWE compact serialization (please refer to "Encrypt
sensitive data"): `alg` ECDH-ES on P-256, `enc` A256GCM, `kid` naming the issuer's key.
Once deciphered, the plaintext is a `CardCredentials` object. At most 8192 characters.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VerifyCardRequestEncryptedData(::std::string::String);
    impl ::std::ops::Deref for VerifyCardRequestEncryptedData {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyCardRequestEncryptedData> for ::std::string::String {
        fn from(value: VerifyCardRequestEncryptedData) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerifyCardRequestEncryptedData {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 8192usize {
                return Err("longer than 8192 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VerifyCardRequestEncryptedData {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for VerifyCardRequestEncryptedData {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerifyCardRequestEncryptedData {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The outcome of the card verification.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct VerifyCardResponse {
        /**Unique identifier of the account.
Note: This parameter is deprecated, you can still send it but it will be ignored.
*/
        #[serde(
            rename = "accountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<VerifyCardResponseAccountId>,
        ///Unique identifier of the card.
        #[serde(rename = "cardId")]
        pub card_id: VerifyCardResponseCardId,
        /**Unique identifier of the end user.
Must be provided only when the card verification is successful:
verificationResults.card.invalid flag is false.
*/
        #[serde(
            rename = "consumerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub consumer_id: ::std::option::Option<VerifyCardResponseConsumerId>,
        #[serde(rename = "verificationResults")]
        pub verification_results: VerificationResults,
    }
    impl VerifyCardResponse {
        pub fn builder() -> builder::VerifyCardResponse {
            Default::default()
        }
    }
    /**Unique identifier of the account.
Note: This parameter is deprecated, you can still send it but it will be ignored.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VerifyCardResponseAccountId(::std::string::String);
    impl ::std::ops::Deref for VerifyCardResponseAccountId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyCardResponseAccountId> for ::std::string::String {
        fn from(value: VerifyCardResponseAccountId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerifyCardResponseAccountId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{1,64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VerifyCardResponseAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerifyCardResponseAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerifyCardResponseAccountId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Unique identifier of the card.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VerifyCardResponseCardId(::std::string::String);
    impl ::std::ops::Deref for VerifyCardResponseCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyCardResponseCardId> for ::std::string::String {
        fn from(value: VerifyCardResponseCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerifyCardResponseCardId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{1,48}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{1,48}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VerifyCardResponseCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerifyCardResponseCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerifyCardResponseCardId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**Unique identifier of the end user.
Must be provided only when the card verification is successful:
verificationResults.card.invalid flag is false.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VerifyCardResponseConsumerId(::std::string::String);
    impl ::std::ops::Deref for VerifyCardResponseConsumerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyCardResponseConsumerId> for ::std::string::String {
        fn from(value: VerifyCardResponseConsumerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerifyCardResponseConsumerId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{1,64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VerifyCardResponseConsumerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for VerifyCardResponseConsumerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerifyCardResponseConsumerId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`VerifyCardXCorrelationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VerifyCardXCorrelationId(::std::string::String);
    impl ::std::ops::Deref for VerifyCardXCorrelationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyCardXCorrelationId> for ::std::string::String {
        fn from(value: VerifyCardXCorrelationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerifyCardXCorrelationId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{1,64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VerifyCardXCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerifyCardXCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerifyCardXCorrelationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CardCredentials {
            cvv: ::std::result::Result<
                ::std::option::Option<super::CardCredentialsCvv>,
                ::std::string::String,
            >,
            exp: ::std::result::Result<super::CardCredentialsExp, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<super::CardCredentialsName>,
                ::std::string::String,
            >,
            pan: ::std::result::Result<super::CardCredentialsPan, ::std::string::String>,
        }
        impl ::std::default::Default for CardCredentials {
            fn default() -> Self {
                Self {
                    cvv: Ok(Default::default()),
                    exp: Err("no value supplied for exp".to_string()),
                    name: Ok(Default::default()),
                    pan: Err("no value supplied for pan".to_string()),
                }
            }
        }
        impl CardCredentials {
            pub fn cvv<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CardCredentialsCvv>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.cvv = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvv: {e}")
                    });
                self
            }
            pub fn exp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardCredentialsExp>,
                T::Error: ::std::fmt::Display,
            {
                self.exp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exp: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CardCredentialsName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn pan<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardCredentialsPan>,
                T::Error: ::std::fmt::Display,
            {
                self.pan = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pan: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CardCredentials> for super::CardCredentials {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardCredentials,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cvv: value.cvv?,
                    exp: value.exp?,
                    name: value.name?,
                    pan: value.pan?,
                })
            }
        }
        impl ::std::convert::From<super::CardCredentials> for CardCredentials {
            fn from(value: super::CardCredentials) -> Self {
                Self {
                    cvv: Ok(value.cvv),
                    exp: Ok(value.exp),
                    name: Ok(value.name),
                    pan: Ok(value.pan),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CardOperation {
            card_id: ::std::result::Result<
                super::CardOperationCardId,
                ::std::string::String,
            >,
            end_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<super::CardOperationMessage>,
                ::std::string::String,
            >,
            operation: ::std::result::Result<
                super::CardOperationOperation,
                ::std::string::String,
            >,
            operation_id: ::std::result::Result<
                super::CardOperationOperationId,
                ::std::string::String,
            >,
            start_time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::OperationStatus, ::std::string::String>,
        }
        impl ::std::default::Default for CardOperation {
            fn default() -> Self {
                Self {
                    card_id: Err("no value supplied for card_id".to_string()),
                    end_time: Ok(Default::default()),
                    message: Ok(Default::default()),
                    operation: Err("no value supplied for operation".to_string()),
                    operation_id: Err("no value supplied for operation_id".to_string()),
                    start_time: Err("no value supplied for start_time".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl CardOperation {
            pub fn card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardOperationCardId>,
                T::Error: ::std::fmt::Display,
            {
                self.card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_id: {e}")
                    });
                self
            }
            pub fn end_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.end_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for end_time: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CardOperationMessage>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn operation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardOperationOperation>,
                T::Error: ::std::fmt::Display,
            {
                self.operation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operation: {e}")
                    });
                self
            }
            pub fn operation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardOperationOperationId>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operation_id: {e}")
                    });
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.start_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for start_time: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OperationStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CardOperation> for super::CardOperation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardOperation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_id: value.card_id?,
                    end_time: value.end_time?,
                    message: value.message?,
                    operation: value.operation?,
                    operation_id: value.operation_id?,
                    start_time: value.start_time?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::CardOperation> for CardOperation {
            fn from(value: super::CardOperation) -> Self {
                Self {
                    card_id: Ok(value.card_id),
                    end_time: Ok(value.end_time),
                    message: Ok(value.message),
                    operation: Ok(value.operation),
                    operation_id: Ok(value.operation_id),
                    start_time: Ok(value.start_time),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CardOperationNotification {
            digital_card_ids: ::std::result::Result<
                ::std::vec::Vec<super::CardOperationNotificationDigitalCardIdsItem>,
                ::std::string::String,
            >,
            operation: ::std::result::Result<
                super::CardOperationNotificationOperation,
                ::std::string::String,
            >,
            operation_id: ::std::result::Result<
                super::CardOperationNotificationOperationId,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::OperationStatus, ::std::string::String>,
        }
        impl ::std::default::Default for CardOperationNotification {
            fn default() -> Self {
                Self {
                    digital_card_ids: Ok(Default::default()),
                    operation: Err("no value supplied for operation".to_string()),
                    operation_id: Err("no value supplied for operation_id".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl CardOperationNotification {
            pub fn digital_card_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CardOperationNotificationDigitalCardIdsItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.digital_card_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for digital_card_ids: {e}"
                        )
                    });
                self
            }
            pub fn operation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardOperationNotificationOperation>,
                T::Error: ::std::fmt::Display,
            {
                self.operation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operation: {e}")
                    });
                self
            }
            pub fn operation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardOperationNotificationOperationId>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operation_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OperationStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CardOperationNotification>
        for super::CardOperationNotification {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardOperationNotification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    digital_card_ids: value.digital_card_ids?,
                    operation: value.operation?,
                    operation_id: value.operation_id?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::CardOperationNotification>
        for CardOperationNotification {
            fn from(value: super::CardOperationNotification) -> Self {
                Self {
                    digital_card_ids: Ok(value.digital_card_ids),
                    operation: Ok(value.operation),
                    operation_id: Ok(value.operation_id),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CardOperationsNotification {
            cards: ::std::result::Result<
                ::std::vec::Vec<super::CardOperation>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CardOperationsNotification {
            fn default() -> Self {
                Self {
                    cards: Err("no value supplied for cards".to_string()),
                }
            }
        }
        impl CardOperationsNotification {
            pub fn cards<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CardOperation>>,
                T::Error: ::std::fmt::Display,
            {
                self.cards = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cards: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CardOperationsNotification>
        for super::CardOperationsNotification {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardOperationsNotification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { cards: value.cards? })
            }
        }
        impl ::std::convert::From<super::CardOperationsNotification>
        for CardOperationsNotification {
            fn from(value: super::CardOperationsNotification) -> Self {
                Self { cards: Ok(value.cards) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CardVerificationResult {
            expired: ::std::result::Result<bool, ::std::string::String>,
            fraud_suspect: ::std::result::Result<bool, ::std::string::String>,
            invalid: ::std::result::Result<bool, ::std::string::String>,
            lost_or_stolen: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for CardVerificationResult {
            fn default() -> Self {
                Self {
                    expired: Err("no value supplied for expired".to_string()),
                    fraud_suspect: Err(
                        "no value supplied for fraud_suspect".to_string(),
                    ),
                    invalid: Err("no value supplied for invalid".to_string()),
                    lost_or_stolen: Err(
                        "no value supplied for lost_or_stolen".to_string(),
                    ),
                }
            }
        }
        impl CardVerificationResult {
            pub fn expired<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.expired = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expired: {e}")
                    });
                self
            }
            pub fn fraud_suspect<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.fraud_suspect = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fraud_suspect: {e}")
                    });
                self
            }
            pub fn invalid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.invalid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invalid: {e}")
                    });
                self
            }
            pub fn lost_or_stolen<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.lost_or_stolen = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for lost_or_stolen: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CardVerificationResult>
        for super::CardVerificationResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardVerificationResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    expired: value.expired?,
                    fraud_suspect: value.fraud_suspect?,
                    invalid: value.invalid?,
                    lost_or_stolen: value.lost_or_stolen?,
                })
            }
        }
        impl ::std::convert::From<super::CardVerificationResult>
        for CardVerificationResult {
            fn from(value: super::CardVerificationResult) -> Self {
                Self {
                    expired: Ok(value.expired),
                    fraud_suspect: Ok(value.fraud_suspect),
                    invalid: Ok(value.invalid),
                    lost_or_stolen: Ok(value.lost_or_stolen),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            error: ::std::result::Result<super::ErrorDetail, ::std::string::String>,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl Error {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorDetail>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { error: value.error? })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self { error: Ok(value.error) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorDetail {
            code: ::std::result::Result<super::ErrorDetailCode, ::std::string::String>,
            message: ::std::result::Result<
                super::ErrorDetailMessage,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorDetail {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl ErrorDetail {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorDetailCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorDetailMessage>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorDetail> for super::ErrorDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorDetail> for ErrorDetail {
            fn from(value: super::ErrorDetail) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SecurityCodeVerificationResult {
            valid: ::std::result::Result<bool, ::std::string::String>,
            verification_attempts_exceeded: ::std::result::Result<
                bool,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SecurityCodeVerificationResult {
            fn default() -> Self {
                Self {
                    valid: Err("no value supplied for valid".to_string()),
                    verification_attempts_exceeded: Err(
                        "no value supplied for verification_attempts_exceeded"
                            .to_string(),
                    ),
                }
            }
        }
        impl SecurityCodeVerificationResult {
            pub fn valid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.valid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for valid: {e}")
                    });
                self
            }
            pub fn verification_attempts_exceeded<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.verification_attempts_exceeded = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for verification_attempts_exceeded: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SecurityCodeVerificationResult>
        for super::SecurityCodeVerificationResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SecurityCodeVerificationResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    valid: value.valid?,
                    verification_attempts_exceeded: value.verification_attempts_exceeded?,
                })
            }
        }
        impl ::std::convert::From<super::SecurityCodeVerificationResult>
        for SecurityCodeVerificationResult {
            fn from(value: super::SecurityCodeVerificationResult) -> Self {
                Self {
                    valid: Ok(value.valid),
                    verification_attempts_exceeded: Ok(
                        value.verification_attempts_exceeded,
                    ),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerificationResults {
            card: ::std::result::Result<
                super::CardVerificationResult,
                ::std::string::String,
            >,
            security_code: ::std::result::Result<
                ::std::option::Option<super::SecurityCodeVerificationResult>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VerificationResults {
            fn default() -> Self {
                Self {
                    card: Err("no value supplied for card".to_string()),
                    security_code: Ok(Default::default()),
                }
            }
        }
        impl VerificationResults {
            pub fn card<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardVerificationResult>,
                T::Error: ::std::fmt::Display,
            {
                self.card = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card: {e}")
                    });
                self
            }
            pub fn security_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SecurityCodeVerificationResult>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.security_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for security_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerificationResults>
        for super::VerificationResults {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerificationResults,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card: value.card?,
                    security_code: value.security_code?,
                })
            }
        }
        impl ::std::convert::From<super::VerificationResults> for VerificationResults {
            fn from(value: super::VerificationResults) -> Self {
                Self {
                    card: Ok(value.card),
                    security_code: Ok(value.security_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerifyCardRequest {
            card_bin: ::std::result::Result<
                super::VerifyCardRequestCardBin,
                ::std::string::String,
            >,
            card_id: ::std::result::Result<
                super::VerifyCardRequestCardId,
                ::std::string::String,
            >,
            encrypted_data: ::std::result::Result<
                super::VerifyCardRequestEncryptedData,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VerifyCardRequest {
            fn default() -> Self {
                Self {
                    card_bin: Err("no value supplied for card_bin".to_string()),
                    card_id: Err("no value supplied for card_id".to_string()),
                    encrypted_data: Err(
                        "no value supplied for encrypted_data".to_string(),
                    ),
                }
            }
        }
        impl VerifyCardRequest {
            pub fn card_bin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerifyCardRequestCardBin>,
                T::Error: ::std::fmt::Display,
            {
                self.card_bin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_bin: {e}")
                    });
                self
            }
            pub fn card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerifyCardRequestCardId>,
                T::Error: ::std::fmt::Display,
            {
                self.card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_id: {e}")
                    });
                self
            }
            pub fn encrypted_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerifyCardRequestEncryptedData>,
                T::Error: ::std::fmt::Display,
            {
                self.encrypted_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for encrypted_data: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerifyCardRequest> for super::VerifyCardRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerifyCardRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_bin: value.card_bin?,
                    card_id: value.card_id?,
                    encrypted_data: value.encrypted_data?,
                })
            }
        }
        impl ::std::convert::From<super::VerifyCardRequest> for VerifyCardRequest {
            fn from(value: super::VerifyCardRequest) -> Self {
                Self {
                    card_bin: Ok(value.card_bin),
                    card_id: Ok(value.card_id),
                    encrypted_data: Ok(value.encrypted_data),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerifyCardResponse {
            account_id: ::std::result::Result<
                ::std::option::Option<super::VerifyCardResponseAccountId>,
                ::std::string::String,
            >,
            card_id: ::std::result::Result<
                super::VerifyCardResponseCardId,
                ::std::string::String,
            >,
            consumer_id: ::std::result::Result<
                ::std::option::Option<super::VerifyCardResponseConsumerId>,
                ::std::string::String,
            >,
            verification_results: ::std::result::Result<
                super::VerificationResults,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VerifyCardResponse {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    card_id: Err("no value supplied for card_id".to_string()),
                    consumer_id: Ok(Default::default()),
                    verification_results: Err(
                        "no value supplied for verification_results".to_string(),
                    ),
                }
            }
        }
        impl VerifyCardResponse {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::VerifyCardResponseAccountId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerifyCardResponseCardId>,
                T::Error: ::std::fmt::Display,
            {
                self.card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_id: {e}")
                    });
                self
            }
            pub fn consumer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::VerifyCardResponseConsumerId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.consumer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for consumer_id: {e}")
                    });
                self
            }
            pub fn verification_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerificationResults>,
                T::Error: ::std::fmt::Display,
            {
                self.verification_results = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for verification_results: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerifyCardResponse> for super::VerifyCardResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerifyCardResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    card_id: value.card_id?,
                    consumer_id: value.consumer_id?,
                    verification_results: value.verification_results?,
                })
            }
        }
        impl ::std::convert::From<super::VerifyCardResponse> for VerifyCardResponse {
            fn from(value: super::VerifyCardResponse) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    card_id: Ok(value.card_id),
                    consumer_id: Ok(value.consumer_id),
                    verification_results: Ok(value.verification_results),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Card API

The issuer back end's Card API, called by Thales D1 (source: seed 000, "カードAPI").

D1 calls `verifyCard` while a tokenization request is in progress, to have the issuer check the
funding card (PAN valid, card not expired, CVV valid when given). D1 then reports what happened
to each card with `notifyCardOperation` (v1, one card) or `notifyCardOperations` (v2, bulk).

Every call carries an OAuth 2.0 access token (a JWT) obtained by client credentials: see the
`bearerAuth` security scheme. The seed also lists an optional `Authorization` header parameter
("Oauth Access Token (optional)", example `Bearer 2zzLJmBAtTNIU8nF8e8XbmDvaNGs`); OpenAPI 3 ignores
header parameters named `Authorization`, so that header is described by the security scheme only.

Clients must tolerate unknown fields and new enum values.

Every error of this document uses the one `Error` body `{ "error": { "code", "message" } }`
(assumed: the seed names the statuses but not their bodies).


Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
impl Client {
    /**Verify card

D1 calls this operation when a tokenization request arrives and the card must be checked:
the PAN is valid, the card is not expired and, when given, the CVV is valid.

For a card the issuer does not know yet, D1 proposes a `cardId`, which the issuer may keep.
The issuer returns a `consumerId` when the card is valid.

The path is derived from a public implementation and the documented D1 outbound prefix
`/cms/api/v1/issuers/{issuerId}/...` (assumed).

d1-sandbox's error codes (assumed; the seed names the statuses only): 400 `JWE_MALFORMED`,
`JWE_TOO_LARGE`, `JWE_UNSUPPORTED_ALG`, `JWE_UNSUPPORTED_ENC`, `JWE_UNSUPPORTED_HEADER`,
`JWE_MISSING_KID`, `UNKNOWN_KEY`, `JWE_KEY_MISMATCH`, `JWE_DECRYPTION_FAILED` (the JWE),
`INVALID_CARD_DATA` (the plaintext: PAN 12 to 19 digits with a valid Luhn check digit, `exp`
a real month, `cvv` 3 or 4 digits, `name` at most 128 characters), `CARD_BIN_MISMATCH`
(`cardBin` does not start the PAN); 403 `FORBIDDEN`; 404 `UNKNOWN_ISSUER`.


Sends a `POST` request to `/cms/api/v1/issuers/{issuerId}/cards/credentials`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `x_correlation_id`: Random identifier which can be used to correlate the different API calls done as part of a
single use-case. This identifier will be the one primarily used for troubleshooting.
There is no strong guarantee of the uniqueness of this identifier, so please refrain from
using it for other purpose than logging and troubleshooting.

- `body`
```ignore
let response = client.verify_card()
    .issuer_id(issuer_id)
    .x_correlation_id(x_correlation_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn verify_card(&self) -> builder::VerifyCard<'_> {
        builder::VerifyCard::new(self)
    }
    /**Notify card operation (v1)

D1 notifies the issuer of an operation done, or in progress, on one card. The same
`operationId` may be notified again as its status changes (PENDING, then SUCCESSFUL or
FAILED).

The 403 response is declared because the operation is protected; the seed lists 400, 401,
404 and 500 only (assumed).

d1-sandbox keeps every operation per card (assumed rules): the same content again is
accepted (204); a PENDING operation may become SUCCESSFUL or FAILED, a final one never
changes (400 `INVALID_OPERATION`, also for an `operationId` reused for another operation);
a SUCCESSFUL DIGITIZE attaches its `digitalCardIds` to the card; 404 `UNKNOWN_ISSUER` or
`UNKNOWN_CARD`.


Sends a `POST` request to `/notifications/d1/v1/issuers/{issuerId}/cards/{cardId}/notifications`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `card_id`: Unique identifier of the card.
- `x_correlation_id`: Random identifier which can be used to correlate the different API calls done as part of a
single use-case. This identifier will be the one primarily used for troubleshooting.
There is no strong guarantee of the uniqueness of this identifier, so please refrain from
using it for other purpose than logging and troubleshooting.

- `body`
```ignore
let response = client.notify_card_operation()
    .issuer_id(issuer_id)
    .card_id(card_id)
    .x_correlation_id(x_correlation_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn notify_card_operation(&self) -> builder::NotifyCardOperation<'_> {
        builder::NotifyCardOperation::new(self)
    }
    /**Notify card operations (v2, bulk)

D1 notifies the issuer of operations on several cards in one call. The body is
`{ "cards": [ ... ] }` with at least one item (assumed: the source shows the items only).

A 4xx answer means D1 will not retry the request until the issue is considered as resolved;
after a 500 or a 503 D1 will retry the request later.

d1-sandbox applies a batch all or nothing (assumed): every card must exist (else 404
`UNKNOWN_CARD` naming them) and every item be applicable under the rules of
`notifyCardOperation` (else 400 `INVALID_OPERATION` naming the items as `cards[i]`).


Sends a `POST` request to `/notifications/d1/v2/issuers/{issuerId}/cards`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `x_correlation_id`: Random identifier which can be used to correlate the different API calls done as part of a
single use-case. This identifier will be the one primarily used for troubleshooting.
There is no strong guarantee of the uniqueness of this identifier, so please refrain from
using it for other purpose than logging and troubleshooting.

- `body`
```ignore
let response = client.notify_card_operations()
    .issuer_id(issuer_id)
    .x_correlation_id(x_correlation_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn notify_card_operations(&self) -> builder::NotifyCardOperations<'_> {
        builder::NotifyCardOperations::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::verify_card`]

[`Client::verify_card`]: super::Client::verify_card*/
    #[derive(Debug, Clone)]
    pub struct VerifyCard<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::VerifyCardIssuerId, String>,
        x_correlation_id: Result<Option<types::VerifyCardXCorrelationId>, String>,
        body: Result<types::builder::VerifyCardRequest, String>,
    }
    impl<'a> VerifyCard<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                x_correlation_id: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VerifyCardIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `VerifyCardIssuerId` for issuer_id failed".to_string()
                });
            self
        }
        pub fn x_correlation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VerifyCardXCorrelationId>,
        {
            self.x_correlation_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `VerifyCardXCorrelationId` for x_correlation_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VerifyCardRequest>,
            <V as std::convert::TryInto<
                types::VerifyCardRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `VerifyCardRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::VerifyCardRequest,
            ) -> types::builder::VerifyCardRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/cms/api/v1/issuers/{issuerId}/cards/credentials`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::VerifyCardResponse>, Error<types::Error>> {
            let Self { client, issuer_id, x_correlation_id, body } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let x_correlation_id = x_correlation_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::VerifyCardRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/cms/api/v1/issuers/{}/cards/credentials", client.baseurl,
                encode_path(& issuer_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_correlation_id {
                header_map.append("x-correlation-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "verify_card",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            (crate::runtime::answered::observe)(&result);
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::notify_card_operation`]

[`Client::notify_card_operation`]: super::Client::notify_card_operation*/
    #[derive(Debug, Clone)]
    pub struct NotifyCardOperation<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::NotifyCardOperationIssuerId, String>,
        card_id: Result<types::NotifyCardOperationCardId, String>,
        x_correlation_id: Result<
            Option<types::NotifyCardOperationXCorrelationId>,
            String,
        >,
        body: Result<types::builder::CardOperationNotification, String>,
    }
    impl<'a> NotifyCardOperation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                card_id: Err("card_id was not initialized".to_string()),
                x_correlation_id: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NotifyCardOperationIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `NotifyCardOperationIssuerId` for issuer_id failed"
                        .to_string()
                });
            self
        }
        pub fn card_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NotifyCardOperationCardId>,
        {
            self.card_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `NotifyCardOperationCardId` for card_id failed"
                        .to_string()
                });
            self
        }
        pub fn x_correlation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NotifyCardOperationXCorrelationId>,
        {
            self.x_correlation_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NotifyCardOperationXCorrelationId` for x_correlation_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CardOperationNotification>,
            <V as std::convert::TryInto<
                types::CardOperationNotification,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CardOperationNotification` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CardOperationNotification,
            ) -> types::builder::CardOperationNotification,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/notifications/d1/v1/issuers/{issuerId}/cards/{cardId}/notifications`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, issuer_id, card_id, x_correlation_id, body } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let card_id = card_id.map_err(Error::InvalidRequest)?;
            let x_correlation_id = x_correlation_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CardOperationNotification::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/notifications/d1/v1/issuers/{}/cards/{}/notifications", client
                .baseurl, encode_path(& issuer_id.to_string()), encode_path(& card_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_correlation_id {
                header_map.append("x-correlation-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "notify_card_operation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            (crate::runtime::answered::observe)(&result);
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::notify_card_operations`]

[`Client::notify_card_operations`]: super::Client::notify_card_operations*/
    #[derive(Debug, Clone)]
    pub struct NotifyCardOperations<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::NotifyCardOperationsIssuerId, String>,
        x_correlation_id: Result<
            Option<types::NotifyCardOperationsXCorrelationId>,
            String,
        >,
        body: Result<types::builder::CardOperationsNotification, String>,
    }
    impl<'a> NotifyCardOperations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                x_correlation_id: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NotifyCardOperationsIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `NotifyCardOperationsIssuerId` for issuer_id failed"
                        .to_string()
                });
            self
        }
        pub fn x_correlation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NotifyCardOperationsXCorrelationId>,
        {
            self.x_correlation_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NotifyCardOperationsXCorrelationId` for x_correlation_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CardOperationsNotification>,
            <V as std::convert::TryInto<
                types::CardOperationsNotification,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CardOperationsNotification` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CardOperationsNotification,
            ) -> types::builder::CardOperationsNotification,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/notifications/d1/v2/issuers/{issuerId}/cards`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, issuer_id, x_correlation_id, body } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let x_correlation_id = x_correlation_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CardOperationsNotification::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/notifications/d1/v2/issuers/{}/cards", client.baseurl, encode_path(&
                issuer_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_correlation_id {
                header_map.append("x-correlation-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "notify_card_operations",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            (crate::runtime::answered::observe)(&result);
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
