//! Events: what happened at the sandbox (or what a tester says happened), and the messages
//! each makes for the partners a tenant registered. Pure: the caller looks the partners up and
//! stores the messages.

use chrono::{DateTime, Utc};

use super::{
    CardOperationNotice, DeliveryError, GatewayUpdateNotice, MessageRecord, MessageState,
    OperationStatus, PartnerMessage, TokenCreationNotice, TokenDisplay, TokenUpdateNotice,
    VerificationNotice,
};
use crate::domain::partners::{PartnerDescription, PartnerRole};

/// Something that happened, for D1 to tell the partners concerned.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A card operation (→ the issuer's `notifyCardOperation`).
    CardOperation {
        /// The card.
        card_id: String,
        /// D1's operation id (a new one when absent).
        operation_id: Option<String>,
        /// The operation (`DIGITIZE`, ...).
        operation: String,
        /// `PENDING`, `SUCCESSFUL` or `FAILED`.
        status: String,
        /// The digital cards concerned.
        digital_card_ids: Vec<String>,
    },
    /// A token was created (→ the token requestor's `notify-token-creation`, the merchant
    /// gateway's `notify-update`).
    TokenCreated {
        /// The token.
        token_id: String,
        /// The create-token request's correlation id (a new one when absent).
        correlation_id: Option<String>,
    },
    /// A token changed (→ `notify-token-update`, `notify-update`).
    TokenUpdated {
        /// The token.
        token_id: String,
        /// Its new state.
        token_state: String,
        /// When it changed (now when absent), ISO 8601.
        last_update: Option<String>,
        /// A correlation id (a new one when absent).
        correlation_id: Option<String>,
    },
    /// A card was verified (→ the connecting party's `notifyVerification`).
    Verification {
        /// The session's access token.
        access_token: String,
        /// The consumer's device.
        device_serial: String,
        /// The verification transaction.
        session_token: String,
        /// The connecting party's card reference.
        server_card_id: String,
        /// The PAN's stable id.
        unique_reference_card_id: i64,
        /// The card's BIN.
        bin: i64,
    },
}

impl Event {
    /// The event's name, as the admin API and the log say it.
    pub fn name(&self) -> &'static str {
        match self {
            Event::CardOperation { .. } => "card-operation",
            Event::TokenCreated { .. } => "token-created",
            Event::TokenUpdated { .. } => "token-updated",
            Event::Verification { .. } => "verification",
        }
    }
}

/// A card operation's status as the Card API names it.
fn operation_status(name: &str) -> Result<OperationStatus, DeliveryError> {
    serde_json::from_value(serde_json::Value::String(name.into())).map_err(|_| {
        DeliveryError::Invalid(format!(
            "status `{name}` is not PENDING, SUCCESSFUL or FAILED"
        ))
    })
}

pub(super) fn new_id(prefix: &str) -> String {
    use rand::Rng;
    format!("{prefix}-{:016x}", rand::rng().random::<u64>())
}

/// What an event makes: the messages, each with its subject (a card, a token), and the roles
/// the event concerns (said when none is registered).
pub(super) type Made = (Vec<(String, PartnerMessage)>, &'static str);

/// A message about `subject` (a card, a token), as a pair.
fn subject(subject: &str, message: PartnerMessage) -> (String, PartnerMessage) {
    (subject.to_string(), message)
}

/// The messages `event` makes, each with its subject, for the partners `partner(role)` finds
/// registered; and the roles the event concerns (said when none is registered).
pub(super) fn messages_of(
    event: &Event,
    now: DateTime<Utc>,
    partner: impl Fn(&str) -> Result<Option<PartnerDescription>, DeliveryError>,
) -> Result<Made, DeliveryError> {
    let stamp = || now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let mut messages = Vec::new();
    let roles: &str;
    match event {
        Event::CardOperation {
            card_id,
            operation_id,
            operation,
            status,
            digital_card_ids,
        } => {
            roles = "issuer";
            if let Some(PartnerDescription {
                role: PartnerRole::Issuer(issuer),
                ..
            }) = partner("issuer")?
            {
                let notice = CardOperationNotice {
                    issuer_id: issuer.issuer_id,
                    card_id: card_id.clone(),
                    operation_id: operation_id.clone().unwrap_or_else(|| new_id("op")),
                    operation: operation.clone(),
                    status: operation_status(status)?,
                    digital_card_ids: digital_card_ids.clone(),
                };
                messages.push(subject(card_id, PartnerMessage::CardOperation(notice)));
            }
        }
        Event::TokenCreated {
            token_id,
            correlation_id,
        }
        | Event::TokenUpdated {
            token_id,
            correlation_id,
            ..
        } => {
            roles = "token-requestor or merchant-gateway";
            let correlation = correlation_id.clone().unwrap_or_else(|| new_id("d1"));
            if let Some(PartnerDescription {
                role: PartnerRole::TokenRequestor(requestor),
                ..
            }) = partner("token-requestor")?
            {
                let notice = match event {
                    Event::TokenUpdated {
                        token_state,
                        last_update,
                        ..
                    } => PartnerMessage::TokenUpdate(TokenUpdateNotice {
                        correlation_id: correlation.clone(),
                        merchant_id: requestor.merchant_id,
                        token_id: token_id.clone(),
                        token_state: Some(token_state.clone()),
                        last_update: Some(last_update.clone().unwrap_or_else(stamp)),
                        display: TokenDisplay::default(),
                        discard_cryptogram: false,
                    }),
                    _ => PartnerMessage::TokenCreation(TokenCreationNotice {
                        correlation_id: correlation.clone(),
                        merchant_id: requestor.merchant_id,
                        token_id: Some(token_id.clone()),
                        creation_timestamp: Some(stamp()),
                        display: TokenDisplay::default(),
                        failure: None,
                    }),
                };
                messages.push(subject(token_id, notice));
            }
            if let Some(PartnerDescription {
                role: PartnerRole::MerchantGateway(gateway),
                ..
            }) = partner("merchant-gateway")?
            {
                let notice = GatewayUpdateNotice {
                    merchant_gateway_id: gateway.merchant_gateway_id,
                    merchant_id: gateway.merchant_id,
                    token_id: token_id.clone(),
                    correlation_id: correlation,
                };
                messages.push(subject(token_id, PartnerMessage::GatewayUpdate(notice)));
            }
        }
        Event::Verification {
            access_token,
            device_serial,
            session_token,
            server_card_id,
            unique_reference_card_id,
            bin,
        } => {
            roles = "connecting-party";
            if partner("connecting-party")?.is_some() {
                let notice = VerificationNotice {
                    access_token: access_token.clone(),
                    session_token: session_token.clone(),
                    device_serial: device_serial.clone(),
                    server_card_id: server_card_id.clone(),
                    unique_reference_card_id: *unique_reference_card_id,
                    bin: *bin,
                };
                messages.push(subject(
                    server_card_id,
                    PartnerMessage::Verification(notice),
                ));
            }
        }
    }
    Ok((messages, roles))
}

/// A new pending message, due now.
pub(super) fn pending(
    tenant_id: &str,
    subject: &str,
    event: &str,
    message: PartnerMessage,
    now: DateTime<Utc>,
) -> MessageRecord {
    MessageRecord {
        id: 0,
        tenant_id: tenant_id.into(),
        subject: subject.into(),
        event: event.into(),
        message,
        state: MessageState::Pending,
        attempts: 0,
        created_at: now,
        next_attempt_at: Some(now),
        last_outcome: None,
    }
}
