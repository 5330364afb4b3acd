//! The sandbox's business logic: tenants and their credentials ([`auth`]), the issuer's card
//! registry ([`cards`]), network tokens ([`tokens`]), the connecting party's verification
//! ([`verification`]), the partners a tenant registers ([`partners`]), the messages D1 owes
//! them ([`delivery`]), the TSH's wallet world ([`wallets`]), and [`Sandbox`], the state every
//! API shares, opened once per process.
//!
//! Invariant: imports neither `poem` nor `crate::generated`. Domain code knows nothing of HTTP
//! or of the documents' types: it takes and returns its own types (what D1 sends a partner is
//! a typed `delivery::PartnerMessage`, never JSON), reads and writes through the [`Store`]
//! handle, and fails with its own error enums (`CardError`, `TokenError`, `AuthError`,
//! `DeliveryError`, `WalletError`, …), each converted once into a problem by the API layer. `tests/integration/
//! layers.rs` checks the imports.

pub mod auth;
pub mod cards;
pub mod delivery;
pub mod partners;
pub mod tokens;
pub mod verification;
pub mod wallets;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::crypto::jwe::KeyError;
use crate::crypto::seal::SealingKey;
use auth::{Auth, AuthError};
use cards::Cards;
use delivery::Deliveries;
use partners::Partners;
use tokens::Tokens;
use verification::Verification;

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

/// Where the key sealing a data directory's secrets is kept unless told otherwise: beside the
/// directory (`<data-dir>.key`), so that a copy of the directory alone reveals no secret.
pub fn default_key_file(data_dir: &Path) -> PathBuf {
    beside(data_dir, ".key")
}

/// Where the demo tenant's credentials are written unless told otherwise: beside the data
/// directory (`<data-dir>.credentials.json`), like the key file, so that a copy of the
/// directory alone holds no secret.
pub fn default_credentials_file(data_dir: &Path) -> PathBuf {
    beside(data_dir, ".credentials.json")
}

/// Where `tenant add` writes a tenant's credentials unless told otherwise: beside the data
/// directory (`<data-dir>.credentials-<id>.json`).
pub fn tenant_credentials_file(data_dir: &Path, id: &str) -> PathBuf {
    beside(data_dir, &format!(".credentials-{id}.json"))
}

/// `<data-dir><suffix>`, in the data directory's parent.
fn beside(data_dir: &Path, suffix: &str) -> PathBuf {
    let absolute = std::path::absolute(data_dir).unwrap_or_else(|_| data_dir.to_path_buf());
    let mut name = absolute
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "d1-sandbox-data".into());
    name.push(suffix);
    absolute.with_file_name(name)
}

/// Creates a directory readable by its owner only (0700), or leaves an existing one as it is.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Makes a directory and everything in it private to its owner (directories 0700, files
/// 0600); returns what was looser.
fn make_private(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut loosened = Vec::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mut pending = vec![dir.to_path_buf()];
        while let Some(path) = pending.pop() {
            let meta = std::fs::symlink_metadata(&path)?;
            if meta.file_type().is_symlink() {
                continue;
            }
            let private = if meta.is_dir() { 0o700 } else { 0o600 };
            if meta.permissions().mode() & 0o077 != 0 {
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(private))?;
                loosened.push(path.clone());
            }
            if meta.is_dir() {
                for entry in std::fs::read_dir(&path)? {
                    pending.push(entry?.path());
                }
            }
        }
    }
    Ok(loosened)
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
    /// The connecting party of the verification notification.
    pub verification: Verification,
    /// The partner endpoints tenants registered.
    pub partners: Partners,
    /// The messages owed to them.
    pub deliveries: Deliveries,
    /// The TSH's wallet cards.
    pub wallets: wallets::Wallets,
}

/// Why a card's state change (and what follows it) failed.
#[derive(Debug, thiserror::Error)]
pub enum CardStateError {
    /// The card registry refused it.
    #[error(transparent)]
    Card(#[from] cards::CardError),
    /// The issuer's notification could not be queued.
    #[error(transparent)]
    Delivery(#[from] delivery::DeliveryError),
    /// The wallet cards' updates could not be queued.
    #[error(transparent)]
    Wallet(#[from] wallets::WalletError),
}

/// What opening the sandbox did.
pub struct Opened {
    /// The shared state.
    pub sandbox: Arc<Sandbox>,
    /// The credentials file, when this start created the demo tenant.
    pub credentials_written: Option<PathBuf>,
}

impl Sandbox {
    /// Opens the store in `data_dir` (creating it, private to its owner), with its secrets
    /// sealed by the key in `key_file` (created with a new store), loads or creates the signing
    /// keys, and creates the demo tenant on first start, writing its credentials to
    /// `credentials_file`.
    pub async fn open(
        data_dir: &Path,
        key_file: &Path,
        credentials_file: &Path,
        token_url: &str,
    ) -> Result<Opened, StartError> {
        let data_dir_error = |source| StartError::DataDir {
            path: data_dir.to_path_buf(),
            source,
        };
        create_private_dir(data_dir).map_err(data_dir_error)?;
        let store = Store::open(data_dir, |new_store| {
            SealingKey::load_or_create(key_file, new_store)
        })?;
        let loosened = make_private(data_dir).map_err(data_dir_error)?;
        if !loosened.is_empty() {
            tracing::warn!(
                data_dir = %data_dir.display(),
                files = loosened.len(),
                "the data directory was readable by others; made it private to its owner"
            );
        }
        let auth = Auth::load(store.clone()).await?;
        let cards = Cards::load(store.clone()).await?;
        let tokens = Tokens::new(store.clone());
        let verification = Verification::new(store.clone());
        let wallets = wallets::Wallets::new(store.clone());
        let partners = Partners::new(store.clone());
        let deliveries = Deliveries::new(store.clone());
        let credentials_written =
            auth::ensure_demo_tenant(&store, credentials_file, token_url).await?;
        let legacy = data_dir.join("credentials.json");
        if legacy.exists() {
            tracing::warn!(
                file = %legacy.display(),
                "a credentials file is inside the data directory, where a copy of the directory \
                 would carry its secrets; move it out (new ones are written beside the directory)"
            );
        }
        Ok(Opened {
            sandbox: Arc::new(Sandbox {
                store,
                auth,
                cards,
                tokens,
                verification,
                partners,
                deliveries,
                wallets,
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

    /// Changes a card's state at the issuer (admin API), and what follows in the D1 world: D1
    /// tells the registered issuer endpoint (if any), and TSH queues an `UPDATE_CARD` for each
    /// wallet card of the card.
    pub async fn set_card_state(
        &self,
        tenant: &Tenant,
        issuer_id: &str,
        card_id: &str,
        state: crate::store::CardState,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<crate::store::CardRecord, CardStateError> {
        let card = self
            .cards
            .set_state(tenant, issuer_id, card_id, state)
            .await?;
        self.deliveries
            .card_state_changed(tenant, issuer_id, &card.card_id, card.state, now)
            .await?;
        self.wallets
            .issuer_card_changed(issuer_id, &card.card_id, card.state, now)
            .await?;
        Ok(card)
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
        let key_file = default_key_file(&dir);
        Store::open(&dir, |new| SealingKey::load_or_create(&key_file, new))
            .unwrap()
            .set_schema_version_for_test(7)
            .unwrap();
        let credentials = default_credentials_file(&dir);
        let err = match Sandbox::open(&dir, &key_file, &credentials, "http://x/oauth2/token").await
        {
            Ok(_) => panic!("an incompatible store was opened"),
            Err(e) => e.to_string(),
        };
        assert!(
            err.contains("schema version 7")
                && err.contains(&format!("reads version {}", crate::store::SCHEMA_VERSION)),
            "{err}"
        );
        std::fs::remove_dir_all(dir).unwrap();
        std::fs::remove_file(key_file).unwrap();
    }
}
