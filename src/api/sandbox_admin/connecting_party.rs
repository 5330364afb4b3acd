//! Connecting party: consumer sessions, card mappings and verifications
//! ([`crate::domain::verification`]).

use super::fixed;
use crate::domain::{Sandbox, Tenant};
use crate::generated::sandbox_admin::responses::{
    CreateConsumerSession, ListCardMappings, ListVerifications,
};
use crate::generated::sandbox_admin::types::{
    CardMapping, CardMappingList, ConsumerSession, ConsumerSessionRequest, VerificationList,
    VerificationTransaction,
};
use crate::runtime::Problem;
use chrono::Utc;
use poem_openapi::payload::Json;

/// `createConsumerSession` (POST `/connecting-party/sessions`): issue a consumer session.
pub(super) async fn create_consumer_session(
    sandbox: &Sandbox,
    tenant: Tenant,
    body: ConsumerSessionRequest,
) -> Result<CreateConsumerSession, Problem> {
    let issued = sandbox
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

/// `listCardMappings` (GET `/connecting-party/mappings`): list the card mappings.
pub(super) async fn list_card_mappings(
    sandbox: &Sandbox,
    tenant: Tenant,
) -> Result<ListCardMappings, Problem> {
    let mappings = sandbox.verification.mappings(&tenant)?;
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

/// `listVerifications` (GET `/connecting-party/verifications`): list the verification transactions.
pub(super) async fn list_verifications(
    sandbox: &Sandbox,
    tenant: Tenant,
    limit: Option<i32>,
) -> Result<ListVerifications, Problem> {
    // Validated by the document: 1 to 1000.
    let limit = limit.and_then(|l| usize::try_from(l).ok()).unwrap_or(100);
    let transactions = sandbox.verification.transactions(&tenant, limit)?;
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
