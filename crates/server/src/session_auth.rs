//! Authentication with temporary credentials (`ASIA…` keys and a session token): the
//! token is opened without a store read and its secret checks the signature.

use gatehouse_core::Caller;
use gatehouse_sigv4 as sigv4;
use gatehouse_wire::ApiError;

use crate::app::AppInner;
use crate::auth::invalid_client_token_id;

/// Until session tokens exist every temporary key is unknown.
pub(crate) fn authenticate(
    _app: &AppInner,
    _auth: &sigv4::Authorization,
    _req: &sigv4::Request<'_>,
) -> Result<Caller, ApiError> {
    Err(invalid_client_token_id())
}
