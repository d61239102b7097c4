//! STS operations.

use gatehouse_model::sts::GetCallerIdentityResponse;
use gatehouse_model::{ToValue, Value};
use gatehouse_wire::ApiError;

use super::RequestCtx;
use crate::app::AppInner;

/// The STS operation `op`, or `None` when it is not implemented.
pub(crate) fn dispatch(
    _app: &AppInner,
    ctx: &RequestCtx<'_>,
    op: &str,
    _input: &Value,
) -> Result<Option<Value>, ApiError> {
    match op {
        "GetCallerIdentity" => get_caller_identity(ctx).map(Some),
        _ => Ok(None),
    }
}

pub(crate) fn get_caller_identity(ctx: &RequestCtx<'_>) -> Result<Value, ApiError> {
    let caller = ctx.caller()?;
    Ok(GetCallerIdentityResponse {
        user_id: Some(caller.user_id.clone()),
        account: Some(caller.account_id.clone()),
        arn: Some(caller.arn.clone()),
    }
    .to_value())
}
