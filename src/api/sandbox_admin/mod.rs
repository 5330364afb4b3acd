//! The sandbox admin API (`openapi/sandbox-admin.yaml`), grouped by the document's tags: one
//! module per resource (cards, wallets, partners, deliveries, tokens, connecting party,
//! settings), and here the one implementation of the generated trait, whose methods delegate.
//!
//! Invariant: handlers are short and call domain code ([`crate::domain::Sandbox`] and its
//! services), translating generated types in and out; a handler fails with a [`Problem`], and
//! the document's error body (`Error`, the Card API's shape, via [`crate::runtime::ErrorBody`])
//! is the one path from a problem to a declared response.

mod cards;
mod connecting_party;
mod deliveries;
mod partners;
mod settings;
mod tokens;
mod wallets;

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, Utc};
use poem_openapi::auth::ApiKey;

use crate::domain::{Sandbox, Tenant};
use crate::generated::sandbox_admin::SandboxAdminApi;
use crate::generated::sandbox_admin::responses::{
    AbortDelivery, AddOnFileAccount, CreateConsumerSession, DeletePartner, ForceWalletCardState,
    GetCard, GetDelivery, GetDeliveryStats, GetPartner, GetSettings, ListAssets, ListCardMappings,
    ListCardOperations, ListCards, ListDeliveries, ListFailedTokenizations, ListPartners,
    ListTokenNotifications, ListTokens, ListVerifications, ListWalletCards, MintOtp, PutPartner,
    PutSettings, RegisterCard, ReplayDelivery, ResetCvvAttempts, ResetSandbox, SetAssetChoice,
    SetCardState, TriggerEvent, UploadAsset,
};
use crate::generated::sandbox_admin::types::{
    AssetChoice, AssetUpload, CardId, CardRegistration, CardStateChange, ConsumerSessionRequest,
    DeliveryState, Error, ErrorDetail, EventRequest, OtpRequest, PartnerRegistration,
    PartnerRoleName, Settings, WalletCardId, WalletCardStateChange,
};
use crate::runtime::Problem;

/// The sandbox admin API implementation.
pub struct SandboxAdminService(pub Arc<Sandbox>);

error_body!(nested Error, ErrorDetail, codes: &[]);

/// A UTC time as the document's `date-time` (offset +00:00).
fn fixed(t: DateTime<Utc>) -> DateTime<FixedOffset> {
    t.fixed_offset()
}

/// One page of a list. `after` and `limit` are validated by the document (`after` ≥ 0, `limit`
/// 1 to 1000, 100 when absent); `read` is given the cursor and one more than the page, to know
/// whether another follows. Gives the page cut to `limit` and the `next` cursor (the last
/// item's `sequence`) when another page follows.
fn paged<T, E>(
    after: Option<i64>,
    limit: Option<i32>,
    read: impl FnOnce(Option<u64>, usize) -> Result<Vec<T>, E>,
    sequence: impl Fn(&T) -> u64,
) -> Result<(Vec<T>, Option<i64>), E> {
    let limit = limit.and_then(|l| usize::try_from(l).ok()).unwrap_or(100);
    let mut items = read(after.and_then(|a| u64::try_from(a).ok()), limit + 1)?;
    let more = items.len() > limit;
    items.truncate(limit);
    let next = more
        .then(|| items.last())
        .flatten()
        .map(|i| i64::try_from(sequence(i)).unwrap_or(i64::MAX));
    Ok((items, next))
}

impl SandboxAdminApi for SandboxAdminService {
    type Principal = Tenant;

    async fn authenticate_admin_key(&self, credential: ApiKey) -> Result<Tenant, Problem> {
        Ok(self.0.auth.check_admin_key(&credential.key)?)
    }

    async fn register_card(
        &self,
        tenant: Tenant,
        issuer_id: String,
        body: CardRegistration,
    ) -> Result<RegisterCard, Problem> {
        cards::register_card(&self.0, tenant, issuer_id, body).await
    }

    async fn list_cards(&self, tenant: Tenant, issuer_id: String) -> Result<ListCards, Problem> {
        cards::list_cards(&self.0, tenant, issuer_id).await
    }

    async fn get_card(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
    ) -> Result<GetCard, Problem> {
        cards::get_card(&self.0, tenant, issuer_id, card_id).await
    }

    async fn set_card_state(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
        body: CardStateChange,
    ) -> Result<SetCardState, Problem> {
        cards::set_card_state(&self.0, tenant, issuer_id, card_id, body).await
    }

    async fn reset_cvv_attempts(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
    ) -> Result<ResetCvvAttempts, Problem> {
        cards::reset_cvv_attempts(&self.0, tenant, issuer_id, card_id).await
    }

    async fn add_on_file_account(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
    ) -> Result<AddOnFileAccount, Problem> {
        wallets::add_on_file_account(&self.0, tenant, issuer_id, card_id).await
    }

    async fn mint_otp(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
        body: OtpRequest,
    ) -> Result<MintOtp, Problem> {
        wallets::mint_otp(&self.0, tenant, issuer_id, card_id, body).await
    }

    async fn list_wallet_cards(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
    ) -> Result<ListWalletCards, Problem> {
        wallets::list_wallet_cards(&self.0, tenant, issuer_id, card_id).await
    }

    async fn force_wallet_card_state(
        &self,
        tenant: Tenant,
        issuer_id: String,
        wallet_card_id: WalletCardId,
        body: WalletCardStateChange,
    ) -> Result<ForceWalletCardState, Problem> {
        wallets::force_wallet_card_state(&self.0, tenant, issuer_id, wallet_card_id, body).await
    }

    async fn list_assets(&self, tenant: Tenant, issuer_id: String) -> Result<ListAssets, Problem> {
        wallets::list_assets(&self.0, tenant, issuer_id).await
    }

    async fn upload_asset(
        &self,
        tenant: Tenant,
        issuer_id: String,
        body: AssetUpload,
    ) -> Result<UploadAsset, Problem> {
        wallets::upload_asset(&self.0, tenant, issuer_id, body).await
    }

    async fn set_asset_choice(
        &self,
        tenant: Tenant,
        issuer_id: String,
        body: AssetChoice,
    ) -> Result<SetAssetChoice, Problem> {
        wallets::set_asset_choice(&self.0, tenant, issuer_id, body).await
    }

    async fn list_card_operations(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
        after: Option<i64>,
        limit: Option<i32>,
    ) -> Result<ListCardOperations, Problem> {
        cards::list_card_operations(&self.0, tenant, issuer_id, card_id, after, limit).await
    }

    async fn list_partners(&self, tenant: Tenant) -> Result<ListPartners, Problem> {
        partners::list_partners(&self.0, tenant).await
    }

    async fn put_partner(
        &self,
        tenant: Tenant,
        role: PartnerRoleName,
        body: PartnerRegistration,
    ) -> Result<PutPartner, Problem> {
        partners::put_partner(&self.0, tenant, role, body).await
    }

    async fn get_partner(
        &self,
        tenant: Tenant,
        role: PartnerRoleName,
    ) -> Result<GetPartner, Problem> {
        partners::get_partner(&self.0, tenant, role).await
    }

    async fn delete_partner(
        &self,
        tenant: Tenant,
        role: PartnerRoleName,
    ) -> Result<DeletePartner, Problem> {
        partners::delete_partner(&self.0, tenant, role).await
    }

    async fn trigger_event(
        &self,
        tenant: Tenant,
        body: EventRequest,
    ) -> Result<TriggerEvent, Problem> {
        deliveries::trigger_event(&self.0, tenant, body).await
    }

    async fn list_deliveries(
        &self,
        tenant: Tenant,
        state: Option<DeliveryState>,
        role: Option<PartnerRoleName>,
        before: Option<i64>,
        limit: Option<i32>,
    ) -> Result<ListDeliveries, Problem> {
        deliveries::list_deliveries(&self.0, tenant, state, role, before, limit).await
    }

    async fn get_delivery_stats(&self, tenant: Tenant) -> Result<GetDeliveryStats, Problem> {
        deliveries::get_delivery_stats(&self.0, tenant).await
    }

    async fn get_delivery(
        &self,
        tenant: Tenant,
        delivery_id_: i64,
    ) -> Result<GetDelivery, Problem> {
        deliveries::get_delivery(&self.0, tenant, delivery_id_).await
    }

    async fn replay_delivery(
        &self,
        tenant: Tenant,
        delivery_id_: i64,
    ) -> Result<ReplayDelivery, Problem> {
        deliveries::replay_delivery(&self.0, tenant, delivery_id_).await
    }

    async fn abort_delivery(
        &self,
        tenant: Tenant,
        delivery_id_: i64,
    ) -> Result<AbortDelivery, Problem> {
        deliveries::abort_delivery(&self.0, tenant, delivery_id_).await
    }

    async fn list_tokens(
        &self,
        tenant: Tenant,
        merchant_id: String,
    ) -> Result<ListTokens, Problem> {
        tokens::list_tokens(&self.0, tenant, merchant_id).await
    }

    async fn list_token_notifications(
        &self,
        tenant: Tenant,
        merchant_id: String,
        token_id: String,
        after: Option<i64>,
        limit: Option<i32>,
    ) -> Result<ListTokenNotifications, Problem> {
        tokens::list_token_notifications(&self.0, tenant, merchant_id, token_id, after, limit).await
    }

    async fn list_failed_tokenizations(
        &self,
        tenant: Tenant,
        merchant_id: String,
        after: Option<i64>,
        limit: Option<i32>,
    ) -> Result<ListFailedTokenizations, Problem> {
        tokens::list_failed_tokenizations(&self.0, tenant, merchant_id, after, limit).await
    }

    async fn create_consumer_session(
        &self,
        tenant: Tenant,
        body: ConsumerSessionRequest,
    ) -> Result<CreateConsumerSession, Problem> {
        connecting_party::create_consumer_session(&self.0, tenant, body).await
    }

    async fn list_card_mappings(&self, tenant: Tenant) -> Result<ListCardMappings, Problem> {
        connecting_party::list_card_mappings(&self.0, tenant).await
    }

    async fn list_verifications(
        &self,
        tenant: Tenant,
        limit: Option<i32>,
    ) -> Result<ListVerifications, Problem> {
        connecting_party::list_verifications(&self.0, tenant, limit).await
    }

    async fn get_settings(&self, tenant: Tenant) -> Result<GetSettings, Problem> {
        settings::get_settings(tenant)
    }

    async fn put_settings(&self, tenant: Tenant, body: Settings) -> Result<PutSettings, Problem> {
        settings::put_settings(&self.0, tenant, body).await
    }

    async fn reset_sandbox(&self, tenant: Tenant) -> Result<ResetSandbox, Problem> {
        settings::reset_sandbox(&self.0, tenant).await
    }
}
