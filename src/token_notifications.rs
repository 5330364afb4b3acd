//! The token notifications API, as the token requestor that receives them.
//!
//! A creation stores the token (for a merchant of the caller's tenant); an update applies to a
//! known token unless an update with a later `lastUpdateTimestamp` was already applied, because
//! retried notifications may arrive out of order.

use std::sync::Arc;

use chrono::DateTime;
use poem_openapi::auth::ApiKey;
use poem_openapi::payload::Json;
use poem_openapi::types::ToJSON;

use crate::generated::token_notifications::{
    TokenNotificationsApi,
    responses::{NotifyTokenCreation, NotifyTokenUpdate},
    types::{Error, TokenCreationNotification, TokenUpdateNotification, XCorrelationId},
};
use crate::runtime::{AuthRejection, ErrorBody, Problem, ProblemKind};
use crate::sandbox::Sandbox;
use crate::store::{StoreError, Tenant, TokenRecord, UpdateOutcome};

/// The token notifications implementation.
pub struct TokenNotificationsService(pub Arc<Sandbox>);

impl ErrorBody for Error {
    fn from_problem(problem: &Problem) -> Self {
        let code = problem.code.unwrap_or(match problem.kind {
            ProblemKind::InvalidRequest => "INVALID_REQUEST",
            ProblemKind::Unauthorized => "UNAUTHORIZED",
            ProblemKind::Forbidden => "FORBIDDEN",
            ProblemKind::NotFound => "NOT_FOUND",
            ProblemKind::Conflict => "CONFLICT",
            ProblemKind::Internal => "INTERNAL_ERROR",
            ProblemKind::Unavailable => "SERVICE_UNAVAILABLE",
        });
        Error {
            error_code: code.to_string(),
            error_description: crate::card_api::truncate(&problem.message, 1024),
        }
    }
}

fn error(problem: Problem) -> Json<Error> {
    Json(Error::from_problem(&problem))
}

fn unknown_merchant(merchant_id: &str) -> Problem {
    Problem::with_code(
        ProblemKind::NotFound,
        "UNKNOWN_MERCHANT",
        format!("merchant {merchant_id} is not one of this API key's merchants"),
    )
}

fn store_failed(e: StoreError) -> Problem {
    tracing::error!(error = %e, "token notification not stored");
    Problem::new(
        ProblemKind::Internal,
        "the notification could not be stored",
    )
}

/// Parses an ISO 8601 / RFC 3339 timestamp; the seed's only rule for `lastUpdateTimestamp`.
fn timestamp(value: &str) -> Result<DateTime<chrono::FixedOffset>, Problem> {
    DateTime::parse_from_rfc3339(value).map_err(|_| {
        Problem::with_code(
            ProblemKind::InvalidRequest,
            "INVALID_REQUEST",
            format!("lastUpdateTimestamp `{value}` is not an ISO 8601 timestamp"),
        )
    })
}

impl TokenNotificationsApi for TokenNotificationsService {
    type Principal = Tenant;

    async fn authenticate_api_key(&self, credential: ApiKey) -> Result<Tenant, AuthRejection> {
        self.0
            .auth
            .check_api_key(&credential.key)
            .map_err(Into::into)
    }

    async fn notify_token_creation(
        &self,
        tenant: Tenant,
        _x_correlation_id: XCorrelationId,
        body: TokenCreationNotification,
    ) -> NotifyTokenCreation {
        if !tenant.merchant_ids.contains(&body.merchant_id) {
            return NotifyTokenCreation::NotFound(error(unknown_merchant(&body.merchant_id)));
        }
        if body.error_code.is_some() {
            // A failed tokenization: there is no token to keep.
            return NotifyTokenCreation::NoContent;
        }
        let Some(token_id) = body.token_id.clone() else {
            return NotifyTokenCreation::BadRequest(error(Problem::new(
                ProblemKind::InvalidRequest,
                "tokenId is required unless the notification reports a failure (errorCode)",
            )));
        };
        let record = TokenRecord {
            merchant_id: body.merchant_id.clone(),
            token_id,
            state: None,
            last_update: None,
            details: body.to_json().unwrap_or_default(),
        };
        match self.0.store.put_token(&tenant.id, &record).await {
            Ok(()) => NotifyTokenCreation::NoContent,
            Err(e) => NotifyTokenCreation::InternalServerError(error(store_failed(e))),
        }
    }

    async fn notify_token_update(
        &self,
        tenant: Tenant,
        _x_correlation_id: XCorrelationId,
        body: TokenUpdateNotification,
    ) -> NotifyTokenUpdate {
        if !tenant.merchant_ids.contains(&body.merchant_id) {
            return NotifyTokenUpdate::NotFound(error(unknown_merchant(&body.merchant_id)));
        }
        let new_time = match body
            .last_update_timestamp
            .as_deref()
            .map(timestamp)
            .transpose()
        {
            Ok(t) => t,
            Err(p) => return NotifyTokenUpdate::BadRequest(error(p)),
        };
        let state = body
            .token_state
            .and_then(|s| s.to_json())
            .and_then(|v| v.as_str().map(str::to_string));
        let details = body.to_json().unwrap_or_default();
        let outcome = self
            .0
            .store
            .update_token(&tenant.id, &body.merchant_id, &body.token_id, |stored| {
                let stored_time = stored
                    .last_update
                    .as_deref()
                    .and_then(|t| DateTime::parse_from_rfc3339(t).ok());
                // An update no later than the one applied is obsolete; one without a timestamp
                // cannot be ordered and applies as it arrives.
                if let (Some(new), Some(old)) = (new_time, stored_time)
                    && new <= old
                {
                    return None;
                }
                Some(TokenRecord {
                    state: state.clone().or_else(|| stored.state.clone()),
                    last_update: new_time
                        .map(|t| t.to_rfc3339())
                        .or_else(|| stored.last_update.clone()),
                    details: details.clone(),
                    ..stored.clone()
                })
            })
            .await;
        match outcome {
            Ok(UpdateOutcome::Applied | UpdateOutcome::Obsolete) => NotifyTokenUpdate::NoContent,
            Ok(UpdateOutcome::Unknown) => NotifyTokenUpdate::NotFound(error(Problem::with_code(
                ProblemKind::NotFound,
                "UNKNOWN_TOKEN",
                format!(
                    "merchant {} has no token {}",
                    body.merchant_id, body.token_id
                ),
            ))),
            Err(e) => NotifyTokenUpdate::InternalServerError(error(store_failed(e))),
        }
    }
}
