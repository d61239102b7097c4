//! The shared state of a running server and its router.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::Router;
use axum::routing::get;
use gatehouse_core::Installation;
use gatehouse_sigv4::SigningKeyCache;

use crate::audit_sink::AuditSink;
use crate::metrics::Metrics;

/// Settings of the HTTP layer.
#[derive(Debug, Clone)]
pub struct ServerSettings {
    /// Allowed difference between a request's signing time and ours.
    pub clock_skew_secs: i64,
    /// Requests with a larger body are refused before they are parsed.
    pub max_body_bytes: usize,
    /// Time a client has to send a whole request body.
    pub body_timeout_secs: u64,
    /// The URL clients reach this server at, when it differs from the listen address.
    pub public_url: Option<String>,
    /// Emulator mode: an unknown access key is taken as the root user of an account
    /// (the key itself when it is 12 digits, else `000000000000`) without a signature
    /// check, as moto and LocalStack do. Known keys are still verified.
    pub emulator: bool,
    /// Extra CA certificates (PEM) trusted when fetching OIDC issuers' keys.
    pub oidc_trusted_ca: Option<std::path::PathBuf>,
    /// Accept OIDC issuers over plain HTTP (tests, closed networks only).
    pub allow_http_oidc: bool,
    /// How long fetching an issuer's discovery document or keys may take.
    pub oidc_fetch_timeout_ms: u64,
    /// Allowed clock difference for ID tokens' `exp`, `nbf` and `iat`.
    pub oidc_clock_skew_secs: i64,
    /// Seconds between passes that delete expired replay claims, pending sign-ins,
    /// sign-in tokens and console sessions.
    pub purge_interval_secs: u64,
}

impl Default for ServerSettings {
    fn default() -> Self {
        Self {
            clock_skew_secs: 300,
            max_body_bytes: 1 << 20,
            body_timeout_secs: 30,
            public_url: None,
            emulator: false,
            oidc_trusted_ca: None,
            allow_http_oidc: false,
            oidc_fetch_timeout_ms: 5_000,
            oidc_clock_skew_secs: 60,
            purge_interval_secs: 60,
        }
    }
}

#[derive(Debug, Clone)]
pub struct App(pub(crate) Arc<AppInner>);

#[derive(Debug)]
pub(crate) struct AppInner {
    pub installation: Arc<Installation>,
    /// Requests from no known principal are recorded in this account's trail.
    pub management_account: String,
    pub settings: ServerSettings,
    pub metrics: Metrics,
    pub audit: AuditSink,
    pub signing_keys: SigningKeyCache,
    pub policies: crate::authz::PolicyCache,
    pub ready: AtomicBool,
    pub web_identity: crate::jwks::WebIdentityState,
}

impl App {
    pub fn new(
        installation: Arc<Installation>,
        management_account: String,
        settings: ServerSettings,
    ) -> Self {
        let audit = AuditSink::start(Arc::clone(&installation));
        let web_identity = crate::jwks::WebIdentityState::new(&settings);
        let app = Self(Arc::new(AppInner {
            installation,
            management_account,
            settings,
            metrics: Metrics::default(),
            audit,
            signing_keys: SigningKeyCache::new(10_000),
            policies: crate::authz::PolicyCache::default(),
            ready: AtomicBool::new(false),
            web_identity,
        }));
        // Other nodes' changes reach this node's caches through the store.
        let weak = Arc::downgrade(&app.0);
        app.0
            .installation
            .store()
            .on_change(Box::new(move |collection| {
                if let Some(inner) = weak.upgrade() {
                    inner.installation.store_changed(collection);
                    if collection == "*" || collection.starts_with("iam-") {
                        inner.policies.forget_principals();
                    }
                }
            }));
        start_purger(Arc::downgrade(&app.0));
        app
    }

    /// Marks the server ready: `/health` answers 200 from now on.
    pub fn set_ready(&self, ready: bool) {
        self.0.ready.store(ready, Ordering::SeqCst);
    }

    /// Writes every pending audit event; called on shutdown.
    pub fn flush_audit(&self) {
        self.0.audit.flush();
    }

    pub fn router(&self) -> Router {
        Router::new()
            .route("/health", get(crate::pipeline::health))
            .route("/metrics", get(crate::pipeline::metrics))
            .merge(crate::web::routes())
            .merge(crate::jwks::issuer_routes())
            .fallback(crate::pipeline::handle)
            .with_state(self.clone())
    }
}

/// A thread that deletes expired one-time records: once in full when the node starts
/// (which also indexes records written before the expiry index existed), then every
/// `purge_interval_secs` from the index. It ends with the app.
fn start_purger(app: std::sync::Weak<AppInner>) {
    let spawned = std::thread::Builder::new()
        .name("gatehouse-purge".to_owned())
        .spawn(move || {
            let mut first = true;
            loop {
                let interval = {
                    let Some(inner) = app.upgrade() else {
                        return;
                    };
                    let store = inner.installation.store();
                    let now = inner.installation.clock().now().0;
                    let result = if first {
                        gatehouse_core::expiry::reindex(store, now)
                    } else {
                        gatehouse_core::expiry::purge(store, now)
                    };
                    match result {
                        Ok(p) => {
                            first = false;
                            if p.records > 0 {
                                tracing::debug!(records = p.records, "expired records purged");
                            }
                        }
                        Err(e) => tracing::warn!(error = %e, "purging expired records failed"),
                    }
                    inner.settings.purge_interval_secs
                };
                // Sleep in short steps so a dropped app ends the thread soon.
                let deadline = std::time::Instant::now() + std::time::Duration::from_secs(interval);
                while std::time::Instant::now() < deadline {
                    if app.strong_count() == 0 {
                        return;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(200));
                }
            }
        });
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "cannot start the purge thread; expired records will stay");
    }
}
