//! The operations Gatehouse implements, by service. Each turns a decoded input into an
//! output through `gatehouse-core`; everything else answers `NotImplemented`.

mod cloudtrail;
mod sts;

use gatehouse_core::{Caller, CoreError, PrincipalKind};
use gatehouse_model::Value;
use gatehouse_wire::{ApiError, Routed};

use crate::app::AppInner;

/// What an operation may know of its request besides the input.
#[derive(Debug)]
#[allow(dead_code, reason = "read by the operations of the IAM and STS issues")]
pub(crate) struct RequestCtx<'a> {
    pub caller: Option<&'a Caller>,
    pub request_id: &'a str,
    pub secure_transport: bool,
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
    matches!(
        (routed.service.name, routed.operation.name),
        ("sts", "GetCallerIdentity")
    )
}

/// Whether the caller may call the operation at all. An account's root user may call
/// everything; other principals are denied until identity policies are evaluated (the
/// deny-by-default rule: no principal but root exists yet).
pub(crate) fn authorize(caller: &Caller, routed: &Routed) -> Result<(), ApiError> {
    match caller.kind {
        PrincipalKind::Root => Ok(()),
        PrincipalKind::User { .. } => Err(ApiError::new(
            "AccessDenied",
            format!(
                "User: {} is not authorized to perform: {}:{} because no identity-based policy allows the {}:{} action",
                caller.arn,
                routed.service.signing_name,
                routed.operation.name,
                routed.service.signing_name,
                routed.operation.name
            ),
            403,
        )),
    }
}

pub(crate) fn dispatch(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    routed: &Routed,
    input: &Value,
) -> Result<Value, ApiError> {
    match (routed.service.name, routed.operation.name) {
        ("sts", "GetCallerIdentity") => sts::get_caller_identity(ctx),
        ("cloudtrail", "LookupEvents") => cloudtrail::lookup_events(app, ctx, input),
        (_, operation) => Err(ApiError::not_implemented(routed.service, operation)),
    }
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

/// Decodes a typed input, mapping a mismatch to the service's validation error.
pub(crate) fn typed<T: gatehouse_model::FromValue>(input: &Value) -> Result<T, ApiError> {
    T::from_value(input).map_err(|e| ApiError::new("ValidationException", e.to_string(), 400))
}
