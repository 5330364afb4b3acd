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

use std::time::Duration;

use chrono::{DateTime, Utc};

use super::partners::{PartnerDescription, PartnerRole};
pub use crate::store::{
    AttemptRecord, CardOperationItem, CardOperationNotice, CardOperationsNotice,
    GatewayUpdateNotice, MessageRecord, MessageState, OperationStatus, PartnerMessage,
    TokenCreationNotice, TokenDisplay, TokenUpdateNotice, TokenizationFailure, VerificationNotice,
    VerifyCardCall,
};
use crate::store::{Store, StoreError, Tenant};

/// What an attempt's answer means for the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Delivered: done.
    Delivered,
    /// Try again later: why.
    Retry(String),
    /// Not retryable: failed until replayed by hand. Why.
    Failed(String),
}

/// How an attempt ended, as the rules need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answered {
    /// No partner is registered for the role (any more): nothing to send to.
    NoPartner,
    /// The answer could not be read as the operation's document says (no body, a body its
    /// schema refuses, or not JSON: an intermediary's error page, say). What came, in a
    /// person's words, its status first when one came (`503, no body`).
    Broken(String),
    /// The call could not be made from the message (a field the client refuses). Why.
    Unsendable(String),
    /// The partner answered this status, with this error code (if its body had one).
    Status(u16, Option<String>),
    /// A connecting party answered 200 but its `checkSignature` is wrong.
    BadSignature,
    /// No answer: refused, reset, timed out. Why.
    NoAnswer(String),
}

/// Applies the role's rules to an attempt's outcome.
pub fn classify(role: &PartnerRole, answered: &Answered) -> Verdict {
    let status = match answered {
        Answered::NoAnswer(why) => return Verdict::Retry(format!("no answer: {why}")),
        Answered::BadSignature => {
            return Verdict::Failed(
                "checkSignature is not HMAC-SHA1(control key, nonce + endpointId + invoiceId)"
                    .into(),
            );
        }
        Answered::NoPartner => {
            return Verdict::Failed("no partner is registered for the role".into());
        }
        // Whatever its status, it is often a load balancer's page (or an empty answer) in front
        // of a partner that is down, so it is tried again.
        Answered::Broken(why) => {
            return Verdict::Retry(format!(
                "{why}: not the answer the document declares; retryable"
            ));
        }
        Answered::Unsendable(why) => {
            return Verdict::Failed(format!("the call could not be made: {why}"));
        }
        Answered::Status(status, _) => *status,
    };
    if (200..300).contains(&status) {
        return Verdict::Delivered;
    }
    let code = match answered {
        Answered::Status(_, code) => code.as_deref(),
        _ => None,
    };
    let retry = || Verdict::Retry(format!("{status}: retryable"));
    let fail = || Verdict::Failed(format!("{status}: not retryable"));
    match role {
        PartnerRole::Issuer(_) => match status {
            500 | 503 => retry(),
            _ => fail(),
        },
        PartnerRole::TokenRequestor(_) => match status {
            429 | 500..=599 => retry(),
            _ => fail(),
        },
        PartnerRole::MerchantGateway(_) => match (status, code) {
            (500, Some("INTERNAL_ERROR" | "MERCHANT_ERROR")) => Verdict::Failed(format!(
                "500 {}: not retryable (the seed)",
                code.unwrap_or_default()
            )),
            (500..=599, _) => retry(),
            _ => fail(),
        },
        PartnerRole::ConnectingParty(_) => match status {
            500..=599 => retry(),
            _ => fail(),
        },
    }
}

/// When attempts are made again: exponential backoff from `initial` (times `factor` each
/// attempt, at most `cap`), each delay varied by up to ±`jitter` (a fraction) so that retries
/// of many messages do not fall together, and no attempt once a message is `max_age` old.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RetrySchedule {
    /// The delay after the first failed attempt.
    pub initial: Duration,
    /// The growth of the delay per attempt.
    pub factor: u32,
    /// The longest delay.
    pub cap: Duration,
    /// The age after which a message is failed instead of tried again.
    pub max_age: Duration,
    /// The random share of each delay, ± (0 to 1).
    pub jitter: f64,
}

impl Default for RetrySchedule {
    /// A sandbox's pace: 1 s, doubling, at most 5 min, for an hour (Svix's production schedule
    /// spans ~27 h; a developer waits for less).
    fn default() -> Self {
        RetrySchedule {
            initial: Duration::from_secs(1),
            factor: 2,
            cap: Duration::from_secs(300),
            max_age: Duration::from_secs(3600),
            jitter: 0.2,
        }
    }
}

impl RetrySchedule {
    /// The delay before attempt `attempts + 1`, after `attempts` failed ones (≥ 1); `unit` is
    /// a random number in [0, 1) choosing the jitter.
    pub fn delay(&self, attempts: u32, unit: f64) -> Duration {
        let exponent = attempts.saturating_sub(1).min(32);
        let grown = self
            .initial
            .saturating_mul(self.factor.max(1).saturating_pow(exponent));
        let base = grown.min(self.cap);
        let spread = self.jitter.clamp(0.0, 1.0) * (2.0 * unit.clamp(0.0, 1.0) - 1.0);
        base.mul_f64(1.0 + spread).min(self.cap)
    }

    /// When to try a message again after `attempts` failed attempts, or `None` when it is too
    /// old to be tried again (then it is failed).
    pub fn next_attempt(
        &self,
        created_at: DateTime<Utc>,
        now: DateTime<Utc>,
        attempts: u32,
        unit: f64,
    ) -> Option<DateTime<Utc>> {
        let next =
            now.checked_add_signed(chrono::Duration::from_std(self.delay(attempts, unit)).ok()?)?;
        let deadline =
            created_at.checked_add_signed(chrono::Duration::from_std(self.max_age).ok()?)?;
        (next <= deadline).then_some(next)
    }
}

impl std::str::FromStr for RetrySchedule {
    type Err = String;

    /// `initial=1s,factor=2,cap=5m,max-age=1h,jitter=0.2`; any subset, the rest default.
    /// Durations take `ms`, `s`, `m` or `h`.
    fn from_str(text: &str) -> Result<Self, String> {
        let duration = |v: &str| -> Result<Duration, String> {
            let (number, unit) = v
                .find(|c: char| !c.is_ascii_digit())
                .map(|i| v.split_at(i))
                .ok_or_else(|| format!("`{v}` needs a unit (ms, s, m, h)"))?;
            let n: u64 = number
                .parse()
                .map_err(|_| format!("`{v}` is not a duration"))?;
            Ok(match unit {
                "ms" => Duration::from_millis(n),
                "s" => Duration::from_secs(n),
                "m" => Duration::from_secs(n.saturating_mul(60)),
                "h" => Duration::from_secs(n.saturating_mul(3600)),
                _ => return Err(format!("`{v}`: the unit is ms, s, m or h")),
            })
        };
        let mut schedule = RetrySchedule::default();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (key, value) = part
                .split_once('=')
                .ok_or_else(|| format!("`{part}` is not key=value"))?;
            match key {
                "initial" => schedule.initial = duration(value)?,
                "cap" => schedule.cap = duration(value)?,
                "max-age" => schedule.max_age = duration(value)?,
                "factor" => {
                    schedule.factor = value
                        .parse()
                        .ok()
                        .filter(|f| (1..=10).contains(f))
                        .ok_or_else(|| format!("factor `{value}` is not 1 to 10"))?
                }
                "jitter" => {
                    schedule.jitter = value
                        .parse()
                        .ok()
                        .filter(|j: &f64| (0.0..=1.0).contains(j))
                        .ok_or_else(|| format!("jitter `{value}` is not 0 to 1"))?
                }
                other => {
                    return Err(format!(
                        "unknown key `{other}` (initial, factor, cap, max-age, jitter)"
                    ));
                }
            }
        }
        if schedule.initial.is_zero() || schedule.cap < schedule.initial {
            return Err("initial must be positive and at most cap".into());
        }
        const LONGEST: Duration = Duration::from_secs(30 * 86_400);
        if schedule.cap > LONGEST || schedule.max_age > LONGEST {
            return Err("cap and max-age are at most 30 days".into());
        }
        Ok(schedule)
    }
}

/// Something that happened, for D1 to tell the partners concerned.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A card operation (→ the issuer's `notifyCardOperation`).
    CardOperation {
        /// The card.
        card_id: String,
        /// D1's operation id (a new one when absent).
        operation_id: Option<String>,
        /// The operation (`DIGITIZE`, ...).
        operation: String,
        /// `PENDING`, `SUCCESSFUL` or `FAILED`.
        status: String,
        /// The digital cards concerned.
        digital_card_ids: Vec<String>,
    },
    /// A token was created (→ the token requestor's `notify-token-creation`, the merchant
    /// gateway's `notify-update`).
    TokenCreated {
        /// The token.
        token_id: String,
        /// The create-token request's correlation id (a new one when absent).
        correlation_id: Option<String>,
    },
    /// A token changed (→ `notify-token-update`, `notify-update`).
    TokenUpdated {
        /// The token.
        token_id: String,
        /// Its new state.
        token_state: String,
        /// When it changed (now when absent), ISO 8601.
        last_update: Option<String>,
        /// A correlation id (a new one when absent).
        correlation_id: Option<String>,
    },
    /// A card was verified (→ the connecting party's `notifyVerification`).
    Verification {
        /// The session's access token.
        access_token: String,
        /// The consumer's device.
        device_serial: String,
        /// The verification transaction.
        session_token: String,
        /// The connecting party's card reference.
        server_card_id: String,
        /// The PAN's stable id.
        unique_reference_card_id: i64,
        /// The card's BIN.
        bin: i64,
    },
}

impl Event {
    /// The event's name, as the admin API and the log say it.
    pub fn name(&self) -> &'static str {
        match self {
            Event::CardOperation { .. } => "card-operation",
            Event::TokenCreated { .. } => "token-created",
            Event::TokenUpdated { .. } => "token-updated",
            Event::Verification { .. } => "verification",
        }
    }
}

/// Why a delivery call failed.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    /// No partner is registered for the roles the event concerns.
    #[error(
        "no partner is registered for {0}: register one first (PUT /sandbox/partners/{{role}})"
    )]
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

/// A card operation's status as the Card API names it.
fn operation_status(name: &str) -> Result<OperationStatus, DeliveryError> {
    serde_json::from_value(serde_json::Value::String(name.into())).map_err(|_| {
        DeliveryError::Invalid(format!(
            "status `{name}` is not PENDING, SUCCESSFUL or FAILED"
        ))
    })
}

fn new_id(prefix: &str) -> String {
    use rand::Rng;
    format!("{prefix}-{:016x}", rand::rng().random::<u64>())
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
        let message = |subject: &str, message: PartnerMessage| MessageRecord {
            id: 0,
            tenant_id: tenant.id.clone(),
            subject: subject.into(),
            event: event.name().into(),
            message,
            state: MessageState::Pending,
            attempts: 0,
            created_at: now,
            next_attempt_at: Some(now),
            last_outcome: None,
        };
        let stamp = || now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let mut messages = Vec::new();
        let roles: &str;
        match &event {
            Event::CardOperation {
                card_id,
                operation_id,
                operation,
                status,
                digital_card_ids,
            } => {
                roles = "issuer";
                if let Some(PartnerDescription {
                    role: PartnerRole::Issuer(issuer),
                    ..
                }) = partner("issuer")?
                {
                    let notice = CardOperationNotice {
                        issuer_id: issuer.issuer_id,
                        card_id: card_id.clone(),
                        operation_id: operation_id.clone().unwrap_or_else(|| new_id("op")),
                        operation: operation.clone(),
                        status: operation_status(status)?,
                        digital_card_ids: digital_card_ids.clone(),
                    };
                    messages.push(message(card_id, PartnerMessage::CardOperation(notice)));
                }
            }
            Event::TokenCreated {
                token_id,
                correlation_id,
            }
            | Event::TokenUpdated {
                token_id,
                correlation_id,
                ..
            } => {
                roles = "token-requestor or merchant-gateway";
                let correlation = correlation_id.clone().unwrap_or_else(|| new_id("d1"));
                if let Some(PartnerDescription {
                    role: PartnerRole::TokenRequestor(requestor),
                    ..
                }) = partner("token-requestor")?
                {
                    let notice = match &event {
                        Event::TokenUpdated {
                            token_state,
                            last_update,
                            ..
                        } => PartnerMessage::TokenUpdate(TokenUpdateNotice {
                            correlation_id: correlation.clone(),
                            merchant_id: requestor.merchant_id,
                            token_id: token_id.clone(),
                            token_state: Some(token_state.clone()),
                            last_update: Some(last_update.clone().unwrap_or_else(stamp)),
                            display: TokenDisplay::default(),
                            discard_cryptogram: false,
                        }),
                        _ => PartnerMessage::TokenCreation(TokenCreationNotice {
                            correlation_id: correlation.clone(),
                            merchant_id: requestor.merchant_id,
                            token_id: Some(token_id.clone()),
                            creation_timestamp: Some(stamp()),
                            display: TokenDisplay::default(),
                            failure: None,
                        }),
                    };
                    messages.push(message(token_id, notice));
                }
                if let Some(PartnerDescription {
                    role: PartnerRole::MerchantGateway(gateway),
                    ..
                }) = partner("merchant-gateway")?
                {
                    let notice = GatewayUpdateNotice {
                        merchant_gateway_id: gateway.merchant_gateway_id,
                        merchant_id: gateway.merchant_id,
                        token_id: token_id.clone(),
                        correlation_id: correlation,
                    };
                    messages.push(message(token_id, PartnerMessage::GatewayUpdate(notice)));
                }
            }
            Event::Verification {
                access_token,
                device_serial,
                session_token,
                server_card_id,
                unique_reference_card_id,
                bin,
            } => {
                roles = "connecting-party";
                if partner("connecting-party")?.is_some() {
                    let notice = VerificationNotice {
                        access_token: access_token.clone(),
                        session_token: session_token.clone(),
                        device_serial: device_serial.clone(),
                        server_card_id: server_card_id.clone(),
                        unique_reference_card_id: *unique_reference_card_id,
                        bin: *bin,
                    };
                    messages.push(message(
                        server_card_id,
                        PartnerMessage::Verification(notice),
                    ));
                }
            }
        }
        if messages.is_empty() {
            return Err(DeliveryError::NoPartner(roles.into()));
        }
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
        let message = MessageRecord {
            id: 0,
            tenant_id: tenant.id.clone(),
            subject: card_id.into(),
            event: "card-state".into(),
            message: PartnerMessage::CardOperations(CardOperationsNotice {
                issuer_id: issuer_id.into(),
                cards: vec![item],
            }),
            state: MessageState::Pending,
            attempts: 0,
            created_at: now,
            next_attempt_at: Some(now),
            last_outcome: None,
        };
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

/// The verdict on a message whose partner is gone.
fn classify_without_partner() -> Verdict {
    Verdict::Failed("no partner is registered for the role (any more)".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::partners::*;

    fn role(name: &str) -> PartnerRole {
        match name {
            "issuer" => PartnerRole::Issuer(IssuerPartner {
                issuer_id: "ISSUER0001".into(),
                encryption_key: KeySource {
                    jwks_url: Some("http://x".into()),
                    jwk_file: None,
                },
                test_cards: Vec::new(),
            }),
            "token-requestor" => PartnerRole::TokenRequestor(TokenRequestorPartner {
                merchant_id: "m".into(),
            }),
            "merchant-gateway" => PartnerRole::MerchantGateway(MerchantGatewayPartner {
                merchant_gateway_id: "MGW_000001".into(),
                merchant_id: "10610027312".into(),
                known_token_ids: Vec::new(),
            }),
            _ => PartnerRole::ConnectingParty(ConnectingPartyPartner {
                endpoint_id: "1".into(),
                control_key: "00".into(),
                session: None,
                filtered_bin: None,
            }),
        }
    }

    fn verdict(role_name: &str, status: u16, code: Option<&str>) -> &'static str {
        match classify(
            &role(role_name),
            &Answered::Status(status, code.map(str::to_string)),
        ) {
            Verdict::Delivered => "delivered",
            Verdict::Retry(_) => "retry",
            Verdict::Failed(_) => "failed",
        }
    }

    /// Every status each seed names, and a few it does not.
    #[test]
    fn each_roles_statuses_follow_its_seed() {
        let table: &[(&str, u16, Option<&str>, &str)] = &[
            ("issuer", 204, None, "delivered"),
            ("issuer", 500, None, "retry"),
            ("issuer", 503, None, "retry"),
            ("issuer", 400, None, "failed"),
            ("issuer", 401, None, "failed"),
            ("issuer", 403, None, "failed"),
            ("issuer", 404, None, "failed"),
            ("issuer", 429, None, "failed"),
            ("token-requestor", 204, None, "delivered"),
            ("token-requestor", 429, None, "retry"),
            ("token-requestor", 500, None, "retry"),
            ("token-requestor", 503, None, "retry"),
            ("token-requestor", 502, None, "retry"),
            ("token-requestor", 400, None, "failed"),
            ("token-requestor", 401, None, "failed"),
            ("token-requestor", 404, None, "failed"),
            ("merchant-gateway", 204, None, "delivered"),
            ("merchant-gateway", 503, None, "retry"),
            ("merchant-gateway", 500, Some("INTERNAL_ERROR"), "failed"),
            ("merchant-gateway", 500, Some("MERCHANT_ERROR"), "failed"),
            ("merchant-gateway", 500, None, "retry"),
            (
                "merchant-gateway",
                400,
                Some("FIELD_INVALID_FORMAT"),
                "failed",
            ),
            ("merchant-gateway", 401, None, "failed"),
            ("merchant-gateway", 404, Some("UNKNOWN_TOKEN"), "failed"),
            ("connecting-party", 200, None, "delivered"),
            ("connecting-party", 500, None, "retry"),
            ("connecting-party", 400, None, "failed"),
        ];
        for (role_name, status, code, expected) in table {
            assert_eq!(
                verdict(role_name, *status, *code),
                *expected,
                "{role_name} {status} {code:?}"
            );
        }
        for role_name in [
            "issuer",
            "token-requestor",
            "merchant-gateway",
            "connecting-party",
        ] {
            assert!(matches!(
                classify(&role(role_name), &Answered::NoAnswer("refused".into())),
                Verdict::Retry(_)
            ));
        }
        assert!(matches!(
            classify(&role("connecting-party"), &Answered::BadSignature),
            Verdict::Failed(_)
        ));
    }

    #[test]
    fn delays_grow_to_the_cap_within_the_jitter_and_stop_at_the_maximum_age() {
        let s = RetrySchedule::default();
        let middle = 0.5; // no jitter
        let delays: Vec<u64> = (1..=12).map(|n| s.delay(n, middle).as_secs()).collect();
        assert_eq!(
            delays,
            vec![1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]
        );
        // ±20 %, never beyond the cap.
        assert_eq!(s.delay(3, 0.0), Duration::from_millis(3200));
        assert_eq!(s.delay(3, 1.0), Duration::from_millis(4800));
        assert_eq!(s.delay(20, 1.0), s.cap);
        // Huge attempt counts do not overflow.
        assert_eq!(s.delay(u32::MAX, 0.5), s.cap);
        let created: DateTime<Utc> = "2026-11-26T10:00:00Z".parse().unwrap();
        let soon = created + chrono::Duration::seconds(10);
        assert_eq!(
            s.next_attempt(created, soon, 1, middle),
            Some(soon + chrono::Duration::seconds(1))
        );
        let late = created + chrono::Duration::seconds(3599);
        assert_eq!(
            s.next_attempt(created, late, 5, middle),
            None,
            "past the maximum age"
        );
    }

    #[test]
    fn a_schedule_reads_from_its_flag() {
        let s: RetrySchedule = "initial=100ms,cap=2s,max-age=10s,factor=3,jitter=0"
            .parse()
            .unwrap();
        assert_eq!(s.initial, Duration::from_millis(100));
        assert_eq!(s.cap, Duration::from_secs(2));
        assert_eq!(s.max_age, Duration::from_secs(10));
        assert_eq!(s.factor, 3);
        assert_eq!(s.jitter, 0.0);
        assert_eq!(
            "".parse::<RetrySchedule>().unwrap(),
            RetrySchedule::default()
        );
        for bad in [
            "initial=1",
            "initial=0s",
            "cap=1s,initial=2s",
            "speed=1s",
            "factor=0",
            "jitter=2",
            "initial",
        ] {
            assert!(bad.parse::<RetrySchedule>().is_err(), "{bad}");
        }
    }
}
