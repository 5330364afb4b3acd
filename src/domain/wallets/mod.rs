//! The TSH: wallet cards on the card registry. A wallet server checks an issuer's card
//! (`checkCardAccount`), fetches its assets, provisions it into a wallet account, and follows
//! the commands TSH queues for each wallet card (`SEND_SCRIPT` at provisioning, `UPDATE_CARD`
//! when the issuer's card changes) with their callbacks; `manageCard` parks or deletes.
//!
//! Invariants: a wallet card's state changes only through [`machine::next`] (or an admin's
//! forced state, recorded as such); its pending tasks are legal in order from its state (a
//! task made illegal by a failed one is cancelled at once); every change of an issuer's
//! wallet world is one [`Store::change_wallets`] (a read-decide-write the store applies
//! atomically, re-running the decision if what it read changed: decisions have no side effects). The card data a descriptor carries is decrypted to
//! find the card and never kept.

mod admin;
pub mod machine;

/// The records this module speaks of, as the API layer names them.
pub use crate::store::{
    AssetRecord, IssuerAssets, WalletCardRecord, WalletCardState, WalletTask, WalletTaskState,
};

use base64::Engine;
use chrono::{DateTime, Utc};

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};

use self::machine::{WalletEvent, next};
use super::cards::{
    CardData, CardError, Cards, Expiry, NotifiedOperation, Verification, status_name,
};
use super::delivery::{Deliveries, DeliveryError, Event};
use super::partners::{PartnerDescription, PartnerRole};
use crate::store::{
    CardState, OnFileAccount, OperationStatus, OtpRecord, Store, StoreError, Tenant,
    WalletAccountRecord, WalletCardChange, WalletChanges, WalletKey,
};

/// What `termsAndConditionsId` says when the issuer requires no T&C (the document's rule).
pub const NO_TERMS: &str = "00000000-0000-0000-0000-000000000000";

/// The simulated pods a wallet card account may live on.
pub const PODS: [&str; 3] = ["pod-a", "pod-b", "pod-c"];

/// The default card art every issuer starts with.
pub const DEFAULT_CARD_ART: &[u8] = include_bytes!("card-art.png");

/// The default T&C every issuer starts with.
pub const DEFAULT_TERMS: &str = include_str!("terms.txt");

/// The most done tasks a wallet card keeps (pending ones are always kept).
const KEPT_DONE_TASKS: usize = 50;

/// The most state changes a wallet card keeps.
const KEPT_HISTORY: usize = 100;

/// The most wallet cards one wallet card account holds, deleted ones included (the TSH API is
/// unauthenticated: every record it grows has a bound; 20 × 20 wallet cards stay far below a
/// card's 10,000 operations).
pub const MAX_WALLET_CARDS_PER_ACCOUNT: usize = 20;

/// The most wallet card accounts (wallet accounts) one card is in.
pub const MAX_ACCOUNTS_PER_CARD: usize = 20;

/// The most pending tasks a wallet card holds; an issuer change beyond it is not queued for
/// that card (logged).
pub const MAX_PENDING_TASKS: usize = 20;

/// The most assets an issuer holds.
pub const MAX_ASSETS_PER_ISSUER: usize = 50;

/// How long a minted one-time password is good for, by default.
pub const DEFAULT_OTP_TTL_SECS: i64 = 600;

/// Why a TSH request is refused; each is the declared 400 with its code.
#[derive(Debug, thiserror::Error)]
pub enum WalletError {
    /// The issuer is not known to the sandbox.
    #[error("issuer {0} is not known")]
    UnknownIssuer(String),
    /// The descriptor does not fit the card source.
    #[error("{0}")]
    Descriptor(String),
    /// The opaque card data cannot be decrypted or read.
    #[error("the opaque card account data cannot be read: {0}")]
    CardData(String),
    /// The descriptor names no card the issuer holds.
    #[error("the card account descriptor names no card of issuer {0}")]
    UnknownCardAccount(String),
    /// The card may not be added to a wallet.
    #[error("the card is not eligible: {why}")]
    NotEligible {
        /// The code.
        code: &'static str,
        /// Why.
        why: String,
    },
    /// No such asset.
    #[error("no asset {0}")]
    UnknownAsset(String),
    /// The last digits are not the card's.
    #[error("cardLastDigits does not match the card")]
    LastDigits,
    /// The one-time password is unknown, used, or another card's.
    #[error("the otp is not valid for this card")]
    OtpInvalid,
    /// The one-time password expired.
    #[error("the otp expired")]
    OtpExpired,
    /// No such wallet card (or not this issuer's).
    #[error("no wallet card {0}")]
    UnknownWalletCard(String),
    /// No such wallet card account.
    #[error("no wallet card account {0}")]
    UnknownWalletCardAccount(String),
    /// No such task.
    #[error("no task {0}")]
    UnknownTask(String),
    /// The task was completed already.
    #[error("task {0} is already {1}")]
    TaskDone(String, &'static str),
    /// The callback does not answer this kind of task.
    #[error("task {task} is a {command} task, not a {expected} one")]
    TaskType {
        /// The task.
        task: String,
        /// Its command.
        command: String,
        /// What the callback answers.
        expected: &'static str,
    },
    /// An older task of the wallet card waits for its callback first.
    #[error("task {task} comes after task {first}, which waits for its callback first")]
    TaskNotNext {
        /// The task answered.
        task: String,
        /// The one to answer first.
        first: String,
    },
    /// The first getCardCommands of a wallet card gives no seId.
    #[error("seId is required on the first getCardCommands of wallet card {0}")]
    SeIdRequired(String),
    /// seId changed.
    #[error("seId differs from the one given first for wallet card {0}")]
    SeIdMismatch(String),
    /// The state machine does not allow it.
    #[error("{event} is not allowed for a wallet card in state {state}")]
    Transition {
        /// The event's name.
        event: &'static str,
        /// The state's name.
        state: &'static str,
    },
    /// The registered issuer endpoint did not give a readable answer.
    #[error("the issuer's endpoint did not verify the card: {0}")]
    IssuerUnavailable(String),
    /// A bound on the wallet world is reached.
    #[error("{0}")]
    Limit(String),
    /// The pod sent (`x-pod`) is not the account's.
    #[error("wallet card account {account} lives on {pod}, not on {sent}")]
    WrongPod {
        /// The account.
        account: String,
        /// Its pod.
        pod: String,
        /// The pod the request named.
        sent: String,
    },
    /// The issuer's card could not be checked.
    #[error(transparent)]
    Card(#[from] CardError),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl WalletError {
    /// The code the answer's `statusMessage` starts with (documented in the TSH document).
    pub fn code(&self) -> &'static str {
        match self {
            WalletError::UnknownIssuer(_) => "UNKNOWN_ISSUER",
            WalletError::Descriptor(_) => "INVALID_DESCRIPTOR",
            WalletError::CardData(_) => "INVALID_CARD_DATA",
            WalletError::UnknownCardAccount(_) => "UNKNOWN_CARD_ACCOUNT",
            WalletError::NotEligible { code, .. } => code,
            WalletError::UnknownAsset(_) => "UNKNOWN_ASSET",
            WalletError::LastDigits => "LAST_DIGITS_MISMATCH",
            WalletError::OtpInvalid => "OTP_INVALID",
            WalletError::OtpExpired => "OTP_EXPIRED",
            WalletError::UnknownWalletCard(_) => "UNKNOWN_WALLET_CARD",
            WalletError::UnknownWalletCardAccount(_) => "UNKNOWN_WALLET_CARD_ACCOUNT",
            WalletError::UnknownTask(_) => "UNKNOWN_TASK",
            WalletError::TaskDone(..) => "TASK_ALREADY_COMPLETED",
            WalletError::TaskType { .. } => "TASK_TYPE_MISMATCH",
            WalletError::TaskNotNext { .. } => "TASK_NOT_NEXT",
            WalletError::SeIdRequired(_) => "SE_ID_REQUIRED",
            WalletError::SeIdMismatch(_) => "SE_ID_MISMATCH",
            WalletError::Transition { .. } => "TRANSITION_NOT_ALLOWED",
            WalletError::WrongPod { .. } => "WRONG_POD",
            WalletError::Limit(_) => "WALLET_LIMIT",
            WalletError::IssuerUnavailable(_) => "ISSUER_UNAVAILABLE",
            WalletError::Card(e) => e.code(),
            WalletError::Store(_) => "INTERNAL_ERROR",
        }
    }
}

/// Where the card of a descriptor comes from (`cardSource`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `ON-FILE`: an account the issuer holds.
    OnFile,
    /// `USER-INPUT`, `CLIENT-SDK`, `READER-MODE`: card data as a JWE to the issuer's key.
    Opaque,
}

/// A card account descriptor as sent.
#[derive(Debug, Clone, Default)]
pub struct Descriptor {
    /// `walletCardAccountId` (ON-FILE).
    pub on_file_id: Option<String>,
    /// `opaqueCardAccountData` (the other sources).
    pub opaque: Option<String>,
}

/// What checkCardAccount answers for an eligible card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Eligible {
    /// The T&C's GUID, or [`NO_TERMS`].
    pub terms_id: String,
    /// The card art GUIDs.
    pub card_art: Vec<String>,
}

/// A provisioned wallet card and its account.
#[derive(Debug, Clone)]
pub struct Provisioned {
    /// The wallet card.
    pub card: WalletCardRecord,
    /// Its account.
    pub account: WalletAccountRecord,
}

/// D1's verifyCard at a tenant's registered issuer endpoint (the outbound layer implements it;
/// the server installs it at start): the card data encrypted to the issuer's key, the answer
/// read as a [`Verification`], or why there is none.
pub trait RemoteIssuer: Send + Sync + std::fmt::Debug {
    /// Asks the issuer `partner` to verify `card`, proposing `card_id` for an unknown card.
    fn verify<'a>(
        &'a self,
        partner: &'a PartnerDescription,
        card: &'a CardData,
        card_id: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<Verification, String>> + Send + 'a>>;
}

/// D1's call to an issuer endpoint, and the endpoint.
type Remote = (Arc<dyn RemoteIssuer>, PartnerDescription);

/// The card a descriptor named, as the issuer that holds it knows it.
#[derive(Debug, Clone)]
struct Resolved {
    card_id: String,
    last_four: String,
    remote: bool,
}

/// The TSH's wallet cards (see the module documentation).
#[derive(Debug, Clone)]
pub struct Wallets {
    store: Store,
    remote: Arc<OnceLock<Arc<dyn RemoteIssuer>>>,
}

fn new_id(prefix: &str) -> String {
    format!(
        "{prefix}{}",
        super::auth::random_string(24, b"abcdefghijklmnopqrstuvwxyz0123456789")
    )
}

fn new_guid() -> String {
    use rand::Rng;
    let b: [u8; 16] = rand::rng().random();
    let h = hex::encode(b);
    format!(
        "{}-{}-4{}-a{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

/// The pod of an account: fixed by its id.
pub fn pod_of(account_id: &str) -> &'static str {
    let sum: u32 = account_id.bytes().map(u32::from).sum();
    PODS[(sum as usize) % PODS.len()]
}

/// The state a wallet card account shows: that of its liveliest wallet card.
pub fn account_state(cards: &[WalletCardRecord]) -> WalletCardState {
    use WalletCardState::*;
    for wanted in [Active, SuspendedIssuer, SuspendedWallet, Created] {
        if cards.iter().any(|c| c.state == wanted) {
            return wanted;
        }
    }
    Deleted
}

/// The event a task stands for.
fn task_event(task: &WalletTask) -> Option<WalletEvent> {
    match task.command.as_str() {
        "SEND_SCRIPT" => Some(WalletEvent::ScriptApplied),
        _ => task
            .operation
            .as_deref()
            .and_then(WalletEvent::from_update_operation),
    }
}

/// The state a wallet card reaches once its pending tasks are applied, in order.
pub fn projected(card: &WalletCardRecord) -> WalletCardState {
    let mut state = card.state;
    for task in card
        .tasks
        .iter()
        .filter(|t| t.state == WalletTaskState::Pending)
    {
        if let Some(to) = task_event(task).and_then(|e| next(state, e)) {
            state = to;
        }
    }
    state
}

/// Cancels (fails) the pending tasks that are no longer legal in order from the card's state,
/// and trims what the card keeps; the ids of the tasks dropped (their index entries must go).
fn settle(card: &mut WalletCardRecord, now: DateTime<Utc>) -> Vec<String> {
    let mut state = card.state;
    for task in card.tasks.iter_mut() {
        if task.state != WalletTaskState::Pending {
            continue;
        }
        match task_event(task).and_then(|e| next(state, e)) {
            Some(to) => state = to,
            None => {
                task.state = WalletTaskState::Failed;
                task.finished_at = Some(now);
            }
        }
    }
    let done = card
        .tasks
        .iter()
        .filter(|t| t.state != WalletTaskState::Pending)
        .count();
    let mut drop = done.saturating_sub(KEPT_DONE_TASKS);
    let mut dropped = Vec::new();
    card.tasks.retain(|t| {
        if drop > 0 && t.state != WalletTaskState::Pending {
            drop -= 1;
            dropped.push(t.id.clone());
            false
        } else {
            true
        }
    });
    let extra = card.history.len().saturating_sub(KEPT_HISTORY);
    card.history.drain(..extra);
    dropped
}

/// [`settle`], removing the dropped tasks' index entries in the same transaction.
fn settle_in(
    tx: &WalletChanges,
    card: &mut WalletCardRecord,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    for id in settle(card, now) {
        tx.remove(WalletKey::Task(&id))?;
    }
    Ok(())
}

/// Applies `event` to a card through the table, recording the change.
fn apply(
    card: &mut WalletCardRecord,
    event: WalletEvent,
    now: DateTime<Utc>,
) -> Result<(), WalletError> {
    let to = next(card.state, event).ok_or(WalletError::Transition {
        event: event.name(),
        state: machine::state_name(card.state),
    })?;
    card.history.push(WalletCardChange {
        at: now,
        event: event.name().into(),
        from: Some(card.state),
        to,
    });
    card.state = to;
    Ok(())
}

fn tx_card(
    tx: &WalletChanges,
    id: &str,
) -> Result<Result<WalletCardRecord, WalletError>, StoreError> {
    Ok(tx
        .get(WalletKey::Card(id))?
        .ok_or_else(|| WalletError::UnknownWalletCard(id.to_string())))
}

/// Returns early from a transaction closure with a refusal.
macro_rules! refuse {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Ok(Err(e)),
        }
    };
}
pub(crate) use refuse;

impl Wallets {
    /// The TSH over `store`.
    pub fn new(store: Store) -> Wallets {
        Wallets {
            store,
            remote: Default::default(),
        }
    }

    /// Installs D1's call to registered issuer endpoints (once; later calls change nothing).
    /// Without it, the built-in issuer verifies every card.
    pub fn use_remote_issuer(&self, remote: Arc<dyn RemoteIssuer>) {
        let _ = self.remote.set(remote);
    }

    /// The tenant's registered issuer endpoint for `issuer_id`, when there is one and D1's
    /// calls to it are installed.
    fn remote_issuer(
        &self,
        tenant: &Tenant,
        issuer_id: &str,
    ) -> Result<Option<Remote>, WalletError> {
        let Some(remote) = self.remote.get() else {
            return Ok(None);
        };
        let Some(record) = self.store.partner(&tenant.id, "issuer")? else {
            return Ok(None);
        };
        match serde_json::from_value::<PartnerDescription>(record.description) {
            Ok(
                partner @ PartnerDescription {
                    role: PartnerRole::Issuer(_),
                    ..
                },
            ) if matches!(&partner.role, PartnerRole::Issuer(i) if i.issuer_id == issuer_id) => {
                Ok(Some((remote.clone(), partner)))
            }
            _ => Ok(None),
        }
    }

    /// The tenant owning an issuer.
    fn owner(&self, issuer_id: &str) -> Result<Tenant, WalletError> {
        let unknown = || WalletError::UnknownIssuer(issuer_id.to_string());
        let tenant_id = self.store.issuer_owner(issuer_id)?.ok_or_else(unknown)?;
        self.store.tenant(&tenant_id)?.ok_or_else(unknown)
    }

    /// The issuer holding a wallet-world id, or `missing`.
    fn issuer_of(&self, id: &str, missing: WalletError) -> Result<String, WalletError> {
        self.store.wallet_issuer(id)?.ok_or(missing)
    }

    /// The issuer's asset choice, made (with the default assets) on first use.
    async fn assets_of(&self, issuer_id: &str) -> Result<IssuerAssets, WalletError> {
        if let Some(assets) = self.store.wallet_get(issuer_id, WalletKey::Assets).await? {
            return Ok(assets);
        }
        let b64 = base64::engine::general_purpose::STANDARD;
        let terms = AssetRecord {
            guid: new_guid(),
            issuer_id: issuer_id.into(),
            kind: "terms".into(),
            content_type: "text/plain".into(),
            content: b64.encode(DEFAULT_TERMS),
        };
        let art = AssetRecord {
            guid: new_guid(),
            issuer_id: issuer_id.into(),
            kind: "card-art".into(),
            content_type: "image/png".into(),
            content: b64.encode(DEFAULT_CARD_ART),
        };
        let made = self
            .store
            .change_wallets(issuer_id, |tx| {
                // Made meanwhile by another request: that one stands.
                if let Some(existing) = tx.get::<IssuerAssets>(WalletKey::Assets)? {
                    return Ok(Ok::<_, WalletError>(existing));
                }
                let choice = IssuerAssets {
                    terms: Some(terms.guid.clone()),
                    card_art: vec![art.guid.clone()],
                };
                tx.put(WalletKey::Asset(&terms.guid), &terms)?;
                tx.put(WalletKey::Asset(&art.guid), &art)?;
                tx.put(WalletKey::Assets, &choice)?;
                Ok(Ok(choice))
            })
            .await??;
        Ok(made)
    }

    /// Finds the card a descriptor names and checks it as the issuer would; the card.
    async fn resolve(
        &self,
        cards: &Cards,
        tenant: &Tenant,
        issuer_id: &str,
        source: Option<Source>,
        descriptor: &Descriptor,
        now: DateTime<Utc>,
    ) -> Result<Resolved, WalletError> {
        let source = match (source, &descriptor.on_file_id, &descriptor.opaque) {
            (_, Some(_), Some(_)) => {
                return Err(WalletError::Descriptor(
                    "give walletCardAccountId or opaqueCardAccountData, not both".into(),
                ));
            }
            (Some(Source::OnFile), None, _) => {
                return Err(WalletError::Descriptor(
                    "cardSource ON-FILE needs cardAccountDescriptor.walletCardAccountId".into(),
                ));
            }
            (Some(Source::Opaque), _, None) => {
                return Err(WalletError::Descriptor(
                    "this cardSource needs cardAccountDescriptor.opaqueCardAccountData".into(),
                ));
            }
            (_, None, None) => {
                return Err(WalletError::Descriptor(
                    "cardAccountDescriptor is empty: give walletCardAccountId (ON-FILE) or \
                     opaqueCardAccountData"
                        .into(),
                ));
            }
            (_, Some(_), None) => Source::OnFile,
            (_, None, Some(_)) => Source::Opaque,
        };
        let unknown = || WalletError::UnknownCardAccount(issuer_id.to_string());
        let card = match source {
            Source::OnFile => {
                let id = descriptor.on_file_id.as_deref().unwrap_or_default();
                let account: OnFileAccount = self
                    .store
                    .wallet_get(issuer_id, WalletKey::OnFile(id))
                    .await?
                    .ok_or_else(unknown)?;
                let card = cards
                    .card(tenant, issuer_id, &account.card_id)
                    .map_err(|_| unknown())?;
                let expired = Expiry::parse(&card.exp).is_none_or(|e| e.is_past(now));
                let verdict = Verification {
                    card_id: card.card_id.clone(),
                    consumer_id: Some(card.consumer_id.clone()),
                    invalid: matches!(card.state, CardState::Suspended | CardState::Deleted),
                    expired,
                    lost_or_stolen: matches!(card.state, CardState::Lost | CardState::Stolen),
                    fraud_suspect: card.state == CardState::FraudSuspect,
                    security_code: None,
                };
                eligible(&verdict)?;
                Resolved {
                    card_id: card.card_id,
                    last_four: card.last_four,
                    remote: false,
                }
            }
            Source::Opaque => {
                let jwe = descriptor.opaque.as_deref().unwrap_or_default();
                let proposed = format!("card-{}", &new_id("")[..12]);
                let data = cards
                    .decrypt_card_data(jwe)
                    .map_err(|e| WalletError::CardData(e.to_string()))?;
                // A registered issuer endpoint verifies the card, as D1 would ask it.
                if let Some((remote, partner)) = self.remote_issuer(tenant, issuer_id)? {
                    // Why it failed is logged, not answered: the TSH's callers have no
                    // credential, and the reason may name the endpoint's URLs.
                    let verdict =
                        remote
                            .verify(&partner, &data, &proposed)
                            .await
                            .map_err(|why| {
                                tracing::warn!(
                                    issuer = issuer_id,
                                    why,
                                    "the issuer's endpoint did not verify a card"
                                );
                                WalletError::IssuerUnavailable(
                                    "no readable verifyCard answer (see the server's log)".into(),
                                )
                            })?;
                    if verdict.consumer_id.is_none() && verdict.card_id == proposed {
                        return Err(unknown());
                    }
                    eligible(&verdict)?;
                    let last_four = data.pan[data.pan.len().saturating_sub(4)..].to_string();
                    return Ok(Resolved {
                        card_id: verdict.card_id,
                        last_four,
                        remote: true,
                    });
                }
                // Only a card the issuer holds: the TSH API has no credential, so an unknown
                // card is refused rather than registered (verifyCard may register it).
                let verdict = cards
                    .check_known(tenant, issuer_id, &data, now)
                    .await?
                    .ok_or_else(unknown)?;
                eligible(&verdict)?;
                let card = cards
                    .card(tenant, issuer_id, &verdict.card_id)
                    .map_err(|_| unknown())?;
                Resolved {
                    card_id: card.card_id,
                    last_four: card.last_four,
                    remote: false,
                }
            }
        };
        Ok(card)
    }

    /// checkCardAccount: whether the card may be added, and what the user must be shown.
    pub async fn check_card_account(
        &self,
        cards: &Cards,
        issuer_id: &str,
        source: Source,
        descriptor: &Descriptor,
        now: DateTime<Utc>,
    ) -> Result<Eligible, WalletError> {
        let tenant = self.owner(issuer_id)?;
        self.resolve(cards, &tenant, issuer_id, Some(source), descriptor, now)
            .await?;
        let assets = self.assets_of(issuer_id).await?;
        Ok(Eligible {
            terms_id: assets.terms.unwrap_or_else(|| NO_TERMS.to_string()),
            card_art: assets.card_art,
        })
    }

    /// getAsset.
    pub async fn asset(&self, guid: &str) -> Result<AssetRecord, WalletError> {
        let missing = || WalletError::UnknownAsset(guid.to_string());
        let issuer = self.issuer_of(guid, missing())?;
        self.store
            .wallet_get(&issuer, WalletKey::Asset(guid))
            .await?
            .ok_or_else(missing)
    }

    /// provisionCard: a new wallet card, `CREATED`, with a `SEND_SCRIPT` task, under the
    /// account of this card and wallet account (made if new). D1 tells the issuer: DIGITIZE
    /// PENDING.
    #[allow(clippy::too_many_arguments)]
    pub async fn provision(
        &self,
        cards: &Cards,
        deliveries: &Deliveries,
        issuer_id: &str,
        descriptor: &Descriptor,
        wallet_account_id: &str,
        last_digits: &str,
        otp: Option<&str>,
        pod: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Provisioned, WalletError> {
        let tenant = self.owner(issuer_id)?;
        let strict_pods = tenant.settings.strict_pods;
        let card = self
            .resolve(cards, &tenant, issuer_id, None, descriptor, now)
            .await?;
        // The registry keeps the last four digits only: of 5 given, the last four are compared
        // (stated in the document).
        let matches = last_digits.ends_with(&card.last_four) && card.last_four.len() == 4;
        if !matches {
            return Err(WalletError::LastDigits);
        }
        let otp_digest = otp.map(|otp| cards.otp_digest(otp));
        let (card_id, account_id_new, wallet_card_id, task_id, operation_id) = (
            card.card_id.clone(),
            new_id("wca_"),
            new_id("wc_"),
            new_id("task_"),
            new_id("op_"),
        );
        let provisioned = self
            .store
            .change_wallets(issuer_id, |tx| {
                if let Some(digest) = &otp_digest {
                    let stored: Option<OtpRecord> = tx.get(WalletKey::Otp(digest))?;
                    match stored {
                        Some(o) if o.card_id != card_id => {
                            return Ok(Err(WalletError::OtpInvalid));
                        }
                        Some(o) if o.expires_at <= now => {
                            return Ok(Err(WalletError::OtpExpired));
                        }
                        Some(_) => tx.remove(WalletKey::Otp(digest))?,
                        None => return Ok(Err(WalletError::OtpInvalid)),
                    }
                }
                let mut accounts: Vec<(String, String)> = tx
                    .get(WalletKey::CardAccounts(&card_id))?
                    .unwrap_or_default();
                let existing = accounts
                    .iter()
                    .find(|(w, _)| w == wallet_account_id)
                    .map(|(_, a)| a.clone());
                let mut account = match existing {
                    Some(id) => {
                        let account = refuse!(
                            tx.get::<WalletAccountRecord>(WalletKey::Account(&id))?
                                .ok_or(WalletError::UnknownWalletCardAccount(id))
                        );
                        // Another device of an existing account: its pod, when held to it.
                        if let Some(sent) = pod.filter(|p| strict_pods && *p != account.pod) {
                            return Ok(Err(WalletError::WrongPod {
                                account: account.id.clone(),
                                pod: account.pod.clone(),
                                sent: sent.to_string(),
                            }));
                        }
                        account
                    }
                    None if accounts.len() >= MAX_ACCOUNTS_PER_CARD => {
                        return Ok(Err(WalletError::Limit(format!(
                            "the card is in {MAX_ACCOUNTS_PER_CARD} wallet accounts already"
                        ))));
                    }
                    None => {
                        accounts.push((wallet_account_id.to_string(), account_id_new.clone()));
                        tx.put(WalletKey::CardAccounts(&card_id), &accounts)?;
                        WalletAccountRecord {
                            id: account_id_new.clone(),
                            issuer_id: issuer_id.to_string(),
                            card_id: card_id.clone(),
                            wallet_account_id: wallet_account_id.to_string(),
                            pod: pod_of(&account_id_new).to_string(),
                            wallet_card_ids: Vec::new(),
                            created_at: now,
                        }
                    }
                };
                if account.wallet_card_ids.len() >= MAX_WALLET_CARDS_PER_ACCOUNT {
                    return Ok(Err(WalletError::Limit(format!(
                        "wallet card account {} holds {MAX_WALLET_CARDS_PER_ACCOUNT} wallet cards already",
                        account.id
                    ))));
                }
                account.wallet_card_ids.push(wallet_card_id.clone());
                let wallet_card = WalletCardRecord {
                    id: wallet_card_id.clone(),
                    account_id: account.id.clone(),
                    issuer_id: issuer_id.to_string(),
                    card_id: card_id.clone(),
                    wallet_account_id: wallet_account_id.to_string(),
                    state: WalletCardState::Created,
                    se_id: None,
                    digitize_operation_id: operation_id.clone(),
                    remote_issuer: card.remote,
                    created_at: now,
                    tasks: vec![WalletTask {
                        id: task_id.clone(),
                        command: "SEND_SCRIPT".into(),
                        operation: None,
                        state: WalletTaskState::Pending,
                        created_at: now,
                        finished_at: None,
                        status_code: None,
                    }],
                    history: vec![WalletCardChange {
                        at: now,
                        event: "PROVISIONED".into(),
                        from: None,
                        to: WalletCardState::Created,
                    }],
                };
                tx.put(WalletKey::Account(&account.id), &account)?;
                tx.put(WalletKey::Card(&wallet_card.id), &wallet_card)?;
                tx.put(WalletKey::Task(&task_id), &wallet_card.id)?;
                Ok(Ok(Provisioned {
                    card: wallet_card,
                    account,
                }))
            })
            .await??;
        self.tell_issuer(
            cards,
            deliveries,
            &tenant,
            &provisioned.card,
            OperationStatus::Pending,
            now,
        )
        .await;
        Ok(provisioned)
    }

    /// Records D1's DIGITIZE operation on the issuer's card (visible through the admin API) and,
    /// when the tenant registered an issuer endpoint, delivers it there. The wallet's change is
    /// stored already and stands whatever happens here: a failure is logged, never answered (the
    /// wallet would retry a request that already took effect).
    async fn tell_issuer(
        &self,
        cards: &Cards,
        deliveries: &Deliveries,
        tenant: &Tenant,
        card: &WalletCardRecord,
        status: OperationStatus,
        now: DateTime<Utc>,
    ) {
        let operation = NotifiedOperation {
            operation_id: card.digitize_operation_id.clone(),
            operation: "DIGITIZE".into(),
            status,
            digital_card_ids: vec![card.id.clone()],
            start_time: Some(card.created_at),
            end_time: (status != OperationStatus::Pending).then_some(now),
            message: None,
        };
        // The sandbox's registry records what D1 told about its own cards; a card a registered
        // issuer endpoint holds is not in it, and hears through the delivery below.
        if !card.remote_issuer
            && let Err(e) = cards
                .notify(
                    tenant,
                    &card.issuer_id,
                    &[(card.card_id.clone(), operation)],
                    now,
                )
                .await
        {
            tracing::warn!(error = %e, wallet_card = %card.id, "the DIGITIZE operation could not be recorded on the card");
        }
        let event = Event::CardOperation {
            card_id: card.card_id.clone(),
            operation_id: Some(card.digitize_operation_id.clone()),
            operation: "DIGITIZE".into(),
            status: status_name(status).into(),
            digital_card_ids: vec![card.id.clone()],
        };
        match deliveries.trigger(tenant, event, now).await {
            Ok(_) | Err(DeliveryError::NoPartner(_)) => {}
            Err(e) => {
                tracing::warn!(error = %e, wallet_card = %card.id, "the DIGITIZE operation could not be queued for the issuer");
            }
        }
    }

    /// A wallet card (getCardStatus), checking the pod when the tenant asks for it.
    pub async fn card(
        &self,
        id: &str,
        pod: Option<&str>,
    ) -> Result<(WalletCardRecord, String), WalletError> {
        let missing = || WalletError::UnknownWalletCard(id.to_string());
        let issuer = self.issuer_of(id, missing())?;
        let card: WalletCardRecord = self
            .store
            .wallet_get(&issuer, WalletKey::Card(id))
            .await?
            .ok_or_else(missing)?;
        let account = self.account_record(&issuer, &card.account_id).await?;
        self.check_pod(&issuer, &account, pod)?;
        Ok((card, account.pod))
    }

    async fn account_record(
        &self,
        issuer: &str,
        id: &str,
    ) -> Result<WalletAccountRecord, WalletError> {
        self.store
            .wallet_get(issuer, WalletKey::Account(id))
            .await?
            .ok_or_else(|| WalletError::UnknownWalletCardAccount(id.to_string()))
    }

    /// With the tenant's `strictPods` on, a request naming another pod than the account's is
    /// refused.
    fn check_pod(
        &self,
        issuer: &str,
        account: &WalletAccountRecord,
        pod: Option<&str>,
    ) -> Result<(), WalletError> {
        let Some(sent) = pod else { return Ok(()) };
        if sent == account.pod || !self.owner(issuer)?.settings.strict_pods {
            return Ok(());
        }
        Err(WalletError::WrongPod {
            account: account.id.clone(),
            pod: account.pod.clone(),
            sent: sent.to_string(),
        })
    }

    /// A wallet card account and its state (getCardAccountStatus).
    pub async fn account(
        &self,
        id: &str,
        pod: Option<&str>,
    ) -> Result<(WalletAccountRecord, WalletCardState), WalletError> {
        let missing = || WalletError::UnknownWalletCardAccount(id.to_string());
        let issuer = self.issuer_of(id, missing())?;
        let account = self.account_record(&issuer, id).await?;
        self.check_pod(&issuer, &account, pod)?;
        let mut cards = Vec::new();
        for card_id in &account.wallet_card_ids {
            if let Some(card) = self
                .store
                .wallet_get(&issuer, WalletKey::Card(card_id))
                .await?
            {
                cards.push(card);
            }
        }
        Ok((account.clone(), account_state(&cards)))
    }

    /// getCardCommands: the wallet card's pending tasks, oldest first. `seId` is required the
    /// first time and may not change.
    pub async fn commands(
        &self,
        id: &str,
        se_id: Option<&str>,
        pod: Option<&str>,
    ) -> Result<(Vec<WalletTask>, String), WalletError> {
        let (card, pod_name) = self.card(id, pod).await?;
        let pending = |c: &WalletCardRecord| -> Vec<WalletTask> {
            c.tasks
                .iter()
                .filter(|t| t.state == WalletTaskState::Pending)
                .cloned()
                .collect()
        };
        match (&card.se_id, se_id) {
            (Some(known), Some(sent)) if !known.eq_ignore_ascii_case(sent) => {
                Err(WalletError::SeIdMismatch(id.to_string()))
            }
            (Some(_), _) => Ok((pending(&card), pod_name)),
            (None, None) => Err(WalletError::SeIdRequired(id.to_string())),
            (None, Some(sent)) => {
                let updated = self
                    .store
                    .change_wallets(&card.issuer_id, |tx| {
                        let mut c = refuse!(tx_card(tx, id)?);
                        match &c.se_id {
                            Some(k) if !k.eq_ignore_ascii_case(sent) => {
                                return Ok(Err(WalletError::SeIdMismatch(id.to_string())));
                            }
                            Some(_) => {}
                            None => {
                                c.se_id = Some(sent.to_string());
                                tx.put(WalletKey::Card(id), &c)?;
                            }
                        }
                        Ok(Ok(c))
                    })
                    .await??;
                Ok((pending(&updated), pod_name))
            }
        }
    }

    /// Applies a callback to a task: `apply_to` decides from the card and the task.
    async fn callback(
        &self,
        task_id: &str,
        expected: &'static str,
        pod: Option<&str>,
        decide: impl Fn(&mut WalletCardRecord, usize) -> Result<(), WalletError>,
        now: DateTime<Utc>,
    ) -> Result<(WalletCardRecord, String), WalletError> {
        let missing = || WalletError::UnknownTask(task_id.to_string());
        let issuer = self.issuer_of(task_id, missing())?;
        let card_id: String = self
            .store
            .wallet_get(&issuer, WalletKey::Task(task_id))
            .await?
            .ok_or_else(missing)?;
        let (_, pod_name) = self.card(&card_id, pod).await?;
        let changed = self
            .store
            .change_wallets(&issuer, |tx| {
                let Some(card_id) = tx.get::<String>(WalletKey::Task(task_id))? else {
                    return Ok(Err(missing()));
                };
                let mut card = refuse!(tx_card(tx, &card_id)?);
                let Some(at) = card.tasks.iter().position(|t| t.id == task_id) else {
                    return Ok(Err(missing()));
                };
                let task = &card.tasks[at];
                if task.command != expected {
                    return Ok(Err(WalletError::TaskType {
                        task: task_id.to_string(),
                        command: task.command.clone(),
                        expected,
                    }));
                }
                match task.state {
                    WalletTaskState::Pending => {}
                    WalletTaskState::Done => {
                        return Ok(Err(WalletError::TaskDone(task_id.to_string(), "completed")));
                    }
                    WalletTaskState::Failed => {
                        return Ok(Err(WalletError::TaskDone(task_id.to_string(), "failed")));
                    }
                }
                let first = card
                    .tasks
                    .iter()
                    .find(|t| t.state == WalletTaskState::Pending)
                    .map(|t| t.id.clone())
                    .unwrap_or_default();
                if first != task_id {
                    return Ok(Err(WalletError::TaskNotNext {
                        task: task_id.to_string(),
                        first,
                    }));
                }
                refuse!(decide(&mut card, at));
                settle_in(tx, &mut card, now)?;
                tx.put(WalletKey::Card(&card.id), &card)?;
                Ok(Ok(card))
            })
            .await??;
        Ok((changed, pod_name))
    }

    /// sendScriptCallback: the script was applied; the wallet card is `ACTIVE`, and D1 tells
    /// the issuer: DIGITIZE SUCCESSFUL.
    pub async fn script_applied(
        &self,
        cards: &Cards,
        deliveries: &Deliveries,
        task_id: &str,
        pod: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(WalletCardRecord, String), WalletError> {
        let (card, pod_name) = self
            .callback(
                task_id,
                "SEND_SCRIPT",
                pod,
                |card, at| {
                    apply(card, WalletEvent::ScriptApplied, now)?;
                    let task = &mut card.tasks[at];
                    task.state = WalletTaskState::Done;
                    task.finished_at = Some(now);
                    task.status_code = Some(0);
                    Ok(())
                },
                now,
            )
            .await?;
        let tenant = self.owner(&card.issuer_id)?;
        self.tell_issuer(
            cards,
            deliveries,
            &tenant,
            &card,
            OperationStatus::Successful,
            now,
        )
        .await;
        Ok((card, pod_name))
    }

    /// updateCardCallback: 0 applies the update, 911 fails the task (the state stays), 921
    /// leaves it pending (listed again).
    pub async fn update_applied(
        &self,
        task_id: &str,
        status_code: i64,
        pod: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(WalletCardRecord, String), WalletError> {
        self.callback(
            task_id,
            "UPDATE_CARD",
            pod,
            |card, at| {
                let event = task_event(&card.tasks[at])
                    .ok_or_else(|| WalletError::UnknownTask(card.tasks[at].id.clone()))?;
                let status = i32::try_from(status_code).unwrap_or(i32::MAX);
                match status_code {
                    0 => {
                        apply(card, event, now)?;
                        let task = &mut card.tasks[at];
                        task.state = WalletTaskState::Done;
                        task.finished_at = Some(now);
                        task.status_code = Some(status);
                    }
                    911 => {
                        let task = &mut card.tasks[at];
                        task.state = WalletTaskState::Failed;
                        task.finished_at = Some(now);
                        task.status_code = Some(status);
                    }
                    _ => card.tasks[at].status_code = Some(status),
                }
                Ok(())
            },
            now,
        )
        .await
    }

    /// manageCard: PARK an already provisioned card, DELETE a provisioning that failed or did
    /// not finish (then D1 tells the issuer: DIGITIZE FAILED).
    #[allow(clippy::too_many_arguments)]
    pub async fn manage(
        &self,
        cards: &Cards,
        deliveries: &Deliveries,
        issuer_id: &str,
        wallet_card_id: &str,
        event: WalletEvent,
        pod: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(WalletCardRecord, String), WalletError> {
        let missing = || WalletError::UnknownWalletCard(wallet_card_id.to_string());
        // Another issuer's wallet card is not told apart from an unknown one.
        if self.issuer_of(wallet_card_id, missing())? != issuer_id {
            return Err(missing());
        }
        let (_, pod_name) = self.card(wallet_card_id, pod).await?;
        let card = self
            .store
            .change_wallets(issuer_id, |tx| {
                let mut card = refuse!(tx_card(tx, wallet_card_id)?);
                refuse!(apply(&mut card, event, now));
                settle_in(tx, &mut card, now)?;
                tx.put(WalletKey::Card(wallet_card_id), &card)?;
                Ok(Ok(card))
            })
            .await??;
        if event == WalletEvent::WalletDelete {
            let tenant = self.owner(issuer_id)?;
            self.tell_issuer(
                cards,
                deliveries,
                &tenant,
                &card,
                OperationStatus::Failed,
                now,
            )
            .await;
        }
        Ok((card, pod_name))
    }

    /// The issuer's card changed state (admin API): each of its live wallet cards gets an
    /// `UPDATE_CARD` task, when the change is legal once its pending tasks are applied. The
    /// wallet cards given one.
    pub async fn issuer_card_changed(
        &self,
        issuer_id: &str,
        card_id: &str,
        state: CardState,
        now: DateTime<Utc>,
    ) -> Result<Vec<String>, WalletError> {
        let event = match state {
            CardState::Active => WalletEvent::IssuerResume,
            CardState::Deleted => WalletEvent::IssuerDelete,
            CardState::Suspended
            | CardState::Lost
            | CardState::Stolen
            | CardState::FraudSuspect => WalletEvent::IssuerSuspend,
        };
        let operation = event.update_operation().unwrap_or_default();
        let touched = self
            .store
            .change_wallets(issuer_id, |tx| {
                let accounts: Vec<(String, String)> = tx
                    .get(WalletKey::CardAccounts(card_id))?
                    .unwrap_or_default();
                let mut touched = Vec::new();
                for (_, account_id) in &accounts {
                    let Some(account) =
                        tx.get::<WalletAccountRecord>(WalletKey::Account(account_id))?
                    else {
                        continue;
                    };
                    for wallet_card_id in &account.wallet_card_ids {
                        let Some(mut card) =
                            tx.get::<WalletCardRecord>(WalletKey::Card(wallet_card_id))?
                        else {
                            continue;
                        };
                        if next(projected(&card), event).is_none() {
                            continue;
                        }
                        let pending = card
                            .tasks
                            .iter()
                            .filter(|t| t.state == WalletTaskState::Pending)
                            .count();
                        if pending >= MAX_PENDING_TASKS {
                            tracing::warn!(
                                wallet_card = %wallet_card_id,
                                "the wallet card has {MAX_PENDING_TASKS} pending tasks: this issuer change is not queued for it"
                            );
                            continue;
                        }
                        // A fresh id each run of the closure: only the last run is written.
                        let task_id = new_id("task_");
                        card.tasks.push(WalletTask {
                            id: task_id.clone(),
                            command: "UPDATE_CARD".into(),
                            operation: Some(operation.into()),
                            state: WalletTaskState::Pending,
                            created_at: now,
                            finished_at: None,
                            status_code: None,
                        });
                        tx.put(WalletKey::Card(wallet_card_id), &card)?;
                        tx.put(WalletKey::Task(&task_id), wallet_card_id)?;
                        touched.push(wallet_card_id.clone());
                    }
                }
                Ok(Ok::<_, WalletError>(touched))
            })
            .await??;
        Ok(touched)
    }
}

/// Refuses a card the issuer's rules do not accept, with the first reason's code.
fn eligible(v: &Verification) -> Result<(), WalletError> {
    let refuse = |code, why: &str| {
        Err(WalletError::NotEligible {
            code,
            why: why.into(),
        })
    };
    if v.invalid {
        return refuse(
            "CARD_INVALID",
            "the card is suspended, deleted or not accepted",
        );
    }
    if v.lost_or_stolen {
        return refuse("CARD_LOST_OR_STOLEN", "the card is reported lost or stolen");
    }
    if v.fraud_suspect {
        return refuse("CARD_FRAUD_SUSPECT", "the card is suspected of fraud");
    }
    if v.expired {
        return refuse(
            "CARD_EXPIRED",
            "the card is expired, or the expiry is not the card's",
        );
    }
    match v.security_code {
        Some((_, true)) => refuse(
            "CVV_ATTEMPTS_EXCEEDED",
            "too many wrong security codes: the issuer locked the check",
        ),
        Some((false, _)) => refuse("CVV_INVALID", "the security code is wrong"),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(state: WalletCardState, pending: &[(&str, Option<&str>)]) -> WalletCardRecord {
        let at = DateTime::<Utc>::from_timestamp(0, 0).unwrap();
        WalletCardRecord {
            id: "wc".into(),
            account_id: "a".into(),
            issuer_id: "ISS".into(),
            card_id: "c".into(),
            wallet_account_id: "w".into(),
            state,
            se_id: None,
            digitize_operation_id: "op".into(),
            remote_issuer: false,
            created_at: at,
            tasks: pending
                .iter()
                .enumerate()
                .map(|(i, (command, operation))| WalletTask {
                    id: format!("t{i}"),
                    command: command.to_string(),
                    operation: operation.map(str::to_string),
                    state: WalletTaskState::Pending,
                    created_at: at,
                    finished_at: None,
                    status_code: None,
                })
                .collect(),
            history: Vec::new(),
        }
    }

    #[test]
    fn pending_tasks_project_the_state_in_order() {
        let c = card(
            WalletCardState::Created,
            &[("SEND_SCRIPT", None), ("UPDATE_CARD", Some("SUSPEND"))],
        );
        assert_eq!(projected(&c), WalletCardState::SuspendedIssuer);
        assert_eq!(
            projected(&card(WalletCardState::Active, &[])),
            WalletCardState::Active
        );
    }

    /// A SUSPEND that failed (911) leaves the card ACTIVE, where the RESUME queued after it no
    /// longer applies: it is cancelled, not left pending for ever.
    #[test]
    fn a_task_made_moot_by_a_failure_is_cancelled() {
        let mut c = card(
            WalletCardState::Active,
            &[
                ("UPDATE_CARD", Some("SUSPEND")),
                ("UPDATE_CARD", Some("RESUME")),
            ],
        );
        c.tasks[0].state = WalletTaskState::Failed;
        settle(&mut c, Utc::now());
        assert_eq!(c.tasks[1].state, WalletTaskState::Failed);
        assert!(c.tasks[1].finished_at.is_some());
    }

    #[test]
    fn settling_keeps_pending_tasks_and_trims_done_ones_and_history() {
        let mut c = card(WalletCardState::Active, &[]);
        let at = Utc::now();
        for i in 0..(KEPT_DONE_TASKS + 10) {
            c.tasks.push(WalletTask {
                id: format!("done{i}"),
                command: "UPDATE_CARD".into(),
                operation: Some("SUSPEND".into()),
                state: WalletTaskState::Done,
                created_at: at,
                finished_at: Some(at),
                status_code: Some(0),
            });
            c.history.push(WalletCardChange {
                at,
                event: "PARK".into(),
                from: None,
                to: WalletCardState::Active,
            });
        }
        for _ in 0..KEPT_HISTORY {
            c.history.push(c.history[0].clone());
        }
        c.tasks.push(WalletTask {
            id: "live".into(),
            command: "UPDATE_CARD".into(),
            operation: Some("SUSPEND".into()),
            state: WalletTaskState::Pending,
            created_at: at,
            finished_at: None,
            status_code: None,
        });
        settle(&mut c, at);
        assert_eq!(c.tasks.len(), KEPT_DONE_TASKS + 1);
        assert_eq!(c.tasks.last().unwrap().id, "live");
        assert_eq!(c.tasks.last().unwrap().state, WalletTaskState::Pending);
        assert_eq!(c.history.len(), KEPT_HISTORY);
    }

    #[test]
    fn an_account_shows_its_liveliest_card() {
        let states = |s: &[WalletCardState]| -> Vec<WalletCardRecord> {
            s.iter().map(|s| card(*s, &[])).collect()
        };
        use WalletCardState::*;
        assert_eq!(account_state(&states(&[Deleted, Active])), Active);
        assert_eq!(
            account_state(&states(&[Created, SuspendedWallet])),
            SuspendedWallet
        );
        assert_eq!(account_state(&states(&[Deleted])), Deleted);
        assert_eq!(account_state(&[]), Deleted);
    }

    /// Every refusal's code is listed in the TSH document's description.
    #[test]
    fn the_document_lists_every_code() {
        let s = || String::new();
        let all = [
            WalletError::UnknownIssuer(s()),
            WalletError::Descriptor(s()),
            WalletError::CardData(s()),
            WalletError::UnknownCardAccount(s()),
            WalletError::UnknownAsset(s()),
            WalletError::LastDigits,
            WalletError::OtpInvalid,
            WalletError::OtpExpired,
            WalletError::UnknownWalletCard(s()),
            WalletError::UnknownWalletCardAccount(s()),
            WalletError::UnknownTask(s()),
            WalletError::TaskDone(s(), "completed"),
            WalletError::TaskType {
                task: s(),
                command: s(),
                expected: "SEND_SCRIPT",
            },
            WalletError::TaskNotNext {
                task: s(),
                first: s(),
            },
            WalletError::SeIdRequired(s()),
            WalletError::SeIdMismatch(s()),
            WalletError::Transition {
                event: "PARK",
                state: "CREATED",
            },
            WalletError::WrongPod {
                account: s(),
                pod: s(),
                sent: s(),
            },
            WalletError::IssuerUnavailable(s()),
            WalletError::Limit(s()),
        ];
        let document = include_str!("../../../openapi/tsh-provisioning.yaml");
        let mut codes: Vec<&str> = all.iter().map(WalletError::code).collect();
        codes.extend([
            "CARD_INVALID",
            "CARD_LOST_OR_STOLEN",
            "CARD_FRAUD_SUSPECT",
            "CARD_EXPIRED",
            "CVV_INVALID",
            "CVV_ATTEMPTS_EXCEEDED",
        ]);
        for code in codes {
            assert!(
                document.contains(&format!("`{code}`")),
                "{code} is not in the document"
            );
        }
    }

    #[test]
    fn eligibility_names_the_first_reason() {
        let v = |f: &dyn Fn(&mut Verification)| {
            let mut v = Verification {
                card_id: "c".into(),
                consumer_id: Some("x".into()),
                invalid: false,
                expired: false,
                lost_or_stolen: false,
                fraud_suspect: false,
                security_code: None,
            };
            f(&mut v);
            eligible(&v).err().map(|e| e.code())
        };
        assert_eq!(v(&|_| {}), None);
        assert_eq!(v(&|v| v.invalid = true), Some("CARD_INVALID"));
        assert_eq!(v(&|v| v.lost_or_stolen = true), Some("CARD_LOST_OR_STOLEN"));
        assert_eq!(v(&|v| v.fraud_suspect = true), Some("CARD_FRAUD_SUSPECT"));
        assert_eq!(v(&|v| v.expired = true), Some("CARD_EXPIRED"));
        assert_eq!(
            v(&|v| v.security_code = Some((false, false))),
            Some("CVV_INVALID")
        );
        assert_eq!(
            v(&|v| v.security_code = Some((false, true))),
            Some("CVV_ATTEMPTS_EXCEEDED")
        );
    }
}
