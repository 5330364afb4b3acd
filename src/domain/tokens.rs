//! Network tokens as a token requestor and a merchant gateway know them: created and updated by
//! the token notifications, looked up by the merchant gateway's notify-update.
//!
//! The ordering rule lives here: retried notifications may arrive out of order, so an update
//! applies to a known token unless an update with a later `lastUpdateTimestamp` was already
//! applied. Every notification received is recorded in the token's history, applied or
//! discarded, with its correlation id, so that a tester sees what the requestor saw.

use chrono::{DateTime, FixedOffset, Utc};
use serde_json::Value;

use crate::store::{Store, StoreError, Tenant, TokenWrite};
pub use crate::store::{TokenEvent, TokenEventKind, TokenEventOutcome, TokenRecord};

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
    /// `discardCryptogram: true`: the token's pre-fetched cryptograms are no longer valid.
    pub discard_cryptogram: bool,
}

/// A notification as it arrived: its correlation id, its body, and when.
#[derive(Debug, Clone)]
pub struct Received {
    /// Its `x-correlation-id`, if any.
    pub correlation_id: Option<String>,
    /// The body as received (`null` when there is none).
    pub body: Value,
    /// When it arrived.
    pub at: DateTime<Utc>,
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

/// The fields of `new` over those of `stored`: an update that sends only `tokenId` and
/// `tokenState` keeps every other field (the seed's edge case). `null`s carry nothing.
fn merged(stored: &Value, new: &Value) -> Value {
    let mut out = stored.clone();
    if let (Some(fields), Some(target)) = (new.as_object(), out.as_object_mut()) {
        for (name, value) in fields {
            if !value.is_null() {
                target.insert(name.clone(), value.clone());
            }
        }
        out
    } else {
        new.clone()
    }
}

fn unknown(merchant_id: &str, token_id: &str) -> TokenError {
    TokenError::UnknownToken {
        merchant_id: merchant_id.to_string(),
        token_id: token_id.to_string(),
    }
}

impl Tokens {
    /// The tokens kept in `store`.
    pub fn new(store: Store) -> Tokens {
        Tokens { store }
    }

    fn event(kind: TokenEventKind, outcome: TokenEventOutcome, received: &Received) -> TokenEvent {
        TokenEvent {
            sequence: 0,
            kind,
            outcome,
            correlation_id: received.correlation_id.clone(),
            received_at: received.at,
            body: received.body.clone(),
        }
    }

    /// `notify-token-creation`, for a merchant of the tenant: stores a new token with the
    /// notification's fields and correlation id (that of the create-token request). A creation
    /// of a token already known (a retry) is acknowledged and recorded as discarded. A failed
    /// tokenization (`failed`: the notification carries an `errorCode`) has no token data: it
    /// is recorded under the merchant as it is.
    pub async fn create(
        &self,
        tenant: &Tenant,
        merchant_id: &str,
        token_id: Option<&str>,
        failed: bool,
        received: Received,
    ) -> Result<TokenEvent, TokenError> {
        check_merchant(tenant, merchant_id)?;
        if failed {
            let event = Self::event(
                TokenEventKind::FailedCreation,
                TokenEventOutcome::Applied,
                &received,
            );
            return Ok(self
                .store
                .record_failed_tokenization(&tenant.id, merchant_id, event)
                .await?);
        }
        let token_id = token_id.ok_or(TokenError::MissingTokenId)?;
        let decide = |stored: Option<&TokenRecord>| -> Result<TokenWrite, TokenError> {
            Ok(match stored {
                Some(_) => TokenWrite {
                    record: None,
                    event: Self::event(
                        TokenEventKind::Creation,
                        TokenEventOutcome::Discarded,
                        &received,
                    ),
                },
                None => TokenWrite {
                    record: Some(TokenRecord {
                        merchant_id: merchant_id.to_string(),
                        token_id: token_id.to_string(),
                        state: None,
                        last_update: None,
                        details: received.body.clone(),
                        correlation_id: received.correlation_id.clone(),
                        created_at: Some(received.at),
                        cryptograms_discarded_at: None,
                        last_sequence: 0,
                    }),
                    event: Self::event(
                        TokenEventKind::Creation,
                        TokenEventOutcome::Applied,
                        &received,
                    ),
                },
            })
        };
        self.store
            .record_token_event(&tenant.id, merchant_id, token_id, decide)
            .await?
    }

    /// `notify-token-update`: applies the update to a known token unless one with a later or
    /// equal `lastUpdateTimestamp` was already applied (then it is acknowledged and recorded
    /// as discarded). An update without a timestamp cannot be ordered and applies as it
    /// arrives; a field it does not give keeps its value. `discardCryptogram: true` is
    /// recorded on the token (the sandbox holds no cryptograms to clear).
    pub async fn update(
        &self,
        tenant: &Tenant,
        merchant_id: &str,
        token_id: &str,
        change: TokenChange,
        received: Received,
    ) -> Result<TokenEvent, TokenError> {
        check_merchant(tenant, merchant_id)?;
        let new_time = change.last_update.as_deref().map(timestamp).transpose()?;
        let decide = |stored: Option<&TokenRecord>| -> Result<TokenWrite, TokenError> {
            let stored = stored.ok_or_else(|| unknown(merchant_id, token_id))?;
            let stored_time = stored
                .last_update
                .as_deref()
                .and_then(|t| DateTime::parse_from_rfc3339(t).ok());
            if let (Some(new), Some(old)) = (new_time, stored_time)
                && new <= old
            {
                return Ok(TokenWrite {
                    record: None,
                    event: Self::event(
                        TokenEventKind::Update,
                        TokenEventOutcome::Discarded,
                        &received,
                    ),
                });
            }
            Ok(TokenWrite {
                record: Some(TokenRecord {
                    state: change.state.clone().or_else(|| stored.state.clone()),
                    last_update: new_time
                        .map(|t| t.to_rfc3339())
                        .or_else(|| stored.last_update.clone()),
                    details: merged(&stored.details, &received.body),
                    cryptograms_discarded_at: if change.discard_cryptogram {
                        Some(received.at)
                    } else {
                        stored.cryptograms_discarded_at
                    },
                    ..stored.clone()
                }),
                event: Self::event(
                    TokenEventKind::Update,
                    TokenEventOutcome::Applied,
                    &received,
                ),
            })
        };
        self.store
            .record_token_event(&tenant.id, merchant_id, token_id, decide)
            .await?
    }

    /// `notify-update` of the merchant gateway: the tenant must own the gateway, the gateway
    /// the merchant, and the merchant the token; the notification is recorded in the token's
    /// history.
    pub async fn gateway_notify(
        &self,
        tenant: &Tenant,
        merchant_gateway_id: &str,
        merchant_id: &str,
        token_id: &str,
        received: Received,
    ) -> Result<TokenEvent, TokenError> {
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
        let decide = |stored: Option<&TokenRecord>| -> Result<TokenWrite, TokenError> {
            stored.ok_or_else(|| unknown(merchant_id, token_id))?;
            Ok(TokenWrite {
                record: None,
                event: Self::event(
                    TokenEventKind::GatewayNotify,
                    TokenEventOutcome::Applied,
                    &received,
                ),
            })
        };
        self.store
            .record_token_event(&tenant.id, merchant_id, token_id, decide)
            .await?
    }

    /// A merchant's tokens.
    pub fn tokens(
        &self,
        tenant: &Tenant,
        merchant_id: &str,
    ) -> Result<Vec<TokenRecord>, TokenError> {
        check_merchant(tenant, merchant_id)?;
        Ok(self.store.merchant_tokens(&tenant.id, merchant_id)?)
    }

    /// A token.
    pub fn token(
        &self,
        tenant: &Tenant,
        merchant_id: &str,
        token_id: &str,
    ) -> Result<TokenRecord, TokenError> {
        check_merchant(tenant, merchant_id)?;
        self.store
            .token(&tenant.id, merchant_id, token_id)?
            .ok_or_else(|| unknown(merchant_id, token_id))
    }

    /// A page of the notifications a token received, in order (see
    /// [`Store::token_events`]).
    pub fn notifications(
        &self,
        tenant: &Tenant,
        merchant_id: &str,
        token_id: &str,
        after: Option<u64>,
        limit: usize,
    ) -> Result<Vec<TokenEvent>, TokenError> {
        self.token(tenant, merchant_id, token_id)?;
        Ok(self
            .store
            .token_events(&tenant.id, merchant_id, Some(token_id), after, limit)?)
    }

    /// A page of a merchant's failed tokenizations, in the order received.
    pub fn failed_tokenizations(
        &self,
        tenant: &Tenant,
        merchant_id: &str,
        after: Option<u64>,
        limit: usize,
    ) -> Result<Vec<TokenEvent>, TokenError> {
        check_merchant(tenant, merchant_id)?;
        Ok(self
            .store
            .token_events(&tenant.id, merchant_id, None, after, limit)?)
    }
}
