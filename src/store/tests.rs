//! The store's behaviour suite: the contract of every public method of [`Store`], written once
//! against the handle and run for every backend by `suite!` (a new backend adds one line).
//! Scenarios reopen the store to check that what was written persists; durability across a
//! crash is the SIGKILL test's (`tests/integration/process.rs`), since a store closed in the
//! same process flushes on its way out.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{DateTime, Utc};

use super::*;
use crate::crypto::seal::{SealError, SealingKey};

/// Opens a backend's store in a directory.
type Open = fn(&Path) -> Result<Store>;

/// Opens the store, waiting briefly while a handle dropped a moment ago still holds the
/// directory: sled releases its lock when its background threads let go of the database, a
/// little after the last handle is dropped (a process that exits releases it at once).
fn reopen(open: Open, dir: &Path) -> Store {
    for _ in 0..200 {
        match open(dir) {
            Err(StoreError::InUse(_)) => std::thread::sleep(std::time::Duration::from_millis(10)),
            other => return other.unwrap(),
        }
    }
    panic!("{} stayed in use", dir.display());
}

/// A fresh directory, removed when dropped (declare it before the stores opened in it, so
/// that they are dropped first).
struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tempdir() -> TempDir {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "d1-store-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    TempDir(dir)
}

/// Every byte of every file under `dir`: what a copy of a data directory reveals (the
/// sealing tests look for secrets in it).
fn stored_bytes(dir: &Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut files = vec![dir.to_path_buf()];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else {
            bytes.extend(std::fs::read(&path).unwrap());
        }
    }
    bytes
}

/// A store with tenant `id` (issuer `issuer`) created, and its directory.
async fn with_tenant(open: Open, id: &str, issuer: &str) -> (TempDir, Store) {
    let dir = tempdir();
    let store = reopen(open, &dir);
    store.create_tenant(&tenant(id, issuer)).await.unwrap();
    (dir, store)
}

fn tenant(id: &str, issuer: &str) -> Tenant {
    Tenant {
        id: id.into(),
        client_id: format!("client-{id}"),
        client_secret_sha256: "00".into(),
        api_key_sha256: format!("key-{id}"),
        admin_key_sha256: format!("admin-{id}"),
        settings: TenantSettings::default(),
        issuer_ids: vec![issuer.into()],
        merchant_gateway_ids: vec![format!("MGW_{id}")],
        merchant_ids: vec![format!("M{id}")],
        connecting_party: ConnectingParty {
            endpoint_id: "1".into(),
            control_key: "k".into(),
        },
    }
}

fn at(second: u32) -> DateTime<Utc> {
    format!("2026-11-26T10:00:{second:02}Z").parse().unwrap()
}

fn card(issuer: &str, card_id: &str, fingerprint: &str) -> CardRecord {
    CardRecord {
        issuer_id: issuer.into(),
        card_id: card_id.into(),
        consumer_id: format!("consumer-{card_id}"),
        pan_fingerprint: fingerprint.into(),
        bin: "499999".into(),
        last_four: "0015".into(),
        pan_length: 16,
        exp: "1230".into(),
        cvv_digest: Some("cvv".into()),
        state: CardState::Active,
        test_card: None,
        failed_cvv_attempts: 0,
        digital_card_ids: Vec::new(),
        created_at: at(0),
        operation_count: 0,
        last_sequence: 0,
    }
}

/// Inserts a test card.
async fn insert(store: &Store, issuer: &str, card_id: &str, fingerprint: &str) -> CardInsert {
    store
        .insert_card(&card(issuer, card_id, fingerprint))
        .await
        .unwrap()
}

fn token(merchant: &str, token_id: &str) -> TokenRecord {
    TokenRecord {
        merchant_id: merchant.into(),
        token_id: token_id.into(),
        state: None,
        last_update: None,
        details: serde_json::json!({ "tokenId": token_id }),
        correlation_id: Some("corr-create".into()),
        created_at: Some(at(0)),
        cryptograms_discarded_at: None,
        last_sequence: 0,
    }
}

fn event(kind: TokenEventKind, outcome: TokenEventOutcome, correlation: &str) -> TokenEvent {
    TokenEvent {
        sequence: 0,
        kind,
        outcome,
        correlation_id: Some(correlation.into()),
        received_at: at(1),
        body: serde_json::json!({ "n": correlation }),
    }
}

/// Creates a token (an applied creation event).
async fn put_token(store: &Store, tenant_id: &str, record: &TokenRecord) {
    let created = store
        .record_token_event(tenant_id, &record.merchant_id, &record.token_id, |_| {
            Ok::<_, ()>(TokenWrite {
                record: Some(record.clone()),
                event: event(
                    TokenEventKind::Creation,
                    TokenEventOutcome::Applied,
                    "corr-create",
                ),
            })
        })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(created.sequence, record.last_sequence + 1);
}

/// Sets a known token's state (an applied update), or refuses an unknown one.
async fn set_token_state(
    store: &Store,
    merchant: &str,
    token_id: &str,
    state: impl Fn(Option<&str>) -> String,
) -> std::result::Result<TokenEvent, &'static str> {
    store
        .record_token_event("t1", merchant, token_id, |stored| {
            let stored = stored.ok_or("unknown")?;
            Ok(TokenWrite {
                record: Some(TokenRecord {
                    state: Some(state(stored.state.as_deref())),
                    ..stored.clone()
                }),
                event: event(
                    TokenEventKind::Update,
                    TokenEventOutcome::Applied,
                    "corr-update",
                ),
            })
        })
        .await
        .unwrap()
}

pub(super) async fn tenants_survive_a_reopen_and_are_found_by_every_index(open: Open) {
    let dir = tempdir();
    {
        let store = reopen(open, &dir);
        assert!(!store.has_tenants().unwrap());
        store
            .create_tenant(&tenant("t1", "ISSUER0001"))
            .await
            .unwrap();
    }
    let store = reopen(open, &dir);
    assert!(store.has_tenants().unwrap());
    assert_eq!(
        store.tenant("t1").unwrap(),
        Some(tenant("t1", "ISSUER0001"))
    );
    let by = |t: Result<Option<Tenant>>| t.unwrap().map(|t| t.id);
    assert_eq!(
        by(store.tenant_by_client_id("client-t1")).as_deref(),
        Some("t1")
    );
    assert_eq!(
        by(store.tenant_by_api_key_sha256("key-t1")).as_deref(),
        Some("t1")
    );
    assert_eq!(
        by(store.tenant_by_admin_key_sha256("admin-t1")).as_deref(),
        Some("t1")
    );
    assert_eq!(
        store.issuer_owner("ISSUER0001").unwrap().as_deref(),
        Some("t1")
    );
    assert_eq!(
        store.merchant_gateway_owner("MGW_t1").unwrap().as_deref(),
        Some("t1")
    );
    assert!(store.issuer_owner("ISSUER0002").unwrap().is_none());
    assert!(store.merchant_gateway_owner("MGW_t2").unwrap().is_none());
    assert!(store.tenant_by_client_id("client-t2").unwrap().is_none());
    assert!(store.tenant_by_api_key_sha256("key-t2").unwrap().is_none());
    assert!(
        store
            .tenant_by_admin_key_sha256("key-t1")
            .unwrap()
            .is_none()
    );
    assert!(store.tenant("t2").unwrap().is_none());
}

pub(super) async fn a_taken_issuer_is_refused_and_nothing_of_the_tenant_is_stored(open: Open) {
    let (_dir, store) = with_tenant(open, "t1", "ISSUER0001").await;
    let err = store
        .create_tenant(&tenant("t2", "ISSUER0001"))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err}");
    assert!(store.tenant("t2").unwrap().is_none());
    assert!(store.tenant_by_client_id("client-t2").unwrap().is_none());
    assert!(store.merchant_gateway_owner("MGW_t2").unwrap().is_none());
    // The same tenant id again is refused too.
    let err = store
        .create_tenant(&tenant("t1", "ISSUER0009"))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err}");
    assert!(store.issuer_owner("ISSUER0009").unwrap().is_none());
}

pub(super) async fn a_tenant_read_after_a_change_is_the_changed_one(open: Open) {
    let (dir, store) = with_tenant(open, "t1", "ISSUER0001").await;
    // Read twice, so that a backend keeping decoded copies answers the second from its copy.
    for _ in 0..2 {
        assert!(
            store
                .tenant("t1")
                .unwrap()
                .unwrap()
                .settings
                .accept_unknown_cards
        );
    }
    let refuse = TenantSettings {
        accept_unknown_cards: false,
        filtered_bins: vec!["4111".into()],
        strict_pods: true,
    };
    store.set_tenant_settings("t1", &refuse).await.unwrap();
    assert_eq!(store.tenant("t1").unwrap().unwrap().settings, refuse);
    // A second handle on the same store (as every service holds) sees the same.
    assert_eq!(
        store.clone().tenant("t1").unwrap().unwrap().settings,
        refuse
    );
    let err = store
        .set_tenant_settings("gone", &refuse)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err}");
    drop(store);
    assert_eq!(
        reopen(open, &dir).tenant("t1").unwrap().unwrap().settings,
        refuse
    );
}

pub(super) async fn another_schema_version_is_refused(open: Open) {
    let dir = tempdir();
    reopen(open, &dir).set_schema_version_for_test(99).unwrap();
    let err = loop {
        match open(&dir) {
            Err(StoreError::InUse(_)) => std::thread::sleep(std::time::Duration::from_millis(10)),
            Err(e) => break e,
            Ok(_) => panic!("a store of another schema version was opened"),
        }
    };
    assert!(
        matches!(
            err,
            StoreError::IncompatibleSchema {
                found: 99,
                expected: SCHEMA_VERSION
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("schema version 99"), "{err}");
}

pub(super) async fn a_directory_open_elsewhere_is_refused_as_in_use(open: Open) {
    let dir = tempdir();
    let first = reopen(open, &dir);
    let err = open(&dir).unwrap_err();
    assert!(matches!(err, StoreError::InUse(_)), "{err}");
    drop(first);
    drop(reopen(open, &dir)); // the directory is free again
}

pub(super) async fn signing_keys_are_kept_in_id_order_and_never_replaced(open: Open) {
    let dir = tempdir();
    let store = reopen(open, &dir);
    store.put_signing_key("sig-b", b"{\"b\":1}").await.unwrap();
    store.put_signing_key("sig-a", b"{\"a\":1}").await.unwrap();
    let err = store.put_signing_key("sig-a", b"other").await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err}");
    drop(store);
    let keys = reopen(open, &dir).signing_keys().unwrap();
    assert_eq!(
        keys,
        vec![
            ("sig-a".to_string(), b"{\"a\":1}".to_vec()),
            ("sig-b".to_string(), b"{\"b\":1}".to_vec())
        ]
    );
}

pub(super) async fn encryption_keys_are_listed_oldest_first_and_never_replaced(open: Open) {
    let dir = tempdir();
    let store = reopen(open, &dir);
    let key = |kid: &str, second: u32| EncryptionKeyRecord {
        kid: kid.into(),
        created_at: at(second),
        private_jwk: serde_json::json!({ "kid": kid }),
    };
    store.put_encryption_key(&key("z-new", 5)).await.unwrap();
    store.put_encryption_key(&key("a-old", 1)).await.unwrap();
    let err = store
        .put_encryption_key(&key("a-old", 9))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err}");
    drop(store);
    let kids: Vec<(String, DateTime<Utc>)> = reopen(open, &dir)
        .encryption_keys()
        .unwrap()
        .into_iter()
        .map(|k| (k.kid, k.created_at))
        .collect();
    assert_eq!(
        kids,
        vec![("a-old".to_string(), at(1)), ("z-new".to_string(), at(5))]
    );
}

pub(super) async fn concurrent_first_uses_of_a_secret_agree_on_one_value(open: Open) {
    let dir = tempdir();
    let store = reopen(open, &dir);
    let tasks: Vec<_> = (0u8..8)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move { store.secret_or_create("s", move || vec![i; 32]).await })
        })
        .collect();
    let mut values = Vec::new();
    for t in tasks {
        values.push(t.await.unwrap().unwrap());
    }
    assert!(values.windows(2).all(|w| w[0] == w[1]), "{values:?}");
    let again = store.secret_or_create("s", || vec![99; 32]).await.unwrap();
    assert_eq!(again, values[0], "an existing secret is never replaced");
    drop(store);
    let reopened = reopen(open, &dir);
    assert_eq!(
        reopened
            .secret_or_create("s", || vec![98; 32])
            .await
            .unwrap(),
        values[0]
    );
}

pub(super) async fn tokens_and_their_notifications_are_kept_per_tenant_in_order(open: Open) {
    let dir = tempdir();
    let store = reopen(open, &dir);
    put_token(&store, "t1", &token("M1", "tok")).await;
    // A token id with a `/`: its history must not mix with `tok`'s.
    put_token(&store, "t1", &token("M1", "tok/2")).await;
    assert_eq!(
        store.token("t1", "M1", "tok").unwrap(),
        Some(TokenRecord {
            last_sequence: 1,
            ..token("M1", "tok")
        })
    );
    assert_eq!(store.token("t2", "M1", "tok").unwrap(), None, "per tenant");
    assert_eq!(
        store.token("t1", "M2", "tok").unwrap(),
        None,
        "per merchant"
    );

    let applied = set_token_state(&store, "M1", "tok", |_| "ACTIVE".into())
        .await
        .unwrap();
    assert_eq!(applied.sequence, 2);
    // A discarded notification leaves the token and is still recorded.
    let discarded = store
        .record_token_event("t1", "M1", "tok", |_| {
            Ok::<_, ()>(TokenWrite {
                record: None,
                event: event(
                    TokenEventKind::Update,
                    TokenEventOutcome::Discarded,
                    "corr-old",
                ),
            })
        })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(discarded.sequence, 3);
    // A refusal writes nothing.
    assert_eq!(
        set_token_state(&store, "M1", "nope", |_| "X".into()).await,
        Err("unknown")
    );
    assert_eq!(store.token("t1", "M1", "nope").unwrap(), None);
    // A failed tokenization naming no token is kept under its merchant.
    let failed = store
        .record_failed_tokenization(
            "t1",
            "M1",
            event(
                TokenEventKind::FailedCreation,
                TokenEventOutcome::Applied,
                "corr-failed",
            ),
        )
        .await
        .unwrap();
    assert!(failed.sequence > 0);

    drop(store);
    let store = reopen(open, &dir);
    let stored = store.token("t1", "M1", "tok").unwrap().unwrap();
    assert_eq!(stored.state.as_deref(), Some("ACTIVE"));
    assert_eq!(stored.last_sequence, 3);
    let history: Vec<(u64, Option<String>, TokenEventOutcome)> = store
        .token_events("t1", "M1", Some("tok"), None, 10)
        .unwrap()
        .into_iter()
        .map(|e| (e.sequence, e.correlation_id, e.outcome))
        .collect();
    assert_eq!(
        history,
        vec![
            (1, Some("corr-create".into()), TokenEventOutcome::Applied),
            (2, Some("corr-update".into()), TokenEventOutcome::Applied),
            (3, Some("corr-old".into()), TokenEventOutcome::Discarded),
        ]
    );
    // Pages.
    let page: Vec<u64> = store
        .token_events("t1", "M1", Some("tok"), Some(1), 1)
        .unwrap()
        .iter()
        .map(|e| e.sequence)
        .collect();
    assert_eq!(page, vec![2]);
    assert_eq!(
        store
            .token_events("t1", "M1", Some("tok/2"), None, 10)
            .unwrap()
            .len(),
        1
    );
    let failures = store.token_events("t1", "M1", None, None, 10).unwrap();
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0].kind, TokenEventKind::FailedCreation);
    let ids: Vec<String> = store
        .merchant_tokens("t1", "M1")
        .unwrap()
        .into_iter()
        .map(|t| t.token_id)
        .collect();
    assert_eq!(ids, vec!["tok", "tok/2"]);
    assert!(store.merchant_tokens("t1", "M2").unwrap().is_empty());
}

pub(super) async fn concurrent_token_updates_each_apply_exactly_once(open: Open) {
    let dir = tempdir();
    let store = reopen(open, &dir);
    put_token(&store, "t1", &token("M1", "tok")).await;
    const WRITERS: usize = 24;
    let tasks: Vec<_> = (0..WRITERS)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move {
                set_token_state(&store, "M1", "tok", |state| {
                    let n: usize = state.unwrap_or("0").parse().unwrap();
                    (n + 1).to_string()
                })
                .await
            })
        })
        .collect();
    let mut sequences = Vec::new();
    for t in tasks {
        sequences.push(t.await.unwrap().unwrap().sequence);
    }
    sequences.sort();
    assert_eq!(
        sequences,
        (2..=WRITERS as u64 + 1).collect::<Vec<_>>(),
        "each numbered once"
    );
    let state = store.token("t1", "M1", "tok").unwrap().unwrap().state;
    assert_eq!(
        state,
        Some(WRITERS.to_string()),
        "every update applied once"
    );
    assert_eq!(
        store
            .token_events("t1", "M1", Some("tok"), None, 100)
            .unwrap()
            .len(),
        WRITERS + 1
    );
}

pub(super) async fn cards_are_inserted_once_per_pan_and_id_and_found_both_ways(open: Open) {
    let dir = tempdir();
    let store = reopen(open, &dir);
    assert_eq!(
        insert(&store, "ISS1", "c2", "fp-2").await,
        CardInsert::Inserted
    );
    assert_eq!(
        insert(&store, "ISS1", "c1", "fp-1").await,
        CardInsert::Inserted
    );
    // Another issuer's card with a prefix-sharing id stays apart.
    assert_eq!(
        insert(&store, "ISS10", "c1", "fp-1").await,
        CardInsert::Inserted
    );
    assert_eq!(
        insert(&store, "ISS1", "c3", "fp-1").await,
        CardInsert::PanTaken("c1".into())
    );
    assert_eq!(
        insert(&store, "ISS1", "c1", "fp-9").await,
        CardInsert::CardIdTaken
    );
    assert!(
        store.card("ISS1", "c3").unwrap().is_none(),
        "nothing stored"
    );
    assert!(store.card_by_fingerprint("ISS1", "fp-9").unwrap().is_none());
    drop(store);
    let store = reopen(open, &dir);
    assert_eq!(
        store.card("ISS1", "c1").unwrap(),
        Some(card("ISS1", "c1", "fp-1"))
    );
    assert_eq!(
        store.card_by_fingerprint("ISS1", "fp-2").unwrap(),
        Some(card("ISS1", "c2", "fp-2"))
    );
    assert!(store.card_by_fingerprint("ISS2", "fp-2").unwrap().is_none());
    let ids: Vec<String> = store
        .cards_of_issuer("ISS1")
        .unwrap()
        .into_iter()
        .map(|c| c.card_id)
        .collect();
    assert_eq!(ids, ["c1", "c2"]);
    assert!(store.cards_of_issuer("ISS2").unwrap().is_empty());
}

/// Adds one failed CVV attempt to each named card, through `modify_cards`.
async fn count_attempt(store: &Store, ids: &[&str]) -> Result<std::result::Result<usize, String>> {
    store
        .modify_cards("ISS1", ids, |current| {
            let mut writes = Vec::new();
            for (id, c) in ids.iter().zip(current) {
                let mut c = c.ok_or_else(|| format!("no card {id}"))?;
                c.failed_cvv_attempts += 1;
                writes.push(c);
            }
            Ok((writes, ids.len()))
        })
        .await
}

pub(super) async fn card_modifications_are_atomic_and_each_applies_once(open: Open) {
    let dir = tempdir();
    let store = reopen(open, &dir);
    for (id, fp) in [("c1", "fp-1"), ("c2", "fp-2")] {
        insert(&store, "ISS1", id, fp).await;
    }
    const WRITERS: u32 = 16;
    // Concurrent writers of one card (the single-card path) and of both (the batch path).
    let tasks: Vec<_> = (0..WRITERS)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move {
                let ids: &[&str] = if i % 2 == 0 { &["c1"] } else { &["c1", "c2"] };
                count_attempt(&store, ids).await
            })
        })
        .collect();
    for t in tasks {
        assert!(matches!(t.await.unwrap(), Ok(Ok(_))));
    }
    let attempts = |id: &str| store.card("ISS1", id).unwrap().unwrap().failed_cvv_attempts;
    assert_eq!(attempts("c1"), WRITERS, "every writer counted once");
    assert_eq!(attempts("c2"), WRITERS / 2);

    // A refusal writes nothing, not even the cards the decision had already changed.
    let refused = count_attempt(&store, &["c1", "nope"]).await.unwrap();
    assert_eq!(refused, Err("no card nope".to_string()));
    assert_eq!(attempts("c1"), WRITERS);
    // A decision that writes nothing answers all the same.
    let unchanged = store
        .modify_cards("ISS1", &["c2"], |current| {
            Ok::<_, ()>((Vec::new(), current[0].as_ref().map(|c| c.card_id.clone())))
        })
        .await
        .unwrap();
    assert_eq!(unchanged, Ok(Some("c2".to_string())));
    drop(store);
    assert_eq!(
        reopen(open, &dir)
            .card("ISS1", "c1")
            .unwrap()
            .unwrap()
            .failed_cvv_attempts,
        WRITERS
    );
}

pub(super) async fn a_reset_removes_the_tenants_cards_and_tokens_only(open: Open) {
    let dir = tempdir();
    let store = reopen(open, &dir);
    let t1 = tenant("t1", "ISS1");
    let t2 = tenant("t2", "ISS2");
    store.create_tenant(&t1).await.unwrap();
    store.create_tenant(&t2).await.unwrap();
    store
        .set_tenant_settings(
            "t1",
            &TenantSettings {
                accept_unknown_cards: false,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    insert(&store, "ISS1", "c1", "fp-1").await;
    insert(&store, "ISS2", "c1", "fp-1").await;
    put_token(&store, "t1", &token("Mt1", "tok")).await;
    put_token(&store, "t2", &token("Mt2", "tok")).await;
    assert_eq!(record(&store, &[("c1", "op-1")], 10).await, Ok(()));

    store.reset_tenant(&t1).await.unwrap();
    drop(store);
    let store = reopen(open, &dir);
    assert!(store.cards_of_issuer("ISS1").unwrap().is_empty());
    assert!(store.card_by_fingerprint("ISS1", "fp-1").unwrap().is_none());
    assert_eq!(store.token("t1", "Mt1", "tok").unwrap(), None);
    assert!(
        store
            .token_events("t1", "Mt1", Some("tok"), None, 10)
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store.tenant("t1").unwrap().unwrap().settings,
        TenantSettings::default()
    );
    assert_eq!(store.tenant_by_client_id("client-t1").unwrap(), Some(t1));
    assert_eq!(
        store.cards_of_issuer("ISS2").unwrap().len(),
        1,
        "t2 untouched"
    );
    assert!(store.token("t2", "Mt2", "tok").unwrap().is_some());
    assert_eq!(
        store
            .token_events("t2", "Mt2", Some("tok"), None, 10)
            .unwrap()
            .len(),
        1
    );
    assert!(
        store
            .card_operations("ISS1", "c1", None, 10)
            .unwrap()
            .is_empty()
    );
    // The PAN is free again.
    assert_eq!(
        insert(&store, "ISS1", "c9", "fp-1").await,
        CardInsert::Inserted
    );
}

pub(super) async fn a_reset_during_registrations_leaves_every_card_whole(open: Open) {
    let (_dir, store) = with_tenant(open, "t1", "ISS1").await;
    let t1 = tenant("t1", "ISS1");
    for round in 0..10 {
        let writers: Vec<_> = (0..8)
            .map(|i| {
                let store = store.clone();
                tokio::spawn(async move {
                    let (id, fp) = (format!("c{round}-{i}"), format!("fp{round}-{i}"));
                    insert(&store, "ISS1", &id, &fp).await;
                    (id, fp)
                })
            })
            .collect();
        store.reset_tenant(&t1).await.unwrap();
        for w in writers {
            let (id, fp) = w.await.unwrap();
            // Kept whole or removed whole: a card and its PAN index entry go together.
            let by_pan = store
                .card_by_fingerprint("ISS1", &fp)
                .unwrap()
                .map(|c| c.card_id);
            let by_id = store.card("ISS1", &id).unwrap().map(|c| c.card_id);
            assert_eq!(by_pan, by_id, "round {round}, card {id}");
        }
    }
}

/// An operation record with an id and a status name, as a domain decision would make it.
fn operation(id: &str, status: OperationStatus) -> OperationRecord {
    OperationRecord {
        sequence: 0,
        operation_id: id.into(),
        operation: "DIGITIZE".into(),
        status,
        digital_card_ids: Vec::new(),
        start_time: None,
        end_time: None,
        message: None,
        first_received_at: at(0),
        last_received_at: at(0),
    }
}

/// A decision that records new operations as PENDING, refuses to change a stored one unless
/// asked to complete it (then attaches `dc-<id>`), and refuses ids starting with `bad`.
fn decide_pending(
    _: usize,
    _: &CardRecord,
    stored: Option<&OperationRecord>,
    id: &str,
) -> std::result::Result<OperationChange, String> {
    if id.starts_with("bad") {
        return Err(format!("{id} refused"));
    }
    Ok(match stored {
        None => OperationChange {
            record: Some(operation(id, OperationStatus::Pending)),
            attach: Vec::new(),
        },
        Some(s) => OperationChange {
            record: Some(OperationRecord {
                status: OperationStatus::Successful,
                ..s.clone()
            }),
            attach: vec![format!("dc-{id}")],
        },
    })
}

async fn record(
    store: &Store,
    items: &[(&str, &str)],
    limit: u32,
) -> std::result::Result<(), OperationsRefused<String>> {
    store
        .record_operations("ISS1", items, limit, |i, card, stored| {
            decide_pending(i, card, stored, items[i].1)
        })
        .await
        .unwrap()
}

pub(super) async fn operations_are_recorded_apart_and_listed_a_page_at_a_time(open: Open) {
    let (_dir, store) = with_tenant(open, "t1", "ISS1").await;
    insert(&store, "ISS1", "c1", "fp-1").await;
    let ids: Vec<String> = (0..250).map(|i| format!("op-{i:03}")).collect();
    for id in &ids {
        assert_eq!(record(&store, &[("c1", id)], 250).await, Ok(()));
    }
    assert_eq!(
        store.card("ISS1", "c1").unwrap().unwrap().operation_count,
        250
    );
    // In the order first received, a page at a time.
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let page = store.card_operations("ISS1", "c1", after, 100).unwrap();
        assert!(page.len() <= 100);
        let Some(last) = page.last() else { break };
        after = Some(last.sequence);
        seen.extend(page.iter().map(|o| o.operation_id.clone()));
    }
    assert_eq!(seen, ids);
    // A stored operation changes in place, and attaches its digital card to the card.
    assert_eq!(record(&store, &[("c1", "op-007")], 250).await, Ok(()));
    let page = store.card_operations("ISS1", "c1", None, 1000).unwrap();
    assert_eq!(page.len(), 250);
    assert_eq!(page[7].status, OperationStatus::Successful);
    let card = store.card("ISS1", "c1").unwrap().unwrap();
    assert_eq!(
        (card.operation_count, card.digital_card_ids.clone()),
        (250, vec!["dc-op-007".into()])
    );
    // The limit refuses a new operation, not a change of a stored one.
    assert_eq!(
        record(&store, &[("c1", "op-new")], 250).await,
        Err(OperationsRefused::Full(vec!["c1".into()]))
    );
    assert_eq!(record(&store, &[("c1", "op-008")], 250).await, Ok(()));
    // Refusals store nothing.
    assert_eq!(
        record(&store, &[("nope", "op-1")], 1000).await,
        Err(OperationsRefused::UnknownCards(vec!["nope".into()]))
    );
    assert_eq!(
        record(&store, &[("c1", "bad-1")], 1000).await,
        Err(OperationsRefused::Refused(vec![(
            0,
            "bad-1 refused".into()
        )]))
    );
    assert_eq!(
        store.card("ISS1", "c1").unwrap().unwrap().operation_count,
        250
    );
    assert!(
        store
            .card_operations("ISS1", "nope", None, 10)
            .unwrap()
            .is_empty()
    );
}

pub(super) async fn a_batch_of_operations_is_all_or_nothing(open: Open) {
    let (dir, store) = with_tenant(open, "t1", "ISS1").await;
    insert(&store, "ISS1", "c1", "fp-1").await;
    insert(&store, "ISS1", "c2", "fp-2").await;
    let count = |id: &str| store.card("ISS1", id).unwrap().unwrap().operation_count;
    for refused in [
        vec![("c1", "op-1"), ("nope", "op-2")],
        vec![("c1", "op-1"), ("c2", "bad-2")],
    ] {
        assert!(record(&store, &refused, 100).await.is_err());
        assert_eq!((count("c1"), count("c2")), (0, 0), "{refused:?}");
    }
    // The same operation twice in a batch: recorded, then changed.
    let batch = [("c1", "op-1"), ("c2", "op-2"), ("c1", "op-1")];
    assert_eq!(record(&store, &batch, 100).await, Ok(()));
    assert_eq!((count("c1"), count("c2")), (1, 1));
    let c1 = store.card("ISS1", "c1").unwrap().unwrap();
    assert_eq!(c1.digital_card_ids, ["dc-op-1"]);
    // A batch over a full card is refused whole.
    assert_eq!(
        record(&store, &[("c2", "op-9"), ("c1", "op-3")], 1).await,
        Err(OperationsRefused::Full(vec!["c2".into(), "c1".into()]))
    );
    drop(store);
    let store = reopen(open, &dir);
    let ops = store.card_operations("ISS1", "c1", None, 10).unwrap();
    assert_eq!(ops.len(), 1);
    assert_eq!(ops[0].status, OperationStatus::Successful);
}

pub(super) async fn concurrent_new_operations_are_counted_once_each(open: Open) {
    let (_dir, store) = with_tenant(open, "t1", "ISS1").await;
    insert(&store, "ISS1", "c1", "fp-1").await;
    // 32 writers, 16 distinct operations: each id is sent twice at once.
    let tasks: Vec<_> = (0..32)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move {
                let id = format!("op-{}", i % 16);
                let items = [("c1", id.as_str())];
                store
                    .record_operations("ISS1", &items, 1000, |_, _, stored| {
                        // Each is a new PENDING operation, or the same again (unchanged).
                        Ok::<_, String>(match stored {
                            None => OperationChange {
                                record: Some(operation(&id, OperationStatus::Pending)),
                                attach: Vec::new(),
                            },
                            Some(_) => OperationChange {
                                record: None,
                                attach: Vec::new(),
                            },
                        })
                    })
                    .await
                    .unwrap()
            })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.unwrap(), Ok(()));
    }
    assert_eq!(
        store.card("ISS1", "c1").unwrap().unwrap().operation_count,
        16
    );
    assert_eq!(
        store
            .card_operations("ISS1", "c1", None, 100)
            .unwrap()
            .len(),
        16
    );
}

/// A wallet-world change writes all its records or, refused, none; ids find their issuer;
/// a reset removes the world (records and id entries), leaving other tenants' alone.
pub(super) async fn a_wallet_change_is_all_or_nothing_and_goes_with_a_reset(open: Open) {
    use super::{WalletKey, WalletKind};
    let (dir, store) = with_tenant(open, "t1", "ISS1").await;
    let t2 = tenant("t2", "ISS2");
    store.create_tenant(&t2).await.unwrap();
    let asset = |guid: &str, issuer: &str| AssetRecord {
        guid: guid.into(),
        issuer_id: issuer.into(),
        kind: "terms".into(),
        content_type: "text/plain".into(),
        content: "dGVybXM=".into(),
    };
    // Refused after a write: nothing stays.
    let refused = store
        .change_wallets("ISS1", |tx| {
            tx.put(WalletKey::Asset("g-1"), &asset("g-1", "ISS1"))?;
            Ok(Err::<(), _>("no"))
        })
        .await
        .unwrap();
    assert_eq!(refused, Err("no"));
    assert_eq!(store.wallet_issuer("g-1").unwrap(), None);
    // Accepted: both records and the id entries.
    store
        .change_wallets("ISS1", |tx| {
            tx.put(WalletKey::Asset("g-1"), &asset("g-1", "ISS1"))?;
            tx.put(
                WalletKey::CardAccounts("c1"),
                &vec![("w".to_string(), "a".to_string())],
            )?;
            Ok(Ok::<_, ()>(()))
        })
        .await
        .unwrap()
        .unwrap();
    store
        .change_wallets("ISS2", |tx| {
            tx.put(WalletKey::Asset("g-2"), &asset("g-2", "ISS2"))?;
            Ok(Ok::<_, ()>(()))
        })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(store.wallet_issuer("g-1").unwrap().as_deref(), Some("ISS1"));
    let found: Option<AssetRecord> = store
        .wallet_get("ISS1", WalletKey::Asset("g-1"))
        .await
        .unwrap();
    assert_eq!(found, Some(asset("g-1", "ISS1")));
    let listed: Vec<AssetRecord> = store.wallet_list("ISS1", WalletKind::Assets).unwrap();
    assert_eq!(listed.len(), 1);
    // Durable: a reopened store has them.
    drop(store);
    let store = reopen(open, &dir);
    assert_eq!(store.wallet_issuer("g-1").unwrap().as_deref(), Some("ISS1"));
    // A reset of t1 removes its world, not t2's.
    let t1 = store.tenant("t1").unwrap().unwrap();
    store.reset_tenant(&t1).await.unwrap();
    assert_eq!(store.wallet_issuer("g-1").unwrap(), None);
    let accounts: Option<Vec<(String, String)>> = store
        .wallet_get("ISS1", WalletKey::CardAccounts("c1"))
        .await
        .unwrap();
    assert_eq!(accounts, None);
    assert_eq!(store.wallet_issuer("g-2").unwrap().as_deref(), Some("ISS2"));
    // Deleting t2 removes its world too.
    store.delete_tenant("t2").await.unwrap();
    assert_eq!(store.wallet_issuer("g-2").unwrap(), None);
}

/// Concurrent changes of one wallet world each apply exactly once: a decision whose reads a
/// concurrent writer changed runs again on the newer records; a change sees its own writes.
pub(super) async fn concurrent_wallet_changes_each_apply_exactly_once(open: Open) {
    use super::WalletKey;
    let (_dir, store) = with_tenant(open, "t1", "ISS1").await;
    const WRITERS: usize = 16;
    let tasks: Vec<_> = (0..WRITERS)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .change_wallets("ISS1", |tx| {
                        let mut pairs: Vec<(String, String)> =
                            tx.get(WalletKey::CardAccounts("c1"))?.unwrap_or_default();
                        pairs.push((format!("w{i}"), format!("a{i}")));
                        tx.put(WalletKey::CardAccounts("c1"), &pairs)?;
                        let again: Option<Vec<(String, String)>> =
                            tx.get(WalletKey::CardAccounts("c1"))?;
                        assert_eq!(again.as_ref(), Some(&pairs), "a change sees its writes");
                        Ok(Ok::<_, ()>(()))
                    })
                    .await
            })
        })
        .collect();
    for t in tasks {
        t.await.unwrap().unwrap().unwrap();
    }
    let mut pairs: Vec<(String, String)> = store
        .wallet_get("ISS1", WalletKey::CardAccounts("c1"))
        .await
        .unwrap()
        .unwrap();
    pairs.sort();
    let mut expected: Vec<(String, String)> = (0..WRITERS)
        .map(|i| (format!("w{i}"), format!("a{i}")))
        .collect();
    expected.sort();
    assert_eq!(pairs, expected, "every change applied once");
}

/// Instantiates the suite for one backend: `suite!(module_name, opener; scenario, ...)`.
macro_rules! suite {
    ($backend:ident, $open:expr; $($scenario:ident),* $(,)?) => {
        mod $backend {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $scenario() {
                    super::$scenario($open).await
                }
            )*
        }
    };
}

/// The sled store, sealed with one fixed test key.
fn sled_store(dir: &Path) -> Result<Store> {
    Store::open(dir, |_| Ok(test_key()))
}

fn test_key() -> SealingKey {
    static KEY: std::sync::OnceLock<SealingKey> = std::sync::OnceLock::new();
    KEY.get_or_init(SealingKey::generate).clone()
}

pub(super) async fn secrets_are_sealed_and_open_only_with_the_stores_key(open: Open) {
    let dir = tempdir();
    {
        let store = reopen(open, &dir);
        store
            .put_signing_key("sig-1", b"{\"d\":\"SIGNING-SECRET\"}")
            .await
            .unwrap();
        store
            .put_encryption_key(&EncryptionKeyRecord {
                kid: "enc-1".into(),
                created_at: at(1),
                private_jwk: serde_json::json!({ "d": "DECRYPTION-SECRET" }),
            })
            .await
            .unwrap();
        store
            .secret_or_create("fp", || b"FINGERPRINT-SECRET".to_vec())
            .await
            .unwrap();
        let mut with_key = tenant("t1", "ISS1");
        with_key.connecting_party.control_key = "CONTROL-KEY-SECRET".into();
        store.create_tenant(&with_key).await.unwrap();
    }
    // Nothing secret is in the files in clear.
    let bytes = stored_bytes(&dir);
    assert!(!bytes.is_empty());
    for secret in [
        &b"SIGNING-SECRET"[..],
        b"DECRYPTION-SECRET",
        b"FINGERPRINT-SECRET",
        b"CONTROL-KEY-SECRET",
    ] {
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret),
            "{} in clear",
            String::from_utf8_lossy(secret)
        );
    }
    // Another key does not open the store.
    let err = loop {
        match Store::open(&dir, |_| Ok(SealingKey::generate())) {
            Err(StoreError::InUse(_)) => std::thread::sleep(std::time::Duration::from_millis(10)),
            Err(e) => break e,
            Ok(_) => panic!("a store opened with another key"),
        }
    };
    assert!(
        matches!(err, StoreError::Sealing(SealError::WrongKey)),
        "{err}"
    );
    // Its own key does, and gives the secrets back.
    let store = reopen(open, &dir);
    assert_eq!(
        store.signing_keys().unwrap()[0].1,
        b"{\"d\":\"SIGNING-SECRET\"}".to_vec()
    );
    assert_eq!(
        store.encryption_keys().unwrap()[0].private_jwk["d"],
        "DECRYPTION-SECRET"
    );
    assert_eq!(
        store.secret_or_create("fp", Vec::new).await.unwrap(),
        b"FINGERPRINT-SECRET"
    );
    assert_eq!(
        store
            .tenant("t1")
            .unwrap()
            .unwrap()
            .connecting_party
            .control_key,
        "CONTROL-KEY-SECRET"
    );
}

fn session(tenant_id: &str) -> ConsumerSession {
    ConsumerSession {
        tenant_id: tenant_id.into(),
        consumer_id: "consumer-1".into(),
        device_serial: "SN-1".into(),
        created_at: at(0),
        expires_at: at(59),
    }
}

/// Records a verification with the domain's shape of rules, kept minimal: a stored transaction
/// is answered as it is; a card reference mapped to another PAN is refused; otherwise the
/// transaction is new and the mapping is (re)written.
async fn verify(
    store: &Store,
    tenant_id: &str,
    token: &str,
    server_card_id: &str,
    urci: i64,
    invoice: &str,
) -> std::result::Result<VerificationRecord, String> {
    store
        .record_verification(
            "d1",
            tenant_id,
            token,
            server_card_id,
            urci,
            |session, stored, mapping, owner| {
                if session.is_none() {
                    return Err("no session".to_string());
                }
                if let Some(stored) = stored {
                    return Ok(VerificationWrite {
                        record: stored.clone(),
                        new: false,
                        mapping: None,
                    });
                }
                if let Some(other) = owner
                    && other != urci
                {
                    return Err(format!("taken by {other}"));
                }
                Ok(VerificationWrite {
                    record: VerificationRecord {
                        invoice_id: invoice.into(),
                        session_token: token.into(),
                        server_card_id: server_card_id.into(),
                        unique_reference_card_id: urci,
                        bin: 411111,
                        consumer_id: "consumer-1".into(),
                        device_serial: "SN-1".into(),
                        received_at: at(1),
                    },
                    new: true,
                    mapping: Some(CardMapping {
                        unique_reference_card_id: urci,
                        server_card_id: server_card_id.into(),
                        bin: 411111,
                        created_at: mapping.map_or(at(1), |m| m.created_at),
                        updated_at: at(1),
                    }),
                })
            },
        )
        .await
        .unwrap()
}

pub(super) async fn verifications_and_mappings_are_kept_per_tenant_and_survive_a_reopen(
    open: Open,
) {
    let (dir, store) = with_tenant(open, "t1", "ISS1").await;
    store.create_tenant(&tenant("t2", "ISS2")).await.unwrap();
    store
        .put_consumer_session("d1", &session("t1"))
        .await
        .unwrap();
    assert!(matches!(
        store.put_consumer_session("d1", &session("t2")).await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(store.consumer_session("d1").unwrap(), Some(session("t1")));
    assert_eq!(store.consumer_session("d2").unwrap(), None);

    let first = verify(&store, "t1", "tok-1", "card-a", 7, "inv-1")
        .await
        .unwrap();
    assert_eq!(first.invoice_id, "inv-1");
    // The same session token answers the stored transaction, whatever invoice was offered.
    let again = verify(&store, "t1", "tok-1", "card-a", 7, "inv-2")
        .await
        .unwrap();
    assert_eq!(again, first);
    // The PAN's new card reference replaces the old one, which is free again.
    verify(&store, "t1", "tok-2", "card-b", 7, "inv-3")
        .await
        .unwrap();
    verify(&store, "t1", "tok-3", "card-a", 8, "inv-4")
        .await
        .unwrap();
    // A card reference mapped to another PAN is refused, and nothing is written.
    assert_eq!(
        verify(&store, "t1", "tok-4", "card-b", 9, "inv-5").await,
        Err("taken by 7".into())
    );
    // The other tenant's mappings are its own.
    verify(&store, "t2", "tok-1", "card-b", 9, "inv-6")
        .await
        .unwrap();
    drop(store);
    let store = reopen(open, &dir);
    let mappings: Vec<(i64, String)> = store
        .card_mappings("t1")
        .unwrap()
        .into_iter()
        .map(|m| (m.unique_reference_card_id, m.server_card_id))
        .collect();
    assert_eq!(mappings, vec![(7, "card-b".into()), (8, "card-a".into())]);
    let invoices: Vec<String> = store
        .verifications("t1", 10)
        .unwrap()
        .into_iter()
        .map(|v| v.invoice_id)
        .collect();
    assert_eq!(invoices.len(), 3);
    assert!(!invoices.contains(&"inv-5".to_string()));
    assert_eq!(store.verifications("t1", 2).unwrap().len(), 2);
    assert_eq!(store.card_mappings("t2").unwrap().len(), 1);
    // A reset empties the tenant's verification side, sessions included, and only its.
    let t1 = store.tenant("t1").unwrap().unwrap();
    store.reset_tenant(&t1).await.unwrap();
    assert!(store.card_mappings("t1").unwrap().is_empty());
    assert!(store.verifications("t1", 10).unwrap().is_empty());
    assert_eq!(store.consumer_session("d1").unwrap(), None);
    assert_eq!(store.card_mappings("t2").unwrap().len(), 1);
    // The decision sees the session as it is inside the write: gone, and nothing is written.
    assert_eq!(
        verify(&store, "t1", "tok-9", "card-z", 99, "inv-9").await,
        Err("no session".into())
    );
    assert!(store.verifications("t1", 10).unwrap().is_empty());
}

pub(super) async fn a_deleted_tenant_leaves_nothing_and_frees_its_ids(open: Open) {
    let (_dir, store) = with_tenant(open, "t1", "ISS1").await;
    store.create_tenant(&tenant("t2", "ISS2")).await.unwrap();
    insert(&store, "ISS1", "c1", "fp-1").await;
    insert(&store, "ISS2", "c1", "fp-1").await;
    store
        .put_consumer_session("d1", &session("t1"))
        .await
        .unwrap();
    verify(&store, "t1", "tok-1", "card-a", 7, "inv-1")
        .await
        .unwrap();
    store
        .enqueue(vec![
            message("t1", "mine", Some(at(5))),
            message("t2", "theirs", Some(at(5))),
        ])
        .await
        .unwrap();
    let ids = |store: &Store| -> Vec<String> {
        store.tenants().unwrap().into_iter().map(|t| t.id).collect()
    };
    assert_eq!(ids(&store), vec!["t1", "t2"]);
    assert!(store.delete_tenant("t1").await.unwrap());
    assert!(!store.delete_tenant("t1").await.unwrap());
    assert_eq!(ids(&store), vec!["t2"]);
    assert_eq!(store.tenant("t1").unwrap(), None);
    assert_eq!(store.tenant_by_client_id("client-t1").unwrap(), None);
    assert_eq!(store.issuer_owner("ISS1").unwrap(), None);
    assert_eq!(store.card("ISS1", "c1").unwrap(), None);
    assert_eq!(store.consumer_session("d1").unwrap(), None);
    assert!(store.card_mappings("t1").unwrap().is_empty());
    // Its deliveries went with it: a tenant made again with its id starts without them.
    assert!(
        store
            .messages("t1", None, 10, &|_| true)
            .unwrap()
            .is_empty()
    );
    let due: Vec<String> = store
        .due_messages(at(59), 10, &|_| false)
        .unwrap()
        .into_iter()
        .map(|m| m.subject)
        .collect();
    assert_eq!(due, vec!["theirs"]);
    // The other tenant keeps everything.
    assert!(store.card("ISS2", "c1").unwrap().is_some());
    assert_eq!(store.issuer_owner("ISS2").unwrap().as_deref(), Some("t2"));
    // The ids are free for a new tenant.
    store.create_tenant(&tenant("t1", "ISS1")).await.unwrap();
    assert_eq!(store.card("ISS1", "c1").unwrap(), None);
}

pub(super) async fn partners_are_sealed_kept_per_tenant_and_go_with_their_tenant(open: Open) {
    let (dir, store) = with_tenant(open, "t1", "ISS1").await;
    store.create_tenant(&tenant("t2", "ISS2")).await.unwrap();
    let partner = |role: &str, url: &str| PartnerRecord {
        role: role.into(),
        description: serde_json::json!({"url": url, "auth": {"client_secret": "PARTNER-SECRET"}}),
        updated_at: at(1),
    };
    store
        .put_partner("t1", &partner("issuer", "http://a"))
        .await
        .unwrap();
    store
        .put_partner("t1", &partner("token-requestor", "http://b"))
        .await
        .unwrap();
    store
        .put_partner("t2", &partner("issuer", "http://c"))
        .await
        .unwrap();
    // Replaced, not added.
    store
        .put_partner("t1", &partner("issuer", "http://a2"))
        .await
        .unwrap();
    drop(store);
    let bytes = stored_bytes(&dir);
    assert!(
        !bytes.windows(14).any(|w| w == b"PARTNER-SECRET"),
        "a partner's secret in clear"
    );
    let store = reopen(open, &dir);
    assert_eq!(
        store.partner("t1", "issuer").unwrap(),
        Some(partner("issuer", "http://a2"))
    );
    let roles: Vec<String> = store
        .partners("t1")
        .unwrap()
        .into_iter()
        .map(|p| p.role)
        .collect();
    assert_eq!(roles, vec!["issuer", "token-requestor"]);
    // A reset keeps them (configuration, like credentials); deleting the tenant does not.
    let t1 = store.tenant("t1").unwrap().unwrap();
    store.reset_tenant(&t1).await.unwrap();
    assert_eq!(store.partners("t1").unwrap().len(), 2);
    assert!(store.delete_partner("t1", "token-requestor").await.unwrap());
    assert!(!store.delete_partner("t1", "token-requestor").await.unwrap());
    assert!(store.delete_tenant("t1").await.unwrap());
    assert!(store.partners("t1").unwrap().is_empty());
    assert_eq!(store.partners("t2").unwrap().len(), 1);
}

/// Marks a message delivered (no attempt recorded); the message as stored then.
pub(in crate::store) async fn delivered(store: &Store, id: u64) -> MessageRecord {
    let delivered = store
        .change_message(id, None, |m| {
            Ok::<_, ()>(MessageRecord {
                state: MessageState::Delivered,
                next_attempt_at: None,
                ..m.clone()
            })
        })
        .await;
    delivered.unwrap().unwrap()
}

/// A pending message owed to a token requestor, due at `due`.
pub(in crate::store) fn message(
    tenant_id: &str,
    subject: &str,
    due: Option<DateTime<Utc>>,
) -> MessageRecord {
    MessageRecord {
        id: 0,
        tenant_id: tenant_id.into(),
        subject: subject.into(),
        event: "token-created".into(),
        // A value no copy of the data directory may show in clear.
        message: PartnerMessage::TokenCreation(TokenCreationNotice {
            correlation_id: "MESSAGE-SECRET".into(),
            merchant_id: "m1".into(),
            token_id: Some("tok-1".into()),
            creation_timestamp: None,
            display: Default::default(),
            failure: None,
        }),
        state: MessageState::Pending,
        attempts: 0,
        created_at: at(0),
        next_attempt_at: due,
        last_outcome: None,
    }
}

pub(super) async fn the_outbox_keeps_messages_by_due_time_with_their_attempts(open: Open) {
    let dir = tempdir();
    let store = reopen(open, &dir);
    let stored = store
        .enqueue(vec![
            message("t1", "late", Some(at(30))),
            message("t1", "early", Some(at(10))),
            message("t2", "other", Some(at(20))),
        ])
        .await
        .unwrap();
    assert!(
        stored[0].id < stored[1].id && stored[1].id < stored[2].id,
        "numbered in order"
    );
    let subjects = |ms: Vec<MessageRecord>| ms.into_iter().map(|m| m.subject).collect::<Vec<_>>();
    assert_eq!(
        subjects(store.due_messages(at(25), 10, &|_| false).unwrap()),
        vec!["early", "other"]
    );
    assert_eq!(
        subjects(store.due_messages(at(59), 1, &|_| false).unwrap()),
        vec!["early"]
    );
    // An attempt that fails and is retried later: the message moves in the due order.
    let early = stored[1].id;
    let attempt = AttemptRecord {
        number: 1,
        at: at(10),
        status: Some(503),
        latency_ms: 3,
        verdict: "retry".into(),
        detail: "503".into(),
    };
    let changed = store
        .change_message(early, Some(&attempt), |m| {
            Ok::<_, ()>(MessageRecord {
                attempts: 1,
                next_attempt_at: Some(at(40)),
                ..m.clone()
            })
        })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(changed.attempts, 1);
    assert_eq!(
        subjects(store.due_messages(at(59), 10, &|_| false).unwrap()),
        vec!["other", "late", "early"]
    );
    // Delivered: no longer due.
    delivered(&store, stored[2].id).await;
    // A refusal changes nothing.
    assert_eq!(
        store
            .change_message(early, None, |_| Err("no"))
            .await
            .unwrap(),
        Err("no")
    );
    drop(store);
    let store = reopen(open, &dir);
    assert_eq!(
        subjects(store.due_messages(at(59), 10, &|_| false).unwrap()),
        vec!["late", "early"]
    );
    assert_eq!(store.attempts(early).unwrap(), vec![attempt]);
    assert_eq!(
        store.message(stored[2].id).unwrap().unwrap().state,
        MessageState::Delivered
    );
    // Per tenant, newest first, paged by id.
    assert_eq!(
        subjects(store.messages("t1", None, 10, &|_| true).unwrap()),
        vec!["early", "late"]
    );
    assert_eq!(
        subjects(store.messages("t1", Some(early), 10, &|_| true).unwrap()),
        vec!["late"]
    );
    assert!(
        store
            .messages("t3", None, 10, &|_| true)
            .unwrap()
            .is_empty()
    );
    // The messages are sealed.
    drop(store);
    let bytes = stored_bytes(&dir);
    assert!(
        !bytes.windows(14).any(|w| w == b"MESSAGE-SECRET"),
        "a message in clear"
    );
}

suite!(
    sled, super::sled_store;
    secrets_are_sealed_and_open_only_with_the_stores_key,
    tenants_survive_a_reopen_and_are_found_by_every_index,
    a_taken_issuer_is_refused_and_nothing_of_the_tenant_is_stored,
    a_tenant_read_after_a_change_is_the_changed_one,
    another_schema_version_is_refused,
    a_directory_open_elsewhere_is_refused_as_in_use,
    signing_keys_are_kept_in_id_order_and_never_replaced,
    encryption_keys_are_listed_oldest_first_and_never_replaced,
    concurrent_first_uses_of_a_secret_agree_on_one_value,
    tokens_and_their_notifications_are_kept_per_tenant_in_order,
    concurrent_token_updates_each_apply_exactly_once,
    cards_are_inserted_once_per_pan_and_id_and_found_both_ways,
    card_modifications_are_atomic_and_each_applies_once,
    a_reset_removes_the_tenants_cards_and_tokens_only,
    a_reset_during_registrations_leaves_every_card_whole,
    operations_are_recorded_apart_and_listed_a_page_at_a_time,
    a_batch_of_operations_is_all_or_nothing,
    concurrent_new_operations_are_counted_once_each,
    verifications_and_mappings_are_kept_per_tenant_and_survive_a_reopen,
    a_deleted_tenant_leaves_nothing_and_frees_its_ids,
    partners_are_sealed_kept_per_tenant_and_go_with_their_tenant,
    a_wallet_change_is_all_or_nothing_and_goes_with_a_reset,
    concurrent_wallet_changes_each_apply_exactly_once,
    the_outbox_keeps_messages_by_due_time_with_their_attempts,
);
