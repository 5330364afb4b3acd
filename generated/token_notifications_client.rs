// generated from openapi/token-notifications.yaml — do not edit.
// progenitor client for Token notifications (Thales COF Client API). `cargo build` regenerates it into OUT_DIR; the reviewable copy in generated/ is
// refreshed with `D1_BLESS=1 cargo test --test integration generated_code_is_fresh`.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The error body of every 4xx and 5xx answer (assumed).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Error {
        ///A stable, machine-readable error code.
        #[serde(rename = "errorCode")]
        pub error_code: ErrorErrorCode,
        ///A human-readable explanation.
        #[serde(rename = "errorDescription")]
        pub error_description: ErrorErrorDescription,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///A stable, machine-readable error code.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ErrorErrorCode(::std::string::String);
    impl ::std::ops::Deref for ErrorErrorCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ErrorErrorCode> for ::std::string::String {
        fn from(value: ErrorErrorCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ErrorErrorCode {
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
    impl ::std::convert::TryFrom<&str> for ErrorErrorCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ErrorErrorCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ErrorErrorCode {
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
    pub struct ErrorErrorDescription(::std::string::String);
    impl ::std::ops::Deref for ErrorErrorDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ErrorErrorDescription> for ::std::string::String {
        fn from(value: ErrorErrorDescription) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ErrorErrorDescription {
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
    impl ::std::convert::TryFrom<&str> for ErrorErrorDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ErrorErrorDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ErrorErrorDescription {
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
    ///`NotifyTokenCreationXCorrelationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NotifyTokenCreationXCorrelationId(::std::string::String);
    impl ::std::ops::Deref for NotifyTokenCreationXCorrelationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NotifyTokenCreationXCorrelationId>
    for ::std::string::String {
        fn from(value: NotifyTokenCreationXCorrelationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NotifyTokenCreationXCorrelationId {
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
    impl ::std::convert::TryFrom<&str> for NotifyTokenCreationXCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for NotifyTokenCreationXCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NotifyTokenCreationXCorrelationId {
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
    ///`NotifyTokenUpdateXCorrelationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NotifyTokenUpdateXCorrelationId(::std::string::String);
    impl ::std::ops::Deref for NotifyTokenUpdateXCorrelationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NotifyTokenUpdateXCorrelationId>
    for ::std::string::String {
        fn from(value: NotifyTokenUpdateXCorrelationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NotifyTokenUpdateXCorrelationId {
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
    impl ::std::convert::TryFrom<&str> for NotifyTokenUpdateXCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for NotifyTokenUpdateXCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NotifyTokenUpdateXCorrelationId {
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
    ///A token was created (or its creation failed).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenCreationNotification {
        ///The card bin returned by the scheme, just available for VISA and Mastercard SCOF.
        #[serde(
            rename = "cardBin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub card_bin: ::std::option::Option<TokenCreationNotificationCardBin>,
        ///The card expiry date in format MMYY.
        #[serde(
            rename = "cardExpiryDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub card_expiry_date: ::std::option::Option<
            TokenCreationNotificationCardExpiryDate,
        >,
        ///The card last digits.
        #[serde(
            rename = "cardLastDigits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub card_last_digits: ::std::option::Option<
            TokenCreationNotificationCardLastDigits,
        >,
        ///Token or binding creation timestamp compliant with ISO 8601.
        #[serde(
            rename = "creationTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_timestamp: ::std::option::Option<
            TokenCreationNotificationCreationTimestamp,
        >,
        ///When the tokenization failed, the error code (assumed).
        #[serde(
            rename = "errorCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_code: ::std::option::Option<TokenCreationNotificationErrorCode>,
        ///When the tokenization failed, a description of the error (assumed).
        #[serde(
            rename = "errorMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_message: ::std::option::Option<TokenCreationNotificationErrorMessage>,
        ///Identifier of the merchant provided by Thales at on-boarding.
        #[serde(rename = "merchantId")]
        pub merchant_id: TokenCreationNotificationMerchantId,
        ///Payment Account Reference returned by the Scheme TSP.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub par: ::std::option::Option<TokenCreationNotificationPar>,
        /**The token expiry date in format MMYY. This information can be missing. It is intended for
display only at this step. Rely on token expiry date in create transaction response for
storage.
*/
        #[serde(
            rename = "tokenExpiryDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_expiry_date: ::std::option::Option<
            TokenCreationNotificationTokenExpiryDate,
        >,
        ///The token identifier.
        #[serde(
            rename = "tokenId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_id: ::std::option::Option<TokenCreationNotificationTokenId>,
        ///The token last digits.
        #[serde(
            rename = "tokenLastDigits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_last_digits: ::std::option::Option<
            TokenCreationNotificationTokenLastDigits,
        >,
        ///Specific to Visa. Another token identifier that shall be used only with Visa Cloud Token Framework.
        #[serde(
            rename = "vProvisionedTokenId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub v_provisioned_token_id: ::std::option::Option<
            TokenCreationNotificationVProvisionedTokenId,
        >,
    }
    impl TokenCreationNotification {
        pub fn builder() -> builder::TokenCreationNotification {
            Default::default()
        }
    }
    ///The card bin returned by the scheme, just available for VISA and Mastercard SCOF.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreationNotificationCardBin(::std::string::String);
    impl ::std::ops::Deref for TokenCreationNotificationCardBin {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreationNotificationCardBin>
    for ::std::string::String {
        fn from(value: TokenCreationNotificationCardBin) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreationNotificationCardBin {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 8usize {
                return Err("longer than 8 characters".into());
            }
            if value.chars().count() < 6usize {
                return Err("shorter than 6 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCreationNotificationCardBin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenCreationNotificationCardBin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCreationNotificationCardBin {
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
    ///The card expiry date in format MMYY.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreationNotificationCardExpiryDate(::std::string::String);
    impl ::std::ops::Deref for TokenCreationNotificationCardExpiryDate {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreationNotificationCardExpiryDate>
    for ::std::string::String {
        fn from(value: TokenCreationNotificationCardExpiryDate) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreationNotificationCardExpiryDate {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4usize {
                return Err("longer than 4 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCreationNotificationCardExpiryDate {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenCreationNotificationCardExpiryDate {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCreationNotificationCardExpiryDate {
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
    ///The card last digits.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreationNotificationCardLastDigits(::std::string::String);
    impl ::std::ops::Deref for TokenCreationNotificationCardLastDigits {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreationNotificationCardLastDigits>
    for ::std::string::String {
        fn from(value: TokenCreationNotificationCardLastDigits) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreationNotificationCardLastDigits {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 5usize {
                return Err("longer than 5 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCreationNotificationCardLastDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenCreationNotificationCardLastDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCreationNotificationCardLastDigits {
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
    ///Token or binding creation timestamp compliant with ISO 8601.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreationNotificationCreationTimestamp(::std::string::String);
    impl ::std::ops::Deref for TokenCreationNotificationCreationTimestamp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreationNotificationCreationTimestamp>
    for ::std::string::String {
        fn from(value: TokenCreationNotificationCreationTimestamp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreationNotificationCreationTimestamp {
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
    impl ::std::convert::TryFrom<&str> for TokenCreationNotificationCreationTimestamp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenCreationNotificationCreationTimestamp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCreationNotificationCreationTimestamp {
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
    ///When the tokenization failed, the error code (assumed).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreationNotificationErrorCode(::std::string::String);
    impl ::std::ops::Deref for TokenCreationNotificationErrorCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreationNotificationErrorCode>
    for ::std::string::String {
        fn from(value: TokenCreationNotificationErrorCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreationNotificationErrorCode {
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
    impl ::std::convert::TryFrom<&str> for TokenCreationNotificationErrorCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenCreationNotificationErrorCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCreationNotificationErrorCode {
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
    ///When the tokenization failed, a description of the error (assumed).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreationNotificationErrorMessage(::std::string::String);
    impl ::std::ops::Deref for TokenCreationNotificationErrorMessage {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreationNotificationErrorMessage>
    for ::std::string::String {
        fn from(value: TokenCreationNotificationErrorMessage) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreationNotificationErrorMessage {
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
    impl ::std::convert::TryFrom<&str> for TokenCreationNotificationErrorMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenCreationNotificationErrorMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCreationNotificationErrorMessage {
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
    ///Identifier of the merchant provided by Thales at on-boarding.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreationNotificationMerchantId(::std::string::String);
    impl ::std::ops::Deref for TokenCreationNotificationMerchantId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreationNotificationMerchantId>
    for ::std::string::String {
        fn from(value: TokenCreationNotificationMerchantId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreationNotificationMerchantId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 128usize {
                return Err("longer than 128 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCreationNotificationMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenCreationNotificationMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCreationNotificationMerchantId {
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
    ///Payment Account Reference returned by the Scheme TSP.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreationNotificationPar(::std::string::String);
    impl ::std::ops::Deref for TokenCreationNotificationPar {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreationNotificationPar> for ::std::string::String {
        fn from(value: TokenCreationNotificationPar) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreationNotificationPar {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 29usize {
                return Err("longer than 29 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCreationNotificationPar {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenCreationNotificationPar {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCreationNotificationPar {
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
    /**The token expiry date in format MMYY. This information can be missing. It is intended for
display only at this step. Rely on token expiry date in create transaction response for
storage.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreationNotificationTokenExpiryDate(::std::string::String);
    impl ::std::ops::Deref for TokenCreationNotificationTokenExpiryDate {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreationNotificationTokenExpiryDate>
    for ::std::string::String {
        fn from(value: TokenCreationNotificationTokenExpiryDate) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreationNotificationTokenExpiryDate {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4usize {
                return Err("longer than 4 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCreationNotificationTokenExpiryDate {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenCreationNotificationTokenExpiryDate {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCreationNotificationTokenExpiryDate {
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
    ///The token identifier.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreationNotificationTokenId(::std::string::String);
    impl ::std::ops::Deref for TokenCreationNotificationTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreationNotificationTokenId>
    for ::std::string::String {
        fn from(value: TokenCreationNotificationTokenId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreationNotificationTokenId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 128usize {
                return Err("longer than 128 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCreationNotificationTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenCreationNotificationTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCreationNotificationTokenId {
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
    ///The token last digits.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreationNotificationTokenLastDigits(::std::string::String);
    impl ::std::ops::Deref for TokenCreationNotificationTokenLastDigits {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreationNotificationTokenLastDigits>
    for ::std::string::String {
        fn from(value: TokenCreationNotificationTokenLastDigits) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreationNotificationTokenLastDigits {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 5usize {
                return Err("longer than 5 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCreationNotificationTokenLastDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenCreationNotificationTokenLastDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCreationNotificationTokenLastDigits {
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
    ///Specific to Visa. Another token identifier that shall be used only with Visa Cloud Token Framework.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreationNotificationVProvisionedTokenId(::std::string::String);
    impl ::std::ops::Deref for TokenCreationNotificationVProvisionedTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreationNotificationVProvisionedTokenId>
    for ::std::string::String {
        fn from(value: TokenCreationNotificationVProvisionedTokenId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreationNotificationVProvisionedTokenId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 36usize {
                return Err("longer than 36 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCreationNotificationVProvisionedTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenCreationNotificationVProvisionedTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for TokenCreationNotificationVProvisionedTokenId {
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
    /**Token state. PCI token state can only be 'ACTIVE' or 'DELETED'. The seed gives a maximum
length of 64 characters, which every value here respects; the value list is assumed.
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
    pub enum TokenState {
        #[serde(rename = "ACTIVE")]
        Active,
        #[serde(rename = "INACTIVE")]
        Inactive,
        #[serde(rename = "SUSPENDED")]
        Suspended,
        #[serde(rename = "DELETED")]
        Deleted,
    }
    impl ::std::fmt::Display for TokenState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Active => f.write_str("ACTIVE"),
                Self::Inactive => f.write_str("INACTIVE"),
                Self::Suspended => f.write_str("SUSPENDED"),
                Self::Deleted => f.write_str("DELETED"),
            }
        }
    }
    impl ::std::str::FromStr for TokenState {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ACTIVE" => Ok(Self::Active),
                "INACTIVE" => Ok(Self::Inactive),
                "SUSPENDED" => Ok(Self::Suspended),
                "DELETED" => Ok(Self::Deleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A network token changed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenUpdateNotification {
        ///The card bin returned by the scheme, just available for VISA and Mastercard SCOF.
        #[serde(
            rename = "cardBin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub card_bin: ::std::option::Option<TokenUpdateNotificationCardBin>,
        ///The card expiry date in format MMYY.
        #[serde(
            rename = "cardExpiryDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub card_expiry_date: ::std::option::Option<
            TokenUpdateNotificationCardExpiryDate,
        >,
        ///The card last digits.
        #[serde(
            rename = "cardLastDigits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub card_last_digits: ::std::option::Option<
            TokenUpdateNotificationCardLastDigits,
        >,
        ///Token or binding creation timestamp compliant with ISO 8601.
        #[serde(
            rename = "creationTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_timestamp: ::std::option::Option<
            TokenUpdateNotificationCreationTimestamp,
        >,
        ///The list of device identifiers bound to the token as per Visa Cloud Token Framework.
        #[serde(
            rename = "deviceBindings",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub device_bindings: ::std::vec::Vec<::std::string::String>,
        /**If present and set to 'true', all pre-fetched cryptograms linked to the token shall be
discarded as they are no more valid due to the token update.
*/
        #[serde(rename = "discardCryptogram", default)]
        pub discard_cryptogram: bool,
        /**Token or binding last update timestamp compliant with ISO 8601. Used to discard obsolete
notifications.
*/
        #[serde(
            rename = "lastUpdateTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_update_timestamp: ::std::option::Option<
            TokenUpdateNotificationLastUpdateTimestamp,
        >,
        ///Identifier of the merchant provided by Thales at on-boarding.
        #[serde(rename = "merchantId")]
        pub merchant_id: TokenUpdateNotificationMerchantId,
        ///Payment Account Reference returned by the Scheme TSP.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub par: ::std::option::Option<TokenUpdateNotificationPar>,
        /**The token expiry date in format MMYY. This information can be missing. It is intended for
display only at this step. Rely on token expiry date in create transaction response for
storage.
*/
        #[serde(
            rename = "tokenExpiryDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_expiry_date: ::std::option::Option<
            TokenUpdateNotificationTokenExpiryDate,
        >,
        ///The token identifier.
        #[serde(rename = "tokenId")]
        pub token_id: TokenUpdateNotificationTokenId,
        ///The token last digits.
        #[serde(
            rename = "tokenLastDigits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_last_digits: ::std::option::Option<
            TokenUpdateNotificationTokenLastDigits,
        >,
        #[serde(
            rename = "tokenState",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_state: ::std::option::Option<TokenState>,
        ///Specific to Visa. Another token identifier that shall be used only with Visa Cloud Token Framework.
        #[serde(
            rename = "vProvisionedTokenId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub v_provisioned_token_id: ::std::option::Option<
            TokenUpdateNotificationVProvisionedTokenId,
        >,
    }
    impl TokenUpdateNotification {
        pub fn builder() -> builder::TokenUpdateNotification {
            Default::default()
        }
    }
    ///The card bin returned by the scheme, just available for VISA and Mastercard SCOF.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdateNotificationCardBin(::std::string::String);
    impl ::std::ops::Deref for TokenUpdateNotificationCardBin {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdateNotificationCardBin> for ::std::string::String {
        fn from(value: TokenUpdateNotificationCardBin) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdateNotificationCardBin {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 8usize {
                return Err("longer than 8 characters".into());
            }
            if value.chars().count() < 6usize {
                return Err("shorter than 6 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenUpdateNotificationCardBin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenUpdateNotificationCardBin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdateNotificationCardBin {
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
    ///The card expiry date in format MMYY.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdateNotificationCardExpiryDate(::std::string::String);
    impl ::std::ops::Deref for TokenUpdateNotificationCardExpiryDate {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdateNotificationCardExpiryDate>
    for ::std::string::String {
        fn from(value: TokenUpdateNotificationCardExpiryDate) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdateNotificationCardExpiryDate {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4usize {
                return Err("longer than 4 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenUpdateNotificationCardExpiryDate {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenUpdateNotificationCardExpiryDate {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdateNotificationCardExpiryDate {
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
    ///The card last digits.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdateNotificationCardLastDigits(::std::string::String);
    impl ::std::ops::Deref for TokenUpdateNotificationCardLastDigits {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdateNotificationCardLastDigits>
    for ::std::string::String {
        fn from(value: TokenUpdateNotificationCardLastDigits) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdateNotificationCardLastDigits {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 5usize {
                return Err("longer than 5 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenUpdateNotificationCardLastDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenUpdateNotificationCardLastDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdateNotificationCardLastDigits {
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
    ///Token or binding creation timestamp compliant with ISO 8601.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdateNotificationCreationTimestamp(::std::string::String);
    impl ::std::ops::Deref for TokenUpdateNotificationCreationTimestamp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdateNotificationCreationTimestamp>
    for ::std::string::String {
        fn from(value: TokenUpdateNotificationCreationTimestamp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdateNotificationCreationTimestamp {
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
    impl ::std::convert::TryFrom<&str> for TokenUpdateNotificationCreationTimestamp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenUpdateNotificationCreationTimestamp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdateNotificationCreationTimestamp {
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
    /**Token or binding last update timestamp compliant with ISO 8601. Used to discard obsolete
notifications.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdateNotificationLastUpdateTimestamp(::std::string::String);
    impl ::std::ops::Deref for TokenUpdateNotificationLastUpdateTimestamp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdateNotificationLastUpdateTimestamp>
    for ::std::string::String {
        fn from(value: TokenUpdateNotificationLastUpdateTimestamp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdateNotificationLastUpdateTimestamp {
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
    impl ::std::convert::TryFrom<&str> for TokenUpdateNotificationLastUpdateTimestamp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenUpdateNotificationLastUpdateTimestamp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdateNotificationLastUpdateTimestamp {
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
    ///Identifier of the merchant provided by Thales at on-boarding.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdateNotificationMerchantId(::std::string::String);
    impl ::std::ops::Deref for TokenUpdateNotificationMerchantId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdateNotificationMerchantId>
    for ::std::string::String {
        fn from(value: TokenUpdateNotificationMerchantId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdateNotificationMerchantId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 128usize {
                return Err("longer than 128 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenUpdateNotificationMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenUpdateNotificationMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdateNotificationMerchantId {
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
    ///Payment Account Reference returned by the Scheme TSP.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdateNotificationPar(::std::string::String);
    impl ::std::ops::Deref for TokenUpdateNotificationPar {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdateNotificationPar> for ::std::string::String {
        fn from(value: TokenUpdateNotificationPar) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdateNotificationPar {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 29usize {
                return Err("longer than 29 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenUpdateNotificationPar {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenUpdateNotificationPar {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdateNotificationPar {
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
    /**The token expiry date in format MMYY. This information can be missing. It is intended for
display only at this step. Rely on token expiry date in create transaction response for
storage.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdateNotificationTokenExpiryDate(::std::string::String);
    impl ::std::ops::Deref for TokenUpdateNotificationTokenExpiryDate {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdateNotificationTokenExpiryDate>
    for ::std::string::String {
        fn from(value: TokenUpdateNotificationTokenExpiryDate) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdateNotificationTokenExpiryDate {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4usize {
                return Err("longer than 4 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenUpdateNotificationTokenExpiryDate {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenUpdateNotificationTokenExpiryDate {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdateNotificationTokenExpiryDate {
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
    ///The token identifier.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdateNotificationTokenId(::std::string::String);
    impl ::std::ops::Deref for TokenUpdateNotificationTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdateNotificationTokenId> for ::std::string::String {
        fn from(value: TokenUpdateNotificationTokenId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdateNotificationTokenId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 128usize {
                return Err("longer than 128 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenUpdateNotificationTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenUpdateNotificationTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdateNotificationTokenId {
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
    ///The token last digits.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdateNotificationTokenLastDigits(::std::string::String);
    impl ::std::ops::Deref for TokenUpdateNotificationTokenLastDigits {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdateNotificationTokenLastDigits>
    for ::std::string::String {
        fn from(value: TokenUpdateNotificationTokenLastDigits) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdateNotificationTokenLastDigits {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 5usize {
                return Err("longer than 5 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenUpdateNotificationTokenLastDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenUpdateNotificationTokenLastDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdateNotificationTokenLastDigits {
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
    ///Specific to Visa. Another token identifier that shall be used only with Visa Cloud Token Framework.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdateNotificationVProvisionedTokenId(::std::string::String);
    impl ::std::ops::Deref for TokenUpdateNotificationVProvisionedTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdateNotificationVProvisionedTokenId>
    for ::std::string::String {
        fn from(value: TokenUpdateNotificationVProvisionedTokenId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdateNotificationVProvisionedTokenId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 36usize {
                return Err("longer than 36 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenUpdateNotificationVProvisionedTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenUpdateNotificationVProvisionedTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdateNotificationVProvisionedTokenId {
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
        pub struct Error {
            error_code: ::std::result::Result<
                super::ErrorErrorCode,
                ::std::string::String,
            >,
            error_description: ::std::result::Result<
                super::ErrorErrorDescription,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    error_code: Err("no value supplied for error_code".to_string()),
                    error_description: Err(
                        "no value supplied for error_description".to_string(),
                    ),
                }
            }
        }
        impl Error {
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorErrorCode>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn error_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorErrorDescription>,
                T::Error: ::std::fmt::Display,
            {
                self.error_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_description: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code: value.error_code?,
                    error_description: value.error_description?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    error_code: Ok(value.error_code),
                    error_description: Ok(value.error_description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenCreationNotification {
            card_bin: ::std::result::Result<
                ::std::option::Option<super::TokenCreationNotificationCardBin>,
                ::std::string::String,
            >,
            card_expiry_date: ::std::result::Result<
                ::std::option::Option<super::TokenCreationNotificationCardExpiryDate>,
                ::std::string::String,
            >,
            card_last_digits: ::std::result::Result<
                ::std::option::Option<super::TokenCreationNotificationCardLastDigits>,
                ::std::string::String,
            >,
            creation_timestamp: ::std::result::Result<
                ::std::option::Option<super::TokenCreationNotificationCreationTimestamp>,
                ::std::string::String,
            >,
            error_code: ::std::result::Result<
                ::std::option::Option<super::TokenCreationNotificationErrorCode>,
                ::std::string::String,
            >,
            error_message: ::std::result::Result<
                ::std::option::Option<super::TokenCreationNotificationErrorMessage>,
                ::std::string::String,
            >,
            merchant_id: ::std::result::Result<
                super::TokenCreationNotificationMerchantId,
                ::std::string::String,
            >,
            par: ::std::result::Result<
                ::std::option::Option<super::TokenCreationNotificationPar>,
                ::std::string::String,
            >,
            token_expiry_date: ::std::result::Result<
                ::std::option::Option<super::TokenCreationNotificationTokenExpiryDate>,
                ::std::string::String,
            >,
            token_id: ::std::result::Result<
                ::std::option::Option<super::TokenCreationNotificationTokenId>,
                ::std::string::String,
            >,
            token_last_digits: ::std::result::Result<
                ::std::option::Option<super::TokenCreationNotificationTokenLastDigits>,
                ::std::string::String,
            >,
            v_provisioned_token_id: ::std::result::Result<
                ::std::option::Option<
                    super::TokenCreationNotificationVProvisionedTokenId,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenCreationNotification {
            fn default() -> Self {
                Self {
                    card_bin: Ok(Default::default()),
                    card_expiry_date: Ok(Default::default()),
                    card_last_digits: Ok(Default::default()),
                    creation_timestamp: Ok(Default::default()),
                    error_code: Ok(Default::default()),
                    error_message: Ok(Default::default()),
                    merchant_id: Err("no value supplied for merchant_id".to_string()),
                    par: Ok(Default::default()),
                    token_expiry_date: Ok(Default::default()),
                    token_id: Ok(Default::default()),
                    token_last_digits: Ok(Default::default()),
                    v_provisioned_token_id: Ok(Default::default()),
                }
            }
        }
        impl TokenCreationNotification {
            pub fn card_bin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenCreationNotificationCardBin>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_bin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_bin: {e}")
                    });
                self
            }
            pub fn card_expiry_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenCreationNotificationCardExpiryDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_expiry_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for card_expiry_date: {e}"
                        )
                    });
                self
            }
            pub fn card_last_digits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenCreationNotificationCardLastDigits>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_last_digits = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for card_last_digits: {e}"
                        )
                    });
                self
            }
            pub fn creation_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::TokenCreationNotificationCreationTimestamp,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.creation_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for creation_timestamp: {e}"
                        )
                    });
                self
            }
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenCreationNotificationErrorCode>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn error_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenCreationNotificationErrorMessage>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.error_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_message: {e}")
                    });
                self
            }
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenCreationNotificationMerchantId>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn par<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenCreationNotificationPar>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.par = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for par: {e}")
                    });
                self
            }
            pub fn token_expiry_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::TokenCreationNotificationTokenExpiryDate,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.token_expiry_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for token_expiry_date: {e}"
                        )
                    });
                self
            }
            pub fn token_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenCreationNotificationTokenId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.token_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_id: {e}")
                    });
                self
            }
            pub fn token_last_digits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::TokenCreationNotificationTokenLastDigits,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.token_last_digits = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for token_last_digits: {e}"
                        )
                    });
                self
            }
            pub fn v_provisioned_token_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::TokenCreationNotificationVProvisionedTokenId,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.v_provisioned_token_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for v_provisioned_token_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenCreationNotification>
        for super::TokenCreationNotification {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenCreationNotification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_bin: value.card_bin?,
                    card_expiry_date: value.card_expiry_date?,
                    card_last_digits: value.card_last_digits?,
                    creation_timestamp: value.creation_timestamp?,
                    error_code: value.error_code?,
                    error_message: value.error_message?,
                    merchant_id: value.merchant_id?,
                    par: value.par?,
                    token_expiry_date: value.token_expiry_date?,
                    token_id: value.token_id?,
                    token_last_digits: value.token_last_digits?,
                    v_provisioned_token_id: value.v_provisioned_token_id?,
                })
            }
        }
        impl ::std::convert::From<super::TokenCreationNotification>
        for TokenCreationNotification {
            fn from(value: super::TokenCreationNotification) -> Self {
                Self {
                    card_bin: Ok(value.card_bin),
                    card_expiry_date: Ok(value.card_expiry_date),
                    card_last_digits: Ok(value.card_last_digits),
                    creation_timestamp: Ok(value.creation_timestamp),
                    error_code: Ok(value.error_code),
                    error_message: Ok(value.error_message),
                    merchant_id: Ok(value.merchant_id),
                    par: Ok(value.par),
                    token_expiry_date: Ok(value.token_expiry_date),
                    token_id: Ok(value.token_id),
                    token_last_digits: Ok(value.token_last_digits),
                    v_provisioned_token_id: Ok(value.v_provisioned_token_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenUpdateNotification {
            card_bin: ::std::result::Result<
                ::std::option::Option<super::TokenUpdateNotificationCardBin>,
                ::std::string::String,
            >,
            card_expiry_date: ::std::result::Result<
                ::std::option::Option<super::TokenUpdateNotificationCardExpiryDate>,
                ::std::string::String,
            >,
            card_last_digits: ::std::result::Result<
                ::std::option::Option<super::TokenUpdateNotificationCardLastDigits>,
                ::std::string::String,
            >,
            creation_timestamp: ::std::result::Result<
                ::std::option::Option<super::TokenUpdateNotificationCreationTimestamp>,
                ::std::string::String,
            >,
            device_bindings: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            discard_cryptogram: ::std::result::Result<bool, ::std::string::String>,
            last_update_timestamp: ::std::result::Result<
                ::std::option::Option<super::TokenUpdateNotificationLastUpdateTimestamp>,
                ::std::string::String,
            >,
            merchant_id: ::std::result::Result<
                super::TokenUpdateNotificationMerchantId,
                ::std::string::String,
            >,
            par: ::std::result::Result<
                ::std::option::Option<super::TokenUpdateNotificationPar>,
                ::std::string::String,
            >,
            token_expiry_date: ::std::result::Result<
                ::std::option::Option<super::TokenUpdateNotificationTokenExpiryDate>,
                ::std::string::String,
            >,
            token_id: ::std::result::Result<
                super::TokenUpdateNotificationTokenId,
                ::std::string::String,
            >,
            token_last_digits: ::std::result::Result<
                ::std::option::Option<super::TokenUpdateNotificationTokenLastDigits>,
                ::std::string::String,
            >,
            token_state: ::std::result::Result<
                ::std::option::Option<super::TokenState>,
                ::std::string::String,
            >,
            v_provisioned_token_id: ::std::result::Result<
                ::std::option::Option<super::TokenUpdateNotificationVProvisionedTokenId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenUpdateNotification {
            fn default() -> Self {
                Self {
                    card_bin: Ok(Default::default()),
                    card_expiry_date: Ok(Default::default()),
                    card_last_digits: Ok(Default::default()),
                    creation_timestamp: Ok(Default::default()),
                    device_bindings: Ok(Default::default()),
                    discard_cryptogram: Ok(Default::default()),
                    last_update_timestamp: Ok(Default::default()),
                    merchant_id: Err("no value supplied for merchant_id".to_string()),
                    par: Ok(Default::default()),
                    token_expiry_date: Ok(Default::default()),
                    token_id: Err("no value supplied for token_id".to_string()),
                    token_last_digits: Ok(Default::default()),
                    token_state: Ok(Default::default()),
                    v_provisioned_token_id: Ok(Default::default()),
                }
            }
        }
        impl TokenUpdateNotification {
            pub fn card_bin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenUpdateNotificationCardBin>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_bin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_bin: {e}")
                    });
                self
            }
            pub fn card_expiry_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenUpdateNotificationCardExpiryDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_expiry_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for card_expiry_date: {e}"
                        )
                    });
                self
            }
            pub fn card_last_digits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenUpdateNotificationCardLastDigits>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_last_digits = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for card_last_digits: {e}"
                        )
                    });
                self
            }
            pub fn creation_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::TokenUpdateNotificationCreationTimestamp,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.creation_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for creation_timestamp: {e}"
                        )
                    });
                self
            }
            pub fn device_bindings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_bindings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for device_bindings: {e}"
                        )
                    });
                self
            }
            pub fn discard_cryptogram<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.discard_cryptogram = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for discard_cryptogram: {e}"
                        )
                    });
                self
            }
            pub fn last_update_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::TokenUpdateNotificationLastUpdateTimestamp,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_update_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_update_timestamp: {e}"
                        )
                    });
                self
            }
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenUpdateNotificationMerchantId>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn par<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenUpdateNotificationPar>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.par = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for par: {e}")
                    });
                self
            }
            pub fn token_expiry_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenUpdateNotificationTokenExpiryDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.token_expiry_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for token_expiry_date: {e}"
                        )
                    });
                self
            }
            pub fn token_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenUpdateNotificationTokenId>,
                T::Error: ::std::fmt::Display,
            {
                self.token_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_id: {e}")
                    });
                self
            }
            pub fn token_last_digits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenUpdateNotificationTokenLastDigits>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.token_last_digits = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for token_last_digits: {e}"
                        )
                    });
                self
            }
            pub fn token_state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TokenState>>,
                T::Error: ::std::fmt::Display,
            {
                self.token_state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_state: {e}")
                    });
                self
            }
            pub fn v_provisioned_token_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::TokenUpdateNotificationVProvisionedTokenId,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.v_provisioned_token_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for v_provisioned_token_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenUpdateNotification>
        for super::TokenUpdateNotification {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenUpdateNotification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_bin: value.card_bin?,
                    card_expiry_date: value.card_expiry_date?,
                    card_last_digits: value.card_last_digits?,
                    creation_timestamp: value.creation_timestamp?,
                    device_bindings: value.device_bindings?,
                    discard_cryptogram: value.discard_cryptogram?,
                    last_update_timestamp: value.last_update_timestamp?,
                    merchant_id: value.merchant_id?,
                    par: value.par?,
                    token_expiry_date: value.token_expiry_date?,
                    token_id: value.token_id?,
                    token_last_digits: value.token_last_digits?,
                    token_state: value.token_state?,
                    v_provisioned_token_id: value.v_provisioned_token_id?,
                })
            }
        }
        impl ::std::convert::From<super::TokenUpdateNotification>
        for TokenUpdateNotification {
            fn from(value: super::TokenUpdateNotification) -> Self {
                Self {
                    card_bin: Ok(value.card_bin),
                    card_expiry_date: Ok(value.card_expiry_date),
                    card_last_digits: Ok(value.card_last_digits),
                    creation_timestamp: Ok(value.creation_timestamp),
                    device_bindings: Ok(value.device_bindings),
                    discard_cryptogram: Ok(value.discard_cryptogram),
                    last_update_timestamp: Ok(value.last_update_timestamp),
                    merchant_id: Ok(value.merchant_id),
                    par: Ok(value.par),
                    token_expiry_date: Ok(value.token_expiry_date),
                    token_id: Ok(value.token_id),
                    token_last_digits: Ok(value.token_last_digits),
                    token_state: Ok(value.token_state),
                    v_provisioned_token_id: Ok(value.v_provisioned_token_id),
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
/**Client for Token notifications (Thales COF Client API)

The notifications the Thales merchant tokenization service sends to a token requestor when a
card-on-file token is created or changes (source: seed 003, and the public "Thales COF Client
API" v1.42).

Every call carries `Authorization: APIKEY <key>`, the technical identifier pre-defined at
on-boarding (see the `apiKey` security scheme), and a required `x-correlation-id`.

A 2xx answer ends a notification. 400, 401 and 404 are not retried; 429, 500 and 503 are
retried periodically with exponential backoff, so notifications about one token may arrive out
of order: `lastUpdateTimestamp` decides, and older ones are discarded.

Every error uses the `Error` body `{ "errorCode", "errorDescription" }` (assumed, as in the
merchant-gateway API).


Version: 1.42.0*/
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
        "1.42.0"
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
    /**Notify Token Creation

Notify the token requestor about a token creation.

The notification shares the same 'x-correlation-id' as in the create token request.

If the tokenization failed, the notification only contains information about the error
(`errorCode`, `errorMessage`; assumed names). No token data is provided.

In case of retryable error returned by the token requestor, the notification will be resent
periodically with exponential backoff.


Sends a `POST` request to `/notify-token-creation`

Arguments:
- `x_correlation_id`: A unique message identifier. It eventually correlates the notification with a request if
any. The goal is to help on customer support when needed. (Pattern as in the newer D1
specifications; assumed here.)

- `body`
```ignore
let response = client.notify_token_creation()
    .x_correlation_id(x_correlation_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn notify_token_creation(&self) -> builder::NotifyTokenCreation<'_> {
        builder::NotifyTokenCreation::new(self)
    }
    /**Notify Token Update

Notify the token requestor about a network token update.

In case of retryable error returned by the token requestor, the notification will be resent
periodically with exponential backoff.

In case of error and retry, all the notifications regarding a token may not be sent in
correct order. The parameter 'lastUpdateTimestamp' shall be used to discard obsolete
notifications.

Most of the time, the TMG sends all the information it has for the token. But there are some
edge error cases for which only the 'tokenId' and the 'tokenState' are sent.


Sends a `POST` request to `/notify-token-update`

Arguments:
- `x_correlation_id`: A unique message identifier. It eventually correlates the notification with a request if
any. The goal is to help on customer support when needed. (Pattern as in the newer D1
specifications; assumed here.)

- `body`
```ignore
let response = client.notify_token_update()
    .x_correlation_id(x_correlation_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn notify_token_update(&self) -> builder::NotifyTokenUpdate<'_> {
        builder::NotifyTokenUpdate::new(self)
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
    /**Builder for [`Client::notify_token_creation`]

[`Client::notify_token_creation`]: super::Client::notify_token_creation*/
    #[derive(Debug, Clone)]
    pub struct NotifyTokenCreation<'a> {
        client: &'a super::Client,
        x_correlation_id: Result<types::NotifyTokenCreationXCorrelationId, String>,
        body: Result<types::builder::TokenCreationNotification, String>,
    }
    impl<'a> NotifyTokenCreation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_correlation_id: Err(
                    "x_correlation_id was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_correlation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NotifyTokenCreationXCorrelationId>,
        {
            self.x_correlation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `NotifyTokenCreationXCorrelationId` for x_correlation_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TokenCreationNotification>,
            <V as std::convert::TryInto<
                types::TokenCreationNotification,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `TokenCreationNotification` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TokenCreationNotification,
            ) -> types::builder::TokenCreationNotification,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/notify-token-creation`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, x_correlation_id, body } = self;
            let x_correlation_id = x_correlation_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::TokenCreationNotification::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/notify-token-creation", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            header_map
                .append("x-correlation-id", x_correlation_id.to_string().try_into()?);
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
                operation_id: "notify_token_creation",
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
                429u16 => {
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
    /**Builder for [`Client::notify_token_update`]

[`Client::notify_token_update`]: super::Client::notify_token_update*/
    #[derive(Debug, Clone)]
    pub struct NotifyTokenUpdate<'a> {
        client: &'a super::Client,
        x_correlation_id: Result<types::NotifyTokenUpdateXCorrelationId, String>,
        body: Result<types::builder::TokenUpdateNotification, String>,
    }
    impl<'a> NotifyTokenUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_correlation_id: Err(
                    "x_correlation_id was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_correlation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NotifyTokenUpdateXCorrelationId>,
        {
            self.x_correlation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `NotifyTokenUpdateXCorrelationId` for x_correlation_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TokenUpdateNotification>,
            <V as std::convert::TryInto<
                types::TokenUpdateNotification,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `TokenUpdateNotification` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TokenUpdateNotification,
            ) -> types::builder::TokenUpdateNotification,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/notify-token-update`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, x_correlation_id, body } = self;
            let x_correlation_id = x_correlation_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::TokenUpdateNotification::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/notify-token-update", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            header_map
                .append("x-correlation-id", x_correlation_id.to_string().try_into()?);
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
                operation_id: "notify_token_update",
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
                429u16 => {
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
