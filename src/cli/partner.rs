//! `d1-sandbox partner set|get|list|rm`: your own endpoint for a role, registered on a running
//! server through the generated admin client.

use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::{Value, json};

use super::common::{
    ToolError, admin_client, admin_key, answer, credentials_file, pretty, printed,
};

/// The flags of `partner`; the server's flags are global (given before or after the
/// subcommand).
#[derive(clap::Args)]
pub struct PartnerArgs {
    #[command(subcommand)]
    command: PartnerSubcommand,
    /// The running server.
    #[arg(
        long,
        env = "D1_SERVER",
        default_value = "http://127.0.0.1:8080",
        global = true
    )]
    server: String,
    /// The admin key; by default the one in the credentials file.
    #[arg(long, env = "D1_ADMIN_KEY", hide_env_values = true, global = true)]
    admin_key: Option<String>,
    /// The server's data directory (its credentials file is beside it).
    #[arg(
        long,
        env = "D1_DATA_DIR",
        default_value = "./d1-sandbox-data",
        global = true
    )]
    data_dir: PathBuf,
    /// The credentials file; by default `<data-dir>.credentials.json`.
    #[arg(long, env = "D1_CREDENTIALS_FILE", global = true)]
    credentials: Option<PathBuf>,
}

/// The subcommands of `partner`.
#[derive(clap::Subcommand)]
enum PartnerSubcommand {
    /// Registers the partner described in a partner file (the format `check` reads).
    Set {
        /// The partner file (YAML or JSON).
        file: PathBuf,
    },
    /// Shows the partner registered for a role (no secret).
    Get {
        /// issuer, token-requestor, merchant-gateway or connecting-party.
        role: String,
    },
    /// Lists the registered partners (no secret).
    List,
    /// Removes the partner registered for a role.
    Rm {
        /// issuer, token-requestor, merchant-gateway or connecting-party.
        role: String,
    },
}

/// Runs a `partner` subcommand and prints the answer.
pub async fn run(args: PartnerArgs) -> ExitCode {
    let file = credentials_file(args.credentials, &args.data_dir);
    let command = match args.command {
        PartnerSubcommand::Set { file } => PartnerCommand::Set(file),
        PartnerSubcommand::Get { role } => PartnerCommand::Get(role),
        PartnerSubcommand::List => PartnerCommand::List,
        PartnerSubcommand::Rm { role } => PartnerCommand::Remove(role),
    };
    let done = match admin_key(args.admin_key, &file) {
        Ok(key) => partner_command(&args.server, &key, command).await,
        Err(e) => Err(e),
    };
    printed(done)
}

/// A partner description as the admin API's `PartnerRegistration` (camelCase). The check's
/// test data (test cards, known tokens, a session, a filtered BIN) is not registered: it is the
/// check's, not D1's.
pub fn partner_registration(
    description: &crate::domain::partners::PartnerDescription,
) -> Result<Value, ToolError> {
    use crate::domain::partners::{PartnerAuth, PartnerRole};
    let auth = match &description.auth {
        PartnerAuth::None => json!({"type": "none"}),
        PartnerAuth::Oauth {
            token_url,
            client_id,
            client_secret,
            scope,
        } => {
            let mut auth = json!({"type": "oauth", "tokenUrl": token_url, "clientId": client_id, "clientSecret": client_secret});
            if let Some(scope) = scope {
                auth["scope"] = scope.as_str().into();
            }
            auth
        }
        PartnerAuth::Apikey { key } => json!({"type": "apikey", "key": key}),
        PartnerAuth::Basic { username, password } => {
            json!({"type": "basic", "username": username, "password": password})
        }
    };
    let mut body = json!({"role": description.role.name(), "url": description.url, "auth": auth});
    match &description.role {
        PartnerRole::Issuer(p) => {
            let jwks = p.encryption_key.jwks_url.as_deref().ok_or_else(|| {
                ToolError::Admin(
                    "a registered issuer gives its key as encryption_key.jwks_url".into(),
                )
            })?;
            body["issuerId"] = p.issuer_id.as_str().into();
            body["jwksUrl"] = jwks.into();
        }
        PartnerRole::TokenRequestor(p) => body["merchantId"] = p.merchant_id.as_str().into(),
        PartnerRole::MerchantGateway(p) => {
            body["merchantGatewayId"] = p.merchant_gateway_id.as_str().into();
            body["merchantId"] = p.merchant_id.as_str().into();
        }
        PartnerRole::ConnectingParty(p) => {
            body["endpointId"] = p.endpoint_id.as_str().into();
            body["controlKey"] = p.control_key.as_str().into();
        }
    }
    Ok(body)
}

/// What `d1-sandbox partner` does on a running server.
#[derive(Debug, Clone)]
pub enum PartnerCommand {
    /// Registers the description in a partner file.
    Set(std::path::PathBuf),
    /// Shows the partner of a role.
    Get(String),
    /// Lists the partners.
    List,
    /// Removes the partner of a role.
    Remove(String),
}

/// `d1-sandbox partner set|get|list|rm`, through the generated admin client; the answer as
/// pretty JSON (secrets are never in it).
pub async fn partner_command(
    server: &str,
    admin_key: &str,
    command: PartnerCommand,
) -> Result<String, ToolError> {
    use crate::generated::sandbox_admin_client::types;
    let client = admin_client(server, admin_key)?;
    let role = |name: &str| -> Result<types::PartnerRoleName, ToolError> {
        name.parse().map_err(|_| {
            ToolError::Admin(format!(
                "no role `{name}`: issuer, token-requestor, merchant-gateway, connecting-party"
            ))
        })
    };
    let text = match command {
        PartnerCommand::Set(file) => {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| ToolError::Admin(format!("{}: {e}", file.display())))?;
            let description = crate::domain::partners::PartnerDescription::parse(&text)
                .map_err(|e| ToolError::Admin(e.to_string()))?;
            let body: types::PartnerRegistration =
                serde_json::from_value(partner_registration(&description)?)
                    .map_err(|e| ToolError::Admin(format!("the partner file: {e}")))?;
            pretty(&answer(client.put_partner().body(body).send()).await?)
        }
        PartnerCommand::Get(name) => {
            pretty(&answer(client.get_partner().role(role(&name)?).send()).await?)
        }
        PartnerCommand::List => pretty(&answer(client.list_partners().send()).await?),
        PartnerCommand::Remove(name) => {
            answer(client.delete_partner().role(role(&name)?).send()).await?;
            format!("partner for role {name} removed")
        }
    };
    Ok(text)
}
