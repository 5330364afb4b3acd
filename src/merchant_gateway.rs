//! The merchant gateway API: the OAuth 2.0 token endpoint (client credentials, HTTP Basic) and
//! `notify-update`, answered as the merchant gateway.

use std::sync::Arc;

use poem_openapi::auth::{Basic, Bearer};
use poem_openapi::payload::Json;

use crate::generated::merchant_gateway::{
    MerchantGatewayApi,
    responses::{GetAccessToken, NotifyTokenUpdate},
    types::{
        Error, MerchantGatewayId, MerchantId, TokenId, TokenRequest, TokenResponse, XCorrelationId,
    },
};
use crate::runtime::{AuthRejection, ErrorBody, Problem, ProblemKind};
use crate::sandbox::Sandbox;
use crate::store::Tenant;

/// The merchant gateway implementation.
pub struct MerchantGatewayService(pub Arc<Sandbox>);

impl ErrorBody for Error {
    fn from_problem(problem: &Problem) -> Self {
        // FIELD_INVALID_FORMAT is the document's code for every malformed request.
        let code = problem.code.unwrap_or(match problem.kind {
            ProblemKind::InvalidRequest => "FIELD_INVALID_FORMAT",
            ProblemKind::Unauthorized => "UNAUTHORIZED",
            ProblemKind::Forbidden => "FORBIDDEN",
            ProblemKind::NotFound => "UNKNOWN_TOKEN",
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

impl MerchantGatewayApi for MerchantGatewayService {
    type Principal = Tenant;

    async fn authenticate_client_basic(&self, credential: Basic) -> Result<Tenant, AuthRejection> {
        self.0
            .auth
            .check_client(&credential.username, &credential.password)
            .map_err(Into::into)
    }

    async fn authenticate_oauth2(&self, credential: Bearer) -> Result<Tenant, AuthRejection> {
        self.0
            .auth
            .verify_token(&credential.token)
            .map_err(Into::into)
    }

    async fn get_access_token(&self, tenant: Tenant, body: TokenRequest) -> GetAccessToken {
        match self.0.auth.issue_token(&tenant, body.scope) {
            Ok(token) => GetAccessToken::Ok(Json(TokenResponse {
                access_token: token.access_token,
                expires_in: token.expires_in,
                token_type: "Bearer".into(),
                scope: token.scope,
                expires_at: token.expires_at.fixed_offset(),
            })),
            // The operation declares no 5xx; a signing failure is reported as the client's
            // request not being servable, and logged.
            Err(e) => {
                tracing::error!(error = ?e, "token signing failed");
                GetAccessToken::BadRequest(error(Problem::with_code(
                    ProblemKind::InvalidRequest,
                    "INTERNAL_ERROR",
                    "the token could not be issued",
                )))
            }
        }
    }

    async fn notify_token_update(
        &self,
        tenant: Tenant,
        merchant_gateway_id: MerchantGatewayId,
        merchant_id: MerchantId,
        token_id: TokenId,
        _x_correlation_id: Option<XCorrelationId>,
    ) -> NotifyTokenUpdate {
        if !tenant.merchant_gateway_ids.contains(&merchant_gateway_id) {
            return NotifyTokenUpdate::Forbidden(error(Problem::with_code(
                ProblemKind::Forbidden,
                "FORBIDDEN",
                format!(
                    "the access token's tenant does not own merchant gateway {merchant_gateway_id}"
                ),
            )));
        }
        if !tenant.merchant_ids.contains(&merchant_id) {
            return NotifyTokenUpdate::NotFound(error(Problem::with_code(
                ProblemKind::NotFound,
                "UNKNOWN_MERCHANT",
                format!("merchant gateway {merchant_gateway_id} has no merchant {merchant_id}"),
            )));
        }
        match self.0.store.has_token(&tenant.id, &merchant_id, &token_id) {
            Ok(true) => NotifyTokenUpdate::NoContent,
            Ok(false) => NotifyTokenUpdate::NotFound(error(Problem::with_code(
                ProblemKind::NotFound,
                "UNKNOWN_TOKEN",
                format!("merchant {merchant_id} has no token {token_id}"),
            ))),
            Err(e) => {
                tracing::error!(error = %e, "token lookup failed");
                NotifyTokenUpdate::InternalServerError(error(Problem::new(
                    ProblemKind::Internal,
                    "the token could not be looked up",
                )))
            }
        }
    }
}
