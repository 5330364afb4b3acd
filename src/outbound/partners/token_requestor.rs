//! The token requestor's operations (token notifications, seed 003), as Thales calls them:
//! `notify-token-creation` and `notify-token-update`.

use super::{Peer, Reply, field, optional, send};
use crate::domain::delivery::{TokenCreationNotice, TokenUpdateNotice};
use crate::generated::token_notifications_client::{Client, types};

/// The document's error body, for the calls the partner check makes by hand (a body the
/// document forbids, to see it refused).
pub use crate::generated::token_notifications_client::types::Error as ErrorBody;

/// `notify-token-creation`: a token was created, or its creation failed (`errorCode`).
pub async fn notify_token_creation(peer: &Peer<'_>, notice: &TokenCreationNotice) -> Reply {
    let display = &notice.display;
    let failure = notice.failure.as_ref();
    let body = || -> Result<types::TokenCreationNotification, String> {
        Ok(types::TokenCreationNotification {
            card_bin: optional("cardBin", display.card_bin.as_deref())?,
            card_expiry_date: optional("cardExpiryDate", display.card_expiry_date.as_deref())?,
            card_last_digits: optional("cardLastDigits", display.card_last_digits.as_deref())?,
            creation_timestamp: optional(
                "creationTimestamp",
                notice.creation_timestamp.as_deref(),
            )?,
            error_code: optional("errorCode", failure.map(|f| f.code.as_str()))?,
            error_message: optional("errorMessage", failure.and_then(|f| f.message.as_deref()))?,
            merchant_id: field("merchantId", &notice.merchant_id)?,
            par: optional("par", display.par.as_deref())?,
            token_expiry_date: optional("tokenExpiryDate", display.token_expiry_date.as_deref())?,
            token_id: optional("tokenId", notice.token_id.as_deref())?,
            token_last_digits: optional("tokenLastDigits", display.token_last_digits.as_deref())?,
            v_provisioned_token_id: None,
        })
    };
    let client = Client::new_with_client(peer.url, peer.client.clone());
    let call = |body| {
        client
            .notify_token_creation()
            .x_correlation_id(notice.correlation_id.as_str())
            .body(body)
            .send()
    };
    send(body(), call, peer.timeout, |_| ()).await
}

/// `notify-token-update`: a token changed.
pub async fn notify_token_update(peer: &Peer<'_>, notice: &TokenUpdateNotice) -> Reply {
    let display = &notice.display;
    let body = || -> Result<types::TokenUpdateNotification, String> {
        Ok(types::TokenUpdateNotification {
            card_bin: optional("cardBin", display.card_bin.as_deref())?,
            card_expiry_date: optional("cardExpiryDate", display.card_expiry_date.as_deref())?,
            card_last_digits: optional("cardLastDigits", display.card_last_digits.as_deref())?,
            creation_timestamp: None,
            device_bindings: Vec::new(),
            discard_cryptogram: notice.discard_cryptogram,
            last_update_timestamp: optional("lastUpdateTimestamp", notice.last_update.as_deref())?,
            merchant_id: field("merchantId", &notice.merchant_id)?,
            par: optional("par", display.par.as_deref())?,
            token_expiry_date: optional("tokenExpiryDate", display.token_expiry_date.as_deref())?,
            token_id: field("tokenId", &notice.token_id)?,
            token_last_digits: optional("tokenLastDigits", display.token_last_digits.as_deref())?,
            token_state: optional("tokenState", notice.token_state.as_deref())?,
            v_provisioned_token_id: None,
        })
    };
    let client = Client::new_with_client(peer.url, peer.client.clone());
    let call = |body| {
        client
            .notify_token_update()
            .x_correlation_id(notice.correlation_id.as_str())
            .body(body)
            .send()
    };
    send(body(), call, peer.timeout, |_| ()).await
}
