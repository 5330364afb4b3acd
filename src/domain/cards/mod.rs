//! The issuer's card registry: card verification from JWE card data, card-operation
//! notifications, the built-in test cards, and what the sandbox admin API does to cards.
//!
//! The service ([`Cards`]) is here; the card data and its syntax are in `data`, the test
//! cards in `test_cards`, and the rules (what a verification answers, how an operation
//! applies) in `rules`, as pure functions. PANs and CVVs exist here only in memory, for the
//! length of one call; the store gets a keyed PAN fingerprint, the BIN, the last four digits
//! and a keyed CVV digest.

mod data;
mod rules;
mod test_cards;

pub use data::{CardData, Expiry, luhn_valid, mask};
pub use rules::{MAX_CVV_ATTEMPTS, NotifiedOperation, Verification, status_name};
pub use test_cards::{EXPIRED_TEST_CARD_EXP, TEST_CARD_CVV, TEST_CARDS, TestOutcome};

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use rand::Rng;
use serde_json::Value;
use sha2::Sha256;

use super::StartError;
use crate::crypto::jwe::{EncryptionKey, JweError, Keyring};
use crate::store::{CardInsert, EncryptionKeyRecord, OperationsRefused, Store, StoreError, Tenant};
pub use crate::store::{CardRecord, CardState, OperationRecord, OperationStatus, TestCard};
use rules::{apply_operation, evaluate, unregistered};

/// The most operations the sandbox keeps for one card; a notification of a new operation
/// beyond it is refused (400 `OPERATION_LIMIT`). Reads of a card's operations are paginated.
pub const MAX_OPERATIONS_PER_CARD: u32 = 10_000;

/// Why a card call failed; each API maps it to its declared error response.
#[derive(Debug, thiserror::Error)]
pub enum CardError {
    /// No tenant owns the issuer.
    #[error("no issuer {0}")]
    UnknownIssuer(String),
    /// Another tenant owns the issuer.
    #[error("the caller's tenant does not own issuer {0}")]
    NotOwned(String),
    /// The JWE was refused.
    #[error(transparent)]
    Jwe(#[from] JweError),
    /// The decrypted or registered card data is invalid (the message names the field, never
    /// its value).
    #[error("{0}")]
    InvalidCardData(String),
    /// `cardBin` is not the start of the PAN.
    #[error("cardBin is not the start of the PAN")]
    BinMismatch,
    /// Cards that do not exist.
    #[error("issuer {issuer_id} has no card {}", card_ids.join(", "))]
    UnknownCards {
        /// The issuer.
        issuer_id: String,
        /// The unknown card ids.
        card_ids: Vec<String>,
    },
    /// The cards hold the most operations a card may hold ([`MAX_OPERATIONS_PER_CARD`]);
    /// nothing was stored.
    #[error(
        "issuer {issuer_id}'s card {} holds {MAX_OPERATIONS_PER_CARD} operations, the most the \
         sandbox keeps for a card",
        card_ids.join(", ")
    )]
    OperationLimit {
        /// The issuer.
        issuer_id: String,
        /// The full cards.
        card_ids: Vec<String>,
    },
    /// Notified operations that cannot be applied; nothing was stored.
    #[error("{}", .0.join("; "))]
    InvalidOperations(Vec<String>),
    /// The PAN is already registered for the issuer (as this card id).
    #[error("this PAN is already registered for issuer {issuer_id} as card {card_id}")]
    PanTaken {
        /// The issuer.
        issuer_id: String,
        /// The existing card.
        card_id: String,
    },
    /// The card id is already taken.
    #[error("issuer {issuer_id} already has a card {card_id}")]
    CardIdTaken {
        /// The issuer.
        issuer_id: String,
        /// The card id.
        card_id: String,
    },
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl CardError {
    /// A stable, machine-readable code for error bodies.
    pub fn code(&self) -> &'static str {
        match self {
            CardError::UnknownIssuer(_) => "UNKNOWN_ISSUER",
            CardError::NotOwned(_) => "FORBIDDEN",
            CardError::Jwe(e) => e.code(),
            CardError::InvalidCardData(_) => "INVALID_CARD_DATA",
            CardError::BinMismatch => "CARD_BIN_MISMATCH",
            CardError::UnknownCards { .. } => "UNKNOWN_CARD",
            CardError::InvalidOperations(_) => "INVALID_OPERATION",
            CardError::OperationLimit { .. } => "OPERATION_LIMIT",
            CardError::PanTaken { .. } => "PAN_ALREADY_REGISTERED",
            CardError::CardIdTaken { .. } => "CARD_ID_TAKEN",
            CardError::Store(_) => "INTERNAL_ERROR",
        }
    }
}

/// A card to register through the admin API.
#[derive(Debug, Clone)]
pub struct Registration {
    /// The card data (CVV required).
    pub data: CardData,
    /// The initial state.
    pub state: CardState,
    /// The card id, or a new one.
    pub card_id: Option<String>,
    /// The consumer id, or a new one.
    pub consumer_id: Option<String>,
}

type HmacSha256 = Hmac<Sha256>;

/// The card registry of every tenant.
pub struct Cards {
    store: Store,
    keyring: Keyring,
    fingerprint_key: Vec<u8>,
    cvv_key: Vec<u8>,
}

/// The store name of the PAN-fingerprint key.
const FINGERPRINT_SECRET: &str = "card_fingerprint";
/// The store name of the CVV-digest key: apart from the fingerprint key, so that one does not
/// give the other.
const CVV_SECRET: &str = "cvv_digest";

fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::rng().fill(buf.as_mut_slice());
    hex::encode(buf)
}

/// A new key id: the creation time first, so ids sort by age.
pub fn new_key_id(kind: &str) -> String {
    format!(
        "enc-{kind}-{}-{}",
        Utc::now().format("%Y%m%d%H%M%S"),
        random_hex(3)
    )
}

/// Adds one new EC (P-256) and one new RSA decryption key to the store (durable on return);
/// returns their ids. Older keys stay and keep decrypting.
pub async fn add_encryption_keys(store: &Store) -> Result<Vec<String>, StartError> {
    let ec = crate::crypto::jwe::generate_ec_key(&new_key_id("ec"))?;
    let rsa = crate::crypto::jwe::generate_rsa_key(&new_key_id("rsa"))?;
    for key in [&ec, &rsa] {
        store.put_encryption_key(&key_record(key)).await?;
    }
    Ok(vec![ec.kid, rsa.kid])
}

/// The store's record of a decryption key the crypto layer made.
fn key_record(key: &EncryptionKey) -> EncryptionKeyRecord {
    EncryptionKeyRecord {
        kid: key.kid.clone(),
        created_at: key.created_at,
        private_jwk: key.private_jwk.clone(),
    }
}

impl Cards {
    /// Loads the decryption keys, the fingerprint key and the CVV key, creating them on first
    /// start.
    pub async fn load(store: Store) -> Result<Cards, StartError> {
        if store.encryption_keys()?.is_empty() {
            add_encryption_keys(&store).await?;
        }
        let keys: Vec<EncryptionKey> = store
            .encryption_keys()?
            .into_iter()
            .map(|r| EncryptionKey {
                kid: r.kid,
                created_at: r.created_at,
                private_jwk: r.private_jwk,
            })
            .collect();
        let keyring = Keyring::from_records(&keys)?;
        let new_key = || rand::rng().random::<[u8; 32]>().to_vec();
        let fingerprint_key = store.secret_or_create(FINGERPRINT_SECRET, new_key).await?;
        let cvv_key = store.secret_or_create(CVV_SECRET, new_key).await?;
        Ok(Cards {
            store,
            keyring,
            fingerprint_key,
            cvv_key,
        })
    }

    /// The public encryption keys (`use: enc`), newest first.
    pub fn public_keys(&self) -> Vec<Value> {
        self.keyring.public_jwks()
    }

    fn fingerprint(&self, pan: &str) -> String {
        let mut mac = HmacSha256::new_from_slice(&self.fingerprint_key).expect("any key length");
        mac.update(b"pan:");
        mac.update(pan.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// The stored form of a one-time password (wallet provisioning): keyed like the CVV, so a
    /// copy of the data directory cannot try the 10^8 eight-digit codes against it.
    pub fn otp_digest(&self, otp: &str) -> String {
        let mut mac = HmacSha256::new_from_slice(&self.cvv_key).expect("any key length");
        mac.update(b"otp:");
        mac.update(otp.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    fn cvv_digest(&self, fingerprint: &str, cvv: &str) -> String {
        let mut mac = HmacSha256::new_from_slice(&self.cvv_key).expect("any key length");
        mac.update(b"cvv:");
        mac.update(fingerprint.as_bytes());
        mac.update(b":");
        mac.update(cvv.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// Checks that the tenant owns the issuer: 404 when nobody does, 403 when another does.
    pub fn check_issuer(&self, tenant: &Tenant, issuer_id: &str) -> Result<(), CardError> {
        if tenant.issuer_ids.iter().any(|i| i == issuer_id) {
            return Ok(());
        }
        match self.store.issuer_owner(issuer_id)? {
            Some(_) => Err(CardError::NotOwned(issuer_id.to_string())),
            None => Err(CardError::UnknownIssuer(issuer_id.to_string())),
        }
    }

    /// A new record with a new consumer id and no test card; callers adjust what differs.
    fn new_record(
        &self,
        issuer_id: &str,
        card_id: String,
        data: &CardData,
        state: CardState,
        now: DateTime<Utc>,
    ) -> CardRecord {
        let fingerprint = self.fingerprint(&data.pan);
        let cvv_digest = data
            .cvv
            .as_deref()
            .map(|cvv| self.cvv_digest(&fingerprint, cvv));
        CardRecord {
            issuer_id: issuer_id.to_string(),
            card_id,
            consumer_id: format!("consumer-{}", random_hex(8)),
            bin: data.pan[..6].to_string(),
            last_four: data.pan[data.pan.len() - 4..].to_string(),
            pan_length: data.pan.len() as u8,
            pan_fingerprint: fingerprint,
            exp: data.exp.clone(),
            cvv_digest,
            state,
            test_card: None,
            failed_cvv_attempts: 0,
            digital_card_ids: Vec::new(),
            created_at: now,
            operation_count: 0,
            last_sequence: 0,
        }
    }

    /// Decrypts card data sent to the sandbox's keys (a JWE of the verifyCard plaintext).
    pub fn decrypt_card_data(&self, jwe: &str) -> Result<CardData, CardError> {
        CardData::from_plaintext(&self.keyring.decrypt(jwe)?)
    }

    /// `verifyCard`: decrypts the card data, finds (or registers) the card, and checks it.
    pub async fn verify(
        &self,
        tenant: &Tenant,
        issuer_id: &str,
        encrypted_data: &str,
        proposed_card_id: &str,
        card_bin: &str,
        now: DateTime<Utc>,
    ) -> Result<Verification, CardError> {
        self.check_issuer(tenant, issuer_id)?;
        let data = CardData::from_plaintext(&self.keyring.decrypt(encrypted_data)?)?;
        if !data.pan.starts_with(card_bin) {
            return Err(CardError::BinMismatch);
        }
        let fingerprint = self.fingerprint(&data.pan);
        let card = match self.store.card_by_fingerprint(issuer_id, &fingerprint)? {
            Some(card) => card,
            None => {
                let test = TEST_CARDS
                    .iter()
                    .find(|(pan, _)| *pan == data.pan)
                    .map(|(_, outcome)| *outcome);
                let accepted = match test {
                    Some(TestOutcome::Card(t)) => Some(Some(t)),
                    Some(TestOutcome::UnknownRejected) => None,
                    None if tenant.settings.accept_unknown_cards => Some(None),
                    None => None,
                };
                let Some(test_card) = accepted else {
                    return Ok(unregistered(proposed_card_id, &data, now));
                };
                self.register_on_first_sight(issuer_id, proposed_card_id, &data, test_card, now)
                    .await?
            }
        };
        self.evaluate_stored(issuer_id, card, &data, &fingerprint, now)
            .await
    }

    /// Checks card data against a card the issuer already holds, as verifyCard does (counting
    /// CVV attempts), without registering an unknown one: `None` when the issuer does not know
    /// the PAN. For wallet provisioning, whose API has no credential: an unknown card must not
    /// grow the registry.
    pub async fn check_known(
        &self,
        tenant: &Tenant,
        issuer_id: &str,
        data: &CardData,
        now: DateTime<Utc>,
    ) -> Result<Option<Verification>, CardError> {
        self.check_issuer(tenant, issuer_id)?;
        let fingerprint = self.fingerprint(&data.pan);
        let Some(card) = self.store.card_by_fingerprint(issuer_id, &fingerprint)? else {
            return Ok(None);
        };
        self.evaluate_stored(issuer_id, card, data, &fingerprint, now)
            .await
            .map(Some)
    }

    /// Evaluates card data against a stored card, recording the CVV attempt.
    async fn evaluate_stored(
        &self,
        issuer_id: &str,
        card: CardRecord,
        data: &CardData,
        fingerprint: &str,
        now: DateTime<Utc>,
    ) -> Result<Verification, CardError> {
        // Without a CVV the evaluation changes nothing; it still goes through the store's
        // modification, which answers once what it read is durable (see the store's contract).
        let digest = data
            .cvv
            .as_deref()
            .map(|cvv| self.cvv_digest(fingerprint, cvv));
        let card_id = card.card_id.clone();
        let verification = self
            .store
            .modify_cards(issuer_id, &[&card_id], |current| {
                let Some(Some(card)) = current.into_iter().next() else {
                    return Err(CardError::UnknownCards {
                        issuer_id: issuer_id.to_string(),
                        card_ids: vec![card_id.clone()],
                    });
                };
                let mut updated = card.clone();
                let answer = evaluate(&mut updated, data, digest.as_deref(), now);
                let writes = if updated != card {
                    vec![updated]
                } else {
                    vec![]
                };
                Ok((writes, answer))
            })
            .await??;
        Ok(verification)
    }

    async fn register_on_first_sight(
        &self,
        issuer_id: &str,
        proposed_card_id: &str,
        data: &CardData,
        test_card: Option<TestCard>,
        now: DateTime<Utc>,
    ) -> Result<CardRecord, CardError> {
        let (state, exp, cvv) = match test_card {
            None => (CardState::Active, data.exp.clone(), data.cvv.clone()),
            Some(t) => (
                match t {
                    TestCard::LostOrStolen => CardState::Lost,
                    TestCard::FraudSuspect => CardState::FraudSuspect,
                    _ => CardState::Active,
                },
                if t == TestCard::Expired {
                    EXPIRED_TEST_CARD_EXP.to_string()
                } else {
                    data.exp.clone()
                },
                Some(TEST_CARD_CVV.to_string()),
            ),
        };
        let registered = CardData {
            pan: data.pan.clone(),
            exp,
            cvv,
        };
        let mut card_id = proposed_card_id.to_string();
        // D1 proposes the card id; if this issuer already uses it for another PAN, the issuer
        // answers with an id of its own (the response carries it).
        for _ in 0..3 {
            let mut record = self.new_record(issuer_id, card_id, &registered, state, now);
            record.test_card = test_card;
            if test_card == Some(TestCard::CvvMismatch) {
                // A digest no 3-4 digit CVV can produce.
                record.cvv_digest = Some(self.cvv_digest(&record.pan_fingerprint, "no-cvv"));
            }
            match self.store.insert_card(&record).await? {
                CardInsert::Inserted => return Ok(record),
                CardInsert::PanTaken(existing) => {
                    // Registered concurrently by another request: use that card.
                    if let Some(card) = self.store.card(issuer_id, &existing)? {
                        return Ok(card);
                    }
                }
                CardInsert::CardIdTaken => {}
            }
            card_id = format!("card-{}", random_hex(12));
        }
        Err(CardError::Store(StoreError::Conflict(
            "could not register the card after 3 attempts".into(),
        )))
    }

    /// Applies notified operations (one v1 notification, or a v2 batch) atomically: every card
    /// must exist and every operation be applicable, or nothing is stored.
    pub async fn notify(
        &self,
        tenant: &Tenant,
        issuer_id: &str,
        items: &[(String, NotifiedOperation)],
        now: DateTime<Utc>,
    ) -> Result<(), CardError> {
        self.check_issuer(tenant, issuer_id)?;
        let pairs: Vec<(&str, &str)> = items
            .iter()
            .map(|(card_id, op)| (card_id.as_str(), op.operation_id.as_str()))
            .collect();
        let recorded = self
            .store
            .record_operations(
                issuer_id,
                &pairs,
                MAX_OPERATIONS_PER_CARD,
                |i, _, stored| apply_operation(stored, &items[i].1, now),
            )
            .await?;
        match recorded {
            Ok(()) => Ok(()),
            Err(OperationsRefused::UnknownCards(mut card_ids)) => {
                card_ids.sort_unstable();
                card_ids.dedup();
                Err(CardError::UnknownCards {
                    issuer_id: issuer_id.to_string(),
                    card_ids,
                })
            }
            Err(OperationsRefused::Refused(problems)) => Err(CardError::InvalidOperations(
                problems
                    .into_iter()
                    .map(|(i, why)| {
                        if items.len() > 1 {
                            format!("cards[{i}] (card {}): {why}", items[i].0)
                        } else {
                            why
                        }
                    })
                    .collect(),
            )),
            Err(OperationsRefused::Full(card_ids)) => Err(CardError::OperationLimit {
                issuer_id: issuer_id.to_string(),
                card_ids,
            }),
        }
    }

    /// A page of a card's operations (admin API), in the order first received: after the
    /// operation whose `sequence` is `after`, at most `limit`.
    pub fn operations(
        &self,
        tenant: &Tenant,
        issuer_id: &str,
        card_id: &str,
        after: Option<u64>,
        limit: usize,
    ) -> Result<Vec<OperationRecord>, CardError> {
        self.card(tenant, issuer_id, card_id)?;
        Ok(self
            .store
            .card_operations(issuer_id, card_id, after, limit)?)
    }

    /// Registers a card (admin API).
    pub async fn register(
        &self,
        tenant: &Tenant,
        issuer_id: &str,
        registration: Registration,
        now: DateTime<Utc>,
    ) -> Result<CardRecord, CardError> {
        self.check_issuer(tenant, issuer_id)?;
        let card_id = registration
            .card_id
            .unwrap_or_else(|| format!("card-{}", random_hex(12)));
        let mut record = self.new_record(
            issuer_id,
            card_id,
            &registration.data,
            registration.state,
            now,
        );
        if let Some(consumer_id) = registration.consumer_id {
            record.consumer_id = consumer_id;
        }
        match self.store.insert_card(&record).await? {
            CardInsert::Inserted => Ok(record),
            CardInsert::PanTaken(card_id) => Err(CardError::PanTaken {
                issuer_id: issuer_id.to_string(),
                card_id,
            }),
            CardInsert::CardIdTaken => Err(CardError::CardIdTaken {
                issuer_id: issuer_id.to_string(),
                card_id: record.card_id,
            }),
        }
    }

    /// A card (admin API).
    pub fn card(
        &self,
        tenant: &Tenant,
        issuer_id: &str,
        card_id: &str,
    ) -> Result<CardRecord, CardError> {
        self.check_issuer(tenant, issuer_id)?;
        self.store
            .card(issuer_id, card_id)?
            .ok_or_else(|| CardError::UnknownCards {
                issuer_id: issuer_id.to_string(),
                card_ids: vec![card_id.to_string()],
            })
    }

    /// Every card of an issuer (admin API).
    pub fn cards(&self, tenant: &Tenant, issuer_id: &str) -> Result<Vec<CardRecord>, CardError> {
        self.check_issuer(tenant, issuer_id)?;
        Ok(self.store.cards_of_issuer(issuer_id)?)
    }

    /// Clears a card's failed CVV attempts, unlocking its CVV check (admin API).
    pub async fn reset_cvv_attempts(
        &self,
        tenant: &Tenant,
        issuer_id: &str,
        card_id: &str,
    ) -> Result<CardRecord, CardError> {
        self.change(tenant, issuer_id, card_id, |card| {
            card.failed_cvv_attempts = 0
        })
        .await
    }

    /// Changes a card's state (admin API).
    pub async fn set_state(
        &self,
        tenant: &Tenant,
        issuer_id: &str,
        card_id: &str,
        state: CardState,
    ) -> Result<CardRecord, CardError> {
        self.change(tenant, issuer_id, card_id, |card| card.state = state)
            .await
    }

    /// Applies an administrative change to one card of the tenant's issuer; the changed card.
    async fn change(
        &self,
        tenant: &Tenant,
        issuer_id: &str,
        card_id: &str,
        change: impl Fn(&mut CardRecord),
    ) -> Result<CardRecord, CardError> {
        self.check_issuer(tenant, issuer_id)?;
        self.store
            .modify_cards(issuer_id, &[card_id], |current| {
                let Some(Some(mut card)) = current.into_iter().next() else {
                    return Err(CardError::UnknownCards {
                        issuer_id: issuer_id.to_string(),
                        card_ids: vec![card_id.to_string()],
                    });
                };
                change(&mut card);
                Ok((vec![card.clone()], card))
            })
            .await?
    }
}

#[cfg(test)]
mod tests;
