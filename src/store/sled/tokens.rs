//! Tokens of the token notifications (`tokens` tree, key `<tenant id>/<merchantId>/<tokenId>`)
//! and every notification received about them (`token_events` tree, key
//! `<tenant id>/<merchantId>/<hex of tokenId>/<sequence, 20 digits>`; a failed tokenization
//! without a token id is kept under `<tenant id>/<merchantId>/-/<id, 20 digits>`). The token id
//! is hex-encoded in event keys so that one token's prefix never matches another's (token ids
//! may contain `/`). A notification's token record and its event are one transaction.

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::super::records::*;
use super::super::sealing::{TOKEN_EVENTS, TOKENS};
use super::super::{Result, StoreError};
use super::SledStore;

fn token_key(tenant_id: &str, merchant_id: &str, token_id: &str) -> String {
    format!("{tenant_id}/{merchant_id}/{token_id}")
}

fn events_prefix(tenant_id: &str, merchant_id: &str, token_id: Option<&str>) -> String {
    match token_id {
        Some(token) => format!("{tenant_id}/{merchant_id}/{}/", hex::encode(token)),
        None => format!("{tenant_id}/{merchant_id}/-/"),
    }
}

fn event_key(prefix: &str, sequence: u64) -> String {
    format!("{prefix}{sequence:020}")
}

/// Why a notification's transaction stopped.
enum Stop<E> {
    Refused(E),
    Corrupt(StoreError),
}

impl SledStore {
    /// A token, if known.
    pub(in crate::store) fn token(
        &self,
        tenant_id: &str,
        merchant_id: &str,
        token_id: &str,
    ) -> Result<Option<TokenRecord>> {
        self.tokens
            .get(token_key(tenant_id, merchant_id, token_id).as_bytes())?
            .map(|v| TOKENS.decode(&v))
            .transpose()
    }

    /// See [`crate::store::Store::record_token_event`].
    pub(in crate::store) async fn record_token_event<E>(
        &self,
        tenant_id: &str,
        merchant_id: &str,
        token_id: &str,
        decide: impl Fn(Option<&TokenRecord>) -> std::result::Result<TokenWrite, E>,
    ) -> Result<std::result::Result<TokenEvent, E>> {
        let key = token_key(tenant_id, merchant_id, token_id);
        let prefix = events_prefix(tenant_id, merchant_id, Some(token_id));
        let outcome = self
            .transact(|| {
                (&self.tokens, &self.token_events).transaction(|(tokens, events)| {
                    let stored = tokens
                        .get(key.as_bytes())?
                        .map(|v| TOKENS.decode::<TokenRecord>(&v))
                        .transpose()
                        .map_err(|e| ConflictableTransactionError::Abort(Stop::Corrupt(e)))?;
                    let write = decide(stored.as_ref())
                        .map_err(|e| ConflictableTransactionError::Abort(Stop::Refused(e)))?;
                    // The record the event belongs to: the new one, else the stored one.
                    let Some(mut record) = write.record.or(stored) else {
                        return Err(ConflictableTransactionError::Abort(Stop::Corrupt(
                            StoreError::Conflict(format!("token {token_id} is not stored")),
                        )));
                    };
                    record.last_sequence += 1;
                    let event = TokenEvent {
                        sequence: record.last_sequence,
                        ..write.event
                    };
                    tokens.insert(key.as_bytes(), TOKENS.encode(&record))?;
                    events.insert(
                        event_key(&prefix, event.sequence).as_bytes(),
                        TOKEN_EVENTS.encode(&event),
                    )?;
                    Ok(event)
                })
            })
            .await;
        // Refusals too: they rest on what was read (see the store's contract).
        self.flush().await?;
        match outcome {
            Ok(event) => Ok(Ok(event)),
            Err(TransactionError::Abort(Stop::Refused(e))) => Ok(Err(e)),
            Err(TransactionError::Abort(Stop::Corrupt(e))) => Err(e),
            Err(TransactionError::Storage(e)) => Err(e.into()),
        }
    }

    /// See [`crate::store::Store::record_failed_tokenization`].
    pub(in crate::store) async fn record_failed_tokenization(
        &self,
        tenant_id: &str,
        merchant_id: &str,
        event: TokenEvent,
    ) -> Result<TokenEvent> {
        // Monotonic across restarts; outside any transaction (sled's id generator deadlocks
        // inside one).
        let event = TokenEvent {
            sequence: self.db.generate_id()? + 1,
            ..event
        };
        let key = event_key(&events_prefix(tenant_id, merchant_id, None), event.sequence);
        self.token_events
            .insert(key.as_bytes(), TOKEN_EVENTS.encode(&event))?;
        self.flush().await?;
        Ok(event)
    }

    /// A merchant's tokens, in token-id order.
    pub(in crate::store) fn merchant_tokens(
        &self,
        tenant_id: &str,
        merchant_id: &str,
    ) -> Result<Vec<TokenRecord>> {
        let mut tokens = Vec::new();
        for kv in self
            .tokens
            .scan_prefix(format!("{tenant_id}/{merchant_id}/").as_bytes())
        {
            let record: TokenRecord = TOKENS.decode(&kv?.1)?;
            // A merchant id that is a prefix of another's with a `/` must not list its tokens.
            if record.merchant_id == merchant_id {
                tokens.push(record);
            }
        }
        Ok(tokens)
    }

    /// See [`crate::store::Store::token_events`].
    pub(in crate::store) fn token_events(
        &self,
        tenant_id: &str,
        merchant_id: &str,
        token_id: Option<&str>,
        after: Option<u64>,
        limit: usize,
    ) -> Result<Vec<TokenEvent>> {
        let prefix = events_prefix(tenant_id, merchant_id, token_id);
        let start = event_key(&prefix, after.map_or(0, |a| a.saturating_add(1)));
        let end = format!("{prefix}~");
        self.token_events
            .range(start.as_bytes()..end.as_bytes())
            .take(limit)
            .map(|kv| TOKEN_EVENTS.decode(&kv?.1))
            .collect()
    }
}
