//! The issuer's scenarios: the Card API as D1 calls it (seed 000): verifyCard with card data
//! JWE-encrypted to the issuer's newest encryption key, then the card-operation notifications.

use serde_json::{Value, json};

use super::notify;
use super::{Answer, As, Ctx, Expect, Verdict};
use crate::domain::cards::mask;
use crate::domain::delivery::PartnerMessage::{CardOperation, CardOperations};
use crate::domain::delivery::{
    CardOperationItem, CardOperationNotice, CardOperationsNotice, OperationStatus, VerifyCardCall,
};
use crate::domain::partners::{CardExpectation, IssuerPartner, PartnerTestCard};
use crate::outbound::OutboundError;
use crate::outbound::partners::{Peer, issuer};

/// The scenarios, in the order they run.
pub(super) const SCENARIOS: &[&str] = &[
    "verify-valid",
    "verify-wrong-cvv",
    "verify-expired",
    "verify-lost",
    "verify-fraud",
    "verify-bin-mismatch",
    "verify-unknown-key",
    "verify-no-token",
    "verify-forged-token",
    "verify-other-issuer",
    "notify-v1-pending",
    "notify-v1-successful",
    "notify-v1-repeat",
    "notify-v1-unknown-card",
    "notify-v2-two-cards",
    "notify-v2-invalid-item",
    "notify-v2-nothing-applied",
];

/// The scenarios that encrypt card data, so need the issuer's key.
const NEED_KEY: &[&str] = &[
    "verify-valid",
    "verify-wrong-cvv",
    "verify-expired",
    "verify-lost",
    "verify-fraud",
    "verify-bin-mismatch",
    "verify-no-token",
    "verify-forged-token",
    "verify-other-issuer",
];

/// The error statuses of the Card API's operations (their bodies are `Error`).
const ERRORS: &[u16] = &[400, 401, 403, 404, 408, 413, 500, 503];

/// Card data as D1 sends it: a compact JWE of `{pan, exp, cvv?}`.
fn encrypted(
    key: &Value,
    card: &PartnerTestCard,
    cvv: Option<&str>,
) -> Result<String, OutboundError> {
    issuer::encrypt_card(key, &card.pan, &card.exp, cvv)
}

/// The connection a scenario's client makes to the issuer.
fn peer(url: &str, timeout: std::time::Duration, client: reqwest::Client) -> Peer<'_> {
    Peer {
        url,
        client,
        timeout,
    }
}

async fn verify(
    url: &str,
    timeout: std::time::Duration,
    client: reqwest::Client,
    call: Result<VerifyCardCall, String>,
) -> Answer {
    match call {
        Ok(call) => issuer::verify_card(&peer(url, timeout, client), &call)
            .await
            .into(),
        Err(e) => Answer::failed(OutboundError::Setup(e)),
    }
}

/// The seed's rules on every verifyCard answer, then the expectation's.
fn verification_rule(
    expect: CardExpectation,
    cvv_sent: bool,
) -> impl Fn(&Value) -> Result<(), String> + Send + Sync {
    move |body| {
        let card = &body["verificationResults"]["card"];
        let flag = |name: &str| card[name].as_bool().unwrap_or(false);
        let invalid = flag("invalid");
        let consumer = body["consumerId"].as_str().filter(|c| !c.is_empty());
        if invalid && consumer.is_some() {
            return Err("the seed: consumerId only when card.invalid is false".into());
        }
        let cvv_valid = body["verificationResults"]["securityCode"]["valid"].as_bool();
        match expect {
            CardExpectation::Valid => {
                if invalid {
                    return Err("a valid card must get card.invalid false".into());
                }
                if consumer.is_none() {
                    return Err("the seed: a valid card gets a consumerId".into());
                }
                if cvv_sent && cvv_valid != Some(true) {
                    return Err("the right CVV must get securityCode.valid true".into());
                }
                Ok(())
            }
            CardExpectation::WrongCvv => match cvv_valid {
                Some(false) => Ok(()),
                other => Err(format!(
                    "a wrong CVV must get securityCode.valid false, got {other:?}"
                )),
            },
            CardExpectation::Expired if !flag("expired") => {
                Err("an expired card must get card.expired true".into())
            }
            CardExpectation::LostOrStolen if !flag("lostOrStolen") => {
                Err("a lost card must get card.lostOrStolen true".into())
            }
            CardExpectation::FraudSuspect if !flag("fraudSuspect") => {
                Err("a fraud-suspect card must get card.fraudSuspect true".into())
            }
            _ => Ok(()),
        }
    }
}

/// A token signed by a key nobody knows: a well-formed JWT the issuer must refuse.
fn forged_token() -> Result<String, OutboundError> {
    use josekit::jwk::alg::ec::{EcCurve, EcKeyPair};
    use josekit::jws::{ES256, JwsHeader};
    use josekit::jwt::JwtPayload;
    let setup = |e: josekit::JoseError| OutboundError::Setup(format!("forging a token: {e}"));
    let pair = EcKeyPair::generate(EcCurve::P256).map_err(setup)?;
    let signer = ES256
        .signer_from_der(pair.to_der_private_key())
        .map_err(setup)?;
    let mut header = JwsHeader::new();
    header.set_token_type("JWT");
    header.set_key_id("d1check-forged");
    let mut payload = JwtPayload::new();
    payload.set_subject("d1check");
    payload.set_expires_at(&(std::time::SystemTime::now() + std::time::Duration::from_secs(600)));
    josekit::jwt::encode_with_signer(&payload, &header, &signer).map_err(setup)
}

pub(super) async fn run(ctx: &mut Ctx<'_>, partner: &IssuerPartner) {
    let url = ctx.url.clone();
    let timeout = ctx.timeout;
    let run_id = super::run_id();
    let issuer_id = partner.issuer_id.clone();

    let key = match issuer::encryption_key(partner, timeout).await {
        Ok(key) => key,
        Err(e) => {
            // Nothing can be encrypted: each scenario that needs it fails, saying why.
            for scenario in NEED_KEY {
                if ctx.selected(scenario) {
                    ctx.record(super::Outcome {
                        scenario,
                        request: "-".into(),
                        expected: "-".into(),
                        got: "-".into(),
                        verdict: Verdict::Fail(format!("the issuer's encryption key: {e}")),
                        latency: std::time::Duration::ZERO,
                    });
                }
            }
            Value::Null
        }
    };
    let card_of = |expect: CardExpectation| partner.test_cards.iter().find(|c| c.expect == expect);
    let body_for = |card: &PartnerTestCard,
                    cvv: Option<&str>,
                    bin: Option<&str>,
                    label: &str|
     -> Result<VerifyCardCall, String> {
        let jwe = encrypted(&key, card, cvv).map_err(|e| e.to_string())?;
        Ok(VerifyCardCall {
            issuer_id: issuer_id.clone(),
            card_id: card
                .card_id
                .clone()
                .unwrap_or_else(|| format!("d1check-{label}-{run_id}")),
            card_bin: bin.unwrap_or(&card.pan[..6]).to_string(),
            encrypted_data: jwe,
        })
    };
    // The cards verified, by expectation: their answered cardId, for the notifications.
    let mut card_ids: Vec<(CardExpectation, String)> = Vec::new();

    if !key.is_null() {
        for (scenario, expect, label) in [
            ("verify-valid", CardExpectation::Valid, "valid"),
            ("verify-wrong-cvv", CardExpectation::WrongCvv, "wrong CVV"),
            ("verify-expired", CardExpectation::Expired, "expired"),
            (
                "verify-lost",
                CardExpectation::LostOrStolen,
                "lost or stolen",
            ),
            (
                "verify-fraud",
                CardExpectation::FraudSuspect,
                "fraud suspect",
            ),
        ] {
            let Some(card) = card_of(expect) else {
                ctx.skip(
                    scenario,
                    format!("the partner file names no {label} test card"),
                );
                continue;
            };
            let body = body_for(card, card.cvv.as_deref(), None, scenario);
            let answer = ctx
                .scenario(
                    scenario,
                    format!("POST verifyCard {label} card {}", mask(&card.pan)),
                    As::Partner,
                    Expect::with(
                        &[200],
                        format!("200, {label}"),
                        verification_rule(expect, card.cvv.is_some()),
                    ),
                    |c| verify(&url, timeout, c, body.clone()),
                )
                .await;
            if let Some(id) = answer
                .as_ref()
                .filter(|a| a.status == Some(200))
                .and_then(|a| a.body["cardId"].as_str())
            {
                card_ids.push((expect, id.to_string()));
            }
        }
        // The refusals use any test card (the valid one first).
        let any = card_of(CardExpectation::Valid).or(partner.test_cards.first());
        match any {
            Some(card) => {
                let wrong_bin = if card.pan.starts_with("000000") {
                    "999999"
                } else {
                    "000000"
                };
                let body = body_for(card, card.cvv.as_deref(), Some(wrong_bin), "bin");
                ctx.scenario(
                    "verify-bin-mismatch",
                    format!(
                        "POST verifyCard {} with cardBin {wrong_bin}",
                        mask(&card.pan)
                    ),
                    As::Partner,
                    Expect::status(&[400]),
                    |c| verify(&url, timeout, c, body.clone()),
                )
                .await;
                let body = body_for(card, card.cvv.as_deref(), None, "auth");
                ctx.scenario(
                    "verify-no-token",
                    "POST verifyCard without Authorization",
                    As::Nobody,
                    Expect::status(&[401]),
                    |c| verify(&url, timeout, c, body.clone()),
                )
                .await;
                let forged = forged_token().map(|t| format!("Bearer {t}"));
                match forged {
                    Ok(header) => {
                        ctx.scenario(
                            "verify-forged-token",
                            "POST verifyCard with a token signed by an unknown key",
                            As::Header(header),
                            Expect::status(&[401]),
                            |c| verify(&url, timeout, c, body.clone()),
                        )
                        .await;
                    }
                    Err(e) => ctx.skip("verify-forged-token", e.to_string()),
                }
                let other = if issuer_id == "D1CHECK000" {
                    "D1CHECK001"
                } else {
                    "D1CHECK000"
                };
                ctx.scenario(
                    "verify-other-issuer",
                    format!("POST verifyCard for issuer {other}, not the caller's"),
                    As::Partner,
                    Expect::status(&[403, 404]),
                    |c| {
                        let to_other = body.clone().map(|call| VerifyCardCall {
                            issuer_id: other.to_string(),
                            ..call
                        });
                        verify(&url, timeout, c, to_other)
                    },
                )
                .await;
            }
            None => {
                for scenario in [
                    "verify-bin-mismatch",
                    "verify-no-token",
                    "verify-forged-token",
                    "verify-other-issuer",
                ] {
                    ctx.skip(scenario, "the partner file names no test card");
                }
            }
        }
    }
    // Card data encrypted to a key the issuer does not have.
    let unknown_key = crate::crypto::jwe::generate_ec_key("d1check-unknown-key")
        .and_then(|record| crate::crypto::jwe::Keyring::from_records(&[record]))
        .map(|ring| ring.public_jwks().remove(0));
    let sample = PartnerTestCard {
        pan: "4999990000000015".into(),
        exp: crate::domain::partners::future_expiry(),
        cvv: Some("123".into()),
        card_id: None,
        expect: CardExpectation::Valid,
    };
    let card = card_of(CardExpectation::Valid)
        .or(partner.test_cards.first())
        .unwrap_or(&sample);
    let body = match &unknown_key {
        Ok(k) => encrypted(k, card, card.cvv.as_deref())
            .map(|jwe| VerifyCardCall {
                issuer_id: issuer_id.clone(),
                card_id: format!("d1check-key-{run_id}"),
                card_bin: card.pan[..6].to_string(),
                encrypted_data: jwe,
            })
            .map_err(|e| e.to_string()),
        Err(e) => Err(e.to_string()),
    };
    ctx.scenario(
        "verify-unknown-key",
        "POST verifyCard with card data encrypted to a key the issuer does not have",
        As::Partner,
        Expect::status(&[400]),
        |c| verify(&url, timeout, c, body.clone()),
    )
    .await;

    // Card-operation notifications, on the card the valid verification answered (or named).
    let valid_card = card_ids
        .iter()
        .find(|(e, _)| *e == CardExpectation::Valid)
        .map(|(_, id)| id.clone())
        .or_else(|| card_of(CardExpectation::Valid).and_then(|c| c.card_id.clone()));
    let operation = format!("d1check-{run_id}-v1");
    let v1 = |card_id: &str, status: OperationStatus| CardOperationNotice {
        issuer_id: issuer_id.clone(),
        card_id: card_id.to_string(),
        operation_id: operation.clone(),
        operation: "DIGITIZE".into(),
        status,
        digital_card_ids: vec![format!("d1check-dc-{run_id}")],
    };
    match &valid_card {
        Some(card_id) => {
            for (scenario, status, what) in [
                (
                    "notify-v1-pending",
                    OperationStatus::Pending,
                    "DIGITIZE PENDING",
                ),
                (
                    "notify-v1-successful",
                    OperationStatus::Successful,
                    "the same operation SUCCESSFUL",
                ),
                (
                    "notify-v1-repeat",
                    OperationStatus::Successful,
                    "the same notification again (idempotent)",
                ),
            ] {
                let body = v1(card_id, status);
                ctx.scenario(
                    scenario,
                    format!("POST notifyCardOperation {what} on card {card_id}"),
                    As::Partner,
                    Expect::status(&[204]),
                    |c| notify(&url, timeout, c, CardOperation(body.clone())),
                )
                .await;
            }
        }
        None => {
            for scenario in [
                "notify-v1-pending",
                "notify-v1-successful",
                "notify-v1-repeat",
            ] {
                ctx.skip(
                    scenario,
                    "no valid card was verified (or named with a card_id)",
                );
            }
        }
    }
    let unknown_card = format!("d1check-unknown-{run_id}");
    let body = v1(&unknown_card, OperationStatus::Pending);
    ctx.scenario(
        "notify-v1-unknown-card",
        format!("POST notifyCardOperation on card {unknown_card}"),
        As::Partner,
        Expect::status(&[404]),
        |c| notify(&url, timeout, c, CardOperation(body.clone())),
    )
    .await;

    let now = chrono::Utc::now();
    let start = now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let item = |card_id: &str, n: usize, status: OperationStatus| CardOperationItem {
        card_id: card_id.to_string(),
        operation_id: format!("d1check-{run_id}-v2-{n}"),
        operation: "DIGITIZE".into(),
        status,
        start_time: now,
        end_time: None,
        message: None,
    };
    let batch = |cards: Vec<CardOperationItem>| CardOperationsNotice {
        issuer_id: issuer_id.clone(),
        cards,
    };
    let two: Vec<&String> = card_ids.iter().map(|(_, id)| id).take(2).collect();
    if let [first, second] = two[..] {
        let body = batch(vec![
            item(first, 1, OperationStatus::Pending),
            item(second, 2, OperationStatus::Pending),
        ]);
        ctx.scenario(
            "notify-v2-two-cards",
            format!("POST notifyCardOperations for cards {first} and {second}"),
            As::Partner,
            Expect::status(&[204]),
            |c| notify(&url, timeout, c, CardOperations(body.clone())),
        )
        .await;
    } else {
        ctx.skip("notify-v2-two-cards", "fewer than two cards were verified");
    }
    match &valid_card {
        Some(card_id) => {
            // A final status, beside an item whose operationId breaks the document's pattern.
            // Sent by hand: the senders refuse to send what the document does not allow.
            let invalid = json!({"cards": [{
                "operationId": format!("d1check-{run_id}-v2-3"), "operation": "DIGITIZE",
                "status": "SUCCESSFUL", "startTime": start, "cardId": card_id,
            }, {
                "operationId": "not a valid id!", "operation": "DIGITIZE", "status": "PENDING", "startTime": start, "cardId": card_id,
            }]})
            .to_string();
            let path = format!("/notifications/d1/v2/issuers/{issuer_id}/cards");
            ctx.scenario(
                "notify-v2-invalid-item",
                "POST notifyCardOperations with a valid item and an invalid one",
                As::Partner,
                Expect::status(&[400]),
                |c| {
                    super::raw_post::<issuer::ErrorBody>(
                        &url,
                        timeout,
                        c,
                        &path,
                        &[],
                        "application/json",
                        invalid.clone(),
                        ERRORS,
                    )
                },
            )
            .await;
            // Had the valid item been applied, its operation would be final (SUCCESSFUL), and
            // the same operation PENDING would be refused.
            let body = batch(vec![item(card_id, 3, OperationStatus::Pending)]);
            ctx.scenario(
                "notify-v2-nothing-applied",
                "POST the refused batch's valid item again, PENDING",
                As::Partner,
                Expect::with(&[204], "204: the refused batch applied nothing", |_| Ok(())),
                |c| notify(&url, timeout, c, CardOperations(body.clone())),
            )
            .await;
        }
        None => {
            for scenario in ["notify-v2-invalid-item", "notify-v2-nothing-applied"] {
                ctx.skip(
                    scenario,
                    "no valid card was verified (or named with a card_id)",
                );
            }
        }
    }
}
