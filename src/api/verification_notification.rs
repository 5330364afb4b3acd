//! The verification card mapping notification, answered as the connecting party: handlers
//! translating to [`crate::domain::verification`], where the session, mapping and signature
//! rules live.

use std::sync::Arc;

use chrono::Utc;
use poem_openapi::payload::Json;

use crate::domain::Sandbox;
use crate::domain::verification::Notification;
use crate::generated::verification_notification::{
    VerificationNotificationApi,
    responses::NotifyVerification,
    types::{
        ResponseSession, VerificationError, VerificationErrorCause, VerificationFailure,
        VerificationNotification, VerificationSuccess,
    },
};
use crate::runtime::{ErrorBody, Problem, ProblemKind};

/// The verification notification implementation.
pub struct VerificationService(pub Arc<Sandbox>);

impl ErrorBody for VerificationFailure {
    fn from_problem(problem: &Problem, _status: u16) -> Self {
        let (cause, code) = match (problem.kind, problem.code) {
            // The one refusal the document gives its own cause: a BIN the party filters.
            (_, Some("BIN_FILTERED")) => (VerificationErrorCause::Filtered, "BIN_FILTERED"),
            (ProblemKind::Unavailable, code) => (
                VerificationErrorCause::ServerUnavailable,
                code.unwrap_or("SERVER_UNAVAILABLE"),
            ),
            (ProblemKind::Internal, code) => (
                VerificationErrorCause::ServerFailed,
                code.unwrap_or("SERVER_FAILED"),
            ),
            (_, code) => (
                VerificationErrorCause::InvalidRequest,
                code.unwrap_or("INVALID_REQUEST"),
            ),
        };
        VerificationFailure {
            error: VerificationError {
                cause,
                code: code.to_string(),
                message: crate::runtime::truncate(&problem.message, 1024),
            },
            invoice_id: None,
        }
    }
}

impl VerificationNotificationApi for VerificationService {
    async fn notify_verification(
        &self,
        body: VerificationNotification,
    ) -> Result<NotifyVerification, Problem> {
        let notification = Notification {
            access_token: body.session.access_token,
            session_token: body.session.token,
            device_serial: body.consumer.device.serial_number,
            server_card_id: body.reference.server_card_id,
            unique_reference_card_id: body.reference.unique_reference_card_id,
            bin: body.source_card.bin,
        };
        let answer = self.0.verification.notify(notification, Utc::now()).await?;
        Ok(NotifyVerification::Ok(Json(VerificationSuccess {
            invoice_id: answer.invoice_id,
            session: ResponseSession {
                check_signature: answer.check_signature,
                nonce: answer.nonce,
                token: answer.session_token,
            },
        })))
    }
}
