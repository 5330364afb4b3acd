//! The rules deciding, from the seeds, when a call is tried again and when D1 gives up
//! ([`classify`], [`RetrySchedule`]). Pure functions of an attempt's outcome.

use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::domain::partners::PartnerRole;

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

/// The verdict on a message whose partner is gone.
pub(super) fn classify_without_partner() -> Verdict {
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
