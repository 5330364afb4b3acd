//! The state every API implementation shares: the store and the authentication keys, opened
//! once per process.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::auth::{Auth, AuthError};
use crate::cards::Cards;
use crate::store::{Store, StoreError};

/// What can stop the sandbox from starting.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The store could not be opened.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Keys or the demo tenant could not be set up.
    #[error("setting up authentication: {0:?}")]
    Auth(AuthError),
    /// The card registry's keys could not be set up.
    #[error("setting up the card registry: {0}")]
    Cards(String),
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
    /// The store.
    pub store: Store,
    /// Token issuing and checking.
    pub auth: Auth,
    /// The card registry and its JWE keys.
    pub cards: Cards,
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
        let auth = Auth::load(store.clone()).await.map_err(StartError::Auth)?;
        let cards = Cards::load(store.clone())
            .await
            .map_err(StartError::Cards)?;
        let credentials_written = crate::auth::ensure_demo_tenant(&store, data_dir, token_url)
            .await
            .map_err(StartError::Auth)?;
        Ok(Opened {
            sandbox: Arc::new(Sandbox { store, auth, cards }),
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
}
