//! `d1-sandbox keys rotate`: the card-data encryption keys of a stopped server's store.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::domain::cards::add_encryption_keys;

use super::common::{ToolError, fail};
use super::stopped::open_stopped;

/// The subcommands of `keys`.
#[derive(clap::Subcommand)]
pub enum KeysCommand {
    /// Adds a new EC (ECDH-ES, P-256) and RSA (RSA-OAEP-256) decryption key; older keys keep
    /// decrypting.
    Rotate {
        /// The data directory of the (stopped) server.
        #[arg(long, env = "D1_DATA_DIR", default_value = "./d1-sandbox-data")]
        data_dir: PathBuf,
        /// The file of the key sealing the store's secrets; by default `<data-dir>.key`.
        #[arg(long, env = "D1_KEY_FILE")]
        key_file: Option<PathBuf>,
    },
}

/// Runs `keys rotate` and prints the new keys' ids.
pub async fn run(command: KeysCommand) -> ExitCode {
    let KeysCommand::Rotate { data_dir, key_file } = command;
    match rotate_keys(&data_dir, key_file.as_deref()).await {
        Ok(kids) => {
            println!("added encryption keys: {}", kids.join(", "));
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

/// `d1-sandbox keys rotate`: adds a new EC and RSA decryption key to the data directory's
/// store. The server must be stopped (sled allows one process per store); a running server
/// makes this fail with a clear message. Older keys keep decrypting; encrypters should use the
/// newest key, which `/.well-known/jwks.json` lists first.
pub async fn rotate_keys(
    data_dir: &Path,
    key_file: Option<&Path>,
) -> Result<Vec<String>, ToolError> {
    let store = open_stopped(data_dir, key_file)?;
    Ok(add_encryption_keys(&store).await?)
}
