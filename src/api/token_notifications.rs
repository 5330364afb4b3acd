//! The token notifications API, as the token requestor that receives them: handlers
//! translating to [`crate::domain::tokens`], where the ordering rule lives.

use std::sync::Arc;

use poem_openapi::auth::ApiKey;
use poem_openapi::types::ToJSON;

use super::enum_name;
use crate::domain::tokens::TokenChange;
use crate::domain::{Sandbox, Tenant};
use crate::generated::token_notifications::{
    TokenNotificationsApi,
    responses::{NotifyTokenCreation, NotifyTokenUpdate},
    types::{Error, TokenCreationNotification, TokenUpdateNotification, XCorrelationId},
};
use crate::runtime::Problem;

/// The token notifications implementation.
pub struct TokenNotificationsService(pub Arc<Sandbox>);

error_body!(flat Error, codes: &[]);

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
        let details = body.to_json().unwrap_or_default();
        let failed = body.error_code.is_some();
        self.0
            .tokens
            .create(&tenant, body.merchant_id, body.token_id, failed, details)
            .await?;
        Ok(NotifyTokenCreation::NoContent)
    }

    async fn notify_token_update(
        &self,
        tenant: Tenant,
        _x_correlation_id: XCorrelationId,
        body: TokenUpdateNotification,
    ) -> Result<NotifyTokenUpdate, Problem> {
        let change = TokenChange {
            details: body.to_json().unwrap_or_default(),
            state: body.token_state.as_ref().map(enum_name),
            last_update: body.last_update_timestamp,
        };
        self.0
            .tokens
            .update(&tenant, &body.merchant_id, &body.token_id, change)
            .await?;
        Ok(NotifyTokenUpdate::NoContent)
    }
}
