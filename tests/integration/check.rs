//! The partner check (`d1-sandbox check`): against d1-sandbox itself, every role passes every
//! scenario; against deliberately wrong partners (the real sandbox behind a proxy that spoils
//! one kind of answer), the check fails and names the scenario and the rule; an unreachable or
//! silent partner fails in bounded time; OAuth tokens are cached and fetched again once on 401.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use d1_sandbox::domain::partners::{PartnerAuth, PartnerDescription, PartnerRole};
use d1_sandbox::domain::verification::check_signature;
use d1_sandbox::outbound::check::{self, CheckOptions, Report, Verdict};
use poem::listener::{Acceptor, Listener, TcpListener};
use serde_json::{Value, json};

use crate::server::{Real, start, temp_dir};

const ROLES: [&str; 4] = [
    "issuer",
    "token-requestor",
    "merchant-gateway",
    "connecting-party",
];

async fn run(partner: &PartnerDescription, options: &CheckOptions) -> Report {
    check::run(partner, options, &mut |_| {}).await.unwrap()
}

fn verdict<'r>(report: &'r Report, scenario: &str) -> &'r Verdict {
    &report
        .outcomes
        .iter()
        .find(|o| o.scenario == scenario)
        .unwrap_or_else(|| panic!("no outcome for {scenario}"))
        .verdict
}

/// Asserts that `scenario` failed for a reason mentioning `rule`, and returns the report's
/// table for messages.
fn failed(report: &Report, scenario: &str, rule: &str) {
    match verdict(report, scenario) {
        Verdict::Fail(why) => assert!(
            why.contains(rule),
            "{scenario}: {why}\n{}",
            check::table(report)
        ),
        other => panic!(
            "{scenario} should fail on `{rule}`: {other:?}\n{}",
            check::table(report)
        ),
    }
    assert!(!report.passed());
}

#[tokio::test]
async fn d1_sandbox_passes_its_own_check_for_every_role() {
    let real = start(&temp_dir("check-self")).await;
    for role in ROLES {
        let partner =
            d1_sandbox::cli::partner_file::partner_file(role, &real.credentials_file(), &real.base)
                .await
                .unwrap();
        // The printed file reads back as it was.
        assert_eq!(
            PartnerDescription::parse(&partner.to_yaml()).unwrap(),
            partner
        );
        for round in 0..2 {
            let report = run(&partner, &CheckOptions::default()).await;
            assert_eq!(
                report.outcomes.len(),
                check::scenario_names(&partner.role).len(),
                "{role}: every scenario ran"
            );
            assert_eq!(
                report.counts(),
                (report.outcomes.len(), 0, 0),
                "{role} round {round}:\n{}",
                check::table(&report)
            );
        }
    }
    // --only runs just those; an unknown name is refused with the list.
    let partner =
        d1_sandbox::cli::partner_file::partner_file("issuer", &real.credentials_file(), &real.base)
            .await
            .unwrap();
    let options = CheckOptions {
        only: vec!["verify-no-token".into()],
        ..Default::default()
    };
    let report = run(&partner, &options).await;
    assert_eq!(report.outcomes.len(), 1);
    assert!(report.passed());
    let options = CheckOptions {
        only: vec!["verify-everything".into()],
        ..Default::default()
    };
    let err = check::run(&partner, &options, &mut |_| {})
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("verify-valid"), "{err}");
    // The reports.
    let report = run(&partner, &CheckOptions::default()).await;
    let markdown = check::markdown(&report);
    assert!(
        markdown.contains("| verify-valid |") && markdown.contains("17 passed"),
        "{markdown}"
    );
    let junit = check::junit(&report);
    assert!(
        junit.contains(r#"tests="17" failures="0" skipped="0""#),
        "{junit}"
    );
    assert!(
        !markdown.contains("4999990000000015"),
        "no PAN in clear in a report"
    );
}

/// What the proxy saw of a request.
#[derive(Debug, Clone)]
pub(crate) struct Seen {
    pub(crate) path: String,
    pub(crate) authorization: Option<String>,
}

/// Spoils an answer: given the request and the real answer, `Some` replaces it.
pub(crate) type Spoil = dyn Fn(&Seen, u16, &Value) -> Option<(u16, Value)> + Send + Sync;

/// A spoiled answer `{AS_TEXT: body}` is sent as `body` labelled `text/plain`.
pub(crate) const AS_TEXT: &str = "__as_text";

/// A partner that is the real sandbox behind a proxy that spoils some answers. Its base URL.
pub(crate) async fn spoiled(real: &Real, spoil: Arc<Spoil>) -> String {
    let upstream = real.base.clone();
    let acceptor = TcpListener::bind("127.0.0.1:0")
        .into_acceptor()
        .await
        .unwrap();
    let addr = *acceptor.local_addr()[0].as_socket_addr().unwrap();
    let http = reqwest::Client::new();
    let endpoint = poem::endpoint::make(move |req: poem::Request| {
        let (upstream, http, spoil) = (upstream.clone(), http.clone(), spoil.clone());
        async move {
            let (parts, body) = req.into_parts();
            let body = body.into_bytes().await.unwrap_or_default();
            let path = parts
                .uri
                .path_and_query()
                .map(|p| p.to_string())
                .unwrap_or_default();
            let seen = Seen {
                path: path.clone(),
                authorization: parts
                    .headers
                    .get("authorization")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string),
            };
            let mut forward = http
                .request(parts.method.clone(), format!("{upstream}{path}"))
                .body(body.to_vec());
            for (name, value) in parts.headers.iter() {
                if name != "host" {
                    forward = forward.header(name, value);
                }
            }
            let answer = forward.send().await.unwrap();
            let status = answer.status().as_u16();
            let text = answer.text().await.unwrap_or_default();
            let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            let (status, value) = spoil(&seen, status, &value).unwrap_or((status, value));
            let mut response =
                poem::Response::builder().status(poem::http::StatusCode::from_u16(status).unwrap());
            if value.is_null() {
                response.body(poem::Body::empty())
            } else if let Some(text) = value.get(AS_TEXT) {
                // The same JSON, labelled as something else.
                response = response.content_type("text/plain");
                response.body(text.to_string())
            } else {
                response = response.content_type("application/json");
                response.body(value.to_string())
            }
        }
    });
    tokio::spawn(async move {
        poem::Server::new_with_acceptor(acceptor)
            .run(endpoint)
            .await
    });
    format!("http://{addr}")
}

/// The partner description of the sandbox for `role`, pointed at `base` instead.
async fn partner_at(real: &Real, role: &str, base: &str) -> PartnerDescription {
    let mut partner =
        d1_sandbox::cli::partner_file::partner_file(role, &real.credentials_file(), &real.base)
            .await
            .unwrap();
    partner.url = partner.url.replace(&real.base, base);
    partner
}

fn valid_verification() -> Value {
    json!({"cardId": "card-x", "consumerId": "consumer-x", "verificationResults": {
        "card": {"invalid": false, "expired": false, "lostOrStolen": false, "fraudSuspect": false},
        "securityCode": {"valid": true, "verificationAttemptsExceeded": false}}})
}

#[tokio::test]
async fn wrong_issuers_fail_the_check_naming_the_scenario_and_the_rule() {
    let real = start(&temp_dir("check-wrong-issuer")).await;
    let verify = |seen: &Seen| seen.path.ends_with("/cards/credentials");

    // An issuer that lets anyone in.
    let base = spoiled(
        &real,
        Arc::new(move |seen: &Seen, status, _: &Value| {
            (verify(seen) && status == 401).then(|| (200, valid_verification()))
        }),
    )
    .await;
    let report = run(
        &partner_at(&real, "issuer", &base).await,
        &CheckOptions::default(),
    )
    .await;
    failed(&report, "verify-no-token", "expected status 401, got 200");
    failed(
        &report,
        "verify-forged-token",
        "expected status 401, got 200",
    );
    assert_eq!(*verdict(&report, "verify-valid"), Verdict::Pass);

    // An issuer whose answer lacks a required field.
    let base = spoiled(
        &real,
        Arc::new(move |seen: &Seen, status, _: &Value| {
            (verify(seen) && status == 200).then(|| (200, json!({"cardId": "card-x"})))
        }),
    )
    .await;
    let report = run(
        &partner_at(&real, "issuer", &base).await,
        &CheckOptions::default(),
    )
    .await;
    failed(&report, "verify-valid", "verificationResults");
    failed(&report, "verify-valid", "the document");

    // An issuer that decrypts nothing: every JWE is "valid", even one to a key it lacks.
    let base = spoiled(
        &real,
        Arc::new(move |seen: &Seen, status, body: &Value| {
            (verify(seen) && status == 400 && body["error"]["code"] == "UNKNOWN_KEY")
                .then(|| (200, valid_verification()))
        }),
    )
    .await;
    let report = run(
        &partner_at(&real, "issuer", &base).await,
        &CheckOptions::default(),
    )
    .await;
    failed(
        &report,
        "verify-unknown-key",
        "expected status 400, got 200",
    );

    // An issuer that answers a lost card as valid (a seed rule, not a document one).
    let base = spoiled(
        &real,
        Arc::new(move |seen: &Seen, status, body: &Value| {
            (verify(seen)
                && status == 200
                && body["verificationResults"]["card"]["lostOrStolen"] == true)
                .then(|| (200, valid_verification()))
        }),
    )
    .await;
    let report = run(
        &partner_at(&real, "issuer", &base).await,
        &CheckOptions::default(),
    )
    .await;
    failed(&report, "verify-lost", "lostOrStolen");

    // An issuer whose JSON is not labelled JSON.
    let base = spoiled(
        &real,
        Arc::new(move |seen: &Seen, status, body: &Value| {
            (verify(seen) && status == 200).then(|| (200, json!({AS_TEXT: body})))
        }),
    )
    .await;
    let report = run(
        &partner_at(&real, "issuer", &base).await,
        &CheckOptions::default(),
    )
    .await;
    failed(&report, "verify-valid", "Content-Type");

    // An issuer that answers a notification 200 where the document says 204.
    let base = spoiled(
        &real,
        Arc::new(|seen: &Seen, status, _: &Value| {
            (seen.path.ends_with("/notifications") && status == 204)
                .then(|| (200, json!({"ok": true})))
        }),
    )
    .await;
    let report = run(
        &partner_at(&real, "issuer", &base).await,
        &CheckOptions::default(),
    )
    .await;
    failed(&report, "notify-v1-pending", "status 200 is not declared");
}

#[tokio::test]
async fn wrong_gateways_requestors_and_connecting_parties_fail_the_check() {
    let real = start(&temp_dir("check-wrong-others")).await;

    // A token endpoint that ignores the secret.
    let base = spoiled(&real, Arc::new(|seen: &Seen, status, _: &Value| {
        (seen.path == "/oauth2/token" && status == 401).then(|| {
            (200, json!({"access_token": "anything", "token_type": "Bearer", "expires_in": 900, "expires_at": "2030-01-01T00:00:00Z"}))
        })
    }))
    .await;
    let report = run(
        &partner_at(&real, "merchant-gateway", &base).await,
        &CheckOptions::default(),
    )
    .await;
    failed(
        &report,
        "token-wrong-secret",
        "expected status 401, got 200",
    );
    assert_eq!(*verdict(&report, "token"), Verdict::Pass);

    // A gateway that says UNKNOWN_TOKEN for an unknown merchant.
    let base = spoiled(
        &real,
        Arc::new(|_: &Seen, status, body: &Value| {
            (status == 404 && body["errorCode"] == "UNKNOWN_MERCHANT").then(|| {
                (
                    404,
                    json!({"errorCode": "UNKNOWN_TOKEN", "errorDescription": "no such token"}),
                )
            })
        }),
    )
    .await;
    let report = run(
        &partner_at(&real, "merchant-gateway", &base).await,
        &CheckOptions::default(),
    )
    .await;
    failed(
        &report,
        "notify-unknown-merchant",
        "errorCode must be UNKNOWN_MERCHANT",
    );

    // A connecting party that signs wrongly.
    let base = spoiled(
        &real,
        Arc::new(|seen: &Seen, status, body: &Value| {
            (seen.path == "/verification/notification" && status == 200).then(|| {
                let mut body = body.clone();
                body["session"]["checkSignature"] = json!("0".repeat(40));
                (200, body)
            })
        }),
    )
    .await;
    let report = run(
        &partner_at(&real, "connecting-party", &base).await,
        &CheckOptions::default(),
    )
    .await;
    failed(&report, "notify-valid", "checkSignature");
    failed(&report, "notify-again", "checkSignature");

    // Connecting parties that sign rightly but reuse their nonce, or give a repeated
    // transaction a new invoice: the answers are re-signed, so only the rule at stake breaks.
    let party = partner_at(&real, "connecting-party", &real.base).await;
    let PartnerRole::ConnectingParty(keys) = party.role.clone() else {
        unreachable!()
    };
    let resign = move |body: &mut Value| {
        let nonce = body["session"]["nonce"].as_str().unwrap().to_string();
        let invoice = body["invoiceId"].as_str().unwrap().to_string();
        body["session"]["checkSignature"] =
            json!(check_signature(&keys.control_key, &nonce, &keys.endpoint_id, &invoice).unwrap());
    };
    let first_nonce = Arc::new(Mutex::new(None::<Value>));
    let resign_nonce = resign.clone();
    let base = spoiled(
        &real,
        Arc::new(move |seen: &Seen, status, body: &Value| {
            if seen.path != "/verification/notification" || status != 200 {
                return None;
            }
            let mut kept = first_nonce.lock().unwrap();
            let nonce = kept
                .get_or_insert_with(|| body["session"]["nonce"].clone())
                .clone();
            let mut body = body.clone();
            body["session"]["nonce"] = nonce;
            resign_nonce(&mut body);
            Some((200, body))
        }),
    )
    .await;
    let report = run(
        &partner_at(&real, "connecting-party", &base).await,
        &CheckOptions::default(),
    )
    .await;
    assert_eq!(*verdict(&report, "notify-valid"), Verdict::Pass);
    failed(&report, "notify-repeat", "already used");
    failed(&report, "notify-again", "already used");

    let calls = Arc::new(AtomicUsize::new(0));
    let base = spoiled(
        &real,
        Arc::new(move |seen: &Seen, status, body: &Value| {
            if seen.path != "/verification/notification" || status != 200 {
                return None;
            }
            let mut body = body.clone();
            body["invoiceId"] = json!(format!("invoice-{}", calls.fetch_add(1, Ordering::SeqCst)));
            resign(&mut body);
            Some((200, body))
        }),
    )
    .await;
    let report = run(
        &partner_at(&real, "connecting-party", &base).await,
        &CheckOptions::default(),
    )
    .await;
    assert_eq!(*verdict(&report, "notify-valid"), Verdict::Pass);
    failed(&report, "notify-repeat", "same invoiceId");

    // A token requestor that acknowledges with 200 and a body.
    let base = spoiled(
        &real,
        Arc::new(|seen: &Seen, status, _: &Value| {
            (seen.path.ends_with("/notify-token-update") && status == 204).then(|| (200, json!({})))
        }),
    )
    .await;
    let report = run(
        &partner_at(&real, "token-requestor", &base).await,
        &CheckOptions::default(),
    )
    .await;
    failed(&report, "update-newer", "status 200 is not declared");
    assert_eq!(*verdict(&report, "creation"), Verdict::Pass);
}

#[tokio::test]
async fn unreachable_and_silent_partners_fail_in_bounded_time() {
    let real = start(&temp_dir("check-silent")).await;
    // Nothing listens there.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut partner = partner_at(&real, "token-requestor", &real.base).await;
    partner.url = format!("http://127.0.0.1:{closed}/tsh-cof");
    let report = run(&partner, &CheckOptions::default()).await;
    assert_eq!(
        report.counts().1,
        report.outcomes.len(),
        "{}",
        check::table(&report)
    );
    failed(&report, "creation", "unreachable");

    // A partner that accepts connections and never answers.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = silent.local_addr().unwrap().port();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = silent.accept().await {
            held.push(socket);
        }
    });
    partner.url = format!("http://127.0.0.1:{port}/tsh-cof");
    let options = CheckOptions {
        only: vec!["creation".into(), "no-apikey".into()],
        timeout: Duration::from_secs(1),
    };
    let started = Instant::now();
    let report = run(&partner, &options).await;
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "{:?}",
        started.elapsed()
    );
    failed(&report, "creation", "no answer within 1s");
    failed(&report, "no-apikey", "no answer within 1s");
}

#[tokio::test]
async fn oauth_tokens_are_cached_and_fetched_again_once_on_401() {
    let real = start(&temp_dir("check-oauth")).await;
    let fetched = Arc::new(AtomicUsize::new(0));
    let refused_once = Arc::new(AtomicUsize::new(0));
    let (f, r) = (fetched.clone(), refused_once.clone());
    let base = spoiled(
        &real,
        Arc::new(move |seen: &Seen, status, _: &Value| {
            if seen.path == "/oauth2/token" && status == 200 {
                f.fetch_add(1, Ordering::SeqCst);
            }
            // The first notification is refused as if its token had expired.
            if seen.path.ends_with("/notifications")
                && seen.authorization.is_some()
                && r.fetch_add(1, Ordering::SeqCst) == 0
            {
                return Some((
                    401,
                    json!({"error": {"code": "UNAUTHORIZED", "message": "token expired"}}),
                ));
            }
            None
        }),
    )
    .await;
    let mut partner = partner_at(&real, "issuer", &base).await;
    if let PartnerAuth::Oauth { token_url, .. } = &mut partner.auth {
        *token_url = format!("{base}/oauth2/token");
    }
    assert!(matches!(partner.role, PartnerRole::Issuer(_)));
    let report = run(&partner, &CheckOptions::default()).await;
    assert!(report.passed(), "{}", check::table(&report));
    assert_eq!(
        fetched.load(Ordering::SeqCst),
        2,
        "one token, and one more after the 401"
    );
}

/// The README's example partner files, one per role, are valid descriptions.
#[test]
fn the_readmes_partner_files_parse() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("```yaml\n# issuer")
        .expect("the README's partner file examples");
    let block = &readme[start + "```yaml\n".len()..];
    let block = &block[..block.find("```").unwrap()];
    let roles: Vec<&str> = block
        .split("\n---\n")
        .map(|doc| {
            PartnerDescription::parse(doc)
                .unwrap_or_else(|e| panic!("{e}\n{doc}"))
                .role
                .name()
        })
        .collect();
    assert_eq!(roles, ROLES);
}

/// A token endpoint that says its tokens never expire (a huge `expires_in`) is cached for a
/// bounded time, without overflowing the clock.
#[tokio::test]
async fn a_never_expiring_token_is_cached_without_overflow() {
    let real = start(&temp_dir("check-forever")).await;
    let base = spoiled(
        &real,
        Arc::new(|seen: &Seen, status, body: &Value| {
            (seen.path == "/oauth2/token" && status == 200).then(|| {
                let mut body = body.clone();
                body["expires_in"] = json!(i64::MAX);
                (200, body)
            })
        }),
    )
    .await;
    let mut partner = partner_at(&real, "issuer", &base).await;
    if let PartnerAuth::Oauth { token_url, .. } = &mut partner.auth {
        *token_url = format!("{base}/oauth2/token");
    }
    let report = run(&partner, &CheckOptions::default()).await;
    assert!(report.passed(), "{}", check::table(&report));
}
