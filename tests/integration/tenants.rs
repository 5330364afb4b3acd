//! More than one tenant: `tenant add|list|rm` on a stopped server's data directory, and
//! isolation between two tenants made that way, through the generated clients.

use std::os::unix::fs::PermissionsExt;

use d1_sandbox::cli::{
    common::ToolError,
    tenant::{add_tenant, list_tenants, remove_tenant},
};
use d1_sandbox::domain::auth::Credentials;
use d1_sandbox::generated::{card_api_client, sandbox_admin_client, token_notifications_client};
use serde_json::json;

use crate::calls::{access_token, failed_status, ok};
use crate::server::{start, temp_dir};
use crate::support::client_with;

async fn bearer(base: &str, c: &Credentials) -> Option<String> {
    let http = reqwest::Client::new();
    access_token(&http, base, &c.oauth.client_id, &c.oauth.client_secret).await
}

fn admin(base: &str, c: &Credentials) -> sandbox_admin_client::Client {
    sandbox_admin_client::Client::new_with_client(
        &format!("{base}/sandbox"),
        client_with("x-admin-key", &c.admin_key),
    )
}

#[tokio::test]
async fn tenants_are_added_listed_isolated_and_removed() {
    let dir = temp_dir("tenants");
    let real = start(&dir).await;
    let demo = real.credentials.clone();
    let key_file = dir.join("test.key");
    // The store belongs to the running server.
    let busy = add_tenant(&dir, Some(&key_file), "acme", "http://x/oauth2/token", None).await;
    assert!(matches!(busy, Err(ToolError::InUse(_))), "{busy:?}");
    real.stop().await;

    let path = add_tenant(&dir, Some(&key_file), "acme", "http://x/oauth2/token", None)
        .await
        .unwrap();
    assert_eq!(
        path,
        d1_sandbox::domain::tenant_credentials_file(&dir, "acme")
    );
    assert!(
        !path.starts_with(&dir),
        "beside the data directory, not in it"
    );
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let acme: Credentials = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_ne!(acme.issuer_id, demo.issuer_id);
    // Never over an existing file: it may be another tenant's only copy of its secrets.
    let demo_file = dir.join("credentials.json");
    let before = std::fs::read(&demo_file).unwrap();
    let over = add_tenant(
        &dir,
        Some(&key_file),
        "beta",
        "http://x/oauth2/token",
        Some(&demo_file),
    )
    .await;
    assert!(matches!(over, Err(ToolError::Tenant(_))), "{over:?}");
    assert_eq!(std::fs::read(&demo_file).unwrap(), before);
    assert!(
        !list_tenants(&dir, Some(&key_file))
            .unwrap()
            .contains("\nbeta\t"),
        "no tenant without its file"
    );
    for refused in [
        add_tenant(&dir, Some(&key_file), "acme", "http://x/oauth2/token", None).await,
        add_tenant(
            &dir,
            Some(&key_file),
            "Bad_Id",
            "http://x/oauth2/token",
            None,
        )
        .await,
    ] {
        assert!(matches!(refused, Err(ToolError::Tenant(_))), "{refused:?}");
    }
    let listed = list_tenants(&dir, Some(&key_file)).unwrap();
    assert!(
        listed.contains("\ndemo\t") && listed.contains("\nacme\t"),
        "{listed}"
    );
    assert!(listed.contains(&acme.issuer_id));
    for secret in [
        &acme.oauth.client_secret,
        &acme.admin_key,
        &acme.api_key,
        &acme.connecting_party.control_key,
    ] {
        assert!(!listed.contains(secret.as_str()), "a secret is listed");
    }

    // Two tenants on one server: each sees its own, and neither the other's.
    let real = start(&dir).await;
    let base = real.base.clone();
    let acme_admin = admin(&base, &acme);
    let demo_admin = admin(&base, &demo);
    let registration: sandbox_admin_client::types::CardRegistration = serde_json::from_value(
        json!({"pan": "4111111111111111", "exp": "1230", "cvv": "123", "cardId": "acme-card"}),
    )
    .unwrap();
    acme_admin
        .register_card()
        .issuer_id(acme.issuer_id.as_str())
        .body(registration)
        .send()
        .await
        .unwrap();
    let foreign = demo_admin.list_cards().issuer_id(acme.issuer_id.as_str());
    assert_eq!(failed_status(foreign.send()).await, Some(403));
    let foreign = acme_admin
        .get_card()
        .issuer_id(demo.issuer_id.as_str())
        .card_id("acme-card");
    assert_eq!(failed_status(foreign.send()).await, Some(403));
    assert!(
        ok(demo_admin
            .list_cards()
            .issuer_id(demo.issuer_id.as_str())
            .send())
        .await
        .cards
        .is_empty()
    );
    // The Card API: acme's token cannot act for demo's issuer.
    let acme_token = bearer(&base, &acme).await.unwrap();
    let card = card_api_client::Client::new_with_client(
        &base,
        client_with("authorization", &format!("Bearer {acme_token}")),
    );
    let notice: card_api_client::types::CardOperationNotification = serde_json::from_value(
        json!({"operationId": "op-1", "operation": "DIGITIZE", "status": "PENDING"}),
    )
    .unwrap();
    let notify_for = |issuer: &str| {
        card.notify_card_operation()
            .issuer_id(issuer)
            .card_id("acme-card")
            .body(notice.clone())
            .send()
    };
    assert_eq!(failed_status(notify_for(&demo.issuer_id)).await, Some(403));
    notify_for(&acme.issuer_id).await.unwrap();
    // Token notifications: acme's key does not reach demo's merchant.
    let notifications = token_notifications_client::Client::new_with_client(
        &format!("{base}/tsh-cof"),
        client_with("authorization", &format!("APIKEY {}", acme.api_key)),
    );
    let refused = notifications
        .notify_token_creation()
        .x_correlation_id("c-1")
        .body(
            serde_json::from_value::<token_notifications_client::types::TokenCreationNotification>(
                json!({"merchantId": demo.merchant_id, "tokenId": "tok-1"}),
            )
            .unwrap(),
        );
    assert_eq!(failed_status(refused.send()).await, Some(404));
    let foreign = acme_admin
        .list_tokens()
        .merchant_id(demo.merchant_id.as_str());
    assert_eq!(failed_status(foreign.send()).await, Some(404));
    real.stop().await;

    // Removed: its credentials stop working, its file is gone, the other tenant stays.
    remove_tenant(&dir, Some(&key_file), "acme").await.unwrap();
    assert!(!path.exists());
    assert!(matches!(
        remove_tenant(&dir, Some(&key_file), "acme").await,
        Err(ToolError::Tenant(_))
    ));
    let real = start(&dir).await;
    assert_eq!(bearer(&real.base, &acme).await, None);
    assert!(bearer(&real.base, &demo).await.is_some());
    let gone = admin(&real.base, &demo);
    assert_eq!(
        failed_status(gone.list_cards().issuer_id(acme.issuer_id.as_str()).send()).await,
        Some(404),
        "the issuer went with its tenant"
    );
    let dir = real.stop().await;
    std::fs::remove_dir_all(dir).unwrap();
}
