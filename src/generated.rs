//! The code `build.rs` generates from `openapi/` (see [`crate::codegen`]). A reviewable copy of
//! the same files is checked in under `generated/`.

macro_rules! generated_api {
    ($(#[$doc:meta])* $server:ident, $client:ident, $file:literal) => {
        $(#[$doc])*
        // Documentation comes from the document: a property it leaves undescribed stays so
        // (a doc comment would become a description in the served schema).
        // A response enum holds its largest answer inline; it is built once per request and moved
        // into the response, so boxing it would only add an allocation.
        #[allow(missing_docs, clippy::large_enum_variant)]
        pub mod $server {
            include!(concat!(env!("OUT_DIR"), "/", $file, ".rs"));
        }
        #[doc = concat!("The typed progenitor client of `", stringify!($server), "`.")]
        #[allow(missing_docs, clippy::all)]
        pub mod $client {
            include!(concat!(env!("OUT_DIR"), "/", $file, "_client.rs"));
        }
    };
}

generated_api!(
    /// The Card API (`openapi/card-api.yaml`).
    card_api, card_api_client, "card_api"
);
generated_api!(
    /// The TSH provisioning and management API (`openapi/tsh-provisioning.yaml`).
    tsh_provisioning, tsh_provisioning_client, "tsh_provisioning"
);
generated_api!(
    /// The verification card mapping notification (`openapi/verification-notification.yaml`).
    verification_notification, verification_notification_client, "verification_notification"
);
generated_api!(
    /// The token notifications API (`openapi/token-notifications.yaml`).
    token_notifications, token_notifications_client, "token_notifications"
);
generated_api!(
    /// The merchant gateway API (`openapi/merchant-gateway.yaml`).
    merchant_gateway, merchant_gateway_client, "merchant_gateway"
);
generated_api!(
    /// d1-sandbox's own admin API (`openapi/sandbox-admin.yaml`).
    sandbox_admin, sandbox_admin_client, "sandbox_admin"
);
