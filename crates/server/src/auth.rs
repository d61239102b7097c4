//! Authentication: a SigV4 signature checked against the caller's access key.

use gatehouse_core::Caller;
use gatehouse_core::access_key::KeyStatus;
use gatehouse_sigv4 as sigv4;
use gatehouse_wire::ApiError;

use crate::app::AppInner;

/// The AWS error for a failed authentication.
pub(crate) fn sigv4_error(e: &sigv4::SigV4Error) -> ApiError {
    ApiError::new(e.code(), e.message(), e.http_status())
}

pub(crate) fn invalid_client_token_id() -> ApiError {
    let (code, message) = sigv4::SigV4Error::invalid_client_token_id();
    ApiError::new(code, message.to_owned(), 403)
}

/// Emulator mode's caller for an unknown key: the root user of the account the key
/// names (a 12-digit key) or of `000000000000`.
fn emulated_root(app: &AppInner, key_id: &str) -> Caller {
    let account = if key_id.len() == 12 && key_id.bytes().all(|b| b.is_ascii_digit()) {
        key_id.to_owned()
    } else {
        "000000000000".to_owned()
    };
    let partition = &app.installation.settings().partition;
    Caller {
        arn: format!("arn:{partition}:iam::{account}:root"),
        user_id: account.clone(),
        account_id: account,
        kind: gatehouse_core::PrincipalKind::Root,
        access_key_id: key_id.to_owned(),
        session: None,
    }
}

/// Checks the request's signature and returns the principal it speaks for.
pub(crate) fn authenticate(
    app: &AppInner,
    auth: &sigv4::Authorization,
    req: &sigv4::Request<'_>,
) -> Result<Caller, ApiError> {
    let installation = &app.installation;
    let key_id = &auth.credential.access_key_id;
    if key_id.starts_with("ASIA") {
        return crate::session_auth::authenticate(app, auth, req);
    }
    if auth.security_token.is_some() {
        // A session token belongs to temporary credentials only: a long-term key sent with
        // one is a client error AWS refuses, not a token to ignore.
        return Err(invalid_client_token_id());
    }
    let resolved = installation.access_key(key_id).map_err(|e| {
        // A store barrier's refusal is no failure: the request is about to be redone.
        if !gatehouse_core::store::barrier_hit_on_this_thread() {
            tracing::error!(error = %e, "access key lookup failed");
        }
        ApiError::new(
            "ServiceFailure",
            "An internal error occurred.".to_owned(),
            500,
        )
    })?;
    let resolved = match resolved {
        Some(k) if k.record.status == KeyStatus::Active => k,
        Some(_) => return Err(invalid_client_token_id()),
        None if app.settings.emulator => return Ok(emulated_root(app, key_id)),
        None => return Err(invalid_client_token_id()),
    };
    let signing_key = app.signing_keys.get_or_derive(&auth.credential, || {
        Ok::<_, ApiError>(sigv4::SecretAccessKey::new(resolved.secret.expose()))
    })?;
    let now = installation.clock().now().seconds();
    sigv4::verify(auth, req, &signing_key, now, app.settings.clock_skew_secs)
        .map_err(|e| sigv4_error(&e))?;
    Ok(installation.caller_for(&resolved))
}
