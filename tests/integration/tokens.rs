//! Token notifications and the merchant gateway's notify-update on the real server, through
//! the generated clients: every notification recorded in order with its correlation id
//! (applied or discarded), failed tokenizations, partial updates keeping the other fields,
//! `discardCryptogram`, and the admin API's view of what the token requestor saw.

use d1_sandbox::generated::sandbox_admin_client::{self, types as admin};
use d1_sandbox::generated::{merchant_gateway_client, token_notifications_client};
use serde_json::{Value, json};

use crate::calls::ok;
use crate::server::{OTHER_ADMIN_KEY, Real, admin_client_with, other_tenant, start, temp_dir};
use crate::support::client_with;

fn notifications_client(real: &Real) -> token_notifications_client::Client {
    token_notifications_client::Client::new_with_client(
        &format!("{}/tsh-cof", real.base),
        client_with(
            "authorization",
            &format!("APIKEY {}", real.credentials.api_key),
        ),
    )
}

async fn create(real: &Real, correlation: &str, body: Value) {
    notify(real, correlation, body, false).await
}

async fn update(real: &Real, correlation: &str, body: Value) {
    notify(real, correlation, body, true).await
}

/// A token notification through the generated client: an update, or a creation.
async fn notify(real: &Real, correlation: &str, body: Value, update: bool) {
    use token_notifications_client::types::{TokenCreationNotification, TokenUpdateNotification};
    let client = notifications_client(real);
    if update {
        let body: TokenUpdateNotification = serde_json::from_value(body).unwrap();
        let call = client.notify_token_update().x_correlation_id(correlation);
        ok(call.body(body).send()).await;
    } else {
        let body: TokenCreationNotification = serde_json::from_value(body).unwrap();
        ok(client
            .notify_token_creation()
            .x_correlation_id(correlation)
            .body(body)
            .send())
        .await;
    }
}

/// Every notification `token_id` of `merchant` received, as the admin API lists them.
async fn notifications_of(
    admin: &sandbox_admin_client::Client,
    merchant: &str,
    token_id: &str,
) -> admin::TokenNotificationList {
    let call = admin.list_token_notifications().merchant_id(merchant);
    ok(call.token_id(token_id).send()).await
}

/// (kind, outcome, correlation id) of each notification, in order.
fn history(list: &admin::TokenNotificationList) -> Vec<(String, String, Option<String>)> {
    list.notifications
        .iter()
        .map(|n| {
            (
                n.kind.to_string(),
                n.outcome.to_string(),
                n.correlation_id.clone(),
            )
        })
        .collect()
}

fn row(kind: &str, outcome: &str, correlation: &str) -> (String, String, Option<String>) {
    (kind.into(), outcome.into(), Some(correlation.into()))
}

#[tokio::test]
async fn every_token_notification_is_recorded_in_order_with_its_correlation_id() {
    let real = start(&temp_dir("token-history")).await;
    let merchant = real.credentials.merchant_id.clone();
    let admin = admin_client_with(&real, &real.credentials.admin_key);

    create(&real, "create-1", json!({
        "merchantId": merchant, "tokenId": "tok-1", "cardBin": "453421", "cardLastDigits": "2366",
        "tokenLastDigits": "5589", "par": "5001a9f027e5629d11e3949a0800a",
    }))
    .await;
    // A retried creation is acknowledged and recorded as discarded.
    create(
        &real,
        "create-1",
        json!({"merchantId": merchant, "tokenId": "tok-1"}),
    )
    .await;
    // A failed tokenization: error only, no token data.
    create(&real, "create-2", json!({"merchantId": merchant, "errorCode": "CARD_NOT_ELIGIBLE", "errorMessage": "not eligible"})).await;
    update(
        &real,
        "update-new",
        json!({
            "merchantId": merchant, "tokenId": "tok-1", "tokenState": "SUSPENDED",
            "lastUpdateTimestamp": "2026-11-26T10:00:02.000Z", "discardCryptogram": true,
        }),
    )
    .await;
    // Older: acknowledged, discarded.
    update(
        &real,
        "update-old",
        json!({
            "merchantId": merchant, "tokenId": "tok-1", "tokenState": "ACTIVE",
            "lastUpdateTimestamp": "2026-11-26T10:00:01.000Z",
        }),
    )
    .await;
    // Only tokenId and tokenState (the seed's edge case): the other fields stay.
    update(
        &real,
        "update-partial",
        json!({"merchantId": merchant, "tokenId": "tok-1", "tokenState": "DELETED"}),
    )
    .await;
    // The merchant gateway is told too.
    let bearer = real.token().await;
    merchant_gateway_client::Client::new_with_client(
        &real.base,
        client_with("authorization", &format!("Bearer {bearer}")),
    )
    .notify_token_update()
    .merchant_gateway_id(real.credentials.merchant_gateway_id.as_str())
    .merchant_id(merchant.as_str())
    .token_id("tok-1")
    .x_correlation_id("gateway-1")
    .send()
    .await
    .unwrap();

    let tokens = ok(admin.list_tokens().merchant_id(merchant.as_str()).send())
        .await
        .tokens;
    assert_eq!(tokens.len(), 1, "the failed tokenization made no token");
    let token = &tokens[0];
    assert_eq!(token.state.as_deref(), Some("DELETED"));
    assert_eq!(token.correlation_id.as_deref(), Some("create-1"));
    assert_eq!(
        token.card_bin.as_deref(),
        Some("453421"),
        "kept by the partial update"
    );
    assert_eq!(token.par.as_deref(), Some("5001a9f027e5629d11e3949a0800a"));
    assert!(
        token
            .last_update_timestamp
            .as_deref()
            .unwrap()
            .starts_with("2026-11-26T10:00:02")
    );
    assert!(token.cryptograms_discarded_at.is_some());
    assert_eq!(token.notification_count, 6);

    let all = notifications_of(&admin, &merchant, "tok-1").await;
    assert_eq!(
        history(&all),
        vec![
            row("CREATION", "APPLIED", "create-1"),
            row("CREATION", "DISCARDED", "create-1"),
            row("UPDATE", "APPLIED", "update-new"),
            row("UPDATE", "DISCARDED", "update-old"),
            row("UPDATE", "APPLIED", "update-partial"),
            row("GATEWAY_NOTIFY", "APPLIED", "gateway-1"),
        ]
    );
    assert_eq!(all.next, None);
    let body: Value = serde_json::from_str(all.notifications[3].body.as_deref().unwrap()).unwrap();
    assert_eq!(
        body["tokenState"], "ACTIVE",
        "the discarded update is kept as received"
    );
    assert_eq!(all.notifications[5].body, None, "notify-update has no body");
    // Pages.
    let first = ok(admin
        .list_token_notifications()
        .merchant_id(merchant.as_str())
        .token_id("tok-1")
        .limit(4)
        .send())
    .await;
    assert_eq!(first.notifications.len(), 4);
    let rest = ok(admin
        .list_token_notifications()
        .merchant_id(merchant.as_str())
        .token_id("tok-1")
        .after(first.next.unwrap())
        .send())
    .await;
    assert_eq!(history(&rest), history(&all)[4..].to_vec());

    let failed = ok(admin
        .list_failed_tokenizations()
        .merchant_id(merchant.as_str())
        .send())
    .await;
    assert_eq!(
        history(&failed),
        vec![row("FAILED_CREATION", "APPLIED", "create-2")]
    );

    // An unknown token, and a merchant that is not the caller's, are 404s.
    let unknown = admin
        .list_token_notifications()
        .merchant_id(merchant.as_str())
        .token_id("tok-404")
        .send()
        .await
        .unwrap_err();
    assert_eq!(unknown.status().map(|s| s.as_u16()), Some(404));
    other_tenant(&real).await;
    let other = admin_client_with(&real, OTHER_ADMIN_KEY);
    let foreign = other
        .list_tokens()
        .merchant_id(merchant.as_str())
        .send()
        .await
        .unwrap_err();
    assert_eq!(foreign.status().map(|s| s.as_u16()), Some(404));

    // Everything survives a restart; a reset empties it.
    let dir = real.stop().await;
    let real = start(&dir).await;
    let admin = admin_client_with(&real, &real.credentials.admin_key);
    let again = notifications_of(&admin, &merchant, "tok-1").await;
    assert_eq!(history(&again), history(&all));
    admin.reset_sandbox().send().await.unwrap();
    assert!(
        ok(admin.list_tokens().merchant_id(merchant.as_str()).send())
            .await
            .tokens
            .is_empty()
    );
    assert!(
        ok(admin
            .list_failed_tokenizations()
            .merchant_id(merchant.as_str())
            .send())
        .await
        .notifications
        .is_empty()
    );
}
