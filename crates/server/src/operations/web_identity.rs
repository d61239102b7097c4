//! Web identity federation: AssumeRoleWithWebIdentity, with ID tokens verified against
//! the keys an IAM OIDC provider publishes.

use gatehouse_model::Value;
use gatehouse_wire::ApiError;

use super::RequestCtx;
use crate::app::AppInner;

/// The web identity operation `op`, or `None` when it is not implemented.
pub(crate) fn dispatch(
    _app: &AppInner,
    _ctx: &RequestCtx<'_>,
    _op: &str,
    _input: &Value,
) -> Result<Option<Value>, ApiError> {
    Ok(None)
}
