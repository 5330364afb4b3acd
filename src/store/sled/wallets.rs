//! The TSH's wallet world (`wallets` tree), one issuer's records under `<issuerId>/`:
//! wallet cards `c/<walletCardId>`, wallet card accounts `a/<id>`, tasks `t/<taskId>` (the
//! wallet card holding it), assets `g/<guid>`, on-file accounts `f/<id>`, one-time passwords
//! `o/<SHA-256 hex>`, the issuer's asset choice `s`, and a card's accounts `x/<cardId>`
//! (pairs of wallet account and wallet card account). Ids the wallet sends without an issuer
//! (a wallet card, a task, a GUID) find it through `id/<id>` → issuer id, written with the
//! record. One tree, so that any change of the wallet world is one sled transaction: the handle's
//! change set (`super::super::wallets`), applied if what it read still holds.

use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::super::Result;
use super::super::wallets::{WalletChangeSet, WalletKey};
use super::SledStore;

/// The key of a record of `issuer`'s wallet world.
fn path(key: WalletKey<'_>, issuer: &str) -> String {
    match key {
        WalletKey::Card(id) => format!("{issuer}/c/{id}"),
        WalletKey::Account(id) => format!("{issuer}/a/{id}"),
        WalletKey::Task(id) => format!("{issuer}/t/{id}"),
        WalletKey::Asset(id) => format!("{issuer}/g/{id}"),
        WalletKey::OnFile(id) => format!("{issuer}/f/{id}"),
        WalletKey::Otp(digest) => format!("{issuer}/o/{digest}"),
        WalletKey::Assets => format!("{issuer}/s"),
        WalletKey::CardAccounts(card) => format!("{issuer}/x/{card}"),
    }
}

/// The global id the wallet may send alone, for the kinds it names.
fn global_id(key: WalletKey<'_>) -> Option<&str> {
    match key {
        WalletKey::Card(id)
        | WalletKey::Account(id)
        | WalletKey::Task(id)
        | WalletKey::Asset(id)
        | WalletKey::OnFile(id) => Some(id),
        _ => None,
    }
}

/// The kinds of key under an issuer whose last segment is a global id.
const GLOBAL_KINDS: [&str; 5] = ["c", "a", "t", "g", "f"];

fn id_key(id: &str) -> String {
    format!("id/{id}")
}

impl SledStore {
    /// The issuer whose wallet world holds `id` (a wallet card, account, task, GUID or on-file
    /// account).
    pub(in crate::store) fn wallet_issuer(&self, id: &str) -> Result<Option<String>> {
        Ok(self
            .wallets
            .get(id_key(id).as_bytes())?
            .map(|v| String::from_utf8_lossy(&v).into_owned()))
    }

    /// A record of an issuer's wallet world, as stored.
    pub(in crate::store) fn wallet_get(
        &self,
        issuer: &str,
        key: WalletKey<'_>,
    ) -> Result<Option<Vec<u8>>> {
        Ok(self
            .wallets
            .get(path(key, issuer).as_bytes())?
            .map(|v| v.to_vec()))
    }

    /// Every record of one kind (`c`, `a`, `g`, `f`) of an issuer's wallet world, as stored,
    /// in key order.
    pub(in crate::store) fn wallet_list(&self, issuer: &str, kind: &str) -> Result<Vec<Vec<u8>>> {
        self.wallets
            .scan_prefix(format!("{issuer}/{kind}/").as_bytes())
            .map(|kv| Ok(kv?.1.to_vec()))
            .collect()
    }

    /// Applies a change of an issuer's wallet world in one transaction, if every record it read
    /// is still as read: whether it was applied (`false`: a concurrent writer changed one, and
    /// nothing was written). A write of a record that has a global id writes (or removes) its
    /// `id/` entry with it. Not durable by itself: the handle flushes.
    pub(in crate::store) async fn wallet_apply(
        &self,
        issuer: &str,
        change: &WalletChangeSet,
    ) -> Result<bool> {
        let outcome: std::result::Result<(), TransactionError<()>> = self
            .transact(|| {
                self.wallets.transaction(|tree| {
                    for (slot, read) in &change.reads {
                        let now = tree.get(path(slot.key(), issuer).as_bytes())?;
                        if now.as_deref() != read.as_deref() {
                            return Err(ConflictableTransactionError::Abort(()));
                        }
                    }
                    for (slot, value) in &change.writes {
                        let key = slot.key();
                        let at = path(key, issuer);
                        match value {
                            Some(bytes) => {
                                tree.insert(at.as_bytes(), bytes.as_slice())?;
                                if let Some(id) = global_id(key) {
                                    tree.insert(id_key(id).as_bytes(), issuer.as_bytes())?;
                                }
                            }
                            None => {
                                tree.remove(at.as_bytes())?;
                                if let Some(id) = global_id(key) {
                                    tree.remove(id_key(id).as_bytes())?;
                                }
                            }
                        }
                    }
                    Ok(())
                })
            })
            .await;
        match outcome {
            Ok(()) => Ok(true),
            Err(TransactionError::Abort(())) => Ok(false),
            Err(TransactionError::Storage(e)) => Err(e.into()),
        }
    }

    /// Removes the wallet worlds of `issuers`, in one transaction; durable on return.
    pub(in crate::store) async fn delete_wallets_of(&self, issuers: &[String]) -> Result<()> {
        let mut doomed = Vec::new();
        for issuer in issuers {
            for kv in self.wallets.scan_prefix(format!("{issuer}/").as_bytes()) {
                let key = kv?.0;
                let text = String::from_utf8_lossy(&key).into_owned();
                let mut parts = text.splitn(3, '/');
                let (_, kind, id) = (parts.next(), parts.next(), parts.next());
                if let (Some(kind), Some(id)) = (kind, id)
                    && GLOBAL_KINDS.contains(&kind)
                {
                    doomed.push(id_key(id).into_bytes());
                }
                doomed.push(key.to_vec());
            }
        }
        if doomed.is_empty() {
            return self.flush().await;
        }
        let outcome: std::result::Result<(), TransactionError<()>> = self
            .transact(|| {
                self.wallets.transaction(|tree| {
                    for key in &doomed {
                        tree.remove(key.as_slice())?;
                    }
                    Ok(())
                })
            })
            .await;
        match outcome {
            Ok(()) | Err(TransactionError::Abort(())) => {}
            Err(TransactionError::Storage(e)) => return Err(e.into()),
        }
        self.flush().await
    }
}
