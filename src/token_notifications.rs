//! The token notifications API's handwritten side: its error body.

use crate::generated::token_notifications::types::Error;
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
            error_code: code.to_string(),
            error_description: crate::card_api::truncate(&problem.message, 1024),
        }
    }
}
