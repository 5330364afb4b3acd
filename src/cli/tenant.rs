//! `d1-sandbox tenant add|list|rm`: the tenants of a stopped server's store.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::store::StoreError;

use super::common::{ToolError, printed};
use super::stopped::open_stopped;

pub use crate::domain::tenant_credentials_file;

/// The subcommands of `tenant`.
#[derive(clap::Subcommand)]
pub enum TenantCommand {
    /// Creates a tenant and writes its credentials file (0600).
    Add {
        /// The tenant's id: 1 to 32 lowercase letters, digits and `-`.
        id: String,
        /// The data directory of the (stopped) server.
        #[arg(long, env = "D1_DATA_DIR", default_value = "./d1-sandbox-data")]
        data_dir: PathBuf,
        /// The file of the key sealing the store's secrets; by default `<data-dir>.key`.
        #[arg(long, env = "D1_KEY_FILE")]
        key_file: Option<PathBuf>,
        /// The token URL written into the credentials file.
        #[arg(long, default_value = "http://127.0.0.1:8080/oauth2/token")]
        token_url: String,
        /// Where to write the credentials; by default `<data-dir>.credentials-<id>.json`, beside
        /// the data directory.
        #[arg(long)]
        credentials: Option<PathBuf>,
    },
    /// Lists the tenants (ids and public identifiers, no secret).
    List {
        /// The data directory of the (stopped) server.
        #[arg(long, env = "D1_DATA_DIR", default_value = "./d1-sandbox-data")]
        data_dir: PathBuf,
        /// The file of the key sealing the store's secrets; by default `<data-dir>.key`.
        #[arg(long, env = "D1_KEY_FILE")]
        key_file: Option<PathBuf>,
    },
    /// Deletes a tenant and everything it owns.
    Rm {
        /// The tenant's id.
        id: String,
        /// The data directory of the (stopped) server.
        #[arg(long, env = "D1_DATA_DIR", default_value = "./d1-sandbox-data")]
        data_dir: PathBuf,
        /// The file of the key sealing the store's secrets; by default `<data-dir>.key`.
        #[arg(long, env = "D1_KEY_FILE")]
        key_file: Option<PathBuf>,
    },
}

/// Runs a `tenant` subcommand and prints what it did.
pub async fn run(command: TenantCommand) -> ExitCode {
    let done = match command {
        TenantCommand::Add {
            id,
            data_dir,
            key_file,
            token_url,
            credentials,
        } => add_tenant(
            &data_dir,
            key_file.as_deref(),
            &id,
            &token_url,
            credentials.as_deref(),
        )
        .await
        .map(|path| format!("tenant {id} added; credentials: {}", path.display())),
        TenantCommand::List { data_dir, key_file } => list_tenants(&data_dir, key_file.as_deref()),
        TenantCommand::Rm {
            id,
            data_dir,
            key_file,
        } => remove_tenant(&data_dir, key_file.as_deref(), &id)
            .await
            .map(|()| format!("tenant {id} removed")),
    };
    printed(done)
}

/// `d1-sandbox tenant add`: creates a tenant with random credentials and its own issuer,
/// merchant gateway, merchant and connecting party, in a stopped server's store, and writes
/// its credentials file (0600; by default beside the data directory,
/// `<data-dir>.credentials-<id>.json`; never over an existing file). Its path.
pub async fn add_tenant(
    data_dir: &Path,
    key_file: Option<&Path>,
    id: &str,
    token_url: &str,
    credentials_file: Option<&Path>,
) -> Result<PathBuf, ToolError> {
    use crate::domain::auth::{new_tenant, valid_tenant_id, write_credentials};
    if !valid_tenant_id(id) {
        return Err(ToolError::Tenant(format!(
            "`{id}` cannot name a tenant: 1 to 32 lowercase letters, digits and `-`, starting \
             with a letter or digit"
        )));
    }
    let store = open_stopped(data_dir, key_file)?;
    let (tenant, credentials) = new_tenant(id, token_url);
    let path = credentials_file
        .map(Path::to_path_buf)
        .unwrap_or_else(|| tenant_credentials_file(data_dir, id));
    // The file first, never over an existing one: the store keeps only digests, so a tenant
    // whose file could not be written would have secrets nobody knows.
    write_credentials(&path, &credentials, true).map_err(|e| ToolError::Tenant(e.to_string()))?;
    if let Err(e) = store.create_tenant(&tenant).await {
        let _ = std::fs::remove_file(&path);
        return Err(match e {
            StoreError::Conflict(what) => ToolError::Tenant(format!("{what} already exists")),
            other => other.into(),
        });
    }
    Ok(path)
}

/// `d1-sandbox tenant list`: every tenant of a stopped server's store, one line each: id,
/// client id, issuer, merchant gateway, merchant, connecting-party endpoint id (no secret).
pub fn list_tenants(data_dir: &Path, key_file: Option<&Path>) -> Result<String, ToolError> {
    let store = open_stopped(data_dir, key_file)?;
    let mut lines = vec![
        "id\tclient_id\tissuer_ids\tmerchant_gateway_ids\tmerchant_ids\tendpoint_id".to_string(),
    ];
    for t in store.tenants()? {
        lines.push(format!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            t.id,
            t.client_id,
            t.issuer_ids.join(","),
            t.merchant_gateway_ids.join(","),
            t.merchant_ids.join(","),
            t.connecting_party.endpoint_id
        ));
    }
    Ok(lines.join("\n"))
}

/// `d1-sandbox tenant rm`: deletes a tenant and everything it owns from a stopped server's
/// store, and its `<data-dir>.credentials-<id>.json` if `tenant add` wrote it there.
pub async fn remove_tenant(
    data_dir: &Path,
    key_file: Option<&Path>,
    id: &str,
) -> Result<(), ToolError> {
    let store = open_stopped(data_dir, key_file)?;
    if !store.delete_tenant(id).await? {
        return Err(ToolError::Tenant(format!("no tenant `{id}`")));
    }
    let file = tenant_credentials_file(data_dir, id);
    match std::fs::remove_file(&file) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(ToolError::Tenant(format!(
            "tenant `{id}` deleted, but {}: {e}",
            file.display()
        ))),
        _ => Ok(()),
    }
}
