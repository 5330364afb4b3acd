//! The command-line tools beside `serve`: key rotation and card encryption for `verifyCard`.

use std::path::Path;

use serde_json::{Value, json};

use crate::cards::{CardData, add_encryption_keys};
use crate::store::{Store, StoreError};

/// `d1-sandbox keys rotate`: adds a new EC and RSA decryption key to the data directory's
/// store. The server must be stopped (sled allows one process per store); a running server
/// makes this fail with a clear message. Older keys keep decrypting; encrypters should use the
/// newest key, which `/.well-known/jwks.json` lists first.
pub async fn rotate_keys(data_dir: &Path) -> Result<Vec<String>, String> {
    if !data_dir.join("store").exists() {
        return Err(format!(
            "{} holds no d1-sandbox store; start the server on it once first",
            data_dir.display()
        ));
    }
    let store = Store::open(data_dir).map_err(|e| match e {
        StoreError::InUse(dir) => {
            format!("{dir} is in use by a running d1-sandbox; stop it, rotate, and start it again")
        }
        other => other.to_string(),
    })?;
    let kids = add_encryption_keys(&store).await?;
    store.flush().await.map_err(|e| e.to_string())?;
    Ok(kids)
}

/// What `encrypt-card` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncryptOutput {
    /// The compact JWE only.
    Jwe,
    /// A whole `verifyCard` request body (`encryptedData`, `cardId`, `cardBin`).
    Request,
}

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

/// `d1-sandbox encrypt-card`: encrypts card data (the Card API's `CardCredentials`) to the
/// server's newest encryption key, fetched from `jwks_url`.
pub async fn encrypt_card(
    jwks_url: &str,
    pan: &str,
    exp: &str,
    cvv: Option<&str>,
    name: Option<&str>,
    output: EncryptOutput,
    card_id: &str,
) -> Result<String, String> {
    // Refuse what the server would refuse, before anything leaves this process.
    CardData::new(pan.to_string(), exp.to_string(), cvv.map(str::to_string))
        .map_err(|e| e.to_string())?;
    let jwks: Value = reqwest::get(jwks_url)
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| format!("fetching {jwks_url}: {e}"))?
        .json()
        .await
        .map_err(|e| format!("reading {jwks_url}: {e}"))?;
    let key = choose_encryption_key(&jwks)
        .ok_or_else(|| format!("{jwks_url} lists no encryption key (use: enc)"))?;
    let mut plaintext = json!({ "pan": pan, "exp": exp });
    if let Some(cvv) = cvv {
        plaintext["cvv"] = cvv.into();
    }
    if let Some(name) = name {
        plaintext["name"] = name.into();
    }
    let jwe = crate::jwe::encrypt_to(key, plaintext.to_string().as_bytes())?;
    Ok(match output {
        EncryptOutput::Jwe => jwe,
        EncryptOutput::Request => serde_json::to_string_pretty(&json!({
            "encryptedData": jwe,
            "cardId": card_id,
            "cardBin": &pan[..6],
        }))
        .expect("JSON values serialise"),
    })
}
