//! One request, start to finish: read the body within its limit, route, authenticate,
//! decode, authorize, execute, encode, then record the audit event and metrics.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Instant;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use gatehouse_core::store::StoreBarrier;
use gatehouse_core::{Caller, ids};
use gatehouse_model::{ServiceDef, Value};
use gatehouse_sigv4 as sigv4;
use gatehouse_wire::{self as wire, ApiError, Routed};
use http::request::Parts;
use http_body_util::{BodyExt, LengthLimitError, Limited};

use crate::app::{App, AppInner};
use crate::auth;
use crate::listener::ConnectionInfo;
use crate::metrics::Outcome;
use crate::operations::{self, RequestCtx};
use crate::trail;

pub(crate) async fn health(State(app): State<App>) -> Response {
    if app.0.ready.load(Ordering::SeqCst) {
        let body = if app.0.settings.emulator {
            "ok (EMULATOR MODE: unknown access keys are accepted without signature checks)\n"
        } else {
            "ok\n"
        };
        (StatusCode::OK, body).into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "starting\n").into_response()
    }
}

pub(crate) async fn metrics(State(app): State<App>) -> Response {
    let mut resp = app.0.metrics.render().into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    resp
}

/// Everything known of one exchange before it is executed.
struct Exchange {
    parts: Parts,
    body: Bytes,
    conn: Option<ConnectionInfo>,
    request_id: String,
    started: Instant,
}

/// A request that passed routing, authentication, decoding and authorization.
struct Admitted {
    routed: Routed,
    caller: Option<Caller>,
    input: Value,
}

/// How far a failed request got, for its audit event.
struct Refused {
    routed: Option<Routed>,
    caller: Option<Caller>,
    error: ApiError,
}

/// A request's operation and its signature as parsed (before it is checked).
struct Route {
    routed: Routed,
    signature: Result<sigv4::Authorization, sigv4::SigV4Error>,
}

/// What a request came to: `(operation, caller, input, output)` or how it was refused.
type Answer = Result<(Routed, Option<Caller>, Value, Value), Refused>;

/// Reads a whole request body within `limit` bytes and `timeout_secs`, or the AWS error
/// for a body too large, cut short or too slow. A refused body ends the connection (the
/// rest of it is never read), so the error response asks to close.
pub(crate) async fn read_body(
    body: Body,
    limit: usize,
    timeout_secs: u64,
) -> Result<Bytes, ApiError> {
    let read = Limited::new(body, limit).collect();
    match tokio::time::timeout(std::time::Duration::from_secs(timeout_secs), read).await {
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => Err(ApiError::new(
            "RequestEntityTooLarge",
            format!("Request body must be at most {limit} bytes."),
            413,
        )),
        Ok(Err(_)) => Err(ApiError::new(
            "IncompleteBody",
            "The request body could not be read.",
            400,
        )),
        Err(_) => Err(ApiError::new(
            "RequestTimeout",
            "Your socket connection to the server was not read from or written to within the timeout period.",
            400,
        )),
    }
}

pub(crate) async fn handle(State(app): State<App>, req: Request) -> Response {
    let mut resp = answer(&app, req).await;
    let Some(pending) = resp.extensions_mut().remove::<PendingAudit>() else {
        return resp;
    };
    // The write is done; it is acknowledged only once its audit event is durable too.
    let receiver = pending.receiver.lock().ok().and_then(|mut r| r.take());
    let kept = match receiver {
        Some(rx) => matches!(
            tokio::time::timeout(std::time::Duration::from_secs(30), rx).await,
            Ok(Ok(true))
        ),
        None => false,
    };
    if kept {
        return resp;
    }
    tracing::error!(
        request_id = %pending.request_id,
        "a write's audit event could not be confirmed; the write is not acknowledged"
    );
    let error = ApiError::new("ServiceFailure", "An internal error occurred.", 500);
    to_http(wire::encode_error_as(
        pending.routed.service,
        pending.routed.protocol,
        &error,
        &pending.request_id,
    ))
}

/// Carried on the response of a write until its audit event is committed.
#[derive(Clone)]
struct PendingAudit {
    receiver: Arc<std::sync::Mutex<Option<tokio::sync::oneshot::Receiver<bool>>>>,
    routed: Routed,
    request_id: String,
}

/// Whether a successful call changed what the store holds, so that its answer must wait
/// for its audit event. STS calls issue credentials without writing (a role's last use
/// aside, which is bookkeeping), and reads change nothing.
fn is_write(routed: &Routed) -> bool {
    routed.service.name != "sts" && !operations::is_read_only(routed.operation.name)
}

async fn answer(app: &App, req: Request) -> Response {
    let started = Instant::now();
    let request_id = ids::uuid_v4();
    let (parts, body) = req.into_parts();
    let conn = parts.extensions.get::<ConnectionInfo>().copied();
    let limit = app.0.settings.max_body_bytes;
    let body = match read_body(body, limit, app.0.settings.body_timeout_secs).await {
        Ok(bytes) => bytes,
        Err(error) => {
            let ex = Exchange {
                parts,
                body: Bytes::new(),
                conn,
                request_id,
                started,
            };
            let mut resp = finish(
                &app.0,
                &ex,
                Err(Refused {
                    routed: None,
                    caller: None,
                    error,
                }),
            );
            resp.headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            return resp;
        }
    };
    let ex = Exchange {
        parts,
        body,
        conn,
        request_id,
        started,
    };
    if !app.0.installation.store().safe_on_async_worker() {
        // This store blocks on the network: a request is answered here only if it needs
        // nothing but this node's caches, else it runs on a blocking thread.
        if let Some(answer) = answer_from_caches(&app.0, &ex) {
            return finish(&app.0, &ex, answer);
        }
        let inner = Arc::clone(&app.0);
        return match tokio::task::spawn_blocking(move || {
            let outcome = match admit(&inner, &ex) {
                Ok(adm) => execute_guarded(&inner, &ex, adm),
                Err(refused) => Err(refused),
            };
            (ex, outcome)
        })
        .await
        {
            Ok((ex, outcome)) => finish(&app.0, &ex, outcome),
            Err(_) => internal_error_response(&app.0),
        };
    }
    let admitted = admit(&app.0, &ex);
    let outcome = match admitted {
        Err(refused) => Err(refused),
        Ok(adm) if operations::runs_inline(&adm.routed) => execute_guarded(&app.0, &ex, adm),
        Ok(adm) => {
            let inner = Arc::clone(&app.0);
            let (ex, result) = match tokio::task::spawn_blocking(move || {
                let r = execute_guarded(&inner, &ex, adm);
                (ex, r)
            })
            .await
            {
                Ok(pair) => pair,
                Err(_) => {
                    return internal_error_response(&app.0);
                }
            };
            return finish(&app.0, &ex, result);
        }
    };
    finish(&app.0, &ex, outcome)
}

/// [`execute`], with a panic inside the operation turned into an internal error that is
/// answered, audited and counted like any other (a panic is a defect, never an answer).
#[expect(
    clippy::result_large_err,
    reason = "built once per request and moved, never copied"
)]
fn execute_guarded(app: &AppInner, ex: &Exchange, adm: Admitted) -> Answer {
    let routed = adm.routed;
    let caller = adm.caller.clone();
    let run = std::panic::AssertUnwindSafe(
        #[expect(
            clippy::result_large_err,
            reason = "built once per request and moved, never copied"
        )]
        || execute(app, ex, adm),
    );
    std::panic::catch_unwind(run).unwrap_or_else(
        #[expect(
            clippy::result_large_err,
            reason = "built once per request and moved, never copied"
        )]
        |_| {
            tracing::error!(
                request_id = %ex.request_id, service = routed.service.name,
                operation = routed.operation.name, "the operation panicked"
            );
            Err(Refused {
                routed: Some(routed),
                caller,
                error: ApiError::new("ServiceFailure", "An internal error occurred.", 500),
            })
        },
    )
}

#[expect(
    clippy::result_large_err,
    reason = "built once per request and moved, never copied"
)]
fn execute(app: &AppInner, ex: &Exchange, adm: Admitted) -> Answer {
    let ctx = RequestCtx {
        caller: adm.caller.as_ref(),
        secure_transport: ex.conn.is_some_and(|c| c.tls),
        source_ip: ex.conn.map(|c| c.peer.ip()),
    };
    match operations::dispatch(app, &ctx, &adm.routed, &adm.input) {
        Ok(output) => Ok((adm.routed, adm.caller, adm.input, output)),
        Err(error) => Err(Refused {
            routed: Some(adm.routed),
            caller: adm.caller,
            error,
        }),
    }
}

/// Tries the request on this async worker with the store barred, for the operations
/// that are normally answered from this node's caches (authentication included). `None`
/// when it is not one of them or when it needed the store after all: then whatever the
/// attempt produced is dropped unseen (nothing was audited, counted or sent) and the
/// caller runs the whole request again, from authentication on, where the store may be
/// called. `operations::answered_from_caches` says why redoing is safe for each one.
fn answer_from_caches(app: &AppInner, ex: &Exchange) -> Option<Answer> {
    let route = match route(ex) {
        Ok(route) => route,
        // Routing reads nothing: its refusal is final.
        Err(refused) => return Some(Err(refused)),
    };
    if !operations::answered_from_caches(&route.routed) {
        return None;
    }
    let (service, operation) = (route.routed.service.name, route.routed.operation.name);
    let barrier = StoreBarrier::raise();
    let answer = match admit_routed(app, ex, route) {
        Ok(adm) => execute(app, ex, adm),
        Err(refused) => Err(refused),
    };
    let needed_store = barrier.was_hit();
    drop(barrier);
    app.metrics
        .observe_cache_attempt(service, operation, !needed_store);
    if needed_store { None } else { Some(answer) }
}

/// The request's headers as SigV4 and the codecs see them. An HTTP/2 request names its
/// host in the `:authority` pseudo-header, which is the URI's authority here: it stands
/// for `host` when no `Host` header was sent, as AWS takes it.
fn header_pairs(parts: &Parts) -> Vec<(&str, &str)> {
    let mut pairs: Vec<(&str, &str)> = parts
        .headers
        .iter()
        .filter_map(|(name, value)| value.to_str().ok().map(|v| (name.as_str(), v)))
        .collect();
    if !parts.headers.contains_key(header::HOST)
        && let Some(authority) = parts.uri.authority()
    {
        pairs.push(("host", authority.as_str()));
    }
    pairs
}

#[expect(
    clippy::result_large_err,
    reason = "built once per request and moved, never copied"
)]
fn admit(app: &AppInner, ex: &Exchange) -> Result<Admitted, Refused> {
    admit_routed(app, ex, route(ex)?)
}

/// Finds the operation (the signature's scope helps); reads no store.
#[expect(
    clippy::result_large_err,
    reason = "built once per request and moved, never copied"
)]
fn route(ex: &Exchange) -> Result<Route, Refused> {
    let headers = header_pairs(&ex.parts);
    let path = ex.parts.uri.path();
    let query = ex.parts.uri.query().unwrap_or("");
    let method = ex.parts.method.as_str();
    let sreq = sigv4::Request {
        method,
        path,
        query,
        headers: &headers,
        payload: sigv4::Payload::Bytes(&ex.body),
    };
    let signature = sigv4::parse(&sreq);
    let signing_service = signature
        .as_ref()
        .ok()
        .map(|a| a.credential.service.as_str());
    let wreq = wire::HttpRequest {
        method,
        path,
        query,
        headers: &headers,
        body: &ex.body,
    };
    let routed = wire::route(&wreq, signing_service).map_err(|error| Refused {
        routed: None,
        caller: None,
        error,
    })?;
    Ok(Route { routed, signature })
}

/// Authenticates, decodes and checks a routed request.
#[expect(
    clippy::result_large_err,
    reason = "built once per request and moved, never copied"
)]
fn admit_routed(app: &AppInner, ex: &Exchange, route: Route) -> Result<Admitted, Refused> {
    let Route { routed, signature } = route;
    let headers = header_pairs(&ex.parts);
    let path = ex.parts.uri.path();
    let query = ex.parts.uri.query().unwrap_or("");
    let method = ex.parts.method.as_str();
    let sreq = sigv4::Request {
        method,
        path,
        query,
        headers: &headers,
        payload: sigv4::Payload::Bytes(&ex.body),
    };
    let wreq = wire::HttpRequest {
        method,
        path,
        query,
        headers: &headers,
        body: &ex.body,
    };
    let caller = if routed.operation.unsigned {
        None
    } else {
        let refuse = |error| Refused {
            routed: Some(routed),
            caller: None,
            error,
        };
        let auth = signature.map_err(|e| refuse(auth::sigv4_error(&e)))?;
        if auth.credential.service != routed.service.signing_name {
            return Err(refuse(ApiError::new(
                "SignatureDoesNotMatch",
                format!(
                    "Credential should be scoped to correct service: '{}'. ",
                    routed.service.signing_name
                ),
                403,
            )));
        }
        if !scope_region_ok(app, &routed, &auth.credential.region) {
            return Err(refuse(ApiError::new(
                "SignatureDoesNotMatch",
                format!(
                    "Credential should be scoped to a valid region, not '{}'. ",
                    auth.credential.region
                ),
                403,
            )));
        }
        Some(auth::authenticate(app, &auth, &sreq).map_err(refuse)?)
    };
    let input = wire::decode_input(&routed, &wreq).map_err(|error| Refused {
        routed: Some(routed),
        caller: caller.clone(),
        error,
    })?;
    Ok(Admitted {
        routed,
        caller,
        input,
    })
}

/// A credential scope's region must be the one this installation answers as; IAM, a
/// global service, is signed for its partition's global region (`us-east-1` in `aws`),
/// which SDKs use whatever region they are configured with.
/// Emulator mode, made for suites written against emulators that sign for any region,
/// takes every region.
fn scope_region_ok(app: &AppInner, routed: &Routed, region: &str) -> bool {
    let settings = app.installation.settings();
    app.settings.emulator
        || region == settings.region
        || (GLOBAL_SERVICES.contains(&routed.service.name)
            && region == global_region(&settings.partition))
}

/// Services AWS runs once per partition, signed for the partition's global region.
const GLOBAL_SERVICES: &[&str] = &["iam", "organizations"];

fn global_region(partition: &str) -> &'static str {
    match partition {
        "aws-cn" => "cn-north-1",
        "aws-us-gov" => "us-gov-west-1",
        _ => "us-east-1",
    }
}

/// The service whose error envelope a request that could not be routed gets.
fn fallback_service(parts: &Parts) -> Option<&'static ServiceDef> {
    let h = &parts.headers;
    let name = if let Some(target) = h.get("x-amz-target").and_then(|v| v.to_str().ok()) {
        let prefix = target.split('.').next().unwrap_or("");
        gatehouse_model::services()
            .iter()
            .find(|s| s.target_prefix == Some(prefix))
            .map_or("cloudtrail", |s| s.name)
    } else if h.contains_key("smithy-protocol") {
        "ds"
    } else {
        "sts"
    };
    gatehouse_model::service(name)
}

fn internal_error_response(_app: &AppInner) -> Response {
    (StatusCode::INTERNAL_SERVER_ERROR, "internal error\n").into_response()
}

fn finish(app: &AppInner, ex: &Exchange, outcome: Answer) -> Response {
    let (resp, routed, caller, params, output, error) = match outcome {
        Ok((routed, caller, input, output)) => {
            let resp = wire::encode_output(&routed, &output, &ex.request_id);
            (resp, Some(routed), caller, Some(input), Some(output), None)
        }
        Err(Refused {
            routed,
            caller,
            error,
        }) => {
            let resp = match &routed {
                Some(r) => wire::encode_error_as(r.service, r.protocol, &error, &ex.request_id),
                None => {
                    let headers = header_pairs(&ex.parts);
                    let wreq = wire::HttpRequest {
                        method: ex.parts.method.as_str(),
                        path: ex.parts.uri.path(),
                        query: ex.parts.uri.query().unwrap_or(""),
                        headers: &headers,
                        body: &ex.body,
                    };
                    wire::encode_route_error(&wreq, None, &error, &ex.request_id)
                }
            };
            (resp, routed, caller, None, None, Some(error))
        }
    };
    let elapsed = ex.started.elapsed();
    let (svc_name, op_name) = routed.as_ref().map_or(("unknown", "unknown"), |r| {
        (r.service.name, r.operation.name)
    });
    app.metrics
        .observe(svc_name, op_name, Outcome::of_status(resp.status), elapsed);
    record_audit(
        app,
        ex,
        routed.as_ref(),
        caller.as_ref(),
        params.as_ref(),
        output.as_ref(),
        error.as_ref(),
    );
    let pending = match &routed {
        Some(r) if error.is_none() && is_write(r) => Some(PendingAudit {
            receiver: Arc::new(std::sync::Mutex::new(Some(app.audit.durable()))),
            routed: *r,
            request_id: ex.request_id.clone(),
        }),
        _ => None,
    };
    if let Some(e) = &error {
        tracing::info!(
            request_id = %ex.request_id, service = svc_name, operation = op_name,
            status = resp.status, code = %e.code, micros = elapsed.as_micros() as u64,
            "request refused"
        );
    } else {
        tracing::debug!(
            request_id = %ex.request_id, service = svc_name, operation = op_name,
            status = resp.status, micros = elapsed.as_micros() as u64, "request served"
        );
    }
    let mut out = to_http(resp);
    if let Some(p) = pending {
        out.extensions_mut().insert(p);
    }
    out
}

fn to_http(resp: wire::HttpResponse) -> Response {
    let mut out = Response::new(Body::from(resp.body));
    *out.status_mut() =
        StatusCode::from_u16(resp.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    for (name, value) in resp.headers {
        if let (Ok(n), Ok(v)) = (
            header::HeaderName::try_from(name.as_str()),
            HeaderValue::try_from(value.as_str()),
        ) {
            out.headers_mut().append(n, v);
        }
    }
    out
}

fn record_audit(
    app: &AppInner,
    ex: &Exchange,
    routed: Option<&Routed>,
    caller: Option<&Caller>,
    params: Option<&Value>,
    output: Option<&Value>,
    error: Option<&ApiError>,
) {
    let header = |name: header::HeaderName| {
        ex.parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    };
    let origin = trail::Origin {
        source_ip: ex.conn.map(|c| c.peer.ip()),
        tls: ex.conn.is_some_and(|c| c.tls),
        host: header(header::HOST),
        user_agent: header(header::USER_AGENT),
        request_id: &ex.request_id,
    };
    let service = routed
        .map(|r| r.service)
        .or_else(|| fallback_service(&ex.parts));
    trail::record_api_call(
        app,
        &origin,
        service,
        routed.map(|r| r.operation.name),
        caller,
        params,
        output,
        error,
    );
}
