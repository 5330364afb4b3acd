//! Tokens: a merchant's tokens, their notifications and the failed tokenizations
//! ([`crate::domain::tokens`]).

use super::{fixed, paged};
use crate::domain::tokens::{TokenEvent, TokenEventKind, TokenEventOutcome, TokenRecord};
use crate::domain::{Sandbox, Tenant};
use crate::generated::sandbox_admin::responses::{
    ListFailedTokenizations, ListTokenNotifications, ListTokens,
};
use crate::generated::sandbox_admin::types::{
    Token, TokenList, TokenNotification, TokenNotificationKind, TokenNotificationList,
    TokenNotificationOutcome,
};
use crate::runtime::Problem;
use poem_openapi::payload::Json;

fn token_out(t: TokenRecord) -> Token {
    let field = |name: &str| {
        t.details
            .get(name)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    Token {
        card_bin: field("cardBin"),
        card_last_digits: field("cardLastDigits"),
        card_expiry_date: field("cardExpiryDate"),
        token_last_digits: field("tokenLastDigits"),
        token_expiry_date: field("tokenExpiryDate"),
        par: field("par"),
        notification_count: i64::try_from(t.last_sequence).unwrap_or(i64::MAX),
        token_id: t.token_id,
        merchant_id: t.merchant_id,
        state: t.state,
        last_update_timestamp: t.last_update,
        correlation_id: t.correlation_id,
        created_at: t.created_at.map(fixed),
        cryptograms_discarded_at: t.cryptograms_discarded_at.map(fixed),
    }
}

fn notification_out(e: TokenEvent) -> TokenNotification {
    TokenNotification {
        sequence: i64::try_from(e.sequence).unwrap_or(i64::MAX),
        kind: match e.kind {
            TokenEventKind::Creation => TokenNotificationKind::Creation,
            TokenEventKind::FailedCreation => TokenNotificationKind::FailedCreation,
            TokenEventKind::Update => TokenNotificationKind::Update,
            TokenEventKind::GatewayNotify => TokenNotificationKind::GatewayNotify,
        },
        outcome: match e.outcome {
            TokenEventOutcome::Applied => TokenNotificationOutcome::Applied,
            TokenEventOutcome::Discarded => TokenNotificationOutcome::Discarded,
        },
        correlation_id: e.correlation_id,
        received_at: fixed(e.received_at),
        body: (!e.body.is_null()).then(|| e.body.to_string()),
    }
}

/// A page of token events read by `read` (as [`paged`] reads), as the document's
/// notification list.
fn notification_page<E>(
    after: Option<i64>,
    limit: Option<i32>,
    read: impl FnOnce(Option<u64>, usize) -> Result<Vec<TokenEvent>, E>,
) -> Result<Json<TokenNotificationList>, E> {
    let (events, next) = paged(after, limit, read, |e| e.sequence)?;
    Ok(Json(TokenNotificationList {
        notifications: events.into_iter().map(notification_out).collect(),
        next,
    }))
}

/// `listTokens` (GET `/merchants/{merchantId}/tokens`): list a merchant's tokens.
pub(super) async fn list_tokens(
    sandbox: &Sandbox,
    tenant: Tenant,
    merchant_id: String,
) -> Result<ListTokens, Problem> {
    let tokens = sandbox.tokens.tokens(&tenant, &merchant_id)?;
    Ok(ListTokens::Ok(Json(TokenList {
        tokens: tokens.into_iter().map(token_out).collect(),
    })))
}

/// `listTokenNotifications` (GET `/merchants/{merchantId}/tokens/{tokenId}/notifications`): list the notifications a token received.
pub(super) async fn list_token_notifications(
    sandbox: &Sandbox,
    tenant: Tenant,
    merchant_id: String,
    token_id: String,
    after: Option<i64>,
    limit: Option<i32>,
) -> Result<ListTokenNotifications, Problem> {
    let page = notification_page(after, limit, |after, n| {
        sandbox
            .tokens
            .notifications(&tenant, &merchant_id, &token_id, after, n)
    })?;
    Ok(ListTokenNotifications::Ok(page))
}

/// `listFailedTokenizations` (GET `/merchants/{merchantId}/failed-tokenizations`): list a merchant's failed tokenizations.
pub(super) async fn list_failed_tokenizations(
    sandbox: &Sandbox,
    tenant: Tenant,
    merchant_id: String,
    after: Option<i64>,
    limit: Option<i32>,
) -> Result<ListFailedTokenizations, Problem> {
    let page = notification_page(after, limit, |after, n| {
        sandbox
            .tokens
            .failed_tokenizations(&tenant, &merchant_id, after, n)
    })?;
    Ok(ListFailedTokenizations::Ok(page))
}
