//! The sandbox admin API (`openapi/sandbox-admin.yaml`): registering cards, changing their
//! state, reading them back, settings and reset. Handlers translate to
//! [`crate::domain::cards`] and [`crate::domain::Sandbox`]; the error body has the Card API's
//! shape.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, Utc};
use poem_openapi::auth::ApiKey;
use poem_openapi::payload::Json;

use super::enum_name;
use crate::domain::cards::{self, CardData, CardRecord, Registration};
use crate::domain::delivery::{self, Event};
use crate::domain::partners::{
    ConnectingPartyPartner, IssuerPartner, KeySource, MerchantGatewayPartner, PartnerAuth,
    PartnerDescription, PartnerRole, Registered, TokenRequestorPartner,
};
use crate::domain::tokens::{TokenEvent, TokenEventKind, TokenEventOutcome, TokenRecord};
use crate::domain::{Sandbox, Tenant, TenantSettings};
use crate::generated::sandbox_admin::{
    SandboxAdminApi,
    responses::{
        AbortDelivery, AddOnFileAccount, CreateConsumerSession, DeletePartner,
        ForceWalletCardState, GetCard, GetDelivery, GetDeliveryStats, GetPartner, GetSettings,
        ListAssets, ListCardMappings, ListCardOperations, ListCards, ListDeliveries,
        ListFailedTokenizations, ListPartners, ListTokenNotifications, ListTokens,
        ListVerifications, ListWalletCards, MintOtp, PutPartner, PutSettings, RegisterCard,
        ReplayDelivery, ResetCvvAttempts, ResetSandbox, SetAssetChoice, SetCardState, TriggerEvent,
        UploadAsset,
    },
    types::{
        AssetChoice, AssetInfo, AssetInfoContentType, AssetInfoKind, AssetUpload,
        AssetUploadContentType, AssetUploadKind, Card, CardDigitalCardIdsItem, CardId, CardList,
        CardMapping, CardMappingList, CardOperationList, CardRegistration, CardState,
        CardStateChange, CardTestCard, ConsumerSession, ConsumerSessionRequest, Delivery,
        DeliveryAttempt, DeliveryAttemptVerdict, DeliveryDetail, DeliveryList, DeliveryState,
        DeliveryStats, Error, ErrorDetail, EventRequest, EventRequestType, IssuerAssets,
        IssuerAssetsCardArtItem, OnFileAccount, Otp, OtpRequest, Partner, PartnerAuthRegistration,
        PartnerAuthRegistrationType, PartnerAuthView, PartnerAuthViewType, PartnerList,
        PartnerRegistration, PartnerRoleName, Settings, SettingsFilteredBinsItem, StoredOperation,
        StoredOperationDigitalCardIdsItem, StoredOperationStatus, Token, TokenList,
        TokenNotification, TokenNotificationKind, TokenNotificationList, TokenNotificationOutcome,
        VerificationList, VerificationTransaction, WalletCard, WalletCardChange,
        WalletCardChangeFrom, WalletCardChangeTo, WalletCardId, WalletCardState,
        WalletCardStateChange, WalletCardStateChangeState, WalletCards, WalletTask,
        WalletTaskCommandType, WalletTaskOperation, WalletTaskState,
    },
};
use crate::runtime::Problem;

/// The sandbox admin API implementation.
pub struct SandboxAdminService(pub Arc<Sandbox>);

error_body!(nested Error, ErrorDetail, codes: &[]);

fn fixed(t: DateTime<Utc>) -> DateTime<FixedOffset> {
    t.fixed_offset()
}

fn state_out(s: cards::CardState) -> CardState {
    match s {
        cards::CardState::Active => CardState::Active,
        cards::CardState::Suspended => CardState::Suspended,
        cards::CardState::Lost => CardState::Lost,
        cards::CardState::Stolen => CardState::Stolen,
        cards::CardState::FraudSuspect => CardState::FraudSuspect,
        cards::CardState::Deleted => CardState::Deleted,
    }
}

fn state_in(s: &CardState) -> cards::CardState {
    match s {
        CardState::Active => cards::CardState::Active,
        CardState::Suspended => cards::CardState::Suspended,
        CardState::Lost => cards::CardState::Lost,
        CardState::Stolen => cards::CardState::Stolen,
        CardState::FraudSuspect => cards::CardState::FraudSuspect,
        CardState::Deleted => cards::CardState::Deleted,
    }
}

fn operation_out(op: &cards::OperationRecord) -> StoredOperation {
    StoredOperation {
        sequence: i64::try_from(op.sequence).unwrap_or(i64::MAX),
        operation_id: op.operation_id.clone().into(),
        operation: op.operation.clone(),
        status: match op.status {
            cards::OperationStatus::Pending => StoredOperationStatus::Pending,
            cards::OperationStatus::Successful => StoredOperationStatus::Successful,
            cards::OperationStatus::Failed => StoredOperationStatus::Failed,
        },
        digital_card_ids: (!op.digital_card_ids.is_empty()).then(|| {
            op.digital_card_ids
                .iter()
                .cloned()
                .map(StoredOperationDigitalCardIdsItem)
                .collect()
        }),
        start_time: op.start_time.map(fixed),
        end_time: op.end_time.map(fixed),
        message: op.message.clone(),
        first_received_at: fixed(op.first_received_at),
        last_received_at: fixed(op.last_received_at),
    }
}

/// A stored card as the admin API shows it (its operations are listed a page at a time).
fn card_out(c: &CardRecord) -> Card {
    let masked_middle = "*".repeat(usize::from(c.pan_length).saturating_sub(10));
    Card {
        card_id: c.card_id.clone().into(),
        issuer_id: c.issuer_id.clone(),
        masked_pan: format!("{}{masked_middle}{}", c.bin, c.last_four).into(),
        bin: c.bin.clone().into(),
        last_four_digits: c.last_four.clone().into(),
        exp: c.exp.clone().into(),
        state: state_out(c.state),
        consumer_id: c.consumer_id.clone().into(),
        test_card: c.test_card.map(|t| match t {
            cards::TestCard::Valid => CardTestCard::Valid,
            cards::TestCard::Expired => CardTestCard::Expired,
            cards::TestCard::LostOrStolen => CardTestCard::LostOrStolen,
            cards::TestCard::FraudSuspect => CardTestCard::FraudSuspect,
            cards::TestCard::CvvMismatch => CardTestCard::CvvMismatch,
        }),
        failed_cvv_attempts: i32::try_from(c.failed_cvv_attempts).unwrap_or(i32::MAX),
        digital_card_ids: c
            .digital_card_ids
            .iter()
            .cloned()
            .map(CardDigitalCardIdsItem)
            .collect(),
        created_at: fixed(c.created_at),
        operation_count: i32::try_from(c.operation_count).unwrap_or(i32::MAX),
    }
}

/// A page's size from the document-validated `limit` (100 when absent) and `after`.
fn paging(after: Option<i64>, limit: Option<i32>) -> (Option<u64>, usize) {
    let limit = limit.and_then(|l| usize::try_from(l).ok()).unwrap_or(100);
    (after.and_then(|a| u64::try_from(a).ok()), limit)
}

/// Cuts a page fetched one item long (`limit + 1`) to `limit`, and gives the `next` cursor
/// when another page follows.
fn page<T>(mut items: Vec<T>, limit: usize, sequence: impl Fn(&T) -> u64) -> (Vec<T>, Option<i64>) {
    let more = items.len() > limit;
    items.truncate(limit);
    let next = more
        .then(|| items.last())
        .flatten()
        .map(|i| i64::try_from(sequence(i)).unwrap_or(i64::MAX));
    (items, next)
}

fn token_out(t: TokenRecord) -> Token {
    let field = |name: &str| {
        t.details
            .get(name)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    Token {
        card_bin: field("cardBin"),
        card_last_digits: field("cardLastDigits"),
        card_expiry_date: field("cardExpiryDate"),
        token_last_digits: field("tokenLastDigits"),
        token_expiry_date: field("tokenExpiryDate"),
        par: field("par"),
        notification_count: i64::try_from(t.last_sequence).unwrap_or(i64::MAX),
        token_id: t.token_id,
        merchant_id: t.merchant_id,
        state: t.state,
        last_update_timestamp: t.last_update,
        correlation_id: t.correlation_id,
        created_at: t.created_at.map(fixed),
        cryptograms_discarded_at: t.cryptograms_discarded_at.map(fixed),
    }
}

fn notification_out(e: TokenEvent) -> TokenNotification {
    TokenNotification {
        sequence: i64::try_from(e.sequence).unwrap_or(i64::MAX),
        kind: match e.kind {
            TokenEventKind::Creation => TokenNotificationKind::Creation,
            TokenEventKind::FailedCreation => TokenNotificationKind::FailedCreation,
            TokenEventKind::Update => TokenNotificationKind::Update,
            TokenEventKind::GatewayNotify => TokenNotificationKind::GatewayNotify,
        },
        outcome: match e.outcome {
            TokenEventOutcome::Applied => TokenNotificationOutcome::Applied,
            TokenEventOutcome::Discarded => TokenNotificationOutcome::Discarded,
        },
        correlation_id: e.correlation_id,
        received_at: fixed(e.received_at),
        body: (!e.body.is_null()).then(|| e.body.to_string()),
    }
}

/// A field the role (or the auth type) needs; its absence is the admin API's 400.
fn required<T>(value: Option<T>, field: &str, what: &str) -> Result<T, Problem> {
    value.ok_or_else(|| {
        Problem::with_code(
            crate::runtime::ProblemKind::InvalidRequest,
            "INVALID_PARTNER",
            format!("{field} is required for {what}"),
        )
    })
}

fn auth_in(auth: PartnerAuthRegistration) -> Result<PartnerAuth, Problem> {
    Ok(match auth.type_ {
        PartnerAuthRegistrationType::None => PartnerAuth::None,
        PartnerAuthRegistrationType::Oauth => PartnerAuth::Oauth {
            token_url: required(auth.token_url, "auth.tokenUrl", "oauth")?.0,
            client_id: required(auth.client_id, "auth.clientId", "oauth")?,
            client_secret: required(auth.client_secret, "auth.clientSecret", "oauth")?,
            scope: auth.scope,
        },
        PartnerAuthRegistrationType::Apikey => PartnerAuth::Apikey {
            key: required(auth.key, "auth.key", "apikey")?,
        },
        PartnerAuthRegistrationType::Basic => PartnerAuth::Basic {
            username: required(auth.username, "auth.username", "basic")?,
            password: required(auth.password, "auth.password", "basic")?,
        },
    })
}

/// A registration, as the domain's partner description.
fn description_in(
    role: &PartnerRoleName,
    body: PartnerRegistration,
) -> Result<PartnerDescription, Problem> {
    let name = enum_name(role);
    let role = match role {
        PartnerRoleName::Issuer => PartnerRole::Issuer(IssuerPartner {
            issuer_id: required(body.issuer_id, "issuerId", &name)?,
            encryption_key: KeySource {
                jwks_url: Some(required(body.jwks_url, "jwksUrl", &name)?.0),
                jwk_file: None,
            },
            test_cards: Vec::new(),
        }),
        PartnerRoleName::TokenRequestor => PartnerRole::TokenRequestor(TokenRequestorPartner {
            merchant_id: required(body.merchant_id, "merchantId", &name)?,
        }),
        PartnerRoleName::MerchantGateway => PartnerRole::MerchantGateway(MerchantGatewayPartner {
            merchant_gateway_id: required(body.merchant_gateway_id, "merchantGatewayId", &name)?,
            merchant_id: required(body.merchant_id, "merchantId", &name)?,
            known_token_ids: Vec::new(),
        }),
        PartnerRoleName::ConnectingParty => PartnerRole::ConnectingParty(ConnectingPartyPartner {
            endpoint_id: required(body.endpoint_id, "endpointId", &name)?,
            control_key: required(body.control_key, "controlKey", &name)?.0,
            session: None,
            filtered_bin: None,
        }),
    };
    Ok(PartnerDescription {
        role,
        url: body.url.0,
        auth: auth_in(body.auth)?,
    })
}

/// A registered partner as the admin API shows it: every secret left out.
fn partner_out(registered: Registered) -> Partner {
    let d = registered.description;
    let (type_, token_url, client_id, scope, username, secret_set) = match d.auth {
        PartnerAuth::None => (PartnerAuthViewType::None, None, None, None, None, false),
        PartnerAuth::Oauth {
            token_url,
            client_id,
            scope,
            ..
        } => (
            PartnerAuthViewType::Oauth,
            Some(token_url),
            Some(client_id),
            scope,
            None,
            true,
        ),
        PartnerAuth::Apikey { .. } => (PartnerAuthViewType::Apikey, None, None, None, None, true),
        PartnerAuth::Basic { username, .. } => (
            PartnerAuthViewType::Basic,
            None,
            None,
            None,
            Some(username),
            true,
        ),
    };
    let mut out = Partner {
        role: PartnerRoleName::Issuer,
        url: d.url,
        auth: PartnerAuthView {
            type_,
            token_url,
            client_id,
            scope,
            username,
            secret_set,
        },
        issuer_id: None,
        jwks_url: None,
        merchant_gateway_id: None,
        merchant_id: None,
        endpoint_id: None,
        control_key_set: None,
        updated_at: fixed(registered.updated_at),
    };
    match d.role {
        PartnerRole::Issuer(p) => {
            out.issuer_id = Some(p.issuer_id);
            out.jwks_url = p.encryption_key.jwks_url;
        }
        PartnerRole::TokenRequestor(p) => {
            out.role = PartnerRoleName::TokenRequestor;
            out.merchant_id = Some(p.merchant_id);
        }
        PartnerRole::MerchantGateway(p) => {
            out.role = PartnerRoleName::MerchantGateway;
            out.merchant_gateway_id = Some(p.merchant_gateway_id);
            out.merchant_id = Some(p.merchant_id);
        }
        PartnerRole::ConnectingParty(p) => {
            out.role = PartnerRoleName::ConnectingParty;
            out.endpoint_id = Some(p.endpoint_id);
            out.control_key_set = Some(!p.control_key.is_empty());
        }
    }
    out
}

fn state_of(state: delivery::MessageState) -> DeliveryState {
    match state {
        delivery::MessageState::Pending => DeliveryState::Pending,
        delivery::MessageState::Delivered => DeliveryState::Delivered,
        delivery::MessageState::Failed => DeliveryState::Failed,
        delivery::MessageState::Aborted => DeliveryState::Aborted,
    }
}

fn role_of(role: &str) -> PartnerRoleName {
    match role {
        "issuer" => PartnerRoleName::Issuer,
        "token-requestor" => PartnerRoleName::TokenRequestor,
        "merchant-gateway" => PartnerRoleName::MerchantGateway,
        _ => PartnerRoleName::ConnectingParty,
    }
}

/// A message as the admin API shows it: its request left out (it may carry a credential).
fn delivery_out(m: delivery::MessageRecord) -> Delivery {
    Delivery {
        id: i64::try_from(m.id).unwrap_or(i64::MAX),
        role: role_of(m.role()),
        operation: m.operation().into(),
        event: m.event,
        subject: m.subject,
        state: state_of(m.state),
        attempts: i32::try_from(m.attempts).unwrap_or(i32::MAX),
        created_at: fixed(m.created_at),
        next_attempt_at: m.next_attempt_at.map(fixed),
        last_outcome: m.last_outcome,
    }
}

/// An event request as the domain's event; a field its type needs is the admin API's 400.
fn event_in(body: EventRequest) -> Result<Event, Problem> {
    let what = enum_name(&body.type_);
    Ok(match body.type_ {
        EventRequestType::CardOperation => Event::CardOperation {
            card_id: required(body.card_id, "cardId", &what)?.0,
            operation_id: body.operation_id.map(|o| o.0),
            operation: body
                .operation
                .map_or_else(|| "DIGITIZE".to_string(), |o| o.0),
            status: enum_name(&required(body.status, "status", &what)?),
            digital_card_ids: body
                .digital_card_ids
                .unwrap_or_default()
                .into_iter()
                .map(|d| d.0)
                .collect(),
        },
        EventRequestType::TokenCreated => Event::TokenCreated {
            token_id: required(body.token_id, "tokenId", &what)?,
            correlation_id: body.correlation_id.map(|c| c.0),
        },
        EventRequestType::TokenUpdated => Event::TokenUpdated {
            token_id: required(body.token_id, "tokenId", &what)?,
            token_state: enum_name(&required(body.token_state, "tokenState", &what)?),
            last_update: body.last_update_timestamp,
            correlation_id: body.correlation_id.map(|c| c.0),
        },
        EventRequestType::Verification => Event::Verification {
            access_token: required(body.access_token, "accessToken", &what)?,
            device_serial: required(body.device_serial_number, "deviceSerialNumber", &what)?,
            session_token: required(body.session_token, "sessionToken", &what)?,
            server_card_id: required(body.server_card_id, "serverCardId", &what)?,
            unique_reference_card_id: required(
                body.unique_reference_card_id,
                "uniqueReferenceCardId",
                &what,
            )?,
            bin: required(body.bin, "bin", &what)?,
        },
    })
}

fn delivery_id(id: i64) -> u64 {
    // The document says ≥ 1.
    u64::try_from(id).unwrap_or_default()
}

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

/// The settings as the admin API shows them: every field, the filter list even when empty.
fn settings_out(settings: &TenantSettings) -> Settings {
    Settings {
        accept_unknown_cards: settings.accept_unknown_cards,
        filtered_bins: Some(
            settings
                .filtered_bins
                .iter()
                .cloned()
                .map(SettingsFilteredBinsItem)
                .collect(),
        ),
        strict_pods: Some(settings.strict_pods),
    }
}

impl SandboxAdminApi for SandboxAdminService {
    type Principal = Tenant;

    async fn authenticate_admin_key(&self, credential: ApiKey) -> Result<Tenant, Problem> {
        Ok(self.0.auth.check_admin_key(&credential.key)?)
    }

    async fn list_cards(&self, tenant: Tenant, issuer_id: String) -> Result<ListCards, Problem> {
        let cards = self.0.cards.cards(&tenant, &issuer_id)?;
        Ok(ListCards::Ok(Json(CardList {
            cards: cards.iter().map(card_out).collect(),
        })))
    }

    async fn register_card(
        &self,
        tenant: Tenant,
        issuer_id: String,
        body: CardRegistration,
    ) -> Result<RegisterCard, Problem> {
        // An unknown or foreign issuer is answered before the card data is looked at.
        self.0.cards.check_issuer(&tenant, &issuer_id)?;
        let registration = Registration {
            data: CardData::new(body.pan.into(), body.exp.into(), Some(body.cvv.into()))?,
            state: body
                .state
                .as_ref()
                .map_or(cards::CardState::Active, state_in),
            card_id: body.card_id.map(Into::into),
            consumer_id: body.consumer_id.map(Into::into),
        };
        let card = self
            .0
            .cards
            .register(&tenant, &issuer_id, registration, Utc::now())
            .await?;
        Ok(RegisterCard::Created(Json(card_out(&card))))
    }

    async fn get_card(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
    ) -> Result<GetCard, Problem> {
        let card = self.0.cards.card(&tenant, &issuer_id, &card_id)?;
        Ok(GetCard::Ok(Json(card_out(&card))))
    }

    async fn set_card_state(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
        body: CardStateChange,
    ) -> Result<SetCardState, Problem> {
        let card = self
            .0
            .set_card_state(
                &tenant,
                &issuer_id,
                &card_id,
                state_in(&body.state),
                Utc::now(),
            )
            .await?;
        Ok(SetCardState::Ok(Json(card_out(&card))))
    }

    async fn force_wallet_card_state(
        &self,
        tenant: Tenant,
        issuer_id: String,
        wallet_card_id: WalletCardId,
        body: WalletCardStateChange,
    ) -> Result<ForceWalletCardState, Problem> {
        // Not the tenant's issuer: the admin API's 403 (the wallet errors are the TSH's 400s).
        self.0.cards.check_issuer(&tenant, &issuer_id)?;
        use crate::domain::wallets::WalletCardState as S;
        let state = match body.state {
            WalletCardStateChangeState::Created => S::Created,
            WalletCardStateChangeState::Active => S::Active,
            WalletCardStateChangeState::SuspendedIssuer => S::SuspendedIssuer,
            WalletCardStateChangeState::SuspendedWallet => S::SuspendedWallet,
            WalletCardStateChangeState::Deleted => S::Deleted,
        };
        let card = self
            .0
            .wallets
            .force_state(
                &self.0.cards,
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

    async fn list_assets(&self, tenant: Tenant, issuer_id: String) -> Result<ListAssets, Problem> {
        // Not the tenant's issuer: the admin API's 403 (the wallet errors are the TSH's 400s).
        self.0.cards.check_issuer(&tenant, &issuer_id)?;
        let (choice, all) = self
            .0
            .wallets
            .assets(&self.0.cards, &tenant, &issuer_id)
            .await?;
        Ok(ListAssets::Ok(Json(assets_out(&choice, &all))))
    }

    async fn upload_asset(
        &self,
        tenant: Tenant,
        issuer_id: String,
        body: AssetUpload,
    ) -> Result<UploadAsset, Problem> {
        // Not the tenant's issuer: the admin API's 403 (the wallet errors are the TSH's 400s).
        self.0.cards.check_issuer(&tenant, &issuer_id)?;
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
        let asset = self
            .0
            .wallets
            .add_asset(
                &self.0.cards,
                &tenant,
                &issuer_id,
                kind,
                media,
                &body.content.0,
            )
            .await?;
        Ok(UploadAsset::Created(Json(asset_out(&asset))))
    }

    async fn set_asset_choice(
        &self,
        tenant: Tenant,
        issuer_id: String,
        body: AssetChoice,
    ) -> Result<SetAssetChoice, Problem> {
        // Not the tenant's issuer: the admin API's 403 (the wallet errors are the TSH's 400s).
        self.0.cards.check_issuer(&tenant, &issuer_id)?;
        let art: Vec<String> = body.card_art.into_iter().map(|g| g.0).collect();
        self.0
            .wallets
            .choose_assets(
                &self.0.cards,
                &tenant,
                &issuer_id,
                body.terms_and_conditions_id.as_deref(),
                &art,
            )
            .await?;
        let (choice, all) = self
            .0
            .wallets
            .assets(&self.0.cards, &tenant, &issuer_id)
            .await?;
        Ok(SetAssetChoice::Ok(Json(assets_out(&choice, &all))))
    }

    async fn add_on_file_account(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
    ) -> Result<AddOnFileAccount, Problem> {
        // Not the tenant's issuer (403) or card (404): the admin API's answers.
        self.0.cards.card(&tenant, &issuer_id, &card_id)?;
        let account = self
            .0
            .wallets
            .add_on_file(&self.0.cards, &tenant, &issuer_id, &card_id, Utc::now())
            .await?;
        Ok(AddOnFileAccount::Created(Json(OnFileAccount {
            wallet_card_account_id: account.id,
            card_id: account.card_id,
            created_at: fixed(account.created_at),
        })))
    }

    async fn mint_otp(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
        body: OtpRequest,
    ) -> Result<MintOtp, Problem> {
        // Not the tenant's issuer (403) or card (404): the admin API's answers.
        self.0.cards.card(&tenant, &issuer_id, &card_id)?;
        let ttl = body
            .ttl_secs
            .unwrap_or(crate::domain::wallets::DEFAULT_OTP_TTL_SECS);
        let (otp, expires_at) = self
            .0
            .wallets
            .mint_otp(
                &self.0.cards,
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

    async fn list_wallet_cards(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
    ) -> Result<ListWalletCards, Problem> {
        // Not the tenant's issuer (403) or card (404): the admin API's answers.
        self.0.cards.card(&tenant, &issuer_id, &card_id)?;
        let cards =
            self.0
                .wallets
                .wallet_cards(&self.0.cards, &tenant, &issuer_id, Some(&card_id))?;
        Ok(ListWalletCards::Ok(Json(WalletCards {
            wallet_cards: cards.iter().map(wallet_card_out).collect(),
        })))
    }

    async fn reset_cvv_attempts(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
    ) -> Result<ResetCvvAttempts, Problem> {
        let card = self
            .0
            .cards
            .reset_cvv_attempts(&tenant, &issuer_id, &card_id)
            .await?;
        Ok(ResetCvvAttempts::Ok(Json(card_out(&card))))
    }

    async fn list_card_operations(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
        after: Option<i64>,
        limit: Option<i32>,
    ) -> Result<ListCardOperations, Problem> {
        // Both are validated by the document: `after` ≥ 0, `limit` 1 to 1000. One more than
        // the page is read, to know whether another follows.
        let (after, limit) = paging(after, limit);
        let operations =
            self.0
                .cards
                .operations(&tenant, &issuer_id, &card_id, after, limit + 1)?;
        let (operations, next) = page(operations, limit, |o| o.sequence);
        Ok(ListCardOperations::Ok(Json(CardOperationList {
            operations: operations.iter().map(operation_out).collect(),
            next,
        })))
    }

    async fn trigger_event(
        &self,
        tenant: Tenant,
        body: EventRequest,
    ) -> Result<TriggerEvent, Problem> {
        let event = event_in(body)?;
        let messages = self
            .0
            .deliveries
            .trigger(&tenant, event, Utc::now())
            .await?;
        Ok(TriggerEvent::Accepted(Json(DeliveryList {
            deliveries: messages.into_iter().map(delivery_out).collect(),
            next: None,
        })))
    }

    async fn list_deliveries(
        &self,
        tenant: Tenant,
        state: Option<DeliveryState>,
        role: Option<PartnerRoleName>,
        before: Option<i64>,
        limit: Option<i32>,
    ) -> Result<ListDeliveries, Problem> {
        let (before, limit) = paging(before, limit);
        let state = state.map(|s| match s {
            DeliveryState::Pending => delivery::MessageState::Pending,
            DeliveryState::Delivered => delivery::MessageState::Delivered,
            DeliveryState::Failed => delivery::MessageState::Failed,
            DeliveryState::Aborted => delivery::MessageState::Aborted,
        });
        let role = role.map(|r| enum_name(&r));
        let messages =
            self.0
                .deliveries
                .list(&tenant, state, role.as_deref(), before, limit + 1)?;
        let (messages, next) = page(messages, limit, |m| m.id);
        Ok(ListDeliveries::Ok(Json(DeliveryList {
            deliveries: messages.into_iter().map(delivery_out).collect(),
            next,
        })))
    }

    async fn get_delivery(
        &self,
        tenant: Tenant,
        delivery_id_: i64,
    ) -> Result<GetDelivery, Problem> {
        let found = self.0.deliveries.get(&tenant, delivery_id(delivery_id_))?;
        Ok(GetDelivery::Ok(Json(DeliveryDetail {
            delivery: delivery_out(found.message),
            attempts: found
                .attempts
                .into_iter()
                .map(|a| DeliveryAttempt {
                    number: i32::try_from(a.number).unwrap_or(i32::MAX),
                    at: fixed(a.at),
                    status: a.status.map(i32::from),
                    latency_ms: i64::try_from(a.latency_ms).unwrap_or(i64::MAX),
                    verdict: match a.verdict.as_str() {
                        "delivered" => DeliveryAttemptVerdict::Delivered,
                        "retry" => DeliveryAttemptVerdict::Retry,
                        _ => DeliveryAttemptVerdict::Failed,
                    },
                    detail: a.detail,
                })
                .collect(),
        })))
    }

    async fn get_delivery_stats(&self, tenant: Tenant) -> Result<GetDeliveryStats, Problem> {
        let [pending, delivered, failed, aborted, attempts, retries] =
            self.0.deliveries.stats(&tenant)?;
        let n = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
        Ok(GetDeliveryStats::Ok(Json(DeliveryStats {
            pending: n(pending),
            delivered: n(delivered),
            failed: n(failed),
            aborted: n(aborted),
            attempts: n(attempts),
            retries: n(retries),
        })))
    }

    async fn replay_delivery(
        &self,
        tenant: Tenant,
        delivery_id_: i64,
    ) -> Result<ReplayDelivery, Problem> {
        let message = self
            .0
            .deliveries
            .replay(&tenant, delivery_id(delivery_id_), Utc::now())
            .await?;
        Ok(ReplayDelivery::Ok(Json(delivery_out(message))))
    }

    async fn abort_delivery(
        &self,
        tenant: Tenant,
        delivery_id_: i64,
    ) -> Result<AbortDelivery, Problem> {
        let message = self
            .0
            .deliveries
            .abort(&tenant, delivery_id(delivery_id_))
            .await?;
        Ok(AbortDelivery::Ok(Json(delivery_out(message))))
    }

    async fn list_partners(&self, tenant: Tenant) -> Result<ListPartners, Problem> {
        let partners = self.0.partners.list(&tenant)?;
        Ok(ListPartners::Ok(Json(PartnerList {
            partners: partners.into_iter().map(partner_out).collect(),
        })))
    }

    async fn get_partner(
        &self,
        tenant: Tenant,
        role: PartnerRoleName,
    ) -> Result<GetPartner, Problem> {
        let partner = self.0.partners.get(&tenant, &enum_name(&role))?;
        Ok(GetPartner::Ok(Json(partner_out(partner))))
    }

    async fn put_partner(
        &self,
        tenant: Tenant,
        role: PartnerRoleName,
        body: PartnerRegistration,
    ) -> Result<PutPartner, Problem> {
        let description = description_in(&role, body)?;
        let registered = self
            .0
            .partners
            .set(&tenant, description, Utc::now())
            .await?;
        Ok(PutPartner::Ok(Json(partner_out(registered))))
    }

    async fn delete_partner(
        &self,
        tenant: Tenant,
        role: PartnerRoleName,
    ) -> Result<DeletePartner, Problem> {
        self.0.partners.remove(&tenant, &enum_name(&role)).await?;
        Ok(DeletePartner::NoContent)
    }

    async fn list_tokens(
        &self,
        tenant: Tenant,
        merchant_id: String,
    ) -> Result<ListTokens, Problem> {
        let tokens = self.0.tokens.tokens(&tenant, &merchant_id)?;
        Ok(ListTokens::Ok(Json(TokenList {
            tokens: tokens.into_iter().map(token_out).collect(),
        })))
    }

    async fn list_token_notifications(
        &self,
        tenant: Tenant,
        merchant_id: String,
        token_id: String,
        after: Option<i64>,
        limit: Option<i32>,
    ) -> Result<ListTokenNotifications, Problem> {
        let (after, limit) = paging(after, limit);
        let events =
            self.0
                .tokens
                .notifications(&tenant, &merchant_id, &token_id, after, limit + 1)?;
        let (events, next) = page(events, limit, |e| e.sequence);
        Ok(ListTokenNotifications::Ok(Json(TokenNotificationList {
            notifications: events.into_iter().map(notification_out).collect(),
            next,
        })))
    }

    async fn list_failed_tokenizations(
        &self,
        tenant: Tenant,
        merchant_id: String,
        after: Option<i64>,
        limit: Option<i32>,
    ) -> Result<ListFailedTokenizations, Problem> {
        let (after, limit) = paging(after, limit);
        let events = self
            .0
            .tokens
            .failed_tokenizations(&tenant, &merchant_id, after, limit + 1)?;
        let (events, next) = page(events, limit, |e| e.sequence);
        Ok(ListFailedTokenizations::Ok(Json(TokenNotificationList {
            notifications: events.into_iter().map(notification_out).collect(),
            next,
        })))
    }

    async fn create_consumer_session(
        &self,
        tenant: Tenant,
        body: ConsumerSessionRequest,
    ) -> Result<CreateConsumerSession, Problem> {
        let issued = self
            .0
            .verification
            .create_session(
                &tenant,
                body.consumer_id.map(|c| c.0),
                body.device_serial_number,
                body.ttl_seconds.map(chrono::Duration::seconds),
                Utc::now(),
            )
            .await?;
        let session = issued.session;
        Ok(CreateConsumerSession::Created(Json(ConsumerSession {
            access_token: issued.access_token,
            consumer_id: session.consumer_id,
            device_serial_number: session.device_serial,
            created_at: fixed(session.created_at),
            expires_at: fixed(session.expires_at),
        })))
    }

    async fn list_card_mappings(&self, tenant: Tenant) -> Result<ListCardMappings, Problem> {
        let mappings = self.0.verification.mappings(&tenant)?;
        Ok(ListCardMappings::Ok(Json(CardMappingList {
            mappings: mappings
                .into_iter()
                .map(|m| CardMapping {
                    unique_reference_card_id: m.unique_reference_card_id,
                    server_card_id: m.server_card_id,
                    bin: m.bin,
                    created_at: fixed(m.created_at),
                    updated_at: fixed(m.updated_at),
                })
                .collect(),
        })))
    }

    async fn list_verifications(
        &self,
        tenant: Tenant,
        limit: Option<i32>,
    ) -> Result<ListVerifications, Problem> {
        // Validated by the document: 1 to 1000.
        let limit = limit.and_then(|l| usize::try_from(l).ok()).unwrap_or(100);
        let transactions = self.0.verification.transactions(&tenant, limit)?;
        Ok(ListVerifications::Ok(Json(VerificationList {
            verifications: transactions
                .into_iter()
                .map(|t| VerificationTransaction {
                    invoice_id: t.invoice_id,
                    session_token: t.session_token,
                    server_card_id: t.server_card_id,
                    unique_reference_card_id: t.unique_reference_card_id,
                    bin: t.bin,
                    consumer_id: t.consumer_id,
                    device_serial_number: t.device_serial,
                    received_at: fixed(t.received_at),
                })
                .collect(),
        })))
    }

    async fn get_settings(&self, tenant: Tenant) -> Result<GetSettings, Problem> {
        Ok(GetSettings::Ok(Json(settings_out(&tenant.settings))))
    }

    async fn put_settings(&self, tenant: Tenant, body: Settings) -> Result<PutSettings, Problem> {
        // A PUT replaces: an absent filter list is an empty one.
        let settings = TenantSettings {
            accept_unknown_cards: body.accept_unknown_cards,
            filtered_bins: body
                .filtered_bins
                .unwrap_or_default()
                .into_iter()
                .map(|b| b.0)
                .collect(),
            strict_pods: body.strict_pods.unwrap_or(false),
        };
        self.0.set_settings(&tenant, &settings).await?;
        Ok(PutSettings::Ok(Json(settings_out(&settings))))
    }

    async fn reset_sandbox(&self, tenant: Tenant) -> Result<ResetSandbox, Problem> {
        self.0.reset(&tenant).await?;
        Ok(ResetSandbox::NoContent)
    }
}
