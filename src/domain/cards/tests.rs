//! The card rules that need no store: Luhn, expiry, plaintext parsing, CVV counting and
//! operation transitions.

use super::rules::{apply_operation, evaluate};
use super::*;

fn now() -> DateTime<Utc> {
    "2026-11-23T10:00:00Z".parse().unwrap()
}

#[test]
fn luhn_accepts_the_test_cards_and_refuses_a_wrong_check_digit() {
    for (pan, _) in TEST_CARDS {
        assert!(luhn_valid(pan), "{pan}");
    }
    assert!(luhn_valid("4111111111111111"));
    assert!(!luhn_valid("4111111111111112"));
    assert!(!luhn_valid(""));
    assert!(!luhn_valid("41111111111x1111"));
}

#[test]
fn expiry_is_mmyy_with_a_real_month_and_lasts_to_the_end_of_its_month() {
    assert_eq!(
        Expiry::parse("1126"),
        Some(Expiry {
            month: 11,
            year: 2026
        })
    );
    for bad in ["0026", "1326", "126", "11265", "ab26"] {
        assert_eq!(Expiry::parse(bad), None, "{bad}");
    }
    assert!(!Expiry::parse("1126").unwrap().is_past(now()));
    assert!(Expiry::parse("1026").unwrap().is_past(now()));
    assert!(Expiry::parse("1225").unwrap().is_past(now()));
}

#[test]
fn plaintext_rules_name_the_field_and_never_the_value() {
    let ok = CardData::from_plaintext(
        br#"{"pan":"4111111111111111","exp":"1230","cvv":"123","name":"A","extra":1}"#,
    )
    .unwrap();
    assert_eq!(ok.cvv.as_deref(), Some("123"));
    for (plaintext, field) in [
        (&br#"{"pan":"4111111111111112","exp":"1230"}"#[..], "pan:"),
        (br#"{"pan":"41111111111","exp":"1230"}"#, "pan:"),
        (br#"{"pan":4111111111111111,"exp":"1230"}"#, "pan:"),
        (br#"{"exp":"1230"}"#, "pan:"),
        (br#"{"pan":"4111111111111111","exp":"1330"}"#, "exp:"),
        (
            br#"{"pan":"4111111111111111","exp":"1230","cvv":"12"}"#,
            "cvv:",
        ),
        (
            br#"{"pan":"4111111111111111","exp":"1230","cvv":"12345"}"#,
            "cvv:",
        ),
    ] {
        let err = CardData::from_plaintext(plaintext).unwrap_err();
        let message = err.to_string();
        assert!(message.starts_with(field), "{message}");
        assert!(!message.contains("41111111111"), "{message}");
        assert_eq!(err.code(), "INVALID_CARD_DATA");
    }
    let long_name = format!(
        r#"{{"pan":"4111111111111111","exp":"1230","name":"{}"}}"#,
        "é".repeat(129)
    );
    assert!(
        CardData::from_plaintext(long_name.as_bytes())
            .unwrap_err()
            .to_string()
            .starts_with("name:")
    );
    assert!(CardData::from_plaintext(b"[1]").is_err());
    assert!(CardData::from_plaintext(b"\xff").is_err());
}

#[test]
fn card_data_giving_a_field_twice_is_refused_without_its_values() {
    let err = CardData::from_plaintext(
        br#"{"pan":"4999990000000015","exp":"1230","pan":"4999990000000023"}"#,
    )
    .unwrap_err();
    let message = err.to_string();
    assert_eq!(err.code(), "INVALID_CARD_DATA");
    assert!(
        message.contains("`pan`") && message.contains("more than once"),
        "{message}"
    );
    assert!(!message.contains("4999"), "{message}");
}

#[test]
fn card_data_debug_masks_the_pan_and_hides_the_cvv() {
    let d = CardData::new("4111111111111111".into(), "1230".into(), Some("987".into())).unwrap();
    let shown = format!("{d:?}");
    assert!(shown.contains("411111******1111"), "{shown}");
    assert!(
        !shown.contains("4111111111111111") && !shown.contains("987"),
        "{shown}"
    );
}

fn card() -> CardRecord {
    CardRecord {
        issuer_id: "ISSUER0001".into(),
        card_id: "c1".into(),
        consumer_id: "consumer-1".into(),
        pan_fingerprint: "f".into(),
        bin: "411111".into(),
        last_four: "1111".into(),
        pan_length: 16,
        exp: "1230".into(),
        cvv_digest: Some("right".into()),
        state: CardState::Active,
        test_card: None,
        failed_cvv_attempts: 0,
        digital_card_ids: vec![],
        created_at: now(),
        operation_count: 0,
        last_sequence: 0,
    }
}

fn data(exp: &str) -> CardData {
    CardData::new("4111111111111111".into(), exp.into(), Some("123".into())).unwrap()
}

#[test]
fn three_wrong_cvvs_lock_the_cvv_check_until_the_attempts_are_reset() {
    let mut c = card();
    let d = data("1230");
    let mut answers = Vec::new();
    for presented in ["right", "wrong", "wrong", "wrong", "wrong", "right"] {
        answers.push(evaluate(&mut c, &d, Some(presented), now()).security_code);
    }
    assert_eq!(
        answers,
        [
            Some((true, false)),
            Some((false, false)),
            Some((false, false)),
            Some((false, true)),
            // Locked: neither a wrong nor the right CVV is compared, or counted.
            Some((false, true)),
            Some((false, true)),
        ]
    );
    assert_eq!(c.failed_cvv_attempts, MAX_CVV_ATTEMPTS);
    assert_eq!(evaluate(&mut c, &d, None, now()).security_code, None);
    // What the admin API's reset does.
    c.failed_cvv_attempts = 0;
    let unlocked = evaluate(&mut c, &d, Some("right"), now()).security_code;
    assert_eq!(unlocked, Some((true, false)));
}

#[test]
fn state_and_expiry_decide_the_card_flags() {
    let d = data("1230");
    let mut c = card();
    let v = evaluate(&mut c, &d, None, now());
    assert!(!v.invalid && !v.expired && !v.lost_or_stolen && !v.fraud_suspect);
    assert_eq!(v.consumer_id.as_deref(), Some("consumer-1"));
    assert!(
        evaluate(&mut c, &data("1231"), None, now()).expired,
        "not the registered expiry"
    );
    let mut past = CardRecord {
        exp: "1025".into(),
        ..card()
    };
    assert!(evaluate(&mut past, &data("1025"), None, now()).expired);
    for (state, check) in [
        (CardState::Lost, "lost"),
        (CardState::Stolen, "lost"),
        (CardState::FraudSuspect, "fraud"),
        (CardState::Suspended, "invalid"),
        (CardState::Deleted, "invalid"),
    ] {
        let mut c = CardRecord { state, ..card() };
        let v = evaluate(&mut c, &d, None, now());
        match check {
            "lost" => assert!(v.lost_or_stolen && !v.invalid),
            "fraud" => assert!(v.fraud_suspect && !v.invalid),
            _ => {
                assert!(v.invalid);
                assert_eq!(v.consumer_id, None, "no consumerId for an invalid card");
            }
        }
    }
}

fn op(id: &str, status: OperationStatus, ids: &[&str]) -> NotifiedOperation {
    NotifiedOperation {
        operation_id: id.into(),
        operation: "DIGITIZE".into(),
        status,
        digital_card_ids: ids.iter().map(|s| s.to_string()).collect(),
        start_time: None,
        end_time: None,
        message: None,
    }
}

#[test]
fn operations_move_from_pending_to_final_and_never_back() {
    let decide = |stored: Option<&OperationRecord>, op: &NotifiedOperation| {
        apply_operation(stored, op, now())
    };
    let pending = decide(None, &op("o1", OperationStatus::Pending, &[])).unwrap();
    assert!(pending.attach.is_empty());
    let stored = pending.record.unwrap();
    assert_eq!(stored.status, OperationStatus::Pending);
    let done = decide(
        Some(&stored),
        &op("o1", OperationStatus::Successful, &["dc1"]),
    )
    .unwrap();
    assert_eq!(
        done.attach,
        ["dc1"],
        "a SUCCESSFUL DIGITIZE attaches its cards"
    );
    let stored = done.record.unwrap();
    // The same content again is accepted and changes nothing but when it was last received.
    let again = decide(
        Some(&stored),
        &op("o1", OperationStatus::Successful, &["dc1"]),
    )
    .unwrap();
    assert_eq!(again.attach, ["dc1"], "attaching again is harmless");
    let again = again.record.unwrap();
    assert_eq!(
        (
            again.status,
            &again.digital_card_ids,
            again.first_received_at
        ),
        (
            stored.status,
            &stored.digital_card_ids,
            stored.first_received_at
        )
    );
    let back = decide(Some(&stored), &op("o1", OperationStatus::Pending, &[]));
    assert_eq!(
        back.unwrap_err(),
        "operation o1 is already SUCCESSFUL and cannot change (to PENDING)"
    );
    let mut other = op("o1", OperationStatus::Successful, &["dc1"]);
    other.operation = "SUSPEND".into();
    assert!(
        decide(Some(&stored), &other)
            .unwrap_err()
            .contains("is a DIGITIZE")
    );
    let failed = decide(None, &op("o2", OperationStatus::Failed, &["dc2"])).unwrap();
    assert!(
        failed.attach.is_empty(),
        "a failed DIGITIZE attaches nothing"
    );
    assert_eq!(failed.record.unwrap().status, OperationStatus::Failed);
}
