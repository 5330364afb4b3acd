//! The card registry, its encryption keys and secrets.
//!
//! A card is one JSON record of bounded size (its operations are records of their own, in
//! `operations.rs`), so that a change to a card (a CVV attempt, a state change) is one
//! compare-and-swap, or a transaction on one tree, whatever the card's history.

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::super::records::*;
use super::super::sealing::{CARDS, ENC_KEYS, SECRETS};
use super::super::{Result, StoreError};
use super::{SledStore, TenantKeys};

fn card_key(issuer_id: &str, card_id: &str) -> String {
    format!("{issuer_id}/{card_id}")
}

fn index_key(issuer_id: &str, fingerprint: &str) -> String {
    format!("{issuer_id}/{fingerprint}")
}

/// Why a card transaction stopped: the caller's own reason, or a record the store could not read.
enum Stop<E> {
    Domain(E),
    Corrupt(StoreError),
}

impl SledStore {
    /// Every JWE decryption key, oldest first.
    pub(in crate::store) fn encryption_keys(&self) -> Result<Vec<EncryptionKeyRecord>> {
        let mut keys = self
            .enc_keys
            .iter()
            .map(|kv| {
                let (k, v) = kv?;
                self.seal.decode(ENC_KEYS, &k, &v)
            })
            .collect::<Result<Vec<EncryptionKeyRecord>>>()?;
        keys.sort_by(|a, b| (a.created_at, &a.kid).cmp(&(b.created_at, &b.kid)));
        Ok(keys)
    }

    /// Adds a JWE decryption key; durable on return.
    pub(in crate::store) async fn put_encryption_key(
        &self,
        key: &EncryptionKeyRecord,
    ) -> Result<()> {
        if self
            .enc_keys
            .compare_and_swap(
                key.kid.as_bytes(),
                None as Option<&[u8]>,
                Some(self.seal.encode(ENC_KEYS, key.kid.as_bytes(), key)?),
            )?
            .is_err()
        {
            // The refusal rests on a key another call may still be making durable.
            self.flush().await?;
            return Err(StoreError::Conflict(format!("encryption key {}", key.kid)));
        }
        self.flush().await
    }

    /// The named secret, created from `make` on first use (durable on return). Concurrent
    /// first uses agree on one value.
    pub(in crate::store) async fn secret_or_create(
        &self,
        name: &str,
        make: impl Fn() -> Vec<u8>,
    ) -> Result<Vec<u8>> {
        if let Some(v) = self.secrets.get(name.as_bytes())? {
            // The secret read may be another call's, still on its way to the disk.
            self.flush().await?;
            return self.seal.open_bytes(SECRETS, name.as_bytes(), &v);
        }
        let fresh = make();
        let sealed = self.seal.seal_bytes(SECRETS, name.as_bytes(), &fresh)?;
        match self
            .secrets
            .compare_and_swap(name.as_bytes(), None as Option<&[u8]>, Some(sealed))?
        {
            Ok(()) => {
                self.flush().await?;
                Ok(fresh)
            }
            Err(e) => {
                self.flush().await?;
                match e.current {
                    Some(current) => self.seal.open_bytes(SECRETS, name.as_bytes(), &current),
                    None => Ok(fresh),
                }
            }
        }
    }

    /// A card by id.
    pub(in crate::store) fn card(
        &self,
        issuer_id: &str,
        card_id: &str,
    ) -> Result<Option<CardRecord>> {
        self.cards
            .get(card_key(issuer_id, card_id).as_bytes())?
            .map(|v| CARDS.decode(&v))
            .transpose()
    }

    /// The card of an issuer with a PAN fingerprint.
    pub(in crate::store) fn card_by_fingerprint(
        &self,
        issuer_id: &str,
        fingerprint: &str,
    ) -> Result<Option<CardRecord>> {
        match self
            .card_index
            .get(index_key(issuer_id, fingerprint).as_bytes())?
        {
            Some(id) => self.card(issuer_id, &String::from_utf8_lossy(&id)),
            None => Ok(None),
        }
    }

    /// Every card of an issuer, in card-id order.
    pub(in crate::store) fn cards_of_issuer(&self, issuer_id: &str) -> Result<Vec<CardRecord>> {
        self.cards
            .scan_prefix(format!("{issuer_id}/").as_bytes())
            .map(|kv| CARDS.decode(&kv?.1))
            .collect()
    }

    /// Registers a card and indexes its PAN fingerprint, atomically; durable on return.
    pub(in crate::store) async fn insert_card(&self, card: &CardRecord) -> Result<CardInsert> {
        let key = card_key(&card.issuer_id, &card.card_id);
        let index = index_key(&card.issuer_id, &card.pan_fingerprint);
        let value = CARDS.encode(card);
        let outcome = self
            .transact(|| {
                (&self.cards, &self.card_index).transaction(|(cards, card_index)| {
                    if let Some(existing) = card_index.get(index.as_bytes())? {
                        return Ok(CardInsert::PanTaken(
                            String::from_utf8_lossy(&existing).into_owned(),
                        ));
                    }
                    if cards.get(key.as_bytes())?.is_some() {
                        return Ok(CardInsert::CardIdTaken);
                    }
                    cards.insert(key.as_bytes(), value.as_slice())?;
                    card_index.insert(index.as_bytes(), card.card_id.as_bytes())?;
                    Ok(CardInsert::Inserted)
                })
            })
            .await;
        let outcome = match outcome {
            Ok(o) => o,
            Err(TransactionError::Storage(e)) => return Err(e.into()),
            Err(TransactionError::Abort(())) => {
                return Err(StoreError::Conflict("card insertion aborted".into()));
            }
        };
        // Also a refusal: it rests on a card that may still be on its way to the disk.
        self.flush().await?;
        Ok(outcome)
    }

    /// Reads some cards of one issuer, lets `decide` compute the new records, and writes them,
    /// all in one transaction; durable on return (what it read, too). `decide` gets the
    /// current records (`None` for an unknown id) in the order of `card_ids`, and returns the
    /// records to write (matched by card id; only ids among `card_ids`, whose PAN fingerprint
    /// does not change) with its answer, or its own error to write nothing. It may run more
    /// than once when concurrent writers conflict, so it must not have side effects.
    pub(in crate::store) async fn modify_cards<T, E>(
        &self,
        issuer_id: &str,
        card_ids: &[&str],
        decide: impl Fn(Vec<Option<CardRecord>>) -> std::result::Result<(Vec<CardRecord>, T), E>,
    ) -> Result<std::result::Result<T, E>> {
        if let [card_id] = card_ids {
            return self.modify_card(issuer_id, card_id, decide).await;
        }
        let outcome = self
            .transact(|| {
                self.cards.transaction(|cards| {
                    let mut current = Vec::with_capacity(card_ids.len());
                    for id in card_ids {
                        let record = match cards.get(card_key(issuer_id, id).as_bytes())? {
                            Some(v) => Some(CARDS.decode::<CardRecord>(&v).map_err(|e| {
                                ConflictableTransactionError::Abort(Stop::Corrupt(e))
                            })?),
                            None => None,
                        };
                        current.push(record);
                    }
                    let (writes, answer) = decide(current)
                        .map_err(|e| ConflictableTransactionError::Abort(Stop::Domain(e)))?;
                    for record in &writes {
                        debug_assert!(card_ids.contains(&record.card_id.as_str()));
                        cards.insert(
                            card_key(issuer_id, &record.card_id).as_bytes(),
                            CARDS.encode(record),
                        )?;
                    }
                    Ok(answer)
                })
            })
            .await;
        match outcome {
            Ok(answer) => {
                // Also when nothing was written: the answer may rest on a write still waiting
                // for its flush.
                self.flush().await?;
                Ok(Ok(answer))
            }
            Err(TransactionError::Abort(Stop::Domain(e))) => {
                // The refusal rests on what was read, which may be another write still
                // waiting for its flush.
                self.flush().await?;
                Ok(Err(e))
            }
            Err(TransactionError::Abort(Stop::Corrupt(e))) => Err(e),
            Err(TransactionError::Storage(e)) => Err(e.into()),
        }
    }

    /// [`SledStore::modify_cards`] for one card: a compare-and-swap loop instead of a transaction,
    /// so it runs beside flushes (see "Group commit" in the store module).
    async fn modify_card<T, E>(
        &self,
        issuer_id: &str,
        card_id: &str,
        decide: impl Fn(Vec<Option<CardRecord>>) -> std::result::Result<(Vec<CardRecord>, T), E>,
    ) -> Result<std::result::Result<T, E>> {
        let key = card_key(issuer_id, card_id);
        loop {
            let stored = self.cards.get(key.as_bytes())?;
            let current = match &stored {
                Some(v) => Some(CARDS.decode::<CardRecord>(v)?),
                None => None,
            };
            let (writes, answer) = match decide(vec![current]) {
                Ok(decided) => decided,
                Err(e) => {
                    self.flush().await?;
                    return Ok(Err(e));
                }
            };
            let Some(record) = writes.into_iter().next_back() else {
                // The answer may rest on a write still waiting for its flush.
                self.flush().await?;
                return Ok(Ok(answer));
            };
            debug_assert_eq!(record.card_id, card_id);
            if self
                .cards
                .compare_and_swap(key.as_bytes(), stored, Some(CARDS.encode(&record)))?
                .is_ok()
            {
                self.flush().await?;
                return Ok(Ok(answer));
            }
            // Another writer changed the card since it was read: decide again against it.
        }
    }

    /// Deletes a tenant's cards (with their index entries) and tokens and restores its default
    /// settings, in one transaction; durable on return.
    pub(in crate::store) async fn reset_tenant(&self, tenant: &Tenant) -> Result<()> {
        let trees = (
            &self.cards,
            &self.card_index,
            &self.tokens,
            &self.token_events,
            &self.tenants,
            &self.operations,
            &self.verification,
        );
        // The keys are listed under the commit lock, which card registrations (the only writes
        // that add a card or an index entry, as transactions) take too: no card registered
        // during the reset can keep its record and lose its index entry. A token created
        // meanwhile survives the reset or not, whole either way.
        let outcome = self
            .transact(|| {
                let keys = self.tenant_keys(tenant)?;
                Ok::<_, StoreError>(trees.transaction(
                    |(
                        cards,
                        card_index,
                        tokens,
                        token_events,
                        tenants,
                        operations,
                        verification,
                    )| {
                        keys.remove_cards_and_tokens([
                            cards,
                            card_index,
                            tokens,
                            token_events,
                            operations,
                            verification,
                        ])?;
                        if let Some(v) = tenants.get(tenant.id.as_bytes())? {
                            let mut stored = self
                                .open_tenant(tenant.id.as_bytes(), &v)
                                .map_err(ConflictableTransactionError::Abort)?;
                            stored.settings = TenantSettings::default();
                            let sealed = self
                                .seal_tenant(&stored)
                                .map_err(ConflictableTransactionError::Abort)?;
                            tenants.insert(tenant.id.as_bytes(), sealed)?;
                        }
                        Ok(())
                    },
                ))
            })
            .await?;
        match outcome {
            Ok(()) => self.flush().await,
            Err(TransactionError::Abort(e)) => Err(e),
            Err(TransactionError::Storage(e)) => Err(e.into()),
        }
    }

    /// The keys of a tenant's data: cards, PAN index entries, operations, tokens, and the
    /// verification tree's sessions, mappings and transactions.
    pub(super) fn tenant_keys(&self, tenant: &Tenant) -> Result<TenantKeys> {
        let keys = |tree: &sled::Tree, prefix: String| -> Result<Vec<sled::IVec>> {
            tree.scan_prefix(prefix.as_bytes())
                .map(|kv| Ok(kv?.0))
                .collect()
        };
        let mut found = TenantKeys::default();
        for issuer in &tenant.issuer_ids {
            found.cards.extend(keys(&self.cards, format!("{issuer}/"))?);
            found
                .card_index
                .extend(keys(&self.card_index, format!("{issuer}/"))?);
            found
                .operations
                .extend(keys(&self.operations, format!("{issuer}/"))?);
        }
        found.tokens = keys(&self.tokens, format!("{}/", tenant.id))?;
        found.token_events = keys(&self.token_events, format!("{}/", tenant.id))?;
        for prefix in super::verification::tenant_prefixes(&tenant.id) {
            found.verification.extend(keys(&self.verification, prefix)?);
        }
        found.verification.extend(self.session_keys_of(&tenant.id)?);
        // Not removed by a reset (a partner is configuration, like credentials), only with
        // the tenant.
        found.partners = keys(&self.partners, format!("{}/", tenant.id))?;
        Ok(found)
    }
}
