//! The accept loop and the connections: every read bounded in time, the connections bounded in
//! number.
//!
//! poem's own server loop reads headers without a deadline, keeps idle connections forever,
//! accepts without limit and retries a failing `accept` at once (EMFILE made it spin at 90 %
//! CPU without a log line). This loop serves the same poem endpoint through hyper directly:
//! - **Connection cap:** a connection holds a permit of a semaphore from accept to close; at
//!   the cap the loop stops accepting, and new clients wait in the kernel's backlog.
//! - **Header deadline:** hyper closes an HTTP/1 connection whose next request's headers are
//!   not complete within `header_timeout` after it starts waiting for them, which bounds both
//!   slow headers and an idle keep-alive connection.
//! - **Idle deadline:** any connection (HTTP/2 too) with no byte read or written for
//!   `idle_timeout` is closed.
//! - **Body deadline and size:** the request payloads apply [`crate::runtime::BodyRules`].
//! - **Accept failures:** logged (once per second at most) and retried after a growing pause.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use poem::Endpoint;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::Limits;

/// The body type poem hands to hyper.
type BoxBody = http_body_util::combinators::BoxBody<bytes::Bytes, io::Error>;

/// How long the requests in flight may take to finish once shutdown begins.
const GRACE: Duration = Duration::from_secs(10);

/// Serves `endpoint` on `listener` within `limits` until `shutdown` resolves, then lets the
/// requests in flight finish (at most [`GRACE`]).
pub(super) async fn serve<E>(
    listener: TcpListener,
    endpoint: E,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) where
    E: Endpoint + 'static,
{
    let endpoint = Arc::new(endpoint);
    let local = listener.local_addr().ok();
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(true);
    builder
        .http2()
        .timer(TokioTimer::new())
        .max_concurrent_streams(100)
        .keep_alive_interval(Some(Duration::from_secs(30)))
        .keep_alive_timeout(Duration::from_secs(10));
    let mut failures = AcceptFailures::default();
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            () = &mut shutdown => break,
            permit = permits.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
        };
        let (stream, remote) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => {
                    failures.reset();
                    accepted
                }
                Err(e) => {
                    failures.wait(&e).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let activity = Arc::new(Activity::new());
        let io = Guarded {
            stream,
            activity: activity.clone(),
            _permit: permit,
        };
        let endpoint = endpoint.clone();
        let local_addr = poem::web::LocalAddr(local.map(Into::into).unwrap_or_default());
        let remote_addr = poem::web::RemoteAddr(remote.into());
        let service = hyper::service::service_fn(move |req: hyper::Request<_>| {
            let endpoint = endpoint.clone();
            let request = poem::Request::from((
                req,
                local_addr.clone(),
                remote_addr.clone(),
                poem::http::uri::Scheme::HTTP,
            ));
            async move {
                let response = endpoint.get_response(request).await;
                Ok::<_, Infallible>(hyper::Response::<BoxBody>::from(response))
            }
        });
        let connection = builder
            .serve_connection(TokioIo::new(io), service)
            .into_owned();
        let connection = graceful.watch(connection);
        let idle_timeout = limits.idle_timeout;
        tokio::spawn(async move {
            tokio::select! {
                _ = connection => {}
                () = activity.idle_for(idle_timeout) => {
                    tracing::debug!(remote = %remote, "closing an idle connection");
                }
            }
        });
    }
    drop(listener);
    if tokio::time::timeout(GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still in flight after {GRACE:?}; stopping anyway");
    }
}

/// Accept failures in a row: a growing pause between retries, and a log line at most once a
/// second (a full descriptor table fails every accept until a connection closes).
#[derive(Default)]
struct AcceptFailures {
    in_a_row: u32,
    logged: Option<Instant>,
}

impl AcceptFailures {
    fn reset(&mut self) {
        self.in_a_row = 0;
    }

    async fn wait(&mut self, error: &io::Error) {
        self.in_a_row = self.in_a_row.saturating_add(1);
        if self
            .logged
            .is_none_or(|at| at.elapsed() >= Duration::from_secs(1))
        {
            self.logged = Some(Instant::now());
            tracing::warn!(
                error = %error,
                failures_in_a_row = self.in_a_row,
                "accepting a connection failed; pausing before the next attempt"
            );
        }
        // 10 ms, doubling, at most 1 s.
        let pause = Duration::from_millis(10) * 2u32.pow(self.in_a_row.min(8) - 1);
        tokio::time::sleep(pause.min(Duration::from_secs(1))).await;
    }
}

/// When a connection last read or wrote a byte, in milliseconds since its start.
struct Activity {
    start: tokio::time::Instant,
    last: AtomicU64,
}

impl Activity {
    fn new() -> Self {
        Activity {
            start: tokio::time::Instant::now(),
            last: AtomicU64::new(0),
        }
    }

    fn touch(&self) {
        let now = self.start.elapsed().as_millis() as u64;
        self.last.store(now, Ordering::Relaxed);
    }

    /// Resolves once the connection has been idle for `limit`.
    async fn idle_for(&self, limit: Duration) {
        loop {
            let last = Duration::from_millis(self.last.load(Ordering::Relaxed));
            let idle = self.start.elapsed().saturating_sub(last);
            if idle >= limit {
                return;
            }
            tokio::time::sleep(limit - idle).await;
        }
    }
}

/// A connection's socket: it records activity, and holds the connection's permit until it is
/// dropped.
struct Guarded {
    stream: TcpStream,
    activity: Arc<Activity>,
    _permit: OwnedSemaphorePermit,
}

impl AsyncRead for Guarded {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.stream).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.activity.touch();
        }
        polled
    }
}

impl AsyncWrite for Guarded {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write(cx, data);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// Raises this process's soft limit on open files to its hard limit (each connection holds
/// one), and returns the soft limit now in force, if it can be read.
pub(super) fn raise_open_files_limit() -> Option<u64> {
    #[cfg(unix)]
    {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit and setrlimit only read and write the struct passed to them.
        unsafe {
            if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
                return None;
            }
            if limit.rlim_cur < limit.rlim_max {
                let raised = libc::rlimit {
                    rlim_cur: limit.rlim_max,
                    rlim_max: limit.rlim_max,
                };
                if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                    limit = raised;
                }
            }
        }
        #[allow(clippy::unnecessary_cast)] // rlim_t is not u64 on every unix
        Some(limit.rlim_cur as u64)
    }
    #[cfg(not(unix))]
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_connection_is_idle_only_after_the_whole_limit_without_a_byte() {
        let activity = Activity::new();
        let limit = Duration::from_secs(60);
        tokio::time::advance(Duration::from_secs(30)).await;
        activity.touch();
        let idle = tokio::time::timeout(Duration::from_secs(59), activity.idle_for(limit)).await;
        assert!(idle.is_err(), "59 s after a byte is not idle yet");
        let idle = tokio::time::timeout(Duration::from_secs(2), activity.idle_for(limit)).await;
        assert!(idle.is_ok(), "60 s after a byte is idle");
    }

    #[tokio::test(start_paused = true)]
    async fn accept_failures_pause_longer_and_longer_up_to_a_second() {
        let mut failures = AcceptFailures::default();
        let error = io::Error::from_raw_os_error(24);
        let mut pauses = Vec::new();
        for _ in 0..10 {
            let before = tokio::time::Instant::now();
            failures.wait(&error).await;
            pauses.push(before.elapsed().as_millis());
        }
        assert_eq!(pauses[..4], [10, 20, 40, 80]);
        assert!(pauses.iter().all(|p| *p <= 1000), "{pauses:?}");
        assert_eq!(*pauses.last().unwrap(), 1000);
        failures.reset();
        let before = tokio::time::Instant::now();
        failures.wait(&error).await;
        assert_eq!(before.elapsed().as_millis(), 10);
    }
}
