//! The Card API's handwritten side: its error body.

use crate::generated::card_api::types::{Error, ErrorDetail};
use crate::runtime::{ErrorBody, Problem, ProblemKind};

impl ErrorBody for Error {
    fn from_problem(problem: &Problem) -> Self {
        let code = problem.code.unwrap_or(match problem.kind {
            ProblemKind::InvalidRequest => "INVALID_REQUEST",
            ProblemKind::Unauthorized => "UNAUTHORIZED",
            ProblemKind::Forbidden => "FORBIDDEN",
            ProblemKind::NotFound => "NOT_FOUND",
            ProblemKind::Internal => "INTERNAL_ERROR",
            ProblemKind::Unavailable => "SERVICE_UNAVAILABLE",
        });
        Error {
            error: ErrorDetail {
                code: code.to_string(),
                message: truncate(&problem.message, 1024),
            },
        }
    }
}

/// Cuts a message to the document's `maxLength` (in characters).
pub(crate) fn truncate(message: &str, max: usize) -> String {
    message.chars().take(max).collect()
}
