//! STS operations: decode the typed input, check it and authorize it (trust policies for
//! AssumeRole), mint credentials through `gatehouse-core`, encode the typed output.

use gatehouse_core::sts::{
    FederationRequest, IssuedCredentials, RoleSessionRequest, SessionTag, StsError,
};
use gatehouse_core::{Caller, PrincipalKind};
use gatehouse_model::sts as m;
use gatehouse_model::{Timestamp, ToValue, Value};
use gatehouse_policy::ContextValue;
use gatehouse_wire::ApiError;

use super::{RequestCtx, typed};
use crate::app::AppInner;
use crate::authz;

type Extra = Vec<(String, Vec<ContextValue>, bool)>;

/// The STS operation `op`, or `None` when it is not implemented.
pub(crate) fn dispatch(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    op: &str,
    input: &Value,
) -> Result<Option<Value>, ApiError> {
    if op != "GetCallerIdentity" {
        restrict_session_callers(ctx, op)?;
    }
    match op {
        "GetCallerIdentity" => get_caller_identity(ctx).map(Some),
        "AssumeRole" => assume_role(app, ctx, &typed(input)?).map(Some),
        "GetSessionToken" => get_session_token(app, ctx, &typed(input)?).map(Some),
        "GetFederationToken" => get_federation_token(app, ctx, &typed(input)?).map(Some),
        "GetAccessKeyInfo" => get_access_key_info(app, ctx, &typed(input)?).map(Some),
        "DecodeAuthorizationMessage" => {
            decode_authorization_message(app, ctx, &typed(input)?).map(Some)
        }
        _ => Ok(None),
    }
}

pub(crate) fn get_caller_identity(ctx: &RequestCtx<'_>) -> Result<Value, ApiError> {
    let caller = ctx.caller()?;
    Ok(m::GetCallerIdentityResponse {
        user_id: Some(caller.user_id.clone()),
        account: Some(caller.account_id.clone()),
        arn: Some(caller.arn.clone()),
    }
    .to_value())
}

/// What AWS lets GetSessionToken and GetFederationToken credentials do in STS.
fn restrict_session_callers(ctx: &RequestCtx<'_>, op: &str) -> Result<(), ApiError> {
    let Some(caller) = ctx.caller else {
        return Ok(());
    };
    if caller.session.is_none() {
        return Ok(());
    }
    let allowed = match caller.kind {
        PrincipalKind::AssumedRole { .. } => true,
        PrincipalKind::User { .. } | PrincipalKind::Root => op == "AssumeRole",
        PrincipalKind::FederatedUser { .. } => false,
    };
    if allowed || matches!(op, "GetSessionToken" | "GetFederationToken") {
        // Those two answer with their own message below.
        return Ok(());
    }
    Err(ApiError::new(
        "AccessDenied",
        format!("Cannot call {op} with session credentials"),
        403,
    ))
}

pub(crate) fn sts_error(e: &StsError) -> ApiError {
    let (code, status) = e.code();
    if status >= 500 {
        // A store barrier's refusal is no failure: the request is about to be redone.
        if !gatehouse_core::store::barrier_hit_on_this_thread() {
            tracing::error!(error = %e, "STS operation failed");
        }
        return ApiError::new(code, "An internal error occurred.", status);
    }
    ApiError::new(code, e.to_string(), status)
}

fn credentials(c: &IssuedCredentials) -> m::Credentials {
    m::Credentials {
        access_key_id: c.access_key_id.clone(),
        expiration: Timestamp::from_epoch_millis(c.expires_ms).unwrap_or_default(),
        secret_access_key: c.secret_access_key.expose().to_owned(),
        session_token: c.session_token.clone(),
    }
}

fn session_tags(tags: Option<&Vec<m::Tag>>) -> Vec<SessionTag> {
    tags.map(|t| {
        t.iter()
            .map(|t| SessionTag {
                key: t.key.clone(),
                value: t.value.clone(),
            })
            .collect()
    })
    .unwrap_or_default()
}

fn policy_arns(arns: Option<&Vec<m::PolicyDescriptorType>>) -> Vec<String> {
    arns.map(|a| a.iter().filter_map(|p| p.arn.clone()).collect())
        .unwrap_or_default()
}

/// `aws:RequestTag/*` and `aws:TagKeys` for requested tags.
fn tag_keys(extra: &mut Extra, tags: &[SessionTag]) {
    for t in tags {
        extra.push((
            format!("aws:RequestTag/{}", t.key),
            vec![ContextValue::String(t.value.clone())],
            false,
        ));
    }
    extra.push((
        "aws:TagKeys".to_owned(),
        tags.iter()
            .map(|t| ContextValue::String(t.key.clone()))
            .collect(),
        true,
    ));
}

/// `(account, name)` of a role ARN.
fn parse_role_arn<'a>(arn: &'a str, partition: &str) -> Option<(&'a str, &'a str)> {
    let rest = arn.strip_prefix("arn:")?;
    let mut parts = rest.splitn(5, ':');
    let (p, service, region, account, resource) = (
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
    );
    if p != partition || service != "iam" || !region.is_empty() {
        return None;
    }
    if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let path_name = resource.strip_prefix("role/")?;
    let name = path_name.rsplit('/').next()?;
    (!name.is_empty()).then_some((account, name))
}

/// Verifies a one-time code when the request carries one; whether it was verified.
fn verify_mfa(
    app: &AppInner,
    caller: &Caller,
    serial: Option<&str>,
    code: Option<&str>,
) -> Result<bool, ApiError> {
    let (serial, code) = match (serial, code) {
        (None, None) => return Ok(false),
        (Some(s), Some(c)) => (s, c),
        _ => {
            return Err(ApiError::new(
                "ValidationError",
                "SerialNumber and TokenCode must be given together.",
                400,
            ));
        }
    };
    let failed = || {
        ApiError::new(
            "AccessDenied",
            "MultiFactorAuthentication failed with invalid MFA one time pass code. ",
            403,
        )
    };
    let PrincipalKind::User { name, .. } = &caller.kind else {
        return Err(failed());
    };
    let inst = &app.installation;
    inst.iam()
        .verify_totp(&caller.account_id, name, serial, code, inst.clock().now())
        .map_err(|_| failed())?;
    Ok(true)
}

fn assume_role(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    input: &m::AssumeRoleRequest,
) -> Result<Value, ApiError> {
    let caller = ctx.caller()?;
    let inst = &app.installation;
    let partition = inst.settings().partition.clone();
    let role_arn = input.role_arn.as_str();
    let Some((account, name)) = parse_role_arn(role_arn, &partition) else {
        return Err(ApiError::new(
            "ValidationError",
            format!("{role_arn} is invalid"),
            400,
        ));
    };
    let not_authorized = || {
        ApiError::new(
            "AccessDenied",
            format!(
                "User: {} is not authorized to perform: sts:AssumeRole on resource: {role_arn}",
                caller.arn
            ),
            403,
        )
    };
    let role = match inst.sts().assumable_role(account, name) {
        Ok(r) if r.arn == role_arn => r,
        // A role that does not exist (or another path) is refused like a trust failure,
        // so the answer does not reveal which roles exist.
        Ok(_) | Err(gatehouse_core::iam::IamError::NoSuchEntity(_)) => {
            return Err(not_authorized());
        }
        Err(e) => return Err(super::core_error_message(&e)),
    };
    let mfa_verified = verify_mfa(
        app,
        caller,
        input.serial_number.as_deref(),
        input.token_code.as_deref(),
    )?;
    let tags = session_tags(input.tags.as_ref());
    let transitive = input.transitive_tag_keys.clone().unwrap_or_default();
    let arns = policy_arns(input.policy_arns.as_ref());
    let req = RoleSessionRequest {
        session_name: &input.role_session_name,
        duration_secs: input.duration_seconds.map(i64::from),
        policy: input.policy.as_deref(),
        policy_arns: &arns,
        tags: &tags,
        transitive_tag_keys: &transitive,
        source_identity: input.source_identity.as_deref(),
        mfa_verified,
    };
    let sts = inst.sts();
    let claims = sts
        .role_session(caller, &role, &req)
        .map_err(|e| sts_error(&e))?;

    let mut extra: Extra = vec![(
        "sts:RoleSessionName".to_owned(),
        vec![ContextValue::String(input.role_session_name.clone())],
        false,
    )];
    if let Some(x) = &input.external_id {
        extra.push((
            "sts:ExternalId".to_owned(),
            vec![ContextValue::String(x.clone())],
            false,
        ));
    }
    if let Some(si) = &input.source_identity {
        extra.push((
            "sts:SourceIdentity".to_owned(),
            vec![ContextValue::String(si.clone())],
            false,
        ));
    }
    if mfa_verified {
        extra.push((
            "aws:MultiFactorAuthPresent".to_owned(),
            vec![ContextValue::Bool(true)],
            false,
        ));
        extra.push((
            "aws:MultiFactorAuthAge".to_owned(),
            vec![ContextValue::Number(0.0)],
            false,
        ));
    }
    if !tags.is_empty() {
        tag_keys(&mut extra, &tags);
    }
    if !transitive.is_empty() {
        extra.push((
            "sts:TransitiveTagKeys".to_owned(),
            transitive
                .iter()
                .map(|k| ContextValue::String(k.clone()))
                .collect(),
            true,
        ));
    }
    let trust = |action: &str| {
        authz::authorize_with_trust(
            app,
            ctx,
            action,
            role_arn,
            account,
            &role.trust_policy,
            &extra,
        )
    };
    trust("sts:AssumeRole")?;
    if !tags.is_empty() || !transitive.is_empty() {
        trust("sts:TagSession")?;
    }
    if input.source_identity.is_some()
        && caller
            .session
            .as_ref()
            .is_none_or(|s| s.source_identity.is_none())
    {
        trust("sts:SetSourceIdentity")?;
    }
    let packed = sts
        .packed_policy_percent(input.policy.as_deref(), &claims)
        .map_err(|e| sts_error(&e))?;
    let issued = sts.issue(&claims).map_err(|e| sts_error(&e))?;
    if let Err(e) = sts.note_role_used(&role)
        && !gatehouse_core::store::barrier_hit_on_this_thread()
    {
        // The session is valid either way; only the role's last-used date is late.
        tracing::warn!(error = %e, "could not record the role's last use");
    }
    let has_packed = input.policy.is_some() || !arns.is_empty() || !claims.tags.is_empty();
    Ok(m::AssumeRoleResponse {
        assumed_role_user: Some(m::AssumedRoleUser {
            arn: claims.arn(&partition),
            assumed_role_id: claims.user_id(),
        }),
        credentials: Some(credentials(&issued)),
        packed_policy_size: has_packed.then_some(packed),
        session_token_size: None,
        session_token_utilization: None,
        source_identity: claims.source_identity.clone(),
    }
    .to_value())
}

fn get_session_token(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    input: &m::GetSessionTokenRequest,
) -> Result<Value, ApiError> {
    let caller = ctx.caller()?;
    let mfa = if caller.session.is_none() {
        verify_mfa(
            app,
            caller,
            input.serial_number.as_deref(),
            input.token_code.as_deref(),
        )?
    } else {
        false
    };
    let sts = app.installation.sts();
    let claims = sts
        .session_token(caller, input.duration_seconds.map(i64::from), mfa)
        .map_err(|e| sts_error(&e))?;
    let issued = sts.issue(&claims).map_err(|e| sts_error(&e))?;
    Ok(m::GetSessionTokenResponse {
        credentials: Some(credentials(&issued)),
        session_token_size: None,
        session_token_utilization: None,
    }
    .to_value())
}

fn get_federation_token(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    input: &m::GetFederationTokenRequest,
) -> Result<Value, ApiError> {
    let caller = ctx.caller()?;
    let inst = &app.installation;
    let partition = inst.settings().partition.clone();
    let tags = session_tags(input.tags.as_ref());
    let arns = policy_arns(input.policy_arns.as_ref());
    let req = FederationRequest {
        name: &input.name,
        duration_secs: input.duration_seconds.map(i64::from),
        policy: input.policy.as_deref(),
        policy_arns: &arns,
        tags: &tags,
    };
    let sts = inst.sts();
    let claims = sts
        .federation_token(caller, &req)
        .map_err(|e| sts_error(&e))?;
    let resource = claims.arn(&partition);
    let mut extra = Extra::new();
    if !tags.is_empty() {
        tag_keys(&mut extra, &tags);
    }
    authz::authorize(app, ctx, "sts:GetFederationToken", &resource, &extra)?;
    if !tags.is_empty() {
        authz::authorize(app, ctx, "sts:TagSession", &resource, &extra)?;
    }
    let packed = sts
        .packed_policy_percent(input.policy.as_deref(), &claims)
        .map_err(|e| sts_error(&e))?;
    let issued = sts.issue(&claims).map_err(|e| sts_error(&e))?;
    let has_packed = input.policy.is_some() || !arns.is_empty() || !tags.is_empty();
    Ok(m::GetFederationTokenResponse {
        credentials: Some(credentials(&issued)),
        federated_user: Some(m::FederatedUser {
            arn: resource,
            federated_user_id: claims.user_id(),
        }),
        packed_policy_size: has_packed.then_some(packed),
        session_token_size: None,
        session_token_utilization: None,
    }
    .to_value())
}

fn get_access_key_info(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    input: &m::GetAccessKeyInfoRequest,
) -> Result<Value, ApiError> {
    authz::authorize(app, ctx, "sts:GetAccessKeyInfo", "*", &[])?;
    let account = app
        .installation
        .sts()
        .access_key_account(&input.access_key_id)
        .map_err(|e| sts_error(&e))?
        .ok_or_else(|| {
            ApiError::new(
                "ValidationError",
                format!("The access key ID {} is not valid.", input.access_key_id),
                400,
            )
        })?;
    Ok(m::GetAccessKeyInfoResponse {
        account: Some(account),
    }
    .to_value())
}

fn decode_authorization_message(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    input: &m::DecodeAuthorizationMessageRequest,
) -> Result<Value, ApiError> {
    authz::authorize(app, ctx, "sts:DecodeAuthorizationMessage", "*", &[])?;
    let decoded = app
        .installation
        .sts()
        .decode_authorization_message(&input.encoded_message)
        .map_err(|e| sts_error(&e))?;
    Ok(m::DecodeAuthorizationMessageResponse {
        decoded_message: Some(decoded),
    }
    .to_value())
}

#[cfg(test)]
mod tests {
    use super::parse_role_arn;

    #[test]
    fn role_arns_parse_with_paths_and_refuse_others() {
        assert_eq!(
            parse_role_arn("arn:aws:iam::123456789012:role/a/b/Name", "aws"),
            Some(("123456789012", "Name"))
        );
        for bad in [
            "arn:aws:iam::123456789012:user/Name",
            "arn:aws:iam::12345:role/Name",
            "arn:aws:s3:::role/Name",
            "arn:aws-cn:iam::123456789012:role/Name",
            "arn:aws:iam::123456789012:role/",
            "nonsense",
        ] {
            assert_eq!(parse_role_arn(bad, "aws"), None, "{bad}");
        }
    }
}
