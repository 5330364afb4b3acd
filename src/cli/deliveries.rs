//! `d1-sandbox deliveries [--follow] [--json]`: the deliveries to the registered partners,
//! through a running server's admin API; with `--follow`, each new attempt as it happens.

use std::process::ExitCode;

use serde_json::json;

use crate::http::shutdown_signal;

use super::common::{AdminArgs, ToolError, admin_client, answer, fail, pretty};

/// The flags of `deliveries`.
#[derive(clap::Args)]
pub struct DeliveriesArgs {
    /// Keep printing new attempts.
    #[arg(long)]
    follow: bool,
    /// One JSON document per line.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    admin: AdminArgs,
}

/// Runs `deliveries`, until interrupted with `--follow` (SIGINT or SIGTERM end it with
/// success: following has no other end).
pub async fn run(args: DeliveriesArgs) -> ExitCode {
    let key = match args.admin.key() {
        Ok(key) => key,
        Err(e) => return fail(e),
    };
    let mut print = |line: String| println!("{line}");
    let listing = deliveries(&args.admin.server, &key, args.follow, args.json, &mut print);
    let done = tokio::select! {
        done = listing => done,
        _ = shutdown_signal() => Ok(()),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}

/// `d1-sandbox deliveries [--follow] [--json]`: the newest deliveries, one line each (or JSON);
/// with `follow`, then every new attempt as it happens, one line each, until interrupted
/// (`print` gets each line).
pub async fn deliveries(
    server: &str,
    admin_key: &str,
    follow: bool,
    as_json: bool,
    print: &mut (dyn FnMut(String) + Send),
) -> Result<(), ToolError> {
    use crate::generated::sandbox_admin_client::types;
    let client = admin_client(server, admin_key)?;
    let line = |d: &types::Delivery| {
        format!(
            "{:>6}  {:<14} {:<17} {:<20} {:<24} {:<9} {:>2}  {}",
            d.id,
            d.event,
            d.role.to_string(),
            d.operation,
            d.subject,
            d.state.to_string(),
            d.attempts,
            d.last_outcome.as_deref().unwrap_or("")
        )
    };
    let listed = answer(client.list_deliveries().send()).await?;
    if as_json && !follow {
        print(pretty(&listed));
        return Ok(());
    }
    if !as_json {
        print(format!(
            "{:>6}  {:<14} {:<17} {:<20} {:<24} {:<9} {:>2}  last outcome",
            "id", "event", "role", "operation", "subject", "state", "n"
        ));
    }
    // What was seen of each delivery: its attempts.
    let mut seen: std::collections::HashMap<i64, i32> = std::collections::HashMap::new();
    for d in listed.deliveries.iter().rev() {
        if as_json {
            print(serde_json::to_string(d).expect("JSON values serialise"));
        } else {
            print(line(d));
        }
        seen.insert(d.id, d.attempts);
    }
    if !follow {
        return Ok(());
    }
    // Until interrupted (the caller races this against Ctrl-C).
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let newest = answer(client.list_deliveries().send()).await?;
        for d in newest.deliveries.iter().rev() {
            let known = seen.get(&d.id).copied();
            if known == Some(d.attempts) {
                continue;
            }
            if let Some(id) = std::num::NonZeroU64::new(u64::try_from(d.id).unwrap_or(0)) {
                let detail = answer(client.get_delivery().delivery_id(id).send()).await?;
                let from = known.unwrap_or(0);
                if known.is_none() && !as_json {
                    print(line(&detail.delivery));
                }
                for attempt in detail.attempts.iter().filter(|a| a.number > from) {
                    if as_json {
                        print(
                            serde_json::to_string(&json!({"delivery": d.id, "attempt": attempt}))
                                .expect("JSON values serialise"),
                        );
                    } else {
                        print(format!(
                            "{:>6}  attempt {} at {}: {} {} in {} ms ({})",
                            d.id,
                            attempt.number,
                            attempt.at.format("%H:%M:%S%.3f"),
                            attempt.status.map_or("-".to_string(), |s| s.to_string()),
                            attempt.verdict,
                            attempt.latency_ms,
                            attempt.detail
                        ));
                    }
                }
            }
            seen.insert(d.id, d.attempts);
        }
    }
}
