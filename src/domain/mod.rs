//! The sandbox's business logic: tenants and their credentials ([`auth`]), the issuer's card
//! registry ([`cards`]), network tokens ([`tokens`]), and [`Sandbox`], the state every API
//! shares, opened once per process.
//!
//! Invariant: imports neither `poem` nor `crate::generated`. Domain code knows nothing of HTTP
//! or of the documents' types: it takes and returns its own types, reads and writes through the
//! [`Store`] handle, and fails with its own error enums (`CardError`, `TokenError`,
//! `AuthError`), each converted once into a problem by the API layer. `tests/integration/
//! layers.rs` checks the imports.

pub mod auth;
pub mod cards;
pub mod tokens;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::crypto::jwe::KeyError;
use auth::{Auth, AuthError};
use cards::Cards;
use tokens::Tokens;

pub use crate::store::{ConnectingParty, Store, StoreError, Tenant, TenantSettings};

/// What can stop the sandbox from starting.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The store could not be opened.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Keys or the demo tenant could not be set up.
    #[error("setting up authentication: {0}")]
    Auth(#[from] AuthError),
    /// The card registry's keys could not be made or loaded.
    #[error("setting up the card registry's keys: {0}")]
    Keys(#[from] KeyError),
    /// The data directory could not be created.
    #[error("data directory {path}: {source}")]
    DataDir {
        /// The directory.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// The shared state.
pub struct Sandbox {
    /// The store. For start-up, tools and tests: the API layer goes through the domain
    /// services and never touches it (`tests/integration/layers.rs` checks).
    pub store: Store,
    /// Token issuing and checking.
    pub auth: Auth,
    /// The card registry and its JWE keys.
    pub cards: Cards,
    /// Network tokens.
    pub tokens: Tokens,
}

/// What opening the sandbox did.
pub struct Opened {
    /// The shared state.
    pub sandbox: Arc<Sandbox>,
    /// The credentials file, when this start created the demo tenant.
    pub credentials_written: Option<PathBuf>,
}

impl Sandbox {
    /// Opens the store in `data_dir` (creating it), loads or creates the signing keys, and
    /// creates the demo tenant on first start.
    pub async fn open(data_dir: &Path, token_url: &str) -> Result<Opened, StartError> {
        std::fs::create_dir_all(data_dir).map_err(|source| StartError::DataDir {
            path: data_dir.to_path_buf(),
            source,
        })?;
        let store = Store::open(data_dir)?;
        let auth = Auth::load(store.clone()).await?;
        let cards = Cards::load(store.clone()).await?;
        let tokens = Tokens::new(store.clone());
        let credentials_written = auth::ensure_demo_tenant(&store, data_dir, token_url).await?;
        Ok(Opened {
            sandbox: Arc::new(Sandbox {
                store,
                auth,
                cards,
                tokens,
            }),
            credentials_written,
        })
    }

    /// Every public key: token-signing keys (`use: sig`) and card-encryption keys (`use: enc`),
    /// as the JWK set of `/.well-known/jwks.json`.
    pub fn jwks(&self) -> serde_json::Value {
        let mut keys = self.auth.public_keys();
        keys.extend(self.cards.public_keys());
        serde_json::json!({ "keys": keys })
    }

    /// Replaces a tenant's sandbox settings; durable on return.
    pub async fn set_settings(
        &self,
        tenant: &Tenant,
        settings: &TenantSettings,
    ) -> Result<(), StoreError> {
        self.store.set_tenant_settings(&tenant.id, settings).await
    }

    /// Deletes a tenant's cards and tokens and restores its default settings; durable on
    /// return. Its credentials, issuers and merchants stay.
    pub async fn reset(&self, tenant: &Tenant) -> Result<(), StoreError> {
        self.store.reset_tenant(tenant).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_data_dir_of_another_schema_version_is_refused_with_a_clear_message() {
        let dir = std::env::temp_dir().join(format!(
            "d1-domain-schema-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        Store::open(&dir)
            .unwrap()
            .set_schema_version_for_test(7)
            .unwrap();
        let err = match Sandbox::open(&dir, "http://x/oauth2/token").await {
            Ok(_) => panic!("an incompatible store was opened"),
            Err(e) => e.to_string(),
        };
        assert!(
            err.contains("schema version 7")
                && err.contains(&format!("reads version {}", crate::store::SCHEMA_VERSION)),
            "{err}"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}
