//! The connecting party's side of the verification notification (`verification` tree): consumer
//! sessions under `session/<SHA-256 of the access token>`, card mappings under
//! `map/<tenant>/<uniqueReferenceCardId>` with their reverse index
//! `card/<tenant>/<serverCardId>`, and transactions under `txn/<tenant>/<session token>`.
//! One tree, so that a notification's transaction and mapping are written in one sled
//! transaction.

use serde::de::DeserializeOwned;
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};

use super::super::records::*;
use super::super::sealing::VERIFICATION;
use super::super::{Result, StoreError};
use super::SledStore;

fn session_key(digest: &str) -> String {
    format!("session/{digest}")
}

fn mapping_key(tenant_id: &str, unique_reference_card_id: i64) -> String {
    format!("map/{tenant_id}/{unique_reference_card_id}")
}

fn card_key(tenant_id: &str, server_card_id: &str) -> String {
    format!("card/{tenant_id}/{server_card_id}")
}

fn transaction_key(tenant_id: &str, session_token: &str) -> String {
    format!("txn/{tenant_id}/{session_token}")
}

/// The key prefixes holding one tenant's mappings and transactions.
pub(super) fn tenant_prefixes(tenant_id: &str) -> [String; 3] {
    [
        format!("map/{tenant_id}/"),
        format!("card/{tenant_id}/"),
        format!("txn/{tenant_id}/"),
    ]
}

/// Why a notification's transaction stopped.
enum Stop<E> {
    Refused(E),
    Corrupt(StoreError),
}

fn corrupt<E>(e: StoreError) -> ConflictableTransactionError<Stop<E>> {
    ConflictableTransactionError::Abort(Stop::Corrupt(e))
}

/// A record of the tree at `key`, inside a notification's transaction.
fn read<T: DeserializeOwned, E>(
    tree: &TransactionalTree,
    key: &str,
) -> std::result::Result<Option<T>, ConflictableTransactionError<Stop<E>>> {
    tree.get(key.as_bytes())?
        .map(|v| VERIFICATION.decode::<T>(&v))
        .transpose()
        .map_err(corrupt)
}

impl SledStore {
    /// Stores a consumer session under its access token's digest; durable on return.
    pub(in crate::store) async fn put_consumer_session(
        &self,
        token_sha256: &str,
        session: &ConsumerSession,
    ) -> Result<()> {
        let key = session_key(token_sha256);
        if self
            .verification
            .compare_and_swap(
                key.as_bytes(),
                None as Option<&[u8]>,
                Some(VERIFICATION.encode(session)),
            )?
            .is_err()
        {
            self.flush().await?;
            return Err(StoreError::Conflict("consumer session".into()));
        }
        self.flush().await
    }

    /// A consumer session by its access token's digest.
    pub(in crate::store) fn consumer_session(
        &self,
        token_sha256: &str,
    ) -> Result<Option<ConsumerSession>> {
        self.verification
            .get(session_key(token_sha256).as_bytes())?
            .map(|v| VERIFICATION.decode(&v))
            .transpose()
    }

    /// The keys of a tenant's consumer sessions (a scan: sessions are few, made by hand).
    pub(super) fn session_keys_of(&self, tenant_id: &str) -> Result<Vec<sled::IVec>> {
        let mut keys = Vec::new();
        for kv in self.verification.scan_prefix(b"session/") {
            let (k, v) = kv?;
            let session: ConsumerSession = VERIFICATION.decode(&v)?;
            if session.tenant_id == tenant_id {
                keys.push(k);
            }
        }
        Ok(keys)
    }

    /// See [`crate::store::Store::record_verification`].
    pub(in crate::store) async fn record_verification<E>(
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
        let session_key = session_key(session_sha256);
        let txn_key = transaction_key(tenant_id, session_token);
        let map_key = mapping_key(tenant_id, unique_reference_card_id);
        let owner_key = card_key(tenant_id, server_card_id);
        let outcome = self
            .transact(|| {
                self.verification.transaction(|tree| {
                    // Read again here: a reset may have removed the session since it was checked.
                    let session = read::<ConsumerSession, E>(tree, &session_key)?;
                    let stored = read::<VerificationRecord, E>(tree, &txn_key)?;
                    let mapping = read::<CardMapping, E>(tree, &map_key)?;
                    let owner = read::<i64, E>(tree, &owner_key)?;
                    let write = decide(session.as_ref(), stored.as_ref(), mapping.as_ref(), owner)
                        .map_err(|e| ConflictableTransactionError::Abort(Stop::Refused(e)))?;
                    if write.new {
                        tree.insert(txn_key.as_bytes(), VERIFICATION.encode(&write.record))?;
                    }
                    if let Some(new_mapping) = &write.mapping {
                        // The card reference the PAN mapped to before is free again.
                        if let Some(old) = &mapping
                            && old.server_card_id != new_mapping.server_card_id
                        {
                            tree.remove(card_key(tenant_id, &old.server_card_id).as_bytes())?;
                        }
                        tree.insert(
                            mapping_key(tenant_id, new_mapping.unique_reference_card_id).as_bytes(),
                            VERIFICATION.encode(new_mapping),
                        )?;
                        tree.insert(
                            card_key(tenant_id, &new_mapping.server_card_id).as_bytes(),
                            VERIFICATION.encode(&new_mapping.unique_reference_card_id),
                        )?;
                    }
                    Ok(write.record)
                })
            })
            .await;
        // Refusals too: they rest on what was read (see the store's contract).
        self.flush().await?;
        match outcome {
            Ok(record) => Ok(Ok(record)),
            Err(TransactionError::Abort(Stop::Refused(e))) => Ok(Err(e)),
            Err(TransactionError::Abort(Stop::Corrupt(e))) => Err(e),
            Err(TransactionError::Storage(e)) => Err(e.into()),
        }
    }

    /// A tenant's card mappings, in `uniqueReferenceCardId` key order.
    pub(in crate::store) fn card_mappings(&self, tenant_id: &str) -> Result<Vec<CardMapping>> {
        self.verification
            .scan_prefix(format!("map/{tenant_id}/").as_bytes())
            .map(|kv| VERIFICATION.decode(&kv?.1))
            .collect()
    }

    /// A tenant's verification transactions, newest first, `limit` at most.
    pub(in crate::store) fn verifications(
        &self,
        tenant_id: &str,
        limit: usize,
    ) -> Result<Vec<VerificationRecord>> {
        let mut all: Vec<VerificationRecord> = self
            .verification
            .scan_prefix(format!("txn/{tenant_id}/").as_bytes())
            .map(|kv| VERIFICATION.decode(&kv?.1))
            .collect::<Result<_>>()?;
        all.sort_by(|a, b| {
            b.received_at
                .cmp(&a.received_at)
                .then_with(|| a.session_token.cmp(&b.session_token))
        });
        all.truncate(limit);
        Ok(all)
    }
}
