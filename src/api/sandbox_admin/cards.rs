//! Cards: registering an issuer's cards, reading them and their operations, changing
//! their state and resetting their CVV attempts ([`crate::domain::cards`]).

use super::{fixed, paged};
use crate::domain::cards::{CardData, CardRecord, Registration};
use crate::domain::{Sandbox, Tenant, cards};
use crate::generated::sandbox_admin::responses::{
    GetCard, ListCardOperations, ListCards, RegisterCard, ResetCvvAttempts, SetCardState,
};
use crate::generated::sandbox_admin::types::{
    Card, CardDigitalCardIdsItem, CardId, CardList, CardOperationList, CardRegistration, CardState,
    CardStateChange, CardTestCard, StoredOperation, StoredOperationDigitalCardIdsItem,
    StoredOperationStatus,
};
use crate::runtime::Problem;
use chrono::Utc;
use poem_openapi::payload::Json;

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

/// `registerCard` (POST `/issuers/{issuerId}/cards`): register a card.
pub(super) async fn register_card(
    sandbox: &Sandbox,
    tenant: Tenant,
    issuer_id: String,
    body: CardRegistration,
) -> Result<RegisterCard, Problem> {
    // An unknown or foreign issuer is answered before the card data is looked at.
    sandbox.cards.check_issuer(&tenant, &issuer_id)?;
    let registration = Registration {
        data: CardData::new(body.pan.into(), body.exp.into(), Some(body.cvv.into()))?,
        state: body
            .state
            .as_ref()
            .map_or(cards::CardState::Active, state_in),
        card_id: body.card_id.map(Into::into),
        consumer_id: body.consumer_id.map(Into::into),
    };
    let card = sandbox
        .cards
        .register(&tenant, &issuer_id, registration, Utc::now())
        .await?;
    Ok(RegisterCard::Created(Json(card_out(&card))))
}

/// `listCards` (GET `/issuers/{issuerId}/cards`): list the issuer's cards.
pub(super) async fn list_cards(
    sandbox: &Sandbox,
    tenant: Tenant,
    issuer_id: String,
) -> Result<ListCards, Problem> {
    let cards = sandbox.cards.cards(&tenant, &issuer_id)?;
    Ok(ListCards::Ok(Json(CardList {
        cards: cards.iter().map(card_out).collect(),
    })))
}

/// `getCard` (GET `/issuers/{issuerId}/cards/{cardId}`): read a card.
pub(super) async fn get_card(
    sandbox: &Sandbox,
    tenant: Tenant,
    issuer_id: String,
    card_id: CardId,
) -> Result<GetCard, Problem> {
    let card = sandbox.cards.card(&tenant, &issuer_id, &card_id)?;
    Ok(GetCard::Ok(Json(card_out(&card))))
}

/// `setCardState` (PUT `/issuers/{issuerId}/cards/{cardId}/state`): change a card's state.
pub(super) async fn set_card_state(
    sandbox: &Sandbox,
    tenant: Tenant,
    issuer_id: String,
    card_id: CardId,
    body: CardStateChange,
) -> Result<SetCardState, Problem> {
    let card = sandbox
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

/// `resetCvvAttempts` (DELETE `/issuers/{issuerId}/cards/{cardId}/cvv-attempts`): unlock a card's CVV check.
pub(super) async fn reset_cvv_attempts(
    sandbox: &Sandbox,
    tenant: Tenant,
    issuer_id: String,
    card_id: CardId,
) -> Result<ResetCvvAttempts, Problem> {
    let card = sandbox
        .cards
        .reset_cvv_attempts(&tenant, &issuer_id, &card_id)
        .await?;
    Ok(ResetCvvAttempts::Ok(Json(card_out(&card))))
}

/// `listCardOperations` (GET `/issuers/{issuerId}/cards/{cardId}/operations`): list a card's operations.
pub(super) async fn list_card_operations(
    sandbox: &Sandbox,
    tenant: Tenant,
    issuer_id: String,
    card_id: CardId,
    after: Option<i64>,
    limit: Option<i32>,
) -> Result<ListCardOperations, Problem> {
    let read = |after, n| {
        sandbox
            .cards
            .operations(&tenant, &issuer_id, &card_id, after, n)
    };
    let (operations, next) = paged(after, limit, read, |o| o.sequence)?;
    Ok(ListCardOperations::Ok(Json(CardOperationList {
        operations: operations.iter().map(operation_out).collect(),
        next,
    })))
}
