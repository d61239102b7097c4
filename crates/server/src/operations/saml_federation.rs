//! SAML federation: AssumeRoleWithSAML, with the response verified by `gatehouse-saml`
//! against the keys of an IAM SAML provider.

use gatehouse_model::Value;
use gatehouse_wire::ApiError;

use super::RequestCtx;
use crate::app::AppInner;

/// The SAML operation `op`, or `None` when it is not implemented.
pub(crate) fn dispatch(
    _app: &AppInner,
    _ctx: &RequestCtx<'_>,
    _op: &str,
    _input: &Value,
) -> Result<Option<Value>, ApiError> {
    Ok(None)
}
