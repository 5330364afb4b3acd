//! The token requestor's scenarios: the token notifications as Thales sends them (seed 003).

use serde_json::{Value, json};

use super::{Answer, As, Ctx, Expect, read};
use crate::domain::partners::TokenRequestorPartner;
use crate::generated::token_notifications_client::{Client, types};

/// The scenarios, in the order they run.
pub(super) const SCENARIOS: &[&str] = &[
    "creation",
    "failed-creation",
    "update-newer",
    "update-older",
    "update-partial",
    "no-apikey",
    "bad-apikey",
    "bad-body",
];

/// A body of the document's type, or why it is not one (a bug of the check's own data).
fn typed<T: serde::de::DeserializeOwned>(body: Value) -> Result<T, Answer> {
    serde_json::from_value(body).map_err(|e| {
        Answer::failed(super::OutboundError::Setup(format!(
            "the check built a body its document refuses: {e}"
        )))
    })
}

async fn create(
    ctx_url: &str,
    timeout: std::time::Duration,
    client: reqwest::Client,
    correlation: &str,
    body: Value,
) -> Answer {
    let body = match typed::<types::TokenCreationNotification>(body) {
        Ok(b) => b,
        Err(a) => return a,
    };
    let sent = Client::new_with_client(ctx_url, client)
        .notify_token_creation()
        .x_correlation_id(correlation)
        .body(body)
        .send()
        .await;
    read(sent, timeout).await
}

async fn update(
    ctx_url: &str,
    timeout: std::time::Duration,
    client: reqwest::Client,
    correlation: &str,
    body: Value,
) -> Answer {
    let body = match typed::<types::TokenUpdateNotification>(body) {
        Ok(b) => b,
        Err(a) => return a,
    };
    let sent = Client::new_with_client(ctx_url, client)
        .notify_token_update()
        .x_correlation_id(correlation)
        .body(body)
        .send()
        .await;
    read(sent, timeout).await
}

pub(super) async fn run(ctx: &mut Ctx<'_>, partner: &TokenRequestorPartner) {
    let url = ctx.url.clone();
    let timeout = ctx.timeout;
    let run_id = super::run_id();
    let token_id = format!("d1check-{run_id}");
    let merchant = partner.merchant_id.clone();
    let correlation = format!("d1check-{run_id}");
    let no_content = &[204u16][..];

    let creation = json!({
        "tokenId": token_id, "merchantId": merchant, "cardBin": "453421", "cardLastDigits": "2366",
        "tokenLastDigits": "5589", "tokenExpiryDate": "1230", "creationTimestamp": "2026-01-01T10:00:00.000Z",
    });
    ctx.scenario(
        "creation",
        format!("POST notify-token-creation tokenId {token_id}"),
        As::Partner,
        Expect::status(no_content),
        |c| create(&url, timeout, c, &correlation, creation.clone()),
    )
    .await;
    let failed = json!({"merchantId": merchant, "errorCode": "TOKENIZATION_FAILED", "errorMessage": "the card is not eligible"});
    let failed_correlation = format!("{correlation}-failed");
    ctx.scenario(
        "failed-creation",
        "POST notify-token-creation with errorCode only (a failed tokenization)",
        As::Partner,
        Expect::status(no_content),
        |c| create(&url, timeout, c, &failed_correlation, failed.clone()),
    )
    .await;
    let at = |ts: &str, state: &str| json!({"tokenId": token_id, "merchantId": merchant, "tokenState": state, "lastUpdateTimestamp": ts, "cardLastDigits": "2366"});
    ctx.scenario(
        "update-newer",
        "POST notify-token-update SUSPENDED at 10:00:02",
        As::Partner,
        Expect::status(no_content),
        |c| {
            update(
                &url,
                timeout,
                c,
                &correlation,
                at("2026-01-01T10:00:02.000Z", "SUSPENDED"),
            )
        },
    )
    .await;
    ctx.scenario(
        "update-older",
        "POST notify-token-update ACTIVE at 10:00:01 (obsolete: acknowledged, discarded)",
        As::Partner,
        Expect::status(no_content),
        |c| {
            update(
                &url,
                timeout,
                c,
                &correlation,
                at("2026-01-01T10:00:01.000Z", "ACTIVE"),
            )
        },
    )
    .await;
    let partial = json!({"tokenId": token_id, "merchantId": merchant, "tokenState": "ACTIVE"});
    ctx.scenario(
        "update-partial",
        "POST notify-token-update with only tokenId, merchantId and tokenState",
        As::Partner,
        Expect::status(no_content),
        |c| update(&url, timeout, c, &correlation, partial.clone()),
    )
    .await;
    ctx.scenario(
        "no-apikey",
        "POST notify-token-creation without Authorization",
        As::Nobody,
        Expect::status(&[401]),
        |c| create(&url, timeout, c, &correlation, creation.clone()),
    )
    .await;
    ctx.scenario(
        "bad-apikey",
        "POST notify-token-creation with a wrong APIKEY",
        As::Header("APIKEY d1check-not-a-key".into()),
        Expect::status(&[401]),
        |c| create(&url, timeout, c, &correlation, creation.clone()),
    )
    .await;
    let bad = json!({"tokenId": token_id}).to_string();
    let headers = [("x-correlation-id", correlation.as_str())];
    ctx.scenario(
        "bad-body",
        "POST notify-token-creation without merchantId",
        As::Partner,
        Expect::status(&[400]),
        |c| {
            super::raw_post::<types::Error>(
                &url,
                timeout,
                c,
                "/notify-token-creation",
                &headers,
                "application/json",
                bad.clone(),
                ERRORS,
            )
        },
    )
    .await;
}

/// The error statuses the document declares (their bodies are `Error`).
const ERRORS: &[u16] = &[400, 401, 404, 408, 413, 429, 500, 503];
