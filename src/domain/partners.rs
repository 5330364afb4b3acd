//! Partner descriptions: a partner's own implementation of one of the APIs D1 calls (an
//! issuer's Card API, a token requestor's token notifications, a merchant gateway, a
//! connecting party), where it is, how D1 authenticates to it, and what each role needs (ids,
//! keys, test data). `d1-sandbox check` reads one from a file (YAML or JSON); the same
//! structure is what the delivery work registers per tenant.

use serde::{Deserialize, Serialize};

/// One partner endpoint. (serde cannot refuse unknown fields beside a flattened enum, so
/// [`PartnerDescription::parse`] checks the top-level names itself.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartnerDescription {
    /// Which API the partner implements, and what that role needs.
    #[serde(flatten)]
    pub role: PartnerRole,
    /// The base URL of the partner's API (the document's `servers[0].url` is appended by
    /// nobody: give the URL the operations' paths follow).
    pub url: String,
    /// How D1 authenticates to the partner.
    #[serde(default)]
    pub auth: PartnerAuth,
}

/// The role a partner plays, with its data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "kebab-case")]
pub enum PartnerRole {
    /// An issuer's Card API (verifyCard, card-operation notifications).
    Issuer(IssuerPartner),
    /// A token requestor receiving token notifications.
    TokenRequestor(TokenRequestorPartner),
    /// A merchant gateway (token endpoint and notify-update).
    MerchantGateway(MerchantGatewayPartner),
    /// A connecting party receiving verification notifications.
    ConnectingParty(ConnectingPartyPartner),
}

impl PartnerRole {
    /// The role's name, as written in a partner file.
    pub fn name(&self) -> &'static str {
        match self {
            PartnerRole::Issuer(_) => "issuer",
            PartnerRole::TokenRequestor(_) => "token-requestor",
            PartnerRole::MerchantGateway(_) => "merchant-gateway",
            PartnerRole::ConnectingParty(_) => "connecting-party",
        }
    }
}

/// How D1 authenticates to a partner.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum PartnerAuth {
    /// No credential.
    #[default]
    None,
    /// OAuth 2.0 client credentials: a token fetched from `token_url` (HTTP Basic), cached
    /// until it expires, fetched again once when the partner answers 401.
    Oauth {
        /// The partner's token endpoint.
        token_url: String,
        /// The client id D1 uses.
        client_id: String,
        /// The client secret.
        client_secret: String,
        /// The scope asked for, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        scope: Option<String>,
    },
    /// `Authorization: APIKEY <key>` (the token notifications' scheme).
    Apikey {
        /// The key.
        key: String,
    },
    /// HTTP Basic.
    Basic {
        /// The user name.
        username: String,
        /// The password.
        password: String,
    },
}

/// What a check needs of an issuer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssuerPartner {
    /// The issuer's id (10 characters).
    pub issuer_id: String,
    /// The issuer's JWE encryption key: the newest `use: enc` key is taken, as D1 would.
    pub encryption_key: KeySource,
    /// Cards the issuer knows, with the answer each must get.
    #[serde(default)]
    pub test_cards: Vec<PartnerTestCard>,
}

/// Where a public encryption key is found: exactly one of the two.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeySource {
    /// A JWK set at a URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks_url: Option<String>,
    /// A file holding a JWK or a JWK set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwk_file: Option<String>,
}

/// A card of the issuer's, and what verifyCard must answer for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerTestCard {
    /// The PAN.
    pub pan: String,
    /// The expiry, MMYY.
    pub exp: String,
    /// The CVV to send, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvv: Option<String>,
    /// The `cardId` to propose (a new one when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_id: Option<String>,
    /// The answer it must get.
    pub expect: CardExpectation,
}

/// What verifyCard must answer for a test card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CardExpectation {
    /// `invalid: false`, a `consumerId`, and a valid CVV when one is sent.
    Valid,
    /// `securityCode.valid: false` (a CVV is sent).
    WrongCvv,
    /// `card.expired: true`.
    Expired,
    /// `card.lostOrStolen: true`.
    LostOrStolen,
    /// `card.fraudSuspect: true`.
    FraudSuspect,
}

/// What a check needs of a token requestor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenRequestorPartner {
    /// A merchant (token requestor id) the requestor knows.
    pub merchant_id: String,
}

/// What a check needs of a merchant gateway.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MerchantGatewayPartner {
    /// The merchant gateway's id.
    pub merchant_gateway_id: String,
    /// A merchant of the gateway.
    pub merchant_id: String,
    /// Token ids the gateway knows for that merchant (notify-update must answer 204).
    #[serde(default)]
    pub known_token_ids: Vec<String>,
}

/// What a check needs of a connecting party.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConnectingPartyPartner {
    /// The endpoint id, part of the signed string.
    pub endpoint_id: String,
    /// The control key that signs the answers.
    pub control_key: String,
    /// A consumer session the party accepts, if any (without one, only refusals are checked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<PartnerSession>,
    /// A BIN the party filters (cause `FILTERED`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filtered_bin: Option<i64>,
}

/// A consumer session of a connecting party.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerSession {
    /// The access token the verification service presents.
    pub access_token: String,
    /// The device serial number the session is bound to.
    pub device_serial_number: String,
}

/// An expiry (MMYY) that has not passed and will not for years: December, five years on.
pub fn future_expiry() -> String {
    use chrono::Datelike;
    format!("12{:02}", (chrono::Utc::now().year() + 5) % 100)
}

/// Why a partner description was refused.
#[derive(Debug, thiserror::Error)]
pub enum PartnerError {
    /// Not YAML or JSON of this shape.
    #[error("the partner description is not valid: {0}")]
    Parse(String),
    /// A field breaks a rule.
    #[error("the partner description is not valid: {0}")]
    Invalid(String),
}

impl PartnerDescription {
    /// Reads a description from YAML or JSON text (JSON is YAML) and checks it.
    pub fn parse(text: &str) -> Result<PartnerDescription, PartnerError> {
        let value: serde_yaml::Value =
            serde_yaml::from_str(text).map_err(|e| PartnerError::Parse(e.to_string()))?;
        let description: PartnerDescription = serde_yaml::from_value(value.clone())
            .map_err(|e| PartnerError::Parse(e.to_string()))?;
        let allowed: &[&str] = match description.role {
            PartnerRole::Issuer(_) => &["issuer_id", "encryption_key", "test_cards"],
            PartnerRole::TokenRequestor(_) => &["merchant_id"],
            PartnerRole::MerchantGateway(_) => {
                &["merchant_gateway_id", "merchant_id", "known_token_ids"]
            }
            PartnerRole::ConnectingParty(_) => {
                &["endpoint_id", "control_key", "session", "filtered_bin"]
            }
        };
        if let Some(map) = value.as_mapping() {
            for key in map.keys() {
                let key = key.as_str().unwrap_or_default();
                if !["role", "url", "auth"].contains(&key) && !allowed.contains(&key) {
                    return Err(PartnerError::Parse(format!(
                        "unknown field `{key}` for role {}",
                        description.role.name()
                    )));
                }
            }
        }
        description.validate()?;
        Ok(description)
    }

    /// Checks what serde cannot: URLs, id lengths, test card data.
    pub fn validate(&self) -> Result<(), PartnerError> {
        let invalid = |m: String| Err(PartnerError::Invalid(m));
        let http_url = |u: &str| u.starts_with("http://") || u.starts_with("https://");
        if !http_url(&self.url) {
            return invalid(format!("url `{}` is not an http(s) URL", self.url));
        }
        if let PartnerAuth::Oauth { token_url, .. } = &self.auth
            && !http_url(token_url)
        {
            return invalid(format!(
                "auth.token_url `{token_url}` is not an http(s) URL"
            ));
        }
        match &self.role {
            PartnerRole::Issuer(issuer) => {
                let key = &issuer.encryption_key;
                if key.jwks_url.is_some() == key.jwk_file.is_some() {
                    return invalid("encryption_key needs one of jwks_url and jwk_file".into());
                }
                if issuer.issuer_id.chars().count() != 10 {
                    return invalid("issuer_id must be 10 characters".into());
                }
                for card in &issuer.test_cards {
                    super::cards::CardData::new(
                        card.pan.clone(),
                        card.exp.clone(),
                        card.cvv.clone(),
                    )
                    .map_err(|e| PartnerError::Invalid(format!("a test card: {e}")))?;
                    if card.expect == CardExpectation::WrongCvv && card.cvv.is_none() {
                        return invalid("a wrong-cvv test card needs a cvv to send".into());
                    }
                }
            }
            PartnerRole::MerchantGateway(gateway) => {
                if gateway.merchant_gateway_id.chars().count() != 10
                    || gateway.merchant_id.chars().count() != 11
                {
                    return invalid(
                        "merchant_gateway_id must be 10 characters and merchant_id 11".into(),
                    );
                }
            }
            PartnerRole::TokenRequestor(_) | PartnerRole::ConnectingParty(_) => {}
        }
        Ok(())
    }

    /// The description as YAML, secrets included (it is the user's file).
    pub fn to_yaml(&self) -> String {
        serde_yaml::to_string(self).expect("partner descriptions serialise")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_reads_from_yaml_and_json_alike() {
        let yaml = "role: issuer\nurl: https://issuer.example/api\nauth:\n  type: oauth\n  token_url: https://issuer.example/oauth2/token\n  client_id: d1\n  client_secret: s\nissuer_id: ISSUER0001\nencryption_key:\n  jwks_url: https://issuer.example/jwks.json\ntest_cards:\n  - {pan: '4999990000000015', exp: '1230', cvv: '123', expect: valid}\n";
        let from_yaml = PartnerDescription::parse(yaml).unwrap();
        let json = serde_json::to_string(&from_yaml).unwrap();
        assert_eq!(PartnerDescription::parse(&json).unwrap(), from_yaml);
        assert_eq!(
            PartnerDescription::parse(&from_yaml.to_yaml()).unwrap(),
            from_yaml
        );
        assert_eq!(from_yaml.role.name(), "issuer");
    }

    #[test]
    fn bad_descriptions_are_refused_with_the_reason() {
        for (text, reason) in [
            (
                "role: issuer\nurl: ftp://x\nissuer_id: ISSUER0001\nencryption_key: {jwks_url: http://x}\n",
                "not an http(s) URL",
            ),
            (
                "role: issuer\nurl: http://x\nissuer_id: SHORT\nencryption_key: {jwks_url: http://x}\n",
                "10 characters",
            ),
            (
                "role: issuer\nurl: http://x\nissuer_id: ISSUER0001\nencryption_key: {jwks_url: http://x}\ntest_cards: [{pan: '4111111111111112', exp: '1230', expect: valid}]\n",
                "test card",
            ),
            ("role: wallet\nurl: http://x\n", "unknown variant"),
            (
                "role: token-requestor\nurl: http://x\nmerchant_id: M\nsurprise: 1\n",
                "surprise",
            ),
        ] {
            let err = PartnerDescription::parse(text).unwrap_err().to_string();
            assert!(err.contains(reason), "{text}: {err}");
        }
    }
}

/// Why a partner could not be registered, read or removed.
#[derive(Debug, thiserror::Error)]
pub enum RegistrationError {
    /// The description breaks a rule.
    #[error(transparent)]
    Invalid(#[from] PartnerError),
    /// The description names an id (issuer, merchant gateway, merchant) that is not one of
    /// the tenant's: another tenant's, or one no tenant has.
    #[error("{0}")]
    NotOwned(String),
    /// The tenant has no partner for this role.
    #[error("no partner is registered for role {0}")]
    Unknown(String),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// The partner endpoints tenants registered: D1's calls for a role go to the tenant's partner
/// for it (the delivery worker's business), instead of the sandbox's own implementation.
#[derive(Debug, Clone)]
pub struct Partners {
    store: crate::store::Store,
}

/// A registered partner, with when it was last set.
#[derive(Debug, Clone, PartialEq)]
pub struct Registered {
    /// The description, secrets included (the admin API shows none of them).
    pub description: PartnerDescription,
    /// When it was last set.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Partners {
    /// The partners kept in `store`.
    pub fn new(store: crate::store::Store) -> Partners {
        Partners { store }
    }

    /// Registers (or replaces) the tenant's partner for the description's role; durable on
    /// return. The ids it names must be the tenant's own (D1 calls a partner about the
    /// tenant's cards and tokens), and a key file on the server's disk cannot be named.
    pub async fn set(
        &self,
        tenant: &crate::store::Tenant,
        description: PartnerDescription,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Registered, RegistrationError> {
        description.validate()?;
        let invalid = |m: String| Err(RegistrationError::Invalid(PartnerError::Invalid(m)));
        let not_owned = |m: String| Err(RegistrationError::NotOwned(m));
        let owns = |ids: &[String], id: &str| ids.iter().any(|i| i == id);
        match &description.role {
            PartnerRole::Issuer(p) => {
                if !owns(&tenant.issuer_ids, &p.issuer_id) {
                    return not_owned(format!(
                        "issuer {} is not one of this tenant's",
                        p.issuer_id
                    ));
                }
                if p.encryption_key.jwk_file.is_some() {
                    return invalid("a registered issuer gives its key as jwks_url".into());
                }
            }
            PartnerRole::MerchantGateway(p) => {
                if !owns(&tenant.merchant_gateway_ids, &p.merchant_gateway_id)
                    || !owns(&tenant.merchant_ids, &p.merchant_id)
                {
                    return not_owned(format!(
                        "merchant gateway {} and merchant {} must be this tenant's",
                        p.merchant_gateway_id, p.merchant_id
                    ));
                }
            }
            PartnerRole::TokenRequestor(p) => {
                if !owns(&tenant.merchant_ids, &p.merchant_id) {
                    return not_owned(format!(
                        "merchant {} is not one of this tenant's",
                        p.merchant_id
                    ));
                }
            }
            PartnerRole::ConnectingParty(_) => {}
        }
        let record = crate::store::PartnerRecord {
            role: description.role.name().to_string(),
            description: serde_json::to_value(&description).expect("descriptions serialise"),
            updated_at: now,
        };
        self.store.put_partner(&tenant.id, &record).await?;
        Ok(Registered {
            description,
            updated_at: now,
        })
    }

    fn read(record: crate::store::PartnerRecord) -> Result<Registered, RegistrationError> {
        let description = serde_json::from_value(record.description)
            .map_err(|e| PartnerError::Parse(format!("a stored partner: {e}")))?;
        Ok(Registered {
            description,
            updated_at: record.updated_at,
        })
    }

    /// The tenant's partner for a role.
    pub fn get(
        &self,
        tenant: &crate::store::Tenant,
        role: &str,
    ) -> Result<Registered, RegistrationError> {
        let record = self
            .store
            .partner(&tenant.id, role)?
            .ok_or_else(|| RegistrationError::Unknown(role.to_string()))?;
        Self::read(record)
    }

    /// The tenant's partners, in role order.
    pub fn list(
        &self,
        tenant: &crate::store::Tenant,
    ) -> Result<Vec<Registered>, RegistrationError> {
        self.store
            .partners(&tenant.id)?
            .into_iter()
            .map(Self::read)
            .collect()
    }

    /// Removes the tenant's partner for a role; durable on return.
    pub async fn remove(
        &self,
        tenant: &crate::store::Tenant,
        role: &str,
    ) -> Result<(), RegistrationError> {
        if self.store.delete_partner(&tenant.id, role).await? {
            Ok(())
        } else {
            Err(RegistrationError::Unknown(role.to_string()))
        }
    }
}
