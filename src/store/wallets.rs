//! The TSH's wallet world as the handle speaks of it: which record ([`WalletKey`], plain data)
//! and a change of one issuer's wallet world as a read-decide-write ([`WalletChanges`]).
//!
//! Invariant: a change is decided by a closure that reads through a [`WalletChanges`] and
//! writes into it; nothing reaches the engine until the closure returns. The engine then
//! applies the buffered writes atomically, and only if every record the closure read is still
//! as it read it; otherwise the closure runs again on the newer records. So the closure must
//! have no side effects, and the engine needs no transaction type of its own to offer: any
//! backend that can "write these records if those still hold these bytes" runs it.

use std::cell::RefCell;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::Result;
use super::sealing::WALLETS;

/// A record of one issuer's wallet world. Plain data (which record), not an engine type: each
/// backend maps it to its own keys.
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

/// The kinds of wallet-world record [`super::Store::wallet_list`] lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WalletKind {
    /// Wallet cards.
    Cards,
    /// Wallet card accounts.
    Accounts,
    /// Assets.
    Assets,
    /// On-file accounts.
    OnFile,
}

/// The kinds of [`WalletKey`], without the id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Card,
    Account,
    Task,
    Asset,
    OnFile,
    Otp,
    Assets,
    CardAccounts,
}

/// A [`WalletKey`] that owns its id, as a change set holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::store) struct WalletSlot {
    kind: Kind,
    id: String,
}

impl WalletSlot {
    /// The key it stands for.
    pub(in crate::store) fn key(&self) -> WalletKey<'_> {
        let id = self.id.as_str();
        match self.kind {
            Kind::Card => WalletKey::Card(id),
            Kind::Account => WalletKey::Account(id),
            Kind::Task => WalletKey::Task(id),
            Kind::Asset => WalletKey::Asset(id),
            Kind::OnFile => WalletKey::OnFile(id),
            Kind::Otp => WalletKey::Otp(id),
            Kind::Assets => WalletKey::Assets,
            Kind::CardAccounts => WalletKey::CardAccounts(id),
        }
    }
}

impl From<WalletKey<'_>> for WalletSlot {
    fn from(key: WalletKey<'_>) -> Self {
        let (kind, id) = match key {
            WalletKey::Card(id) => (Kind::Card, id),
            WalletKey::Account(id) => (Kind::Account, id),
            WalletKey::Task(id) => (Kind::Task, id),
            WalletKey::Asset(id) => (Kind::Asset, id),
            WalletKey::OnFile(id) => (Kind::OnFile, id),
            WalletKey::Otp(id) => (Kind::Otp, id),
            WalletKey::Assets => (Kind::Assets, ""),
            WalletKey::CardAccounts(id) => (Kind::CardAccounts, id),
        };
        WalletSlot {
            kind,
            id: id.to_string(),
        }
    }
}

/// What a change read (each record once, as first read: `None` when absent) and what it
/// writes (`None` removes), in order; the engine applies the writes only if the reads hold.
#[derive(Debug, Default)]
pub(in crate::store) struct WalletChangeSet {
    /// The records read, with the bytes read.
    pub(in crate::store) reads: Vec<(WalletSlot, Option<Vec<u8>>)>,
    /// The records to write (the last write of a record wins), `None` to remove.
    pub(in crate::store) writes: Vec<(WalletSlot, Option<Vec<u8>>)>,
}

/// One issuer's wallet world while a change is decided: reads see the stored records (and the
/// change's own writes); writes are kept until the change is applied.
pub struct WalletChanges<'a> {
    read: &'a (dyn Fn(WalletKey<'_>) -> Result<Option<Vec<u8>>> + Sync),
    set: RefCell<WalletChangeSet>,
}

impl<'a> WalletChanges<'a> {
    /// A change reading stored records with `read`.
    pub(in crate::store) fn new(
        read: &'a (dyn Fn(WalletKey<'_>) -> Result<Option<Vec<u8>>> + Sync),
    ) -> Self {
        WalletChanges {
            read,
            set: RefCell::default(),
        }
    }

    /// What the change read and writes.
    pub(in crate::store) fn into_set(self) -> WalletChangeSet {
        self.set.into_inner()
    }

    /// A record, if there is one (this change's own write, if it made one).
    pub fn get<R: DeserializeOwned>(&self, key: WalletKey) -> Result<Option<R>> {
        let slot = WalletSlot::from(key);
        let bytes = {
            let set = self.set.borrow();
            let written = set.writes.iter().rev().find(|(s, _)| *s == slot);
            let read = set.reads.iter().find(|(s, _)| *s == slot);
            written.or(read).map(|(_, bytes)| bytes.clone())
        };
        let bytes = match bytes {
            Some(bytes) => bytes,
            None => {
                let bytes = (self.read)(key)?;
                self.set.borrow_mut().reads.push((slot, bytes.clone()));
                bytes
            }
        };
        bytes.map(|b| WALLETS.decode(&b)).transpose()
    }

    /// Writes a record.
    pub fn put<R: Serialize>(&self, key: WalletKey, value: &R) -> Result<()> {
        let bytes = WALLETS.encode(value);
        self.set
            .borrow_mut()
            .writes
            .push((WalletSlot::from(key), Some(bytes)));
        Ok(())
    }

    /// Removes a record.
    pub fn remove(&self, key: WalletKey) -> Result<()> {
        self.set
            .borrow_mut()
            .writes
            .push((WalletSlot::from(key), None));
        Ok(())
    }
}
