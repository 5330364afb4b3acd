//! The outbox's records: the messages D1 owes partners and the attempts to deliver them.
//!
//! A message is stored in a versioned form. Format 2 (this build's) holds the typed
//! [`PartnerMessage`]; format 1 (builds before it) held a role, an operation name and the
//! request as the domain had written its JSON. A format-1 record is still read, converted to
//! its typed message on reading, so an outbox written by an older build keeps delivering;
//! it is written back in format 2 at its next change.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::messages::{
    CardOperationItem, CardOperationNotice, CardOperationsNotice, GatewayUpdateNotice,
    PartnerMessage, TokenCreationNotice, TokenUpdateNotice, VerificationNotice,
};

/// The format this build writes.
pub const MESSAGE_FORMAT: u32 = 2;

/// Where a message to a partner stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MessageState {
    /// Waiting for its next attempt.
    Pending,
    /// The partner accepted it.
    Delivered,
    /// Not retryable, or too old to retry: failed until replayed.
    Failed,
    /// Stopped by hand.
    Aborted,
}

/// A message D1 owes a partner (the outbox): one call of one operation, kept until delivered,
/// failed or aborted. It may carry a credential the partner gave (a verification's access
/// token), so the store seals it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "StoredMessage", into = "StoredMessage")]
pub struct MessageRecord {
    /// Its id, set by the store: increasing in the order messages were accepted.
    pub id: u64,
    /// The tenant whose partner it goes to.
    pub tenant_id: String,
    /// What it is about (a card, a token), for the log and the order of a subject's messages.
    pub subject: String,
    /// The event that made it (`card-operation`, `token-created`, ...).
    pub event: String,
    /// What to send: the operation and everything it needs.
    pub message: PartnerMessage,
    /// Where it stands.
    pub state: MessageState,
    /// Attempts made so far.
    pub attempts: u32,
    /// When it was accepted (or replayed): its age counts from here.
    pub created_at: DateTime<Utc>,
    /// When it is tried next, while pending.
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// The last attempt's outcome, in words.
    pub last_outcome: Option<String>,
}

impl MessageRecord {
    /// The role of the partner it goes to.
    pub fn role(&self) -> &'static str {
        self.message.role()
    }

    /// The operation it calls.
    pub fn operation(&self) -> &'static str {
        self.message.operation()
    }
}

/// One attempt to deliver a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttemptRecord {
    /// Its number: 1 for the first.
    pub number: u32,
    /// When it was made.
    pub at: DateTime<Utc>,
    /// The partner's status, if it answered.
    pub status: Option<u16>,
    /// How long it took, in milliseconds.
    pub latency_ms: u64,
    /// `delivered`, `retry` or `failed`.
    pub verdict: String,
    /// Why (never a secret or card data).
    pub detail: String,
}

/// A message as stored, in either format.
#[derive(Serialize, Deserialize)]
struct StoredMessage {
    #[serde(default = "first_format")]
    format: u32,
    #[serde(default)]
    id: u64,
    tenant_id: String,
    subject: String,
    event: String,
    /// Format 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    message: Option<PartnerMessage>,
    /// Format 1: the operation's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    operation: Option<String>,
    /// Format 1: the parameters and body, as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    request: Option<Value>,
    state: MessageState,
    attempts: u32,
    created_at: DateTime<Utc>,
    next_attempt_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_outcome: Option<String>,
}

fn first_format() -> u32 {
    1
}

impl From<MessageRecord> for StoredMessage {
    fn from(m: MessageRecord) -> Self {
        StoredMessage {
            format: MESSAGE_FORMAT,
            id: m.id,
            tenant_id: m.tenant_id,
            subject: m.subject,
            event: m.event,
            message: Some(m.message),
            operation: None,
            request: None,
            state: m.state,
            attempts: m.attempts,
            created_at: m.created_at,
            next_attempt_at: m.next_attempt_at,
            last_outcome: m.last_outcome,
        }
    }
}

impl TryFrom<StoredMessage> for MessageRecord {
    type Error = String;

    fn try_from(s: StoredMessage) -> Result<Self, String> {
        let message = match (s.format, s.message, s.operation, s.request) {
            (MESSAGE_FORMAT, Some(message), _, _) => message,
            (1, None, Some(operation), Some(request)) => {
                format1(&operation, request).map_err(|e| format!("a format-1 {operation}: {e}"))?
            }
            (format, ..) => {
                return Err(format!(
                    "message format {format} (this build reads 1 and {MESSAGE_FORMAT})"
                ));
            }
        };
        Ok(MessageRecord {
            id: s.id,
            tenant_id: s.tenant_id,
            subject: s.subject,
            event: s.event,
            message,
            state: s.state,
            attempts: s.attempts,
            created_at: s.created_at,
            next_attempt_at: s.next_attempt_at,
            last_outcome: s.last_outcome,
        })
    }
}

/// The shapes format 1 wrote, exactly as the domain of that build built them.
mod v1 {
    use chrono::{DateTime, Utc};
    use serde::Deserialize;

    use super::super::OperationStatus;

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct CardOperation {
        pub issuer_id: String,
        pub card_id: String,
        pub body: CardOperationBody,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct CardOperationBody {
        pub operation_id: String,
        pub operation: String,
        pub status: OperationStatus,
        #[serde(default)]
        pub digital_card_ids: Vec<String>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct CardOperations {
        pub issuer_id: String,
        pub body: Cards,
    }

    #[derive(Deserialize)]
    pub struct Cards {
        pub cards: Vec<Item>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Item {
        pub card_id: String,
        pub operation_id: String,
        pub operation: String,
        pub status: OperationStatus,
        pub start_time: DateTime<Utc>,
        #[serde(default)]
        pub end_time: Option<DateTime<Utc>>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Token {
        pub correlation_id: String,
        pub body: TokenBody,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct TokenBody {
        pub token_id: String,
        pub merchant_id: String,
        #[serde(default)]
        pub creation_timestamp: Option<String>,
        #[serde(default)]
        pub token_state: Option<String>,
        #[serde(default)]
        pub last_update_timestamp: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct GatewayUpdate {
        pub merchant_gateway_id: String,
        pub merchant_id: String,
        pub token_id: String,
        pub correlation_id: String,
    }

    #[derive(Deserialize)]
    pub struct Verification {
        pub body: serde_json::Value,
    }
}

/// A format-1 message as its typed message.
fn format1(operation: &str, request: Value) -> Result<PartnerMessage, serde_json::Error> {
    Ok(match operation {
        "notifyCardOperation" => {
            let r: v1::CardOperation = serde_json::from_value(request)?;
            PartnerMessage::CardOperation(CardOperationNotice {
                issuer_id: r.issuer_id,
                card_id: r.card_id,
                operation_id: r.body.operation_id,
                operation: r.body.operation,
                status: r.body.status,
                digital_card_ids: r.body.digital_card_ids,
            })
        }
        "notifyCardOperations" => {
            let r: v1::CardOperations = serde_json::from_value(request)?;
            let cards = r.body.cards.into_iter().map(|i| CardOperationItem {
                card_id: i.card_id,
                operation_id: i.operation_id,
                operation: i.operation,
                status: i.status,
                start_time: i.start_time,
                end_time: i.end_time,
                message: None,
            });
            PartnerMessage::CardOperations(CardOperationsNotice {
                issuer_id: r.issuer_id,
                cards: cards.collect(),
            })
        }
        "notifyTokenCreation" => {
            let r: v1::Token = serde_json::from_value(request)?;
            PartnerMessage::TokenCreation(TokenCreationNotice {
                correlation_id: r.correlation_id,
                merchant_id: r.body.merchant_id,
                token_id: Some(r.body.token_id),
                creation_timestamp: r.body.creation_timestamp,
                display: Default::default(),
                failure: None,
            })
        }
        "notifyTokenUpdate" => {
            let r: v1::Token = serde_json::from_value(request)?;
            PartnerMessage::TokenUpdate(TokenUpdateNotice {
                correlation_id: r.correlation_id,
                merchant_id: r.body.merchant_id,
                token_id: r.body.token_id,
                token_state: r.body.token_state,
                last_update: r.body.last_update_timestamp,
                display: Default::default(),
                discard_cryptogram: false,
            })
        }
        "notifyUpdate" => {
            let r: v1::GatewayUpdate = serde_json::from_value(request)?;
            PartnerMessage::GatewayUpdate(GatewayUpdateNotice {
                merchant_gateway_id: r.merchant_gateway_id,
                merchant_id: r.merchant_id,
                token_id: r.token_id,
                correlation_id: r.correlation_id,
            })
        }
        "notifyVerification" => {
            let body = serde_json::from_value::<v1::Verification>(request)?.body;
            let text = |pointer: &str| -> Result<String, serde_json::Error> {
                body.pointer(pointer)
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .ok_or_else(|| serde::de::Error::custom(format!("no {pointer}")))
            };
            let number = |pointer: &str| -> Result<i64, serde_json::Error> {
                body.pointer(pointer)
                    .and_then(Value::as_i64)
                    .ok_or_else(|| serde::de::Error::custom(format!("no {pointer}")))
            };
            PartnerMessage::Verification(VerificationNotice {
                access_token: text("/session/accessToken")?,
                session_token: text("/session/token")?,
                device_serial: text("/consumer/device/serialNumber")?,
                server_card_id: text("/reference/serverCardId")?,
                unique_reference_card_id: number("/reference/uniqueReferenceCardId")?,
                bin: number("/sourceCard/bin")?,
            })
        }
        other => {
            return Err(serde::de::Error::custom(format!(
                "unknown operation {other}"
            )));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// One record of each operation, exactly as the build before typed messages wrote it.
    fn format1_records() -> Vec<Value> {
        let record = |role: &str, operation: &str, request: Value| {
            json!({"id": 7, "tenant_id": "t", "role": role, "operation": operation,
                   "subject": "s", "event": "e", "request": request, "state": "PENDING",
                   "attempts": 2, "created_at": "2026-11-26T10:00:00Z",
                   "next_attempt_at": "2026-11-26T10:00:05Z", "last_outcome": "503: retryable"})
        };
        vec![
            record(
                "issuer",
                "notifyCardOperation",
                json!({"issuerId": "ISSUER0001", "cardId": "c1", "body": {
                    "operationId": "op-1", "operation": "DIGITIZE", "status": "SUCCESSFUL",
                    "digitalCardIds": ["dc-1"]}}),
            ),
            record(
                "issuer",
                "notifyCardOperations",
                json!({"issuerId": "ISSUER0001", "body": {"cards": [{
                    "operationId": "op-2", "operation": "SUSPEND", "status": "SUCCESSFUL",
                    "startTime": "2026-11-26T10:00:00.000Z", "endTime": "2026-11-26T10:00:00.000Z",
                    "cardId": "c1"}]}}),
            ),
            record(
                "token-requestor",
                "notifyTokenCreation",
                json!({"correlationId": "d1-1", "body": {"tokenId": "tk", "merchantId": "m",
                       "creationTimestamp": "2026-11-26T10:00:00.000Z"}}),
            ),
            record(
                "token-requestor",
                "notifyTokenUpdate",
                json!({"correlationId": "d1-2", "body": {"tokenId": "tk", "merchantId": "m",
                       "tokenState": "SUSPENDED", "lastUpdateTimestamp": "2026-11-26T10:00:01.000Z"}}),
            ),
            record(
                "merchant-gateway",
                "notifyUpdate",
                json!({"merchantGatewayId": "MGW_000001", "merchantId": "m", "tokenId": "tk",
                       "correlationId": "d1-3"}),
            ),
            record(
                "connecting-party",
                "notifyVerification",
                json!({"body": {"consumer": {"device": {"serialNumber": "dev"}},
                       "reference": {"serverCardId": "sc", "uniqueReferenceCardId": 42},
                       "sourceCard": {"bin": 453421},
                       "session": {"accessToken": "at", "token": "st"}}}),
            ),
        ]
    }

    #[test]
    fn a_format1_record_of_each_operation_reads_as_its_typed_message() {
        let mut operations = Vec::new();
        for stored in format1_records() {
            let role = stored["role"].as_str().unwrap().to_string();
            let m: MessageRecord = serde_json::from_value(stored).unwrap();
            assert_eq!(m.role(), role);
            assert_eq!((m.id, m.attempts, m.state), (7, 2, MessageState::Pending));
            assert_eq!(m.last_outcome.as_deref(), Some("503: retryable"));
            operations.push(m.operation());
            // Written back in format 2, it reads the same.
            let again = serde_json::to_value(&m).unwrap();
            assert_eq!(again["format"], MESSAGE_FORMAT);
            assert!(again.get("request").is_none());
            assert_eq!(serde_json::from_value::<MessageRecord>(again).unwrap(), m);
        }
        assert_eq!(
            operations,
            [
                "notifyCardOperation",
                "notifyCardOperations",
                "notifyTokenCreation",
                "notifyTokenUpdate",
                "notifyUpdate",
                "notifyVerification"
            ]
        );
        let verification: MessageRecord =
            serde_json::from_value(format1_records().pop().unwrap()).unwrap();
        assert_eq!(
            verification.message,
            PartnerMessage::Verification(VerificationNotice {
                access_token: "at".into(),
                session_token: "st".into(),
                device_serial: "dev".into(),
                server_card_id: "sc".into(),
                unique_reference_card_id: 42,
                bin: 453421,
            })
        );
    }

    #[test]
    fn an_unknown_format_or_a_broken_format1_request_is_refused_with_the_reason() {
        let mut newer = format1_records().remove(0);
        newer["format"] = json!(3);
        let e = serde_json::from_value::<MessageRecord>(newer).unwrap_err();
        assert!(e.to_string().contains("message format 3"), "{e}");
        let mut broken = format1_records().remove(0);
        broken["request"]["body"]
            .as_object_mut()
            .unwrap()
            .remove("status");
        let e = serde_json::from_value::<MessageRecord>(broken).unwrap_err();
        assert!(
            e.to_string().contains("format-1 notifyCardOperation"),
            "{e}"
        );
    }
}
