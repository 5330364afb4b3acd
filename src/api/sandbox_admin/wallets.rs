//! Wallets: the TSH's wallet cards, assets, on-file accounts and OTPs, as the issuer
//! sees them ([`crate::domain::wallets`]).

use super::fixed;
use crate::domain::{Sandbox, Tenant};
use crate::generated::sandbox_admin::responses::{
    AddOnFileAccount, ForceWalletCardState, ListAssets, ListWalletCards, MintOtp, SetAssetChoice,
    UploadAsset,
};
use crate::generated::sandbox_admin::types::{
    AssetChoice, AssetInfo, AssetInfoContentType, AssetInfoKind, AssetUpload,
    AssetUploadContentType, AssetUploadKind, CardId, IssuerAssets, IssuerAssetsCardArtItem,
    OnFileAccount, Otp, OtpRequest, WalletCard, WalletCardChange, WalletCardChangeFrom,
    WalletCardChangeTo, WalletCardId, WalletCardState, WalletCardStateChange,
    WalletCardStateChangeState, WalletCards, WalletTask, WalletTaskCommandType,
    WalletTaskOperation, WalletTaskState,
};
use crate::runtime::Problem;
use chrono::Utc;
use poem_openapi::payload::Json;

/// A state by its document name, as any of the generated enums that list the states.
macro_rules! wallet_state {
    ($ty:ident, $state:expr) => {{
        use crate::domain::wallets::WalletCardState as S;
        match $state {
            S::Created => $ty::Created,
            S::Active => $ty::Active,
            S::SuspendedIssuer => $ty::SuspendedIssuer,
            S::SuspendedWallet => $ty::SuspendedWallet,
            S::Deleted => $ty::Deleted,
        }
    }};
}

fn asset_out(asset: &crate::domain::wallets::AssetRecord) -> AssetInfo {
    AssetInfo {
        guid: asset.guid.clone(),
        kind: if asset.kind == "terms" {
            AssetInfoKind::Terms
        } else {
            AssetInfoKind::CardArt
        },
        content_type: match asset.content_type.as_str() {
            "image/jpeg" => AssetInfoContentType::ImageJpeg,
            "application/pdf" => AssetInfoContentType::ApplicationPdf,
            "text/plain" => AssetInfoContentType::TextPlain,
            "text/html" => AssetInfoContentType::TextHtml,
            _ => AssetInfoContentType::ImagePng,
        },
        // From the padded base64 text's length, without decoding every asset of a listing.
        size: {
            let padding = asset
                .content
                .bytes()
                .rev()
                .take_while(|b| *b == b'=')
                .count();
            ((asset.content.len() / 4 * 3).saturating_sub(padding)) as i64
        },
    }
}

fn assets_out(
    choice: &crate::domain::wallets::IssuerAssets,
    all: &[crate::domain::wallets::AssetRecord],
) -> IssuerAssets {
    IssuerAssets {
        terms_and_conditions_id: choice
            .terms
            .clone()
            .unwrap_or_else(|| crate::domain::wallets::NO_TERMS.to_string()),
        card_art: choice
            .card_art
            .iter()
            .cloned()
            .map(IssuerAssetsCardArtItem)
            .collect(),
        assets: all.iter().map(asset_out).collect(),
    }
}

fn wallet_card_out(card: &crate::domain::wallets::WalletCardRecord) -> WalletCard {
    use crate::domain::wallets::WalletTaskState as T;
    WalletCard {
        wallet_card_id: card.id.clone(),
        wallet_card_account_id: card.account_id.clone(),
        wallet_account_id: card.wallet_account_id.clone(),
        state: wallet_state!(WalletCardState, card.state),
        se_id: card.se_id.clone(),
        created_at: fixed(card.created_at),
        tasks: card
            .tasks
            .iter()
            .map(|t| WalletTask {
                task_id: t.id.clone(),
                command_type: if t.command == "SEND_SCRIPT" {
                    WalletTaskCommandType::SendScript
                } else {
                    WalletTaskCommandType::UpdateCard
                },
                operation: t.operation.as_deref().map(|o| match o {
                    "SUSPEND" => WalletTaskOperation::Suspend,
                    "RESUME" => WalletTaskOperation::Resume,
                    _ => WalletTaskOperation::Delete,
                }),
                state: match t.state {
                    T::Pending => WalletTaskState::Pending,
                    T::Done => WalletTaskState::Done,
                    T::Failed => WalletTaskState::Failed,
                },
                created_at: fixed(t.created_at),
                finished_at: t.finished_at.map(fixed),
                status_code: t.status_code,
            })
            .collect(),
        history: card
            .history
            .iter()
            .map(|h| WalletCardChange {
                at: fixed(h.at),
                event: h.event.clone(),
                from: h.from.map(|f| wallet_state!(WalletCardChangeFrom, f)),
                to: wallet_state!(WalletCardChangeTo, h.to),
            })
            .collect(),
    }
}

/// `addOnFileAccount` (POST `/issuers/{issuerId}/cards/{cardId}/on-file-accounts`): hold a card on file for wallets.
pub(super) async fn add_on_file_account(
    sandbox: &Sandbox,
    tenant: Tenant,
    issuer_id: String,
    card_id: CardId,
) -> Result<AddOnFileAccount, Problem> {
    // Not the tenant's issuer (403) or card (404): the admin API's answers.
    sandbox.cards.card(&tenant, &issuer_id, &card_id)?;
    let account = sandbox
        .wallets
        .add_on_file(&sandbox.cards, &tenant, &issuer_id, &card_id, Utc::now())
        .await?;
    Ok(AddOnFileAccount::Created(Json(OnFileAccount {
        wallet_card_account_id: account.id,
        card_id: account.card_id,
        created_at: fixed(account.created_at),
    })))
}

/// `mintOtp` (POST `/issuers/{issuerId}/cards/{cardId}/otps`): mint a one-time password for provisioning the card.
pub(super) async fn mint_otp(
    sandbox: &Sandbox,
    tenant: Tenant,
    issuer_id: String,
    card_id: CardId,
    body: OtpRequest,
) -> Result<MintOtp, Problem> {
    // Not the tenant's issuer (403) or card (404): the admin API's answers.
    sandbox.cards.card(&tenant, &issuer_id, &card_id)?;
    let ttl = body
        .ttl_secs
        .unwrap_or(crate::domain::wallets::DEFAULT_OTP_TTL_SECS);
    let (otp, expires_at) = sandbox
        .wallets
        .mint_otp(
            &sandbox.cards,
            &tenant,
            &issuer_id,
            &card_id,
            ttl,
            Utc::now(),
        )
        .await?;
    Ok(MintOtp::Created(Json(Otp {
        otp,
        card_id: card_id.to_string(),
        expires_at: fixed(expires_at),
    })))
}

/// `listWalletCards` (GET `/issuers/{issuerId}/cards/{cardId}/wallet-cards`): list a card's wallet cards.
pub(super) async fn list_wallet_cards(
    sandbox: &Sandbox,
    tenant: Tenant,
    issuer_id: String,
    card_id: CardId,
) -> Result<ListWalletCards, Problem> {
    // Not the tenant's issuer (403) or card (404): the admin API's answers.
    sandbox.cards.card(&tenant, &issuer_id, &card_id)?;
    let cards =
        sandbox
            .wallets
            .wallet_cards(&sandbox.cards, &tenant, &issuer_id, Some(&card_id))?;
    Ok(ListWalletCards::Ok(Json(WalletCards {
        wallet_cards: cards.iter().map(wallet_card_out).collect(),
    })))
}

/// `forceWalletCardState` (PUT `/issuers/{issuerId}/wallet-cards/{walletCardId}/state`): force a wallet card's state.
pub(super) async fn force_wallet_card_state(
    sandbox: &Sandbox,
    tenant: Tenant,
    issuer_id: String,
    wallet_card_id: WalletCardId,
    body: WalletCardStateChange,
) -> Result<ForceWalletCardState, Problem> {
    // Not the tenant's issuer: the admin API's 403 (the wallet errors are the TSH's 400s).
    sandbox.cards.check_issuer(&tenant, &issuer_id)?;
    use crate::domain::wallets::WalletCardState as S;
    let state = match body.state {
        WalletCardStateChangeState::Created => S::Created,
        WalletCardStateChangeState::Active => S::Active,
        WalletCardStateChangeState::SuspendedIssuer => S::SuspendedIssuer,
        WalletCardStateChangeState::SuspendedWallet => S::SuspendedWallet,
        WalletCardStateChangeState::Deleted => S::Deleted,
    };
    let card = sandbox
        .wallets
        .force_state(
            &sandbox.cards,
            &tenant,
            &issuer_id,
            &wallet_card_id,
            state,
            Utc::now(),
        )
        .await
        .map_err(|e| match e {
            // A path's id that names nothing: the admin API's 404.
            crate::domain::wallets::WalletError::UnknownWalletCard(id) => Problem::with_code(
                crate::runtime::ProblemKind::NotFound,
                "UNKNOWN_WALLET_CARD",
                format!("no wallet card {id}"),
            ),
            other => other.into(),
        })?;
    Ok(ForceWalletCardState::Ok(Json(wallet_card_out(&card))))
}

/// `listAssets` (GET `/issuers/{issuerId}/assets`): list an issuer's wallet assets.
pub(super) async fn list_assets(
    sandbox: &Sandbox,
    tenant: Tenant,
    issuer_id: String,
) -> Result<ListAssets, Problem> {
    // Not the tenant's issuer: the admin API's 403 (the wallet errors are the TSH's 400s).
    sandbox.cards.check_issuer(&tenant, &issuer_id)?;
    let (choice, all) = sandbox
        .wallets
        .assets(&sandbox.cards, &tenant, &issuer_id)
        .await?;
    Ok(ListAssets::Ok(Json(assets_out(&choice, &all))))
}

/// `uploadAsset` (POST `/issuers/{issuerId}/assets`): upload a wallet asset.
pub(super) async fn upload_asset(
    sandbox: &Sandbox,
    tenant: Tenant,
    issuer_id: String,
    body: AssetUpload,
) -> Result<UploadAsset, Problem> {
    // Not the tenant's issuer: the admin API's 403 (the wallet errors are the TSH's 400s).
    sandbox.cards.check_issuer(&tenant, &issuer_id)?;
    let kind = match body.kind {
        AssetUploadKind::CardArt => "card-art",
        AssetUploadKind::Terms => "terms",
    };
    let media = match body.content_type {
        AssetUploadContentType::ImagePng => "image/png",
        AssetUploadContentType::ImageJpeg => "image/jpeg",
        AssetUploadContentType::ApplicationPdf => "application/pdf",
        AssetUploadContentType::TextPlain => "text/plain",
        AssetUploadContentType::TextHtml => "text/html",
    };
    let asset = sandbox
        .wallets
        .add_asset(
            &sandbox.cards,
            &tenant,
            &issuer_id,
            kind,
            media,
            &body.content.0,
        )
        .await?;
    Ok(UploadAsset::Created(Json(asset_out(&asset))))
}

/// `setAssetChoice` (PUT `/issuers/{issuerId}/assets/choice`): choose the T&C and card art checkCardAccount names.
pub(super) async fn set_asset_choice(
    sandbox: &Sandbox,
    tenant: Tenant,
    issuer_id: String,
    body: AssetChoice,
) -> Result<SetAssetChoice, Problem> {
    // Not the tenant's issuer: the admin API's 403 (the wallet errors are the TSH's 400s).
    sandbox.cards.check_issuer(&tenant, &issuer_id)?;
    let art: Vec<String> = body.card_art.into_iter().map(|g| g.0).collect();
    sandbox
        .wallets
        .choose_assets(
            &sandbox.cards,
            &tenant,
            &issuer_id,
            body.terms_and_conditions_id.as_deref(),
            &art,
        )
        .await?;
    let (choice, all) = sandbox
        .wallets
        .assets(&sandbox.cards, &tenant, &issuer_id)
        .await?;
    Ok(SetAssetChoice::Ok(Json(assets_out(&choice, &all))))
}
