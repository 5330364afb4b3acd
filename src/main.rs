//! The `d1-sandbox` command: parses arguments and calls the library.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand};
use d1_sandbox::serve::{Config, LogFormat, init_logging, run};

/// A spec-first, stateful sandbox for the Thales D1 partner APIs.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serves every API, its Swagger UI and its OpenAPI document.
    Serve {
        /// Address to listen on.
        #[arg(long, env = "D1_LISTEN", default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// Directory of the store and of credentials.json.
        #[arg(long, env = "D1_DATA_DIR", default_value = "./d1-sandbox-data")]
        data_dir: PathBuf,
        /// Log format.
        #[arg(long, env = "D1_LOG_FORMAT", value_enum, default_value = "human")]
        log_format: LogFormat,
    },
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve {
            listen,
            data_dir,
            log_format,
        } => {
            init_logging(log_format);
            match run(Config { listen, data_dir }, |_| {}).await {
                Ok(()) => std::process::ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("d1-sandbox: {e}");
                    std::process::ExitCode::FAILURE
                }
            }
        }
    }
}
