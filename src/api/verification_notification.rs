//! The verification card mapping notification, answered as the connecting party.
//!
//! Not implemented yet: the connecting party has no cards to map a verified card to, so a
//! notification gets the declared 400 with cause INVALID_REQUEST and code UNKNOWN_CARD.

use std::sync::Arc;

use crate::domain::Sandbox;
use crate::generated::verification_notification::{
    VerificationNotificationApi,
    responses::NotifyVerification,
    types::{
        VerificationError, VerificationErrorCause, VerificationFailure, VerificationNotification,
    },
};
use crate::runtime::{ErrorBody, Problem, ProblemKind};

/// The verification notification implementation.
pub struct VerificationService(pub Arc<Sandbox>);

impl ErrorBody for VerificationFailure {
    fn from_problem(problem: &Problem, _status: u16) -> Self {
        let (cause, code) = match problem.kind {
            ProblemKind::Unavailable => (
                VerificationErrorCause::ServerUnavailable,
                "SERVER_UNAVAILABLE",
            ),
            ProblemKind::Internal => (VerificationErrorCause::ServerFailed, "SERVER_FAILED"),
            _ => (VerificationErrorCause::InvalidRequest, "INVALID_REQUEST"),
        };
        VerificationFailure {
            error: VerificationError {
                cause,
                code: problem.code.unwrap_or(code).to_string(),
                message: problem.message.clone(),
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
        Err(Problem::with_code(
            ProblemKind::InvalidRequest,
            "UNKNOWN_CARD",
            format!(
                "the connecting party has no card to map server card {} to",
                body.reference.server_card_id
            ),
        ))
    }
}
