//! STS operations.

use gatehouse_model::sts::GetCallerIdentityResponse;
use gatehouse_model::{ToValue, Value};
use gatehouse_wire::ApiError;

use super::RequestCtx;

pub(crate) fn get_caller_identity(ctx: &RequestCtx<'_>) -> Result<Value, ApiError> {
    let caller = ctx.caller()?;
    Ok(GetCallerIdentityResponse {
        user_id: Some(caller.user_id.clone()),
        account: Some(caller.account_id.clone()),
        arn: Some(caller.arn.clone()),
    }
    .to_value())
}
