//! Which records are sealed (encrypted at rest with [`crate::crypto::seal`]), and the sealing
//! itself, for every backend.
//!
//! Invariant: the decision is this module's, made once for all backends ([`SEALED`]): a
//! backend hands every value of a sealed family through [`Sealer::seal`] and [`Sealer::open`]
//! and stores the opaque bytes it gets; it holds no sealing key and keeps no list of its own.
//! A value is bound to its family and key (a sealed value moved to another key does not open),
//! and a store proves at open that the key file is its own ([`Sealer::check`]).

use crate::crypto::seal::{SealError, SealingKey};

use super::Result;

/// The record families stored sealed: the token-signing keys, the tenants (they hold the
/// connecting party's control key), the JWE decryption keys, the card-data secrets, the
/// partner descriptions (they hold the partners' secrets) and the outbox (messages owed to
/// partners).
pub(in crate::store) const SEALED: &[&str] = &[
    "signing_keys",
    "tenants",
    "enc_keys",
    "secrets",
    "partners",
    "outbox",
];

/// The value sealed as the store's check, and what it is bound to.
const CHECK: &[u8] = b"d1-sandbox store key";
const CHECK_CONTEXT: &[u8] = b"seal_check";

/// Seals and opens the values of the sealed families (see the module documentation).
#[derive(Clone)]
pub(in crate::store) struct Sealer {
    key: SealingKey,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sealer").finish_non_exhaustive()
    }
}

/// What a sealed value is: its family and key.
fn context(family: &str, key: &[u8]) -> Vec<u8> {
    let mut context = Vec::with_capacity(family.len() + 1 + key.len());
    context.extend_from_slice(family.as_bytes());
    context.push(b'/');
    context.extend_from_slice(key);
    context
}

impl Sealer {
    /// A sealer with `key`, checked against the store's check value (`stored`, as the backend
    /// keeps it), or, for a store that has none yet, with the check value to store.
    pub(in crate::store) fn new(
        key: SealingKey,
        stored: Option<&[u8]>,
    ) -> std::result::Result<(Sealer, Option<Vec<u8>>), SealError> {
        let new_check = match stored {
            Some(sealed) => {
                key.open(sealed, CHECK_CONTEXT)?;
                None
            }
            None => Some(key.seal(CHECK, CHECK_CONTEXT)?),
        };
        Ok((Sealer { key }, new_check))
    }

    /// The bytes to store for `value` of `family` at `key`: sealed when the family is.
    pub(in crate::store) fn seal(&self, family: &str, key: &[u8], value: &[u8]) -> Result<Vec<u8>> {
        if !SEALED.contains(&family) {
            return Ok(value.to_vec());
        }
        Ok(self.key.seal(value, &context(family, key))?)
    }

    /// The value stored as `stored` for `family` at `key`: opened when the family is sealed.
    pub(in crate::store) fn open(
        &self,
        family: &str,
        key: &[u8],
        stored: &[u8],
    ) -> Result<Vec<u8>> {
        if !SEALED.contains(&family) {
            return Ok(stored.to_vec());
        }
        Ok(self.key.open(stored, &context(family, key))?)
    }
}
