//! `d1-sandbox sign-verification`: a connecting party's `checkSignature`, computed or checked
//! offline.

use std::process::ExitCode;

use super::common::{ToolError, fail};

/// The flags of `sign-verification`.
#[derive(clap::Args)]
pub struct SignVerificationArgs {
    /// The control key (hex, dashes allowed).
    #[arg(long)]
    control_key: String,
    /// The endpoint id.
    #[arg(long)]
    endpoint_id: String,
    /// The answer's `session.nonce`.
    #[arg(long)]
    nonce: String,
    /// The answer's `invoiceId`.
    #[arg(long)]
    invoice_id: String,
    /// A signature to check instead of printing one (exit status 1 when wrong).
    #[arg(long)]
    verify: Option<String>,
}

/// Runs `sign-verification`: prints the signature, or whether the given one is right (exit
/// status 1 when it is not).
pub fn run(args: SignVerificationArgs) -> ExitCode {
    match sign_verification(
        &args.control_key,
        &args.endpoint_id,
        &args.nonce,
        &args.invoice_id,
        args.verify.as_deref(),
    ) {
        Ok(SignatureCheck::Signature(signature)) => {
            println!("{signature}");
            ExitCode::SUCCESS
        }
        Ok(SignatureCheck::Valid) => {
            println!("valid");
            ExitCode::SUCCESS
        }
        Ok(SignatureCheck::Invalid(expected)) => {
            println!("invalid: expected {expected}");
            ExitCode::FAILURE
        }
        Err(e) => fail(e),
    }
}

/// What `d1-sandbox sign-verification` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureCheck {
    /// The signature (no `--verify`).
    Signature(String),
    /// `--verify`: the given signature is right.
    Valid,
    /// `--verify`: it is not; the right one.
    Invalid(String),
}

/// `d1-sandbox sign-verification`: the connecting party's `checkSignature` for a nonce,
/// endpoint id and invoice id, or (with `verify`) whether a given one is right.
pub fn sign_verification(
    control_key: &str,
    endpoint_id: &str,
    nonce: &str,
    invoice_id: &str,
    verify: Option<&str>,
) -> Result<SignatureCheck, ToolError> {
    use crate::domain::verification::check_signature;
    let signature =
        check_signature(control_key, nonce, endpoint_id, invoice_id).ok_or_else(|| {
            ToolError::Admin(
                "the control key must be hexadecimal (dashes are removed before decoding)".into(),
            )
        })?;
    Ok(match verify {
        None => SignatureCheck::Signature(signature),
        Some(given) if given.eq_ignore_ascii_case(&signature) => SignatureCheck::Valid,
        Some(_) => SignatureCheck::Invalid(signature),
    })
}
