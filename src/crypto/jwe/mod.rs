//! JWE (RFC 7516) compact decryption of card data, with the keys kept in the store (the domain
//! converts the store's key records to this module's [`EncryptionKey`]: crypto names no store type).
//!
//! The cryptography is josekit's (OpenSSL), except the ECDH-ES key agreement (`ecdh`, one
//! scalar multiplication instead of josekit's three). This module decides what is acceptable before
//! josekit sees an input: the algorithms, the key (by `kid`), the curve, and the length of every
//! part. The length checks are not cosmetic: josekit unwraps a key-wrapped CEK into a buffer of
//! `len - 8` bytes, which underflows on a short encrypted key, and OpenSSL accepts truncated GCM
//! tags. Every refusal is a [`JweError`] with a stable code; none panics.

use std::collections::HashMap;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Utc;
use josekit::jwe::{
    ECDH_ES, ECDH_ES_A128KW, ECDH_ES_A192KW, ECDH_ES_A256KW, JweDecrypter, JweHeader, RSA_OAEP_256,
};
use josekit::jwk::Jwk;
use josekit::jwk::alg::ec::{EcCurve, EcKeyPair};
use josekit::jwk::alg::rsa::RsaKeyPair;
use serde_json::Value;

/// A private JWE decryption key, as made by [`generate_ec_key`] or [`generate_rsa_key`] and kept
/// (by the caller) to load into a [`Keyring`].
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionKey {
    /// The key id (`kid`).
    pub kid: String,
    /// When it was created; the newest key is the one encrypters should use.
    pub created_at: chrono::DateTime<Utc>,
    /// The private JWK.
    pub private_jwk: Value,
}

/// Why a key could not be made, loaded or used to encrypt. Never contains key material.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// josekit refused the key or the operation.
    #[error(transparent)]
    Jose(#[from] josekit::JoseError),
    /// OpenSSL refused the key.
    #[error(transparent)]
    OpenSsl(#[from] openssl::error::ErrorStack),
    /// The key or the request is not usable as it is.
    #[error("{0}")]
    Invalid(String),
}

impl From<&str> for KeyError {
    fn from(why: &str) -> Self {
        KeyError::Invalid(why.to_string())
    }
}

impl From<String> for KeyError {
    fn from(why: String) -> Self {
        KeyError::Invalid(why)
    }
}

/// The longest compact JWE accepted: `encryptedData`'s `maxLength` in the Card API.
pub const MAX_COMPACT_LEN: usize = 8192;

/// Key-management algorithms accepted (`alg`).
pub const ALGORITHMS: &[&str] = &[
    "ECDH-ES",
    "ECDH-ES+A128KW",
    "ECDH-ES+A192KW",
    "ECDH-ES+A256KW",
    "RSA-OAEP-256",
];

/// Why a JWE was refused. The messages never contain key material or plaintext.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JweError {
    /// Longer than [`MAX_COMPACT_LEN`].
    #[error("the JWE is longer than {MAX_COMPACT_LEN} characters")]
    TooLarge,
    /// Not five base64url parts, or a header that is not a JSON object.
    #[error("not a compact JWE: {0}")]
    Malformed(String),
    /// An `alg` outside [`ALGORITHMS`] (including `none` and `dir`).
    #[error(
        "unsupported JWE alg {0:?}; supported: ECDH-ES, ECDH-ES+A128KW, ECDH-ES+A192KW, ECDH-ES+A256KW, RSA-OAEP-256"
    )]
    UnsupportedAlgorithm(String),
    /// An `enc` this server does not decrypt.
    #[error(
        "unsupported JWE enc {0:?}; supported: A128GCM, A192GCM, A256GCM, A128CBC-HS256, A192CBC-HS384, A256CBC-HS512"
    )]
    UnsupportedEncryption(String),
    /// A header parameter this server does not support (`zip`, `crit`).
    #[error("unsupported JWE header parameter {0:?}")]
    UnsupportedHeader(String),
    /// No `kid`.
    #[error("the JWE header has no kid")]
    MissingKeyId,
    /// A `kid` naming no key of this server.
    #[error("no decryption key has kid {0:?}; see /.well-known/jwks.json")]
    UnknownKey(String),
    /// The key cannot be used as the header says (RSA key with ECDH, wrong curve, ...).
    #[error("{0}")]
    KeyMismatch(String),
    /// The parts have the right shape but do not decrypt (tampered tag, wrong key, ...).
    #[error("the JWE could not be decrypted (wrong key, or altered in transit)")]
    DecryptionFailed,
}

impl JweError {
    /// A stable, machine-readable code for error bodies.
    pub fn code(&self) -> &'static str {
        match self {
            JweError::TooLarge => "JWE_TOO_LARGE",
            JweError::Malformed(_) => "JWE_MALFORMED",
            JweError::UnsupportedAlgorithm(_) => "JWE_UNSUPPORTED_ALG",
            JweError::UnsupportedEncryption(_) => "JWE_UNSUPPORTED_ENC",
            JweError::UnsupportedHeader(_) => "JWE_UNSUPPORTED_HEADER",
            JweError::MissingKeyId => "JWE_MISSING_KID",
            JweError::UnknownKey(_) => "UNKNOWN_KEY",
            JweError::KeyMismatch(_) => "JWE_KEY_MISMATCH",
            JweError::DecryptionFailed => "JWE_DECRYPTION_FAILED",
        }
    }
}

/// Content encryptions: (name, CEK bytes, IV bytes, tag bytes, block cipher mode).
const ENCRYPTIONS: &[(&str, usize, usize, usize, bool)] = &[
    ("A128GCM", 16, 12, 16, false),
    ("A192GCM", 24, 12, 16, false),
    ("A256GCM", 32, 12, 16, false),
    ("A128CBC-HS256", 32, 16, 16, true),
    ("A192CBC-HS384", 48, 16, 24, true),
    ("A256CBC-HS512", 64, 16, 32, true),
];

#[derive(Debug, Clone, PartialEq, Eq)]
enum KeyKind {
    /// An EC key on a curve (JWK `crv`).
    Ec(String),
    /// An RSA key with a modulus of this many bytes.
    Rsa(usize),
}

struct DecryptionKey {
    kind: KeyKind,
    public: Value,
    /// One decrypter per accepted `alg` for this key.
    decrypters: HashMap<&'static str, Box<dyn JweDecrypter>>,
}

/// The server's JWE decryption keys.
pub struct Keyring {
    /// By kid.
    keys: HashMap<String, DecryptionKey>,
    /// Kids, newest first (the order of the published key set).
    order: Vec<String>,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keyring")
            .field("kids", &self.order)
            .finish_non_exhaustive()
    }
}

/// A new P-256 key for ECDH-ES (and its key-wrap variants), named `kid`.
pub fn generate_ec_key(kid: &str) -> Result<EncryptionKey, KeyError> {
    let pair = EcKeyPair::generate(EcCurve::P256).map_err(KeyError::from)?;
    record(kid, pair.to_jwk_key_pair())
}

/// A new 2048-bit RSA key for RSA-OAEP-256, named `kid`.
pub fn generate_rsa_key(kid: &str) -> Result<EncryptionKey, KeyError> {
    let pair = RsaKeyPair::generate(2048).map_err(KeyError::from)?;
    record(kid, pair.to_jwk_key_pair())
}

fn record(kid: &str, mut jwk: Jwk) -> Result<EncryptionKey, KeyError> {
    jwk.set_key_id(kid);
    jwk.set_key_use("enc");
    Ok(EncryptionKey {
        kid: kid.to_string(),
        created_at: Utc::now(),
        private_jwk: Value::Object(jwk.as_ref().clone()),
    })
}

fn b64(part: &str, what: &str) -> Result<Vec<u8>, JweError> {
    URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|_| JweError::Malformed(format!("the {what} is not base64url")))
}

impl Keyring {
    /// Loads stored keys (any order). A key josekit cannot load is an error naming its kid.
    pub fn from_records(records: &[EncryptionKey]) -> Result<Keyring, KeyError> {
        let mut sorted: Vec<&EncryptionKey> = records.iter().collect();
        sorted.sort_by(|a, b| (b.created_at, &b.kid).cmp(&(a.created_at, &a.kid)));
        let mut keys = HashMap::new();
        let mut order = Vec::new();
        for r in sorted {
            let key =
                load(r).map_err(|e| KeyError::Invalid(format!("encryption key {}: {e}", r.kid)))?;
            keys.insert(r.kid.clone(), key);
            order.push(r.kid.clone());
        }
        Ok(Keyring { keys, order })
    }

    /// The public keys, newest first, as JWKs with `use: enc` (and `alg` for RSA keys, whose
    /// one algorithm is fixed; EC keys serve all four ECDH-ES variants).
    pub fn public_jwks(&self) -> Vec<Value> {
        self.order
            .iter()
            .map(|kid| self.keys[kid].public.clone())
            .collect()
    }

    /// Decrypts a compact JWE to its plaintext.
    pub fn decrypt(&self, compact: &str) -> Result<Vec<u8>, JweError> {
        if compact.len() > MAX_COMPACT_LEN {
            return Err(JweError::TooLarge);
        }
        let parts: Vec<&str> = compact.split('.').collect();
        let [header_b64, key_b64, iv_b64, ciphertext_b64, tag_b64] = parts[..] else {
            return Err(JweError::Malformed(format!(
                "{} parts instead of 5",
                parts.len()
            )));
        };
        let header: serde_json::Map<String, Value> =
            serde_json::from_slice(&b64(header_b64, "protected header")?).map_err(|_| {
                JweError::Malformed("the protected header is not a JSON object".into())
            })?;
        let encrypted_key = b64(key_b64, "encrypted key")?;
        let iv = b64(iv_b64, "initialization vector")?;
        let ciphertext = b64(ciphertext_b64, "ciphertext")?;
        let tag = b64(tag_b64, "authentication tag")?;

        let alg = match header.get("alg") {
            Some(Value::String(a)) => a.as_str(),
            Some(_) => return Err(JweError::Malformed("alg is not a string".into())),
            None => return Err(JweError::Malformed("the header has no alg".into())),
        };
        let Some(alg) = ALGORITHMS.iter().copied().find(|a| *a == alg) else {
            return Err(JweError::UnsupportedAlgorithm(
                alg.chars().take(64).collect(),
            ));
        };
        let enc = match header.get("enc") {
            Some(Value::String(e)) => e.as_str(),
            Some(_) => return Err(JweError::Malformed("enc is not a string".into())),
            None => return Err(JweError::Malformed("the header has no enc".into())),
        };
        let Some(&(_, cek_len, iv_len, tag_len, cbc)) =
            ENCRYPTIONS.iter().find(|(name, ..)| *name == enc)
        else {
            return Err(JweError::UnsupportedEncryption(
                enc.chars().take(64).collect(),
            ));
        };
        for unsupported in ["zip", "crit"] {
            if header.contains_key(unsupported) {
                return Err(JweError::UnsupportedHeader(unsupported.into()));
            }
        }
        let kid = match header.get("kid") {
            Some(Value::String(k)) => k.as_str(),
            Some(_) => return Err(JweError::Malformed("kid is not a string".into())),
            None => return Err(JweError::MissingKeyId),
        };
        let Some(key) = self.keys.get(kid) else {
            return Err(JweError::UnknownKey(kid.chars().take(128).collect()));
        };

        // The key must suit the algorithm, and the encrypted key its length.
        let expected_key_len = match (&key.kind, alg) {
            (KeyKind::Rsa(n), "RSA-OAEP-256") => Some(*n),
            (KeyKind::Ec(crv), _) if alg.starts_with("ECDH-ES") => {
                check_epk(&header, crv)?;
                if alg == "ECDH-ES" {
                    Some(0)
                } else {
                    Some(cek_len + 8)
                }
            }
            _ => {
                return Err(JweError::KeyMismatch(format!(
                    "key {kid} is not a key for {alg}"
                )));
            }
        };
        if expected_key_len != Some(encrypted_key.len()) {
            return Err(JweError::Malformed(format!(
                "the encrypted key must be {} bytes for {alg} with this key",
                expected_key_len.unwrap_or(0)
            )));
        }
        if iv.len() != iv_len {
            return Err(JweError::Malformed(format!(
                "the initialization vector must be {iv_len} bytes for {enc}"
            )));
        }
        if tag.len() != tag_len {
            return Err(JweError::Malformed(format!(
                "the authentication tag must be {tag_len} bytes for {enc}"
            )));
        }
        if cbc && (ciphertext.is_empty() || ciphertext.len() % 16 != 0) {
            return Err(JweError::Malformed(format!(
                "the ciphertext of {enc} must be a non-empty multiple of 16 bytes"
            )));
        }
        let decrypter = key
            .decrypters
            .get(alg)
            .ok_or_else(|| JweError::KeyMismatch(format!("key {kid} is not a key for {alg}")))?;
        josekit::jwe::deserialize_compact(compact, decrypter.as_ref())
            .map(|(plaintext, _)| plaintext)
            .map_err(|_| JweError::DecryptionFailed)
    }
}

/// The ephemeral public key must be an EC key on the recipient key's curve.
fn check_epk(header: &serde_json::Map<String, Value>, crv: &str) -> Result<(), JweError> {
    let Some(Value::Object(epk)) = header.get("epk") else {
        return Err(JweError::Malformed(
            "ECDH-ES needs an epk object in the header".into(),
        ));
    };
    if epk.get("kty").and_then(Value::as_str) != Some("EC") {
        return Err(JweError::KeyMismatch("the epk is not an EC key".into()));
    }
    match epk.get("crv").and_then(Value::as_str) {
        Some(c) if c == crv => Ok(()),
        Some(c) => Err(JweError::KeyMismatch(format!(
            "the epk is on curve {}, the key on {crv}",
            c.chars().take(16).collect::<String>()
        ))),
        None => Err(JweError::Malformed("the epk has no crv".into())),
    }
}

fn load(r: &EncryptionKey) -> Result<DecryptionKey, KeyError> {
    let Value::Object(map) = &r.private_jwk else {
        return Err("the stored JWK is not an object".into());
    };
    let jwk = Jwk::from_map(map.clone()).map_err(KeyError::from)?;
    let mut public = jwk.to_public_key().map_err(KeyError::from)?;
    public.set_key_id(&r.kid);
    public.set_key_use("enc");
    let mut decrypters: HashMap<&'static str, Box<dyn JweDecrypter>> = HashMap::new();
    let kind = match jwk.key_type() {
        "EC" => {
            let crv = jwk.curve().ok_or("an EC key without crv")?.to_string();
            for (name, alg) in [
                ("ECDH-ES", ECDH_ES),
                ("ECDH-ES+A128KW", ECDH_ES_A128KW),
                ("ECDH-ES+A192KW", ECDH_ES_A192KW),
                ("ECDH-ES+A256KW", ECDH_ES_A256KW),
            ] {
                let sec1 = EcKeyPair::from_jwk(&jwk)
                    .map_err(KeyError::from)?
                    .to_raw_private_key();
                let key =
                    openssl::ec::EcKey::private_key_from_der(&sec1).map_err(KeyError::from)?;
                let d = ecdh::EcdhEsDecrypter::new(alg, key, Some(r.kid.clone()));
                decrypters.insert(name, Box::new(d));
            }
            KeyKind::Ec(crv)
        }
        "RSA" => {
            let n = jwk
                .parameter("n")
                .and_then(Value::as_str)
                .and_then(|n| URL_SAFE_NO_PAD.decode(n).ok())
                .ok_or("an RSA key without a readable modulus")?;
            let bytes = n.len() - n.iter().take_while(|b| **b == 0).count();
            public.set_algorithm("RSA-OAEP-256");
            let d = RSA_OAEP_256
                .decrypter_from_jwk(&jwk)
                .map_err(KeyError::from)?;
            decrypters.insert("RSA-OAEP-256", Box::new(d));
            KeyKind::Rsa(bytes)
        }
        other => return Err(format!("unsupported key type {other}").into()),
    };
    Ok(DecryptionKey {
        kind,
        public: Value::Object(public.as_ref().clone()),
        decrypters,
    })
}

/// Encrypts `plaintext` to a public JWK as a compact JWE: ECDH-ES + A256GCM for an EC key (what
/// D1 sends), RSA-OAEP-256 + A256GCM for an RSA key. The header carries the key's `kid`.
pub fn encrypt_to(public_jwk: &Value, plaintext: &[u8]) -> Result<String, KeyError> {
    encrypt_with(public_jwk, plaintext, None, "A256GCM")
}

/// Encrypts with a chosen `alg` (default: by key type) and `enc`.
pub fn encrypt_with(
    public_jwk: &Value,
    plaintext: &[u8],
    alg: Option<&str>,
    enc: &str,
) -> Result<String, KeyError> {
    let Value::Object(map) = public_jwk else {
        return Err("the JWK is not an object".into());
    };
    let jwk = Jwk::from_map(map.clone()).map_err(KeyError::from)?;
    let kid = jwk.key_id().map(str::to_string);
    let mut header = JweHeader::new();
    header.set_content_encryption(enc);
    if let Some(kid) = &kid {
        header.set_key_id(kid);
    }
    let alg = alg.unwrap_or(if jwk.key_type() == "RSA" {
        "RSA-OAEP-256"
    } else {
        "ECDH-ES"
    });
    let encrypter: Box<dyn josekit::jwe::JweEncrypter> = match alg {
        "ECDH-ES" => Box::new(ECDH_ES.encrypter_from_jwk(&jwk).map_err(KeyError::from)?),
        "ECDH-ES+A128KW" => Box::new(
            ECDH_ES_A128KW
                .encrypter_from_jwk(&jwk)
                .map_err(KeyError::from)?,
        ),
        "ECDH-ES+A256KW" => Box::new(
            ECDH_ES_A256KW
                .encrypter_from_jwk(&jwk)
                .map_err(KeyError::from)?,
        ),
        "RSA-OAEP-256" => Box::new(
            RSA_OAEP_256
                .encrypter_from_jwk(&jwk)
                .map_err(KeyError::from)?,
        ),
        other => return Err(format!("unsupported alg {other}").into()),
    };
    josekit::jwe::serialize_compact(plaintext, &header, encrypter.as_ref()).map_err(KeyError::from)
}

mod ecdh;
#[cfg(test)]
mod tests;

/// Chooses the key D1 would use from a JWK set: the first (newest) EC key for encryption,
/// else the first encryption key of any type.
pub fn choose_encryption_key(jwks: &Value) -> Option<&Value> {
    let keys = jwks.get("keys")?.as_array()?;
    let for_enc = |k: &&Value| k.get("use").and_then(Value::as_str) == Some("enc");
    keys.iter()
        .filter(for_enc)
        .find(|k| k.get("kty").and_then(Value::as_str) == Some("EC"))
        .or_else(|| keys.iter().find(for_enc))
}
