//! The IAM operations beyond entities and policies: login profiles and the password
//! policy, MFA devices, identity providers, the account, reports and the simulator.

use gatehouse_model::Value;
use gatehouse_wire::ApiError;

use super::RequestCtx;
use crate::app::AppInner;

/// The IAM operation `op`, or `None` when it is not implemented.
pub(crate) fn dispatch(
    _app: &AppInner,
    _ctx: &RequestCtx<'_>,
    _op: &str,
    _input: &Value,
) -> Result<Option<Value>, ApiError> {
    Ok(None)
}
