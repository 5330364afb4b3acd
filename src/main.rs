//! The `d1-sandbox` command: parses arguments and calls the library.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use d1_sandbox::domain::default_credentials_file;
use d1_sandbox::http::logging::{LogFormat, init_logging};
use d1_sandbox::http::{Config, Limits, ServeError, shutdown_signal, start};
use d1_sandbox::runtime::BodyRules;
use d1_sandbox::tools::{
    CardToEncrypt, EncryptOutput, PartnerCommand, SignatureCheck, add_tenant, admin_key,
    create_consumer_session, encrypt_cards, list_tenants, partner_command, remove_tenant,
    rotate_keys, sign_verification,
};

// mimalloc: a request makes a few dozen short-lived allocations, and glibc's malloc/free were
// about a fifth of the instructions spent per request (callgrind, see bench/PROFILE.md). Built
// with `no_thp`: with transparent huge pages its arenas made an idle server 90 MB resident
// instead of 36 MB.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        retry_schedule: d1_sandbox::domain::delivery::RetrySchedule,
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
    },
    /// Manages the card-data encryption keys (the server must be stopped).
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Checks a partner's own implementation of an API the way D1 calls it, scenario by
    /// scenario; exits 0 only when no scenario fails.
    Check {
        /// The partner description (YAML or JSON; see the README).
        #[arg(long)]
        partner: PathBuf,
        /// Run only this scenario (repeatable).
        #[arg(long)]
        only: Vec<String>,
        /// Also write the report as Markdown here.
        #[arg(long)]
        report: Option<PathBuf>,
        /// Also write the report as JUnit XML here.
        #[arg(long)]
        junit: Option<PathBuf>,
        /// The longest one request may take, in seconds.
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=600))]
        timeout_secs: u64,
    },
    /// Prints the partner description of a running d1-sandbox for one role (issuer,
    /// token-requestor, merchant-gateway, connecting-party), so that `check` can test the
    /// sandbox itself. Reads the credentials file and asks the server over HTTP.
    PartnerFile {
        /// The role.
        #[arg(long)]
        role: String,
        /// The server's data directory (its credentials file is beside it).
        #[arg(long, env = "D1_DATA_DIR", default_value = "./d1-sandbox-data")]
        data_dir: PathBuf,
        /// The credentials file; by default `<data-dir>.credentials.json`.
        #[arg(long, env = "D1_CREDENTIALS_FILE")]
        credentials: Option<PathBuf>,
        /// The running server.
        #[arg(long, env = "D1_SERVER", default_value = "http://127.0.0.1:8080")]
        url: String,
    },
    /// Registers, shows or removes your own endpoint for a role on a running server (D1's calls
    /// for that role then go to it).
    Partner {
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
    },
    /// Triggers an event toward the registered partners: card-operation, token-created,
    /// token-updated or verification, with the admin API's fields as FIELD=VALUE.
    Trigger {
        /// The event.
        event: String,
        /// Its fields (`cardId=card-1 status=PENDING`, `tokenId=tok-1`, ...).
        fields: Vec<String>,
        #[command(flatten)]
        admin: AdminArgs,
    },
    /// Lists the deliveries to the registered partners; with --follow, prints each new
    /// attempt as it happens, until interrupted.
    Deliveries {
        /// Keep printing new attempts.
        #[arg(long)]
        follow: bool,
        /// One JSON document per line.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        admin: AdminArgs,
    },
    /// Sends a delivery again.
    Replay {
        /// The delivery's id.
        id: u64,
        #[command(flatten)]
        admin: AdminArgs,
    },
    /// Manages tenants: one partner organisation each, with its own credentials, issuer,
    /// merchant gateway, merchant and connecting party (the server must be stopped).
    Tenant {
        #[command(subcommand)]
        command: TenantCommand,
    },
    /// Encrypts card data to the server's newest encryption key and prints the JWE, ready for
    /// verifyCard's `encryptedData` (or, with --request, a whole verifyCard body).
    EncryptCard {
        /// The PAN (12 to 19 digits, Luhn-valid).
        #[arg(long)]
        pan: String,
        /// The expiry date, MMYY.
        #[arg(long)]
        exp: String,
        /// The CVV (3 or 4 digits).
        #[arg(long)]
        cvv: Option<String>,
        /// The card holder's name.
        #[arg(long)]
        name: Option<String>,
        /// Where the server publishes its keys.
        #[arg(long, default_value = "http://127.0.0.1:8080/.well-known/jwks.json")]
        jwks: String,
        /// Print a whole verifyCard request body instead of the JWE alone.
        #[arg(long)]
        request: bool,
        /// The cardId of the request body (with --request).
        #[arg(long, default_value = "card-0001")]
        card_id: String,
        /// How many to print, one per line, each with a fresh ephemeral key (load tests).
        #[arg(long, default_value_t = 1)]
        count: usize,
    },
    /// Computes (or checks) a connecting party's `checkSignature`: lowercase hex
    /// HMAC-SHA1 of `nonce + endpointId + invoiceId`, keyed with the control key with its
    /// dashes removed, hex-decoded.
    SignVerification {
        /// The control key (hex, dashes allowed).
        #[arg(long)]
        control_key: String,
        /// The endpoint id.
        #[arg(long)]
        endpoint_id: String,
        /// The answer's `session.nonce`.
        #[arg(long)]
        nonce: String,
        /// The answer's `invoiceId`.
        #[arg(long)]
        invoice_id: String,
        /// A signature to check instead of printing one (exit status 1 when wrong).
        #[arg(long)]
        verify: Option<String>,
    },
    /// Consumer sessions of the connecting party, on a running server.
    Session {
        #[command(subcommand)]
        command: SessionCommand,
    },
}

#[derive(Subcommand)]
enum SessionCommand {
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

/// How an admin command reaches a running server.
#[derive(clap::Args)]
struct AdminArgs {
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
}

impl AdminArgs {
    /// The admin key to use.
    fn key(&self) -> Result<String, d1_sandbox::tools::ToolError> {
        let file = self
            .credentials
            .clone()
            .unwrap_or_else(|| default_credentials_file(&self.data_dir));
        admin_key(self.admin_key.clone(), &file)
    }
}

/// Prints a command's text, or fails with its error.
fn printed(done: Result<String, d1_sandbox::tools::ToolError>) -> ExitCode {
    match done {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

#[derive(Subcommand)]
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

#[derive(Subcommand)]
enum TenantCommand {
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

#[derive(Subcommand)]
enum KeysCommand {
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

/// `serve`: starts the server, prints the lines scripts read, and runs until SIGINT or SIGTERM.
async fn serve(config: Config) -> Result<(), ServeError> {
    let running = start(config, shutdown_signal()).await?;
    if let Some(path) = &running.credentials_written {
        println!("credentials: {}", path.display());
    }
    println!("listening on http://{}", running.addr);
    running.stopped().await
}

/// `check`: runs the scenarios with a progress line on stderr, prints the table, writes the
/// reports asked for; whether every scenario passed (or was skipped).
async fn check(
    partner: &std::path::Path,
    options: &d1_sandbox::outbound::check::CheckOptions,
    report: Option<&std::path::Path>,
    junit: Option<&std::path::Path>,
) -> Result<bool, String> {
    use d1_sandbox::domain::partners::PartnerDescription;
    use d1_sandbox::outbound::check;
    let text =
        std::fs::read_to_string(partner).map_err(|e| format!("{}: {e}", partner.display()))?;
    let description = PartnerDescription::parse(&text).map_err(|e| e.to_string())?;
    let names = check::scenario_names(&description.role);
    let total = if options.only.is_empty() {
        names.len()
    } else {
        options.only.len()
    };
    let mut done = 0;
    let mut progress = |o: &check::Outcome| {
        done += 1;
        let verdict = match &o.verdict {
            check::Verdict::Pass => "pass",
            check::Verdict::Fail(_) => "FAIL",
            check::Verdict::Skip(_) => "skipped",
        };
        eprint!("\r\x1b[2K[{done}/{total}] {} {verdict}", o.scenario);
    };
    let result = check::run(&description, options, &mut progress)
        .await
        .map_err(|e| e.to_string())?;
    eprintln!();
    println!("{}", check::table(&result));
    if let Some(path) = report {
        std::fs::write(path, check::markdown(&result))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if let Some(path) = junit {
        std::fs::write(path, check::junit(&result))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(result.passed())
}

fn fail(e: impl std::fmt::Display) -> ExitCode {
    eprintln!("d1-sandbox: {e}");
    ExitCode::FAILURE
}

#[tokio::main]
async fn main() -> ExitCode {
    // Whatever this process creates (the store's files, the key file) is private to its owner.
    #[cfg(unix)]
    // SAFETY: umask only sets the process's file-creation mask.
    unsafe {
        libc::umask(0o077);
    }
    match Cli::parse().command {
        Command::Serve {
            listen,
            data_dir,
            credentials_file,
            key_file,
            log_format,
            max_body_bytes,
            body_timeout_secs,
            header_timeout_secs,
            idle_timeout_secs,
            max_connections,
            retry_schedule,
            delivery_timeout_secs,
            delivery_concurrency,
        } => {
            let log_writer = init_logging(log_format);
            let limits = Limits {
                body: BodyRules {
                    limit: max_body_bytes as usize,
                    timeout: Duration::from_secs(body_timeout_secs),
                },
                header_timeout: Duration::from_secs(header_timeout_secs),
                idle_timeout: Duration::from_secs(idle_timeout_secs),
                max_connections: max_connections as usize,
            };
            let served = serve(Config {
                listen,
                data_dir,
                credentials_file,
                key_file,
                limits,
                delivery: d1_sandbox::outbound::delivery::WorkerOptions {
                    schedule: retry_schedule,
                    timeout: Duration::from_secs(delivery_timeout_secs),
                    concurrency: delivery_concurrency as usize,
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
        Command::Keys {
            command: KeysCommand::Rotate { data_dir, key_file },
        } => match rotate_keys(&data_dir, key_file.as_deref()).await {
            Ok(kids) => {
                println!("added encryption keys: {}", kids.join(", "));
                ExitCode::SUCCESS
            }
            Err(e) => fail(e),
        },
        Command::EncryptCard {
            pan,
            exp,
            cvv,
            name,
            jwks,
            request,
            card_id,
            count,
        } => {
            let card = CardToEncrypt {
                pan,
                exp,
                cvv,
                name,
                output: if request {
                    EncryptOutput::Request
                } else {
                    EncryptOutput::Jwe
                },
                card_id,
            };
            let encrypted = encrypt_cards(&jwks, &card, count).await;
            match encrypted {
                Ok(text) => {
                    println!("{text}");
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e),
            }
        }
        Command::Check {
            partner,
            only,
            report,
            junit,
            timeout_secs,
        } => {
            let options = d1_sandbox::outbound::check::CheckOptions {
                only,
                timeout: Duration::from_secs(timeout_secs),
            };
            match check(&partner, &options, report.as_deref(), junit.as_deref()).await {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::FAILURE,
                Err(e) => fail(e),
            }
        }
        Command::PartnerFile {
            role,
            data_dir,
            credentials,
            url,
        } => match d1_sandbox::tools::partner_file(
            &role,
            &credentials.unwrap_or_else(|| default_credentials_file(&data_dir)),
            &url,
        )
        .await
        {
            Ok(description) => {
                print!("{}", description.to_yaml());
                ExitCode::SUCCESS
            }
            Err(e) => fail(e),
        },
        Command::Partner {
            command,
            server,
            admin_key: given,
            data_dir,
            credentials,
        } => {
            let file = credentials.unwrap_or_else(|| default_credentials_file(&data_dir));
            let command = match command {
                PartnerSubcommand::Set { file } => PartnerCommand::Set(file),
                PartnerSubcommand::Get { role } => PartnerCommand::Get(role),
                PartnerSubcommand::List => PartnerCommand::List,
                PartnerSubcommand::Rm { role } => PartnerCommand::Remove(role),
            };
            let done = match admin_key(given, &file) {
                Ok(key) => partner_command(&server, &key, command).await,
                Err(e) => Err(e),
            };
            match done {
                Ok(text) => {
                    println!("{text}");
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e),
            }
        }
        Command::Trigger {
            event,
            fields,
            admin,
        } => {
            let done = match admin.key() {
                Ok(key) => {
                    d1_sandbox::tools::trigger_event(&admin.server, &key, &event, &fields).await
                }
                Err(e) => Err(e),
            };
            printed(done)
        }
        Command::Replay { id, admin } => {
            let done = match admin.key() {
                Ok(key) => d1_sandbox::tools::replay_delivery(&admin.server, &key, id).await,
                Err(e) => Err(e),
            };
            printed(done)
        }
        Command::Deliveries {
            follow,
            json,
            admin,
        } => {
            let key = match admin.key() {
                Ok(key) => key,
                Err(e) => return fail(e),
            };
            let mut print = |line: String| println!("{line}");
            let listing =
                d1_sandbox::tools::deliveries(&admin.server, &key, follow, json, &mut print);
            let done = tokio::select! {
                done = listing => done,
                _ = shutdown_signal() => Ok(()),
            };
            match done {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(e),
            }
        }
        Command::Tenant { command } => {
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
                TenantCommand::List { data_dir, key_file } => {
                    list_tenants(&data_dir, key_file.as_deref())
                }
                TenantCommand::Rm {
                    id,
                    data_dir,
                    key_file,
                } => remove_tenant(&data_dir, key_file.as_deref(), &id)
                    .await
                    .map(|()| format!("tenant {id} removed")),
            };
            match done {
                Ok(text) => {
                    println!("{text}");
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e),
            }
        }
        Command::SignVerification {
            control_key,
            endpoint_id,
            nonce,
            invoice_id,
            verify,
        } => match sign_verification(
            &control_key,
            &endpoint_id,
            &nonce,
            &invoice_id,
            verify.as_deref(),
        ) {
            Ok(SignatureCheck::Signature(signature)) => {
                println!("{signature}");
                ExitCode::SUCCESS
            }
            Ok(SignatureCheck::Valid) => {
                println!("valid");
                ExitCode::SUCCESS
            }
            Ok(SignatureCheck::Invalid(expected)) => {
                println!("invalid: expected {expected}");
                ExitCode::FAILURE
            }
            Err(e) => fail(e),
        },
        Command::Session {
            command:
                SessionCommand::Create {
                    device,
                    consumer,
                    ttl_secs,
                    server,
                    admin_key: given,
                    data_dir,
                    credentials,
                },
        } => {
            let file = credentials.unwrap_or_else(|| default_credentials_file(&data_dir));
            let created = match admin_key(given, &file) {
                Ok(key) => {
                    create_consumer_session(&server, &key, &device, consumer.as_deref(), ttl_secs)
                        .await
                }
                Err(e) => Err(e),
            };
            match created {
                Ok(json) => {
                    println!("{json}");
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e),
            }
        }
    }
}
