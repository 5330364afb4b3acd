//! The TSH API as a wallet server uses it, through the generated client: check a card, fetch
//! its assets, provision it, follow the commands TSH queues and answer them, and see the
//! issuer's side (DIGITIZE operations on the card; card changes reaching the wallet card).

use base64::Engine;
use d1_sandbox::generated::sandbox_admin_client::{self, types as admin};
use d1_sandbox::generated::tsh_provisioning_client::{self, types as tsh};
use serde_json::{Value, json};

use crate::calls::{ok, refused_with};
use crate::cards::jwe;
use crate::server::{Real, admin_client, start, temp_dir};
use crate::support::client_with;

fn tsh_client(real: &Real) -> tsh_provisioning_client::Client {
    tsh_provisioning_client::Client::new(&format!("{}/tsh", real.base))
}

async fn register_card(real: &Real, card_id: &str, pan: &str) {
    admin_client(real)
        .register_card()
        .issuer_id(real.credentials.issuer_id.as_str())
        .body(
            serde_json::from_value::<admin::CardRegistration>(
                json!({"pan": pan, "exp": "1230", "cvv": "123", "cardId": card_id}),
            )
            .unwrap(),
        )
        .send()
        .await
        .unwrap();
}

async fn set_state(real: &Real, card_id: &str, state: &str) {
    admin_client(real)
        .set_card_state()
        .issuer_id(real.credentials.issuer_id.as_str())
        .card_id(card_id)
        .body(serde_json::from_value::<admin::CardStateChange>(json!({"state": state})).unwrap())
        .send()
        .await
        .unwrap();
}

/// The refusal's status and the code its statusMessage starts with.
fn refusal<T: std::fmt::Debug>(
    result: Result<T, progenitor_client::Error<tsh::ErrorResponse>>,
) -> (u16, String) {
    refused_with(result, |e| {
        let message = e.response_header.status_message.map(|m| m.to_string());
        let message = message.unwrap_or_default();
        message.split(':').next().unwrap_or_default().to_string()
    })
}

/// provisionCard through the generated client.
async fn provision_card(
    real: &Real,
    descriptor: tsh::CardAccountDescriptor,
    wallet_account: &str,
    digits: &str,
    otp: Option<&str>,
) -> Result<
    progenitor_client::ResponseValue<tsh::ProvisionCardResponse>,
    progenitor_client::Error<tsh::ErrorResponse>,
> {
    tsh_client(real)
        .provision_card()
        .body_map(|b| {
            b.issuer_id(real.credentials.issuer_id.clone())
                .card_account_descriptor(descriptor)
                .wallet_account_id(wallet_account.to_string())
                .card_last_digits(
                    digits
                        .parse::<tsh::ProvisionCardRequestCardLastDigits>()
                        .unwrap(),
                )
                .otp(otp.map(|o| o.parse().unwrap()))
        })
        .send()
        .await
}

fn opaque(data: String) -> tsh::CardAccountDescriptor {
    serde_json::from_value(json!({"opaqueCardAccountData": data})).unwrap()
}

async fn status(real: &Real, wallet_card_id: &str) -> tsh::WalletCardState {
    ok(tsh_client(real)
        .get_card_status()
        .body_map(|b| b.wallet_card_id(wallet_card_id.to_string()))
        .send())
    .await
    .state
}

async fn commands(real: &Real, wallet_card_id: &str, se_id: Option<&str>) -> Vec<tsh::CardCommand> {
    tsh_client(real)
        .get_card_commands()
        .body_map(|b| {
            b.wallet_card_id(wallet_card_id.to_string())
                .se_id(se_id.map(|s| s.parse().unwrap()))
        })
        .send()
        .await
        .unwrap()
        .into_inner()
        .commands
}

async fn update_callback(
    real: &Real,
    task_id: &str,
    code: i32,
) -> Result<(), progenitor_client::Error<tsh::ErrorResponse>> {
    tsh_client(real)
        .update_card_callback()
        .body_map(|b| {
            b.task_id(task_id.to_string())
                .status_code(tsh::UpdateCardCallbackRequestStatusCode::try_from(code).unwrap())
        })
        .send()
        .await
        .map(|_| ())
}

/// A provisioned wallet card's ids.
struct Ids {
    wallet_card_id: String,
    wallet_card_account_id: String,
}

impl From<(String, String)> for Ids {
    fn from((wallet_card_id, wallet_card_account_id): (String, String)) -> Self {
        Ids {
            wallet_card_id,
            wallet_card_account_id,
        }
    }
}

#[tokio::test]
async fn a_wallet_server_provisions_a_card_and_follows_the_issuer() {
    let real = start(&temp_dir("wallet-flow")).await;
    let issuer = real.credentials.issuer_id.clone();
    register_card(&real, "card-w", "4111111111111111").await;
    let tsh = tsh_client(&real);
    let data = jwe(
        &real,
        json!({"pan": "4111111111111111", "exp": "1230", "cvv": "123"}),
    )
    .await;

    // 1. checkCardAccount: eligible, with the issuer's default T&C and card art.
    let checked = tsh
        .check_card_account()
        .body_map(|b| {
            b.issuer_id(issuer.clone())
                .card_source(tsh::CardSource::UserInput)
                .card_account_descriptor(opaque(data.clone()))
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(checked.response_header.status_code, 0.0);
    let terms_id = checked.terms_and_conditions_id.to_string();
    assert_ne!(terms_id, d1_sandbox::domain::wallets::NO_TERMS);
    assert_eq!(checked.card_art_manifest.len(), 1);

    // 2. getAsset: every GUID resolves to real content.
    let terms = ok(tsh
        .get_asset()
        .body_map(|b| b.guid(terms_id.clone()))
        .send())
    .await;
    assert_eq!(
        terms.content_type,
        tsh::GetAssetResponseContentType::TextPlain
    );
    let text = base64::engine::general_purpose::STANDARD
        .decode(&terms.content)
        .unwrap();
    assert!(
        String::from_utf8(text)
            .unwrap()
            .contains("Terms and Conditions")
    );
    let art = ok(tsh
        .get_asset()
        .body_map(|b| b.guid(checked.card_art_manifest[0].to_string()))
        .send())
    .await;
    assert_eq!(art.content_type, tsh::GetAssetResponseContentType::ImagePng);
    let png = base64::engine::general_purpose::STANDARD
        .decode(&art.content)
        .unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let (code, why) = refusal(
        tsh.get_asset()
            .body_map(|b| b.guid("no-such-guid".to_string()))
            .send()
            .await,
    );
    assert_eq!((code, why.as_str()), (400, "UNKNOWN_ASSET"));

    // 3. provisionCard: the last digits must be the card's.
    let provision = |digits: &'static str, wallet_account: &'static str| {
        let (real, data) = (&real, data.clone());
        async move {
            provision_card(real, opaque(data), wallet_account, digits, None)
                .await
                .map(|answer| {
                    let answer = answer.into_inner();
                    (
                        answer.wallet_card_id.to_string(),
                        answer.wallet_card_account_id.to_string(),
                    )
                })
        }
    };
    let (code, why) = refusal(provision("9999", "wallet-account-1").await);
    assert_eq!((code, why.as_str()), (400, "LAST_DIGITS_MISMATCH"));
    let first = Ids::from(provision("1111", "wallet-account-1").await.unwrap());
    assert_eq!(
        status(&real, &first.wallet_card_id).await,
        tsh::WalletCardState::Created
    );
    // The same card in another device of the same wallet account: a new wallet card under
    // the same account; another wallet account: another account.
    let second = Ids::from(provision("1111", "wallet-account-1").await.unwrap());
    assert_ne!(second.wallet_card_id, first.wallet_card_id);
    assert_eq!(second.wallet_card_account_id, first.wallet_card_account_id);
    let other = Ids::from(provision("11111", "wallet-account-2").await.unwrap());
    assert_ne!(other.wallet_card_account_id, first.wallet_card_account_id);

    // D1's side: DIGITIZE PENDING on the card, with the wallet card id.
    let operations = || {
        let client = admin_client(&real);
        let issuer = issuer.clone();
        async move {
            ok(client
                .list_card_operations()
                .issuer_id(issuer.as_str())
                .card_id("card-w")
                .send())
            .await
            .operations
        }
    };
    let ops: Value = serde_json::to_value(operations().await).unwrap();
    let digitize = ops
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["digitalCardIds"] == json!([first.wallet_card_id]))
        .expect("a DIGITIZE operation names the wallet card");
    assert_eq!(digitize["operation"], "DIGITIZE");
    assert_eq!(digitize["status"], "PENDING");

    // 4. getCardCommands: seId required the first time, fixed afterwards.
    let (code, why) = refusal(
        tsh.get_card_commands()
            .body_map(|b| b.wallet_card_id(first.wallet_card_id.clone()))
            .send()
            .await,
    );
    assert_eq!((code, why.as_str()), (400, "SE_ID_REQUIRED"));
    let listed = commands(&real, &first.wallet_card_id, Some("0a0b0c0d")).await;
    assert_eq!(listed.len(), 1);
    assert_eq!(
        listed[0].command_type,
        tsh::CardCommandCommandType::SendScript
    );
    assert_eq!(commands(&real, &first.wallet_card_id, None).await.len(), 1);
    let (code, why) = refusal(
        tsh.get_card_commands()
            .body_map(|b| {
                b.wallet_card_id(first.wallet_card_id.clone())
                    .se_id(Some("ffff".parse().unwrap()))
            })
            .send()
            .await,
    );
    assert_eq!((code, why.as_str()), (400, "SE_ID_MISMATCH"));

    // 5. sendScriptCallback: ACTIVE; the task is gone from the list; again → refused.
    let script = listed[0].task_id.to_string();
    let callback = |task: String| {
        let tsh = tsh_client(&real);
        async move {
            tsh.send_script_callback()
                .body_map(|b| b.task_id(task))
                .send()
                .await
        }
    };
    callback(script.clone()).await.unwrap();
    assert_eq!(
        status(&real, &first.wallet_card_id).await,
        tsh::WalletCardState::Active
    );
    assert!(
        commands(&real, &first.wallet_card_id, None)
            .await
            .is_empty()
    );
    let (code, why) = refusal(callback(script.clone()).await);
    assert_eq!((code, why.as_str()), (400, "TASK_ALREADY_COMPLETED"));
    let (code, why) = refusal(callback("task_unknown".into()).await);
    assert_eq!((code, why.as_str()), (400, "UNKNOWN_TASK"));
    let ops: Value = serde_json::to_value(operations().await).unwrap();
    let digitize = ops
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["digitalCardIds"] == json!([first.wallet_card_id]))
        .unwrap();
    assert_eq!(digitize["status"], "SUCCESSFUL");

    // 6. The issuer suspends the card: UPDATE_CARD SUSPEND for the active wallet card (the
    // others are still CREATED, their script first, then the update).
    set_state(&real, "card-w", "SUSPENDED").await;
    let listed = commands(&real, &first.wallet_card_id, None).await;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(
        listed[0].command_type,
        tsh::CardCommandCommandType::UpdateCard
    );
    assert_eq!(
        listed[0].operation,
        Some(tsh::CardCommandOperation::Suspend)
    );
    let second_tasks = commands(&real, &second.wallet_card_id, Some("0102")).await;
    assert_eq!(
        second_tasks
            .iter()
            .map(|c| c.command_type)
            .collect::<Vec<_>>(),
        vec![
            tsh::CardCommandCommandType::SendScript,
            tsh::CardCommandCommandType::UpdateCard
        ]
    );
    // The update before the script: refused, the script comes first.
    let (code, why) =
        refusal(update_callback(&real, &second_tasks[1].task_id.to_string(), 0).await);
    assert_eq!((code, why.as_str()), (400, "TASK_NOT_NEXT"));
    // 921 (unexpected server error): still listed.
    update_callback(&real, &listed[0].task_id.to_string(), 921)
        .await
        .unwrap();
    assert_eq!(commands(&real, &first.wallet_card_id, None).await.len(), 1);
    assert_eq!(
        status(&real, &first.wallet_card_id).await,
        tsh::WalletCardState::Active
    );
    // 0: applied.
    update_callback(&real, &listed[0].task_id.to_string(), 0)
        .await
        .unwrap();
    assert_eq!(
        status(&real, &first.wallet_card_id).await,
        tsh::WalletCardState::SuspendedIssuer
    );
    // Resumed at the issuer: a RESUME, which fails at the wallet (911): the state stays.
    set_state(&real, "card-w", "ACTIVE").await;
    let resume = commands(&real, &first.wallet_card_id, None).await;
    assert_eq!(resume[0].operation, Some(tsh::CardCommandOperation::Resume));
    update_callback(&real, &resume[0].task_id.to_string(), 911)
        .await
        .unwrap();
    assert_eq!(
        status(&real, &first.wallet_card_id).await,
        tsh::WalletCardState::SuspendedIssuer
    );
    let (code, why) = refusal(update_callback(&real, &resume[0].task_id.to_string(), 0).await);
    assert_eq!((code, why.as_str()), (400, "TASK_ALREADY_COMPLETED"));

    // 7. manageCard: PARK needs a provisioned, active card; DELETE an unfinished one.
    let manage = |id: String, op: tsh::ManageCardRequestOperation| {
        let (tsh, issuer) = (tsh_client(&real), issuer.clone());
        async move {
            tsh.manage_card()
                .body_map(|b| b.issuer_id(issuer).wallet_card_id(id).operation(op))
                .send()
                .await
        }
    };
    let (code, why) = refusal(
        manage(
            first.wallet_card_id.clone(),
            tsh::ManageCardRequestOperation::Park,
        )
        .await,
    );
    assert_eq!((code, why.as_str()), (400, "TRANSITION_NOT_ALLOWED"));
    let (code, why) = refusal(
        manage(
            first.wallet_card_id.clone(),
            tsh::ManageCardRequestOperation::Delete,
        )
        .await,
    );
    assert_eq!((code, why.as_str()), (400, "TRANSITION_NOT_ALLOWED"));
    manage(
        other.wallet_card_id.clone(),
        tsh::ManageCardRequestOperation::Delete,
    )
    .await
    .unwrap();
    assert_eq!(
        status(&real, &other.wallet_card_id).await,
        tsh::WalletCardState::Deleted
    );
    let ops: Value = serde_json::to_value(operations().await).unwrap();
    let failed = ops
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["digitalCardIds"] == json!([other.wallet_card_id]))
        .unwrap();
    assert_eq!(failed["status"], "FAILED");

    // 8. getCardAccountStatus: the liveliest wallet card's state.
    let account = ok(tsh
        .get_card_account_status()
        .body_map(|b| b.wallet_card_account_id(first.wallet_card_account_id.clone()))
        .send())
    .await;
    assert_eq!(account.state, tsh::WalletCardState::SuspendedIssuer);
    let gone = ok(tsh
        .get_card_account_status()
        .body_map(|b| b.wallet_card_account_id(other.wallet_card_account_id.clone()))
        .send())
    .await;
    assert_eq!(gone.state, tsh::WalletCardState::Deleted);

    // The issuer deletes the card: every live wallet card gets a DELETE.
    set_state(&real, "card-w", "DELETED").await;
    let delete = commands(&real, &first.wallet_card_id, None).await;
    assert_eq!(
        delete.last().unwrap().operation,
        Some(tsh::CardCommandOperation::Delete)
    );
    update_callback(&real, &delete[0].task_id.to_string(), 0)
        .await
        .unwrap();
    assert_eq!(
        status(&real, &first.wallet_card_id).await,
        tsh::WalletCardState::Deleted
    );
    // A deleted wallet card has no live task left; the card still CREATED has its script,
    // then every issuer change queued after it, in order.
    assert!(
        commands(&real, &other.wallet_card_id, Some("01"))
            .await
            .is_empty()
    );
    let queued: Vec<(
        tsh::CardCommandCommandType,
        Option<tsh::CardCommandOperation>,
    )> = commands(&real, &second.wallet_card_id, None)
        .await
        .into_iter()
        .map(|c| (c.command_type, c.operation))
        .collect();
    assert_eq!(
        queued,
        vec![
            (tsh::CardCommandCommandType::SendScript, None),
            (
                tsh::CardCommandCommandType::UpdateCard,
                Some(tsh::CardCommandOperation::Suspend)
            ),
            (
                tsh::CardCommandCommandType::UpdateCard,
                Some(tsh::CardCommandOperation::Resume)
            ),
            (
                tsh::CardCommandCommandType::UpdateCard,
                Some(tsh::CardCommandOperation::Delete)
            ),
        ]
    );

    // Refusals for unknown ids and issuers.
    let (code, why) = refusal(
        tsh.get_card_status()
            .body_map(|b| b.wallet_card_id("wc_nope".to_string()))
            .send()
            .await,
    );
    assert_eq!((code, why.as_str()), (400, "UNKNOWN_WALLET_CARD"));
    let (code, why) = refusal(
        tsh.check_card_account()
            .body_map(|b| {
                b.issuer_id("NOISSUER00".to_string())
                    .card_source(tsh::CardSource::UserInput)
                    .card_account_descriptor(opaque(data.clone()))
            })
            .send()
            .await,
    );
    assert_eq!((code, why.as_str()), (400, "UNKNOWN_ISSUER"));
}

#[tokio::test]
async fn ineligible_cards_get_a_distinct_code() {
    let real = start(&temp_dir("wallet-eligibility")).await;
    let issuer = real.credentials.issuer_id.clone();
    let check = |data: String, source: tsh::CardSource| {
        let (tsh, issuer) = (tsh_client(&real), issuer.clone());
        async move {
            tsh.check_card_account()
                .body_map(|b| {
                    b.issuer_id(issuer)
                        .card_source(source)
                        .card_account_descriptor(opaque(data))
                })
                .send()
                .await
        }
    };
    register_card(&real, "card-lost", "4012888888881881").await;
    set_state(&real, "card-lost", "LOST").await;
    register_card(&real, "card-fraud", "5555555555554444").await;
    set_state(&real, "card-fraud", "FRAUD_SUSPECT").await;
    register_card(&real, "card-susp", "4000056655665556").await;
    set_state(&real, "card-susp", "SUSPENDED").await;
    let cases = [
        (
            json!({"pan": "4012888888881881", "exp": "1230"}),
            "CARD_LOST_OR_STOLEN",
        ),
        (
            json!({"pan": "5555555555554444", "exp": "1230"}),
            "CARD_FRAUD_SUSPECT",
        ),
        (
            json!({"pan": "4000056655665556", "exp": "1230"}),
            "CARD_INVALID",
        ),
        (
            json!({"pan": "4111111111111111", "exp": "0120"}),
            "CARD_EXPIRED",
        ),
    ];
    register_card(&real, "card-ok", "4111111111111111").await;
    for (data, want) in cases {
        let (code, why) =
            refusal(check(jwe(&real, data.clone()).await, tsh::CardSource::ClientSdk).await);
        assert_eq!((code, why.as_str()), (400, want), "{data}");
    }
    // A wrong CVV, then the lock after three.
    for _ in 0..2 {
        let data = jwe(
            &real,
            json!({"pan": "4111111111111111", "exp": "1230", "cvv": "999"}),
        )
        .await;
        let (_, why) = refusal(check(data, tsh::CardSource::UserInput).await);
        assert_eq!(why, "CVV_INVALID");
    }
    let data = jwe(
        &real,
        json!({"pan": "4111111111111111", "exp": "1230", "cvv": "999"}),
    )
    .await;
    let (_, why) = refusal(check(data, tsh::CardSource::UserInput).await);
    assert_eq!(why, "CVV_ATTEMPTS_EXCEEDED");
    // A card the issuer does not hold: refused, and not registered (verifyCard would have).
    let unknown = jwe(&real, json!({"pan": "4999990000000015", "exp": "1230"})).await;
    let (_, why) = refusal(check(unknown, tsh::CardSource::UserInput).await);
    assert_eq!(why, "UNKNOWN_CARD_ACCOUNT");
    let held = ok(admin_client(&real)
        .list_cards()
        .issuer_id(issuer.as_str())
        .send())
    .await
    .cards;
    assert_eq!(held.len(), 4, "the TSH registered a card");
    // Undecryptable data, a descriptor that does not fit the source.
    let (_, why) = refusal(check("not-a-jwe".into(), tsh::CardSource::ReaderMode).await);
    assert_eq!(why, "INVALID_CARD_DATA");
    let (_, why) = refusal(check("x".into(), tsh::CardSource::OnFile).await);
    assert_eq!(why, "INVALID_DESCRIPTOR");
}

/// ON-FILE: an account the issuer holds (admin API) stands for the card; a one-time password
/// minted for the card is checked once by provisionCard.
#[tokio::test]
async fn on_file_accounts_and_one_time_passwords() {
    let real = start(&temp_dir("wallet-on-file")).await;
    let issuer = real.credentials.issuer_id.clone();
    register_card(&real, "card-f", "4111111111111111").await;
    register_card(&real, "card-g", "5555555555554444").await;
    let admin = admin_client(&real);
    let on_file = ok(admin
        .add_on_file_account()
        .issuer_id(issuer.as_str())
        .card_id("card-f")
        .send())
    .await;
    let account_id = on_file.wallet_card_account_id.to_string();
    let descriptor: tsh::CardAccountDescriptor =
        serde_json::from_value(json!({"walletCardAccountId": account_id})).unwrap();
    tsh_client(&real)
        .check_card_account()
        .body_map(|b| {
            b.issuer_id(issuer.clone())
                .card_source(tsh::CardSource::OnFile)
                .card_account_descriptor(descriptor.clone())
        })
        .send()
        .await
        .unwrap();
    let unknown: tsh::CardAccountDescriptor =
        serde_json::from_value(json!({"walletCardAccountId": "ofa_unknown"})).unwrap();
    let (code, why) = refusal(
        tsh_client(&real)
            .check_card_account()
            .body_map(|b| {
                b.issuer_id(issuer.clone())
                    .card_source(tsh::CardSource::OnFile)
                    .card_account_descriptor(unknown)
            })
            .send()
            .await,
    );
    assert_eq!((code, why.as_str()), (400, "UNKNOWN_CARD_ACCOUNT"));

    let mint = |card: &'static str| {
        let (admin, issuer) = (admin_client(&real), issuer.clone());
        async move {
            ok(admin
                .mint_otp()
                .issuer_id(issuer.as_str())
                .card_id(card)
                .body(serde_json::from_value::<admin::OtpRequest>(json!({})).unwrap())
                .send())
            .await
            .otp
            .to_string()
        }
    };
    let provision = |otp: String| {
        let (real, descriptor) = (&real, descriptor.clone());
        async move {
            provision_card(real, descriptor, "wallet-f", "1111", Some(&otp))
                .await
                .map(|a| a.into_inner().wallet_card_id.to_string())
        }
    };
    // Another card's password, an unknown one: refused.
    let (_, why) = refusal(provision(mint("card-g").await).await);
    assert_eq!(why, "OTP_INVALID");
    let (_, why) = refusal(provision("00000000".into()).await);
    assert_eq!(why, "OTP_INVALID");
    // The card's own: accepted once.
    let otp = mint("card-f").await;
    let wallet_card = provision(otp.clone()).await.unwrap();
    let (_, why) = refusal(provision(otp).await);
    assert_eq!(why, "OTP_INVALID");
    // The admin API shows the wallet card, its task and history.
    let listed = ok(admin
        .list_wallet_cards()
        .issuer_id(issuer.as_str())
        .card_id("card-f")
        .send())
    .await
    .wallet_cards;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].wallet_card_id.to_string(), wallet_card);
    assert_eq!(listed[0].state, admin::WalletCardState::Created);
    assert_eq!(listed[0].tasks.len(), 1);
    assert_eq!(listed[0].history[0].event.to_string(), "PROVISIONED");
    // Another tenant's admin cannot mint for this issuer's cards.
    crate::server::other_tenant(&real).await;
    let other = sandbox_admin_client::Client::new_with_client(
        &format!("{}/sandbox", real.base),
        client_with("x-admin-key", crate::server::OTHER_ADMIN_KEY),
    );
    let refused = other
        .mint_otp()
        .issuer_id(issuer.as_str())
        .card_id("card-f")
        .body(serde_json::from_value::<admin::OtpRequest>(json!({})).unwrap())
        .send()
        .await
        .unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(403));
}

/// The TSH API has no credential, so every record it grows is bounded: a wallet card account
/// holds at most `MAX_WALLET_CARDS_PER_ACCOUNT` wallet cards.
#[tokio::test]
async fn a_wallet_card_account_holds_a_bounded_number_of_wallet_cards() {
    let real = start(&temp_dir("wallet-limit")).await;
    register_card(&real, "card-l", "4111111111111111").await;
    let data = jwe(&real, json!({"pan": "4111111111111111", "exp": "1230"})).await;
    let provision = || provision_card(&real, opaque(data.clone()), "wallet-l", "1111", None);
    for _ in 0..d1_sandbox::domain::wallets::MAX_WALLET_CARDS_PER_ACCOUNT {
        provision().await.unwrap();
    }
    let (code, why) = refusal(provision().await);
    assert_eq!((code, why.as_str()), (400, "WALLET_LIMIT"));
}

/// Every answer about a wallet card account names its pod (`x-pod`); with `strictPods` on, a
/// request naming another pod is refused, and one naming the right pod (or none) is served.
#[tokio::test]
async fn answers_name_the_pod_and_strict_pods_hold_wallets_to_it() {
    let real = start(&temp_dir("wallet-pods")).await;
    register_card(&real, "card-p", "4111111111111111").await;
    let data = jwe(&real, json!({"pan": "4111111111111111", "exp": "1230"})).await;
    let provisioned = provision_card(&real, opaque(data), "wallet-p", "1111", None)
        .await
        .unwrap();
    let pod = provisioned.headers()["x-pod"].to_str().unwrap().to_string();
    assert!(
        d1_sandbox::domain::wallets::PODS.contains(&pod.as_str()),
        "{pod}"
    );
    let wallet_card_id = provisioned.into_inner().wallet_card_id.to_string();
    let other_pod = d1_sandbox::domain::wallets::PODS
        .iter()
        .find(|p| **p != pod)
        .unwrap()
        .to_string();
    let status = |x_pod: Option<String>| {
        let (http, base, id) = (
            real.http_client().clone(),
            real.base.clone(),
            wallet_card_id.clone(),
        );
        async move {
            let mut request = http
                .post(format!("{base}/tsh/getCardStatus"))
                .json(&json!({"walletCardId": id}));
            if let Some(p) = x_pod {
                request = request.header("x-pod", p);
            }
            let answer = request.send().await.unwrap();
            let header = answer
                .headers()
                .get("x-pod")
                .map(|v| v.to_str().unwrap().to_string());
            let code = answer.status().as_u16();
            let body: Value = answer.json().await.unwrap();
            (code, header, body)
        }
    };
    // Off (the default): any pod is served, and the answer names the account's.
    let (code, header, _) = status(Some(other_pod.clone())).await;
    assert_eq!((code, header.as_deref()), (200, Some(pod.as_str())));
    admin_client(&real)
        .put_settings()
        .body_map(|b| b.accept_unknown_cards(true).strict_pods(Some(true)))
        .send()
        .await
        .unwrap();
    let (code, header, body) = status(Some(other_pod)).await;
    assert_eq!(code, 400, "{body}");
    assert_eq!(header, None);
    assert!(
        body["responseHeader"]["statusMessage"]
            .as_str()
            .unwrap()
            .starts_with("WRONG_POD"),
        "{body}"
    );
    assert_eq!(status(Some(pod.clone())).await.0, 200);
    assert_eq!(status(None).await.0, 200);
}

/// With an issuer endpoint registered, provisioning asks it (verifyCard, the card data
/// encrypted to its key) and its answer decides; the DIGITIZE operation then reaches it as a
/// delivery. The endpoint here is d1-sandbox itself behind a proxy that can spoil its answer.
#[tokio::test]
async fn a_registered_issuer_endpoint_verifies_the_card_and_hears_of_its_digitization() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let real = start(&temp_dir("wallet-remote-issuer")).await;
    let issuer = real.credentials.issuer_id.clone();
    register_card(&real, "card-r", "4111111111111111").await;
    let (lost, calls) = (
        Arc::new(AtomicBool::new(true)),
        Arc::new(AtomicUsize::new(0)),
    );
    let (spoil_lost, seen_calls) = (lost.clone(), calls.clone());
    let proxy = crate::check::spoiled(
        &real,
        Arc::new(move |seen: &crate::check::Seen, status, answer: &Value| {
            if !seen.path.ends_with("/cards/credentials") {
                return None;
            }
            seen_calls.fetch_add(1, Ordering::SeqCst);
            spoil_lost.load(Ordering::SeqCst).then(|| {
                let mut spoiled = answer.clone();
                spoiled["verificationResults"]["card"]["lostOrStolen"] = json!(true);
                (status, spoiled)
            })
        }),
    )
    .await;
    crate::deliveries::register(&real, "issuer", &proxy).await;
    let data = jwe(&real, json!({"pan": "4111111111111111", "exp": "1230"})).await;
    let check = || {
        let (tsh, issuer, data) = (tsh_client(&real), issuer.clone(), data.clone());
        async move {
            tsh.check_card_account()
                .body_map(|b| {
                    b.issuer_id(issuer)
                        .card_source(tsh::CardSource::UserInput)
                        .card_account_descriptor(opaque(data))
                })
                .send()
                .await
        }
    };
    // The endpoint says lost: refused, though the sandbox's own registry holds it active.
    let (code, why) = refusal(check().await);
    assert_eq!((code, why.as_str()), (400, "CARD_LOST_OR_STOLEN"));
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    lost.store(false, Ordering::SeqCst);
    check().await.unwrap();
    let provisioned = provision_card(&real, opaque(data.clone()), "wallet-r", "1111", None)
        .await
        .unwrap()
        .into_inner();
    assert_eq!(calls.load(Ordering::SeqCst), 3);
    // DIGITIZE PENDING reaches the endpoint (d1-sandbox itself records it on the card).
    let wallet_card_id = provisioned.wallet_card_id.to_string();
    for _ in 0..100 {
        let operations = ok(admin_client(&real)
            .list_card_operations()
            .issuer_id(issuer.as_str())
            .card_id("card-r")
            .send())
        .await
        .operations;
        let ops = serde_json::to_value(&operations).unwrap();
        if ops
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["digitalCardIds"] == json!([wallet_card_id]) && o["status"] == "PENDING")
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the DIGITIZE operation did not reach the issuer endpoint");
}

/// The admin API's wallet assets: upload (content checked against its type), choose the T&C
/// and card art checkCardAccount names (no T&C: all zeros), and getAsset serves them; and a
/// forced state, recorded as such, that cancels the tasks it makes moot.
#[tokio::test]
async fn assets_are_uploaded_and_chosen_and_states_can_be_forced() {
    use base64::engine::general_purpose::STANDARD;
    let real = start(&temp_dir("wallet-assets")).await;
    let issuer = real.credentials.issuer_id.clone();
    let admin = admin_client(&real);
    register_card(&real, "card-a", "4111111111111111").await;
    // The defaults exist from the start.
    let listed = ok(admin.list_assets().issuer_id(issuer.as_str()).send()).await;
    assert_eq!(listed.assets.len(), 2);
    let upload = |kind: &str, media: &str, bytes: &[u8]| {
        let (admin, issuer) = (admin_client(&real), issuer.clone());
        let body = json!({"kind": kind, "contentType": media, "content": STANDARD.encode(bytes)});
        async move {
            admin
                .upload_asset()
                .issuer_id(issuer.as_str())
                .body(serde_json::from_value::<admin::AssetUpload>(body).unwrap())
                .send()
                .await
        }
    };
    // A "PNG" that is not one, and terms as an image: refused.
    let refused = upload("card-art", "image/png", b"GIF89a-not-a-png")
        .await
        .unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(400));
    let refused = upload("terms", "image/png", b"\x89PNG\r\n\x1a\nrest")
        .await
        .unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(400));
    let jpeg = upload("card-art", "image/jpeg", &[0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3])
        .await
        .unwrap()
        .into_inner();
    assert_eq!(jpeg.size, 7);
    // No T&C, the JPEG as card art.
    let chosen = admin
        .set_asset_choice()
        .issuer_id(issuer.as_str())
        .body(
            serde_json::from_value::<admin::AssetChoice>(
                json!({"cardArt": [jpeg.guid.to_string()]}),
            )
            .unwrap(),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        chosen.terms_and_conditions_id.to_string(),
        d1_sandbox::domain::wallets::NO_TERMS
    );
    // An unknown GUID cannot be chosen.
    let refused = admin
        .set_asset_choice()
        .issuer_id(issuer.as_str())
        .body(serde_json::from_value::<admin::AssetChoice>(json!({"cardArt": ["nope"]})).unwrap())
        .send()
        .await
        .unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(400));
    let data = jwe(&real, json!({"pan": "4111111111111111", "exp": "1230"})).await;
    let checked = tsh_client(&real)
        .check_card_account()
        .body_map(|b| {
            b.issuer_id(issuer.clone())
                .card_source(tsh::CardSource::UserInput)
                .card_account_descriptor(opaque(data.clone()))
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        checked.terms_and_conditions_id.to_string(),
        d1_sandbox::domain::wallets::NO_TERMS
    );
    assert_eq!(checked.card_art_manifest.len(), 1);
    let art = ok(tsh_client(&real)
        .get_asset()
        .body_map(|b| b.guid(checked.card_art_manifest[0].to_string()))
        .send())
    .await;
    assert_eq!(
        art.content_type,
        tsh::GetAssetResponseContentType::ImageJpeg
    );
    assert_eq!(
        STANDARD.decode(&art.content).unwrap(),
        vec![0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]
    );

    // Forced: a CREATED wallet card forced DELETED; its SEND_SCRIPT is cancelled.
    let provisioned = provision_card(&real, opaque(data), "wallet-a", "1111", None)
        .await
        .unwrap()
        .into_inner();
    let id = provisioned.wallet_card_id.to_string();
    let forced = admin
        .force_wallet_card_state()
        .issuer_id(issuer.as_str())
        .wallet_card_id(id.as_str())
        .body(
            serde_json::from_value::<admin::WalletCardStateChange>(json!({"state": "DELETED"}))
                .unwrap(),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(forced.state, admin::WalletCardState::Deleted);
    assert_eq!(forced.history.last().unwrap().event.to_string(), "FORCED");
    assert_eq!(forced.tasks[0].state, admin::WalletTaskState::Failed);
    assert_eq!(status(&real, &id).await, tsh::WalletCardState::Deleted);
    assert!(commands(&real, &id, Some("01")).await.is_empty());
    // An id that names nothing: 404.
    let missing = admin
        .force_wallet_card_state()
        .issuer_id(issuer.as_str())
        .wallet_card_id("wc_nothing")
        .body(
            serde_json::from_value::<admin::WalletCardStateChange>(json!({"state": "ACTIVE"}))
                .unwrap(),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));
    // Another tenant cannot force this issuer's wallet cards.
    crate::server::other_tenant(&real).await;
    let other = sandbox_admin_client::Client::new_with_client(
        &format!("{}/sandbox", real.base),
        client_with("x-admin-key", crate::server::OTHER_ADMIN_KEY),
    );
    let refused = other
        .force_wallet_card_state()
        .issuer_id(issuer.as_str())
        .wallet_card_id(id.as_str())
        .body(
            serde_json::from_value::<admin::WalletCardStateChange>(json!({"state": "ACTIVE"}))
                .unwrap(),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(403));
}
