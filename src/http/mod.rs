//! The HTTP layer: mounting the generated services ([`mount`]), logging ([`logging`]), and
//! [`start`], the one function that opens the sandbox and serves it — called by `main` and by
//! the integration tests alike, so the tests run exactly what production runs.
//!
//! Invariant: the only layer that knows the listener, the routes and the access log. It
//! wires the API layer (`crate::api`) to poem and owns nothing of the business: everything it
//! answers comes from a generated service, the JWK set of the domain, or a fixed JSON error.

pub mod logging;
pub mod mount;

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use poem::listener::{Acceptor, Listener, TcpListener};
use poem::{Endpoint, EndpointExt, IntoResponse};

use crate::api;
use crate::domain::{Sandbox, StartError};

/// The server's configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on (port 0 picks a free port).
    pub listen: SocketAddr,
    /// Where the store and `credentials.json` live.
    pub data_dir: PathBuf,
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
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// Waits until the server has stopped: the shutdown future given to [`start`] resolved and
    /// the requests in flight finished (or 10 s passed). Every acknowledged write is durable
    /// already (the store's contract), so nothing is left to flush.
    pub async fn stopped(self) -> Result<(), ServeError> {
        let addr = self.addr;
        let served = self.task.await?;
        tracing::info!("d1-sandbox stopped");
        served.map_err(|source| ServeError::Listen { addr, source })
    }
}

/// Opens the sandbox in `config.data_dir` (creating the demo tenant on first start), binds
/// `config.listen`, and serves every API until `shutdown` resolves; then lets the requests in
/// flight finish. Returns once the server accepts connections.
pub async fn start(
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<Running, ServeError> {
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
    }
    let sandbox = opened.sandbox;
    let endpoint = logged_app(&sandbox);
    tracing::info!(%addr, data_dir = %config.data_dir.display(), "d1-sandbox listening");
    let task = tokio::spawn(
        poem::Server::new_with_acceptor(acceptor).run_with_graceful_shutdown(
            endpoint,
            async move {
                shutdown.await;
                tracing::info!("shutting down: finishing in-flight requests");
            },
            Some(Duration::from_secs(10)),
        ),
    );
    Ok(Running {
        addr,
        sandbox,
        credentials_written: opened.credentials_written,
        task,
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
pub fn logged_app(sandbox: &Arc<Sandbox>) -> impl Endpoint + 'static {
    let keys = sandbox.clone();
    let jwks = Arc::new(move || keys.jwks());
    services(sandbox).app(jwks).around(|ep, req| async move {
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
