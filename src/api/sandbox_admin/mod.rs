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

/// Writes the trait methods that only hand their arguments to a resource module's handler of
/// the same name (with the sandbox and the tenant first): each delegation is said once, as
/// `module::operation(arguments) -> Response;`, instead of repeating the handler's signature.
macro_rules! delegate {
    ($($module:ident::$name:ident($($arg:ident: $ty:ty),*) -> $response:ty;)*) => {
        $(
            async fn $name(&self, tenant: Tenant, $($arg: $ty),*) -> Result<$response, Problem> {
                $module::$name(&self.0, tenant, $($arg),*).await
            }
        )*
    };
}

impl SandboxAdminApi for SandboxAdminService {
    type Principal = Tenant;

    async fn authenticate_admin_key(&self, credential: ApiKey) -> Result<Tenant, Problem> {
        Ok(self.0.auth.check_admin_key(&credential.key)?)
    }

    async fn get_settings(&self, tenant: Tenant) -> Result<GetSettings, Problem> {
        settings::get_settings(tenant)
    }

    // Every other operation: the handler of the same name in its resource's module, given the
    // sandbox, the tenant and the operation's arguments in order.
    delegate! {
        cards::register_card(issuer_id: String, body: CardRegistration) -> RegisterCard;
        cards::list_cards(issuer_id: String) -> ListCards;
        cards::get_card(issuer_id: String, card_id: CardId) -> GetCard;
        cards::set_card_state(issuer_id: String, card_id: CardId, body: CardStateChange) -> SetCardState;
        cards::reset_cvv_attempts(issuer_id: String, card_id: CardId) -> ResetCvvAttempts;
        wallets::add_on_file_account(issuer_id: String, card_id: CardId) -> AddOnFileAccount;
        wallets::mint_otp(issuer_id: String, card_id: CardId, body: OtpRequest) -> MintOtp;
        wallets::list_wallet_cards(issuer_id: String, card_id: CardId) -> ListWalletCards;
        wallets::force_wallet_card_state(issuer_id: String, wallet_card_id: WalletCardId, body: WalletCardStateChange) -> ForceWalletCardState;
        wallets::list_assets(issuer_id: String) -> ListAssets;
        wallets::upload_asset(issuer_id: String, body: AssetUpload) -> UploadAsset;
        wallets::set_asset_choice(issuer_id: String, body: AssetChoice) -> SetAssetChoice;
        cards::list_card_operations(issuer_id: String, card_id: CardId, after: Option<i64>, limit: Option<i32>) -> ListCardOperations;
        partners::list_partners() -> ListPartners;
        partners::put_partner(body: PartnerRegistration) -> PutPartner;
        partners::get_partner(role: PartnerRoleName) -> GetPartner;
        partners::delete_partner(role: PartnerRoleName) -> DeletePartner;
        deliveries::trigger_event(body: EventRequest) -> TriggerEvent;
        deliveries::list_deliveries(state: Option<DeliveryState>, role: Option<PartnerRoleName>, before: Option<i64>, limit: Option<i32>) -> ListDeliveries;
        deliveries::get_delivery_stats() -> GetDeliveryStats;
        deliveries::get_delivery(delivery_id_: i64) -> GetDelivery;
        deliveries::replay_delivery(delivery_id_: i64) -> ReplayDelivery;
        deliveries::abort_delivery(delivery_id_: i64) -> AbortDelivery;
        tokens::list_tokens(merchant_id: String) -> ListTokens;
        tokens::list_token_notifications(merchant_id: String, token_id: String, after: Option<i64>, limit: Option<i32>) -> ListTokenNotifications;
        tokens::list_failed_tokenizations(merchant_id: String, after: Option<i64>, limit: Option<i32>) -> ListFailedTokenizations;
        connecting_party::create_consumer_session(body: ConsumerSessionRequest) -> CreateConsumerSession;
        connecting_party::list_card_mappings() -> ListCardMappings;
        connecting_party::list_verifications(limit: Option<i32>) -> ListVerifications;
        settings::put_settings(body: Settings) -> PutSettings;
        settings::reset_sandbox() -> ResetSandbox;
    }
}
