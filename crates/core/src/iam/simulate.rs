//! The policy simulator: evaluates actions on resources against a principal's policies
//! (or policies given inline) with the same engine and evaluation logic the server
//! enforces, and reports the deciding statements with their places in the documents.

use std::time::SystemTime;

use gatehouse_policy::{
    ContextValue, Decision, DecisionEffect, Policy, PolicyKind, PolicySet, PolicySource, Principal,
    PrincipalKind, RequestContext,
};

use super::{Iam, IamError};

/// Where a simulated policy comes from (IAM's `PolicySourceType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceType {
    User,
    Group,
    Role,
    AwsManaged,
    UserManaged,
    Resource,
    /// Given in the request (`PolicyInputList`).
    None,
}

impl SourceType {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceType::User => "user",
            SourceType::Group => "group",
            SourceType::Role => "role",
            SourceType::AwsManaged => "aws-managed",
            SourceType::UserManaged => "user-managed",
            SourceType::Resource => "resource",
            SourceType::None => "none",
        }
    }
}

/// A policy document taking part in a simulation.
#[derive(Debug, Clone)]
pub struct SimulatedPolicy {
    pub id: String,
    pub source: SourceType,
    pub document: String,
}

/// The principal a simulation is for.
#[derive(Debug, Clone)]
pub struct SimulatedPrincipal {
    pub arn: String,
    pub account: String,
    pub kind: PrincipalKind,
    pub user_id: Option<String>,
    pub tags: Vec<(String, String)>,
}

/// A context entry of the request: key, typed values, whether the key is multivalued.
pub type ContextEntry = (String, Vec<ContextValue>, bool);

#[derive(Debug, Clone)]
pub struct Simulation {
    pub principal: SimulatedPrincipal,
    pub identity: Vec<SimulatedPolicy>,
    pub boundaries: Vec<SimulatedPolicy>,
    pub resource_policy: Option<SimulatedPolicy>,
    pub actions: Vec<String>,
    /// Empty means `*`.
    pub resources: Vec<String>,
    pub context: Vec<ContextEntry>,
    pub now: SystemTime,
}

/// A `ContextEntries` item: `type_name` is IAM's `ContextKeyType` (`string`,
/// `stringList`, `numeric`, `boolean`, `date`, `ip`, `binary` and their lists).
pub fn context_entry(
    key: &str,
    type_name: &str,
    values: &[String],
) -> Result<ContextEntry, IamError> {
    let base = type_name.strip_suffix("List").unwrap_or(type_name);
    let multi = type_name.ends_with("List");
    let bad = |v: &str| {
        IamError::InvalidInput(format!(
            "Context key {key} has a value {v} that is not of type {type_name}."
        ))
    };
    let mut out = Vec::with_capacity(values.len());
    for v in values {
        let value = match base {
            "string" => ContextValue::String(v.clone()),
            "numeric" => ContextValue::Number(v.parse::<f64>().map_err(|_| bad(v))?),
            "boolean" => match v.to_ascii_lowercase().as_str() {
                "true" => ContextValue::Bool(true),
                "false" => ContextValue::Bool(false),
                _ => return Err(bad(v)),
            },
            "ip" => ContextValue::Ip(v.parse().map_err(|_| bad(v))?),
            "binary" => {
                use base64::Engine;
                ContextValue::Binary(
                    base64::engine::general_purpose::STANDARD
                        .decode(v)
                        .map_err(|_| bad(v))?,
                )
            }
            "date" => {
                let t =
                    time::OffsetDateTime::parse(v, &time::format_description::well_known::Rfc3339)
                        .map_err(|_| bad(v))?;
                let ms = i64::try_from(t.unix_timestamp_nanos() / 1_000_000).map_err(|_| bad(v))?;
                ContextValue::Date(gatehouse_policy::time_from_millis(ms))
            }
            _ => {
                return Err(IamError::InvalidInput(format!(
                    "Invalid context key type {type_name} for key {key}."
                )));
            }
        };
        out.push(value);
    }
    Ok((key.to_owned(), out, multi))
}

/// A line and column (both from 1) in a policy document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchedPolicyStatement {
    pub policy_id: String,
    pub source: SourceType,
    pub start: Position,
    pub end: Position,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimulationResult {
    pub action: String,
    pub resource: String,
    pub decision: DecisionEffect,
    pub matched: Vec<MatchedPolicyStatement>,
    pub missing_context: Vec<String>,
    /// With a permissions boundary: whether the boundary allowed the request.
    pub allowed_by_boundary: Option<bool>,
}

impl SimulationResult {
    /// IAM's `EvalDecision` text.
    pub fn decision_text(&self) -> &'static str {
        match self.decision {
            DecisionEffect::Allow => "allowed",
            DecisionEffect::ExplicitDeny => "explicitDeny",
            DecisionEffect::ImplicitDeny => "implicitDeny",
        }
    }
}

struct Parsed<'a> {
    meta: &'a SimulatedPolicy,
    policy: Policy,
    spans: Vec<(Position, Position)>,
}

fn parse_all(list: &[SimulatedPolicy], kind: PolicyKind) -> Result<Vec<Parsed<'_>>, IamError> {
    list.iter()
        .map(|p| {
            let policy = gatehouse_policy::parse(&p.document, kind)?;
            Ok(Parsed {
                meta: p,
                spans: statement_spans(&p.document),
                policy,
            })
        })
        .collect()
}

/// Runs the simulation: one result per action and resource.
pub fn simulate(sim: &Simulation) -> Result<Vec<SimulationResult>, IamError> {
    let identity = parse_all(&sim.identity, PolicyKind::Identity)?;
    let boundaries = parse_all(&sim.boundaries, PolicyKind::PermissionsBoundary)?;
    let resource = sim
        .resource_policy
        .as_ref()
        .map(|p| {
            Ok::<_, IamError>(Parsed {
                meta: p,
                spans: statement_spans(&p.document),
                policy: gatehouse_policy::parse(&p.document, PolicyKind::Resource)?,
            })
        })
        .transpose()?;
    let resources: Vec<String> = if sim.resources.is_empty() {
        vec!["*".to_owned()]
    } else {
        sim.resources.clone()
    };
    let mut out = Vec::with_capacity(sim.actions.len() * resources.len());
    for action in &sim.actions {
        for res in &resources {
            let ctx = context(sim, action, res);
            // Several boundaries each limit the principal: every one must allow.
            let boundary_sets: Vec<Option<&Parsed<'_>>> = if boundaries.is_empty() {
                vec![None]
            } else {
                boundaries.iter().map(Some).collect()
            };
            let mut combined: Option<SimulationResult> = None;
            for b in boundary_sets {
                let set = PolicySet {
                    service_control: Vec::new(),
                    resource_control: Vec::new(),
                    resource: resource.as_ref().map(|r| &r.policy),
                    resource_policy_required: false,
                    identity: identity.iter().map(|p| &p.policy).collect(),
                    boundary: b.map(|p| &p.policy),
                    session: Vec::new(),
                };
                let d = gatehouse_policy::evaluate(&ctx, &set);
                let r = result(action, res, &d, &identity, b, resource.as_ref());
                combined = Some(match combined {
                    None => r,
                    Some(prev) => worse(prev, r),
                });
            }
            if let Some(r) = combined {
                out.push(r);
            }
        }
    }
    Ok(out)
}

/// The stricter of two results for the same request.
fn worse(a: SimulationResult, b: SimulationResult) -> SimulationResult {
    let rank = |d: DecisionEffect| match d {
        DecisionEffect::ExplicitDeny => 2,
        DecisionEffect::ImplicitDeny => 1,
        DecisionEffect::Allow => 0,
    };
    let (mut keep, other) = if rank(b.decision) > rank(a.decision) {
        (b, a)
    } else {
        (a, b)
    };
    if other.allowed_by_boundary == Some(false) {
        keep.allowed_by_boundary = Some(false);
    }
    for m in other.missing_context {
        if !keep.missing_context.contains(&m) {
            keep.missing_context.push(m);
        }
    }
    keep
}

fn context(sim: &Simulation, action: &str, resource: &str) -> RequestContext {
    let p = &sim.principal;
    let mut ctx = RequestContext::new(
        Principal::new(p.arn.clone(), p.account.clone(), p.kind.clone()),
        action,
        resource,
        sim.now,
    );
    let res_account = resource.split(':').nth(4).unwrap_or_default();
    if !res_account.is_empty() && res_account != p.account && res_account != "aws" {
        ctx = ctx.with_resource_account(res_account);
    }
    if let Some(id) = &p.user_id {
        ctx.set("aws:userid", id.as_str());
    }
    for (k, v) in &p.tags {
        ctx.set(&format!("aws:PrincipalTag/{k}"), v.as_str());
    }
    for (key, values, multi) in &sim.context {
        if *multi {
            ctx.set_multi(key, values.clone());
        } else if let Some(v) = values.first() {
            ctx.set(key, v.clone());
        }
    }
    ctx
}

fn result(
    action: &str,
    resource: &str,
    d: &Decision<'_>,
    identity: &[Parsed<'_>],
    boundary: Option<&Parsed<'_>>,
    resource_policy: Option<&Parsed<'_>>,
) -> SimulationResult {
    let mut matched = Vec::new();
    for m in &d.statements {
        let parsed = match m.source {
            PolicySource::Identity => identity.get(m.policy_index),
            PolicySource::PermissionsBoundary => boundary,
            PolicySource::Resource => resource_policy,
            _ => None,
        };
        let Some(p) = parsed else { continue };
        let (start, end) = p.spans.get(m.statement_index).copied().unwrap_or((
            Position { line: 1, column: 1 },
            Position { line: 1, column: 1 },
        ));
        let entry = MatchedPolicyStatement {
            policy_id: p.meta.id.clone(),
            source: p.meta.source,
            start,
            end,
        };
        if !matched.contains(&entry) {
            matched.push(entry);
        }
    }
    let boundary_denied = d.denied_by == Some(PolicySource::PermissionsBoundary)
        || (d.effect == DecisionEffect::ExplicitDeny
            && d.statements
                .iter()
                .any(|m| m.source == PolicySource::PermissionsBoundary));
    SimulationResult {
        action: action.to_owned(),
        resource: resource.to_owned(),
        decision: d.effect,
        matched,
        missing_context: d.missing_context_keys.clone(),
        allowed_by_boundary: boundary.map(|_| !boundary_denied),
    }
}

/// The place of each statement in a policy's JSON text: from its opening `{` to just
/// after its closing `}`. A lone statement object counts as one.
pub fn statement_spans(text: &str) -> Vec<(Position, Position)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut depth = 0usize;
    let mut found: Option<usize> = None;
    // Find the top-level "Statement" key and the offset of its value.
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let end = skip_string(bytes, i);
                if depth == 1 && &text[i + 1..end.saturating_sub(1).max(i + 1)] == "Statement" {
                    let mut j = end;
                    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    if bytes.get(j) == Some(&b':') {
                        j += 1;
                        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                            j += 1;
                        }
                        found = Some(j);
                        break;
                    }
                }
                i = end;
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    let Some(start) = found else {
        return Vec::new();
    };
    let mut spans = Vec::new();
    match bytes.get(start) {
        Some(b'{') => {
            let end = skip_value(bytes, start);
            spans.push((position(text, start), position(text, end)));
        }
        Some(b'[') => {
            let mut j = start + 1;
            loop {
                while j < bytes.len() && (bytes[j].is_ascii_whitespace() || bytes[j] == b',') {
                    j += 1;
                }
                match bytes.get(j) {
                    None | Some(b']') => break,
                    Some(_) => {
                        let end = skip_value(bytes, j);
                        spans.push((position(text, j), position(text, end)));
                        j = end.max(j + 1);
                    }
                }
            }
        }
        _ => {}
    }
    spans
}

/// The offset just after the string starting at `i` (a `"`).
fn skip_string(bytes: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => j += 2,
            b'"' => return j + 1,
            _ => j += 1,
        }
    }
    bytes.len()
}

/// The offset just after the JSON value starting at `i`.
fn skip_value(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(b'"') => skip_string(bytes, i),
        Some(b'{' | b'[') => {
            let mut depth = 0usize;
            let mut j = i;
            while j < bytes.len() {
                match bytes[j] {
                    b'"' => {
                        j = skip_string(bytes, j);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return j + 1;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            bytes.len()
        }
        _ => {
            let mut j = i;
            while j < bytes.len() && !matches!(bytes[j], b',' | b']' | b'}') {
                j += 1;
            }
            j
        }
    }
}

fn position(text: &str, offset: usize) -> Position {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = match before.rfind('\n') {
        Some(nl) => before[nl + 1..].chars().count() + 1,
        None => before.chars().count() + 1,
    };
    Position {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(column).unwrap_or(u32::MAX),
    }
}

impl Iam<'_> {
    /// The identity policies and boundary of the user or role `arn` in `account`, as
    /// simulation inputs, and the principal they describe.
    pub fn simulation_subject(
        &self,
        account: &str,
        arn: &str,
    ) -> Result<
        (
            SimulatedPrincipal,
            Vec<SimulatedPolicy>,
            Option<SimulatedPolicy>,
        ),
        IamError,
    > {
        let resource = arn.splitn(6, ':').nth(5).unwrap_or_default();
        let owner = arn.split(':').nth(4).unwrap_or_default();
        let invalid = || {
            IamError::InvalidInput(format!(
                "Invalid ARN {arn}: must be the ARN of a user, group or role in this account."
            ))
        };
        if owner != account {
            return Err(invalid());
        }
        let name = resource.rsplit('/').next().unwrap_or_default();
        let (docs, principal) = if resource.starts_with("user/") {
            let u = self.get_user(account, name)?;
            let docs = self.user_documents(account, name)?;
            (
                docs,
                SimulatedPrincipal {
                    arn: u.arn.clone(),
                    account: account.to_owned(),
                    kind: PrincipalKind::User,
                    user_id: Some(u.id),
                    tags: Vec::new(),
                },
            )
        } else if resource.starts_with("role/") {
            let r = self.get_role(account, name)?;
            let docs = self.role_documents(account, name)?;
            (
                docs,
                SimulatedPrincipal {
                    arn: r.arn.clone(),
                    account: account.to_owned(),
                    kind: PrincipalKind::RoleSession {
                        role_arn: r.arn.clone(),
                    },
                    user_id: Some(r.id),
                    tags: Vec::new(),
                },
            )
        } else if resource.starts_with("group/") {
            let docs = self.group_documents(account, name)?;
            (
                docs,
                SimulatedPrincipal {
                    arn: arn.to_owned(),
                    account: account.to_owned(),
                    kind: PrincipalKind::User,
                    user_id: None,
                    tags: Vec::new(),
                },
            )
        } else {
            return Err(invalid());
        };
        let mut principal = principal;
        principal.tags = docs
            .tags
            .iter()
            .map(|t| (t.key.clone(), t.value.clone()))
            .collect();
        let identity = docs
            .identity
            .into_iter()
            .map(|(origin, document)| describe(origin, document))
            .collect();
        let boundary = docs.boundary.map(|(arn, document)| SimulatedPolicy {
            id: policy_name(&arn),
            source: managed_source(&arn),
            document,
        });
        Ok((principal, identity, boundary))
    }

    fn group_documents(
        &self,
        account: &str,
        name: &str,
    ) -> Result<super::PrincipalDocuments, IamError> {
        let page = super::PageRequest {
            marker: None,
            max_items: Some(1),
        };
        let (g, _) = self.get_group(account, name, &page)?;
        let mut out = super::PrincipalDocuments::default();
        for (n, doc) in &g.inline {
            out.identity
                .push((format!("group/{}/{n}", g.name), doc.clone()));
        }
        for arn in &g.attached {
            let p = self.get_policy(arn)?;
            if let Some(doc) = p.default_document() {
                out.identity.push((arn.clone(), doc.to_owned()));
            }
        }
        Ok(out)
    }
}

fn policy_name(arn: &str) -> String {
    arn.rsplit('/').next().unwrap_or(arn).to_owned()
}

fn managed_source(arn: &str) -> SourceType {
    if arn.split(':').nth(4) == Some(super::records::AWS_ACCOUNT) {
        SourceType::AwsManaged
    } else {
        SourceType::UserManaged
    }
}

/// Names a document from `user_documents`/`role_documents` the way IAM's simulator does:
/// managed policies by name, inline ones by their policy name and owner's kind.
fn describe(origin: String, document: String) -> SimulatedPolicy {
    if origin.starts_with("arn:") {
        return SimulatedPolicy {
            id: policy_name(&origin),
            source: managed_source(&origin),
            document,
        };
    }
    let mut parts = origin.splitn(3, '/');
    let kind = parts.next().unwrap_or_default();
    let _owner = parts.next();
    let name = parts.next().unwrap_or_default().to_owned();
    let source = match kind {
        "group" => SourceType::Group,
        "role" => SourceType::Role,
        _ => SourceType::User,
    };
    SimulatedPolicy {
        id: name,
        source,
        document,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Sid\": \"A\", \"Effect\": \"Allow\", \"Action\": \"iam:Get*\", \"Resource\": \"*\"},\n    {\n      \"Effect\": \"Deny\",\n      \"Action\": \"iam:GetUser\",\n      \"Resource\": \"arn:aws:iam::111122223333:user/bob\"\n    }\n  ]\n}";

    fn sim(actions: &[&str], resources: &[&str]) -> Simulation {
        Simulation {
            principal: SimulatedPrincipal {
                arn: "arn:aws:iam::111122223333:user/alice".to_owned(),
                account: "111122223333".to_owned(),
                kind: PrincipalKind::User,
                user_id: None,
                tags: Vec::new(),
            },
            identity: vec![SimulatedPolicy {
                id: "p".to_owned(),
                source: SourceType::User,
                document: DOC.to_owned(),
            }],
            boundaries: Vec::new(),
            resource_policy: None,
            actions: actions.iter().map(|s| (*s).to_owned()).collect(),
            resources: resources.iter().map(|s| (*s).to_owned()).collect(),
            context: Vec::new(),
            now: SystemTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn spans_locate_each_statement() {
        let spans = statement_spans(DOC);
        assert_eq!(spans.len(), 2);
        assert_eq!(spans[0].0, Position { line: 4, column: 5 });
        assert_eq!(
            spans[0].1,
            Position {
                line: 4,
                column: 75
            }
        );
        assert_eq!(spans[1].0, Position { line: 5, column: 5 });
        assert_eq!(spans[1].1, Position { line: 9, column: 6 });
        let single = r#"{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"#;
        assert_eq!(
            statement_spans(single),
            vec![(
                Position {
                    line: 1,
                    column: 14
                },
                Position {
                    line: 1,
                    column: 60
                }
            )]
        );
    }

    #[test]
    fn decisions_and_matched_statements() {
        let r = simulate(&sim(
            &["iam:GetUser", "iam:CreateUser"],
            &["arn:aws:iam::111122223333:user/bob"],
        ))
        .unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].decision_text(), "explicitDeny");
        assert_eq!(r[0].matched[0].start.line, 5);
        assert_eq!(r[1].decision_text(), "implicitDeny");
        assert!(r[1].matched.is_empty());
        let r = simulate(&sim(&["iam:GetGroup"], &[])).unwrap();
        assert_eq!(r[0].decision_text(), "allowed");
        assert_eq!(r[0].resource, "*");
        assert_eq!(r[0].matched[0].start.line, 4);
    }

    #[test]
    fn a_boundary_limits_and_missing_keys_are_reported() {
        let mut s = sim(&["iam:GetGroup"], &[]);
        s.boundaries.push(SimulatedPolicy {
            id: "b".to_owned(),
            source: SourceType::None,
            document: r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:List*","Resource":"*"}]}"#.to_owned(),
        });
        let r = simulate(&s).unwrap();
        assert_eq!(r[0].decision_text(), "implicitDeny");
        assert_eq!(r[0].allowed_by_boundary, Some(false));
        s.actions = vec!["iam:ListUsers".to_owned()];
        assert_eq!(simulate(&s).unwrap()[0].allowed_by_boundary, Some(true));
        assert_eq!(
            simulate(&sim(&["iam:GetGroup"], &[])).unwrap()[0].allowed_by_boundary,
            None
        );
        let mut s = sim(&["s3:GetObject"], &[]);
        s.identity[0].document = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:SourceVpc":"vpc-1"}}}]}"#.to_owned();
        let r = simulate(&s).unwrap();
        assert_eq!(r[0].decision_text(), "implicitDeny");
        assert_eq!(r[0].missing_context, vec!["aws:SourceVpc".to_owned()]);
        s.context.push((
            "aws:SourceVpc".to_owned(),
            vec![ContextValue::String("vpc-1".to_owned())],
            false,
        ));
        assert_eq!(simulate(&s).unwrap()[0].decision_text(), "allowed");
    }
}
