//! The wallet world's rules on records: projected states, settling, eligibility, codes.

use super::eligibility::eligible;
use super::*;

fn card(state: WalletCardState, pending: &[(&str, Option<&str>)]) -> WalletCardRecord {
    let at = DateTime::<Utc>::from_timestamp(0, 0).unwrap();
    WalletCardRecord {
        id: "wc".into(),
        account_id: "a".into(),
        issuer_id: "ISS".into(),
        card_id: "c".into(),
        wallet_account_id: "w".into(),
        state,
        se_id: None,
        digitize_operation_id: "op".into(),
        remote_issuer: false,
        created_at: at,
        tasks: pending
            .iter()
            .enumerate()
            .map(|(i, (command, operation))| WalletTask {
                id: format!("t{i}"),
                command: command.to_string(),
                operation: operation.map(str::to_string),
                state: WalletTaskState::Pending,
                created_at: at,
                finished_at: None,
                status_code: None,
            })
            .collect(),
        history: Vec::new(),
    }
}

#[test]
fn pending_tasks_project_the_state_in_order() {
    let c = card(
        WalletCardState::Created,
        &[("SEND_SCRIPT", None), ("UPDATE_CARD", Some("SUSPEND"))],
    );
    assert_eq!(projected(&c), WalletCardState::SuspendedIssuer);
    assert_eq!(
        projected(&card(WalletCardState::Active, &[])),
        WalletCardState::Active
    );
}

/// A SUSPEND that failed (911) leaves the card ACTIVE, where the RESUME queued after it no
/// longer applies: it is cancelled, not left pending for ever.
#[test]
fn a_task_made_moot_by_a_failure_is_cancelled() {
    let mut c = card(
        WalletCardState::Active,
        &[
            ("UPDATE_CARD", Some("SUSPEND")),
            ("UPDATE_CARD", Some("RESUME")),
        ],
    );
    c.tasks[0].state = WalletTaskState::Failed;
    settle(&mut c, Utc::now());
    assert_eq!(c.tasks[1].state, WalletTaskState::Failed);
    assert!(c.tasks[1].finished_at.is_some());
}

#[test]
fn settling_keeps_pending_tasks_and_trims_done_ones_and_history() {
    let mut c = card(WalletCardState::Active, &[]);
    let at = Utc::now();
    for i in 0..(KEPT_DONE_TASKS + 10) {
        c.tasks.push(WalletTask {
            id: format!("done{i}"),
            command: "UPDATE_CARD".into(),
            operation: Some("SUSPEND".into()),
            state: WalletTaskState::Done,
            created_at: at,
            finished_at: Some(at),
            status_code: Some(0),
        });
        c.history.push(WalletCardChange {
            at,
            event: "PARK".into(),
            from: None,
            to: WalletCardState::Active,
        });
    }
    for _ in 0..KEPT_HISTORY {
        c.history.push(c.history[0].clone());
    }
    c.tasks.push(WalletTask {
        id: "live".into(),
        command: "UPDATE_CARD".into(),
        operation: Some("SUSPEND".into()),
        state: WalletTaskState::Pending,
        created_at: at,
        finished_at: None,
        status_code: None,
    });
    settle(&mut c, at);
    assert_eq!(c.tasks.len(), KEPT_DONE_TASKS + 1);
    assert_eq!(c.tasks.last().unwrap().id, "live");
    assert_eq!(c.tasks.last().unwrap().state, WalletTaskState::Pending);
    assert_eq!(c.history.len(), KEPT_HISTORY);
}

#[test]
fn an_account_shows_its_liveliest_card() {
    let states = |s: &[WalletCardState]| -> Vec<WalletCardRecord> {
        s.iter().map(|s| card(*s, &[])).collect()
    };
    use WalletCardState::*;
    assert_eq!(account_state(&states(&[Deleted, Active])), Active);
    assert_eq!(
        account_state(&states(&[Created, SuspendedWallet])),
        SuspendedWallet
    );
    assert_eq!(account_state(&states(&[Deleted])), Deleted);
    assert_eq!(account_state(&[]), Deleted);
}

/// Every refusal's code is listed in the TSH document's description.
#[test]
fn the_document_lists_every_code() {
    let s = || String::new();
    let all = [
        WalletError::UnknownIssuer(s()),
        WalletError::Descriptor(s()),
        WalletError::CardData(s()),
        WalletError::UnknownCardAccount(s()),
        WalletError::UnknownAsset(s()),
        WalletError::LastDigits,
        WalletError::OtpInvalid,
        WalletError::OtpExpired,
        WalletError::UnknownWalletCard(s()),
        WalletError::UnknownWalletCardAccount(s()),
        WalletError::UnknownTask(s()),
        WalletError::TaskDone(s(), "completed"),
        WalletError::TaskType {
            task: s(),
            command: s(),
            expected: "SEND_SCRIPT",
        },
        WalletError::TaskNotNext {
            task: s(),
            first: s(),
        },
        WalletError::SeIdRequired(s()),
        WalletError::SeIdMismatch(s()),
        WalletError::Transition {
            event: "PARK",
            state: "CREATED",
        },
        WalletError::WrongPod {
            account: s(),
            pod: s(),
            sent: s(),
        },
        WalletError::IssuerUnavailable(s()),
        WalletError::Limit(s()),
    ];
    let document = include_str!("../../../openapi/tsh-provisioning.yaml");
    let mut codes: Vec<&str> = all.iter().map(WalletError::code).collect();
    codes.extend([
        "CARD_INVALID",
        "CARD_LOST_OR_STOLEN",
        "CARD_FRAUD_SUSPECT",
        "CARD_EXPIRED",
        "CVV_INVALID",
        "CVV_ATTEMPTS_EXCEEDED",
    ]);
    for code in codes {
        assert!(
            document.contains(&format!("`{code}`")),
            "{code} is not in the document"
        );
    }
}

#[test]
fn eligibility_names_the_first_reason() {
    let v = |f: &dyn Fn(&mut Verification)| {
        let mut v = Verification {
            card_id: "c".into(),
            consumer_id: Some("x".into()),
            invalid: false,
            expired: false,
            lost_or_stolen: false,
            fraud_suspect: false,
            security_code: None,
        };
        f(&mut v);
        eligible(&v).err().map(|e| e.code())
    };
    assert_eq!(v(&|_| {}), None);
    assert_eq!(v(&|v| v.invalid = true), Some("CARD_INVALID"));
    assert_eq!(v(&|v| v.lost_or_stolen = true), Some("CARD_LOST_OR_STOLEN"));
    assert_eq!(v(&|v| v.fraud_suspect = true), Some("CARD_FRAUD_SUSPECT"));
    assert_eq!(v(&|v| v.expired = true), Some("CARD_EXPIRED"));
    assert_eq!(
        v(&|v| v.security_code = Some((false, false))),
        Some("CVV_INVALID")
    );
    assert_eq!(
        v(&|v| v.security_code = Some((false, true))),
        Some("CVV_ATTEMPTS_EXCEEDED")
    );
}
