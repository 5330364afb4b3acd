// generated from openapi/merchant-gateway.yaml — do not edit.
// progenitor client for Merchant gateway API (outbound from Thales D1). `cargo build` regenerates it into OUT_DIR; the reviewable copy in generated/ is
// refreshed with `D1_BLESS=1 cargo test --test integration generated_code_is_fresh`.

// `TokenEndpointError.error_description` is left out of this client: its Rust name collides with another property's, which progenitor cannot express.

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
        ///A stable error code: FIELD_INVALID_FORMAT, UNAUTHORIZED, UNKNOWN_TOKEN, UNKNOWN_MERCHANT, INTERNAL_ERROR, MERCHANT_ERROR, ...
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
    ///A stable error code: FIELD_INVALID_FORMAT, UNAUTHORIZED, UNKNOWN_TOKEN, UNKNOWN_MERCHANT, INTERNAL_ERROR, MERCHANT_ERROR, ...
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
    ///`NotifyTokenUpdateMerchantGatewayId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NotifyTokenUpdateMerchantGatewayId(::std::string::String);
    impl ::std::ops::Deref for NotifyTokenUpdateMerchantGatewayId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NotifyTokenUpdateMerchantGatewayId>
    for ::std::string::String {
        fn from(value: NotifyTokenUpdateMerchantGatewayId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NotifyTokenUpdateMerchantGatewayId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{10}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{10}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NotifyTokenUpdateMerchantGatewayId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for NotifyTokenUpdateMerchantGatewayId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NotifyTokenUpdateMerchantGatewayId {
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
    ///`NotifyTokenUpdateMerchantId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NotifyTokenUpdateMerchantId(::std::string::String);
    impl ::std::ops::Deref for NotifyTokenUpdateMerchantId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NotifyTokenUpdateMerchantId> for ::std::string::String {
        fn from(value: NotifyTokenUpdateMerchantId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NotifyTokenUpdateMerchantId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_-]{11}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{11}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NotifyTokenUpdateMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NotifyTokenUpdateMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NotifyTokenUpdateMerchantId {
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
    ///`NotifyTokenUpdateTokenId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NotifyTokenUpdateTokenId(::std::string::String);
    impl ::std::ops::Deref for NotifyTokenUpdateTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NotifyTokenUpdateTokenId> for ::std::string::String {
        fn from(value: NotifyTokenUpdateTokenId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NotifyTokenUpdateTokenId {
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
    impl ::std::convert::TryFrom<&str> for NotifyTokenUpdateTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NotifyTokenUpdateTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NotifyTokenUpdateTokenId {
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
    /**The error body of the token endpoint: the source's `errorCode` / `errorDescription`, and
RFC 6749 §5.2's `error` / `error_description` (assumed).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenEndpointError {
        ///The RFC 6749 §5.2 error code.
        pub error: TokenEndpointErrorError,
        ///A stable error code: FIELD_INVALID_FORMAT, UNAUTHORIZED.
        #[serde(rename = "errorCode")]
        pub error_code: TokenEndpointErrorErrorCode,
        ///A human-readable explanation.
        #[serde(rename = "errorDescription")]
        pub error_description: TokenEndpointErrorErrorDescription,
    }
    impl TokenEndpointError {
        pub fn builder() -> builder::TokenEndpointError {
            Default::default()
        }
    }
    ///The RFC 6749 §5.2 error code.
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
    pub enum TokenEndpointErrorError {
        #[serde(rename = "invalid_request")]
        InvalidRequest,
        #[serde(rename = "invalid_client")]
        InvalidClient,
        #[serde(rename = "invalid_grant")]
        InvalidGrant,
        #[serde(rename = "invalid_scope")]
        InvalidScope,
        #[serde(rename = "unauthorized_client")]
        UnauthorizedClient,
        #[serde(rename = "unsupported_grant_type")]
        UnsupportedGrantType,
    }
    impl ::std::fmt::Display for TokenEndpointErrorError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::InvalidRequest => f.write_str("invalid_request"),
                Self::InvalidClient => f.write_str("invalid_client"),
                Self::InvalidGrant => f.write_str("invalid_grant"),
                Self::InvalidScope => f.write_str("invalid_scope"),
                Self::UnauthorizedClient => f.write_str("unauthorized_client"),
                Self::UnsupportedGrantType => f.write_str("unsupported_grant_type"),
            }
        }
    }
    impl ::std::str::FromStr for TokenEndpointErrorError {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "invalid_request" => Ok(Self::InvalidRequest),
                "invalid_client" => Ok(Self::InvalidClient),
                "invalid_grant" => Ok(Self::InvalidGrant),
                "invalid_scope" => Ok(Self::InvalidScope),
                "unauthorized_client" => Ok(Self::UnauthorizedClient),
                "unsupported_grant_type" => Ok(Self::UnsupportedGrantType),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenEndpointErrorError {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenEndpointErrorError {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A stable error code: FIELD_INVALID_FORMAT, UNAUTHORIZED.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenEndpointErrorErrorCode(::std::string::String);
    impl ::std::ops::Deref for TokenEndpointErrorErrorCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenEndpointErrorErrorCode> for ::std::string::String {
        fn from(value: TokenEndpointErrorErrorCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenEndpointErrorErrorCode {
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
    impl ::std::convert::TryFrom<&str> for TokenEndpointErrorErrorCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenEndpointErrorErrorCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenEndpointErrorErrorCode {
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
    pub struct TokenEndpointErrorErrorDescription(::std::string::String);
    impl ::std::ops::Deref for TokenEndpointErrorErrorDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenEndpointErrorErrorDescription>
    for ::std::string::String {
        fn from(value: TokenEndpointErrorErrorDescription) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenEndpointErrorErrorDescription {
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
    impl ::std::convert::TryFrom<&str> for TokenEndpointErrorErrorDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenEndpointErrorErrorDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenEndpointErrorErrorDescription {
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
    ///The client credentials grant request (form fields).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenRequest {
        ///Must be `client_credentials`.
        pub grant_type: TokenRequestGrantType,
        ///Access request scope as optionally defined by the merchant gateway (length assumed).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<TokenRequestScope>,
    }
    impl TokenRequest {
        pub fn builder() -> builder::TokenRequest {
            Default::default()
        }
    }
    ///Must be `client_credentials`.
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
    pub enum TokenRequestGrantType {
        #[serde(rename = "client_credentials")]
        ClientCredentials,
    }
    impl ::std::fmt::Display for TokenRequestGrantType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ClientCredentials => f.write_str("client_credentials"),
            }
        }
    }
    impl ::std::str::FromStr for TokenRequestGrantType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "client_credentials" => Ok(Self::ClientCredentials),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenRequestGrantType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenRequestGrantType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Access request scope as optionally defined by the merchant gateway (length assumed).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenRequestScope(::std::string::String);
    impl ::std::ops::Deref for TokenRequestScope {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenRequestScope> for ::std::string::String {
        fn from(value: TokenRequestScope) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenRequestScope {
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
    impl ::std::convert::TryFrom<&str> for TokenRequestScope {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenRequestScope {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenRequestScope {
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
    ///The access token.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenResponse {
        ///The access_token that will be used to call the APIs.
        pub access_token: ::std::string::String,
        ///Access token expiration timestamp.
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Remaining time in seconds for the access_token to expire.
        pub expires_in: i64,
        ///Scope of the access_token.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<::std::string::String>,
        ///Type of the access_token that will be used to call the APIs.
        pub token_type: ::std::string::String,
    }
    impl TokenResponse {
        pub fn builder() -> builder::TokenResponse {
            Default::default()
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
        pub struct TokenEndpointError {
            error: ::std::result::Result<
                super::TokenEndpointErrorError,
                ::std::string::String,
            >,
            error_code: ::std::result::Result<
                super::TokenEndpointErrorErrorCode,
                ::std::string::String,
            >,
            error_description: ::std::result::Result<
                super::TokenEndpointErrorErrorDescription,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenEndpointError {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                    error_code: Err("no value supplied for error_code".to_string()),
                    error_description: Err(
                        "no value supplied for error_description".to_string(),
                    ),
                }
            }
        }
        impl TokenEndpointError {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenEndpointErrorError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenEndpointErrorErrorCode>,
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
                T: ::std::convert::TryInto<super::TokenEndpointErrorErrorDescription>,
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
        impl ::std::convert::TryFrom<TokenEndpointError> for super::TokenEndpointError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenEndpointError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    error_code: value.error_code?,
                    error_description: value.error_description?,
                })
            }
        }
        impl ::std::convert::From<super::TokenEndpointError> for TokenEndpointError {
            fn from(value: super::TokenEndpointError) -> Self {
                Self {
                    error: Ok(value.error),
                    error_code: Ok(value.error_code),
                    error_description: Ok(value.error_description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenRequest {
            grant_type: ::std::result::Result<
                super::TokenRequestGrantType,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::option::Option<super::TokenRequestScope>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenRequest {
            fn default() -> Self {
                Self {
                    grant_type: Err("no value supplied for grant_type".to_string()),
                    scope: Ok(Default::default()),
                }
            }
        }
        impl TokenRequest {
            pub fn grant_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenRequestGrantType>,
                T::Error: ::std::fmt::Display,
            {
                self.grant_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for grant_type: {e}")
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenRequestScope>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenRequest> for super::TokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    grant_type: value.grant_type?,
                    scope: value.scope?,
                })
            }
        }
        impl ::std::convert::From<super::TokenRequest> for TokenRequest {
            fn from(value: super::TokenRequest) -> Self {
                Self {
                    grant_type: Ok(value.grant_type),
                    scope: Ok(value.scope),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenResponse {
            access_token: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            expires_in: ::std::result::Result<i64, ::std::string::String>,
            scope: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenResponse {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    expires_in: Err("no value supplied for expires_in".to_string()),
                    scope: Ok(Default::default()),
                    token_type: Err("no value supplied for token_type".to_string()),
                }
            }
        }
        impl TokenResponse {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_in: {e}")
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
                    });
                self
            }
            pub fn token_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenResponse> for super::TokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    expires_at: value.expires_at?,
                    expires_in: value.expires_in?,
                    scope: value.scope?,
                    token_type: value.token_type?,
                })
            }
        }
        impl ::std::convert::From<super::TokenResponse> for TokenResponse {
            fn from(value: super::TokenResponse) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    expires_at: Ok(value.expires_at),
                    expires_in: Ok(value.expires_in),
                    scope: Ok(value.scope),
                    token_type: Ok(value.token_type),
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
/**Client for Merchant gateway API (outbound from Thales D1)

The API a merchant gateway exposes and Thales D1 calls (source: seed 004, "出力 API(Thales D1
から)", the D1 Ecom outbound specification).

OAUTH activation for outbound endpoints is optional and part of the D1 tenant configuration
(Token URL, Credentials, Scope). A merchant gateway wishing to opt for the OAUTH scheme supports
a token endpoint from which the access token is retrieved, with HTTP POST client-credentials
grant requests in `application/x-www-form-urlencoded` (RFC 6749 §4.4.2). In d1-sandbox that
endpoint is `POST /oauth2/token`, and its tokens also open the Card API.

Every error uses the `Error` body `{ "errorCode", "errorDescription" }` (assumed).


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
    /**Get OAuth 2.0 access token

Client credentials grant (RFC 6749 §4.4.2). The client authenticates with HTTP Basic: the
authorization header includes the client id and secret following the syntax
`Basic base64(clientId:clientSecret)` as per RFC 2617 (example `Basic aXNfdGJhbmswMToxMjM=`).
Client credentials in the form body (`client_secret_post`) are not accepted: the source
names HTTP Basic only (assumed).

`scope` is optional; when given, every space-separated value must be a scope of the
`oauth2` security scheme (`notify`), else 400 `invalid_scope` (assumed).

Every answer carries `Cache-Control: no-store` and `Pragma: no-cache` (RFC 6749 §5.1), and
a 401 carries `WWW-Authenticate: Basic realm="d1-sandbox"` (RFC 6749 §5.2). Error bodies
carry the source's `errorCode` / `errorDescription` and RFC 6749 §5.2's `error` /
`error_description`, so that OAuth client libraries recognise them (assumed).


Sends a `POST` request to `/oauth2/token`

```ignore
let response = client.get_access_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn get_access_token(&self) -> builder::GetAccessToken<'_> {
        builder::GetAccessToken::new(self)
    }
    /**Notify token update

D1 signals that a token of a merchant changed; the merchant gateway fetches what it needs.
No request body.


Sends a `POST` request to `/merchant-gateways/{merchantGatewayId}/merchants/{merchantId}/tokens/{tokenId}/notify-update`

Arguments:
- `merchant_gateway_id`: Merchant Gateway Identifier.
- `merchant_id`: Merchant Identifier (aka Token Requestor ID) generated by the scheme TSP for that merchant.
- `token_id`: Token unique identifier.
- `x_correlation_id`: Random identifier which can be used to correlate the different API calls done as part of
a single use-case. This identifier will be the one primarily used for troubleshooting.
Warning: This identifier should not be derived from sensitive personal data, as its value
will be logged in clear.
There is no strong guarantee of the uniqueness of this identifier, so please refrain from
using it for other purpose than logging and troubleshooting.

```ignore
let response = client.notify_token_update()
    .merchant_gateway_id(merchant_gateway_id)
    .merchant_id(merchant_id)
    .token_id(token_id)
    .x_correlation_id(x_correlation_id)
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
    /**Builder for [`Client::get_access_token`]

[`Client::get_access_token`]: super::Client::get_access_token*/
    #[derive(Debug, Clone)]
    pub struct GetAccessToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::TokenRequest, String>,
    }
    impl<'a> GetAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TokenRequest>,
            <V as std::convert::TryInto<types::TokenRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `TokenRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TokenRequest,
            ) -> types::builder::TokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/oauth2/token`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::TokenResponse>,
            Error<types::TokenEndpointError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::TokenRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/oauth2/token", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_access_token",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::notify_token_update`]

[`Client::notify_token_update`]: super::Client::notify_token_update*/
    #[derive(Debug, Clone)]
    pub struct NotifyTokenUpdate<'a> {
        client: &'a super::Client,
        merchant_gateway_id: Result<types::NotifyTokenUpdateMerchantGatewayId, String>,
        merchant_id: Result<types::NotifyTokenUpdateMerchantId, String>,
        token_id: Result<types::NotifyTokenUpdateTokenId, String>,
        x_correlation_id: Result<Option<types::NotifyTokenUpdateXCorrelationId>, String>,
    }
    impl<'a> NotifyTokenUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                merchant_gateway_id: Err(
                    "merchant_gateway_id was not initialized".to_string(),
                ),
                merchant_id: Err("merchant_id was not initialized".to_string()),
                token_id: Err("token_id was not initialized".to_string()),
                x_correlation_id: Ok(None),
            }
        }
        pub fn merchant_gateway_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NotifyTokenUpdateMerchantGatewayId>,
        {
            self.merchant_gateway_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `NotifyTokenUpdateMerchantGatewayId` for merchant_gateway_id failed"
                        .to_string()
                });
            self
        }
        pub fn merchant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NotifyTokenUpdateMerchantId>,
        {
            self.merchant_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `NotifyTokenUpdateMerchantId` for merchant_id failed"
                        .to_string()
                });
            self
        }
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NotifyTokenUpdateTokenId>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `NotifyTokenUpdateTokenId` for token_id failed"
                        .to_string()
                });
            self
        }
        pub fn x_correlation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NotifyTokenUpdateXCorrelationId>,
        {
            self.x_correlation_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NotifyTokenUpdateXCorrelationId` for x_correlation_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/merchant-gateways/{merchantGatewayId}/merchants/{merchantId}/tokens/{tokenId}/notify-update`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self {
                client,
                merchant_gateway_id,
                merchant_id,
                token_id,
                x_correlation_id,
            } = self;
            let merchant_gateway_id = merchant_gateway_id
                .map_err(Error::InvalidRequest)?;
            let merchant_id = merchant_id.map_err(Error::InvalidRequest)?;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let x_correlation_id = x_correlation_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/merchant-gateways/{}/merchants/{}/tokens/{}/notify-update", client
                .baseurl, encode_path(& merchant_gateway_id.to_string()), encode_path(&
                merchant_id.to_string()), encode_path(& token_id.to_string()),
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
