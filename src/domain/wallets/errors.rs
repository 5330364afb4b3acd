//! Why a TSH request is refused: one [`WalletError`] per declared 400, each with a stable code.
//!
//! Invariant: every code is listed in the TSH document (checked by a test), and a refusal never
//! says more than its code and reason (the TSH API has no credential).

use super::*;

/// Why a TSH request is refused; each is the declared 400 with its code.
#[derive(Debug, thiserror::Error)]
pub enum WalletError {
    /// The issuer is not known to the sandbox.
    #[error("issuer {0} is not known")]
    UnknownIssuer(String),
    /// The descriptor does not fit the card source.
    #[error("{0}")]
    Descriptor(String),
    /// The opaque card data cannot be decrypted or read.
    #[error("the opaque card account data cannot be read: {0}")]
    CardData(String),
    /// The descriptor names no card the issuer holds.
    #[error("the card account descriptor names no card of issuer {0}")]
    UnknownCardAccount(String),
    /// The card may not be added to a wallet.
    #[error("the card is not eligible: {why}")]
    NotEligible {
        /// The code.
        code: &'static str,
        /// Why.
        why: String,
    },
    /// No such asset.
    #[error("no asset {0}")]
    UnknownAsset(String),
    /// The last digits are not the card's.
    #[error("cardLastDigits does not match the card")]
    LastDigits,
    /// The one-time password is unknown, used, or another card's.
    #[error("the otp is not valid for this card")]
    OtpInvalid,
    /// The one-time password expired.
    #[error("the otp expired")]
    OtpExpired,
    /// No such wallet card (or not this issuer's).
    #[error("no wallet card {0}")]
    UnknownWalletCard(String),
    /// No such wallet card account.
    #[error("no wallet card account {0}")]
    UnknownWalletCardAccount(String),
    /// No such task.
    #[error("no task {0}")]
    UnknownTask(String),
    /// The task was completed already.
    #[error("task {0} is already {1}")]
    TaskDone(String, &'static str),
    /// The callback does not answer this kind of task.
    #[error("task {task} is a {command} task, not a {expected} one")]
    TaskType {
        /// The task.
        task: String,
        /// Its command.
        command: String,
        /// What the callback answers.
        expected: &'static str,
    },
    /// An older task of the wallet card waits for its callback first.
    #[error("task {task} comes after task {first}, which waits for its callback first")]
    TaskNotNext {
        /// The task answered.
        task: String,
        /// The one to answer first.
        first: String,
    },
    /// The first getCardCommands of a wallet card gives no seId.
    #[error("seId is required on the first getCardCommands of wallet card {0}")]
    SeIdRequired(String),
    /// seId changed.
    #[error("seId differs from the one given first for wallet card {0}")]
    SeIdMismatch(String),
    /// The state machine does not allow it.
    #[error("{event} is not allowed for a wallet card in state {state}")]
    Transition {
        /// The event's name.
        event: &'static str,
        /// The state's name.
        state: &'static str,
    },
    /// The registered issuer endpoint did not give a readable answer.
    #[error("the issuer's endpoint did not verify the card: {0}")]
    IssuerUnavailable(String),
    /// A bound on the wallet world is reached.
    #[error("{0}")]
    Limit(String),
    /// The pod sent (`x-pod`) is not the account's.
    #[error("wallet card account {account} lives on {pod}, not on {sent}")]
    WrongPod {
        /// The account.
        account: String,
        /// Its pod.
        pod: String,
        /// The pod the request named.
        sent: String,
    },
    /// The issuer's card could not be checked.
    #[error(transparent)]
    Card(#[from] CardError),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl WalletError {
    /// The code the answer's `statusMessage` starts with (documented in the TSH document).
    pub fn code(&self) -> &'static str {
        match self {
            WalletError::UnknownIssuer(_) => "UNKNOWN_ISSUER",
            WalletError::Descriptor(_) => "INVALID_DESCRIPTOR",
            WalletError::CardData(_) => "INVALID_CARD_DATA",
            WalletError::UnknownCardAccount(_) => "UNKNOWN_CARD_ACCOUNT",
            WalletError::NotEligible { code, .. } => code,
            WalletError::UnknownAsset(_) => "UNKNOWN_ASSET",
            WalletError::LastDigits => "LAST_DIGITS_MISMATCH",
            WalletError::OtpInvalid => "OTP_INVALID",
            WalletError::OtpExpired => "OTP_EXPIRED",
            WalletError::UnknownWalletCard(_) => "UNKNOWN_WALLET_CARD",
            WalletError::UnknownWalletCardAccount(_) => "UNKNOWN_WALLET_CARD_ACCOUNT",
            WalletError::UnknownTask(_) => "UNKNOWN_TASK",
            WalletError::TaskDone(..) => "TASK_ALREADY_COMPLETED",
            WalletError::TaskType { .. } => "TASK_TYPE_MISMATCH",
            WalletError::TaskNotNext { .. } => "TASK_NOT_NEXT",
            WalletError::SeIdRequired(_) => "SE_ID_REQUIRED",
            WalletError::SeIdMismatch(_) => "SE_ID_MISMATCH",
            WalletError::Transition { .. } => "TRANSITION_NOT_ALLOWED",
            WalletError::WrongPod { .. } => "WRONG_POD",
            WalletError::Limit(_) => "WALLET_LIMIT",
            WalletError::IssuerUnavailable(_) => "ISSUER_UNAVAILABLE",
            WalletError::Card(e) => e.code(),
            WalletError::Store(_) => "INTERNAL_ERROR",
        }
    }
}
