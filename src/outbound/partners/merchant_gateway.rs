//! The merchant gateway's operation (seed 004), as D1 calls it: `notify-update`, which has no
//! body (the gateway reads the token back). Its OAuth token endpoint is D1's credential, not a
//! notification: `outbound/auth.rs` fetches it.

use super::{Peer, Reply, send};
use crate::domain::delivery::GatewayUpdateNotice;
use crate::generated::merchant_gateway_client::Client;

/// The document's error body and token answer, for the token endpoint the partner check calls
/// by hand (it must accept the seed's error shape as well as the document's).
pub use crate::generated::merchant_gateway_client::types::{Error as ErrorBody, TokenResponse};

/// `notify-update`: a token of one of the gateway's merchants changed.
pub async fn notify_update(peer: &Peer<'_>, notice: &GatewayUpdateNotice) -> Reply {
    let client = Client::new_with_client(peer.url, peer.client.clone());
    // No body: nothing the document could refuse before the call.
    let call = |()| {
        client
            .notify_token_update()
            .merchant_gateway_id(notice.merchant_gateway_id.as_str())
            .merchant_id(notice.merchant_id.as_str())
            .token_id(notice.token_id.as_str())
            .x_correlation_id(notice.correlation_id.as_str())
            .send()
    };
    send(Ok(()), call, peer.timeout, |_| ()).await
}
