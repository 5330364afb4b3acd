// generated from openapi/verification-notification.yaml — do not edit.
// progenitor client for Verification card mapping notification. `cargo build` regenerates it into OUT_DIR; the reviewable copy in generated/ is
// refreshed with `D1_BLESS=1 cargo test --test integration generated_code_is_fresh`.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The references of the verified card on the server side.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CardReference {
        ///The card reference identifier (on server side).
        #[serde(rename = "serverCardId")]
        pub server_card_id: CardReferenceServerCardId,
        ///The card identifier (on server side).
        #[serde(rename = "uniqueReferenceCardId")]
        pub unique_reference_card_id: i64,
    }
    impl CardReference {
        pub fn builder() -> builder::CardReference {
            Default::default()
        }
    }
    ///The card reference identifier (on server side).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CardReferenceServerCardId(::std::string::String);
    impl ::std::ops::Deref for CardReferenceServerCardId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardReferenceServerCardId> for ::std::string::String {
        fn from(value: CardReferenceServerCardId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CardReferenceServerCardId {
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
    impl ::std::convert::TryFrom<&str> for CardReferenceServerCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardReferenceServerCardId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardReferenceServerCardId {
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
    ///The consumer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Consumer {
        pub device: Device,
    }
    impl Consumer {
        pub fn builder() -> builder::Consumer {
            Default::default()
        }
    }
    ///The consumer's device.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Device {
        ///Consumer’s device serial number.
        #[serde(rename = "serialNumber")]
        pub serial_number: DeviceSerialNumber,
    }
    impl Device {
        pub fn builder() -> builder::Device {
            Default::default()
        }
    }
    ///Consumer’s device serial number.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeviceSerialNumber(::std::string::String);
    impl ::std::ops::Deref for DeviceSerialNumber {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeviceSerialNumber> for ::std::string::String {
        fn from(value: DeviceSerialNumber) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeviceSerialNumber {
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
    impl ::std::convert::TryFrom<&str> for DeviceSerialNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeviceSerialNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeviceSerialNumber {
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
    ///The session of the verification transaction.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RequestSession {
        ///Consumer’s access token key.
        #[serde(rename = "accessToken")]
        pub access_token: RequestSessionAccessToken,
        ///The session token of verification transaction.
        pub token: RequestSessionToken,
    }
    impl RequestSession {
        pub fn builder() -> builder::RequestSession {
            Default::default()
        }
    }
    ///Consumer’s access token key.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RequestSessionAccessToken(::std::string::String);
    impl ::std::ops::Deref for RequestSessionAccessToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RequestSessionAccessToken> for ::std::string::String {
        fn from(value: RequestSessionAccessToken) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RequestSessionAccessToken {
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
    impl ::std::convert::TryFrom<&str> for RequestSessionAccessToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RequestSessionAccessToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RequestSessionAccessToken {
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
    ///The session token of verification transaction.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RequestSessionToken(::std::string::String);
    impl ::std::ops::Deref for RequestSessionToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RequestSessionToken> for ::std::string::String {
        fn from(value: RequestSessionToken) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RequestSessionToken {
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
    impl ::std::convert::TryFrom<&str> for RequestSessionToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RequestSessionToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RequestSessionToken {
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
    ///The signed session of the answer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ResponseSession {
        /**Checksum generated by hmac-sha1 (see Signature computation) from the concatenation of the
session.nonce, the endpointId and the invoiceId. Lowercase hexadecimal (assumed).
*/
        #[serde(rename = "checkSignature")]
        pub check_signature: ::std::string::String,
        ///Unique random string generated by Connecting Party’s server.
        pub nonce: ::std::string::String,
        ///The session token of verification transaction.
        pub token: ::std::string::String,
    }
    impl ResponseSession {
        pub fn builder() -> builder::ResponseSession {
            Default::default()
        }
    }
    ///The verified source card.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SourceCard {
        ///The Source card BIN.
        pub bin: i64,
    }
    impl SourceCard {
        pub fn builder() -> builder::SourceCard {
            Default::default()
        }
    }
    ///What went wrong.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct VerificationError {
        ///Cause of the error.
        pub cause: VerificationErrorCause,
        ///The unique error code.
        pub code: ::std::string::String,
        ///Description of the error.
        pub message: ::std::string::String,
    }
    impl VerificationError {
        pub fn builder() -> builder::VerificationError {
            Default::default()
        }
    }
    ///Cause of the error.
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
    pub enum VerificationErrorCause {
        #[serde(rename = "FILTERED")]
        Filtered,
        #[serde(rename = "INVALID_REQUEST")]
        InvalidRequest,
        #[serde(rename = "SERVER_FAILED")]
        ServerFailed,
        #[serde(rename = "SERVER_UNAVAILABLE")]
        ServerUnavailable,
    }
    impl ::std::fmt::Display for VerificationErrorCause {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Filtered => f.write_str("FILTERED"),
                Self::InvalidRequest => f.write_str("INVALID_REQUEST"),
                Self::ServerFailed => f.write_str("SERVER_FAILED"),
                Self::ServerUnavailable => f.write_str("SERVER_UNAVAILABLE"),
            }
        }
    }
    impl ::std::str::FromStr for VerificationErrorCause {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "FILTERED" => Ok(Self::Filtered),
                "INVALID_REQUEST" => Ok(Self::InvalidRequest),
                "SERVER_FAILED" => Ok(Self::ServerFailed),
                "SERVER_UNAVAILABLE" => Ok(Self::ServerUnavailable),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for VerificationErrorCause {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerificationErrorCause {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Fail Response Parameters.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct VerificationFailure {
        pub error: VerificationError,
        ///Verification transaction identifier.
        #[serde(
            rename = "invoiceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invoice_id: ::std::option::Option<::std::string::String>,
    }
    impl VerificationFailure {
        pub fn builder() -> builder::VerificationFailure {
            Default::default()
        }
    }
    ///The verification card mapping notification.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct VerificationNotification {
        pub consumer: Consumer,
        pub reference: CardReference,
        pub session: RequestSession,
        #[serde(rename = "sourceCard")]
        pub source_card: SourceCard,
    }
    impl VerificationNotification {
        pub fn builder() -> builder::VerificationNotification {
            Default::default()
        }
    }
    ///Success Response Parameters.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct VerificationSuccess {
        ///Verification transaction identifier.
        #[serde(rename = "invoiceId")]
        pub invoice_id: ::std::string::String,
        pub session: ResponseSession,
    }
    impl VerificationSuccess {
        pub fn builder() -> builder::VerificationSuccess {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CardReference {
            server_card_id: ::std::result::Result<
                super::CardReferenceServerCardId,
                ::std::string::String,
            >,
            unique_reference_card_id: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for CardReference {
            fn default() -> Self {
                Self {
                    server_card_id: Err(
                        "no value supplied for server_card_id".to_string(),
                    ),
                    unique_reference_card_id: Err(
                        "no value supplied for unique_reference_card_id".to_string(),
                    ),
                }
            }
        }
        impl CardReference {
            pub fn server_card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardReferenceServerCardId>,
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
        }
        impl ::std::convert::TryFrom<CardReference> for super::CardReference {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardReference,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    server_card_id: value.server_card_id?,
                    unique_reference_card_id: value.unique_reference_card_id?,
                })
            }
        }
        impl ::std::convert::From<super::CardReference> for CardReference {
            fn from(value: super::CardReference) -> Self {
                Self {
                    server_card_id: Ok(value.server_card_id),
                    unique_reference_card_id: Ok(value.unique_reference_card_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Consumer {
            device: ::std::result::Result<super::Device, ::std::string::String>,
        }
        impl ::std::default::Default for Consumer {
            fn default() -> Self {
                Self {
                    device: Err("no value supplied for device".to_string()),
                }
            }
        }
        impl Consumer {
            pub fn device<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Device>,
                T::Error: ::std::fmt::Display,
            {
                self.device = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Consumer> for super::Consumer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Consumer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { device: value.device? })
            }
        }
        impl ::std::convert::From<super::Consumer> for Consumer {
            fn from(value: super::Consumer) -> Self {
                Self { device: Ok(value.device) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Device {
            serial_number: ::std::result::Result<
                super::DeviceSerialNumber,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Device {
            fn default() -> Self {
                Self {
                    serial_number: Err("no value supplied for serial_number".to_string()),
                }
            }
        }
        impl Device {
            pub fn serial_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeviceSerialNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.serial_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for serial_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Device> for super::Device {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Device,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    serial_number: value.serial_number?,
                })
            }
        }
        impl ::std::convert::From<super::Device> for Device {
            fn from(value: super::Device) -> Self {
                Self {
                    serial_number: Ok(value.serial_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RequestSession {
            access_token: ::std::result::Result<
                super::RequestSessionAccessToken,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                super::RequestSessionToken,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RequestSession {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl RequestSession {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RequestSessionAccessToken>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RequestSessionToken>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RequestSession> for super::RequestSession {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RequestSession,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::RequestSession> for RequestSession {
            fn from(value: super::RequestSession) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseSession {
            check_signature: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            nonce: ::std::result::Result<::std::string::String, ::std::string::String>,
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ResponseSession {
            fn default() -> Self {
                Self {
                    check_signature: Err(
                        "no value supplied for check_signature".to_string(),
                    ),
                    nonce: Err("no value supplied for nonce".to_string()),
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl ResponseSession {
            pub fn check_signature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.check_signature = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for check_signature: {e}"
                        )
                    });
                self
            }
            pub fn nonce<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.nonce = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nonce: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseSession> for super::ResponseSession {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseSession,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    check_signature: value.check_signature?,
                    nonce: value.nonce?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseSession> for ResponseSession {
            fn from(value: super::ResponseSession) -> Self {
                Self {
                    check_signature: Ok(value.check_signature),
                    nonce: Ok(value.nonce),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SourceCard {
            bin: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for SourceCard {
            fn default() -> Self {
                Self {
                    bin: Err("no value supplied for bin".to_string()),
                }
            }
        }
        impl SourceCard {
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
        }
        impl ::std::convert::TryFrom<SourceCard> for super::SourceCard {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SourceCard,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { bin: value.bin? })
            }
        }
        impl ::std::convert::From<super::SourceCard> for SourceCard {
            fn from(value: super::SourceCard) -> Self {
                Self { bin: Ok(value.bin) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerificationError {
            cause: ::std::result::Result<
                super::VerificationErrorCause,
                ::std::string::String,
            >,
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for VerificationError {
            fn default() -> Self {
                Self {
                    cause: Err("no value supplied for cause".to_string()),
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl VerificationError {
            pub fn cause<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerificationErrorCause>,
                T::Error: ::std::fmt::Display,
            {
                self.cause = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cause: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<VerificationError> for super::VerificationError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerificationError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cause: value.cause?,
                    code: value.code?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::VerificationError> for VerificationError {
            fn from(value: super::VerificationError) -> Self {
                Self {
                    cause: Ok(value.cause),
                    code: Ok(value.code),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerificationFailure {
            error: ::std::result::Result<
                super::VerificationError,
                ::std::string::String,
            >,
            invoice_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VerificationFailure {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                    invoice_id: Ok(Default::default()),
                }
            }
        }
        impl VerificationFailure {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerificationError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn invoice_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerificationFailure>
        for super::VerificationFailure {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerificationFailure,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    invoice_id: value.invoice_id?,
                })
            }
        }
        impl ::std::convert::From<super::VerificationFailure> for VerificationFailure {
            fn from(value: super::VerificationFailure) -> Self {
                Self {
                    error: Ok(value.error),
                    invoice_id: Ok(value.invoice_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerificationNotification {
            consumer: ::std::result::Result<super::Consumer, ::std::string::String>,
            reference: ::std::result::Result<
                super::CardReference,
                ::std::string::String,
            >,
            session: ::std::result::Result<super::RequestSession, ::std::string::String>,
            source_card: ::std::result::Result<super::SourceCard, ::std::string::String>,
        }
        impl ::std::default::Default for VerificationNotification {
            fn default() -> Self {
                Self {
                    consumer: Err("no value supplied for consumer".to_string()),
                    reference: Err("no value supplied for reference".to_string()),
                    session: Err("no value supplied for session".to_string()),
                    source_card: Err("no value supplied for source_card".to_string()),
                }
            }
        }
        impl VerificationNotification {
            pub fn consumer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Consumer>,
                T::Error: ::std::fmt::Display,
            {
                self.consumer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for consumer: {e}")
                    });
                self
            }
            pub fn reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardReference>,
                T::Error: ::std::fmt::Display,
            {
                self.reference = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference: {e}")
                    });
                self
            }
            pub fn session<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RequestSession>,
                T::Error: ::std::fmt::Display,
            {
                self.session = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session: {e}")
                    });
                self
            }
            pub fn source_card<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SourceCard>,
                T::Error: ::std::fmt::Display,
            {
                self.source_card = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_card: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerificationNotification>
        for super::VerificationNotification {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerificationNotification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    consumer: value.consumer?,
                    reference: value.reference?,
                    session: value.session?,
                    source_card: value.source_card?,
                })
            }
        }
        impl ::std::convert::From<super::VerificationNotification>
        for VerificationNotification {
            fn from(value: super::VerificationNotification) -> Self {
                Self {
                    consumer: Ok(value.consumer),
                    reference: Ok(value.reference),
                    session: Ok(value.session),
                    source_card: Ok(value.source_card),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerificationSuccess {
            invoice_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            session: ::std::result::Result<
                super::ResponseSession,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VerificationSuccess {
            fn default() -> Self {
                Self {
                    invoice_id: Err("no value supplied for invoice_id".to_string()),
                    session: Err("no value supplied for session".to_string()),
                }
            }
        }
        impl VerificationSuccess {
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
            pub fn session<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseSession>,
                T::Error: ::std::fmt::Display,
            {
                self.session = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerificationSuccess>
        for super::VerificationSuccess {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerificationSuccess,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    invoice_id: value.invoice_id?,
                    session: value.session?,
                })
            }
        }
        impl ::std::convert::From<super::VerificationSuccess> for VerificationSuccess {
            fn from(value: super::VerificationSuccess) -> Self {
                Self {
                    invoice_id: Ok(value.invoice_id),
                    session: Ok(value.session),
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
/**Client for Verification card mapping notification

The notification a verification service (PaynetEasy DAPI) sends to the connecting party's own
server after a card was verified, so that the connecting party maps the verified card to one of
its cards (source: seed 002, and PaynetEasy's public documentation; this is not a Thales API).

The connecting party answers with a `session.checkSignature`: the lowercase hexadecimal
HMAC-SHA1 of the concatenation `session.nonce + endpointId + invoiceId`, keyed with the
connecting party's control key with its dashes removed, hex-decoded (the lowercase-hex output
is assumed).

No security scheme is declared: authenticity comes from `session.accessToken` in the request
and the HMAC-SHA1 `checkSignature` in the answer, not from an HTTP credential.

Which request fields are required is not stated by the source; all are required here (assumed).

`session.accessToken` names a consumer session the connecting party issued for a consumer
and a device (in d1-sandbox, through its admin API); a notification for an unknown or expired
session, or from another device than the session's, is refused (assumed). Each
`session.token` is one verification transaction with one `invoiceId`: the same notification
sent again is answered with the same `invoiceId` and a fresh nonce (assumed).


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
    /**Verification card mapping notification

Tells the connecting party which card was verified (`reference.serverCardId`,
`reference.uniqueReferenceCardId`, `sourceCard.bin`). `uniqueReferenceCardId` stays the
same when the same PAN is verified with another expiry date. The connecting party answers
with the invoice id of the verification and the signature of its answer.


Sends a `POST` request to `/verification/notification`

```ignore
let response = client.notify_verification()
    .body(body)
    .send()
    .await;
```*/
    pub fn notify_verification(&self) -> builder::NotifyVerification<'_> {
        builder::NotifyVerification::new(self)
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
    /**Builder for [`Client::notify_verification`]

[`Client::notify_verification`]: super::Client::notify_verification*/
    #[derive(Debug, Clone)]
    pub struct NotifyVerification<'a> {
        client: &'a super::Client,
        body: Result<types::builder::VerificationNotification, String>,
    }
    impl<'a> NotifyVerification<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VerificationNotification>,
            <V as std::convert::TryInto<
                types::VerificationNotification,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `VerificationNotification` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::VerificationNotification,
            ) -> types::builder::VerificationNotification,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/verification/notification`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::VerificationSuccess>,
            Error<types::VerificationFailure>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::VerificationNotification::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/verification/notification", client.baseurl,);
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
                operation_id: "notify_verification",
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
