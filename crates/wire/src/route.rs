//! Finding the service and operation a request is for, on the single port.

use gatehouse_model::{Protocol, ServiceDef, services};

use crate::{ApiError, HttpRequest, HttpResponse, Routed, encode_error_as, form, rest};

/// What kind of request this looks like, before any operation is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    JsonTarget,
    Cbor,
    Query,
    Rest,
}

fn shape_of(req: &HttpRequest) -> Shape {
    if req.header("x-amz-target").is_some() {
        return Shape::JsonTarget;
    }
    if req
        .header("smithy-protocol")
        .is_some_and(|p| p.eq_ignore_ascii_case("rpc-v2-cbor"))
        || req.path.starts_with("/service/")
    {
        return Shape::Cbor;
    }
    let form = req
        .header("content-type")
        .is_some_and(|c| c.to_ascii_lowercase().contains("x-www-form-urlencoded"));
    let action_in_query = req.query.split('&').any(|p| p.starts_with("Action="));
    let post_to_root = req.method.eq_ignore_ascii_case("POST") && req.path == "/";
    // Some clients omit the content type on a form body.
    let action_in_body =
        req.body.starts_with(b"Action=") || req.body.windows(8).any(|w| w == b"&Action=");
    if form || action_in_query || (post_to_root && (req.body.is_empty() || action_in_body)) {
        Shape::Query
    } else {
        Shape::Rest
    }
}

fn by_signing_name(
    signing_service: Option<&str>,
    protocol: Protocol,
) -> Option<&'static ServiceDef> {
    let name = signing_service?;
    services()
        .iter()
        .copied()
        .find(|s| s.protocol == protocol && (s.signing_name == name || s.name == name))
}

/// Finds service and operation: `X-Amz-Target` for awsJson1.1, the Smithy RPC v2
/// path for rpcv2Cbor, `Action=` for awsQuery, method and URI template for
/// restJson1. `signing_service` (the SigV4 credential scope's service) breaks ties.
pub fn route(req: &HttpRequest, signing_service: Option<&str>) -> Result<Routed, ApiError> {
    match shape_of(req) {
        Shape::JsonTarget => route_target(req.header("x-amz-target").unwrap_or("")),
        Shape::Cbor => route_cbor(req.path),
        Shape::Query => route_query(req, signing_service),
        Shape::Rest => route_rest(req, signing_service),
    }
}

fn unknown_operation(what: &str, status: u16) -> ApiError {
    ApiError::new(
        "UnknownOperationException",
        format!("Unknown operation {what}"),
        status,
    )
}

fn route_target(target: &str) -> Result<Routed, ApiError> {
    let Some((prefix, op)) = target.rsplit_once('.') else {
        return Err(unknown_operation(target, 400));
    };
    let service = services()
        .iter()
        .copied()
        .find(|s| s.target_prefix == Some(prefix) && s.protocols.contains(&"json"))
        .ok_or_else(|| unknown_operation(target, 400))?;
    let operation = service
        .operation(op)
        .ok_or_else(|| unknown_operation(target, 400))?;
    Ok(Routed {
        service,
        operation,
        protocol: Protocol::Json,
    })
}

fn route_cbor(path: &str) -> Result<Routed, ApiError> {
    let rest = path
        .strip_prefix("/service/")
        .ok_or_else(|| unknown_operation(path, 404))?;
    let (svc, op) = rest
        .split_once("/operation/")
        .ok_or_else(|| unknown_operation(path, 404))?;
    let service = services()
        .iter()
        .copied()
        .find(|s| s.protocol == Protocol::RpcV2Cbor && s.target_prefix == Some(svc))
        .ok_or_else(|| unknown_operation(path, 404))?;
    let operation = service
        .operation(op)
        .ok_or_else(|| unknown_operation(path, 404))?;
    Ok(Routed::new(service, operation))
}

fn route_query(req: &HttpRequest, signing_service: Option<&str>) -> Result<Routed, ApiError> {
    let first = |name: &str| -> Result<Option<String>, ApiError> {
        let bad = |e: form::FormError| ApiError::malformed(Protocol::Query, e.to_string());
        // The query string's value wins over the body's, as in `query::params`.
        match form::first_value(req.query.as_bytes(), name).map_err(bad)? {
            Some(v) => Ok(Some(v)),
            None => form::first_value(req.body, name).map_err(bad),
        }
    };
    let action = first("Action")?.unwrap_or_default();
    let action = action.as_str();
    if action.is_empty() {
        return Err(ApiError::new("MissingAction", "Missing Action", 400));
    }
    let preferred = by_signing_name(signing_service, Protocol::Query);
    let candidates = services()
        .iter()
        .copied()
        .filter(|s| s.protocol == Protocol::Query);
    for service in preferred.into_iter().chain(candidates) {
        if let Some(operation) = service.operation(action) {
            return Ok(Routed::new(service, operation));
        }
    }
    let version = first("Version")?;
    let version = version
        .as_deref()
        .or(preferred.map(|s| s.api_version))
        .unwrap_or("");
    Err(ApiError::new(
        "InvalidAction",
        format!("Could not find operation {action} for version {version}"),
        400,
    ))
}

fn route_rest(req: &HttpRequest, signing_service: Option<&str>) -> Result<Routed, ApiError> {
    let preferred = by_signing_name(signing_service, Protocol::RestJson);
    let mut best: Option<(usize, Routed)> = None;
    for service in services()
        .iter()
        .copied()
        .filter(|s| s.protocol == Protocol::RestJson)
    {
        if preferred.is_some_and(|p| !std::ptr::eq(p, service)) {
            continue;
        }
        for operation in service.operations {
            if !operation.http_method.eq_ignore_ascii_case(req.method) {
                continue;
            }
            if let Some(score) = rest::match_template(operation.request_uri, req.path, req.query)
                && best.as_ref().is_none_or(|(s, _)| score > *s)
            {
                best = Some((score, Routed::new(service, operation)));
            }
        }
    }
    best.map(|(_, r)| r)
        .ok_or_else(|| unknown_operation(&format!("{} {}", req.method, req.path), 404))
}

/// Encodes an error from [`route`] (or anything before an operation is known) in
/// the envelope the request's own shape implies.
pub fn encode_route_error(
    req: &HttpRequest,
    signing_service: Option<&str>,
    err: &ApiError,
    request_id: &str,
) -> HttpResponse {
    let (protocol, fallback) = match shape_of(req) {
        Shape::JsonTarget => (Protocol::Json, "organizations"),
        Shape::Cbor => (Protocol::RpcV2Cbor, "ds"),
        Shape::Query => (Protocol::Query, "sts"),
        Shape::Rest => (Protocol::RestJson, "rolesanywhere"),
    };
    let service = by_signing_name(signing_service, protocol)
        .or_else(|| gatehouse_model::service(fallback))
        .or_else(|| services().first().copied());
    match service {
        Some(s) => encode_error_as(s, protocol, err, request_id),
        None => HttpResponse {
            status: err.status,
            headers: Vec::new(),
            body: err.message.clone().into_bytes(),
        },
    }
}
