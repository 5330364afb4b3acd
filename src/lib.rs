//! d1-sandbox: a spec-first, stateful sandbox for the Thales D1 partner APIs.
//!
//! - `openapi/` holds the API documents (see `openapi/README.md`).
//! - [`codegen`] turns them into Rust at build time (`build.rs`); [`generated`] includes the
//!   output: per API, poem-openapi types, response enums, an API trait and a service, plus a
//!   progenitor client.
//! - [`runtime`] is the handwritten support the generated code calls.
//! - One module per API ([`card_api`], [`tsh_provisioning`], [`verification_notification`],
//!   [`token_notifications`], [`merchant_gateway`]) implements that API's trait.
//! - [`sandbox_admin`] implements d1-sandbox's own admin API (cards, settings, reset).
//! - [`sandbox`] is the state they share: the [`store`] (the only module touching sled),
//!   [`auth`] (tenants, secrets, tokens) and [`cards`] (the card registry, with [`jwe`]).
//! - [`server`] mounts the services; [`serve`] runs the whole server (the binary calls it),
//!   logging through [`logging`].

pub mod auth;
pub mod card_api;
pub mod cards;
pub mod codegen;
pub mod generated;
pub mod jwe;
pub mod logging;
pub mod merchant_gateway;
pub mod runtime;
pub mod sandbox;
pub mod sandbox_admin;
pub mod serve;
pub mod server;
pub mod store;
pub mod token_notifications;
pub mod tools;
pub mod tsh_provisioning;
pub mod verification_notification;
