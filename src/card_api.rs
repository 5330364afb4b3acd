//! The Card API, as the issuer's back end that D1 calls: handlers translating between the
//! generated types and the card registry ([`crate::cards`]).

use std::sync::Arc;

use chrono::Utc;
use poem_openapi::auth::Bearer;
use poem_openapi::payload::Json;
use poem_openapi::types::ToJSON;

use crate::cards::{CardError, NotifiedOperation, Verification};
use crate::generated::card_api::{
    CardApi,
    responses::{NotifyCardOperation, NotifyCardOperations, VerifyCard},
    types::{
        CardId, CardOperationNotification, CardOperationsNotification, CardVerificationResult,
        Error, ErrorDetail, OperationStatus, SecurityCodeVerificationResult, VerificationResults,
        VerifyCardRequest, VerifyCardResponse, XCorrelationId,
    },
};
use crate::runtime::{AuthRejection, ErrorBody, Problem, ProblemKind};
use crate::sandbox::Sandbox;
use crate::store::{self, Tenant};

/// The Card API implementation.
pub struct CardService(pub Arc<Sandbox>);

impl ErrorBody for Error {
    fn from_problem(problem: &Problem) -> Self {
        let (code, message) = code_and_message(problem);
        Error {
            error: ErrorDetail { code, message },
        }
    }
}

/// The `{ "error": { "code", "message" } }` contents for a problem: the Card API's shape, which
/// the sandbox admin API shares.
pub(crate) fn code_and_message(problem: &Problem) -> (String, String) {
    let code = problem.code.unwrap_or(match problem.kind {
        ProblemKind::InvalidRequest => "INVALID_REQUEST",
        ProblemKind::Unauthorized => "UNAUTHORIZED",
        ProblemKind::Forbidden => "FORBIDDEN",
        ProblemKind::NotFound => "NOT_FOUND",
        ProblemKind::Conflict => "CONFLICT",
        ProblemKind::Internal => "INTERNAL_ERROR",
        ProblemKind::Unavailable => "SERVICE_UNAVAILABLE",
    });
    (code.to_string(), truncate(&problem.message, 1024))
}

/// Cuts a message to a document's `maxLength` (in characters).
pub(crate) fn truncate(message: &str, max: usize) -> String {
    match message.char_indices().nth(max) {
        Some((end, _)) => message[..end].to_string(),
        None => message.to_string(),
    }
}

/// The one mapping from card-registry errors to problems, shared by the Card API and the
/// sandbox admin API (whose error bodies have the same shape). Store failures are logged here
/// and answered without their cause.
pub(crate) fn card_problem(e: &CardError) -> Problem {
    let kind = match e {
        CardError::UnknownIssuer(_) | CardError::UnknownCards { .. } => ProblemKind::NotFound,
        CardError::NotOwned(_) => ProblemKind::Forbidden,
        CardError::Jwe(_)
        | CardError::InvalidCardData(_)
        | CardError::BinMismatch
        | CardError::InvalidOperations(_) => ProblemKind::InvalidRequest,
        CardError::PanTaken { .. } | CardError::CardIdTaken { .. } => ProblemKind::Conflict,
        CardError::Store(store_error) => {
            tracing::error!(error = %store_error, "card registry store failure");
            return Problem::with_code(
                ProblemKind::Internal,
                "INTERNAL_ERROR",
                "the card registry could not be read or written",
            );
        }
    };
    let message = match e {
        CardError::Jwe(j) => format!("encryptedData: {j}"),
        other => other.to_string(),
    };
    Problem::with_code(kind, e.code(), message)
}

/// Builds an operation's response from a card-registry error: each operation's enum has the
/// variants its document declares, named after their status.
macro_rules! card_error {
    ($response:ident, $err:expr) => {{
        let problem = card_problem(&$err);
        let body = Json(Error::from_problem(&problem));
        match problem.kind {
            ProblemKind::InvalidRequest => $response::BadRequest(body),
            ProblemKind::Unauthorized => $response::Unauthorized(body),
            ProblemKind::Forbidden => $response::Forbidden(body),
            ProblemKind::NotFound => $response::NotFound(body),
            _ => $response::InternalServerError(body),
        }
    }};
}

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

/// The JSON name of a generated enum value.
pub(crate) fn enum_name<T: ToJSON>(value: &T) -> String {
    value
        .to_json()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn status(s: &OperationStatus) -> store::OperationStatus {
    match s {
        OperationStatus::Pending => store::OperationStatus::Pending,
        OperationStatus::Successful => store::OperationStatus::Successful,
        OperationStatus::Failed => store::OperationStatus::Failed,
    }
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
        _x_correlation_id: Option<XCorrelationId>,
        body: VerifyCardRequest,
    ) -> VerifyCard {
        let verified = self
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
            .await;
        match verified {
            Ok(v) => VerifyCard::Ok(Json(response(v))),
            Err(e) => card_error!(VerifyCard, e),
        }
    }

    async fn notify_card_operation(
        &self,
        tenant: Tenant,
        issuer_id: String,
        card_id: CardId,
        _x_correlation_id: Option<XCorrelationId>,
        body: CardOperationNotification,
    ) -> NotifyCardOperation {
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
        match self
            .0
            .cards
            .notify(&tenant, &issuer_id, &items, Utc::now())
            .await
        {
            Ok(()) => NotifyCardOperation::NoContent,
            Err(e) => card_error!(NotifyCardOperation, e),
        }
    }

    async fn notify_card_operations(
        &self,
        tenant: Tenant,
        issuer_id: String,
        _x_correlation_id: Option<XCorrelationId>,
        body: CardOperationsNotification,
    ) -> NotifyCardOperations {
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
        match self
            .0
            .cards
            .notify(&tenant, &issuer_id, &items, Utc::now())
            .await
        {
            Ok(()) => NotifyCardOperations::NoContent,
            Err(e) => card_error!(NotifyCardOperations, e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::truncate;

    #[test]
    fn truncation_counts_characters_not_bytes() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("exactly", 7), "exactly");
        assert_eq!(truncate("abcdef", 3), "abc");
        // Multi-byte characters are kept whole.
        assert_eq!(truncate("é€😀x", 3), "é€😀");
        assert_eq!(truncate("é€😀", 3), "é€😀");
        assert_eq!(truncate("", 0), "");
        assert_eq!(truncate("a", 0), "");
    }
}
