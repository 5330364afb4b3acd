//! The merchant gateway's scenarios: its OAuth 2.0 token endpoint and `notify-update`, called
//! as D1 calls them (seed 004).

use serde_json::Value;

use super::{Answer, As, Ctx, Expect};
use crate::domain::delivery::GatewayUpdateNotice;
use crate::domain::partners::{MerchantGatewayPartner, PartnerAuth};
use crate::outbound::partners::{Peer, merchant_gateway};

/// The scenarios, in the order they run.
pub(super) const SCENARIOS: &[&str] = &[
    "token",
    "token-wrong-secret",
    "token-wrong-grant",
    "notify-known-token",
    "notify-unknown-token",
    "notify-unknown-merchant",
    "notify-no-token",
];

/// The error statuses of getAccessToken (their bodies are `TokenEndpointError`).
const TOKEN_ERRORS: &[u16] = &[400, 401, 408, 413];

fn basic(user: &str, password: &str) -> String {
    use base64::Engine;
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
    )
}

/// The token scenario's rule: RFC 6749 §5.1 and the document.
fn token_rule(body: &Value) -> Result<(), String> {
    let token_type = body["token_type"].as_str().unwrap_or_default();
    if !token_type.eq_ignore_ascii_case("bearer") {
        return Err(format!(
            "RFC 6749 §7.1: token_type must be Bearer, got `{token_type}`"
        ));
    }
    if body["expires_in"].as_i64().unwrap_or(0) <= 0 {
        return Err("expires_in must be positive".into());
    }
    if body["access_token"].as_str().is_none_or(str::is_empty) {
        return Err("access_token is empty".into());
    }
    Ok(())
}

/// A body's `errorCode` must be `code` (the seed's codes for notify-update's 404s).
fn code_is(code: &'static str) -> impl Fn(&Value) -> Result<(), String> + Send + Sync {
    move |body| match body["errorCode"].as_str() {
        Some(c) if c == code => Ok(()),
        other => Err(format!("the seed: errorCode must be {code}, got {other:?}")),
    }
}

/// The token endpoint, by hand: the generated client reads its errors as this document's
/// `TokenEndpointError`, whose RFC 6749 fields are d1-sandbox's assumption, so a gateway that
/// answers the seed's `Error` shape (`errorCode`, `errorDescription`) must pass too. A 200 is
/// still read as the document's `TokenResponse`.
async fn token(
    url: &str,
    timeout: std::time::Duration,
    client: reqwest::Client,
    grant: &str,
) -> Answer {
    let mut answer = super::raw_post::<merchant_gateway::ErrorBody>(
        url,
        timeout,
        client,
        "/oauth2/token",
        &[],
        "application/x-www-form-urlencoded",
        format!("grant_type={grant}"),
        TOKEN_ERRORS,
    )
    .await;
    if answer.broken.is_none() && answer.status == Some(200) {
        if let Err(e) =
            serde_json::from_value::<merchant_gateway::TokenResponse>(answer.body.clone())
        {
            answer.broken = Some(format!("the body breaks the document's TokenResponse: {e}"));
        }
    } else if answer.broken.is_none()
        && answer
            .status
            .is_some_and(|s| !TOKEN_ERRORS.contains(&s) && s != 200)
    {
        answer.broken = Some(format!(
            "status {} is not declared for this operation",
            answer.status.unwrap_or_default()
        ));
    }
    answer
}

async fn notify(
    url: &str,
    timeout: std::time::Duration,
    client: reqwest::Client,
    gateway: &str,
    merchant: &str,
    token_id: &str,
    correlation: &str,
) -> Answer {
    let peer = Peer {
        url,
        client,
        timeout,
    };
    let notice = GatewayUpdateNotice {
        merchant_gateway_id: gateway.into(),
        merchant_id: merchant.into(),
        token_id: token_id.into(),
        correlation_id: correlation.into(),
    };
    merchant_gateway::notify_update(&peer, &notice).await.into()
}

pub(super) async fn run(ctx: &mut Ctx<'_>, partner: &MerchantGatewayPartner, auth: &PartnerAuth) {
    let url = ctx.url.clone();
    let timeout = ctx.timeout;
    let run_id = super::run_id();
    let correlation = format!("d1check-{run_id}");
    let gateway = partner.merchant_gateway_id.clone();
    let merchant = partner.merchant_id.clone();

    // The token endpoint is called with the partner's own client credentials.
    match auth {
        PartnerAuth::Oauth {
            client_id,
            client_secret,
            ..
        } => {
            let good = basic(client_id, client_secret);
            let wrong = basic(client_id, &format!("{client_secret}-wrong"));
            ctx.scenario(
                "token",
                "POST /oauth2/token grant_type=client_credentials (HTTP Basic)",
                As::Header(good.clone()),
                Expect::with(&[200], "200, Bearer, expires_in > 0", token_rule),
                |c| token(&url, timeout, c, "client_credentials"),
            )
            .await;
            ctx.scenario(
                "token-wrong-secret",
                "POST /oauth2/token with a wrong client secret",
                As::Header(wrong),
                Expect::status(&[401]),
                |c| token(&url, timeout, c, "client_credentials"),
            )
            .await;
            ctx.scenario(
                "token-wrong-grant",
                "POST /oauth2/token grant_type=password",
                As::Header(good),
                Expect::status(&[400]),
                |c| token(&url, timeout, c, "password"),
            )
            .await;
        }
        _ => {
            for scenario in ["token", "token-wrong-secret", "token-wrong-grant"] {
                ctx.skip(
                    scenario,
                    "the partner file gives no OAuth credentials (auth.type oauth)",
                );
            }
        }
    }

    // notify-update as the scenarios vary it: by merchant and token.
    let (url, gateway, correlation) = (&url, &gateway, &correlation);
    let update = |c, merchant: &str, token: &str| {
        let (merchant, token) = (merchant.to_string(), token.to_string());
        async move { notify(url, timeout, c, gateway, &merchant, &token, correlation).await }
    };
    match partner.known_token_ids.first() {
        Some(known) => {
            ctx.scenario(
                "notify-known-token",
                format!("POST notify-update for known token {known}"),
                As::Partner,
                Expect::status(&[204]),
                |c| update(c, &merchant, known),
            )
            .await;
        }
        None => ctx.skip(
            "notify-known-token",
            "the partner file names no known_token_ids",
        ),
    }
    let unknown_token = format!("d1check-unknown-{run_id}");
    ctx.scenario(
        "notify-unknown-token",
        "POST notify-update for a token the gateway does not know",
        As::Partner,
        Expect::with(&[404], "404 UNKNOWN_TOKEN", code_is("UNKNOWN_TOKEN")),
        |c| update(c, &merchant, &unknown_token),
    )
    .await;
    let unknown_merchant = if merchant == "00000000000" {
        "99999999999"
    } else {
        "00000000000"
    };
    ctx.scenario(
        "notify-unknown-merchant",
        format!("POST notify-update for merchant {unknown_merchant}"),
        As::Partner,
        Expect::with(&[404], "404 UNKNOWN_MERCHANT", code_is("UNKNOWN_MERCHANT")),
        |c| update(c, unknown_merchant, &unknown_token),
    )
    .await;
    ctx.scenario(
        "notify-no-token",
        "POST notify-update without Authorization",
        As::Nobody,
        Expect::status(&[401]),
        |c| update(c, &merchant, &unknown_token),
    )
    .await;
}
