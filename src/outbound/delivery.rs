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
    /// The most calls in flight at once.
    pub concurrency: usize,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        WorkerOptions {
            schedule: RetrySchedule::default(),
            timeout: Duration::from_secs(10),
            concurrency: 16,
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
    let state = Arc::new(Worker {
        sandbox,
        options,
        in_flight: Default::default(),
        authenticators: Default::default(),
        slots: Arc::new(tokio::sync::Semaphore::new(options.concurrency.max(1))),
    });
    tokio::pin!(shutdown);
    loop {
        state.round();
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
    authenticators: Mutex<HashMap<String, (PartnerDescription, Arc<Authenticator>)>>,
    slots: Arc<tokio::sync::Semaphore>,
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
    /// Starts a call for each due message not already in flight (nor its subject).
    fn round(self: &Arc<Self>) {
        let busy = |m: &MessageRecord| {
            let flight = self.in_flight.lock().unwrap_or_else(|p| p.into_inner());
            flight.0.contains(&m.id) || flight.1.contains(&subject_of(m))
        };
        let due = match self.sandbox.deliveries.due(Utc::now(), 256, &busy) {
            Ok(due) => due,
            Err(e) => {
                tracing::error!(error = %e, "delivery: the outbox could not be read");
                return;
            }
        };
        for message in due {
            let Some(guard) = InFlight::claim(self, &message) else {
                continue;
            };
            let worker = self.clone();
            tokio::spawn(async move {
                let _guard = guard;
                let Ok(_slot) = worker.slots.clone().acquire_owned().await else {
                    return;
                };
                // Read again: it may have been delivered (by the call whose end raced with this
                // round's listing), replayed or aborted since it was listed.
                match worker.sandbox.deliveries.current(message.id) {
                    Ok(Some(now))
                        if now.state == crate::domain::delivery::MessageState::Pending
                            && now.attempts == message.attempts
                            && now.next_attempt_at.is_some_and(|at| at <= Utc::now()) =>
                    {
                        worker.deliver(&now).await;
                    }
                    Ok(_) => {}
                    Err(e) => {
                        tracing::error!(error = %e, id = message.id, "delivery: the message could not be read")
                    }
                }
            });
        }
    }

    /// The partner's authenticator, kept while its description stays the same.
    fn authenticator(
        &self,
        message: &MessageRecord,
        partner: &PartnerDescription,
    ) -> Arc<Authenticator> {
        let key = format!("{}/{}", message.tenant_id, message.role);
        let mut cache = self
            .authenticators
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        match cache.get(&key) {
            Some((known, auth)) if known == partner => auth.clone(),
            _ => {
                let auth = Arc::new(Authenticator::new(
                    partner.auth.clone(),
                    self.options.timeout,
                ));
                cache.insert(key, (partner.clone(), auth.clone()));
                auth
            }
        }
    }

    async fn deliver(&self, message: &MessageRecord) {
        let started = Instant::now();
        // A partner that cannot be read is retried on the schedule, not every round.
        let (partner, unreadable) = match self.sandbox.deliveries.partner_of(message) {
            Ok(p) => (p, None),
            Err(e) => (None, Some(e.to_string())),
        };
        let (answered, status) = match (&partner, unreadable) {
            (None, Some(why)) => (
                Answered::NoAnswer(format!("the partner could not be read: {why}")),
                None,
            ),
            (None, None) => (Answered::NoPartner, None),
            (Some(partner), _) => {
                let auth = self.authenticator(message, partner);
                let mut outcome = self.call(message, partner, &auth).await;
                if outcome.1 == Some(401) && auth.refreshable() {
                    auth.invalidate().await;
                    outcome = self.call(message, partner, &auth).await;
                }
                outcome
            }
        };
        let latency = started.elapsed();
        let unit: f64 = rand::random();
        let finished = self
            .sandbox
            .deliveries
            .finish(
                message,
                partner.as_ref().map(|p| &p.role),
                &answered,
                status,
                latency,
                Utc::now(),
                &self.options.schedule,
                unit,
            )
            .await;
        match finished {
            Ok(m) => tracing::info!(
                id = m.id,
                role = %m.role,
                operation = %m.operation,
                attempt = m.attempts,
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

    /// One call of the message's operation: how it ended, and the status if one came.
    async fn call(
        &self,
        message: &MessageRecord,
        partner: &PartnerDescription,
        auth: &Authenticator,
    ) -> (Answered, Option<u16>) {
        let timeout = self.options.timeout;
        let authorization = match auth.authorization().await {
            Ok(a) => a,
            Err(e) => return (Answered::NoAnswer(e.to_string()), None),
        };
        let headers: Vec<(&str, &str)> = authorization
            .as_deref()
            .map(|a| vec![("authorization", a)])
            .unwrap_or_default();
        let client = match http_client(timeout, &headers) {
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
