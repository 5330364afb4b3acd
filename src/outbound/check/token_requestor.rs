//! The token requestor's scenarios: the token notifications as Thales sends them (seed 003).

use serde_json::json;

use super::notify;
use super::{As, Ctx, Expect};
use crate::domain::delivery::PartnerMessage::{TokenCreation, TokenUpdate};
use crate::domain::delivery::{
    TokenCreationNotice, TokenDisplay, TokenUpdateNotice, TokenizationFailure,
};
use crate::domain::partners::TokenRequestorPartner;
use crate::outbound::partners::token_requestor;

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

pub(super) async fn run(ctx: &mut Ctx<'_>, partner: &TokenRequestorPartner) {
    let url = ctx.url.clone();
    let timeout = ctx.timeout;
    let run_id = super::run_id();
    let token_id = format!("d1check-{run_id}");
    let merchant = partner.merchant_id.clone();
    let correlation = format!("d1check-{run_id}");
    let no_content = &[204u16][..];

    let creation = TokenCreationNotice {
        correlation_id: correlation.clone(),
        merchant_id: merchant.clone(),
        token_id: Some(token_id.clone()),
        creation_timestamp: Some("2026-01-01T10:00:00.000Z".into()),
        display: TokenDisplay {
            card_bin: Some("453421".into()),
            card_last_digits: Some("2366".into()),
            token_last_digits: Some("5589".into()),
            token_expiry_date: Some("1230".into()),
            ..TokenDisplay::default()
        },
        failure: None,
    };
    ctx.scenario(
        "creation",
        format!("POST notify-token-creation tokenId {token_id}"),
        As::Partner,
        Expect::status(no_content),
        |c| notify(&url, timeout, c, TokenCreation(creation.clone())),
    )
    .await;
    let failed = TokenCreationNotice {
        correlation_id: format!("{correlation}-failed"),
        merchant_id: merchant.clone(),
        token_id: None,
        creation_timestamp: None,
        display: TokenDisplay::default(),
        failure: Some(TokenizationFailure {
            code: "TOKENIZATION_FAILED".into(),
            message: Some("the card is not eligible".into()),
        }),
    };
    ctx.scenario(
        "failed-creation",
        "POST notify-token-creation with errorCode only (a failed tokenization)",
        As::Partner,
        Expect::status(no_content),
        |c| notify(&url, timeout, c, TokenCreation(failed.clone())),
    )
    .await;
    let update_of = |state: &str, last_update: Option<&str>, card_last_digits: Option<&str>| {
        TokenUpdateNotice {
            correlation_id: correlation.clone(),
            merchant_id: merchant.clone(),
            token_id: token_id.clone(),
            token_state: Some(state.into()),
            last_update: last_update.map(str::to_string),
            display: TokenDisplay {
                card_last_digits: card_last_digits.map(str::to_string),
                ..TokenDisplay::default()
            },
            discard_cryptogram: false,
        }
    };
    let at = |ts: &str, state: &str| update_of(state, Some(ts), Some("2366"));
    // The newer update applies; the older one, after it, is acknowledged and discarded; a
    // partial one names only the fields it must.
    for (scenario, request, update) in [
        (
            "update-newer",
            "POST notify-token-update SUSPENDED at 10:00:02",
            at("2026-01-01T10:00:02.000Z", "SUSPENDED"),
        ),
        (
            "update-older",
            "POST notify-token-update ACTIVE at 10:00:01 (obsolete: acknowledged, discarded)",
            at("2026-01-01T10:00:01.000Z", "ACTIVE"),
        ),
        (
            "update-partial",
            "POST notify-token-update with only tokenId, merchantId and tokenState",
            update_of("ACTIVE", None, None),
        ),
    ] {
        ctx.scenario(
            scenario,
            request,
            As::Partner,
            Expect::status(no_content),
            |c| notify(&url, timeout, c, TokenUpdate(update.clone())),
        )
        .await;
    }
    // The creation again, without the API key and with a wrong one.
    for (scenario, request, who) in [
        (
            "no-apikey",
            "POST notify-token-creation without Authorization",
            As::Nobody,
        ),
        (
            "bad-apikey",
            "POST notify-token-creation with a wrong APIKEY",
            As::Header("APIKEY d1check-not-a-key".into()),
        ),
    ] {
        ctx.scenario(scenario, request, who, Expect::status(&[401]), |c| {
            notify(&url, timeout, c, TokenCreation(creation.clone()))
        })
        .await;
    }
    let bad = json!({"tokenId": token_id}).to_string();
    let headers = [("x-correlation-id", correlation.as_str())];
    ctx.scenario(
        "bad-body",
        "POST notify-token-creation without merchantId",
        As::Partner,
        Expect::status(&[400]),
        |c| {
            super::raw_post::<token_requestor::ErrorBody>(
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
