//! The partner check: d1-sandbox plays D1 toward a partner's implementation of one API,
//! scenario by scenario, and judges every answer against the document (a declared status, a
//! body the generated client reads: required fields, types, enums, patterns) and against the
//! seed's rules (signatures, flags, idempotence). A scenario that cannot apply (the partner file
//! names no such test data) is skipped, never passed.

mod connecting_party;
mod issuer;
mod merchant_gateway;
mod report;
mod token_requestor;

use std::future::Future;
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::Value;

use super::auth::Authenticator;
use super::partners::{Fault, NOT_JSON, Reply, cut, json_typed};
use super::{OutboundError, http_client};
use crate::domain::partners::{PartnerDescription, PartnerRole};

/// How a check runs.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// Run only these scenarios (all when empty).
    pub only: Vec<String>,
    /// The longest a request may take.
    pub timeout: Duration,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            only: Vec::new(),
            timeout: Duration::from_secs(10),
        }
    }
}

/// A scenario's verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The answer is right.
    Pass,
    /// The answer breaks a rule: which one, and how.
    Fail(String),
    /// The scenario could not apply.
    Skip(String),
}

/// One scenario's result.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The scenario's name.
    pub scenario: &'static str,
    /// What was sent (no PAN, CVV or secret in clear).
    pub request: String,
    /// What the rules expect.
    pub expected: String,
    /// What came back.
    pub got: String,
    /// The verdict.
    pub verdict: Verdict,
    /// How long the partner took (all attempts).
    pub latency: Duration,
}

/// Every outcome of a check.
#[derive(Debug, Clone)]
pub struct Report {
    /// The partner's role.
    pub role: &'static str,
    /// The partner's URL.
    pub url: String,
    /// The outcomes, in the order run.
    pub outcomes: Vec<Outcome>,
}

impl Report {
    /// Whether no scenario failed.
    pub fn passed(&self) -> bool {
        !self
            .outcomes
            .iter()
            .any(|o| matches!(o.verdict, Verdict::Fail(_)))
    }

    /// (passed, failed, skipped).
    pub fn counts(&self) -> (usize, usize, usize) {
        let count =
            |f: fn(&Verdict) -> bool| self.outcomes.iter().filter(|o| f(&o.verdict)).count();
        (
            count(|v| *v == Verdict::Pass),
            count(|v| matches!(v, Verdict::Fail(_))),
            count(|v| matches!(v, Verdict::Skip(_))),
        )
    }
}

/// The names of a role's scenarios, in the order they run.
pub fn scenario_names(role: &PartnerRole) -> &'static [&'static str] {
    match role {
        PartnerRole::Issuer(_) => issuer::SCENARIOS,
        PartnerRole::TokenRequestor(_) => token_requestor::SCENARIOS,
        PartnerRole::MerchantGateway(_) => merchant_gateway::SCENARIOS,
        PartnerRole::ConnectingParty(_) => connecting_party::SCENARIOS,
    }
}

/// Runs the scenarios of the partner's role; `progress` sees each outcome as it comes.
pub async fn run(
    partner: &PartnerDescription,
    options: &CheckOptions,
    progress: &mut (dyn FnMut(&Outcome) + Send),
) -> Result<Report, OutboundError> {
    partner
        .validate()
        .map_err(|e| OutboundError::Setup(e.to_string()))?;
    let names = scenario_names(&partner.role);
    if let Some(unknown) = options.only.iter().find(|o| !names.contains(&o.as_str())) {
        return Err(OutboundError::Setup(format!(
            "no scenario `{unknown}` for role {}; its scenarios: {}",
            partner.role.name(),
            names.join(", ")
        )));
    }
    let mut ctx = Ctx {
        url: partner.url.trim_end_matches('/').to_string(),
        auth: Authenticator::new(partner.auth.clone(), options.timeout),
        timeout: options.timeout,
        only: options.only.clone(),
        outcomes: Vec::new(),
        progress,
    };
    match &partner.role {
        PartnerRole::Issuer(p) => issuer::run(&mut ctx, p).await,
        PartnerRole::TokenRequestor(p) => token_requestor::run(&mut ctx, p).await,
        PartnerRole::MerchantGateway(p) => merchant_gateway::run(&mut ctx, p, &partner.auth).await,
        PartnerRole::ConnectingParty(p) => connecting_party::run(&mut ctx, p).await,
    }
    Ok(Report {
        role: partner.role.name(),
        url: partner.url.clone(),
        outcomes: ctx.outcomes,
    })
}

/// At most `max` characters of a partner's text, for a report.
/// What a partner answered, as the check reads it.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    /// The status, when one came.
    pub status: Option<u16>,
    /// The body the generated client read (`null` when none).
    pub body: Value,
    /// Why the answer breaks the document, or why none came.
    pub broken: Option<String>,
}

impl Answer {
    /// A failure to call at all.
    fn failed(e: OutboundError) -> Answer {
        Answer {
            status: None,
            body: Value::Null,
            broken: Some(e.to_string()),
        }
    }

    /// The answer in a few words: the status and the error code or cause, if any.
    fn summary(&self) -> String {
        if let Some(broken) = &self.broken {
            return match self.status {
                Some(s) => format!("{s}: {broken}"),
                None => broken.clone(),
            };
        }
        let status = self.status.map(|s| s.to_string()).unwrap_or_default();
        let code = ["/error/code", "/errorCode", "/error/cause", "/error"]
            .iter()
            .find_map(|p| self.body.pointer(p).and_then(Value::as_str));
        match code {
            Some(code) => format!("{status} {code}"),
            None => status,
        }
    }
}

/// A notification sent through its operation's typed sender, as a scenario's answer.
async fn notify(
    url: &str,
    timeout: Duration,
    client: reqwest::Client,
    message: crate::domain::delivery::PartnerMessage,
) -> Answer {
    let peer = crate::outbound::partners::Peer {
        url,
        client,
        timeout,
    };
    crate::outbound::partners::notify(&peer, &message)
        .await
        .into()
}

impl<T> From<Reply<T>> for Answer {
    /// A sender's reply as the check reads it: what broke the document, if anything, in the
    /// report's words.
    fn from(reply: Reply<T>) -> Answer {
        let broken = match &reply.fault {
            None => None,
            Some(Fault::NotSent(why) | Fault::NoAnswer(why)) => Some(why.clone()),
            Some(Fault::Undeclared(excerpt)) => Some(format!(
                "status {} is not declared for this operation (body: {excerpt})",
                reply.status.unwrap_or_default()
            )),
            Some(Fault::Unreadable { why, excerpt }) if excerpt.is_empty() => Some(why.clone()),
            Some(Fault::Unreadable { why, excerpt }) => Some(format!("{why} (body: {excerpt})")),
            Some(Fault::NotJson) => Some(NOT_JSON.into()),
        };
        Answer {
            status: reply.status,
            body: reply.body,
            broken,
        }
    }
}

/// A rule on an answer's body: `Err` names the rule broken and how.
pub(crate) type Rule<'r> = dyn Fn(&Value) -> Result<(), String> + Send + Sync + 'r;

/// What a scenario expects: one of these statuses (with a body the document allows), and then
/// whatever `rule` says of the body.
pub(crate) struct Expect<'r> {
    /// The statuses accepted.
    pub statuses: &'r [u16],
    /// What the expected answer is, for the report.
    pub says: String,
    /// The seed's rule on the body, beyond the document.
    pub rule: Box<Rule<'r>>,
}

impl<'r> Expect<'r> {
    /// Just a status among `statuses`.
    pub fn status(statuses: &'r [u16]) -> Expect<'r> {
        let says = statuses
            .iter()
            .map(u16::to_string)
            .collect::<Vec<_>>()
            .join(" or ");
        Expect {
            statuses,
            says,
            rule: Box::new(|_| Ok(())),
        }
    }

    /// A status, then a rule on the body.
    pub fn with(
        statuses: &'r [u16],
        says: impl Into<String>,
        rule: impl Fn(&Value) -> Result<(), String> + Send + Sync + 'r,
    ) -> Expect<'r> {
        Expect {
            statuses,
            says: says.into(),
            rule: Box::new(rule),
        }
    }

    fn judge(&self, answer: &Answer) -> Verdict {
        if let Some(broken) = &answer.broken {
            return Verdict::Fail(format!("the document: {broken}"));
        }
        match answer.status {
            Some(status) if self.statuses.contains(&status) => match (self.rule)(&answer.body) {
                Ok(()) => Verdict::Pass,
                Err(rule) => Verdict::Fail(rule),
            },
            Some(status) => Verdict::Fail(format!(
                "expected status {}, got {status}",
                self.statuses
                    .iter()
                    .map(u16::to_string)
                    .collect::<Vec<_>>()
                    .join(" or ")
            )),
            None => Verdict::Fail("no status".into()),
        }
    }
}

/// Whom a call authenticates as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum As {
    /// With the partner file's credentials (a 401 to an OAuth token fetches a new one, once).
    Partner,
    /// With no `Authorization` header.
    Nobody,
    /// With this `Authorization` header.
    Header(String),
}

/// What the scenarios of a run share.
pub(crate) struct Ctx<'p> {
    /// The partner's base URL, without a trailing `/`.
    pub url: String,
    auth: Authenticator,
    /// The per-request timeout.
    pub timeout: Duration,
    only: Vec<String>,
    outcomes: Vec<Outcome>,
    progress: &'p mut (dyn FnMut(&Outcome) + Send),
}

impl Ctx<'_> {
    /// Whether a scenario is to run.
    pub fn selected(&self, scenario: &str) -> bool {
        self.only.is_empty() || self.only.iter().any(|o| o == scenario)
    }

    pub(crate) fn record(&mut self, outcome: Outcome) {
        (self.progress)(&outcome);
        self.outcomes.push(outcome);
    }

    /// Records a skipped scenario (when selected).
    pub fn skip(&mut self, scenario: &'static str, why: impl Into<String>) {
        if self.selected(scenario) {
            self.record(Outcome {
                scenario,
                request: "-".into(),
                expected: "-".into(),
                got: "-".into(),
                verdict: Verdict::Skip(why.into()),
                latency: Duration::ZERO,
            });
        }
    }

    /// A client for one call, with the `Authorization` header `who` asks for.
    async fn client(
        &self,
        who: &As,
        extra: &[(&str, &str)],
    ) -> Result<reqwest::Client, OutboundError> {
        let authorization = match who {
            As::Partner => self.auth.authorization().await?,
            As::Nobody => None,
            As::Header(value) => Some(value.clone()),
        };
        let mut headers: Vec<(&str, &str)> = extra.to_vec();
        if let Some(value) = authorization.as_deref() {
            headers.push(("authorization", value));
        }
        http_client(self.timeout, &headers)
    }

    /// Runs a scenario (when selected): sends with `send` as `who`, once more with a new token
    /// when an OAuth partner answers 401 to a partner call, judges the answer and records the
    /// outcome. The answer, for the scenarios that follow.
    pub async fn scenario<F, Fut>(
        &mut self,
        scenario: &'static str,
        request: impl Into<String>,
        who: As,
        expect: Expect<'_>,
        send: F,
    ) -> Option<Answer>
    where
        F: Fn(reqwest::Client) -> Fut,
        Fut: Future<Output = Answer>,
    {
        if !self.selected(scenario) {
            return None;
        }
        let started = Instant::now();
        let mut answer = match self.client(&who, &[]).await {
            Ok(client) => send(client).await,
            Err(e) => Answer::failed(e),
        };
        if who == As::Partner && answer.status == Some(401) && self.auth.refreshable() {
            self.auth.invalidate().await;
            answer = match self.client(&who, &[]).await {
                Ok(client) => send(client).await,
                Err(e) => Answer::failed(e),
            };
        }
        let latency = started.elapsed();
        let verdict = expect.judge(&answer);
        self.record(Outcome {
            scenario,
            request: request.into(),
            expected: expect.says.clone(),
            got: answer.summary(),
            verdict,
            latency,
        });
        Some(answer)
    }
}

/// A short random id, so that repeated runs against one partner do not collide.
pub(crate) fn run_id() -> String {
    use rand::Rng;
    format!("{:08x}", rand::rng().random::<u32>())
}

/// Posts a raw body with reqwest, for what a generated client cannot send (a body the document
/// refuses, a form it does not describe), and reads the answer's body as `E`, the document's
/// error schema, when its status is one of `errors`.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn raw_post<E: serde::de::DeserializeOwned + Serialize>(
    url: &str,
    timeout: Duration,
    client: reqwest::Client,
    path: &str,
    headers: &[(&str, &str)],
    content_type: &str,
    body: String,
    errors: &[u16],
) -> Answer {
    let mut request = client
        .post(format!("{url}{path}"))
        .header("content-type", content_type)
        .body(body);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = match request.send().await {
        Ok(r) => r,
        Err(e) => return Answer::failed(OutboundError::from_transport(&e, timeout)),
    };
    let status = response.status().as_u16();
    let json = json_typed(response.headers());
    let text = response.text().await.unwrap_or_default();
    if !text.is_empty() && !json {
        return Answer {
            status: Some(status),
            body: Value::Null,
            broken: Some(NOT_JSON.into()),
        };
    }
    if !errors.contains(&status) {
        return Answer {
            status: Some(status),
            body: serde_json::from_str(&text).unwrap_or(Value::Null),
            broken: None,
        };
    }
    match serde_json::from_str::<E>(&text) {
        Ok(parsed) => Answer {
            status: Some(status),
            body: serde_json::to_value(parsed).unwrap_or_default(),
            broken: None,
        },
        Err(e) => Answer {
            status: Some(status),
            body: Value::Null,
            broken: Some(format!(
                "the error body breaks the document's schema: {e} (body: {})",
                cut(&text)
            )),
        },
    }
}

pub use report::{junit, markdown, table};
