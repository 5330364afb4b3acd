//! The one integration-test binary of d1-sandbox: each module is a group of scenarios.

mod abuse;
mod cards;
mod check;
mod deliveries;
mod documents;
mod fidelity;
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
