//! The Card API, as the issuer's back end that D1 calls: handlers translating between the
//! generated types and the card registry ([`crate::domain::cards`]).

use std::sync::Arc;

use chrono::Utc;
use poem_openapi::auth::Bearer;
use poem_openapi::payload::Json;

use super::enum_name;
use crate::domain::cards::{self, NotifiedOperation, Verification};
use crate::domain::{Sandbox, Tenant};
use crate::generated::card_api::{
    CardApi,
    responses::{NotifyCardOperation, NotifyCardOperations, VerifyCard},
    types::{
        CardId, CardOperationNotification, CardOperationsNotification, CardVerificationResult,
        Error, ErrorDetail, OperationStatus, SecurityCodeVerificationResult, VerificationResults,
        VerifyCardRequest, VerifyCardResponse, XCorrelationId,
    },
};
use crate::runtime::Problem;

/// The Card API implementation.
pub struct CardService(pub Arc<Sandbox>);

error_body!(nested Error, ErrorDetail, codes: &[]);

fn response(v: Verification) -> VerifyCardResponse {
    VerifyCardResponse {
        card_id: v.card_id.into(),
        consumer_id: v.consumer_id.map(Into::into),
        account_id: None,
        verification_results: VerificationResults {
            card: CardVerificationResult {
                invalid: v.invalid,
                expired: v.expired,
                lost_or_stolen: v.lost_or_stolen,
                fraud_suspect: v.fraud_suspect,
            },
            security_code: v.security_code.map(|(valid, exceeded)| {
                SecurityCodeVerificationResult {
                    valid,
                    verification_attempts_exceeded: exceeded,
                }
            }),
        },
    }
}

fn status(s: &OperationStatus) -> cards::OperationStatus {
    match s {
        OperationStatus::Pending => cards::OperationStatus::Pending,
        OperationStatus::Successful => cards::OperationStatus::Successful,
        OperationStatus::Failed => cards::OperationStatus::Failed,
    }
}

impl CardApi for CardService {
    type Principal = Tenant;

    async fn authenticate_bearer_auth(&self, credential: Bearer) -> Result<Tenant, Problem> {
        Ok(self.0.auth.verify_token(&credential.token)?)
    }

    async fn verify_card(
        &self,
        tenant: Tenant,
        issuer_id: String,
        _x_correlation_id: Option<XCorrelationId>,
        body: VerifyCardRequest,
    ) -> Result<VerifyCard, Problem> {
        let verification = self
            .0
            .cards
            .verify(
                &tenant,
                &issuer_id,
                &body.encrypted_data,
                &body.card_id,
                &body.card_bin,
                Utc::now(),
            )
            .await?;
        Ok(VerifyCard::Ok(Json(response(verification))))
    }

    async fn notify_card_operation(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
        _x_correlation_id: Option<XCorrelationId>,
        body: CardOperationNotification,
    ) -> Result<NotifyCardOperation, Problem> {
        let op = NotifiedOperation {
            operation_id: body.operation_id.into(),
            operation: enum_name(&body.operation),
            status: status(&body.status),
            digital_card_ids: body
                .digital_card_ids
                .unwrap_or_default()
                .into_iter()
                .map(|id| id.0)
                .collect(),
            start_time: None,
            end_time: None,
            message: None,
        };
        let items = [(card_id.into(), op)];
        self.0
            .cards
            .notify(&tenant, &issuer_id, &items, Utc::now())
            .await?;
        Ok(NotifyCardOperation::NoContent)
    }

    async fn notify_card_operations(
        &self,
        tenant: Tenant,
        issuer_id: String,
        _x_correlation_id: Option<XCorrelationId>,
        body: CardOperationsNotification,
    ) -> Result<NotifyCardOperations, Problem> {
        let items: Vec<(String, NotifiedOperation)> = body
            .cards
            .into_iter()
            .map(|item| {
                let op = NotifiedOperation {
                    operation_id: item.operation_id.into(),
                    operation: enum_name(&item.operation),
                    status: status(&item.status),
                    digital_card_ids: Vec::new(),
                    start_time: Some(item.start_time.to_utc()),
                    end_time: item.end_time.map(|t| t.to_utc()),
                    message: item.message,
                };
                (item.card_id.into(), op)
            })
            .collect();
        self.0
            .cards
            .notify(&tenant, &issuer_id, &items, Utc::now())
            .await?;
        Ok(NotifyCardOperations::NoContent)
    }
}
