//! The store: everything the sandbox keeps, behind one cloneable handle ([`Store`]).
//!
//! Invariant: only this module touches the storage engine. No engine type or engine
//! transaction leaves it (nothing outside `src/store/` may name `crate::store::sled`; checked
//! by `tests/integration/layers.rs`); [`Store`]'s public methods speak of tenants, tokens, cards
//! and keys, and every write method is durable when it returns. The records ([`records`]) are
//! plain data, apart from the engine, and so are [`WalletKey`] and [`WalletKind`] (they name
//! a record of an issuer's wallet world; each backend maps them to its own keys).
//!
//! The handle, not an engine, decides what is sealed (encrypted at rest) and holds the key:
//! every record family is declared once, in `sealing.rs`, as plain or sealed, and the type
//! says which; [`Store::open`] obtains the sealing key, checks it against the check value the
//! engine keeps for it (opaque bytes), and hands the engine a `Sealer`. An engine turns a
//! plain family's records into bytes with `codec.rs`'s JSON and a sealed family's only through
//! that `Sealer`, so a second backend cannot store a sealed record in the clear, and it keeps
//! no key file and no list of sealed families of its own.
//!
//! The handle is a struct around an enum of backends (`Backend`; today only sled, `sled/`,
//! whose module documents the key layout). An enum, not a trait: the methods take generic
//! decision closures, which a trait object cannot carry, and a generic `Store<B>` would put a
//! type parameter on every layer holding a handle. A second backend (PostgreSQL, so that
//! several instances can share state) adds a variant and implements the same methods; the
//! behaviour suite in `tests.rs` states the contract once, against the handle, and runs each
//! scenario through an `Open` function, so it runs unchanged for every backend (one `suite!`
//! line).
//!
//! # The contract
//!
//! - **Durable on return.** A write method returns after its write is durable, so a caller
//!   that acknowledges a write to a client after the method returns never acknowledges
//!   something a crash could lose. Durability is the method's promise, never the caller's duty:
//!   there is no public flush.
//! - **Answers resting on stored data are durable too.** A method that decides not to write
//!   because of what it read (an obsolete token update, a modification that changes nothing)
//!   returns only once what it read is durable: it may be another request's write still on its
//!   way to the disk.
//! - **Atomic.** A method that writes several records (a tenant and its index entries, a card
//!   and its PAN index, a batch of cards, a reset) writes all or none.
//! - **Decisions may run more than once.** The closures of [`Store::record_token_event`] and
//!   [`Store::modify_cards`] (and the others taking a `decide` closure, and
//!   [`Store::change_wallets`]) decide the new records from the current ones; when a concurrent
//!   writer changed them in between, the closure runs again on the newer records. It must have
//!   no side effects; only its last run's result is written and returned. A wallet change is
//!   such a decision too: it reads and writes through a [`WalletChanges`] (plain reads,
//!   buffered writes), and the backend applies the writes atomically if its reads still hold.
//! - **Versioned.** Records are stored as JSON, so a data directory can be inspected with
//!   ordinary tools and a record can gain optional fields without a migration. The schema
//!   version ([`SCHEMA_VERSION`]) changes when a change is not backward compatible, and a store
//!   written by another version is refused at open.

mod codec;
mod error;
pub mod records;
mod sealing;
mod sled;
mod wallets;

pub use self::error::{Result, StoreError};
use self::sealing::Sealer;
use self::sled::{SledDb, SledStore};
pub use self::wallets::{WalletChanges, WalletKey, WalletKind};
#[cfg(test)]
mod tests;

use std::path::Path;

use crate::crypto::seal::{SealError, SealingKey};

pub use records::{
    AssetRecord, AttemptRecord, CardInsert, CardMapping, CardRecord, CardState, ConnectingParty,
    ConsumerSession, EncryptionKeyRecord, IssuerAssets, MessageRecord, MessageState, OnFileAccount,
    OperationChange, OperationRecord, OperationStatus, OperationsRefused, OtpRecord, PartnerRecord,
    Tenant, TenantSettings, TestCard, TokenEvent, TokenEventKind, TokenEventOutcome, TokenRecord,
    TokenWrite, VerificationRecord, VerificationWrite, WalletAccountRecord, WalletCardChange,
    WalletCardRecord, WalletCardState, WalletTask, WalletTaskState,
};
pub use records::{
    CardOperationItem, CardOperationNotice, CardOperationsNotice, GatewayUpdateNotice,
    PartnerMessage, TokenCreationNotice, TokenDisplay, TokenUpdateNotice, TokenizationFailure,
    VerificationNotice, VerifyCardCall,
};

/// The layout version this build reads and writes.
///
/// Version 2 added the admin key, tenant settings, encryption keys and the card registry;
/// version 3 sealed the secrets under a key kept outside the data directory; version 4 sealed
/// the tenant records (they hold the connecting party's control key) and added the
/// verification, token-event and partner trees.
pub const SCHEMA_VERSION: u32 = 4;

/// A cheap, clonable handle on the open store. Every clone shares one open database.
#[derive(Clone, Debug)]
pub struct Store {
    backend: Backend,
}

/// The engines a store can run on (an enum, not a trait: see the module documentation). Each
/// method dispatches with `dispatch!`; a second engine adds a variant, an arm there and a way
/// to open it in [`Store::open`].
#[derive(Clone, Debug)]
enum Backend {
    /// The embedded sled database (`sled/`).
    Sled(SledStore),
}

/// Runs `$call` on the open backend, bound to `$b`.
macro_rules! dispatch {
    ($self:ident, $b:ident => $call:expr) => {
        match &$self.backend {
            Backend::Sled($b) => $call,
        }
    };
}

impl Store {
    /// Opens (or creates) the store in `dir`, refusing a store of another schema version, a
    /// directory another process has open, and a sealing key that is not the store's. The
    /// sealed families (`sealing.rs`) are sealed with the key `sealing_key` gives; it is told
    /// whether the store has no seal check yet (a new store), in which case it may make a new
    /// key.
    ///
    /// The handle, not the engine, makes the `Sealer`: the engine only keeps the check
    /// value, opaque to it, and is given the sealer it must pass the sealed families through.
    pub fn open(
        dir: &Path,
        sealing_key: impl FnOnce(bool) -> std::result::Result<SealingKey, SealError>,
    ) -> Result<Store> {
        let db = SledDb::open(dir)?;
        let (sealer, new_check) = Sealer::new(db.seal_check()?.as_deref(), sealing_key)?;
        if let Some(check) = new_check {
            db.set_seal_check(&check)?;
        }
        Ok(Store {
            backend: Backend::Sled(db.into_store(sealer)?),
        })
    }

    /// Overwrites the schema version (for tests of the incompatible-version refusal).
    #[cfg(test)]
    pub(crate) fn set_schema_version_for_test(&self, version: u32) -> Result<()> {
        dispatch!(self, b => b.set_schema_version_for_test(version))
    }

    // --- Token-signing keys ---

    /// Every token-signing key, as (key id, private JWK JSON), in key-id order.
    pub fn signing_keys(&self) -> Result<Vec<(String, Vec<u8>)>> {
        dispatch!(self, b => b.signing_keys())
    }

    /// Adds a token-signing key; durable on return. [`StoreError::Conflict`] if the id exists.
    pub async fn put_signing_key(&self, kid: &str, private_jwk: &[u8]) -> Result<()> {
        dispatch!(self, b => b.put_signing_key(kid, private_jwk).await)
    }

    // --- Tenants ---

    /// Whether any tenant exists.
    pub fn has_tenants(&self) -> Result<bool> {
        dispatch!(self, b => b.has_tenants())
    }

    /// Creates a tenant and its index entries (client id, API key, admin key, issuers,
    /// merchant gateways) atomically; durable on return. [`StoreError::Conflict`], with nothing
    /// stored, if the tenant or any index entry exists.
    pub async fn create_tenant(&self, tenant: &Tenant) -> Result<()> {
        dispatch!(self, b => b.create_tenant(tenant).await)
    }

    /// A tenant by id; a change is seen by the next read.
    pub fn tenant(&self, id: &str) -> Result<Option<Tenant>> {
        dispatch!(self, b => b.tenant(id))
    }

    /// The tenant with an OAuth 2.0 client id.
    pub fn tenant_by_client_id(&self, client_id: &str) -> Result<Option<Tenant>> {
        dispatch!(self, b => b.tenant_by_client_id(client_id))
    }

    /// The tenant with an API key, by the key's SHA-256 (hex).
    pub fn tenant_by_api_key_sha256(&self, digest: &str) -> Result<Option<Tenant>> {
        dispatch!(self, b => b.tenant_by_api_key_sha256(digest))
    }

    /// The tenant with an admin key, by the key's SHA-256 (hex).
    pub fn tenant_by_admin_key_sha256(&self, digest: &str) -> Result<Option<Tenant>> {
        dispatch!(self, b => b.tenant_by_admin_key_sha256(digest))
    }

    /// Replaces a tenant's settings; durable on return. [`StoreError::Conflict`] naming the
    /// tenant if it no longer exists.
    pub async fn set_tenant_settings(&self, id: &str, settings: &TenantSettings) -> Result<()> {
        dispatch!(self, b => b.set_tenant_settings(id, settings).await)
    }

    /// The id of the tenant owning a card issuer.
    pub fn issuer_owner(&self, issuer_id: &str) -> Result<Option<String>> {
        dispatch!(self, b => b.issuer_owner(issuer_id))
    }

    /// The id of the tenant owning a merchant gateway.
    pub fn merchant_gateway_owner(&self, merchant_gateway_id: &str) -> Result<Option<String>> {
        dispatch!(self, b => b.merchant_gateway_owner(merchant_gateway_id))
    }

    /// Deletes a tenant's cards (with their PAN index entries) and tokens and restores its
    /// default settings, atomically; durable on return. Its wallet world goes first, in a
    /// transaction of its own: a crash between the two leaves cards without wallet cards, never
    /// wallet cards whose card is gone.
    pub async fn reset_tenant(&self, tenant: &Tenant) -> Result<()> {
        dispatch!(self, b => b.delete_wallets_of(&tenant.issuer_ids).await)?;
        dispatch!(self, b => b.reset_tenant(tenant).await)
    }

    // --- The TSH's wallet world ---

    /// The issuer whose wallet world holds `id` (a wallet card, wallet card account, task,
    /// asset GUID or on-file account), if any.
    pub fn wallet_issuer(&self, id: &str) -> Result<Option<String>> {
        dispatch!(self, b => b.wallet_issuer(id))
    }

    /// A record of an issuer's wallet world, once what it rests on is durable.
    pub async fn wallet_get<R: serde::de::DeserializeOwned>(
        &self,
        issuer_id: &str,
        key: WalletKey<'_>,
    ) -> Result<Option<R>> {
        let found = dispatch!(self, b => b.wallet_get(issuer_id, key))?;
        dispatch!(self, b => b.flush().await)?;
        found
            .map(|bytes| sealing::WALLETS.decode(&bytes))
            .transpose()
    }

    /// An issuer's wallet cards (`WalletKind::Cards`), wallet card accounts, assets or on-file
    /// accounts, in id order.
    pub fn wallet_list<R: serde::de::DeserializeOwned>(
        &self,
        issuer_id: &str,
        kind: WalletKind,
    ) -> Result<Vec<R>> {
        let prefix = match kind {
            WalletKind::Cards => "c",
            WalletKind::Accounts => "a",
            WalletKind::Assets => "g",
            WalletKind::OnFile => "f",
        };
        dispatch!(self, b => b.wallet_list(issuer_id, prefix))?
            .iter()
            .map(|bytes| sealing::WALLETS.decode(bytes))
            .collect()
    }

    /// Changes an issuer's wallet world as `change` decides, reading and writing through a
    /// [`WalletChanges`]: all its writes or none (a refusal, `Ok(Err(_))`, writes nothing).
    /// The writes are applied only if every record `change` read is still as it read it;
    /// otherwise `change` runs again on the newer records, so it may run more than once and
    /// must have no side effects. Durable on return, refusals included.
    pub async fn change_wallets<T, E>(
        &self,
        issuer_id: &str,
        change: impl Fn(&WalletChanges) -> Result<std::result::Result<T, E>>,
    ) -> Result<std::result::Result<T, E>> {
        let read = |key: WalletKey<'_>| dispatch!(self, b => b.wallet_get(issuer_id, key));
        let outcome = loop {
            let (decided, mut set) = {
                let changes = WalletChanges::new(&read);
                let decided = change(&changes);
                (decided, changes.into_set())
            };
            let decided = match decided {
                Ok(Ok(done)) => Ok(Ok(done)),
                // A refusal writes nothing, but rests on what it read: that must hold too.
                Ok(Err(refused)) => {
                    set.writes.clear();
                    Ok(Err(refused))
                }
                Err(e) => break Err(e),
            };
            if dispatch!(self, b => b.wallet_apply(issuer_id, &set).await)? {
                break decided;
            }
        };
        dispatch!(self, b => b.flush().await)?;
        outcome
    }

    // --- Tokens (token notifications) ---

    /// A token, if known.
    pub fn token(
        &self,
        tenant_id: &str,
        merchant_id: &str,
        token_id: &str,
    ) -> Result<Option<TokenRecord>> {
        dispatch!(self, b => b.token(tenant_id, merchant_id, token_id))
    }

    /// Records a notification about a token: `decide` gets the stored token (`None` when
    /// unknown) and answers the token's new record (`None` to leave it) and the event to
    /// append to its history, or its own error to write nothing. An event needs a token: the
    /// new record or the stored one. The store numbers the event (the token's next
    /// `sequence`) and writes both together; durable on return, refusals included; `decide`
    /// may run more than once.
    pub async fn record_token_event<E>(
        &self,
        tenant_id: &str,
        merchant_id: &str,
        token_id: &str,
        decide: impl Fn(Option<&TokenRecord>) -> std::result::Result<TokenWrite, E>,
    ) -> Result<std::result::Result<TokenEvent, E>> {
        dispatch!(self, b => b.record_token_event(tenant_id, merchant_id, token_id, decide).await)
    }

    /// Records a failed tokenization that names no token, under its merchant; numbered in
    /// the order received. Durable on return.
    pub async fn record_failed_tokenization(
        &self,
        tenant_id: &str,
        merchant_id: &str,
        event: TokenEvent,
    ) -> Result<TokenEvent> {
        dispatch!(self, b => b.record_failed_tokenization(tenant_id, merchant_id, event).await)
    }

    /// A merchant's tokens, in token-id order.
    pub fn merchant_tokens(&self, tenant_id: &str, merchant_id: &str) -> Result<Vec<TokenRecord>> {
        dispatch!(self, b => b.merchant_tokens(tenant_id, merchant_id))
    }

    /// A page of the notifications received about a token (`token_id`), or of a merchant's
    /// failed tokenizations that name no token (`None`), in the order received: those after
    /// the one whose `sequence` is `after`, `limit` at most.
    pub fn token_events(
        &self,
        tenant_id: &str,
        merchant_id: &str,
        token_id: Option<&str>,
        after: Option<u64>,
        limit: usize,
    ) -> Result<Vec<TokenEvent>> {
        dispatch!(self, b => b.token_events(tenant_id, merchant_id, token_id, after, limit))
    }

    // --- Card-data encryption keys and secrets ---

    /// Every JWE decryption key, oldest first.
    pub fn encryption_keys(&self) -> Result<Vec<EncryptionKeyRecord>> {
        dispatch!(self, b => b.encryption_keys())
    }

    /// Adds a JWE decryption key; durable on return. [`StoreError::Conflict`] if the id exists.
    pub async fn put_encryption_key(&self, key: &EncryptionKeyRecord) -> Result<()> {
        dispatch!(self, b => b.put_encryption_key(key).await)
    }

    /// The named secret, created from `make` on first use (durable on return). Concurrent
    /// first uses agree on one value.
    pub async fn secret_or_create(
        &self,
        name: &str,
        make: impl Fn() -> Vec<u8>,
    ) -> Result<Vec<u8>> {
        dispatch!(self, b => b.secret_or_create(name, make).await)
    }

    // --- The card registry ---

    /// A card by id.
    pub fn card(&self, issuer_id: &str, card_id: &str) -> Result<Option<CardRecord>> {
        dispatch!(self, b => b.card(issuer_id, card_id))
    }

    /// The card of an issuer with a PAN fingerprint.
    pub fn card_by_fingerprint(
        &self,
        issuer_id: &str,
        fingerprint: &str,
    ) -> Result<Option<CardRecord>> {
        dispatch!(self, b => b.card_by_fingerprint(issuer_id, fingerprint))
    }

    /// Every card of an issuer, in card-id order.
    pub fn cards_of_issuer(&self, issuer_id: &str) -> Result<Vec<CardRecord>> {
        dispatch!(self, b => b.cards_of_issuer(issuer_id))
    }

    /// Registers a card and indexes its PAN fingerprint, atomically; durable on return. A PAN
    /// or card id the issuer already has is reported ([`CardInsert`]) and nothing is stored.
    pub async fn insert_card(&self, card: &CardRecord) -> Result<CardInsert> {
        dispatch!(self, b => b.insert_card(card).await)
    }

    /// Every tenant, in id order.
    pub fn tenants(&self) -> Result<Vec<Tenant>> {
        dispatch!(self, b => b.tenants())
    }

    /// Deletes a tenant, its credentials' index entries and everything it owns (cards,
    /// operations, tokens, sessions, mappings, transactions), all or nothing; durable on
    /// return. Whether it existed.
    pub async fn delete_tenant(&self, id: &str) -> Result<bool> {
        if let Some(tenant) = dispatch!(self, b => b.tenant(id))? {
            dispatch!(self, b => b.delete_wallets_of(&tenant.issuer_ids).await)?;
        }
        dispatch!(self, b => b.delete_tenant(id).await)
    }

    /// Sets (or replaces) a tenant's partner endpoint for a role (sealed); durable on return.
    pub async fn put_partner(&self, tenant_id: &str, record: &PartnerRecord) -> Result<()> {
        dispatch!(self, b => b.put_partner(tenant_id, record).await)
    }

    /// A tenant's partner endpoint for a role.
    pub fn partner(&self, tenant_id: &str, role: &str) -> Result<Option<PartnerRecord>> {
        dispatch!(self, b => b.partner(tenant_id, role))
    }

    /// A tenant's partner endpoints, in role order.
    pub fn partners(&self, tenant_id: &str) -> Result<Vec<PartnerRecord>> {
        dispatch!(self, b => b.partners_of(tenant_id))
    }

    /// Removes a tenant's partner endpoint for a role; whether there was one. Durable on
    /// return.
    pub async fn delete_partner(&self, tenant_id: &str, role: &str) -> Result<bool> {
        dispatch!(self, b => b.delete_partner(tenant_id, role).await)
    }

    /// Accepts messages owed to partners into the outbox, numbering them (increasing in the
    /// order accepted); all or none, durable on return. The messages as stored.
    pub async fn enqueue(&self, messages: Vec<MessageRecord>) -> Result<Vec<MessageRecord>> {
        dispatch!(self, b => b.enqueue(messages).await)
    }

    /// Pending messages due at `now` or before, the earliest due first, `limit` at most, not
    /// counting those `skip` leaves out; a record that cannot be read is left out and logged.
    pub fn due_messages(
        &self,
        now: chrono::DateTime<chrono::Utc>,
        limit: usize,
        skip: &dyn Fn(&MessageRecord) -> bool,
    ) -> Result<Vec<MessageRecord>> {
        dispatch!(self, b => b.due_messages(now, limit, skip))
    }

    /// Deletes a tenant's messages, their due entries and attempts; durable on return. (Part
    /// of deleting a tenant: a tenant made again with the same id starts without them.)
    pub async fn delete_messages_of(&self, tenant_id: &str) -> Result<usize> {
        dispatch!(self, b => b.delete_messages_of(tenant_id).await)
    }

    /// A message by id.
    pub fn message(&self, id: u64) -> Result<Option<MessageRecord>> {
        dispatch!(self, b => b.message(id))
    }

    /// A tenant's messages, newest first: those with an id below `before`, `limit` at most,
    /// that `keep` keeps.
    pub fn messages(
        &self,
        tenant_id: &str,
        before: Option<u64>,
        limit: usize,
        keep: &dyn Fn(&MessageRecord) -> bool,
    ) -> Result<Vec<MessageRecord>> {
        dispatch!(self, b => b.messages_of(tenant_id, before, limit, keep))
    }

    /// A message's attempts, in order.
    pub fn attempts(&self, id: u64) -> Result<Vec<AttemptRecord>> {
        dispatch!(self, b => b.attempts_of(id))
    }

    /// Changes a message as `decide` says from its stored record (its due entry follows its
    /// state and next attempt), recording `attempt` with it; all together, durable on return,
    /// refusals included. `decide` may run more than once.
    pub async fn change_message<E>(
        &self,
        id: u64,
        attempt: Option<&AttemptRecord>,
        decide: impl Fn(&MessageRecord) -> std::result::Result<MessageRecord, E>,
    ) -> Result<std::result::Result<MessageRecord, E>> {
        dispatch!(self, b => b.change_message(id, attempt, decide).await)
    }

    /// Stores a consumer session under the SHA-256 (hex) of its access token; durable on
    /// return. [`StoreError::Conflict`] if that digest is taken.
    pub async fn put_consumer_session(
        &self,
        token_sha256: &str,
        session: &ConsumerSession,
    ) -> Result<()> {
        dispatch!(self, b => b.put_consumer_session(token_sha256, session).await)
    }

    /// A consumer session by the SHA-256 (hex) of its access token.
    pub fn consumer_session(&self, token_sha256: &str) -> Result<Option<ConsumerSession>> {
        dispatch!(self, b => b.consumer_session(token_sha256))
    }

    /// Records a verification notification of a tenant: `decide` gets the consumer session
    /// stored under `session_sha256` as it is now (a reset may have removed it), the
    /// transaction stored for `session_token` (if any), the mapping of `unique_reference_card_id` (if any) and
    /// the `uniqueReferenceCardId` that `server_card_id` maps now (if any), and answers what
    /// to write, or its own error to write nothing. The transaction and the mapping are
    /// written together; a changed mapping frees the card reference it replaced. Durable on
    /// return, refusals included; `decide` may run more than once.
    pub async fn record_verification<E>(
        &self,
        session_sha256: &str,
        tenant_id: &str,
        session_token: &str,
        server_card_id: &str,
        unique_reference_card_id: i64,
        decide: impl Fn(
            Option<&ConsumerSession>,
            Option<&VerificationRecord>,
            Option<&CardMapping>,
            Option<i64>,
        ) -> std::result::Result<VerificationWrite, E>,
    ) -> Result<std::result::Result<VerificationRecord, E>> {
        dispatch!(self, b => b.record_verification(session_sha256,
                tenant_id,
                session_token,
                server_card_id,
                unique_reference_card_id,
                decide,).await)
    }

    /// A tenant's card mappings.
    pub fn card_mappings(&self, tenant_id: &str) -> Result<Vec<CardMapping>> {
        dispatch!(self, b => b.card_mappings(tenant_id))
    }

    /// A tenant's verification transactions, newest first, `limit` at most.
    pub fn verifications(&self, tenant_id: &str, limit: usize) -> Result<Vec<VerificationRecord>> {
        dispatch!(self, b => b.verifications(tenant_id, limit))
    }

    /// Records notified operations of one issuer's cards: `items` are (card id, operation id)
    /// pairs; `decide` gets each item's index, its card and its stored operation (`None` for a
    /// new one) and answers what changes. A new operation counts toward its card's
    /// `limit_per_card`. One item is recorded by compare-and-swap writes beside the flushes;
    /// several are one transaction, all or nothing. Durable on return, refusals included;
    /// `decide` may run more than once, and the cost does not grow with a card's history.
    pub async fn record_operations<E>(
        &self,
        issuer_id: &str,
        items: &[(&str, &str)],
        limit_per_card: u32,
        decide: impl Fn(
            usize,
            &CardRecord,
            Option<&OperationRecord>,
        ) -> std::result::Result<OperationChange, E>,
    ) -> Result<std::result::Result<(), OperationsRefused<E>>> {
        dispatch!(self, b => b.record_operations(issuer_id, items, limit_per_card, decide).await)
    }

    /// A page of a card's operations, in the order first received: those after the one whose
    /// `sequence` is `after`, `limit` at most.
    pub fn card_operations(
        &self,
        issuer_id: &str,
        card_id: &str,
        after: Option<u64>,
        limit: usize,
    ) -> Result<Vec<OperationRecord>> {
        dispatch!(self, b => b.card_operations(issuer_id, card_id, after, limit))
    }

    /// Reads some cards of one issuer, lets `decide` compute the new records, and writes them,
    /// atomically; durable on return (what it read, too). `decide` gets the current records
    /// (`None` for an unknown id) in the order of `card_ids`, and returns the records to write
    /// (matched by card id; only ids among `card_ids`, whose PAN fingerprint does not change)
    /// with its answer, or its own error to write nothing. It may run more than once when
    /// concurrent writers conflict, so it must not have side effects.
    pub async fn modify_cards<T, E>(
        &self,
        issuer_id: &str,
        card_ids: &[&str],
        decide: impl Fn(Vec<Option<CardRecord>>) -> std::result::Result<(Vec<CardRecord>, T), E>,
    ) -> Result<std::result::Result<T, E>> {
        dispatch!(self, b => b.modify_cards(issuer_id, card_ids, decide).await)
    }
}
