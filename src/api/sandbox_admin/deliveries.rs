//! Deliveries: events made into messages to the registered partners, and the messages
//! read, replayed or aborted ([`crate::domain::delivery`]).

use super::{fixed, paged};
use crate::api::enum_name;
use crate::domain::delivery::Event;
use crate::domain::{Sandbox, Tenant, delivery};
use crate::generated::sandbox_admin::responses::{
    AbortDelivery, GetDelivery, GetDeliveryStats, ListDeliveries, ReplayDelivery, TriggerEvent,
};
use crate::generated::sandbox_admin::types::{
    Delivery, DeliveryAttempt, DeliveryAttemptVerdict, DeliveryDetail, DeliveryList, DeliveryState,
    DeliveryStats, EventRequest, PartnerRoleName,
};
use crate::runtime::Problem;
use chrono::Utc;
use poem_openapi::payload::Json;

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

/// An event request as the domain's event: the document's `oneOf` by type states each type's
/// fields, so every schema-valid body has what its type needs.
fn event_in(body: EventRequest) -> Event {
    match body {
        EventRequest::CardOperationEvent(e) => Event::CardOperation {
            card_id: e.card_id.0,
            operation_id: e.operation_id.map(|o| o.0),
            operation: e.operation.map_or_else(|| "DIGITIZE".to_string(), |o| o.0),
            status: enum_name(&e.status),
            digital_card_ids: e
                .digital_card_ids
                .into_iter()
                .flatten()
                .map(|d| d.0)
                .collect(),
        },
        EventRequest::TokenCreatedEvent(e) => Event::TokenCreated {
            token_id: e.token_id,
            correlation_id: e.correlation_id.map(|c| c.0),
        },
        EventRequest::TokenUpdatedEvent(e) => Event::TokenUpdated {
            token_id: e.token_id,
            token_state: enum_name(&e.token_state),
            last_update: e.last_update_timestamp,
            correlation_id: e.correlation_id.map(|c| c.0),
        },
        EventRequest::VerificationEvent(e) => Event::Verification {
            access_token: e.access_token,
            device_serial: e.device_serial_number,
            session_token: e.session_token,
            server_card_id: e.server_card_id,
            unique_reference_card_id: e.unique_reference_card_id,
            bin: e.bin,
        },
    }
}

fn delivery_id(id: i64) -> u64 {
    // The document says ≥ 1.
    u64::try_from(id).unwrap_or_default()
}

/// `triggerEvent` (POST `/events`): trigger an event toward your registered partners.
pub(super) async fn trigger_event(
    sandbox: &Sandbox,
    tenant: Tenant,
    body: EventRequest,
) -> Result<TriggerEvent, Problem> {
    let event = event_in(body);
    let messages = sandbox
        .deliveries
        .trigger(&tenant, event, Utc::now())
        .await?;
    Ok(TriggerEvent::Accepted(Json(DeliveryList {
        deliveries: messages.into_iter().map(delivery_out).collect(),
        next: None,
    })))
}

/// `listDeliveries` (GET `/deliveries`): list the deliveries.
pub(super) async fn list_deliveries(
    sandbox: &Sandbox,
    tenant: Tenant,
    state: Option<DeliveryState>,
    role: Option<PartnerRoleName>,
    before: Option<i64>,
    limit: Option<i32>,
) -> Result<ListDeliveries, Problem> {
    let state = state.map(|s| match s {
        DeliveryState::Pending => delivery::MessageState::Pending,
        DeliveryState::Delivered => delivery::MessageState::Delivered,
        DeliveryState::Failed => delivery::MessageState::Failed,
        DeliveryState::Aborted => delivery::MessageState::Aborted,
    });
    let role = role.map(|r| enum_name(&r));
    let read = |before, n| {
        sandbox
            .deliveries
            .list(&tenant, state, role.as_deref(), before, n)
    };
    let (messages, next) = paged(before, limit, read, |m| m.id)?;
    Ok(ListDeliveries::Ok(Json(DeliveryList {
        deliveries: messages.into_iter().map(delivery_out).collect(),
        next,
    })))
}

/// `getDeliveryStats` (GET `/deliveries/stats`): count the deliveries.
pub(super) async fn get_delivery_stats(
    sandbox: &Sandbox,
    tenant: Tenant,
) -> Result<GetDeliveryStats, Problem> {
    let [pending, delivered, failed, aborted, attempts, retries] =
        sandbox.deliveries.stats(&tenant)?;
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

/// `getDelivery` (GET `/deliveries/{deliveryId}`): read a delivery and its attempts.
pub(super) async fn get_delivery(
    sandbox: &Sandbox,
    tenant: Tenant,
    delivery_id_: i64,
) -> Result<GetDelivery, Problem> {
    let found = sandbox.deliveries.get(&tenant, delivery_id(delivery_id_))?;
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

/// `replayDelivery` (POST `/deliveries/{deliveryId}/replay`): send a delivery again.
pub(super) async fn replay_delivery(
    sandbox: &Sandbox,
    tenant: Tenant,
    delivery_id_: i64,
) -> Result<ReplayDelivery, Problem> {
    let message = sandbox
        .deliveries
        .replay(&tenant, delivery_id(delivery_id_), Utc::now())
        .await?;
    Ok(ReplayDelivery::Ok(Json(delivery_out(message))))
}

/// `abortDelivery` (POST `/deliveries/{deliveryId}/abort`): stop a pending delivery.
pub(super) async fn abort_delivery(
    sandbox: &Sandbox,
    tenant: Tenant,
    delivery_id_: i64,
) -> Result<AbortDelivery, Problem> {
    let message = sandbox
        .deliveries
        .abort(&tenant, delivery_id(delivery_id_))
        .await?;
    Ok(AbortDelivery::Ok(Json(delivery_out(message))))
}
