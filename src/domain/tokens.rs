//! Network tokens as a token requestor and a merchant gateway know them: created and updated by
//! the token notifications, looked up by the merchant gateway's notify-update.
//!
//! The ordering rule lives here: retried notifications may arrive out of order, so an update
//! applies to a known token unless an update with a later `lastUpdateTimestamp` was already
//! applied.

use chrono::{DateTime, FixedOffset};
use serde_json::Value;

use crate::store::{Store, StoreError, Tenant, TokenRecord, UpdateOutcome};

/// Why a token call failed; each API maps it to its declared error response.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    /// The merchant is not one of the caller's.
    #[error("merchant {0} is not one of this API key's merchants")]
    UnknownMerchant(String),
    /// A creation without a token id that reports no failure.
    #[error("tokenId is required unless the notification reports a failure (errorCode)")]
    MissingTokenId,
    /// `lastUpdateTimestamp` is not an ISO 8601 timestamp.
    #[error("lastUpdateTimestamp `{0}` is not an ISO 8601 timestamp")]
    InvalidTimestamp(String),
    /// No such token.
    #[error("merchant {merchant_id} has no token {token_id}")]
    UnknownToken {
        /// The merchant.
        merchant_id: String,
        /// The token.
        token_id: String,
    },
    /// The merchant gateway is another tenant's.
    #[error("the access token's tenant does not own merchant gateway {0}")]
    GatewayNotOwned(String),
    /// The merchant gateway has no such merchant.
    #[error("merchant gateway {merchant_gateway_id} has no merchant {merchant_id}")]
    UnknownGatewayMerchant {
        /// The merchant gateway.
        merchant_gateway_id: String,
        /// The merchant.
        merchant_id: String,
    },
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl TokenError {
    /// A stable, machine-readable code for error bodies; `None` for the API's default code of
    /// the error's kind.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            TokenError::UnknownMerchant(_) | TokenError::UnknownGatewayMerchant { .. } => {
                Some("UNKNOWN_MERCHANT")
            }
            TokenError::MissingTokenId => None,
            TokenError::InvalidTimestamp(_) => Some("INVALID_REQUEST"),
            TokenError::UnknownToken { .. } => Some("UNKNOWN_TOKEN"),
            TokenError::GatewayNotOwned(_) => Some("FORBIDDEN"),
            TokenError::Store(_) => None,
        }
    }
}

/// What a token update notification changes.
#[derive(Debug, Clone)]
pub struct TokenChange {
    /// The new token state, if given.
    pub state: Option<String>,
    /// `lastUpdateTimestamp` as received, if given.
    pub last_update: Option<String>,
    /// The notification as received.
    pub details: Value,
}

/// The tokens of every tenant.
#[derive(Debug, Clone)]
pub struct Tokens {
    store: Store,
}

/// Parses an ISO 8601 / RFC 3339 timestamp; the seed's only rule for `lastUpdateTimestamp`.
fn timestamp(value: &str) -> Result<DateTime<FixedOffset>, TokenError> {
    DateTime::parse_from_rfc3339(value).map_err(|_| TokenError::InvalidTimestamp(value.into()))
}

fn check_merchant(tenant: &Tenant, merchant_id: &str) -> Result<(), TokenError> {
    if tenant.merchant_ids.iter().any(|m| m == merchant_id) {
        Ok(())
    } else {
        Err(TokenError::UnknownMerchant(merchant_id.to_string()))
    }
}

impl Tokens {
    /// The tokens kept in `store`.
    pub fn new(store: Store) -> Tokens {
        Tokens { store }
    }

    /// `notify-token-creation`: stores the token (for a merchant of the tenant) with the
    /// notification as received (`details`: card and token display data, never a PAN). A
    /// failed tokenization (`failed`: the notification carries an `errorCode`) has no token to
    /// keep and is acknowledged as it is.
    pub async fn create(
        &self,
        tenant: &Tenant,
        merchant_id: String,
        token_id: Option<String>,
        failed: bool,
        details: Value,
    ) -> Result<(), TokenError> {
        check_merchant(tenant, &merchant_id)?;
        if failed {
            return Ok(());
        }
        let token_id = token_id.ok_or(TokenError::MissingTokenId)?;
        let record = TokenRecord {
            merchant_id,
            token_id,
            state: None,
            last_update: None,
            details,
        };
        Ok(self.store.put_token(&tenant.id, &record).await?)
    }

    /// `notify-token-update`: applies the update to a known token unless a later one was
    /// already applied (then it is acknowledged and discarded). An update without a timestamp
    /// cannot be ordered and applies as it arrives; a field it does not give keeps its value.
    pub async fn update(
        &self,
        tenant: &Tenant,
        merchant_id: &str,
        token_id: &str,
        change: TokenChange,
    ) -> Result<(), TokenError> {
        check_merchant(tenant, merchant_id)?;
        let new_time = change.last_update.as_deref().map(timestamp).transpose()?;
        let outcome = self
            .store
            .update_token(&tenant.id, merchant_id, token_id, |stored| {
                let stored_time = stored
                    .last_update
                    .as_deref()
                    .and_then(|t| DateTime::parse_from_rfc3339(t).ok());
                if let (Some(new), Some(old)) = (new_time, stored_time)
                    && new <= old
                {
                    return None;
                }
                Some(TokenRecord {
                    state: change.state.clone().or_else(|| stored.state.clone()),
                    last_update: new_time
                        .map(|t| t.to_rfc3339())
                        .or_else(|| stored.last_update.clone()),
                    details: change.details.clone(),
                    ..stored.clone()
                })
            })
            .await?;
        match outcome {
            UpdateOutcome::Applied | UpdateOutcome::Obsolete => Ok(()),
            UpdateOutcome::Unknown => Err(TokenError::UnknownToken {
                merchant_id: merchant_id.to_string(),
                token_id: token_id.to_string(),
            }),
        }
    }

    /// `notify-update` of the merchant gateway: the tenant must own the gateway, the gateway
    /// the merchant, and the merchant the token.
    pub fn check_gateway_token(
        &self,
        tenant: &Tenant,
        merchant_gateway_id: &str,
        merchant_id: &str,
        token_id: &str,
    ) -> Result<(), TokenError> {
        if !tenant
            .merchant_gateway_ids
            .iter()
            .any(|g| g == merchant_gateway_id)
        {
            return Err(TokenError::GatewayNotOwned(merchant_gateway_id.to_string()));
        }
        if !tenant.merchant_ids.iter().any(|m| m == merchant_id) {
            return Err(TokenError::UnknownGatewayMerchant {
                merchant_gateway_id: merchant_gateway_id.to_string(),
                merchant_id: merchant_id.to_string(),
            });
        }
        if self.store.has_token(&tenant.id, merchant_id, token_id)? {
            Ok(())
        } else {
            Err(TokenError::UnknownToken {
                merchant_id: merchant_id.to_string(),
                token_id: token_id.to_string(),
            })
        }
    }
}
