//! `d1-sandbox partner-file`: the partner description of a running d1-sandbox for one role, so
//! that `check` can test the sandbox against itself. It asks the server over HTTP and never
//! opens its store.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::json;

use super::common::{ToolError, admin_client, answer, credentials_file, fail};
use super::session::create_consumer_session;

/// The flags of `partner-file`.
#[derive(clap::Args)]
pub struct PartnerFileArgs {
    /// The role.
    #[arg(long)]
    role: String,
    /// The server's data directory (its credentials file is beside it).
    #[arg(long, env = "D1_DATA_DIR", default_value = "./d1-sandbox-data")]
    data_dir: PathBuf,
    /// The credentials file; by default `<data-dir>.credentials.json`.
    #[arg(long, env = "D1_CREDENTIALS_FILE")]
    credentials: Option<PathBuf>,
    /// The running server.
    #[arg(long, env = "D1_SERVER", default_value = "http://127.0.0.1:8080")]
    url: String,
}

/// Runs `partner-file` and prints the description as YAML.
pub async fn run(args: PartnerFileArgs) -> ExitCode {
    let file = credentials_file(args.credentials, &args.data_dir);
    match partner_file(&args.role, &file, &args.url).await {
        Ok(description) => {
            print!("{}", description.to_yaml());
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

/// `d1-sandbox partner-file`: the partner description of a running d1-sandbox for one role, so
/// that `check` can test the sandbox against itself. It reads the credentials file and asks
/// the server over HTTP, never opening its store: for a merchant gateway it creates a
/// token through the token notifications (so that notify-update has one to find); for a
/// connecting party it issues a consumer session (valid one day) and adds BIN `999999` to the
/// tenant's filter list, through the admin API.
pub async fn partner_file(
    role: &str,
    credentials_file: &Path,
    url: &str,
) -> Result<crate::domain::partners::PartnerDescription, ToolError> {
    use crate::domain::cards::TestCard;
    use crate::domain::cards::{EXPIRED_TEST_CARD_EXP, TEST_CARD_CVV, TEST_CARDS, TestOutcome};
    use crate::domain::partners::*;
    let path = credentials_file;
    let credentials: crate::domain::auth::Credentials = std::fs::read(path)
        .map_err(|e| e.to_string())
        .and_then(|b| serde_json::from_slice(&b).map_err(|e| e.to_string()))
        .map_err(|e| ToolError::Admin(format!("{}: {e}", path.display())))?;
    let url = url.trim_end_matches('/').to_string();
    // A valid card's expiry: December, five years on (never a date that will have passed).
    let future = crate::domain::partners::future_expiry();
    let oauth = PartnerAuth::Oauth {
        token_url: format!("{url}/oauth2/token"),
        client_id: credentials.oauth.client_id.clone(),
        client_secret: credentials.oauth.client_secret.clone(),
        scope: None,
    };
    let description = match role {
        "issuer" => {
            let test_cards = TEST_CARDS
                .iter()
                .filter_map(|(pan, outcome)| {
                    let (expect, exp, cvv) = match outcome {
                        TestOutcome::Card(TestCard::Valid) => {
                            (CardExpectation::Valid, future.as_str(), TEST_CARD_CVV)
                        }
                        TestOutcome::Card(TestCard::Expired) => (
                            CardExpectation::Expired,
                            EXPIRED_TEST_CARD_EXP,
                            TEST_CARD_CVV,
                        ),
                        TestOutcome::Card(TestCard::LostOrStolen) => (
                            CardExpectation::LostOrStolen,
                            future.as_str(),
                            TEST_CARD_CVV,
                        ),
                        TestOutcome::Card(TestCard::FraudSuspect) => (
                            CardExpectation::FraudSuspect,
                            future.as_str(),
                            TEST_CARD_CVV,
                        ),
                        TestOutcome::Card(TestCard::CvvMismatch) => {
                            (CardExpectation::WrongCvv, future.as_str(), TEST_CARD_CVV)
                        }
                        TestOutcome::UnknownRejected => return None,
                    };
                    Some(PartnerTestCard {
                        pan: pan.to_string(),
                        exp: exp.into(),
                        cvv: Some(cvv.into()),
                        card_id: None,
                        expect,
                    })
                })
                // One card per expectation: the check needs no more.
                .fold(Vec::<PartnerTestCard>::new(), |mut cards, card| {
                    if !cards.iter().any(|c| c.expect == card.expect) {
                        cards.push(card);
                    }
                    cards
                });
            PartnerDescription {
                role: PartnerRole::Issuer(IssuerPartner {
                    issuer_id: credentials.issuer_id.clone(),
                    encryption_key: KeySource {
                        jwks_url: Some(format!("{url}/.well-known/jwks.json")),
                        jwk_file: None,
                    },
                    test_cards,
                }),
                url: url.clone(),
                auth: oauth,
            }
        }
        "token-requestor" => PartnerDescription {
            role: PartnerRole::TokenRequestor(TokenRequestorPartner {
                merchant_id: credentials.merchant_id.clone(),
            }),
            url: format!("{url}/tsh-cof"),
            auth: PartnerAuth::Apikey {
                key: credentials.api_key.clone(),
            },
        },
        "merchant-gateway" => {
            let token_id = "d1check-known-token";
            create_known_token(&url, &credentials, token_id).await?;
            PartnerDescription {
                role: PartnerRole::MerchantGateway(MerchantGatewayPartner {
                    merchant_gateway_id: credentials.merchant_gateway_id.clone(),
                    merchant_id: credentials.merchant_id.clone(),
                    known_token_ids: vec![token_id.into()],
                }),
                url: url.clone(),
                auth: oauth,
            }
        }
        "connecting-party" => {
            let session = create_consumer_session(
                &url,
                &credentials.admin_key,
                "D1CHECK-DEVICE",
                Some("d1check-consumer"),
                Some(86_400),
            )
            .await?;
            let session: serde_json::Value =
                serde_json::from_str(&session).map_err(|e| ToolError::Admin(e.to_string()))?;
            filter_bin(&url, &credentials.admin_key, "999999").await?;
            PartnerDescription {
                role: PartnerRole::ConnectingParty(ConnectingPartyPartner {
                    endpoint_id: credentials.connecting_party.endpoint_id.clone(),
                    control_key: credentials.connecting_party.control_key.clone(),
                    session: Some(PartnerSession {
                        access_token: session["accessToken"].as_str().unwrap_or_default().into(),
                        device_serial_number: "D1CHECK-DEVICE".into(),
                    }),
                    filtered_bin: Some(999_999),
                }),
                url: url.clone(),
                auth: PartnerAuth::None,
            }
        }
        other => {
            return Err(ToolError::Admin(format!(
                "no role `{other}`: issuer, token-requestor, merchant-gateway, connecting-party"
            )));
        }
    };
    Ok(description)
}

/// Creates a token the merchant gateway's notify-update can find, through the sandbox's token
/// notifications (a repeat is acknowledged as a retry).
async fn create_known_token(
    url: &str,
    credentials: &crate::domain::auth::Credentials,
    token_id: &str,
) -> Result<(), ToolError> {
    use crate::generated::token_notifications_client::{Client, types};
    let body: types::TokenCreationNotification = serde_json::from_value(json!({
        "merchantId": credentials.merchant_id, "tokenId": token_id,
    }))
    .map_err(|e| ToolError::Admin(e.to_string()))?;
    let http = crate::outbound::http_client(
        std::time::Duration::from_secs(30),
        &[("authorization", &format!("APIKEY {}", credentials.api_key))],
    )
    .map_err(|e| ToolError::Admin(e.to_string()))?;
    let client = Client::new_with_client(&format!("{url}/tsh-cof"), http);
    let call = client
        .notify_token_creation()
        .x_correlation_id("d1check-partner-file")
        .body(body)
        .send();
    answer(call).await?;
    Ok(())
}

/// Adds a BIN prefix to the tenant's verification filter list, keeping its other settings.
async fn filter_bin(url: &str, admin_key: &str, bin: &str) -> Result<(), ToolError> {
    let client = admin_client(url, admin_key)?;
    let mut settings = answer(client.get_settings().send()).await?;
    if !settings.filtered_bins.iter().any(|b| b.as_str() == bin) {
        settings
            .filtered_bins
            .push(bin.parse().map_err(|e| ToolError::Admin(format!("{e}")))?);
        answer(client.put_settings().body(settings).send()).await?;
    }
    Ok(())
}
