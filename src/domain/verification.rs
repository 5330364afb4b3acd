//! The connecting party's side of the verification card mapping notification (seed 002): the
//! consumer sessions it issues, the card mappings it keeps, and the signed answer.
//!
//! The verification service presents a session's access token; the session names the tenant
//! (the notification has no HTTP credential) and the device it is bound to. A valid
//! notification maps `uniqueReferenceCardId` (stable per PAN) to `serverCardId` and is
//! answered with the transaction's invoice id, a fresh nonce and
//! `checkSignature = hex(HMAC-SHA1(control key, nonce + endpointId + invoiceId))`.

use chrono::{DateTime, Duration, Utc};
use hmac::{Hmac, Mac};
use sha1::Sha1;

use super::auth::{random_string, sha256_hex};
use crate::store::{
    CardMapping, ConsumerSession, Store, StoreError, Tenant, VerificationRecord, VerificationWrite,
};

/// How long a consumer session is accepted unless told otherwise.
pub const DEFAULT_SESSION_TTL: Duration = Duration::hours(1);
/// The longest a consumer session may be accepted.
pub const MAX_SESSION_TTL: Duration = Duration::days(30);
/// The length of a consumer session's access token (the document allows 32 to 128).
pub const ACCESS_TOKEN_LENGTH: usize = 48;

/// Why a verification call failed. Each has a stable code (see [`VerificationError::code`]).
#[derive(Debug, thiserror::Error)]
pub enum VerificationError {
    /// `session.accessToken` names no session.
    #[error("session.accessToken is not a consumer session of this connecting party")]
    UnknownSession,
    /// The session's time is over.
    #[error("the consumer session expired at {0}")]
    SessionExpired(DateTime<Utc>),
    /// `consumer.device.serialNumber` is not the session's device.
    #[error("consumer.device.serialNumber is not the device of the consumer session")]
    DeviceMismatch,
    /// The BIN is on the tenant's filter list.
    #[error("BIN {0} is filtered by the connecting party")]
    Filtered(i64),
    /// The session token was used for another verification.
    #[error("session.token {0} was already used for another card or device")]
    SessionTokenReused(String),
    /// The card reference maps another PAN.
    #[error(
        "reference.serverCardId {server_card_id} is already mapped to uniqueReferenceCardId \
         {unique_reference_card_id}"
    )]
    ServerCardIdTaken {
        /// The card reference.
        server_card_id: String,
        /// The PAN id it maps.
        unique_reference_card_id: i64,
    },
    /// A session could not be created as asked.
    #[error("{0}")]
    InvalidSession(String),
    /// The tenant's control key is not hexadecimal (with dashes), so nothing can be signed.
    #[error("the connecting party's control key is not hexadecimal")]
    BadControlKey,
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl VerificationError {
    /// The `error.code` of the declared failure body.
    pub fn code(&self) -> &'static str {
        match self {
            VerificationError::UnknownSession => "UNKNOWN_SESSION",
            VerificationError::SessionExpired(_) => "SESSION_EXPIRED",
            VerificationError::DeviceMismatch => "DEVICE_MISMATCH",
            VerificationError::Filtered(_) => "BIN_FILTERED",
            VerificationError::SessionTokenReused(_) => "SESSION_TOKEN_REUSED",
            VerificationError::ServerCardIdTaken { .. } => "SERVER_CARD_ID_TAKEN",
            VerificationError::InvalidSession(_) => "INVALID_SESSION",
            VerificationError::BadControlKey => "SERVER_FAILED",
            VerificationError::Store(_) => "SERVER_FAILED",
        }
    }
}

/// The signature of a connecting party's answer: lowercase hex HMAC-SHA1 of
/// `nonce + endpoint_id + invoice_id` (UTF-8, concatenated as they are), keyed with the
/// control key with its dashes removed, hex-decoded. `None` when the key is not hexadecimal.
pub fn check_signature(
    control_key: &str,
    nonce: &str,
    endpoint_id: &str,
    invoice_id: &str,
) -> Option<String> {
    let key = hex::decode(control_key.replace('-', "")).ok()?;
    let mut mac = Hmac::<Sha1>::new_from_slice(&key).ok()?;
    mac.update(nonce.as_bytes());
    mac.update(endpoint_id.as_bytes());
    mac.update(invoice_id.as_bytes());
    Some(hex::encode(mac.finalize().into_bytes()))
}

/// Whether `signature` is the signature of the answer (case-insensitive hex, compared in
/// constant time).
pub fn verify_signature(
    control_key: &str,
    nonce: &str,
    endpoint_id: &str,
    invoice_id: &str,
    signature: &str,
) -> Option<bool> {
    use subtle::ConstantTimeEq;
    let expected = check_signature(control_key, nonce, endpoint_id, invoice_id)?;
    Some(bool::from(
        expected
            .as_bytes()
            .ct_eq(signature.to_ascii_lowercase().as_bytes()),
    ))
}

const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// What the verification service sent, as the domain needs it: the `notifyVerification`
/// notice, the same value D1 sends a registered connecting party.
pub use crate::store::VerificationNotice as Notification;

/// The connecting party's signed answer.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The verification transaction's invoice id.
    pub invoice_id: String,
    /// A fresh random string.
    pub nonce: String,
    /// The session token, echoed.
    pub session_token: String,
    /// The HMAC-SHA1 signature (see [`check_signature`]).
    pub check_signature: String,
}

/// A consumer session just issued, with its access token (shown once, stored as a digest).
#[derive(Debug, Clone)]
pub struct IssuedSession {
    /// The access token the verification service will present.
    pub access_token: String,
    /// The session.
    pub session: ConsumerSession,
}

/// The connecting party of every tenant.
#[derive(Debug, Clone)]
pub struct Verification {
    store: Store,
}

impl Verification {
    /// The connecting parties kept in `store`.
    pub fn new(store: Store) -> Verification {
        Verification { store }
    }

    /// Issues a consumer session bound to a device, accepted for `ttl` (default
    /// [`DEFAULT_SESSION_TTL`], at most [`MAX_SESSION_TTL`]); durable on return.
    pub async fn create_session(
        &self,
        tenant: &Tenant,
        consumer_id: Option<String>,
        device_serial: String,
        ttl: Option<Duration>,
        now: DateTime<Utc>,
    ) -> Result<IssuedSession, VerificationError> {
        let ttl = ttl.unwrap_or(DEFAULT_SESSION_TTL);
        if ttl <= Duration::zero() || ttl > MAX_SESSION_TTL {
            return Err(VerificationError::InvalidSession(format!(
                "ttlSeconds must be from 1 to {}",
                MAX_SESSION_TTL.num_seconds()
            )));
        }
        if device_serial.is_empty() || device_serial.chars().count() > 50 {
            return Err(VerificationError::InvalidSession(
                "deviceSerialNumber must be 1 to 50 characters".into(),
            ));
        }
        let access_token = random_string(ACCESS_TOKEN_LENGTH, ALNUM);
        let session = ConsumerSession {
            tenant_id: tenant.id.clone(),
            consumer_id: consumer_id
                .unwrap_or_else(|| format!("consumer-{}", random_string(12, ALNUM))),
            device_serial,
            created_at: now,
            expires_at: now + ttl,
        };
        self.store
            .put_consumer_session(&sha256_hex(&access_token), &session)
            .await?;
        Ok(IssuedSession {
            access_token,
            session,
        })
    }

    /// Answers a verification notification as the connecting party: checks the session, its
    /// device and the BIN filter, records the transaction and the card mapping (once per
    /// `session.token`: a repeat gets the same invoice id), and signs a fresh answer.
    pub async fn notify(
        &self,
        notification: Notification,
        now: DateTime<Utc>,
    ) -> Result<Answer, VerificationError> {
        let session = self
            .store
            .consumer_session(&sha256_hex(&notification.access_token))?
            .ok_or(VerificationError::UnknownSession)?;
        let tenant = self
            .store
            .tenant(&session.tenant_id)?
            .ok_or(VerificationError::UnknownSession)?;
        if session.expires_at <= now {
            return Err(VerificationError::SessionExpired(session.expires_at));
        }
        if session.device_serial != notification.device_serial {
            return Err(VerificationError::DeviceMismatch);
        }
        let bin = notification.bin.to_string();
        if tenant
            .settings
            .filtered_bins
            .iter()
            .any(|f| bin.starts_with(f.as_str()))
        {
            return Err(VerificationError::Filtered(notification.bin));
        }
        // Made before the decision, which may run more than once and must stay pure.
        let invoice_id = random_string(20, b"0123456789");
        let n = &notification;
        let digest = sha256_hex(&notification.access_token);
        let record = self
            .store
            .record_verification(
                &digest,
                &tenant.id,
                &n.session_token,
                &n.server_card_id,
                n.unique_reference_card_id,
                |current, stored, mapping, owner| {
                    // The session checked above must still be there (a reset removes it).
                    current.ok_or(VerificationError::UnknownSession)?;
                    decide(n, &session, &invoice_id, now, stored, mapping, owner)
                },
            )
            .await??;
        let nonce = random_string(32, b"0123456789abcdef");
        let party = &tenant.connecting_party;
        let check_signature = check_signature(
            &party.control_key,
            &nonce,
            &party.endpoint_id,
            &record.invoice_id,
        )
        .ok_or(VerificationError::BadControlKey)?;
        Ok(Answer {
            invoice_id: record.invoice_id,
            nonce,
            session_token: record.session_token,
            check_signature,
        })
    }

    /// A tenant's card mappings.
    pub fn mappings(&self, tenant: &Tenant) -> Result<Vec<CardMapping>, VerificationError> {
        Ok(self.store.card_mappings(&tenant.id)?)
    }

    /// A tenant's verification transactions, newest first, `limit` at most.
    pub fn transactions(
        &self,
        tenant: &Tenant,
        limit: usize,
    ) -> Result<Vec<VerificationRecord>, VerificationError> {
        Ok(self.store.verifications(&tenant.id, limit)?)
    }
}

/// The rules of one notification against what is stored: a repeated `session.token` with the
/// same card and device answers the stored transaction; with anything else it is refused. A
/// card reference mapped to another PAN is refused; a PAN's new card reference replaces its
/// old one.
fn decide(
    n: &Notification,
    session: &ConsumerSession,
    invoice_id: &str,
    now: DateTime<Utc>,
    stored: Option<&VerificationRecord>,
    mapping: Option<&CardMapping>,
    owner: Option<i64>,
) -> Result<VerificationWrite, VerificationError> {
    if let Some(stored) = stored {
        let same = stored.server_card_id == n.server_card_id
            && stored.unique_reference_card_id == n.unique_reference_card_id
            && stored.bin == n.bin
            && stored.device_serial == n.device_serial;
        return if same {
            Ok(VerificationWrite {
                record: stored.clone(),
                new: false,
                mapping: None,
            })
        } else {
            Err(VerificationError::SessionTokenReused(
                n.session_token.clone(),
            ))
        };
    }
    if let Some(other) = owner
        && other != n.unique_reference_card_id
    {
        return Err(VerificationError::ServerCardIdTaken {
            server_card_id: n.server_card_id.clone(),
            unique_reference_card_id: other,
        });
    }
    let mapping = match mapping {
        Some(m) if m.server_card_id == n.server_card_id && m.bin == n.bin => None,
        Some(m) => Some(CardMapping {
            server_card_id: n.server_card_id.clone(),
            bin: n.bin,
            updated_at: now,
            ..m.clone()
        }),
        None => Some(CardMapping {
            unique_reference_card_id: n.unique_reference_card_id,
            server_card_id: n.server_card_id.clone(),
            bin: n.bin,
            created_at: now,
            updated_at: now,
        }),
    };
    Ok(VerificationWrite {
        record: VerificationRecord {
            invoice_id: invoice_id.to_string(),
            session_token: n.session_token.clone(),
            server_card_id: n.server_card_id.clone(),
            unique_reference_card_id: n.unique_reference_card_id,
            bin: n.bin,
            consumer_id: session.consumer_id.clone(),
            device_serial: n.device_serial.clone(),
            received_at: now,
        },
        new: true,
        mapping,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The worked example of the README: the numbers a partner can check their own code with.
    #[test]
    fn the_readme_signature_example_holds() {
        let signature = check_signature(
            "B3E3BE54-1DD5-4E4A-9B56-3F3C56C1E4D0",
            "5f2b8c1e9a7d4e3b",
            "123456",
            "10000000000000000001",
        )
        .unwrap();
        assert_eq!(signature, README_EXAMPLE_SIGNATURE);
        assert_eq!(
            verify_signature(
                "B3E3BE54-1DD5-4E4A-9B56-3F3C56C1E4D0",
                "5f2b8c1e9a7d4e3b",
                "123456",
                "10000000000000000001",
                &signature.to_uppercase()
            ),
            Some(true)
        );
        assert_eq!(
            verify_signature(
                "B3E3BE54-1DD5-4E4A-9B56-3F3C56C1E4D0",
                "5f2b8c1e9a7d4e3c",
                "123456",
                "10000000000000000001",
                &signature
            ),
            Some(false)
        );
    }

    /// RFC 2202's first HMAC-SHA1 test case, through the same function (a key of twenty 0x0b
    /// bytes, "Hi There" split across the three parts).
    #[test]
    fn the_signature_is_rfc_2202_hmac_sha1() {
        let key = "0b".repeat(20);
        assert_eq!(
            check_signature(&key, "Hi", " Th", "ere").as_deref(),
            Some("b617318655057264e28bc0b6fb378c8ef146be00")
        );
    }

    #[test]
    fn a_control_key_that_is_not_hex_signs_nothing() {
        assert_eq!(check_signature("not-hex-at-all", "n", "e", "i"), None);
    }

    /// The README's worked example, computed independently with Python's `hmac` module.
    pub(crate) const README_EXAMPLE_SIGNATURE: &str = "aeebaeb97f8152f589e0a98482c8ee25bdccf473";
}
