//! The TSH provisioning API's handwritten side: its error body.

use crate::generated::tsh_provisioning::types::{ErrorResponse, ResponseHeader};
use crate::runtime::{ErrorBody, Problem};

impl ErrorBody for ErrorResponse {
    fn from_problem(problem: &Problem) -> Self {
        ErrorResponse {
            response_header: ResponseHeader {
                response_id: String::new(),
                session_id: None,
                generation_date_time: chrono::Utc::now().fixed_offset(),
                status_code: f64::from(problem.kind.status().as_u16()),
                status_message: Some(crate::card_api::truncate(&problem.message, 256)),
            },
        }
    }
}
