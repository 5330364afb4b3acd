//! The verification notification's handwritten side: its error body.

use crate::generated::verification_notification::types::{
    VerificationError, VerificationErrorCause, VerificationFailure,
};
use crate::runtime::{ErrorBody, Problem, ProblemKind};

impl ErrorBody for VerificationFailure {
    fn from_problem(problem: &Problem) -> Self {
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
