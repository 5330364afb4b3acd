//! The connecting party's scenarios: the verification card mapping notification as the
//! verification service sends it (seed 002), and the signature of its answers.

use std::sync::Mutex;

use serde_json::{Value, json};

use super::{Answer, As, Ctx, Expect};
use crate::domain::delivery::VerificationNotice;
use crate::domain::partners::ConnectingPartyPartner;
use crate::domain::verification::verify_signature;
use crate::outbound::partners::{Peer, connecting_party};

/// The scenarios, in the order they run.
pub(super) const SCENARIOS: &[&str] = &[
    "notify-valid",
    "notify-repeat",
    "notify-again",
    "notify-unknown-session",
    "notify-filtered-bin",
    "notify-bad-request",
];

/// The error statuses of notifyVerification (their bodies are `VerificationFailure`).
const ERRORS: &[u16] = &[400, 408, 413, 500];

async fn notify(
    url: &str,
    timeout: std::time::Duration,
    client: reqwest::Client,
    notice: VerificationNotice,
) -> Answer {
    let peer = Peer {
        url,
        client,
        timeout,
    };
    connecting_party::notify_verification(&peer, &notice)
        .await
        .into()
}

fn notification(
    access_token: &str,
    device: &str,
    token: &str,
    server_card_id: &str,
    bin: i64,
) -> VerificationNotice {
    VerificationNotice {
        access_token: access_token.into(),
        session_token: token.into(),
        device_serial: device.into(),
        server_card_id: server_card_id.into(),
        unique_reference_card_id: 4_242_424_242,
        bin,
    }
}

/// The signed answer's rules: the token echoed, and `checkSignature` the HMAC-SHA1 of
/// `nonce + endpointId + invoiceId` under the control key.
fn signed<'a>(
    partner: &'a ConnectingPartyPartner,
    token: String,
    nonces: &'a Mutex<Vec<String>>,
) -> impl Fn(&Value) -> Result<(), String> + Send + Sync + 'a {
    move |body| {
        let session = &body["session"];
        let nonce = session["nonce"].as_str().unwrap_or_default();
        let invoice = body["invoiceId"].as_str().unwrap_or_default();
        let signature = session["checkSignature"].as_str().unwrap_or_default();
        if session["token"].as_str() != Some(token.as_str()) {
            return Err(format!("session.token must echo `{token}`"));
        }
        if nonce.is_empty() {
            return Err("session.nonce is empty".into());
        }
        match verify_signature(
            &partner.control_key,
            nonce,
            &partner.endpoint_id,
            invoice,
            signature,
        ) {
            Some(true) => {}
            Some(false) => {
                return Err(format!(
                    "checkSignature `{signature}` is not HMAC-SHA1(control key, nonce + endpointId + invoiceId)"
                ));
            }
            None => return Err("the partner file's control_key is not hexadecimal".into()),
        }
        let mut seen = nonces.lock().unwrap_or_else(|p| p.into_inner());
        if seen.iter().any(|n| n == nonce) {
            return Err(format!(
                "nonce `{nonce}` was already used: each answer needs a fresh one"
            ));
        }
        seen.push(nonce.to_string());
        Ok(())
    }
}

/// A refusal whose cause is `cause` (when given); the document's enum is checked on reading.
fn refused(cause: Option<&'static str>) -> impl Fn(&Value) -> Result<(), String> + Send + Sync {
    move |body| match (cause, body["error"]["cause"].as_str()) {
        (Some(want), Some(got)) if want != got => {
            Err(format!("error.cause must be {want}, got {got}"))
        }
        _ => Ok(()),
    }
}

pub(super) async fn run(ctx: &mut Ctx<'_>, partner: &ConnectingPartyPartner) {
    let url = ctx.url.clone();
    let timeout = ctx.timeout;
    let run_id = super::run_id();
    let nonces = Mutex::new(Vec::new());

    match &partner.session {
        Some(session) => {
            let card = format!("d1check-card-{run_id}");
            let first_token = format!("d1check-{run_id}-1");
            let first = notification(
                &session.access_token,
                &session.device_serial_number,
                &first_token,
                &card,
                453_421,
            );
            let answer = ctx
                .scenario(
                    "notify-valid",
                    format!("POST /verification/notification session.token {first_token}"),
                    As::Partner,
                    Expect::with(
                        &[200],
                        "200, a valid checkSignature, a fresh nonce",
                        signed(partner, first_token.clone(), &nonces),
                    ),
                    |c| notify(&url, timeout, c, first.clone()),
                )
                .await;
            // The same transaction again: the same invoice (idempotent), a fresh nonce.
            let invoice = answer
                .filter(|a| a.status == Some(200))
                .and_then(|a| a.body["invoiceId"].as_str().map(str::to_string));
            match invoice {
                Some(invoice) => {
                    let rule = signed(partner, first_token.clone(), &nonces);
                    ctx.scenario(
                        "notify-repeat",
                        format!("POST the same notification again (session.token {first_token})"),
                        As::Partner,
                        Expect::with(&[200], format!("200, invoiceId {invoice} again, a fresh nonce"), move |body| {
                            match body["invoiceId"].as_str() {
                                Some(i) if i == invoice => rule(body),
                                other => Err(format!(
                                    "the same session.token must get the same invoiceId ({invoice}), got {other:?}"
                                )),
                            }
                        }),
                        |c| notify(&url, timeout, c, first.clone()),
                    )
                    .await;
                }
                None => ctx.skip("notify-repeat", "notify-valid got no invoiceId"),
            }
            let second_token = format!("d1check-{run_id}-2");
            let second = notification(
                &session.access_token,
                &session.device_serial_number,
                &second_token,
                &card,
                453_421,
            );
            ctx.scenario(
                "notify-again",
                format!("POST /verification/notification session.token {second_token} (a new transaction)"),
                As::Partner,
                Expect::with(&[200], "200, a valid checkSignature, a fresh nonce", signed(partner, second_token.clone(), &nonces)),
                |c| notify(&url, timeout, c, second.clone()),
            )
            .await;
        }
        None => {
            for scenario in ["notify-valid", "notify-repeat", "notify-again"] {
                ctx.skip(scenario, "the partner file names no consumer session");
            }
        }
    }
    let device = partner
        .session
        .as_ref()
        .map_or("D1CHECK-DEVICE", |s| s.device_serial_number.as_str())
        .to_string();
    let unknown = notification(
        &format!("d1check{}", "0".repeat(40)),
        &device,
        &format!("d1check-{run_id}-3"),
        "d1check-card",
        453_421,
    );
    ctx.scenario(
        "notify-unknown-session",
        "POST /verification/notification with an access token nobody issued",
        As::Partner,
        Expect::with(&[400], "400 with a documented cause", refused(None)),
        |c| notify(&url, timeout, c, unknown.clone()),
    )
    .await;
    match (&partner.session, partner.filtered_bin) {
        (Some(session), Some(bin)) => {
            let body = notification(
                &session.access_token,
                &session.device_serial_number,
                &format!("d1check-{run_id}-4"),
                &format!("d1check-filtered-{run_id}"),
                bin,
            );
            ctx.scenario(
                "notify-filtered-bin",
                format!("POST /verification/notification for BIN {bin}"),
                As::Partner,
                Expect::with(&[400], "400 FILTERED", refused(Some("FILTERED"))),
                |c| notify(&url, timeout, c, body.clone()),
            )
            .await;
        }
        _ => ctx.skip(
            "notify-filtered-bin",
            "the partner file names no session and filtered_bin",
        ),
    }
    // Sent by hand: the sender refuses to send what the document does not allow.
    let bad = json!({
        "consumer": {"device": {"serialNumber": device}},
        "reference": {"serverCardId": "d1check-card", "uniqueReferenceCardId": 4_242_424_242_i64},
        "session": {"accessToken": "d1check-bad-request-access-token-0000000",
                    "token": format!("d1check-{run_id}-5")},
    })
    .to_string();
    ctx.scenario(
        "notify-bad-request",
        "POST /verification/notification without sourceCard",
        As::Partner,
        Expect::with(&[400], "400 with a documented cause", refused(None)),
        |c| {
            super::raw_post::<connecting_party::VerificationFailure>(
                &url,
                timeout,
                c,
                "/verification/notification",
                &[],
                "application/json",
                bad.clone(),
                ERRORS,
            )
        },
    )
    .await;
}
