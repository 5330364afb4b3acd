//! The TSH's wallet world (`wallets` tree), one issuer's records under `<issuerId>/`:
//! wallet cards `c/<walletCardId>`, wallet card accounts `a/<id>`, tasks `t/<taskId>` (the
//! wallet card holding it), assets `g/<guid>`, on-file accounts `f/<id>`, one-time passwords
//! `o/<SHA-256 hex>`, the issuer's asset choice `s`, and a card's accounts `x/<cardId>`
//! (pairs of wallet account and wallet card account). Ids the wallet sends without an issuer
//! (a wallet card, a task, a GUID) find it through `id/<id>` → issuer id, written with the
//! record. One tree, so that any change of the wallet world is one sled transaction.

use serde::Serialize;
use serde::de::DeserializeOwned;
use sled::transaction::{
    ConflictableTransactionError, TransactionError, TransactionalTree, UnabortableTransactionError,
};

use super::super::{Result, StoreError};
use super::{SledStore, WALLETS, decode, encode};

/// A record of one issuer's wallet world.
#[derive(Debug, Clone, Copy)]
pub enum WalletKey<'a> {
    /// A wallet card, by `walletCardId`.
    Card(&'a str),
    /// A wallet card account, by `walletCardAccountId`.
    Account(&'a str),
    /// The wallet card holding a task, by task id.
    Task(&'a str),
    /// An asset, by GUID.
    Asset(&'a str),
    /// An on-file account, by id.
    OnFile(&'a str),
    /// A one-time password, by its SHA-256 (hex).
    Otp(&'a str),
    /// The issuer's asset choice.
    Assets,
    /// A card's wallet card accounts, by card id.
    CardAccounts(&'a str),
}

impl WalletKey<'_> {
    fn path(&self, issuer: &str) -> String {
        match self {
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
    fn global_id(&self) -> Option<&str> {
        match self {
            WalletKey::Card(id)
            | WalletKey::Account(id)
            | WalletKey::Task(id)
            | WalletKey::Asset(id)
            | WalletKey::OnFile(id) => Some(id),
            _ => None,
        }
    }
}

/// The kinds of key under an issuer whose last segment is a global id.
const GLOBAL_KINDS: [&str; 5] = ["c", "a", "t", "g", "f"];

fn id_key(id: &str) -> String {
    format!("id/{id}")
}

/// Why a wallet transaction's closure stopped: a conflict to retry, or a record that cannot be
/// read. Made by [`WalletTx`]'s methods; the closure passes it on with `?`.
#[derive(Debug)]
pub struct TxError(TxStop);

#[derive(Debug)]
enum TxStop {
    Sled(UnabortableTransactionError),
    Corrupt(StoreError),
}

impl From<UnabortableTransactionError> for TxError {
    fn from(e: UnabortableTransactionError) -> Self {
        TxError(TxStop::Sled(e))
    }
}

/// One issuer's wallet world inside a transaction.
pub struct WalletTx<'a> {
    tree: &'a TransactionalTree,
    issuer: &'a str,
}

impl WalletTx<'_> {
    /// A record, if there is one.
    pub fn get<R: DeserializeOwned>(
        &self,
        key: WalletKey,
    ) -> std::result::Result<Option<R>, TxError> {
        match self.tree.get(key.path(self.issuer).as_bytes())? {
            Some(v) => decode(WALLETS, &v)
                .map(Some)
                .map_err(|e| TxError(TxStop::Corrupt(e))),
            None => Ok(None),
        }
    }

    /// Writes a record (and the global id's entry, for the kinds that have one).
    pub fn put<R: Serialize>(&self, key: WalletKey, value: &R) -> std::result::Result<(), TxError> {
        self.tree
            .insert(key.path(self.issuer).as_bytes(), encode(value))?;
        if let Some(id) = key.global_id() {
            self.tree
                .insert(id_key(id).as_bytes(), self.issuer.as_bytes())?;
        }
        Ok(())
    }

    /// Removes a record (and its global id's entry).
    pub fn remove(&self, key: WalletKey) -> std::result::Result<(), TxError> {
        self.tree.remove(key.path(self.issuer).as_bytes())?;
        if let Some(id) = key.global_id() {
            self.tree.remove(id_key(id).as_bytes())?;
        }
        Ok(())
    }
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

    /// A record of an issuer's wallet world.
    pub(in crate::store) fn wallet_get<R: DeserializeOwned>(
        &self,
        issuer: &str,
        key: WalletKey<'_>,
    ) -> Result<Option<R>> {
        self.wallets
            .get(key.path(issuer).as_bytes())?
            .map(|v| decode(WALLETS, &v))
            .transpose()
    }

    /// Every record of one kind (`c`, `a`, `g`, `f`) of an issuer's wallet world, in key order.
    pub(in crate::store) fn wallet_list<R: DeserializeOwned>(
        &self,
        issuer: &str,
        kind: &str,
    ) -> Result<Vec<R>> {
        self.wallets
            .scan_prefix(format!("{issuer}/{kind}/").as_bytes())
            .map(|kv| decode(WALLETS, &kv?.1))
            .collect()
    }

    /// Runs `change` on an issuer's wallet world as one transaction (again if a concurrent
    /// writer got there first); durable on return, refusals included.
    pub(in crate::store) async fn change_wallets<T, E>(
        &self,
        issuer: &str,
        change: impl Fn(&WalletTx) -> std::result::Result<std::result::Result<T, E>, TxError>,
    ) -> Result<std::result::Result<T, E>> {
        let outcome = self
            .transact(|| {
                self.wallets.transaction(|tree| {
                    let tx = WalletTx { tree, issuer };
                    match change(&tx) {
                        Ok(Ok(done)) => Ok(done),
                        // A refusal writes nothing: abort, so that no write of the closure stays.
                        Ok(Err(refused)) => Err(ConflictableTransactionError::Abort(Ok(refused))),
                        Err(TxError(TxStop::Sled(e))) => Err(e.into()),
                        Err(TxError(TxStop::Corrupt(e))) => {
                            Err(ConflictableTransactionError::Abort(Err(e)))
                        }
                    }
                })
            })
            .await;
        self.flush().await?;
        match outcome {
            Ok(done) => Ok(Ok(done)),
            Err(TransactionError::Abort(Ok(refused))) => Ok(Err(refused)),
            Err(TransactionError::Abort(Err(corrupt))) => Err(corrupt),
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
