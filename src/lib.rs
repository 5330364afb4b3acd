//! d1-sandbox: a spec-first, stateful sandbox for the Thales D1 partner APIs.
//!
//! - `openapi/` holds the API documents (see `openapi/README.md`).
//! - [`codegen`] turns them into Rust at build time (`build.rs`); [`generated`] includes the
//!   output: per API, poem-openapi types, response enums, an API trait and a service, plus a
//!   progenitor client.
//! - [`runtime`] is the handwritten support the generated code calls.
//! - One module per API ([`card_api`], [`tsh_provisioning`], [`verification_notification`],
//!   [`token_notifications`], [`merchant_gateway`]) implements that API's trait.
//! - [`sandbox`] is the state they share: the [`store`] (the only module touching sled) and
//!   [`auth`] (tenants, secrets, tokens).
//! - [`server`] mounts the services; [`serve`] runs the whole server (the binary calls it).

pub mod auth;
pub mod card_api;
pub mod codegen;
pub mod generated;
pub mod merchant_gateway;
pub mod runtime;
pub mod sandbox;
pub mod serve;
pub mod server;
pub mod store;
pub mod token_notifications;
pub mod tsh_provisioning;
pub mod verification_notification;
