//! The TSH provisioning and management API: a wallet server's calls, turned into calls of the
//! TSH domain (`domain::wallets`) and its answers into the document's bodies. Every refusal is
//! the declared 400 whose `statusMessage` starts with the code.

use std::sync::Arc;

use chrono::Utc;
use poem_openapi::payload::Json;

use crate::domain::Sandbox;
use crate::domain::wallets::WalletCardState as State;
use crate::domain::wallets::machine::WalletEvent;
use crate::domain::wallets::{Descriptor, Source};
use crate::generated::tsh_provisioning::{
    TshProvisioningApi,
    responses::{
        CheckCardAccount, GetAsset, GetCardAccountStatus, GetCardCommands, GetCardStatus,
        ManageCard, ProvisionCard, SendScriptCallback, UpdateCardCallback,
    },
    types::{
        CardAccountDescriptor, CardCommand, CardCommandCommandType, CardCommandOperation,
        CardSource, CheckCardAccountRequest, CheckCardAccountResponse,
        CheckCardAccountResponseCardArtManifestItem, ErrorResponse, GetAssetRequest,
        GetAssetResponse, GetAssetResponseContentType, GetCardAccountStatusRequest,
        GetCardAccountStatusResponse, GetCardCommandsRequest, GetCardCommandsResponse,
        GetCardStatusRequest, GetCardStatusResponse, ManageCardRequest, ManageCardRequestOperation,
        ManageCardResponse, ProvisionCardRequest, ProvisionCardResponse, ResponseHeader,
        SendScriptCallbackRequest, SendScriptCallbackResponse, UpdateCardCallbackRequest,
        UpdateCardCallbackResponse, WalletCardState,
    },
};
use crate::runtime::{ErrorBody, Problem, truncate};

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

/// The header of a successful answer.
fn ok_header() -> ResponseHeader {
    ResponseHeader {
        response_id: response_id(),
        session_id: None,
        generation_date_time: Utc::now().fixed_offset(),
        status_code: 0.0,
        status_message: None,
    }
}

fn descriptor(d: CardAccountDescriptor) -> Descriptor {
    Descriptor {
        on_file_id: d.wallet_card_account_id,
        opaque: d.opaque_card_account_data,
    }
}

fn state_out(state: State) -> WalletCardState {
    match state {
        State::Created => WalletCardState::Created,
        State::Active => WalletCardState::Active,
        State::SuspendedIssuer => WalletCardState::SuspendedIssuer,
        State::SuspendedWallet => WalletCardState::SuspendedWallet,
        State::Deleted => WalletCardState::Deleted,
    }
}

fn content_type_out(media: &str) -> GetAssetResponseContentType {
    match media {
        "image/jpeg" => GetAssetResponseContentType::ImageJpeg,
        "application/pdf" => GetAssetResponseContentType::ApplicationPdf,
        "text/plain" => GetAssetResponseContentType::TextPlain,
        "text/html" => GetAssetResponseContentType::TextHtml,
        _ => GetAssetResponseContentType::ImagePng,
    }
}

impl TshProvisioningApi for TshService {
    async fn check_card_account(
        &self,
        _pod: Option<String>,
        body: CheckCardAccountRequest,
    ) -> Result<CheckCardAccount, Problem> {
        let source = match body.card_source {
            CardSource::OnFile => Source::OnFile,
            CardSource::UserInput | CardSource::ClientSdk | CardSource::ReaderMode => {
                Source::Opaque
            }
        };
        let eligible = self
            .0
            .wallets
            .check_card_account(
                &self.0.cards,
                &body.issuer_id,
                source,
                &descriptor(body.card_account_descriptor),
                Utc::now(),
            )
            .await?;
        Ok(CheckCardAccount::Ok(Json(CheckCardAccountResponse {
            response_header: ok_header(),
            terms_and_conditions_id: eligible.terms_id,
            card_art_manifest: eligible
                .card_art
                .into_iter()
                .map(CheckCardAccountResponseCardArtManifestItem)
                .collect(),
        })))
    }

    async fn get_asset(
        &self,
        _pod: Option<String>,
        body: GetAssetRequest,
    ) -> Result<GetAsset, Problem> {
        let asset = self.0.wallets.asset(&body.guid).await?;
        Ok(GetAsset::Ok(Json(GetAssetResponse {
            response_header: ok_header(),
            content_type: content_type_out(&asset.content_type),
            content: asset.content,
        })))
    }

    async fn provision_card(
        &self,
        pod: Option<String>,
        body: ProvisionCardRequest,
    ) -> Result<ProvisionCard, Problem> {
        let provisioned = self
            .0
            .wallets
            .provision(
                &self.0.cards,
                &self.0.deliveries,
                &body.issuer_id,
                &descriptor(body.card_account_descriptor),
                &body.wallet_account_id,
                &body.card_last_digits.0,
                body.otp.as_deref(),
                pod.as_deref(),
                Utc::now(),
            )
            .await?;
        let body = ProvisionCardResponse {
            response_header: ok_header(),
            wallet_card_id: provisioned.card.id,
            wallet_card_account_id: provisioned.account.id,
        };
        Ok(ProvisionCard::Ok(Json(body), Some(provisioned.account.pod)))
    }

    async fn manage_card(
        &self,
        pod: Option<String>,
        body: ManageCardRequest,
    ) -> Result<ManageCard, Problem> {
        let event = match body.operation {
            ManageCardRequestOperation::Park => WalletEvent::Park,
            ManageCardRequestOperation::Delete => WalletEvent::WalletDelete,
        };
        let (_, pod) = self
            .0
            .wallets
            .manage(
                &self.0.cards,
                &self.0.deliveries,
                &body.issuer_id,
                &body.wallet_card_id,
                event,
                pod.as_deref(),
                Utc::now(),
            )
            .await?;
        let body = ManageCardResponse {
            response_header: ok_header(),
        };
        Ok(ManageCard::Ok(Json(body), Some(pod)))
    }

    async fn send_script_callback(
        &self,
        pod: Option<String>,
        body: SendScriptCallbackRequest,
    ) -> Result<SendScriptCallback, Problem> {
        let (_, pod) = self
            .0
            .wallets
            .script_applied(
                &self.0.cards,
                &self.0.deliveries,
                &body.task_id,
                pod.as_deref(),
                Utc::now(),
            )
            .await?;
        let body = SendScriptCallbackResponse {
            response_header: ok_header(),
        };
        Ok(SendScriptCallback::Ok(Json(body), Some(pod)))
    }

    async fn update_card_callback(
        &self,
        pod: Option<String>,
        body: UpdateCardCallbackRequest,
    ) -> Result<UpdateCardCallback, Problem> {
        let (_, pod) = self
            .0
            .wallets
            .update_applied(
                &body.task_id,
                i64::from(body.status_code.0),
                pod.as_deref(),
                Utc::now(),
            )
            .await?;
        let body = UpdateCardCallbackResponse {
            response_header: ok_header(),
        };
        Ok(UpdateCardCallback::Ok(Json(body), Some(pod)))
    }

    async fn get_card_status(
        &self,
        pod: Option<String>,
        body: GetCardStatusRequest,
    ) -> Result<GetCardStatus, Problem> {
        let (card, pod) = self
            .0
            .wallets
            .card(&body.wallet_card_id, pod.as_deref())
            .await?;
        let body = GetCardStatusResponse {
            response_header: ok_header(),
            state: state_out(card.state),
        };
        Ok(GetCardStatus::Ok(Json(body), Some(pod)))
    }

    async fn get_card_account_status(
        &self,
        pod: Option<String>,
        body: GetCardAccountStatusRequest,
    ) -> Result<GetCardAccountStatus, Problem> {
        let (account, state) = self
            .0
            .wallets
            .account(&body.wallet_card_account_id, pod.as_deref())
            .await?;
        let body = GetCardAccountStatusResponse {
            response_header: ok_header(),
            state: state_out(state),
        };
        Ok(GetCardAccountStatus::Ok(Json(body), Some(account.pod)))
    }

    async fn get_card_commands(
        &self,
        pod: Option<String>,
        body: GetCardCommandsRequest,
    ) -> Result<GetCardCommands, Problem> {
        let (tasks, pod) = self
            .0
            .wallets
            .commands(
                &body.wallet_card_id,
                body.se_id.as_ref().map(|s| s.0.as_str()),
                pod.as_deref(),
            )
            .await?;
        let commands = tasks
            .into_iter()
            .map(|t| CardCommand {
                task_id: t.id,
                command_type: if t.command == "SEND_SCRIPT" {
                    CardCommandCommandType::SendScript
                } else {
                    CardCommandCommandType::UpdateCard
                },
                operation: t.operation.as_deref().map(|o| match o {
                    "SUSPEND" => CardCommandOperation::Suspend,
                    "RESUME" => CardCommandOperation::Resume,
                    _ => CardCommandOperation::Delete,
                }),
            })
            .collect();
        let body = GetCardCommandsResponse {
            response_header: ok_header(),
            commands,
        };
        Ok(GetCardCommands::Ok(Json(body), Some(pod)))
    }
}
