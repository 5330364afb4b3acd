//! How D1 authenticates to a partner: the `Authorization` header of each call, with OAuth 2.0
//! client-credentials tokens fetched from the partner's token URL, cached until they expire,
//! and fetched again once when the partner answers 401.

use std::time::{Duration, Instant};

use crate::domain::partners::PartnerAuth;

use super::{OutboundError, http_client};

/// A token is fetched again this long before it expires, so that none is sent expiring.
const EXPIRY_MARGIN: Duration = Duration::from_secs(30);

/// The longest a token is cached, whatever `expires_in` says.
const MAX_CACHE_SECS: u64 = 86_400;

/// A cached access token.
#[derive(Debug, Clone)]
struct Cached {
    token: String,
    expires: Instant,
}

/// The credentials of one partner, and its cached token.
#[derive(Debug)]
pub struct Authenticator {
    auth: PartnerAuth,
    timeout: Duration,
    cached: tokio::sync::Mutex<Option<Cached>>,
    fetched: std::sync::atomic::AtomicUsize,
}

impl Authenticator {
    /// The authenticator of a partner's `auth`, each call bounded by `timeout`.
    pub fn new(auth: PartnerAuth, timeout: Duration) -> Authenticator {
        Authenticator {
            auth,
            timeout,
            cached: Default::default(),
            fetched: Default::default(),
        }
    }

    /// How many tokens were fetched so far (for tests of the cache).
    pub fn tokens_fetched(&self) -> usize {
        self.fetched.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Whether a 401 can be cured by fetching a new token.
    pub fn refreshable(&self) -> bool {
        matches!(self.auth, PartnerAuth::Oauth { .. })
    }

    /// Forgets the cached token (the partner answered 401 to it).
    pub async fn invalidate(&self) {
        *self.cached.lock().await = None;
    }

    /// The `Authorization` header value to send, if the partner wants one.
    pub async fn authorization(&self) -> Result<Option<String>, OutboundError> {
        use base64::Engine;
        Ok(match &self.auth {
            PartnerAuth::None => None,
            PartnerAuth::Apikey { key } => Some(format!("APIKEY {key}")),
            PartnerAuth::Basic { username, password } => Some(format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"))
            )),
            PartnerAuth::Oauth {
                token_url,
                client_id,
                client_secret,
                scope,
            } => {
                let mut cached = self.cached.lock().await;
                if let Some(c) = cached.as_ref()
                    && c.expires > Instant::now()
                {
                    return Ok(Some(format!("Bearer {}", c.token)));
                }
                let fresh = self
                    .fetch(token_url, client_id, client_secret, scope.as_deref())
                    .await?;
                let header = format!("Bearer {}", fresh.token);
                *cached = Some(fresh);
                Some(header)
            }
        })
    }

    /// Client credentials (RFC 6749 §4.4) with HTTP Basic client authentication.
    async fn fetch(
        &self,
        token_url: &str,
        client_id: &str,
        client_secret: &str,
        scope: Option<&str>,
    ) -> Result<Cached, OutboundError> {
        self.fetched
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let failed = |message: String| OutboundError::Token {
            url: token_url.to_string(),
            message,
        };
        let mut form = vec![("grant_type", "client_credentials")];
        if let Some(scope) = scope {
            form.push(("scope", scope));
        }
        let response = http_client(self.timeout, &[])?
            .post(token_url)
            .basic_auth(client_id, Some(client_secret))
            .form(&form)
            .send()
            .await
            .map_err(|e| OutboundError::from_transport(&e, self.timeout))?;
        let status = response.status();
        let body: serde_json::Value = response
            .json()
            .await
            .map_err(|_| failed(format!("{status}, and the body is not JSON")))?;
        if !status.is_success() {
            // The status and the RFC 6749 error code only: a body may hold a credential.
            let error = body["error"].as_str().or(body["errorCode"].as_str());
            return Err(failed(match error {
                Some(code) => format!("{status} {code}"),
                None => status.to_string(),
            }));
        }
        let token = body["access_token"]
            .as_str()
            .filter(|t| !t.is_empty())
            .ok_or_else(|| failed("no access_token in the answer".into()))?;
        // RFC 6749 §5.1: expires_in is recommended, not required; without it, a short life.
        // A partner may say "never" with a huge number: a day is long enough to cache.
        let lifetime = Duration::from_secs(
            body["expires_in"]
                .as_u64()
                .unwrap_or(60)
                .min(MAX_CACHE_SECS),
        );
        let now = Instant::now();
        Ok(Cached {
            token: token.to_string(),
            expires: now
                .checked_add(lifetime.saturating_sub(EXPIRY_MARGIN))
                .unwrap_or(now),
        })
    }
}
