//! The issuer's rules, as pure functions of a card and what was presented or notified: what
//! `verifyCard` answers, how CVV attempts are counted, and how notified operations apply.

use chrono::{DateTime, Utc};
use subtle::ConstantTimeEq;

use super::data::{CardData, Expiry};
use crate::store::{CardRecord, CardState, OperationChange, OperationRecord, OperationStatus};

/// Consecutive wrong CVVs after which `verificationAttemptsExceeded` is true.
pub const MAX_CVV_ATTEMPTS: u32 = 3;

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

/// The answer for a card that is not (and will not be) registered.
pub(super) fn unregistered(
    proposed_card_id: &str,
    data: &CardData,
    now: DateTime<Utc>,
) -> Verification {
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
pub(super) fn evaluate(
    card: &mut CardRecord,
    data: &CardData,
    cvv_digest: Option<&str>,
    now: DateTime<Utc>,
) -> Verification {
    let invalid = matches!(card.state, CardState::Suspended | CardState::Deleted);
    let expired = Expiry::parse(&data.exp).is_none_or(|e| e.is_past(now)) || data.exp != card.exp;
    let security_code = cvv_digest.map(|presented| {
        if card.failed_cvv_attempts >= MAX_CVV_ATTEMPTS {
            // Locked: no CVV is compared (or counted) until the attempts are reset through
            // the admin API, so the right one cannot be found by trying them all.
            return (false, true);
        }
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

/// Decides what one notified operation does, given its stored record (`None` for a new one):
/// a new operation is recorded; the same content again is accepted (and its `lastReceivedAt`
/// moves); a PENDING operation may move to any status; a final one never changes. A
/// SUCCESSFUL DIGITIZE attaches its digital cards to the card.
pub(super) fn apply_operation(
    stored: Option<&OperationRecord>,
    op: &NotifiedOperation,
    now: DateTime<Utc>,
) -> Result<OperationChange, String> {
    let record = match stored {
        Some(existing) => {
            if existing.operation != op.operation {
                return Err(format!(
                    "operation {} is a {}, not a {}",
                    op.operation_id, existing.operation, op.operation
                ));
            }
            let same = existing.status == op.status
                && existing.digital_card_ids == op.digital_card_ids
                && existing.start_time == op.start_time
                && existing.end_time == op.end_time
                && existing.message == op.message;
            if !same && existing.status != OperationStatus::Pending {
                return Err(format!(
                    "operation {} is already {} and cannot change (to {})",
                    op.operation_id,
                    status_name(existing.status),
                    status_name(op.status)
                ));
            }
            OperationRecord {
                status: op.status,
                digital_card_ids: op.digital_card_ids.clone(),
                start_time: op.start_time,
                end_time: op.end_time,
                message: op.message.clone(),
                last_received_at: now,
                ..existing.clone()
            }
        }
        None => OperationRecord {
            sequence: 0,
            operation_id: op.operation_id.clone(),
            operation: op.operation.clone(),
            status: op.status,
            digital_card_ids: op.digital_card_ids.clone(),
            start_time: op.start_time,
            end_time: op.end_time,
            message: op.message.clone(),
            first_received_at: now,
            last_received_at: now,
        },
    };
    let attach = if record.status == OperationStatus::Successful && record.operation == "DIGITIZE" {
        record.digital_card_ids.clone()
    } else {
        Vec::new()
    };
    Ok(OperationChange {
        record: Some(record),
        attach,
    })
}
