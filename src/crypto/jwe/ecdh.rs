//! ECDH-ES key agreement (RFC 7518 §4.6) for josekit's JWE decryption, with one scalar
//! multiplication per message.
//!
//! josekit's own ECDH-ES decrypter imports the ephemeral public key through OpenSSL 3's DER
//! decoder and lets `EVP_PKEY_derive` validate it again: the decoder's provider look-ups and
//! three scalar multiplications per message, about 450 µs for one P-256 decryption on the
//! benchmark machine (criterion, `bench/blocks.rs`). Here the point is decoded with
//! `EC_POINT_oct2point`, which refuses a point that is not on the curve (the NIST curves have
//! cofactor 1, so that is the whole validation), and multiplied once by the private scalar. The
//! concat KDF and the AES key unwrap are josekit's, step for step; content decryption stays
//! josekit's. The RFC 7520 examples and the jwcrypto interoperability run cover it.

use std::borrow::Cow;

use anyhow::{anyhow, bail};
use josekit::JoseError;
use josekit::jwe::alg::ecdh_es::EcdhEsJweAlgorithm;
use josekit::jwe::{JweAlgorithm, JweContentEncryption, JweDecrypter, JweHeader};
use openssl::aes::{AesKey, unwrap_key};
use openssl::bn::{BigNum, BigNumContext};
use openssl::ec::{EcKey, EcPoint};
use openssl::pkey::Private;
use openssl::sha::Sha256;
use serde_json::Value;

/// An ECDH-ES (or ECDH-ES+AxxxKW) decrypter for one EC private key.
#[derive(Clone)]
pub(super) struct EcdhEsDecrypter {
    algorithm: EcdhEsJweAlgorithm,
    key: EcKey<Private>,
    /// Bytes of a coordinate on the key's curve.
    field_len: usize,
    key_id: Option<String>,
}

impl std::fmt::Debug for EcdhEsDecrypter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EcdhEsDecrypter")
            .field("algorithm", &self.algorithm.name())
            .field("key_id", &self.key_id)
            .finish_non_exhaustive()
    }
}

impl EcdhEsDecrypter {
    /// A decrypter for `algorithm` with `key`.
    pub(super) fn new(
        algorithm: EcdhEsJweAlgorithm,
        key: EcKey<Private>,
        key_id: Option<String>,
    ) -> Self {
        let field_len = (key.group().degree() as usize).div_ceil(8);
        EcdhEsDecrypter {
            algorithm,
            key,
            field_len,
            key_id,
        }
    }

    /// The shared secret Z: the x coordinate of the private scalar times the ephemeral key.
    fn agree(&self, header: &JweHeader) -> anyhow::Result<Vec<u8>> {
        let Some(Value::Object(epk)) = header.claim("epk") else {
            bail!("the epk header parameter must be an object");
        };
        let coordinate = |name: &str| -> anyhow::Result<Vec<u8>> {
            let Some(Value::String(text)) = epk.get(name) else {
                bail!("the epk has no {name} string");
            };
            let bytes = b64(text)?;
            if bytes.len() != self.field_len {
                bail!("the epk {name} coordinate has the wrong length");
            }
            Ok(bytes)
        };
        let mut encoded = Vec::with_capacity(1 + 2 * self.field_len);
        encoded.push(0x04);
        encoded.extend_from_slice(&coordinate("x")?);
        encoded.extend_from_slice(&coordinate("y")?);
        let group = self.key.group();
        let mut ctx = BigNumContext::new()?;
        let peer = EcPoint::from_bytes(group, &encoded, &mut ctx)?;
        let mut shared = EcPoint::new(group)?;
        shared.mul2(group, &peer, self.key.private_key(), &mut ctx)?;
        let (mut x, mut y) = (BigNum::new()?, BigNum::new()?);
        shared.affine_coordinates(group, &mut x, &mut y, &mut ctx)?;
        Ok(x.to_vec_padded(self.field_len as i32)?)
    }
}

fn b64(text: &str) -> anyhow::Result<Vec<u8>> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| anyhow!("not base64url"))
}

/// The concat KDF of RFC 7518 §4.6.2 with SHA-256: `len` bytes for algorithm id `alg`.
fn concat_kdf(z: &[u8], alg: &str, len: usize, apu: &[u8], apv: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(len.div_ceil(32) * 32);
    let mut counter = 1u32;
    while out.len() < len {
        let mut hasher = Sha256::new();
        hasher.update(&counter.to_be_bytes());
        hasher.update(z);
        for part in [alg.as_bytes(), apu, apv] {
            hasher.update(&(part.len() as u32).to_be_bytes());
            hasher.update(part);
        }
        hasher.update(&((len * 8) as u32).to_be_bytes());
        out.extend_from_slice(&hasher.finish());
        counter += 1;
    }
    out.truncate(len);
    out
}

/// `apu` or `apv`, decoded; empty when absent.
fn party_info(header: &JweHeader, name: &str) -> anyhow::Result<Vec<u8>> {
    match header.claim(name) {
        None => Ok(Vec::new()),
        Some(Value::String(text)) => b64(text),
        Some(_) => bail!("the {name} header parameter must be a string"),
    }
}

impl JweDecrypter for EcdhEsDecrypter {
    fn algorithm(&self) -> &dyn JweAlgorithm {
        &self.algorithm
    }

    fn key_id(&self) -> Option<&str> {
        self.key_id.as_deref()
    }

    fn decrypt(
        &self,
        encrypted_key: Option<&[u8]>,
        cencryption: &dyn JweContentEncryption,
        header: &JweHeader,
    ) -> Result<Cow<'_, [u8]>, JoseError> {
        (|| -> anyhow::Result<Cow<'_, [u8]>> {
            let direct = matches!(self.algorithm, EcdhEsJweAlgorithm::EcdhEs);
            let apu = party_info(header, "apu")?;
            let apv = party_info(header, "apv")?;
            let z = self.agree(header)?;
            if direct {
                if encrypted_key.is_some_and(|k| !k.is_empty()) {
                    bail!("ECDH-ES takes no encrypted key");
                }
                let cek = concat_kdf(&z, cencryption.name(), cencryption.key_len(), &apu, &apv);
                return Ok(Cow::Owned(cek));
            }
            let kek_len = match self.algorithm {
                EcdhEsJweAlgorithm::EcdhEsA128kw => 16,
                EcdhEsJweAlgorithm::EcdhEsA192kw => 24,
                _ => 32,
            };
            let kek = concat_kdf(&z, self.algorithm.name(), kek_len, &apu, &apv);
            let Some(wrapped) = encrypted_key.filter(|k| k.len() >= 24 && k.len() % 8 == 0) else {
                bail!("the wrapped key must be at least 24 bytes, a multiple of 8");
            };
            let kek = AesKey::new_decrypt(&kek).map_err(|_| anyhow!("a bad key-wrap key"))?;
            let mut cek = vec![0; wrapped.len() - 8];
            let len = unwrap_key(&kek, None, &mut cek, wrapped)
                .map_err(|_| anyhow!("the key could not be unwrapped"))?;
            cek.truncate(len);
            Ok(Cow::Owned(cek))
        })()
        .map_err(JoseError::InvalidJweFormat)
    }

    fn box_clone(&self) -> Box<dyn JweDecrypter> {
        Box::new(self.clone())
    }
}
