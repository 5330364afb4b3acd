//! How records become bytes, for every backend: JSON (so that a data directory can be
//! inspected with ordinary tools and a record can gain optional fields without a migration).
//!
//! Invariant: a backend stores what this module makes and hands back what it stored; it never
//! encodes or decodes a record its own way.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Result, StoreError};

/// The name of the wallet world's records (in corruption reports).
pub(in crate::store) const WALLETS: &str = "wallets";

/// A record from its stored bytes; [`StoreError::Corrupt`] naming `what` if they are not one.
pub(in crate::store) fn decode<T: DeserializeOwned>(what: &'static str, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt {
        tree: what,
        message: e.to_string(),
    })
}

/// A record's bytes.
pub(in crate::store) fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("store records serialise")
}
