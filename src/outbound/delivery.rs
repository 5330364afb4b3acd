//! The delivery worker: takes the messages that are due from the outbox, calls the partner
//! through the operation's sender (`partners/`, the generated client of its document;
//! authenticating as the partner
//! asked: an OAuth token fetched, cached, and fetched again once on a 401), and records each
//! attempt through the domain, whose rules decide what follows (delivered, retried, failed).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;

use super::auth::Authenticator;
use super::partners::{self, Fault, Peer, Reply};
use super::{OutboundError, http_client};
use crate::domain::Sandbox;
use crate::domain::delivery::{
    Answered, CardOperationItem, CardOperationsNotice, MessageRecord, PartnerMessage, RetrySchedule,
};
use crate::domain::partners::{PartnerDescription, PartnerRole};
use crate::domain::verification::verify_signature;

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
fn batch_items(m: &MessageRecord) -> Option<(&str, Vec<CardOperationItem>)> {
    match &m.message {
        PartnerMessage::CardOperations(notice) => {
            Some((notice.issuer_id.as_str(), notice.cards.clone()))
        }
        PartnerMessage::CardOperation(notice) if notice.digital_card_ids.is_empty() => Some((
            notice.issuer_id.as_str(),
            vec![CardOperationItem {
                card_id: notice.card_id.clone(),
                operation_id: notice.operation_id.clone(),
                operation: notice.operation.clone(),
                status: notice.status,
                start_time: m.created_at,
                end_time: None,
                message: None,
            }],
        )),
        _ => None,
    }
}

fn subject_of(m: &MessageRecord) -> String {
    format!("{}/{}/{}", m.tenant_id, m.role(), m.subject)
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
            match batch_items(&message).map(|(issuer, items)| (issuer.to_string(), items.len())) {
                Some((issuer, n)) => {
                    let key = format!("{}/{issuer}", message.tenant_id);
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
        let key = format!("{}/{}", message.tenant_id, message.role());
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
                let mut issuer_id = String::new();
                let mut cards = Vec::new();
                for (issuer, items) in messages.iter().filter_map(batch_items) {
                    issuer_id = issuer.to_string();
                    cards.extend(items);
                }
                let count = cards.len();
                let call = MessageRecord {
                    message: PartnerMessage::CardOperations(CardOperationsNotice {
                        issuer_id,
                        cards,
                    }),
                    ..first.clone()
                };
                (call, Some(count))
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
                    role = %m.role(),
                    operation = %call.operation(),
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

    /// One call of the message's operation, through its sender: how it ended, and the
    /// status if one came.
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
        let peer = Peer {
            url: partner.url.trim_end_matches('/'),
            client,
            timeout,
        };
        let reply = partners::notify(&peer, &message.message).await;
        if let PartnerMessage::Verification(_) = &message.message {
            let PartnerRole::ConnectingParty(party) = &partner.role else {
                return (Answered::NoPartner, None);
            };
            if reply.fault.is_none() && reply.status.is_some_and(|s| (200..300).contains(&s)) {
                let session = &reply.body["session"];
                let valid = verify_signature(
                    &party.control_key,
                    session["nonce"].as_str().unwrap_or_default(),
                    &party.endpoint_id,
                    reply.body["invoiceId"].as_str().unwrap_or_default(),
                    session["checkSignature"].as_str().unwrap_or_default(),
                );
                if valid != Some(true) {
                    return (Answered::BadSignature, reply.status);
                }
            }
        }
        (answered(&reply), reply.status)
    }
}

/// A reply as the rules need it. A body labelled other than JSON is not held against a
/// delivery (the check reports it).
fn answered(reply: &Reply) -> Answered {
    match (&reply.fault, reply.status) {
        (Some(Fault::NotSent(why)), _) => Answered::Unsendable(why.clone()),
        (Some(Fault::NoAnswer(why)), _) => Answered::NoAnswer(why.clone()),
        (Some(Fault::Unreadable { .. }), _) | (_, None) => {
            Answered::Broken(reply.problem().unwrap_or_else(|| "no status".to_string()))
        }
        (Some(Fault::Undeclared(_)), Some(status)) => Answered::Status(status, None),
        (None | Some(Fault::NotJson), Some(status)) => Answered::Status(status, reply.error_code()),
    }
}
