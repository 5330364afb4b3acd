//! Card operations, each a record of its own (`operations` tree, key
//! `<issuerId>/<cardId>/<operationId>`): a notification writes the operations it names and, for
//! a new one, the card's count, never the card's whole history, so its cost does not grow with
//! the history.

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::super::records::*;
use super::super::sealing::{CARDS, OPERATIONS};
use super::super::{Result, StoreError};
use super::SledStore;

fn card_key(issuer_id: &str, card_id: &str) -> String {
    format!("{issuer_id}/{card_id}")
}

fn operation_key(issuer_id: &str, card_id: &str, operation_id: &str) -> String {
    format!("{issuer_id}/{card_id}/{operation_id}")
}

/// Attaches digital cards to a card, each once; whether anything changed. A set, not
/// `Vec::contains`: the work stays linear in the ids, whatever their number.
fn attach(card: &mut CardRecord, ids: &[String]) -> bool {
    if ids.is_empty() {
        return false;
    }
    let mut known: std::collections::HashSet<&str> =
        card.digital_card_ids.iter().map(String::as_str).collect();
    let new: Vec<String> = ids
        .iter()
        .filter(|id| known.insert(id.as_str()))
        .cloned()
        .collect();
    card.digital_card_ids.extend(new.iter().cloned());
    !new.is_empty()
}

/// A decision on one item: its index, its card and its stored operation in; the change out.
pub(in crate::store) trait Decide<E>:
    Fn(usize, &CardRecord, Option<&OperationRecord>) -> std::result::Result<OperationChange, E>
{
}

impl<E, F> Decide<E> for F where
    F: Fn(usize, &CardRecord, Option<&OperationRecord>) -> std::result::Result<OperationChange, E>
{
}

/// Why a batch's transaction stopped.
enum Stop<E> {
    Refused(OperationsRefused<E>),
    Corrupt(StoreError),
}

impl SledStore {
    /// See [`crate::store::Store::record_operations`].
    pub(in crate::store) async fn record_operations<E>(
        &self,
        issuer_id: &str,
        items: &[(&str, &str)],
        limit_per_card: u32,
        decide: impl Decide<E>,
    ) -> Result<std::result::Result<(), OperationsRefused<E>>> {
        let outcome = match items {
            [(card_id, operation_id)] => {
                self.record_one(issuer_id, card_id, operation_id, limit_per_card, &decide)
                    .await?
            }
            _ => {
                self.record_batch(issuer_id, items, limit_per_card, &decide)
                    .await?
            }
        };
        // Refusals too: they rest on what was read, which may be another write still waiting
        // for its flush.
        self.flush().await?;
        Ok(outcome)
    }

    /// One operation: compare-and-swap writes of the operation's record and, for a new one,
    /// of the card's count (first, so that the limit holds under concurrent writers), so it
    /// runs beside flushes. A crash between the two leaves the count one too high, never low.
    async fn record_one<E>(
        &self,
        issuer_id: &str,
        card_id: &str,
        operation_id: &str,
        limit: u32,
        decide: &impl Decide<E>,
    ) -> Result<std::result::Result<(), OperationsRefused<E>>> {
        let card_key = card_key(issuer_id, card_id);
        let op_key = operation_key(issuer_id, card_id, operation_id);
        loop {
            let Some(card_bytes) = self.cards.get(card_key.as_bytes())? else {
                return Ok(Err(OperationsRefused::UnknownCards(vec![card_id.into()])));
            };
            let card: CardRecord = CARDS.decode(&card_bytes)?;
            let stored_bytes = self.operations.get(op_key.as_bytes())?;
            let stored: Option<OperationRecord> = match &stored_bytes {
                Some(v) => Some(OPERATIONS.decode(v)?),
                None => None,
            };
            let change = match decide(0, &card, stored.as_ref()) {
                Ok(change) => change,
                Err(e) => return Ok(Err(OperationsRefused::Refused(vec![(0, e)]))),
            };
            match (stored_bytes, change.record) {
                (None, Some(mut record)) => {
                    if card.operation_count >= limit {
                        return Ok(Err(OperationsRefused::Full(vec![card_id.into()])));
                    }
                    let mut counted = card.clone();
                    counted.operation_count += 1;
                    counted.last_sequence += 1;
                    record.sequence = counted.last_sequence;
                    attach(&mut counted, &change.attach);
                    if self
                        .cards
                        .compare_and_swap(
                            card_key.as_bytes(),
                            Some(card_bytes),
                            Some(CARDS.encode(&counted)),
                        )?
                        .is_err()
                    {
                        continue;
                    }
                    if self
                        .operations
                        .compare_and_swap(
                            op_key.as_bytes(),
                            None as Option<&[u8]>,
                            Some(OPERATIONS.encode(&record)),
                        )?
                        .is_ok()
                    {
                        return Ok(Ok(()));
                    }
                    // The same operation was recorded meanwhile: give the count back (not the
                    // sequence, which stays unique) and decide again, against it.
                    self.change_card(&card_key, |c| {
                        c.operation_count = c.operation_count.saturating_sub(1);
                        true
                    })?;
                }
                (Some(old), Some(mut record)) => {
                    record.sequence = stored.as_ref().map_or(0, |s| s.sequence);
                    if self
                        .operations
                        .compare_and_swap(
                            op_key.as_bytes(),
                            Some(old),
                            Some(OPERATIONS.encode(&record)),
                        )?
                        .is_ok()
                    {
                        self.change_card(&card_key, |c| attach(c, &change.attach))?;
                        return Ok(Ok(()));
                    }
                }
                (_, None) => {
                    // Nothing to store; digital cards a crash may have left unattached are
                    // attached now (idempotent).
                    self.change_card(&card_key, |c| attach(c, &change.attach))?;
                    return Ok(Ok(()));
                }
            }
            // Another writer changed the card or the operation since they were read.
        }
    }

    /// Applies `change` to a card in a compare-and-swap loop, when it says it changed it.
    fn change_card(&self, key: &str, change: impl Fn(&mut CardRecord) -> bool) -> Result<()> {
        loop {
            let Some(bytes) = self.cards.get(key.as_bytes())? else {
                return Ok(());
            };
            let mut card: CardRecord = CARDS.decode(&bytes)?;
            if !change(&mut card) {
                return Ok(());
            }
            if self
                .cards
                .compare_and_swap(key.as_bytes(), Some(bytes), Some(CARDS.encode(&card)))?
                .is_ok()
            {
                return Ok(());
            }
        }
    }

    /// A batch: one transaction over the cards and their operations, all or nothing.
    async fn record_batch<E>(
        &self,
        issuer_id: &str,
        items: &[(&str, &str)],
        limit: u32,
        decide: &impl Decide<E>,
    ) -> Result<std::result::Result<(), OperationsRefused<E>>> {
        let outcome = self
            .transact(|| {
                (&self.cards, &self.operations).transaction(|(cards, operations)| {
                    let corrupt =
                        |e: StoreError| ConflictableTransactionError::Abort(Stop::Corrupt(e));
                    let mut unknown = Vec::new();
                    let mut full = Vec::new();
                    let mut refused = Vec::new();
                    for (i, (card_id, operation_id)) in items.iter().enumerate() {
                        let card_key = card_key(issuer_id, card_id);
                        let Some(card_bytes) = cards.get(card_key.as_bytes())? else {
                            if !unknown.contains(&card_id.to_string()) {
                                unknown.push(card_id.to_string());
                            }
                            continue;
                        };
                        let mut card: CardRecord = CARDS.decode(&card_bytes).map_err(corrupt)?;
                        let op_key = operation_key(issuer_id, card_id, operation_id);
                        let stored: Option<OperationRecord> =
                            match operations.get(op_key.as_bytes())? {
                                Some(v) => Some(OPERATIONS.decode(&v).map_err(corrupt)?),
                                None => None,
                            };
                        let change = match decide(i, &card, stored.as_ref()) {
                            Ok(change) => change,
                            Err(e) => {
                                refused.push((i, e));
                                continue;
                            }
                        };
                        let mut card_changed = attach(&mut card, &change.attach);
                        if let Some(mut record) = change.record {
                            match &stored {
                                Some(s) => record.sequence = s.sequence,
                                None => {
                                    if card.operation_count >= limit {
                                        if !full.contains(&card_id.to_string()) {
                                            full.push(card_id.to_string());
                                        }
                                        continue;
                                    }
                                    card.operation_count += 1;
                                    card.last_sequence += 1;
                                    card_changed = true;
                                    record.sequence = card.last_sequence;
                                }
                            }
                            operations.insert(op_key.as_bytes(), OPERATIONS.encode(&record))?;
                        }
                        if card_changed {
                            cards.insert(card_key.as_bytes(), CARDS.encode(&card))?;
                        }
                    }
                    let refusal = if !unknown.is_empty() {
                        Some(OperationsRefused::UnknownCards(unknown))
                    } else if !refused.is_empty() {
                        Some(OperationsRefused::Refused(refused))
                    } else if !full.is_empty() {
                        Some(OperationsRefused::Full(full))
                    } else {
                        None
                    };
                    match refusal {
                        Some(r) => Err(ConflictableTransactionError::Abort(Stop::Refused(r))),
                        None => Ok(()),
                    }
                })
            })
            .await;
        match outcome {
            Ok(()) => Ok(Ok(())),
            Err(TransactionError::Abort(Stop::Refused(r))) => Ok(Err(r)),
            Err(TransactionError::Abort(Stop::Corrupt(e))) => Err(e),
            Err(TransactionError::Storage(e)) => Err(e.into()),
        }
    }

    /// See [`crate::store::Store::card_operations`].
    pub(in crate::store) fn card_operations(
        &self,
        issuer_id: &str,
        card_id: &str,
        after: Option<u64>,
        limit: usize,
    ) -> Result<Vec<OperationRecord>> {
        let prefix = format!("{}/", card_key(issuer_id, card_id));
        let mut all = self
            .operations
            .scan_prefix(prefix.as_bytes())
            .map(|kv| OPERATIONS.decode::<OperationRecord>(&kv?.1))
            .collect::<Result<Vec<_>>>()?;
        all.retain(|o| after.is_none_or(|a| o.sequence > a));
        all.sort_by_key(|o| o.sequence);
        all.truncate(limit);
        Ok(all)
    }
}
