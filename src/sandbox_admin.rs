//! The sandbox admin API (`openapi/sandbox-admin.yaml`): registering cards, changing their
//! state, reading them back, settings and reset. Handlers translate to [`crate::cards`] and the
//! store; errors go through the Card API's mapping ([`crate::card_api`]), whose body shape this
//! document shares.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, Utc};
use poem_openapi::auth::ApiKey;
use poem_openapi::payload::Json;

use crate::card_api::{card_problem, code_and_message};
use crate::cards::{CardData, CardError, Registration};
use crate::generated::sandbox_admin::{
    SandboxAdminApi,
    responses::{
        GetCard, GetSettings, ListCardOperations, ListCards, PutSettings, RegisterCard,
        ResetSandbox, SetCardState,
    },
    types::{
        Card, CardDigitalCardIdsItem, CardId, CardList, CardOperationList, CardRegistration,
        CardState, CardStateChange, CardTestCard, Error, ErrorDetail, Settings, StoredOperation,
        StoredOperationDigitalCardIdsItem, StoredOperationStatus,
    },
};
use crate::runtime::{AuthRejection, ErrorBody, Problem, ProblemKind};
use crate::sandbox::Sandbox;
use crate::store::{self, CardRecord, Tenant, TenantSettings};

/// The sandbox admin API implementation.
pub struct SandboxAdminService(pub Arc<Sandbox>);

impl ErrorBody for Error {
    fn from_problem(problem: &Problem) -> Self {
        let (code, message) = code_and_message(problem);
        Error {
            error: ErrorDetail { code, message },
        }
    }
}

/// Builds an operation's response from a card-registry error; the variants present differ
/// per operation, so the arms are listed at each use.
macro_rules! admin_error {
    ($response:ident, $err:expr, { $($kind:ident => $variant:ident),* $(,)? }) => {{
        let problem = card_problem(&$err);
        let body = Json(Error::from_problem(&problem));
        match problem.kind {
            $(ProblemKind::$kind => $response::$variant(body),)*
            _ => $response::InternalServerError(body),
        }
    }};
}

fn store_failure(e: store::StoreError) -> CardError {
    CardError::Store(e)
}

fn fixed(t: DateTime<Utc>) -> DateTime<FixedOffset> {
    t.fixed_offset()
}

fn state_out(s: store::CardState) -> CardState {
    match s {
        store::CardState::Active => CardState::Active,
        store::CardState::Suspended => CardState::Suspended,
        store::CardState::Lost => CardState::Lost,
        store::CardState::Stolen => CardState::Stolen,
        store::CardState::FraudSuspect => CardState::FraudSuspect,
        store::CardState::Deleted => CardState::Deleted,
    }
}

fn state_in(s: &CardState) -> store::CardState {
    match s {
        CardState::Active => store::CardState::Active,
        CardState::Suspended => store::CardState::Suspended,
        CardState::Lost => store::CardState::Lost,
        CardState::Stolen => store::CardState::Stolen,
        CardState::FraudSuspect => store::CardState::FraudSuspect,
        CardState::Deleted => store::CardState::Deleted,
    }
}

fn operation_out(op: &store::OperationRecord) -> StoredOperation {
    StoredOperation {
        operation_id: op.operation_id.clone().into(),
        operation: op.operation.clone(),
        status: match op.status {
            store::OperationStatus::Pending => StoredOperationStatus::Pending,
            store::OperationStatus::Successful => StoredOperationStatus::Successful,
            store::OperationStatus::Failed => StoredOperationStatus::Failed,
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

/// A stored card as the admin API shows it; `with_operations` for `getCard`.
fn card_out(c: &CardRecord, with_operations: bool) -> Card {
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
            store::TestCard::Valid => CardTestCard::Valid,
            store::TestCard::Expired => CardTestCard::Expired,
            store::TestCard::LostOrStolen => CardTestCard::LostOrStolen,
            store::TestCard::FraudSuspect => CardTestCard::FraudSuspect,
            store::TestCard::CvvMismatch => CardTestCard::CvvMismatch,
        }),
        failed_cvv_attempts: i32::try_from(c.failed_cvv_attempts).unwrap_or(i32::MAX),
        digital_card_ids: c
            .digital_card_ids
            .iter()
            .cloned()
            .map(CardDigitalCardIdsItem)
            .collect(),
        created_at: fixed(c.created_at),
        operations: with_operations.then(|| c.operations.iter().map(operation_out).collect()),
    }
}

impl SandboxAdminApi for SandboxAdminService {
    type Principal = Tenant;

    async fn authenticate_admin_key(&self, credential: ApiKey) -> Result<Tenant, AuthRejection> {
        self.0
            .auth
            .check_admin_key(&credential.key)
            .map_err(Into::into)
    }

    async fn list_cards(&self, tenant: Tenant, issuer_id: String) -> ListCards {
        match self.0.cards.cards(&tenant, &issuer_id) {
            Ok(cards) => ListCards::Ok(Json(CardList {
                cards: cards.iter().map(|c| card_out(c, false)).collect(),
            })),
            Err(e) => admin_error!(ListCards, e, {
                InvalidRequest => BadRequest, Forbidden => Forbidden, NotFound => NotFound,
            }),
        }
    }

    async fn register_card(
        &self,
        tenant: Tenant,
        issuer_id: String,
        body: CardRegistration,
    ) -> RegisterCard {
        let registered = async {
            // An unknown or foreign issuer is answered before the card data is looked at.
            self.0.cards.check_issuer(&tenant, &issuer_id)?;
            let registration = Registration {
                data: CardData::new(body.pan.into(), body.exp.into(), Some(body.cvv.into()))?,
                state: body
                    .state
                    .as_ref()
                    .map_or(store::CardState::Active, state_in),
                card_id: body.card_id.map(Into::into),
                consumer_id: body.consumer_id.map(Into::into),
            };
            self.0
                .cards
                .register(&tenant, &issuer_id, registration, Utc::now())
                .await
        };
        match registered.await {
            Ok(card) => RegisterCard::Created(Json(card_out(&card, true))),
            Err(e) => admin_error!(RegisterCard, e, {
                InvalidRequest => BadRequest, Forbidden => Forbidden, NotFound => NotFound,
                Conflict => Conflict,
            }),
        }
    }

    async fn get_card(&self, tenant: Tenant, issuer_id: String, card_id: CardId) -> GetCard {
        match self.0.cards.card(&tenant, &issuer_id, &card_id) {
            Ok(card) => GetCard::Ok(Json(card_out(&card, true))),
            Err(e) => admin_error!(GetCard, e, {
                InvalidRequest => BadRequest, Forbidden => Forbidden, NotFound => NotFound,
            }),
        }
    }

    async fn set_card_state(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
        body: CardStateChange,
    ) -> SetCardState {
        match self
            .0
            .cards
            .set_state(&tenant, &issuer_id, &card_id, state_in(&body.state))
            .await
        {
            Ok(card) => SetCardState::Ok(Json(card_out(&card, true))),
            Err(e) => admin_error!(SetCardState, e, {
                InvalidRequest => BadRequest, Forbidden => Forbidden, NotFound => NotFound,
            }),
        }
    }

    async fn list_card_operations(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
    ) -> ListCardOperations {
        match self.0.cards.card(&tenant, &issuer_id, &card_id) {
            Ok(card) => ListCardOperations::Ok(Json(CardOperationList {
                operations: card.operations.iter().map(operation_out).collect(),
            })),
            Err(e) => admin_error!(ListCardOperations, e, {
                InvalidRequest => BadRequest, Forbidden => Forbidden, NotFound => NotFound,
            }),
        }
    }

    async fn get_settings(&self, tenant: Tenant) -> GetSettings {
        GetSettings::Ok(Json(Settings {
            accept_unknown_cards: tenant.settings.accept_unknown_cards,
        }))
    }

    async fn put_settings(&self, tenant: Tenant, body: Settings) -> PutSettings {
        let settings = TenantSettings {
            accept_unknown_cards: body.accept_unknown_cards,
        };
        match self
            .0
            .store
            .set_tenant_settings(&tenant.id, &settings)
            .await
        {
            Ok(()) => PutSettings::Ok(Json(body)),
            Err(e) => admin_error!(PutSettings, store_failure(e), {
                InvalidRequest => BadRequest,
            }),
        }
    }

    async fn reset_sandbox(&self, tenant: Tenant) -> ResetSandbox {
        match self.0.store.reset_tenant(&tenant).await {
            Ok(()) => ResetSandbox::NoContent,
            Err(e) => admin_error!(ResetSandbox, store_failure(e), {
                InvalidRequest => BadRequest,
            }),
        }
    }
}
