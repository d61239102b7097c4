//! SAML federation: AssumeRoleWithSAML, with the response verified by `gatehouse-saml`
//! against the keys of an IAM SAML provider.

use gatehouse_core::caller::{Caller, PrincipalKind};
use gatehouse_core::iam::providers::SamlProvider;
use gatehouse_core::iam::{IamError, Role};
use gatehouse_core::saml_federation::saml::VerifiedResponse;
use gatehouse_core::saml_federation::{
    self as fed, ATTRIBUTE_KEYS, FederationError, PRINCIPAL_TAG_PREFIX,
    ROLE_SESSION_NAME_ATTRIBUTE, SOURCE_IDENTITY_ATTRIBUTE, TRANSITIVE_TAG_KEYS_ATTRIBUTE,
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

const ACTION: &str = "sts:AssumeRoleWithSAML";

/// The SAML operation `op`, or `None` when it is not implemented.
pub(crate) fn dispatch(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    op: &str,
    input: &Value,
) -> Result<Option<Value>, ApiError> {
    match op {
        "AssumeRoleWithSAML" => {
            assume_role_with_saml(app, ctx, &typed(input)?).map(|out| Some(out.to_value()))
        }
        _ => Ok(None),
    }
}

fn federation_error(e: &FederationError) -> ApiError {
    if let FederationError::Store(s) = e {
        tracing::error!(error = %s, "SAML replay claim failed");
        return ApiError::new("InternalFailure", "An internal error occurred.", 500);
    }
    let (code, message) = e.aws();
    let status = if code == "IDPRejectedClaim" { 403 } else { 400 };
    ApiError::new(code, message, status)
}

fn not_authorized() -> ApiError {
    ApiError::new(
        "AccessDenied",
        format!("Not authorized to perform {ACTION}"),
        403,
    )
}

fn invalid_token(message: impl Into<String>) -> ApiError {
    ApiError::new("InvalidIdentityToken", message.into(), 400)
}

fn assume_role_with_saml(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    input: &m::AssumeRoleWithSAMLRequest,
) -> Result<m::AssumeRoleWithSAMLResponse, ApiError> {
    let inst = &app.installation;
    let partition = inst.settings().partition.clone();
    let role_arn = input.role_arn.as_str();
    let Some((role_account, role_name)) = role_of(role_arn, &partition) else {
        return Err(ApiError::new(
            "ValidationError",
            format!("{role_arn} is invalid"),
            400,
        ));
    };
    let provider = crate::web::saml_provider(app, &input.principal_arn, &partition)?;
    let now_ms = inst.clock().now().0;
    let site = crate::web::SamlSite::of(app);
    let verified =
        fed::verify_for_provider(&provider, &input.saml_assertion, now_ms, &site.endpoint())
            .map_err(|e| federation_error(&e))?;

    let pairs = verified
        .assertion
        .attribute(fed::ROLE_ATTRIBUTE)
        .map(fed::role_pairs)
        .unwrap_or_default();
    if !pairs
        .iter()
        .any(|p| p.role_arn == role_arn && p.provider_arn == provider.arn)
    {
        return Err(not_authorized());
    }
    let role = match inst.iam().get_role(role_account, role_name) {
        Ok(r) if r.arn == role_arn => r,
        Ok(_) | Err(IamError::NoSuchEntity(_)) => return Err(not_authorized()),
        Err(e) => return Err(super::core_error_message(&e)),
    };

    let claims_in = AssertionClaims::read(&verified)?;
    let arns: Vec<String> = input
        .policy_arns
        .as_ref()
        .map(|a| a.iter().filter_map(|p| p.arn.clone()).collect())
        .unwrap_or_default();
    let req = RoleSessionRequest {
        session_name: &claims_in.session_name,
        duration_secs: input.duration_seconds.map(i64::from),
        policy: input.policy.as_deref(),
        policy_arns: &arns,
        tags: &claims_in.tags,
        transitive_tag_keys: &claims_in.transitive,
        source_identity: claims_in.source_identity.as_deref(),
        mfa_verified: false,
    };
    let sts = inst.sts();
    let mut claims = sts
        .role_session(&federated_caller(&provider), &role, &req)
        .map_err(|e| super::sts::sts_error(&e))?;
    claims.federated_provider = Some(provider.arn.clone());
    // The IdP's session bounds the role session.
    if let Some(end) = verified
        .assertion
        .authn_statements
        .iter()
        .filter_map(|s| s.session_not_on_or_after)
        .map(|t| t.0)
        .min()
    {
        claims.expires_ms = claims.expires_ms.min(end);
    }

    let recipient = recipient_of(&verified);
    let name_qualifier = fed::name_qualifier(
        &verified.assertion.issuer,
        &provider.account_id,
        &provider.name,
    );
    let subject_type = fed::subject_type(verified.assertion.subject.name_id.format.as_deref());
    let trust = TrustCheck {
        app,
        ctx,
        role: &role,
        provider: &provider,
        verified: &verified,
        recipient: &recipient,
        name_qualifier: &name_qualifier,
        subject_type: &subject_type,
        claims: &claims_in,
    };
    trust.allows(ACTION)?;
    if !claims_in.tags.is_empty() {
        trust.allows("sts:TagSession")?;
    }
    if claims_in.source_identity.is_some() {
        trust.allows("sts:SetSourceIdentity")?;
    }

    let packed = sts
        .packed_policy_percent(input.policy.as_deref(), &claims)
        .map_err(|e| super::sts::sts_error(&e))?;
    // Claimed last: a refused request leaves the assertion usable for a correct one.
    let skew = site.skew;
    fed::claim_assertion(
        inst.store(),
        &verified.assertion.issuer,
        &verified.assertion.id,
        fed::replay_horizon_ms(&verified, skew),
        now_ms,
    )
    .map_err(|e| federation_error(&e))?;
    let issued = sts.issue(&claims).map_err(|e| super::sts::sts_error(&e))?;
    let has_packed = input.policy.is_some() || !arns.is_empty() || !claims.tags.is_empty();
    Ok(m::AssumeRoleWithSAMLResponse {
        assumed_role_user: Some(m::AssumedRoleUser {
            arn: claims.arn(&partition),
            assumed_role_id: claims.user_id(),
        }),
        audience: Some(recipient),
        credentials: Some(credentials(&issued)),
        issuer: Some(verified.assertion.issuer.clone()),
        name_qualifier: Some(name_qualifier),
        packed_policy_size: has_packed.then_some(packed),
        source_identity: claims.source_identity.clone(),
        subject: Some(verified.assertion.subject.name_id.value.clone()),
        subject_type: Some(subject_type),
        ..Default::default()
    })
}

/// `saml:aud`: where the assertion says it is presented.
fn recipient_of(verified: &VerifiedResponse) -> String {
    verified
        .assertion
        .subject
        .confirmations
        .iter()
        .find_map(|c| c.recipient.clone())
        .or_else(|| verified.destination.clone())
        .unwrap_or_default()
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

/// What the verified assertion asks for beside the role.
struct AssertionClaims {
    session_name: String,
    tags: Vec<SessionTag>,
    transitive: Vec<String>,
    source_identity: Option<String>,
}

impl AssertionClaims {
    fn read(verified: &VerifiedResponse) -> Result<Self, ApiError> {
        let a = &verified.assertion;
        let single = |name: &str| -> Result<Option<String>, ApiError> {
            match a.attribute(name) {
                None => Ok(None),
                Some([one]) => Ok(Some(one.clone())),
                Some(_) => Err(ApiError::new(
                    "IDPRejectedClaim",
                    format!("The attribute {name} must have exactly one value."),
                    403,
                )),
            }
        };
        let session_name = single(ROLE_SESSION_NAME_ATTRIBUTE)?.ok_or_else(|| {
            invalid_token("RoleSessionName is required in AuthnResponse (the https://aws.amazon.com/SAML/Attributes/RoleSessionName attribute).")
        })?;
        let mut tags = Vec::new();
        for attr in &a.attributes {
            if let Some(key) = attr.name.strip_prefix(PRINCIPAL_TAG_PREFIX) {
                let [value] = attr.values.as_slice() else {
                    return Err(ApiError::new(
                        "IDPRejectedClaim",
                        format!("The session tag {key} must have exactly one value."),
                        403,
                    ));
                };
                tags.push(SessionTag {
                    key: key.to_owned(),
                    value: value.clone(),
                });
            }
        }
        let transitive = a
            .attribute(TRANSITIVE_TAG_KEYS_ATTRIBUTE)
            .map(<[String]>::to_vec)
            .unwrap_or_default();
        Ok(AssertionClaims {
            session_name,
            tags,
            transitive,
            source_identity: single(SOURCE_IDENTITY_ATTRIBUTE)?,
        })
    }
}

/// The principal the session claims are made for: nothing inherited, no chaining.
fn federated_caller(provider: &SamlProvider) -> Caller {
    Caller {
        account_id: provider.account_id.clone(),
        arn: provider.arn.clone(),
        user_id: provider.entity_id.clone(),
        kind: PrincipalKind::FederatedUser {
            name: provider.name.clone(),
            minted_by: String::new(),
        },
        access_key_id: String::new(),
        session: None,
    }
}

/// Evaluates a role's trust policy for a verified SAML assertion.
struct TrustCheck<'a> {
    app: &'a AppInner,
    ctx: &'a RequestCtx<'a>,
    role: &'a Role,
    provider: &'a SamlProvider,
    verified: &'a VerifiedResponse,
    recipient: &'a str,
    name_qualifier: &'a str,
    subject_type: &'a str,
    claims: &'a AssertionClaims,
}

impl TrustCheck<'_> {
    fn allows(&self, action: &str) -> Result<(), ApiError> {
        let trust = self
            .app
            .web_identity
            .trust
            .compile(&self.role.trust_policy)
            .ok_or_else(not_authorized)?;
        let rc = self.context(action);
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
            DecisionEffect::Allow => Ok(()),
            DecisionEffect::ExplicitDeny | DecisionEffect::ImplicitDeny => Err(not_authorized()),
        }
    }

    fn context(&self, action: &str) -> RequestContext {
        let app = self.app;
        let now = app.installation.clock().now();
        let mut rc = RequestContext::new(
            Principal::federated(&self.provider.arn),
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
        rc.set("sts:RoleSessionName", self.claims.session_name.as_str());
        let a = &self.verified.assertion;
        rc.set("saml:aud", self.recipient);
        rc.set("saml:iss", a.issuer.as_str());
        rc.set("saml:sub", a.subject.name_id.value.as_str());
        rc.set("saml:sub_type", self.subject_type);
        rc.set("saml:namequalifier", self.name_qualifier);
        rc.set(
            "saml:doc",
            format!("{}/{}", self.provider.account_id, self.provider.name).as_str(),
        );
        for (key, attribute) in ATTRIBUTE_KEYS {
            let Some(values) = a.attribute(attribute) else {
                continue;
            };
            match values {
                [one] => {
                    rc.set(key, one.as_str());
                }
                many => {
                    rc.set_multi(
                        key,
                        many.iter()
                            .map(|v| ContextValue::String(v.clone()))
                            .collect(),
                    );
                }
            }
        }
        if let Some(si) = &self.claims.source_identity {
            rc.set("sts:SourceIdentity", si.as_str());
        }
        if !self.claims.tags.is_empty() {
            for tag in &self.claims.tags {
                rc.set(&format!("aws:RequestTag/{}", tag.key), tag.value.as_str());
            }
            rc.set_multi(
                "aws:TagKeys",
                self.claims
                    .tags
                    .iter()
                    .map(|tag| ContextValue::String(tag.key.clone()))
                    .collect(),
            );
        }
        if !self.claims.transitive.is_empty() {
            rc.set_multi(
                "sts:TransitiveTagKeys",
                self.claims
                    .transitive
                    .iter()
                    .map(|s| ContextValue::String(s.clone()))
                    .collect(),
            );
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
        assert_eq!(
            role_of("arn:aws:iam::123456789012:user/Deploy", "aws"),
            None
        );
    }
}
