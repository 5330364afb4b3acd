//! `d1-sandbox serve`: starts the server, prints the lines scripts read, and runs until SIGINT
//! or SIGTERM.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use crate::http::logging::{LogFormat, init_logging};
use crate::http::{Config, Limits, ServeError, shutdown_signal, start};
use crate::runtime::BodyRules;

use super::common::fail;

/// The flags of `serve`.
#[derive(clap::Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "D1_LISTEN", default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// Directory of the store.
    #[arg(long, env = "D1_DATA_DIR", default_value = "./d1-sandbox-data")]
    data_dir: PathBuf,
    /// Where the demo tenant's credentials are written on first start; by default
    /// `<data-dir>.credentials.json`, beside the data directory.
    #[arg(long, env = "D1_CREDENTIALS_FILE")]
    credentials_file: Option<PathBuf>,
    /// The file of the key sealing the store's secrets (created with a new store); by
    /// default `<data-dir>.key`, beside the data directory. Keep it apart from copies of
    /// the data directory.
    #[arg(long, env = "D1_KEY_FILE")]
    key_file: Option<PathBuf>,
    /// Log format.
    #[arg(long, env = "D1_LOG_FORMAT", value_enum, default_value = "human")]
    log_format: LogFormat,
    /// The largest request body accepted, in bytes (413 beyond).
    #[arg(long, env = "D1_MAX_BODY_BYTES", default_value_t = 65536,
          value_parser = clap::value_parser!(u32).range(1..=64 * 1024 * 1024))]
    max_body_bytes: u32,
    /// The longest a request body may take to arrive, in seconds (408 beyond).
    #[arg(long, env = "D1_BODY_TIMEOUT_SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    body_timeout_secs: u64,
    /// The longest a connection waits for a request's headers, idle keep-alive included, in
    /// seconds.
    #[arg(long, env = "D1_HEADER_TIMEOUT_SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    header_timeout_secs: u64,
    /// The longest a connection stays open without a byte read or written, in seconds.
    #[arg(long, env = "D1_IDLE_TIMEOUT_SECS", default_value_t = 60,
          value_parser = clap::value_parser!(u64).range(1..=86400))]
    idle_timeout_secs: u64,
    /// When failed deliveries to registered partners are tried again:
    /// `initial=1s,factor=2,cap=5m,max-age=1h,jitter=0.2` (any subset).
    #[arg(long, env = "D1_RETRY_SCHEDULE", default_value = "")]
    retry_schedule: crate::domain::delivery::RetrySchedule,
    /// The longest one call to a partner may take, in seconds.
    #[arg(long, env = "D1_DELIVERY_TIMEOUT_SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=600))]
    delivery_timeout_secs: u64,
    /// The most calls to partners in flight at once. 0 holds deliveries: events are accepted
    /// and stored but none is sent (a backlog to inspect, drained by a restart with calls).
    #[arg(long, env = "D1_DELIVERY_CONCURRENCY", default_value_t = 64,
          value_parser = clap::value_parser!(u32).range(0..=1024))]
    delivery_concurrency: u32,
    /// The most connections served at once (more wait in the listen backlog).
    #[arg(long, env = "D1_MAX_CONNECTIONS", default_value_t = 4096,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    max_connections: u32,
}

/// Runs `serve` until SIGINT or SIGTERM.
pub async fn run(args: ServeArgs) -> ExitCode {
    let log_writer = init_logging(args.log_format);
    let limits = Limits {
        body: BodyRules {
            limit: args.max_body_bytes as usize,
            timeout: Duration::from_secs(args.body_timeout_secs),
        },
        header_timeout: Duration::from_secs(args.header_timeout_secs),
        idle_timeout: Duration::from_secs(args.idle_timeout_secs),
        max_connections: args.max_connections as usize,
    };
    let served = serve(Config {
        listen: args.listen,
        data_dir: args.data_dir,
        credentials_file: args.credentials_file,
        key_file: args.key_file,
        limits,
        delivery: crate::outbound::delivery::WorkerOptions {
            schedule: args.retry_schedule,
            timeout: Duration::from_secs(args.delivery_timeout_secs),
            concurrency: args.delivery_concurrency as usize,
        },
    })
    .await;
    // Write out the queued log lines before a fatal message, so it comes last.
    drop(log_writer);
    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}

/// Starts the server and prints the lines scripts read (the credentials file written, the
/// address), then waits for it to stop.
async fn serve(config: Config) -> Result<(), ServeError> {
    let running = start(config, shutdown_signal()).await?;
    if let Some(path) = &running.credentials_written {
        println!("credentials: {}", path.display());
    }
    println!("listening on http://{}", running.addr);
    running.stopped().await
}
