//! Authorization: the request context of a call and the policies that apply to its
//! caller, evaluated by `gatehouse-policy` with AWS's logic. Deny by default.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use gatehouse_core::iam::PrincipalDocuments;
use gatehouse_core::{Caller, PrincipalKind};
use gatehouse_policy::{
    ContextValue, Decision, DecisionEffect, Policy, PolicyKind, PolicySet, PolicySource, Principal,
    RequestContext, time_from_millis,
};
use gatehouse_wire::ApiError;

use crate::app::AppInner;
use crate::operations::{RequestCtx, core_error_message};

/// What the root user may do, as a policy: everything.
const ROOT_POWERS: &str =
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;

const PRINCIPAL_TTL: Duration = Duration::from_secs(5);
const MAX_COMPILED: usize = 10_000;

/// Compiled policies by document, and principals' documents for a few seconds. Any IAM
/// change on this node clears the principals.
#[derive(Debug, Default)]
pub(crate) struct PolicyCache {
    compiled: Mutex<HashMap<(u8, String), Arc<Policy>>>,
    principals: Mutex<HashMap<String, (Instant, Arc<PrincipalDocuments>)>>,
}

impl PolicyCache {
    pub fn forget_principals(&self) {
        if let Ok(mut m) = self.principals.lock() {
            m.clear();
        }
    }

    fn compile(&self, kind: PolicyKind, doc: &str) -> Option<Arc<Policy>> {
        let tag = kind as u8;
        if let Ok(m) = self.compiled.lock()
            && let Some(p) = m.get(&(tag, doc.to_owned()))
        {
            return Some(Arc::clone(p));
        }
        // Stored documents were validated when written; one that no longer parses
        // (a newer, stricter parser) grants nothing.
        let p = Arc::new(gatehouse_policy::parse(doc, kind).ok()?);
        if let Ok(mut m) = self.compiled.lock() {
            if m.len() >= MAX_COMPILED {
                m.clear();
            }
            m.insert((tag, doc.to_owned()), Arc::clone(&p));
        }
        Some(p)
    }
}

/// The policies of an IAM user or role, through the short-lived cache.
fn documents(app: &AppInner, caller: &Caller) -> Result<Arc<PrincipalDocuments>, ApiError> {
    let (cache_key, load): (String, Box<dyn Fn() -> _>) = match &caller.kind {
        PrincipalKind::User { name, .. } => (
            format!("user/{}/{}", caller.account_id, name.to_ascii_lowercase()),
            Box::new(|| {
                app.installation
                    .iam()
                    .user_documents(&caller.account_id, name_of(caller))
            }),
        ),
        PrincipalKind::AssumedRole { role_name, .. } => (
            format!(
                "role/{}/{}",
                caller.account_id,
                role_name.to_ascii_lowercase()
            ),
            Box::new(move || {
                app.installation
                    .iam()
                    .role_documents(&caller.account_id, role_name)
            }),
        ),
        PrincipalKind::FederatedUser { minted_by, .. } if minted_by.is_empty() => {
            // Minted by the root user: the root user's powers, narrowed by the session
            // policy that travels with the credentials.
            return Ok(Arc::new(PrincipalDocuments {
                identity: vec![("root".to_owned(), ROOT_POWERS.to_owned())],
                ..PrincipalDocuments::default()
            }));
        }
        PrincipalKind::FederatedUser { minted_by, .. } => (
            format!(
                "user/{}/{}",
                caller.account_id,
                minted_by.to_ascii_lowercase()
            ),
            Box::new(move || {
                app.installation
                    .iam()
                    .user_documents(&caller.account_id, minted_by)
            }),
        ),
        PrincipalKind::Root => return Ok(Arc::new(PrincipalDocuments::default())),
    };
    if let Ok(m) = app.policies.principals.lock()
        && let Some((at, docs)) = m.get(&cache_key)
        && at.elapsed() < PRINCIPAL_TTL
    {
        return Ok(Arc::clone(docs));
    }
    let docs = Arc::new(load().map_err(|e| {
        // A principal deleted since its key was cached has no policies at all.
        tracing::debug!(error = %e, "principal documents unavailable");
        core_error_message(&e)
    })?);
    if let Ok(mut m) = app.policies.principals.lock() {
        m.insert(cache_key, (Instant::now(), Arc::clone(&docs)));
    }
    Ok(docs)
}

fn name_of(caller: &Caller) -> &str {
    caller.user_name().unwrap_or_default()
}

fn policy_principal(caller: &Caller, partition: &str) -> Principal {
    use gatehouse_policy::PrincipalKind as K;
    let kind = match &caller.kind {
        PrincipalKind::Root => K::Root,
        PrincipalKind::User { .. } => K::User,
        PrincipalKind::AssumedRole { .. } => K::RoleSession {
            role_arn: caller.principal_arn(partition),
        },
        PrincipalKind::FederatedUser { minted_by, .. } => K::FederatedUser {
            user_arn: if minted_by.is_empty() {
                format!("arn:{partition}:iam::{}:root", caller.account_id)
            } else {
                format!(
                    "arn:{partition}:iam::{}:user/{minted_by}",
                    caller.account_id
                )
            },
        },
    };
    Principal::new(caller.arn.clone(), caller.account_id.clone(), kind)
}

/// The request context of a call by `caller`, with the global condition keys set.
pub(crate) fn request_context(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    caller: &Caller,
    action: &str,
    resource: &str,
    tags: &[(String, String)],
) -> RequestContext {
    let partition = &app.installation.settings().partition;
    let now = app.installation.clock().now();
    let mut rc = RequestContext::new(
        policy_principal(caller, partition),
        action,
        resource,
        time_from_millis(now.0),
    );
    rc.set("aws:userid", caller.user_id.as_str());
    rc.set("aws:SecureTransport", ctx.secure_transport);
    if let Some(ip) = ctx.source_ip {
        rc.set("aws:SourceIp", ContextValue::Ip(ip));
    }
    rc.set(
        "aws:RequestedRegion",
        app.installation.settings().region.as_str(),
    );
    for (k, v) in tags {
        rc.set(&format!("aws:PrincipalTag/{k}"), v.as_str());
    }
    match &caller.session {
        Some(s) => {
            rc.set("aws:MultiFactorAuthPresent", s.mfa_authenticated);
            if let Some(t) = s.mfa_auth_time_ms {
                rc.set(
                    "aws:MultiFactorAuthAge",
                    ContextValue::Number(((now.0 - t) / 1000) as f64),
                );
            }
            rc.set(
                "aws:TokenIssueTime",
                ContextValue::Date(time_from_millis(s.issued_ms)),
            );
            if let Some(si) = &s.source_identity {
                rc.set("aws:SourceIdentity", si.as_str());
            }
            for (k, v) in &s.tags {
                rc.set(&format!("aws:PrincipalTag/{k}"), v.as_str());
            }
            if let Some(p) = &s.federated_provider {
                rc.set("aws:FederatedProvider", p.as_str());
            }
        }
        None => {
            // Long-term keys never carry MFA: the key is present but false.
            if !matches!(caller.kind, PrincipalKind::Root) {
                rc.set("aws:MultiFactorAuthPresent", false);
            }
        }
    }
    rc
}

/// Why a request was denied, in AWS's words.
pub(crate) fn denial_message(
    caller_arn: &str,
    action: &str,
    resource: &str,
    decision: &Decision<'_>,
) -> String {
    let head = format!(
        "User: {caller_arn} is not authorized to perform: {action} on resource: {resource}"
    );
    let src = match decision.effect {
        DecisionEffect::ExplicitDeny => decision.statements.first().map(|s| s.source),
        _ => decision.denied_by,
    };
    let kind = |s: Option<PolicySource>| match s {
        Some(PolicySource::ServiceControl { .. }) => "service control policy",
        Some(PolicySource::ResourceControl { .. }) => "resource control policy",
        Some(PolicySource::Resource) => "resource-based policy",
        Some(PolicySource::PermissionsBoundary) => "permissions boundary",
        Some(PolicySource::Session) => "session policy",
        Some(PolicySource::Identity) | None => "identity-based policy",
    };
    match decision.effect {
        DecisionEffect::ExplicitDeny => {
            let k = kind(src);
            let article = if k.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            format!("{head} with an explicit deny in {article} {k}")
        }
        _ => format!("{head} because no {} allows the {action} action", kind(src)),
    }
}

/// A caller's policies, compiled.
struct Compiled {
    identity: Vec<Arc<Policy>>,
    boundary: Option<Arc<Policy>>,
    session: Vec<Arc<Policy>>,
}

/// Compiles every policy that governs `caller`, or `None` when one of them no longer
/// compiles (damaged in the store, or refused by a stricter parser). That fails closed:
/// a dropped boundary would become no boundary and a dropped deny would allow, so the
/// request is denied instead.
fn compiled(app: &AppInner, docs: &PrincipalDocuments, caller: &Caller) -> Option<Compiled> {
    let broken = |what: &str, name: &str| {
        tracing::error!(
            principal = %caller.arn, policy = name,
            "a stored {what} no longer compiles; requests it governs are denied"
        );
    };
    let mut identity = Vec::with_capacity(docs.identity.len());
    for (name, doc) in &docs.identity {
        let Some(p) = app.policies.compile(PolicyKind::Identity, doc) else {
            broken("identity policy", name);
            return None;
        };
        identity.push(p);
    }
    let boundary = match &docs.boundary {
        None => None,
        Some((name, doc)) => {
            let Some(p) = app.policies.compile(PolicyKind::PermissionsBoundary, doc) else {
                broken("permissions boundary", name);
                return None;
            };
            Some(p)
        }
    };
    let mut session = Vec::new();
    for doc in caller.session.iter().flat_map(|s| s.policies.iter()) {
        let Some(p) = app.policies.compile(PolicyKind::Session, doc) else {
            broken("session policy", "(session)");
            return None;
        };
        session.push(p);
    }
    Some(Compiled {
        identity,
        boundary,
        session,
    })
}

/// Allows or denies `action` on `resource` for the request's caller. `extra` adds
/// request-specific condition keys (`aws:RequestTag/…`, `iam:PermissionsBoundary`, …).
pub(crate) fn authorize(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    action: &str,
    resource: &str,
    extra: &[(String, Vec<ContextValue>, bool)],
) -> Result<(), ApiError> {
    let caller = ctx.caller()?;
    session_kind_allows(caller, action, resource)?;
    if matches!(caller.kind, PrincipalKind::Root) {
        // The root user may do everything in its own account.
        return Ok(());
    }
    let docs = documents(app, caller)?;
    let tags: Vec<(String, String)> = docs
        .tags
        .iter()
        .map(|t| (t.key.clone(), t.value.clone()))
        .collect();
    let mut rc = request_context(app, ctx, caller, action, resource, &tags);
    for (key, values, multi) in extra {
        if *multi {
            rc.set_multi(key, values.clone());
        } else if let Some(v) = values.first() {
            rc.set(key, v.clone());
        }
    }
    let Some(Compiled {
        identity,
        boundary,
        session,
    }) = compiled(app, &docs, caller)
    else {
        return Err(ApiError::new(
            "AccessDenied",
            format!(
                "User: {} is not authorized to perform: {action} on resource: {resource} because a policy that applies to it cannot be evaluated",
                caller.arn
            ),
            403,
        ));
    };
    let set = PolicySet {
        service_control: Vec::new(),
        resource_control: Vec::new(),
        resource: None,
        resource_policy_required: false,
        identity: identity.iter().map(Arc::as_ref).collect(),
        boundary: boundary.as_deref(),
        session: session.iter().map(Arc::as_ref).collect(),
    };
    let decision = gatehouse_policy::evaluate(&rc, &set);
    if decision.effect == DecisionEffect::Allow {
        Ok(())
    } else {
        Err(ApiError::new(
            "AccessDenied",
            denial_message(&caller.arn, action, resource, &decision),
            403,
        ))
    }
}

/// AWS keeps IAM out of reach of GetFederationToken credentials, and of
/// GetSessionToken credentials obtained without MFA, whatever policies say.
fn session_kind_allows(caller: &Caller, action: &str, resource: &str) -> Result<(), ApiError> {
    let Some(session) = &caller.session else {
        return Ok(());
    };
    if !action.starts_with("iam:") {
        return Ok(());
    }
    let why = match caller.kind {
        PrincipalKind::FederatedUser { .. } => "federated user credentials cannot call IAM",
        PrincipalKind::User { .. } | PrincipalKind::Root if !session.mfa_authenticated => {
            "GetSessionToken credentials obtained without MFA cannot call IAM"
        }
        _ => return Ok(()),
    };
    Err(ApiError::new(
        "AccessDenied",
        format!(
            "User: {} is not authorized to perform: {action} on resource: {resource} because {why}",
            caller.arn
        ),
        403,
    ))
}

/// Allows or denies `action` (`sts:AssumeRole`, `sts:TagSession`, ...) on a role for the
/// request's caller: the role's trust policy is the resource-based policy and must allow
/// even within one account; across accounts the caller's own policies must allow too.
pub(crate) fn authorize_with_trust(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    action: &str,
    role_arn: &str,
    role_account: &str,
    trust_policy: &str,
    extra: &[(String, Vec<ContextValue>, bool)],
) -> Result<(), ApiError> {
    let caller = ctx.caller()?;
    // STS names no policy type in its denials.
    let denied = |_: &Decision<'_>| {
        ApiError::new(
            "AccessDenied",
            format!(
                "User: {} is not authorized to perform: {action} on resource: {role_arn}",
                caller.arn
            ),
            403,
        )
    };
    let Some(trust) = app.policies.compile(PolicyKind::Trust, trust_policy) else {
        return Err(denied(&Decision {
            effect: DecisionEffect::ImplicitDeny,
            statements: Vec::new(),
            denied_by: Some(PolicySource::Resource),
            missing_context_keys: Vec::new(),
        }));
    };
    let docs = documents(app, caller)?;
    let tags: Vec<(String, String)> = docs
        .tags
        .iter()
        .map(|t| (t.key.clone(), t.value.clone()))
        .collect();
    let mut rc = request_context(app, ctx, caller, action, role_arn, &tags)
        .with_resource_account(role_account);
    for (key, values, multi) in extra {
        if *multi {
            rc.set_multi(key, values.clone());
        } else if let Some(v) = values.first() {
            rc.set(key, v.clone());
        }
    }
    let Some(Compiled {
        identity,
        boundary,
        session,
    }) = compiled(app, &docs, caller)
    else {
        return Err(denied(&Decision {
            effect: DecisionEffect::ImplicitDeny,
            statements: Vec::new(),
            denied_by: None,
            missing_context_keys: Vec::new(),
        }));
    };
    let set = PolicySet {
        service_control: Vec::new(),
        resource_control: Vec::new(),
        resource: Some(trust.as_ref()),
        resource_policy_required: true,
        identity: identity.iter().map(Arc::as_ref).collect(),
        boundary: boundary.as_deref(),
        session: session.iter().map(Arc::as_ref).collect(),
    };
    let decision = gatehouse_policy::evaluate(&rc, &set);
    if decision.effect == DecisionEffect::Allow {
        Ok(())
    } else {
        Err(denied(&decision))
    }
}
