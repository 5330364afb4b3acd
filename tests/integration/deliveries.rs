//! Delivery to registered partners: an event becomes a message per partner, delivered by the
//! worker through the generated clients, retried by each document's rules, logged attempt by
//! attempt, and replayable. The partners are d1-sandbox itself (so a delivered notification is
//! visible in its own state), behind a proxy that spoils answers when a test needs it.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use d1_sandbox::generated::sandbox_admin_client::{self, types as admin};
use serde_json::{Value, json};

use crate::calls::ok;
use crate::check::{Seen, spoiled};
use crate::server::{Real, start, start_configured, temp_dir};
use crate::support::client_with;

fn admin_client(real: &Real) -> sandbox_admin_client::Client {
    sandbox_admin_client::Client::new_with_client(
        &format!("{}/sandbox", real.base),
        client_with("x-admin-key", &real.credentials.admin_key),
    )
}

/// Registers d1-sandbox's own implementation of `role`, at `base` (itself, or a proxy).
pub(crate) async fn register(real: &Real, role: &str, base: &str) {
    let mut description =
        d1_sandbox::cli::partner_file::partner_file(role, &real.credentials_file(), &real.base)
            .await
            .unwrap();
    description.url = description.url.replace(&real.base, base);
    let body: admin::PartnerRegistration = serde_json::from_value(
        d1_sandbox::cli::partner::partner_registration(&description).unwrap(),
    )
    .unwrap();
    admin_client(real)
        .put_partner()
        .body(body)
        .send()
        .await
        .unwrap();
}

async fn trigger(real: &Real, event: Value) -> Vec<admin::Delivery> {
    ok(admin_client(real)
        .trigger_event()
        .body(serde_json::from_value::<admin::EventRequest>(event).unwrap())
        .send())
    .await
    .deliveries
}

/// Waits until the delivery leaves PENDING (or 10 s pass); the detail then.
async fn settled(real: &Real, id: i64) -> admin::DeliveryDetail {
    for _ in 0..200 {
        let detail = ok(admin_client(real).get_delivery().delivery_id(nz(id)).send()).await;
        if detail.delivery.state != admin::DeliveryState::Pending {
            return detail;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("delivery {id} stayed pending");
}

/// A delivery id as the generated client takes it (the document says ≥ 1).
fn nz(id: i64) -> std::num::NonZeroU64 {
    std::num::NonZeroU64::new(u64::try_from(id).unwrap()).unwrap()
}

fn verdicts(detail: &admin::DeliveryDetail) -> Vec<(Option<i32>, String)> {
    detail
        .attempts
        .iter()
        .map(|a| (a.status, a.verdict.to_string()))
        .collect()
}

#[tokio::test]
async fn an_event_is_delivered_to_each_registered_partner() {
    let real = start(&temp_dir("deliveries-ok")).await;
    let merchant = real.credentials.merchant_id.clone();
    // No partner yet: the event is refused, nothing is stored.
    let refused = admin_client(&real)
        .trigger_event()
        .body(
            serde_json::from_value::<admin::EventRequest>(
                json!({"type": "token-created", "tokenId": "tok-1"}),
            )
            .unwrap(),
        )
        .send()
        .await;
    // Refused for the sandbox's state, not the request's shape: the document's 409.
    match refused {
        Err(progenitor_client::Error::ErrorResponse(e)) => {
            assert_eq!(e.status().as_u16(), 409);
            assert_eq!(e.into_inner().error.code.to_string(), "NO_PARTNER");
        }
        other => panic!("expected the declared 409, got {other:?}"),
    }

    register(&real, "token-requestor", &real.base).await;
    register(&real, "merchant-gateway", &real.base).await;
    let made = trigger(
        &real,
        json!({"type": "token-created", "tokenId": "tok-1", "correlationId": "corr-1"}),
    )
    .await;
    let operations: Vec<&str> = made.iter().map(|d| d.operation.as_str()).collect();
    assert_eq!(operations, vec!["notifyTokenCreation", "notifyUpdate"]);
    for d in &made {
        assert_eq!(d.state, admin::DeliveryState::Pending);
    }
    // The creation reaches the token requestor (d1-sandbox itself keeps the token, with D1's
    // correlation id); notify-update reaches the gateway. Both are delivered at once.
    let creation = settled(&real, made[0].id).await;
    assert_eq!(
        creation.delivery.state,
        admin::DeliveryState::Delivered,
        "{creation:?}"
    );
    assert_eq!(verdicts(&creation), vec![(Some(204), "delivered".into())]);
    let tokens = ok(admin_client(&real)
        .list_tokens()
        .merchant_id(merchant.as_str())
        .send())
    .await
    .tokens;
    let token = tokens
        .iter()
        .find(|t| t.token_id == "tok-1")
        .expect("the token was delivered");
    assert_eq!(token.correlation_id.as_deref(), Some("corr-1"));
    let update = settled(&real, made[1].id).await;
    assert_eq!(
        update.delivery.state,
        admin::DeliveryState::Delivered,
        "{update:?}"
    );

    // The other roles: an issuer's notifyCardOperation, a connecting party's verification.
    register(&real, "issuer", &real.base).await;
    let card = admin_client(&real)
        .register_card()
        .issuer_id(real.credentials.issuer_id.as_str())
        .body(
            serde_json::from_value::<admin::CardRegistration>(
                json!({"pan": "4111111111111111", "exp": "1230", "cvv": "123", "cardId": "card-1"}),
            )
            .unwrap(),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    let made = trigger(
        &real,
        json!({"type": "card-operation", "cardId": card.card_id.to_string(), "status": "PENDING"}),
    )
    .await;
    assert_eq!(
        settled(&real, made[0].id).await.delivery.state,
        admin::DeliveryState::Delivered
    );
    let operations = ok(admin_client(&real)
        .list_card_operations()
        .issuer_id(real.credentials.issuer_id.as_str())
        .card_id("card-1")
        .send())
    .await
    .operations;
    assert_eq!(
        operations.len(),
        1,
        "the issuer (d1-sandbox) recorded the operation"
    );

    register(&real, "connecting-party", &real.base).await;
    let party = d1_sandbox::cli::partner_file::partner_file(
        "connecting-party",
        &real.credentials_file(),
        &real.base,
    )
    .await
    .unwrap();
    let d1_sandbox::domain::partners::PartnerRole::ConnectingParty(party) = party.role else {
        unreachable!()
    };
    let session = party.session.unwrap();
    let made = trigger(&real, json!({
        "type": "verification", "accessToken": session.access_token, "deviceSerialNumber": session.device_serial_number,
        "sessionToken": "session-token-0001", "serverCardId": "card-ref-1", "uniqueReferenceCardId": 77, "bin": 453421,
    }))
    .await;
    let verified = settled(&real, made[0].id).await;
    assert_eq!(
        verified.delivery.state,
        admin::DeliveryState::Delivered,
        "{verified:?}"
    );

    // Listing: newest first, filtered, paged.
    let all = ok(admin_client(&real).list_deliveries().send())
        .await
        .deliveries;
    assert_eq!(all.len(), 4);
    assert!(all[0].id > all[3].id);
    let page = ok(admin_client(&real).list_deliveries().limit(3).send()).await;
    assert_eq!(page.deliveries.len(), 3);
    let rest = ok(admin_client(&real)
        .list_deliveries()
        .before(page.next.unwrap())
        .send())
    .await;
    assert_eq!(rest.deliveries.len(), 1);
    let gateway_only = ok(admin_client(&real)
        .list_deliveries()
        .role(admin::PartnerRoleName::MerchantGateway)
        .send())
    .await
    .deliveries;
    assert_eq!(gateway_only.len(), 1);
}

#[tokio::test]
async fn retryable_answers_are_retried_others_fail_until_replayed() {
    let real = start(&temp_dir("deliveries-retry")).await;
    // A token requestor down twice (503), then up.
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let flaky = spoiled(
        &real,
        Arc::new(move |seen_request: &Seen, _status, _: &Value| {
            (seen_request.path.ends_with("/notify-token-creation")
                && seen.fetch_add(1, Ordering::SeqCst) < 2)
                .then(|| {
                    (
                        503,
                        json!({"errorCode": "UNAVAILABLE", "errorDescription": "down"}),
                    )
                })
        }),
    )
    .await;
    register(&real, "token-requestor", &flaky).await;
    let made = trigger(
        &real,
        json!({"type": "token-created", "tokenId": "tok-retry"}),
    )
    .await;
    let detail = settled(&real, made[0].id).await;
    assert_eq!(
        detail.delivery.state,
        admin::DeliveryState::Delivered,
        "{detail:?}"
    );
    assert_eq!(
        verdicts(&detail),
        vec![
            (Some(503), "retry".into()),
            (Some(503), "retry".into()),
            (Some(204), "delivered".into())
        ]
    );

    // An intermediary's HTML error page (a status the document declares, a body it does not):
    // retried, then delivered.
    let pages = Arc::new(AtomicUsize::new(0));
    let served = pages.clone();
    let proxied = spoiled(
        &real,
        Arc::new(move |seen_request: &Seen, _status, _: &Value| {
            (seen_request.path.ends_with("/notify-token-update")
                && served.fetch_add(1, Ordering::SeqCst) == 0)
                .then(|| {
                    (
                        503,
                        json!({crate::check::AS_TEXT: "<html>503 Service Unavailable</html>"}),
                    )
                })
        }),
    )
    .await;
    register(&real, "token-requestor", &proxied).await;
    let made = trigger(
        &real,
        json!({"type": "token-updated", "tokenId": "tok-retry", "tokenState": "ACTIVE"}),
    )
    .await;
    let detail = settled(&real, made[0].id).await;
    assert_eq!(
        detail.delivery.state,
        admin::DeliveryState::Delivered,
        "{detail:?}"
    );
    assert_eq!(
        detail.attempts[0].verdict,
        admin::DeliveryAttemptVerdict::Retry,
        "{detail:?}"
    );
    register(&real, "token-requestor", &real.base).await;

    // A 503 with no body (the document declares an `Error` body): still a 503, in words a
    // person reads, and retried like any 503.
    let bare = Arc::new(AtomicUsize::new(0));
    let answered = bare.clone();
    let empty = spoiled(
        &real,
        Arc::new(move |seen_request: &Seen, _status, _: &Value| {
            (seen_request.path.ends_with("/notify-token-update")
                && answered.fetch_add(1, Ordering::SeqCst) == 0)
                .then_some((503, Value::Null))
        }),
    )
    .await;
    register(&real, "token-requestor", &empty).await;
    let made = trigger(
        &real,
        json!({"type": "token-updated", "tokenId": "tok-retry", "tokenState": "SUSPENDED"}),
    )
    .await;
    let detail = settled(&real, made[0].id).await;
    assert_eq!(
        verdicts(&detail),
        vec![(Some(503), "retry".into()), (Some(204), "delivered".into())],
        "{detail:?}"
    );
    assert!(
        detail.attempts[0].detail.contains("503, no body"),
        "{:?}",
        detail.attempts[0].detail
    );

    // A merchant gateway answering 500 MERCHANT_ERROR: not retryable (the seed).
    let broken = spoiled(
        &real,
        Arc::new(|seen_request: &Seen, _status, _: &Value| {
            seen_request.path.contains("/notify-update").then(|| {
                (
                    500,
                    json!({"errorCode": "MERCHANT_ERROR", "errorDescription": "merchant down"}),
                )
            })
        }),
    )
    .await;
    register(&real, "merchant-gateway", &broken).await;
    let made = trigger(
        &real,
        json!({"type": "token-updated", "tokenId": "tok-retry", "tokenState": "SUSPENDED"}),
    )
    .await;
    let gateway = made.iter().find(|d| d.operation == "notifyUpdate").unwrap();
    let detail = settled(&real, gateway.id).await;
    assert_eq!(detail.delivery.state, admin::DeliveryState::Failed);
    assert_eq!(verdicts(&detail), vec![(Some(500), "failed".into())]);
    // Fixed, then replayed: delivered.
    register(&real, "merchant-gateway", &real.base).await;
    let replayed = ok(admin_client(&real)
        .replay_delivery()
        .delivery_id(nz(gateway.id))
        .send())
    .await;
    assert_eq!(replayed.state, admin::DeliveryState::Pending);
    let detail = settled(&real, gateway.id).await;
    assert_eq!(detail.delivery.state, admin::DeliveryState::Delivered);
    assert_eq!(detail.attempts.len(), 2);

    // An issuer nobody answers for: retried until too old (the test schedule: 5 s), then failed.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    register(&real, "issuer", &format!("http://127.0.0.1:{closed}")).await;
    let made = trigger(
        &real,
        json!({"type": "card-operation", "cardId": "card-x", "status": "PENDING"}),
    )
    .await;
    // Abort stops a pending one.
    let aborted = ok(admin_client(&real)
        .abort_delivery()
        .delivery_id(nz(made[0].id))
        .send())
    .await;
    assert_eq!(aborted.state, admin::DeliveryState::Aborted);
    let again = admin_client(&real)
        .abort_delivery()
        .delivery_id(nz(made[0].id))
        .send()
        .await
        .unwrap_err();
    assert_eq!(again.status().map(|s| s.as_u16()), Some(400));
    let made = trigger(
        &real,
        json!({"type": "card-operation", "cardId": "card-y", "status": "PENDING"}),
    )
    .await;
    let mut detail = settled(&real, made[0].id).await;
    for _ in 0..10 {
        if detail.delivery.state != admin::DeliveryState::Pending {
            break;
        }
        detail = settled(&real, made[0].id).await;
    }
    assert_eq!(
        detail.delivery.state,
        admin::DeliveryState::Failed,
        "{detail:?}"
    );
    assert!(detail.attempts.len() >= 3, "{detail:?}");
    assert!(detail.attempts.iter().all(|a| a.status.is_none()));
    assert!(
        detail
            .delivery
            .last_outcome
            .as_deref()
            .unwrap_or_default()
            .contains("too old"),
        "{detail:?}"
    );
    // Another tenant sees none of this tenant's deliveries, and cannot replay or abort them.
    crate::server::other_tenant(&real).await;
    let other = sandbox_admin_client::Client::new_with_client(
        &format!("{}/sandbox", real.base),
        client_with("x-admin-key", crate::server::OTHER_ADMIN_KEY),
    );
    let theirs = made[0].id;
    assert_eq!(
        other
            .get_delivery()
            .delivery_id(nz(theirs))
            .send()
            .await
            .unwrap_err()
            .status()
            .map(|s| s.as_u16()),
        Some(404)
    );
    assert_eq!(
        other
            .replay_delivery()
            .delivery_id(nz(theirs))
            .send()
            .await
            .unwrap_err()
            .status()
            .map(|s| s.as_u16()),
        Some(404)
    );
    assert_eq!(
        other
            .abort_delivery()
            .delivery_id(nz(theirs))
            .send()
            .await
            .unwrap_err()
            .status()
            .map(|s| s.as_u16()),
        Some(404)
    );
    assert!(
        ok(other.list_deliveries().send())
            .await
            .deliveries
            .is_empty()
    );
    // The aborted delivery is tried no more (its retries were every 100-400 ms).
    let tried = |real: &Real, id: i64| {
        let client = admin_client(real);
        async move {
            ok(client.get_delivery().delivery_id(nz(id)).send())
                .await
                .attempts
                .len()
        }
    };
    let before = tried(&real, aborted.id).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(
        tried(&real, aborted.id).await,
        before,
        "an aborted delivery was tried again"
    );
}

/// The commands behind `d1-sandbox trigger`, `deliveries` and `replay`, and the stats.
#[tokio::test]
async fn the_delivery_commands_trigger_list_and_replay() {
    use d1_sandbox::cli::{
        deliveries::deliveries, replay::replay_delivery, trigger::trigger_event,
    };
    let real = start(&temp_dir("deliveries-cli")).await;
    let key = real.credentials.admin_key.clone();
    register(&real, "token-requestor", &real.base).await;
    let made = trigger_event(
        &real.base,
        &key,
        "token-created",
        &["tokenId=tok-cli".into()],
    )
    .await
    .unwrap();
    let made: Value = serde_json::from_str(&made).unwrap();
    let id = made["deliveries"][0]["id"].as_i64().unwrap();
    assert_eq!(
        settled(&real, id).await.delivery.state,
        admin::DeliveryState::Delivered
    );
    let bad = trigger_event(&real.base, &key, "token-created", &["tokenId".into()])
        .await
        .unwrap_err();
    assert!(bad.to_string().contains("FIELD=VALUE"), "{bad}");
    let mut lines = Vec::new();
    deliveries(&real.base, &key, false, false, &mut |l| lines.push(l))
        .await
        .unwrap();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[1].contains("tok-cli") && lines[1].contains("DELIVERED"),
        "{lines:?}"
    );
    let replayed: Value = serde_json::from_str(
        &replay_delivery(&real.base, &key, u64::try_from(id).unwrap())
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!(replayed["state"], "PENDING");
    let detail = settled(&real, id).await;
    assert_eq!(detail.attempts.len(), 2);
    let stats = ok(admin_client(&real).get_delivery_stats().send()).await;
    assert_eq!(
        (
            stats.delivered,
            stats.pending,
            stats.attempts,
            stats.retries
        ),
        (1, 0, 2, 1)
    );
}

/// A card's state changed at the sandbox reaches the registered issuer as D1 says it:
/// notifyCardOperations (v2) with SUSPEND, then RESUME.
#[tokio::test]
async fn a_card_state_change_is_told_to_the_registered_issuer() {
    let real = start(&temp_dir("deliveries-card-state")).await;
    let issuer = real.credentials.issuer_id.clone();
    let client = admin_client(&real);
    client
        .register_card()
        .issuer_id(issuer.as_str())
        .body(
            serde_json::from_value::<admin::CardRegistration>(
                json!({"pan": "4111111111111111", "exp": "1230", "cvv": "123", "cardId": "card-s"}),
            )
            .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let change = |state: &str| {
        serde_json::from_value::<admin::CardStateChange>(json!({"state": state})).unwrap()
    };
    // No issuer registered: nothing to tell.
    client
        .set_card_state()
        .issuer_id(issuer.as_str())
        .card_id("card-s")
        .body(change("SUSPENDED"))
        .send()
        .await
        .unwrap();
    assert!(
        ok(client.list_deliveries().send())
            .await
            .deliveries
            .is_empty()
    );
    register(&real, "issuer", &real.base).await;
    for state in ["SUSPENDED", "ACTIVE"] {
        client
            .set_card_state()
            .issuer_id(issuer.as_str())
            .card_id("card-s")
            .body(change(state))
            .send()
            .await
            .unwrap();
    }
    let made = ok(client.list_deliveries().send()).await.deliveries;
    assert_eq!(made.len(), 2);
    for d in &made {
        assert_eq!(
            (d.event.as_str(), d.operation.as_str()),
            ("card-state", "notifyCardOperations")
        );
        assert_eq!(
            settled(&real, d.id).await.delivery.state,
            admin::DeliveryState::Delivered
        );
    }
    let operations: Vec<String> = ok(client
        .list_card_operations()
        .issuer_id(issuer.as_str())
        .card_id("card-s")
        .send())
    .await
    .operations
    .iter()
    .map(|o| o.operation.to_string())
    .collect();
    assert_eq!(
        operations,
        vec!["SUSPEND", "RESUME"],
        "the issuer (d1-sandbox) got them in order"
    );
}

/// Card operations due together for one issuer go in one notifyCardOperations (v2) call, a
/// card's own operations still one after the other; a v1 notification naming digital cards
/// (which a v2 item cannot carry) goes alone. Deliveries held (concurrency 0) are stored and
/// sent by the next server on the same data directory.
#[tokio::test]
async fn due_card_operations_for_one_issuer_go_in_one_v2_call() {
    let dir = temp_dir("deliveries-batch");
    let held = start_configured(&dir, "127.0.0.1:0", Default::default(), 0).await;
    let addr = held.base.trim_start_matches("http://").to_string();
    register(&held, "issuer", &held.base).await;
    for (card, pan) in [
        ("card-b1", "4111111111111111"),
        ("card-b2", "4012888888881881"),
        ("card-b3", "5555555555554444"),
        ("card-b4", "4000056655665556"),
    ] {
        admin_client(&held)
            .register_card()
            .issuer_id(held.credentials.issuer_id.as_str())
            .body(
                serde_json::from_value::<admin::CardRegistration>(json!({
                    "pan": pan, "exp": "1230", "cvv": "123", "cardId": card,
                }))
                .unwrap(),
            )
            .send()
            .await
            .unwrap();
    }
    let mut ids = Vec::new();
    for (card, status, digital) in [
        ("card-b1", "PENDING", None),
        ("card-b2", "SUCCESSFUL", None),
        ("card-b3", "PENDING", None),
        ("card-b1", "SUCCESSFUL", None),
        ("card-b4", "SUCCESSFUL", Some("dc-1")),
    ] {
        let mut event = json!({"type": "card-operation", "cardId": card, "status": status});
        if let Some(digital) = digital {
            event["digitalCardIds"] = json!([digital]);
        }
        ids.push(trigger(&held, event).await[0].id);
    }
    // Held: stored, none tried.
    tokio::time::sleep(Duration::from_millis(300)).await;
    for id in &ids {
        let detail = ok(admin_client(&held)
            .get_delivery()
            .delivery_id(nz(*id))
            .send())
        .await;
        assert_eq!(detail.delivery.state, admin::DeliveryState::Pending);
        assert!(detail.attempts.is_empty(), "{detail:?}");
    }
    let dir = held.stop().await;
    // The next server, where the partner registered the first one (itself), delivers them.
    let real = start_configured(&dir, &addr, Default::default(), 64).await;
    let mut details = Vec::new();
    for id in &ids {
        let detail = settled(&real, *id).await;
        assert_eq!(
            detail.delivery.state,
            admin::DeliveryState::Delivered,
            "{detail:?}"
        );
        details.push(detail);
    }
    let said = |d: &admin::DeliveryDetail| d.attempts[0].detail.clone();
    // The first three cards' operations went together; card-b1's second came after its first,
    // and card-b4's (with digital cards) alone, as v1.
    for d in &details[..3] {
        assert_eq!(
            said(d),
            "delivered (one notifyCardOperations call of 3 cards)",
            "{d:?}"
        );
    }
    assert!(details[3].attempts[0].at >= details[0].attempts[0].at);
    assert!(
        !said(&details[3]).contains("of 3 cards"),
        "{:?}",
        details[3]
    );
    assert_eq!(said(&details[4]), "delivered", "{:?}", details[4]);
    // The issuer (d1-sandbox itself) recorded every operation, card-b1's two in order.
    let operations = |card: &'static str| {
        let client = admin_client(&real);
        let issuer = real.credentials.issuer_id.clone();
        async move {
            ok(client
                .list_card_operations()
                .issuer_id(issuer.as_str())
                .card_id(card)
                .send())
            .await
            .operations
        }
    };
    let first = operations("card-b1").await;
    assert_eq!(first.len(), 2, "{first:?}");
    for card in ["card-b2", "card-b3", "card-b4"] {
        assert_eq!(operations(card).await.len(), 1, "{card}");
    }
}
