//! The verification card mapping notification on the real server, answered as the connecting
//! party, through the generated verification and sandbox-admin clients: consumer sessions,
//! the signed answer (checked with HMAC-SHA1 computed here, apart from the server's code),
//! idempotent transactions, card mappings, the BIN filter, and isolation between tenants.

use d1_sandbox::generated::sandbox_admin_client::{self, types as admin};
use d1_sandbox::generated::verification_notification_client::{self, types as verification};
use hmac::{Hmac, Mac};
use serde_json::json;

use crate::calls::ok;
use crate::server::{OTHER_ADMIN_KEY, Real, admin_client_with, other_tenant, start, temp_dir};

fn verification_client(real: &Real) -> verification_notification_client::Client {
    verification_notification_client::Client::new(&real.base)
}

/// Issues a consumer session through the admin API; its access token.
async fn session(admin: &sandbox_admin_client::Client, device: &str, ttl: Option<i64>) -> String {
    let request: admin::ConsumerSessionRequest = serde_json::from_value(json!({
        "deviceSerialNumber": device,
        "consumerId": "consumer-0001",
        "ttlSeconds": ttl,
    }))
    .unwrap();
    let created = ok(admin.create_consumer_session().body(request).send()).await;
    assert_eq!(created.consumer_id, "consumer-0001");
    assert_eq!(created.device_serial_number, device);
    assert!(created.expires_at > created.created_at);
    created.access_token.to_string()
}

/// A notification, as the verification service sends it.
fn notification(
    access_token: &str,
    token: &str,
    device: &str,
    server_card_id: &str,
    unique_reference_card_id: i64,
    bin: i64,
) -> verification::VerificationNotification {
    serde_json::from_value(json!({
        "consumer": {"device": {"serialNumber": device}},
        "reference": {"serverCardId": server_card_id, "uniqueReferenceCardId": unique_reference_card_id},
        "sourceCard": {"bin": bin},
        "session": {"accessToken": access_token, "token": token},
    }))
    .unwrap()
}

/// What the connecting party answered: the success body, or (status, cause, code).
async fn notify(
    real: &Real,
    body: verification::VerificationNotification,
) -> Result<verification::VerificationSuccess, (u16, String, String)> {
    match verification_client(real)
        .notify_verification()
        .body(body)
        .send()
        .await
    {
        Ok(v) => Ok(v.into_inner()),
        Err(progenitor_client::Error::ErrorResponse(e)) => {
            let status = e.status().as_u16();
            let error = e.into_inner().error;
            Err((status, error.cause.to_string(), error.code))
        }
        Err(e) => panic!("notifyVerification: {e}"),
    }
}

/// The signature as a partner computes it, from the README's recipe.
fn expected_signature(control_key: &str, nonce: &str, endpoint_id: &str, invoice: &str) -> String {
    let key = hex::decode(control_key.replace('-', "")).unwrap();
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(&key).unwrap();
    mac.update(format!("{nonce}{endpoint_id}{invoice}").as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

fn refused(cause: &str, code: &str) -> (u16, String, String) {
    (400, cause.into(), code.into())
}

#[tokio::test]
async fn a_verified_card_is_mapped_and_answered_with_a_valid_signature() {
    let real = start(&temp_dir("verification-flow")).await;
    let admin = admin_client_with(&real, &real.credentials.admin_key);
    let party = real.credentials.connecting_party.clone();
    let token = session(&admin, "SN-0001", None).await;

    // An unknown session is refused before anything else is looked at.
    let unknown = "x".repeat(48);
    assert_eq!(
        notify(
            &real,
            notification(
                &unknown,
                "session-token-0001",
                "SN-0001",
                "card-a",
                7,
                453421
            )
        )
        .await
        .unwrap_err(),
        refused("INVALID_REQUEST", "UNKNOWN_SESSION")
    );

    let first = notify(
        &real,
        notification(&token, "session-token-0001", "SN-0001", "card-a", 7, 453421),
    )
    .await
    .unwrap();
    assert_eq!(first.session.token, "session-token-0001");
    assert_eq!(
        first.session.check_signature,
        expected_signature(
            &party.control_key,
            &first.session.nonce,
            &party.endpoint_id,
            &first.invoice_id
        )
    );
    assert_eq!(
        first.session.check_signature,
        first.session.check_signature.to_lowercase()
    );

    // The same transaction again: the same invoice, a fresh nonce, a valid signature.
    let again = notify(
        &real,
        notification(&token, "session-token-0001", "SN-0001", "card-a", 7, 453421),
    )
    .await
    .unwrap();
    assert_eq!(again.invoice_id, first.invoice_id);
    assert_ne!(again.session.nonce, first.session.nonce);
    assert_eq!(
        again.session.check_signature,
        expected_signature(
            &party.control_key,
            &again.session.nonce,
            &party.endpoint_id,
            &again.invoice_id
        )
    );
    // The same session token for another card is refused.
    assert_eq!(
        notify(
            &real,
            notification(&token, "session-token-0001", "SN-0001", "card-z", 9, 453421)
        )
        .await
        .unwrap_err(),
        refused("INVALID_REQUEST", "SESSION_TOKEN_REUSED")
    );
    // Another device than the session's.
    assert_eq!(
        notify(
            &real,
            notification(&token, "session-token-0002", "SN-9999", "card-a", 7, 453421)
        )
        .await
        .unwrap_err(),
        refused("INVALID_REQUEST", "DEVICE_MISMATCH")
    );

    // The same PAN with a new card reference moves the mapping; a new transaction, a new
    // invoice.
    let moved = notify(
        &real,
        notification(&token, "session-token-0003", "SN-0001", "card-b", 7, 453421),
    )
    .await
    .unwrap();
    assert_ne!(moved.invoice_id, first.invoice_id);
    // card-b now maps PAN 7: another PAN cannot take it; card-a is free again.
    assert_eq!(
        notify(
            &real,
            notification(&token, "session-token-0004", "SN-0001", "card-b", 8, 453421)
        )
        .await
        .unwrap_err(),
        refused("INVALID_REQUEST", "SERVER_CARD_ID_TAKEN")
    );
    notify(
        &real,
        notification(&token, "session-token-0005", "SN-0001", "card-a", 8, 453421),
    )
    .await
    .unwrap();

    let mappings = ok(admin.list_card_mappings().send()).await.mappings;
    let pairs: Vec<(i64, String)> = mappings
        .iter()
        .map(|m| (m.unique_reference_card_id, m.server_card_id.clone()))
        .collect();
    assert_eq!(
        pairs,
        vec![(7, "card-b".to_string()), (8, "card-a".to_string())]
    );
    let transactions = ok(admin.list_verifications().send()).await.verifications;
    // Three transactions: the refused ones left nothing.
    assert_eq!(transactions.len(), 3);
    assert!(transactions.iter().any(|t| t.invoice_id == first.invoice_id
        && t.session_token == "session-token-0001"
        && t.consumer_id == "consumer-0001"));
    assert_eq!(
        ok(admin.list_verifications().limit(1).send())
            .await
            .verifications
            .len(),
        1
    );

    // What was recorded survives a restart, and the session still opens the door.
    let dir = real.stop().await;
    let real = start(&dir).await;
    let admin = admin_client_with(&real, &real.credentials.admin_key);
    assert_eq!(
        ok(admin.list_card_mappings().send()).await.mappings.len(),
        2
    );
    let repeated = notify(
        &real,
        notification(&token, "session-token-0001", "SN-0001", "card-a", 7, 453421),
    )
    .await
    .unwrap();
    assert_eq!(repeated.invoice_id, first.invoice_id);
}

#[tokio::test]
async fn filtered_bins_expired_sessions_and_other_tenants_are_refused() {
    let real = start(&temp_dir("verification-rules")).await;
    let admin = admin_client_with(&real, &real.credentials.admin_key);
    let token = session(&admin, "SN-0001", None).await;

    let settings: admin::Settings = serde_json::from_value(
        json!({"acceptUnknownCards": true, "filteredBins": ["4000", "555555"]}),
    )
    .unwrap();
    let stored = ok(admin.put_settings().body(settings).send()).await;
    assert_eq!(stored.filtered_bins.len(), 2);
    assert_eq!(
        notify(
            &real,
            notification(&token, "session-token-0001", "SN-0001", "card-a", 7, 400012)
        )
        .await
        .unwrap_err(),
        refused("FILTERED", "BIN_FILTERED")
    );
    assert_eq!(
        notify(
            &real,
            notification(&token, "session-token-0002", "SN-0001", "card-a", 7, 555555)
        )
        .await
        .unwrap_err(),
        refused("FILTERED", "BIN_FILTERED")
    );
    notify(
        &real,
        notification(&token, "session-token-0003", "SN-0001", "card-a", 7, 453421),
    )
    .await
    .unwrap();
    // A filter list that is not digits is the admin API's 400.
    let status = real
        .http_client()
        .put(format!("{}/sandbox/settings", real.base))
        .header("x-admin-key", &real.credentials.admin_key)
        .json(&json!({"acceptUnknownCards": true, "filteredBins": ["40x0"]}))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 400);

    // A session whose time is over.
    let short = session(&admin, "SN-0002", Some(1)).await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(
        notify(
            &real,
            notification(
                &short,
                "session-token-0004",
                "SN-0002",
                "card-c",
                11,
                453421
            )
        )
        .await
        .unwrap_err(),
        refused("INVALID_REQUEST", "SESSION_EXPIRED")
    );

    // Another tenant sees none of this tenant's mappings or transactions, and its own session
    // maps its own cards: the same card reference is free there.
    other_tenant(&real).await;
    let other = admin_client_with(&real, OTHER_ADMIN_KEY);
    assert!(
        ok(other.list_card_mappings().send())
            .await
            .mappings
            .is_empty()
    );
    assert!(
        ok(other.list_verifications().send())
            .await
            .verifications
            .is_empty()
    );
    let other_token = session(&other, "SN-0001", None).await;
    notify(
        &real,
        notification(
            &other_token,
            "session-token-0001",
            "SN-0001",
            "card-a",
            99,
            453421,
        ),
    )
    .await
    .unwrap();
    assert_eq!(
        ok(other.list_card_mappings().send()).await.mappings.len(),
        1
    );
    assert_eq!(
        ok(admin.list_card_mappings().send()).await.mappings.len(),
        1
    );

    // A reset empties the tenant's verification side, its sessions included.
    admin.reset_sandbox().send().await.unwrap();
    assert!(
        ok(admin.list_card_mappings().send())
            .await
            .mappings
            .is_empty()
    );
    assert_eq!(
        notify(
            &real,
            notification(&token, "session-token-0009", "SN-0001", "card-a", 7, 453421)
        )
        .await
        .unwrap_err(),
        refused("INVALID_REQUEST", "UNKNOWN_SESSION")
    );
}

/// The README's worked example is the one the code computes.
#[test]
fn the_readme_states_the_signature_example() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let expected = expected_signature(
        "B3E3BE54-1DD5-4E4A-9B56-3F3C56C1E4D0",
        "5f2b8c1e9a7d4e3b",
        "123456",
        "10000000000000000001",
    );
    for quoted in [
        "B3E3BE54-1DD5-4E4A-9B56-3F3C56C1E4D0",
        "5f2b8c1e9a7d4e3b12345610000000000000000001",
        expected.as_str(),
    ] {
        assert!(readme.contains(quoted), "README.md does not quote {quoted}");
    }
    assert_eq!(
        d1_sandbox::domain::verification::check_signature(
            "B3E3BE54-1DD5-4E4A-9B56-3F3C56C1E4D0",
            "5f2b8c1e9a7d4e3b",
            "123456",
            "10000000000000000001"
        )
        .as_deref(),
        Some(expected.as_str())
    );
}
