//! The Card API, as the issuer's back end that D1 calls.
//!
//! Implemented here: authentication (bearer JWT from `/oauth2/token`) and issuer ownership.
//! Card decryption, the card registry and the stored operations arrive with the card API
//! issue; until then the answers are what an empty registry implies: no card encryption key
//! exists, so no JWE can be decrypted (400), and no card is known (404).

use std::sync::Arc;

use poem_openapi::auth::Bearer;
use poem_openapi::payload::Json;

use crate::generated::card_api::{
    CardApi,
    responses::{NotifyCardOperation, NotifyCardOperations, VerifyCard},
    types::{
        CardOperationNotification, CardOperationsNotification, Error, ErrorDetail,
        VerifyCardRequest,
    },
};
use crate::runtime::{AuthRejection, ErrorBody, Problem, ProblemKind};
use crate::sandbox::Sandbox;
use crate::store::Tenant;

/// The Card API implementation.
pub struct CardService(pub Arc<Sandbox>);

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

/// Cuts a message to a document's `maxLength` (in characters).
pub(crate) fn truncate(message: &str, max: usize) -> String {
    message.chars().take(max).collect()
}

fn error(problem: Problem) -> Json<Error> {
    Json(Error::from_problem(&problem))
}

fn not_owned(issuer_id: &str) -> Problem {
    Problem::with_code(
        ProblemKind::Forbidden,
        "FORBIDDEN",
        format!("the access token's tenant does not own issuer {issuer_id}"),
    )
}

fn unknown_cards(issuer_id: &str, card_ids: &[&str]) -> Problem {
    Problem::with_code(
        ProblemKind::NotFound,
        "UNKNOWN_CARD",
        format!("issuer {issuer_id} has no card {}", card_ids.join(", ")),
    )
}

impl CardApi for CardService {
    type Principal = Tenant;

    async fn authenticate_bearer_auth(&self, credential: Bearer) -> Result<Tenant, AuthRejection> {
        self.0
            .auth
            .verify_token(&credential.token)
            .map_err(Into::into)
    }

    async fn verify_card(
        &self,
        tenant: Tenant,
        issuer_id: String,
        _x_correlation_id: Option<String>,
        _body: VerifyCardRequest,
    ) -> VerifyCard {
        if !Sandbox::owns_issuer(&tenant, &issuer_id) {
            return VerifyCard::Forbidden(error(not_owned(&issuer_id)));
        }
        VerifyCard::BadRequest(error(Problem::with_code(
            ProblemKind::InvalidRequest,
            "UNKNOWN_KEY",
            "encryptedData cannot be decrypted: the sandbox holds no card encryption key yet",
        )))
    }

    async fn notify_card_operation(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: String,
        _x_correlation_id: Option<String>,
        _body: CardOperationNotification,
    ) -> NotifyCardOperation {
        if !Sandbox::owns_issuer(&tenant, &issuer_id) {
            return NotifyCardOperation::Forbidden(error(not_owned(&issuer_id)));
        }
        NotifyCardOperation::NotFound(error(unknown_cards(&issuer_id, &[&card_id])))
    }

    async fn notify_card_operations(
        &self,
        tenant: Tenant,
        issuer_id: String,
        _x_correlation_id: Option<String>,
        body: CardOperationsNotification,
    ) -> NotifyCardOperations {
        if !Sandbox::owns_issuer(&tenant, &issuer_id) {
            return NotifyCardOperations::Forbidden(error(not_owned(&issuer_id)));
        }
        let ids: Vec<&str> = body.cards.iter().map(|c| c.card_id.as_str()).collect();
        NotifyCardOperations::NotFound(error(unknown_cards(&issuer_id, &ids)))
    }
}
