#![warn(missing_docs)]
//! d1-sandbox: a spec-first, stateful sandbox for the Thales D1 partner APIs.
//!
//! The layers, each a folder whose `mod.rs` states its invariant (`ARCHITECTURE.md` has the map):
//! - [`codegen`] turns the documents of `openapi/` into Rust at build time (`build.rs`);
//!   [`generated`] includes the output: per API, poem-openapi types, response enums, an API
//!   trait and a service, plus a progenitor client. [`runtime`] is the handwritten support the
//!   generated code calls (problems, error bodies, payloads).
//! - [`api`] implements each API's trait: short handlers translating generated types to
//!   [`domain`] calls and back.
//! - [`domain`] holds the business logic (tenants and credentials, the card registry, tokens,
//!   verification, partners and deliveries, the TSH's wallets) and knows neither poem nor the
//!   generated types; [`crypto`] decrypts card data and seals the store's secrets.
//! - [`outbound`] is D1 calling partners: one typed sender per partner operation, used by the
//!   delivery worker, the remote issuer and the partner check.
//! - [`store`] keeps the state, durably, behind one handle; it is the only module that touches
//!   the storage engine (sled).
//! - [`http`] mounts the services, logs, and [`http::start`]s the server (the binary and the
//!   tests both call it); [`cli`] is the command line, one module per
//!   command (`main.rs` only parses and calls it); [`json`] reads
//!   JSON strictly (no duplicate keys) for the payloads and the card data.

pub mod api;
pub mod cli;
pub mod codegen;
pub mod crypto;
pub mod domain;
pub mod generated;
pub mod http;
pub mod json;
pub mod outbound;
pub mod runtime;
pub mod store;
