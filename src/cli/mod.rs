//! The `d1-sandbox` command line (clap): the commands and their dispatch; one module per
//! command, [`common`] for what they share.
//!
//! **Invariant:** thin: parse, call the library, print. Only the stopped-server commands
//! ([`keys`], [`tenant`], through [`stopped`]) open the store; every other command reads no
//! state of the server ([`sign_verification`]; [`encrypt_card`] fetches only the published key
//! set) or asks a running server over HTTP, through the generated admin client (and, for
//! [`partner_file`], the token notifications, as a partner would). `tests/integration/layers.rs`
//! checks that no other module opens the store. A command's `run` prints and returns the
//! process's exit code; its library function (what the tests call) returns a result
//! ([`deliveries`] hands its lines to a callback, as it may never return).

use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub mod check;
pub mod common;
pub mod deliveries;
pub mod encrypt_card;
pub mod keys;
pub mod partner;
pub mod partner_file;
pub mod replay;
pub mod serve;
pub mod session;
pub mod sign_verification;
pub mod stopped;
pub mod tenant;
pub mod trigger;

/// A spec-first, stateful sandbox for the Thales D1 partner APIs.
#[derive(Parser)]
#[command(version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

// The variants' doc comments are the commands' help: clap prints them, so they are worded for
// the user (and must stay as they are, byte for byte).
#[derive(Subcommand)]
enum Command {
    /// Serves every API, its Swagger UI and its OpenAPI document.
    Serve(serve::ServeArgs),
    /// Manages the card-data encryption keys (the server must be stopped).
    Keys {
        #[command(subcommand)]
        command: keys::KeysCommand,
    },
    /// Checks a partner's own implementation of an API the way D1 calls it, scenario by
    /// scenario; exits 0 only when no scenario fails.
    Check(check::CheckArgs),
    /// Prints the partner description of a running d1-sandbox for one role (issuer,
    /// token-requestor, merchant-gateway, connecting-party), so that `check` can test the
    /// sandbox itself. Reads the credentials file and asks the server over HTTP.
    PartnerFile(partner_file::PartnerFileArgs),
    /// Registers, shows or removes your own endpoint for a role on a running server (D1's calls
    /// for that role then go to it).
    Partner(partner::PartnerArgs),
    /// Triggers an event toward the registered partners: card-operation, token-created,
    /// token-updated or verification, with the admin API's fields as FIELD=VALUE.
    Trigger(trigger::TriggerArgs),
    /// Lists the deliveries to the registered partners; with --follow, prints each new
    /// attempt as it happens, until interrupted.
    Deliveries(deliveries::DeliveriesArgs),
    /// Sends a delivery again.
    Replay(replay::ReplayArgs),
    /// Manages tenants: one partner organisation each, with its own credentials, issuer,
    /// merchant gateway, merchant and connecting party (the server must be stopped).
    Tenant {
        #[command(subcommand)]
        command: tenant::TenantCommand,
    },
    /// Encrypts card data to the server's newest encryption key and prints the JWE, ready for
    /// verifyCard's `encryptedData` (or, with --request, a whole verifyCard body).
    EncryptCard(encrypt_card::EncryptCardArgs),
    /// Computes (or checks) a connecting party's `checkSignature`: lowercase hex
    /// HMAC-SHA1 of `nonce + endpointId + invoiceId`, keyed with the control key with its
    /// dashes removed, hex-decoded.
    SignVerification(sign_verification::SignVerificationArgs),
    /// Consumer sessions of the connecting party, on a running server.
    Session {
        #[command(subcommand)]
        command: session::SessionCommand,
    },
}

/// Runs the parsed command; the process's exit code.
pub async fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Serve(args) => serve::run(args).await,
        Command::Keys { command } => keys::run(command).await,
        Command::Check(args) => check::run(args).await,
        Command::PartnerFile(args) => partner_file::run(args).await,
        Command::Partner(args) => partner::run(args).await,
        Command::Trigger(args) => trigger::run(args).await,
        Command::Deliveries(args) => deliveries::run(args).await,
        Command::Replay(args) => replay::run(args).await,
        Command::Tenant { command } => tenant::run(command).await,
        Command::EncryptCard(args) => encrypt_card::run(args).await,
        Command::SignVerification(args) => sign_verification::run(args),
        Command::Session { command } => session::run(command).await,
    }
}
