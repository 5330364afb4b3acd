//! The token notifications API, as the token requestor that receives them: handlers
//! translating to [`crate::domain::tokens`], where the ordering rule lives.

use std::sync::Arc;

use chrono::Utc;

use poem_openapi::auth::ApiKey;
use poem_openapi::types::ToJSON;

use super::enum_name;
use crate::domain::tokens::{Received, TokenChange};
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
        x_correlation_id: XCorrelationId,
        body: TokenCreationNotification,
    ) -> Result<NotifyTokenCreation, Problem> {
        let received = Received {
            correlation_id: Some(x_correlation_id.0),
            body: body.to_json().unwrap_or_default(),
            at: Utc::now(),
        };
        let failed = body.error_code.is_some();
        self.0
            .tokens
            .create(
                &tenant,
                &body.merchant_id,
                body.token_id.as_deref(),
                failed,
                received,
            )
            .await?;
        Ok(NotifyTokenCreation::NoContent)
    }

    async fn notify_token_update(
        &self,
        tenant: Tenant,
        x_correlation_id: XCorrelationId,
        body: TokenUpdateNotification,
    ) -> Result<NotifyTokenUpdate, Problem> {
        let change = TokenChange {
            state: body.token_state.as_ref().map(enum_name),
            last_update: body.last_update_timestamp.clone(),
            discard_cryptogram: body.discard_cryptogram,
        };
        let received = Received {
            correlation_id: Some(x_correlation_id.0),
            body: body.to_json().unwrap_or_default(),
            at: Utc::now(),
        };
        self.0
            .tokens
            .update(&tenant, &body.merchant_id, &body.token_id, change, received)
            .await?;
        Ok(NotifyTokenUpdate::NoContent)
    }
}
