//! What D1 sends partners, one type per partner operation: plain data the domain builds and
//! the outbound senders (`src/outbound/partners/`) turn into the generated client's request.
//! The notifications are kept in the outbox ([`super::MessageRecord`]) until delivered, so
//! they are stored as JSON and may only gain optional fields (with a default): a message a
//! newer build reads must be one an older build wrote. `verifyCard` is sent at once (the TSH's
//! provisioning and the partner check wait for its answer), so it is never stored.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::OperationStatus;

/// A notification D1 owes a partner: one variant per partner operation the outbox delivers.
/// Stored adjacently tagged with the operation's `operationId`
/// (`{"operation": "notifyCardOperation", "notice": {…}}`): an internal tag would collide with
/// the card notices' own `operation` field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "operation", content = "notice")]
pub enum PartnerMessage {
    /// The Card API's `notifyCardOperation` (v1): one operation on one card.
    #[serde(rename = "notifyCardOperation")]
    CardOperation(CardOperationNotice),
    /// The Card API's `notifyCardOperations` (v2): operations on several cards of one issuer.
    #[serde(rename = "notifyCardOperations")]
    CardOperations(CardOperationsNotice),
    /// The token notifications' `notify-token-creation`.
    #[serde(rename = "notifyTokenCreation")]
    TokenCreation(TokenCreationNotice),
    /// The token notifications' `notify-token-update`.
    #[serde(rename = "notifyTokenUpdate")]
    TokenUpdate(TokenUpdateNotice),
    /// The merchant gateway's `notify-update`.
    #[serde(rename = "notifyUpdate")]
    GatewayUpdate(GatewayUpdateNotice),
    /// The verification card-mapping notification's `notifyVerification`.
    #[serde(rename = "notifyVerification")]
    Verification(VerificationNotice),
}

impl PartnerMessage {
    /// The role of the partner it goes to (`issuer`, `token-requestor`, `merchant-gateway`,
    /// `connecting-party`).
    pub fn role(&self) -> &'static str {
        match self {
            PartnerMessage::CardOperation(_) | PartnerMessage::CardOperations(_) => "issuer",
            PartnerMessage::TokenCreation(_) | PartnerMessage::TokenUpdate(_) => "token-requestor",
            PartnerMessage::GatewayUpdate(_) => "merchant-gateway",
            PartnerMessage::Verification(_) => "connecting-party",
        }
    }

    /// The operation called, as its document's `operationId` says it.
    pub fn operation(&self) -> &'static str {
        match self {
            PartnerMessage::CardOperation(_) => "notifyCardOperation",
            PartnerMessage::CardOperations(_) => "notifyCardOperations",
            PartnerMessage::TokenCreation(_) => "notifyTokenCreation",
            PartnerMessage::TokenUpdate(_) => "notifyTokenUpdate",
            PartnerMessage::GatewayUpdate(_) => "notifyUpdate",
            PartnerMessage::Verification(_) => "notifyVerification",
        }
    }
}

/// `notifyCardOperation`: `POST …/issuers/{issuerId}/cards/{cardId}/notifications`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardOperationNotice {
    /// The issuer (path).
    pub issuer_id: String,
    /// The card (path).
    pub card_id: String,
    /// D1's operation id.
    pub operation_id: String,
    /// The operation (`DIGITIZE`, `SUSPEND`, …).
    pub operation: String,
    /// Its status.
    pub status: OperationStatus,
    /// The digital cards concerned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub digital_card_ids: Vec<String>,
}

/// `notifyCardOperations`: `POST …/v2/issuers/{issuerId}/cards`, one item per card operation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardOperationsNotice {
    /// The issuer (path).
    pub issuer_id: String,
    /// The operations, at most 100 (the document's `maxItems`).
    pub cards: Vec<CardOperationItem>,
}

/// One card's operation in a `notifyCardOperations` call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardOperationItem {
    /// The card.
    pub card_id: String,
    /// D1's operation id.
    pub operation_id: String,
    /// The operation (`DIGITIZE`, `SUSPEND`, …).
    pub operation: String,
    /// Its status.
    pub status: OperationStatus,
    /// When it started.
    pub start_time: DateTime<Utc>,
    /// When it ended, once it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<DateTime<Utc>>,
    /// Free text (why it failed, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// What a token notification may show of the card and the token (never a PAN).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenDisplay {
    /// `cardBin`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_bin: Option<String>,
    /// `cardLastDigits`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_last_digits: Option<String>,
    /// `cardExpiryDate`, MMYY.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_expiry_date: Option<String>,
    /// `tokenLastDigits`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_last_digits: Option<String>,
    /// `tokenExpiryDate`, MMYY.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_expiry_date: Option<String>,
    /// `par`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub par: Option<String>,
}

/// Why a tokenization failed, in a `notify-token-creation` carrying no token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenizationFailure {
    /// `errorCode`.
    pub code: String,
    /// `errorMessage`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// `notify-token-creation`: a token was created (or its creation failed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenCreationNotice {
    /// `x-correlation-id`: the create-token request's.
    pub correlation_id: String,
    /// The merchant (token requestor id).
    pub merchant_id: String,
    /// The token, when one was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_id: Option<String>,
    /// `creationTimestamp`, as sent (ISO 8601).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_timestamp: Option<String>,
    /// The card and token display data.
    #[serde(default)]
    pub display: TokenDisplay,
    /// Why no token was created, for a failed tokenization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<TokenizationFailure>,
}

/// `notify-token-update`: a token changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenUpdateNotice {
    /// `x-correlation-id`.
    pub correlation_id: String,
    /// The merchant (token requestor id).
    pub merchant_id: String,
    /// The token.
    pub token_id: String,
    /// Its new state (`ACTIVE`, `SUSPENDED`, …), when the update gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_state: Option<String>,
    /// `lastUpdateTimestamp`, as sent (ISO 8601): the partner discards older updates by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_update: Option<String>,
    /// The card and token display data.
    #[serde(default)]
    pub display: TokenDisplay,
    /// `discardCryptogram`.
    #[serde(default)]
    pub discard_cryptogram: bool,
}

/// The merchant gateway's `notify-update`: a token of one of its merchants changed (no body).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GatewayUpdateNotice {
    /// `merchantGatewayId` (path).
    pub merchant_gateway_id: String,
    /// `merchantId` (path).
    pub merchant_id: String,
    /// `tokenId` (path).
    pub token_id: String,
    /// `x-correlation-id`.
    pub correlation_id: String,
}

/// `notifyVerification`: the verification service verified a card for a consumer session.
/// It carries the session's access token, a credential: the outbox is sealed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerificationNotice {
    /// `session.accessToken`.
    pub access_token: String,
    /// `session.token`: the verification transaction.
    pub session_token: String,
    /// `consumer.device.serialNumber`.
    pub device_serial: String,
    /// `reference.serverCardId`.
    pub server_card_id: String,
    /// `reference.uniqueReferenceCardId`.
    pub unique_reference_card_id: i64,
    /// `sourceCard.bin`.
    pub bin: i64,
}

/// `verifyCard`: D1 asks an issuer about card data it encrypted to the issuer's key. Sent at
/// once, never stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyCardCall {
    /// The issuer (path).
    pub issuer_id: String,
    /// The card id D1 knows or proposes.
    pub card_id: String,
    /// The PAN's first digits (6 to 8).
    pub card_bin: String,
    /// The card data as a compact JWE.
    pub encrypted_data: String,
}
