//! The TSH: wallet cards on the card registry. A wallet server checks an issuer's card
//! (`checkCardAccount`), fetches its assets, provisions it into a wallet account, and follows
//! the commands TSH queues for each wallet card (`SEND_SCRIPT` at provisioning, `UPDATE_CARD`
//! when the issuer's card changes) with their callbacks; `manageCard` parks or deletes.
//!
//! Invariants: a wallet card's state changes only through [`machine::next`] (or an admin's
//! forced state, recorded as such); its pending tasks are legal in order from its state (a
//! task made illegal by a failed one is cancelled at once); every change of an issuer's
//! wallet world is one [`Store::change_wallets`] (a read-decide-write the store applies
//! atomically, re-running the decision if what it read changed: decisions have no side
//! effects). The card data a descriptor carries is decrypted to find the card and never kept.
//!
//! Files: `errors` (the refusals and their codes), `eligibility` (checkCardAccount, assets),
//! `provisioning` (provisionCard, what D1 tells the issuer), `commands` (what a wallet reads),
//! `callbacks` (the wallet's answers, manageCard), `issuer` (the issuer's card changed),
//! `admin` (the admin API's side), `machine` (the state table).

mod admin;
mod callbacks;
mod commands;
mod eligibility;
mod errors;
mod issuer;
pub mod machine;
mod provisioning;
#[cfg(test)]
mod tests;

pub use self::eligibility::{Descriptor, Eligible, Source};
pub use self::errors::WalletError;
use self::provisioning::Remote;
pub use self::provisioning::{Provisioned, RemoteIssuer};

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

    /// A wallet-world record found by its id alone, with the issuer holding it; `missing(id)`
    /// when either is unknown.
    async fn find<R: serde::de::DeserializeOwned>(
        &self,
        id: &str,
        key: WalletKey<'_>,
        missing: fn(String) -> WalletError,
    ) -> Result<(String, R), WalletError> {
        let issuer = self.issuer_of(id, missing(id.to_string()))?;
        let record = self.store.wallet_get(&issuer, key).await?;
        Ok((issuer, record.ok_or_else(|| missing(id.to_string()))?))
    }

    /// Stores one new record of an issuer's wallet world, in a transaction of its own.
    async fn put_one<R: serde::Serialize>(
        &self,
        issuer_id: &str,
        key: WalletKey<'_>,
        record: &R,
    ) -> Result<(), WalletError> {
        self.store
            .change_wallets(issuer_id, |tx| {
                tx.put(key, record)?;
                Ok(Ok::<_, WalletError>(()))
            })
            .await?
    }
}
