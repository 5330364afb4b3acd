//! Running the server: configuration, logging, the listener, graceful shutdown.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use poem::listener::{Acceptor, Listener, TcpListener};
use poem::{Endpoint, EndpointExt, IntoResponse};

use crate::sandbox::{Sandbox, StartError};
use crate::server::{Implementations, app};

/// How logs are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Human,
    /// One JSON object per line.
    Json,
}

/// The server's configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on (port 0 picks a free port).
    pub listen: SocketAddr,
    /// Where the store and `credentials.json` live.
    pub data_dir: PathBuf,
}

/// Sets up `tracing` (level from `RUST_LOG`, default `info`). Keep the returned guard until
/// exit: dropping it writes out the lines still queued.
pub fn init_logging(format: LogFormat) -> tracing_appender::non_blocking::WorkerGuard {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Logs go to stderr, so stdout carries only the lines scripts read ("listening on",
    // "credentials"); colours only on a terminal. A writer thread takes the lines off the
    // request path and writes whatever has queued up in one system call, instead of one write
    // per request on a worker thread; it never drops a line (a full queue makes the logger
    // wait).
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(false)
        .thread_name("d1-sandbox-log")
        .finish(std::io::BufWriter::new(std::io::stderr()));
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer)
        .with_ansi(terminal);
    // A second initialisation (tests) keeps the first subscriber.
    let _ = match format {
        // A terminal gets tracing's own format, with its colours; files and pipes (where speed
        // matters) get the same lines from the lean formatter.
        LogFormat::Human if terminal => builder.try_init(),
        LogFormat::Human => builder.event_format(crate::logging::HumanFormat).try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
    guard
}

/// The implementations backed by one sandbox.
pub fn implementations(
    sandbox: &Arc<Sandbox>,
) -> Implementations<
    crate::card_api::CardService,
    crate::tsh_provisioning::TshService,
    crate::verification_notification::VerificationService,
    crate::token_notifications::TokenNotificationsService,
    crate::merchant_gateway::MerchantGatewayService,
    crate::sandbox_admin::SandboxAdminService,
> {
    Implementations {
        card_api: Arc::new(crate::card_api::CardService(sandbox.clone())),
        tsh_provisioning: Arc::new(crate::tsh_provisioning::TshService(sandbox.clone())),
        verification_notification: Arc::new(crate::verification_notification::VerificationService(
            sandbox.clone(),
        )),
        token_notifications: Arc::new(crate::token_notifications::TokenNotificationsService(
            sandbox.clone(),
        )),
        merchant_gateway: Arc::new(crate::merchant_gateway::MerchantGatewayService(
            sandbox.clone(),
        )),
        sandbox_admin: Arc::new(crate::sandbox_admin::SandboxAdminService(sandbox.clone())),
    }
}

/// The application with request logging: method, path, status, latency and the request's
/// `x-correlation-id`. Headers and bodies are never logged (they carry secrets and card data).
pub fn logged_app(sandbox: &Arc<Sandbox>) -> impl Endpoint + 'static {
    let keys = sandbox.clone();
    let jwks = Arc::new(move || keys.jwks());
    app(&implementations(sandbox), jwks).around(|ep, req| async move {
        let started = Instant::now();
        let method = req.method().clone();
        let path = req.uri().path().to_string();
        let correlation = req
            .headers()
            .get("x-correlation-id")
            .and_then(|v| v.to_str().ok())
            .map(|v| v.chars().take(64).collect::<String>());
        let resp = ep.call(req).await.map(IntoResponse::into_response);
        let status = match &resp {
            Ok(r) => r.status().as_u16(),
            Err(e) => e.status().as_u16(),
        };
        tracing::info!(
            %method,
            path,
            status,
            micros = started.elapsed().as_micros() as u64,
            correlation_id = correlation.as_deref().unwrap_or("-"),
            "request"
        );
        resp
    })
}

/// Errors that stop the server.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// Start-up failed.
    #[error(transparent)]
    Start(#[from] StartError),
    /// The listener failed.
    #[error("listening on {addr}: {source}")]
    Listen {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
}

/// Runs the server until SIGINT or SIGTERM, then lets in-flight requests finish and flushes the
/// store. `on_ready` receives the bound address once the server accepts connections.
pub async fn run(config: Config, on_ready: impl FnOnce(SocketAddr)) -> Result<(), ServeError> {
    let acceptor = TcpListener::bind(config.listen)
        .into_acceptor()
        .await
        .map_err(|source| ServeError::Listen {
            addr: config.listen,
            source,
        })?;
    let addr = acceptor
        .local_addr()
        .first()
        .and_then(|a| a.as_socket_addr().copied())
        .unwrap_or(config.listen);
    let token_url = format!("http://{addr}/oauth2/token");
    let opened = Sandbox::open(&config.data_dir, &token_url).await?;
    if let Some(path) = &opened.credentials_written {
        tracing::info!(path = %path.display(), "created the demo tenant; its credentials are in this file");
        println!("credentials: {}", path.display());
    }
    let sandbox = opened.sandbox;
    let endpoint = logged_app(&sandbox);
    tracing::info!(%addr, data_dir = %config.data_dir.display(), "d1-sandbox listening");
    println!("listening on http://{addr}");
    on_ready(addr);
    let served = poem::Server::new_with_acceptor(acceptor)
        .run_with_graceful_shutdown(endpoint, shutdown_signal(), Some(Duration::from_secs(10)))
        .await;
    if let Err(e) = sandbox.store.flush().await {
        tracing::error!(error = %e, "flushing the store at shutdown failed");
    }
    tracing::info!("d1-sandbox stopped");
    served.map_err(|source| ServeError::Listen { addr, source })
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
    tracing::info!("shutting down: finishing in-flight requests");
}
