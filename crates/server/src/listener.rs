//! The accept loop: plain TCP or TLS on one port, HTTP/1.1 and HTTP/2, limits on what a
//! connection may hold (time to send a request head, time idle, how many connections in
//! all and per client address), and a graceful shutdown that lets requests in flight
//! finish.
//!
//! A client that opens connections and sends nothing must not lock others out. Every
//! connection is tracked with the time it last did something and whether a request is in
//! progress on it; at a cap, the connection idle longest is closed to make room, and only
//! when none is idle is the new one turned away. Idle connections are also closed once
//! `idle_timeout` passes, and hyper closes a connection whose request head takes longer
//! than `header_timeout` (the slow-header attack). The body has its own deadline, in the
//! pipeline.

use std::collections::HashMap;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tower::ServiceExt;

use crate::App;
use crate::http_errors::ErrorBodies;

/// What the pipeline knows of the connection a request came on.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionInfo {
    pub peer: SocketAddr,
    /// The request arrived over TLS (`aws:SecureTransport`).
    pub tls: bool,
}

/// How much a client may hold of the server.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// Time to send a whole request head (and to finish a TLS handshake).
    pub header_timeout: Duration,
    /// Time a connection may stay open with no request in progress.
    pub idle_timeout: Duration,
    /// Connections open at once.
    pub max_connections: usize,
    /// Connections open at once from one client address.
    pub max_connections_per_ip: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        Self {
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(30),
            max_connections: 4096,
            max_connections_per_ip: 1024,
        }
    }
}

/// Serves until `shutdown` completes, then waits up to `grace` for open requests.
pub async fn serve(
    listener: TcpListener,
    app: App,
    tls: Option<Arc<ServerConfig>>,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
    grace: Duration,
) -> std::io::Result<()> {
    let router = app.router();
    let acceptor = tls.map(TlsAcceptor::from);
    let graceful = GracefulShutdown::new();
    let tracker = Arc::new(Tracker::new(limits));
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        // A head that does not fit is refused with 431 (an AWS body is put on it).
        .max_buf_size(crate::http_errors::MAX_HEAD_BYTES);
    builder.http2().timer(TokioTimer::new());
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(pair) => pair,
                    Err(e) => {
                        tracing::warn!(error = %e, "accept failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let Some(admission) = tracker.admit(peer.ip()) else {
                    // Every connection at the cap is busy: this one is closed at once,
                    // which the client sees as a reset it can retry.
                    app.0.metrics.observe_refused_connection();
                    drop(stream);
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let info = ConnectionInfo { peer, tls: acceptor.is_some() };
                let router = router.clone();
                let state = Arc::clone(&admission.state);
                let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
                    req.extensions_mut().insert(info);
                    let busy = Busy::start(&state);
                    let refused = refuse_before_routing(&req, &state);
                    let answer = router.clone().oneshot(req);
                    async move {
                        let response = match refused {
                            Some(r) => Ok(r),
                            None => answer.await,
                        };
                        drop(busy);
                        response
                    }
                });
                let builder = builder.clone();
                let watcher = graceful.watcher();
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let io = Tracked { inner: stream, state: Arc::clone(&admission.state) };
                    match acceptor {
                        Some(acceptor) => {
                            let handshake = tokio::time::timeout(limits.header_timeout, acceptor.accept(io));
                            let tls_stream = tokio::select! {
                                done = handshake => match done {
                                    Ok(Ok(s)) => s,
                                    Ok(Err(e)) => {
                                        tracing::debug!(%peer, error = %e, "TLS handshake failed");
                                        return;
                                    }
                                    Err(_) => return,
                                },
                                () = admission.state.close.notified() => return,
                            };
                            let conn = builder.serve_connection(TokioIo::new(ErrorBodies::new(tls_stream, Arc::clone(&admission.state))), service);
                            run_connection(watcher.watch(conn.into_owned()), &admission, limits, peer).await;
                        }
                        None => {
                            let conn = builder.serve_connection(TokioIo::new(ErrorBodies::new(io, Arc::clone(&admission.state))), service);
                            run_connection(watcher.watch(conn.into_owned()), &admission, limits, peer).await;
                        }
                    }
                });
            }
            () = &mut shutdown => break,
        }
    }
    drop(listener);
    app.set_ready(false);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(grace) => {
            tracing::warn!("requests still open after the grace period are cut");
        }
    }
    app.flush_audit();
    Ok(())
}

/// Longest request-target accepted (path and query); AWS's front ends refuse longer ones.
const MAX_TARGET_BYTES: usize = 16 * 1024;

/// What the HTTP layer refuses before a request reaches the router, with an AWS error.
fn refuse_before_routing(
    req: &hyper::Request<Incoming>,
    state: &ConnState,
) -> Option<http::Response<axum::body::Body>> {
    if state.framing_clash.swap(false, Ordering::AcqRel) {
        return Some(crate::http_errors::refusal(
            400,
            "MalformedHTTPRequest",
            "A request may carry Content-Length or Transfer-Encoding, not both.",
        ));
    }
    let target = req.uri().path_and_query().map_or(0, |pq| pq.as_str().len());
    if target > MAX_TARGET_BYTES {
        return Some(crate::http_errors::refusal(
            414,
            "RequestURITooLong",
            "The request URI is too long.",
        ));
    }
    None
}

/// Drives one connection until it ends, is closed for another, or stays idle too long.
/// Returning drops the connection, which closes its socket.
async fn run_connection<E: std::fmt::Display>(
    conn: impl Future<Output = Result<(), E>>,
    admission: &Admission,
    limits: ConnectionLimits,
    peer: SocketAddr,
) {
    let state = &admission.state;
    let idle = async {
        loop {
            let wait = if state.busy.load(Ordering::Acquire) > 0 {
                limits.idle_timeout
            } else {
                let idle_for = state.idle_for();
                if idle_for >= limits.idle_timeout {
                    return;
                }
                limits.idle_timeout - idle_for
            };
            tokio::time::sleep(wait).await;
        }
    };
    tokio::select! {
        done = conn => {
            if let Err(e) = done {
                tracing::debug!(%peer, error = %e, "connection ended with an error");
            }
        }
        () = state.close.notified() => {
            tracing::debug!(%peer, "idle connection closed to make room for another");
        }
        () = idle => {
            tracing::debug!(%peer, "idle connection closed");
        }
    }
}

/// One open connection's activity, shared by its task, its requests and the tracker.
#[derive(Debug)]
pub(crate) struct ConnState {
    /// Requests in progress.
    pub(crate) busy: AtomicU32,
    /// Requests started on the connection so far.
    pub(crate) started: AtomicU64,
    /// The head of the request now arriving named both `Content-Length` and
    /// `Transfer-Encoding` (set by [`ErrorBodies`], taken by the request).
    pub(crate) framing_clash: AtomicBool,
    /// Milliseconds since the tracker's epoch at the last byte read or request finished.
    last_active_ms: AtomicU64,
    /// Told when the tracker closes this connection to admit another.
    close: Notify,
    /// The tracker's epoch, which `last_active_ms` counts from.
    epoch: Instant,
}

impl ConnState {
    fn now_ms(&self) -> u64 {
        u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    fn touch(&self) {
        self.last_active_ms.store(self.now_ms(), Ordering::Release);
    }

    fn idle_for(&self) -> Duration {
        let last = self.last_active_ms.load(Ordering::Acquire);
        Duration::from_millis(self.now_ms().saturating_sub(last))
    }
}

#[derive(Debug, Default)]
struct Table {
    next_id: u64,
    open: HashMap<u64, (IpAddr, Arc<ConnState>)>,
    per_ip: HashMap<IpAddr, usize>,
}

impl Table {
    fn forget(&mut self, id: u64) {
        if let Some((ip, _)) = self.open.remove(&id)
            && let Some(n) = self.per_ip.get_mut(&ip)
        {
            *n = n.saturating_sub(1);
            if *n == 0 {
                self.per_ip.remove(&ip);
            }
        }
    }

    /// The connection idle longest, among those of `ip` when given.
    fn longest_idle(&self, ip: Option<IpAddr>) -> Option<u64> {
        self.open
            .iter()
            .filter(|(_, (at, s))| {
                ip.is_none_or(|ip| *at == ip) && s.busy.load(Ordering::Acquire) == 0
            })
            .min_by_key(|(_, (_, s))| s.last_active_ms.load(Ordering::Acquire))
            .map(|(id, _)| *id)
    }
}

#[derive(Debug)]
struct Tracker {
    limits: ConnectionLimits,
    epoch: Instant,
    table: Mutex<Table>,
}

impl Tracker {
    fn new(limits: ConnectionLimits) -> Self {
        Self {
            limits,
            epoch: Instant::now(),
            table: Mutex::new(Table::default()),
        }
    }

    /// Makes room for a connection from `ip` (closing the longest-idle connection at a
    /// cap) and registers it; `None` when every connection in the way is busy.
    fn admit(self: &Arc<Self>, ip: IpAddr) -> Option<Admission> {
        let mut table = self.table.lock().ok()?;
        loop {
            let ip_full =
                table.per_ip.get(&ip).copied().unwrap_or(0) >= self.limits.max_connections_per_ip;
            let all_full = table.open.len() >= self.limits.max_connections;
            if !ip_full && !all_full {
                break;
            }
            let victim = table.longest_idle(ip_full.then_some(ip))?;
            if let Some((_, state)) = table.open.get(&victim) {
                state.close.notify_one();
            }
            table.forget(victim);
        }
        let id = table.next_id;
        table.next_id += 1;
        let state = Arc::new(ConnState {
            busy: AtomicU32::new(0),
            started: AtomicU64::new(0),
            framing_clash: AtomicBool::new(false),
            last_active_ms: AtomicU64::new(0),
            close: Notify::new(),
            epoch: self.epoch,
        });
        state.touch();
        table.open.insert(id, (ip, Arc::clone(&state)));
        *table.per_ip.entry(ip).or_insert(0) += 1;
        Some(Admission {
            id,
            state,
            tracker: Arc::clone(self),
        })
    }
}

/// A connection's place in the tracker, given back when the connection ends.
#[derive(Debug)]
struct Admission {
    id: u64,
    state: Arc<ConnState>,
    tracker: Arc<Tracker>,
}

impl Drop for Admission {
    fn drop(&mut self) {
        if let Ok(mut table) = self.tracker.table.lock() {
            table.forget(self.id);
        }
    }
}

/// A request in progress on a connection: it is not idle until the answer is ready.
struct Busy(Arc<ConnState>);

impl Busy {
    fn start(state: &Arc<ConnState>) -> Self {
        state.busy.fetch_add(1, Ordering::AcqRel);
        state.started.fetch_add(1, Ordering::AcqRel);
        Self(Arc::clone(state))
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.touch();
        self.0.busy.fetch_sub(1, Ordering::AcqRel);
    }
}

/// The socket, noting when it last received bytes.
struct Tracked<S> {
    inner: S,
    state: Arc<ConnState>,
}

impl<S: AsyncRead + Unpin> AsyncRead for Tracked<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.state.touch();
        }
        polled
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Tracked<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}
