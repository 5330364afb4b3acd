//! What can go wrong in the store, for every backend.

use crate::crypto::seal::SealError;

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The storage engine failed (I/O, corruption).
    #[error("store: {0}")]
    Backend(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// The data directory was written by a build with another layout.
    #[error(
        "the data directory was written with store schema version {found}, but this build \
         reads version {expected}; use another --data-dir or a matching d1-sandbox"
    )]
    IncompatibleSchema {
        /// The version found on disk.
        found: u32,
        /// The version this build reads.
        expected: u32,
    },
    /// Another process has the store open (sled allows one).
    #[error("the data directory {0} is in use by another d1-sandbox process")]
    InUse(String),
    /// A stored value could not be decoded.
    #[error("store: corrupt record in `{tree}`: {message}")]
    Corrupt {
        /// The tree holding it.
        tree: &'static str,
        /// What was wrong.
        message: String,
    },
    /// A record that must be unique already exists.
    #[error("store: `{0}` is already taken")]
    Conflict(String),
    /// The key that seals the store's secrets is not this store's (or is missing).
    #[error(transparent)]
    Sealing(#[from] SealError),
}

/// The store's result type.
pub type Result<T> = std::result::Result<T, StoreError>;
