//! The evaluation logic: which policies must allow, where an explicit deny wins, and how a
//! resource-based policy combines with the principal's own policies in and across accounts.

use crate::context::{PrincipalKind, RequestContext};
use crate::policy::{Effect, Policy, PrincipalMatch};

/// The policies that apply to one request, grouped as the evaluation logic uses them.
///
/// The caller decides which policies apply, as AWS does before evaluating: SCPs only for
/// principals of member accounts (not the management account, not service-linked roles),
/// RCPs only for resources of member accounts and not for service principals, a boundary
/// and session policies only when the principal has them.
#[derive(Debug, Clone, Default)]
pub struct PolicySet<'a> {
    /// Service control policies of the principal's account, one list per level of the
    /// organization (root, each OU, the account). Empty when the account is not governed by
    /// SCPs (no organization, or the management account).
    pub service_control: Vec<Vec<&'a Policy>>,
    /// Resource control policies of the resource's account, by level, likewise.
    pub resource_control: Vec<Vec<&'a Policy>>,
    /// The resource's resource-based policy (a role's trust policy for `sts:AssumeRole*`).
    pub resource: Option<&'a Policy>,
    /// Whether the resource-based policy must allow even within one account, as a role's
    /// trust policy must.
    pub resource_policy_required: bool,
    /// The principal's identity-based policies (its own, its groups').
    pub identity: Vec<&'a Policy>,
    /// The principal's permissions boundary.
    pub boundary: Option<&'a Policy>,
    /// The session policies passed when the principal's session was created.
    pub session: Vec<&'a Policy>,
}

/// Which group of a [`PolicySet`] a statement came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PolicySource {
    ServiceControl { level: usize },
    ResourceControl { level: usize },
    Resource,
    Identity,
    PermissionsBoundary,
    Session,
}

/// A statement that decided the outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatchedStatement<'a> {
    pub source: PolicySource,
    /// Index of the policy within its group (0 for the resource policy and boundary).
    pub policy_index: usize,
    /// Index of the statement within its policy.
    pub statement_index: usize,
    pub sid: Option<&'a str>,
    pub effect: Effect,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DecisionEffect {
    Allow,
    ExplicitDeny,
    ImplicitDeny,
}

/// The outcome of [`evaluate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision<'a> {
    pub effect: DecisionEffect,
    /// For `ExplicitDeny` the denying statements; for `Allow` the allowing statements of
    /// every group the decision needed; empty for `ImplicitDeny`.
    pub statements: Vec<MatchedStatement<'a>>,
    /// For `ImplicitDeny`, the group that failed to allow.
    pub denied_by: Option<PolicySource>,
    /// Condition keys that matching statements referred to and the request lacked,
    /// sorted and without duplicates.
    pub missing_context_keys: Vec<String>,
}

struct Tally<'a> {
    has_boundary: bool,
    allows: Vec<(MatchedStatement<'a>, PrincipalMatch)>,
    denies: Vec<MatchedStatement<'a>>,
}

impl<'a> Tally<'a> {
    fn run(
        &mut self,
        ctx: &RequestContext,
        policy: &'a Policy,
        source: PolicySource,
        policy_index: usize,
        missing: &mut Vec<String>,
    ) -> bool {
        let mut allowed = false;
        let mut note = |k: &str| {
            if !missing.iter().any(|m| m.eq_ignore_ascii_case(k)) {
                missing.push(k.to_owned());
            }
        };
        for (i, st) in policy.statements().iter().enumerate() {
            if let Some(applied) = st.applies(ctx, self.has_boundary, &mut note) {
                let m = MatchedStatement {
                    source,
                    policy_index,
                    statement_index: i,
                    sid: st.sid(),
                    effect: applied.effect,
                };
                match applied.effect {
                    Effect::Allow => {
                        allowed = true;
                        self.allows.push((m, applied.principal_match));
                    }
                    Effect::Deny => self.denies.push(m),
                }
            }
        }
        allowed
    }

    fn allows_from(&self, pred: impl Fn(PolicySource) -> bool) -> Vec<MatchedStatement<'a>> {
        self.allows
            .iter()
            .filter(|(m, _)| pred(m.source))
            .map(|(m, _)| *m)
            .collect()
    }
}

/// Decides one request. Pure: everything it needs is in its arguments.
pub fn evaluate<'a>(ctx: &RequestContext, set: &PolicySet<'a>) -> Decision<'a> {
    let mut tally = Tally {
        has_boundary: set.boundary.is_some(),
        allows: Vec::new(),
        denies: Vec::new(),
    };
    let mut missing = Vec::new();

    let mut scp_ok = true;
    for (level, policies) in set.service_control.iter().enumerate() {
        let mut any = false;
        for (i, p) in policies.iter().enumerate() {
            any |= tally.run(
                ctx,
                p,
                PolicySource::ServiceControl { level },
                i,
                &mut missing,
            );
        }
        scp_ok &= any;
    }
    let mut rcp_ok = true;
    for (level, policies) in set.resource_control.iter().enumerate() {
        let mut any = false;
        for (i, p) in policies.iter().enumerate() {
            any |= tally.run(
                ctx,
                p,
                PolicySource::ResourceControl { level },
                i,
                &mut missing,
            );
        }
        rcp_ok &= any;
    }
    if let Some(p) = set.resource {
        tally.run(ctx, p, PolicySource::Resource, 0, &mut missing);
    }
    let mut identity_allows = false;
    for (i, p) in set.identity.iter().enumerate() {
        identity_allows |= tally.run(ctx, p, PolicySource::Identity, i, &mut missing);
    }
    let boundary_ok = match set.boundary {
        Some(p) => tally.run(ctx, p, PolicySource::PermissionsBoundary, 0, &mut missing),
        None => true,
    };
    let mut session_allows = false;
    for (i, p) in set.session.iter().enumerate() {
        session_allows |= tally.run(ctx, p, PolicySource::Session, i, &mut missing);
    }
    // A federated user session created without session policies has no permissions;
    // any other principal without session policies is not capped by them.
    let federated_user = matches!(ctx.principal().kind(), PrincipalKind::FederatedUser { .. });
    let session_ok = (set.session.is_empty() && !federated_user) || session_allows;
    missing.sort();

    if !tally.denies.is_empty() {
        return Decision {
            effect: DecisionEffect::ExplicitDeny,
            statements: tally.denies,
            denied_by: None,
            missing_context_keys: missing,
        };
    }
    let implicit = |source: PolicySource, missing: Vec<String>| Decision {
        effect: DecisionEffect::ImplicitDeny,
        statements: Vec::new(),
        denied_by: Some(source),
        missing_context_keys: missing,
    };
    if !rcp_ok {
        let level = first_failing_level(&tally, &set.resource_control, true);
        return implicit(PolicySource::ResourceControl { level }, missing);
    }
    if !scp_ok {
        let level = first_failing_level(&tally, &set.service_control, false);
        return implicit(PolicySource::ServiceControl { level }, missing);
    }

    let principal = ctx.principal();
    let same_account = ctx.resource_account() == principal.account();
    let is_root = *principal.kind() == PrincipalKind::Root;
    // The root user needs no identity policy for its own account.
    let identity_ok = identity_allows || is_root;
    let resource_match = tally
        .allows
        .iter()
        .filter(|(m, _)| m.source == PolicySource::Resource)
        .map(|(_, pm)| *pm)
        .max();

    let org = |s: PolicySource| {
        matches!(
            s,
            PolicySource::ServiceControl { .. } | PolicySource::ResourceControl { .. }
        )
    };
    let allow = |pred: &dyn Fn(PolicySource) -> bool, missing: Vec<String>| Decision {
        effect: DecisionEffect::Allow,
        statements: tally.allows_from(|s| org(s) || pred(s)),
        denied_by: None,
        missing_context_keys: missing,
    };

    if !principal.is_aws_identity() {
        // Services, federated callers and anonymous callers have no identity policies:
        // only a resource-based policy can let them in.
        return if resource_match.is_some() {
            allow(&|s| s == PolicySource::Resource, missing)
        } else {
            implicit(PolicySource::Resource, missing)
        };
    }

    if same_account {
        match resource_match {
            Some(PrincipalMatch::Direct) => {
                return allow(&|s| s == PolicySource::Resource, missing);
            }
            Some(PrincipalMatch::Issuer) => {
                // Granted to the role (or the user behind a federated session): the
                // session policies and the boundary still cap it, the identity policy need not allow.
                if !boundary_ok {
                    return implicit(PolicySource::PermissionsBoundary, missing);
                }
                if !session_ok {
                    return implicit(PolicySource::Session, missing);
                }
                return allow(
                    &|s| {
                        matches!(
                            s,
                            PolicySource::Resource
                                | PolicySource::PermissionsBoundary
                                | PolicySource::Session
                        )
                    },
                    missing,
                );
            }
            Some(PrincipalMatch::Account) | None => {
                if set.resource_policy_required && resource_match.is_none() {
                    return implicit(PolicySource::Resource, missing);
                }
            }
        }
    } else if resource_match.is_none() {
        return implicit(PolicySource::Resource, missing);
    }

    if !identity_ok {
        return implicit(PolicySource::Identity, missing);
    }
    if !boundary_ok {
        return implicit(PolicySource::PermissionsBoundary, missing);
    }
    if !session_ok {
        return implicit(PolicySource::Session, missing);
    }
    let with_resource = !same_account || resource_match.is_some();
    allow(
        &|s| {
            matches!(
                s,
                PolicySource::Identity | PolicySource::PermissionsBoundary | PolicySource::Session
            ) || (with_resource && s == PolicySource::Resource)
        },
        missing,
    )
}

fn first_failing_level(tally: &Tally<'_>, levels: &[Vec<&Policy>], resource_side: bool) -> usize {
    (0..levels.len())
        .find(|&level| {
            !tally.allows.iter().any(|(m, _)| {
                m.source
                    == if resource_side {
                        PolicySource::ResourceControl { level }
                    } else {
                        PolicySource::ServiceControl { level }
                    }
            })
        })
        .unwrap_or(0)
}
