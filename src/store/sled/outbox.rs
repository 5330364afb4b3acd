//! The outbox: messages owed to partners (`outbox` tree, key the id as 20 digits, value a
//! sealed `MessageRecord`), the pending ones by due time (`outbox_due`, key
//! `<due, ms since the epoch, 20 digits>/<id, 20 digits>`), and every attempt (`attempts`, key
//! `<id, 20 digits>/<number, 10 digits>`). A message and its due entry change together, in one
//! transaction, with the attempt that changed them.

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::super::records::*;
use super::super::sealing::{ATTEMPTS, OUTBOX};
use super::super::{Result, StoreError};
use super::SledStore;

fn id_key(id: u64) -> String {
    format!("{id:020}")
}

fn due_key(at: chrono::DateTime<chrono::Utc>, id: u64) -> String {
    format!("{:020}/{id:020}", at.timestamp_millis().max(0))
}

fn attempt_key(id: u64, number: u32) -> String {
    format!("{id:020}/{number:010}")
}

/// Why a message's transaction stopped.
enum Stop<E> {
    Refused(E),
    Corrupt(StoreError),
}

impl SledStore {
    /// A transaction's outcome, made durable: an abort wrote nothing, a storage error is the
    /// store's error.
    async fn settle(&self, outcome: std::result::Result<(), TransactionError<()>>) -> Result<()> {
        match outcome {
            Ok(()) | Err(TransactionError::Abort(())) => {}
            Err(TransactionError::Storage(e)) => return Err(e.into()),
        }
        self.flush().await
    }

    fn seal_message(&self, record: &MessageRecord) -> Result<Vec<u8>> {
        self.seal
            .encode(OUTBOX, id_key(record.id).as_bytes(), record)
    }

    fn open_message(&self, key: &[u8], value: &[u8]) -> Result<MessageRecord> {
        self.seal.decode(OUTBOX, key, value)
    }

    /// See [`crate::store::Store::enqueue`].
    pub(in crate::store) async fn enqueue(
        &self,
        messages: Vec<MessageRecord>,
    ) -> Result<Vec<MessageRecord>> {
        // Ids outside the transaction: sled's id generator deadlocks inside one.
        let mut numbered = Vec::with_capacity(messages.len());
        for message in messages {
            numbered.push(MessageRecord {
                id: self.db.generate_id()? + 1,
                ..message
            });
        }
        let sealed: Vec<(String, Vec<u8>, Option<String>)> = numbered
            .iter()
            .map(|m| {
                Ok((
                    id_key(m.id),
                    self.seal_message(m)?,
                    m.next_attempt_at.map(|at| due_key(at, m.id)),
                ))
            })
            .collect::<Result<_>>()?;
        let outcome: std::result::Result<(), TransactionError<()>> = self
            .transact(|| {
                (&self.outbox, &self.outbox_due).transaction(|(outbox, due)| {
                    for (key, value, due_at) in &sealed {
                        outbox.insert(key.as_bytes(), value.clone())?;
                        if let Some(due_at) = due_at {
                            due.insert(due_at.as_bytes(), &[][..])?;
                        }
                    }
                    Ok(())
                })
            })
            .await;
        self.settle(outcome).await?;
        Ok(numbered)
    }

    /// Pending messages due at `now` or before, the earliest first, `limit` at most, not
    /// counting those `skip` leaves out (at most a bounded number of entries is looked at).
    pub(in crate::store) fn due_messages(
        &self,
        now: chrono::DateTime<chrono::Utc>,
        limit: usize,
        skip: &dyn Fn(&MessageRecord) -> bool,
    ) -> Result<Vec<MessageRecord>> {
        const BUDGET: usize = 10_000;
        let end = format!("{:020}/~", now.timestamp_millis().max(0));
        let mut out = Vec::new();
        for kv in self.outbox_due.range(..end.as_bytes()).take(BUDGET) {
            let (key, _) = kv?;
            let id = String::from_utf8_lossy(key.get(21..).unwrap_or_default()).to_string();
            let Some(value) = self.outbox.get(id.as_bytes())? else {
                continue;
            };
            match self.open_message(id.as_bytes(), &value) {
                Ok(message) if skip(&message) => {}
                Ok(message) => out.push(message),
                // One unreadable record must not stop every tenant's deliveries.
                Err(e) => tracing::error!(error = %e, id, "an outbox record cannot be read"),
            }
            if out.len() >= limit {
                break;
            }
        }
        Ok(out)
    }

    /// See [`crate::store::Store::delete_messages_of`].
    pub(in crate::store) async fn delete_messages_of(&self, tenant_id: &str) -> Result<usize> {
        let mut doomed = Vec::new();
        for kv in self.outbox.iter() {
            let (key, value) = kv?;
            let message = self.open_message(&key, &value)?;
            if message.tenant_id == tenant_id {
                doomed.push(message);
            }
        }
        let mut attempt_keys = Vec::new();
        for m in &doomed {
            for kv in self
                .attempts
                .scan_prefix(format!("{}/", id_key(m.id)).as_bytes())
            {
                attempt_keys.push(kv?.0);
            }
        }
        let outcome: std::result::Result<(), TransactionError<()>> = self
            .transact(|| {
                (&self.outbox, &self.outbox_due, &self.attempts).transaction(
                    |(outbox, due, attempts)| {
                        for m in &doomed {
                            outbox.remove(id_key(m.id).as_bytes())?;
                            if let Some(at) = m.next_attempt_at {
                                due.remove(due_key(at, m.id).as_bytes())?;
                            }
                        }
                        for k in &attempt_keys {
                            attempts.remove(k)?;
                        }
                        Ok(())
                    },
                )
            })
            .await;
        self.settle(outcome).await?;
        Ok(doomed.len())
    }

    /// A message by id.
    pub(in crate::store) fn message(&self, id: u64) -> Result<Option<MessageRecord>> {
        let key = id_key(id);
        self.outbox
            .get(key.as_bytes())?
            .map(|v| self.open_message(key.as_bytes(), &v))
            .transpose()
    }

    /// See [`crate::store::Store::messages`].
    pub(in crate::store) fn messages_of(
        &self,
        tenant_id: &str,
        before: Option<u64>,
        limit: usize,
        keep: &dyn Fn(&MessageRecord) -> bool,
    ) -> Result<Vec<MessageRecord>> {
        let end = id_key(before.unwrap_or(u64::MAX));
        let mut out = Vec::new();
        for kv in self.outbox.range(..end.as_bytes()).rev() {
            let (key, value) = kv?;
            let message = self.open_message(&key, &value)?;
            if message.tenant_id == tenant_id && keep(&message) {
                out.push(message);
                if out.len() >= limit {
                    break;
                }
            }
        }
        Ok(out)
    }

    /// A message's attempts, in order.
    pub(in crate::store) fn attempts_of(&self, id: u64) -> Result<Vec<AttemptRecord>> {
        self.attempts
            .scan_prefix(format!("{}/", id_key(id)).as_bytes())
            .map(|kv| ATTEMPTS.decode(&kv?.1))
            .collect()
    }

    /// See [`crate::store::Store::change_message`].
    pub(in crate::store) async fn change_message<E>(
        &self,
        id: u64,
        attempt: Option<&AttemptRecord>,
        decide: impl Fn(&MessageRecord) -> std::result::Result<MessageRecord, E>,
    ) -> Result<std::result::Result<MessageRecord, E>> {
        let key = id_key(id);
        let outcome = self
            .transact(|| {
                (&self.outbox, &self.outbox_due, &self.attempts).transaction(
                    |(outbox, due, attempts)| {
                        let abort = |e| ConflictableTransactionError::Abort(e);
                        let Some(value) = outbox.get(key.as_bytes())? else {
                            return Err(abort(Stop::Corrupt(StoreError::Conflict(format!(
                                "message {id} is gone"
                            )))));
                        };
                        let current = self
                            .open_message(key.as_bytes(), &value)
                            .map_err(|e| abort(Stop::Corrupt(e)))?;
                        let changed = decide(&current).map_err(|e| abort(Stop::Refused(e)))?;
                        if let Some(at) = current.next_attempt_at {
                            due.remove(due_key(at, id).as_bytes())?;
                        }
                        if let (MessageState::Pending, Some(at)) =
                            (changed.state, changed.next_attempt_at)
                        {
                            due.insert(due_key(at, id).as_bytes(), &[][..])?;
                        }
                        if let Some(attempt) = attempt {
                            attempts.insert(
                                attempt_key(id, attempt.number).as_bytes(),
                                ATTEMPTS.encode(attempt),
                            )?;
                        }
                        let sealed = self
                            .seal_message(&changed)
                            .map_err(|e| abort(Stop::Corrupt(e)))?;
                        outbox.insert(key.as_bytes(), sealed)?;
                        Ok(changed)
                    },
                )
            })
            .await;
        self.flush().await?;
        match outcome {
            Ok(changed) => Ok(Ok(changed)),
            Err(TransactionError::Abort(Stop::Refused(e))) => Ok(Err(e)),
            Err(TransactionError::Abort(Stop::Corrupt(e))) => Err(e),
            Err(TransactionError::Storage(e)) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::{Backend, Store};
    use super::*;
    use crate::crypto::seal::SealingKey;

    /// An outbox an older build wrote (format 1: role, operation and the request as JSON) keeps
    /// delivering: its message is listed due, read as the typed message, and changes like any
    /// other, written back in the current format.
    #[tokio::test]
    async fn a_message_an_older_build_wrote_is_due_typed_and_changes() {
        let dir = std::env::temp_dir().join(format!("d1-outbox-format1-{}", std::process::id()));
        let key = SealingKey::generate();
        let store = Store::open(&dir, |_| Ok(key.clone())).unwrap();
        let now = chrono::Utc::now();
        let fresh = super::super::super::tests::message("t1", "tok-1", Some(now));
        let id = store.enqueue(vec![fresh]).await.unwrap()[0].id;
        // Overwrite it with what the build before typed messages stored for that message.
        let old = serde_json::json!({"id": id, "tenant_id": "t1", "role": "merchant-gateway",
            "operation": "notifyUpdate", "subject": "tok-1", "event": "token-created",
            "request": {"merchantGatewayId": "MGW_000001", "merchantId": "10610027312",
                        "tokenId": "tok-1", "correlationId": "d1-old"},
            "state": "PENDING", "attempts": 1, "created_at": now, "next_attempt_at": now,
            "last_outcome": "503: retryable"});
        let Backend::Sled(sled) = &store.backend;
        let sealed = sled
            .seal
            .seal_bytes(OUTBOX, id_key(id).as_bytes(), old.to_string().as_bytes())
            .unwrap();
        sled.outbox.insert(id_key(id).as_bytes(), sealed).unwrap();

        let due = store.due_messages(now, 10, &|_| false).unwrap();
        assert_eq!(due.len(), 1);
        assert_eq!((due[0].id, due[0].attempts), (id, 1));
        assert_eq!(
            due[0].message,
            PartnerMessage::GatewayUpdate(GatewayUpdateNotice {
                merchant_gateway_id: "MGW_000001".into(),
                merchant_id: "10610027312".into(),
                token_id: "tok-1".into(),
                correlation_id: "d1-old".into(),
            })
        );
        let delivered = super::super::super::tests::delivered(&store, id).await;
        assert_eq!(delivered.state, MessageState::Delivered);
        // Written back in the current format, readable as before.
        let stored = sled.outbox.get(id_key(id).as_bytes()).unwrap().unwrap();
        let plain = sled
            .seal
            .open_bytes(OUTBOX, id_key(id).as_bytes(), &stored)
            .unwrap();
        let value: serde_json::Value = serde_json::from_slice(&plain).unwrap();
        assert_eq!(
            value["format"],
            super::super::super::records::outbox::MESSAGE_FORMAT
        );
        assert_eq!(store.message(id).unwrap().unwrap(), delivered);
        assert!(store.due_messages(now, 10, &|_| false).unwrap().is_empty());
        drop(store);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
