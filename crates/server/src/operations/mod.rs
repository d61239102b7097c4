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

/// Operations a node with a networked store first tries on the async worker with the
/// store barred (`gatehouse_core::store::StoreBarrier`): when their caches are warm they
/// read nothing, and when a cache is cold the barred store call fails, the attempt is
/// thrown away and the request is run again on a blocking thread.
///
/// That is only right when nothing the attempt does before (or after) its first store
/// call outlives it. For each operation here, with authentication included:
///
/// - Authentication: the access key cache caches only what the store answered; a
///   session token is opened with the cached key ring, whose reload on an unknown key
///   gives back its rate-limit window when barred; the minting key's check is the cached
///   lookup. The signing-key cache holds keys derived from secrets already resolved.
/// - GetCallerIdentity: nothing beyond authentication.
/// - AssumeRole: the role comes from the role cache (filled only by a successful read);
///   MFA codes are checked in a store transaction, so a one-time code is claimed only in
///   the run that may call the store; managed session policies are read from the store;
///   the caller's policies come from the authorizer's cache (filled only by a successful
///   read); sealing uses the cached key ring, which stays marked stale when a barred
///   reload fails; RoleLastUsed's once-a-minute bookkeeping is undone when its write is
///   barred, so the rerun records it.
/// - GetSessionToken: MFA as above, then sealing.
/// - GetFederationToken: managed session policies and the caller's policies as above,
///   then sealing.
///
/// None of them has a quota, counter or replay claim kept outside the store, and the
/// audit event and request metrics are only written for the answer that is sent.
pub(crate) fn answered_from_caches(routed: &Routed) -> bool {
    matches!(
        (routed.service.name, routed.operation.name),
        (
            "sts",
            "GetCallerIdentity" | "AssumeRole" | "GetSessionToken" | "GetFederationToken"
        )
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
        // A store barrier's refusal is no failure: the request is about to be redone.
        if !gatehouse_core::store::barrier_hit_on_this_thread() {
            tracing::error!(error = %e, "internal failure");
        }
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
