//! `d1-sandbox encrypt-card`: card data encrypted to a running server's newest encryption key,
//! ready for `verifyCard`.

use std::process::ExitCode;

use serde_json::{Value, json};

use crate::domain::cards::CardData;

use super::common::{ToolError, printed};

pub use crate::crypto::jwe::choose_encryption_key;

/// The flags of `encrypt-card`.
#[derive(clap::Args)]
pub struct EncryptCardArgs {
    /// The PAN (12 to 19 digits, Luhn-valid).
    #[arg(long)]
    pan: String,
    /// The expiry date, MMYY.
    #[arg(long)]
    exp: String,
    /// The CVV (3 or 4 digits).
    #[arg(long)]
    cvv: Option<String>,
    /// The card holder's name.
    #[arg(long)]
    name: Option<String>,
    /// Where the server publishes its keys.
    #[arg(long, default_value = "http://127.0.0.1:8080/.well-known/jwks.json")]
    jwks: String,
    /// Print a whole verifyCard request body instead of the JWE alone.
    #[arg(long)]
    request: bool,
    /// The cardId of the request body (with --request).
    #[arg(long, default_value = "card-0001")]
    card_id: String,
    /// How many to print, one per line, each with a fresh ephemeral key (load tests).
    #[arg(long, default_value_t = 1)]
    count: usize,
}

/// Runs `encrypt-card` and prints the JWEs (or request bodies).
pub async fn run(args: EncryptCardArgs) -> ExitCode {
    let card = CardToEncrypt {
        pan: args.pan,
        exp: args.exp,
        cvv: args.cvv,
        name: args.name,
        output: if args.request {
            EncryptOutput::Request
        } else {
            EncryptOutput::Jwe
        },
        card_id: args.card_id,
    };
    printed(encrypt_cards(&args.jwks, &card, args.count).await)
}

/// What `encrypt-card` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncryptOutput {
    /// The compact JWE only.
    Jwe,
    /// A whole `verifyCard` request body (`encryptedData`, `cardId`, `cardBin`).
    Request,
}

/// What to encrypt and how to print it.
#[derive(Debug, Clone)]
pub struct CardToEncrypt {
    /// The PAN.
    pub pan: String,
    /// MMYY.
    pub exp: String,
    /// The CVV, if any.
    pub cvv: Option<String>,
    /// The card holder's name, if any.
    pub name: Option<String>,
    /// The JWE alone, or a whole request body.
    pub output: EncryptOutput,
    /// The `cardId` of a request body.
    pub card_id: String,
}

/// `d1-sandbox encrypt-card`: encrypts card data (the Card API's `CardCredentials`) to the
/// server's newest encryption key, fetched from `jwks_url`, `count` times (each with a fresh
/// ephemeral key), one result per line. A request body is pretty-printed when `count` is 1.
pub async fn encrypt_cards(
    jwks_url: &str,
    card: &CardToEncrypt,
    count: usize,
) -> Result<String, ToolError> {
    let key = fetch_encryption_key(jwks_url).await?;
    let mut lines = Vec::with_capacity(count);
    for _ in 0..count {
        lines.push(encrypt_one(&key, card, count == 1)?);
    }
    Ok(lines.join("\n"))
}

/// [`encrypt_cards`] once.
pub async fn encrypt_card(
    jwks_url: &str,
    pan: &str,
    exp: &str,
    cvv: Option<&str>,
    name: Option<&str>,
    output: EncryptOutput,
    card_id: &str,
) -> Result<String, ToolError> {
    let card = CardToEncrypt {
        pan: pan.to_string(),
        exp: exp.to_string(),
        cvv: cvv.map(str::to_string),
        name: name.map(str::to_string),
        output,
        card_id: card_id.to_string(),
    };
    encrypt_cards(jwks_url, &card, 1).await
}

/// The newest encryption key the server publishes.
async fn fetch_encryption_key(jwks_url: &str) -> Result<Value, ToolError> {
    let jwks: Value = reqwest::get(jwks_url)
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| ToolError::Fetch(format!("fetching {jwks_url}: {e}")))?
        .json()
        .await
        .map_err(|e| ToolError::Fetch(format!("reading {jwks_url}: {e}")))?;
    choose_encryption_key(&jwks)
        .cloned()
        .ok_or_else(|| ToolError::Fetch(format!("{jwks_url} lists no encryption key (use: enc)")))
}

/// One card encrypted (a fresh ephemeral key each time), printed as asked.
fn encrypt_one(key: &Value, card: &CardToEncrypt, pretty: bool) -> Result<String, ToolError> {
    // Refuse what the server would refuse, before anything leaves this process.
    CardData::new(card.pan.clone(), card.exp.clone(), card.cvv.clone())?;
    let mut plaintext = json!({ "pan": card.pan, "exp": card.exp });
    if let Some(cvv) = &card.cvv {
        plaintext["cvv"] = cvv.as_str().into();
    }
    if let Some(name) = &card.name {
        plaintext["name"] = name.as_str().into();
    }
    let jwe = crate::crypto::jwe::encrypt_to(key, plaintext.to_string().as_bytes())?;
    Ok(match card.output {
        EncryptOutput::Jwe => jwe,
        EncryptOutput::Request => {
            let body = json!({
                "encryptedData": jwe,
                "cardId": card.card_id,
                "cardBin": &card.pan[..6],
            });
            if pretty {
                serde_json::to_string_pretty(&body)
            } else {
                serde_json::to_string(&body)
            }
            .expect("JSON values serialise")
        }
    })
}
