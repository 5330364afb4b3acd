//! The issuer's card registry: card verification from JWE card data, card-operation
//! notifications, the built-in test cards, and what the sandbox admin API does to cards.
//!
//! Domain code: it knows the store, the keyring and the tenant, not HTTP. PANs and CVVs exist
//! here only in memory, for the length of one call; the store gets a keyed PAN fingerprint,
//! the BIN, the last four digits and a keyed CVV digest.

use chrono::{DateTime, Datelike, Utc};
use hmac::{Hmac, Mac};
use rand::Rng;
use serde_json::Value;
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::jwe::{JweError, Keyring};
use crate::store::{
    CardInsert, CardRecord, CardState, OperationRecord, OperationStatus, Store, StoreError, Tenant,
    TestCard,
};

/// Consecutive wrong CVVs after which `verificationAttemptsExceeded` is true.
pub const MAX_CVV_ATTEMPTS: u32 = 3;

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
            CardError::PanTaken { .. } => "PAN_ALREADY_REGISTERED",
            CardError::CardIdTaken { .. } => "CARD_ID_TAKEN",
            CardError::Store(_) => "INTERNAL_ERROR",
        }
    }
}

/// The outcome a test PAN stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestOutcome {
    /// Registered on first sight as the test card.
    Card(TestCard),
    /// Never registered; always answered `invalid: true`.
    UnknownRejected,
}

/// The built-in test PANs (all Luhn-valid). Their outcome needs no setup: `verifyCard`
/// registers them on first sight (except the rejected one). Every test card's CVV is
/// [`TEST_CARD_CVV`], except CVV_MISMATCH's, which matches nothing.
pub const TEST_CARDS: &[(&str, TestOutcome)] = &[
    ("4999990000000015", TestOutcome::Card(TestCard::Valid)),
    ("5599990000000008", TestOutcome::Card(TestCard::Valid)),
    ("4999990000000023", TestOutcome::Card(TestCard::Expired)),
    (
        "4999990000000031",
        TestOutcome::Card(TestCard::LostOrStolen),
    ),
    (
        "4999990000000049",
        TestOutcome::Card(TestCard::FraudSuspect),
    ),
    ("4999990000000056", TestOutcome::Card(TestCard::CvvMismatch)),
    ("4999990000000064", TestOutcome::UnknownRejected),
];

/// The CVV of the test cards.
pub const TEST_CARD_CVV: &str = "123";
/// The registered expiry of the EXPIRED test card (December 2020).
pub const EXPIRED_TEST_CARD_EXP: &str = "1220";

/// An expiry date, MMYY.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expiry {
    /// 1 to 12.
    pub month: u32,
    /// Four-digit year (20YY).
    pub year: i32,
}

impl Expiry {
    /// Parses MMYY with a real month.
    pub fn parse(mmyy: &str) -> Option<Expiry> {
        if mmyy.len() != 4 || !mmyy.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let month: u32 = mmyy[..2].parse().ok()?;
        let year: i32 = mmyy[2..].parse().ok()?;
        (1..=12).contains(&month).then_some(Expiry {
            month,
            year: 2000 + year,
        })
    }

    /// Whether the card has expired by `now` (a card is valid to the end of its month).
    pub fn is_past(&self, now: DateTime<Utc>) -> bool {
        (self.year, self.month) < (now.year(), now.month())
    }
}

/// Whether a PAN's last digit is its Luhn check digit.
pub fn luhn_valid(pan: &str) -> bool {
    let mut sum = 0;
    for (i, b) in pan.bytes().rev().enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        let mut d = u32::from(b - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    !pan.is_empty() && sum % 10 == 0
}

/// Card data in clear: the JWE plaintext, or a registration. Its `Debug` masks the PAN and
/// hides the CVV, so it cannot leak into a log by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct CardData {
    /// 12 to 19 digits, Luhn-valid.
    pub pan: String,
    /// MMYY as given.
    pub exp: String,
    /// 3 or 4 digits.
    pub cvv: Option<String>,
}

impl std::fmt::Debug for CardData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CardData")
            .field("pan", &mask(&self.pan))
            .field("exp", &self.exp)
            .field("cvv", &self.cvv.as_ref().map(|_| "***"))
            .finish()
    }
}

/// The first six and last four digits, the rest as `*`.
pub fn mask(pan: &str) -> String {
    if pan.len() < 10 || !pan.is_ascii() {
        return "*".repeat(pan.len());
    }
    format!(
        "{}{}{}",
        &pan[..6],
        "*".repeat(pan.len() - 10),
        &pan[pan.len() - 4..]
    )
}

fn invalid(message: &str) -> CardError {
    CardError::InvalidCardData(message.to_string())
}

fn check_pan(pan: &str) -> Result<(), CardError> {
    if !(12..=19).contains(&pan.len()) || !pan.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid("pan: must be 12 to 19 digits"));
    }
    if !luhn_valid(pan) {
        return Err(invalid("pan: the Luhn check digit is wrong"));
    }
    Ok(())
}

fn check_cvv(cvv: &str) -> Result<(), CardError> {
    if !(3..=4).contains(&cvv.len()) || !cvv.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid("cvv: must be 3 or 4 digits"));
    }
    Ok(())
}

impl CardData {
    /// Checks registration data (the same rules as the JWE plaintext).
    pub fn new(pan: String, exp: String, cvv: Option<String>) -> Result<CardData, CardError> {
        check_pan(&pan)?;
        if Expiry::parse(&exp).is_none() {
            return Err(invalid("exp: must be MMYY with a month from 01 to 12"));
        }
        if let Some(cvv) = &cvv {
            check_cvv(cvv)?;
        }
        Ok(CardData { pan, exp, cvv })
    }

    /// Parses and checks a decrypted `CardCredentials` JSON object. Unknown fields are
    /// tolerated; errors name the field and never repeat a value.
    pub fn from_plaintext(plaintext: &[u8]) -> Result<CardData, CardError> {
        let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(plaintext) else {
            return Err(invalid(
                "the decrypted card data is not a JSON object (CardCredentials)",
            ));
        };
        let string = |name: &str, required: bool| -> Result<Option<String>, CardError> {
            match map.get(name) {
                Some(Value::String(s)) => Ok(Some(s.clone())),
                None if !required => Ok(None),
                None => Err(CardError::InvalidCardData(format!(
                    "{name}: missing from the card data"
                ))),
                Some(_) => Err(CardError::InvalidCardData(format!(
                    "{name}: must be a string"
                ))),
            }
        };
        let pan = string("pan", true)?.unwrap_or_default();
        let exp = string("exp", true)?.unwrap_or_default();
        let cvv = string("cvv", false)?;
        if let Some(name) = string("name", false)?
            && name.chars().count() > 128
        {
            return Err(invalid("name: longer than 128 characters"));
        }
        CardData::new(pan, exp, cvv)
    }
}

/// What `verifyCard` answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    /// The card's id (the proposed one for a card that was not registered).
    pub card_id: String,
    /// Present only when the card is not invalid.
    pub consumer_id: Option<String>,
    /// Unknown and not accepted, suspended or deleted.
    pub invalid: bool,
    /// Past expiry, or not the registered one.
    pub expired: bool,
    /// Lost or stolen.
    pub lost_or_stolen: bool,
    /// Suspected of fraud.
    pub fraud_suspect: bool,
    /// `(valid, attempts exceeded)` when a CVV was given.
    pub security_code: Option<(bool, bool)>,
}

/// A card operation as notified (v1 or a v2 item).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotifiedOperation {
    /// D1's operation id.
    pub operation_id: String,
    /// The operation name.
    pub operation: String,
    /// Its status.
    pub status: OperationStatus,
    /// Digital cards concerned (v1).
    pub digital_card_ids: Vec<String>,
    /// Start (v2).
    pub start_time: Option<DateTime<Utc>>,
    /// End (v2).
    pub end_time: Option<DateTime<Utc>>,
    /// Free text (v2).
    pub message: Option<String>,
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
}

impl std::fmt::Debug for Cards {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cards")
            .field("keyring", &self.keyring)
            .finish_non_exhaustive()
    }
}

/// The store name of the PAN-fingerprint key.
const FINGERPRINT_SECRET: &str = "card_fingerprint";

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

/// Adds one new EC (P-256) and one new RSA decryption key to the store; returns their ids.
/// Older keys stay and keep decrypting.
pub async fn add_encryption_keys(store: &Store) -> Result<Vec<String>, String> {
    let ec = crate::jwe::generate_ec_key(&new_key_id("ec"))?;
    let rsa = crate::jwe::generate_rsa_key(&new_key_id("rsa"))?;
    for key in [&ec, &rsa] {
        store
            .put_encryption_key(key)
            .await
            .map_err(|e| e.to_string())?;
    }
    Ok(vec![ec.kid, rsa.kid])
}

impl Cards {
    /// Loads the decryption keys and the fingerprint key, creating them on first start.
    pub async fn load(store: Store) -> Result<Cards, String> {
        if store
            .encryption_keys()
            .map_err(|e| e.to_string())?
            .is_empty()
        {
            add_encryption_keys(&store).await?;
        }
        let keyring = Keyring::from_records(&store.encryption_keys().map_err(|e| e.to_string())?)?;
        let fingerprint_key = store
            .secret_or_create(FINGERPRINT_SECRET, || {
                let key: [u8; 32] = rand::rng().random();
                key.to_vec()
            })
            .await
            .map_err(|e| e.to_string())?;
        Ok(Cards {
            store,
            keyring,
            fingerprint_key,
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

    fn cvv_digest(&self, fingerprint: &str, cvv: &str) -> String {
        let mut mac = HmacSha256::new_from_slice(&self.fingerprint_key).expect("any key length");
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
            operations: Vec::new(),
        }
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
        let Some(cvv) = data.cvv.as_deref() else {
            // Without a CVV the evaluation changes nothing: answer from the card as read,
            // without a transaction, once what was read is durable (see the store's notes).
            self.store.flush().await?;
            let mut read = card;
            return Ok(evaluate(&mut read, &data, None, now));
        };
        let digest = Some(self.cvv_digest(&fingerprint, cvv));
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
                let answer = evaluate(&mut updated, &data, digest.as_deref(), now);
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
        let mut ids: Vec<&str> = items.iter().map(|(id, _)| id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        self.store
            .modify_cards(issuer_id, &ids, |current| {
                let unknown: Vec<String> = ids
                    .iter()
                    .zip(&current)
                    .filter(|(_, c)| c.is_none())
                    .map(|(id, _)| id.to_string())
                    .collect();
                if !unknown.is_empty() {
                    return Err(CardError::UnknownCards {
                        issuer_id: issuer_id.to_string(),
                        card_ids: unknown,
                    });
                }
                let mut cards: Vec<CardRecord> = current.into_iter().flatten().collect();
                let mut problems = Vec::new();
                for (i, (card_id, op)) in items.iter().enumerate() {
                    let card = cards
                        .iter_mut()
                        .find(|c| &c.card_id == card_id)
                        .expect("every id was found above");
                    if let Err(why) = apply_operation(card, op, now) {
                        problems.push(if items.len() > 1 {
                            format!("cards[{i}] (card {card_id}): {why}")
                        } else {
                            why
                        });
                    }
                }
                if !problems.is_empty() {
                    return Err(CardError::InvalidOperations(problems));
                }
                Ok((cards, ()))
            })
            .await?
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

    /// Changes a card's state (admin API).
    pub async fn set_state(
        &self,
        tenant: &Tenant,
        issuer_id: &str,
        card_id: &str,
        state: CardState,
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
                card.state = state;
                Ok((vec![card.clone()], card))
            })
            .await?
    }
}

/// The answer for a card that is not (and will not be) registered.
fn unregistered(proposed_card_id: &str, data: &CardData, now: DateTime<Utc>) -> Verification {
    Verification {
        card_id: proposed_card_id.to_string(),
        consumer_id: None,
        invalid: true,
        expired: Expiry::parse(&data.exp).is_none_or(|e| e.is_past(now)),
        lost_or_stolen: false,
        fraud_suspect: false,
        security_code: data.cvv.as_ref().map(|_| (false, false)),
    }
}

/// Checks presented card data against a registered card, counting CVV attempts on `card`.
fn evaluate(
    card: &mut CardRecord,
    data: &CardData,
    cvv_digest: Option<&str>,
    now: DateTime<Utc>,
) -> Verification {
    let invalid = matches!(card.state, CardState::Suspended | CardState::Deleted);
    let expired = Expiry::parse(&data.exp).is_none_or(|e| e.is_past(now)) || data.exp != card.exp;
    let security_code = cvv_digest.map(|presented| {
        let matches = match &card.cvv_digest {
            // No CVV on file (a card first seen without one): the first CVV presented is
            // taken as the card's.
            None => {
                card.cvv_digest = Some(presented.to_string());
                true
            }
            Some(on_file) => bool::from(on_file.as_bytes().ct_eq(presented.as_bytes())),
        };
        if matches {
            card.failed_cvv_attempts = 0;
        } else {
            card.failed_cvv_attempts = card.failed_cvv_attempts.saturating_add(1);
        }
        (matches, card.failed_cvv_attempts >= MAX_CVV_ATTEMPTS)
    });
    Verification {
        card_id: card.card_id.clone(),
        consumer_id: (!invalid).then(|| card.consumer_id.clone()),
        invalid,
        expired,
        lost_or_stolen: matches!(card.state, CardState::Lost | CardState::Stolen),
        fraud_suspect: card.state == CardState::FraudSuspect,
        security_code,
    }
}

/// The status as the documents spell it.
pub fn status_name(status: OperationStatus) -> &'static str {
    match status {
        OperationStatus::Pending => "PENDING",
        OperationStatus::Successful => "SUCCESSFUL",
        OperationStatus::Failed => "FAILED",
    }
}

/// Applies one notified operation to a card: a new operation is added; the same content again
/// is accepted; a PENDING operation may move to any status; a final one never changes.
fn apply_operation(
    card: &mut CardRecord,
    op: &NotifiedOperation,
    now: DateTime<Utc>,
) -> Result<(), String> {
    let same = |r: &OperationRecord| {
        r.status == op.status
            && r.digital_card_ids == op.digital_card_ids
            && r.start_time == op.start_time
            && r.end_time == op.end_time
            && r.message == op.message
    };
    match card
        .operations
        .iter_mut()
        .find(|r| r.operation_id == op.operation_id)
    {
        Some(existing) => {
            if existing.operation != op.operation {
                return Err(format!(
                    "operation {} is a {}, not a {}",
                    op.operation_id, existing.operation, op.operation
                ));
            }
            if !same(existing) {
                if existing.status != OperationStatus::Pending {
                    return Err(format!(
                        "operation {} is already {} and cannot change (to {})",
                        op.operation_id,
                        status_name(existing.status),
                        status_name(op.status)
                    ));
                }
                existing.status = op.status;
                existing.digital_card_ids = op.digital_card_ids.clone();
                existing.start_time = op.start_time;
                existing.end_time = op.end_time;
                existing.message = op.message.clone();
            }
            existing.last_received_at = now;
        }
        None => card.operations.push(OperationRecord {
            operation_id: op.operation_id.clone(),
            operation: op.operation.clone(),
            status: op.status,
            digital_card_ids: op.digital_card_ids.clone(),
            start_time: op.start_time,
            end_time: op.end_time,
            message: op.message.clone(),
            first_received_at: now,
            last_received_at: now,
        }),
    }
    if op.status == OperationStatus::Successful && op.operation == "DIGITIZE" {
        for id in &op.digital_card_ids {
            if !card.digital_card_ids.contains(id) {
                card.digital_card_ids.push(id.clone());
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
