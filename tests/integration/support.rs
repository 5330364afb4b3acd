//! Test doubles of the generated API traits, and a helper that serves them on port 0.
//!
//! The doubles accept one fixed credential, count every call that reaches them, and answer with
//! a declared status. They exist to test what the generated layer does on its own (routing,
//! extraction, validation, authentication plumbing, served documents), not business logic.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use d1_sandbox::generated::{
    card_api, merchant_gateway, sandbox_admin, token_notifications, tsh_provisioning,
    verification_notification,
};
use d1_sandbox::runtime::{Problem, ProblemKind};
use poem_openapi::auth::{ApiKey, Basic, Bearer};
use poem_openapi::payload::Json;

/// The one bearer token / API key / password the doubles accept.
pub const SECRET: &str = "double-secret";
/// The value on which a double fails with a problem its operation declares no status for.
pub const FALLBACK: &str = "fallback";
/// The card id on which the Card API double panics.
pub const PANIC: &str = "panic-please";
/// A bearer token the doubles accept as valid but not allowed (403).
pub const OTHER_TENANT: &str = "other-tenant";

/// One double implementing every API trait; `calls` counts requests that reached a trait method.
#[derive(Default)]
pub struct Double {
    /// Requests that reached an operation method (after extraction and authentication).
    pub calls: AtomicUsize,
}

impl Double {
    fn hit(&self) {
        self.calls.fetch_add(1, Ordering::SeqCst);
    }
    /// How many requests reached an operation method.
    pub fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

fn check(secret: &str) -> Result<(), Problem> {
    match secret {
        SECRET => Ok(()),
        OTHER_TENANT => Err(Problem::new(ProblemKind::Forbidden, "other tenant")),
        _ => Err(Problem::new(
            ProblemKind::Unauthorized,
            "unknown credential",
        )),
    }
}

/// What the double answers where it has nothing better: the operation's declared 500 (or its
/// 400 where it declares no 5xx), through the generated conversion.
fn internal() -> Problem {
    Problem::new(ProblemKind::Internal, "answered by the test double")
}

impl card_api::CardApi for Double {
    type Principal = ();
    async fn authenticate_bearer_auth(&self, c: Bearer) -> Result<(), Problem> {
        check(&c.token)
    }
    async fn verify_card(
        &self,
        _: (),
        _issuer_id: String,
        _x_correlation_id: Option<card_api::types::XCorrelationId>,
        body: card_api::types::VerifyCardRequest,
    ) -> Result<card_api::responses::VerifyCard, Problem> {
        self.hit();
        // A conflict, which the operation declares no 409 for: answered with its 400.
        if body.card_id.0.as_str() == FALLBACK {
            return Err(Problem::new(ProblemKind::Conflict, "taken"));
        }
        // A handwritten bug, on request: the operation must still answer its declared 500.
        assert_ne!(
            body.card_id.0.as_str(),
            PANIC,
            "the double panics on request"
        );
        // Echo the card id, so a client test sees its request arrive intact.
        Ok(card_api::responses::VerifyCard::Ok(Json(
            card_api::types::VerifyCardResponse {
                card_id: body.card_id.0.into(),
                consumer_id: None,
                account_id: None,
                verification_results: card_api::types::VerificationResults {
                    card: card_api::types::CardVerificationResult {
                        invalid: true,
                        expired: false,
                        lost_or_stolen: false,
                        fraud_suspect: false,
                    },
                    security_code: None,
                },
            },
        )))
    }
    async fn notify_card_operation(
        &self,
        _: (),
        _issuer_id: String,
        _card_id: card_api::types::CardId,
        _x_correlation_id: Option<card_api::types::XCorrelationId>,
        _body: card_api::types::CardOperationNotification,
    ) -> Result<card_api::responses::NotifyCardOperation, Problem> {
        self.hit();
        Ok(card_api::responses::NotifyCardOperation::NoContent)
    }
    async fn notify_card_operations(
        &self,
        _: (),
        _issuer_id: String,
        _x_correlation_id: Option<card_api::types::XCorrelationId>,
        _body: card_api::types::CardOperationsNotification,
    ) -> Result<card_api::responses::NotifyCardOperations, Problem> {
        self.hit();
        Ok(card_api::responses::NotifyCardOperations::NoContent)
    }
}

impl tsh_provisioning::TshProvisioningApi for Double {
    async fn check_card_account(
        &self,
        _: Option<String>,
        _: tsh_provisioning::types::CheckCardAccountRequest,
    ) -> Result<tsh_provisioning::responses::CheckCardAccount, Problem> {
        self.hit();
        Err(internal())
    }
    async fn get_asset(
        &self,
        _: Option<String>,
        body: tsh_provisioning::types::GetAssetRequest,
    ) -> Result<tsh_provisioning::responses::GetAsset, Problem> {
        self.hit();
        // A kind the operation declares no status for (404): answered with its 400.
        if body.guid.as_str() == FALLBACK {
            return Err(Problem::new(ProblemKind::NotFound, "no such asset"));
        }
        Err(internal())
    }
    async fn provision_card(
        &self,
        _: Option<String>,
        _: tsh_provisioning::types::ProvisionCardRequest,
    ) -> Result<tsh_provisioning::responses::ProvisionCard, Problem> {
        self.hit();
        Err(internal())
    }
    async fn manage_card(
        &self,
        _: Option<String>,
        _: tsh_provisioning::types::ManageCardRequest,
    ) -> Result<tsh_provisioning::responses::ManageCard, Problem> {
        self.hit();
        Err(internal())
    }
    async fn send_script_callback(
        &self,
        _: Option<String>,
        _: tsh_provisioning::types::SendScriptCallbackRequest,
    ) -> Result<tsh_provisioning::responses::SendScriptCallback, Problem> {
        self.hit();
        Err(internal())
    }
    async fn update_card_callback(
        &self,
        _: Option<String>,
        _: tsh_provisioning::types::UpdateCardCallbackRequest,
    ) -> Result<tsh_provisioning::responses::UpdateCardCallback, Problem> {
        self.hit();
        Err(internal())
    }
    async fn get_card_status(
        &self,
        _: Option<String>,
        _: tsh_provisioning::types::GetCardStatusRequest,
    ) -> Result<tsh_provisioning::responses::GetCardStatus, Problem> {
        self.hit();
        Err(internal())
    }
    async fn get_card_account_status(
        &self,
        _: Option<String>,
        _: tsh_provisioning::types::GetCardAccountStatusRequest,
    ) -> Result<tsh_provisioning::responses::GetCardAccountStatus, Problem> {
        self.hit();
        Err(internal())
    }
    async fn get_card_commands(
        &self,
        _: Option<String>,
        _: tsh_provisioning::types::GetCardCommandsRequest,
    ) -> Result<tsh_provisioning::responses::GetCardCommands, Problem> {
        self.hit();
        Err(internal())
    }
}

impl verification_notification::VerificationNotificationApi for Double {
    async fn notify_verification(
        &self,
        _: verification_notification::types::VerificationNotification,
    ) -> Result<verification_notification::responses::NotifyVerification, Problem> {
        self.hit();
        Err(internal())
    }
}

impl token_notifications::TokenNotificationsApi for Double {
    type Principal = ();
    async fn authenticate_api_key(&self, c: ApiKey) -> Result<(), Problem> {
        check(c.key.strip_prefix("APIKEY ").unwrap_or(""))
    }
    async fn notify_token_creation(
        &self,
        _: (),
        _: token_notifications::types::XCorrelationId,
        _: token_notifications::types::TokenCreationNotification,
    ) -> Result<token_notifications::responses::NotifyTokenCreation, Problem> {
        self.hit();
        Ok(token_notifications::responses::NotifyTokenCreation::NoContent)
    }
    async fn notify_token_update(
        &self,
        _: (),
        _: token_notifications::types::XCorrelationId,
        _: token_notifications::types::TokenUpdateNotification,
    ) -> Result<token_notifications::responses::NotifyTokenUpdate, Problem> {
        self.hit();
        Ok(token_notifications::responses::NotifyTokenUpdate::NoContent)
    }
}

impl merchant_gateway::MerchantGatewayApi for Double {
    type Principal = ();
    async fn authenticate_client_basic(&self, c: Basic) -> Result<(), Problem> {
        check(&c.password)
    }
    async fn authenticate_oauth2(&self, c: Bearer) -> Result<(), Problem> {
        check(&c.token)
    }
    async fn get_access_token(
        &self,
        _: (),
        body: merchant_gateway::types::TokenRequest,
    ) -> Result<merchant_gateway::responses::GetAccessToken, Problem> {
        self.hit();
        // A server failure on an operation that declares no 5xx: answered with its 400.
        if body.scope.as_deref() == Some(FALLBACK) {
            return Err(internal());
        }
        Ok(merchant_gateway::responses::GetAccessToken::Ok(Json(
            merchant_gateway::types::TokenResponse {
                access_token: SECRET.into(),
                expires_in: 900,
                token_type: "Bearer".into(),
                scope: body.scope,
                expires_at: chrono::DateTime::parse_from_rfc3339("2030-01-01T00:00:00.000Z")
                    .expect("a valid timestamp"),
            },
        )))
    }
    async fn notify_token_update(
        &self,
        _: (),
        _: merchant_gateway::types::MerchantGatewayId,
        _: merchant_gateway::types::MerchantId,
        _: merchant_gateway::types::TokenId,
        _: Option<merchant_gateway::types::XCorrelationId>,
    ) -> Result<merchant_gateway::responses::NotifyTokenUpdate, Problem> {
        self.hit();
        Ok(merchant_gateway::responses::NotifyTokenUpdate::NoContent)
    }
}

impl sandbox_admin::SandboxAdminApi for Double {
    type Principal = ();
    async fn authenticate_admin_key(&self, c: ApiKey) -> Result<(), Problem> {
        check(&c.key)
    }
    async fn list_cards(
        &self,
        _: (),
        _: String,
    ) -> Result<sandbox_admin::responses::ListCards, Problem> {
        self.hit();
        Err(internal())
    }
    async fn register_card(
        &self,
        _: (),
        _: String,
        _: sandbox_admin::types::CardRegistration,
    ) -> Result<sandbox_admin::responses::RegisterCard, Problem> {
        self.hit();
        Err(internal())
    }
    async fn get_card(
        &self,
        _: (),
        _: String,
        _: sandbox_admin::types::CardId,
    ) -> Result<sandbox_admin::responses::GetCard, Problem> {
        self.hit();
        Err(internal())
    }
    async fn set_card_state(
        &self,
        _: (),
        _: String,
        _: sandbox_admin::types::CardId,
        _: sandbox_admin::types::CardStateChange,
    ) -> Result<sandbox_admin::responses::SetCardState, Problem> {
        self.hit();
        Err(internal())
    }
    async fn force_wallet_card_state(
        &self,
        _: (),
        _: String,
        _: sandbox_admin::types::WalletCardId,
        _: sandbox_admin::types::WalletCardStateChange,
    ) -> Result<sandbox_admin::responses::ForceWalletCardState, Problem> {
        self.hit();
        Err(internal())
    }
    async fn list_assets(
        &self,
        _: (),
        _: String,
    ) -> Result<sandbox_admin::responses::ListAssets, Problem> {
        self.hit();
        Err(internal())
    }
    async fn upload_asset(
        &self,
        _: (),
        _: String,
        _: sandbox_admin::types::AssetUpload,
    ) -> Result<sandbox_admin::responses::UploadAsset, Problem> {
        self.hit();
        Err(internal())
    }
    async fn set_asset_choice(
        &self,
        _: (),
        _: String,
        _: sandbox_admin::types::AssetChoice,
    ) -> Result<sandbox_admin::responses::SetAssetChoice, Problem> {
        self.hit();
        Err(internal())
    }
    async fn add_on_file_account(
        &self,
        _: (),
        _: String,
        _: sandbox_admin::types::CardId,
    ) -> Result<sandbox_admin::responses::AddOnFileAccount, Problem> {
        self.hit();
        Err(internal())
    }
    async fn mint_otp(
        &self,
        _: (),
        _: String,
        _: sandbox_admin::types::CardId,
        _: sandbox_admin::types::OtpRequest,
    ) -> Result<sandbox_admin::responses::MintOtp, Problem> {
        self.hit();
        Err(internal())
    }
    async fn list_wallet_cards(
        &self,
        _: (),
        _: String,
        _: sandbox_admin::types::CardId,
    ) -> Result<sandbox_admin::responses::ListWalletCards, Problem> {
        self.hit();
        Err(internal())
    }
    async fn reset_cvv_attempts(
        &self,
        _: (),
        _: String,
        _: sandbox_admin::types::CardId,
    ) -> Result<sandbox_admin::responses::ResetCvvAttempts, Problem> {
        self.hit();
        Err(internal())
    }
    async fn list_card_operations(
        &self,
        _: (),
        _: String,
        _: sandbox_admin::types::CardId,
        _: Option<i64>,
        _: Option<i32>,
    ) -> Result<sandbox_admin::responses::ListCardOperations, Problem> {
        self.hit();
        Err(internal())
    }
    async fn trigger_event(
        &self,
        _: (),
        _: sandbox_admin::types::EventRequest,
    ) -> Result<sandbox_admin::responses::TriggerEvent, Problem> {
        self.hit();
        Err(internal())
    }
    async fn list_deliveries(
        &self,
        _: (),
        _: Option<sandbox_admin::types::DeliveryState>,
        _: Option<sandbox_admin::types::PartnerRoleName>,
        _: Option<i64>,
        _: Option<i32>,
    ) -> Result<sandbox_admin::responses::ListDeliveries, Problem> {
        self.hit();
        Err(internal())
    }
    async fn get_delivery(
        &self,
        _: (),
        _: i64,
    ) -> Result<sandbox_admin::responses::GetDelivery, Problem> {
        self.hit();
        Err(internal())
    }
    async fn get_delivery_stats(
        &self,
        _: (),
    ) -> Result<sandbox_admin::responses::GetDeliveryStats, Problem> {
        self.hit();
        Err(internal())
    }
    async fn replay_delivery(
        &self,
        _: (),
        _: i64,
    ) -> Result<sandbox_admin::responses::ReplayDelivery, Problem> {
        self.hit();
        Err(internal())
    }
    async fn abort_delivery(
        &self,
        _: (),
        _: i64,
    ) -> Result<sandbox_admin::responses::AbortDelivery, Problem> {
        self.hit();
        Err(internal())
    }
    async fn list_partners(
        &self,
        _: (),
    ) -> Result<sandbox_admin::responses::ListPartners, Problem> {
        self.hit();
        Err(internal())
    }
    async fn get_partner(
        &self,
        _: (),
        _: sandbox_admin::types::PartnerRoleName,
    ) -> Result<sandbox_admin::responses::GetPartner, Problem> {
        self.hit();
        Err(internal())
    }
    async fn put_partner(
        &self,
        _: (),
        _: sandbox_admin::types::PartnerRegistration,
    ) -> Result<sandbox_admin::responses::PutPartner, Problem> {
        self.hit();
        Err(internal())
    }
    async fn delete_partner(
        &self,
        _: (),
        _: sandbox_admin::types::PartnerRoleName,
    ) -> Result<sandbox_admin::responses::DeletePartner, Problem> {
        self.hit();
        Err(internal())
    }
    async fn list_tokens(
        &self,
        _: (),
        _: String,
    ) -> Result<sandbox_admin::responses::ListTokens, Problem> {
        self.hit();
        Err(internal())
    }
    async fn list_token_notifications(
        &self,
        _: (),
        _: String,
        _: String,
        _: Option<i64>,
        _: Option<i32>,
    ) -> Result<sandbox_admin::responses::ListTokenNotifications, Problem> {
        self.hit();
        Err(internal())
    }
    async fn list_failed_tokenizations(
        &self,
        _: (),
        _: String,
        _: Option<i64>,
        _: Option<i32>,
    ) -> Result<sandbox_admin::responses::ListFailedTokenizations, Problem> {
        self.hit();
        Err(internal())
    }
    async fn create_consumer_session(
        &self,
        _: (),
        _: sandbox_admin::types::ConsumerSessionRequest,
    ) -> Result<sandbox_admin::responses::CreateConsumerSession, Problem> {
        self.hit();
        Err(internal())
    }
    async fn list_card_mappings(
        &self,
        _: (),
    ) -> Result<sandbox_admin::responses::ListCardMappings, Problem> {
        self.hit();
        Err(internal())
    }
    async fn list_verifications(
        &self,
        _: (),
        _: Option<i32>,
    ) -> Result<sandbox_admin::responses::ListVerifications, Problem> {
        self.hit();
        Err(internal())
    }
    async fn get_settings(&self, _: ()) -> Result<sandbox_admin::responses::GetSettings, Problem> {
        self.hit();
        Err(internal())
    }
    async fn put_settings(
        &self,
        _: (),
        _: sandbox_admin::types::Settings,
    ) -> Result<sandbox_admin::responses::PutSettings, Problem> {
        self.hit();
        Err(internal())
    }
    async fn reset_sandbox(
        &self,
        _: (),
    ) -> Result<sandbox_admin::responses::ResetSandbox, Problem> {
        self.hit();
        Ok(sandbox_admin::responses::ResetSandbox::NoContent)
    }
}

/// The served OpenAPI document (JSON) of each API, exactly as the server serves it at
/// `/openapi/<stem>.json`, keyed by the API's short name.
pub fn served_documents() -> Vec<(&'static str, serde_json::Value)> {
    doubles(Arc::new(Double::default())).documents()
}

/// Every API implemented by one double.
pub fn doubles(
    d: Arc<Double>,
) -> d1_sandbox::http::mount::Implementations<Double, Double, Double, Double, Double, Double> {
    d1_sandbox::http::mount::Implementations {
        card_api: d.clone(),
        tsh_provisioning: d.clone(),
        verification_notification: d.clone(),
        token_notifications: d.clone(),
        merchant_gateway: d.clone(),
        sandbox_admin: d,
    }
}

/// A reqwest client sending one header on every request (credentials for a generated client).
pub fn client_with(name: &'static str, value: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(name, value.parse().expect("a valid header value"));
    reqwest::Client::builder()
        .default_headers(headers)
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .expect("a client")
}
