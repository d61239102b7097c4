//! Web identity federation: AssumeRoleWithWebIdentity, with ID tokens verified against
//! the keys an IAM OIDC provider publishes.

use gatehouse_core::caller::{Caller, PrincipalKind};
use gatehouse_core::iam::providers::OidcProvider;
use gatehouse_core::iam::{IamError, Role};
use gatehouse_core::oidc::{
    ClaimRules, MAX_TOKEN_BYTES, OidcError, UnverifiedToken, VerifiedToken, check_claims,
    verify_signature,
};
use gatehouse_core::sts::{IssuedCredentials, RoleSessionRequest, SessionTag};
use gatehouse_model::sts as m;
use gatehouse_model::{Timestamp, ToValue, Value};
use gatehouse_policy::{
    ContextValue, DecisionEffect, PolicySet, Principal, RequestContext, time_from_millis,
};
use gatehouse_wire::ApiError;

use super::{RequestCtx, typed};
use crate::app::AppInner;

const ACTION: &str = "sts:AssumeRoleWithWebIdentity";
/// The claim AWS reads session tags from.
const TAGS_CLAIM: &str = "https://aws.amazon.com/tags";
const SOURCE_IDENTITY_CLAIM: &str = "https://aws.amazon.com/source_identity";

/// The web identity operation `op`, or `None` when it is not implemented.
pub(crate) fn dispatch(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    op: &str,
    input: &Value,
) -> Result<Option<Value>, ApiError> {
    match op {
        "AssumeRoleWithWebIdentity" => {
            assume_role_with_web_identity(app, ctx, &typed(input)?).map(|out| Some(out.to_value()))
        }
        _ => Ok(None),
    }
}

fn oidc_error(e: &OidcError) -> ApiError {
    let (code, status, message) = e.aws();
    ApiError::new(code, message, status)
}

fn not_authorized() -> ApiError {
    ApiError::new(
        "AccessDenied",
        format!("Not authorized to perform {ACTION}"),
        403,
    )
}

fn assume_role_with_web_identity(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    input: &m::AssumeRoleWithWebIdentityRequest,
) -> Result<m::AssumeRoleWithWebIdentityResponse, ApiError> {
    let inst = &app.installation;
    let partition = inst.settings().partition.clone();
    let token = UnverifiedToken::parse(&input.web_identity_token, MAX_TOKEN_BYTES)
        .map_err(|e| oidc_error(&e))?;
    let role_arn = input.role_arn.as_str();
    let Some((account, role_name)) = role_of(role_arn, &partition) else {
        return Err(ApiError::new(
            "ValidationError",
            format!("{role_arn} is invalid"),
            400,
        ));
    };
    let issuer = token.string_claim("iss").unwrap_or_default().to_owned();
    let provider = provider_for(app, account, &issuer, &partition)?;
    let now_ms = inst.clock().now().0;
    let verified = verify(app, &token, &issuer, &provider, now_ms)?;
    let role = match inst.iam().get_role(account, role_name) {
        Ok(r) if r.arn == role_arn => r,
        // An unknown role is refused like a trust failure: the answer does not reveal
        // which roles exist.
        Ok(_) | Err(IamError::NoSuchEntity(_)) => return Err(not_authorized()),
        Err(e) => return Err(super::core_error_message(&e)),
    };

    let (tags, transitive) = claim_tags(&verified)?;
    // The pinned model's request has no `SourceIdentity` member: the claim is the source.
    let source_identity = verified
        .claims
        .get(SOURCE_IDENTITY_CLAIM)
        .and_then(serde_json::Value::as_str);
    let arns: Vec<String> = input
        .policy_arns
        .as_ref()
        .map(|a| a.iter().filter_map(|p| p.arn.clone()).collect())
        .unwrap_or_default();
    let req = RoleSessionRequest {
        session_name: &input.role_session_name,
        duration_secs: input.duration_seconds.map(i64::from),
        policy: input.policy.as_deref(),
        policy_arns: &arns,
        tags: &tags,
        transitive_tag_keys: &transitive,
        source_identity,
        mfa_verified: false,
    };
    let sts = inst.sts();
    let mut claims = sts
        .role_session(&federated_caller(&provider), &role, &req)
        .map_err(|e| super::sts::sts_error(&e))?;
    claims.federated_provider = Some(provider.arn.clone());

    let trust = TrustCheck {
        app,
        ctx,
        role: &role,
        provider: &provider,
        token: &verified,
        session_name: &input.role_session_name,
        tags: &tags,
        transitive: &transitive,
        source_identity,
    };
    trust.allows(ACTION)?;
    if !tags.is_empty() {
        trust.allows("sts:TagSession")?;
    }
    if source_identity.is_some() {
        trust.allows("sts:SetSourceIdentity")?;
    }

    let packed = sts
        .packed_policy_percent(input.policy.as_deref(), &claims)
        .map_err(|e| super::sts::sts_error(&e))?;
    let issued = sts.issue(&claims).map_err(|e| super::sts::sts_error(&e))?;
    let has_packed = input.policy.is_some() || !arns.is_empty() || !claims.tags.is_empty();
    Ok(m::AssumeRoleWithWebIdentityResponse {
        assumed_role_user: Some(m::AssumedRoleUser {
            arn: claims.arn(&partition),
            assumed_role_id: claims.user_id(),
        }),
        audience: Some(verified.audience.clone()),
        credentials: Some(credentials(&issued)),
        packed_policy_size: has_packed.then_some(packed),
        provider: Some(provider.arn.clone()),
        source_identity: claims.source_identity.clone(),
        subject_from_web_identity_token: Some(verified.subject.clone()),
        ..Default::default()
    })
}

/// `(account, role name)` of a role ARN.
fn role_of<'a>(arn: &'a str, partition: &str) -> Option<(&'a str, &'a str)> {
    let rest = arn.strip_prefix("arn:")?.strip_prefix(partition)?;
    let rest = rest.strip_prefix(":iam::")?;
    let (account, resource) = rest.split_once(':')?;
    if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let name = resource.strip_prefix("role/")?.rsplit('/').next()?;
    (!name.is_empty()).then_some((account, name))
}

/// The IAM OIDC provider of `account` whose URL is the token's issuer.
fn provider_for(
    app: &AppInner,
    account: &str,
    issuer: &str,
    partition: &str,
) -> Result<OidcProvider, ApiError> {
    let unknown = || oidc_error(&OidcError::UnknownIssuer(issuer.to_owned()));
    let stripped = if let Some(rest) = issuer.strip_prefix("https://") {
        rest
    } else if let Some(rest) = issuer.strip_prefix("http://") {
        if !app.web_identity.allow_http {
            tracing::info!(
                issuer,
                "refused a plain-HTTP issuer (see --allow-http-oidc)"
            );
            return Err(oidc_error(&OidcError::InsecureIssuer(issuer.to_owned())));
        }
        rest
    } else {
        return Err(unknown());
    };
    let stripped = stripped.trim_end_matches('/');
    if stripped.is_empty() {
        return Err(unknown());
    }
    let arn = format!("arn:{partition}:iam::{account}:oidc-provider/{stripped}");
    match app.installation.iam().get_oidc_provider(account, &arn) {
        Ok(p) => Ok(p),
        Err(IamError::NoSuchEntity(_) | IamError::InvalidInput(_) | IamError::Validation(_)) => {
            Err(unknown())
        }
        Err(e) => Err(super::core_error_message(&e)),
    }
}

/// Verifies the token's signature against the issuer's keys and its claims against the
/// provider.
fn verify(
    app: &AppInner,
    token: &UnverifiedToken,
    issuer: &str,
    provider: &OidcProvider,
    now_ms: i64,
) -> Result<VerifiedToken, ApiError> {
    let state = &app.web_identity;
    let alg = token.header.alg.as_str();
    // Refused before any fetch: such tokens must not cost the issuer a request.
    if alg.eq_ignore_ascii_case("none") || alg.starts_with("HS") {
        return Err(oidc_error(&OidcError::Algorithm(alg.to_owned())));
    }
    let fetcher = state.fetcher.as_ref().ok_or_else(|| {
        oidc_error(&OidcError::Communication(
            "no HTTPS client configured".to_owned(),
        ))
    })?;
    let keys = state
        .keys
        .keys(issuer, token.header.kid.as_deref(), fetcher, now_ms)
        .map_err(|e| {
            tracing::warn!(issuer, error = %e, "the issuer's keys are unavailable");
            oidc_error(&e)
        })?;
    verify_signature(token, &keys).map_err(|e| oidc_error(&e))?;
    let rules = ClaimRules {
        issuer,
        client_ids: &provider.client_ids,
        now: now_ms.div_euclid(1000),
        skew_secs: app.settings.oidc_clock_skew_secs,
    };
    check_claims(token, &rules).map_err(|e| oidc_error(&e))
}

/// Session tags and transitive keys from the token's tags claim.
fn claim_tags(token: &VerifiedToken) -> Result<(Vec<SessionTag>, Vec<String>), ApiError> {
    let Some(claim) = token.claims.get(TAGS_CLAIM) else {
        return Ok((Vec::new(), Vec::new()));
    };
    let rejected = || {
        ApiError::new(
            "IDPRejectedClaim",
            format!("The {TAGS_CLAIM} claim of the token is invalid"),
            403,
        )
    };
    let obj = claim.as_object().ok_or_else(rejected)?;
    let mut tags = Vec::new();
    if let Some(p) = obj.get("principal_tags") {
        for (k, v) in p.as_object().ok_or_else(rejected)? {
            let value = match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Array(a) if a.len() == 1 => {
                    a[0].as_str().ok_or_else(rejected)?.to_owned()
                }
                _ => return Err(rejected()),
            };
            tags.push(SessionTag {
                key: k.clone(),
                value,
            });
        }
    }
    let transitive = match obj.get("transitive_tag_keys") {
        None => Vec::new(),
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .map(|v| v.as_str().map(str::to_owned).ok_or_else(rejected))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(rejected()),
    };
    Ok((tags, transitive))
}

/// The principal the session claims are made for: a caller from no account, with no
/// session, so nothing is inherited and nothing counts as role chaining.
fn federated_caller(provider: &OidcProvider) -> Caller {
    Caller {
        account_id: provider.account_id.clone(),
        arn: provider.arn.clone(),
        user_id: provider.url.clone(),
        kind: PrincipalKind::FederatedUser {
            name: provider.url.clone(),
            minted_by: String::new(),
        },
        access_key_id: String::new(),
        session: None,
    }
}

/// Evaluates a role's trust policy for a web identity.
struct TrustCheck<'a> {
    app: &'a AppInner,
    ctx: &'a RequestCtx<'a>,
    role: &'a Role,
    provider: &'a OidcProvider,
    token: &'a VerifiedToken,
    session_name: &'a str,
    tags: &'a [SessionTag],
    transitive: &'a [String],
    source_identity: Option<&'a str>,
}

impl TrustCheck<'_> {
    /// Whether the trust policy allows `action` for the provider, named either by its
    /// ARN or (as trust policies for public issuers do) by its URL.
    fn allows(&self, action: &str) -> Result<(), ApiError> {
        let trust = self
            .app
            .web_identity
            .trust
            .compile(&self.role.trust_policy)
            .ok_or_else(not_authorized)?;
        let mut allowed = false;
        for name in [self.provider.arn.as_str(), self.provider.url.as_str()] {
            let rc = self.context(name, action);
            let set = PolicySet {
                service_control: Vec::new(),
                resource_control: Vec::new(),
                resource: Some(trust.as_ref()),
                resource_policy_required: true,
                identity: Vec::new(),
                boundary: None,
                session: Vec::new(),
            };
            match gatehouse_policy::evaluate(&rc, &set).effect {
                DecisionEffect::Allow => allowed = true,
                DecisionEffect::ExplicitDeny => return Err(not_authorized()),
                DecisionEffect::ImplicitDeny => {}
            }
        }
        if allowed {
            Ok(())
        } else {
            Err(not_authorized())
        }
    }

    fn context(&self, principal: &str, action: &str) -> RequestContext {
        let app = self.app;
        let now = app.installation.clock().now();
        let mut rc = RequestContext::new(
            Principal::federated(principal),
            action,
            &self.role.arn,
            time_from_millis(now.0),
        )
        .with_resource_account(self.role.account_id.as_str());
        rc.set("aws:SecureTransport", self.ctx.secure_transport);
        if let Some(ip) = self.ctx.source_ip {
            rc.set("aws:SourceIp", ContextValue::Ip(ip));
        }
        rc.set(
            "aws:RequestedRegion",
            app.installation.settings().region.as_str(),
        );
        rc.set("aws:FederatedProvider", self.provider.arn.as_str());
        rc.set("sts:RoleSessionName", self.session_name);
        let host = self.provider.url.as_str();
        let t = self.token;
        rc.set(&format!("{host}:sub"), t.subject.as_str());
        rc.set(&format!("{host}:aud"), t.audience.as_str());
        if let Some(azp) = &t.azp {
            rc.set(&format!("{host}:azp"), azp.as_str());
        }
        let strings = |v: &[String]| -> Vec<ContextValue> {
            v.iter().map(|s| ContextValue::String(s.clone())).collect()
        };
        if !t.amr.is_empty() {
            rc.set_multi(&format!("{host}:amr"), strings(&t.amr));
        }
        if !t.other_audiences.is_empty() {
            rc.set_multi(&format!("{host}:oaud"), strings(&t.other_audiences));
        }
        if let Some(si) = self.source_identity {
            rc.set("sts:SourceIdentity", si);
        }
        if !self.tags.is_empty() {
            for tag in self.tags {
                rc.set(&format!("aws:RequestTag/{}", tag.key), tag.value.as_str());
            }
            rc.set_multi(
                "aws:TagKeys",
                self.tags
                    .iter()
                    .map(|tag| ContextValue::String(tag.key.clone()))
                    .collect(),
            );
        }
        if !self.transitive.is_empty() {
            rc.set_multi("sts:TransitiveTagKeys", strings(self.transitive));
        }
        rc
    }
}

fn credentials(c: &IssuedCredentials) -> m::Credentials {
    m::Credentials {
        access_key_id: c.access_key_id.clone(),
        expiration: Timestamp::from_epoch_millis(c.expires_ms).unwrap_or_default(),
        secret_access_key: c.secret_access_key.expose().to_owned(),
        session_token: c.session_token.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::role_of;

    #[test]
    fn role_arns_name_their_account_and_role() {
        assert_eq!(
            role_of("arn:aws:iam::123456789012:role/ci/Deploy", "aws"),
            Some(("123456789012", "Deploy"))
        );
        for bad in [
            "arn:aws:iam::123456789012:user/Deploy",
            "arn:aws:iam::1234:role/Deploy",
            "arn:aws-cn:iam::123456789012:role/Deploy",
            "arn:aws:iam::123456789012:role/",
        ] {
            assert_eq!(role_of(bad, "aws"), None, "{bad}");
        }
    }
}
