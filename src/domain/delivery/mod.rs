//! Delivery: the messages D1 owes the partners a tenant registered ([`Deliveries`]: events in,
//! an outbox in the store, every attempt logged) and the rules deciding, from the seeds, when
//! a call is tried again and when D1 gives up ([`classify`], [`RetrySchedule`], pure). The
//! worker in `outbound/delivery.rs` makes the calls.
//!
//! - Card API notifications (seed 000): 500 and 503 are retried later; 400, 401, 403, 404 are
//!   not ("until the issue is considered as resolved": a manual replay).
//! - Token notifications (seed 003): 429, 500 and 503 are retried "periodically with
//!   exponential backoff"; 400, 401, 404 are not. Any other 5xx is treated as retryable too.
//! - Merchant gateway (seed 004): 503 is retryable; 400, 401, 404, and a 500 with
//!   `INTERNAL_ERROR` or `MERCHANT_ERROR` are not (the seed says so); another 500 is retried.
//! - Connecting party (seed 002): a 500 is retried; a 400 is not, nor an answer whose
//!   `checkSignature` is wrong (another try would not fix a wrong key).
//! - A call that got no answer (refused, timed out), or an answer that cannot be read as the
//!   document says (an intermediary's error page), is retried, whatever the role; a call that
//!   cannot be made from the message fails.
//!
//! Invariant: what D1 owes a partner is a typed [`PartnerMessage`], never JSON; `events.rs`
//! (an event → its messages) and `rules.rs` (an outcome → a verdict, the backoff) are pure;
//! this file is the service that stores messages and attempts through the store handle.

mod events;
mod rules;

use std::time::Duration;

use chrono::{DateTime, Utc};

pub use self::events::Event;
use self::events::{messages_of, new_id, pending};
use self::rules::classify_without_partner;
pub use self::rules::{Answered, RetrySchedule, Verdict, classify};
use super::partners::{PartnerDescription, PartnerRole};
pub use crate::store::{
    AttemptRecord, CardOperationItem, CardOperationNotice, CardOperationsNotice,
    GatewayUpdateNotice, MessageRecord, MessageState, OperationStatus, PartnerMessage,
    TokenCreationNotice, TokenDisplay, TokenUpdateNotice, TokenizationFailure, VerificationNotice,
    VerifyCardCall,
};
use crate::store::{Store, StoreError, Tenant};

/// Why a delivery call failed.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    /// No partner is registered for the roles the event concerns.
    #[error("no partner is registered for {0}: register one first (PUT /sandbox/partners)")]
    NoPartner(String),
    /// The event's fields break a rule.
    #[error("{0}")]
    Invalid(String),
    /// No such message for this tenant.
    #[error("no delivery {0}")]
    Unknown(u64),
    /// The message cannot change that way.
    #[error("delivery {id} is {state:?}: {why}")]
    State {
        /// The message.
        id: u64,
        /// Its state.
        state: MessageState,
        /// What was refused.
        why: &'static str,
    },
    /// A registered partner could not be read.
    #[error(transparent)]
    Partner(#[from] super::partners::RegistrationError),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The messages D1 owes partners, and the rules that decide what happens to them.
#[derive(Debug, Clone)]
pub struct Deliveries {
    store: Store,
    wake: std::sync::Arc<tokio::sync::Notify>,
}

/// A message, with what the partner answered so far.
#[derive(Debug, Clone)]
pub struct Delivery {
    /// The message.
    pub message: MessageRecord,
    /// Its attempts, in order.
    pub attempts: Vec<AttemptRecord>,
}

impl Deliveries {
    /// The deliveries kept in `store`.
    pub fn new(store: Store) -> Deliveries {
        Deliveries {
            store,
            wake: Default::default(),
        }
    }

    /// Resolves when a new message may be due (the worker waits on it between rounds).
    pub async fn woken(&self) {
        self.wake.notified().await;
    }

    /// Turns an event into one message per partner concerned and accepts them (durable
    /// before this returns: an acknowledged event is never lost). At least one of the roles
    /// the event concerns must have a registered partner.
    pub async fn trigger(
        &self,
        tenant: &Tenant,
        event: Event,
        now: DateTime<Utc>,
    ) -> Result<Vec<MessageRecord>, DeliveryError> {
        let partner = |role: &str| -> Result<Option<PartnerDescription>, DeliveryError> {
            match self.store.partner(&tenant.id, role)? {
                Some(record) => Ok(Some(serde_json::from_value(record.description).map_err(
                    |e| {
                        super::partners::RegistrationError::Invalid(
                            super::partners::PartnerError::Parse(e.to_string()),
                        )
                    },
                )?)),
                None => Ok(None),
            }
        };
        let (made, roles) = messages_of(&event, now, partner)?;
        if made.is_empty() {
            return Err(DeliveryError::NoPartner(roles.into()));
        }
        let messages = made
            .into_iter()
            .map(|(subject, message)| pending(&tenant.id, &subject, event.name(), message, now))
            .collect();
        let stored = self.store.enqueue(messages).await?;
        self.wake.notify_waiters();
        Ok(stored)
    }

    /// What D1 tells the issuer when a card's state changed at the sandbox (the admin API):
    /// a `notifyCardOperations` (v2: v1 documents only DIGITIZE) with `SUSPEND`, `RESUME` or
    /// `DELETE`, SUCCESSFUL, when the tenant registered an issuer whose id is the card's.
    /// Nothing without one. Durable on return.
    pub async fn card_state_changed(
        &self,
        tenant: &Tenant,
        issuer_id: &str,
        card_id: &str,
        state: crate::store::CardState,
        now: DateTime<Utc>,
    ) -> Result<Option<MessageRecord>, DeliveryError> {
        use crate::store::CardState;
        let Some(record) = self.store.partner(&tenant.id, "issuer")? else {
            return Ok(None);
        };
        let Ok(PartnerDescription {
            role: PartnerRole::Issuer(issuer),
            ..
        }) = serde_json::from_value::<PartnerDescription>(record.description)
        else {
            return Ok(None);
        };
        if issuer.issuer_id != issuer_id {
            return Ok(None);
        }
        let operation = match state {
            CardState::Active => "RESUME",
            CardState::Deleted => "DELETE",
            CardState::Suspended
            | CardState::Lost
            | CardState::Stolen
            | CardState::FraudSuspect => "SUSPEND",
        };
        let item = CardOperationItem {
            card_id: card_id.into(),
            operation_id: new_id("op"),
            operation: operation.into(),
            status: OperationStatus::Successful,
            start_time: now,
            end_time: Some(now),
            message: None,
        };
        let notice = CardOperationsNotice {
            issuer_id: issuer_id.into(),
            cards: vec![item],
        };
        let message = pending(
            &tenant.id,
            card_id,
            "card-state",
            PartnerMessage::CardOperations(notice),
            now,
        );
        let stored = self.store.enqueue(vec![message]).await?;
        self.wake.notify_waiters();
        Ok(stored.into_iter().next())
    }

    /// Pending messages due now, the earliest first, `limit` at most, leaving out those
    /// `skip` says (the worker's in-flight subjects) without counting them.
    pub fn due(
        &self,
        now: DateTime<Utc>,
        limit: usize,
        skip: &dyn Fn(&MessageRecord) -> bool,
    ) -> Result<Vec<MessageRecord>, DeliveryError> {
        Ok(self.store.due_messages(now, limit, skip)?)
    }

    /// A message as stored now (the worker reads it again before calling: it may have been
    /// delivered, replayed or aborted since it was listed).
    pub fn current(&self, id: u64) -> Result<Option<MessageRecord>, DeliveryError> {
        Ok(self.store.message(id)?)
    }

    /// The partner a message goes to, as registered now (`None`: none any more, or the tenant
    /// is gone).
    pub fn partner_of(
        &self,
        message: &MessageRecord,
    ) -> Result<Option<PartnerDescription>, DeliveryError> {
        match self.store.partner(&message.tenant_id, message.role())? {
            Some(record) => Ok(serde_json::from_value(record.description).ok()),
            None => Ok(None),
        }
    }

    /// Records an attempt and applies the role's rules: delivered, retried on the schedule
    /// (failed once too old), or failed. `unit` picks the jitter; `batch` is the number of
    /// cards when the call carried several messages (said in the attempt's detail). Durable on
    /// return.
    #[allow(clippy::too_many_arguments)]
    pub async fn finish(
        &self,
        message: &MessageRecord,
        role: Option<&PartnerRole>,
        answered: &Answered,
        status: Option<u16>,
        latency: Duration,
        now: DateTime<Utc>,
        schedule: &RetrySchedule,
        unit: f64,
        batch: Option<usize>,
    ) -> Result<MessageRecord, DeliveryError> {
        let verdict = match (role, answered) {
            (Some(role), _) => classify(role, answered),
            // The partner could not be read (a store failure): tried again on the schedule.
            (None, Answered::NoAnswer(why)) => Verdict::Retry(why.clone()),
            (None, _) => classify_without_partner(),
        };
        let number = message.attempts + 1;
        let (word, mut detail) = match &verdict {
            Verdict::Delivered => ("delivered", "delivered".to_string()),
            Verdict::Retry(why) => ("retry", why.clone()),
            Verdict::Failed(why) => ("failed", why.clone()),
        };
        if let Some(cards) = batch {
            detail.push_str(&format!(
                " (one notifyCardOperations call of {cards} cards)"
            ));
        }
        let attempt = AttemptRecord {
            number,
            at: now,
            status,
            latency_ms: u64::try_from(latency.as_millis()).unwrap_or(u64::MAX),
            verdict: word.into(),
            detail: detail.clone(),
        };
        let changed = self
            .store
            .change_message(message.id, Some(&attempt), |stored| {
                // Changed meanwhile (replayed, aborted): this attempt no longer decides.
                if stored.state != MessageState::Pending || stored.attempts != message.attempts {
                    return Err(());
                }
                let (state, next, outcome) = match &verdict {
                    Verdict::Delivered => (MessageState::Delivered, None, detail.clone()),
                    Verdict::Failed(_) => (MessageState::Failed, None, detail.clone()),
                    Verdict::Retry(_) => {
                        match schedule.next_attempt(stored.created_at, now, number, unit) {
                            Some(at) => (MessageState::Pending, Some(at), detail.clone()),
                            None => (
                                MessageState::Failed,
                                None,
                                format!("{detail}; too old to retry"),
                            ),
                        }
                    }
                };
                Ok(MessageRecord {
                    state,
                    attempts: number,
                    next_attempt_at: next,
                    last_outcome: Some(outcome),
                    ..stored.clone()
                })
            })
            .await?;
        match changed {
            Ok(m) => Ok(m),
            // Its attempt is kept in the log all the same; the message is as it was made.
            Err(()) => Ok(self
                .store
                .message(message.id)?
                .unwrap_or_else(|| message.clone())),
        }
    }

    /// A tenant's deliveries, newest first (`before` an id), `limit` at most, filtered by state
    /// and role when given.
    pub fn list(
        &self,
        tenant: &Tenant,
        state: Option<MessageState>,
        role: Option<&str>,
        before: Option<u64>,
        limit: usize,
    ) -> Result<Vec<MessageRecord>, DeliveryError> {
        let keep = |m: &MessageRecord| {
            state.is_none_or(|s| m.state == s) && role.is_none_or(|r| m.role() == r)
        };
        Ok(self.store.messages(&tenant.id, before, limit, &keep)?)
    }

    /// Counts of a tenant's deliveries: (pending, delivered, failed, aborted, attempts,
    /// retries).
    pub fn stats(&self, tenant: &Tenant) -> Result<[u64; 6], DeliveryError> {
        let mut counts = [0u64; 6];
        for m in self
            .store
            .messages(&tenant.id, None, usize::MAX, &|_| true)?
        {
            let slot = match m.state {
                MessageState::Pending => 0,
                MessageState::Delivered => 1,
                MessageState::Failed => 2,
                MessageState::Aborted => 3,
            };
            counts[slot] += 1;
            counts[4] += u64::from(m.attempts);
            counts[5] += u64::from(m.attempts.saturating_sub(1));
        }
        Ok(counts)
    }

    /// One of the tenant's deliveries, with its attempts.
    pub fn get(&self, tenant: &Tenant, id: u64) -> Result<Delivery, DeliveryError> {
        let message = self
            .store
            .message(id)?
            .filter(|m| m.tenant_id == tenant.id)
            .ok_or(DeliveryError::Unknown(id))?;
        Ok(Delivery {
            attempts: self.store.attempts(id)?,
            message,
        })
    }

    /// Sends a delivery again (failed, delivered or aborted; a pending one is tried now): it
    /// is pending again, due now, its age counted from now. Durable on return.
    pub async fn replay(
        &self,
        tenant: &Tenant,
        id: u64,
        now: DateTime<Utc>,
    ) -> Result<MessageRecord, DeliveryError> {
        self.get(tenant, id)?;
        let changed = self
            .store
            .change_message(id, None, |m| {
                Ok::<_, DeliveryError>(MessageRecord {
                    state: MessageState::Pending,
                    created_at: now,
                    next_attempt_at: Some(now),
                    last_outcome: Some("replayed".into()),
                    ..m.clone()
                })
            })
            .await??;
        self.wake.notify_waiters();
        Ok(changed)
    }

    /// Stops a pending delivery. Durable on return.
    pub async fn abort(&self, tenant: &Tenant, id: u64) -> Result<MessageRecord, DeliveryError> {
        self.get(tenant, id)?;
        self.store
            .change_message(id, None, |m| {
                if m.state != MessageState::Pending {
                    return Err(DeliveryError::State {
                        id,
                        state: m.state,
                        why: "only a pending delivery can be aborted",
                    });
                }
                Ok(MessageRecord {
                    state: MessageState::Aborted,
                    next_attempt_at: None,
                    last_outcome: Some("aborted".into()),
                    ..m.clone()
                })
            })
            .await?
    }
}
