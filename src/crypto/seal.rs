//! Sealing: the secrets the store keeps (token-signing keys, card-data decryption keys, the
//! PAN-fingerprint and CVV keys) are encrypted under a key kept outside the data directory, so
//! that a copy of the data directory alone reveals none of them.
//!
//! AES-256-GCM with a fresh 96-bit nonce per seal; the additional data names what the value is
//! (tree and key), so a sealed value cannot be moved to another record. Format: `D1S1`, nonce,
//! tag, ciphertext.

use std::path::{Path, PathBuf};

use openssl::symm::{Cipher, decrypt_aead, encrypt_aead};
use rand::Rng;

const MAGIC: &[u8; 4] = b"D1S1";
const NONCE: usize = 12;
const TAG: usize = 16;

/// Why a sealing key could not be had, or a value not be opened.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    /// The key file could not be read or written.
    #[error("key file {path}: {source}")]
    KeyFile {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The key file does not hold a key.
    #[error("key file {0}: not a d1-sandbox key (64 hexadecimal digits)")]
    NotAKey(PathBuf),
    /// The key file is missing, and the store already holds sealed values.
    #[error(
        "key file {0} is missing: the store's keys were sealed with it; restore it, or pass \
         --key-file, or start on a new --data-dir"
    )]
    Missing(PathBuf),
    /// A value does not open with this key (another key, or altered).
    #[error("a sealed value does not open with this key (another key file, or an altered store)")]
    WrongKey,
    /// OpenSSL failed.
    #[error(transparent)]
    OpenSsl(#[from] openssl::error::ErrorStack),
}

/// The key that seals the store's secrets. Its `Debug` never shows it.
#[derive(Clone)]
pub struct SealingKey([u8; 32]);

impl std::fmt::Debug for SealingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealingKey(..)")
    }
}

impl SealingKey {
    /// A new random key.
    pub fn generate() -> SealingKey {
        SealingKey(rand::rng().random())
    }

    /// Reads the key in `path` (64 hexadecimal digits); when the file does not exist and
    /// `may_create`, creates it (mode 0600) with a new key.
    pub fn load_or_create(path: &Path, may_create: bool) -> Result<SealingKey, SealError> {
        let io = |source| SealError::KeyFile {
            path: path.to_path_buf(),
            source,
        };
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let bytes =
                    hex::decode(text.trim()).map_err(|_| SealError::NotAKey(path.into()))?;
                let key = <[u8; 32]>::try_from(bytes.as_slice())
                    .map_err(|_| SealError::NotAKey(path.into()))?;
                Ok(SealingKey(key))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && may_create => {
                let key = SealingKey::generate();
                write_private(path, format!("{}\n", hex::encode(key.0)).as_bytes()).map_err(io)?;
                Ok(key)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err(SealError::Missing(path.to_path_buf()))
            }
            Err(e) => Err(io(e)),
        }
    }

    /// Seals `plaintext`; `context` names what it is (the same must be given to open it).
    pub fn seal(&self, plaintext: &[u8], context: &[u8]) -> Result<Vec<u8>, SealError> {
        let nonce: [u8; NONCE] = rand::rng().random();
        let mut tag = [0u8; TAG];
        let ciphertext = encrypt_aead(
            Cipher::aes_256_gcm(),
            &self.0,
            Some(&nonce),
            context,
            plaintext,
            &mut tag,
        )?;
        let mut sealed = Vec::with_capacity(MAGIC.len() + NONCE + TAG + ciphertext.len());
        sealed.extend_from_slice(MAGIC);
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(&tag);
        sealed.extend_from_slice(&ciphertext);
        Ok(sealed)
    }

    /// Opens a sealed value; [`SealError::WrongKey`] when it was sealed with another key or
    /// another context, or altered.
    pub fn open(&self, sealed: &[u8], context: &[u8]) -> Result<Vec<u8>, SealError> {
        let rest = sealed.strip_prefix(MAGIC).ok_or(SealError::WrongKey)?;
        if rest.len() < NONCE + TAG {
            return Err(SealError::WrongKey);
        }
        let (nonce, rest) = rest.split_at(NONCE);
        let (tag, ciphertext) = rest.split_at(TAG);
        decrypt_aead(
            Cipher::aes_256_gcm(),
            &self.0,
            Some(nonce),
            context,
            ciphertext,
            tag,
        )
        .map_err(|_| SealError::WrongKey)
    }
}

/// Writes a new file readable by its owner only.
fn write_private(path: &Path, data: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(data)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_value_opens_with_its_key_and_context_only() {
        let key = SealingKey::generate();
        let sealed = key.seal(b"private jwk", b"signing_keys/k1").unwrap();
        assert!(!sealed.windows(11).any(|w| w == b"private jwk"));
        assert_eq!(
            key.open(&sealed, b"signing_keys/k1").unwrap(),
            b"private jwk"
        );
        assert!(matches!(
            key.open(&sealed, b"signing_keys/k2"),
            Err(SealError::WrongKey)
        ));
        let other = SealingKey::generate();
        assert!(matches!(
            other.open(&sealed, b"signing_keys/k1"),
            Err(SealError::WrongKey)
        ));
        let mut altered = sealed.clone();
        *altered.last_mut().unwrap() ^= 1;
        assert!(key.open(&altered, b"signing_keys/k1").is_err());
        assert!(key.open(b"D1S1short", b"x").is_err());
        // Two seals of the same value differ (fresh nonces).
        assert_ne!(
            sealed,
            key.seal(b"private jwk", b"signing_keys/k1").unwrap()
        );
    }

    #[test]
    fn a_key_file_is_created_private_once_and_read_back() {
        let dir = std::env::temp_dir().join(format!("d1-seal-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let path = dir.join("store.key");
        assert!(matches!(
            SealingKey::load_or_create(&path, false),
            Err(SealError::Missing(_))
        ));
        let created = SealingKey::load_or_create(&path, true).unwrap();
        let read = SealingKey::load_or_create(&path, true).unwrap();
        assert_eq!(created.0, read.0);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        std::fs::write(&path, "not a key").unwrap();
        assert!(matches!(
            SealingKey::load_or_create(&path, true),
            Err(SealError::NotAKey(_))
        ));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
