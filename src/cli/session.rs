//! `d1-sandbox session create`: a consumer session of the connecting party, issued by a running
//! server's admin API.

use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;

use super::common::{
    ToolError, admin_client, admin_key, answer, credentials_file, pretty, printed,
};

/// The subcommands of `session`.
#[derive(clap::Subcommand)]
pub enum SessionCommand {
    /// Issues a consumer session (its access token is what the verification service sends as
    /// `session.accessToken`) and prints it as JSON.
    Create {
        /// The consumer's device serial number the session is bound to.
        #[arg(long)]
        device: String,
        /// The consumer id (a new one when absent).
        #[arg(long)]
        consumer: Option<String>,
        /// How long the session is accepted, in seconds (3600 when absent).
        #[arg(long)]
        ttl_secs: Option<i64>,
        /// The running server.
        #[arg(long, env = "D1_SERVER", default_value = "http://127.0.0.1:8080")]
        server: String,
        /// The admin key; by default the one in the credentials file.
        #[arg(long, env = "D1_ADMIN_KEY", hide_env_values = true)]
        admin_key: Option<String>,
        /// The server's data directory (its credentials file is beside it).
        #[arg(long, env = "D1_DATA_DIR", default_value = "./d1-sandbox-data")]
        data_dir: PathBuf,
        /// The credentials file; by default `<data-dir>.credentials.json`.
        #[arg(long, env = "D1_CREDENTIALS_FILE")]
        credentials: Option<PathBuf>,
    },
}

/// Runs `session create` and prints the session.
pub async fn run(command: SessionCommand) -> ExitCode {
    let SessionCommand::Create {
        device,
        consumer,
        ttl_secs,
        server,
        admin_key: given,
        data_dir,
        credentials,
    } = command;
    let file = credentials_file(credentials, &data_dir);
    let created = match admin_key(given, &file) {
        Ok(key) => {
            create_consumer_session(&server, &key, &device, consumer.as_deref(), ttl_secs).await
        }
        Err(e) => Err(e),
    };
    printed(created)
}

/// `d1-sandbox session create`: issues a consumer session through a running server's admin
/// API (the generated client); the session as pretty JSON, access token included.
pub async fn create_consumer_session(
    server: &str,
    admin_key: &str,
    device_serial: &str,
    consumer_id: Option<&str>,
    ttl_secs: Option<i64>,
) -> Result<String, ToolError> {
    use crate::generated::sandbox_admin_client::types::ConsumerSessionRequest;
    let mut request = json!({ "deviceSerialNumber": device_serial });
    if let Some(consumer) = consumer_id {
        request["consumerId"] = consumer.into();
    }
    if let Some(ttl) = ttl_secs {
        request["ttlSeconds"] = ttl.into();
    }
    // The generated type checks the document's constraints before anything is sent.
    let request: ConsumerSessionRequest = serde_json::from_value(request)
        .map_err(|e| ToolError::Admin(format!("invalid session request: {e}")))?;
    let client = admin_client(server, admin_key)?;
    let session = answer(client.create_consumer_session().body(request).send()).await?;
    Ok(pretty(&session))
}
