//! The operations Gatehouse implements, by service. Each turns a decoded input into an
//! output through `gatehouse-core`; everything else answers `NotImplemented`.

mod cloudtrail;
mod iam;
mod iam_extra;
mod outbound_identity;
mod saml_federation;
mod sts;
mod web_identity;

use gatehouse_core::iam::IamError;
use gatehouse_core::{Caller, CoreError};
use gatehouse_model::Value;
use gatehouse_wire::{ApiError, Routed};

use crate::app::AppInner;

/// What an operation may know of its request besides the input.
#[derive(Debug)]
pub(crate) struct RequestCtx<'a> {
    pub caller: Option<&'a Caller>,
    pub secure_transport: bool,
    pub source_ip: Option<std::net::IpAddr>,
}

impl RequestCtx<'_> {
    /// The authenticated caller; operations that AWS signs always have one.
    pub fn caller(&self) -> Result<&Caller, ApiError> {
        self.caller.ok_or_else(|| {
            ApiError::new(
                "MissingAuthenticationToken",
                "Request is missing Authentication Token".to_owned(),
                403,
            )
        })
    }
}

/// Operations cheap enough to run on the async worker: no store writes, no waits.
pub(crate) fn runs_inline(routed: &Routed) -> bool {
    // AssumeRole reads its role and the caller's policies through short-lived caches and
    // writes at most once a minute per role (RoleLastUsed): on the embedded store that
    // costs less than handing the request to a blocking thread.
    matches!(
        (routed.service.name, routed.operation.name),
        ("sts", "GetCallerIdentity" | "AssumeRole")
    )
}

/// Operations that read nothing from the store once the caller's key is cached, so they
/// may stay on the async worker even when the store is networked.
pub(crate) fn never_reads_store(routed: &Routed) -> bool {
    matches!(
        (routed.service.name, routed.operation.name),
        ("sts", "GetCallerIdentity")
    )
}

pub(crate) fn dispatch(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    routed: &Routed,
    input: &Value,
) -> Result<Value, ApiError> {
    let op = routed.operation.name;
    let answer = match routed.service.name {
        "sts" => match op {
            "AssumeRoleWithWebIdentity" => web_identity::dispatch(app, ctx, op, input)?,
            "GetWebIdentityToken" => outbound_identity::dispatch(app, ctx, op, input)?,
            "AssumeRoleWithSAML" => saml_federation::dispatch(app, ctx, op, input)?,
            _ => sts::dispatch(app, ctx, op, input)?,
        },
        "iam" => {
            let out = if op.ends_with("OutboundWebIdentityFederation")
                || op == "GetOutboundWebIdentityFederationInfo"
            {
                outbound_identity::dispatch(app, ctx, op, input)
            } else {
                iam::dispatch(app, ctx, op, input)
            };
            if out.as_ref().is_ok_and(Option::is_some) && !is_read_only(op) {
                // Whatever changed may change what principals are allowed.
                app.policies.forget_principals();
            }
            out?
        }
        "cloudtrail" => match op {
            "LookupEvents" => Some(cloudtrail::lookup_events(app, ctx, input)?),
            _ => None,
        },
        _ => None,
    };
    answer.ok_or_else(|| ApiError::not_implemented(routed.service, op))
}

/// The AWS error for a failure inside the domain layer.
pub(crate) fn core_error(e: &CoreError) -> ApiError {
    let (code, sender) = e.code();
    if sender {
        ApiError::new(code, e.to_string(), 400)
    } else {
        tracing::error!(error = %e, "internal failure");
        ApiError::new(code, "An internal error occurred.".to_owned(), 500)
    }
}

/// The AWS error for an IAM failure.
pub(crate) fn core_error_message(e: &IamError) -> ApiError {
    iam::iam_error(e)
}

/// Operations that change nothing.
pub(crate) fn is_read_only(operation: &str) -> bool {
    [
        "Get", "List", "Describe", "Lookup", "Simulate", "Search", "Check", "Decode", "Generate",
    ]
    .iter()
    .any(|p| operation.starts_with(p))
}

/// Decodes a typed input, mapping a mismatch to the service's validation error.
pub(crate) fn typed<T: gatehouse_model::FromValue>(input: &Value) -> Result<T, ApiError> {
    T::from_value(input).map_err(|e| ApiError::new("ValidationException", e.to_string(), 400))
}
