//! The issuer's scenarios: the Card API as D1 calls it (seed 000): verifyCard with card data
//! JWE-encrypted to the issuer's newest encryption key, then the card-operation notifications.

use serde_json::{Value, json};

use super::{Answer, As, Ctx, Expect, Verdict, read};
use crate::domain::cards::mask;
use crate::domain::partners::{CardExpectation, IssuerPartner, PartnerTestCard};
use crate::generated::card_api_client::{Client, types};
use crate::outbound::OutboundError;

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

/// The issuer's newest encryption key, from its JWK set or file.
pub(in crate::outbound) async fn encryption_key(
    partner: &IssuerPartner,
    timeout: std::time::Duration,
) -> Result<Value, OutboundError> {
    let setup = |m: String| OutboundError::Setup(m);
    let document: Value = match (
        &partner.encryption_key.jwks_url,
        &partner.encryption_key.jwk_file,
    ) {
        (Some(url), _) => {
            let response = super::http_client(timeout, &[])?
                .get(url)
                .send()
                .await
                .map_err(|e| OutboundError::from_transport(&e, timeout))?;
            if !response.status().is_success() {
                return Err(setup(format!(
                    "the JWK set at {url} answered {}",
                    response.status()
                )));
            }
            response
                .json()
                .await
                .map_err(|e| setup(format!("the JWK set at {url} is not JSON: {e}")))?
        }
        (None, Some(file)) => {
            let text = std::fs::read_to_string(file).map_err(|e| setup(format!("{file}: {e}")))?;
            serde_json::from_str(&text).map_err(|e| setup(format!("{file}: not JSON: {e}")))?
        }
        (None, None) => return Err(setup("no encryption_key".into())),
    };
    // A single JWK, or a set.
    let set = if document.get("keys").is_some() {
        document
    } else {
        json!({ "keys": [document] })
    };
    crate::crypto::jwe::choose_encryption_key(&set)
        .cloned()
        .ok_or_else(|| setup("the issuer's keys hold no encryption key (use: enc)".into()))
}

/// Card data as D1 sends it: a compact JWE of `{pan, exp, cvv?}`.
fn encrypted(
    key: &Value,
    card: &PartnerTestCard,
    cvv: Option<&str>,
) -> Result<String, OutboundError> {
    encrypt_card(key, &card.pan, &card.exp, cvv)
}

/// Card data as verifyCard's `encryptedData`: the JSON plaintext the Card API describes,
/// encrypted to the issuer's key.
pub(in crate::outbound) fn encrypt_card(
    key: &Value,
    pan: &str,
    exp: &str,
    cvv: Option<&str>,
) -> Result<String, OutboundError> {
    let mut data = json!({"pan": pan, "exp": exp});
    if let Some(cvv) = cvv {
        data["cvv"] = cvv.into();
    }
    crate::crypto::jwe::encrypt_to(key, data.to_string().as_bytes())
        .map_err(|e| OutboundError::Setup(format!("encrypting card data: {e}")))
}

async fn verify(
    url: &str,
    timeout: std::time::Duration,
    client: reqwest::Client,
    issuer: &str,
    body: Result<Value, String>,
) -> Answer {
    let body: types::VerifyCardRequest =
        match body.and_then(|b| serde_json::from_value(b).map_err(|e| e.to_string())) {
            Ok(b) => b,
            Err(e) => return Answer::failed(OutboundError::Setup(e)),
        };
    let sent = Client::new_with_client(url, client)
        .verify_card()
        .issuer_id(issuer)
        .body(body)
        .send()
        .await;
    read(sent, timeout).await
}

async fn notify_v1(
    url: &str,
    timeout: std::time::Duration,
    client: reqwest::Client,
    issuer: &str,
    card_id: &str,
    body: Value,
) -> Answer {
    let body: types::CardOperationNotification = match serde_json::from_value(body) {
        Ok(b) => b,
        Err(e) => return Answer::failed(OutboundError::Setup(e.to_string())),
    };
    let sent = Client::new_with_client(url, client)
        .notify_card_operation()
        .issuer_id(issuer)
        .card_id(card_id)
        .body(body)
        .send()
        .await;
    read(sent, timeout).await
}

async fn notify_v2(
    url: &str,
    timeout: std::time::Duration,
    client: reqwest::Client,
    issuer: &str,
    body: Value,
) -> Answer {
    let body: types::CardOperationsNotification = match serde_json::from_value(body) {
        Ok(b) => b,
        Err(e) => return Answer::failed(OutboundError::Setup(e.to_string())),
    };
    let sent = Client::new_with_client(url, client)
        .notify_card_operations()
        .issuer_id(issuer)
        .body(body)
        .send()
        .await;
    read(sent, timeout).await
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
    let issuer = partner.issuer_id.clone();

    let key = match encryption_key(partner, timeout).await {
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
     -> Result<Value, String> {
        let jwe = encrypted(&key, card, cvv).map_err(|e| e.to_string())?;
        Ok(json!({
            "encryptedData": jwe,
            "cardId": card.card_id.clone().unwrap_or_else(|| format!("d1check-{label}-{run_id}")),
            "cardBin": bin.unwrap_or(&card.pan[..6]),
        }))
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
                    |c| verify(&url, timeout, c, &issuer, body.clone()),
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
                    |c| verify(&url, timeout, c, &issuer, body.clone()),
                )
                .await;
                let body = body_for(card, card.cvv.as_deref(), None, "auth");
                ctx.scenario(
                    "verify-no-token",
                    "POST verifyCard without Authorization",
                    As::Nobody,
                    Expect::status(&[401]),
                    |c| verify(&url, timeout, c, &issuer, body.clone()),
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
                            |c| verify(&url, timeout, c, &issuer, body.clone()),
                        )
                        .await;
                    }
                    Err(e) => ctx.skip("verify-forged-token", e.to_string()),
                }
                let other = if issuer == "D1CHECK000" {
                    "D1CHECK001"
                } else {
                    "D1CHECK000"
                };
                ctx.scenario(
                    "verify-other-issuer",
                    format!("POST verifyCard for issuer {other}, not the caller's"),
                    As::Partner,
                    Expect::status(&[403, 404]),
                    |c| verify(&url, timeout, c, other, body.clone()),
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
            .map(|jwe| json!({"encryptedData": jwe, "cardId": format!("d1check-key-{run_id}"), "cardBin": &card.pan[..6]}))
            .map_err(|e| e.to_string()),
        Err(e) => Err(e.to_string()),
    };
    ctx.scenario(
        "verify-unknown-key",
        "POST verifyCard with card data encrypted to a key the issuer does not have",
        As::Partner,
        Expect::status(&[400]),
        |c| verify(&url, timeout, c, &issuer, body.clone()),
    )
    .await;

    // Card-operation notifications, on the card the valid verification answered (or named).
    let valid_card = card_ids
        .iter()
        .find(|(e, _)| *e == CardExpectation::Valid)
        .map(|(_, id)| id.clone())
        .or_else(|| card_of(CardExpectation::Valid).and_then(|c| c.card_id.clone()));
    let operation = format!("d1check-{run_id}-v1");
    let v1 = |status: &str| json!({"operationId": operation, "operation": "DIGITIZE", "status": status, "digitalCardIds": [format!("d1check-dc-{run_id}")]});
    match &valid_card {
        Some(card_id) => {
            for (scenario, status, what) in [
                ("notify-v1-pending", "PENDING", "DIGITIZE PENDING"),
                (
                    "notify-v1-successful",
                    "SUCCESSFUL",
                    "the same operation SUCCESSFUL",
                ),
                (
                    "notify-v1-repeat",
                    "SUCCESSFUL",
                    "the same notification again (idempotent)",
                ),
            ] {
                let body = v1(status);
                ctx.scenario(
                    scenario,
                    format!("POST notifyCardOperation {what} on card {card_id}"),
                    As::Partner,
                    Expect::status(&[204]),
                    |c| notify_v1(&url, timeout, c, &issuer, card_id, body.clone()),
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
    let body = v1("PENDING");
    ctx.scenario(
        "notify-v1-unknown-card",
        format!("POST notifyCardOperation on card {unknown_card}"),
        As::Partner,
        Expect::status(&[404]),
        |c| notify_v1(&url, timeout, c, &issuer, &unknown_card, body.clone()),
    )
    .await;

    let start = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let item = |card_id: &str, n: usize, status: &str| json!({"operationId": format!("d1check-{run_id}-v2-{n}"), "operation": "DIGITIZE", "status": status, "startTime": start, "cardId": card_id});
    let two: Vec<&String> = card_ids.iter().map(|(_, id)| id).take(2).collect();
    if let [first, second] = two[..] {
        let body = json!({"cards": [item(first, 1, "PENDING"), item(second, 2, "PENDING")]});
        ctx.scenario(
            "notify-v2-two-cards",
            format!("POST notifyCardOperations for cards {first} and {second}"),
            As::Partner,
            Expect::status(&[204]),
            |c| notify_v2(&url, timeout, c, &issuer, body.clone()),
        )
        .await;
    } else {
        ctx.skip("notify-v2-two-cards", "fewer than two cards were verified");
    }
    match &valid_card {
        Some(card_id) => {
            // A final status, beside an item whose operationId breaks the document's pattern.
            let batch = json!({"cards": [item(card_id, 3, "SUCCESSFUL"), {
                "operationId": "not a valid id!", "operation": "DIGITIZE", "status": "PENDING", "startTime": start, "cardId": card_id,
            }]})
            .to_string();
            let path = format!("/notifications/d1/v2/issuers/{issuer}/cards");
            ctx.scenario(
                "notify-v2-invalid-item",
                "POST notifyCardOperations with a valid item and an invalid one",
                As::Partner,
                Expect::status(&[400]),
                |c| {
                    super::raw_post::<types::Error>(
                        &url,
                        timeout,
                        c,
                        &path,
                        &[],
                        "application/json",
                        batch.clone(),
                        ERRORS,
                    )
                },
            )
            .await;
            // Had the valid item been applied, its operation would be final (SUCCESSFUL), and
            // the same operation PENDING would be refused.
            let body = json!({"cards": [item(card_id, 3, "PENDING")]});
            ctx.scenario(
                "notify-v2-nothing-applied",
                "POST the refused batch's valid item again, PENDING",
                As::Partner,
                Expect::with(&[204], "204: the refused batch applied nothing", |_| Ok(())),
                |c| notify_v2(&url, timeout, c, &issuer, body.clone()),
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
