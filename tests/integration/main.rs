//! The one integration-test binary of d1-sandbox: each module is a group of scenarios.

mod abuse;
mod calls;
mod cards;
mod check;
mod deliveries;
mod documents;
mod fidelity;
mod fixtures;
mod fuzz;
mod generated;
mod http;
mod layers;
mod oauth;
mod partners;
mod process;
mod server;
mod support;
mod tenants;
mod tokens;
mod verification;
mod wallets;

/// The generated code of the generator's fixture documents names `crate::runtime`, as it does
/// inside d1-sandbox: the same module, re-exported here (tests/integration/fixtures.rs).
mod runtime {
    pub use d1_sandbox::runtime::*;
}
