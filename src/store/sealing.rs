//! The record families and which of them are sealed (encrypted at rest with
//! [`crate::crypto::seal`]), and the sealing itself, for every backend.
//!
//! Invariant: every family a backend stores records of is declared here, once, with whether it
//! is sealed, and the type says which: a [`Plain`] family is JSON in the clear
//! ([`Plain::encode`]), a [`Sealed`] one is written only through the handle's [`Sealer`]
//! ([`Sealer::encode`], [`Sealer::seal_bytes`]). No other module can declare a family (the
//! fields are private here), and nothing turns a sealed family's value into bytes without the
//! key, so a backend cannot forget to seal one. The handle ([`super::Store::open`]) obtains the
//! key, checks it against the store's check value ([`Sealer::new`]) and hands the sealer to
//! the backend; a backend holds no key file and no list of its own. A value is bound to its
//! family and key (a sealed value moved to another key does not open).

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::crypto::seal::{SealError, SealingKey};

use super::Result;

/// A family of records stored in the clear, as JSON (see [`Plain::encode`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::store) struct Plain(&'static str);

/// A family of records stored sealed: only [`Sealer`] turns its values into bytes and back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::store) struct Sealed(&'static str);

impl Plain {
    /// The family's name (a backend's tree or table; named in corruption reports).
    pub(in crate::store) const fn name(self) -> &'static str {
        self.0
    }
}

impl Sealed {
    /// The family's name (a backend's tree or table; named in corruption reports).
    pub(in crate::store) const fn name(self) -> &'static str {
        self.0
    }
}

/// The token-signing keys (private JWKs).
pub(in crate::store) const SIGNING_KEYS: Sealed = Sealed("signing_keys");
/// The tenants: they hold the connecting party's control key.
pub(in crate::store) const TENANTS: Sealed = Sealed("tenants");
/// The JWE decryption keys.
pub(in crate::store) const ENC_KEYS: Sealed = Sealed("enc_keys");
/// The card-data secrets (raw key bytes).
pub(in crate::store) const SECRETS: Sealed = Sealed("secrets");
/// The partner descriptions: they hold the partners' secrets.
pub(in crate::store) const PARTNERS: Sealed = Sealed("partners");
/// The outbox: messages owed to partners.
pub(in crate::store) const OUTBOX: Sealed = Sealed("outbox");

/// The tokens of the token notifications.
pub(in crate::store) const TOKENS: Plain = Plain("tokens");
/// The notifications received about tokens.
pub(in crate::store) const TOKEN_EVENTS: Plain = Plain("token_events");
/// The card registry.
pub(in crate::store) const CARDS: Plain = Plain("cards");
/// The cards' operations.
pub(in crate::store) const OPERATIONS: Plain = Plain("operations");
/// The connecting party's consumer sessions, card mappings and verification transactions.
pub(in crate::store) const VERIFICATION: Plain = Plain("verification");
/// The delivery attempts of the outbox's messages.
pub(in crate::store) const ATTEMPTS: Plain = Plain("attempts");
/// The TSH's wallet world.
pub(in crate::store) const WALLETS: Plain = Plain("wallets");

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
fn context(family: Sealed, key: &[u8]) -> Vec<u8> {
    let name = family.name();
    let mut context = Vec::with_capacity(name.len() + 1 + key.len());
    context.extend_from_slice(name.as_bytes());
    context.push(b'/');
    context.extend_from_slice(key);
    context
}

impl Sealer {
    /// A sealer for a store whose check value is `stored` (as the backend keeps it; `None` for
    /// a store that has none yet). `sealing_key` is told whether the store is new (it may then
    /// make a key); the key must open the check value. Also the check value to store, for a
    /// new store.
    pub(in crate::store) fn new(
        stored: Option<&[u8]>,
        sealing_key: impl FnOnce(bool) -> std::result::Result<SealingKey, SealError>,
    ) -> std::result::Result<(Sealer, Option<Vec<u8>>), SealError> {
        let key = sealing_key(stored.is_none())?;
        let new_check = match stored {
            Some(sealed) => {
                key.open(sealed, CHECK_CONTEXT)?;
                None
            }
            None => Some(key.seal(CHECK, CHECK_CONTEXT)?),
        };
        Ok((Sealer { key }, new_check))
    }

    /// The bytes to store for a record of `family` at `key`: its JSON, sealed.
    pub(in crate::store) fn encode<T: Serialize>(
        &self,
        family: Sealed,
        key: &[u8],
        value: &T,
    ) -> Result<Vec<u8>> {
        self.seal_bytes(family, key, &Plain(family.0).encode(value))
    }

    /// The record of `family` stored as `stored` at `key`.
    pub(in crate::store) fn decode<T: DeserializeOwned>(
        &self,
        family: Sealed,
        key: &[u8],
        stored: &[u8],
    ) -> Result<T> {
        Plain(family.0).decode(&self.open_bytes(family, key, stored)?)
    }

    /// The bytes to store for `value` (bytes already, not a record) of `family` at `key`.
    pub(in crate::store) fn seal_bytes(
        &self,
        family: Sealed,
        key: &[u8],
        value: &[u8],
    ) -> Result<Vec<u8>> {
        Ok(self.key.seal(value, &context(family, key))?)
    }

    /// The value sealed by [`Sealer::seal_bytes`].
    pub(in crate::store) fn open_bytes(
        &self,
        family: Sealed,
        key: &[u8],
        stored: &[u8],
    ) -> Result<Vec<u8>> {
        Ok(self.key.open(stored, &context(family, key))?)
    }
}
