//! `d1-sandbox replay ID`: a delivery sent again, through a running server's admin API.

use std::process::ExitCode;

use super::common::{AdminArgs, ToolError, admin_client, answer, pretty, printed};

/// The arguments of `replay`.
#[derive(clap::Args)]
pub struct ReplayArgs {
    /// The delivery's id.
    id: u64,
    #[command(flatten)]
    admin: AdminArgs,
}

/// Runs `replay` and prints the delivery.
pub async fn run(args: ReplayArgs) -> ExitCode {
    let done = match args.admin.key() {
        Ok(key) => replay_delivery(&args.admin.server, &key, args.id).await,
        Err(e) => Err(e),
    };
    printed(done)
}

/// `d1-sandbox replay ID`: sends a delivery again.
pub async fn replay_delivery(server: &str, admin_key: &str, id: u64) -> Result<String, ToolError> {
    let id = std::num::NonZeroU64::new(id)
        .ok_or_else(|| ToolError::Admin("delivery ids start at 1".into()))?;
    let client = admin_client(server, admin_key)?;
    let replayed = answer(client.replay_delivery().delivery_id(id).send()).await?;
    Ok(pretty(&replayed))
}
