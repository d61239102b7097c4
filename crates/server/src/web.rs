//! Web pages: the SAML browser sign-in (`/saml`), console federation (`/federation`)
//! and the console page behind a session.
//!
//! Every piece of state (pending role choices, sign-in tokens, console sessions) is a
//! store record keyed by the SHA-256 of a random secret, so any node serves any step
//! and a leaked database does not reveal live cookies. Credentials are kept only as
//! their sealed session token.

use std::sync::Arc;
use std::time::Duration;

use askama::Template;
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
        .route("/static/gatehouse.css", get(stylesheet))
}

/// The one stylesheet of every page, compiled in.
const STYLESHEET: &str = include_str!("../static/gatehouse.css");

async fn stylesheet() -> Response {
    let mut resp = Response::new(Body::from(STYLESHEET));
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    resp
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
    let mut form = parse_form(query.as_bytes());
    let is_form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if parts.method == http::Method::POST && is_form {
        form.extend(parse_form(&bytes));
    }
    let cookies = parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .map(|c| (c.name().to_owned(), c.value().to_owned()))
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

/// The pairs of a query string or `application/x-www-form-urlencoded` body; an
/// unparsable form reads as empty, so every parameter is missing.
fn parse_form(bytes: &[u8]) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes(bytes).unwrap_or_default()
}

/// Calls an STS operation in-process, exactly as a client's request would reach it, and
/// records it in the trail as such.
fn call_sts(
    app: &AppInner,
    pr: &PageRequest,
    ctx: &RequestCtx<'_>,
    params: &[(&str, &str)],
) -> Result<Value, ApiError> {
    let body = serde_urlencoded::to_string(params)
        .map_err(|e| ApiError::new("InternalFailure", e.to_string(), 500))?;
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

/// A page with one message, such as an error or "signed out".
#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage<'a> {
    title: &'a str,
    /// The element id tests and scripts find the message by.
    id: &'a str,
    message: &'a str,
    alert: bool,
}

/// Renders a page with the headers every page carries: nothing from elsewhere (scripts
/// none at all, styles only the served stylesheet), no framing, no caching (pages show
/// credentials), no referrer, no content sniffing.
fn html(status: StatusCode, page: &impl Template) -> Response {
    let (status, body) = match page.render() {
        Ok(body) => (status, body),
        Err(e) => {
            tracing::error!(error = %e, "a page template failed to render");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "<!DOCTYPE html><title>Gatehouse</title><p>Internal error.</p>".to_owned(),
            )
        }
    };
    let mut resp = Response::new(Body::from(body));
    *resp.status_mut() = status;
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    h.insert(
        "content-security-policy",
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    resp
}

fn message_page(status: StatusCode, title: &str, id: &str, message: &str) -> Response {
    html(
        status,
        &MessagePage {
            title,
            id,
            message,
            alert: false,
        },
    )
}

fn error_page(status: StatusCode, message: &str) -> Response {
    html(
        status,
        &MessagePage {
            title: "Sign-in failed",
            id: "error",
            message,
            alert: true,
        },
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
    let built = cookie::Cookie::build((name, value))
        .path(path)
        .max_age(cookie::time::Duration::seconds(max_age))
        .http_only(true)
        .same_site(cookie::SameSite::Lax)
        .secure(secure)
        .build();
    HeaderValue::from_str(&built.to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
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
    with_cookie(
        html(StatusCode::OK, &role_picker(app, &pending)),
        cookie(
            PENDING_COOKIE,
            &secret,
            "/saml",
            PENDING_MS / 1000,
            pr.secure,
        ),
    )
}

/// The role picker: the roles a SAML response granted, by account.
#[derive(Template)]
#[template(path = "role_picker.html")]
struct RolePickerPage<'a> {
    title: &'a str,
    csrf: &'a str,
    accounts: Vec<AccountRoles<'a>>,
}

struct AccountRoles<'a> {
    id: String,
    alias: Option<String>,
    roles: Vec<RoleOption<'a>>,
}

struct RoleOption<'a> {
    arn: &'a str,
    name: &'a str,
    checked: bool,
}

fn role_picker<'a>(app: &AppInner, pending: &'a PendingSignIn) -> RolePickerPage<'a> {
    let mut accounts: Vec<AccountRoles<'a>> = Vec::new();
    for choice in &pending.roles {
        let arn = choice.role_arn.as_str();
        let account = arn.split(':').nth(4).unwrap_or_default().to_owned();
        let option = RoleOption {
            arn,
            name: arn.rsplit('/').next().unwrap_or(arn),
            checked: accounts.is_empty(),
        };
        match accounts.iter_mut().find(|a| a.id == account) {
            Some(a) => a.roles.push(option),
            None => {
                let alias = app
                    .installation
                    .iam()
                    .account_aliases(&account)
                    .ok()
                    .and_then(|a| a.into_iter().next());
                accounts.push(AccountRoles {
                    id: account,
                    alias,
                    roles: vec![option],
                });
            }
        }
    }
    RolePickerPage {
        title: "Select a role",
        csrf: &pending.csrf,
        accounts,
    }
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
        None => message_page(
            StatusCode::OK,
            "Signed out",
            "signed-out",
            "You have signed out.",
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
        message_page(
            StatusCode::UNAUTHORIZED,
            "Not signed in",
            "not-signed-in",
            "Your console session has ended. Sign in again.",
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
    let process_json = serde_json::json!({
        "Version": 1,
        "AccessKeyId": akid,
        "SecretAccessKey": secret,
        "SessionToken": token,
        "Expiration": expires,
    });
    let credential_process = serde_json::to_string_pretty(&process_json).unwrap_or_default();
    html(
        StatusCode::OK,
        &ConsolePage {
            title: "Gatehouse console",
            account: &c.account_id,
            arn: &arn,
            role_arn: &role_arn,
            session_name: &session_name,
            source_identity: c.source_identity.as_deref().unwrap_or(""),
            expires: &expires,
            tags: &c.tags,
            access_key_id: akid,
            secret_access_key: secret,
            session_token: token,
            credential_process: &credential_process,
            csrf: &oc.session.csrf,
        },
    )
}

/// The console: who the session is, its credentials in the forms tools read, and the
/// switch-role and sign-out forms.
#[derive(Template)]
#[template(path = "console.html")]
struct ConsolePage<'a> {
    title: &'a str,
    account: &'a str,
    arn: &'a str,
    role_arn: &'a str,
    session_name: &'a str,
    source_identity: &'a str,
    expires: &'a str,
    tags: &'a [(String, String)],
    access_key_id: &'a str,
    secret_access_key: &'a str,
    session_token: &'a str,
    credential_process: &'a str,
    csrf: &'a str,
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
        message_page(
            StatusCode::OK,
            "Signed out",
            "signed-out",
            "You have signed out.",
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
            parse_form(b"a=x%2By+z&b=%E2%82%AC&c"),
            vec![
                ("a".to_owned(), "x+y z".to_owned()),
                ("b".to_owned(), "\u{20ac}".to_owned()),
                ("c".to_owned(), String::new()),
            ]
        );
        assert_eq!(
            parse_form(b"p=100%"),
            vec![("p".to_owned(), "100%".to_owned())]
        );
    }

    #[test]
    fn pages_escape_what_they_show() {
        let html = MessagePage {
            title: "<t>",
            id: "error",
            message: "<a href=\"x\">&'",
            alert: true,
        }
        .render()
        .unwrap_or_default();
        assert!(
            html.contains("&#60;a href=&#34;x&#34;&#62;&#38;&#39;")
                || html.contains("&lt;a href=&quot;x&quot;&gt;&amp;&#39;"),
            "{html}"
        );
        assert!(!html.contains("<a href"), "{html}");
        assert!(html.contains("<link rel=\"stylesheet\" href=\"/static/gatehouse.css\">"));
    }
}
