//! The sled backend of the store: the only code that names a sled type.
//!
//! It does not decide what is sealed: it names the record families' trees after the families
//! of `super::sealing`, encodes a plain family's records with that family and a sealed one's
//! with the `Sealer` the handle gave it ([`SledDb::into_store`]), and keeps the seal check
//! value in `meta` for the handle without reading it.
//!
//! # Layout
//!
//! One sled database per data directory (`<data-dir>/store`), opened once per process. Trees:
//!
//! | tree | key | value |
//! |---|---|---|
//! | `meta` | `schema_version` | `u32`, big-endian |
//! | `meta` | `seal_check` | a known value, sealed: proves at open that the key file is this store's |
//! | `signing_keys` | key id (UTF-8) | the private JWK (JSON) of an ES256 token-signing key, sealed |
//! | `tenants` | tenant id (UTF-8) | `Tenant` as JSON, sealed: it holds the connecting party's control key |
//! | `tenant_index` | `client:<client_id>`, `apikey:<sha256 hex>`, `admin:<sha256 hex>`, `issuer:<issuerId>`, `mgw:<merchantGatewayId>` | tenant id (UTF-8) |
//! | `tokens` | `<tenant id>/<merchantId>/<tokenId>` | `TokenRecord` as JSON |
//! | `token_events` | `<tenant id>/<merchantId>/<hex of tokenId, or ->/<sequence, 20 digits>` | `TokenEvent` as JSON: each notification received |
//! | `enc_keys` | key id (UTF-8) | `EncryptionKeyRecord` as JSON, sealed: a private JWE decryption key |
//! | `secrets` | secret name (UTF-8): `card_fingerprint`, `cvv_digest` | raw key bytes, sealed |
//! | `cards` | `<issuerId>/<cardId>` | `CardRecord` as JSON (its operations counted, not held) |
//! | `operations` | `<issuerId>/<cardId>/<operationId>` | `OperationRecord` as JSON |
//! | `card_index` | `<issuerId>/<PAN fingerprint hex>` | card id (UTF-8) |
//! | `partners` | `<tenant id>/<role>` | `PartnerRecord` as JSON, sealed: a partner's description holds its secrets |
//! | `outbox` | message id (20 digits) | `MessageRecord` as JSON, sealed: a message owed to a partner |
//! | `outbox_due` | `<due ms, 20 digits>/<message id>` | empty: the pending messages by due time |
//! | `attempts` | `<message id>/<attempt number, 10 digits>` | `AttemptRecord` as JSON |
//! | `verification` | `session/<SHA-256 hex of the access token>` | `ConsumerSession` as JSON |
//! | `verification` | `map/<tenant id>/<uniqueReferenceCardId>` | `CardMapping` as JSON |
//! | `verification` | `card/<tenant id>/<serverCardId>` | the `uniqueReferenceCardId` it maps (JSON) |
//! | `verification` | `txn/<tenant id>/<session token>` | `VerificationRecord` as JSON |
//! | `wallets` | `<issuerId>/<kind>/<id>`, `id/<id>` | the TSH's wallet cards, accounts, tasks, assets (see `wallets.rs`) |
//!
//! Values are JSON (`super::codec`; sealed ones are that JSON, sealed) so that a data directory
//! can be inspected with ordinary tools and a record can gain optional fields without a
//! migration; the schema version changes when a change is
//! not backward compatible, and a store written by another version is refused at open.
//!
//! # Durability
//!
//! sled makes a write durable only on `flush`; every write method flushes before it returns
//! (the contract of [`super::Store`]). Writes that touch several keys or trees are one sled
//! transaction.
//!
//! # Group commit, and a sled deadlock it avoids
//!
//! Flushes go through `SledStore::flush`, one at a time: a writer takes a ticket after its write,
//! and a flush that started after the ticket covers it, so many concurrent writers share one
//! fsync (group commit). Transactions take the same lock. This is not only for speed: in sled
//! 0.34 a flush holds the global concurrency-control read lock while it waits for the log to be
//! written, and a transaction waiting for that lock's write side blocks the very readers the
//! flush waits on — a deadlock seen under 64 concurrent writers to one card. With flushes and
//! transactions never overlapping (and sled's own background flusher off), it cannot form.
//!
//! Writes of a single key do not need a transaction: they are compare-and-swap loops, which use
//! only the read side of that lock, so they go on while a flush runs and the next flush covers
//! them. The common writes (a notification about one card, a token update) take this path.
//!
//! An answer that rests on stored data without writing any (a repeated notification, an
//! obsolete token update, a verification that changes nothing) also waits for a flush: the data
//! it read may be another request's write still waiting for its own. When nothing is pending the
//! flush returns without touching the disk.

mod cards;
mod operations;
mod outbox;
mod partners;
mod tokens;
mod verification;
mod wallets;

use std::collections::HashMap;
use std::path::Path;

use sled::Transactional;

use super::records::*;
use super::sealing::{self, Sealer};
use super::{Result, SCHEMA_VERSION, StoreError};

const META: &str = "meta";
// The index trees: the engine's own layout, keys to keys (no records, nothing secret).
const TENANT_INDEX: &str = "tenant_index";
const CARD_INDEX: &str = "card_index";
const OUTBOX_DUE: &str = "outbox_due";
const SCHEMA_VERSION_KEY: &[u8] = b"schema_version";
const SEAL_CHECK_KEY: &[u8] = b"seal_check";

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> Self {
        StoreError::Backend(Box::new(e))
    }
}

/// Serialises flushes and transactions (see "Group commit" above).
#[derive(Default)]
struct Commit {
    /// Held while flushing or running a transaction; holds the last ticket a flush covered.
    lock: tokio::sync::Mutex<u64>,
    /// Tickets handed out: one per write that asked to be made durable.
    tickets: std::sync::atomic::AtomicU64,
}

/// A cheap, clonable handle on the open store.
#[derive(Clone)]
pub(super) struct SledStore {
    db: sled::Db,
    commit: std::sync::Arc<Commit>,
    signing_keys: sled::Tree,
    /// The handle's sealer: the only way to a sealed family's bytes (`super::sealing`).
    seal: Sealer,
    tenants: sled::Tree,
    tenant_index: sled::Tree,
    tokens: sled::Tree,
    token_events: sled::Tree,
    enc_keys: sled::Tree,
    secrets: sled::Tree,
    cards: sled::Tree,
    card_index: sled::Tree,
    operations: sled::Tree,
    verification: sled::Tree,
    partners: sled::Tree,
    outbox: sled::Tree,
    outbox_due: sled::Tree,
    attempts: sled::Tree,
    wallets: sled::Tree,
    /// Tenants as last decoded, with the stored bytes they were decoded from.
    decoded_tenants: std::sync::Arc<std::sync::RwLock<HashMap<String, (sled::IVec, Tenant)>>>,
}

/// At most this many decoded tenants are kept (a sandbox has a handful).
const DECODED_TENANTS: usize = 1024;

impl std::fmt::Debug for SledStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SledStore").finish_non_exhaustive()
    }
}

/// The index keys of a tenant.
fn index_keys(t: &Tenant) -> Vec<String> {
    let mut keys = vec![
        format!("client:{}", t.client_id),
        format!("apikey:{}", t.api_key_sha256),
        format!("admin:{}", t.admin_key_sha256),
    ];
    keys.extend(t.issuer_ids.iter().map(|i| format!("issuer:{i}")));
    keys.extend(t.merchant_gateway_ids.iter().map(|m| format!("mgw:{m}")));
    keys
}

/// The keys of everything a tenant owns besides its record and index entries, per tree.
#[derive(Default)]
pub(super) struct TenantKeys {
    cards: Vec<sled::IVec>,
    card_index: Vec<sled::IVec>,
    operations: Vec<sled::IVec>,
    tokens: Vec<sled::IVec>,
    token_events: Vec<sled::IVec>,
    verification: Vec<sled::IVec>,
    partners: Vec<sled::IVec>,
}

impl TenantKeys {
    /// Removes the tenant's cards (with their index entries), operations, tokens (with their
    /// events) and verification records from those trees, given in that order, inside the
    /// caller's transaction: a reset and a tenant's removal both start with it.
    fn remove_cards_and_tokens<E>(
        &self,
        [
            cards,
            card_index,
            tokens,
            token_events,
            operations,
            verification,
        ]: [&sled::transaction::TransactionalTree; 6],
    ) -> std::result::Result<(), sled::transaction::ConflictableTransactionError<E>> {
        let removed = [
            (cards, &self.cards),
            (card_index, &self.card_index),
            (tokens, &self.tokens),
            (token_events, &self.token_events),
            (operations, &self.operations),
            (verification, &self.verification),
        ];
        for (tree, keys) in removed {
            for k in keys {
                tree.remove(k)?;
            }
        }
        Ok(())
    }
}

/// A sled database opened and its schema checked, not yet given the handle's sealer: what
/// [`super::Store::open`] asks for the seal check before it makes the sealer.
pub(super) struct SledDb {
    db: sled::Db,
    meta: sled::Tree,
}

impl SledDb {
    /// Opens (or creates) the database in `dir`, refusing one of another schema version.
    pub(super) fn open(dir: &Path) -> Result<SledDb> {
        let db = sled::Config::new()
            .path(dir.join("store"))
            // Every write flushes through `SledStore::flush`; sled's periodic flusher would run
            // beside the transactions (see "Group commit" above).
            .flush_every_ms(None)
            // sled's page cache (1 GiB by default) holds a growing store in memory; 64 MiB
            // keeps a busy sandbox's memory bounded, and reads of cold pages go to the disk.
            .cache_capacity(64 * 1024 * 1024)
            .open()
            .map_err(|e| match e {
                // sled reports a held file lock as a plain I/O error with this text.
                sled::Error::Io(io) if io.to_string().contains("could not acquire lock") => {
                    StoreError::InUse(dir.display().to_string())
                }
                other => other.into(),
            })?;
        let meta = db.open_tree(META)?;
        match meta.get(SCHEMA_VERSION_KEY)? {
            Some(v) => {
                let found = <[u8; 4]>::try_from(v.as_ref())
                    .map(u32::from_be_bytes)
                    .map_err(|_| StoreError::Corrupt {
                        tree: META,
                        message: "schema_version is not a u32".into(),
                    })?;
                if found != SCHEMA_VERSION {
                    return Err(StoreError::IncompatibleSchema {
                        found,
                        expected: SCHEMA_VERSION,
                    });
                }
            }
            None => {
                meta.insert(SCHEMA_VERSION_KEY, &SCHEMA_VERSION.to_be_bytes())?;
                db.flush()?;
            }
        }
        Ok(SledDb { db, meta })
    }

    /// The store's seal check value (opaque to the engine), if it has one yet.
    pub(super) fn seal_check(&self) -> Result<Option<Vec<u8>>> {
        Ok(self.meta.get(SEAL_CHECK_KEY)?.map(|v| v.to_vec()))
    }

    /// Stores the seal check value of a new store; durable on return.
    pub(super) fn set_seal_check(&self, check: &[u8]) -> Result<()> {
        self.meta.insert(SEAL_CHECK_KEY, check)?;
        self.db.flush()?;
        Ok(())
    }

    /// The open store, sealing with the handle's `seal`.
    pub(super) fn into_store(self, seal: Sealer) -> Result<SledStore> {
        let db = self.db;
        Ok(SledStore {
            seal,
            signing_keys: db.open_tree(sealing::SIGNING_KEYS.name())?,
            tenants: db.open_tree(sealing::TENANTS.name())?,
            tenant_index: db.open_tree(TENANT_INDEX)?,
            tokens: db.open_tree(sealing::TOKENS.name())?,
            token_events: db.open_tree(sealing::TOKEN_EVENTS.name())?,
            enc_keys: db.open_tree(sealing::ENC_KEYS.name())?,
            secrets: db.open_tree(sealing::SECRETS.name())?,
            cards: db.open_tree(sealing::CARDS.name())?,
            card_index: db.open_tree(CARD_INDEX)?,
            operations: db.open_tree(sealing::OPERATIONS.name())?,
            verification: db.open_tree(sealing::VERIFICATION.name())?,
            partners: db.open_tree(sealing::PARTNERS.name())?,
            outbox: db.open_tree(sealing::OUTBOX.name())?,
            outbox_due: db.open_tree(OUTBOX_DUE)?,
            attempts: db.open_tree(sealing::ATTEMPTS.name())?,
            wallets: db.open_tree(sealing::WALLETS.name())?,
            db,
            commit: Default::default(),
            decoded_tenants: Default::default(),
        })
    }
}

impl SledStore {
    /// Makes every write that completed before this call durable. Concurrent callers share
    /// flushes: one that starts after a caller's ticket covers that caller.
    pub(super) async fn flush(&self) -> Result<()> {
        use std::sync::atomic::Ordering::SeqCst;
        let ticket = self.commit.tickets.fetch_add(1, SeqCst) + 1;
        let mut covered = self.commit.lock.lock().await;
        if *covered >= ticket {
            return Ok(());
        }
        let target = self.commit.tickets.load(SeqCst);
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || db.flush())
            .await
            .map_err(|e| StoreError::Corrupt {
                tree: "-",
                message: format!("the flush task failed: {e}"),
            })??;
        *covered = target;
        Ok(())
    }

    /// Runs `f` (a sled transaction) while no flush runs (see "Group commit" above).
    async fn transact<T>(&self, f: impl FnOnce() -> T) -> T {
        let _serial = self.commit.lock.lock().await;
        f()
    }

    /// Overwrites the schema version (for tests of the incompatible-version refusal).
    #[cfg(test)]
    pub(super) fn set_schema_version_for_test(&self, version: u32) -> Result<()> {
        self.db
            .open_tree(META)?
            .insert(SCHEMA_VERSION_KEY, &version.to_be_bytes())?;
        self.db.flush()?;
        Ok(())
    }

    /// Every token-signing key, as (key id, private JWK JSON), in key-id order.
    pub(super) fn signing_keys(&self) -> Result<Vec<(String, Vec<u8>)>> {
        self.signing_keys
            .iter()
            .map(|kv| {
                let (k, v) = kv?;
                let jwk = self.seal.open_bytes(sealing::SIGNING_KEYS, &k, &v)?;
                Ok((String::from_utf8_lossy(&k).into_owned(), jwk))
            })
            .collect()
    }

    /// A tenant record as stored: sealed, since it holds the connecting party's control key.
    fn seal_tenant(&self, tenant: &Tenant) -> Result<Vec<u8>> {
        self.seal
            .encode(sealing::TENANTS, tenant.id.as_bytes(), tenant)
    }

    /// Opens and decodes a stored tenant record.
    fn open_tenant(&self, key: &[u8], stored: &[u8]) -> Result<Tenant> {
        self.seal.decode(sealing::TENANTS, key, stored)
    }

    /// Adds a token-signing key; durable on return.
    pub(super) async fn put_signing_key(&self, kid: &str, private_jwk: &[u8]) -> Result<()> {
        if self
            .signing_keys
            .compare_and_swap(
                kid,
                None as Option<&[u8]>,
                Some(
                    self.seal
                        .seal_bytes(sealing::SIGNING_KEYS, kid.as_bytes(), private_jwk)?,
                ),
            )?
            .is_err()
        {
            self.flush().await?;
            return Err(StoreError::Conflict(format!("signing key {kid}")));
        }
        self.flush().await
    }

    /// Whether any tenant exists.
    pub(super) fn has_tenants(&self) -> Result<bool> {
        Ok(!self.tenants.is_empty())
    }

    /// Every tenant, in id order.
    pub(super) fn tenants(&self) -> Result<Vec<Tenant>> {
        self.tenants
            .iter()
            .map(|kv| {
                let (k, v) = kv?;
                self.open_tenant(&k, &v)
            })
            .collect()
    }

    /// Deletes a tenant, its index entries and everything it owns, in one transaction;
    /// durable on return. Whether it existed.
    pub(super) async fn delete_tenant(&self, id: &str) -> Result<bool> {
        let Some(tenant) = self.tenant(id)? else {
            self.flush().await?;
            return Ok(false);
        };
        // Its messages first, in a transaction of their own (sled joins at most nine trees):
        // a crash between the two leaves a tenant without its delivery log, never a log
        // without its tenant that a tenant made again with the same id would inherit.
        self.delete_messages_of(id).await?;
        let trees = (
            &self.tenants,
            &self.tenant_index,
            &self.cards,
            &self.card_index,
            &self.tokens,
            &self.token_events,
            &self.operations,
            &self.verification,
            &self.partners,
        );
        let index = index_keys(&tenant);
        let outcome = self
            .transact(|| {
                let keys = self.tenant_keys(&tenant)?;
                Ok::<_, StoreError>(trees.transaction(
                    |(
                        tenants,
                        tenant_index,
                        cards,
                        card_index,
                        tokens,
                        token_events,
                        operations,
                        verification,
                        partners,
                    )| {
                        for k in &index {
                            tenant_index.remove(k.as_bytes())?;
                        }
                        keys.remove_cards_and_tokens([
                            cards,
                            card_index,
                            tokens,
                            token_events,
                            operations,
                            verification,
                        ])?;
                        for k in &keys.partners {
                            partners.remove(k)?;
                        }
                        tenants.remove(id.as_bytes())?;
                        Ok::<
                            _,
                            sled::transaction::ConflictableTransactionError<
                                std::convert::Infallible,
                            >,
                        >(())
                    },
                ))
            })
            .await?;
        match outcome {
            Ok(()) => {
                self.flush().await?;
                Ok(true)
            }
            Err(sled::transaction::TransactionError::Abort(never)) => match never {},
            Err(sled::transaction::TransactionError::Storage(e)) => Err(e.into()),
        }
    }

    /// Creates a tenant and its index entries in one transaction; durable on return. Fails
    /// with [`StoreError::Conflict`] if the tenant or any index key exists.
    pub(super) async fn create_tenant(&self, tenant: &Tenant) -> Result<()> {
        let keys = index_keys(tenant);
        let sealed = self.seal_tenant(tenant)?;
        let outcome = self
            .transact(|| {
                (&self.tenants, &self.tenant_index).transaction(|(tenants, index)| {
                    if tenants.get(tenant.id.as_bytes())?.is_some() {
                        return sled::transaction::abort(format!("tenant {}", tenant.id));
                    }
                    for key in &keys {
                        if index.get(key.as_bytes())?.is_some() {
                            return sled::transaction::abort(key.clone());
                        }
                        index.insert(key.as_bytes(), tenant.id.as_bytes())?;
                    }
                    tenants.insert(tenant.id.as_bytes(), sealed.clone())?;
                    Ok(())
                })
            })
            .await;
        match outcome {
            Ok(()) => self.flush().await,
            Err(sled::transaction::TransactionError::Abort(what)) => {
                self.flush().await?;
                Err(StoreError::Conflict(what))
            }
            Err(sled::transaction::TransactionError::Storage(e)) => Err(e.into()),
        }
    }

    /// A tenant by id.
    ///
    /// Every authenticated request reads its tenant, so the decoded value is kept beside the
    /// bytes it came from: the store is still read each time (a change is seen at once), only
    /// the JSON decoding is skipped while the bytes are unchanged.
    pub(super) fn tenant(&self, id: &str) -> Result<Option<Tenant>> {
        let Some(bytes) = self.tenants.get(id.as_bytes())? else {
            return Ok(None);
        };
        if let Ok(cache) = self.decoded_tenants.read()
            && let Some((cached, tenant)) = cache.get(id)
            && *cached == bytes
        {
            return Ok(Some(tenant.clone()));
        }
        let tenant = self.open_tenant(id.as_bytes(), &bytes)?;
        if let Ok(mut cache) = self.decoded_tenants.write() {
            if cache.len() >= DECODED_TENANTS {
                cache.clear();
            }
            cache.insert(id.to_string(), (bytes, tenant.clone()));
        }
        Ok(Some(tenant))
    }

    fn tenant_by_index(&self, key: &str) -> Result<Option<Tenant>> {
        match self.tenant_index.get(key.as_bytes())? {
            Some(id) => self.tenant(&String::from_utf8_lossy(&id)),
            None => Ok(None),
        }
    }

    /// The tenant with an OAuth 2.0 client id.
    pub(super) fn tenant_by_client_id(&self, client_id: &str) -> Result<Option<Tenant>> {
        self.tenant_by_index(&format!("client:{client_id}"))
    }

    /// The tenant with an API key, by the key's SHA-256 (hex).
    pub(super) fn tenant_by_api_key_sha256(&self, digest: &str) -> Result<Option<Tenant>> {
        self.tenant_by_index(&format!("apikey:{digest}"))
    }

    /// The tenant with an admin key, by the key's SHA-256 (hex).
    pub(super) fn tenant_by_admin_key_sha256(&self, digest: &str) -> Result<Option<Tenant>> {
        self.tenant_by_index(&format!("admin:{digest}"))
    }

    /// Replaces a tenant's settings; durable on return. Fails with [`StoreError::Conflict`]
    /// naming the tenant if it no longer exists.
    pub(super) async fn set_tenant_settings(
        &self,
        id: &str,
        settings: &TenantSettings,
    ) -> Result<()> {
        loop {
            let Some(current) = self.tenants.get(id.as_bytes())? else {
                self.flush().await?;
                return Err(StoreError::Conflict(format!("tenant {id} is gone")));
            };
            let mut tenant = self.open_tenant(id.as_bytes(), &current)?;
            tenant.settings = settings.clone();
            if self
                .tenants
                .compare_and_swap(
                    id.as_bytes(),
                    Some(current),
                    Some(self.seal_tenant(&tenant)?),
                )?
                .is_ok()
            {
                return self.flush().await;
            }
        }
    }

    /// The id of the tenant owning a card issuer.
    pub(super) fn issuer_owner(&self, issuer_id: &str) -> Result<Option<String>> {
        Ok(self
            .tenant_index
            .get(format!("issuer:{issuer_id}").as_bytes())?
            .map(|v| String::from_utf8_lossy(&v).into_owned()))
    }

    /// The id of the tenant owning a merchant gateway.
    pub(super) fn merchant_gateway_owner(
        &self,
        merchant_gateway_id: &str,
    ) -> Result<Option<String>> {
        Ok(self
            .tenant_index
            .get(format!("mgw:{merchant_gateway_id}").as_bytes())?
            .map(|v| String::from_utf8_lossy(&v).into_owned()))
    }
}
