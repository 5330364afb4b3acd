//! The merchant gateway API: the OAuth 2.0 token endpoint (client credentials, HTTP Basic) and
//! `notify-update`, answered as the merchant gateway.

use std::sync::Arc;

use poem_openapi::auth::{Basic, Bearer};
use poem_openapi::payload::Json;

use crate::domain::auth::AuthError;
use crate::domain::tokens::Received;
use crate::domain::{Sandbox, Tenant};
use crate::generated::merchant_gateway::{
    MerchantGatewayApi,
    responses::{GetAccessToken, NotifyTokenUpdate},
    types::{
        Error, MerchantGatewayId, MerchantId, TokenEndpointError, TokenEndpointErrorError, TokenId,
        TokenRequest, TokenResponse, XCorrelationId,
    },
};
use crate::runtime::{ErrorBody, Problem, ProblemKind};

/// The merchant gateway implementation.
pub struct MerchantGatewayService(pub Arc<Sandbox>);

// FIELD_INVALID_FORMAT is the document's code for every malformed request, and UNKNOWN_TOKEN
// its code for what is not found.
error_body!(
    flat Error,
    codes: &[
        (ProblemKind::InvalidRequest, "FIELD_INVALID_FORMAT"),
        (ProblemKind::NotFound, "UNKNOWN_TOKEN"),
    ]
);

/// The token endpoint's errors: the seed's `errorCode` / `errorDescription`, and RFC 6749
/// §5.2's `error` / `error_description`, which OAuth client libraries read.
impl ErrorBody for TokenEndpointError {
    fn from_problem(problem: &Problem, _status: u16) -> Self {
        let (error_code, error_description) = crate::runtime::error_parts(
            problem,
            &[
                (ProblemKind::InvalidRequest, "FIELD_INVALID_FORMAT"),
                (ProblemKind::Unauthorized, "UNAUTHORIZED"),
            ],
            1024,
        );
        let error = match (problem.kind, problem.code) {
            (ProblemKind::Unauthorized | ProblemKind::Forbidden, _) => {
                TokenEndpointErrorError::InvalidClient
            }
            (_, Some(INVALID_SCOPE)) => TokenEndpointErrorError::InvalidScope,
            // A grant_type the document's enum refuses: poem-openapi names the enum type and the
            // value found (tests/integration/oauth.rs pins the wording). A missing one is an
            // invalid request.
            (ProblemKind::InvalidRequest, _)
                if problem.message.contains("\"TokenRequestGrantType\", found")
                    && !problem.message.contains("found null") =>
            {
                TokenEndpointErrorError::UnsupportedGrantType
            }
            _ => TokenEndpointErrorError::InvalidRequest,
        };
        // An unknown scope is a field in an unexpected format, in the seed's terms; `error`
        // says which.
        let error_code = if error == TokenEndpointErrorError::InvalidScope {
            "FIELD_INVALID_FORMAT".to_string()
        } else {
            error_code
        };
        TokenEndpointError {
            error_code,
            error_description_2: error_description.clone(),
            error_description,
            error,
        }
    }
}

/// The code of a refused scope (RFC 6749's `invalid_scope`), set in [`crate::api`].
const INVALID_SCOPE: &str = super::INVALID_SCOPE;

impl MerchantGatewayApi for MerchantGatewayService {
    type Principal = Tenant;

    async fn authenticate_client_basic(&self, credential: Basic) -> Result<Tenant, Problem> {
        Ok(self
            .0
            .auth
            .check_client(&credential.username, &credential.password)?)
    }

    async fn authenticate_oauth2(&self, credential: Bearer) -> Result<Tenant, Problem> {
        Ok(self.0.auth.verify_token(&credential.token)?)
    }

    async fn get_access_token(
        &self,
        tenant: Tenant,
        body: TokenRequest,
    ) -> Result<GetAccessToken, Problem> {
        // The operation declares no 5xx: a signing failure is answered with its 400.
        let token = self
            .0
            .auth
            .issue_token(&tenant, body.scope)
            .map_err(|e| match e {
                AuthError::InvalidScope(_) => Problem::from(e),
                other => Problem::new(ProblemKind::Internal, "the token could not be issued")
                    .because(other),
            })?;
        Ok(GetAccessToken::Ok(Json(TokenResponse {
            access_token: token.access_token,
            expires_in: token.expires_in,
            token_type: "Bearer".into(),
            scope: token.scope,
            expires_at: token.expires_at.fixed_offset(),
        })))
    }

    async fn notify_token_update(
        &self,
        tenant: Tenant,
        merchant_gateway_id: MerchantGatewayId,
        merchant_id: MerchantId,
        token_id: TokenId,
        x_correlation_id: Option<XCorrelationId>,
    ) -> Result<NotifyTokenUpdate, Problem> {
        let received = Received {
            correlation_id: x_correlation_id.map(|c| c.0),
            body: serde_json::Value::Null,
            at: chrono::Utc::now(),
        };
        self.0
            .tokens
            .gateway_notify(
                &tenant,
                &merchant_gateway_id,
                &merchant_id,
                &token_id,
                received,
            )
            .await?;
        Ok(NotifyTokenUpdate::NoContent)
    }
}
