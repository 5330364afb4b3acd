//! The records the store keeps and the outcomes its methods report: plain data, the same for
//! every backend. Records are stored as JSON, so they can gain optional fields without a
//! migration (a change that is not backward compatible raises the schema version).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub mod messages;
pub mod outbox;

pub use messages::{
    CardOperationItem, CardOperationNotice, CardOperationsNotice, GatewayUpdateNotice,
    PartnerMessage, TokenCreationNotice, TokenDisplay, TokenUpdateNotice, TokenizationFailure,
    VerificationNotice, VerifyCardCall,
};
pub use outbox::{AttemptRecord, MessageRecord, MessageState};

/// A tenant: one partner organisation and what it owns. Secrets are stored as SHA-256 digests
/// only (they are 256-bit random values, so a slow password hash adds nothing but latency).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tenant {
    /// The tenant's id.
    pub id: String,
    /// OAuth 2.0 client id.
    pub client_id: String,
    /// SHA-256 (hex) of the OAuth 2.0 client secret.
    pub client_secret_sha256: String,
    /// SHA-256 (hex) of the token-notification API key.
    pub api_key_sha256: String,
    /// SHA-256 (hex) of the sandbox admin key.
    pub admin_key_sha256: String,
    /// The tenant's sandbox settings.
    #[serde(default)]
    pub settings: TenantSettings,
    /// The card issuers (`issuerId`, 10 characters) the tenant owns.
    pub issuer_ids: Vec<String>,
    /// The merchant gateways (`merchantGatewayId`) the tenant owns.
    pub merchant_gateway_ids: Vec<String>,
    /// The merchants (token requestor ids) the tenant owns.
    pub merchant_ids: Vec<String>,
    /// The connecting party of the verification notification.
    pub connecting_party: ConnectingParty,
}

/// What a tenant chose about its sandbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantSettings {
    /// Whether `verifyCard` registers a card it does not know (default) or answers it invalid.
    pub accept_unknown_cards: bool,
    /// BIN prefixes (digits) the connecting party refuses in verification notifications
    /// (cause `FILTERED`); none by default.
    #[serde(default)]
    pub filtered_bins: Vec<String>,
    /// Whether the TSH refuses a request whose `x-pod` names another pod than the wallet card
    /// account's (off by default).
    #[serde(default)]
    pub strict_pods: bool,
}

impl Default for TenantSettings {
    fn default() -> Self {
        TenantSettings {
            accept_unknown_cards: true,
            filtered_bins: Vec::new(),
            strict_pods: false,
        }
    }
}

/// A connecting party of the verification notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectingParty {
    /// The endpoint id, part of the signed string.
    pub endpoint_id: String,
    /// The HMAC-SHA1 control key. It is a signing key the server must use, so it cannot be
    /// stored as a digest.
    pub control_key: String,
}

/// What a token requestor knows of a network token, from the token notifications it received.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenRecord {
    /// The merchant (token requestor id).
    pub merchant_id: String,
    /// The token id.
    pub token_id: String,
    /// The token state, once an update has given one.
    pub state: Option<String>,
    /// `lastUpdateTimestamp` of the newest update applied (RFC 3339), if any.
    pub last_update: Option<String>,
    /// The notification fields as known now: each applied notification's fields over the
    /// previous ones (card and token display data, never a PAN).
    pub details: serde_json::Value,
    /// The `x-correlation-id` of the creation notification (that of the create-token request).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// When the creation notification was received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<DateTime<Utc>>,
    /// When an update last asked to discard the token's pre-fetched cryptograms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cryptograms_discarded_at: Option<DateTime<Utc>>,
    /// The `sequence` of the token's latest notification record: the next gets the one after.
    #[serde(default)]
    pub last_sequence: u64,
}

/// What kind of notification a [`TokenEvent`] records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TokenEventKind {
    /// `notify-token-creation` with token data.
    Creation,
    /// `notify-token-creation` reporting a failed tokenization (`errorCode`).
    FailedCreation,
    /// `notify-token-update`.
    Update,
    /// The merchant gateway's `notify-update`.
    GatewayNotify,
}

/// What a received notification did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TokenEventOutcome {
    /// It changed the token (or, for a failed creation or a gateway notify, was recorded).
    Applied,
    /// It was acknowledged and discarded: an update older than one already applied, or a
    /// creation of a token already known.
    Discarded,
}

/// One notification as received, in the order received per token.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenEvent {
    /// Its place among the token's notifications (set by the store): 1 for the first.
    #[serde(default)]
    pub sequence: u64,
    /// What it was.
    pub kind: TokenEventKind,
    /// What it did.
    pub outcome: TokenEventOutcome,
    /// Its `x-correlation-id`, if it had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// When it was received.
    pub received_at: DateTime<Utc>,
    /// The body as received (`null` for the gateway's notify-update, which has none).
    pub body: serde_json::Value,
}

/// What one token notification writes, as decided from the stored token.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenWrite {
    /// The token's new record; `None` leaves it as it is (the event is still recorded).
    pub record: Option<TokenRecord>,
    /// The notification, recorded in the token's history.
    pub event: TokenEvent,
}

/// The state of a card in the issuer's registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CardState {
    /// Usable.
    Active,
    /// Temporarily unusable; answered as invalid.
    Suspended,
    /// Reported lost.
    Lost,
    /// Reported stolen.
    Stolen,
    /// Suspected of fraud.
    FraudSuspect,
    /// Closed; answered as invalid.
    Deleted,
}

/// The built-in test card a record was created from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TestCard {
    /// Valid, CVV 123.
    Valid,
    /// Always expired.
    Expired,
    /// Reported lost.
    LostOrStolen,
    /// Suspected of fraud.
    FraudSuspect,
    /// No CVV ever matches.
    CvvMismatch,
}

/// The status of a card operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OperationStatus {
    /// In progress.
    Pending,
    /// Done.
    Successful,
    /// Failed.
    Failed,
}

/// An operation D1 notified for a card, as last received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperationRecord {
    /// Its place in the order the card's operations were first received: 1 for the first, and
    /// never given twice for one card (set by the store).
    #[serde(default)]
    pub sequence: u64,
    /// D1's operation id.
    pub operation_id: String,
    /// The operation name (DIGITIZE, SUSPEND, ...).
    pub operation: String,
    /// Its status.
    pub status: OperationStatus,
    /// Digital cards concerned (v1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub digital_card_ids: Vec<String>,
    /// Start (v2), RFC 3339.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<DateTime<Utc>>,
    /// End (v2), RFC 3339.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<DateTime<Utc>>,
    /// Free text (v2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// When the sandbox first received it.
    pub first_received_at: DateTime<Utc>,
    /// When the sandbox last received it.
    pub last_received_at: DateTime<Utc>,
}

/// A card of an issuer's registry. The PAN and CVV are only present as keyed digests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardRecord {
    /// The issuer.
    pub issuer_id: String,
    /// The card id.
    pub card_id: String,
    /// The card holder's consumer id.
    pub consumer_id: String,
    /// HMAC-SHA256 of the PAN under the `card_fingerprint` secret, hex.
    pub pan_fingerprint: String,
    /// The first 6 digits of the PAN.
    pub bin: String,
    /// The last 4 digits of the PAN.
    pub last_four: String,
    /// The number of PAN digits (for masking).
    pub pan_length: u8,
    /// The registered expiry, MMYY.
    pub exp: String,
    /// HMAC-SHA256 of the CVV (bound to the PAN fingerprint), hex; `None` when no CVV is on file.
    pub cvv_digest: Option<String>,
    /// The card's state.
    pub state: CardState,
    /// The test card it was created from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_card: Option<TestCard>,
    /// Consecutive wrong CVVs since the last right one.
    pub failed_cvv_attempts: u32,
    /// Digital cards from SUCCESSFUL DIGITIZE operations, in the order first attached.
    pub digital_card_ids: Vec<String>,
    /// When the card was registered.
    pub created_at: DateTime<Utc>,
    /// How many operations the card holds (each is a record of its own; see
    /// [`super::Store::record_operations`]).
    #[serde(default)]
    pub operation_count: u32,
    /// The `sequence` of the card's latest new operation: the next one gets the one after.
    #[serde(default)]
    pub last_sequence: u64,
}

/// A JWE decryption key as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EncryptionKeyRecord {
    /// The key id (`kid`).
    pub kid: String,
    /// When it was created; the newest key is the one encrypters should use.
    pub created_at: DateTime<Utc>,
    /// The private JWK.
    pub private_jwk: serde_json::Value,
}

/// The outcome of inserting a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardInsert {
    /// Stored (durable).
    Inserted,
    /// The issuer already has a card with this PAN; its id.
    PanTaken(String),
    /// The issuer already has a card with this id.
    CardIdTaken,
}

/// What to do with one notified operation, as decided from its card and its stored record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationChange {
    /// The record to store; `None` when the stored one stays as it is.
    pub record: Option<OperationRecord>,
    /// Digital cards to attach to the card (a SUCCESSFUL DIGITIZE); attaching is idempotent.
    pub attach: Vec<String>,
}

/// Why notified operations were not recorded; nothing was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OperationsRefused<E> {
    /// Cards that do not exist.
    UnknownCards(Vec<String>),
    /// Cards that already hold the most operations a card may hold.
    Full(Vec<String>),
    /// The decisions that refused an item, by the item's index.
    Refused(Vec<(usize, E)>),
}

/// A consumer session the connecting party issued: the verification service presents its
/// access token in `session.accessToken`. Stored under the token's SHA-256, never the token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsumerSession {
    /// The tenant (connecting party) that issued it.
    pub tenant_id: String,
    /// The consumer it was issued to.
    pub consumer_id: String,
    /// The serial number of the consumer's device the session is bound to.
    pub device_serial: String,
    /// When it was issued.
    pub created_at: DateTime<Utc>,
    /// When it stops being accepted.
    pub expires_at: DateTime<Utc>,
}

/// Which card of the connecting party a verified card maps to: one per
/// `uniqueReferenceCardId` (stable per PAN), and a `serverCardId` maps at most one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardMapping {
    /// The verification service's stable id of the PAN.
    pub unique_reference_card_id: i64,
    /// The card reference it maps to.
    pub server_card_id: String,
    /// The BIN of the last verification.
    pub bin: i64,
    /// When the mapping was first made.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

/// A verification transaction, one per `session.token`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerificationRecord {
    /// The invoice id answered for it.
    pub invoice_id: String,
    /// The session token of the verification transaction.
    pub session_token: String,
    /// The mapped card reference.
    pub server_card_id: String,
    /// The verification service's stable id of the PAN.
    pub unique_reference_card_id: i64,
    /// The verified card's BIN.
    pub bin: i64,
    /// The consumer of the session.
    pub consumer_id: String,
    /// The device serial number sent.
    pub device_serial: String,
    /// When it was first received.
    pub received_at: DateTime<Utc>,
}

/// What a verification notification writes, as decided from what is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerificationWrite {
    /// The transaction to answer with (written when `new`).
    pub record: VerificationRecord,
    /// Whether `record` is new (a repeated notification answers the stored one).
    pub new: bool,
    /// The mapping to store, when it is new or changed.
    pub mapping: Option<CardMapping>,
}

/// A partner endpoint a tenant registered for one role: D1's calls for that role go to it.
/// The description is the domain's (`domain::partners::PartnerDescription`) as JSON; it holds
/// the partner's secrets, so the store seals it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartnerRecord {
    /// The role (`issuer`, `token-requestor`, `merchant-gateway`, `connecting-party`).
    pub role: String,
    /// The description.
    pub description: serde_json::Value,
    /// When it was last set.
    pub updated_at: DateTime<Utc>,
}

/// The state of a wallet card (and, derived, of a wallet card account): the TSH document's
/// `WalletCardState`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum WalletCardState {
    /// Provisioned, its script not yet applied.
    Created,
    /// In use.
    Active,
    /// Suspended because the issuer's card is.
    SuspendedIssuer,
    /// Parked by the wallet.
    SuspendedWallet,
    /// Gone.
    Deleted,
}

/// Where a TSH task (a command for the wallet) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum WalletTaskState {
    /// Listed by getCardCommands until its callback arrives.
    Pending,
    /// Its callback said it was applied.
    Done,
    /// Its callback said it failed (911).
    Failed,
}

/// A command TSH has for a wallet card: `SEND_SCRIPT` (provisioning) or `UPDATE_CARD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WalletTask {
    /// The task id the wallet answers with.
    pub id: String,
    /// `SEND_SCRIPT` or `UPDATE_CARD`.
    pub command: String,
    /// For `UPDATE_CARD`: `SUSPEND`, `RESUME` or `DELETE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// Where it stands.
    pub state: WalletTaskState,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
    /// When its callback ended it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<DateTime<Utc>>,
    /// The last callback's status code (0, 911, 921).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i32>,
}

/// One change of a wallet card's state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WalletCardChange {
    /// When.
    pub at: DateTime<Utc>,
    /// The event (`PROVISIONED`, `SCRIPT_APPLIED`, `ISSUER_SUSPEND`, `PARK`, ...).
    pub event: String,
    /// The state before (none for the provisioning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<WalletCardState>,
    /// The state after.
    pub to: WalletCardState,
}

/// A wallet card: an issuer's card in one device of one wallet account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WalletCardRecord {
    /// `walletCardId`.
    pub id: String,
    /// The wallet card account it belongs to.
    pub account_id: String,
    /// The issuer.
    pub issuer_id: String,
    /// The issuer's card.
    pub card_id: String,
    /// The wallet account (`walletAccountId`).
    pub wallet_account_id: String,
    /// Its state.
    pub state: WalletCardState,
    /// The secure element, set by the first getCardCommands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub se_id: Option<String>,
    /// The DIGITIZE operation told to the issuer about it.
    pub digitize_operation_id: String,
    /// Whether the card is held by the tenant's registered issuer endpoint (which verified it)
    /// rather than by the sandbox's card registry.
    #[serde(default)]
    pub remote_issuer: bool,
    /// When it was provisioned.
    pub created_at: DateTime<Utc>,
    /// Its tasks, oldest first (pending ones are never dropped; done ones beyond the last 50
    /// are).
    pub tasks: Vec<WalletTask>,
    /// Its state changes, oldest first (the last 100).
    pub history: Vec<WalletCardChange>,
}

/// A wallet card account: one per issuer card and wallet account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WalletAccountRecord {
    /// `walletCardAccountId`.
    pub id: String,
    /// The issuer.
    pub issuer_id: String,
    /// The issuer's card.
    pub card_id: String,
    /// The wallet account.
    pub wallet_account_id: String,
    /// The simulated pod serving it (`x-pod`).
    pub pod: String,
    /// Its wallet cards, oldest first.
    pub wallet_card_ids: Vec<String>,
    /// When it was made.
    pub created_at: DateTime<Utc>,
}

/// An asset getAsset serves: card art or terms and conditions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssetRecord {
    /// Its GUID.
    pub guid: String,
    /// The issuer it belongs to.
    pub issuer_id: String,
    /// `card-art` or `terms`.
    pub kind: String,
    /// Its media type.
    pub content_type: String,
    /// Its bytes, base64 (standard, padded).
    pub content: String,
}

/// Which assets an issuer's cards use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuerAssets {
    /// The T&C the user must accept (none: not required, answered as all zeros).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<String>,
    /// The card art GUIDs.
    pub card_art: Vec<String>,
}

/// An account the issuer holds on file for one of its cards (checkCardAccount `ON-FILE`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnFileAccount {
    /// The id the wallet sends as `walletCardAccountId`.
    pub id: String,
    /// The issuer.
    pub issuer_id: String,
    /// The card.
    pub card_id: String,
    /// When it was made.
    pub created_at: DateTime<Utc>,
}

/// A one-time password minted for a card's provisioning (kept under its SHA-256).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtpRecord {
    /// The issuer.
    pub issuer_id: String,
    /// The card it is good for.
    pub card_id: String,
    /// When it stops being good.
    pub expires_at: DateTime<Utc>,
}
