//! Fetching OpenID Connect issuers' discovery documents and key sets over HTTPS (system
//! roots plus `--trusted-ca`), with a timeout and a size limit, for the key cache of
//! `gatehouse-core`; and the state web identity federation keeps per server.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use gatehouse_core::oidc::{DocumentFetcher, FetchError, KeyCache, KeyCacheRules};
use gatehouse_policy::{Policy, PolicyKind};
use http_body_util::{BodyExt, Empty};
use hyper_util::rt::TokioIo;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, ServerName};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls;

use crate::tls::TlsError;

/// An HTTPS (and, when allowed, HTTP) GET client for issuers' documents.
#[derive(Clone)]
pub struct HttpsFetcher {
    tls: TlsConnector,
    allow_http: bool,
    timeout: Duration,
}

impl std::fmt::Debug for HttpsFetcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpsFetcher")
            .field("allow_http", &self.allow_http)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl HttpsFetcher {
    /// Trusts the system's roots and the certificates in `extra_ca` (PEM).
    pub fn new(
        extra_ca: Option<&Path>,
        allow_http: bool,
        timeout: Duration,
    ) -> Result<Self, TlsError> {
        let mut roots = rustls::RootCertStore::empty();
        let native = rustls_native_certs::load_native_certs();
        for cert in native.certs {
            // A system certificate rustls cannot use is skipped, as browsers do.
            let _ = roots.add(cert);
        }
        if let Some(path) = extra_ca {
            let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
                .map_err(|e| TlsError(format!("cannot read `{}`: {e}", path.display())))?
                .collect::<Result<_, _>>()
                .map_err(|e| TlsError(format!("bad certificate in `{}`: {e}", path.display())))?;
            if certs.is_empty() {
                return Err(TlsError(format!("no certificate in `{}`", path.display())));
            }
            for c in certs {
                roots
                    .add(c)
                    .map_err(|e| TlsError(format!("`{}`: {e}", path.display())))?;
            }
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| TlsError(e.to_string()))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(Self {
            tls: TlsConnector::from(Arc::new(config)),
            allow_http,
            timeout,
        })
    }

    async fn get(&self, url: &str, limit: usize) -> Result<Vec<u8>, FetchError> {
        let fail = |why: String| FetchError(format!("`{url}`: {why}"));
        let uri: http::Uri = url.parse().map_err(|_| fail("not a URL".to_owned()))?;
        let secure = match uri.scheme_str() {
            Some("https") => true,
            Some("http") if self.allow_http => false,
            _ => return Err(fail("only HTTPS is allowed".to_owned())),
        };
        let host = uri
            .host()
            .ok_or_else(|| fail("no host".to_owned()))?
            .to_owned();
        let port = uri.port_u16().unwrap_or(if secure { 443 } else { 80 });
        let bare = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        let tcp = TcpStream::connect((bare.as_str(), port))
            .await
            .map_err(|e| fail(format!("connect: {e}")))?;
        let path = uri
            .path_and_query()
            .map_or("/".to_owned(), |p| p.as_str().to_owned());
        let authority = uri
            .authority()
            .map_or(host.clone(), |a| a.as_str().to_owned());
        let request = http::Request::get(path)
            .header(http::header::HOST, authority)
            .header(http::header::ACCEPT, "application/json")
            .header(http::header::USER_AGENT, "gatehouse")
            .body(Empty::<Bytes>::new())
            .map_err(|e| fail(e.to_string()))?;
        if secure {
            let name = ServerName::try_from(bare)
                .map_err(|_| fail("bad host name".to_owned()))?
                .to_owned();
            let stream = self
                .tls
                .connect(name, tcp)
                .await
                .map_err(|e| fail(format!("TLS: {e}")))?;
            exchange(TokioIo::new(stream), request, limit)
                .await
                .map_err(fail)
        } else {
            exchange(TokioIo::new(tcp), request, limit)
                .await
                .map_err(fail)
        }
    }
}

/// Sends one request on a fresh connection and reads at most `limit` body bytes.
async fn exchange<T>(
    io: T,
    request: http::Request<Empty<Bytes>>,
    limit: usize,
) -> Result<Vec<u8>, String>
where
    T: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let (mut sender, conn) = hyper::client::conn::http1::handshake(io)
        .await
        .map_err(|e| format!("HTTP: {e}"))?;
    let driver = tokio::spawn(conn);
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| format!("HTTP: {e}"))?;
    if !response.status().is_success() {
        driver.abort();
        return Err(format!("status {}", response.status()));
    }
    let declared = response
        .headers()
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        driver.abort();
        return Err(format!("larger than {limit} bytes"));
    }
    let mut body = response.into_body();
    let mut out = Vec::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| format!("HTTP: {e}"))?;
        if let Ok(data) = frame.into_data() {
            if out.len() + data.len() > limit {
                driver.abort();
                return Err(format!("larger than {limit} bytes"));
            }
            out.extend_from_slice(&data);
        }
    }
    driver.abort();
    Ok(out)
}

impl DocumentFetcher for HttpsFetcher {
    /// Runs the fetch on the server's runtime and waits for it on this (blocking)
    /// thread, bounded by the timeout whatever the peer does.
    fn fetch(&self, url: &str, limit: usize) -> Result<Vec<u8>, FetchError> {
        let handle = tokio::runtime::Handle::try_current()
            .map_err(|_| FetchError("no runtime to fetch on".to_owned()))?;
        let (tx, rx) = std::sync::mpsc::channel();
        let this = self.clone();
        let owned = url.to_owned();
        let timeout = self.timeout;
        let task = handle.spawn(async move {
            let out = match tokio::time::timeout(timeout, this.get(&owned, limit)).await {
                Ok(r) => r,
                Err(_) => Err(FetchError(format!(
                    "`{owned}`: timed out after {timeout:?}"
                ))),
            };
            let _ = tx.send(out);
        });
        // The task's own timeout answers first; this one only guards a stalled runtime.
        match rx.recv_timeout(timeout + Duration::from_secs(1)) {
            Ok(r) => r,
            Err(_) => {
                task.abort();
                Err(FetchError(format!("`{url}`: timed out after {timeout:?}")))
            }
        }
    }
}

/// What web identity federation keeps for the life of the server.
#[derive(Debug)]
pub(crate) struct WebIdentityState {
    pub keys: KeyCache,
    pub trust: TrustPolicies,
    pub fetcher: Option<HttpsFetcher>,
    pub allow_http: bool,
}

impl WebIdentityState {
    pub fn new(settings: &crate::app::ServerSettings) -> Self {
        let fetcher = HttpsFetcher::new(
            settings.oidc_trusted_ca.as_deref(),
            settings.allow_http_oidc,
            Duration::from_millis(settings.oidc_fetch_timeout_ms),
        );
        let fetcher = match fetcher {
            Ok(f) => Some(f),
            Err(e) => {
                tracing::error!(error = %e, "web identity federation has no HTTPS client");
                None
            }
        };
        if settings.allow_http_oidc {
            tracing::warn!(
                "--allow-http-oidc: OpenID Connect issuers over plain HTTP are trusted; their keys can be forged in transit"
            );
        }
        Self {
            keys: KeyCache::new(KeyCacheRules::default()),
            trust: TrustPolicies::default(),
            fetcher,
            allow_http: settings.allow_http_oidc,
        }
    }
}

const MAX_TRUST_POLICIES: usize = 10_000;

/// Compiled trust policies by document, so a warm path parses nothing.
#[derive(Debug, Default)]
pub(crate) struct TrustPolicies(Mutex<HashMap<String, Arc<Policy>>>);

impl TrustPolicies {
    pub fn compile(&self, doc: &str) -> Option<Arc<Policy>> {
        if let Ok(m) = self.0.lock()
            && let Some(p) = m.get(doc)
        {
            return Some(Arc::clone(p));
        }
        let p = Arc::new(gatehouse_policy::parse(doc, PolicyKind::Trust).ok()?);
        if let Ok(mut m) = self.0.lock() {
            if m.len() >= MAX_TRUST_POLICIES {
                m.clear();
            }
            m.insert(doc.to_owned(), Arc::clone(&p));
        }
        Some(p)
    }
}

/// The discovery document and key set of each account's outbound issuer, at
/// `/oidc/<account>/…` under the public URL.
pub(crate) fn issuer_routes() -> axum::Router<crate::App> {
    axum::Router::new()
        .route(
            "/oidc/{account}/.well-known/openid-configuration",
            axum::routing::get(discovery),
        )
        .route("/oidc/{account}/jwks", axum::routing::get(key_set))
}

fn issuer_document(
    app: &crate::App,
    account: &str,
    body: impl FnOnce(&str) -> Option<serde_json::Value>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let not_found = || (http::StatusCode::NOT_FOUND, "no such issuer").into_response();
    let Some(base) = app.0.settings.public_url.as_deref() else {
        return not_found();
    };
    if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
        return not_found();
    }
    match app.0.installation.outbound_issuer().enabled(account) {
        Ok(true) => {}
        Ok(false) => return not_found(),
        Err(e) => {
            tracing::error!(error = %e, "outbound issuer unavailable");
            return (http::StatusCode::SERVICE_UNAVAILABLE, "unavailable").into_response();
        }
    }
    let issuer = format!("{}/oidc/{account}", base.trim_end_matches('/'));
    match body(&issuer) {
        Some(doc) => (
            [
                (http::header::CONTENT_TYPE, "application/json"),
                (http::header::CACHE_CONTROL, "max-age=300"),
            ],
            doc.to_string(),
        )
            .into_response(),
        None => not_found(),
    }
}

async fn discovery(
    axum::extract::State(app): axum::extract::State<crate::App>,
    axum::extract::Path(account): axum::extract::Path<String>,
) -> axum::response::Response {
    issuer_document(&app, &account, |issuer| {
        Some(serde_json::json!({
            "issuer": issuer,
            "jwks_uri": format!("{issuer}/jwks"),
            "response_types_supported": ["id_token"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["ES384"],
        }))
    })
}

async fn key_set(
    axum::extract::State(app): axum::extract::State<crate::App>,
    axum::extract::Path(account): axum::extract::Path<String>,
) -> axum::response::Response {
    let inst = std::sync::Arc::clone(&app.0.installation);
    issuer_document(&app, &account, |_| {
        inst.outbound_issuer().jwks(&account).ok().flatten()
    })
}
