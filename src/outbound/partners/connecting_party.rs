//! The connecting party's operation (the verification card-mapping notification, seed 002), as
//! the verification service calls it: `notifyVerification`. The answer's signature is the
//! caller's to judge (the worker fails a delivery on a wrong one; the check reports it).

use super::{Peer, Reply, field, send};
use crate::domain::delivery::VerificationNotice;
use crate::generated::verification_notification_client::{Client, types};

/// The document's refusal body, for the calls the partner check makes by hand (a signature
/// it must refuse).
pub use crate::generated::verification_notification_client::types::VerificationFailure;

/// `notifyVerification`: a card was verified in a consumer's session.
pub async fn notify_verification(peer: &Peer<'_>, notice: &VerificationNotice) -> Reply {
    let body = || -> Result<types::VerificationNotification, String> {
        Ok(types::VerificationNotification {
            consumer: types::Consumer {
                device: types::Device {
                    serial_number: field("consumer.device.serialNumber", &notice.device_serial)?,
                },
            },
            reference: types::CardReference {
                server_card_id: field("reference.serverCardId", &notice.server_card_id)?,
                unique_reference_card_id: notice.unique_reference_card_id,
            },
            session: types::RequestSession {
                access_token: field("session.accessToken", &notice.access_token)?,
                token: field("session.token", &notice.session_token)?,
            },
            source_card: types::SourceCard { bin: notice.bin },
        })
    };
    let client = Client::new_with_client(peer.url, peer.client.clone());
    let call = |body| client.notify_verification().body(body).send();
    send(body(), call, peer.timeout, |_| ()).await
}
