//! The TSH provisioning and management API.
//!
//! Not implemented yet: no wallet, card account, asset or task exists in the sandbox, so every
//! operation answers what that empty state implies — the declared 400 naming what is unknown.

use std::sync::Arc;

use crate::domain::Sandbox;
use crate::generated::tsh_provisioning::{
    TshProvisioningApi,
    responses::{
        CheckCardAccount, GetAsset, GetCardAccountStatus, GetCardCommands, GetCardStatus,
        ManageCard, ProvisionCard, SendScriptCallback, UpdateCardCallback,
    },
    types::{
        CheckCardAccountRequest, ErrorResponse, GetAssetRequest, GetCardAccountStatusRequest,
        GetCardCommandsRequest, GetCardStatusRequest, ManageCardRequest, ProvisionCardRequest,
        ResponseHeader, SendScriptCallbackRequest, UpdateCardCallbackRequest,
    },
};
use crate::runtime::{ErrorBody, Problem, ProblemKind, truncate};

/// The TSH provisioning API implementation.
pub struct TshService(pub Arc<Sandbox>);

impl ErrorBody for ErrorResponse {
    fn from_problem(problem: &Problem, status: u16) -> Self {
        let code = problem.code.map(|c| format!("{c}: ")).unwrap_or_default();
        ErrorResponse {
            response_header: ResponseHeader {
                response_id: response_id(),
                session_id: None,
                generation_date_time: chrono::Utc::now().fixed_offset(),
                status_code: f64::from(status),
                status_message: Some(truncate(&format!("{code}{}", problem.message), 256)),
            },
        }
    }
}

/// A fresh answer id.
fn response_id() -> String {
    use rand::Rng;
    format!("{:032x}", rand::rng().random::<u128>())
}

/// What the empty sandbox answers: the declared 400 naming what is unknown.
fn unknown<T>(code: &'static str, what: String) -> Result<T, Problem> {
    Err(Problem::with_code(ProblemKind::InvalidRequest, code, what))
}

impl TshProvisioningApi for TshService {
    async fn check_card_account(
        &self,
        _: Option<String>,
        body: CheckCardAccountRequest,
    ) -> Result<CheckCardAccount, Problem> {
        unknown(
            "UNKNOWN_CARD_ACCOUNT",
            format!(
                "issuer {} has no card account matching the descriptor",
                body.issuer_id
            ),
        )
    }

    async fn get_asset(
        &self,
        _: Option<String>,
        body: GetAssetRequest,
    ) -> Result<GetAsset, Problem> {
        unknown("UNKNOWN_ASSET", format!("no asset {}", body.guid))
    }

    async fn provision_card(
        &self,
        _: Option<String>,
        body: ProvisionCardRequest,
    ) -> Result<ProvisionCard, Problem> {
        unknown(
            "UNKNOWN_CARD_ACCOUNT",
            format!(
                "issuer {} has no card account matching the descriptor",
                body.issuer_id
            ),
        )
    }

    async fn manage_card(
        &self,
        _: Option<String>,
        body: ManageCardRequest,
    ) -> Result<ManageCard, Problem> {
        unknown(
            "UNKNOWN_WALLET_CARD",
            format!("no wallet card {}", body.wallet_card_id),
        )
    }

    async fn send_script_callback(
        &self,
        _: Option<String>,
        body: SendScriptCallbackRequest,
    ) -> Result<SendScriptCallback, Problem> {
        unknown("UNKNOWN_TASK", format!("no task {}", body.task_id))
    }

    async fn update_card_callback(
        &self,
        _: Option<String>,
        body: UpdateCardCallbackRequest,
    ) -> Result<UpdateCardCallback, Problem> {
        unknown("UNKNOWN_TASK", format!("no task {}", body.task_id))
    }

    async fn get_card_status(
        &self,
        _: Option<String>,
        body: GetCardStatusRequest,
    ) -> Result<GetCardStatus, Problem> {
        unknown(
            "UNKNOWN_WALLET_CARD",
            format!("no wallet card {}", body.wallet_card_id),
        )
    }

    async fn get_card_account_status(
        &self,
        _: Option<String>,
        body: GetCardAccountStatusRequest,
    ) -> Result<GetCardAccountStatus, Problem> {
        unknown(
            "UNKNOWN_CARD_ACCOUNT",
            format!("no wallet card account {}", body.wallet_card_account_id),
        )
    }

    async fn get_card_commands(
        &self,
        _: Option<String>,
        body: GetCardCommandsRequest,
    ) -> Result<GetCardCommands, Problem> {
        unknown(
            "UNKNOWN_WALLET_CARD",
            format!("no wallet card {}", body.wallet_card_id),
        )
    }
}
