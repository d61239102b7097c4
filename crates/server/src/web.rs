//! Web pages: the SAML browser sign-in (`/saml`), console federation (`/federation`)
//! and the console page behind a session.
//!
//! Every piece of state (pending role choices, sign-in tokens, console sessions) is a
//! store record keyed by the SHA-256 of a random secret, so any node serves any step
//! and a leaked database does not reveal live cookies. Credentials are kept only as
//! their sealed session token.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use axum::routing::{get, post};
use gatehouse_core::console_federation::{
    CONSOLE_SESSIONS, ConsoleSession, PENDING_SIGN_INS as PENDING, PendingSignIn, RoleChoice,
    SIGNIN_TOKENS, SigninToken, random_secret, secrets_equal,
};
use gatehouse_core::iam::IamError;
use gatehouse_core::iam::providers::SamlProvider;
use gatehouse_core::saml_federation::{self as fed, Endpoint, RolePair};
use gatehouse_core::store::StoreError;
use gatehouse_model::sts as m;
use gatehouse_model::{FromValue, Value};
use gatehouse_wire::ApiError;
use http::{HeaderValue, StatusCode, header};

use crate::App;
use crate::app::AppInner;
use crate::listener::ConnectionInfo;
use crate::operations::RequestCtx;
use crate::trail;

const SESSION_COOKIE: &str = "gatehouse-console";
const PENDING_COOKIE: &str = "gatehouse-saml";
const SIGNIN_TOKEN_MS: i64 = 15 * 60 * 1000;
const PENDING_MS: i64 = 10 * 60 * 1000;
const MAX_CONSOLE_SECS: i64 = 43_200;
const MAX_FORM_BYTES: usize = 512 * 1024;
/// Providers (accounts) one response may offer roles through.
const MAX_PROVIDERS: usize = 20;

/// The routes of the web pages, merged into the server's router.
pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/saml", post(saml_post))
        .route("/saml/role", post(saml_role))
        .route("/federation", get(federation).post(federation))
        .route("/console", get(console))
        .route("/console/switch-role", post(switch_role))
        .route("/console/sign-out", post(sign_out))
}

/// Where this server accepts SAML responses: AWS's sign-in endpoint (what IdPs
/// configured for AWS name) and its own `<public-url>/saml`.
#[derive(Debug, Clone)]
pub(crate) struct SamlSite {
    recipients: Vec<String>,
    audiences: Vec<String>,
    pub skew: Duration,
}

impl SamlSite {
    pub fn of(app: &AppInner) -> Self {
        let mut recipients = vec![fed::AWS_SIGNIN_URL.to_owned()];
        let mut audiences = vec![
            fed::AWS_SIGNIN_URL.to_owned(),
            fed::AWS_AUDIENCE_URN.to_owned(),
        ];
        if let Some(url) = &app.settings.public_url {
            let own = format!("{}/saml", url.trim_end_matches('/'));
            recipients.push(own.clone());
            audiences.push(own);
        }
        SamlSite {
            recipients,
            audiences,
            skew: Duration::from_secs(300),
        }
    }

    pub fn endpoint(&self) -> Endpoint<'_> {
        Endpoint {
            recipients: &self.recipients,
            audiences: &self.audiences,
            skew: self.skew,
        }
    }
}

/// The IAM SAML provider an ARN names (`InvalidIdentityToken` when there is none).
pub(crate) fn saml_provider(
    app: &AppInner,
    arn: &str,
    partition: &str,
) -> Result<SamlProvider, ApiError> {
    let account = arn
        .strip_prefix("arn:")
        .and_then(|r| r.strip_prefix(partition))
        .and_then(|r| r.strip_prefix(":iam::"))
        .and_then(|r| r.split_once(':'))
        .filter(|(_, res)| res.starts_with("saml-provider/"))
        .map(|(account, _)| account)
        .ok_or_else(|| ApiError::new("ValidationError", format!("{arn} is invalid"), 400))?;
    match app.installation.iam().get_saml_provider(account, arn) {
        Ok(p) => Ok(p),
        Err(IamError::NoSuchEntity(_) | IamError::InvalidInput(_) | IamError::Validation(_)) => {
            Err(ApiError::new(
                "InvalidIdentityToken",
                format!("SAML provider {arn} does not exist."),
                400,
            ))
        }
        Err(e) => Err(crate::operations::core_error_message(&e)),
    }
}

// ---------------------------------------------------------------------------
// Request plumbing

/// What a page handler sees of its request.
struct PageRequest {
    cookies: Vec<(String, String)>,
    form: Vec<(String, String)>,
    secure: bool,
    source_ip: Option<std::net::IpAddr>,
    tls: bool,
    host: String,
    user_agent: String,
    request_id: String,
}

impl PageRequest {
    fn param(&self, name: &str) -> Option<&str> {
        self.form
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn origin(&self) -> trail::Origin<'_> {
        trail::Origin {
            source_ip: self.source_ip,
            tls: self.tls,
            host: &self.host,
            user_agent: &self.user_agent,
            request_id: &self.request_id,
        }
    }

    fn ctx(&self) -> RequestCtx<'static> {
        RequestCtx {
            caller: None,
            secure_transport: self.secure,
            source_ip: self.source_ip,
        }
    }
}

async fn read(app: &App, req: Request) -> Result<PageRequest, Response> {
    let (parts, body) = req.into_parts();
    let conn = parts.extensions.get::<ConnectionInfo>().copied();
    // A page's form is held to the smaller of its own limit and --max-body-bytes.
    let limit = MAX_FORM_BYTES.min(app.0.settings.max_body_bytes);
    let bytes = crate::pipeline::read_body(body, limit, app.0.settings.body_timeout_secs)
        .await
        .map_err(|e| {
            let status = StatusCode::from_u16(e.status).unwrap_or(StatusCode::BAD_REQUEST);
            let mut resp = error_page(status, &e.message);
            resp.headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            resp
        })?;
    let query = parts.uri.query().unwrap_or("").to_owned();
    let mut form = parse_form(&query);
    let is_form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if parts.method == http::Method::POST && is_form {
        form.extend(parse_form(&String::from_utf8_lossy(&bytes)));
    }
    let cookies = parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    let secure = conn.is_some_and(|c| c.tls)
        || app
            .0
            .settings
            .public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"));
    let header_text = |name: header::HeaderName| {
        parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    };
    Ok(PageRequest {
        cookies,
        form,
        secure,
        source_ip: conn.map(|c| c.peer.ip()),
        tls: conn.is_some_and(|c| c.tls),
        host: header_text(header::HOST),
        user_agent: header_text(header::USER_AGENT),
        request_id: gatehouse_core::ids::uuid_v4(),
    })
}

/// Runs a page off the async workers: pages read and write the store.
async fn run_page<F>(app: App, req: Request, page: F) -> Response
where
    F: FnOnce(&AppInner, &PageRequest) -> Response + Send + 'static,
{
    let pr = match read(&app, req).await {
        Ok(pr) => pr,
        Err(resp) => return resp,
    };
    let inner = Arc::clone(&app.0);
    tokio::task::spawn_blocking(move || page(&inner, &pr))
        .await
        .unwrap_or_else(|_| error_page(StatusCode::INTERNAL_SERVER_ERROR, "Internal error."))
}

fn parse_form(text: &str) -> Vec<(String, String)> {
    text.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn form_encode(pairs: &[(&str, &str)]) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect()
    };
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Calls an STS operation in-process, exactly as a client's request would reach it, and
/// records it in the trail as such.
fn call_sts(
    app: &AppInner,
    pr: &PageRequest,
    ctx: &RequestCtx<'_>,
    params: &[(&str, &str)],
) -> Result<Value, ApiError> {
    let body = form_encode(params);
    let headers = [(
        "content-type",
        "application/x-www-form-urlencoded; charset=utf-8",
    )];
    let wreq = gatehouse_wire::HttpRequest {
        method: "POST",
        path: "/",
        query: "",
        headers: &headers,
        body: body.as_bytes(),
    };
    let routed = gatehouse_wire::route(&wreq, Some("sts"))?;
    let input = gatehouse_wire::decode_input(&routed, &wreq)?;
    let result = crate::operations::dispatch(app, ctx, &routed, &input);
    trail::record_api_call(
        app,
        &pr.origin(),
        Some(routed.service),
        Some(routed.operation.name),
        ctx.caller,
        Some(&input),
        result.as_ref().ok(),
        result.as_ref().err(),
    );
    result
}

/// Records a refused sign-in step: no principal is known, so it goes to the management
/// account's trail.
fn record_refusal(app: &AppInner, pr: &PageRequest, name: &str, message: &str) {
    record_sign_in(app, pr, name, None, serde_json::json!({}), Some(message));
}

/// Records a sign-in page's event (`ConsoleLogin`, `GetSigninToken`, `SwitchRole`) as
/// CloudTrail does: `responseElements` say `Success` or `Failure` under the event's name.
fn record_sign_in(
    app: &AppInner,
    pr: &PageRequest,
    name: &str,
    caller: Option<&gatehouse_core::Caller>,
    additional: serde_json::Value,
    failure: Option<&str>,
) {
    let outcome = if failure.is_some() {
        "Failure"
    } else {
        "Success"
    };
    trail::record(
        app,
        &pr.origin(),
        trail::Entry {
            source: "signin.amazonaws.com".to_owned(),
            name: name.to_owned(),
            event_type: "AwsConsoleSignIn",
            read_only: false,
            caller,
            account_id: None,
            request_parameters: serde_json::Value::Null,
            response_elements: serde_json::json!({ name: outcome }),
            additional_event_data: Some(additional),
            error: failure.map(|m| ("Failed authentication", m)),
            resources: Vec::new(),
        },
    );
}

fn now_ms(app: &AppInner) -> i64 {
    app.installation.clock().now().0
}

// ---------------------------------------------------------------------------
// Responses

fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn page(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{t} - Gatehouse</title>\
<style>body{{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}}\
pre{{background:#f4f4f4;padding:.8em;overflow-x:auto}}fieldset{{margin:1em 0}}\
table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:.3em .6em;text-align:left}}</style>\
</head><body><h1>{t}</h1>\n{body}\n</body></html>\n",
        t = html_escape(title)
    );
    let mut resp = Response::new(Body::from(html));
    *resp.status_mut() = status;
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        "content-security-policy",
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    resp
}

fn error_page(status: StatusCode, message: &str) -> Response {
    page(
        status,
        "Sign-in failed",
        &format!("<p id=\"error\">{}</p>", html_escape(message)),
    )
}

fn api_error_page(e: &ApiError) -> Response {
    let status = StatusCode::from_u16(e.status).unwrap_or(StatusCode::BAD_REQUEST);
    error_page(status, &format!("{}: {}", e.code, e.message))
}

use gatehouse_core::console_federation::{forget, load, save, take};

fn store_failed(e: &StoreError) -> Response {
    tracing::error!(error = %e, "web page store failure");
    error_page(
        StatusCode::SERVICE_UNAVAILABLE,
        "The service is unavailable.",
    )
}

fn cookie(name: &str, value: &str, path: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let text =
        format!("{name}={value}; Path={path}; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}");
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn redirect(to: &str) -> Response {
    let mut resp = Response::new(Body::empty());
    *resp.status_mut() = StatusCode::SEE_OTHER;
    if let Ok(v) = HeaderValue::from_str(to) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

fn with_cookie(mut resp: Response, value: HeaderValue) -> Response {
    resp.headers_mut().append(header::SET_COOKIE, value);
    resp
}

// ---------------------------------------------------------------------------
// POST /saml: the IdP-initiated sign-in

async fn saml_post(State(app): State<App>, req: Request) -> Response {
    run_page(app, req, saml_post_page).await
}

fn saml_post_page(app: &AppInner, pr: &PageRequest) -> Response {
    let Some(saml_response) = pr.param("SAMLResponse").map(str::to_owned) else {
        return error_page(StatusCode::BAD_REQUEST, "The form has no SAMLResponse.");
    };
    let partition = app.installation.settings().partition.clone();
    let site = SamlSite::of(app);
    let now = now_ms(app);
    let mut last_error = None;
    let mut verified = None;
    let mut roles: Vec<RoleChoice> = Vec::new();
    // Each account federates through its own provider (same IdP, same keys): every
    // provider the response names verifies it for its own roles.
    for arn in fed::unverified_provider_arns(&saml_response)
        .into_iter()
        .take(MAX_PROVIDERS)
    {
        let provider = match saml_provider(app, &arn, &partition) {
            Ok(p) => p,
            Err(e) => {
                last_error = Some(e);
                continue;
            }
        };
        match fed::verify_for_provider(&provider, &saml_response, now, &site.endpoint()) {
            Ok(v) => {
                roles.extend(
                    v.assertion
                        .attribute(fed::ROLE_ATTRIBUTE)
                        .map(fed::role_pairs)
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|p: &RolePair| p.provider_arn == provider.arn)
                        .map(|p| RoleChoice {
                            role_arn: p.role_arn,
                            provider_arn: p.provider_arn,
                        }),
                );
                verified.get_or_insert(v);
            }
            Err(e) => {
                let (code, message) = e.aws();
                last_error = Some(ApiError::new(code, message, 400));
            }
        }
    }
    let Some(verified) = verified else {
        return last_error.map_or_else(
            || {
                error_page(
                    StatusCode::BAD_REQUEST,
                    "The response names no SAML provider of this server.",
                )
            },
            |e| api_error_page(&e),
        );
    };
    if roles.is_empty() {
        return error_page(
            StatusCode::FORBIDDEN,
            "Your identity provider granted you no role of this provider.",
        );
    }
    let session_duration = verified
        .assertion
        .attribute(fed::SESSION_DURATION_ATTRIBUTE)
        .and_then(|v| v.first().cloned());
    let pending = PendingSignIn {
        saml_response,
        roles,
        csrf: random_secret(),
        session_duration,
        relay_state: pr.param("RelayState").map(str::to_owned),
        until: now + PENDING_MS,
    };
    if let [only] = pending.roles.as_slice() {
        return complete_saml_sign_in(app, pr, &pending, only);
    }
    let secret = random_secret();
    if let Err(e) = save(app.installation.store(), PENDING, &secret, &pending) {
        return store_failed(&e);
    }
    let picker = role_picker(app, &pending);
    with_cookie(
        page(StatusCode::OK, "Select a role", &picker),
        cookie(
            PENDING_COOKIE,
            &secret,
            "/saml",
            PENDING_MS / 1000,
            pr.secure,
        ),
    )
}

fn role_picker(app: &AppInner, pending: &PendingSignIn) -> String {
    let mut by_account: Vec<(String, Vec<&str>)> = Vec::new();
    for choice in &pending.roles {
        let role = &choice.role_arn;
        let account = role.split(':').nth(4).unwrap_or_default().to_owned();
        match by_account.iter_mut().find(|(a, _)| *a == account) {
            Some((_, v)) => v.push(role),
            None => by_account.push((account, vec![role])),
        }
    }
    let mut html =
        String::from("<form method=\"post\" action=\"/saml/role\" id=\"role-picker\">\n");
    html.push_str(&format!(
        "<input type=\"hidden\" name=\"csrf\" value=\"{}\">\n",
        html_escape(&pending.csrf)
    ));
    for (i, (account, roles)) in by_account.iter().enumerate() {
        let alias = app
            .installation
            .iam()
            .account_aliases(account)
            .ok()
            .and_then(|a| a.into_iter().next());
        let label = match alias {
            Some(a) => format!("Account: {} ({})", html_escape(&a), html_escape(account)),
            None => format!("Account: {}", html_escape(account)),
        };
        html.push_str(&format!(
            "<fieldset class=\"account\" data-account=\"{}\"><legend>{label}</legend>\n",
            html_escape(account)
        ));
        for (j, role) in roles.iter().enumerate() {
            let name = role.rsplit('/').next().unwrap_or(role);
            let checked = if i == 0 && j == 0 { " checked" } else { "" };
            html.push_str(&format!(
                "<label><input type=\"radio\" name=\"roleIndex\" value=\"{r}\"{checked}> {n}</label> <small>{r}</small><br>\n",
                r = html_escape(role),
                n = html_escape(name),
            ));
        }
        html.push_str("</fieldset>\n");
    }
    html.push_str("<button type=\"submit\" id=\"signin-button\">Sign in</button>\n</form>");
    html
}

async fn saml_role(State(app): State<App>, req: Request) -> Response {
    run_page(app, req, saml_role_page).await
}

fn saml_role_page(app: &AppInner, pr: &PageRequest) -> Response {
    let Some(secret) = pr.cookie(PENDING_COOKIE) else {
        return error_page(
            StatusCode::BAD_REQUEST,
            "Your sign-in has expired; sign in at your identity provider again.",
        );
    };
    // Peeked first so a forged form cannot use up someone's pending sign-in.
    let pending: PendingSignIn = match load(app.installation.store(), PENDING, secret) {
        Ok(Some(p)) => p,
        Ok(None) => {
            return error_page(
                StatusCode::BAD_REQUEST,
                "Your sign-in has expired; sign in at your identity provider again.",
            );
        }
        Err(e) => return store_failed(&e),
    };
    let csrf_ok = pr
        .param("csrf")
        .is_some_and(|c| secrets_equal(c, &pending.csrf));
    if !csrf_ok {
        return error_page(StatusCode::FORBIDDEN, "The form is not valid.");
    }
    let Some(role) = pr
        .param("roleIndex")
        .and_then(|r| pending.roles.iter().find(|x| x.role_arn == r))
        .cloned()
    else {
        return error_page(StatusCode::BAD_REQUEST, "Choose one of the roles offered.");
    };
    let pending: PendingSignIn = match take(app.installation.store(), PENDING, secret) {
        Ok(Some(p)) => p,
        Ok(None) => {
            return error_page(StatusCode::BAD_REQUEST, "This sign-in was already used.");
        }
        Err(e) => return store_failed(&e),
    };
    if pending.until <= now_ms(app) {
        return error_page(
            StatusCode::BAD_REQUEST,
            "Your sign-in has expired; sign in at your identity provider again.",
        );
    }
    let resp = complete_saml_sign_in(app, pr, &pending, &role);
    with_cookie(resp, cookie(PENDING_COOKIE, "", "/saml", 0, pr.secure))
}

/// AssumeRoleWithSAML for the chosen role, then a console session with its result.
fn complete_saml_sign_in(
    app: &AppInner,
    pr: &PageRequest,
    pending: &PendingSignIn,
    role: &RoleChoice,
) -> Response {
    let duration = pending
        .session_duration
        .as_deref()
        .and_then(|d| d.trim().parse::<i64>().ok())
        .filter(|d| (900..=MAX_CONSOLE_SECS).contains(d))
        .map(|d| d.to_string());
    let mut params = vec![
        ("Action", "AssumeRoleWithSAML"),
        ("Version", "2011-06-15"),
        ("RoleArn", role.role_arn.as_str()),
        ("PrincipalArn", role.provider_arn.as_str()),
        ("SAMLAssertion", pending.saml_response.as_str()),
    ];
    if let Some(d) = &duration {
        params.push(("DurationSeconds", d));
    }
    let out = match call_sts(app, pr, &pr.ctx(), &params)
        .and_then(|v| {
            m::AssumeRoleWithSAMLResponse::from_value(&v)
                .map_err(|e| ApiError::new("InternalFailure", e.to_string(), 500))
        })
        .and_then(|r| {
            r.credentials
                .ok_or_else(|| ApiError::new("InternalFailure", "no credentials", 500))
        }) {
        Ok(c) => c,
        Err(e) => return api_error_page(&e),
    };
    let until = out.expiration.epoch_millis();
    // RelayState names where the user was going; only this server's pages are followed.
    let destination = local_destination(
        app,
        pending.relay_state.as_deref().filter(|r| !r.is_empty()),
    );
    open_console_session(
        app,
        pr,
        &out.access_key_id,
        &out.session_token,
        until,
        &destination,
        Some(&role.provider_arn),
    )
}

/// Opens a console session for temporary credentials and records the `ConsoleLogin`
/// (with the SAML provider when the sign-in came through one).
fn open_console_session(
    app: &AppInner,
    pr: &PageRequest,
    access_key_id: &str,
    session_token: &str,
    until: i64,
    destination: &str,
    saml_provider: Option<&str>,
) -> Response {
    let secret = random_secret();
    let session = ConsoleSession {
        access_key_id: access_key_id.to_owned(),
        session_token: session_token.to_owned(),
        csrf: random_secret(),
        until,
    };
    if let Err(e) = save(
        app.installation.store(),
        CONSOLE_SESSIONS,
        &secret,
        &session,
    ) {
        return store_failed(&e);
    }
    let caller = app
        .installation
        .sts()
        .open_session(access_key_id, session_token)
        .ok()
        .map(|o| o.caller);
    let mut additional = serde_json::json!({
        "LoginTo": destination,
        "MobileVersion": "No",
        "MFAUsed": "No",
    });
    if let (Some(arn), Some(map)) = (saml_provider, additional.as_object_mut()) {
        map.insert("SamlProviderArn".to_owned(), arn.into());
    }
    record_sign_in(app, pr, "ConsoleLogin", caller.as_ref(), additional, None);
    let max_age = ((until - now_ms(app)) / 1000).max(0);
    with_cookie(
        redirect(destination),
        cookie(SESSION_COOKIE, &secret, "/", max_age, pr.secure),
    )
}

// ---------------------------------------------------------------------------
// /federation

async fn federation(State(app): State<App>, req: Request) -> Response {
    run_page(app, req, federation_page).await
}

fn json_response(status: StatusCode, body: &serde_json::Value) -> Response {
    let mut resp = Response::new(Body::from(body.to_string()));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

fn federation_page(app: &AppInner, pr: &PageRequest) -> Response {
    match pr.param("Action") {
        Some("getSigninToken") => get_signin_token(app, pr),
        Some("login") => login(app, pr),
        Some("logout") => logout(app, pr),
        _ => json_response(
            StatusCode::BAD_REQUEST,
            &serde_json::json!({"message": "Action must be getSigninToken, login or logout"}),
        ),
    }
}

/// The `Session` parameter: temporary credentials as JSON.
struct SessionParam {
    session_id: String,
    session_key: String,
    session_token: String,
}

impl SessionParam {
    fn parse(text: &str) -> Option<Self> {
        let v: serde_json::Value = serde_json::from_str(text).ok()?;
        let field = |name: &str| v.get(name)?.as_str().map(str::to_owned);
        Some(SessionParam {
            session_id: field("sessionId")?,
            session_key: field("sessionKey")?,
            session_token: field("sessionToken")?,
        })
    }
}

fn get_signin_token(app: &AppInner, pr: &PageRequest) -> Response {
    let bad = |m: &str| json_response(StatusCode::BAD_REQUEST, &serde_json::json!({"message": m}));
    let Some(session) = pr.param("Session").and_then(SessionParam::parse) else {
        return bad("Session must be JSON with sessionId, sessionKey and sessionToken");
    };
    let now = now_ms(app);
    let opened = app
        .installation
        .sts()
        .open_session(&session.session_id, &session.session_token)
        .ok()
        .filter(|o| secrets_equal(&o.claims.secret, &session.session_key));
    let Some(opened) = opened else {
        let message = "The session credentials are not valid";
        record_refusal(app, pr, "GetSigninToken", message);
        return json_response(
            StatusCode::FORBIDDEN,
            &serde_json::json!({ "message": message }),
        );
    };
    let console_secs = match pr.param("SessionDuration") {
        None => MAX_CONSOLE_SECS,
        Some(d) => match d.parse::<i64>() {
            Ok(s) if (900..=MAX_CONSOLE_SECS).contains(&s) => s,
            _ => return bad("SessionDuration must be between 900 and 43200 seconds"),
        },
    };
    let token = random_secret();
    let record = SigninToken {
        access_key_id: session.session_id,
        session_token: session.session_token,
        console_until: (now + console_secs * 1000).min(opened.claims.expires_ms),
        until: now + SIGNIN_TOKEN_MS,
    };
    if let Err(e) = save(app.installation.store(), SIGNIN_TOKENS, &token, &record) {
        return store_failed(&e);
    }
    record_sign_in(
        app,
        pr,
        "GetSigninToken",
        Some(&opened.caller),
        serde_json::json!({ "SessionDuration": console_secs }),
        None,
    );
    json_response(StatusCode::OK, &serde_json::json!({"SigninToken": token}))
}

/// Where a login may send the browser: this server only (no open redirect); anything
/// else goes to the console.
fn local_destination(app: &AppInner, destination: Option<&str>) -> String {
    destination
        .and_then(|d| gatehouse_core::redirect::local_target(d, app.settings.public_url.as_deref()))
        .unwrap_or("/console")
        .to_owned()
}

fn login(app: &AppInner, pr: &PageRequest) -> Response {
    let Some(token) = pr.param("SigninToken") else {
        return error_page(StatusCode::BAD_REQUEST, "SigninToken is required.");
    };
    let record: SigninToken = match take(app.installation.store(), SIGNIN_TOKENS, token) {
        Ok(Some(r)) => r,
        Ok(None) => {
            let message = "The sign-in token is not valid or was already used.";
            record_refusal(app, pr, "ConsoleLogin", message);
            return error_page(StatusCode::FORBIDDEN, message);
        }
        Err(e) => return store_failed(&e),
    };
    if record.until <= now_ms(app) {
        let message = "The sign-in token has expired.";
        record_refusal(app, pr, "ConsoleLogin", message);
        return error_page(StatusCode::FORBIDDEN, message);
    }
    let destination = local_destination(app, pr.param("Destination"));
    open_console_session(
        app,
        pr,
        &record.access_key_id,
        &record.session_token,
        record.console_until,
        &destination,
        None,
    )
}

fn logout(app: &AppInner, pr: &PageRequest) -> Response {
    if let Some(secret) = pr.cookie(SESSION_COOKIE)
        && let Err(e) = forget(app.installation.store(), CONSOLE_SESSIONS, secret)
    {
        return store_failed(&e);
    }
    let resp = match pr.param("Destination") {
        Some(_) => redirect(&local_destination(app, pr.param("Destination"))),
        None => page(
            StatusCode::OK,
            "Signed out",
            "<p id=\"signed-out\">You have signed out.</p>",
        ),
    };
    with_cookie(resp, cookie(SESSION_COOKIE, "", "/", 0, pr.secure))
}

// ---------------------------------------------------------------------------
// The console

/// The console session of a request's cookie, reopened, or the page to show instead.
struct OpenConsole {
    secret: String,
    session: ConsoleSession,
    opened: gatehouse_core::sts::OpenedSession,
}

#[expect(
    clippy::result_large_err,
    reason = "built once per page view and returned at once"
)]
fn open_console(app: &AppInner, pr: &PageRequest) -> Result<OpenConsole, Response> {
    let signed_out = || {
        page(
            StatusCode::UNAUTHORIZED,
            "Not signed in",
            "<p id=\"not-signed-in\">Your console session has ended. Sign in again.</p>",
        )
    };
    let secret = pr.cookie(SESSION_COOKIE).ok_or_else(signed_out)?;
    let session: ConsoleSession = match load(app.installation.store(), CONSOLE_SESSIONS, secret) {
        Ok(Some(s)) => s,
        Ok(None) => return Err(signed_out()),
        Err(e) => return Err(store_failed(&e)),
    };
    if session.until <= now_ms(app) {
        return Err(signed_out());
    }
    let opened = app
        .installation
        .sts()
        .open_session(&session.access_key_id, &session.session_token)
        .map_err(|_| signed_out())?;
    Ok(OpenConsole {
        secret: secret.to_owned(),
        session,
        opened,
    })
}

async fn console(State(app): State<App>, req: Request) -> Response {
    run_page(app, req, console_page).await
}

fn console_page(app: &AppInner, pr: &PageRequest) -> Response {
    let oc = match open_console(app, pr) {
        Ok(oc) => oc,
        Err(resp) => return resp,
    };
    let partition = app.installation.settings().partition.clone();
    let c = &oc.opened.claims;
    let arn = c.arn(&partition);
    let role_arn = match &c.principal {
        gatehouse_core::sts::SessionPrincipal::Role { name, path, .. } => {
            format!("arn:{partition}:iam::{}:role{path}{name}", c.account_id)
        }
        _ => String::new(),
    };
    let session_name = match &c.principal {
        gatehouse_core::sts::SessionPrincipal::Role { session, .. } => session.clone(),
        _ => String::new(),
    };
    let expires = gatehouse_model::Timestamp::from_epoch_millis(c.expires_ms)
        .map(|t| t.to_string())
        .unwrap_or_default();
    let akid = &oc.session.access_key_id;
    let secret = c.secret.as_str();
    let token = &oc.session.session_token;
    let e = html_escape;
    let tags: String = c
        .tags
        .iter()
        .map(|(k, v)| format!("<tr><td>{}</td><td>{}</td></tr>", e(k), e(v)))
        .collect();
    let process_json = serde_json::json!({
        "Version": 1,
        "AccessKeyId": akid,
        "SecretAccessKey": secret,
        "SessionToken": token,
        "Expiration": expires,
    });
    let body = format!(
        r#"<table id="identity">
<tr><th>Account</th><td id="account">{account}</td></tr>
<tr><th>Principal</th><td id="principal-arn">{arn}</td></tr>
<tr><th>Role</th><td id="role-arn">{role_arn}</td></tr>
<tr><th>Session name</th><td id="session-name">{session_name}</td></tr>
<tr><th>Source identity</th><td id="source-identity">{source_identity}</td></tr>
<tr><th>Expires</th><td id="expiration">{expires}</td></tr>
</table>
<h2>Session tags</h2><table id="tags">{tags}</table>
<h2>Credentials</h2>
<p>Access key id <code id="access-key-id">{akid}</code></p>
<p>Secret access key <code id="secret-access-key">{secret}</code></p>
<p>Session token <code id="session-token" style="word-break:break-all">{token}</code></p>
<h3>Environment variables</h3>
<pre id="env">export AWS_ACCESS_KEY_ID={akid}
export AWS_SECRET_ACCESS_KEY={secret}
export AWS_SESSION_TOKEN={token}</pre>
<h3>~/.aws/credentials</h3>
<pre id="credentials-file">[default]
aws_access_key_id = {akid}
aws_secret_access_key = {secret}
aws_session_token = {token}</pre>
<h3>credential_process</h3>
<pre id="credential-process">{process}</pre>
<h2>Switch role</h2>
<form method="post" action="/console/switch-role" id="switch-role">
<input type="hidden" name="csrf" value="{csrf}">
<label>Role ARN <input name="RoleArn" id="switch-role-arn" size="60"></label><br>
<label>Session name <input name="RoleSessionName" id="switch-session-name" value="{session_name}"></label><br>
<button type="submit" id="switch-role-button">Switch role</button>
</form>
<form method="post" action="/console/sign-out" id="sign-out">
<input type="hidden" name="csrf" value="{csrf}">
<button type="submit" id="sign-out-button">Sign out</button>
</form>"#,
        account = e(&c.account_id),
        arn = e(&arn),
        role_arn = e(&role_arn),
        session_name = e(&session_name),
        source_identity = e(c.source_identity.as_deref().unwrap_or("")),
        expires = e(&expires),
        tags = tags,
        akid = e(akid),
        secret = e(secret),
        token = e(token),
        process = e(&serde_json::to_string_pretty(&process_json).unwrap_or_default()),
        csrf = e(&oc.session.csrf),
    );
    page(StatusCode::OK, "Gatehouse console", &body)
}

fn csrf_ok(pr: &PageRequest, session: &ConsoleSession) -> bool {
    pr.param("csrf")
        .is_some_and(|c| secrets_equal(c, &session.csrf))
}

async fn switch_role(State(app): State<App>, req: Request) -> Response {
    run_page(app, req, switch_role_page).await
}

fn switch_role_page(app: &AppInner, pr: &PageRequest) -> Response {
    let oc = match open_console(app, pr) {
        Ok(oc) => oc,
        Err(resp) => return resp,
    };
    if !csrf_ok(pr, &oc.session) {
        return error_page(StatusCode::FORBIDDEN, "The form is not valid.");
    }
    let role = pr.param("RoleArn").unwrap_or_default();
    let name = pr
        .param("RoleSessionName")
        .filter(|n| !n.is_empty())
        .unwrap_or("console");
    let ctx = RequestCtx {
        caller: Some(&oc.opened.caller),
        secure_transport: pr.secure,
        source_ip: pr.source_ip,
    };
    let params = [
        ("Action", "AssumeRole"),
        ("Version", "2011-06-15"),
        ("RoleArn", role),
        ("RoleSessionName", name),
    ];
    let creds = match call_sts(app, pr, &ctx, &params)
        .and_then(|v| {
            m::AssumeRoleResponse::from_value(&v)
                .map_err(|e| ApiError::new("InternalFailure", e.to_string(), 500))
        })
        .and_then(|r| {
            r.credentials
                .ok_or_else(|| ApiError::new("InternalFailure", "no credentials", 500))
        }) {
        Ok(c) => c,
        Err(e) => return api_error_page(&e),
    };
    let session = ConsoleSession {
        access_key_id: creds.access_key_id.clone(),
        session_token: creds.session_token.clone(),
        csrf: oc.session.csrf.clone(),
        until: oc.session.until.min(creds.expiration.epoch_millis()),
    };
    if let Err(e) = save(
        app.installation.store(),
        CONSOLE_SESSIONS,
        &oc.secret,
        &session,
    ) {
        return store_failed(&e);
    }
    record_sign_in(
        app,
        pr,
        "SwitchRole",
        Some(&oc.opened.caller),
        serde_json::json!({ "SwitchTo": role, "RedirectTo": "/console" }),
        None,
    );
    redirect("/console")
}

async fn sign_out(State(app): State<App>, req: Request) -> Response {
    run_page(app, req, sign_out_page).await
}

fn sign_out_page(app: &AppInner, pr: &PageRequest) -> Response {
    let oc = match open_console(app, pr) {
        Ok(oc) => oc,
        Err(resp) => return resp,
    };
    if !csrf_ok(pr, &oc.session) {
        return error_page(StatusCode::FORBIDDEN, "The form is not valid.");
    }
    if let Err(e) = forget(app.installation.store(), CONSOLE_SESSIONS, &oc.secret) {
        return store_failed(&e);
    }
    with_cookie(
        page(
            StatusCode::OK,
            "Signed out",
            "<p id=\"signed-out\">You have signed out.</p>",
        ),
        cookie(SESSION_COOKIE, "", "/", 0, pr.secure),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_decode_percent_and_plus() {
        assert_eq!(
            parse_form("a=x%2By+z&b=%E2%82%AC&c"),
            vec![
                ("a".to_owned(), "x+y z".to_owned()),
                ("b".to_owned(), "€".to_owned()),
                ("c".to_owned(), String::new()),
            ]
        );
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%4"), "%4");
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            html_escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
