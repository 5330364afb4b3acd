//! The token notifications API, as the token requestor that receives them: handlers
//! translating to [`crate::domain::tokens`], where the ordering rule lives.

use std::sync::Arc;

use poem_openapi::auth::ApiKey;
use poem_openapi::types::ToJSON;

use crate::api::card_api::enum_name;
use crate::domain::tokens::{TokenCreation, TokenUpdate};
use crate::domain::{Sandbox, Tenant};
use crate::generated::token_notifications::{
    TokenNotificationsApi,
    responses::{NotifyTokenCreation, NotifyTokenUpdate},
    types::{Error, TokenCreationNotification, TokenUpdateNotification, XCorrelationId},
};
use crate::runtime::{ErrorBody, Problem, truncate};

/// The token notifications implementation.
pub struct TokenNotificationsService(pub Arc<Sandbox>);

impl ErrorBody for Error {
    fn from_problem(problem: &Problem) -> Self {
        Error {
            error_code: problem.code.unwrap_or(problem.kind.default_code()).into(),
            error_description: truncate(&problem.message, 1024),
        }
    }
}

impl TokenNotificationsApi for TokenNotificationsService {
    type Principal = Tenant;

    async fn authenticate_api_key(&self, credential: ApiKey) -> Result<Tenant, Problem> {
        Ok(self.0.auth.check_api_key(&credential.key)?)
    }

    async fn notify_token_creation(
        &self,
        tenant: Tenant,
        _x_correlation_id: XCorrelationId,
        body: TokenCreationNotification,
    ) -> Result<NotifyTokenCreation, Problem> {
        let creation = TokenCreation {
            details: body.to_json().unwrap_or_default(),
            merchant_id: body.merchant_id,
            token_id: body.token_id,
            failed: body.error_code.is_some(),
        };
        self.0.tokens.create(&tenant, creation).await?;
        Ok(NotifyTokenCreation::NoContent)
    }

    async fn notify_token_update(
        &self,
        tenant: Tenant,
        _x_correlation_id: XCorrelationId,
        body: TokenUpdateNotification,
    ) -> Result<NotifyTokenUpdate, Problem> {
        let update = TokenUpdate {
            details: body.to_json().unwrap_or_default(),
            state: body.token_state.as_ref().map(enum_name),
            merchant_id: body.merchant_id,
            token_id: body.token_id,
            last_update: body.last_update_timestamp,
        };
        self.0.tokens.update(&tenant, update).await?;
        Ok(NotifyTokenUpdate::NoContent)
    }
}
