// generated from openapi/tsh-provisioning.yaml — do not edit.
// progenitor client for TSH Provisioning and Management API. `cargo build` regenerates it into OUT_DIR; the reviewable copy in generated/ is
// refreshed with `D1_BLESS=1 cargo test --test integration generated_code_is_fresh`.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**The Card Account Descriptor. Depending on cardSource, it shall be formatted as follows:
- For ON-FILE: "cardAccountDescriptor" : {"walletCardAccountId" : "1234"}
- For USER-INPUT, CLIENT-SDK and READER-MODE: "cardAccountDescriptor" : {"opaqueCardAccountData" : "data returned by Issuer backend to Wallet"}
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CardAccountDescriptor {
        ///Data returned by the issuer back end to the wallet, for the other card sources (length assumed).
        #[serde(
            rename = "opaqueCardAccountData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub opaque_card_account_data: ::std::option::Option<
            CardAccountDescriptorOpaqueCardAccountData,
        >,
        ///The Wallet Card Account Identifier, for cardSource ON-FILE (length assumed).
        #[serde(
            rename = "walletCardAccountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub wallet_card_account_id: ::std::option::Option<
            CardAccountDescriptorWalletCardAccountId,
        >,
    }
    impl CardAccountDescriptor {
        pub fn builder() -> builder::CardAccountDescriptor {
            Default::default()
        }
    }
    ///Data returned by the issuer back end to the wallet, for the other card sources (length assumed).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardAccountDescriptorOpaqueCardAccountData(::std::string::String);
    impl ::std::ops::Deref for CardAccountDescriptorOpaqueCardAccountData {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardAccountDescriptorOpaqueCardAccountData>
    for ::std::string::String {
        fn from(value: CardAccountDescriptorOpaqueCardAccountData) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardAccountDescriptorOpaqueCardAccountData {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4096usize {
                return Err("longer than 4096 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CardAccountDescriptorOpaqueCardAccountData {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CardAccountDescriptorOpaqueCardAccountData {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardAccountDescriptorOpaqueCardAccountData {
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
    ///The Wallet Card Account Identifier, for cardSource ON-FILE (length assumed).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardAccountDescriptorWalletCardAccountId(::std::string::String);
    impl ::std::ops::Deref for CardAccountDescriptorWalletCardAccountId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardAccountDescriptorWalletCardAccountId>
    for ::std::string::String {
        fn from(value: CardAccountDescriptorWalletCardAccountId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardAccountDescriptorWalletCardAccountId {
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
    impl ::std::convert::TryFrom<&str> for CardAccountDescriptorWalletCardAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CardAccountDescriptorWalletCardAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardAccountDescriptorWalletCardAccountId {
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
    ///A command TSH has pending for a wallet card (assumed).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardCommand {
        ///Which TSH call the command stands for.
        #[serde(rename = "commandType")]
        pub command_type: CardCommandCommandType,
        ///For UPDATE_CARD, the update to apply.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation: ::std::option::Option<CardCommandOperation>,
        ///The task the wallet answers with sendScriptCallback or updateCardCallback.
        #[serde(rename = "taskId")]
        pub task_id: CardCommandTaskId,
    }
    impl CardCommand {
        pub fn builder() -> builder::CardCommand {
            Default::default()
        }
    }
    ///Which TSH call the command stands for.
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
    pub enum CardCommandCommandType {
        #[serde(rename = "SEND_SCRIPT")]
        SendScript,
        #[serde(rename = "UPDATE_CARD")]
        UpdateCard,
    }
    impl ::std::fmt::Display for CardCommandCommandType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::SendScript => f.write_str("SEND_SCRIPT"),
                Self::UpdateCard => f.write_str("UPDATE_CARD"),
            }
        }
    }
    impl ::std::str::FromStr for CardCommandCommandType {
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
    impl ::std::convert::TryFrom<&str> for CardCommandCommandType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardCommandCommandType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///For UPDATE_CARD, the update to apply.
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
    pub enum CardCommandOperation {
        #[serde(rename = "SUSPEND")]
        Suspend,
        #[serde(rename = "RESUME")]
        Resume,
        #[serde(rename = "DELETE")]
        Delete,
        #[serde(rename = "METADATA_UPDATE")]
        MetadataUpdate,
    }
    impl ::std::fmt::Display for CardCommandOperation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Suspend => f.write_str("SUSPEND"),
                Self::Resume => f.write_str("RESUME"),
                Self::Delete => f.write_str("DELETE"),
                Self::MetadataUpdate => f.write_str("METADATA_UPDATE"),
            }
        }
    }
    impl ::std::str::FromStr for CardCommandOperation {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "SUSPEND" => Ok(Self::Suspend),
                "RESUME" => Ok(Self::Resume),
                "DELETE" => Ok(Self::Delete),
                "METADATA_UPDATE" => Ok(Self::MetadataUpdate),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CardCommandOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardCommandOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The task the wallet answers with sendScriptCallback or updateCardCallback.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardCommandTaskId(::std::string::String);
    impl ::std::ops::Deref for CardCommandTaskId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardCommandTaskId> for ::std::string::String {
        fn from(value: CardCommandTaskId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardCommandTaskId {
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
    impl ::std::convert::TryFrom<&str> for CardCommandTaskId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardCommandTaskId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardCommandTaskId {
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
    ///Where the card data comes from.
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
    pub enum CardSource {
        #[serde(rename = "ON-FILE")]
        OnFile,
        #[serde(rename = "USER-INPUT")]
        UserInput,
        #[serde(rename = "CLIENT-SDK")]
        ClientSdk,
        #[serde(rename = "READER-MODE")]
        ReaderMode,
    }
    impl ::std::fmt::Display for CardSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::OnFile => f.write_str("ON-FILE"),
                Self::UserInput => f.write_str("USER-INPUT"),
                Self::ClientSdk => f.write_str("CLIENT-SDK"),
                Self::ReaderMode => f.write_str("READER-MODE"),
            }
        }
    }
    impl ::std::str::FromStr for CardSource {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ON-FILE" => Ok(Self::OnFile),
                "USER-INPUT" => Ok(Self::UserInput),
                "CLIENT-SDK" => Ok(Self::ClientSdk),
                "READER-MODE" => Ok(Self::ReaderMode),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CardSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///checkCardAccount request payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CheckCardAccountRequest {
        #[serde(rename = "cardAccountDescriptor")]
        pub card_account_descriptor: CardAccountDescriptor,
        #[serde(rename = "cardSource")]
        pub card_source: CardSource,
        ///The Card Issuer Identifier. Unique for each card issuer.
        #[serde(rename = "issuerId")]
        pub issuer_id: CheckCardAccountRequestIssuerId,
    }
    impl CheckCardAccountRequest {
        pub fn builder() -> builder::CheckCardAccountRequest {
            Default::default()
        }
    }
    ///The Card Issuer Identifier. Unique for each card issuer.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckCardAccountRequestIssuerId(::std::string::String);
    impl ::std::ops::Deref for CheckCardAccountRequestIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckCardAccountRequestIssuerId>
    for ::std::string::String {
        fn from(value: CheckCardAccountRequestIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckCardAccountRequestIssuerId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 16usize {
                return Err("longer than 16 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckCardAccountRequestIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CheckCardAccountRequestIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckCardAccountRequestIssuerId {
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
    ///checkCardAccount response payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CheckCardAccountResponse {
        /**Array of GUIDs required to build card art. Each cart art can be retrieved using getAsset
API with corresponding GUID.
*/
        #[serde(rename = "cardArtManifest")]
        pub card_art_manifest: ::std::vec::Vec<
            CheckCardAccountResponseCardArtManifestItem,
        >,
        #[serde(rename = "responseHeader")]
        pub response_header: ResponseHeader,
        /**Unique identifier of the T&C to be presented to the end user. If T&Cs are not required,
all 0's should be returned. getAsset API will be used to retrieve the T&Cs content.
*/
        #[serde(rename = "termsAndConditionsId")]
        pub terms_and_conditions_id: CheckCardAccountResponseTermsAndConditionsId,
    }
    impl CheckCardAccountResponse {
        pub fn builder() -> builder::CheckCardAccountResponse {
            Default::default()
        }
    }
    ///`CheckCardAccountResponseCardArtManifestItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckCardAccountResponseCardArtManifestItem(::std::string::String);
    impl ::std::ops::Deref for CheckCardAccountResponseCardArtManifestItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckCardAccountResponseCardArtManifestItem>
    for ::std::string::String {
        fn from(value: CheckCardAccountResponseCardArtManifestItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckCardAccountResponseCardArtManifestItem {
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
    impl ::std::convert::TryFrom<&str> for CheckCardAccountResponseCardArtManifestItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CheckCardAccountResponseCardArtManifestItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckCardAccountResponseCardArtManifestItem {
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
    /**Unique identifier of the T&C to be presented to the end user. If T&Cs are not required,
all 0's should be returned. getAsset API will be used to retrieve the T&Cs content.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckCardAccountResponseTermsAndConditionsId(::std::string::String);
    impl ::std::ops::Deref for CheckCardAccountResponseTermsAndConditionsId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckCardAccountResponseTermsAndConditionsId>
    for ::std::string::String {
        fn from(value: CheckCardAccountResponseTermsAndConditionsId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckCardAccountResponseTermsAndConditionsId {
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
    impl ::std::convert::TryFrom<&str> for CheckCardAccountResponseTermsAndConditionsId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CheckCardAccountResponseTermsAndConditionsId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for CheckCardAccountResponseTermsAndConditionsId {
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
    ///`CheckCardAccountXPod`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckCardAccountXPod(::std::string::String);
    impl ::std::ops::Deref for CheckCardAccountXPod {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckCardAccountXPod> for ::std::string::String {
        fn from(value: CheckCardAccountXPod) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckCardAccountXPod {
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
    impl ::std::convert::TryFrom<&str> for CheckCardAccountXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckCardAccountXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckCardAccountXPod {
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
    ///The body of every 4xx and 5xx answer (assumed).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ErrorResponse {
        #[serde(rename = "responseHeader")]
        pub response_header: ResponseHeader,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///getAsset request payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetAssetRequest {
        ///The GUID of the asset (a termsAndConditionsId or a cardArtManifest entry).
        pub guid: GetAssetRequestGuid,
    }
    impl GetAssetRequest {
        pub fn builder() -> builder::GetAssetRequest {
            Default::default()
        }
    }
    ///The GUID of the asset (a termsAndConditionsId or a cardArtManifest entry).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetAssetRequestGuid(::std::string::String);
    impl ::std::ops::Deref for GetAssetRequestGuid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetAssetRequestGuid> for ::std::string::String {
        fn from(value: GetAssetRequestGuid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetAssetRequestGuid {
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
    impl ::std::convert::TryFrom<&str> for GetAssetRequestGuid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetAssetRequestGuid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetAssetRequestGuid {
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
    ///getAsset response payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetAssetResponse {
        ///The asset's bytes, base64-encoded (standard alphabet, padded) (assumed).
        pub content: ::std::string::String,
        ///The media type of the asset (assumed).
        #[serde(rename = "contentType")]
        pub content_type: GetAssetResponseContentType,
        #[serde(rename = "responseHeader")]
        pub response_header: ResponseHeader,
    }
    impl GetAssetResponse {
        pub fn builder() -> builder::GetAssetResponse {
            Default::default()
        }
    }
    ///The media type of the asset (assumed).
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
    pub enum GetAssetResponseContentType {
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
    impl ::std::fmt::Display for GetAssetResponseContentType {
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
    impl ::std::str::FromStr for GetAssetResponseContentType {
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
    impl ::std::convert::TryFrom<&str> for GetAssetResponseContentType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetAssetResponseContentType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GetAssetXPod`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetAssetXPod(::std::string::String);
    impl ::std::ops::Deref for GetAssetXPod {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetAssetXPod> for ::std::string::String {
        fn from(value: GetAssetXPod) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetAssetXPod {
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
    impl ::std::convert::TryFrom<&str> for GetAssetXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetAssetXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetAssetXPod {
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
    ///getCardAccountStatus request payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetCardAccountStatusRequest {
        ///The Wallet Card Account Identifier. Unique for each wallet card account.
        #[serde(rename = "walletCardAccountId")]
        pub wallet_card_account_id: GetCardAccountStatusRequestWalletCardAccountId,
    }
    impl GetCardAccountStatusRequest {
        pub fn builder() -> builder::GetCardAccountStatusRequest {
            Default::default()
        }
    }
    ///The Wallet Card Account Identifier. Unique for each wallet card account.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetCardAccountStatusRequestWalletCardAccountId(::std::string::String);
    impl ::std::ops::Deref for GetCardAccountStatusRequestWalletCardAccountId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCardAccountStatusRequestWalletCardAccountId>
    for ::std::string::String {
        fn from(value: GetCardAccountStatusRequestWalletCardAccountId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCardAccountStatusRequestWalletCardAccountId {
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
    impl ::std::convert::TryFrom<&str>
    for GetCardAccountStatusRequestWalletCardAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetCardAccountStatusRequestWalletCardAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for GetCardAccountStatusRequestWalletCardAccountId {
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
    ///getCardAccountStatus response payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetCardAccountStatusResponse {
        #[serde(rename = "responseHeader")]
        pub response_header: ResponseHeader,
        pub state: WalletCardState,
    }
    impl GetCardAccountStatusResponse {
        pub fn builder() -> builder::GetCardAccountStatusResponse {
            Default::default()
        }
    }
    ///`GetCardAccountStatusXPod`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetCardAccountStatusXPod(::std::string::String);
    impl ::std::ops::Deref for GetCardAccountStatusXPod {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCardAccountStatusXPod> for ::std::string::String {
        fn from(value: GetCardAccountStatusXPod) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCardAccountStatusXPod {
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
    impl ::std::convert::TryFrom<&str> for GetCardAccountStatusXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCardAccountStatusXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCardAccountStatusXPod {
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
    ///getCardCommands request payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetCardCommandsRequest {
        /**The secure element identifier, hex-encoded. It is needed in the first request only
(name and format assumed).
*/
        #[serde(rename = "seId", skip_serializing_if = "::std::option::Option::is_none")]
        pub se_id: ::std::option::Option<GetCardCommandsRequestSeId>,
        ///The Wallet Card Identifier. Unique for each wallet card.
        #[serde(rename = "walletCardId")]
        pub wallet_card_id: GetCardCommandsRequestWalletCardId,
    }
    impl GetCardCommandsRequest {
        pub fn builder() -> builder::GetCardCommandsRequest {
            Default::default()
        }
    }
    /**The secure element identifier, hex-encoded. It is needed in the first request only
(name and format assumed).
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetCardCommandsRequestSeId(::std::string::String);
    impl ::std::ops::Deref for GetCardCommandsRequestSeId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCardCommandsRequestSeId> for ::std::string::String {
        fn from(value: GetCardCommandsRequestSeId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCardCommandsRequestSeId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^([0-9a-fA-F]{2}){1,24}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^([0-9a-fA-F]{2}){1,24}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetCardCommandsRequestSeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCardCommandsRequestSeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCardCommandsRequestSeId {
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
    ///The Wallet Card Identifier. Unique for each wallet card.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetCardCommandsRequestWalletCardId(::std::string::String);
    impl ::std::ops::Deref for GetCardCommandsRequestWalletCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCardCommandsRequestWalletCardId>
    for ::std::string::String {
        fn from(value: GetCardCommandsRequestWalletCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCardCommandsRequestWalletCardId {
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
    impl ::std::convert::TryFrom<&str> for GetCardCommandsRequestWalletCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetCardCommandsRequestWalletCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCardCommandsRequestWalletCardId {
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
    ///getCardCommands response payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetCardCommandsResponse {
        ///The commands pending for the card, oldest first (assumed).
        pub commands: ::std::vec::Vec<CardCommand>,
        #[serde(rename = "responseHeader")]
        pub response_header: ResponseHeader,
    }
    impl GetCardCommandsResponse {
        pub fn builder() -> builder::GetCardCommandsResponse {
            Default::default()
        }
    }
    ///`GetCardCommandsXPod`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetCardCommandsXPod(::std::string::String);
    impl ::std::ops::Deref for GetCardCommandsXPod {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCardCommandsXPod> for ::std::string::String {
        fn from(value: GetCardCommandsXPod) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCardCommandsXPod {
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
    impl ::std::convert::TryFrom<&str> for GetCardCommandsXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCardCommandsXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCardCommandsXPod {
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
    ///getCardStatus request payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetCardStatusRequest {
        ///The Wallet Card Identifier. Unique for each wallet card.
        #[serde(rename = "walletCardId")]
        pub wallet_card_id: GetCardStatusRequestWalletCardId,
    }
    impl GetCardStatusRequest {
        pub fn builder() -> builder::GetCardStatusRequest {
            Default::default()
        }
    }
    ///The Wallet Card Identifier. Unique for each wallet card.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetCardStatusRequestWalletCardId(::std::string::String);
    impl ::std::ops::Deref for GetCardStatusRequestWalletCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCardStatusRequestWalletCardId>
    for ::std::string::String {
        fn from(value: GetCardStatusRequestWalletCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCardStatusRequestWalletCardId {
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
    impl ::std::convert::TryFrom<&str> for GetCardStatusRequestWalletCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetCardStatusRequestWalletCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCardStatusRequestWalletCardId {
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
    ///getCardStatus response payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetCardStatusResponse {
        #[serde(rename = "responseHeader")]
        pub response_header: ResponseHeader,
        pub state: WalletCardState,
    }
    impl GetCardStatusResponse {
        pub fn builder() -> builder::GetCardStatusResponse {
            Default::default()
        }
    }
    ///`GetCardStatusXPod`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetCardStatusXPod(::std::string::String);
    impl ::std::ops::Deref for GetCardStatusXPod {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCardStatusXPod> for ::std::string::String {
        fn from(value: GetCardStatusXPod) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCardStatusXPod {
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
    impl ::std::convert::TryFrom<&str> for GetCardStatusXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCardStatusXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCardStatusXPod {
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
    ///manageCard request payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ManageCardRequest {
        ///The Card Issuer Identifier. Unique for each card issuer.
        #[serde(rename = "issuerId")]
        pub issuer_id: ManageCardRequestIssuerId,
        /**The operation to perform on the card. Note: - PARK is to be used for an already
provisioned card. - Whereas DELETE is to be used for failed provisioning.
*/
        pub operation: ManageCardRequestOperation,
        ///The Wallet Card Identifier. Unique for each wallet card.
        #[serde(rename = "walletCardId")]
        pub wallet_card_id: ManageCardRequestWalletCardId,
    }
    impl ManageCardRequest {
        pub fn builder() -> builder::ManageCardRequest {
            Default::default()
        }
    }
    ///The Card Issuer Identifier. Unique for each card issuer.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ManageCardRequestIssuerId(::std::string::String);
    impl ::std::ops::Deref for ManageCardRequestIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ManageCardRequestIssuerId> for ::std::string::String {
        fn from(value: ManageCardRequestIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ManageCardRequestIssuerId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 16usize {
                return Err("longer than 16 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ManageCardRequestIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ManageCardRequestIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ManageCardRequestIssuerId {
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
    /**The operation to perform on the card. Note: - PARK is to be used for an already
provisioned card. - Whereas DELETE is to be used for failed provisioning.
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
    pub enum ManageCardRequestOperation {
        #[serde(rename = "PARK")]
        Park,
        #[serde(rename = "DELETE")]
        Delete,
    }
    impl ::std::fmt::Display for ManageCardRequestOperation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Park => f.write_str("PARK"),
                Self::Delete => f.write_str("DELETE"),
            }
        }
    }
    impl ::std::str::FromStr for ManageCardRequestOperation {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "PARK" => Ok(Self::Park),
                "DELETE" => Ok(Self::Delete),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ManageCardRequestOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ManageCardRequestOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The Wallet Card Identifier. Unique for each wallet card.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ManageCardRequestWalletCardId(::std::string::String);
    impl ::std::ops::Deref for ManageCardRequestWalletCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ManageCardRequestWalletCardId> for ::std::string::String {
        fn from(value: ManageCardRequestWalletCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ManageCardRequestWalletCardId {
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
    impl ::std::convert::TryFrom<&str> for ManageCardRequestWalletCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ManageCardRequestWalletCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ManageCardRequestWalletCardId {
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
    ///manageCard response payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ManageCardResponse {
        #[serde(rename = "responseHeader")]
        pub response_header: ResponseHeader,
    }
    impl ManageCardResponse {
        pub fn builder() -> builder::ManageCardResponse {
            Default::default()
        }
    }
    ///`ManageCardXPod`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ManageCardXPod(::std::string::String);
    impl ::std::ops::Deref for ManageCardXPod {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ManageCardXPod> for ::std::string::String {
        fn from(value: ManageCardXPod) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ManageCardXPod {
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
    impl ::std::convert::TryFrom<&str> for ManageCardXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ManageCardXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ManageCardXPod {
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
    ///provisionCard request payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ProvisionCardRequest {
        #[serde(rename = "cardAccountDescriptor")]
        pub card_account_descriptor: CardAccountDescriptor,
        ///The Card last 4 or 5 digits (name assumed).
        #[serde(rename = "cardLastDigits")]
        pub card_last_digits: ProvisionCardRequestCardLastDigits,
        ///The Card Issuer Identifier. Unique for each card issuer.
        #[serde(rename = "issuerId")]
        pub issuer_id: ProvisionCardRequestIssuerId,
        /**Cryptographic OTP computed by Issuer backend and returned to the wallet during enrolment.
It will be checked by TSH if it's provided (name and length assumed).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub otp: ::std::option::Option<ProvisionCardRequestOtp>,
        ///The Wallet Account Identifier. Unique for each wallet account (name and length assumed).
        #[serde(rename = "walletAccountId")]
        pub wallet_account_id: ProvisionCardRequestWalletAccountId,
    }
    impl ProvisionCardRequest {
        pub fn builder() -> builder::ProvisionCardRequest {
            Default::default()
        }
    }
    ///The Card last 4 or 5 digits (name assumed).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ProvisionCardRequestCardLastDigits(::std::string::String);
    impl ::std::ops::Deref for ProvisionCardRequestCardLastDigits {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ProvisionCardRequestCardLastDigits>
    for ::std::string::String {
        fn from(value: ProvisionCardRequestCardLastDigits) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ProvisionCardRequestCardLastDigits {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{4,5}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{4,5}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ProvisionCardRequestCardLastDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ProvisionCardRequestCardLastDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProvisionCardRequestCardLastDigits {
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
    ///The Card Issuer Identifier. Unique for each card issuer.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ProvisionCardRequestIssuerId(::std::string::String);
    impl ::std::ops::Deref for ProvisionCardRequestIssuerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ProvisionCardRequestIssuerId> for ::std::string::String {
        fn from(value: ProvisionCardRequestIssuerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ProvisionCardRequestIssuerId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 16usize {
                return Err("longer than 16 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ProvisionCardRequestIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ProvisionCardRequestIssuerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProvisionCardRequestIssuerId {
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
    /**Cryptographic OTP computed by Issuer backend and returned to the wallet during enrolment.
It will be checked by TSH if it's provided (name and length assumed).
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ProvisionCardRequestOtp(::std::string::String);
    impl ::std::ops::Deref for ProvisionCardRequestOtp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ProvisionCardRequestOtp> for ::std::string::String {
        fn from(value: ProvisionCardRequestOtp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ProvisionCardRequestOtp {
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
    impl ::std::convert::TryFrom<&str> for ProvisionCardRequestOtp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ProvisionCardRequestOtp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProvisionCardRequestOtp {
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
    ///The Wallet Account Identifier. Unique for each wallet account (name and length assumed).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ProvisionCardRequestWalletAccountId(::std::string::String);
    impl ::std::ops::Deref for ProvisionCardRequestWalletAccountId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ProvisionCardRequestWalletAccountId>
    for ::std::string::String {
        fn from(value: ProvisionCardRequestWalletAccountId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ProvisionCardRequestWalletAccountId {
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
    impl ::std::convert::TryFrom<&str> for ProvisionCardRequestWalletAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ProvisionCardRequestWalletAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProvisionCardRequestWalletAccountId {
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
    ///provisionCard response payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ProvisionCardResponse {
        #[serde(rename = "responseHeader")]
        pub response_header: ResponseHeader,
        ///The Wallet Card Account Identifier. Unique for each wallet card account.
        #[serde(rename = "walletCardAccountId")]
        pub wallet_card_account_id: ProvisionCardResponseWalletCardAccountId,
        ///The Wallet Card Identifier. Unique for each wallet card.
        #[serde(rename = "walletCardId")]
        pub wallet_card_id: ProvisionCardResponseWalletCardId,
    }
    impl ProvisionCardResponse {
        pub fn builder() -> builder::ProvisionCardResponse {
            Default::default()
        }
    }
    ///The Wallet Card Account Identifier. Unique for each wallet card account.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ProvisionCardResponseWalletCardAccountId(::std::string::String);
    impl ::std::ops::Deref for ProvisionCardResponseWalletCardAccountId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ProvisionCardResponseWalletCardAccountId>
    for ::std::string::String {
        fn from(value: ProvisionCardResponseWalletCardAccountId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ProvisionCardResponseWalletCardAccountId {
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
    impl ::std::convert::TryFrom<&str> for ProvisionCardResponseWalletCardAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ProvisionCardResponseWalletCardAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProvisionCardResponseWalletCardAccountId {
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
    ///The Wallet Card Identifier. Unique for each wallet card.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ProvisionCardResponseWalletCardId(::std::string::String);
    impl ::std::ops::Deref for ProvisionCardResponseWalletCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ProvisionCardResponseWalletCardId>
    for ::std::string::String {
        fn from(value: ProvisionCardResponseWalletCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ProvisionCardResponseWalletCardId {
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
    impl ::std::convert::TryFrom<&str> for ProvisionCardResponseWalletCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ProvisionCardResponseWalletCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProvisionCardResponseWalletCardId {
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
    ///`ProvisionCardXPod`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ProvisionCardXPod(::std::string::String);
    impl ::std::ops::Deref for ProvisionCardXPod {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ProvisionCardXPod> for ::std::string::String {
        fn from(value: ProvisionCardXPod) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ProvisionCardXPod {
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
    impl ::std::convert::TryFrom<&str> for ProvisionCardXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ProvisionCardXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProvisionCardXPod {
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
    ///The header of every answer (from a sibling TSH specification).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ResponseHeader {
        ///When the answer was generated.
        #[serde(rename = "generationDateTime")]
        pub generation_date_time: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Unique identifier of this answer.
        #[serde(rename = "responseId")]
        pub response_id: ResponseHeaderResponseId,
        ///Identifier of the session the request belongs to.
        #[serde(
            rename = "sessionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub session_id: ::std::option::Option<ResponseHeaderSessionId>,
        ///0 when the request succeeded; non-zero otherwise (e.g. 400, 500).
        #[serde(rename = "statusCode")]
        pub status_code: f64,
        ///A textual status message (assumed).
        #[serde(
            rename = "statusMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_message: ::std::option::Option<ResponseHeaderStatusMessage>,
    }
    impl ResponseHeader {
        pub fn builder() -> builder::ResponseHeader {
            Default::default()
        }
    }
    ///Unique identifier of this answer.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResponseHeaderResponseId(::std::string::String);
    impl ::std::ops::Deref for ResponseHeaderResponseId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResponseHeaderResponseId> for ::std::string::String {
        fn from(value: ResponseHeaderResponseId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResponseHeaderResponseId {
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
    impl ::std::convert::TryFrom<&str> for ResponseHeaderResponseId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseHeaderResponseId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResponseHeaderResponseId {
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
    ///Identifier of the session the request belongs to.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResponseHeaderSessionId(::std::string::String);
    impl ::std::ops::Deref for ResponseHeaderSessionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResponseHeaderSessionId> for ::std::string::String {
        fn from(value: ResponseHeaderSessionId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResponseHeaderSessionId {
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
    impl ::std::convert::TryFrom<&str> for ResponseHeaderSessionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseHeaderSessionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResponseHeaderSessionId {
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
    ///A textual status message (assumed).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResponseHeaderStatusMessage(::std::string::String);
    impl ::std::ops::Deref for ResponseHeaderStatusMessage {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResponseHeaderStatusMessage> for ::std::string::String {
        fn from(value: ResponseHeaderStatusMessage) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResponseHeaderStatusMessage {
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
    impl ::std::convert::TryFrom<&str> for ResponseHeaderStatusMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseHeaderStatusMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResponseHeaderStatusMessage {
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
    ///sendScriptCallback request payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SendScriptCallbackRequest {
        ///Unique task identifier used to correlate a callback to a request.
        #[serde(rename = "taskId")]
        pub task_id: SendScriptCallbackRequestTaskId,
    }
    impl SendScriptCallbackRequest {
        pub fn builder() -> builder::SendScriptCallbackRequest {
            Default::default()
        }
    }
    ///Unique task identifier used to correlate a callback to a request.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SendScriptCallbackRequestTaskId(::std::string::String);
    impl ::std::ops::Deref for SendScriptCallbackRequestTaskId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SendScriptCallbackRequestTaskId>
    for ::std::string::String {
        fn from(value: SendScriptCallbackRequestTaskId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SendScriptCallbackRequestTaskId {
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
    impl ::std::convert::TryFrom<&str> for SendScriptCallbackRequestTaskId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SendScriptCallbackRequestTaskId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SendScriptCallbackRequestTaskId {
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
    ///sendScriptCallback response payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SendScriptCallbackResponse {
        #[serde(rename = "responseHeader")]
        pub response_header: ResponseHeader,
    }
    impl SendScriptCallbackResponse {
        pub fn builder() -> builder::SendScriptCallbackResponse {
            Default::default()
        }
    }
    ///`SendScriptCallbackXPod`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SendScriptCallbackXPod(::std::string::String);
    impl ::std::ops::Deref for SendScriptCallbackXPod {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SendScriptCallbackXPod> for ::std::string::String {
        fn from(value: SendScriptCallbackXPod) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SendScriptCallbackXPod {
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
    impl ::std::convert::TryFrom<&str> for SendScriptCallbackXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendScriptCallbackXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SendScriptCallbackXPod {
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
    ///updateCardCallback request payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UpdateCardCallbackRequest {
        /**Status code to the request: 0 OK, 911 Operation failed, 921 Unexpected server error.
*/
        #[serde(rename = "statusCode")]
        pub status_code: UpdateCardCallbackRequestStatusCode,
        ///Textual status message (length assumed).
        #[serde(
            rename = "statusMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_message: ::std::option::Option<
            UpdateCardCallbackRequestStatusMessage,
        >,
        ///Unique task identifier used to correlate a callback to a request.
        #[serde(rename = "taskId")]
        pub task_id: UpdateCardCallbackRequestTaskId,
    }
    impl UpdateCardCallbackRequest {
        pub fn builder() -> builder::UpdateCardCallbackRequest {
            Default::default()
        }
    }
    /**Status code to the request: 0 OK, 911 Operation failed, 921 Unexpected server error.
*/
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct UpdateCardCallbackRequestStatusCode(i32);
    impl ::std::ops::Deref for UpdateCardCallbackRequestStatusCode {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateCardCallbackRequestStatusCode> for i32 {
        fn from(value: UpdateCardCallbackRequestStatusCode) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i32> for UpdateCardCallbackRequestStatusCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: i32,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![0_i32, 911_i32, 921_i32].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateCardCallbackRequestStatusCode {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i32>::deserialize(deserializer)?)
                .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
        }
    }
    ///Textual status message (length assumed).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateCardCallbackRequestStatusMessage(::std::string::String);
    impl ::std::ops::Deref for UpdateCardCallbackRequestStatusMessage {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateCardCallbackRequestStatusMessage>
    for ::std::string::String {
        fn from(value: UpdateCardCallbackRequestStatusMessage) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateCardCallbackRequestStatusMessage {
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
    impl ::std::convert::TryFrom<&str> for UpdateCardCallbackRequestStatusMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateCardCallbackRequestStatusMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateCardCallbackRequestStatusMessage {
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
    ///Unique task identifier used to correlate a callback to a request.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateCardCallbackRequestTaskId(::std::string::String);
    impl ::std::ops::Deref for UpdateCardCallbackRequestTaskId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateCardCallbackRequestTaskId>
    for ::std::string::String {
        fn from(value: UpdateCardCallbackRequestTaskId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateCardCallbackRequestTaskId {
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
    impl ::std::convert::TryFrom<&str> for UpdateCardCallbackRequestTaskId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateCardCallbackRequestTaskId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateCardCallbackRequestTaskId {
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
    ///updateCardCallback response payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UpdateCardCallbackResponse {
        #[serde(rename = "responseHeader")]
        pub response_header: ResponseHeader,
    }
    impl UpdateCardCallbackResponse {
        pub fn builder() -> builder::UpdateCardCallbackResponse {
            Default::default()
        }
    }
    ///`UpdateCardCallbackXPod`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateCardCallbackXPod(::std::string::String);
    impl ::std::ops::Deref for UpdateCardCallbackXPod {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateCardCallbackXPod> for ::std::string::String {
        fn from(value: UpdateCardCallbackXPod) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateCardCallbackXPod {
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
    impl ::std::convert::TryFrom<&str> for UpdateCardCallbackXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateCardCallbackXPod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateCardCallbackXPod {
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
    /**The state of a wallet card or card account (values from the sibling TES specification;
assumed).
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
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CardAccountDescriptor {
            opaque_card_account_data: ::std::result::Result<
                ::std::option::Option<super::CardAccountDescriptorOpaqueCardAccountData>,
                ::std::string::String,
            >,
            wallet_card_account_id: ::std::result::Result<
                ::std::option::Option<super::CardAccountDescriptorWalletCardAccountId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CardAccountDescriptor {
            fn default() -> Self {
                Self {
                    opaque_card_account_data: Ok(Default::default()),
                    wallet_card_account_id: Ok(Default::default()),
                }
            }
        }
        impl CardAccountDescriptor {
            pub fn opaque_card_account_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::CardAccountDescriptorOpaqueCardAccountData,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.opaque_card_account_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for opaque_card_account_data: {e}"
                        )
                    });
                self
            }
            pub fn wallet_card_account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::CardAccountDescriptorWalletCardAccountId,
                    >,
                >,
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
        impl ::std::convert::TryFrom<CardAccountDescriptor>
        for super::CardAccountDescriptor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardAccountDescriptor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    opaque_card_account_data: value.opaque_card_account_data?,
                    wallet_card_account_id: value.wallet_card_account_id?,
                })
            }
        }
        impl ::std::convert::From<super::CardAccountDescriptor>
        for CardAccountDescriptor {
            fn from(value: super::CardAccountDescriptor) -> Self {
                Self {
                    opaque_card_account_data: Ok(value.opaque_card_account_data),
                    wallet_card_account_id: Ok(value.wallet_card_account_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CardCommand {
            command_type: ::std::result::Result<
                super::CardCommandCommandType,
                ::std::string::String,
            >,
            operation: ::std::result::Result<
                ::std::option::Option<super::CardCommandOperation>,
                ::std::string::String,
            >,
            task_id: ::std::result::Result<
                super::CardCommandTaskId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CardCommand {
            fn default() -> Self {
                Self {
                    command_type: Err("no value supplied for command_type".to_string()),
                    operation: Ok(Default::default()),
                    task_id: Err("no value supplied for task_id".to_string()),
                }
            }
        }
        impl CardCommand {
            pub fn command_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardCommandCommandType>,
                T::Error: ::std::fmt::Display,
            {
                self.command_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for command_type: {e}")
                    });
                self
            }
            pub fn operation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CardCommandOperation>,
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
            pub fn task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardCommandTaskId>,
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
        impl ::std::convert::TryFrom<CardCommand> for super::CardCommand {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardCommand,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    command_type: value.command_type?,
                    operation: value.operation?,
                    task_id: value.task_id?,
                })
            }
        }
        impl ::std::convert::From<super::CardCommand> for CardCommand {
            fn from(value: super::CardCommand) -> Self {
                Self {
                    command_type: Ok(value.command_type),
                    operation: Ok(value.operation),
                    task_id: Ok(value.task_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckCardAccountRequest {
            card_account_descriptor: ::std::result::Result<
                super::CardAccountDescriptor,
                ::std::string::String,
            >,
            card_source: ::std::result::Result<super::CardSource, ::std::string::String>,
            issuer_id: ::std::result::Result<
                super::CheckCardAccountRequestIssuerId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckCardAccountRequest {
            fn default() -> Self {
                Self {
                    card_account_descriptor: Err(
                        "no value supplied for card_account_descriptor".to_string(),
                    ),
                    card_source: Err("no value supplied for card_source".to_string()),
                    issuer_id: Err("no value supplied for issuer_id".to_string()),
                }
            }
        }
        impl CheckCardAccountRequest {
            pub fn card_account_descriptor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardAccountDescriptor>,
                T::Error: ::std::fmt::Display,
            {
                self.card_account_descriptor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for card_account_descriptor: {e}"
                        )
                    });
                self
            }
            pub fn card_source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardSource>,
                T::Error: ::std::fmt::Display,
            {
                self.card_source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_source: {e}")
                    });
                self
            }
            pub fn issuer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckCardAccountRequestIssuerId>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckCardAccountRequest>
        for super::CheckCardAccountRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckCardAccountRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_account_descriptor: value.card_account_descriptor?,
                    card_source: value.card_source?,
                    issuer_id: value.issuer_id?,
                })
            }
        }
        impl ::std::convert::From<super::CheckCardAccountRequest>
        for CheckCardAccountRequest {
            fn from(value: super::CheckCardAccountRequest) -> Self {
                Self {
                    card_account_descriptor: Ok(value.card_account_descriptor),
                    card_source: Ok(value.card_source),
                    issuer_id: Ok(value.issuer_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckCardAccountResponse {
            card_art_manifest: ::std::result::Result<
                ::std::vec::Vec<super::CheckCardAccountResponseCardArtManifestItem>,
                ::std::string::String,
            >,
            response_header: ::std::result::Result<
                super::ResponseHeader,
                ::std::string::String,
            >,
            terms_and_conditions_id: ::std::result::Result<
                super::CheckCardAccountResponseTermsAndConditionsId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckCardAccountResponse {
            fn default() -> Self {
                Self {
                    card_art_manifest: Err(
                        "no value supplied for card_art_manifest".to_string(),
                    ),
                    response_header: Err(
                        "no value supplied for response_header".to_string(),
                    ),
                    terms_and_conditions_id: Err(
                        "no value supplied for terms_and_conditions_id".to_string(),
                    ),
                }
            }
        }
        impl CheckCardAccountResponse {
            pub fn card_art_manifest<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CheckCardAccountResponseCardArtManifestItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_art_manifest = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for card_art_manifest: {e}"
                        )
                    });
                self
            }
            pub fn response_header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.response_header = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_header: {e}"
                        )
                    });
                self
            }
            pub fn terms_and_conditions_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CheckCardAccountResponseTermsAndConditionsId,
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
        impl ::std::convert::TryFrom<CheckCardAccountResponse>
        for super::CheckCardAccountResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckCardAccountResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_art_manifest: value.card_art_manifest?,
                    response_header: value.response_header?,
                    terms_and_conditions_id: value.terms_and_conditions_id?,
                })
            }
        }
        impl ::std::convert::From<super::CheckCardAccountResponse>
        for CheckCardAccountResponse {
            fn from(value: super::CheckCardAccountResponse) -> Self {
                Self {
                    card_art_manifest: Ok(value.card_art_manifest),
                    response_header: Ok(value.response_header),
                    terms_and_conditions_id: Ok(value.terms_and_conditions_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            response_header: ::std::result::Result<
                super::ResponseHeader,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    response_header: Err(
                        "no value supplied for response_header".to_string(),
                    ),
                }
            }
        }
        impl ErrorResponse {
            pub fn response_header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.response_header = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_header: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_header: value.response_header?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self {
                    response_header: Ok(value.response_header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetAssetRequest {
            guid: ::std::result::Result<
                super::GetAssetRequestGuid,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetAssetRequest {
            fn default() -> Self {
                Self {
                    guid: Err("no value supplied for guid".to_string()),
                }
            }
        }
        impl GetAssetRequest {
            pub fn guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GetAssetRequestGuid>,
                T::Error: ::std::fmt::Display,
            {
                self.guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for guid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetAssetRequest> for super::GetAssetRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetAssetRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { guid: value.guid? })
            }
        }
        impl ::std::convert::From<super::GetAssetRequest> for GetAssetRequest {
            fn from(value: super::GetAssetRequest) -> Self {
                Self { guid: Ok(value.guid) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetAssetResponse {
            content: ::std::result::Result<::std::string::String, ::std::string::String>,
            content_type: ::std::result::Result<
                super::GetAssetResponseContentType,
                ::std::string::String,
            >,
            response_header: ::std::result::Result<
                super::ResponseHeader,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetAssetResponse {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    content_type: Err("no value supplied for content_type".to_string()),
                    response_header: Err(
                        "no value supplied for response_header".to_string(),
                    ),
                }
            }
        }
        impl GetAssetResponse {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
                T: ::std::convert::TryInto<super::GetAssetResponseContentType>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_type: {e}")
                    });
                self
            }
            pub fn response_header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.response_header = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_header: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetAssetResponse> for super::GetAssetResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetAssetResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    content_type: value.content_type?,
                    response_header: value.response_header?,
                })
            }
        }
        impl ::std::convert::From<super::GetAssetResponse> for GetAssetResponse {
            fn from(value: super::GetAssetResponse) -> Self {
                Self {
                    content: Ok(value.content),
                    content_type: Ok(value.content_type),
                    response_header: Ok(value.response_header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetCardAccountStatusRequest {
            wallet_card_account_id: ::std::result::Result<
                super::GetCardAccountStatusRequestWalletCardAccountId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetCardAccountStatusRequest {
            fn default() -> Self {
                Self {
                    wallet_card_account_id: Err(
                        "no value supplied for wallet_card_account_id".to_string(),
                    ),
                }
            }
        }
        impl GetCardAccountStatusRequest {
            pub fn wallet_card_account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::GetCardAccountStatusRequestWalletCardAccountId,
                >,
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
        impl ::std::convert::TryFrom<GetCardAccountStatusRequest>
        for super::GetCardAccountStatusRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetCardAccountStatusRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    wallet_card_account_id: value.wallet_card_account_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetCardAccountStatusRequest>
        for GetCardAccountStatusRequest {
            fn from(value: super::GetCardAccountStatusRequest) -> Self {
                Self {
                    wallet_card_account_id: Ok(value.wallet_card_account_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetCardAccountStatusResponse {
            response_header: ::std::result::Result<
                super::ResponseHeader,
                ::std::string::String,
            >,
            state: ::std::result::Result<super::WalletCardState, ::std::string::String>,
        }
        impl ::std::default::Default for GetCardAccountStatusResponse {
            fn default() -> Self {
                Self {
                    response_header: Err(
                        "no value supplied for response_header".to_string(),
                    ),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl GetCardAccountStatusResponse {
            pub fn response_header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.response_header = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_header: {e}"
                        )
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
        }
        impl ::std::convert::TryFrom<GetCardAccountStatusResponse>
        for super::GetCardAccountStatusResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetCardAccountStatusResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_header: value.response_header?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::GetCardAccountStatusResponse>
        for GetCardAccountStatusResponse {
            fn from(value: super::GetCardAccountStatusResponse) -> Self {
                Self {
                    response_header: Ok(value.response_header),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetCardCommandsRequest {
            se_id: ::std::result::Result<
                ::std::option::Option<super::GetCardCommandsRequestSeId>,
                ::std::string::String,
            >,
            wallet_card_id: ::std::result::Result<
                super::GetCardCommandsRequestWalletCardId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetCardCommandsRequest {
            fn default() -> Self {
                Self {
                    se_id: Ok(Default::default()),
                    wallet_card_id: Err(
                        "no value supplied for wallet_card_id".to_string(),
                    ),
                }
            }
        }
        impl GetCardCommandsRequest {
            pub fn se_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetCardCommandsRequestSeId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.se_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for se_id: {e}")
                    });
                self
            }
            pub fn wallet_card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GetCardCommandsRequestWalletCardId>,
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
        impl ::std::convert::TryFrom<GetCardCommandsRequest>
        for super::GetCardCommandsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetCardCommandsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    se_id: value.se_id?,
                    wallet_card_id: value.wallet_card_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetCardCommandsRequest>
        for GetCardCommandsRequest {
            fn from(value: super::GetCardCommandsRequest) -> Self {
                Self {
                    se_id: Ok(value.se_id),
                    wallet_card_id: Ok(value.wallet_card_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetCardCommandsResponse {
            commands: ::std::result::Result<
                ::std::vec::Vec<super::CardCommand>,
                ::std::string::String,
            >,
            response_header: ::std::result::Result<
                super::ResponseHeader,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetCardCommandsResponse {
            fn default() -> Self {
                Self {
                    commands: Err("no value supplied for commands".to_string()),
                    response_header: Err(
                        "no value supplied for response_header".to_string(),
                    ),
                }
            }
        }
        impl GetCardCommandsResponse {
            pub fn commands<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CardCommand>>,
                T::Error: ::std::fmt::Display,
            {
                self.commands = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commands: {e}")
                    });
                self
            }
            pub fn response_header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.response_header = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_header: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetCardCommandsResponse>
        for super::GetCardCommandsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetCardCommandsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    commands: value.commands?,
                    response_header: value.response_header?,
                })
            }
        }
        impl ::std::convert::From<super::GetCardCommandsResponse>
        for GetCardCommandsResponse {
            fn from(value: super::GetCardCommandsResponse) -> Self {
                Self {
                    commands: Ok(value.commands),
                    response_header: Ok(value.response_header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetCardStatusRequest {
            wallet_card_id: ::std::result::Result<
                super::GetCardStatusRequestWalletCardId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetCardStatusRequest {
            fn default() -> Self {
                Self {
                    wallet_card_id: Err(
                        "no value supplied for wallet_card_id".to_string(),
                    ),
                }
            }
        }
        impl GetCardStatusRequest {
            pub fn wallet_card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GetCardStatusRequestWalletCardId>,
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
        impl ::std::convert::TryFrom<GetCardStatusRequest>
        for super::GetCardStatusRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetCardStatusRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    wallet_card_id: value.wallet_card_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetCardStatusRequest> for GetCardStatusRequest {
            fn from(value: super::GetCardStatusRequest) -> Self {
                Self {
                    wallet_card_id: Ok(value.wallet_card_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetCardStatusResponse {
            response_header: ::std::result::Result<
                super::ResponseHeader,
                ::std::string::String,
            >,
            state: ::std::result::Result<super::WalletCardState, ::std::string::String>,
        }
        impl ::std::default::Default for GetCardStatusResponse {
            fn default() -> Self {
                Self {
                    response_header: Err(
                        "no value supplied for response_header".to_string(),
                    ),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl GetCardStatusResponse {
            pub fn response_header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.response_header = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_header: {e}"
                        )
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
        }
        impl ::std::convert::TryFrom<GetCardStatusResponse>
        for super::GetCardStatusResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetCardStatusResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_header: value.response_header?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::GetCardStatusResponse>
        for GetCardStatusResponse {
            fn from(value: super::GetCardStatusResponse) -> Self {
                Self {
                    response_header: Ok(value.response_header),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ManageCardRequest {
            issuer_id: ::std::result::Result<
                super::ManageCardRequestIssuerId,
                ::std::string::String,
            >,
            operation: ::std::result::Result<
                super::ManageCardRequestOperation,
                ::std::string::String,
            >,
            wallet_card_id: ::std::result::Result<
                super::ManageCardRequestWalletCardId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ManageCardRequest {
            fn default() -> Self {
                Self {
                    issuer_id: Err("no value supplied for issuer_id".to_string()),
                    operation: Err("no value supplied for operation".to_string()),
                    wallet_card_id: Err(
                        "no value supplied for wallet_card_id".to_string(),
                    ),
                }
            }
        }
        impl ManageCardRequest {
            pub fn issuer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ManageCardRequestIssuerId>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer_id: {e}")
                    });
                self
            }
            pub fn operation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ManageCardRequestOperation>,
                T::Error: ::std::fmt::Display,
            {
                self.operation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operation: {e}")
                    });
                self
            }
            pub fn wallet_card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ManageCardRequestWalletCardId>,
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
        impl ::std::convert::TryFrom<ManageCardRequest> for super::ManageCardRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ManageCardRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    issuer_id: value.issuer_id?,
                    operation: value.operation?,
                    wallet_card_id: value.wallet_card_id?,
                })
            }
        }
        impl ::std::convert::From<super::ManageCardRequest> for ManageCardRequest {
            fn from(value: super::ManageCardRequest) -> Self {
                Self {
                    issuer_id: Ok(value.issuer_id),
                    operation: Ok(value.operation),
                    wallet_card_id: Ok(value.wallet_card_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ManageCardResponse {
            response_header: ::std::result::Result<
                super::ResponseHeader,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ManageCardResponse {
            fn default() -> Self {
                Self {
                    response_header: Err(
                        "no value supplied for response_header".to_string(),
                    ),
                }
            }
        }
        impl ManageCardResponse {
            pub fn response_header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.response_header = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_header: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ManageCardResponse> for super::ManageCardResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ManageCardResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_header: value.response_header?,
                })
            }
        }
        impl ::std::convert::From<super::ManageCardResponse> for ManageCardResponse {
            fn from(value: super::ManageCardResponse) -> Self {
                Self {
                    response_header: Ok(value.response_header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProvisionCardRequest {
            card_account_descriptor: ::std::result::Result<
                super::CardAccountDescriptor,
                ::std::string::String,
            >,
            card_last_digits: ::std::result::Result<
                super::ProvisionCardRequestCardLastDigits,
                ::std::string::String,
            >,
            issuer_id: ::std::result::Result<
                super::ProvisionCardRequestIssuerId,
                ::std::string::String,
            >,
            otp: ::std::result::Result<
                ::std::option::Option<super::ProvisionCardRequestOtp>,
                ::std::string::String,
            >,
            wallet_account_id: ::std::result::Result<
                super::ProvisionCardRequestWalletAccountId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProvisionCardRequest {
            fn default() -> Self {
                Self {
                    card_account_descriptor: Err(
                        "no value supplied for card_account_descriptor".to_string(),
                    ),
                    card_last_digits: Err(
                        "no value supplied for card_last_digits".to_string(),
                    ),
                    issuer_id: Err("no value supplied for issuer_id".to_string()),
                    otp: Ok(Default::default()),
                    wallet_account_id: Err(
                        "no value supplied for wallet_account_id".to_string(),
                    ),
                }
            }
        }
        impl ProvisionCardRequest {
            pub fn card_account_descriptor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardAccountDescriptor>,
                T::Error: ::std::fmt::Display,
            {
                self.card_account_descriptor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for card_account_descriptor: {e}"
                        )
                    });
                self
            }
            pub fn card_last_digits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProvisionCardRequestCardLastDigits>,
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
            pub fn issuer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProvisionCardRequestIssuerId>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer_id: {e}")
                    });
                self
            }
            pub fn otp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ProvisionCardRequestOtp>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.otp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for otp: {e}")
                    });
                self
            }
            pub fn wallet_account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProvisionCardRequestWalletAccountId>,
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
        }
        impl ::std::convert::TryFrom<ProvisionCardRequest>
        for super::ProvisionCardRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProvisionCardRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_account_descriptor: value.card_account_descriptor?,
                    card_last_digits: value.card_last_digits?,
                    issuer_id: value.issuer_id?,
                    otp: value.otp?,
                    wallet_account_id: value.wallet_account_id?,
                })
            }
        }
        impl ::std::convert::From<super::ProvisionCardRequest> for ProvisionCardRequest {
            fn from(value: super::ProvisionCardRequest) -> Self {
                Self {
                    card_account_descriptor: Ok(value.card_account_descriptor),
                    card_last_digits: Ok(value.card_last_digits),
                    issuer_id: Ok(value.issuer_id),
                    otp: Ok(value.otp),
                    wallet_account_id: Ok(value.wallet_account_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProvisionCardResponse {
            response_header: ::std::result::Result<
                super::ResponseHeader,
                ::std::string::String,
            >,
            wallet_card_account_id: ::std::result::Result<
                super::ProvisionCardResponseWalletCardAccountId,
                ::std::string::String,
            >,
            wallet_card_id: ::std::result::Result<
                super::ProvisionCardResponseWalletCardId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProvisionCardResponse {
            fn default() -> Self {
                Self {
                    response_header: Err(
                        "no value supplied for response_header".to_string(),
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
        impl ProvisionCardResponse {
            pub fn response_header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.response_header = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_header: {e}"
                        )
                    });
                self
            }
            pub fn wallet_card_account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::ProvisionCardResponseWalletCardAccountId,
                >,
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
                T: ::std::convert::TryInto<super::ProvisionCardResponseWalletCardId>,
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
        impl ::std::convert::TryFrom<ProvisionCardResponse>
        for super::ProvisionCardResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProvisionCardResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_header: value.response_header?,
                    wallet_card_account_id: value.wallet_card_account_id?,
                    wallet_card_id: value.wallet_card_id?,
                })
            }
        }
        impl ::std::convert::From<super::ProvisionCardResponse>
        for ProvisionCardResponse {
            fn from(value: super::ProvisionCardResponse) -> Self {
                Self {
                    response_header: Ok(value.response_header),
                    wallet_card_account_id: Ok(value.wallet_card_account_id),
                    wallet_card_id: Ok(value.wallet_card_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseHeader {
            generation_date_time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            response_id: ::std::result::Result<
                super::ResponseHeaderResponseId,
                ::std::string::String,
            >,
            session_id: ::std::result::Result<
                ::std::option::Option<super::ResponseHeaderSessionId>,
                ::std::string::String,
            >,
            status_code: ::std::result::Result<f64, ::std::string::String>,
            status_message: ::std::result::Result<
                ::std::option::Option<super::ResponseHeaderStatusMessage>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResponseHeader {
            fn default() -> Self {
                Self {
                    generation_date_time: Err(
                        "no value supplied for generation_date_time".to_string(),
                    ),
                    response_id: Err("no value supplied for response_id".to_string()),
                    session_id: Ok(Default::default()),
                    status_code: Err("no value supplied for status_code".to_string()),
                    status_message: Ok(Default::default()),
                }
            }
        }
        impl ResponseHeader {
            pub fn generation_date_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.generation_date_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for generation_date_time: {e}"
                        )
                    });
                self
            }
            pub fn response_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeaderResponseId>,
                T::Error: ::std::fmt::Display,
            {
                self.response_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_id: {e}")
                    });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ResponseHeaderSessionId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
            pub fn status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_code: {e}")
                    });
                self
            }
            pub fn status_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ResponseHeaderStatusMessage>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for status_message: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseHeader> for super::ResponseHeader {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseHeader,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    generation_date_time: value.generation_date_time?,
                    response_id: value.response_id?,
                    session_id: value.session_id?,
                    status_code: value.status_code?,
                    status_message: value.status_message?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseHeader> for ResponseHeader {
            fn from(value: super::ResponseHeader) -> Self {
                Self {
                    generation_date_time: Ok(value.generation_date_time),
                    response_id: Ok(value.response_id),
                    session_id: Ok(value.session_id),
                    status_code: Ok(value.status_code),
                    status_message: Ok(value.status_message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendScriptCallbackRequest {
            task_id: ::std::result::Result<
                super::SendScriptCallbackRequestTaskId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendScriptCallbackRequest {
            fn default() -> Self {
                Self {
                    task_id: Err("no value supplied for task_id".to_string()),
                }
            }
        }
        impl SendScriptCallbackRequest {
            pub fn task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SendScriptCallbackRequestTaskId>,
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
        impl ::std::convert::TryFrom<SendScriptCallbackRequest>
        for super::SendScriptCallbackRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendScriptCallbackRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { task_id: value.task_id? })
            }
        }
        impl ::std::convert::From<super::SendScriptCallbackRequest>
        for SendScriptCallbackRequest {
            fn from(value: super::SendScriptCallbackRequest) -> Self {
                Self { task_id: Ok(value.task_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendScriptCallbackResponse {
            response_header: ::std::result::Result<
                super::ResponseHeader,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendScriptCallbackResponse {
            fn default() -> Self {
                Self {
                    response_header: Err(
                        "no value supplied for response_header".to_string(),
                    ),
                }
            }
        }
        impl SendScriptCallbackResponse {
            pub fn response_header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.response_header = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_header: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendScriptCallbackResponse>
        for super::SendScriptCallbackResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendScriptCallbackResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_header: value.response_header?,
                })
            }
        }
        impl ::std::convert::From<super::SendScriptCallbackResponse>
        for SendScriptCallbackResponse {
            fn from(value: super::SendScriptCallbackResponse) -> Self {
                Self {
                    response_header: Ok(value.response_header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateCardCallbackRequest {
            status_code: ::std::result::Result<
                super::UpdateCardCallbackRequestStatusCode,
                ::std::string::String,
            >,
            status_message: ::std::result::Result<
                ::std::option::Option<super::UpdateCardCallbackRequestStatusMessage>,
                ::std::string::String,
            >,
            task_id: ::std::result::Result<
                super::UpdateCardCallbackRequestTaskId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateCardCallbackRequest {
            fn default() -> Self {
                Self {
                    status_code: Err("no value supplied for status_code".to_string()),
                    status_message: Ok(Default::default()),
                    task_id: Err("no value supplied for task_id".to_string()),
                }
            }
        }
        impl UpdateCardCallbackRequest {
            pub fn status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateCardCallbackRequestStatusCode>,
                T::Error: ::std::fmt::Display,
            {
                self.status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_code: {e}")
                    });
                self
            }
            pub fn status_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateCardCallbackRequestStatusMessage>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for status_message: {e}"
                        )
                    });
                self
            }
            pub fn task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateCardCallbackRequestTaskId>,
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
        impl ::std::convert::TryFrom<UpdateCardCallbackRequest>
        for super::UpdateCardCallbackRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateCardCallbackRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    status_code: value.status_code?,
                    status_message: value.status_message?,
                    task_id: value.task_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateCardCallbackRequest>
        for UpdateCardCallbackRequest {
            fn from(value: super::UpdateCardCallbackRequest) -> Self {
                Self {
                    status_code: Ok(value.status_code),
                    status_message: Ok(value.status_message),
                    task_id: Ok(value.task_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateCardCallbackResponse {
            response_header: ::std::result::Result<
                super::ResponseHeader,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateCardCallbackResponse {
            fn default() -> Self {
                Self {
                    response_header: Err(
                        "no value supplied for response_header".to_string(),
                    ),
                }
            }
        }
        impl UpdateCardCallbackResponse {
            pub fn response_header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.response_header = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_header: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateCardCallbackResponse>
        for super::UpdateCardCallbackResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateCardCallbackResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_header: value.response_header?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateCardCallbackResponse>
        for UpdateCardCallbackResponse {
            fn from(value: super::UpdateCardCallbackResponse) -> Self {
                Self {
                    response_header: Ok(value.response_header),
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
/**Client for TSH Provisioning and Management API

The Token Service Hub (TSH) API a wallet server calls to add a card to a wallet and manage it
(source: seed 001, "プロビジョニングおよび管理 API", and the public "TSH Transit API – WS to TSH"
v1.0.8 pages).

The usual flow: `checkCardAccount` (may the card be added?), `getAsset` for the terms and
conditions and each card-art GUID, `provisionCard`, then `sendScriptCallback` and
`updateCardCallback` answering TSH's `sendScript` / `updateCard` calls, status polling
(`getCardStatus`, `getCardAccountStatus`), command polling (`getCardCommands`) and `manageCard`
(PARK or DELETE).

Every operation is `POST /<operationName>`. No security scheme is declared: in real deployments
the transport is mutually authenticated TLS, which is outside the API document.

Every answer carries a `responseHeader`. Errors use the `ErrorResponse` body, which is the
`responseHeader` alone with a non-zero `statusCode` and a `statusMessage` (assumed: the source
declares only 200 and 500, without an error body). 400 is declared for invalid input (assumed).

## How d1-sandbox plays TSH (assumed where the source is silent)

- **Card data.** `opaqueCardAccountData` (USER-INPUT, CLIENT-SDK, READER-MODE) is the card
  data as a compact JWE to the issuer's key: the same plaintext as the Card API's
  verifyCard `encryptedData` (`d1-sandbox encrypt-card` mints one). It is decrypted to find
  the card and never kept; a card the issuer does not hold is refused
  (`UNKNOWN_CARD_ACCOUNT`), never registered (verifyCard may register one; this API has no
  credential). `walletCardAccountId` (ON-FILE) names an account the issuer
  holds on file for one of its cards.
- **Eligibility** is the issuer's: the card registry's rules (state, expiry, security code
  and its attempts), or, when the tenant registered an issuer endpoint, that endpoint's
  verifyCard answer (the card data encrypted again to its key); no readable answer is
  `ISSUER_UNAVAILABLE`.
- **Ids.** `walletCardId`, `walletCardAccountId` and task ids are opaque strings of at most
  64 characters; asset ids are GUIDs. One wallet card account per card and wallet account;
  the same card in another device of that wallet account is a new wallet card under it.
- **Commands.** provisionCard queues a `SEND_SCRIPT` task; a change of the issuer's card
  queues an `UPDATE_CARD` (`SUSPEND`, `RESUME`, `DELETE`) for each wallet card it applies to
  once the card's pending tasks are applied. getCardCommands lists the pending tasks, oldest
  first, and callbacks answer them in that order. updateCardCallback `0` applies the
  update, `911` fails the task (the state stays; later tasks that no longer apply are
  cancelled), `921` leaves it pending.
- **States.** Each wallet card follows this table (— : refused with
  `TRANSITION_NOT_ALLOWED`); a wallet card account shows its liveliest wallet card's state
  (ACTIVE, then SUSPENDED_ISSUER, SUSPENDED_WALLET, CREATED, else DELETED):

  | state \ event | SCRIPT_APPLIED | ISSUER_SUSPEND | ISSUER_RESUME | ISSUER_DELETE | PARK | WALLET_DELETE |
  |---|---|---|---|---|---|---|
  | CREATED | ACTIVE | — | — | DELETED | — | DELETED |
  | ACTIVE | — | SUSPENDED_ISSUER | — | DELETED | SUSPENDED_WALLET | — |
  | SUSPENDED_ISSUER | — | — | ACTIVE | DELETED | — | — |
  | SUSPENDED_WALLET | — | SUSPENDED_ISSUER | — | DELETED | — | — |
  | DELETED | — | — | — | — | — | — |

- **Refusals** are 400 `ErrorResponse` whose `statusMessage` starts with a code:
  `UNKNOWN_ISSUER`, `INVALID_DESCRIPTOR` (the descriptor does not fit `cardSource`),
  `INVALID_CARD_DATA`, `UNKNOWN_CARD_ACCOUNT`, `CARD_INVALID`, `CARD_LOST_OR_STOLEN`,
  `CARD_FRAUD_SUSPECT`, `CARD_EXPIRED`, `CVV_INVALID`, `CVV_ATTEMPTS_EXCEEDED`,
  `UNKNOWN_ASSET`, `LAST_DIGITS_MISMATCH`, `OTP_INVALID`, `OTP_EXPIRED`,
  `UNKNOWN_WALLET_CARD`, `UNKNOWN_WALLET_CARD_ACCOUNT`, `UNKNOWN_TASK`,
  `TASK_ALREADY_COMPLETED`, `TASK_TYPE_MISMATCH`, `TASK_NOT_NEXT`, `SE_ID_REQUIRED`,
  `SE_ID_MISMATCH`, `TRANSITION_NOT_ALLOWED`, `WRONG_POD`, `ISSUER_UNAVAILABLE`, `WALLET_LIMIT` (a card is in at
  most 20 wallet accounts, and a wallet card account holds at most 20 wallet cards, deleted
  ones included).
- **cardLastDigits.** The registry keeps a card's last four digits: of five given, the last
  four are compared.
- **Pods.** Each wallet card account lives on one simulated pod, named by the `x-pod`
  header of every successful answer about it. With the tenant's
  `strictPods` setting on, a request about it whose `x-pod` names another pod is refused
  with `WRONG_POD`.


Version: 1.0.8*/
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
        "1.0.8"
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
    /**Check card account

Asks whether a card account can be added to a wallet, and what the user must be shown.

Sends a `POST` request to `/checkCardAccount`

Arguments:
- `x_pod`: HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).

- `body`
```ignore
let response = client.check_card_account()
    .x_pod(x_pod)
    .body(body)
    .send()
    .await;
```*/
    pub fn check_card_account(&self) -> builder::CheckCardAccount<'_> {
        builder::CheckCardAccount::new(self)
    }
    /**Get asset

Fetches a terms-and-conditions document or a card-art image by its GUID.

Sends a `POST` request to `/getAsset`

Arguments:
- `x_pod`: HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).

- `body`
```ignore
let response = client.get_asset()
    .x_pod(x_pod)
    .body(body)
    .send()
    .await;
```*/
    pub fn get_asset(&self) -> builder::GetAsset<'_> {
        builder::GetAsset::new(self)
    }
    /**Provision card

Provisions a card into a wallet account.

Sends a `POST` request to `/provisionCard`

Arguments:
- `x_pod`: HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).

- `body`
```ignore
let response = client.provision_card()
    .x_pod(x_pod)
    .body(body)
    .send()
    .await;
```*/
    pub fn provision_card(&self) -> builder::ProvisionCard<'_> {
        builder::ProvisionCard::new(self)
    }
    /**Manage card

Parks an already provisioned card, or deletes a card whose provisioning failed.

Sends a `POST` request to `/manageCard`

Arguments:
- `x_pod`: HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).

- `body`
```ignore
let response = client.manage_card()
    .x_pod(x_pod)
    .body(body)
    .send()
    .await;
```*/
    pub fn manage_card(&self) -> builder::ManageCard<'_> {
        builder::ManageCard::new(self)
    }
    /**Send script callback

The wallet server reports that it has run the script of a TSH `sendScript` task.

Sends a `POST` request to `/sendScriptCallback`

Arguments:
- `x_pod`: HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).

- `body`
```ignore
let response = client.send_script_callback()
    .x_pod(x_pod)
    .body(body)
    .send()
    .await;
```*/
    pub fn send_script_callback(&self) -> builder::SendScriptCallback<'_> {
        builder::SendScriptCallback::new(self)
    }
    /**Update card callback

The wallet server reports the outcome of a TSH `updateCard` task.

Sends a `POST` request to `/updateCardCallback`

Arguments:
- `x_pod`: HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).

- `body`
```ignore
let response = client.update_card_callback()
    .x_pod(x_pod)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_card_callback(&self) -> builder::UpdateCardCallback<'_> {
        builder::UpdateCardCallback::new(self)
    }
    /**Get card status

Reads the state of a wallet card.

Sends a `POST` request to `/getCardStatus`

Arguments:
- `x_pod`: HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).

- `body`
```ignore
let response = client.get_card_status()
    .x_pod(x_pod)
    .body(body)
    .send()
    .await;
```*/
    pub fn get_card_status(&self) -> builder::GetCardStatus<'_> {
        builder::GetCardStatus::new(self)
    }
    /**Get card account status

Reads the state of a wallet card account.

Sends a `POST` request to `/getCardAccountStatus`

Arguments:
- `x_pod`: HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).

- `body`
```ignore
let response = client.get_card_account_status()
    .x_pod(x_pod)
    .body(body)
    .send()
    .await;
```*/
    pub fn get_card_account_status(&self) -> builder::GetCardAccountStatus<'_> {
        builder::GetCardAccountStatus::new(self)
    }
    /**Get card commands

Polls the commands TSH has pending for a wallet card.

Sends a `POST` request to `/getCardCommands`

Arguments:
- `x_pod`: HTTP header identifying the pod and corresponding DNS hostname of the load balancer from
which traffic is coming. Subsequent API calls should be sent to this pod. Optional (assumed).

- `body`
```ignore
let response = client.get_card_commands()
    .x_pod(x_pod)
    .body(body)
    .send()
    .await;
```*/
    pub fn get_card_commands(&self) -> builder::GetCardCommands<'_> {
        builder::GetCardCommands::new(self)
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
    /**Builder for [`Client::check_card_account`]

[`Client::check_card_account`]: super::Client::check_card_account*/
    #[derive(Debug, Clone)]
    pub struct CheckCardAccount<'a> {
        client: &'a super::Client,
        x_pod: Result<Option<types::CheckCardAccountXPod>, String>,
        body: Result<types::builder::CheckCardAccountRequest, String>,
    }
    impl<'a> CheckCardAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_pod: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_pod<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CheckCardAccountXPod>,
        {
            self.x_pod = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CheckCardAccountXPod` for x_pod failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CheckCardAccountRequest>,
            <V as std::convert::TryInto<
                types::CheckCardAccountRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CheckCardAccountRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CheckCardAccountRequest,
            ) -> types::builder::CheckCardAccountRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/checkCardAccount`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CheckCardAccountResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, x_pod, body } = self;
            let x_pod = x_pod.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CheckCardAccountRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/checkCardAccount", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_pod {
                header_map.append("x-pod", value.to_string().try_into()?);
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
                operation_id: "check_card_account",
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
    /**Builder for [`Client::get_asset`]

[`Client::get_asset`]: super::Client::get_asset*/
    #[derive(Debug, Clone)]
    pub struct GetAsset<'a> {
        client: &'a super::Client,
        x_pod: Result<Option<types::GetAssetXPod>, String>,
        body: Result<types::builder::GetAssetRequest, String>,
    }
    impl<'a> GetAsset<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_pod: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_pod<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetAssetXPod>,
        {
            self.x_pod = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetAssetXPod` for x_pod failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetAssetRequest>,
            <V as std::convert::TryInto<
                types::GetAssetRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `GetAssetRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::GetAssetRequest,
            ) -> types::builder::GetAssetRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/getAsset`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetAssetResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, x_pod, body } = self;
            let x_pod = x_pod.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::GetAssetRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/getAsset", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_pod {
                header_map.append("x-pod", value.to_string().try_into()?);
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
                operation_id: "get_asset",
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
    /**Builder for [`Client::provision_card`]

[`Client::provision_card`]: super::Client::provision_card*/
    #[derive(Debug, Clone)]
    pub struct ProvisionCard<'a> {
        client: &'a super::Client,
        x_pod: Result<Option<types::ProvisionCardXPod>, String>,
        body: Result<types::builder::ProvisionCardRequest, String>,
    }
    impl<'a> ProvisionCard<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_pod: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_pod<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProvisionCardXPod>,
        {
            self.x_pod = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ProvisionCardXPod` for x_pod failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProvisionCardRequest>,
            <V as std::convert::TryInto<
                types::ProvisionCardRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ProvisionCardRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ProvisionCardRequest,
            ) -> types::builder::ProvisionCardRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/provisionCard`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ProvisionCardResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, x_pod, body } = self;
            let x_pod = x_pod.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ProvisionCardRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/provisionCard", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_pod {
                header_map.append("x-pod", value.to_string().try_into()?);
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
                operation_id: "provision_card",
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
    /**Builder for [`Client::manage_card`]

[`Client::manage_card`]: super::Client::manage_card*/
    #[derive(Debug, Clone)]
    pub struct ManageCard<'a> {
        client: &'a super::Client,
        x_pod: Result<Option<types::ManageCardXPod>, String>,
        body: Result<types::builder::ManageCardRequest, String>,
    }
    impl<'a> ManageCard<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_pod: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_pod<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ManageCardXPod>,
        {
            self.x_pod = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ManageCardXPod` for x_pod failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ManageCardRequest>,
            <V as std::convert::TryInto<
                types::ManageCardRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ManageCardRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ManageCardRequest,
            ) -> types::builder::ManageCardRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/manageCard`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ManageCardResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, x_pod, body } = self;
            let x_pod = x_pod.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ManageCardRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/manageCard", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_pod {
                header_map.append("x-pod", value.to_string().try_into()?);
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
                operation_id: "manage_card",
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
    /**Builder for [`Client::send_script_callback`]

[`Client::send_script_callback`]: super::Client::send_script_callback*/
    #[derive(Debug, Clone)]
    pub struct SendScriptCallback<'a> {
        client: &'a super::Client,
        x_pod: Result<Option<types::SendScriptCallbackXPod>, String>,
        body: Result<types::builder::SendScriptCallbackRequest, String>,
    }
    impl<'a> SendScriptCallback<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_pod: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_pod<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendScriptCallbackXPod>,
        {
            self.x_pod = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SendScriptCallbackXPod` for x_pod failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendScriptCallbackRequest>,
            <V as std::convert::TryInto<
                types::SendScriptCallbackRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SendScriptCallbackRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SendScriptCallbackRequest,
            ) -> types::builder::SendScriptCallbackRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/sendScriptCallback`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SendScriptCallbackResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, x_pod, body } = self;
            let x_pod = x_pod.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::SendScriptCallbackRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/sendScriptCallback", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_pod {
                header_map.append("x-pod", value.to_string().try_into()?);
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
                operation_id: "send_script_callback",
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
    /**Builder for [`Client::update_card_callback`]

[`Client::update_card_callback`]: super::Client::update_card_callback*/
    #[derive(Debug, Clone)]
    pub struct UpdateCardCallback<'a> {
        client: &'a super::Client,
        x_pod: Result<Option<types::UpdateCardCallbackXPod>, String>,
        body: Result<types::builder::UpdateCardCallbackRequest, String>,
    }
    impl<'a> UpdateCardCallback<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_pod: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_pod<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateCardCallbackXPod>,
        {
            self.x_pod = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `UpdateCardCallbackXPod` for x_pod failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateCardCallbackRequest>,
            <V as std::convert::TryInto<
                types::UpdateCardCallbackRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateCardCallbackRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateCardCallbackRequest,
            ) -> types::builder::UpdateCardCallbackRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/updateCardCallback`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateCardCallbackResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, x_pod, body } = self;
            let x_pod = x_pod.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateCardCallbackRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/updateCardCallback", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_pod {
                header_map.append("x-pod", value.to_string().try_into()?);
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
                operation_id: "update_card_callback",
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
    /**Builder for [`Client::get_card_status`]

[`Client::get_card_status`]: super::Client::get_card_status*/
    #[derive(Debug, Clone)]
    pub struct GetCardStatus<'a> {
        client: &'a super::Client,
        x_pod: Result<Option<types::GetCardStatusXPod>, String>,
        body: Result<types::builder::GetCardStatusRequest, String>,
    }
    impl<'a> GetCardStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_pod: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_pod<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCardStatusXPod>,
        {
            self.x_pod = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetCardStatusXPod` for x_pod failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCardStatusRequest>,
            <V as std::convert::TryInto<
                types::GetCardStatusRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `GetCardStatusRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::GetCardStatusRequest,
            ) -> types::builder::GetCardStatusRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/getCardStatus`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetCardStatusResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, x_pod, body } = self;
            let x_pod = x_pod.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::GetCardStatusRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/getCardStatus", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_pod {
                header_map.append("x-pod", value.to_string().try_into()?);
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
                operation_id: "get_card_status",
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
    /**Builder for [`Client::get_card_account_status`]

[`Client::get_card_account_status`]: super::Client::get_card_account_status*/
    #[derive(Debug, Clone)]
    pub struct GetCardAccountStatus<'a> {
        client: &'a super::Client,
        x_pod: Result<Option<types::GetCardAccountStatusXPod>, String>,
        body: Result<types::builder::GetCardAccountStatusRequest, String>,
    }
    impl<'a> GetCardAccountStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_pod: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_pod<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCardAccountStatusXPod>,
        {
            self.x_pod = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetCardAccountStatusXPod` for x_pod failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCardAccountStatusRequest>,
            <V as std::convert::TryInto<
                types::GetCardAccountStatusRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `GetCardAccountStatusRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::GetCardAccountStatusRequest,
            ) -> types::builder::GetCardAccountStatusRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/getCardAccountStatus`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetCardAccountStatusResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, x_pod, body } = self;
            let x_pod = x_pod.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::GetCardAccountStatusRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/getCardAccountStatus", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_pod {
                header_map.append("x-pod", value.to_string().try_into()?);
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
                operation_id: "get_card_account_status",
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
    /**Builder for [`Client::get_card_commands`]

[`Client::get_card_commands`]: super::Client::get_card_commands*/
    #[derive(Debug, Clone)]
    pub struct GetCardCommands<'a> {
        client: &'a super::Client,
        x_pod: Result<Option<types::GetCardCommandsXPod>, String>,
        body: Result<types::builder::GetCardCommandsRequest, String>,
    }
    impl<'a> GetCardCommands<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_pod: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_pod<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCardCommandsXPod>,
        {
            self.x_pod = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetCardCommandsXPod` for x_pod failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCardCommandsRequest>,
            <V as std::convert::TryInto<
                types::GetCardCommandsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `GetCardCommandsRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::GetCardCommandsRequest,
            ) -> types::builder::GetCardCommandsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/getCardCommands`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetCardCommandsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, x_pod, body } = self;
            let x_pod = x_pod.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::GetCardCommandsRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/getCardCommands", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_pod {
                header_map.append("x-pod", value.to_string().try_into()?);
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
                operation_id: "get_card_commands",
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
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
