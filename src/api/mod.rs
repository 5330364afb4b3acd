//! The API layer: one adapter per document, implementing its generated trait.
//!
//! Invariant: calls `domain/` only (never the store, the crypto or the HTTP layer), and
//! handlers translate, nothing more: generated types in, a domain call, generated types out.
//! A handler fails with a [`Problem`] (with `?` on any domain error); the generated
//! `From<Problem>` of its response enum picks the declared status and the document's
//! [`crate::runtime::ErrorBody`] builds the body. Each domain error becomes a problem here,
//! once ([`From`] implementations below); each document's error codes are chosen in its
//! module's `ErrorBody`. `tests/integration/layers.rs` checks the imports.

/// Implements [`crate::runtime::ErrorBody`] for a document's error schema. `nested`: the
/// `{ "error": { "code", "message" } }` shape (the Card API's, shared by the sandbox admin API);
/// `flat`: `{ "errorCode", "errorDescription" }`. The codes are the problem's own, else those
/// listed for its kind, else the kind's default; messages are cut to 1024 characters, the
/// documents' `maxLength`.
macro_rules! error_body {
    (nested $error:ty, $detail:ident, codes: $codes:expr) => {
        impl crate::runtime::ErrorBody for $error {
            fn from_problem(problem: &crate::runtime::Problem, _status: u16) -> Self {
                let (code, message) = crate::runtime::error_parts(problem, $codes, 1024);
                Self {
                    error: $detail { code, message },
                }
            }
        }
    };
    (flat $error:ty, codes: $codes:expr) => {
        impl crate::runtime::ErrorBody for $error {
            fn from_problem(problem: &crate::runtime::Problem, _status: u16) -> Self {
                let (error_code, error_description) =
                    crate::runtime::error_parts(problem, $codes, 1024);
                Self {
                    error_code,
                    error_description,
                }
            }
        }
    };
}

pub mod card_api;
pub mod merchant_gateway;
pub mod sandbox_admin;
pub mod token_notifications;
pub mod tsh_provisioning;
pub mod verification_notification;

use crate::domain::StoreError;
use crate::domain::auth::AuthError;
use crate::domain::cards::CardError;
use crate::domain::delivery::DeliveryError;
use crate::domain::partners::RegistrationError;
use crate::domain::tokens::TokenError;
use crate::domain::verification::VerificationError;
use poem_openapi::types::ToJSON;

use crate::runtime::{Problem, ProblemKind};

/// The JSON name of a generated enum value.
pub(crate) fn enum_name<T: ToJSON>(value: &T) -> String {
    value
        .to_json()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The code of a scope the token endpoint does not grant (RFC 6749's `invalid_scope`).
pub(crate) const INVALID_SCOPE: &str = "INVALID_SCOPE";

/// A store failure: the client learns that the server failed, the log learns why.
impl From<StoreError> for Problem {
    fn from(e: StoreError) -> Self {
        Problem::new(
            ProblemKind::Internal,
            "the sandbox's store could not be read or written",
        )
        .because(e)
    }
}

/// Refused credentials are 401 (403 where they are valid but not for this resource). A failure
/// while checking them is a 401 too, with its cause logged: the caller cannot be trusted, and
/// the token endpoint declares no 5xx.
impl From<AuthError> for Problem {
    fn from(e: AuthError) -> Self {
        match e {
            AuthError::Unauthorized(m) => Problem::new(ProblemKind::Unauthorized, m),
            AuthError::Forbidden(m) => Problem::new(ProblemKind::Forbidden, m),
            AuthError::InvalidScope(scope) => Problem::with_code(
                ProblemKind::InvalidRequest,
                INVALID_SCOPE,
                format!(
                    "scope: `{scope}` is not a scope this token endpoint grants ({})",
                    crate::domain::auth::SCOPES.join(", ")
                ),
            ),
            other => Problem::new(
                ProblemKind::Unauthorized,
                "credentials could not be checked",
            )
            .because(other),
        }
    }
}

/// The card registry's errors, for the Card API and the sandbox admin API alike.
impl From<CardError> for Problem {
    fn from(e: CardError) -> Self {
        let kind = match &e {
            CardError::UnknownIssuer(_) | CardError::UnknownCards { .. } => ProblemKind::NotFound,
            CardError::NotOwned(_) => ProblemKind::Forbidden,
            CardError::Jwe(_)
            | CardError::InvalidCardData(_)
            | CardError::BinMismatch
            | CardError::InvalidOperations(_)
            | CardError::OperationLimit { .. } => ProblemKind::InvalidRequest,
            CardError::PanTaken { .. } | CardError::CardIdTaken { .. } => ProblemKind::Conflict,
            CardError::Store(_) => ProblemKind::Internal,
        };
        match e {
            CardError::Store(store) => store.into(),
            CardError::Jwe(j) => Problem::with_code(kind, j.code(), format!("encryptedData: {j}")),
            other => Problem::with_code(kind, other.code(), other.to_string()),
        }
    }
}

/// A card's state change: each part's own conversion.
impl From<crate::domain::CardStateError> for Problem {
    fn from(e: crate::domain::CardStateError) -> Self {
        use crate::domain::CardStateError;
        match e {
            CardStateError::Card(e) => e.into(),
            CardStateError::Delivery(e) => e.into(),
            CardStateError::Wallet(e) => e.into(),
        }
    }
}

/// The TSH's refusals: the document declares 400 and 500 only, so every refusal is a 400 whose
/// code leads the `statusMessage`, and a store failure the 500.
impl From<crate::domain::wallets::WalletError> for Problem {
    fn from(e: crate::domain::wallets::WalletError) -> Self {
        use crate::domain::wallets::WalletError;
        match e {
            WalletError::Store(store) | WalletError::Card(CardError::Store(store)) => store.into(),
            other => {
                Problem::with_code(ProblemKind::InvalidRequest, other.code(), other.to_string())
            }
        }
    }
}

/// The token service's errors, for the token notifications and the merchant gateway.
impl From<TokenError> for Problem {
    fn from(e: TokenError) -> Self {
        let kind = match &e {
            TokenError::MissingTokenId | TokenError::InvalidTimestamp(_) => {
                ProblemKind::InvalidRequest
            }
            TokenError::UnknownMerchant(_)
            | TokenError::UnknownGatewayMerchant { .. }
            | TokenError::UnknownToken { .. } => ProblemKind::NotFound,
            TokenError::GatewayNotOwned(_) => ProblemKind::Forbidden,
            TokenError::Store(_) => ProblemKind::Internal,
        };
        match e {
            TokenError::Store(store) => store.into(),
            other => Problem {
                code: other.code(),
                ..Problem::new(kind, other.to_string())
            },
        }
    }
}

/// The connecting party's errors, for the verification notification and the admin API.
impl From<VerificationError> for Problem {
    fn from(e: VerificationError) -> Self {
        let kind = match &e {
            VerificationError::Store(_) | VerificationError::BadControlKey => ProblemKind::Internal,
            _ => ProblemKind::InvalidRequest,
        };
        match e {
            VerificationError::Store(store) => store.into(),
            VerificationError::BadControlKey => {
                Problem::new(kind, "the answer could not be signed").because(e)
            }
            other => Problem::with_code(kind, other.code(), other.to_string()),
        }
    }
}

/// The partner registry's errors, for the sandbox admin API.
impl From<RegistrationError> for Problem {
    fn from(e: RegistrationError) -> Self {
        match e {
            RegistrationError::Store(store) => store.into(),
            RegistrationError::Invalid(invalid) => Problem::with_code(
                ProblemKind::InvalidRequest,
                "INVALID_PARTNER",
                invalid.to_string(),
            ),
            RegistrationError::NotOwned(message) => Problem::new(ProblemKind::Forbidden, message),
            RegistrationError::Unknown(role) => Problem::with_code(
                ProblemKind::NotFound,
                "UNKNOWN_PARTNER",
                format!("no partner is registered for role {role}"),
            ),
        }
    }
}

/// The deliveries' errors, for the sandbox admin API.
impl From<DeliveryError> for Problem {
    fn from(e: DeliveryError) -> Self {
        let (kind, code) = match &e {
            DeliveryError::NoPartner(_) => (ProblemKind::Conflict, "NO_PARTNER"),
            DeliveryError::Invalid(_) => (ProblemKind::InvalidRequest, "INVALID_EVENT"),
            DeliveryError::Unknown(_) => (ProblemKind::NotFound, "UNKNOWN_DELIVERY"),
            DeliveryError::State { .. } => (ProblemKind::InvalidRequest, "DELIVERY_STATE"),
            DeliveryError::Partner(_) | DeliveryError::Store(_) => {
                return Problem::new(
                    ProblemKind::Internal,
                    "the deliveries could not be read or written",
                )
                .because(e);
            }
        };
        Problem::with_code(kind, code, e.to_string())
    }
}
