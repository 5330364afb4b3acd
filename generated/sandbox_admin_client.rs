// generated from openapi/sandbox-admin.yaml — do not edit.
// progenitor client for Sandbox admin API. `cargo build` regenerates it into OUT_DIR; the reviewable copy in generated/ is
// refreshed with `D1_BLESS=1 cargo test --test integration generated_code_is_fresh`.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AddOnFileAccountCardId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AddOnFileAccountCardId(::std::string::String);
    impl ::std::ops::Deref for AddOnFileAccountCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddOnFileAccountCardId> for ::std::string::String {
        fn from(value: AddOnFileAccountCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddOnFileAccountCardId {
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
    impl ::std::convert::TryFrom<&str> for AddOnFileAccountCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddOnFileAccountCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddOnFileAccountCardId {
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
    ///`AddOnFileAccountIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AddOnFileAccountIssuerId(::std::string::String);
    impl ::std::ops::Deref for AddOnFileAccountIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddOnFileAccountIssuerId> for ::std::string::String {
        fn from(value: AddOnFileAccountIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddOnFileAccountIssuerId {
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
    impl ::std::convert::TryFrom<&str> for AddOnFileAccountIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddOnFileAccountIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddOnFileAccountIssuerId {
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
    ///An API key, sent as `Authorization: APIKEY <key>`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ApikeyRegistration {
        ///The key (write-only).
        pub key: ApikeyRegistrationKey,
        ///The authentication.
        #[serde(rename = "type")]
        pub type_: ApikeyRegistrationType,
    }
    impl ApikeyRegistration {
        pub fn builder() -> builder::ApikeyRegistration {
            Default::default()
        }
    }
    ///The key (write-only).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ApikeyRegistrationKey(::std::string::String);
    impl ::std::ops::Deref for ApikeyRegistrationKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ApikeyRegistrationKey> for ::std::string::String {
        fn from(value: ApikeyRegistrationKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ApikeyRegistrationKey {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1024usize {
                return Err("longer than 1024 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ApikeyRegistrationKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ApikeyRegistrationKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ApikeyRegistrationKey {
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
    ///The authentication.
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
    pub enum ApikeyRegistrationType {
        #[serde(rename = "apikey")]
        Apikey,
    }
    impl ::std::fmt::Display for ApikeyRegistrationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Apikey => f.write_str("apikey"),
            }
        }
    }
    impl ::std::str::FromStr for ApikeyRegistrationType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "apikey" => Ok(Self::Apikey),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ApikeyRegistrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ApikeyRegistrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AssetChoice`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AssetChoice {
        #[serde(rename = "cardArt")]
        pub card_art: ::std::vec::Vec<AssetChoiceCardArtItem>,
        ///The T&C's GUID; absent when the issuer requires none.
        #[serde(
            rename = "termsAndConditionsId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub terms_and_conditions_id: ::std::option::Option<
            AssetChoiceTermsAndConditionsId,
        >,
    }
    impl AssetChoice {
        pub fn builder() -> builder::AssetChoice {
            Default::default()
        }
    }
    ///`AssetChoiceCardArtItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AssetChoiceCardArtItem(::std::string::String);
    impl ::std::ops::Deref for AssetChoiceCardArtItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AssetChoiceCardArtItem> for ::std::string::String {
        fn from(value: AssetChoiceCardArtItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AssetChoiceCardArtItem {
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
    impl ::std::convert::TryFrom<&str> for AssetChoiceCardArtItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AssetChoiceCardArtItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AssetChoiceCardArtItem {
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
    ///The T&C's GUID; absent when the issuer requires none.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AssetChoiceTermsAndConditionsId(::std::string::String);
    impl ::std::ops::Deref for AssetChoiceTermsAndConditionsId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AssetChoiceTermsAndConditionsId>
    for ::std::string::String {
        fn from(value: AssetChoiceTermsAndConditionsId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AssetChoiceTermsAndConditionsId {
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
    impl ::std::convert::TryFrom<&str> for AssetChoiceTermsAndConditionsId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AssetChoiceTermsAndConditionsId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AssetChoiceTermsAndConditionsId {
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
    ///`AssetInfo`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AssetInfo {
        #[serde(rename = "contentType")]
        pub content_type: AssetInfoContentType,
        pub guid: AssetInfoGuid,
        pub kind: AssetInfoKind,
        ///The content's length in bytes.
        pub size: i64,
    }
    impl AssetInfo {
        pub fn builder() -> builder::AssetInfo {
            Default::default()
        }
    }
    ///`AssetInfoContentType`
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
    pub enum AssetInfoContentType {
        #[serde(rename = "image/png")]
        ImagePng,
        #[serde(rename = "image/jpeg")]
        ImageJpeg,
        #[serde(rename = "application/pdf")]
        ApplicationPdf,
        #[serde(rename = "text/plain")]
        TextPlain,
        #[serde(rename = "text/html")]
        TextHtml,
    }
    impl ::std::fmt::Display for AssetInfoContentType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ImagePng => f.write_str("image/png"),
                Self::ImageJpeg => f.write_str("image/jpeg"),
                Self::ApplicationPdf => f.write_str("application/pdf"),
                Self::TextPlain => f.write_str("text/plain"),
                Self::TextHtml => f.write_str("text/html"),
            }
        }
    }
    impl ::std::str::FromStr for AssetInfoContentType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "image/png" => Ok(Self::ImagePng),
                "image/jpeg" => Ok(Self::ImageJpeg),
                "application/pdf" => Ok(Self::ApplicationPdf),
                "text/plain" => Ok(Self::TextPlain),
                "text/html" => Ok(Self::TextHtml),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AssetInfoContentType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AssetInfoContentType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AssetInfoGuid`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AssetInfoGuid(::std::string::String);
    impl ::std::ops::Deref for AssetInfoGuid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AssetInfoGuid> for ::std::string::String {
        fn from(value: AssetInfoGuid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AssetInfoGuid {
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
    impl ::std::convert::TryFrom<&str> for AssetInfoGuid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AssetInfoGuid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AssetInfoGuid {
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
    ///`AssetInfoKind`
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
    pub enum AssetInfoKind {
        #[serde(rename = "card-art")]
        CardArt,
        #[serde(rename = "terms")]
        Terms,
    }
    impl ::std::fmt::Display for AssetInfoKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::CardArt => f.write_str("card-art"),
                Self::Terms => f.write_str("terms"),
            }
        }
    }
    impl ::std::str::FromStr for AssetInfoKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "card-art" => Ok(Self::CardArt),
                "terms" => Ok(Self::Terms),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AssetInfoKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AssetInfoKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AssetUpload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AssetUpload {
        ///The bytes, base64 (standard alphabet, padded).
        pub content: AssetUploadContent,
        #[serde(rename = "contentType")]
        pub content_type: AssetUploadContentType,
        pub kind: AssetUploadKind,
    }
    impl AssetUpload {
        pub fn builder() -> builder::AssetUpload {
            Default::default()
        }
    }
    ///The bytes, base64 (standard alphabet, padded).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AssetUploadContent(::std::string::String);
    impl ::std::ops::Deref for AssetUploadContent {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AssetUploadContent> for ::std::string::String {
        fn from(value: AssetUploadContent) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AssetUploadContent {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 60000usize {
                return Err("longer than 60000 characters".into());
            }
            if value.chars().count() < 4usize {
                return Err("shorter than 4 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9+/]+={0,2}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9+/]+={0,2}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AssetUploadContent {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AssetUploadContent {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AssetUploadContent {
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
    ///`AssetUploadContentType`
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
    pub enum AssetUploadContentType {
        #[serde(rename = "image/png")]
        ImagePng,
        #[serde(rename = "image/jpeg")]
        ImageJpeg,
        #[serde(rename = "application/pdf")]
        ApplicationPdf,
        #[serde(rename = "text/plain")]
        TextPlain,
        #[serde(rename = "text/html")]
        TextHtml,
    }
    impl ::std::fmt::Display for AssetUploadContentType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ImagePng => f.write_str("image/png"),
                Self::ImageJpeg => f.write_str("image/jpeg"),
                Self::ApplicationPdf => f.write_str("application/pdf"),
                Self::TextPlain => f.write_str("text/plain"),
                Self::TextHtml => f.write_str("text/html"),
            }
        }
    }
    impl ::std::str::FromStr for AssetUploadContentType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "image/png" => Ok(Self::ImagePng),
                "image/jpeg" => Ok(Self::ImageJpeg),
                "application/pdf" => Ok(Self::ApplicationPdf),
                "text/plain" => Ok(Self::TextPlain),
                "text/html" => Ok(Self::TextHtml),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AssetUploadContentType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AssetUploadContentType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AssetUploadKind`
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
    pub enum AssetUploadKind {
        #[serde(rename = "card-art")]
        CardArt,
        #[serde(rename = "terms")]
        Terms,
    }
    impl ::std::fmt::Display for AssetUploadKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::CardArt => f.write_str("card-art"),
                Self::Terms => f.write_str("terms"),
            }
        }
    }
    impl ::std::str::FromStr for AssetUploadKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "card-art" => Ok(Self::CardArt),
                "terms" => Ok(Self::Terms),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AssetUploadKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AssetUploadKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///HTTP basic authentication.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BasicAuthRegistration {
        ///The password (write-only).
        pub password: BasicAuthRegistrationPassword,
        ///The authentication.
        #[serde(rename = "type")]
        pub type_: BasicAuthRegistrationType,
        ///The user name.
        pub username: BasicAuthRegistrationUsername,
    }
    impl BasicAuthRegistration {
        pub fn builder() -> builder::BasicAuthRegistration {
            Default::default()
        }
    }
    ///The password (write-only).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BasicAuthRegistrationPassword(::std::string::String);
    impl ::std::ops::Deref for BasicAuthRegistrationPassword {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BasicAuthRegistrationPassword> for ::std::string::String {
        fn from(value: BasicAuthRegistrationPassword) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BasicAuthRegistrationPassword {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1024usize {
                return Err("longer than 1024 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BasicAuthRegistrationPassword {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BasicAuthRegistrationPassword {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BasicAuthRegistrationPassword {
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
    ///The authentication.
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
    pub enum BasicAuthRegistrationType {
        #[serde(rename = "basic")]
        Basic,
    }
    impl ::std::fmt::Display for BasicAuthRegistrationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Basic => f.write_str("basic"),
            }
        }
    }
    impl ::std::str::FromStr for BasicAuthRegistrationType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "basic" => Ok(Self::Basic),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BasicAuthRegistrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BasicAuthRegistrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The user name.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BasicAuthRegistrationUsername(::std::string::String);
    impl ::std::ops::Deref for BasicAuthRegistrationUsername {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BasicAuthRegistrationUsername> for ::std::string::String {
        fn from(value: BasicAuthRegistrationUsername) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BasicAuthRegistrationUsername {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BasicAuthRegistrationUsername {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BasicAuthRegistrationUsername {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BasicAuthRegistrationUsername {
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
    ///A registered card, as stored (never the PAN or CVV).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Card {
        ///The first 6 digits of the PAN.
        pub bin: CardBin,
        ///Unique identifier of the card.
        #[serde(rename = "cardId")]
        pub card_id: CardCardId,
        ///The card holder's consumer id, answered by `verifyCard` when the card is valid.
        #[serde(rename = "consumerId")]
        pub consumer_id: CardConsumerId,
        ///When the card was registered.
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The digital cards (tokens) of this card, from SUCCESSFUL DIGITIZE operations.
        #[serde(rename = "digitalCardIds")]
        pub digital_card_ids: ::std::vec::Vec<CardDigitalCardIdsItem>,
        ///The registered expiry date, MMYY.
        pub exp: CardExp,
        ///Consecutive wrong CVVs since the last right one; from 3 on, `verificationAttemptsExceeded` is true.
        #[serde(rename = "failedCvvAttempts")]
        pub failed_cvv_attempts: i32,
        ///The issuer.
        #[serde(rename = "issuerId")]
        pub issuer_id: CardIssuerId,
        ///The last 4 digits of the PAN.
        #[serde(rename = "lastFourDigits")]
        pub last_four_digits: CardLastFourDigits,
        ///The first 6 and last 4 digits of the PAN, the rest masked with `*`.
        #[serde(rename = "maskedPan")]
        pub masked_pan: CardMaskedPan,
        ///How many operations D1 notified for the card (at most 10,000 are kept; a new one beyond is refused with `OPERATION_LIMIT`). List them with `listCardOperations`, a page at a time.
        #[serde(rename = "operationCount")]
        pub operation_count: i32,
        pub state: CardState,
        ///The test-card outcome this card was registered from, when `verifyCard` met a test PAN.
        #[serde(
            rename = "testCard",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub test_card: ::std::option::Option<CardTestCard>,
    }
    impl Card {
        pub fn builder() -> builder::Card {
            Default::default()
        }
    }
    ///The first 6 digits of the PAN.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardBin(::std::string::String);
    impl ::std::ops::Deref for CardBin {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardBin> for ::std::string::String {
        fn from(value: CardBin) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardBin {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{6}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{6}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardBin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardBin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardBin {
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
    pub struct CardCardId(::std::string::String);
    impl ::std::ops::Deref for CardCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardCardId> for ::std::string::String {
        fn from(value: CardCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardCardId {
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
    impl ::std::convert::TryFrom<&str> for CardCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardCardId {
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
    ///The card holder's consumer id, answered by `verifyCard` when the card is valid.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardConsumerId(::std::string::String);
    impl ::std::ops::Deref for CardConsumerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardConsumerId> for ::std::string::String {
        fn from(value: CardConsumerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardConsumerId {
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
    impl ::std::convert::TryFrom<&str> for CardConsumerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardConsumerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardConsumerId {
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
    ///`CardDigitalCardIdsItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardDigitalCardIdsItem(::std::string::String);
    impl ::std::ops::Deref for CardDigitalCardIdsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardDigitalCardIdsItem> for ::std::string::String {
        fn from(value: CardDigitalCardIdsItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardDigitalCardIdsItem {
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
    impl ::std::convert::TryFrom<&str> for CardDigitalCardIdsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardDigitalCardIdsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardDigitalCardIdsItem {
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
    ///The registered expiry date, MMYY.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardExp(::std::string::String);
    impl ::std::ops::Deref for CardExp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardExp> for ::std::string::String {
        fn from(value: CardExp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardExp {
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
    impl ::std::convert::TryFrom<&str> for CardExp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardExp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardExp {
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
    ///The issuer.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardIssuerId(::std::string::String);
    impl ::std::ops::Deref for CardIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardIssuerId> for ::std::string::String {
        fn from(value: CardIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardIssuerId {
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
    impl ::std::convert::TryFrom<&str> for CardIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardIssuerId {
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
    ///The last 4 digits of the PAN.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardLastFourDigits(::std::string::String);
    impl ::std::ops::Deref for CardLastFourDigits {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardLastFourDigits> for ::std::string::String {
        fn from(value: CardLastFourDigits) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardLastFourDigits {
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
    impl ::std::convert::TryFrom<&str> for CardLastFourDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardLastFourDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardLastFourDigits {
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
    ///Cards of an issuer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardList {
        pub cards: ::std::vec::Vec<Card>,
    }
    impl CardList {
        pub fn builder() -> builder::CardList {
            Default::default()
        }
    }
    ///A verified card and the card reference it maps to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardMapping {
        ///The BIN of the latest verification.
        pub bin: i64,
        ///When it was first mapped.
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The card reference it maps to now.
        #[serde(rename = "serverCardId")]
        pub server_card_id: ::std::string::String,
        ///The verification service's stable id of the PAN.
        #[serde(rename = "uniqueReferenceCardId")]
        pub unique_reference_card_id: i64,
        ///When the mapping last changed.
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl CardMapping {
        pub fn builder() -> builder::CardMapping {
            Default::default()
        }
    }
    ///The connecting party's card mappings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardMappingList {
        ///One per `uniqueReferenceCardId`.
        pub mappings: ::std::vec::Vec<CardMapping>,
    }
    impl CardMappingList {
        pub fn builder() -> builder::CardMappingList {
            Default::default()
        }
    }
    ///The first 6 and last 4 digits of the PAN, the rest masked with `*`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardMaskedPan(::std::string::String);
    impl ::std::ops::Deref for CardMaskedPan {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardMaskedPan> for ::std::string::String {
        fn from(value: CardMaskedPan) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardMaskedPan {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{6}\\*{2,9}[0-9]{4}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[0-9]{6}\\*{2,9}[0-9]{4}$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardMaskedPan {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardMaskedPan {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardMaskedPan {
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
    ///A card operation, for the issuer's notifyCardOperation.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardOperationEvent {
        ///The card.
        #[serde(rename = "cardId")]
        pub card_id: CardOperationEventCardId,
        ///The digital cards concerned.
        #[serde(
            rename = "digitalCardIds",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub digital_card_ids: ::std::vec::Vec<CardOperationEventDigitalCardIdsItem>,
        ///The operation (DIGITIZE when absent).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation: ::std::option::Option<CardOperationEventOperation>,
        ///D1's operation id (new when absent).
        #[serde(
            rename = "operationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub operation_id: ::std::option::Option<CardOperationEventOperationId>,
        ///The operation's status.
        pub status: CardOperationEventStatus,
        ///The event.
        #[serde(rename = "type")]
        pub type_: CardOperationEventType,
    }
    impl CardOperationEvent {
        pub fn builder() -> builder::CardOperationEvent {
            Default::default()
        }
    }
    ///The card.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardOperationEventCardId(::std::string::String);
    impl ::std::ops::Deref for CardOperationEventCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardOperationEventCardId> for ::std::string::String {
        fn from(value: CardOperationEventCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardOperationEventCardId {
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
    impl ::std::convert::TryFrom<&str> for CardOperationEventCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardOperationEventCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardOperationEventCardId {
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
    ///`CardOperationEventDigitalCardIdsItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardOperationEventDigitalCardIdsItem(::std::string::String);
    impl ::std::ops::Deref for CardOperationEventDigitalCardIdsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardOperationEventDigitalCardIdsItem>
    for ::std::string::String {
        fn from(value: CardOperationEventDigitalCardIdsItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardOperationEventDigitalCardIdsItem {
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
    impl ::std::convert::TryFrom<&str> for CardOperationEventDigitalCardIdsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CardOperationEventDigitalCardIdsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardOperationEventDigitalCardIdsItem {
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
    ///The operation (DIGITIZE when absent).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardOperationEventOperation(::std::string::String);
    impl ::std::ops::Deref for CardOperationEventOperation {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardOperationEventOperation> for ::std::string::String {
        fn from(value: CardOperationEventOperation) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardOperationEventOperation {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Z_]{1,64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Z_]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardOperationEventOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardOperationEventOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardOperationEventOperation {
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
    ///D1's operation id (new when absent).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardOperationEventOperationId(::std::string::String);
    impl ::std::ops::Deref for CardOperationEventOperationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardOperationEventOperationId> for ::std::string::String {
        fn from(value: CardOperationEventOperationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardOperationEventOperationId {
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
    impl ::std::convert::TryFrom<&str> for CardOperationEventOperationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CardOperationEventOperationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardOperationEventOperationId {
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
    ///The operation's status.
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
    pub enum CardOperationEventStatus {
        #[serde(rename = "PENDING")]
        Pending,
        #[serde(rename = "SUCCESSFUL")]
        Successful,
        #[serde(rename = "FAILED")]
        Failed,
    }
    impl ::std::fmt::Display for CardOperationEventStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Pending => f.write_str("PENDING"),
                Self::Successful => f.write_str("SUCCESSFUL"),
                Self::Failed => f.write_str("FAILED"),
            }
        }
    }
    impl ::std::str::FromStr for CardOperationEventStatus {
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
    impl ::std::convert::TryFrom<&str> for CardOperationEventStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardOperationEventStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The event.
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
    pub enum CardOperationEventType {
        #[serde(rename = "card-operation")]
        CardOperation,
    }
    impl ::std::fmt::Display for CardOperationEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::CardOperation => f.write_str("card-operation"),
            }
        }
    }
    impl ::std::str::FromStr for CardOperationEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "card-operation" => Ok(Self::CardOperation),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CardOperationEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardOperationEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A page of a card's operations.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardOperationList {
        ///The `after` of the next page; absent on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<i64>,
        pub operations: ::std::vec::Vec<StoredOperation>,
    }
    impl CardOperationList {
        pub fn builder() -> builder::CardOperationList {
            Default::default()
        }
    }
    ///A card to register. The PAN and CVV are kept only as keyed digests.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardRegistration {
        ///The card's id; a new one is made when absent.
        #[serde(
            rename = "cardId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub card_id: ::std::option::Option<CardRegistrationCardId>,
        ///The card holder's consumer id; a new one is made when absent.
        #[serde(
            rename = "consumerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub consumer_id: ::std::option::Option<CardRegistrationConsumerId>,
        ///The CVV2, 3 or 4 digits.
        pub cvv: CardRegistrationCvv,
        ///The expiry date, MMYY.
        pub exp: CardRegistrationExp,
        ///The PAN, 12 to 19 digits with a valid Luhn check digit.
        pub pan: CardRegistrationPan,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<CardState>,
    }
    impl CardRegistration {
        pub fn builder() -> builder::CardRegistration {
            Default::default()
        }
    }
    ///The card's id; a new one is made when absent.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardRegistrationCardId(::std::string::String);
    impl ::std::ops::Deref for CardRegistrationCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardRegistrationCardId> for ::std::string::String {
        fn from(value: CardRegistrationCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardRegistrationCardId {
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
    impl ::std::convert::TryFrom<&str> for CardRegistrationCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardRegistrationCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardRegistrationCardId {
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
    ///The card holder's consumer id; a new one is made when absent.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardRegistrationConsumerId(::std::string::String);
    impl ::std::ops::Deref for CardRegistrationConsumerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardRegistrationConsumerId> for ::std::string::String {
        fn from(value: CardRegistrationConsumerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardRegistrationConsumerId {
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
    impl ::std::convert::TryFrom<&str> for CardRegistrationConsumerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardRegistrationConsumerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardRegistrationConsumerId {
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
    ///The CVV2, 3 or 4 digits.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardRegistrationCvv(::std::string::String);
    impl ::std::ops::Deref for CardRegistrationCvv {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardRegistrationCvv> for ::std::string::String {
        fn from(value: CardRegistrationCvv) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardRegistrationCvv {
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
    impl ::std::convert::TryFrom<&str> for CardRegistrationCvv {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardRegistrationCvv {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardRegistrationCvv {
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
    ///The expiry date, MMYY.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardRegistrationExp(::std::string::String);
    impl ::std::ops::Deref for CardRegistrationExp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardRegistrationExp> for ::std::string::String {
        fn from(value: CardRegistrationExp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardRegistrationExp {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^(0[1-9]|1[0-2])[0-9]{2}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^(0[1-9]|1[0-2])[0-9]{2}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardRegistrationExp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardRegistrationExp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardRegistrationExp {
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
    ///The PAN, 12 to 19 digits with a valid Luhn check digit.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardRegistrationPan(::std::string::String);
    impl ::std::ops::Deref for CardRegistrationPan {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardRegistrationPan> for ::std::string::String {
        fn from(value: CardRegistrationPan) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardRegistrationPan {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{12,19}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{12,19}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardRegistrationPan {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardRegistrationPan {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardRegistrationPan {
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
    /**The state of a card, as `verifyCard` reports it: ACTIVE is valid; SUSPENDED and DELETED
are `invalid`; LOST and STOLEN are `lostOrStolen`; FRAUD_SUSPECT is `fraudSuspect`.
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
    pub enum CardState {
        #[serde(rename = "ACTIVE")]
        Active,
        #[serde(rename = "SUSPENDED")]
        Suspended,
        #[serde(rename = "LOST")]
        Lost,
        #[serde(rename = "STOLEN")]
        Stolen,
        #[serde(rename = "FRAUD_SUSPECT")]
        FraudSuspect,
        #[serde(rename = "DELETED")]
        Deleted,
    }
    impl ::std::fmt::Display for CardState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Active => f.write_str("ACTIVE"),
                Self::Suspended => f.write_str("SUSPENDED"),
                Self::Lost => f.write_str("LOST"),
                Self::Stolen => f.write_str("STOLEN"),
                Self::FraudSuspect => f.write_str("FRAUD_SUSPECT"),
                Self::Deleted => f.write_str("DELETED"),
            }
        }
    }
    impl ::std::str::FromStr for CardState {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ACTIVE" => Ok(Self::Active),
                "SUSPENDED" => Ok(Self::Suspended),
                "LOST" => Ok(Self::Lost),
                "STOLEN" => Ok(Self::Stolen),
                "FRAUD_SUSPECT" => Ok(Self::FraudSuspect),
                "DELETED" => Ok(Self::Deleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CardState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A new state for a card.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardStateChange {
        pub state: CardState,
    }
    impl CardStateChange {
        pub fn builder() -> builder::CardStateChange {
            Default::default()
        }
    }
    ///The test-card outcome this card was registered from, when `verifyCard` met a test PAN.
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
    pub enum CardTestCard {
        #[serde(rename = "VALID")]
        Valid,
        #[serde(rename = "EXPIRED")]
        Expired,
        #[serde(rename = "LOST_OR_STOLEN")]
        LostOrStolen,
        #[serde(rename = "FRAUD_SUSPECT")]
        FraudSuspect,
        #[serde(rename = "CVV_MISMATCH")]
        CvvMismatch,
    }
    impl ::std::fmt::Display for CardTestCard {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Valid => f.write_str("VALID"),
                Self::Expired => f.write_str("EXPIRED"),
                Self::LostOrStolen => f.write_str("LOST_OR_STOLEN"),
                Self::FraudSuspect => f.write_str("FRAUD_SUSPECT"),
                Self::CvvMismatch => f.write_str("CVV_MISMATCH"),
            }
        }
    }
    impl ::std::str::FromStr for CardTestCard {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "VALID" => Ok(Self::Valid),
                "EXPIRED" => Ok(Self::Expired),
                "LOST_OR_STOLEN" => Ok(Self::LostOrStolen),
                "FRAUD_SUSPECT" => Ok(Self::FraudSuspect),
                "CVV_MISMATCH" => Ok(Self::CvvMismatch),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CardTestCard {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardTestCard {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A connecting party, to which D1 sends notifyVerification.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ConnectingPartyRegistration {
        pub auth: PartnerAuthRegistration,
        ///Its control key (hex, dashes allowed; write-only).
        #[serde(rename = "controlKey")]
        pub control_key: ConnectingPartyRegistrationControlKey,
        ///Its endpoint id.
        #[serde(rename = "endpointId")]
        pub endpoint_id: ConnectingPartyRegistrationEndpointId,
        ///The role the partner plays.
        pub role: ConnectingPartyRegistrationRole,
        ///The base URL the operations' paths follow.
        pub url: ConnectingPartyRegistrationUrl,
    }
    impl ConnectingPartyRegistration {
        pub fn builder() -> builder::ConnectingPartyRegistration {
            Default::default()
        }
    }
    ///Its control key (hex, dashes allowed; write-only).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ConnectingPartyRegistrationControlKey(::std::string::String);
    impl ::std::ops::Deref for ConnectingPartyRegistrationControlKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ConnectingPartyRegistrationControlKey>
    for ::std::string::String {
        fn from(value: ConnectingPartyRegistrationControlKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ConnectingPartyRegistrationControlKey {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9A-Fa-f-]{2,128}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9A-Fa-f-]{2,128}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ConnectingPartyRegistrationControlKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ConnectingPartyRegistrationControlKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConnectingPartyRegistrationControlKey {
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
    ///Its endpoint id.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ConnectingPartyRegistrationEndpointId(::std::string::String);
    impl ::std::ops::Deref for ConnectingPartyRegistrationEndpointId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ConnectingPartyRegistrationEndpointId>
    for ::std::string::String {
        fn from(value: ConnectingPartyRegistrationEndpointId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ConnectingPartyRegistrationEndpointId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ConnectingPartyRegistrationEndpointId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ConnectingPartyRegistrationEndpointId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConnectingPartyRegistrationEndpointId {
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
    ///The role the partner plays.
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
    pub enum ConnectingPartyRegistrationRole {
        #[serde(rename = "connecting-party")]
        ConnectingParty,
    }
    impl ::std::fmt::Display for ConnectingPartyRegistrationRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ConnectingParty => f.write_str("connecting-party"),
            }
        }
    }
    impl ::std::str::FromStr for ConnectingPartyRegistrationRole {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "connecting-party" => Ok(Self::ConnectingParty),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ConnectingPartyRegistrationRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ConnectingPartyRegistrationRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The base URL the operations' paths follow.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ConnectingPartyRegistrationUrl(::std::string::String);
    impl ::std::ops::Deref for ConnectingPartyRegistrationUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ConnectingPartyRegistrationUrl> for ::std::string::String {
        fn from(value: ConnectingPartyRegistrationUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ConnectingPartyRegistrationUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^https?://[^\\s]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^https?://[^\\s]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ConnectingPartyRegistrationUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ConnectingPartyRegistrationUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConnectingPartyRegistrationUrl {
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
    ///An issued consumer session.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ConsumerSession {
        ///The access token the verification service presents (shown once).
        #[serde(rename = "accessToken")]
        pub access_token: ConsumerSessionAccessToken,
        ///The consumer.
        #[serde(rename = "consumerId")]
        pub consumer_id: ::std::string::String,
        ///When it was issued.
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The device the session is bound to.
        #[serde(rename = "deviceSerialNumber")]
        pub device_serial_number: ::std::string::String,
        ///When it stops being accepted.
        #[serde(rename = "expiresAt")]
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl ConsumerSession {
        pub fn builder() -> builder::ConsumerSession {
            Default::default()
        }
    }
    ///The access token the verification service presents (shown once).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ConsumerSessionAccessToken(::std::string::String);
    impl ::std::ops::Deref for ConsumerSessionAccessToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ConsumerSessionAccessToken> for ::std::string::String {
        fn from(value: ConsumerSessionAccessToken) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ConsumerSessionAccessToken {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 128usize {
                return Err("longer than 128 characters".into());
            }
            if value.chars().count() < 32usize {
                return Err("shorter than 32 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ConsumerSessionAccessToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ConsumerSessionAccessToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConsumerSessionAccessToken {
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
    ///A consumer session to issue.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ConsumerSessionRequest {
        ///The consumer; a new id when absent.
        #[serde(
            rename = "consumerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub consumer_id: ::std::option::Option<ConsumerSessionRequestConsumerId>,
        ///The serial number of the consumer's device the session is bound to.
        #[serde(rename = "deviceSerialNumber")]
        pub device_serial_number: ConsumerSessionRequestDeviceSerialNumber,
        ///How long the session is accepted, in seconds (3600 when absent).
        #[serde(
            rename = "ttlSeconds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ttl_seconds: ::std::option::Option<::std::num::NonZeroU64>,
    }
    impl ConsumerSessionRequest {
        pub fn builder() -> builder::ConsumerSessionRequest {
            Default::default()
        }
    }
    ///The consumer; a new id when absent.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ConsumerSessionRequestConsumerId(::std::string::String);
    impl ::std::ops::Deref for ConsumerSessionRequestConsumerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ConsumerSessionRequestConsumerId>
    for ::std::string::String {
        fn from(value: ConsumerSessionRequestConsumerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ConsumerSessionRequestConsumerId {
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
    impl ::std::convert::TryFrom<&str> for ConsumerSessionRequestConsumerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ConsumerSessionRequestConsumerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConsumerSessionRequestConsumerId {
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
    ///The serial number of the consumer's device the session is bound to.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ConsumerSessionRequestDeviceSerialNumber(::std::string::String);
    impl ::std::ops::Deref for ConsumerSessionRequestDeviceSerialNumber {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ConsumerSessionRequestDeviceSerialNumber>
    for ::std::string::String {
        fn from(value: ConsumerSessionRequestDeviceSerialNumber) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ConsumerSessionRequestDeviceSerialNumber {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 50usize {
                return Err("longer than 50 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ConsumerSessionRequestDeviceSerialNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ConsumerSessionRequestDeviceSerialNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConsumerSessionRequestDeviceSerialNumber {
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
    ///A message to a partner (its request is not shown; it may carry a credential).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Delivery {
        ///Attempts made.
        pub attempts: i32,
        ///When it was accepted (or replayed).
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The event that made it.
        pub event: ::std::string::String,
        ///Its id, increasing in the order accepted.
        pub id: i64,
        ///The last attempt's outcome.
        #[serde(
            rename = "lastOutcome",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_outcome: ::std::option::Option<::std::string::String>,
        ///When it is tried next, while pending.
        #[serde(
            rename = "nextAttemptAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_attempt_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The operation called.
        pub operation: ::std::string::String,
        pub role: PartnerRoleName,
        pub state: DeliveryState,
        ///The card or token it is about.
        pub subject: ::std::string::String,
    }
    impl Delivery {
        pub fn builder() -> builder::Delivery {
            Default::default()
        }
    }
    ///One attempt.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeliveryAttempt {
        ///When it was made.
        pub at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Why.
        pub detail: ::std::string::String,
        ///How long it took.
        #[serde(rename = "latencyMs")]
        pub latency_ms: i64,
        ///1 for the first.
        pub number: i32,
        ///The partner's status, if it answered.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i32>,
        ///What the rules made of it.
        pub verdict: DeliveryAttemptVerdict,
    }
    impl DeliveryAttempt {
        pub fn builder() -> builder::DeliveryAttempt {
            Default::default()
        }
    }
    ///What the rules made of it.
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
    pub enum DeliveryAttemptVerdict {
        #[serde(rename = "delivered")]
        Delivered,
        #[serde(rename = "retry")]
        Retry,
        #[serde(rename = "failed")]
        Failed,
    }
    impl ::std::fmt::Display for DeliveryAttemptVerdict {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Delivered => f.write_str("delivered"),
                Self::Retry => f.write_str("retry"),
                Self::Failed => f.write_str("failed"),
            }
        }
    }
    impl ::std::str::FromStr for DeliveryAttemptVerdict {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "delivered" => Ok(Self::Delivered),
                "retry" => Ok(Self::Retry),
                "failed" => Ok(Self::Failed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeliveryAttemptVerdict {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeliveryAttemptVerdict {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A delivery and its attempts.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeliveryDetail {
        ///Every attempt, in order.
        pub attempts: ::std::vec::Vec<DeliveryAttempt>,
        pub delivery: Delivery,
    }
    impl DeliveryDetail {
        pub fn builder() -> builder::DeliveryDetail {
            Default::default()
        }
    }
    ///Deliveries, newest first.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeliveryList {
        ///The deliveries.
        pub deliveries: ::std::vec::Vec<Delivery>,
        ///The `before` of the next page; absent on the last.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<i64>,
    }
    impl DeliveryList {
        pub fn builder() -> builder::DeliveryList {
            Default::default()
        }
    }
    ///Where a delivery stands.
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
    pub enum DeliveryState {
        #[serde(rename = "PENDING")]
        Pending,
        #[serde(rename = "DELIVERED")]
        Delivered,
        #[serde(rename = "FAILED")]
        Failed,
        #[serde(rename = "ABORTED")]
        Aborted,
    }
    impl ::std::fmt::Display for DeliveryState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Pending => f.write_str("PENDING"),
                Self::Delivered => f.write_str("DELIVERED"),
                Self::Failed => f.write_str("FAILED"),
                Self::Aborted => f.write_str("ABORTED"),
            }
        }
    }
    impl ::std::str::FromStr for DeliveryState {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "PENDING" => Ok(Self::Pending),
                "DELIVERED" => Ok(Self::Delivered),
                "FAILED" => Ok(Self::Failed),
                "ABORTED" => Ok(Self::Aborted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeliveryState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeliveryState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Counts of the caller's deliveries.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeliveryStats {
        ///Deliveries stopped by hand.
        pub aborted: i64,
        ///Attempts made, in all.
        pub attempts: i64,
        ///Deliveries the partner accepted.
        pub delivered: i64,
        ///Deliveries failed (not retryable, or too old).
        pub failed: i64,
        ///Deliveries waiting for an attempt.
        pub pending: i64,
        ///Attempts after the first, in all.
        pub retries: i64,
    }
    impl DeliveryStats {
        pub fn builder() -> builder::DeliveryStats {
            Default::default()
        }
    }
    ///The error body of every 4xx and 5xx answer of this API.
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
    ///An event, told apart by `type`: each type's schema states the fields it needs (see triggerEvent).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum EventRequest {
        CardOperationEvent(CardOperationEvent),
        TokenCreatedEvent(TokenCreatedEvent),
        TokenUpdatedEvent(TokenUpdatedEvent),
        VerificationEvent(VerificationEvent),
    }
    impl ::std::convert::From<CardOperationEvent> for EventRequest {
        fn from(value: CardOperationEvent) -> Self {
            Self::CardOperationEvent(value)
        }
    }
    impl ::std::convert::From<TokenCreatedEvent> for EventRequest {
        fn from(value: TokenCreatedEvent) -> Self {
            Self::TokenCreatedEvent(value)
        }
    }
    impl ::std::convert::From<TokenUpdatedEvent> for EventRequest {
        fn from(value: TokenUpdatedEvent) -> Self {
            Self::TokenUpdatedEvent(value)
        }
    }
    impl ::std::convert::From<VerificationEvent> for EventRequest {
        fn from(value: VerificationEvent) -> Self {
            Self::VerificationEvent(value)
        }
    }
    ///`ForceWalletCardStateIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ForceWalletCardStateIssuerId(::std::string::String);
    impl ::std::ops::Deref for ForceWalletCardStateIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ForceWalletCardStateIssuerId> for ::std::string::String {
        fn from(value: ForceWalletCardStateIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ForceWalletCardStateIssuerId {
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
    impl ::std::convert::TryFrom<&str> for ForceWalletCardStateIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ForceWalletCardStateIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ForceWalletCardStateIssuerId {
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
    ///`ForceWalletCardStateWalletCardId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ForceWalletCardStateWalletCardId(::std::string::String);
    impl ::std::ops::Deref for ForceWalletCardStateWalletCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ForceWalletCardStateWalletCardId>
    for ::std::string::String {
        fn from(value: ForceWalletCardStateWalletCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ForceWalletCardStateWalletCardId {
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
    impl ::std::convert::TryFrom<&str> for ForceWalletCardStateWalletCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ForceWalletCardStateWalletCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ForceWalletCardStateWalletCardId {
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
    ///`GetCardCardId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetCardCardId(::std::string::String);
    impl ::std::ops::Deref for GetCardCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCardCardId> for ::std::string::String {
        fn from(value: GetCardCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCardCardId {
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
    impl ::std::convert::TryFrom<&str> for GetCardCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCardCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCardCardId {
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
    ///`GetCardIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetCardIssuerId(::std::string::String);
    impl ::std::ops::Deref for GetCardIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCardIssuerId> for ::std::string::String {
        fn from(value: GetCardIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCardIssuerId {
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
    impl ::std::convert::TryFrom<&str> for GetCardIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCardIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCardIssuerId {
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
    ///`IssuerAssets`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct IssuerAssets {
        pub assets: ::std::vec::Vec<AssetInfo>,
        #[serde(rename = "cardArt")]
        pub card_art: ::std::vec::Vec<IssuerAssetsCardArtItem>,
        ///What checkCardAccount answers (all zeros when no T&C is required).
        #[serde(rename = "termsAndConditionsId")]
        pub terms_and_conditions_id: IssuerAssetsTermsAndConditionsId,
    }
    impl IssuerAssets {
        pub fn builder() -> builder::IssuerAssets {
            Default::default()
        }
    }
    ///`IssuerAssetsCardArtItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct IssuerAssetsCardArtItem(::std::string::String);
    impl ::std::ops::Deref for IssuerAssetsCardArtItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<IssuerAssetsCardArtItem> for ::std::string::String {
        fn from(value: IssuerAssetsCardArtItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for IssuerAssetsCardArtItem {
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
    impl ::std::convert::TryFrom<&str> for IssuerAssetsCardArtItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IssuerAssetsCardArtItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IssuerAssetsCardArtItem {
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
    ///What checkCardAccount answers (all zeros when no T&C is required).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct IssuerAssetsTermsAndConditionsId(::std::string::String);
    impl ::std::ops::Deref for IssuerAssetsTermsAndConditionsId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<IssuerAssetsTermsAndConditionsId>
    for ::std::string::String {
        fn from(value: IssuerAssetsTermsAndConditionsId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for IssuerAssetsTermsAndConditionsId {
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
    impl ::std::convert::TryFrom<&str> for IssuerAssetsTermsAndConditionsId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for IssuerAssetsTermsAndConditionsId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IssuerAssetsTermsAndConditionsId {
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
    ///An issuer, whose Card API operations D1 calls.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct IssuerRegistration {
        pub auth: PartnerAuthRegistration,
        ///One of the caller's issuers.
        #[serde(rename = "issuerId")]
        pub issuer_id: IssuerRegistrationIssuerId,
        ///Where its JWE encryption keys are published.
        #[serde(rename = "jwksUrl")]
        pub jwks_url: IssuerRegistrationJwksUrl,
        ///The role the partner plays.
        pub role: IssuerRegistrationRole,
        ///The base URL the operations' paths follow.
        pub url: IssuerRegistrationUrl,
    }
    impl IssuerRegistration {
        pub fn builder() -> builder::IssuerRegistration {
            Default::default()
        }
    }
    ///One of the caller's issuers.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct IssuerRegistrationIssuerId(::std::string::String);
    impl ::std::ops::Deref for IssuerRegistrationIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<IssuerRegistrationIssuerId> for ::std::string::String {
        fn from(value: IssuerRegistrationIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for IssuerRegistrationIssuerId {
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
    impl ::std::convert::TryFrom<&str> for IssuerRegistrationIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IssuerRegistrationIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IssuerRegistrationIssuerId {
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
    ///Where its JWE encryption keys are published.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct IssuerRegistrationJwksUrl(::std::string::String);
    impl ::std::ops::Deref for IssuerRegistrationJwksUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<IssuerRegistrationJwksUrl> for ::std::string::String {
        fn from(value: IssuerRegistrationJwksUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for IssuerRegistrationJwksUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^https?://[^\\s]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^https?://[^\\s]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for IssuerRegistrationJwksUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IssuerRegistrationJwksUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IssuerRegistrationJwksUrl {
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
    ///The role the partner plays.
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
    pub enum IssuerRegistrationRole {
        #[serde(rename = "issuer")]
        Issuer,
    }
    impl ::std::fmt::Display for IssuerRegistrationRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Issuer => f.write_str("issuer"),
            }
        }
    }
    impl ::std::str::FromStr for IssuerRegistrationRole {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "issuer" => Ok(Self::Issuer),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for IssuerRegistrationRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IssuerRegistrationRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The base URL the operations' paths follow.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct IssuerRegistrationUrl(::std::string::String);
    impl ::std::ops::Deref for IssuerRegistrationUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<IssuerRegistrationUrl> for ::std::string::String {
        fn from(value: IssuerRegistrationUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for IssuerRegistrationUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^https?://[^\\s]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^https?://[^\\s]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for IssuerRegistrationUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IssuerRegistrationUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IssuerRegistrationUrl {
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
    ///`ListAssetsIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListAssetsIssuerId(::std::string::String);
    impl ::std::ops::Deref for ListAssetsIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListAssetsIssuerId> for ::std::string::String {
        fn from(value: ListAssetsIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListAssetsIssuerId {
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
    impl ::std::convert::TryFrom<&str> for ListAssetsIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListAssetsIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListAssetsIssuerId {
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
    ///`ListCardOperationsCardId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListCardOperationsCardId(::std::string::String);
    impl ::std::ops::Deref for ListCardOperationsCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListCardOperationsCardId> for ::std::string::String {
        fn from(value: ListCardOperationsCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListCardOperationsCardId {
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
    impl ::std::convert::TryFrom<&str> for ListCardOperationsCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListCardOperationsCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListCardOperationsCardId {
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
    ///`ListCardOperationsIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListCardOperationsIssuerId(::std::string::String);
    impl ::std::ops::Deref for ListCardOperationsIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListCardOperationsIssuerId> for ::std::string::String {
        fn from(value: ListCardOperationsIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListCardOperationsIssuerId {
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
    impl ::std::convert::TryFrom<&str> for ListCardOperationsIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListCardOperationsIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListCardOperationsIssuerId {
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
    ///`ListCardsIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListCardsIssuerId(::std::string::String);
    impl ::std::ops::Deref for ListCardsIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListCardsIssuerId> for ::std::string::String {
        fn from(value: ListCardsIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListCardsIssuerId {
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
    impl ::std::convert::TryFrom<&str> for ListCardsIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListCardsIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListCardsIssuerId {
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
    ///`ListFailedTokenizationsMerchantId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListFailedTokenizationsMerchantId(::std::string::String);
    impl ::std::ops::Deref for ListFailedTokenizationsMerchantId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListFailedTokenizationsMerchantId>
    for ::std::string::String {
        fn from(value: ListFailedTokenizationsMerchantId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListFailedTokenizationsMerchantId {
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
    impl ::std::convert::TryFrom<&str> for ListFailedTokenizationsMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListFailedTokenizationsMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListFailedTokenizationsMerchantId {
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
    ///`ListTokenNotificationsMerchantId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListTokenNotificationsMerchantId(::std::string::String);
    impl ::std::ops::Deref for ListTokenNotificationsMerchantId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListTokenNotificationsMerchantId>
    for ::std::string::String {
        fn from(value: ListTokenNotificationsMerchantId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListTokenNotificationsMerchantId {
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
    impl ::std::convert::TryFrom<&str> for ListTokenNotificationsMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListTokenNotificationsMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListTokenNotificationsMerchantId {
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
    ///`ListTokenNotificationsTokenId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListTokenNotificationsTokenId(::std::string::String);
    impl ::std::ops::Deref for ListTokenNotificationsTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListTokenNotificationsTokenId> for ::std::string::String {
        fn from(value: ListTokenNotificationsTokenId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListTokenNotificationsTokenId {
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
    impl ::std::convert::TryFrom<&str> for ListTokenNotificationsTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListTokenNotificationsTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListTokenNotificationsTokenId {
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
    ///`ListTokensMerchantId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListTokensMerchantId(::std::string::String);
    impl ::std::ops::Deref for ListTokensMerchantId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListTokensMerchantId> for ::std::string::String {
        fn from(value: ListTokensMerchantId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListTokensMerchantId {
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
    impl ::std::convert::TryFrom<&str> for ListTokensMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListTokensMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListTokensMerchantId {
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
    ///`ListWalletCardsCardId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListWalletCardsCardId(::std::string::String);
    impl ::std::ops::Deref for ListWalletCardsCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListWalletCardsCardId> for ::std::string::String {
        fn from(value: ListWalletCardsCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListWalletCardsCardId {
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
    impl ::std::convert::TryFrom<&str> for ListWalletCardsCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListWalletCardsCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListWalletCardsCardId {
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
    ///`ListWalletCardsIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListWalletCardsIssuerId(::std::string::String);
    impl ::std::ops::Deref for ListWalletCardsIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListWalletCardsIssuerId> for ::std::string::String {
        fn from(value: ListWalletCardsIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListWalletCardsIssuerId {
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
    impl ::std::convert::TryFrom<&str> for ListWalletCardsIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListWalletCardsIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListWalletCardsIssuerId {
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
    ///A merchant gateway, to which D1 sends notify-update.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MerchantGatewayRegistration {
        pub auth: PartnerAuthRegistration,
        ///One of the caller's merchant gateways.
        #[serde(rename = "merchantGatewayId")]
        pub merchant_gateway_id: MerchantGatewayRegistrationMerchantGatewayId,
        ///One of the caller's merchants (11 characters, as the gateway API says).
        #[serde(rename = "merchantId")]
        pub merchant_id: MerchantGatewayRegistrationMerchantId,
        ///The role the partner plays.
        pub role: MerchantGatewayRegistrationRole,
        ///The base URL the operations' paths follow.
        pub url: MerchantGatewayRegistrationUrl,
    }
    impl MerchantGatewayRegistration {
        pub fn builder() -> builder::MerchantGatewayRegistration {
            Default::default()
        }
    }
    ///One of the caller's merchant gateways.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MerchantGatewayRegistrationMerchantGatewayId(::std::string::String);
    impl ::std::ops::Deref for MerchantGatewayRegistrationMerchantGatewayId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MerchantGatewayRegistrationMerchantGatewayId>
    for ::std::string::String {
        fn from(value: MerchantGatewayRegistrationMerchantGatewayId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MerchantGatewayRegistrationMerchantGatewayId {
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
    impl ::std::convert::TryFrom<&str> for MerchantGatewayRegistrationMerchantGatewayId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for MerchantGatewayRegistrationMerchantGatewayId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for MerchantGatewayRegistrationMerchantGatewayId {
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
    ///One of the caller's merchants (11 characters, as the gateway API says).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MerchantGatewayRegistrationMerchantId(::std::string::String);
    impl ::std::ops::Deref for MerchantGatewayRegistrationMerchantId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MerchantGatewayRegistrationMerchantId>
    for ::std::string::String {
        fn from(value: MerchantGatewayRegistrationMerchantId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MerchantGatewayRegistrationMerchantId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 11usize {
                return Err("longer than 11 characters".into());
            }
            if value.chars().count() < 11usize {
                return Err("shorter than 11 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MerchantGatewayRegistrationMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for MerchantGatewayRegistrationMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MerchantGatewayRegistrationMerchantId {
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
    ///The role the partner plays.
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
    pub enum MerchantGatewayRegistrationRole {
        #[serde(rename = "merchant-gateway")]
        MerchantGateway,
    }
    impl ::std::fmt::Display for MerchantGatewayRegistrationRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::MerchantGateway => f.write_str("merchant-gateway"),
            }
        }
    }
    impl ::std::str::FromStr for MerchantGatewayRegistrationRole {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "merchant-gateway" => Ok(Self::MerchantGateway),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for MerchantGatewayRegistrationRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for MerchantGatewayRegistrationRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The base URL the operations' paths follow.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MerchantGatewayRegistrationUrl(::std::string::String);
    impl ::std::ops::Deref for MerchantGatewayRegistrationUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MerchantGatewayRegistrationUrl> for ::std::string::String {
        fn from(value: MerchantGatewayRegistrationUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MerchantGatewayRegistrationUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^https?://[^\\s]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^https?://[^\\s]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MerchantGatewayRegistrationUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for MerchantGatewayRegistrationUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MerchantGatewayRegistrationUrl {
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
    ///`MintOtpCardId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MintOtpCardId(::std::string::String);
    impl ::std::ops::Deref for MintOtpCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MintOtpCardId> for ::std::string::String {
        fn from(value: MintOtpCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MintOtpCardId {
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
    impl ::std::convert::TryFrom<&str> for MintOtpCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MintOtpCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MintOtpCardId {
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
    ///`MintOtpIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MintOtpIssuerId(::std::string::String);
    impl ::std::ops::Deref for MintOtpIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MintOtpIssuerId> for ::std::string::String {
        fn from(value: MintOtpIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MintOtpIssuerId {
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
    impl ::std::convert::TryFrom<&str> for MintOtpIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MintOtpIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MintOtpIssuerId {
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
    ///No authentication.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct NoAuthRegistration {
        ///The authentication.
        #[serde(rename = "type")]
        pub type_: NoAuthRegistrationType,
    }
    impl NoAuthRegistration {
        pub fn builder() -> builder::NoAuthRegistration {
            Default::default()
        }
    }
    ///The authentication.
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
    pub enum NoAuthRegistrationType {
        #[serde(rename = "none")]
        None,
    }
    impl ::std::fmt::Display for NoAuthRegistrationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::None => f.write_str("none"),
            }
        }
    }
    impl ::std::str::FromStr for NoAuthRegistrationType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "none" => Ok(Self::None),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for NoAuthRegistrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NoAuthRegistrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///OAuth 2.0 client credentials (D1 gets a token at tokenUrl).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OauthRegistration {
        ///The client id D1 uses.
        #[serde(rename = "clientId")]
        pub client_id: OauthRegistrationClientId,
        ///The client secret (write-only).
        #[serde(rename = "clientSecret")]
        pub client_secret: OauthRegistrationClientSecret,
        ///The scope asked for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<OauthRegistrationScope>,
        ///The partner's token endpoint.
        #[serde(rename = "tokenUrl")]
        pub token_url: OauthRegistrationTokenUrl,
        ///The authentication.
        #[serde(rename = "type")]
        pub type_: OauthRegistrationType,
    }
    impl OauthRegistration {
        pub fn builder() -> builder::OauthRegistration {
            Default::default()
        }
    }
    ///The client id D1 uses.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OauthRegistrationClientId(::std::string::String);
    impl ::std::ops::Deref for OauthRegistrationClientId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OauthRegistrationClientId> for ::std::string::String {
        fn from(value: OauthRegistrationClientId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OauthRegistrationClientId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for OauthRegistrationClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OauthRegistrationClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OauthRegistrationClientId {
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
    ///The client secret (write-only).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OauthRegistrationClientSecret(::std::string::String);
    impl ::std::ops::Deref for OauthRegistrationClientSecret {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OauthRegistrationClientSecret> for ::std::string::String {
        fn from(value: OauthRegistrationClientSecret) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OauthRegistrationClientSecret {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1024usize {
                return Err("longer than 1024 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for OauthRegistrationClientSecret {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for OauthRegistrationClientSecret {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OauthRegistrationClientSecret {
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
    ///The scope asked for.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OauthRegistrationScope(::std::string::String);
    impl ::std::ops::Deref for OauthRegistrationScope {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OauthRegistrationScope> for ::std::string::String {
        fn from(value: OauthRegistrationScope) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OauthRegistrationScope {
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
    impl ::std::convert::TryFrom<&str> for OauthRegistrationScope {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OauthRegistrationScope {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OauthRegistrationScope {
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
    ///The partner's token endpoint.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OauthRegistrationTokenUrl(::std::string::String);
    impl ::std::ops::Deref for OauthRegistrationTokenUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OauthRegistrationTokenUrl> for ::std::string::String {
        fn from(value: OauthRegistrationTokenUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OauthRegistrationTokenUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^https?://[^\\s]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^https?://[^\\s]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for OauthRegistrationTokenUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OauthRegistrationTokenUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OauthRegistrationTokenUrl {
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
    ///The authentication.
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
    pub enum OauthRegistrationType {
        #[serde(rename = "oauth")]
        Oauth,
    }
    impl ::std::fmt::Display for OauthRegistrationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Oauth => f.write_str("oauth"),
            }
        }
    }
    impl ::std::str::FromStr for OauthRegistrationType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "oauth" => Ok(Self::Oauth),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OauthRegistrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OauthRegistrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An account the issuer holds on file for one of its cards.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OnFileAccount {
        #[serde(rename = "cardId")]
        pub card_id: OnFileAccountCardId,
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///What a wallet sends as `cardAccountDescriptor.walletCardAccountId` (ON-FILE).
        #[serde(rename = "walletCardAccountId")]
        pub wallet_card_account_id: OnFileAccountWalletCardAccountId,
    }
    impl OnFileAccount {
        pub fn builder() -> builder::OnFileAccount {
            Default::default()
        }
    }
    ///`OnFileAccountCardId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OnFileAccountCardId(::std::string::String);
    impl ::std::ops::Deref for OnFileAccountCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OnFileAccountCardId> for ::std::string::String {
        fn from(value: OnFileAccountCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OnFileAccountCardId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 48usize {
                return Err("longer than 48 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for OnFileAccountCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OnFileAccountCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OnFileAccountCardId {
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
    ///What a wallet sends as `cardAccountDescriptor.walletCardAccountId` (ON-FILE).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OnFileAccountWalletCardAccountId(::std::string::String);
    impl ::std::ops::Deref for OnFileAccountWalletCardAccountId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OnFileAccountWalletCardAccountId>
    for ::std::string::String {
        fn from(value: OnFileAccountWalletCardAccountId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OnFileAccountWalletCardAccountId {
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
    impl ::std::convert::TryFrom<&str> for OnFileAccountWalletCardAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for OnFileAccountWalletCardAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OnFileAccountWalletCardAccountId {
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
    ///A one-time password for the TSH's provisionCard (shown once).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Otp {
        #[serde(rename = "cardId")]
        pub card_id: OtpCardId,
        #[serde(rename = "expiresAt")]
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub otp: OtpOtp,
    }
    impl Otp {
        pub fn builder() -> builder::Otp {
            Default::default()
        }
    }
    ///`OtpCardId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OtpCardId(::std::string::String);
    impl ::std::ops::Deref for OtpCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OtpCardId> for ::std::string::String {
        fn from(value: OtpCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OtpCardId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 48usize {
                return Err("longer than 48 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for OtpCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OtpCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OtpCardId {
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
    ///`OtpOtp`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OtpOtp(::std::string::String);
    impl ::std::ops::Deref for OtpOtp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OtpOtp> for ::std::string::String {
        fn from(value: OtpOtp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OtpOtp {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 16usize {
                return Err("longer than 16 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for OtpOtp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OtpOtp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OtpOtp {
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
    ///How long the one-time password is good for.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OtpRequest {
        ///Seconds (600 when absent).
        #[serde(
            rename = "ttlSecs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ttl_secs: ::std::option::Option<::std::num::NonZeroU64>,
    }
    impl OtpRequest {
        pub fn builder() -> builder::OtpRequest {
            Default::default()
        }
    }
    ///A registered partner, without its secrets.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Partner {
        pub auth: PartnerAuthView,
        ///connecting-party — whether a control key is registered (never shown).
        #[serde(
            rename = "controlKeySet",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub control_key_set: ::std::option::Option<bool>,
        ///connecting-party — its endpoint id.
        #[serde(
            rename = "endpointId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub endpoint_id: ::std::option::Option<::std::string::String>,
        ///issuer — its id.
        #[serde(
            rename = "issuerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub issuer_id: ::std::option::Option<::std::string::String>,
        ///issuer — where its keys are.
        #[serde(
            rename = "jwksUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub jwks_url: ::std::option::Option<::std::string::String>,
        ///merchant-gateway — its id.
        #[serde(
            rename = "merchantGatewayId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merchant_gateway_id: ::std::option::Option<::std::string::String>,
        ///merchant-gateway, token-requestor — the merchant.
        #[serde(
            rename = "merchantId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merchant_id: ::std::option::Option<::std::string::String>,
        pub role: PartnerRoleName,
        ///When it was last set.
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Its base URL.
        pub url: ::std::string::String,
    }
    impl Partner {
        pub fn builder() -> builder::Partner {
            Default::default()
        }
    }
    ///How D1 authenticates to the partner, told apart by `type`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum PartnerAuthRegistration {
        NoAuthRegistration(NoAuthRegistration),
        OauthRegistration(OauthRegistration),
        ApikeyRegistration(ApikeyRegistration),
        BasicAuthRegistration(BasicAuthRegistration),
    }
    impl ::std::convert::From<NoAuthRegistration> for PartnerAuthRegistration {
        fn from(value: NoAuthRegistration) -> Self {
            Self::NoAuthRegistration(value)
        }
    }
    impl ::std::convert::From<OauthRegistration> for PartnerAuthRegistration {
        fn from(value: OauthRegistration) -> Self {
            Self::OauthRegistration(value)
        }
    }
    impl ::std::convert::From<ApikeyRegistration> for PartnerAuthRegistration {
        fn from(value: ApikeyRegistration) -> Self {
            Self::ApikeyRegistration(value)
        }
    }
    impl ::std::convert::From<BasicAuthRegistration> for PartnerAuthRegistration {
        fn from(value: BasicAuthRegistration) -> Self {
            Self::BasicAuthRegistration(value)
        }
    }
    ///How D1 authenticates to the partner, without the secret.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PartnerAuthView {
        ///oauth — the client id.
        #[serde(
            rename = "clientId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_id: ::std::option::Option<::std::string::String>,
        ///oauth — the scope asked for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<::std::string::String>,
        ///Whether a secret (client secret, key, password) is registered (never shown).
        #[serde(rename = "secretSet")]
        pub secret_set: bool,
        ///oauth — the token endpoint.
        #[serde(
            rename = "tokenUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_url: ::std::option::Option<::std::string::String>,
        ///The scheme.
        #[serde(rename = "type")]
        pub type_: PartnerAuthViewType,
        ///basic — the user name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl PartnerAuthView {
        pub fn builder() -> builder::PartnerAuthView {
            Default::default()
        }
    }
    ///The scheme.
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
    pub enum PartnerAuthViewType {
        #[serde(rename = "none")]
        None,
        #[serde(rename = "oauth")]
        Oauth,
        #[serde(rename = "apikey")]
        Apikey,
        #[serde(rename = "basic")]
        Basic,
    }
    impl ::std::fmt::Display for PartnerAuthViewType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::None => f.write_str("none"),
                Self::Oauth => f.write_str("oauth"),
                Self::Apikey => f.write_str("apikey"),
                Self::Basic => f.write_str("basic"),
            }
        }
    }
    impl ::std::str::FromStr for PartnerAuthViewType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "none" => Ok(Self::None),
                "oauth" => Ok(Self::Oauth),
                "apikey" => Ok(Self::Apikey),
                "basic" => Ok(Self::Basic),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PartnerAuthViewType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PartnerAuthViewType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The caller's registered partners.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PartnerList {
        ///One per role at most, in role order.
        pub partners: ::std::vec::Vec<Partner>,
    }
    impl PartnerList {
        pub fn builder() -> builder::PartnerList {
            Default::default()
        }
    }
    ///A partner endpoint to register, told apart by `role`: each role's schema states the fields that role needs.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum PartnerRegistration {
        IssuerRegistration(IssuerRegistration),
        TokenRequestorRegistration(TokenRequestorRegistration),
        MerchantGatewayRegistration(MerchantGatewayRegistration),
        ConnectingPartyRegistration(ConnectingPartyRegistration),
    }
    impl ::std::convert::From<IssuerRegistration> for PartnerRegistration {
        fn from(value: IssuerRegistration) -> Self {
            Self::IssuerRegistration(value)
        }
    }
    impl ::std::convert::From<TokenRequestorRegistration> for PartnerRegistration {
        fn from(value: TokenRequestorRegistration) -> Self {
            Self::TokenRequestorRegistration(value)
        }
    }
    impl ::std::convert::From<MerchantGatewayRegistration> for PartnerRegistration {
        fn from(value: MerchantGatewayRegistration) -> Self {
            Self::MerchantGatewayRegistration(value)
        }
    }
    impl ::std::convert::From<ConnectingPartyRegistration> for PartnerRegistration {
        fn from(value: ConnectingPartyRegistration) -> Self {
            Self::ConnectingPartyRegistration(value)
        }
    }
    ///A role a partner plays toward D1.
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
    pub enum PartnerRoleName {
        #[serde(rename = "issuer")]
        Issuer,
        #[serde(rename = "token-requestor")]
        TokenRequestor,
        #[serde(rename = "merchant-gateway")]
        MerchantGateway,
        #[serde(rename = "connecting-party")]
        ConnectingParty,
    }
    impl ::std::fmt::Display for PartnerRoleName {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Issuer => f.write_str("issuer"),
                Self::TokenRequestor => f.write_str("token-requestor"),
                Self::MerchantGateway => f.write_str("merchant-gateway"),
                Self::ConnectingParty => f.write_str("connecting-party"),
            }
        }
    }
    impl ::std::str::FromStr for PartnerRoleName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "issuer" => Ok(Self::Issuer),
                "token-requestor" => Ok(Self::TokenRequestor),
                "merchant-gateway" => Ok(Self::MerchantGateway),
                "connecting-party" => Ok(Self::ConnectingParty),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PartnerRoleName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PartnerRoleName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`RegisterCardIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RegisterCardIssuerId(::std::string::String);
    impl ::std::ops::Deref for RegisterCardIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RegisterCardIssuerId> for ::std::string::String {
        fn from(value: RegisterCardIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RegisterCardIssuerId {
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
    impl ::std::convert::TryFrom<&str> for RegisterCardIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RegisterCardIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RegisterCardIssuerId {
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
    ///`ResetCvvAttemptsCardId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResetCvvAttemptsCardId(::std::string::String);
    impl ::std::ops::Deref for ResetCvvAttemptsCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResetCvvAttemptsCardId> for ::std::string::String {
        fn from(value: ResetCvvAttemptsCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResetCvvAttemptsCardId {
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
    impl ::std::convert::TryFrom<&str> for ResetCvvAttemptsCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResetCvvAttemptsCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResetCvvAttemptsCardId {
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
    ///`ResetCvvAttemptsIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResetCvvAttemptsIssuerId(::std::string::String);
    impl ::std::ops::Deref for ResetCvvAttemptsIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResetCvvAttemptsIssuerId> for ::std::string::String {
        fn from(value: ResetCvvAttemptsIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResetCvvAttemptsIssuerId {
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
    impl ::std::convert::TryFrom<&str> for ResetCvvAttemptsIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResetCvvAttemptsIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResetCvvAttemptsIssuerId {
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
    ///`SetAssetChoiceIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SetAssetChoiceIssuerId(::std::string::String);
    impl ::std::ops::Deref for SetAssetChoiceIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SetAssetChoiceIssuerId> for ::std::string::String {
        fn from(value: SetAssetChoiceIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SetAssetChoiceIssuerId {
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
    impl ::std::convert::TryFrom<&str> for SetAssetChoiceIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SetAssetChoiceIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SetAssetChoiceIssuerId {
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
    ///`SetCardStateCardId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SetCardStateCardId(::std::string::String);
    impl ::std::ops::Deref for SetCardStateCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SetCardStateCardId> for ::std::string::String {
        fn from(value: SetCardStateCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SetCardStateCardId {
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
    impl ::std::convert::TryFrom<&str> for SetCardStateCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SetCardStateCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SetCardStateCardId {
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
    ///`SetCardStateIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SetCardStateIssuerId(::std::string::String);
    impl ::std::ops::Deref for SetCardStateIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SetCardStateIssuerId> for ::std::string::String {
        fn from(value: SetCardStateIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SetCardStateIssuerId {
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
    impl ::std::convert::TryFrom<&str> for SetCardStateIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SetCardStateIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SetCardStateIssuerId {
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
    ///The caller's sandbox settings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Settings {
        /**Whether `verifyCard` registers a card it does not know (with the `cardId` D1 proposes
and a new `consumerId`) and answers it as valid; when false, an unknown card is
answered `invalid: true`. Default true.
*/
        #[serde(rename = "acceptUnknownCards")]
        pub accept_unknown_cards: bool,
        /**BIN prefixes the connecting party refuses: a verification notification whose
`sourceCard.bin` starts with one is answered 400 with cause `FILTERED` and code
`BIN_FILTERED`. None when absent (assumed).
*/
        #[serde(
            rename = "filteredBins",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub filtered_bins: ::std::vec::Vec<SettingsFilteredBinsItem>,
        /**Whether the TSH holds wallet servers to pod stickiness: a request about a wallet
card account whose `x-pod` header names another pod than the account's (given in
every answer's `x-pod`) is answered 400 `WRONG_POD`. False when absent (assumed).
*/
        #[serde(
            rename = "strictPods",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub strict_pods: ::std::option::Option<bool>,
    }
    impl Settings {
        pub fn builder() -> builder::Settings {
            Default::default()
        }
    }
    ///`SettingsFilteredBinsItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SettingsFilteredBinsItem(::std::string::String);
    impl ::std::ops::Deref for SettingsFilteredBinsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SettingsFilteredBinsItem> for ::std::string::String {
        fn from(value: SettingsFilteredBinsItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SettingsFilteredBinsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{1,8}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{1,8}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SettingsFilteredBinsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SettingsFilteredBinsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SettingsFilteredBinsItem {
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
    ///An operation D1 notified for a card, as last received.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct StoredOperation {
        ///The digital cards concerned (v1).
        #[serde(
            rename = "digitalCardIds",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub digital_card_ids: ::std::vec::Vec<StoredOperationDigitalCardIdsItem>,
        ///When the operation ended (v2).
        #[serde(
            rename = "endTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub end_time: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///When the sandbox first received this operation.
        #[serde(rename = "firstReceivedAt")]
        pub first_received_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///When the sandbox last received this operation.
        #[serde(rename = "lastReceivedAt")]
        pub last_received_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Free text about the operation (v2).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<StoredOperationMessage>,
        ///The operation (DIGITIZE, SUSPEND, ...).
        pub operation: StoredOperationOperation,
        ///Unique identifier of the operation.
        #[serde(rename = "operationId")]
        pub operation_id: StoredOperationOperationId,
        ///Its place in the order the card's operations were first received.
        pub sequence: i64,
        ///When the operation started (v2).
        #[serde(
            rename = "startTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_time: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The operation's status.
        pub status: StoredOperationStatus,
    }
    impl StoredOperation {
        pub fn builder() -> builder::StoredOperation {
            Default::default()
        }
    }
    ///`StoredOperationDigitalCardIdsItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct StoredOperationDigitalCardIdsItem(::std::string::String);
    impl ::std::ops::Deref for StoredOperationDigitalCardIdsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<StoredOperationDigitalCardIdsItem>
    for ::std::string::String {
        fn from(value: StoredOperationDigitalCardIdsItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for StoredOperationDigitalCardIdsItem {
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
    impl ::std::convert::TryFrom<&str> for StoredOperationDigitalCardIdsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for StoredOperationDigitalCardIdsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StoredOperationDigitalCardIdsItem {
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
    ///Free text about the operation (v2).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct StoredOperationMessage(::std::string::String);
    impl ::std::ops::Deref for StoredOperationMessage {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<StoredOperationMessage> for ::std::string::String {
        fn from(value: StoredOperationMessage) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for StoredOperationMessage {
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
    impl ::std::convert::TryFrom<&str> for StoredOperationMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StoredOperationMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StoredOperationMessage {
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
    ///The operation (DIGITIZE, SUSPEND, ...).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct StoredOperationOperation(::std::string::String);
    impl ::std::ops::Deref for StoredOperationOperation {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<StoredOperationOperation> for ::std::string::String {
        fn from(value: StoredOperationOperation) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for StoredOperationOperation {
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
    impl ::std::convert::TryFrom<&str> for StoredOperationOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StoredOperationOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StoredOperationOperation {
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
    ///Unique identifier of the operation.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct StoredOperationOperationId(::std::string::String);
    impl ::std::ops::Deref for StoredOperationOperationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<StoredOperationOperationId> for ::std::string::String {
        fn from(value: StoredOperationOperationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for StoredOperationOperationId {
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
    impl ::std::convert::TryFrom<&str> for StoredOperationOperationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StoredOperationOperationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StoredOperationOperationId {
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
    ///The operation's status.
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
    pub enum StoredOperationStatus {
        #[serde(rename = "PENDING")]
        Pending,
        #[serde(rename = "SUCCESSFUL")]
        Successful,
        #[serde(rename = "FAILED")]
        Failed,
    }
    impl ::std::fmt::Display for StoredOperationStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Pending => f.write_str("PENDING"),
                Self::Successful => f.write_str("SUCCESSFUL"),
                Self::Failed => f.write_str("FAILED"),
            }
        }
    }
    impl ::std::str::FromStr for StoredOperationStatus {
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
    impl ::std::convert::TryFrom<&str> for StoredOperationStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StoredOperationStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A network token as the token requestor knows it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Token {
        ///The card BIN, as last notified.
        #[serde(
            rename = "cardBin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub card_bin: ::std::option::Option<::std::string::String>,
        ///The card's expiry date (MMYY), as last notified.
        #[serde(
            rename = "cardExpiryDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub card_expiry_date: ::std::option::Option<::std::string::String>,
        ///The card's last digits, as last notified.
        #[serde(
            rename = "cardLastDigits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub card_last_digits: ::std::option::Option<::std::string::String>,
        ///The `x-correlation-id` of the creation notification.
        #[serde(
            rename = "correlationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub correlation_id: ::std::option::Option<::std::string::String>,
        ///When the creation notification was received.
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///When an update last asked to discard the token's cryptograms.
        #[serde(
            rename = "cryptogramsDiscardedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cryptograms_discarded_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The `lastUpdateTimestamp` of the latest applied update, if any.
        #[serde(
            rename = "lastUpdateTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_update_timestamp: ::std::option::Option<::std::string::String>,
        ///The merchant.
        #[serde(rename = "merchantId")]
        pub merchant_id: ::std::string::String,
        ///How many notifications the token received.
        #[serde(rename = "notificationCount")]
        pub notification_count: i64,
        ///The Payment Account Reference, as last notified.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub par: ::std::option::Option<::std::string::String>,
        ///The token state of the latest applied update, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        ///The token's expiry date (MMYY), as last notified.
        #[serde(
            rename = "tokenExpiryDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_expiry_date: ::std::option::Option<::std::string::String>,
        ///The token id.
        #[serde(rename = "tokenId")]
        pub token_id: ::std::string::String,
        ///The token's last digits, as last notified.
        #[serde(
            rename = "tokenLastDigits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_last_digits: ::std::option::Option<::std::string::String>,
    }
    impl Token {
        pub fn builder() -> builder::Token {
            Default::default()
        }
    }
    ///A token created, for notify-token-creation and notify-update.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenCreatedEvent {
        ///The x-correlation-id (new when absent).
        #[serde(
            rename = "correlationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub correlation_id: ::std::option::Option<TokenCreatedEventCorrelationId>,
        ///The token.
        #[serde(rename = "tokenId")]
        pub token_id: TokenCreatedEventTokenId,
        ///The event.
        #[serde(rename = "type")]
        pub type_: TokenCreatedEventType,
    }
    impl TokenCreatedEvent {
        pub fn builder() -> builder::TokenCreatedEvent {
            Default::default()
        }
    }
    ///The x-correlation-id (new when absent).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreatedEventCorrelationId(::std::string::String);
    impl ::std::ops::Deref for TokenCreatedEventCorrelationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreatedEventCorrelationId> for ::std::string::String {
        fn from(value: TokenCreatedEventCorrelationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreatedEventCorrelationId {
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
    impl ::std::convert::TryFrom<&str> for TokenCreatedEventCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenCreatedEventCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCreatedEventCorrelationId {
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
    ///The token.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCreatedEventTokenId(::std::string::String);
    impl ::std::ops::Deref for TokenCreatedEventTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCreatedEventTokenId> for ::std::string::String {
        fn from(value: TokenCreatedEventTokenId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCreatedEventTokenId {
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
    impl ::std::convert::TryFrom<&str> for TokenCreatedEventTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenCreatedEventTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCreatedEventTokenId {
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
    ///The event.
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
    pub enum TokenCreatedEventType {
        #[serde(rename = "token-created")]
        TokenCreated,
    }
    impl ::std::fmt::Display for TokenCreatedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::TokenCreated => f.write_str("token-created"),
            }
        }
    }
    impl ::std::str::FromStr for TokenCreatedEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "token-created" => Ok(Self::TokenCreated),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCreatedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenCreatedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A merchant's tokens.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenList {
        ///The tokens, in token-id order.
        pub tokens: ::std::vec::Vec<Token>,
    }
    impl TokenList {
        pub fn builder() -> builder::TokenList {
            Default::default()
        }
    }
    ///A notification as received.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenNotification {
        ///The body as received, as JSON text (absent for notify-update, which has none).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body: ::std::option::Option<::std::string::String>,
        ///Its `x-correlation-id`.
        #[serde(
            rename = "correlationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub correlation_id: ::std::option::Option<::std::string::String>,
        ///`CREATION` and `FAILED_CREATION` (notify-token-creation), `UPDATE` (notify-token-update), `GATEWAY_NOTIFY` (the merchant gateway's notify-update).
        pub kind: TokenNotificationKind,
        ///`APPLIED`: it changed the token (or was recorded); `DISCARDED`: acknowledged and ignored (an obsolete update, or the creation of a token already known).
        pub outcome: TokenNotificationOutcome,
        ///When it was received.
        #[serde(rename = "receivedAt")]
        pub received_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Its place in the order received.
        pub sequence: i64,
    }
    impl TokenNotification {
        pub fn builder() -> builder::TokenNotification {
            Default::default()
        }
    }
    ///`CREATION` and `FAILED_CREATION` (notify-token-creation), `UPDATE` (notify-token-update), `GATEWAY_NOTIFY` (the merchant gateway's notify-update).
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
    pub enum TokenNotificationKind {
        #[serde(rename = "CREATION")]
        Creation,
        #[serde(rename = "FAILED_CREATION")]
        FailedCreation,
        #[serde(rename = "UPDATE")]
        Update,
        #[serde(rename = "GATEWAY_NOTIFY")]
        GatewayNotify,
    }
    impl ::std::fmt::Display for TokenNotificationKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Creation => f.write_str("CREATION"),
                Self::FailedCreation => f.write_str("FAILED_CREATION"),
                Self::Update => f.write_str("UPDATE"),
                Self::GatewayNotify => f.write_str("GATEWAY_NOTIFY"),
            }
        }
    }
    impl ::std::str::FromStr for TokenNotificationKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "CREATION" => Ok(Self::Creation),
                "FAILED_CREATION" => Ok(Self::FailedCreation),
                "UPDATE" => Ok(Self::Update),
                "GATEWAY_NOTIFY" => Ok(Self::GatewayNotify),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenNotificationKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenNotificationKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Notifications, in the order received.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenNotificationList {
        ///The `after` of the next page; absent on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<i64>,
        ///The notifications.
        pub notifications: ::std::vec::Vec<TokenNotification>,
    }
    impl TokenNotificationList {
        pub fn builder() -> builder::TokenNotificationList {
            Default::default()
        }
    }
    ///`APPLIED`: it changed the token (or was recorded); `DISCARDED`: acknowledged and ignored (an obsolete update, or the creation of a token already known).
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
    pub enum TokenNotificationOutcome {
        #[serde(rename = "APPLIED")]
        Applied,
        #[serde(rename = "DISCARDED")]
        Discarded,
    }
    impl ::std::fmt::Display for TokenNotificationOutcome {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Applied => f.write_str("APPLIED"),
                Self::Discarded => f.write_str("DISCARDED"),
            }
        }
    }
    impl ::std::str::FromStr for TokenNotificationOutcome {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "APPLIED" => Ok(Self::Applied),
                "DISCARDED" => Ok(Self::Discarded),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenNotificationOutcome {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenNotificationOutcome {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A token requestor, to which D1 sends token notifications.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenRequestorRegistration {
        pub auth: PartnerAuthRegistration,
        ///One of the caller's merchants.
        #[serde(rename = "merchantId")]
        pub merchant_id: TokenRequestorRegistrationMerchantId,
        ///The role the partner plays.
        pub role: TokenRequestorRegistrationRole,
        ///The base URL the operations' paths follow.
        pub url: TokenRequestorRegistrationUrl,
    }
    impl TokenRequestorRegistration {
        pub fn builder() -> builder::TokenRequestorRegistration {
            Default::default()
        }
    }
    ///One of the caller's merchants.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenRequestorRegistrationMerchantId(::std::string::String);
    impl ::std::ops::Deref for TokenRequestorRegistrationMerchantId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenRequestorRegistrationMerchantId>
    for ::std::string::String {
        fn from(value: TokenRequestorRegistrationMerchantId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenRequestorRegistrationMerchantId {
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
    impl ::std::convert::TryFrom<&str> for TokenRequestorRegistrationMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenRequestorRegistrationMerchantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenRequestorRegistrationMerchantId {
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
    ///The role the partner plays.
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
    pub enum TokenRequestorRegistrationRole {
        #[serde(rename = "token-requestor")]
        TokenRequestor,
    }
    impl ::std::fmt::Display for TokenRequestorRegistrationRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::TokenRequestor => f.write_str("token-requestor"),
            }
        }
    }
    impl ::std::str::FromStr for TokenRequestorRegistrationRole {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "token-requestor" => Ok(Self::TokenRequestor),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenRequestorRegistrationRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenRequestorRegistrationRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The base URL the operations' paths follow.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenRequestorRegistrationUrl(::std::string::String);
    impl ::std::ops::Deref for TokenRequestorRegistrationUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenRequestorRegistrationUrl> for ::std::string::String {
        fn from(value: TokenRequestorRegistrationUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenRequestorRegistrationUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^https?://[^\\s]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^https?://[^\\s]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenRequestorRegistrationUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenRequestorRegistrationUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenRequestorRegistrationUrl {
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
    ///A token's state changed, for notify-token-update and notify-update.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenUpdatedEvent {
        ///The x-correlation-id (new when absent).
        #[serde(
            rename = "correlationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub correlation_id: ::std::option::Option<TokenUpdatedEventCorrelationId>,
        ///When it changed (now when absent).
        #[serde(
            rename = "lastUpdateTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_update_timestamp: ::std::option::Option<
            TokenUpdatedEventLastUpdateTimestamp,
        >,
        ///The token.
        #[serde(rename = "tokenId")]
        pub token_id: TokenUpdatedEventTokenId,
        ///The token's new state.
        #[serde(rename = "tokenState")]
        pub token_state: TokenUpdatedEventTokenState,
        ///The event.
        #[serde(rename = "type")]
        pub type_: TokenUpdatedEventType,
    }
    impl TokenUpdatedEvent {
        pub fn builder() -> builder::TokenUpdatedEvent {
            Default::default()
        }
    }
    ///The x-correlation-id (new when absent).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdatedEventCorrelationId(::std::string::String);
    impl ::std::ops::Deref for TokenUpdatedEventCorrelationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdatedEventCorrelationId> for ::std::string::String {
        fn from(value: TokenUpdatedEventCorrelationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdatedEventCorrelationId {
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
    impl ::std::convert::TryFrom<&str> for TokenUpdatedEventCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenUpdatedEventCorrelationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdatedEventCorrelationId {
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
    ///When it changed (now when absent).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdatedEventLastUpdateTimestamp(::std::string::String);
    impl ::std::ops::Deref for TokenUpdatedEventLastUpdateTimestamp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdatedEventLastUpdateTimestamp>
    for ::std::string::String {
        fn from(value: TokenUpdatedEventLastUpdateTimestamp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdatedEventLastUpdateTimestamp {
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
    impl ::std::convert::TryFrom<&str> for TokenUpdatedEventLastUpdateTimestamp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenUpdatedEventLastUpdateTimestamp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdatedEventLastUpdateTimestamp {
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
    ///The token.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenUpdatedEventTokenId(::std::string::String);
    impl ::std::ops::Deref for TokenUpdatedEventTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenUpdatedEventTokenId> for ::std::string::String {
        fn from(value: TokenUpdatedEventTokenId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenUpdatedEventTokenId {
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
    impl ::std::convert::TryFrom<&str> for TokenUpdatedEventTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenUpdatedEventTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenUpdatedEventTokenId {
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
    ///The token's new state.
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
    pub enum TokenUpdatedEventTokenState {
        #[serde(rename = "ACTIVE")]
        Active,
        #[serde(rename = "INACTIVE")]
        Inactive,
        #[serde(rename = "SUSPENDED")]
        Suspended,
        #[serde(rename = "DELETED")]
        Deleted,
    }
    impl ::std::fmt::Display for TokenUpdatedEventTokenState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Active => f.write_str("ACTIVE"),
                Self::Inactive => f.write_str("INACTIVE"),
                Self::Suspended => f.write_str("SUSPENDED"),
                Self::Deleted => f.write_str("DELETED"),
            }
        }
    }
    impl ::std::str::FromStr for TokenUpdatedEventTokenState {
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
    impl ::std::convert::TryFrom<&str> for TokenUpdatedEventTokenState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenUpdatedEventTokenState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The event.
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
    pub enum TokenUpdatedEventType {
        #[serde(rename = "token-updated")]
        TokenUpdated,
    }
    impl ::std::fmt::Display for TokenUpdatedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::TokenUpdated => f.write_str("token-updated"),
            }
        }
    }
    impl ::std::str::FromStr for TokenUpdatedEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "token-updated" => Ok(Self::TokenUpdated),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenUpdatedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenUpdatedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`UploadAssetIssuerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UploadAssetIssuerId(::std::string::String);
    impl ::std::ops::Deref for UploadAssetIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UploadAssetIssuerId> for ::std::string::String {
        fn from(value: UploadAssetIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UploadAssetIssuerId {
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
    impl ::std::convert::TryFrom<&str> for UploadAssetIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UploadAssetIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UploadAssetIssuerId {
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
    ///A verification, for the connecting party's notifyVerification.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct VerificationEvent {
        ///The consumer session's access token.
        #[serde(rename = "accessToken")]
        pub access_token: VerificationEventAccessToken,
        ///The card's BIN.
        pub bin: i64,
        ///The consumer's device.
        #[serde(rename = "deviceSerialNumber")]
        pub device_serial_number: VerificationEventDeviceSerialNumber,
        ///The card reference.
        #[serde(rename = "serverCardId")]
        pub server_card_id: VerificationEventServerCardId,
        ///The verification transaction.
        #[serde(rename = "sessionToken")]
        pub session_token: VerificationEventSessionToken,
        ///The event.
        #[serde(rename = "type")]
        pub type_: VerificationEventType,
        ///The PAN's stable id.
        #[serde(rename = "uniqueReferenceCardId")]
        pub unique_reference_card_id: i64,
    }
    impl VerificationEvent {
        pub fn builder() -> builder::VerificationEvent {
            Default::default()
        }
    }
    ///The consumer session's access token.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VerificationEventAccessToken(::std::string::String);
    impl ::std::ops::Deref for VerificationEventAccessToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerificationEventAccessToken> for ::std::string::String {
        fn from(value: VerificationEventAccessToken) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerificationEventAccessToken {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 128usize {
                return Err("longer than 128 characters".into());
            }
            if value.chars().count() < 32usize {
                return Err("shorter than 32 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VerificationEventAccessToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for VerificationEventAccessToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerificationEventAccessToken {
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
    ///The consumer's device.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VerificationEventDeviceSerialNumber(::std::string::String);
    impl ::std::ops::Deref for VerificationEventDeviceSerialNumber {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerificationEventDeviceSerialNumber>
    for ::std::string::String {
        fn from(value: VerificationEventDeviceSerialNumber) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerificationEventDeviceSerialNumber {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 50usize {
                return Err("longer than 50 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VerificationEventDeviceSerialNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for VerificationEventDeviceSerialNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerificationEventDeviceSerialNumber {
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
    ///The card reference.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VerificationEventServerCardId(::std::string::String);
    impl ::std::ops::Deref for VerificationEventServerCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerificationEventServerCardId> for ::std::string::String {
        fn from(value: VerificationEventServerCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerificationEventServerCardId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VerificationEventServerCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for VerificationEventServerCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerificationEventServerCardId {
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
    ///The verification transaction.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VerificationEventSessionToken(::std::string::String);
    impl ::std::ops::Deref for VerificationEventSessionToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerificationEventSessionToken> for ::std::string::String {
        fn from(value: VerificationEventSessionToken) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerificationEventSessionToken {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 36usize {
                return Err("longer than 36 characters".into());
            }
            if value.chars().count() < 16usize {
                return Err("shorter than 16 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VerificationEventSessionToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for VerificationEventSessionToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerificationEventSessionToken {
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
    ///The event.
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
    pub enum VerificationEventType {
        #[serde(rename = "verification")]
        Verification,
    }
    impl ::std::fmt::Display for VerificationEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Verification => f.write_str("verification"),
            }
        }
    }
    impl ::std::str::FromStr for VerificationEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "verification" => Ok(Self::Verification),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for VerificationEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerificationEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Verification transactions, newest first.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct VerificationList {
        ///The transactions.
        pub verifications: ::std::vec::Vec<VerificationTransaction>,
    }
    impl VerificationList {
        pub fn builder() -> builder::VerificationList {
            Default::default()
        }
    }
    ///A verification transaction the connecting party answered.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct VerificationTransaction {
        ///The verified card's BIN.
        pub bin: i64,
        ///The consumer of the session.
        #[serde(rename = "consumerId")]
        pub consumer_id: ::std::string::String,
        ///The device serial number sent.
        #[serde(rename = "deviceSerialNumber")]
        pub device_serial_number: ::std::string::String,
        ///The invoice id answered (the same for a repeated `session.token`).
        #[serde(rename = "invoiceId")]
        pub invoice_id: ::std::string::String,
        ///When it was first received.
        #[serde(rename = "receivedAt")]
        pub received_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The card reference mapped.
        #[serde(rename = "serverCardId")]
        pub server_card_id: ::std::string::String,
        ///The session token of the transaction.
        #[serde(rename = "sessionToken")]
        pub session_token: ::std::string::String,
        ///The verification service's stable id of the PAN.
        #[serde(rename = "uniqueReferenceCardId")]
        pub unique_reference_card_id: i64,
    }
    impl VerificationTransaction {
        pub fn builder() -> builder::VerificationTransaction {
            Default::default()
        }
    }
    ///A wallet card (TSH) of an issuer's card.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WalletCard {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Its state changes, oldest first (the last 100).
        pub history: ::std::vec::Vec<WalletCardChange>,
        ///The secure element, once the wallet gave it.
        #[serde(rename = "seId", skip_serializing_if = "::std::option::Option::is_none")]
        pub se_id: ::std::option::Option<WalletCardSeId>,
        pub state: WalletCardState,
        ///Its tasks, oldest first (the last 50 finished ones, and every pending one).
        pub tasks: ::std::vec::Vec<WalletTask>,
        #[serde(rename = "walletAccountId")]
        pub wallet_account_id: WalletCardWalletAccountId,
        #[serde(rename = "walletCardAccountId")]
        pub wallet_card_account_id: WalletCardWalletCardAccountId,
        #[serde(rename = "walletCardId")]
        pub wallet_card_id: WalletCardWalletCardId,
    }
    impl WalletCard {
        pub fn builder() -> builder::WalletCard {
            Default::default()
        }
    }
    ///`WalletCardChange`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WalletCardChange {
        pub at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///PROVISIONED, SCRIPT_APPLIED, ISSUER_SUSPEND, ISSUER_RESUME, ISSUER_DELETE, PARK or WALLET_DELETE.
        pub event: WalletCardChangeEvent,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<WalletCardChangeFrom>,
        pub to: WalletCardChangeTo,
    }
    impl WalletCardChange {
        pub fn builder() -> builder::WalletCardChange {
            Default::default()
        }
    }
    ///PROVISIONED, SCRIPT_APPLIED, ISSUER_SUSPEND, ISSUER_RESUME, ISSUER_DELETE, PARK or WALLET_DELETE.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct WalletCardChangeEvent(::std::string::String);
    impl ::std::ops::Deref for WalletCardChangeEvent {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WalletCardChangeEvent> for ::std::string::String {
        fn from(value: WalletCardChangeEvent) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WalletCardChangeEvent {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WalletCardChangeEvent {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WalletCardChangeEvent {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WalletCardChangeEvent {
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
    ///`WalletCardChangeFrom`
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
    pub enum WalletCardChangeFrom {
        #[serde(rename = "CREATED")]
        Created,
        #[serde(rename = "ACTIVE")]
        Active,
        #[serde(rename = "SUSPENDED_ISSUER")]
        SuspendedIssuer,
        #[serde(rename = "SUSPENDED_WALLET")]
        SuspendedWallet,
        #[serde(rename = "DELETED")]
        Deleted,
    }
    impl ::std::fmt::Display for WalletCardChangeFrom {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Created => f.write_str("CREATED"),
                Self::Active => f.write_str("ACTIVE"),
                Self::SuspendedIssuer => f.write_str("SUSPENDED_ISSUER"),
                Self::SuspendedWallet => f.write_str("SUSPENDED_WALLET"),
                Self::Deleted => f.write_str("DELETED"),
            }
        }
    }
    impl ::std::str::FromStr for WalletCardChangeFrom {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "CREATED" => Ok(Self::Created),
                "ACTIVE" => Ok(Self::Active),
                "SUSPENDED_ISSUER" => Ok(Self::SuspendedIssuer),
                "SUSPENDED_WALLET" => Ok(Self::SuspendedWallet),
                "DELETED" => Ok(Self::Deleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WalletCardChangeFrom {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WalletCardChangeFrom {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`WalletCardChangeTo`
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
    pub enum WalletCardChangeTo {
        #[serde(rename = "CREATED")]
        Created,
        #[serde(rename = "ACTIVE")]
        Active,
        #[serde(rename = "SUSPENDED_ISSUER")]
        SuspendedIssuer,
        #[serde(rename = "SUSPENDED_WALLET")]
        SuspendedWallet,
        #[serde(rename = "DELETED")]
        Deleted,
    }
    impl ::std::fmt::Display for WalletCardChangeTo {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Created => f.write_str("CREATED"),
                Self::Active => f.write_str("ACTIVE"),
                Self::SuspendedIssuer => f.write_str("SUSPENDED_ISSUER"),
                Self::SuspendedWallet => f.write_str("SUSPENDED_WALLET"),
                Self::Deleted => f.write_str("DELETED"),
            }
        }
    }
    impl ::std::str::FromStr for WalletCardChangeTo {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "CREATED" => Ok(Self::Created),
                "ACTIVE" => Ok(Self::Active),
                "SUSPENDED_ISSUER" => Ok(Self::SuspendedIssuer),
                "SUSPENDED_WALLET" => Ok(Self::SuspendedWallet),
                "DELETED" => Ok(Self::Deleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WalletCardChangeTo {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WalletCardChangeTo {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The secure element, once the wallet gave it.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct WalletCardSeId(::std::string::String);
    impl ::std::ops::Deref for WalletCardSeId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WalletCardSeId> for ::std::string::String {
        fn from(value: WalletCardSeId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WalletCardSeId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 48usize {
                return Err("longer than 48 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WalletCardSeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WalletCardSeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WalletCardSeId {
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
    ///`WalletCardState`
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
    pub enum WalletCardState {
        #[serde(rename = "CREATED")]
        Created,
        #[serde(rename = "ACTIVE")]
        Active,
        #[serde(rename = "SUSPENDED_ISSUER")]
        SuspendedIssuer,
        #[serde(rename = "SUSPENDED_WALLET")]
        SuspendedWallet,
        #[serde(rename = "DELETED")]
        Deleted,
    }
    impl ::std::fmt::Display for WalletCardState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Created => f.write_str("CREATED"),
                Self::Active => f.write_str("ACTIVE"),
                Self::SuspendedIssuer => f.write_str("SUSPENDED_ISSUER"),
                Self::SuspendedWallet => f.write_str("SUSPENDED_WALLET"),
                Self::Deleted => f.write_str("DELETED"),
            }
        }
    }
    impl ::std::str::FromStr for WalletCardState {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "CREATED" => Ok(Self::Created),
                "ACTIVE" => Ok(Self::Active),
                "SUSPENDED_ISSUER" => Ok(Self::SuspendedIssuer),
                "SUSPENDED_WALLET" => Ok(Self::SuspendedWallet),
                "DELETED" => Ok(Self::Deleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WalletCardState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WalletCardState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`WalletCardStateChange`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WalletCardStateChange {
        pub state: WalletCardStateChangeState,
    }
    impl WalletCardStateChange {
        pub fn builder() -> builder::WalletCardStateChange {
            Default::default()
        }
    }
    ///`WalletCardStateChangeState`
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
    pub enum WalletCardStateChangeState {
        #[serde(rename = "CREATED")]
        Created,
        #[serde(rename = "ACTIVE")]
        Active,
        #[serde(rename = "SUSPENDED_ISSUER")]
        SuspendedIssuer,
        #[serde(rename = "SUSPENDED_WALLET")]
        SuspendedWallet,
        #[serde(rename = "DELETED")]
        Deleted,
    }
    impl ::std::fmt::Display for WalletCardStateChangeState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Created => f.write_str("CREATED"),
                Self::Active => f.write_str("ACTIVE"),
                Self::SuspendedIssuer => f.write_str("SUSPENDED_ISSUER"),
                Self::SuspendedWallet => f.write_str("SUSPENDED_WALLET"),
                Self::Deleted => f.write_str("DELETED"),
            }
        }
    }
    impl ::std::str::FromStr for WalletCardStateChangeState {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "CREATED" => Ok(Self::Created),
                "ACTIVE" => Ok(Self::Active),
                "SUSPENDED_ISSUER" => Ok(Self::SuspendedIssuer),
                "SUSPENDED_WALLET" => Ok(Self::SuspendedWallet),
                "DELETED" => Ok(Self::Deleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WalletCardStateChangeState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WalletCardStateChangeState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`WalletCardWalletAccountId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct WalletCardWalletAccountId(::std::string::String);
    impl ::std::ops::Deref for WalletCardWalletAccountId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WalletCardWalletAccountId> for ::std::string::String {
        fn from(value: WalletCardWalletAccountId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WalletCardWalletAccountId {
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
    impl ::std::convert::TryFrom<&str> for WalletCardWalletAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WalletCardWalletAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WalletCardWalletAccountId {
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
    ///`WalletCardWalletCardAccountId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct WalletCardWalletCardAccountId(::std::string::String);
    impl ::std::ops::Deref for WalletCardWalletCardAccountId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WalletCardWalletCardAccountId> for ::std::string::String {
        fn from(value: WalletCardWalletCardAccountId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WalletCardWalletCardAccountId {
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
    impl ::std::convert::TryFrom<&str> for WalletCardWalletCardAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for WalletCardWalletCardAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WalletCardWalletCardAccountId {
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
    ///`WalletCardWalletCardId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct WalletCardWalletCardId(::std::string::String);
    impl ::std::ops::Deref for WalletCardWalletCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WalletCardWalletCardId> for ::std::string::String {
        fn from(value: WalletCardWalletCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WalletCardWalletCardId {
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
    impl ::std::convert::TryFrom<&str> for WalletCardWalletCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WalletCardWalletCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WalletCardWalletCardId {
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
    ///`WalletCards`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WalletCards {
        #[serde(rename = "walletCards")]
        pub wallet_cards: ::std::vec::Vec<WalletCard>,
    }
    impl WalletCards {
        pub fn builder() -> builder::WalletCards {
            Default::default()
        }
    }
    ///`WalletTask`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WalletTask {
        #[serde(rename = "commandType")]
        pub command_type: WalletTaskCommandType,
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            rename = "finishedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub finished_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation: ::std::option::Option<WalletTaskOperation>,
        pub state: WalletTaskState,
        ///The last callback's status code (0, 911, 921).
        #[serde(
            rename = "statusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_code: ::std::option::Option<i32>,
        #[serde(rename = "taskId")]
        pub task_id: WalletTaskTaskId,
    }
    impl WalletTask {
        pub fn builder() -> builder::WalletTask {
            Default::default()
        }
    }
    ///`WalletTaskCommandType`
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
    pub enum WalletTaskCommandType {
        #[serde(rename = "SEND_SCRIPT")]
        SendScript,
        #[serde(rename = "UPDATE_CARD")]
        UpdateCard,
    }
    impl ::std::fmt::Display for WalletTaskCommandType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::SendScript => f.write_str("SEND_SCRIPT"),
                Self::UpdateCard => f.write_str("UPDATE_CARD"),
            }
        }
    }
    impl ::std::str::FromStr for WalletTaskCommandType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "SEND_SCRIPT" => Ok(Self::SendScript),
                "UPDATE_CARD" => Ok(Self::UpdateCard),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WalletTaskCommandType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WalletTaskCommandType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`WalletTaskOperation`
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
    pub enum WalletTaskOperation {
        #[serde(rename = "SUSPEND")]
        Suspend,
        #[serde(rename = "RESUME")]
        Resume,
        #[serde(rename = "DELETE")]
        Delete,
    }
    impl ::std::fmt::Display for WalletTaskOperation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Suspend => f.write_str("SUSPEND"),
                Self::Resume => f.write_str("RESUME"),
                Self::Delete => f.write_str("DELETE"),
            }
        }
    }
    impl ::std::str::FromStr for WalletTaskOperation {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "SUSPEND" => Ok(Self::Suspend),
                "RESUME" => Ok(Self::Resume),
                "DELETE" => Ok(Self::Delete),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WalletTaskOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WalletTaskOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`WalletTaskState`
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
    pub enum WalletTaskState {
        #[serde(rename = "PENDING")]
        Pending,
        #[serde(rename = "DONE")]
        Done,
        #[serde(rename = "FAILED")]
        Failed,
    }
    impl ::std::fmt::Display for WalletTaskState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Pending => f.write_str("PENDING"),
                Self::Done => f.write_str("DONE"),
                Self::Failed => f.write_str("FAILED"),
            }
        }
    }
    impl ::std::str::FromStr for WalletTaskState {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "PENDING" => Ok(Self::Pending),
                "DONE" => Ok(Self::Done),
                "FAILED" => Ok(Self::Failed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WalletTaskState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WalletTaskState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`WalletTaskTaskId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct WalletTaskTaskId(::std::string::String);
    impl ::std::ops::Deref for WalletTaskTaskId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WalletTaskTaskId> for ::std::string::String {
        fn from(value: WalletTaskTaskId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WalletTaskTaskId {
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
    impl ::std::convert::TryFrom<&str> for WalletTaskTaskId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WalletTaskTaskId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WalletTaskTaskId {
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
        pub struct ApikeyRegistration {
            key: ::std::result::Result<
                super::ApikeyRegistrationKey,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::ApikeyRegistrationType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApikeyRegistration {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ApikeyRegistration {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApikeyRegistrationKey>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApikeyRegistrationType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApikeyRegistration> for super::ApikeyRegistration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApikeyRegistration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ApikeyRegistration> for ApikeyRegistration {
            fn from(value: super::ApikeyRegistration) -> Self {
                Self {
                    key: Ok(value.key),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AssetChoice {
            card_art: ::std::result::Result<
                ::std::vec::Vec<super::AssetChoiceCardArtItem>,
                ::std::string::String,
            >,
            terms_and_conditions_id: ::std::result::Result<
                ::std::option::Option<super::AssetChoiceTermsAndConditionsId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssetChoice {
            fn default() -> Self {
                Self {
                    card_art: Err("no value supplied for card_art".to_string()),
                    terms_and_conditions_id: Ok(Default::default()),
                }
            }
        }
        impl AssetChoice {
            pub fn card_art<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::AssetChoiceCardArtItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_art = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_art: {e}")
                    });
                self
            }
            pub fn terms_and_conditions_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AssetChoiceTermsAndConditionsId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.terms_and_conditions_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for terms_and_conditions_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AssetChoice> for super::AssetChoice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssetChoice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_art: value.card_art?,
                    terms_and_conditions_id: value.terms_and_conditions_id?,
                })
            }
        }
        impl ::std::convert::From<super::AssetChoice> for AssetChoice {
            fn from(value: super::AssetChoice) -> Self {
                Self {
                    card_art: Ok(value.card_art),
                    terms_and_conditions_id: Ok(value.terms_and_conditions_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AssetInfo {
            content_type: ::std::result::Result<
                super::AssetInfoContentType,
                ::std::string::String,
            >,
            guid: ::std::result::Result<super::AssetInfoGuid, ::std::string::String>,
            kind: ::std::result::Result<super::AssetInfoKind, ::std::string::String>,
            size: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for AssetInfo {
            fn default() -> Self {
                Self {
                    content_type: Err("no value supplied for content_type".to_string()),
                    guid: Err("no value supplied for guid".to_string()),
                    kind: Err("no value supplied for kind".to_string()),
                    size: Err("no value supplied for size".to_string()),
                }
            }
        }
        impl AssetInfo {
            pub fn content_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AssetInfoContentType>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_type: {e}")
                    });
                self
            }
            pub fn guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AssetInfoGuid>,
                T::Error: ::std::fmt::Display,
            {
                self.guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for guid: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AssetInfoKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AssetInfo> for super::AssetInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssetInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content_type: value.content_type?,
                    guid: value.guid?,
                    kind: value.kind?,
                    size: value.size?,
                })
            }
        }
        impl ::std::convert::From<super::AssetInfo> for AssetInfo {
            fn from(value: super::AssetInfo) -> Self {
                Self {
                    content_type: Ok(value.content_type),
                    guid: Ok(value.guid),
                    kind: Ok(value.kind),
                    size: Ok(value.size),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AssetUpload {
            content: ::std::result::Result<
                super::AssetUploadContent,
                ::std::string::String,
            >,
            content_type: ::std::result::Result<
                super::AssetUploadContentType,
                ::std::string::String,
            >,
            kind: ::std::result::Result<super::AssetUploadKind, ::std::string::String>,
        }
        impl ::std::default::Default for AssetUpload {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    content_type: Err("no value supplied for content_type".to_string()),
                    kind: Err("no value supplied for kind".to_string()),
                }
            }
        }
        impl AssetUpload {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AssetUploadContent>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            pub fn content_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AssetUploadContentType>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_type: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AssetUploadKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AssetUpload> for super::AssetUpload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssetUpload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    content_type: value.content_type?,
                    kind: value.kind?,
                })
            }
        }
        impl ::std::convert::From<super::AssetUpload> for AssetUpload {
            fn from(value: super::AssetUpload) -> Self {
                Self {
                    content: Ok(value.content),
                    content_type: Ok(value.content_type),
                    kind: Ok(value.kind),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BasicAuthRegistration {
            password: ::std::result::Result<
                super::BasicAuthRegistrationPassword,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::BasicAuthRegistrationType,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                super::BasicAuthRegistrationUsername,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BasicAuthRegistration {
            fn default() -> Self {
                Self {
                    password: Err("no value supplied for password".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    username: Err("no value supplied for username".to_string()),
                }
            }
        }
        impl BasicAuthRegistration {
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BasicAuthRegistrationPassword>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BasicAuthRegistrationType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BasicAuthRegistrationUsername>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BasicAuthRegistration>
        for super::BasicAuthRegistration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BasicAuthRegistration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    password: value.password?,
                    type_: value.type_?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::BasicAuthRegistration>
        for BasicAuthRegistration {
            fn from(value: super::BasicAuthRegistration) -> Self {
                Self {
                    password: Ok(value.password),
                    type_: Ok(value.type_),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Card {
            bin: ::std::result::Result<super::CardBin, ::std::string::String>,
            card_id: ::std::result::Result<super::CardCardId, ::std::string::String>,
            consumer_id: ::std::result::Result<
                super::CardConsumerId,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            digital_card_ids: ::std::result::Result<
                ::std::vec::Vec<super::CardDigitalCardIdsItem>,
                ::std::string::String,
            >,
            exp: ::std::result::Result<super::CardExp, ::std::string::String>,
            failed_cvv_attempts: ::std::result::Result<i32, ::std::string::String>,
            issuer_id: ::std::result::Result<super::CardIssuerId, ::std::string::String>,
            last_four_digits: ::std::result::Result<
                super::CardLastFourDigits,
                ::std::string::String,
            >,
            masked_pan: ::std::result::Result<
                super::CardMaskedPan,
                ::std::string::String,
            >,
            operation_count: ::std::result::Result<i32, ::std::string::String>,
            state: ::std::result::Result<super::CardState, ::std::string::String>,
            test_card: ::std::result::Result<
                ::std::option::Option<super::CardTestCard>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Card {
            fn default() -> Self {
                Self {
                    bin: Err("no value supplied for bin".to_string()),
                    card_id: Err("no value supplied for card_id".to_string()),
                    consumer_id: Err("no value supplied for consumer_id".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    digital_card_ids: Err(
                        "no value supplied for digital_card_ids".to_string(),
                    ),
                    exp: Err("no value supplied for exp".to_string()),
                    failed_cvv_attempts: Err(
                        "no value supplied for failed_cvv_attempts".to_string(),
                    ),
                    issuer_id: Err("no value supplied for issuer_id".to_string()),
                    last_four_digits: Err(
                        "no value supplied for last_four_digits".to_string(),
                    ),
                    masked_pan: Err("no value supplied for masked_pan".to_string()),
                    operation_count: Err(
                        "no value supplied for operation_count".to_string(),
                    ),
                    state: Err("no value supplied for state".to_string()),
                    test_card: Ok(Default::default()),
                }
            }
        }
        impl Card {
            pub fn bin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardBin>,
                T::Error: ::std::fmt::Display,
            {
                self.bin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bin: {e}")
                    });
                self
            }
            pub fn card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardCardId>,
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
                T: ::std::convert::TryInto<super::CardConsumerId>,
                T::Error: ::std::fmt::Display,
            {
                self.consumer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for consumer_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn digital_card_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CardDigitalCardIdsItem>,
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
            pub fn exp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardExp>,
                T::Error: ::std::fmt::Display,
            {
                self.exp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exp: {e}")
                    });
                self
            }
            pub fn failed_cvv_attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.failed_cvv_attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for failed_cvv_attempts: {e}"
                        )
                    });
                self
            }
            pub fn issuer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardIssuerId>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer_id: {e}")
                    });
                self
            }
            pub fn last_four_digits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardLastFourDigits>,
                T::Error: ::std::fmt::Display,
            {
                self.last_four_digits = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_four_digits: {e}"
                        )
                    });
                self
            }
            pub fn masked_pan<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardMaskedPan>,
                T::Error: ::std::fmt::Display,
            {
                self.masked_pan = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for masked_pan: {e}")
                    });
                self
            }
            pub fn operation_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_count: {e}"
                        )
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn test_card<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CardTestCard>>,
                T::Error: ::std::fmt::Display,
            {
                self.test_card = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_card: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Card> for super::Card {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Card,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bin: value.bin?,
                    card_id: value.card_id?,
                    consumer_id: value.consumer_id?,
                    created_at: value.created_at?,
                    digital_card_ids: value.digital_card_ids?,
                    exp: value.exp?,
                    failed_cvv_attempts: value.failed_cvv_attempts?,
                    issuer_id: value.issuer_id?,
                    last_four_digits: value.last_four_digits?,
                    masked_pan: value.masked_pan?,
                    operation_count: value.operation_count?,
                    state: value.state?,
                    test_card: value.test_card?,
                })
            }
        }
        impl ::std::convert::From<super::Card> for Card {
            fn from(value: super::Card) -> Self {
                Self {
                    bin: Ok(value.bin),
                    card_id: Ok(value.card_id),
                    consumer_id: Ok(value.consumer_id),
                    created_at: Ok(value.created_at),
                    digital_card_ids: Ok(value.digital_card_ids),
                    exp: Ok(value.exp),
                    failed_cvv_attempts: Ok(value.failed_cvv_attempts),
                    issuer_id: Ok(value.issuer_id),
                    last_four_digits: Ok(value.last_four_digits),
                    masked_pan: Ok(value.masked_pan),
                    operation_count: Ok(value.operation_count),
                    state: Ok(value.state),
                    test_card: Ok(value.test_card),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CardList {
            cards: ::std::result::Result<
                ::std::vec::Vec<super::Card>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CardList {
            fn default() -> Self {
                Self {
                    cards: Err("no value supplied for cards".to_string()),
                }
            }
        }
        impl CardList {
            pub fn cards<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Card>>,
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
        impl ::std::convert::TryFrom<CardList> for super::CardList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { cards: value.cards? })
            }
        }
        impl ::std::convert::From<super::CardList> for CardList {
            fn from(value: super::CardList) -> Self {
                Self { cards: Ok(value.cards) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CardMapping {
            bin: ::std::result::Result<i64, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            server_card_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            unique_reference_card_id: ::std::result::Result<i64, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CardMapping {
            fn default() -> Self {
                Self {
                    bin: Err("no value supplied for bin".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    server_card_id: Err(
                        "no value supplied for server_card_id".to_string(),
                    ),
                    unique_reference_card_id: Err(
                        "no value supplied for unique_reference_card_id".to_string(),
                    ),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl CardMapping {
            pub fn bin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.bin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bin: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn server_card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.server_card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for server_card_id: {e}"
                        )
                    });
                self
            }
            pub fn unique_reference_card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_reference_card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unique_reference_card_id: {e}"
                        )
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CardMapping> for super::CardMapping {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardMapping,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bin: value.bin?,
                    created_at: value.created_at?,
                    server_card_id: value.server_card_id?,
                    unique_reference_card_id: value.unique_reference_card_id?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::CardMapping> for CardMapping {
            fn from(value: super::CardMapping) -> Self {
                Self {
                    bin: Ok(value.bin),
                    created_at: Ok(value.created_at),
                    server_card_id: Ok(value.server_card_id),
                    unique_reference_card_id: Ok(value.unique_reference_card_id),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CardMappingList {
            mappings: ::std::result::Result<
                ::std::vec::Vec<super::CardMapping>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CardMappingList {
            fn default() -> Self {
                Self {
                    mappings: Err("no value supplied for mappings".to_string()),
                }
            }
        }
        impl CardMappingList {
            pub fn mappings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CardMapping>>,
                T::Error: ::std::fmt::Display,
            {
                self.mappings = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mappings: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CardMappingList> for super::CardMappingList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardMappingList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { mappings: value.mappings? })
            }
        }
        impl ::std::convert::From<super::CardMappingList> for CardMappingList {
            fn from(value: super::CardMappingList) -> Self {
                Self {
                    mappings: Ok(value.mappings),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CardOperationEvent {
            card_id: ::std::result::Result<
                super::CardOperationEventCardId,
                ::std::string::String,
            >,
            digital_card_ids: ::std::result::Result<
                ::std::vec::Vec<super::CardOperationEventDigitalCardIdsItem>,
                ::std::string::String,
            >,
            operation: ::std::result::Result<
                ::std::option::Option<super::CardOperationEventOperation>,
                ::std::string::String,
            >,
            operation_id: ::std::result::Result<
                ::std::option::Option<super::CardOperationEventOperationId>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::CardOperationEventStatus,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::CardOperationEventType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CardOperationEvent {
            fn default() -> Self {
                Self {
                    card_id: Err("no value supplied for card_id".to_string()),
                    digital_card_ids: Ok(Default::default()),
                    operation: Ok(Default::default()),
                    operation_id: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CardOperationEvent {
            pub fn card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardOperationEventCardId>,
                T::Error: ::std::fmt::Display,
            {
                self.card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_id: {e}")
                    });
                self
            }
            pub fn digital_card_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CardOperationEventDigitalCardIdsItem>,
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CardOperationEventOperation>,
                >,
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CardOperationEventOperationId>,
                >,
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
                T: ::std::convert::TryInto<super::CardOperationEventStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardOperationEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CardOperationEvent> for super::CardOperationEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardOperationEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_id: value.card_id?,
                    digital_card_ids: value.digital_card_ids?,
                    operation: value.operation?,
                    operation_id: value.operation_id?,
                    status: value.status?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CardOperationEvent> for CardOperationEvent {
            fn from(value: super::CardOperationEvent) -> Self {
                Self {
                    card_id: Ok(value.card_id),
                    digital_card_ids: Ok(value.digital_card_ids),
                    operation: Ok(value.operation),
                    operation_id: Ok(value.operation_id),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CardOperationList {
            next: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            operations: ::std::result::Result<
                ::std::vec::Vec<super::StoredOperation>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CardOperationList {
            fn default() -> Self {
                Self {
                    next: Ok(Default::default()),
                    operations: Err("no value supplied for operations".to_string()),
                }
            }
        }
        impl CardOperationList {
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn operations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::StoredOperation>>,
                T::Error: ::std::fmt::Display,
            {
                self.operations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operations: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CardOperationList> for super::CardOperationList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardOperationList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    next: value.next?,
                    operations: value.operations?,
                })
            }
        }
        impl ::std::convert::From<super::CardOperationList> for CardOperationList {
            fn from(value: super::CardOperationList) -> Self {
                Self {
                    next: Ok(value.next),
                    operations: Ok(value.operations),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CardRegistration {
            card_id: ::std::result::Result<
                ::std::option::Option<super::CardRegistrationCardId>,
                ::std::string::String,
            >,
            consumer_id: ::std::result::Result<
                ::std::option::Option<super::CardRegistrationConsumerId>,
                ::std::string::String,
            >,
            cvv: ::std::result::Result<
                super::CardRegistrationCvv,
                ::std::string::String,
            >,
            exp: ::std::result::Result<
                super::CardRegistrationExp,
                ::std::string::String,
            >,
            pan: ::std::result::Result<
                super::CardRegistrationPan,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<super::CardState>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CardRegistration {
            fn default() -> Self {
                Self {
                    card_id: Ok(Default::default()),
                    consumer_id: Ok(Default::default()),
                    cvv: Err("no value supplied for cvv".to_string()),
                    exp: Err("no value supplied for exp".to_string()),
                    pan: Err("no value supplied for pan".to_string()),
                    state: Ok(Default::default()),
                }
            }
        }
        impl CardRegistration {
            pub fn card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CardRegistrationCardId>,
                >,
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
                    ::std::option::Option<super::CardRegistrationConsumerId>,
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
            pub fn cvv<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardRegistrationCvv>,
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
                T: ::std::convert::TryInto<super::CardRegistrationExp>,
                T::Error: ::std::fmt::Display,
            {
                self.exp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exp: {e}")
                    });
                self
            }
            pub fn pan<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardRegistrationPan>,
                T::Error: ::std::fmt::Display,
            {
                self.pan = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pan: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CardState>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CardRegistration> for super::CardRegistration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardRegistration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_id: value.card_id?,
                    consumer_id: value.consumer_id?,
                    cvv: value.cvv?,
                    exp: value.exp?,
                    pan: value.pan?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::CardRegistration> for CardRegistration {
            fn from(value: super::CardRegistration) -> Self {
                Self {
                    card_id: Ok(value.card_id),
                    consumer_id: Ok(value.consumer_id),
                    cvv: Ok(value.cvv),
                    exp: Ok(value.exp),
                    pan: Ok(value.pan),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CardStateChange {
            state: ::std::result::Result<super::CardState, ::std::string::String>,
        }
        impl ::std::default::Default for CardStateChange {
            fn default() -> Self {
                Self {
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl CardStateChange {
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CardStateChange> for super::CardStateChange {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardStateChange,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { state: value.state? })
            }
        }
        impl ::std::convert::From<super::CardStateChange> for CardStateChange {
            fn from(value: super::CardStateChange) -> Self {
                Self { state: Ok(value.state) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConnectingPartyRegistration {
            auth: ::std::result::Result<
                super::PartnerAuthRegistration,
                ::std::string::String,
            >,
            control_key: ::std::result::Result<
                super::ConnectingPartyRegistrationControlKey,
                ::std::string::String,
            >,
            endpoint_id: ::std::result::Result<
                super::ConnectingPartyRegistrationEndpointId,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                super::ConnectingPartyRegistrationRole,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                super::ConnectingPartyRegistrationUrl,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConnectingPartyRegistration {
            fn default() -> Self {
                Self {
                    auth: Err("no value supplied for auth".to_string()),
                    control_key: Err("no value supplied for control_key".to_string()),
                    endpoint_id: Err("no value supplied for endpoint_id".to_string()),
                    role: Err("no value supplied for role".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl ConnectingPartyRegistration {
            pub fn auth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PartnerAuthRegistration>,
                T::Error: ::std::fmt::Display,
            {
                self.auth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth: {e}")
                    });
                self
            }
            pub fn control_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConnectingPartyRegistrationControlKey>,
                T::Error: ::std::fmt::Display,
            {
                self.control_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for control_key: {e}")
                    });
                self
            }
            pub fn endpoint_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConnectingPartyRegistrationEndpointId>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for endpoint_id: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConnectingPartyRegistrationRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConnectingPartyRegistrationUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConnectingPartyRegistration>
        for super::ConnectingPartyRegistration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConnectingPartyRegistration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth: value.auth?,
                    control_key: value.control_key?,
                    endpoint_id: value.endpoint_id?,
                    role: value.role?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::ConnectingPartyRegistration>
        for ConnectingPartyRegistration {
            fn from(value: super::ConnectingPartyRegistration) -> Self {
                Self {
                    auth: Ok(value.auth),
                    control_key: Ok(value.control_key),
                    endpoint_id: Ok(value.endpoint_id),
                    role: Ok(value.role),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConsumerSession {
            access_token: ::std::result::Result<
                super::ConsumerSessionAccessToken,
                ::std::string::String,
            >,
            consumer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            device_serial_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConsumerSession {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    consumer_id: Err("no value supplied for consumer_id".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    device_serial_number: Err(
                        "no value supplied for device_serial_number".to_string(),
                    ),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                }
            }
        }
        impl ConsumerSession {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConsumerSessionAccessToken>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn consumer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.consumer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for consumer_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn device_serial_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.device_serial_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for device_serial_number: {e}"
                        )
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
        }
        impl ::std::convert::TryFrom<ConsumerSession> for super::ConsumerSession {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConsumerSession,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    consumer_id: value.consumer_id?,
                    created_at: value.created_at?,
                    device_serial_number: value.device_serial_number?,
                    expires_at: value.expires_at?,
                })
            }
        }
        impl ::std::convert::From<super::ConsumerSession> for ConsumerSession {
            fn from(value: super::ConsumerSession) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    consumer_id: Ok(value.consumer_id),
                    created_at: Ok(value.created_at),
                    device_serial_number: Ok(value.device_serial_number),
                    expires_at: Ok(value.expires_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConsumerSessionRequest {
            consumer_id: ::std::result::Result<
                ::std::option::Option<super::ConsumerSessionRequestConsumerId>,
                ::std::string::String,
            >,
            device_serial_number: ::std::result::Result<
                super::ConsumerSessionRequestDeviceSerialNumber,
                ::std::string::String,
            >,
            ttl_seconds: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConsumerSessionRequest {
            fn default() -> Self {
                Self {
                    consumer_id: Ok(Default::default()),
                    device_serial_number: Err(
                        "no value supplied for device_serial_number".to_string(),
                    ),
                    ttl_seconds: Ok(Default::default()),
                }
            }
        }
        impl ConsumerSessionRequest {
            pub fn consumer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ConsumerSessionRequestConsumerId>,
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
            pub fn device_serial_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::ConsumerSessionRequestDeviceSerialNumber,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.device_serial_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for device_serial_number: {e}"
                        )
                    });
                self
            }
            pub fn ttl_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ttl_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ttl_seconds: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConsumerSessionRequest>
        for super::ConsumerSessionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConsumerSessionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    consumer_id: value.consumer_id?,
                    device_serial_number: value.device_serial_number?,
                    ttl_seconds: value.ttl_seconds?,
                })
            }
        }
        impl ::std::convert::From<super::ConsumerSessionRequest>
        for ConsumerSessionRequest {
            fn from(value: super::ConsumerSessionRequest) -> Self {
                Self {
                    consumer_id: Ok(value.consumer_id),
                    device_serial_number: Ok(value.device_serial_number),
                    ttl_seconds: Ok(value.ttl_seconds),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Delivery {
            attempts: ::std::result::Result<i32, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            event: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<i64, ::std::string::String>,
            last_outcome: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            next_attempt_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            operation: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            role: ::std::result::Result<super::PartnerRoleName, ::std::string::String>,
            state: ::std::result::Result<super::DeliveryState, ::std::string::String>,
            subject: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Delivery {
            fn default() -> Self {
                Self {
                    attempts: Err("no value supplied for attempts".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    event: Err("no value supplied for event".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    last_outcome: Ok(Default::default()),
                    next_attempt_at: Ok(Default::default()),
                    operation: Err("no value supplied for operation".to_string()),
                    role: Err("no value supplied for role".to_string()),
                    state: Err("no value supplied for state".to_string()),
                    subject: Err("no value supplied for subject".to_string()),
                }
            }
        }
        impl Delivery {
            pub fn attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attempts: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_outcome<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_outcome = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_outcome: {e}")
                    });
                self
            }
            pub fn next_attempt_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.next_attempt_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for next_attempt_at: {e}"
                        )
                    });
                self
            }
            pub fn operation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.operation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operation: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PartnerRoleName>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeliveryState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn subject<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.subject = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subject: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Delivery> for super::Delivery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Delivery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attempts: value.attempts?,
                    created_at: value.created_at?,
                    event: value.event?,
                    id: value.id?,
                    last_outcome: value.last_outcome?,
                    next_attempt_at: value.next_attempt_at?,
                    operation: value.operation?,
                    role: value.role?,
                    state: value.state?,
                    subject: value.subject?,
                })
            }
        }
        impl ::std::convert::From<super::Delivery> for Delivery {
            fn from(value: super::Delivery) -> Self {
                Self {
                    attempts: Ok(value.attempts),
                    created_at: Ok(value.created_at),
                    event: Ok(value.event),
                    id: Ok(value.id),
                    last_outcome: Ok(value.last_outcome),
                    next_attempt_at: Ok(value.next_attempt_at),
                    operation: Ok(value.operation),
                    role: Ok(value.role),
                    state: Ok(value.state),
                    subject: Ok(value.subject),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeliveryAttempt {
            at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            latency_ms: ::std::result::Result<i64, ::std::string::String>,
            number: ::std::result::Result<i32, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            verdict: ::std::result::Result<
                super::DeliveryAttemptVerdict,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeliveryAttempt {
            fn default() -> Self {
                Self {
                    at: Err("no value supplied for at".to_string()),
                    detail: Err("no value supplied for detail".to_string()),
                    latency_ms: Err("no value supplied for latency_ms".to_string()),
                    number: Err("no value supplied for number".to_string()),
                    status: Ok(Default::default()),
                    verdict: Err("no value supplied for verdict".to_string()),
                }
            }
        }
        impl DeliveryAttempt {
            pub fn at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for at: {e}"));
                self
            }
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn latency_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.latency_ms = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for latency_ms: {e}")
                    });
                self
            }
            pub fn number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for number: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn verdict<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeliveryAttemptVerdict>,
                T::Error: ::std::fmt::Display,
            {
                self.verdict = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verdict: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeliveryAttempt> for super::DeliveryAttempt {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeliveryAttempt,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    at: value.at?,
                    detail: value.detail?,
                    latency_ms: value.latency_ms?,
                    number: value.number?,
                    status: value.status?,
                    verdict: value.verdict?,
                })
            }
        }
        impl ::std::convert::From<super::DeliveryAttempt> for DeliveryAttempt {
            fn from(value: super::DeliveryAttempt) -> Self {
                Self {
                    at: Ok(value.at),
                    detail: Ok(value.detail),
                    latency_ms: Ok(value.latency_ms),
                    number: Ok(value.number),
                    status: Ok(value.status),
                    verdict: Ok(value.verdict),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeliveryDetail {
            attempts: ::std::result::Result<
                ::std::vec::Vec<super::DeliveryAttempt>,
                ::std::string::String,
            >,
            delivery: ::std::result::Result<super::Delivery, ::std::string::String>,
        }
        impl ::std::default::Default for DeliveryDetail {
            fn default() -> Self {
                Self {
                    attempts: Err("no value supplied for attempts".to_string()),
                    delivery: Err("no value supplied for delivery".to_string()),
                }
            }
        }
        impl DeliveryDetail {
            pub fn attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DeliveryAttempt>>,
                T::Error: ::std::fmt::Display,
            {
                self.attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attempts: {e}")
                    });
                self
            }
            pub fn delivery<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Delivery>,
                T::Error: ::std::fmt::Display,
            {
                self.delivery = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delivery: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeliveryDetail> for super::DeliveryDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeliveryDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attempts: value.attempts?,
                    delivery: value.delivery?,
                })
            }
        }
        impl ::std::convert::From<super::DeliveryDetail> for DeliveryDetail {
            fn from(value: super::DeliveryDetail) -> Self {
                Self {
                    attempts: Ok(value.attempts),
                    delivery: Ok(value.delivery),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeliveryList {
            deliveries: ::std::result::Result<
                ::std::vec::Vec<super::Delivery>,
                ::std::string::String,
            >,
            next: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeliveryList {
            fn default() -> Self {
                Self {
                    deliveries: Err("no value supplied for deliveries".to_string()),
                    next: Ok(Default::default()),
                }
            }
        }
        impl DeliveryList {
            pub fn deliveries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Delivery>>,
                T::Error: ::std::fmt::Display,
            {
                self.deliveries = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deliveries: {e}")
                    });
                self
            }
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeliveryList> for super::DeliveryList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeliveryList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deliveries: value.deliveries?,
                    next: value.next?,
                })
            }
        }
        impl ::std::convert::From<super::DeliveryList> for DeliveryList {
            fn from(value: super::DeliveryList) -> Self {
                Self {
                    deliveries: Ok(value.deliveries),
                    next: Ok(value.next),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeliveryStats {
            aborted: ::std::result::Result<i64, ::std::string::String>,
            attempts: ::std::result::Result<i64, ::std::string::String>,
            delivered: ::std::result::Result<i64, ::std::string::String>,
            failed: ::std::result::Result<i64, ::std::string::String>,
            pending: ::std::result::Result<i64, ::std::string::String>,
            retries: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for DeliveryStats {
            fn default() -> Self {
                Self {
                    aborted: Err("no value supplied for aborted".to_string()),
                    attempts: Err("no value supplied for attempts".to_string()),
                    delivered: Err("no value supplied for delivered".to_string()),
                    failed: Err("no value supplied for failed".to_string()),
                    pending: Err("no value supplied for pending".to_string()),
                    retries: Err("no value supplied for retries".to_string()),
                }
            }
        }
        impl DeliveryStats {
            pub fn aborted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.aborted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for aborted: {e}")
                    });
                self
            }
            pub fn attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attempts: {e}")
                    });
                self
            }
            pub fn delivered<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.delivered = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delivered: {e}")
                    });
                self
            }
            pub fn failed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.failed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for failed: {e}")
                    });
                self
            }
            pub fn pending<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.pending = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pending: {e}")
                    });
                self
            }
            pub fn retries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.retries = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for retries: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeliveryStats> for super::DeliveryStats {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeliveryStats,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    aborted: value.aborted?,
                    attempts: value.attempts?,
                    delivered: value.delivered?,
                    failed: value.failed?,
                    pending: value.pending?,
                    retries: value.retries?,
                })
            }
        }
        impl ::std::convert::From<super::DeliveryStats> for DeliveryStats {
            fn from(value: super::DeliveryStats) -> Self {
                Self {
                    aborted: Ok(value.aborted),
                    attempts: Ok(value.attempts),
                    delivered: Ok(value.delivered),
                    failed: Ok(value.failed),
                    pending: Ok(value.pending),
                    retries: Ok(value.retries),
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
        pub struct IssuerAssets {
            assets: ::std::result::Result<
                ::std::vec::Vec<super::AssetInfo>,
                ::std::string::String,
            >,
            card_art: ::std::result::Result<
                ::std::vec::Vec<super::IssuerAssetsCardArtItem>,
                ::std::string::String,
            >,
            terms_and_conditions_id: ::std::result::Result<
                super::IssuerAssetsTermsAndConditionsId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IssuerAssets {
            fn default() -> Self {
                Self {
                    assets: Err("no value supplied for assets".to_string()),
                    card_art: Err("no value supplied for card_art".to_string()),
                    terms_and_conditions_id: Err(
                        "no value supplied for terms_and_conditions_id".to_string(),
                    ),
                }
            }
        }
        impl IssuerAssets {
            pub fn assets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AssetInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.assets = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assets: {e}")
                    });
                self
            }
            pub fn card_art<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::IssuerAssetsCardArtItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_art = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_art: {e}")
                    });
                self
            }
            pub fn terms_and_conditions_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IssuerAssetsTermsAndConditionsId>,
                T::Error: ::std::fmt::Display,
            {
                self.terms_and_conditions_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for terms_and_conditions_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IssuerAssets> for super::IssuerAssets {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IssuerAssets,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    assets: value.assets?,
                    card_art: value.card_art?,
                    terms_and_conditions_id: value.terms_and_conditions_id?,
                })
            }
        }
        impl ::std::convert::From<super::IssuerAssets> for IssuerAssets {
            fn from(value: super::IssuerAssets) -> Self {
                Self {
                    assets: Ok(value.assets),
                    card_art: Ok(value.card_art),
                    terms_and_conditions_id: Ok(value.terms_and_conditions_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IssuerRegistration {
            auth: ::std::result::Result<
                super::PartnerAuthRegistration,
                ::std::string::String,
            >,
            issuer_id: ::std::result::Result<
                super::IssuerRegistrationIssuerId,
                ::std::string::String,
            >,
            jwks_url: ::std::result::Result<
                super::IssuerRegistrationJwksUrl,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                super::IssuerRegistrationRole,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                super::IssuerRegistrationUrl,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IssuerRegistration {
            fn default() -> Self {
                Self {
                    auth: Err("no value supplied for auth".to_string()),
                    issuer_id: Err("no value supplied for issuer_id".to_string()),
                    jwks_url: Err("no value supplied for jwks_url".to_string()),
                    role: Err("no value supplied for role".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl IssuerRegistration {
            pub fn auth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PartnerAuthRegistration>,
                T::Error: ::std::fmt::Display,
            {
                self.auth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth: {e}")
                    });
                self
            }
            pub fn issuer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IssuerRegistrationIssuerId>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer_id: {e}")
                    });
                self
            }
            pub fn jwks_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IssuerRegistrationJwksUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.jwks_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for jwks_url: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IssuerRegistrationRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IssuerRegistrationUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IssuerRegistration> for super::IssuerRegistration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IssuerRegistration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth: value.auth?,
                    issuer_id: value.issuer_id?,
                    jwks_url: value.jwks_url?,
                    role: value.role?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::IssuerRegistration> for IssuerRegistration {
            fn from(value: super::IssuerRegistration) -> Self {
                Self {
                    auth: Ok(value.auth),
                    issuer_id: Ok(value.issuer_id),
                    jwks_url: Ok(value.jwks_url),
                    role: Ok(value.role),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MerchantGatewayRegistration {
            auth: ::std::result::Result<
                super::PartnerAuthRegistration,
                ::std::string::String,
            >,
            merchant_gateway_id: ::std::result::Result<
                super::MerchantGatewayRegistrationMerchantGatewayId,
                ::std::string::String,
            >,
            merchant_id: ::std::result::Result<
                super::MerchantGatewayRegistrationMerchantId,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                super::MerchantGatewayRegistrationRole,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                super::MerchantGatewayRegistrationUrl,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MerchantGatewayRegistration {
            fn default() -> Self {
                Self {
                    auth: Err("no value supplied for auth".to_string()),
                    merchant_gateway_id: Err(
                        "no value supplied for merchant_gateway_id".to_string(),
                    ),
                    merchant_id: Err("no value supplied for merchant_id".to_string()),
                    role: Err("no value supplied for role".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl MerchantGatewayRegistration {
            pub fn auth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PartnerAuthRegistration>,
                T::Error: ::std::fmt::Display,
            {
                self.auth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth: {e}")
                    });
                self
            }
            pub fn merchant_gateway_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::MerchantGatewayRegistrationMerchantGatewayId,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_gateway_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_gateway_id: {e}"
                        )
                    });
                self
            }
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantGatewayRegistrationMerchantId>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantGatewayRegistrationRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantGatewayRegistrationUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MerchantGatewayRegistration>
        for super::MerchantGatewayRegistration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MerchantGatewayRegistration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth: value.auth?,
                    merchant_gateway_id: value.merchant_gateway_id?,
                    merchant_id: value.merchant_id?,
                    role: value.role?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::MerchantGatewayRegistration>
        for MerchantGatewayRegistration {
            fn from(value: super::MerchantGatewayRegistration) -> Self {
                Self {
                    auth: Ok(value.auth),
                    merchant_gateway_id: Ok(value.merchant_gateway_id),
                    merchant_id: Ok(value.merchant_id),
                    role: Ok(value.role),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NoAuthRegistration {
            type_: ::std::result::Result<
                super::NoAuthRegistrationType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NoAuthRegistration {
            fn default() -> Self {
                Self {
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl NoAuthRegistration {
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NoAuthRegistrationType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NoAuthRegistration> for super::NoAuthRegistration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NoAuthRegistration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { type_: value.type_? })
            }
        }
        impl ::std::convert::From<super::NoAuthRegistration> for NoAuthRegistration {
            fn from(value: super::NoAuthRegistration) -> Self {
                Self { type_: Ok(value.type_) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OauthRegistration {
            client_id: ::std::result::Result<
                super::OauthRegistrationClientId,
                ::std::string::String,
            >,
            client_secret: ::std::result::Result<
                super::OauthRegistrationClientSecret,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::option::Option<super::OauthRegistrationScope>,
                ::std::string::String,
            >,
            token_url: ::std::result::Result<
                super::OauthRegistrationTokenUrl,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::OauthRegistrationType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OauthRegistration {
            fn default() -> Self {
                Self {
                    client_id: Err("no value supplied for client_id".to_string()),
                    client_secret: Err(
                        "no value supplied for client_secret".to_string(),
                    ),
                    scope: Ok(Default::default()),
                    token_url: Err("no value supplied for token_url".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl OauthRegistration {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OauthRegistrationClientId>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn client_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OauthRegistrationClientSecret>,
                T::Error: ::std::fmt::Display,
            {
                self.client_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_secret: {e}")
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OauthRegistrationScope>,
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
            pub fn token_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OauthRegistrationTokenUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.token_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_url: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OauthRegistrationType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OauthRegistration> for super::OauthRegistration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OauthRegistration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    client_secret: value.client_secret?,
                    scope: value.scope?,
                    token_url: value.token_url?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::OauthRegistration> for OauthRegistration {
            fn from(value: super::OauthRegistration) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    client_secret: Ok(value.client_secret),
                    scope: Ok(value.scope),
                    token_url: Ok(value.token_url),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OnFileAccount {
            card_id: ::std::result::Result<
                super::OnFileAccountCardId,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            wallet_card_account_id: ::std::result::Result<
                super::OnFileAccountWalletCardAccountId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OnFileAccount {
            fn default() -> Self {
                Self {
                    card_id: Err("no value supplied for card_id".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    wallet_card_account_id: Err(
                        "no value supplied for wallet_card_account_id".to_string(),
                    ),
                }
            }
        }
        impl OnFileAccount {
            pub fn card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OnFileAccountCardId>,
                T::Error: ::std::fmt::Display,
            {
                self.card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn wallet_card_account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OnFileAccountWalletCardAccountId>,
                T::Error: ::std::fmt::Display,
            {
                self.wallet_card_account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for wallet_card_account_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OnFileAccount> for super::OnFileAccount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OnFileAccount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_id: value.card_id?,
                    created_at: value.created_at?,
                    wallet_card_account_id: value.wallet_card_account_id?,
                })
            }
        }
        impl ::std::convert::From<super::OnFileAccount> for OnFileAccount {
            fn from(value: super::OnFileAccount) -> Self {
                Self {
                    card_id: Ok(value.card_id),
                    created_at: Ok(value.created_at),
                    wallet_card_account_id: Ok(value.wallet_card_account_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Otp {
            card_id: ::std::result::Result<super::OtpCardId, ::std::string::String>,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            otp: ::std::result::Result<super::OtpOtp, ::std::string::String>,
        }
        impl ::std::default::Default for Otp {
            fn default() -> Self {
                Self {
                    card_id: Err("no value supplied for card_id".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    otp: Err("no value supplied for otp".to_string()),
                }
            }
        }
        impl Otp {
            pub fn card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OtpCardId>,
                T::Error: ::std::fmt::Display,
            {
                self.card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_id: {e}")
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
            pub fn otp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OtpOtp>,
                T::Error: ::std::fmt::Display,
            {
                self.otp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for otp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Otp> for super::Otp {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Otp,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_id: value.card_id?,
                    expires_at: value.expires_at?,
                    otp: value.otp?,
                })
            }
        }
        impl ::std::convert::From<super::Otp> for Otp {
            fn from(value: super::Otp) -> Self {
                Self {
                    card_id: Ok(value.card_id),
                    expires_at: Ok(value.expires_at),
                    otp: Ok(value.otp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OtpRequest {
            ttl_secs: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OtpRequest {
            fn default() -> Self {
                Self {
                    ttl_secs: Ok(Default::default()),
                }
            }
        }
        impl OtpRequest {
            pub fn ttl_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ttl_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ttl_secs: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OtpRequest> for super::OtpRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OtpRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { ttl_secs: value.ttl_secs? })
            }
        }
        impl ::std::convert::From<super::OtpRequest> for OtpRequest {
            fn from(value: super::OtpRequest) -> Self {
                Self {
                    ttl_secs: Ok(value.ttl_secs),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Partner {
            auth: ::std::result::Result<super::PartnerAuthView, ::std::string::String>,
            control_key_set: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            endpoint_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            issuer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            jwks_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_gateway_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<super::PartnerRoleName, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Partner {
            fn default() -> Self {
                Self {
                    auth: Err("no value supplied for auth".to_string()),
                    control_key_set: Ok(Default::default()),
                    endpoint_id: Ok(Default::default()),
                    issuer_id: Ok(Default::default()),
                    jwks_url: Ok(Default::default()),
                    merchant_gateway_id: Ok(Default::default()),
                    merchant_id: Ok(Default::default()),
                    role: Err("no value supplied for role".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Partner {
            pub fn auth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PartnerAuthView>,
                T::Error: ::std::fmt::Display,
            {
                self.auth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth: {e}")
                    });
                self
            }
            pub fn control_key_set<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.control_key_set = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for control_key_set: {e}"
                        )
                    });
                self
            }
            pub fn endpoint_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for endpoint_id: {e}")
                    });
                self
            }
            pub fn issuer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer_id: {e}")
                    });
                self
            }
            pub fn jwks_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.jwks_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for jwks_url: {e}")
                    });
                self
            }
            pub fn merchant_gateway_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_gateway_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_gateway_id: {e}"
                        )
                    });
                self
            }
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PartnerRoleName>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Partner> for super::Partner {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Partner,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth: value.auth?,
                    control_key_set: value.control_key_set?,
                    endpoint_id: value.endpoint_id?,
                    issuer_id: value.issuer_id?,
                    jwks_url: value.jwks_url?,
                    merchant_gateway_id: value.merchant_gateway_id?,
                    merchant_id: value.merchant_id?,
                    role: value.role?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Partner> for Partner {
            fn from(value: super::Partner) -> Self {
                Self {
                    auth: Ok(value.auth),
                    control_key_set: Ok(value.control_key_set),
                    endpoint_id: Ok(value.endpoint_id),
                    issuer_id: Ok(value.issuer_id),
                    jwks_url: Ok(value.jwks_url),
                    merchant_gateway_id: Ok(value.merchant_gateway_id),
                    merchant_id: Ok(value.merchant_id),
                    role: Ok(value.role),
                    updated_at: Ok(value.updated_at),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PartnerAuthView {
            client_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            secret_set: ::std::result::Result<bool, ::std::string::String>,
            token_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::PartnerAuthViewType,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PartnerAuthView {
            fn default() -> Self {
                Self {
                    client_id: Ok(Default::default()),
                    scope: Ok(Default::default()),
                    secret_set: Err("no value supplied for secret_set".to_string()),
                    token_url: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl PartnerAuthView {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
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
            pub fn secret_set<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.secret_set = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for secret_set: {e}")
                    });
                self
            }
            pub fn token_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_url: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PartnerAuthViewType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PartnerAuthView> for super::PartnerAuthView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PartnerAuthView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    scope: value.scope?,
                    secret_set: value.secret_set?,
                    token_url: value.token_url?,
                    type_: value.type_?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::PartnerAuthView> for PartnerAuthView {
            fn from(value: super::PartnerAuthView) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    scope: Ok(value.scope),
                    secret_set: Ok(value.secret_set),
                    token_url: Ok(value.token_url),
                    type_: Ok(value.type_),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PartnerList {
            partners: ::std::result::Result<
                ::std::vec::Vec<super::Partner>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PartnerList {
            fn default() -> Self {
                Self {
                    partners: Err("no value supplied for partners".to_string()),
                }
            }
        }
        impl PartnerList {
            pub fn partners<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Partner>>,
                T::Error: ::std::fmt::Display,
            {
                self.partners = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partners: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PartnerList> for super::PartnerList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PartnerList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { partners: value.partners? })
            }
        }
        impl ::std::convert::From<super::PartnerList> for PartnerList {
            fn from(value: super::PartnerList) -> Self {
                Self {
                    partners: Ok(value.partners),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Settings {
            accept_unknown_cards: ::std::result::Result<bool, ::std::string::String>,
            filtered_bins: ::std::result::Result<
                ::std::vec::Vec<super::SettingsFilteredBinsItem>,
                ::std::string::String,
            >,
            strict_pods: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Settings {
            fn default() -> Self {
                Self {
                    accept_unknown_cards: Err(
                        "no value supplied for accept_unknown_cards".to_string(),
                    ),
                    filtered_bins: Ok(Default::default()),
                    strict_pods: Ok(Default::default()),
                }
            }
        }
        impl Settings {
            pub fn accept_unknown_cards<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.accept_unknown_cards = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accept_unknown_cards: {e}"
                        )
                    });
                self
            }
            pub fn filtered_bins<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::SettingsFilteredBinsItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.filtered_bins = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filtered_bins: {e}")
                    });
                self
            }
            pub fn strict_pods<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.strict_pods = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for strict_pods: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Settings> for super::Settings {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Settings,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accept_unknown_cards: value.accept_unknown_cards?,
                    filtered_bins: value.filtered_bins?,
                    strict_pods: value.strict_pods?,
                })
            }
        }
        impl ::std::convert::From<super::Settings> for Settings {
            fn from(value: super::Settings) -> Self {
                Self {
                    accept_unknown_cards: Ok(value.accept_unknown_cards),
                    filtered_bins: Ok(value.filtered_bins),
                    strict_pods: Ok(value.strict_pods),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StoredOperation {
            digital_card_ids: ::std::result::Result<
                ::std::vec::Vec<super::StoredOperationDigitalCardIdsItem>,
                ::std::string::String,
            >,
            end_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            first_received_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            last_received_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<super::StoredOperationMessage>,
                ::std::string::String,
            >,
            operation: ::std::result::Result<
                super::StoredOperationOperation,
                ::std::string::String,
            >,
            operation_id: ::std::result::Result<
                super::StoredOperationOperationId,
                ::std::string::String,
            >,
            sequence: ::std::result::Result<i64, ::std::string::String>,
            start_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::StoredOperationStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StoredOperation {
            fn default() -> Self {
                Self {
                    digital_card_ids: Ok(Default::default()),
                    end_time: Ok(Default::default()),
                    first_received_at: Err(
                        "no value supplied for first_received_at".to_string(),
                    ),
                    last_received_at: Err(
                        "no value supplied for last_received_at".to_string(),
                    ),
                    message: Ok(Default::default()),
                    operation: Err("no value supplied for operation".to_string()),
                    operation_id: Err("no value supplied for operation_id".to_string()),
                    sequence: Err("no value supplied for sequence".to_string()),
                    start_time: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl StoredOperation {
            pub fn digital_card_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::StoredOperationDigitalCardIdsItem>,
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
            pub fn first_received_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_received_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for first_received_at: {e}"
                        )
                    });
                self
            }
            pub fn last_received_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_received_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_received_at: {e}"
                        )
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StoredOperationMessage>,
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
                T: ::std::convert::TryInto<super::StoredOperationOperation>,
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
                T: ::std::convert::TryInto<super::StoredOperationOperationId>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operation_id: {e}")
                    });
                self
            }
            pub fn sequence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.sequence = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sequence: {e}")
                    });
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
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
                T: ::std::convert::TryInto<super::StoredOperationStatus>,
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
        impl ::std::convert::TryFrom<StoredOperation> for super::StoredOperation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StoredOperation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    digital_card_ids: value.digital_card_ids?,
                    end_time: value.end_time?,
                    first_received_at: value.first_received_at?,
                    last_received_at: value.last_received_at?,
                    message: value.message?,
                    operation: value.operation?,
                    operation_id: value.operation_id?,
                    sequence: value.sequence?,
                    start_time: value.start_time?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::StoredOperation> for StoredOperation {
            fn from(value: super::StoredOperation) -> Self {
                Self {
                    digital_card_ids: Ok(value.digital_card_ids),
                    end_time: Ok(value.end_time),
                    first_received_at: Ok(value.first_received_at),
                    last_received_at: Ok(value.last_received_at),
                    message: Ok(value.message),
                    operation: Ok(value.operation),
                    operation_id: Ok(value.operation_id),
                    sequence: Ok(value.sequence),
                    start_time: Ok(value.start_time),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Token {
            card_bin: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            card_expiry_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            card_last_digits: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            correlation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            cryptograms_discarded_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_update_timestamp: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            notification_count: ::std::result::Result<i64, ::std::string::String>,
            par: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token_expiry_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            token_last_digits: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Token {
            fn default() -> Self {
                Self {
                    card_bin: Ok(Default::default()),
                    card_expiry_date: Ok(Default::default()),
                    card_last_digits: Ok(Default::default()),
                    correlation_id: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    cryptograms_discarded_at: Ok(Default::default()),
                    last_update_timestamp: Ok(Default::default()),
                    merchant_id: Err("no value supplied for merchant_id".to_string()),
                    notification_count: Err(
                        "no value supplied for notification_count".to_string(),
                    ),
                    par: Ok(Default::default()),
                    state: Ok(Default::default()),
                    token_expiry_date: Ok(Default::default()),
                    token_id: Err("no value supplied for token_id".to_string()),
                    token_last_digits: Ok(Default::default()),
                }
            }
        }
        impl Token {
            pub fn card_bin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            pub fn correlation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.correlation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for correlation_id: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn cryptograms_discarded_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.cryptograms_discarded_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cryptograms_discarded_at: {e}"
                        )
                    });
                self
            }
            pub fn last_update_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn notification_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.notification_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_count: {e}"
                        )
                    });
                self
            }
            pub fn par<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.par = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for par: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn token_expiry_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::string::String>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        }
        impl ::std::convert::TryFrom<Token> for super::Token {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Token,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_bin: value.card_bin?,
                    card_expiry_date: value.card_expiry_date?,
                    card_last_digits: value.card_last_digits?,
                    correlation_id: value.correlation_id?,
                    created_at: value.created_at?,
                    cryptograms_discarded_at: value.cryptograms_discarded_at?,
                    last_update_timestamp: value.last_update_timestamp?,
                    merchant_id: value.merchant_id?,
                    notification_count: value.notification_count?,
                    par: value.par?,
                    state: value.state?,
                    token_expiry_date: value.token_expiry_date?,
                    token_id: value.token_id?,
                    token_last_digits: value.token_last_digits?,
                })
            }
        }
        impl ::std::convert::From<super::Token> for Token {
            fn from(value: super::Token) -> Self {
                Self {
                    card_bin: Ok(value.card_bin),
                    card_expiry_date: Ok(value.card_expiry_date),
                    card_last_digits: Ok(value.card_last_digits),
                    correlation_id: Ok(value.correlation_id),
                    created_at: Ok(value.created_at),
                    cryptograms_discarded_at: Ok(value.cryptograms_discarded_at),
                    last_update_timestamp: Ok(value.last_update_timestamp),
                    merchant_id: Ok(value.merchant_id),
                    notification_count: Ok(value.notification_count),
                    par: Ok(value.par),
                    state: Ok(value.state),
                    token_expiry_date: Ok(value.token_expiry_date),
                    token_id: Ok(value.token_id),
                    token_last_digits: Ok(value.token_last_digits),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenCreatedEvent {
            correlation_id: ::std::result::Result<
                ::std::option::Option<super::TokenCreatedEventCorrelationId>,
                ::std::string::String,
            >,
            token_id: ::std::result::Result<
                super::TokenCreatedEventTokenId,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::TokenCreatedEventType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenCreatedEvent {
            fn default() -> Self {
                Self {
                    correlation_id: Ok(Default::default()),
                    token_id: Err("no value supplied for token_id".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl TokenCreatedEvent {
            pub fn correlation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenCreatedEventCorrelationId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.correlation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for correlation_id: {e}"
                        )
                    });
                self
            }
            pub fn token_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenCreatedEventTokenId>,
                T::Error: ::std::fmt::Display,
            {
                self.token_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_id: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenCreatedEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenCreatedEvent> for super::TokenCreatedEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenCreatedEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    correlation_id: value.correlation_id?,
                    token_id: value.token_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::TokenCreatedEvent> for TokenCreatedEvent {
            fn from(value: super::TokenCreatedEvent) -> Self {
                Self {
                    correlation_id: Ok(value.correlation_id),
                    token_id: Ok(value.token_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenList {
            tokens: ::std::result::Result<
                ::std::vec::Vec<super::Token>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenList {
            fn default() -> Self {
                Self {
                    tokens: Err("no value supplied for tokens".to_string()),
                }
            }
        }
        impl TokenList {
            pub fn tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Token>>,
                T::Error: ::std::fmt::Display,
            {
                self.tokens = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tokens: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenList> for super::TokenList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { tokens: value.tokens? })
            }
        }
        impl ::std::convert::From<super::TokenList> for TokenList {
            fn from(value: super::TokenList) -> Self {
                Self { tokens: Ok(value.tokens) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenNotification {
            body: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            correlation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                super::TokenNotificationKind,
                ::std::string::String,
            >,
            outcome: ::std::result::Result<
                super::TokenNotificationOutcome,
                ::std::string::String,
            >,
            received_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            sequence: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for TokenNotification {
            fn default() -> Self {
                Self {
                    body: Ok(Default::default()),
                    correlation_id: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                    outcome: Err("no value supplied for outcome".to_string()),
                    received_at: Err("no value supplied for received_at".to_string()),
                    sequence: Err("no value supplied for sequence".to_string()),
                }
            }
        }
        impl TokenNotification {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn correlation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.correlation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for correlation_id: {e}"
                        )
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenNotificationKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn outcome<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenNotificationOutcome>,
                T::Error: ::std::fmt::Display,
            {
                self.outcome = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for outcome: {e}")
                    });
                self
            }
            pub fn received_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.received_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for received_at: {e}")
                    });
                self
            }
            pub fn sequence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.sequence = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sequence: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenNotification> for super::TokenNotification {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenNotification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    correlation_id: value.correlation_id?,
                    kind: value.kind?,
                    outcome: value.outcome?,
                    received_at: value.received_at?,
                    sequence: value.sequence?,
                })
            }
        }
        impl ::std::convert::From<super::TokenNotification> for TokenNotification {
            fn from(value: super::TokenNotification) -> Self {
                Self {
                    body: Ok(value.body),
                    correlation_id: Ok(value.correlation_id),
                    kind: Ok(value.kind),
                    outcome: Ok(value.outcome),
                    received_at: Ok(value.received_at),
                    sequence: Ok(value.sequence),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenNotificationList {
            next: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            notifications: ::std::result::Result<
                ::std::vec::Vec<super::TokenNotification>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenNotificationList {
            fn default() -> Self {
                Self {
                    next: Ok(Default::default()),
                    notifications: Err("no value supplied for notifications".to_string()),
                }
            }
        }
        impl TokenNotificationList {
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn notifications<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TokenNotification>>,
                T::Error: ::std::fmt::Display,
            {
                self.notifications = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notifications: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenNotificationList>
        for super::TokenNotificationList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenNotificationList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    next: value.next?,
                    notifications: value.notifications?,
                })
            }
        }
        impl ::std::convert::From<super::TokenNotificationList>
        for TokenNotificationList {
            fn from(value: super::TokenNotificationList) -> Self {
                Self {
                    next: Ok(value.next),
                    notifications: Ok(value.notifications),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenRequestorRegistration {
            auth: ::std::result::Result<
                super::PartnerAuthRegistration,
                ::std::string::String,
            >,
            merchant_id: ::std::result::Result<
                super::TokenRequestorRegistrationMerchantId,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                super::TokenRequestorRegistrationRole,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                super::TokenRequestorRegistrationUrl,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenRequestorRegistration {
            fn default() -> Self {
                Self {
                    auth: Err("no value supplied for auth".to_string()),
                    merchant_id: Err("no value supplied for merchant_id".to_string()),
                    role: Err("no value supplied for role".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl TokenRequestorRegistration {
            pub fn auth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PartnerAuthRegistration>,
                T::Error: ::std::fmt::Display,
            {
                self.auth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth: {e}")
                    });
                self
            }
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenRequestorRegistrationMerchantId>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenRequestorRegistrationRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenRequestorRegistrationUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenRequestorRegistration>
        for super::TokenRequestorRegistration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenRequestorRegistration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth: value.auth?,
                    merchant_id: value.merchant_id?,
                    role: value.role?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::TokenRequestorRegistration>
        for TokenRequestorRegistration {
            fn from(value: super::TokenRequestorRegistration) -> Self {
                Self {
                    auth: Ok(value.auth),
                    merchant_id: Ok(value.merchant_id),
                    role: Ok(value.role),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenUpdatedEvent {
            correlation_id: ::std::result::Result<
                ::std::option::Option<super::TokenUpdatedEventCorrelationId>,
                ::std::string::String,
            >,
            last_update_timestamp: ::std::result::Result<
                ::std::option::Option<super::TokenUpdatedEventLastUpdateTimestamp>,
                ::std::string::String,
            >,
            token_id: ::std::result::Result<
                super::TokenUpdatedEventTokenId,
                ::std::string::String,
            >,
            token_state: ::std::result::Result<
                super::TokenUpdatedEventTokenState,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::TokenUpdatedEventType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenUpdatedEvent {
            fn default() -> Self {
                Self {
                    correlation_id: Ok(Default::default()),
                    last_update_timestamp: Ok(Default::default()),
                    token_id: Err("no value supplied for token_id".to_string()),
                    token_state: Err("no value supplied for token_state".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl TokenUpdatedEvent {
            pub fn correlation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenUpdatedEventCorrelationId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.correlation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for correlation_id: {e}"
                        )
                    });
                self
            }
            pub fn last_update_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenUpdatedEventLastUpdateTimestamp>,
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
            pub fn token_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenUpdatedEventTokenId>,
                T::Error: ::std::fmt::Display,
            {
                self.token_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_id: {e}")
                    });
                self
            }
            pub fn token_state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenUpdatedEventTokenState>,
                T::Error: ::std::fmt::Display,
            {
                self.token_state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_state: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenUpdatedEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenUpdatedEvent> for super::TokenUpdatedEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenUpdatedEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    correlation_id: value.correlation_id?,
                    last_update_timestamp: value.last_update_timestamp?,
                    token_id: value.token_id?,
                    token_state: value.token_state?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::TokenUpdatedEvent> for TokenUpdatedEvent {
            fn from(value: super::TokenUpdatedEvent) -> Self {
                Self {
                    correlation_id: Ok(value.correlation_id),
                    last_update_timestamp: Ok(value.last_update_timestamp),
                    token_id: Ok(value.token_id),
                    token_state: Ok(value.token_state),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerificationEvent {
            access_token: ::std::result::Result<
                super::VerificationEventAccessToken,
                ::std::string::String,
            >,
            bin: ::std::result::Result<i64, ::std::string::String>,
            device_serial_number: ::std::result::Result<
                super::VerificationEventDeviceSerialNumber,
                ::std::string::String,
            >,
            server_card_id: ::std::result::Result<
                super::VerificationEventServerCardId,
                ::std::string::String,
            >,
            session_token: ::std::result::Result<
                super::VerificationEventSessionToken,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::VerificationEventType,
                ::std::string::String,
            >,
            unique_reference_card_id: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for VerificationEvent {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    bin: Err("no value supplied for bin".to_string()),
                    device_serial_number: Err(
                        "no value supplied for device_serial_number".to_string(),
                    ),
                    server_card_id: Err(
                        "no value supplied for server_card_id".to_string(),
                    ),
                    session_token: Err(
                        "no value supplied for session_token".to_string(),
                    ),
                    type_: Err("no value supplied for type_".to_string()),
                    unique_reference_card_id: Err(
                        "no value supplied for unique_reference_card_id".to_string(),
                    ),
                }
            }
        }
        impl VerificationEvent {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerificationEventAccessToken>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn bin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.bin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bin: {e}")
                    });
                self
            }
            pub fn device_serial_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerificationEventDeviceSerialNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.device_serial_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for device_serial_number: {e}"
                        )
                    });
                self
            }
            pub fn server_card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerificationEventServerCardId>,
                T::Error: ::std::fmt::Display,
            {
                self.server_card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for server_card_id: {e}"
                        )
                    });
                self
            }
            pub fn session_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerificationEventSessionToken>,
                T::Error: ::std::fmt::Display,
            {
                self.session_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_token: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerificationEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn unique_reference_card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_reference_card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unique_reference_card_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerificationEvent> for super::VerificationEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerificationEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    bin: value.bin?,
                    device_serial_number: value.device_serial_number?,
                    server_card_id: value.server_card_id?,
                    session_token: value.session_token?,
                    type_: value.type_?,
                    unique_reference_card_id: value.unique_reference_card_id?,
                })
            }
        }
        impl ::std::convert::From<super::VerificationEvent> for VerificationEvent {
            fn from(value: super::VerificationEvent) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    bin: Ok(value.bin),
                    device_serial_number: Ok(value.device_serial_number),
                    server_card_id: Ok(value.server_card_id),
                    session_token: Ok(value.session_token),
                    type_: Ok(value.type_),
                    unique_reference_card_id: Ok(value.unique_reference_card_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerificationList {
            verifications: ::std::result::Result<
                ::std::vec::Vec<super::VerificationTransaction>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VerificationList {
            fn default() -> Self {
                Self {
                    verifications: Err("no value supplied for verifications".to_string()),
                }
            }
        }
        impl VerificationList {
            pub fn verifications<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::VerificationTransaction>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.verifications = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verifications: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerificationList> for super::VerificationList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerificationList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    verifications: value.verifications?,
                })
            }
        }
        impl ::std::convert::From<super::VerificationList> for VerificationList {
            fn from(value: super::VerificationList) -> Self {
                Self {
                    verifications: Ok(value.verifications),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerificationTransaction {
            bin: ::std::result::Result<i64, ::std::string::String>,
            consumer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            device_serial_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            invoice_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            received_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            server_card_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            session_token: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            unique_reference_card_id: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for VerificationTransaction {
            fn default() -> Self {
                Self {
                    bin: Err("no value supplied for bin".to_string()),
                    consumer_id: Err("no value supplied for consumer_id".to_string()),
                    device_serial_number: Err(
                        "no value supplied for device_serial_number".to_string(),
                    ),
                    invoice_id: Err("no value supplied for invoice_id".to_string()),
                    received_at: Err("no value supplied for received_at".to_string()),
                    server_card_id: Err(
                        "no value supplied for server_card_id".to_string(),
                    ),
                    session_token: Err(
                        "no value supplied for session_token".to_string(),
                    ),
                    unique_reference_card_id: Err(
                        "no value supplied for unique_reference_card_id".to_string(),
                    ),
                }
            }
        }
        impl VerificationTransaction {
            pub fn bin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.bin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bin: {e}")
                    });
                self
            }
            pub fn consumer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.consumer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for consumer_id: {e}")
                    });
                self
            }
            pub fn device_serial_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.device_serial_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for device_serial_number: {e}"
                        )
                    });
                self
            }
            pub fn invoice_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice_id: {e}")
                    });
                self
            }
            pub fn received_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.received_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for received_at: {e}")
                    });
                self
            }
            pub fn server_card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.server_card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for server_card_id: {e}"
                        )
                    });
                self
            }
            pub fn session_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.session_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_token: {e}")
                    });
                self
            }
            pub fn unique_reference_card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_reference_card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unique_reference_card_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerificationTransaction>
        for super::VerificationTransaction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerificationTransaction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bin: value.bin?,
                    consumer_id: value.consumer_id?,
                    device_serial_number: value.device_serial_number?,
                    invoice_id: value.invoice_id?,
                    received_at: value.received_at?,
                    server_card_id: value.server_card_id?,
                    session_token: value.session_token?,
                    unique_reference_card_id: value.unique_reference_card_id?,
                })
            }
        }
        impl ::std::convert::From<super::VerificationTransaction>
        for VerificationTransaction {
            fn from(value: super::VerificationTransaction) -> Self {
                Self {
                    bin: Ok(value.bin),
                    consumer_id: Ok(value.consumer_id),
                    device_serial_number: Ok(value.device_serial_number),
                    invoice_id: Ok(value.invoice_id),
                    received_at: Ok(value.received_at),
                    server_card_id: Ok(value.server_card_id),
                    session_token: Ok(value.session_token),
                    unique_reference_card_id: Ok(value.unique_reference_card_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WalletCard {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            history: ::std::result::Result<
                ::std::vec::Vec<super::WalletCardChange>,
                ::std::string::String,
            >,
            se_id: ::std::result::Result<
                ::std::option::Option<super::WalletCardSeId>,
                ::std::string::String,
            >,
            state: ::std::result::Result<super::WalletCardState, ::std::string::String>,
            tasks: ::std::result::Result<
                ::std::vec::Vec<super::WalletTask>,
                ::std::string::String,
            >,
            wallet_account_id: ::std::result::Result<
                super::WalletCardWalletAccountId,
                ::std::string::String,
            >,
            wallet_card_account_id: ::std::result::Result<
                super::WalletCardWalletCardAccountId,
                ::std::string::String,
            >,
            wallet_card_id: ::std::result::Result<
                super::WalletCardWalletCardId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WalletCard {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    history: Err("no value supplied for history".to_string()),
                    se_id: Ok(Default::default()),
                    state: Err("no value supplied for state".to_string()),
                    tasks: Err("no value supplied for tasks".to_string()),
                    wallet_account_id: Err(
                        "no value supplied for wallet_account_id".to_string(),
                    ),
                    wallet_card_account_id: Err(
                        "no value supplied for wallet_card_account_id".to_string(),
                    ),
                    wallet_card_id: Err(
                        "no value supplied for wallet_card_id".to_string(),
                    ),
                }
            }
        }
        impl WalletCard {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn history<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WalletCardChange>>,
                T::Error: ::std::fmt::Display,
            {
                self.history = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for history: {e}")
                    });
                self
            }
            pub fn se_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::WalletCardSeId>>,
                T::Error: ::std::fmt::Display,
            {
                self.se_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for se_id: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WalletCardState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn tasks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WalletTask>>,
                T::Error: ::std::fmt::Display,
            {
                self.tasks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tasks: {e}")
                    });
                self
            }
            pub fn wallet_account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WalletCardWalletAccountId>,
                T::Error: ::std::fmt::Display,
            {
                self.wallet_account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for wallet_account_id: {e}"
                        )
                    });
                self
            }
            pub fn wallet_card_account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WalletCardWalletCardAccountId>,
                T::Error: ::std::fmt::Display,
            {
                self.wallet_card_account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for wallet_card_account_id: {e}"
                        )
                    });
                self
            }
            pub fn wallet_card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WalletCardWalletCardId>,
                T::Error: ::std::fmt::Display,
            {
                self.wallet_card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for wallet_card_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WalletCard> for super::WalletCard {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WalletCard,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    history: value.history?,
                    se_id: value.se_id?,
                    state: value.state?,
                    tasks: value.tasks?,
                    wallet_account_id: value.wallet_account_id?,
                    wallet_card_account_id: value.wallet_card_account_id?,
                    wallet_card_id: value.wallet_card_id?,
                })
            }
        }
        impl ::std::convert::From<super::WalletCard> for WalletCard {
            fn from(value: super::WalletCard) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    history: Ok(value.history),
                    se_id: Ok(value.se_id),
                    state: Ok(value.state),
                    tasks: Ok(value.tasks),
                    wallet_account_id: Ok(value.wallet_account_id),
                    wallet_card_account_id: Ok(value.wallet_card_account_id),
                    wallet_card_id: Ok(value.wallet_card_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WalletCardChange {
            at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            event: ::std::result::Result<
                super::WalletCardChangeEvent,
                ::std::string::String,
            >,
            from: ::std::result::Result<
                ::std::option::Option<super::WalletCardChangeFrom>,
                ::std::string::String,
            >,
            to: ::std::result::Result<super::WalletCardChangeTo, ::std::string::String>,
        }
        impl ::std::default::Default for WalletCardChange {
            fn default() -> Self {
                Self {
                    at: Err("no value supplied for at".to_string()),
                    event: Err("no value supplied for event".to_string()),
                    from: Ok(Default::default()),
                    to: Err("no value supplied for to".to_string()),
                }
            }
        }
        impl WalletCardChange {
            pub fn at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for at: {e}"));
                self
            }
            pub fn event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WalletCardChangeEvent>,
                T::Error: ::std::fmt::Display,
            {
                self.event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event: {e}")
                    });
                self
            }
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WalletCardChangeFrom>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from: {e}")
                    });
                self
            }
            pub fn to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WalletCardChangeTo>,
                T::Error: ::std::fmt::Display,
            {
                self.to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for to: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<WalletCardChange> for super::WalletCardChange {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WalletCardChange,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    at: value.at?,
                    event: value.event?,
                    from: value.from?,
                    to: value.to?,
                })
            }
        }
        impl ::std::convert::From<super::WalletCardChange> for WalletCardChange {
            fn from(value: super::WalletCardChange) -> Self {
                Self {
                    at: Ok(value.at),
                    event: Ok(value.event),
                    from: Ok(value.from),
                    to: Ok(value.to),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WalletCardStateChange {
            state: ::std::result::Result<
                super::WalletCardStateChangeState,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WalletCardStateChange {
            fn default() -> Self {
                Self {
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl WalletCardStateChange {
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WalletCardStateChangeState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WalletCardStateChange>
        for super::WalletCardStateChange {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WalletCardStateChange,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { state: value.state? })
            }
        }
        impl ::std::convert::From<super::WalletCardStateChange>
        for WalletCardStateChange {
            fn from(value: super::WalletCardStateChange) -> Self {
                Self { state: Ok(value.state) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WalletCards {
            wallet_cards: ::std::result::Result<
                ::std::vec::Vec<super::WalletCard>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WalletCards {
            fn default() -> Self {
                Self {
                    wallet_cards: Err("no value supplied for wallet_cards".to_string()),
                }
            }
        }
        impl WalletCards {
            pub fn wallet_cards<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WalletCard>>,
                T::Error: ::std::fmt::Display,
            {
                self.wallet_cards = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for wallet_cards: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WalletCards> for super::WalletCards {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WalletCards,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    wallet_cards: value.wallet_cards?,
                })
            }
        }
        impl ::std::convert::From<super::WalletCards> for WalletCards {
            fn from(value: super::WalletCards) -> Self {
                Self {
                    wallet_cards: Ok(value.wallet_cards),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WalletTask {
            command_type: ::std::result::Result<
                super::WalletTaskCommandType,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            finished_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            operation: ::std::result::Result<
                ::std::option::Option<super::WalletTaskOperation>,
                ::std::string::String,
            >,
            state: ::std::result::Result<super::WalletTaskState, ::std::string::String>,
            status_code: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            task_id: ::std::result::Result<
                super::WalletTaskTaskId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WalletTask {
            fn default() -> Self {
                Self {
                    command_type: Err("no value supplied for command_type".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    finished_at: Ok(Default::default()),
                    operation: Ok(Default::default()),
                    state: Err("no value supplied for state".to_string()),
                    status_code: Ok(Default::default()),
                    task_id: Err("no value supplied for task_id".to_string()),
                }
            }
        }
        impl WalletTask {
            pub fn command_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WalletTaskCommandType>,
                T::Error: ::std::fmt::Display,
            {
                self.command_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for command_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn finished_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.finished_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for finished_at: {e}")
                    });
                self
            }
            pub fn operation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WalletTaskOperation>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.operation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operation: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WalletTaskState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_code: {e}")
                    });
                self
            }
            pub fn task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WalletTaskTaskId>,
                T::Error: ::std::fmt::Display,
            {
                self.task_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WalletTask> for super::WalletTask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WalletTask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    command_type: value.command_type?,
                    created_at: value.created_at?,
                    finished_at: value.finished_at?,
                    operation: value.operation?,
                    state: value.state?,
                    status_code: value.status_code?,
                    task_id: value.task_id?,
                })
            }
        }
        impl ::std::convert::From<super::WalletTask> for WalletTask {
            fn from(value: super::WalletTask) -> Self {
                Self {
                    command_type: Ok(value.command_type),
                    created_at: Ok(value.created_at),
                    finished_at: Ok(value.finished_at),
                    operation: Ok(value.operation),
                    state: Ok(value.state),
                    status_code: Ok(value.status_code),
                    task_id: Ok(value.task_id),
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
/**Client for Sandbox admin API

d1-sandbox's own control API (not a D1 API): it sets up the state the partner APIs answer from.
A partner registers the cards its issuer knows, changes their state (lost, stolen, suspended,
...), reads back what D1 told the issuer about them, and resets the sandbox between test runs.

Cards are registered per issuer (`issuerId`, as in the Card API). PANs and CVVs are never
stored or answered in clear: a card is stored as a keyed PAN fingerprint, its BIN, its last 4
digits, its expiry and a keyed CVV digest, and is shown with a masked PAN (BIN + last 4).

Every call carries the tenant's admin key in the `X-Admin-Key` header (the `admin_key` of
the tenant's credentials file). Every error uses the one `Error` body `{ "error": { "code", "message" } }`,
the same shape as the Card API's.


Version: 2.0.0*/
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
        "2.0.0"
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
    /**List the issuer's cards

Every card of the issuer, in `cardId` order.

Sends a `GET` request to `/issuers/{issuerId}/cards`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
```ignore
let response = client.list_cards()
    .issuer_id(issuer_id)
    .send()
    .await;
```*/
    pub fn list_cards(&self) -> builder::ListCards<'_> {
        builder::ListCards::new(self)
    }
    /**Register a card

Adds a card to the issuer's registry. The PAN must be 12 to 19 digits with a valid Luhn
check digit and the expiry a real month (MMYY). `verifyCard` then answers from this card:
its state, its expiry and its CVV. A PAN or `cardId` already registered for the issuer is
a 409.


Sends a `POST` request to `/issuers/{issuerId}/cards`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `body`
```ignore
let response = client.register_card()
    .issuer_id(issuer_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn register_card(&self) -> builder::RegisterCard<'_> {
        builder::RegisterCard::new(self)
    }
    /**Read a card

The card with its masked PAN, state, consumer, digital cards and operation count (its operations are listed by `listCardOperations`).

Sends a `GET` request to `/issuers/{issuerId}/cards/{cardId}`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `card_id`: Unique identifier of the card.
```ignore
let response = client.get_card()
    .issuer_id(issuer_id)
    .card_id(card_id)
    .send()
    .await;
```*/
    pub fn get_card(&self) -> builder::GetCard<'_> {
        builder::GetCard::new(self)
    }
    /**Change a card's state

Sets the card's state. Any state may follow any other: the sandbox is a test fixture, not
a card-management system. A DELETED card is answered as invalid by `verifyCard`.


Sends a `PUT` request to `/issuers/{issuerId}/cards/{cardId}/state`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `card_id`: Unique identifier of the card.
- `body`
```ignore
let response = client.set_card_state()
    .issuer_id(issuer_id)
    .card_id(card_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn set_card_state(&self) -> builder::SetCardState<'_> {
        builder::SetCardState::new(self)
    }
    /**Unlock a card's CVV check

Clears the card's count of consecutive wrong CVVs. After 3 wrong CVVs `verifyCard` answers
`securityCode: {valid: false, verificationAttemptsExceeded: true}` whatever CVV is
presented, so that the right one cannot be found by trying them all; the card stays
locked until this is called (as an issuer's back office would, once the card holder is
verified).


Sends a `DELETE` request to `/issuers/{issuerId}/cards/{cardId}/cvv-attempts`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `card_id`: Unique identifier of the card.
```ignore
let response = client.reset_cvv_attempts()
    .issuer_id(issuer_id)
    .card_id(card_id)
    .send()
    .await;
```*/
    pub fn reset_cvv_attempts(&self) -> builder::ResetCvvAttempts<'_> {
        builder::ResetCvvAttempts::new(self)
    }
    /**Hold a card on file for wallets

Makes an account the issuer holds on file for the card: its `walletCardAccountId` is what
a wallet server sends in the TSH's `checkCardAccount` / `provisionCard` with cardSource
`ON-FILE`.


Sends a `POST` request to `/issuers/{issuerId}/cards/{cardId}/on-file-accounts`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `card_id`: Unique identifier of the card.
```ignore
let response = client.add_on_file_account()
    .issuer_id(issuer_id)
    .card_id(card_id)
    .send()
    .await;
```*/
    pub fn add_on_file_account(&self) -> builder::AddOnFileAccount<'_> {
        builder::AddOnFileAccount::new(self)
    }
    /**Mint a one-time password for provisioning the card

A one-time password, as the issuer's back end gives a wallet during enrolment: the TSH's
`provisionCard` checks it when `otp` is present (single use, good for `ttlSecs`,
600 when absent; only a keyed digest is stored, the value is shown once).


Sends a `POST` request to `/issuers/{issuerId}/cards/{cardId}/otps`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `card_id`: Unique identifier of the card.
- `body`
```ignore
let response = client.mint_otp()
    .issuer_id(issuer_id)
    .card_id(card_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn mint_otp(&self) -> builder::MintOtp<'_> {
        builder::MintOtp::new(self)
    }
    /**List a card's wallet cards

The card's wallet cards in every wallet (TSH), with their tasks and state history.


Sends a `GET` request to `/issuers/{issuerId}/cards/{cardId}/wallet-cards`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `card_id`: Unique identifier of the card.
```ignore
let response = client.list_wallet_cards()
    .issuer_id(issuer_id)
    .card_id(card_id)
    .send()
    .await;
```*/
    pub fn list_wallet_cards(&self) -> builder::ListWalletCards<'_> {
        builder::ListWalletCards::new(self)
    }
    /**Force a wallet card's state

Sets a wallet card's state directly, outside the state table, for testing a wallet
server's handling of edge cases. The change is recorded in the card's history as
`FORCED`; pending tasks that no longer apply from the new state are cancelled (FAILED).


Sends a `PUT` request to `/issuers/{issuerId}/wallet-cards/{walletCardId}/state`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `wallet_card_id`: The wallet card's id (the TSH's walletCardId).
- `body`
```ignore
let response = client.force_wallet_card_state()
    .issuer_id(issuer_id)
    .wallet_card_id(wallet_card_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn force_wallet_card_state(&self) -> builder::ForceWalletCardState<'_> {
        builder::ForceWalletCardState::new(self)
    }
    /**List an issuer's wallet assets

The assets the TSH's getAsset serves for the issuer, and which of them checkCardAccount
names (the terms and conditions, all zeros when none is required, and the card art).
Each issuer starts with a default T&C text and a PNG card art, made on first use.


Sends a `GET` request to `/issuers/{issuerId}/assets`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
```ignore
let response = client.list_assets()
    .issuer_id(issuer_id)
    .send()
    .await;
```*/
    pub fn list_assets(&self) -> builder::ListAssets<'_> {
        builder::ListAssets::new(self)
    }
    /**Upload a wallet asset

Adds an asset (at most 50 per issuer). The content is checked against its type: a PNG,
JPEG or PDF must start as one; card art is an image, terms are text, HTML or PDF. It is
served by getAsset once it is chosen or known by its GUID.


Sends a `POST` request to `/issuers/{issuerId}/assets`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `body`
```ignore
let response = client.upload_asset()
    .issuer_id(issuer_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn upload_asset(&self) -> builder::UploadAsset<'_> {
        builder::UploadAsset::new(self)
    }
    /**Choose the T&C and card art checkCardAccount names

Which T&C the issuer requires (none when `termsAndConditionsId` is absent: then
checkCardAccount answers all zeros) and which card art it shows; each GUID must be one
of the issuer's assets of that kind.


Sends a `PUT` request to `/issuers/{issuerId}/assets/choice`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `body`
```ignore
let response = client.set_asset_choice()
    .issuer_id(issuer_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn set_asset_choice(&self) -> builder::SetAssetChoice<'_> {
        builder::SetAssetChoice::new(self)
    }
    /**List a card's operations

The operations D1 notified for the card (Card API v1 and v2), in the order first received, a page at a time: `limit` of them (100 when absent), after the one whose `sequence` is `after`; `next` is the `after` of the following page, absent on the last.

Sends a `GET` request to `/issuers/{issuerId}/cards/{cardId}/operations`

Arguments:
- `issuer_id`: The id of the issuer. Exactly 10 characters.
- `card_id`: Unique identifier of the card.
- `after`: The `sequence` of the last operation of the previous page.
- `limit`: The most operations in the page (100 when absent).
```ignore
let response = client.list_card_operations()
    .issuer_id(issuer_id)
    .card_id(card_id)
    .after(after)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn list_card_operations(&self) -> builder::ListCardOperations<'_> {
        builder::ListCardOperations::new(self)
    }
    /**List the registered partners

The caller's registered partner endpoints, one per role at most (secrets left out).

Sends a `GET` request to `/partners`

```ignore
let response = client.list_partners()
    .send()
    .await;
```*/
    pub fn list_partners(&self) -> builder::ListPartners<'_> {
        builder::ListPartners::new(self)
    }
    /**Register a partner endpoint for the role the body names

Registers (or replaces) the caller's endpoint for the body's `role`: the same
description `d1-sandbox check` reads from a partner file (see the README), in
camelCase. Each role's schema states the fields it needs (`PartnerRegistration` is a
`oneOf` told apart by `role`, and `auth` one told apart by `type`), so a body the
schema accepts is registered unless it names ids that are not the caller's (another
tenant's, or ids no tenant has): those are answered 403 `FORBIDDEN` (d1-sandbox's
assumption: naming what the caller does not own is a refusal of access, as for the
Card API's issuers). A body the schema refuses is answered 400 `INVALID_REQUEST`.
Secrets (`auth.clientSecret`, `auth.key`, `auth.password`, `controlKey`) are stored
sealed and never answered back. (Version 1 of this document had the role in the
path, `PUT /partners/{role}`; it moved into the body so that the schema can say per
role what is valid.)


Sends a `PUT` request to `/partners`

```ignore
let response = client.put_partner()
    .body(body)
    .send()
    .await;
```*/
    pub fn put_partner(&self) -> builder::PutPartner<'_> {
        builder::PutPartner::new(self)
    }
    /**Read a registered partner

Sends a `GET` request to `/partners/{role}`

Arguments:
- `role`: The role the partner plays.
```ignore
let response = client.get_partner()
    .role(role)
    .send()
    .await;
```*/
    pub fn get_partner(&self) -> builder::GetPartner<'_> {
        builder::GetPartner::new(self)
    }
    /**Remove a registered partner

D1's calls for the role go back to d1-sandbox's own implementation.

Sends a `DELETE` request to `/partners/{role}`

Arguments:
- `role`: The role the partner plays.
```ignore
let response = client.delete_partner()
    .role(role)
    .send()
    .await;
```*/
    pub fn delete_partner(&self) -> builder::DeletePartner<'_> {
        builder::DeletePartner::new(self)
    }
    /**Trigger an event toward your registered partners

Makes one message per registered partner the event concerns, stores them (durable
before the answer), and lets the worker deliver them:
`card-operation` (cardId, status; operation DIGITIZE unless given; operationId new
unless given) → the issuer's `notifyCardOperation`; `token-created` (tokenId;
correlationId new unless given) and `token-updated` (tokenId, tokenState;
lastUpdateTimestamp now unless given) → the token requestor's notify-token-creation /
notify-token-update and the merchant gateway's notify-update; `verification`
(accessToken, deviceSerialNumber, sessionToken, serverCardId, uniqueReferenceCardId,
bin) → the connecting party's notifyVerification, whose checkSignature is verified.
409 `NO_PARTNER` when no partner is registered for the roles concerned: the request is
refused because of the sandbox's state, not its shape (d1-sandbox's assumption: 409, as
registering a partner changes the answer). Each type's schema states the fields it
needs (`EventRequest` is a `oneOf` told apart by `type`); a body it refuses is answered
400 `INVALID_REQUEST`.


Sends a `POST` request to `/events`

```ignore
let response = client.trigger_event()
    .body(body)
    .send()
    .await;
```*/
    pub fn trigger_event(&self) -> builder::TriggerEvent<'_> {
        builder::TriggerEvent::new(self)
    }
    /**List the deliveries

The messages to your partners, newest first, `limit` of them (100 when absent), those before `before` (the previous page's `next`), filtered by `state` and `role`.

Sends a `GET` request to `/deliveries`

Arguments:
- `before`: Only deliveries with a smaller id.
- `limit`: The most deliveries listed (100 when absent).
- `role`: Only deliveries to the partner of this role.
- `state`: Only deliveries in this state.
```ignore
let response = client.list_deliveries()
    .before(before)
    .limit(limit)
    .role(role)
    .state(state)
    .send()
    .await;
```*/
    pub fn list_deliveries(&self) -> builder::ListDeliveries<'_> {
        builder::ListDeliveries::new(self)
    }
    /**Count the deliveries

How many deliveries are in each state, and how many attempts were made and retried.

Sends a `GET` request to `/deliveries/stats`

```ignore
let response = client.get_delivery_stats()
    .send()
    .await;
```*/
    pub fn get_delivery_stats(&self) -> builder::GetDeliveryStats<'_> {
        builder::GetDeliveryStats::new(self)
    }
    /**Read a delivery and its attempts

Sends a `GET` request to `/deliveries/{deliveryId}`

Arguments:
- `delivery_id`: The delivery's id.
```ignore
let response = client.get_delivery()
    .delivery_id(delivery_id)
    .send()
    .await;
```*/
    pub fn get_delivery(&self) -> builder::GetDelivery<'_> {
        builder::GetDelivery::new(self)
    }
    /**Send a delivery again

Makes the delivery pending again and due now, whatever its state (a failed one after you fixed your endpoint, a delivered one to see it twice); its age counts from now.

Sends a `POST` request to `/deliveries/{deliveryId}/replay`

Arguments:
- `delivery_id`: The delivery's id.
```ignore
let response = client.replay_delivery()
    .delivery_id(delivery_id)
    .send()
    .await;
```*/
    pub fn replay_delivery(&self) -> builder::ReplayDelivery<'_> {
        builder::ReplayDelivery::new(self)
    }
    /**Stop a pending delivery

Sends a `POST` request to `/deliveries/{deliveryId}/abort`

Arguments:
- `delivery_id`: The delivery's id.
```ignore
let response = client.abort_delivery()
    .delivery_id(delivery_id)
    .send()
    .await;
```*/
    pub fn abort_delivery(&self) -> builder::AbortDelivery<'_> {
        builder::AbortDelivery::new(self)
    }
    /**List a merchant's tokens

The tokens of one of the caller's merchants (token requestor ids), as the token notifications left them: state, latest `lastUpdateTimestamp`, display fields, and the correlation id of the creation. 404 for a merchant that is not the caller's.

Sends a `GET` request to `/merchants/{merchantId}/tokens`

Arguments:
- `merchant_id`: One of the caller's merchants (token requestor id).
```ignore
let response = client.list_tokens()
    .merchant_id(merchant_id)
    .send()
    .await;
```*/
    pub fn list_tokens(&self) -> builder::ListTokens<'_> {
        builder::ListTokens::new(self)
    }
    /**List the notifications a token received

Every notification received about the token (creation, updates, the merchant gateway's notify-update), in the order received, each with what it did (`APPLIED`, or `DISCARDED`: an update older than one already applied, or a creation of a token already known) and its correlation id; a page at a time (`limit`, 100 when absent; `after` the previous page's `next`).

Sends a `GET` request to `/merchants/{merchantId}/tokens/{tokenId}/notifications`

Arguments:
- `merchant_id`: One of the caller's merchants (token requestor id).
- `token_id`: The token id.
- `after`: The `sequence` of the last notification of the previous page.
- `limit`: The most notifications in the page (100 when absent).
```ignore
let response = client.list_token_notifications()
    .merchant_id(merchant_id)
    .token_id(token_id)
    .after(after)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn list_token_notifications(&self) -> builder::ListTokenNotifications<'_> {
        builder::ListTokenNotifications::new(self)
    }
    /**List a merchant's failed tokenizations

The creation notifications that reported a failed tokenization (`errorCode`; no token data), in the order received, a page at a time.

Sends a `GET` request to `/merchants/{merchantId}/failed-tokenizations`

Arguments:
- `merchant_id`: One of the caller's merchants (token requestor id).
- `after`: The `sequence` of the last notification of the previous page.
- `limit`: The most notifications in the page (100 when absent).
```ignore
let response = client.list_failed_tokenizations()
    .merchant_id(merchant_id)
    .after(after)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn list_failed_tokenizations(&self) -> builder::ListFailedTokenizations<'_> {
        builder::ListFailedTokenizations::new(self)
    }
    /**Issue a consumer session

Issues a consumer session for a consumer's device, as the connecting party does before
a card verification: the answer's `accessToken` (48 characters, shown once; only its
SHA-256 is stored) is what the verification service sends in `session.accessToken`,
and the notification's `consumer.device.serialNumber` must be `deviceSerialNumber`.
The session is accepted for `ttlSeconds` (3600 when absent; assumed).


Sends a `POST` request to `/connecting-party/sessions`

```ignore
let response = client.create_consumer_session()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_consumer_session(&self) -> builder::CreateConsumerSession<'_> {
        builder::CreateConsumerSession::new(self)
    }
    /**List the card mappings

Every verified card the connecting party mapped: one per `uniqueReferenceCardId` (stable per PAN), with the `serverCardId` it maps to now.

Sends a `GET` request to `/connecting-party/mappings`

```ignore
let response = client.list_card_mappings()
    .send()
    .await;
```*/
    pub fn list_card_mappings(&self) -> builder::ListCardMappings<'_> {
        builder::ListCardMappings::new(self)
    }
    /**List the verification transactions

The verification transactions the connecting party answered, one per `session.token`, newest first, `limit` of them (100 when absent).

Sends a `GET` request to `/connecting-party/verifications`

Arguments:
- `limit`: The most transactions listed (100 when absent).
```ignore
let response = client.list_verifications()
    .limit(limit)
    .send()
    .await;
```*/
    pub fn list_verifications(&self) -> builder::ListVerifications<'_> {
        builder::ListVerifications::new(self)
    }
    /**Read the sandbox settings

Sends a `GET` request to `/settings`

```ignore
let response = client.get_settings()
    .send()
    .await;
```*/
    pub fn get_settings(&self) -> builder::GetSettings<'_> {
        builder::GetSettings::new(self)
    }
    /**Change the sandbox settings

Sends a `PUT` request to `/settings`

```ignore
let response = client.put_settings()
    .body(body)
    .send()
    .await;
```*/
    pub fn put_settings(&self) -> builder::PutSettings<'_> {
        builder::PutSettings::new(self)
    }
    /**Reset the sandbox

Deletes the caller's cards (with their operations), its tokens, its consumer sessions,
card mappings and verification transactions, and restores the default settings. Credentials and keys are kept, so the credentials file stays valid.


Sends a `POST` request to `/reset`

```ignore
let response = client.reset_sandbox()
    .send()
    .await;
```*/
    pub fn reset_sandbox(&self) -> builder::ResetSandbox<'_> {
        builder::ResetSandbox::new(self)
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
    /**Builder for [`Client::list_cards`]

[`Client::list_cards`]: super::Client::list_cards*/
    #[derive(Debug, Clone)]
    pub struct ListCards<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::ListCardsIssuerId, String>,
    }
    impl<'a> ListCards<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListCardsIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListCardsIssuerId` for issuer_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/issuers/{issuerId}/cards`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CardList>, Error<types::Error>> {
            let Self { client, issuer_id } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/issuers/{}/cards", client.baseurl, encode_path(& issuer_id
                .to_string()),
            );
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_cards",
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
    /**Builder for [`Client::register_card`]

[`Client::register_card`]: super::Client::register_card*/
    #[derive(Debug, Clone)]
    pub struct RegisterCard<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::RegisterCardIssuerId, String>,
        body: Result<types::builder::CardRegistration, String>,
    }
    impl<'a> RegisterCard<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RegisterCardIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RegisterCardIssuerId` for issuer_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CardRegistration>,
            <V as std::convert::TryInto<
                types::CardRegistration,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CardRegistration` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CardRegistration,
            ) -> types::builder::CardRegistration,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/issuers/{issuerId}/cards`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Card>, Error<types::Error>> {
            let Self { client, issuer_id, body } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CardRegistration::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/issuers/{}/cards", client.baseurl, encode_path(& issuer_id
                .to_string()),
            );
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "register_card",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            (crate::runtime::answered::observe)(&result);
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
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
                409u16 => {
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
    /**Builder for [`Client::get_card`]

[`Client::get_card`]: super::Client::get_card*/
    #[derive(Debug, Clone)]
    pub struct GetCard<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::GetCardIssuerId, String>,
        card_id: Result<types::GetCardCardId, String>,
    }
    impl<'a> GetCard<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                card_id: Err("card_id was not initialized".to_string()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCardIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetCardIssuerId` for issuer_id failed".to_string()
                });
            self
        }
        pub fn card_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCardCardId>,
        {
            self.card_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetCardCardId` for card_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/issuers/{issuerId}/cards/{cardId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Card>, Error<types::Error>> {
            let Self { client, issuer_id, card_id } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let card_id = card_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/issuers/{}/cards/{}", client.baseurl, encode_path(& issuer_id
                .to_string()), encode_path(& card_id.to_string()),
            );
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_card",
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
    /**Builder for [`Client::set_card_state`]

[`Client::set_card_state`]: super::Client::set_card_state*/
    #[derive(Debug, Clone)]
    pub struct SetCardState<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::SetCardStateIssuerId, String>,
        card_id: Result<types::SetCardStateCardId, String>,
        body: Result<types::builder::CardStateChange, String>,
    }
    impl<'a> SetCardState<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                card_id: Err("card_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SetCardStateIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `SetCardStateIssuerId` for issuer_id failed"
                        .to_string()
                });
            self
        }
        pub fn card_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SetCardStateCardId>,
        {
            self.card_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `SetCardStateCardId` for card_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CardStateChange>,
            <V as std::convert::TryInto<
                types::CardStateChange,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CardStateChange` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CardStateChange,
            ) -> types::builder::CardStateChange,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/issuers/{issuerId}/cards/{cardId}/state`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Card>, Error<types::Error>> {
            let Self { client, issuer_id, card_id, body } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let card_id = card_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CardStateChange::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/issuers/{}/cards/{}/state", client.baseurl, encode_path(& issuer_id
                .to_string()), encode_path(& card_id.to_string()),
            );
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "set_card_state",
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
    /**Builder for [`Client::reset_cvv_attempts`]

[`Client::reset_cvv_attempts`]: super::Client::reset_cvv_attempts*/
    #[derive(Debug, Clone)]
    pub struct ResetCvvAttempts<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::ResetCvvAttemptsIssuerId, String>,
        card_id: Result<types::ResetCvvAttemptsCardId, String>,
    }
    impl<'a> ResetCvvAttempts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                card_id: Err("card_id was not initialized".to_string()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResetCvvAttemptsIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResetCvvAttemptsIssuerId` for issuer_id failed"
                        .to_string()
                });
            self
        }
        pub fn card_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResetCvvAttemptsCardId>,
        {
            self.card_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResetCvvAttemptsCardId` for card_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/issuers/{issuerId}/cards/{cardId}/cvv-attempts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Card>, Error<types::Error>> {
            let Self { client, issuer_id, card_id } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let card_id = card_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/issuers/{}/cards/{}/cvv-attempts", client.baseurl, encode_path(&
                issuer_id.to_string()), encode_path(& card_id.to_string()),
            );
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
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "reset_cvv_attempts",
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
    /**Builder for [`Client::add_on_file_account`]

[`Client::add_on_file_account`]: super::Client::add_on_file_account*/
    #[derive(Debug, Clone)]
    pub struct AddOnFileAccount<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::AddOnFileAccountIssuerId, String>,
        card_id: Result<types::AddOnFileAccountCardId, String>,
    }
    impl<'a> AddOnFileAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                card_id: Err("card_id was not initialized".to_string()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddOnFileAccountIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AddOnFileAccountIssuerId` for issuer_id failed"
                        .to_string()
                });
            self
        }
        pub fn card_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddOnFileAccountCardId>,
        {
            self.card_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AddOnFileAccountCardId` for card_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/issuers/{issuerId}/cards/{cardId}/on-file-accounts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OnFileAccount>, Error<types::Error>> {
            let Self { client, issuer_id, card_id } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let card_id = card_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/issuers/{}/cards/{}/on-file-accounts", client.baseurl, encode_path(&
                issuer_id.to_string()), encode_path(& card_id.to_string()),
            );
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_on_file_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            (crate::runtime::answered::observe)(&result);
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::mint_otp`]

[`Client::mint_otp`]: super::Client::mint_otp*/
    #[derive(Debug, Clone)]
    pub struct MintOtp<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::MintOtpIssuerId, String>,
        card_id: Result<types::MintOtpCardId, String>,
        body: Result<types::builder::OtpRequest, String>,
    }
    impl<'a> MintOtp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                card_id: Err("card_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MintOtpIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MintOtpIssuerId` for issuer_id failed".to_string()
                });
            self
        }
        pub fn card_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MintOtpCardId>,
        {
            self.card_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MintOtpCardId` for card_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OtpRequest>,
            <V as std::convert::TryInto<types::OtpRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `OtpRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OtpRequest,
            ) -> types::builder::OtpRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/issuers/{issuerId}/cards/{cardId}/otps`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Otp>, Error<types::Error>> {
            let Self { client, issuer_id, card_id, body } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let card_id = card_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::OtpRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/issuers/{}/cards/{}/otps", client.baseurl, encode_path(& issuer_id
                .to_string()), encode_path(& card_id.to_string()),
            );
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "mint_otp",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            (crate::runtime::answered::observe)(&result);
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_wallet_cards`]

[`Client::list_wallet_cards`]: super::Client::list_wallet_cards*/
    #[derive(Debug, Clone)]
    pub struct ListWalletCards<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::ListWalletCardsIssuerId, String>,
        card_id: Result<types::ListWalletCardsCardId, String>,
    }
    impl<'a> ListWalletCards<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                card_id: Err("card_id was not initialized".to_string()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListWalletCardsIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListWalletCardsIssuerId` for issuer_id failed"
                        .to_string()
                });
            self
        }
        pub fn card_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListWalletCardsCardId>,
        {
            self.card_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListWalletCardsCardId` for card_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/issuers/{issuerId}/cards/{cardId}/wallet-cards`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WalletCards>, Error<types::Error>> {
            let Self { client, issuer_id, card_id } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let card_id = card_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/issuers/{}/cards/{}/wallet-cards", client.baseurl, encode_path(&
                issuer_id.to_string()), encode_path(& card_id.to_string()),
            );
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_wallet_cards",
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
    /**Builder for [`Client::force_wallet_card_state`]

[`Client::force_wallet_card_state`]: super::Client::force_wallet_card_state*/
    #[derive(Debug, Clone)]
    pub struct ForceWalletCardState<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::ForceWalletCardStateIssuerId, String>,
        wallet_card_id: Result<types::ForceWalletCardStateWalletCardId, String>,
        body: Result<types::builder::WalletCardStateChange, String>,
    }
    impl<'a> ForceWalletCardState<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                wallet_card_id: Err("wallet_card_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ForceWalletCardStateIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ForceWalletCardStateIssuerId` for issuer_id failed"
                        .to_string()
                });
            self
        }
        pub fn wallet_card_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ForceWalletCardStateWalletCardId>,
        {
            self.wallet_card_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ForceWalletCardStateWalletCardId` for wallet_card_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WalletCardStateChange>,
            <V as std::convert::TryInto<
                types::WalletCardStateChange,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `WalletCardStateChange` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WalletCardStateChange,
            ) -> types::builder::WalletCardStateChange,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/issuers/{issuerId}/wallet-cards/{walletCardId}/state`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WalletCard>, Error<types::Error>> {
            let Self { client, issuer_id, wallet_card_id, body } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let wallet_card_id = wallet_card_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::WalletCardStateChange::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/issuers/{}/wallet-cards/{}/state", client.baseurl, encode_path(&
                issuer_id.to_string()), encode_path(& wallet_card_id.to_string()),
            );
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "force_wallet_card_state",
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
    /**Builder for [`Client::list_assets`]

[`Client::list_assets`]: super::Client::list_assets*/
    #[derive(Debug, Clone)]
    pub struct ListAssets<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::ListAssetsIssuerId, String>,
    }
    impl<'a> ListAssets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListAssetsIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListAssetsIssuerId` for issuer_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/issuers/{issuerId}/assets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::IssuerAssets>, Error<types::Error>> {
            let Self { client, issuer_id } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/issuers/{}/assets", client.baseurl, encode_path(& issuer_id
                .to_string()),
            );
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_assets",
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
    /**Builder for [`Client::upload_asset`]

[`Client::upload_asset`]: super::Client::upload_asset*/
    #[derive(Debug, Clone)]
    pub struct UploadAsset<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::UploadAssetIssuerId, String>,
        body: Result<types::builder::AssetUpload, String>,
    }
    impl<'a> UploadAsset<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UploadAssetIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UploadAssetIssuerId` for issuer_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AssetUpload>,
            <V as std::convert::TryInto<types::AssetUpload>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AssetUpload` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AssetUpload,
            ) -> types::builder::AssetUpload,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/issuers/{issuerId}/assets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AssetInfo>, Error<types::Error>> {
            let Self { client, issuer_id, body } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::AssetUpload::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/issuers/{}/assets", client.baseurl, encode_path(& issuer_id
                .to_string()),
            );
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upload_asset",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            (crate::runtime::answered::observe)(&result);
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::set_asset_choice`]

[`Client::set_asset_choice`]: super::Client::set_asset_choice*/
    #[derive(Debug, Clone)]
    pub struct SetAssetChoice<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::SetAssetChoiceIssuerId, String>,
        body: Result<types::builder::AssetChoice, String>,
    }
    impl<'a> SetAssetChoice<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SetAssetChoiceIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `SetAssetChoiceIssuerId` for issuer_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AssetChoice>,
            <V as std::convert::TryInto<types::AssetChoice>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AssetChoice` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AssetChoice,
            ) -> types::builder::AssetChoice,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/issuers/{issuerId}/assets/choice`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::IssuerAssets>, Error<types::Error>> {
            let Self { client, issuer_id, body } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::AssetChoice::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/issuers/{}/assets/choice", client.baseurl, encode_path(& issuer_id
                .to_string()),
            );
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "set_asset_choice",
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
    /**Builder for [`Client::list_card_operations`]

[`Client::list_card_operations`]: super::Client::list_card_operations*/
    #[derive(Debug, Clone)]
    pub struct ListCardOperations<'a> {
        client: &'a super::Client,
        issuer_id: Result<types::ListCardOperationsIssuerId, String>,
        card_id: Result<types::ListCardOperationsCardId, String>,
        after: Result<Option<i64>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
    }
    impl<'a> ListCardOperations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                issuer_id: Err("issuer_id was not initialized".to_string()),
                card_id: Err("card_id was not initialized".to_string()),
                after: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn issuer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListCardOperationsIssuerId>,
        {
            self.issuer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListCardOperationsIssuerId` for issuer_id failed"
                        .to_string()
                });
            self
        }
        pub fn card_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListCardOperationsCardId>,
        {
            self.card_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListCardOperationsCardId` for card_id failed"
                        .to_string()
                });
            self
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.after = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for after failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/issuers/{issuerId}/cards/{cardId}/operations`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CardOperationList>, Error<types::Error>> {
            let Self { client, issuer_id, card_id, after, limit } = self;
            let issuer_id = issuer_id.map_err(Error::InvalidRequest)?;
            let card_id = card_id.map_err(Error::InvalidRequest)?;
            let after = after.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/issuers/{}/cards/{}/operations", client.baseurl, encode_path(&
                issuer_id.to_string()), encode_path(& card_id.to_string()),
            );
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("after", &after))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_card_operations",
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
    /**Builder for [`Client::list_partners`]

[`Client::list_partners`]: super::Client::list_partners*/
    #[derive(Debug, Clone)]
    pub struct ListPartners<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListPartners<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/partners`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PartnerList>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/partners", client.baseurl,);
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_partners",
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
    /**Builder for [`Client::put_partner`]

[`Client::put_partner`]: super::Client::put_partner*/
    #[derive(Debug, Clone)]
    pub struct PutPartner<'a> {
        client: &'a super::Client,
        body: Result<types::PartnerRegistration, String>,
    }
    impl<'a> PutPartner<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PartnerRegistration>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `PartnerRegistration` for body failed".to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/partners`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Partner>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/partners", client.baseurl,);
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "put_partner",
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
    /**Builder for [`Client::get_partner`]

[`Client::get_partner`]: super::Client::get_partner*/
    #[derive(Debug, Clone)]
    pub struct GetPartner<'a> {
        client: &'a super::Client,
        role: Result<types::PartnerRoleName, String>,
    }
    impl<'a> GetPartner<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                role: Err("role was not initialized".to_string()),
            }
        }
        pub fn role<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PartnerRoleName>,
        {
            self.role = value
                .try_into()
                .map_err(|_| {
                    "conversion to `PartnerRoleName` for role failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/partners/{role}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Partner>, Error<types::Error>> {
            let Self { client, role } = self;
            let role = role.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/partners/{}", client.baseurl, encode_path(& role.to_string()),
            );
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_partner",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_partner`]

[`Client::delete_partner`]: super::Client::delete_partner*/
    #[derive(Debug, Clone)]
    pub struct DeletePartner<'a> {
        client: &'a super::Client,
        role: Result<types::PartnerRoleName, String>,
    }
    impl<'a> DeletePartner<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                role: Err("role was not initialized".to_string()),
            }
        }
        pub fn role<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PartnerRoleName>,
        {
            self.role = value
                .try_into()
                .map_err(|_| {
                    "conversion to `PartnerRoleName` for role failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/partners/{role}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, role } = self;
            let role = role.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/partners/{}", client.baseurl, encode_path(& role.to_string()),
            );
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
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_partner",
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
    /**Builder for [`Client::trigger_event`]

[`Client::trigger_event`]: super::Client::trigger_event*/
    #[derive(Debug, Clone)]
    pub struct TriggerEvent<'a> {
        client: &'a super::Client,
        body: Result<types::EventRequest, String>,
    }
    impl<'a> TriggerEvent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EventRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `EventRequest` for body failed".to_string());
            self
        }
        ///Sends a `POST` request to `/events`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeliveryList>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/events", client.baseurl,);
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "trigger_event",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            (crate::runtime::answered::observe)(&result);
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
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
                409u16 => {
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
    /**Builder for [`Client::list_deliveries`]

[`Client::list_deliveries`]: super::Client::list_deliveries*/
    #[derive(Debug, Clone)]
    pub struct ListDeliveries<'a> {
        client: &'a super::Client,
        before: Result<Option<i64>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        role: Result<Option<types::PartnerRoleName>, String>,
        state: Result<Option<types::DeliveryState>, String>,
    }
    impl<'a> ListDeliveries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                before: Ok(None),
                limit: Ok(None),
                role: Ok(None),
                state: Ok(None),
            }
        }
        pub fn before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.before = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for before failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn role<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PartnerRoleName>,
        {
            self.role = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `PartnerRoleName` for role failed".to_string()
                });
            self
        }
        pub fn state<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeliveryState>,
        {
            self.state = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `DeliveryState` for state failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/deliveries`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeliveryList>, Error<types::Error>> {
            let Self { client, before, limit, role, state } = self;
            let before = before.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let role = role.map_err(Error::InvalidRequest)?;
            let state = state.map_err(Error::InvalidRequest)?;
            let url = format!("{}/deliveries", client.baseurl,);
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("before", &before))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("role", &role))
                .query(&progenitor_client::QueryParam::new("state", &state))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_deliveries",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_delivery_stats`]

[`Client::get_delivery_stats`]: super::Client::get_delivery_stats*/
    #[derive(Debug, Clone)]
    pub struct GetDeliveryStats<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetDeliveryStats<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/deliveries/stats`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeliveryStats>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/deliveries/stats", client.baseurl,);
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_delivery_stats",
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
    /**Builder for [`Client::get_delivery`]

[`Client::get_delivery`]: super::Client::get_delivery*/
    #[derive(Debug, Clone)]
    pub struct GetDelivery<'a> {
        client: &'a super::Client,
        delivery_id: Result<::std::num::NonZeroU64, String>,
    }
    impl<'a> GetDelivery<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                delivery_id: Err("delivery_id was not initialized".to_string()),
            }
        }
        pub fn delivery_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.delivery_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for delivery_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/deliveries/{deliveryId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeliveryDetail>, Error<types::Error>> {
            let Self { client, delivery_id } = self;
            let delivery_id = delivery_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/deliveries/{}", client.baseurl, encode_path(& delivery_id
                .to_string()),
            );
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_delivery",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::replay_delivery`]

[`Client::replay_delivery`]: super::Client::replay_delivery*/
    #[derive(Debug, Clone)]
    pub struct ReplayDelivery<'a> {
        client: &'a super::Client,
        delivery_id: Result<::std::num::NonZeroU64, String>,
    }
    impl<'a> ReplayDelivery<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                delivery_id: Err("delivery_id was not initialized".to_string()),
            }
        }
        pub fn delivery_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.delivery_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for delivery_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/deliveries/{deliveryId}/replay`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Delivery>, Error<types::Error>> {
            let Self { client, delivery_id } = self;
            let delivery_id = delivery_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/deliveries/{}/replay", client.baseurl, encode_path(& delivery_id
                .to_string()),
            );
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "replay_delivery",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::abort_delivery`]

[`Client::abort_delivery`]: super::Client::abort_delivery*/
    #[derive(Debug, Clone)]
    pub struct AbortDelivery<'a> {
        client: &'a super::Client,
        delivery_id: Result<::std::num::NonZeroU64, String>,
    }
    impl<'a> AbortDelivery<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                delivery_id: Err("delivery_id was not initialized".to_string()),
            }
        }
        pub fn delivery_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.delivery_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for delivery_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/deliveries/{deliveryId}/abort`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Delivery>, Error<types::Error>> {
            let Self { client, delivery_id } = self;
            let delivery_id = delivery_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/deliveries/{}/abort", client.baseurl, encode_path(& delivery_id
                .to_string()),
            );
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "abort_delivery",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_tokens`]

[`Client::list_tokens`]: super::Client::list_tokens*/
    #[derive(Debug, Clone)]
    pub struct ListTokens<'a> {
        client: &'a super::Client,
        merchant_id: Result<types::ListTokensMerchantId, String>,
    }
    impl<'a> ListTokens<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                merchant_id: Err("merchant_id was not initialized".to_string()),
            }
        }
        pub fn merchant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListTokensMerchantId>,
        {
            self.merchant_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListTokensMerchantId` for merchant_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/merchants/{merchantId}/tokens`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TokenList>, Error<types::Error>> {
            let Self { client, merchant_id } = self;
            let merchant_id = merchant_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/merchants/{}/tokens", client.baseurl, encode_path(& merchant_id
                .to_string()),
            );
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_tokens",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_token_notifications`]

[`Client::list_token_notifications`]: super::Client::list_token_notifications*/
    #[derive(Debug, Clone)]
    pub struct ListTokenNotifications<'a> {
        client: &'a super::Client,
        merchant_id: Result<types::ListTokenNotificationsMerchantId, String>,
        token_id: Result<types::ListTokenNotificationsTokenId, String>,
        after: Result<Option<i64>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
    }
    impl<'a> ListTokenNotifications<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                merchant_id: Err("merchant_id was not initialized".to_string()),
                token_id: Err("token_id was not initialized".to_string()),
                after: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn merchant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListTokenNotificationsMerchantId>,
        {
            self.merchant_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListTokenNotificationsMerchantId` for merchant_id failed"
                        .to_string()
                });
            self
        }
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListTokenNotificationsTokenId>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListTokenNotificationsTokenId` for token_id failed"
                        .to_string()
                });
            self
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.after = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for after failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/merchants/{merchantId}/tokens/{tokenId}/notifications`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TokenNotificationList>, Error<types::Error>> {
            let Self { client, merchant_id, token_id, after, limit } = self;
            let merchant_id = merchant_id.map_err(Error::InvalidRequest)?;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let after = after.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/merchants/{}/tokens/{}/notifications", client.baseurl, encode_path(&
                merchant_id.to_string()), encode_path(& token_id.to_string()),
            );
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("after", &after))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_token_notifications",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_failed_tokenizations`]

[`Client::list_failed_tokenizations`]: super::Client::list_failed_tokenizations*/
    #[derive(Debug, Clone)]
    pub struct ListFailedTokenizations<'a> {
        client: &'a super::Client,
        merchant_id: Result<types::ListFailedTokenizationsMerchantId, String>,
        after: Result<Option<i64>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
    }
    impl<'a> ListFailedTokenizations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                merchant_id: Err("merchant_id was not initialized".to_string()),
                after: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn merchant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListFailedTokenizationsMerchantId>,
        {
            self.merchant_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListFailedTokenizationsMerchantId` for merchant_id failed"
                        .to_string()
                });
            self
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.after = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for after failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/merchants/{merchantId}/failed-tokenizations`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TokenNotificationList>, Error<types::Error>> {
            let Self { client, merchant_id, after, limit } = self;
            let merchant_id = merchant_id.map_err(Error::InvalidRequest)?;
            let after = after.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/merchants/{}/failed-tokenizations", client.baseurl, encode_path(&
                merchant_id.to_string()),
            );
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("after", &after))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_failed_tokenizations",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_consumer_session`]

[`Client::create_consumer_session`]: super::Client::create_consumer_session*/
    #[derive(Debug, Clone)]
    pub struct CreateConsumerSession<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ConsumerSessionRequest, String>,
    }
    impl<'a> CreateConsumerSession<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ConsumerSessionRequest>,
            <V as std::convert::TryInto<
                types::ConsumerSessionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ConsumerSessionRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ConsumerSessionRequest,
            ) -> types::builder::ConsumerSessionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/connecting-party/sessions`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ConsumerSession>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ConsumerSessionRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/connecting-party/sessions", client.baseurl,);
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_consumer_session",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            (crate::runtime::answered::observe)(&result);
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
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
    /**Builder for [`Client::list_card_mappings`]

[`Client::list_card_mappings`]: super::Client::list_card_mappings*/
    #[derive(Debug, Clone)]
    pub struct ListCardMappings<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListCardMappings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/connecting-party/mappings`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CardMappingList>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/connecting-party/mappings", client.baseurl,);
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_card_mappings",
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
    /**Builder for [`Client::list_verifications`]

[`Client::list_verifications`]: super::Client::list_verifications*/
    #[derive(Debug, Clone)]
    pub struct ListVerifications<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
    }
    impl<'a> ListVerifications<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/connecting-party/verifications`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::VerificationList>, Error<types::Error>> {
            let Self { client, limit } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/connecting-party/verifications", client.baseurl,);
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_verifications",
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
    /**Builder for [`Client::get_settings`]

[`Client::get_settings`]: super::Client::get_settings*/
    #[derive(Debug, Clone)]
    pub struct GetSettings<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetSettings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/settings`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Settings>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/settings", client.baseurl,);
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_settings",
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
    /**Builder for [`Client::put_settings`]

[`Client::put_settings`]: super::Client::put_settings*/
    #[derive(Debug, Clone)]
    pub struct PutSettings<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Settings, String>,
    }
    impl<'a> PutSettings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Settings>,
            <V as std::convert::TryInto<types::Settings>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Settings` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Settings) -> types::builder::Settings,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/settings`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Settings>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Settings::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/settings", client.baseurl,);
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "put_settings",
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
    /**Builder for [`Client::reset_sandbox`]

[`Client::reset_sandbox`]: super::Client::reset_sandbox*/
    #[derive(Debug, Clone)]
    pub struct ResetSandbox<'a> {
        client: &'a super::Client,
    }
    impl<'a> ResetSandbox<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/reset`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/reset", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "reset_sandbox",
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
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
