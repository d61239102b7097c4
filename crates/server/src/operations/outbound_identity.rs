//! Outbound web identity federation: IAM's switch for an account's issuer and STS's
//! GetWebIdentityToken, which signs a JWT naming the caller for an external audience.
//! The issuer's discovery document and keys are served by `crate::jwks`.

use gatehouse_core::oidc::{IssuerError, MAX_TOKEN_SECS, TokenRequest};
use gatehouse_model::{Timestamp, ToValue, Value, iam as mi, sts as ms};
use gatehouse_policy::ContextValue;
use gatehouse_wire::ApiError;

use super::{RequestCtx, typed};
use crate::app::AppInner;
use crate::authz;

const MIN_TOKEN_SECS: i64 = 60;
const DEFAULT_TOKEN_SECS: i64 = 300;
const MAX_AUDIENCES: usize = 10;

/// The outbound federation operation `op`, or `None` when it is not implemented.
pub(crate) fn dispatch(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    op: &str,
    input: &Value,
) -> Result<Option<Value>, ApiError> {
    let caller = ctx.caller()?;
    let account = caller.account_id.as_str();
    let issuer = app.installation.outbound_issuer();
    let out = match op {
        "EnableOutboundWebIdentityFederation" => {
            authz::authorize(app, ctx, &format!("iam:{op}"), "*", &[])?;
            let url = issuer_url(app, account)?;
            issuer.enable(account).map_err(|e| error(&e))?;
            mi::EnableOutboundWebIdentityFederationResponse {
                issuer_identifier: Some(url),
            }
            .to_value()
        }
        "DisableOutboundWebIdentityFederation" => {
            authz::authorize(app, ctx, &format!("iam:{op}"), "*", &[])?;
            issuer.disable(account).map_err(|e| error(&e))?;
            Value::Structure(Vec::new())
        }
        "GetOutboundWebIdentityFederationInfo" => {
            authz::authorize(app, ctx, &format!("iam:{op}"), "*", &[])?;
            if !issuer.enabled(account).map_err(|e| error(&e))? {
                return Err(error(&IssuerError::Disabled));
            }
            mi::GetOutboundWebIdentityFederationInfoResponse {
                issuer_identifier: Some(issuer_url(app, account)?),
                jwt_vending_enabled: Some(true),
            }
            .to_value()
        }
        "GetWebIdentityToken" => get_web_identity_token(app, ctx, &typed(input)?)?,
        _ => return Ok(None),
    };
    Ok(Some(out))
}

/// The issuer URL of `account`: a path of the public URL, so one server can be the
/// issuer of every account it holds, each with its own keys.
pub(crate) fn issuer_url(app: &AppInner, account: &str) -> Result<String, ApiError> {
    let base = app.settings.public_url.as_deref().ok_or_else(|| {
        ApiError::new(
            "ServiceFailure",
            "Outbound web identity federation needs the server's public URL (--public-url).",
            500,
        )
    })?;
    Ok(format!("{}/oidc/{account}", base.trim_end_matches('/')))
}

fn error(e: &IssuerError) -> ApiError {
    match e {
        IssuerError::AlreadyEnabled => ApiError::new("FeatureEnabled", e.to_string(), 409),
        IssuerError::Disabled => ApiError::new("FeatureDisabled", e.to_string(), 409),
        IssuerError::Validation(m) => ApiError::new("ValidationError", m.clone(), 400),
        IssuerError::Core(c) => super::core_error(c),
    }
}

fn get_web_identity_token(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    input: &ms::GetWebIdentityTokenRequest,
) -> Result<Value, ApiError> {
    let caller = ctx.caller()?;
    let invalid = |m: String| ApiError::new("ValidationError", m, 400);
    if input.audience.is_empty() || input.audience.len() > MAX_AUDIENCES {
        return Err(invalid(format!(
            "1 validation error detected: Value at 'audience' failed to satisfy constraint: Member must have length between 1 and {MAX_AUDIENCES}"
        )));
    }
    let duration = input.duration_seconds.map_or(DEFAULT_TOKEN_SECS, i64::from);
    if !(MIN_TOKEN_SECS..=MAX_TOKEN_SECS).contains(&duration) {
        return Err(invalid(format!(
            "1 validation error detected: Value '{duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between {MIN_TOKEN_SECS} and {MAX_TOKEN_SECS}"
        )));
    }
    let tags: Vec<(String, String)> = input
        .tags
        .as_ref()
        .map(|t| t.iter().map(|t| (t.key.clone(), t.value.clone())).collect())
        .unwrap_or_default();
    let mut extra = vec![(
        "sts:IdentityTokenAudience".to_owned(),
        input
            .audience
            .iter()
            .map(|a| ContextValue::String(a.clone()))
            .collect(),
        true,
    )];
    for (k, v) in &tags {
        extra.push((
            format!("aws:RequestTag/{k}"),
            vec![ContextValue::String(v.clone())],
            false,
        ));
    }
    authz::authorize(app, ctx, "sts:GetWebIdentityToken", "*", &extra)?;
    // What the caller may not do is said before what its request lacks.
    if input.signing_algorithm != "ES384" {
        return Err(invalid(format!(
            "Signing algorithm {} is not supported; use ES384.",
            input.signing_algorithm
        )));
    }
    let account = caller.account_id.as_str();
    let issuer = issuer_url(app, account)?;
    let partition = &app.installation.settings().partition;
    let subject = caller.principal_arn(partition);
    let (token, expires_ms) = app
        .installation
        .outbound_issuer()
        .sign(&TokenRequest {
            account,
            issuer: &issuer,
            subject: &subject,
            audiences: &input.audience,
            duration_secs: duration,
            tags: &tags,
        })
        .map_err(|e| match e {
            IssuerError::Disabled => ApiError::new(
                "OutboundWebIdentityFederationDisabledException",
                "Outbound web identity federation is disabled for this account.",
                403,
            ),
            other => error(&other),
        })?;
    Ok(ms::GetWebIdentityTokenResponse {
        expiration: Timestamp::from_epoch_millis(expires_ms),
        web_identity_token: Some(token),
    }
    .to_value())
}
