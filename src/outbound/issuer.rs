//! D1's verifyCard at a tenant's registered issuer endpoint, during wallet provisioning: the
//! card data the wallet sent (decrypted by the sandbox) encrypted again to the issuer's newest
//! key, sent through the Card API's generated client, and the answer read as the domain's
//! verification.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::json;

use super::auth::Authenticator;
use super::http_client;
use crate::domain::cards::{CardData, Verification};
use crate::domain::partners::{PartnerDescription, PartnerRole};
use crate::domain::wallets::RemoteIssuer;
use crate::generated::card_api_client::{Client, types};

/// The installed [`RemoteIssuer`]: each call bounded by a timeout; one authenticator per
/// partner description, so an OAuth token is fetched once and reused until it expires.
#[derive(Debug)]
pub struct RemoteIssuerClient {
    timeout: Duration,
    authenticators: Mutex<HashMap<String, (PartnerDescription, Arc<Authenticator>)>>,
}

impl RemoteIssuerClient {
    /// A client whose calls (key fetch, token fetch, verifyCard) each take at most `timeout`.
    pub fn new(timeout: Duration) -> RemoteIssuerClient {
        RemoteIssuerClient {
            timeout,
            authenticators: Default::default(),
        }
    }

    /// The partner's authenticator, kept while its description stays the same.
    fn authenticator(&self, issuer_id: &str, partner: &PartnerDescription) -> Arc<Authenticator> {
        let mut cache = self
            .authenticators
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        match cache.get(issuer_id) {
            Some((known, auth)) if known == partner => auth.clone(),
            _ => {
                let auth = Arc::new(Authenticator::new(partner.auth.clone(), self.timeout));
                cache.insert(issuer_id.to_string(), (partner.clone(), auth.clone()));
                auth
            }
        }
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
        let key = super::check::issuer::encryption_key(issuer, self.timeout)
            .await
            .map_err(|e| format!("the issuer's encryption key: {e}"))?;
        let mut data = json!({"pan": card.pan, "exp": card.exp});
        if let Some(cvv) = &card.cvv {
            data["cvv"] = cvv.as_str().into();
        }
        let jwe = crate::crypto::jwe::encrypt_to(&key, data.to_string().as_bytes())
            .map_err(|e| format!("encrypting the card data: {e}"))?;
        let auth = self.authenticator(&issuer.issuer_id, partner);
        let authorization = auth.authorization().await.map_err(|e| e.to_string())?;
        let headers: Vec<(&str, &str)> = authorization
            .as_deref()
            .map(|a| vec![("authorization", a)])
            .unwrap_or_default();
        let client = http_client(self.timeout, &headers).map_err(|e| e.to_string())?;
        let body: types::VerifyCardRequest = serde_json::from_value(json!({
            "encryptedData": jwe, "cardId": card_id, "cardBin": &card.pan[..6.min(card.pan.len())],
        }))
        .map_err(|e| format!("the request: {e}"))?;
        let answer = Client::new_with_client(partner.url.trim_end_matches('/'), client)
            .verify_card()
            .issuer_id(issuer.issuer_id.as_str())
            .body(body)
            .send()
            .await
            .map_err(|e| match e.status() {
                Some(status) => format!("verifyCard answered {status}"),
                None => format!("verifyCard: {e}"),
            })?
            .into_inner();
        let results = &answer.verification_results;
        Ok(Verification {
            card_id: answer.card_id.to_string(),
            consumer_id: answer.consumer_id.map(|c| c.to_string()),
            invalid: results.card.invalid,
            expired: results.card.expired,
            lost_or_stolen: results.card.lost_or_stolen,
            fraud_suspect: results.card.fraud_suspect,
            security_code: results
                .security_code
                .as_ref()
                .map(|s| (s.valid, s.verification_attempts_exceeded)),
        })
    }
}

impl RemoteIssuer for RemoteIssuerClient {
    fn verify<'a>(
        &'a self,
        partner: &'a PartnerDescription,
        card: &'a CardData,
        card_id: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<Verification, String>> + Send + 'a>> {
        Box::pin(self.call(partner, card, card_id))
    }
}
