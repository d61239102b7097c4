//! Authentication with temporary credentials (`ASIA…` keys and a session token): the
//! token is opened without a store read and its secret checks the signature.

use gatehouse_core::Caller;
use gatehouse_core::access_key::KeyStatus;
use gatehouse_core::sts::TokenError;
use gatehouse_sigv4 as sigv4;
use gatehouse_wire::ApiError;

use crate::app::AppInner;
use crate::auth::{invalid_client_token_id, sigv4_error};

fn token_error(e: TokenError) -> ApiError {
    match e {
        TokenError::Invalid => invalid_client_token_id(),
        TokenError::Expired => ApiError::new(
            "ExpiredToken",
            "The security token included in the request is expired",
            403,
        ),
    }
}

/// Opens the session token, checks that the key that minted it still stands, and
/// verifies the signature with the token's secret.
pub(crate) fn authenticate(
    app: &AppInner,
    auth: &sigv4::Authorization,
    req: &sigv4::Request<'_>,
) -> Result<Caller, ApiError> {
    let installation = &app.installation;
    let token = auth
        .security_token
        .as_deref()
        .ok_or_else(invalid_client_token_id)?;
    let opened = installation
        .sts()
        .open_session(&auth.credential.access_key_id, token)
        .map_err(token_error)?;
    let claims = &opened.claims;
    if let Some(minted_by) = &claims.minted_by_key {
        // Deleting or deactivating the minting key (or its user, which needs its keys
        // gone first) revokes what it minted; the lookup is the cached one.
        let standing = installation
            .access_key(minted_by)
            .ok()
            .flatten()
            .is_some_and(|k| k.record.status == KeyStatus::Active);
        if !standing {
            return Err(invalid_client_token_id());
        }
    }
    let signing_key = app.signing_keys.get_or_derive(&auth.credential, || {
        Ok::<_, ApiError>(sigv4::SecretAccessKey::new(claims.secret.as_str()))
    })?;
    let now = installation.clock().now().seconds();
    sigv4::verify(auth, req, &signing_key, now, app.settings.clock_skew_secs)
        .map_err(|e| sigv4_error(&e))?;
    Ok(opened.caller)
}
