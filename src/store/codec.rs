//! How records become bytes, for every backend: JSON (so that a data directory can be
//! inspected with ordinary tools and a record can gain optional fields without a migration).
//!
//! Invariant: a backend stores what [`Plain::encode`] (a plain family) or the handle's `Sealer`
//! (a sealed family: it seals the same JSON) makes, and hands back what it stored; it never
//! encodes or decodes a record its own way. The JSON functions are private to this module, so
//! the only way to a record's bytes goes through a family.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::sealing::Plain;
use super::{Result, StoreError};

/// A record from its JSON; [`StoreError::Corrupt`] naming `what` if it is not one.
fn from_json<T: DeserializeOwned>(what: &'static str, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt {
        tree: what,
        message: e.to_string(),
    })
}

/// A record's JSON.
fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("store records serialise")
}

impl Plain {
    /// The bytes to store for a record of this family: its JSON, in the clear.
    pub(in crate::store) fn encode<T: Serialize>(self, value: &T) -> Vec<u8> {
        to_json(value)
    }

    /// A record of this family from its stored bytes; [`StoreError::Corrupt`] naming the
    /// family if they are not one.
    pub(in crate::store) fn decode<T: DeserializeOwned>(self, bytes: &[u8]) -> Result<T> {
        from_json(self.name(), bytes)
    }
}
