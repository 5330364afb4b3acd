//! What the commands share: the error type, how an admin command finds its key and reaches a
//! running server (the generated admin client), and how a result is printed.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::crypto::jwe::KeyError;
use crate::domain::cards::CardError;
use crate::domain::{StartError, StoreError, default_credentials_file};
use crate::generated::sandbox_admin_client::Client;

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum ToolError {
    /// The data directory holds no store.
    #[error("{0} holds no d1-sandbox store; start the server on it once first")]
    NoStore(String),
    /// The store is open in a running server.
    #[error("{0} is in use by a running d1-sandbox; stop it, run this again, and start it")]
    InUse(String),
    /// The store failed.
    #[error(transparent)]
    Store(StoreError),
    /// The keys could not be made or stored.
    #[error(transparent)]
    Keys(#[from] StartError),
    /// The card data is not what the server would accept.
    #[error(transparent)]
    Card(#[from] CardError),
    /// The JWE could not be made.
    #[error(transparent)]
    Encrypt(#[from] KeyError),
    /// The key set could not be fetched.
    #[error("{0}")]
    Fetch(String),
    /// The admin key was neither given nor found in the data directory.
    #[error(
        "no admin key: pass --admin-key, set D1_ADMIN_KEY, or point --credentials (or \
         --data-dir) at the credentials file ({0})"
    )]
    NoAdminKey(String),
    /// A tenant could not be added or removed.
    #[error("{0}")]
    Tenant(String),
    /// The server's admin API refused or failed.
    #[error("the admin API answered: {0}")]
    Admin(String),
}

impl From<StoreError> for ToolError {
    fn from(e: StoreError) -> Self {
        match e {
            // Its own variant: the message tells what to do (stop the server).
            StoreError::InUse(dir) => ToolError::InUse(dir),
            other => ToolError::Store(other),
        }
    }
}

/// How an admin command reaches a running server.
#[derive(clap::Args)]
pub struct AdminArgs {
    /// The running server.
    #[arg(long, env = "D1_SERVER", default_value = "http://127.0.0.1:8080")]
    pub server: String,
    /// The admin key; by default the one in the credentials file.
    #[arg(long, env = "D1_ADMIN_KEY", hide_env_values = true)]
    pub admin_key: Option<String>,
    /// The server's data directory (its credentials file is beside it).
    #[arg(long, env = "D1_DATA_DIR", default_value = "./d1-sandbox-data")]
    pub data_dir: PathBuf,
    /// The credentials file; by default `<data-dir>.credentials.json`.
    #[arg(long, env = "D1_CREDENTIALS_FILE")]
    pub credentials: Option<PathBuf>,
}

impl AdminArgs {
    /// The admin key to use.
    pub fn key(&self) -> Result<String, ToolError> {
        let file = credentials_file(self.credentials.clone(), &self.data_dir);
        admin_key(self.admin_key.clone(), &file)
    }
}

/// The credentials file given, else the one beside the data directory.
pub fn credentials_file(given: Option<PathBuf>, data_dir: &Path) -> PathBuf {
    given.unwrap_or_else(|| default_credentials_file(data_dir))
}

/// The admin key an admin command uses: the one given (flag or `D1_ADMIN_KEY`), else the
/// `admin_key` of the credentials file.
pub fn admin_key(given: Option<String>, credentials_file: &Path) -> Result<String, ToolError> {
    if let Some(key) = given {
        return Ok(key);
    }
    let path = credentials_file.to_path_buf();
    let read = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()));
    let credentials = read.and_then(|bytes| {
        serde_json::from_slice::<crate::domain::auth::Credentials>(&bytes)
            .map_err(|e| format!("{}: {e}", path.display()))
    });
    credentials
        .map(|c| c.admin_key)
        .map_err(ToolError::NoAdminKey)
}

/// Explains an error of a generated client: the status and the declared body's message.
pub fn admin_failure<E: std::fmt::Debug>(e: progenitor_client::Error<E>) -> ToolError {
    ToolError::Admin(match e {
        progenitor_client::Error::ErrorResponse(r) => {
            format!("{} {:?}", r.status(), r.into_inner())
        }
        other => other.to_string(),
    })
}

/// An HTTP client sending the admin key on every request, with a bounded wait (a command
/// against a server that stopped answering must end).
pub fn admin_http_client(admin_key: &str) -> Result<reqwest::Client, ToolError> {
    crate::outbound::http_client(
        std::time::Duration::from_secs(30),
        &[("x-admin-key", admin_key)],
    )
    .map_err(|e| ToolError::Admin(e.to_string()))
}

/// The generated admin client for a running server (`server` without `/sandbox`).
pub fn admin_client(server: &str, admin_key: &str) -> Result<Client, ToolError> {
    Ok(Client::new_with_client(
        &format!("{}/sandbox", server.trim_end_matches('/')),
        admin_http_client(admin_key)?,
    ))
}

/// Waits for a generated client's call and gives the answer's body, or explains the failure
/// (as [`admin_failure`]).
pub async fn answer<T, E: std::fmt::Debug>(
    call: impl std::future::Future<
        Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>,
    >,
) -> Result<T, ToolError> {
    Ok(call.await.map_err(admin_failure)?.into_inner())
}

/// Pretty JSON of an answer.
pub fn pretty<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("JSON values serialise")
}

/// Prints a command's text, or fails with its error.
pub fn printed(done: Result<String, impl std::fmt::Display>) -> ExitCode {
    match done {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

/// Prints an error as `d1-sandbox: …` on stderr; the failure exit code.
pub fn fail(e: impl std::fmt::Display) -> ExitCode {
    eprintln!("d1-sandbox: {e}");
    ExitCode::FAILURE
}
