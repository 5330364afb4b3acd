//! `d1-sandbox trigger EVENT [FIELD=VALUE]...`: an event toward the registered partners,
//! through a running server's admin API.

use std::process::ExitCode;

use serde_json::{Value, json};

use super::common::{AdminArgs, ToolError, admin_client, answer, pretty, printed};

/// The arguments of `trigger`.
#[derive(clap::Args)]
pub struct TriggerArgs {
    /// The event.
    event: String,
    /// Its fields (`cardId=card-1 status=PENDING`, `tokenId=tok-1`, ...).
    fields: Vec<String>,
    #[command(flatten)]
    admin: AdminArgs,
}

/// Runs `trigger` and prints the deliveries made.
pub async fn run(args: TriggerArgs) -> ExitCode {
    let done = match args.admin.key() {
        Ok(key) => trigger_event(&args.admin.server, &key, &args.event, &args.fields).await,
        Err(e) => Err(e),
    };
    printed(done)
}

/// `d1-sandbox trigger EVENT [FIELD=VALUE]...`: an event for the registered partners, through
/// the generated admin client. Fields are the admin API's (`cardId=…`, `status=…`,
/// `tokenId=…`, `digitalCardIds=a,b`, numbers for `uniqueReferenceCardId` and `bin`). The
/// deliveries made, as pretty JSON.
pub async fn trigger_event(
    server: &str,
    admin_key: &str,
    event: &str,
    fields: &[String],
) -> Result<String, ToolError> {
    use crate::generated::sandbox_admin_client::types;
    let mut body = json!({ "type": event });
    for field in fields {
        let (key, value) = field
            .split_once('=')
            .ok_or_else(|| ToolError::Admin(format!("`{field}` is not FIELD=VALUE")))?;
        body[key] = match key {
            "uniqueReferenceCardId" | "bin" => value
                .parse::<i64>()
                .map(Value::from)
                .map_err(|_| ToolError::Admin(format!("{key} must be a number")))?,
            "digitalCardIds" => json!(value.split(',').collect::<Vec<_>>()),
            _ => Value::from(value),
        };
    }
    let body: types::EventRequest =
        serde_json::from_value(body).map_err(|e| ToolError::Admin(format!("the event: {e}")))?;
    let client = admin_client(server, admin_key)?;
    let made = answer(client.trigger_event().body(body).send()).await?;
    Ok(pretty(&made))
}
