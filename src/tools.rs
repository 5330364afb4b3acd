//! The command-line tools beside `serve`: key rotation, tenants, card encryption for
//! `verifyCard`, consumer sessions and verification signatures.

use std::path::Path;

use serde_json::{Value, json};

use crate::crypto::jwe::KeyError;
use crate::crypto::seal::SealingKey;
use crate::domain::StartError;
use crate::domain::cards::{CardData, CardError, add_encryption_keys};
use crate::store::{Store, StoreError};

/// Why a tool failed.
#[derive(Debug, thiserror::Error)]
pub enum ToolError {
    /// The data directory holds no store.
    #[error("{0} holds no d1-sandbox store; start the server on it once first")]
    NoStore(String),
    /// The store is open in a running server.
    #[error("{0} is in use by a running d1-sandbox; stop it, run this again, and start it")]
    InUse(String),
    /// The store failed.
    #[error(transparent)]
    Store(StoreError),
    /// The keys could not be made or stored.
    #[error(transparent)]
    Keys(#[from] StartError),
    /// The card data is not what the server would accept.
    #[error(transparent)]
    Card(#[from] CardError),
    /// The JWE could not be made.
    #[error(transparent)]
    Encrypt(#[from] KeyError),
    /// The key set could not be fetched.
    #[error("{0}")]
    Fetch(String),
    /// The admin key was neither given nor found in the data directory.
    #[error(
        "no admin key: pass --admin-key, set D1_ADMIN_KEY, or point --credentials (or \
         --data-dir) at the credentials file ({0})"
    )]
    NoAdminKey(String),
    /// A tenant could not be added or removed.
    #[error("{0}")]
    Tenant(String),
    /// The server's admin API refused or failed.
    #[error("the admin API answered: {0}")]
    Admin(String),
}

impl From<StoreError> for ToolError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::InUse(dir) => ToolError::InUse(dir),
            other => ToolError::Store(other),
        }
    }
}

/// `d1-sandbox keys rotate`: adds a new EC and RSA decryption key to the data directory's
/// store. The server must be stopped (sled allows one process per store); a running server
/// makes this fail with a clear message. Older keys keep decrypting; encrypters should use the
/// newest key, which `/.well-known/jwks.json` lists first.
pub async fn rotate_keys(
    data_dir: &Path,
    key_file: Option<&Path>,
) -> Result<Vec<String>, ToolError> {
    let store = open_stopped(data_dir, key_file)?;
    Ok(add_encryption_keys(&store).await?)
}

/// Opens the store of a stopped server (sled allows one process per store: a running server
/// makes this fail with [`ToolError::InUse`]). Never creates a store or its key.
fn open_stopped(data_dir: &Path, key_file: Option<&Path>) -> Result<Store, ToolError> {
    if !data_dir.join("store").exists() {
        return Err(ToolError::NoStore(data_dir.display().to_string()));
    }
    let key_file = key_file
        .map(Path::to_path_buf)
        .unwrap_or_else(|| crate::domain::default_key_file(data_dir));
    // An existing store's key is never created here: a missing one is an error.
    Ok(Store::open(data_dir, |_| {
        SealingKey::load_or_create(&key_file, false)
    })?)
}

pub use crate::domain::tenant_credentials_file;

/// `d1-sandbox tenant add`: creates a tenant with random credentials and its own issuer,
/// merchant gateway, merchant and connecting party, in a stopped server's store, and writes
/// its credentials file (0600; by default beside the data directory,
/// `<data-dir>.credentials-<id>.json`; never over an existing file). Its path.
pub async fn add_tenant(
    data_dir: &Path,
    key_file: Option<&Path>,
    id: &str,
    token_url: &str,
    credentials_file: Option<&Path>,
) -> Result<std::path::PathBuf, ToolError> {
    use crate::domain::auth::{new_tenant, valid_tenant_id, write_credentials};
    if !valid_tenant_id(id) {
        return Err(ToolError::Tenant(format!(
            "`{id}` cannot name a tenant: 1 to 32 lowercase letters, digits and `-`, starting \
             with a letter or digit"
        )));
    }
    let store = open_stopped(data_dir, key_file)?;
    let (tenant, credentials) = new_tenant(id, token_url);
    let path = credentials_file
        .map(Path::to_path_buf)
        .unwrap_or_else(|| tenant_credentials_file(data_dir, id));
    // The file first, never over an existing one: the store keeps only digests, so a tenant
    // whose file could not be written would have secrets nobody knows.
    write_credentials(&path, &credentials, true).map_err(|e| ToolError::Tenant(e.to_string()))?;
    if let Err(e) = store.create_tenant(&tenant).await {
        let _ = std::fs::remove_file(&path);
        return Err(match e {
            StoreError::Conflict(what) => ToolError::Tenant(format!("{what} already exists")),
            other => other.into(),
        });
    }
    Ok(path)
}

/// `d1-sandbox tenant list`: every tenant of a stopped server's store, one line each: id,
/// client id, issuer, merchant gateway, merchant, connecting-party endpoint id (no secret).
pub fn list_tenants(data_dir: &Path, key_file: Option<&Path>) -> Result<String, ToolError> {
    let store = open_stopped(data_dir, key_file)?;
    let mut lines = vec![
        "id\tclient_id\tissuer_ids\tmerchant_gateway_ids\tmerchant_ids\tendpoint_id".to_string(),
    ];
    for t in store.tenants()? {
        lines.push(format!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            t.id,
            t.client_id,
            t.issuer_ids.join(","),
            t.merchant_gateway_ids.join(","),
            t.merchant_ids.join(","),
            t.connecting_party.endpoint_id
        ));
    }
    Ok(lines.join("\n"))
}

/// `d1-sandbox tenant rm`: deletes a tenant and everything it owns from a stopped server's
/// store, and its `<data-dir>.credentials-<id>.json` if `tenant add` wrote it there.
pub async fn remove_tenant(
    data_dir: &Path,
    key_file: Option<&Path>,
    id: &str,
) -> Result<(), ToolError> {
    let store = open_stopped(data_dir, key_file)?;
    if !store.delete_tenant(id).await? {
        return Err(ToolError::Tenant(format!("no tenant `{id}`")));
    }
    let file = tenant_credentials_file(data_dir, id);
    match std::fs::remove_file(&file) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(ToolError::Tenant(format!(
            "tenant `{id}` deleted, but {}: {e}",
            file.display()
        ))),
        _ => Ok(()),
    }
}

/// What `encrypt-card` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncryptOutput {
    /// The compact JWE only.
    Jwe,
    /// A whole `verifyCard` request body (`encryptedData`, `cardId`, `cardBin`).
    Request,
}

pub use crate::crypto::jwe::choose_encryption_key;

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

/// The admin key an admin tool uses: the one given (flag or `D1_ADMIN_KEY`), else the
/// `admin_key` of the credentials file.
pub fn admin_key(given: Option<String>, credentials_file: &Path) -> Result<String, ToolError> {
    if let Some(key) = given {
        return Ok(key);
    }
    let path = credentials_file.to_path_buf();
    let read = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()));
    let credentials = read.and_then(|bytes| {
        serde_json::from_slice::<crate::domain::auth::Credentials>(&bytes)
            .map_err(|e| format!("{}: {e}", path.display()))
    });
    credentials
        .map(|c| c.admin_key)
        .map_err(ToolError::NoAdminKey)
}

/// Explains an error of a generated client: the status and the declared body's message.
fn admin_failure<E: std::fmt::Debug>(e: progenitor_client::Error<E>) -> ToolError {
    ToolError::Admin(match e {
        progenitor_client::Error::ErrorResponse(r) => {
            format!("{} {:?}", r.status(), r.into_inner())
        }
        other => other.to_string(),
    })
}

/// `d1-sandbox session create`: issues a consumer session through a running server's admin
/// API (the generated client); the session as pretty JSON, access token included.
pub async fn create_consumer_session(
    server: &str,
    admin_key: &str,
    device_serial: &str,
    consumer_id: Option<&str>,
    ttl_secs: Option<i64>,
) -> Result<String, ToolError> {
    use crate::generated::sandbox_admin_client::{Client, types::ConsumerSessionRequest};
    let mut request = json!({ "deviceSerialNumber": device_serial });
    if let Some(consumer) = consumer_id {
        request["consumerId"] = consumer.into();
    }
    if let Some(ttl) = ttl_secs {
        request["ttlSeconds"] = ttl.into();
    }
    // The generated type checks the document's constraints before anything is sent.
    let request: ConsumerSessionRequest = serde_json::from_value(request)
        .map_err(|e| ToolError::Admin(format!("invalid session request: {e}")))?;
    let client = Client::new_with_client(
        &format!("{}/sandbox", server.trim_end_matches('/')),
        admin_http_client(admin_key)?,
    );
    let session = client
        .create_consumer_session()
        .body(request)
        .send()
        .await
        .map_err(admin_failure)?
        .into_inner();
    Ok(serde_json::to_string_pretty(&session).expect("JSON values serialise"))
}

/// An HTTP client sending the admin key on every request, with a bounded wait.
fn admin_http_client(admin_key: &str) -> Result<reqwest::Client, ToolError> {
    crate::outbound::http_client(
        std::time::Duration::from_secs(30),
        &[("x-admin-key", admin_key)],
    )
    .map_err(|e| ToolError::Admin(e.to_string()))
}

/// What `d1-sandbox sign-verification` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureCheck {
    /// The signature (no `--verify`).
    Signature(String),
    /// `--verify`: the given signature is right.
    Valid,
    /// `--verify`: it is not; the right one.
    Invalid(String),
}

/// `d1-sandbox sign-verification`: the connecting party's `checkSignature` for a nonce,
/// endpoint id and invoice id, or (with `verify`) whether a given one is right.
pub fn sign_verification(
    control_key: &str,
    endpoint_id: &str,
    nonce: &str,
    invoice_id: &str,
    verify: Option<&str>,
) -> Result<SignatureCheck, ToolError> {
    use crate::domain::verification::check_signature;
    let signature =
        check_signature(control_key, nonce, endpoint_id, invoice_id).ok_or_else(|| {
            ToolError::Admin(
                "the control key must be hexadecimal (dashes are removed before decoding)".into(),
            )
        })?;
    Ok(match verify {
        None => SignatureCheck::Signature(signature),
        Some(given) if given.eq_ignore_ascii_case(&signature) => SignatureCheck::Valid,
        Some(_) => SignatureCheck::Invalid(signature),
    })
}

/// `d1-sandbox partner-file`: the partner description of a running d1-sandbox for one role, so
/// that `check` can test the sandbox against itself. It reads the credentials file and asks
/// the server over HTTP, never opening its store: for a merchant gateway it creates a
/// token through the token notifications (so that notify-update has one to find); for a
/// connecting party it issues a consumer session (valid one day) and adds BIN `999999` to the
/// tenant's filter list, through the admin API.
pub async fn partner_file(
    role: &str,
    credentials_file: &Path,
    url: &str,
) -> Result<crate::domain::partners::PartnerDescription, ToolError> {
    use crate::domain::cards::{EXPIRED_TEST_CARD_EXP, TEST_CARD_CVV, TEST_CARDS, TestOutcome};
    use crate::domain::partners::*;
    use crate::store::TestCard;
    let path = credentials_file;
    let credentials: crate::domain::auth::Credentials = std::fs::read(path)
        .map_err(|e| e.to_string())
        .and_then(|b| serde_json::from_slice(&b).map_err(|e| e.to_string()))
        .map_err(|e| ToolError::Admin(format!("{}: {e}", path.display())))?;
    let url = url.trim_end_matches('/').to_string();
    // A valid card's expiry: December, five years on (never a date that will have passed).
    let future = crate::domain::partners::future_expiry();
    let oauth = PartnerAuth::Oauth {
        token_url: format!("{url}/oauth2/token"),
        client_id: credentials.oauth.client_id.clone(),
        client_secret: credentials.oauth.client_secret.clone(),
        scope: None,
    };
    let description = match role {
        "issuer" => {
            let test_cards = TEST_CARDS
                .iter()
                .filter_map(|(pan, outcome)| {
                    let (expect, exp, cvv) = match outcome {
                        TestOutcome::Card(TestCard::Valid) => {
                            (CardExpectation::Valid, future.as_str(), TEST_CARD_CVV)
                        }
                        TestOutcome::Card(TestCard::Expired) => (
                            CardExpectation::Expired,
                            EXPIRED_TEST_CARD_EXP,
                            TEST_CARD_CVV,
                        ),
                        TestOutcome::Card(TestCard::LostOrStolen) => (
                            CardExpectation::LostOrStolen,
                            future.as_str(),
                            TEST_CARD_CVV,
                        ),
                        TestOutcome::Card(TestCard::FraudSuspect) => (
                            CardExpectation::FraudSuspect,
                            future.as_str(),
                            TEST_CARD_CVV,
                        ),
                        TestOutcome::Card(TestCard::CvvMismatch) => {
                            (CardExpectation::WrongCvv, future.as_str(), TEST_CARD_CVV)
                        }
                        TestOutcome::UnknownRejected => return None,
                    };
                    Some(PartnerTestCard {
                        pan: pan.to_string(),
                        exp: exp.into(),
                        cvv: Some(cvv.into()),
                        card_id: None,
                        expect,
                    })
                })
                // One card per expectation: the check needs no more.
                .fold(Vec::<PartnerTestCard>::new(), |mut cards, card| {
                    if !cards.iter().any(|c| c.expect == card.expect) {
                        cards.push(card);
                    }
                    cards
                });
            PartnerDescription {
                role: PartnerRole::Issuer(IssuerPartner {
                    issuer_id: credentials.issuer_id.clone(),
                    encryption_key: KeySource {
                        jwks_url: Some(format!("{url}/.well-known/jwks.json")),
                        jwk_file: None,
                    },
                    test_cards,
                }),
                url: url.clone(),
                auth: oauth,
            }
        }
        "token-requestor" => PartnerDescription {
            role: PartnerRole::TokenRequestor(TokenRequestorPartner {
                merchant_id: credentials.merchant_id.clone(),
            }),
            url: format!("{url}/tsh-cof"),
            auth: PartnerAuth::Apikey {
                key: credentials.api_key.clone(),
            },
        },
        "merchant-gateway" => {
            let token_id = "d1check-known-token";
            create_known_token(&url, &credentials, token_id).await?;
            PartnerDescription {
                role: PartnerRole::MerchantGateway(MerchantGatewayPartner {
                    merchant_gateway_id: credentials.merchant_gateway_id.clone(),
                    merchant_id: credentials.merchant_id.clone(),
                    known_token_ids: vec![token_id.into()],
                }),
                url: url.clone(),
                auth: oauth,
            }
        }
        "connecting-party" => {
            let session = create_consumer_session(
                &url,
                &credentials.admin_key,
                "D1CHECK-DEVICE",
                Some("d1check-consumer"),
                Some(86_400),
            )
            .await?;
            let session: serde_json::Value =
                serde_json::from_str(&session).map_err(|e| ToolError::Admin(e.to_string()))?;
            filter_bin(&url, &credentials.admin_key, "999999").await?;
            PartnerDescription {
                role: PartnerRole::ConnectingParty(ConnectingPartyPartner {
                    endpoint_id: credentials.connecting_party.endpoint_id.clone(),
                    control_key: credentials.connecting_party.control_key.clone(),
                    session: Some(PartnerSession {
                        access_token: session["accessToken"].as_str().unwrap_or_default().into(),
                        device_serial_number: "D1CHECK-DEVICE".into(),
                    }),
                    filtered_bin: Some(999_999),
                }),
                url: url.clone(),
                auth: PartnerAuth::None,
            }
        }
        other => {
            return Err(ToolError::Admin(format!(
                "no role `{other}`: issuer, token-requestor, merchant-gateway, connecting-party"
            )));
        }
    };
    Ok(description)
}

/// Creates a token the merchant gateway's notify-update can find, through the sandbox's token
/// notifications (a repeat is acknowledged as a retry).
async fn create_known_token(
    url: &str,
    credentials: &crate::domain::auth::Credentials,
    token_id: &str,
) -> Result<(), ToolError> {
    use crate::generated::token_notifications_client::{Client, types};
    let body: types::TokenCreationNotification = serde_json::from_value(json!({
        "merchantId": credentials.merchant_id, "tokenId": token_id,
    }))
    .map_err(|e| ToolError::Admin(e.to_string()))?;
    let http = crate::outbound::http_client(
        std::time::Duration::from_secs(30),
        &[("authorization", &format!("APIKEY {}", credentials.api_key))],
    )
    .map_err(|e| ToolError::Admin(e.to_string()))?;
    Client::new_with_client(&format!("{url}/tsh-cof"), http)
        .notify_token_creation()
        .x_correlation_id("d1check-partner-file")
        .body(body)
        .send()
        .await
        .map_err(admin_failure)?;
    Ok(())
}

/// Adds a BIN prefix to the tenant's verification filter list, keeping its other settings.
async fn filter_bin(url: &str, admin_key: &str, bin: &str) -> Result<(), ToolError> {
    use crate::generated::sandbox_admin_client::Client;
    let client = Client::new_with_client(&format!("{url}/sandbox"), admin_http_client(admin_key)?);
    let mut settings = client
        .get_settings()
        .send()
        .await
        .map_err(admin_failure)?
        .into_inner();
    if !settings.filtered_bins.iter().any(|b| b.as_str() == bin) {
        settings
            .filtered_bins
            .push(bin.parse().map_err(|e| ToolError::Admin(format!("{e}")))?);
        client
            .put_settings()
            .body(settings)
            .send()
            .await
            .map_err(admin_failure)?;
    }
    Ok(())
}

/// A partner description as the admin API's `PartnerRegistration` (camelCase). The check's
/// test data (test cards, known tokens, a session, a filtered BIN) is not registered: it is the
/// check's, not D1's.
pub fn partner_registration(
    description: &crate::domain::partners::PartnerDescription,
) -> Result<Value, ToolError> {
    use crate::domain::partners::{PartnerAuth, PartnerRole};
    let auth = match &description.auth {
        PartnerAuth::None => json!({"type": "none"}),
        PartnerAuth::Oauth {
            token_url,
            client_id,
            client_secret,
            scope,
        } => {
            let mut auth = json!({"type": "oauth", "tokenUrl": token_url, "clientId": client_id, "clientSecret": client_secret});
            if let Some(scope) = scope {
                auth["scope"] = scope.as_str().into();
            }
            auth
        }
        PartnerAuth::Apikey { key } => json!({"type": "apikey", "key": key}),
        PartnerAuth::Basic { username, password } => {
            json!({"type": "basic", "username": username, "password": password})
        }
    };
    let mut body = json!({"url": description.url, "auth": auth});
    match &description.role {
        PartnerRole::Issuer(p) => {
            let jwks = p.encryption_key.jwks_url.as_deref().ok_or_else(|| {
                ToolError::Admin(
                    "a registered issuer gives its key as encryption_key.jwks_url".into(),
                )
            })?;
            body["issuerId"] = p.issuer_id.as_str().into();
            body["jwksUrl"] = jwks.into();
        }
        PartnerRole::TokenRequestor(p) => body["merchantId"] = p.merchant_id.as_str().into(),
        PartnerRole::MerchantGateway(p) => {
            body["merchantGatewayId"] = p.merchant_gateway_id.as_str().into();
            body["merchantId"] = p.merchant_id.as_str().into();
        }
        PartnerRole::ConnectingParty(p) => {
            body["endpointId"] = p.endpoint_id.as_str().into();
            body["controlKey"] = p.control_key.as_str().into();
        }
    }
    Ok(body)
}

/// What `d1-sandbox partner` does on a running server.
#[derive(Debug, Clone)]
pub enum PartnerCommand {
    /// Registers the description in a partner file.
    Set(std::path::PathBuf),
    /// Shows the partner of a role.
    Get(String),
    /// Lists the partners.
    List,
    /// Removes the partner of a role.
    Remove(String),
}

/// `d1-sandbox partner set|get|list|rm`, through the generated admin client; the answer as
/// pretty JSON (secrets are never in it).
pub async fn partner_command(
    server: &str,
    admin_key: &str,
    command: PartnerCommand,
) -> Result<String, ToolError> {
    use crate::generated::sandbox_admin_client::{Client, types};
    let client = Client::new_with_client(
        &format!("{}/sandbox", server.trim_end_matches('/')),
        admin_http_client(admin_key)?,
    );
    let role = |name: &str| -> Result<types::PartnerRoleName, ToolError> {
        name.parse().map_err(|_| {
            ToolError::Admin(format!(
                "no role `{name}`: issuer, token-requestor, merchant-gateway, connecting-party"
            ))
        })
    };
    let text = match command {
        PartnerCommand::Set(file) => {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| ToolError::Admin(format!("{}: {e}", file.display())))?;
            let description = crate::domain::partners::PartnerDescription::parse(&text)
                .map_err(|e| ToolError::Admin(e.to_string()))?;
            let body: types::PartnerRegistration =
                serde_json::from_value(partner_registration(&description)?)
                    .map_err(|e| ToolError::Admin(format!("the partner file: {e}")))?;
            let answer = client
                .put_partner()
                .role(role(description.role.name())?)
                .body(body)
                .send()
                .await
                .map_err(admin_failure)?;
            pretty(&answer.into_inner())
        }
        PartnerCommand::Get(name) => {
            let answer = client
                .get_partner()
                .role(role(&name)?)
                .send()
                .await
                .map_err(admin_failure)?;
            pretty(&answer.into_inner())
        }
        PartnerCommand::List => {
            let answer = client.list_partners().send().await.map_err(admin_failure)?;
            pretty(&answer.into_inner())
        }
        PartnerCommand::Remove(name) => {
            client
                .delete_partner()
                .role(role(&name)?)
                .send()
                .await
                .map_err(admin_failure)?;
            format!("partner for role {name} removed")
        }
    };
    Ok(text)
}

/// Pretty JSON of an answer.
fn pretty<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("JSON values serialise")
}

/// `d1-sandbox trigger EVENT [FIELD=VALUE]...`: an event for the registered partners, through
/// the generated admin client. Fields are the admin API's (`cardId=…`, `status=…`,
/// `tokenId=…`, `digitalCardIds=a,b`, numbers for `uniqueReferenceCardId` and `bin`). The
/// deliveries made, as pretty JSON.
pub async fn trigger_event(
    server: &str,
    admin_key: &str,
    event: &str,
    fields: &[String],
) -> Result<String, ToolError> {
    use crate::generated::sandbox_admin_client::{Client, types};
    let mut body = json!({ "type": event });
    for field in fields {
        let (key, value) = field
            .split_once('=')
            .ok_or_else(|| ToolError::Admin(format!("`{field}` is not FIELD=VALUE")))?;
        body[key] = match key {
            "uniqueReferenceCardId" | "bin" => value
                .parse::<i64>()
                .map(Value::from)
                .map_err(|_| ToolError::Admin(format!("{key} must be a number")))?,
            "digitalCardIds" => json!(value.split(',').collect::<Vec<_>>()),
            _ => Value::from(value),
        };
    }
    let body: types::EventRequest =
        serde_json::from_value(body).map_err(|e| ToolError::Admin(format!("the event: {e}")))?;
    let client = Client::new_with_client(
        &format!("{}/sandbox", server.trim_end_matches('/')),
        admin_http_client(admin_key)?,
    );
    let made = client
        .trigger_event()
        .body(body)
        .send()
        .await
        .map_err(admin_failure)?;
    Ok(pretty(&made.into_inner()))
}

/// `d1-sandbox replay ID`: sends a delivery again.
pub async fn replay_delivery(server: &str, admin_key: &str, id: u64) -> Result<String, ToolError> {
    use crate::generated::sandbox_admin_client::Client;
    let id = std::num::NonZeroU64::new(id)
        .ok_or_else(|| ToolError::Admin("delivery ids start at 1".into()))?;
    let client = Client::new_with_client(
        &format!("{}/sandbox", server.trim_end_matches('/')),
        admin_http_client(admin_key)?,
    );
    let replayed = client
        .replay_delivery()
        .delivery_id(id)
        .send()
        .await
        .map_err(admin_failure)?;
    Ok(pretty(&replayed.into_inner()))
}

/// `d1-sandbox deliveries [--follow] [--json]`: the newest deliveries, one line each (or JSON);
/// with `follow`, then every new attempt as it happens, one line each, until interrupted
/// (`print` gets each line).
pub async fn deliveries(
    server: &str,
    admin_key: &str,
    follow: bool,
    as_json: bool,
    print: &mut (dyn FnMut(String) + Send),
) -> Result<(), ToolError> {
    use crate::generated::sandbox_admin_client::{Client, types};
    let client = Client::new_with_client(
        &format!("{}/sandbox", server.trim_end_matches('/')),
        admin_http_client(admin_key)?,
    );
    let line = |d: &types::Delivery| {
        format!(
            "{:>6}  {:<14} {:<17} {:<20} {:<24} {:<9} {:>2}  {}",
            d.id,
            d.event,
            d.role.to_string(),
            d.operation,
            d.subject,
            d.state.to_string(),
            d.attempts,
            d.last_outcome.as_deref().unwrap_or("")
        )
    };
    let list = client
        .list_deliveries()
        .send()
        .await
        .map_err(admin_failure)?;
    let listed = list.into_inner();
    if as_json && !follow {
        print(pretty(&listed));
        return Ok(());
    }
    if !as_json {
        print(format!(
            "{:>6}  {:<14} {:<17} {:<20} {:<24} {:<9} {:>2}  last outcome",
            "id", "event", "role", "operation", "subject", "state", "n"
        ));
    }
    // What was seen of each delivery: its attempts.
    let mut seen: std::collections::HashMap<i64, i32> = std::collections::HashMap::new();
    for d in listed.deliveries.iter().rev() {
        if as_json {
            print(serde_json::to_string(d).expect("JSON values serialise"));
        } else {
            print(line(d));
        }
        seen.insert(d.id, d.attempts);
    }
    if !follow {
        return Ok(());
    }
    // Until interrupted (the caller races this against Ctrl-C).
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let newest = client
            .list_deliveries()
            .send()
            .await
            .map_err(admin_failure)?
            .into_inner();
        for d in newest.deliveries.iter().rev() {
            let known = seen.get(&d.id).copied();
            if known == Some(d.attempts) {
                continue;
            }
            if let Some(id) = std::num::NonZeroU64::new(u64::try_from(d.id).unwrap_or(0)) {
                let detail = client
                    .get_delivery()
                    .delivery_id(id)
                    .send()
                    .await
                    .map_err(admin_failure)?
                    .into_inner();
                let from = known.unwrap_or(0);
                if known.is_none() && !as_json {
                    print(line(&detail.delivery));
                }
                for attempt in detail.attempts.iter().filter(|a| a.number > from) {
                    if as_json {
                        print(
                            serde_json::to_string(&json!({"delivery": d.id, "attempt": attempt}))
                                .expect("JSON values serialise"),
                        );
                    } else {
                        print(format!(
                            "{:>6}  attempt {} at {}: {} {} in {} ms ({})",
                            d.id,
                            attempt.number,
                            attempt.at.format("%H:%M:%S%.3f"),
                            attempt.status.map_or("-".to_string(), |s| s.to_string()),
                            attempt.verdict,
                            attempt.latency_ms,
                            attempt.detail
                        ));
                    }
                }
            }
            seen.insert(d.id, d.attempts);
        }
    }
}
