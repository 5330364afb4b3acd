//! The delivery worker: takes the messages that are due from the outbox, calls the partner
//! through the generated client of the operation's document (authenticating as the partner
//! asked: an OAuth token fetched, cached, and fetched again once on a 401), and records each
//! attempt through the domain, whose rules decide what follows (delivered, retried, failed).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use serde_json::Value;

use super::auth::Authenticator;
use super::{OutboundError, http_client};
use crate::domain::Sandbox;
use crate::domain::delivery::MessageRecord;
use crate::domain::delivery::{Answered, RetrySchedule};
use crate::domain::partners::{PartnerDescription, PartnerRole};
use crate::domain::verification::verify_signature;
use crate::generated::{
    card_api_client, merchant_gateway_client, token_notifications_client,
    verification_notification_client,
};

/// How the worker runs.
#[derive(Debug, Clone, Copy)]
pub struct WorkerOptions {
    /// When failed attempts are tried again.
    pub schedule: RetrySchedule,
    /// The longest one call may take.
    pub timeout: Duration,
    /// The most calls in flight at once; 0 holds every delivery (events are accepted and
    /// stored, none is sent: a backlog to inspect, or to drain after a restart).
    pub concurrency: usize,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        WorkerOptions {
            schedule: RetrySchedule::default(),
            timeout: Duration::from_secs(10),
            concurrency: 64,
        }
    }
}

/// Runs the worker until `shutdown` resolves. Messages already due when it starts (after a
/// restart, say) are delivered first: the outbox is durable.
pub async fn run(
    sandbox: Arc<Sandbox>,
    options: WorkerOptions,
    shutdown: impl std::future::Future<Output = ()>,
) {
    if options.concurrency == 0 {
        tracing::warn!(
            "deliveries are held (delivery concurrency 0): events are stored, none is sent"
        );
        shutdown.await;
        return;
    }
    let state = Arc::new(Worker {
        sandbox,
        options,
        in_flight: Default::default(),
        links: Default::default(),
        slots: Arc::new(tokio::sync::Semaphore::new(options.concurrency)),
    });
    tokio::pin!(shutdown);
    loop {
        // A full listing means more may be due at once: list again without waiting.
        let full = tokio::select! {
            _ = &mut shutdown => break,
            full = state.round() => full,
        };
        if full {
            continue;
        }
        tokio::select! {
            _ = &mut shutdown => break,
            _ = state.sandbox.deliveries.woken() => {}
            _ = tokio::time::sleep(Duration::from_millis(100)) => {}
        }
    }
}

struct Worker {
    sandbox: Arc<Sandbox>,
    options: WorkerOptions,
    /// Messages being delivered, and the (tenant, role, subject) they are about: one call per
    /// subject at a time keeps a subject's messages in order.
    in_flight: Mutex<(HashSet<u64>, HashSet<String>)>,
    /// Per (tenant, role): the partner as last seen, its authenticator and HTTP client (kept
    /// while the description stays the same, so connections and tokens are reused).
    links: Mutex<HashMap<String, Arc<Link>>>,
    slots: Arc<tokio::sync::Semaphore>,
}

/// How the worker reaches one partner.
struct Link {
    partner: PartnerDescription,
    auth: Authenticator,
    /// The client for the current `Authorization` value (a new token gets a new client).
    client: Mutex<Option<(Option<String>, reqwest::Client)>>,
}

impl Link {
    /// The client sending `authorization`: the cached one while the header is the same.
    fn client(
        &self,
        authorization: Option<&str>,
        timeout: Duration,
    ) -> Result<reqwest::Client, OutboundError> {
        let mut cached = self.client.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((header, client)) = cached.as_ref()
            && header.as_deref() == authorization
        {
            return Ok(client.clone());
        }
        let headers: Vec<(&str, &str)> = authorization
            .map(|a| vec![("authorization", a)])
            .unwrap_or_default();
        let client = http_client(timeout, &headers)?;
        *cached = Some((authorization.map(str::to_string), client.clone()));
        Ok(client)
    }
}

/// The most card operations sent in one `notifyCardOperations` (the document's `maxItems`).
const MAX_BATCH: usize = 100;

/// The v2 items a message contributes to a batch of card operations for its issuer, when it
/// can join one: a v2 message's cards, or a v1 notification turned into its v2 item. A v1
/// notification naming digital cards stays alone: a v2 item has no `digitalCardIds`.
fn batch_items(m: &MessageRecord) -> Option<Vec<Value>> {
    if m.role != "issuer" {
        return None;
    }
    let r = &m.request;
    match m.operation.as_str() {
        "notifyCardOperations" => r["body"]["cards"].as_array().cloned(),
        "notifyCardOperation" if r["body"].get("digitalCardIds").is_none() => {
            let body = &r["body"];
            Some(vec![serde_json::json!({
                "operationId": body["operationId"], "operation": body["operation"],
                "status": body["status"], "cardId": r["cardId"],
                "startTime": m.created_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            })])
        }
        _ => None,
    }
}

fn subject_of(m: &MessageRecord) -> String {
    format!("{}/{}/{}", m.tenant_id, m.role, m.subject)
}

/// A message (and its subject) marked in flight, unmarked when dropped: a call that ends in
/// any way, a panic included, frees its subject.
struct InFlight {
    worker: Arc<Worker>,
    id: u64,
    subject: String,
}

impl InFlight {
    /// Marks `message` in flight, unless it or its subject already is.
    fn claim(worker: &Arc<Worker>, message: &MessageRecord) -> Option<InFlight> {
        let subject = subject_of(message);
        let mut flight = worker.in_flight.lock().unwrap_or_else(|p| p.into_inner());
        if flight.0.contains(&message.id) || flight.1.contains(&subject) {
            return None;
        }
        flight.0.insert(message.id);
        flight.1.insert(subject.clone());
        Some(InFlight {
            worker: worker.clone(),
            id: message.id,
            subject,
        })
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        let mut flight = self
            .worker
            .in_flight
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        flight.0.remove(&self.id);
        flight.1.remove(&self.subject);
    }
}

impl Worker {
    /// Starts a call for each due message not already in flight (nor its subject), each
    /// once a slot is free; due card operations for one issuer go together in one v2 call.
    /// Whether the listing was full (more may be due).
    async fn round(self: &Arc<Self>) -> bool {
        const LISTING: usize = 256;
        let busy = |m: &MessageRecord| {
            let flight = self.in_flight.lock().unwrap_or_else(|p| p.into_inner());
            flight.0.contains(&m.id) || flight.1.contains(&subject_of(m))
        };
        let due = match self.sandbox.deliveries.due(Utc::now(), LISTING, &busy) {
            Ok(due) => due,
            Err(e) => {
                tracing::error!(error = %e, "delivery: the outbox could not be read");
                return false;
            }
        };
        let full = due.len() >= LISTING;
        // Claimed messages, in listing order; batchable card operations gathered per
        // (tenant, issuer) where the first of them stood.
        let mut calls: Vec<Vec<(MessageRecord, InFlight)>> = Vec::new();
        let mut batches: HashMap<String, (usize, usize)> = HashMap::new();
        for message in due {
            let Some(guard) = InFlight::claim(self, &message) else {
                continue;
            };
            match batch_items(&message).map(|items| items.len()) {
                Some(n) => {
                    let key = format!("{}/{}", message.tenant_id, message.request["issuerId"]);
                    match batches.get_mut(&key) {
                        Some((at, items)) if *items + n <= MAX_BATCH => {
                            *items += n;
                            calls[*at].push((message, guard));
                        }
                        _ => {
                            batches.insert(key, (calls.len(), n));
                            calls.push(vec![(message, guard)]);
                        }
                    }
                }
                None => calls.push(vec![(message, guard)]),
            }
        }
        for call in calls {
            let Ok(slot) = self.slots.clone().acquire_owned().await else {
                return false;
            };
            let worker = self.clone();
            tokio::spawn(async move {
                let _slot = slot;
                // Read again: each may have been delivered (by the call whose end raced with
                // this round's listing), replayed or aborted since it was listed.
                let mut current = Vec::with_capacity(call.len());
                let mut guards = Vec::with_capacity(call.len());
                for (message, guard) in call {
                    match worker.sandbox.deliveries.current(message.id) {
                        Ok(Some(now))
                            if now.state == crate::domain::delivery::MessageState::Pending
                                && now.attempts == message.attempts
                                && now.next_attempt_at.is_some_and(|at| at <= Utc::now()) =>
                        {
                            current.push(now);
                            guards.push(guard);
                        }
                        Ok(_) => {}
                        Err(e) => {
                            tracing::error!(error = %e, id = message.id, "delivery: the message could not be read")
                        }
                    }
                }
                worker.deliver(&current).await;
                drop(guards);
            });
        }
        full
    }

    /// How to reach the message's partner: kept while its description stays the same.
    fn link(&self, message: &MessageRecord, partner: PartnerDescription) -> Arc<Link> {
        let key = format!("{}/{}", message.tenant_id, message.role);
        let mut links = self.links.lock().unwrap_or_else(|p| p.into_inner());
        match links.get(&key) {
            Some(link) if link.partner == partner => link.clone(),
            _ => {
                let link = Arc::new(Link {
                    auth: Authenticator::new(partner.auth.clone(), self.options.timeout),
                    partner,
                    client: Mutex::new(None),
                });
                links.insert(key, link.clone());
                link
            }
        }
    }

    /// Delivers `messages`: one alone, or several card operations for one issuer as one
    /// `notifyCardOperations` call whose answer counts for each of them.
    async fn deliver(&self, messages: &[MessageRecord]) {
        let (call, batch) = match messages {
            [] => return,
            [one] => (one.clone(), None),
            [first, ..] => {
                let cards: Vec<Value> = messages.iter().filter_map(batch_items).flatten().collect();
                let call = MessageRecord {
                    operation: "notifyCardOperations".into(),
                    request: serde_json::json!({
                        "issuerId": first.request["issuerId"], "body": {"cards": cards},
                    }),
                    ..first.clone()
                };
                (call, Some(cards.len()))
            }
        };
        let started = Instant::now();
        // A partner that cannot be read is retried on the schedule, not every round.
        let (partner, unreadable) = match self.sandbox.deliveries.partner_of(&call) {
            Ok(p) => (p, None),
            Err(e) => (None, Some(e.to_string())),
        };
        let role = partner.as_ref().map(|p| p.role.clone());
        let (answered, status) = match (partner, unreadable) {
            (None, Some(why)) => (
                Answered::NoAnswer(format!("the partner could not be read: {why}")),
                None,
            ),
            (None, None) => (Answered::NoPartner, None),
            (Some(partner), _) => {
                let link = self.link(&call, partner);
                let mut outcome = self.call(&call, &link).await;
                if outcome.1 == Some(401) && link.auth.refreshable() {
                    link.auth.invalidate().await;
                    outcome = self.call(&call, &link).await;
                }
                outcome
            }
        };
        let latency = started.elapsed();
        for message in messages {
            let unit: f64 = rand::random();
            let finished = self
                .sandbox
                .deliveries
                .finish(
                    message,
                    role.as_ref(),
                    &answered,
                    status,
                    latency,
                    Utc::now(),
                    &self.options.schedule,
                    unit,
                    batch,
                )
                .await;
            match finished {
                Ok(m) => tracing::info!(
                    id = m.id,
                    role = %m.role,
                    operation = %call.operation,
                    attempt = m.attempts,
                    batch = batch.unwrap_or(1),
                    status = status.map(i64::from).unwrap_or(-1),
                    latency_ms = latency.as_millis() as u64,
                    state = ?m.state,
                    outcome = m.last_outcome.as_deref().unwrap_or(""),
                    "delivery attempt"
                ),
                Err(e) => {
                    tracing::error!(error = %e, id = message.id, "delivery: the attempt could not be recorded")
                }
            }
        }
    }

    /// One call of the message's operation: how it ended, and the status if one came.
    async fn call(&self, message: &MessageRecord, link: &Link) -> (Answered, Option<u16>) {
        let timeout = self.options.timeout;
        let partner = &link.partner;
        let authorization = match link.auth.authorization().await {
            Ok(a) => a,
            Err(e) => return (Answered::NoAnswer(e.to_string()), None),
        };
        let client = match link.client(authorization.as_deref(), timeout) {
            Ok(c) => c,
            Err(e) => return (Answered::NoAnswer(e.to_string()), None),
        };
        let url = partner.url.trim_end_matches('/');
        let r = &message.request;
        let text = |v: &Value, k: &str| v[k].as_str().unwrap_or_default().to_string();
        macro_rules! body {
            ($ty:ty) => {
                match serde_json::from_value::<$ty>(r["body"].clone()) {
                    Ok(b) => b,
                    Err(e) => {
                        return (
                            Answered::Unsendable(format!("the message's body: {e}")),
                            None,
                        );
                    }
                }
            };
        }
        match message.operation.as_str() {
            "notifyCardOperation" => {
                let sent = card_api_client::Client::new_with_client(url, client)
                    .notify_card_operation()
                    .issuer_id(text(r, "issuerId").as_str())
                    .card_id(text(r, "cardId").as_str())
                    .body(body!(card_api_client::types::CardOperationNotification))
                    .send()
                    .await;
                answered(sent, timeout, |_: &Value| None)
            }
            "notifyCardOperations" => {
                let sent = card_api_client::Client::new_with_client(url, client)
                    .notify_card_operations()
                    .issuer_id(text(r, "issuerId").as_str())
                    .body(body!(card_api_client::types::CardOperationsNotification))
                    .send()
                    .await;
                answered(sent, timeout, |_: &Value| None)
            }
            "notifyTokenCreation" => {
                let sent = token_notifications_client::Client::new_with_client(url, client)
                    .notify_token_creation()
                    .x_correlation_id(text(r, "correlationId").as_str())
                    .body(body!(
                        token_notifications_client::types::TokenCreationNotification
                    ))
                    .send()
                    .await;
                answered(sent, timeout, |_: &Value| None)
            }
            "notifyTokenUpdate" => {
                let sent = token_notifications_client::Client::new_with_client(url, client)
                    .notify_token_update()
                    .x_correlation_id(text(r, "correlationId").as_str())
                    .body(body!(
                        token_notifications_client::types::TokenUpdateNotification
                    ))
                    .send()
                    .await;
                answered(sent, timeout, |_: &Value| None)
            }
            "notifyUpdate" => {
                let sent = merchant_gateway_client::Client::new_with_client(url, client)
                    .notify_token_update()
                    .merchant_gateway_id(text(r, "merchantGatewayId").as_str())
                    .merchant_id(text(r, "merchantId").as_str())
                    .token_id(text(r, "tokenId").as_str())
                    .x_correlation_id(text(r, "correlationId").as_str())
                    .send()
                    .await;
                answered(sent, timeout, |_: &Value| None)
            }
            "notifyVerification" => {
                let sent = verification_notification_client::Client::new_with_client(url, client)
                    .notify_verification()
                    .body(body!(
                        verification_notification_client::types::VerificationNotification
                    ))
                    .send()
                    .await;
                let PartnerRole::ConnectingParty(party) = &partner.role else {
                    return (Answered::NoPartner, None);
                };
                answered(sent, timeout, |body: &Value| {
                    let session = &body["session"];
                    let valid = verify_signature(
                        &party.control_key,
                        session["nonce"].as_str().unwrap_or_default(),
                        &party.endpoint_id,
                        body["invoiceId"].as_str().unwrap_or_default(),
                        session["checkSignature"].as_str().unwrap_or_default(),
                    );
                    (valid != Some(true)).then_some(Answered::BadSignature)
                })
            }
            other => (
                Answered::Unsendable(format!("unknown operation {other}")),
                None,
            ),
        }
    }
}

/// Reads a generated client's result as the rules need it; `check_success` may refuse a 2xx
/// answer (a wrong signature).
fn answered<T: serde::Serialize, E: serde::Serialize + std::fmt::Debug>(
    result: Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>,
    timeout: Duration,
    check_success: impl Fn(&Value) -> Option<Answered>,
) -> (Answered, Option<u16>) {
    use progenitor_client::Error;
    match result {
        Ok(value) => {
            let status = value.status().as_u16();
            let body = serde_json::to_value(value.into_inner()).unwrap_or_default();
            match check_success(&body) {
                Some(refused) => (refused, Some(status)),
                None => (Answered::Status(status, None), Some(status)),
            }
        }
        Err(Error::ErrorResponse(value)) => {
            let status = value.status().as_u16();
            let body = serde_json::to_value(value.into_inner()).unwrap_or_default();
            let code = ["/errorCode", "/error/code", "/error/cause"]
                .iter()
                .find_map(|p| body.pointer(p).and_then(Value::as_str))
                .map(str::to_string);
            (Answered::Status(status, code), Some(status))
        }
        Err(Error::UnexpectedResponse(response)) => {
            let status = response.status().as_u16();
            (Answered::Status(status, None), Some(status))
        }
        Err(Error::InvalidResponsePayload(_, e)) => (Answered::Broken(e.to_string()), None),
        Err(Error::CommunicationError(e)) => (
            Answered::NoAnswer(OutboundError::from_transport(&e, timeout).to_string()),
            None,
        ),
        // A parameter the client refuses (a token id the path pattern does not allow): no
        // call was made, and none will be.
        Err(Error::InvalidRequest(why)) => (Answered::Unsendable(why), None),
        Err(other) => (Answered::NoAnswer(format!("{other:?}")), None),
    }
}
