//! The HTTP layer: mounting the generated services ([`mount`]), logging ([`logging`]), and
//! [`start`], the one function that opens the sandbox and serves it — called by `main` and by
//! the integration tests alike, so the tests run exactly what production runs.
//!
//! Invariant: the only layer that knows the listener, the routes and the access log. It
//! wires the API layer (`crate::api`) to poem and owns nothing of the business: everything it
//! answers comes from a generated service, the JWK set of the domain, or a fixed JSON error.

pub mod logging;
pub mod mount;
mod serve;

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use poem::{Endpoint, EndpointExt, IntoResponse};

use crate::api;
use crate::domain::{Sandbox, StartError};
use crate::runtime::BodyRules;

/// The server's configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on (port 0 picks a free port).
    pub listen: SocketAddr,
    /// Where the store lives.
    pub data_dir: PathBuf,
    /// The key sealing the store's secrets; `None`: beside the data directory
    /// ([`crate::domain::default_key_file`]).
    pub key_file: Option<PathBuf>,
    /// Where the demo tenant's credentials are written on first start; `None`: beside the
    /// data directory ([`crate::domain::default_credentials_file`]).
    pub credentials_file: Option<PathBuf>,
    /// Bounds on what a client may send, and for how long.
    pub limits: Limits,
    /// How messages to registered partners are delivered.
    pub delivery: crate::outbound::delivery::WorkerOptions,
}

/// What the server allows any client, authenticated or not: every input has a bound, every
/// read a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest request body and the longest it may take to arrive (413 and 408).
    pub body: BodyRules,
    /// The longest an HTTP/1 connection waits for a request's headers, counted from when it
    /// starts waiting (so an idle keep-alive connection is closed after it too).
    pub header_timeout: Duration,
    /// The longest any connection stays open without a byte read or written.
    pub idle_timeout: Duration,
    /// The most connections served at once; beyond, clients wait in the listen backlog.
    pub max_connections: usize,
}

impl Default for Limits {
    /// A 64 KiB body in 10 s, headers in 10 s, 60 s of idleness, 4096 connections.
    fn default() -> Self {
        Limits {
            body: BodyRules::default(),
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            max_connections: 4096,
        }
    }
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
    /// The server task ended abnormally.
    #[error("the server task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

/// A running server, from [`start`].
pub struct Running {
    /// The address it listens on (the chosen port when the configuration said 0).
    pub addr: SocketAddr,
    /// The state it serves.
    pub sandbox: Arc<Sandbox>,
    /// The credentials file, when this start created the demo tenant.
    pub credentials_written: Option<PathBuf>,
    task: tokio::task::JoinHandle<()>,
    /// The delivery worker, and what stops it.
    worker: tokio::task::JoinHandle<()>,
    stop_worker: tokio::sync::oneshot::Sender<()>,
}

impl Running {
    /// Waits until the server has stopped: the shutdown future given to [`start`] resolved and
    /// the requests in flight finished (or 10 s passed). Every acknowledged write is durable
    /// already (the store's contract), so nothing is left to flush.
    pub async fn stopped(self) -> Result<(), ServeError> {
        self.task.await?;
        // The worker stops between attempts; one in flight ends with the runtime (its message
        // stays pending in the outbox and is tried again at the next start).
        let _ = self.stop_worker.send(());
        let _ = self.worker.await;
        tracing::info!("d1-sandbox stopped");
        Ok(())
    }
}

/// Opens the sandbox in `config.data_dir` (creating the demo tenant on first start), binds
/// `config.listen`, and serves every API until `shutdown` resolves; then lets the requests in
/// flight finish. Returns once the server accepts connections.
pub async fn start(
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<Running, ServeError> {
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|source| ServeError::Listen {
            addr: config.listen,
            source,
        })?;
    let addr = listener.local_addr().unwrap_or(config.listen);
    let mut limits = config.limits;
    if let Some(open_files) = serve::raise_open_files_limit() {
        // Each connection holds a descriptor; keep some for the store, the logs and the rest.
        let room = usize::try_from(open_files.saturating_sub(128)).unwrap_or(usize::MAX);
        if room < limits.max_connections {
            tracing::warn!(
                max_connections = room,
                open_files,
                "fewer connections than configured: the open-files limit does not allow more"
            );
            limits.max_connections = room.max(1);
        }
    }
    let token_url = format!("http://{addr}/oauth2/token");
    let key_file = config
        .key_file
        .clone()
        .unwrap_or_else(|| crate::domain::default_key_file(&config.data_dir));
    let credentials_file = config
        .credentials_file
        .clone()
        .unwrap_or_else(|| crate::domain::default_credentials_file(&config.data_dir));
    let opened = Sandbox::open(&config.data_dir, &key_file, &credentials_file, &token_url).await?;
    if let Some(path) = &opened.credentials_written {
        tracing::info!(path = %path.display(), "created the demo tenant; its credentials are in this file");
    }
    let sandbox = opened.sandbox;
    // Wallet provisioning asks a tenant's registered issuer endpoint to verify its cards.
    sandbox.wallets.use_remote_issuer(std::sync::Arc::new(
        crate::outbound::issuer::RemoteIssuerClient::new(config.delivery.timeout),
    ));
    let endpoint = logged_app(&sandbox, limits.body);
    tracing::info!(
        %addr,
        data_dir = %config.data_dir.display(),
        key_file = %key_file.display(),
        ?limits,
        "d1-sandbox listening"
    );
    let (stop_worker, worker_stopped) = tokio::sync::oneshot::channel::<()>();
    let worker = tokio::spawn(crate::outbound::delivery::run(
        sandbox.clone(),
        config.delivery,
        async move {
            let _ = worker_stopped.await;
        },
    ));
    let task = tokio::spawn(serve::serve(listener, endpoint, limits, async move {
        shutdown.await;
        tracing::info!("shutting down: finishing in-flight requests");
    }));
    Ok(Running {
        addr,
        sandbox,
        credentials_written: opened.credentials_written,
        task,
        worker,
        stop_worker,
    })
}

/// The implementations of every API, backed by one sandbox, ready to mount.
pub type Services = mount::Implementations<
    api::card_api::CardService,
    api::tsh_provisioning::TshService,
    api::verification_notification::VerificationService,
    api::token_notifications::TokenNotificationsService,
    api::merchant_gateway::MerchantGatewayService,
    api::sandbox_admin::SandboxAdminService,
>;

/// Every API implementation, sharing `sandbox`.
pub fn services(sandbox: &Arc<Sandbox>) -> Services {
    mount::Implementations {
        card_api: Arc::new(api::card_api::CardService(sandbox.clone())),
        tsh_provisioning: Arc::new(api::tsh_provisioning::TshService(sandbox.clone())),
        verification_notification: Arc::new(api::verification_notification::VerificationService(
            sandbox.clone(),
        )),
        token_notifications: Arc::new(api::token_notifications::TokenNotificationsService(
            sandbox.clone(),
        )),
        merchant_gateway: Arc::new(api::merchant_gateway::MerchantGatewayService(
            sandbox.clone(),
        )),
        sandbox_admin: Arc::new(api::sandbox_admin::SandboxAdminService(sandbox.clone())),
    }
}

/// The application with request logging: method, path, status, latency and the request's
/// `x-correlation-id`. Headers and bodies are never logged (they carry secrets and card data).
/// Every request carries the body rules the payloads apply.
pub fn logged_app(sandbox: &Arc<Sandbox>, body: BodyRules) -> impl Endpoint + 'static {
    let keys = sandbox.clone();
    let jwks = Arc::new(move || keys.jwks());
    services(sandbox)
        .app(jwks)
        .around(move |ep, mut req| async move {
            req.set_data(body);
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

/// Resolves on SIGINT (Ctrl-C) or SIGTERM: the shutdown signal of the `serve` command.
pub async fn shutdown_signal() {
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
}
