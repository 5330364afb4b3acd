//! The issuer's operations (the Card API, seed 000), as D1 calls them: `verifyCard` (with the
//! issuer's encryption key and the card data encrypted to it, shared by the check and the
//! remote issuer), `notifyCardOperation` (v1) and `notifyCardOperations` (v2).

use serde_json::{Value, json};

use super::{Peer, Reply, field, optional, send};
use crate::domain::cards::Verification;
use crate::domain::delivery::{
    CardOperationItem, CardOperationNotice, CardOperationsNotice, OperationStatus, VerifyCardCall,
};
use crate::domain::partners::IssuerPartner;
use crate::generated::card_api_client::{Client, types};
use crate::outbound::OutboundError;

/// The document's error body, for the calls the partner check makes by hand (a body the
/// document forbids, to see it refused).
pub use crate::generated::card_api_client::types::Error as ErrorBody;

/// The issuer's newest encryption key, from its JWK set or file.
pub async fn encryption_key(
    partner: &IssuerPartner,
    timeout: std::time::Duration,
) -> Result<Value, OutboundError> {
    let setup = |m: String| OutboundError::Setup(m);
    let document: Value = match (
        &partner.encryption_key.jwks_url,
        &partner.encryption_key.jwk_file,
    ) {
        (Some(url), _) => {
            let response = crate::outbound::http_client(timeout, &[])?
                .get(url)
                .send()
                .await
                .map_err(|e| OutboundError::from_transport(&e, timeout))?;
            if !response.status().is_success() {
                return Err(setup(format!(
                    "the JWK set at {url} answered {}",
                    response.status()
                )));
            }
            response
                .json()
                .await
                .map_err(|e| setup(format!("the JWK set at {url} is not JSON: {e}")))?
        }
        (None, Some(file)) => {
            let text = std::fs::read_to_string(file).map_err(|e| setup(format!("{file}: {e}")))?;
            serde_json::from_str(&text).map_err(|e| setup(format!("{file}: not JSON: {e}")))?
        }
        (None, None) => return Err(setup("no encryption_key".into())),
    };
    // A single JWK, or a set.
    let set = if document.get("keys").is_some() {
        document
    } else {
        json!({ "keys": [document] })
    };
    crate::crypto::jwe::choose_encryption_key(&set)
        .cloned()
        .ok_or_else(|| setup("the issuer's keys hold no encryption key (use: enc)".into()))
}

/// Card data as verifyCard's `encryptedData`: the JSON plaintext the Card API describes,
/// encrypted to the issuer's key.
pub fn encrypt_card(
    key: &Value,
    pan: &str,
    exp: &str,
    cvv: Option<&str>,
) -> Result<String, OutboundError> {
    let mut data = json!({"pan": pan, "exp": exp});
    if let Some(cvv) = cvv {
        data["cvv"] = cvv.into();
    }
    crate::crypto::jwe::encrypt_to(key, data.to_string().as_bytes())
        .map_err(|e| OutboundError::Setup(format!("encrypting card data: {e}")))
}

fn status(status: OperationStatus) -> types::OperationStatus {
    match status {
        OperationStatus::Pending => types::OperationStatus::Pending,
        OperationStatus::Successful => types::OperationStatus::Successful,
        OperationStatus::Failed => types::OperationStatus::Failed,
    }
}

/// `verifyCard`: card data encrypted to the issuer's key; the answer as the domain's
/// verification.
pub async fn verify_card(peer: &Peer<'_>, call: &VerifyCardCall) -> Reply<Verification> {
    let body = || -> Result<types::VerifyCardRequest, String> {
        Ok(types::VerifyCardRequest {
            card_bin: field("cardBin", &call.card_bin)?,
            card_id: field("cardId", &call.card_id)?,
            encrypted_data: field("encryptedData", &call.encrypted_data)?,
        })
    };
    let client = Client::new_with_client(peer.url, peer.client.clone());
    let call = |body| {
        client
            .verify_card()
            .issuer_id(call.issuer_id.as_str())
            .body(body)
            .send()
    };
    send(
        body(),
        call,
        peer.timeout,
        |answer: &types::VerifyCardResponse| {
            let results = &answer.verification_results;
            Verification {
                card_id: answer.card_id.to_string(),
                consumer_id: answer.consumer_id.as_ref().map(|c| c.to_string()),
                invalid: results.card.invalid,
                expired: results.card.expired,
                lost_or_stolen: results.card.lost_or_stolen,
                fraud_suspect: results.card.fraud_suspect,
                security_code: results
                    .security_code
                    .as_ref()
                    .map(|s| (s.valid, s.verification_attempts_exceeded)),
            }
        },
    )
    .await
}

/// `notifyCardOperation` (v1): one operation on one card.
pub async fn notify_card_operation(peer: &Peer<'_>, notice: &CardOperationNotice) -> Reply {
    let body = || -> Result<types::CardOperationNotification, String> {
        Ok(types::CardOperationNotification {
            digital_card_ids: notice
                .digital_card_ids
                .iter()
                .map(|id| field("digitalCardIds", id))
                .collect::<Result<_, _>>()?,
            operation: field("operation", &notice.operation)?,
            operation_id: field("operationId", &notice.operation_id)?,
            status: status(notice.status),
        })
    };
    let client = Client::new_with_client(peer.url, peer.client.clone());
    let call = |body| {
        client
            .notify_card_operation()
            .issuer_id(notice.issuer_id.as_str())
            .card_id(notice.card_id.as_str())
            .body(body)
            .send()
    };
    send(body(), call, peer.timeout, |_| ()).await
}

fn item(item: &CardOperationItem) -> Result<types::CardOperation, String> {
    Ok(types::CardOperation {
        card_id: field("cardId", &item.card_id)?,
        end_time: item.end_time,
        message: optional("message", item.message.as_deref())?,
        operation: field("operation", &item.operation)?,
        operation_id: field("operationId", &item.operation_id)?,
        start_time: item.start_time,
        status: status(item.status),
    })
}

/// `notifyCardOperations` (v2): operations on several cards of one issuer, in one call.
pub async fn notify_card_operations(peer: &Peer<'_>, notice: &CardOperationsNotice) -> Reply {
    let cards = notice.cards.iter().map(item).collect::<Result<Vec<_>, _>>();
    let client = Client::new_with_client(peer.url, peer.client.clone());
    let call = |cards| {
        client
            .notify_card_operations()
            .issuer_id(notice.issuer_id.as_str())
            .body(types::CardOperationsNotification { cards })
            .send()
    };
    send(cards, call, peer.timeout, |_| ()).await
}
