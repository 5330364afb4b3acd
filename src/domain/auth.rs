//! Authentication: tenants and their secrets, OAuth 2.0 access tokens (ES256 JWTs), API keys,
//! and the demo tenant written to `credentials.json` on first start.
//!
//! Domain code: it knows the store and JOSE, not HTTP.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};
use josekit::jwk::Jwk;
use josekit::jwk::alg::ec::{EcCurve, EcKeyPair};
use josekit::jws::alg::ecdsa::{EcdsaJwsSigner, EcdsaJwsVerifier};
use josekit::jws::{ES256, JwsHeader};
use josekit::jwt::JwtPayload;
use rand::Rng;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::store::{ConnectingParty, Store, StoreError, Tenant};

/// Who the tokens are issued by and for; a token for another audience is refused.
pub const ISSUER: &str = "d1-sandbox";
/// The audience of every access token.
pub const AUDIENCE: &str = "d1-sandbox";
/// The scopes the token endpoint grants: those of the merchant-gateway document's `oauth2`
/// scheme (a test compares the two).
pub const SCOPES: &[&str] = &["notify"];
/// Access-token lifetime, as the merchant-gateway document's example (900 s).
pub const TOKEN_LIFETIME: Duration = Duration::from_secs(900);

/// Why authentication failed, or why the keys or the demo tenant could not be set up. The
/// message is safe to show: it never repeats a secret.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    /// Missing, malformed, expired, wrongly signed or unknown credentials.
    #[error("{0}")]
    Unauthorized(String),
    /// Valid credentials that do not own the resource.
    #[error("{0}")]
    Forbidden(String),
    /// A scope the token endpoint does not grant.
    #[error("unknown scope `{0}`")]
    InvalidScope(String),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A signing key could not be made, loaded or used.
    #[error("{what}: {source}")]
    Key {
        /// What was being done.
        what: String,
        /// josekit's reason.
        source: josekit::JoseError,
    },
    /// The credentials file could not be written.
    #[error("writing {}: {source}", path.display())]
    CredentialsFile {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

fn key_error(what: impl Into<String>) -> impl FnOnce(josekit::JoseError) -> AuthError {
    let what = what.into();
    move |source| AuthError::Key { what, source }
}

/// An issued access token.
#[derive(Debug, Clone)]
pub struct IssuedToken {
    /// The compact JWT.
    pub access_token: String,
    /// Seconds until it expires.
    pub expires_in: i64,
    /// When it expires.
    pub expires_at: DateTime<Utc>,
    /// The granted scope, if one was asked for.
    pub scope: Option<String>,
}

struct SigningKey {
    kid: String,
    signer: EcdsaJwsSigner,
    verifier: EcdsaJwsVerifier,
    public: Jwk,
}

/// Token issuing and checking for every tenant, with the signing keys loaded from the store.
pub struct Auth {
    store: Store,
    /// The newest key signs; all verify.
    keys: Vec<SigningKey>,
    /// Tokens whose signature, issuer and audience were verified, with their claims. A client
    /// sends the same token for up to 15 minutes, and the ES256 check dominates an
    /// authenticated request; the validity window and the tenant are checked on every use.
    verified: std::sync::Mutex<std::collections::HashMap<String, VerifiedClaims>>,
}

/// What a verified token says: its tenant and when it is valid.
#[derive(Debug, Clone)]
struct VerifiedClaims {
    tenant_id: String,
    not_before: Option<SystemTime>,
    expires: SystemTime,
}

/// The latest NumericDate a token may carry: 9999-12-31T23:59:59Z. Anything beyond (or
/// negative, or not finite) is refused rather than converted, which would overflow.
const MAX_NUMERIC_DATE: f64 = 253_402_300_799.0;

/// A NumericDate claim (RFC 7519 §2): `None` when absent; refused when it is not a number
/// within [0, `MAX_NUMERIC_DATE`].
fn numeric_date(payload: &JwtPayload, name: &str) -> Result<Option<SystemTime>, AuthError> {
    let Some(value) = payload.claim(name) else {
        return Ok(None);
    };
    let seconds = value
        .as_f64()
        .filter(|s| s.is_finite() && (0.0..=MAX_NUMERIC_DATE).contains(s))
        .ok_or_else(|| {
            AuthError::Unauthorized(format!(
                "invalid access token: `{name}` is not a date in range"
            ))
        })?;
    Ok(Some(
        SystemTime::UNIX_EPOCH + Duration::from_secs_f64(seconds),
    ))
}

/// Verified tokens kept at most; the cache is emptied when full (tokens are short-lived).
const VERIFIED_CACHE_SIZE: usize = 4096;

/// The SHA-256 of a secret, hex-encoded.
pub fn sha256_hex(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// A random string of `len` characters drawn from `alphabet`.
pub(crate) fn random_string(len: usize, alphabet: &[u8]) -> String {
    let mut rng = rand::rng();
    (0..len)
        .map(|_| alphabet[rng.random_range(0..alphabet.len())] as char)
        .collect()
}

const ALNUM_UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const DIGITS: &[u8] = b"0123456789";
const HEX: &[u8] = b"0123456789abcdef";

/// A random 256-bit secret, base64url without padding.
fn random_secret() -> String {
    use base64::Engine;
    let bytes: [u8; 32] = rand::rng().random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn load_key(kid: &str, private_jwk: &[u8]) -> Result<SigningKey, AuthError> {
    let bad = || key_error(format!("signing key {kid}"));
    let jwk = Jwk::from_bytes(private_jwk).map_err(bad())?;
    let signer = ES256.signer_from_jwk(&jwk).map_err(bad())?;
    let mut public = jwk.to_public_key().map_err(bad())?;
    public.set_key_id(kid);
    public.set_key_use("sig");
    public.set_algorithm("ES256");
    let verifier = ES256.verifier_from_jwk(&public).map_err(bad())?;
    Ok(SigningKey {
        kid: kid.to_string(),
        signer,
        verifier,
        public,
    })
}

impl Auth {
    /// Loads the signing keys, creating the first one on an empty store.
    pub async fn load(store: Store) -> Result<Auth, AuthError> {
        let mut stored = store.signing_keys()?;
        if stored.is_empty() {
            let pair = EcKeyPair::generate(EcCurve::P256)
                .map_err(key_error("generating a signing key"))?;
            let kid = format!("sig-{}", random_string(12, HEX));
            let private = pair.to_jwk_key_pair().to_string().into_bytes();
            store.put_signing_key(&kid, &private).await?;
            stored = vec![(kid, private)];
        }
        let keys = stored
            .iter()
            .map(|(kid, jwk)| load_key(kid, jwk))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Auth {
            store,
            keys,
            verified: Default::default(),
        })
    }

    /// The public signing keys, as JWKs (`use: sig`).
    pub fn public_keys(&self) -> Vec<serde_json::Value> {
        self.keys
            .iter()
            .map(|k| serde_json::Value::Object(k.public.as_ref().clone()))
            .collect()
    }

    /// Checks OAuth 2.0 client credentials (HTTP Basic) and returns the tenant.
    pub fn check_client(&self, client_id: &str, client_secret: &str) -> Result<Tenant, AuthError> {
        let refused = || AuthError::Unauthorized("unknown client or wrong client secret".into());
        let tenant = self
            .store
            .tenant_by_client_id(client_id)?
            .ok_or_else(refused)?;
        let digest = sha256_hex(client_secret);
        if bool::from(
            digest
                .as_bytes()
                .ct_eq(tenant.client_secret_sha256.as_bytes()),
        ) {
            Ok(tenant)
        } else {
            Err(refused())
        }
    }

    /// Checks an `Authorization: APIKEY <key>` value and returns the tenant.
    pub fn check_api_key(&self, header_value: &str) -> Result<Tenant, AuthError> {
        // The scheme word is case-insensitive, as `Bearer` and `Basic` are (RFC 9110 §11.1).
        let key = header_value
            .split_once(' ')
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("APIKEY"))
            .map(|(_, key)| key)
            .ok_or_else(|| {
                AuthError::Unauthorized("expected `Authorization: APIKEY <key>`".into())
            })?;
        self.store
            .tenant_by_api_key_sha256(&sha256_hex(key.trim()))?
            .ok_or_else(|| AuthError::Unauthorized("unknown API key".into()))
    }

    /// Checks a sandbox admin key (`X-Admin-Key`) and returns the tenant.
    pub fn check_admin_key(&self, key: &str) -> Result<Tenant, AuthError> {
        self.store
            .tenant_by_admin_key_sha256(&sha256_hex(key.trim()))?
            .ok_or_else(|| AuthError::Unauthorized("unknown admin key".into()))
    }

    /// Issues an access token to a tenant.
    pub fn issue_token(
        &self,
        tenant: &Tenant,
        scope: Option<String>,
    ) -> Result<IssuedToken, AuthError> {
        // RFC 6749 §3.3: a space-delimited list; every value must be one this server grants.
        if let Some(unknown) = scope
            .as_deref()
            .and_then(|s| s.split(' ').find(|v| !v.is_empty() && !SCOPES.contains(v)))
        {
            return Err(AuthError::InvalidScope(unknown.to_string()));
        }
        // An empty scope asks for none.
        let scope = scope.filter(|s| !s.trim().is_empty());
        let key = self
            .keys
            .last()
            .expect("at least one signing key is loaded");
        // Whole seconds, written as integers: JWT NumericDates are commonly read as integers
        // (josekit writes `iat` as a float).
        let now_secs = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default();
        let expires_secs = now_secs + TOKEN_LIFETIME.as_secs();
        let mut payload = JwtPayload::new();
        payload.set_issuer(ISSUER);
        payload.set_audience(vec![AUDIENCE]);
        payload.set_subject(&tenant.client_id);
        payload.set_jwt_id(random_string(16, HEX));
        let internal = |e: josekit::JoseError| key_error("signing a token")(e);
        for (claim, value) in [
            ("iat", serde_json::Value::from(now_secs)),
            ("exp", serde_json::Value::from(expires_secs)),
            ("tid", serde_json::Value::String(tenant.id.clone())),
        ] {
            payload.set_claim(claim, Some(value)).map_err(internal)?;
        }
        let expires = SystemTime::UNIX_EPOCH + Duration::from_secs(expires_secs);
        if let Some(scope) = &scope {
            payload
                .set_claim("scope", Some(serde_json::Value::String(scope.clone())))
                .map_err(internal)?;
        }
        let mut header = JwsHeader::new();
        header.set_token_type("JWT");
        header.set_key_id(&key.kid);
        let access_token =
            josekit::jwt::encode_with_signer(&payload, &header, &key.signer).map_err(internal)?;
        Ok(IssuedToken {
            access_token,
            expires_in: TOKEN_LIFETIME.as_secs() as i64,
            expires_at: DateTime::<Utc>::from(expires),
            scope,
        })
    }

    /// Verifies a bearer token (signature, issuer, audience, expiry) and returns its tenant.
    pub fn verify_token(&self, token: &str) -> Result<Tenant, AuthError> {
        let refused = |why: &str| AuthError::Unauthorized(format!("invalid access token: {why}"));
        let cached = self
            .verified
            .lock()
            .ok()
            .and_then(|m| m.get(token).cloned());
        let claims = match cached {
            Some(hit) => hit,
            None => {
                let claims = self.verify_signature(token)?;
                if let Ok(mut m) = self.verified.lock() {
                    if m.len() >= VERIFIED_CACHE_SIZE {
                        m.clear();
                    }
                    m.insert(token.to_string(), claims.clone());
                }
                claims
            }
        };
        let now = SystemTime::now();
        if claims.expires <= now {
            return Err(refused("expired"));
        }
        if claims.not_before.is_some_and(|nbf| nbf > now) {
            return Err(refused("not valid yet (nbf)"));
        }
        self.store
            .tenant(&claims.tenant_id)?
            .ok_or_else(|| refused("unknown tenant"))
    }

    /// The signature, issuer and audience checks of [`Auth::verify_token`], and the range
    /// checks of its dates; the claims of a token that passes them.
    fn verify_signature(&self, token: &str) -> Result<VerifiedClaims, AuthError> {
        let refused = |why: &str| AuthError::Unauthorized(format!("invalid access token: {why}"));
        let (payload, _) = josekit::jwt::decode_with_verifier_selector(token, |header| {
            Ok(header
                .key_id()
                .and_then(|kid| self.keys.iter().find(|k| k.kid == kid))
                .map(|k| &k.verifier as &dyn josekit::jws::JwsVerifier))
        })
        .map_err(|_| refused("malformed, unknown key, or bad signature"))?;
        if payload.issuer() != Some(ISSUER) {
            return Err(refused("wrong issuer"));
        }
        if !payload.audience().is_some_and(|a| a.contains(&AUDIENCE)) {
            return Err(refused("wrong audience"));
        }
        let expires = numeric_date(&payload, "exp")?.ok_or_else(|| refused("no expiry"))?;
        let not_before = numeric_date(&payload, "nbf")?;
        numeric_date(&payload, "iat")?;
        let tid = payload
            .claim("tid")
            .and_then(|v| v.as_str())
            .ok_or_else(|| refused("no tenant"))?;
        Ok(VerifiedClaims {
            tenant_id: tid.to_string(),
            not_before,
            expires,
        })
    }

    /// Signs an arbitrary payload with the current key (for tests of expiry and audience).
    pub fn sign_for_test(&self, payload: &JwtPayload) -> String {
        let key = self.keys.last().expect("a signing key");
        let mut header = JwsHeader::new();
        header.set_key_id(&key.kid);
        josekit::jwt::encode_with_signer(payload, &header, &key.signer).expect("signing works")
    }
}

/// What `credentials.json` holds: everything a partner needs to call every API as the demo
/// tenant.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Credentials {
    /// OAuth 2.0 client credentials.
    pub oauth: OAuthCredentials,
    /// The token-notification API key (send as `Authorization: APIKEY <key>`).
    pub api_key: String,
    /// The sandbox admin key (send as `X-Admin-Key: <key>`).
    pub admin_key: String,
    /// The card issuer the tenant owns.
    pub issuer_id: String,
    /// The merchant gateway the tenant owns.
    pub merchant_gateway_id: String,
    /// The merchant the tenant owns.
    pub merchant_id: String,
    /// The connecting party of the verification notification.
    pub connecting_party: ConnectingParty,
}

/// OAuth 2.0 client credentials.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct OAuthCredentials {
    /// Where to get a token.
    pub token_url: String,
    /// The client id.
    pub client_id: String,
    /// The client secret.
    pub client_secret: String,
}

/// Whether `id` can name a tenant: 1 to 32 characters, lowercase letters, digits and `-`,
/// starting with a letter or digit (it appears in store keys and file names).
pub fn valid_tenant_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    (1..=32).contains(&bytes.len())
        && bytes[0].is_ascii_alphanumeric()
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
}

/// A new tenant with random credentials and ids (issuer, merchant gateway, merchant,
/// connecting party), and the credentials a partner needs, in clear: the tenant keeps only
/// their digests.
pub fn new_tenant(id: &str, token_url: &str) -> (Tenant, Credentials) {
    let control_key = {
        let h = random_string(32, HEX).to_uppercase();
        format!(
            "{}-{}-{}-{}-{}",
            &h[0..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..32]
        )
    };
    let credentials = Credentials {
        oauth: OAuthCredentials {
            token_url: token_url.to_string(),
            client_id: format!("d1sbx-{}", random_string(12, HEX)),
            client_secret: random_secret(),
        },
        api_key: random_secret(),
        admin_key: random_secret(),
        issuer_id: format!("IS{}", random_string(8, ALNUM_UPPER)),
        merchant_gateway_id: format!("MGW_{}", random_string(6, ALNUM_UPPER)),
        merchant_id: random_string(11, DIGITS),
        connecting_party: ConnectingParty {
            endpoint_id: random_string(6, DIGITS),
            control_key,
        },
    };
    let tenant = Tenant {
        id: id.into(),
        client_id: credentials.oauth.client_id.clone(),
        client_secret_sha256: sha256_hex(&credentials.oauth.client_secret),
        api_key_sha256: sha256_hex(&credentials.api_key),
        admin_key_sha256: sha256_hex(&credentials.admin_key),
        settings: Default::default(),
        issuer_ids: vec![credentials.issuer_id.clone()],
        merchant_gateway_ids: vec![credentials.merchant_gateway_id.clone()],
        merchant_ids: vec![credentials.merchant_id.clone()],
        connecting_party: credentials.connecting_party.clone(),
    };
    (tenant, credentials)
}

/// Writes a tenant's credentials file (mode 0600). With `create_new`, an existing file is
/// refused rather than overwritten (it may be another tenant's only copy of its secrets).
pub fn write_credentials(
    path: &Path,
    credentials: &Credentials,
    create_new: bool,
) -> Result<(), AuthError> {
    write_private(
        path,
        &serde_json::to_vec_pretty(credentials).expect("serialisable"),
        create_new,
    )
    .map_err(|source| AuthError::CredentialsFile {
        path: path.to_path_buf(),
        source,
    })
}

/// Creates the demo tenant on a store that has none, and writes its credentials to
/// `credentials_file` (mode 0600; a file left by an earlier store is replaced: this tenant is
/// the one the store now knows). Returns the file's path when it was written.
pub async fn ensure_demo_tenant(
    store: &Store,
    credentials_file: &Path,
    token_url: &str,
) -> Result<Option<PathBuf>, AuthError> {
    if store.has_tenants()? {
        return Ok(None);
    }
    let (tenant, credentials) = new_tenant("demo", token_url);
    store.create_tenant(&tenant).await?;
    write_credentials(credentials_file, &credentials, false)?;
    Ok(Some(credentials_file.to_path_buf()))
}

/// Writes a file readable by its owner only.
fn write_private(path: &Path, data: &[u8], create_new: bool) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    if create_new {
        options.write(true).create_new(true);
    } else {
        options.write(true).create(true).truncate(true);
    }
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    // An existing file keeps its mode on open; make it private too.
    #[cfg(unix)]
    file.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    file.write_all(data)?;
    file.sync_all()
}
