//! The merchant gateway API's handwritten side: its error body.

use crate::generated::merchant_gateway::types::Error;
use crate::runtime::{ErrorBody, Problem, ProblemKind};

impl ErrorBody for Error {
    fn from_problem(problem: &Problem) -> Self {
        // FIELD_INVALID_FORMAT is the document's code for every malformed request.
        let code = problem.code.unwrap_or(match problem.kind {
            ProblemKind::InvalidRequest => "FIELD_INVALID_FORMAT",
            ProblemKind::Unauthorized => "UNAUTHORIZED",
            ProblemKind::Forbidden => "FORBIDDEN",
            ProblemKind::NotFound => "UNKNOWN_TOKEN",
            ProblemKind::Internal => "INTERNAL_ERROR",
            ProblemKind::Unavailable => "SERVICE_UNAVAILABLE",
        });
        Error {
            error_code: code.to_string(),
            error_description: crate::card_api::truncate(&problem.message, 1024),
        }
    }
}
