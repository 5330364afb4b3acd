//! D1's verifyCard at a tenant's registered issuer endpoint, during wallet provisioning: the
//! card data the wallet sent (decrypted by the sandbox) encrypted again to the issuer's newest
//! key, sent through the issuer's `verifyCard` sender (`partners/issuer.rs`), and the answer
//! read as the domain's verification.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::sync::Semaphore;

use super::auth::Authenticator;
use super::http_client;
use super::partners::{self, Peer};
use crate::domain::cards::{CardData, Verification};
use crate::domain::delivery::VerifyCardCall;
use crate::domain::partners::{IssuerPartner, PartnerDescription, PartnerRole};
use crate::domain::wallets::RemoteIssuer;

/// The most verifyCard calls to registered issuers in flight at once: the TSH API has no
/// credentials, so anyone can make the sandbox call a tenant's endpoint; beyond this a
/// provisioning is answered `ISSUER_UNAVAILABLE` at once rather than queued.
const MAX_CALLS_IN_FLIGHT: usize = 32;

/// How long an issuer's encryption key is reused before its JWK set is read again.
const KEY_TTL: Duration = Duration::from_secs(60);

/// What is kept per registered issuer while its description stays the same.
#[derive(Debug)]
struct Link {
    /// The description it was built from.
    partner: PartnerDescription,
    /// Fetches and reuses the OAuth token, when the issuer wants one.
    authenticator: Arc<Authenticator>,
    /// The HTTP client (connections kept alive) and the `Authorization` it sends.
    client: Option<(Option<String>, reqwest::Client)>,
    /// The issuer's encryption key and when it was read.
    key: Option<(Instant, Value)>,
}

/// The installed [`RemoteIssuer`]: one deadline over the whole call (key, token,
/// verifyCard), at most [`MAX_CALLS_IN_FLIGHT`] calls at once, and per issuer a link that
/// reuses its token, HTTP connections and encryption key.
#[derive(Debug)]
pub struct RemoteIssuerClient {
    timeout: Duration,
    slots: Arc<Semaphore>,
    links: Mutex<HashMap<String, Link>>,
}

impl RemoteIssuerClient {
    /// A client whose calls take at most `timeout` each, key and token fetches included.
    pub fn new(timeout: Duration) -> RemoteIssuerClient {
        RemoteIssuerClient {
            timeout,
            slots: Arc::new(Semaphore::new(MAX_CALLS_IN_FLIGHT)),
            links: Default::default(),
        }
    }

    /// Runs `f` on the issuer's link, made anew when its description changed.
    fn with_link<R>(
        &self,
        issuer_id: &str,
        partner: &PartnerDescription,
        f: impl FnOnce(&mut Link) -> R,
    ) -> R {
        let mut links = self.links.lock().unwrap_or_else(|p| p.into_inner());
        let link = links
            .entry(issuer_id.to_string())
            .and_modify(|link| {
                if link.partner != *partner {
                    *link = Link::new(partner, self.timeout);
                }
            })
            .or_insert_with(|| Link::new(partner, self.timeout));
        f(link)
    }

    /// The issuer's encryption key: the one read less than [`KEY_TTL`] ago, or read now.
    async fn key(
        &self,
        issuer: &IssuerPartner,
        partner: &PartnerDescription,
    ) -> Result<Value, String> {
        let fresh = self.with_link(&issuer.issuer_id, partner, |link| {
            link.key
                .as_ref()
                .filter(|(at, _)| at.elapsed() < KEY_TTL)
                .map(|(_, key)| key.clone())
        });
        if let Some(key) = fresh {
            return Ok(key);
        }
        let key = partners::issuer::encryption_key(issuer, self.timeout)
            .await
            .map_err(|e| format!("the issuer's encryption key: {e}"))?;
        self.with_link(&issuer.issuer_id, partner, |link| {
            link.key = Some((Instant::now(), key.clone()))
        });
        Ok(key)
    }

    /// The HTTP client sending `authorization`, built again only when the token changed.
    fn client(
        &self,
        issuer_id: &str,
        partner: &PartnerDescription,
        authorization: Option<String>,
    ) -> Result<reqwest::Client, String> {
        self.with_link(issuer_id, partner, |link| match &link.client {
            Some((sent, client)) if *sent == authorization => Ok(client.clone()),
            _ => {
                let headers: Vec<(&str, &str)> = authorization
                    .as_deref()
                    .map(|a| vec![("authorization", a)])
                    .unwrap_or_default();
                let client = http_client(self.timeout, &headers).map_err(|e| e.to_string())?;
                link.client = Some((authorization, client.clone()));
                Ok(client)
            }
        })
    }

    async fn call(
        &self,
        partner: &PartnerDescription,
        card: &CardData,
        card_id: &str,
    ) -> Result<Verification, String> {
        let PartnerRole::Issuer(issuer) = &partner.role else {
            return Err("the registered partner is not an issuer".into());
        };
        let key = self.key(issuer, partner).await?;
        let jwe = partners::issuer::encrypt_card(&key, &card.pan, &card.exp, card.cvv.as_deref())
            .map_err(|e| e.to_string())?;
        let auth = self.with_link(&issuer.issuer_id, partner, |link| {
            link.authenticator.clone()
        });
        let authorization = auth.authorization().await.map_err(|e| e.to_string())?;
        let client = self.client(&issuer.issuer_id, partner, authorization)?;
        let call = VerifyCardCall {
            issuer_id: issuer.issuer_id.clone(),
            card_id: card_id.to_string(),
            card_bin: card.pan.chars().take(6).collect(),
            encrypted_data: jwe,
        };
        let peer = Peer {
            url: partner.url.trim_end_matches('/'),
            client,
            timeout: self.timeout,
        };
        let reply = partners::issuer::verify_card(&peer, &call).await;
        let problem = reply.problem();
        match (reply.value, problem, reply.status) {
            (Some(verification), None, _) => Ok(verification),
            (_, Some(problem), _) => Err(format!("verifyCard: {problem}")),
            (_, None, Some(status)) => Err(format!("verifyCard answered {status}")),
            (_, None, None) => Err("verifyCard: no answer".into()),
        }
    }

    /// [`Self::call`] within a slot and one deadline.
    async fn bounded(
        &self,
        partner: &PartnerDescription,
        card: &CardData,
        card_id: &str,
    ) -> Result<Verification, String> {
        let Ok(_slot) = self.slots.clone().try_acquire_owned() else {
            return Err(format!(
                "{MAX_CALLS_IN_FLIGHT} calls to registered issuers are in flight already"
            ));
        };
        match tokio::time::timeout(self.timeout, self.call(partner, card, card_id)).await {
            Ok(answer) => answer,
            Err(_) => Err(format!(
                "the issuer did not answer within {} s",
                self.timeout.as_secs_f32()
            )),
        }
    }
}

impl Link {
    fn new(partner: &PartnerDescription, timeout: Duration) -> Link {
        Link {
            partner: partner.clone(),
            authenticator: Arc::new(Authenticator::new(partner.auth.clone(), timeout)),
            client: None,
            key: None,
        }
    }
}

impl RemoteIssuer for RemoteIssuerClient {
    fn verify<'a>(
        &'a self,
        partner: &'a PartnerDescription,
        card: &'a CardData,
        card_id: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<Verification, String>> + Send + 'a>> {
        Box::pin(self.bounded(partner, card, card_id))
    }
}
