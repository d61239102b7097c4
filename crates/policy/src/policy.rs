//! Stage three of parsing: checks a policy's syntax against the rules of its kind and
//! compiles it into the form the evaluator runs.

use crate::condition::{Condition, Operator, OperatorName};
use crate::context::{PrincipalKind, RequestContext};
use crate::error::{PolicyError, Stage, msg};
use crate::json::parse_with_statement_spans;
use crate::pattern::{ArnPattern, Pattern, Wildcards};
use crate::syntax::{self, DocumentSyntax, Negation, PrincipalSyntax, StatementSyntax};

/// Where a policy is attached, which decides the rules it is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PolicyKind {
    /// Attached to a user, group or role (managed or inline).
    Identity,
    /// Attached to a resource (bucket policy, key policy, ...): names principals.
    Resource,
    /// A role's trust policy: names who may assume it; no `Resource`.
    Trust,
    /// Passed when a session is created.
    Session,
    /// A permissions boundary of a user or role.
    PermissionsBoundary,
    /// An Organizations service control policy.
    ServiceControl,
    /// An Organizations resource control policy.
    ResourceControl,
}

impl PolicyKind {
    fn names_principals(self) -> bool {
        matches!(
            self,
            PolicyKind::Resource | PolicyKind::Trust | PolicyKind::ResourceControl
        )
    }

    /// IAM restricts Sids to letters and digits in the policies it stores itself; resource
    /// policies owned by other services accept any text.
    fn alphanumeric_sids(self) -> bool {
        !matches!(self, PolicyKind::Resource | PolicyKind::Trust)
    }
}

/// The policy language version, which decides whether `${...}` is a variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V2012_10_17,
    V2008_10_17,
    Absent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Effect {
    Allow,
    Deny,
}

/// A checked and compiled policy.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    kind: PolicyKind,
    version: Version,
    id: Option<String>,
    statements: Vec<Statement>,
}

/// One compiled statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    position: StatementPosition,
    sid: Option<String>,
    effect: Effect,
    principal: Option<PrincipalMatcher>,
    actions: Matcher<Pattern>,
    resources: Option<Matcher<ArnPattern>>,
    conditions: Vec<Condition>,
}

#[derive(Debug, Clone, PartialEq)]
struct Matcher<T> {
    negated: bool,
    patterns: Vec<T>,
}

#[derive(Debug, Clone, PartialEq)]
struct PrincipalMatcher {
    negated: bool,
    entries: Vec<PrincipalEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum PrincipalEntry {
    Everyone,
    Account(String),
    Arn(String),
    Federated(String),
    Service(String),
    CanonicalUser(String),
}

/// How a resource-based policy's `Principal` matched the requester; the evaluation logic
/// treats these differently within one account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PrincipalMatch {
    /// The account (or its root ARN): permission delegated to the account's own policies.
    Account,
    /// The role or IAM user that issued the requester's session.
    Issuer,
    /// The requester itself: its user, session or federated-user ARN, `*`, a service or a
    /// federated provider.
    Direct,
}

/// Parses, checks and compiles a policy document of the given kind.
pub fn parse(text: &str, kind: PolicyKind) -> Result<Policy, PolicyError> {
    let (json, spans) = parse_with_statement_spans(text)
        .map_err(|e| PolicyError::new(Stage::Json, msg::SYNTAX, e.to_string()))?;
    let doc = syntax::document(&json)?;
    let mut policy = check(&doc, kind)?;
    let positions = positions_of(text, &spans);
    for (st, pos) in policy.statements.iter_mut().zip(positions) {
        st.position = pos;
    }
    Ok(policy)
}

/// Where a statement sits in its document: 1-based line and column (in characters) of its
/// opening and closing braces, as the policy simulator reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StatementPosition {
    pub start: Position,
    pub end: Position,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

/// Converts ascending byte ranges to line and column positions in one pass over the text.
fn positions_of(text: &str, spans: &[(usize, usize)]) -> Vec<StatementPosition> {
    let bytes = text.as_bytes();
    let (mut line, mut column, mut cursor) = (1u32, 1u32, 0usize);
    let mut at = |offset: usize| {
        for &b in bytes.get(cursor..offset).unwrap_or_default() {
            if b == b'\n' {
                line += 1;
                column = 1;
            } else if b & 0xC0 != 0x80 {
                // Count characters, not bytes: skip UTF-8 continuation bytes.
                column += 1;
            }
        }
        cursor = cursor.max(offset);
        Position { line, column }
    };
    spans
        .iter()
        .map(|&(start, end)| {
            let start = at(start);
            // `end` is one past the closing brace.
            let end = at(end.saturating_sub(1));
            StatementPosition { start, end }
        })
        .collect()
}

/// Like [`parse`] for raw bytes, which must be UTF-8.
pub fn parse_bytes(bytes: &[u8], kind: PolicyKind) -> Result<Policy, PolicyError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        PolicyError::new(
            Stage::Json,
            msg::SYNTAX,
            format!("invalid UTF-8 at byte {}", e.valid_up_to()),
        )
    })?;
    parse(text, kind)
}

fn check_err(
    message: impl Into<std::borrow::Cow<'static, str>>,
    detail: impl Into<String>,
) -> PolicyError {
    PolicyError::new(Stage::Check, message, detail)
}

fn check(doc: &DocumentSyntax<'_>, kind: PolicyKind) -> Result<Policy, PolicyError> {
    let version = match doc.version {
        Some("2012-10-17") => Version::V2012_10_17,
        Some(_) => Version::V2008_10_17,
        None => Version::Absent,
    };
    let variables = version == Version::V2012_10_17;

    // Condition operators and values first: IAM reports them before structural rules.
    let mut conditions = Vec::with_capacity(doc.statements.len());
    for st in &doc.statements {
        conditions.push(compile_conditions(st, variables)?);
    }

    let mut sids: Vec<&str> = Vec::with_capacity(doc.statements.len());
    for st in &doc.statements {
        if let Some(sid) = st.sid.filter(|s| !s.is_empty()) {
            if sids.contains(&sid) {
                return Err(check_err(
                    msg::SID_UNIQUE,
                    format!("Sid `{sid}` appears twice"),
                ));
            }
            sids.push(sid);
        }
    }

    for st in &doc.statements {
        match (&st.principal, kind.names_principals()) {
            (Some(_), false) => {
                return Err(check_err(
                    msg::NO_PRINCIPAL_ALLOWED,
                    format!("principals are not allowed in a {kind:?} policy"),
                ));
            }
            (None, true) => {
                return Err(check_err(
                    msg::MISSING_PRINCIPAL,
                    format!("a {kind:?} policy statement must name a principal"),
                ));
            }
            _ => {}
        }
        if kind == PolicyKind::Trust
            && let Some((Negation::Not, _)) = &st.principal
        {
            return Err(check_err(
                "Has prohibited field NotPrincipal",
                "trust policies do not take `NotPrincipal`",
            ));
        }
        match &st.action {
            None => {
                return Err(check_err(
                    msg::MUST_CONTAIN_ACTIONS,
                    "statement without `Action` or `NotAction`",
                ));
            }
            Some((_, a)) if a.is_empty() => {
                return Err(check_err(msg::MUST_CONTAIN_ACTIONS, "empty action list"));
            }
            _ => {}
        }
        match (&st.resource, kind) {
            (Some((neg, _)), PolicyKind::Trust) => {
                let field = if *neg == Negation::Not {
                    "NotResource"
                } else {
                    "Resource"
                };
                return Err(check_err(
                    format!("Has prohibited field {field}"),
                    "trust policies do not take resources",
                ));
            }
            (None, PolicyKind::Trust) => {}
            (None, _) => {
                return Err(check_err(
                    msg::MUST_CONTAIN_RESOURCES,
                    "statement without `Resource` or `NotResource`",
                ));
            }
            (Some((_, r)), _) if r.is_empty() => {
                return Err(check_err(
                    msg::MUST_CONTAIN_RESOURCES,
                    "empty resource list",
                ));
            }
            _ => {}
        }
    }

    for st in &doc.statements {
        if let Some((_, resources)) = st.resource {
            for r in resources.iter() {
                check_resource(r)?;
            }
        }
    }
    for st in &doc.statements {
        if let Some((_, actions)) = st.action {
            for a in actions.iter() {
                check_action(a)?;
                // A trust policy governs only how the role is assumed.
                if kind == PolicyKind::Trust
                    && !a.get(..4).is_some_and(|v| v.eq_ignore_ascii_case("sts:"))
                {
                    return Err(check_err(
                        msg::TRUST_ACTIONS,
                        format!("action `{a}` is not an STS action"),
                    ));
                }
            }
        }
        for (_, entries) in st.condition.blocks() {
            for (key, _) in entries {
                check_condition_key(key)?;
            }
        }
        if kind.alphanumeric_sids()
            && let Some(sid) = st.sid
            && !sid.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return Err(check_err(
                msg::SID_ALNUM,
                format!("Sid `{sid}` is not alphanumeric"),
            ));
        }
    }

    let mut statements = Vec::with_capacity(doc.statements.len());
    for (st, conds) in doc.statements.iter().zip(conditions) {
        statements.push(compile_statement(st, conds, kind, variables)?);
    }
    Ok(Policy {
        kind,
        version,
        id: doc.id.map(str::to_owned),
        statements,
    })
}

fn compile_conditions(
    st: &StatementSyntax<'_>,
    variables: bool,
) -> Result<Vec<Condition>, PolicyError> {
    let mut out = Vec::new();
    for (op, entries) in st.condition.blocks() {
        let Some(name) = OperatorName::parse(op) else {
            return Err(PolicyError::syntax(format!(
                "unknown condition operator `{op}`"
            )));
        };
        for (key, values) in entries {
            let cond = Condition::compile(name, key, values, variables).map_err(|bad| {
                check_err(
                    msg::LEGACY,
                    format!("`{}` is not a valid value for `{op}`", bad.0),
                )
            })?;
            out.push(cond);
        }
    }
    Ok(out)
}

fn check_action(action: &str) -> Result<(), PolicyError> {
    if action == "*" {
        return Ok(());
    }
    let mut parts = action.split(':');
    let vendor = parts.next().unwrap_or_default();
    match (parts.next(), parts.next()) {
        (None, _) => Err(check_err(
            msg::VENDOR_PREFIX,
            format!("action `{action}` has no service prefix"),
        )),
        (Some(_), Some(_)) => Err(check_err(
            msg::ONE_COLON,
            format!("action `{action}` has more than one colon"),
        )),
        (Some(_), None) => {
            if vendor.is_empty()
                || !vendor.bytes().all(|b| {
                    b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'*' || b == b'?'
                })
            {
                return Err(check_err(
                    format!("Vendor {vendor} is not valid"),
                    format!("action `{action}`"),
                ));
            }
            Ok(())
        }
    }
}

fn check_condition_key(key: &str) -> Result<(), PolicyError> {
    if !key.contains(':') || key.starts_with(':') {
        return Err(check_err(
            msg::VENDOR_PREFIX,
            format!("condition key `{key}` has no service prefix"),
        ));
    }
    Ok(())
}

fn check_resource(resource: &str) -> Result<(), PolicyError> {
    if resource == "*" {
        return Ok(());
    }
    let arn_like =
        resource.starts_with("arn:") && resource.bytes().filter(|&b| b == b':').count() >= 5;
    // A bare `arn:*`-style prefix wildcard is accepted as IAM does.
    let prefix_wildcard = resource.starts_with("arn:") && resource.ends_with('*');
    if arn_like || prefix_wildcard {
        Ok(())
    } else {
        Err(check_err(
            format!("Resource {resource} must be in ARN format or \"*\"."),
            format!("resource `{resource}` is not an ARN"),
        ))
    }
}

fn compile_statement(
    st: &StatementSyntax<'_>,
    conditions: Vec<Condition>,
    kind: PolicyKind,
    variables: bool,
) -> Result<Statement, PolicyError> {
    let effect = if st.effect == "Allow" {
        Effect::Allow
    } else {
        Effect::Deny
    };
    let principal = match &st.principal {
        None => None,
        Some((neg, p)) => Some(PrincipalMatcher {
            negated: *neg == Negation::Not,
            entries: compile_principal(p, kind)?,
        }),
    };
    let actions = match &st.action {
        Some((neg, list)) => Matcher {
            negated: *neg == Negation::Not,
            // Actions never take variables: only resources and condition values do.
            patterns: list
                .iter()
                .map(|a| Pattern::compile(a, Wildcards::On, false, true))
                .collect(),
        },
        None => Matcher {
            negated: false,
            patterns: Vec::new(),
        },
    };
    let resources = st.resource.as_ref().map(|(neg, list)| Matcher {
        negated: *neg == Negation::Not,
        patterns: list
            .iter()
            .map(|r| ArnPattern::compile(r, variables))
            .collect(),
    });
    Ok(Statement {
        position: StatementPosition::default(),
        sid: st.sid.map(str::to_owned),
        effect,
        principal,
        actions,
        resources,
        conditions,
    })
}

fn invalid_principal(kind: &str, value: &str) -> PolicyError {
    check_err(
        format!("Invalid principal in policy: \"{kind}\":\"{value}\""),
        format!("`{value}` is not a valid `{kind}` principal"),
    )
}

fn compile_principal(
    p: &PrincipalSyntax<'_>,
    kind: PolicyKind,
) -> Result<Vec<PrincipalEntry>, PolicyError> {
    let typed = match p {
        PrincipalSyntax::Everyone => return Ok(vec![PrincipalEntry::Everyone]),
        PrincipalSyntax::Typed(t) => t,
    };
    let mut out = Vec::new();
    for (ptype, ids) in typed {
        for id in ids {
            let id = *id;
            let entry = match *ptype {
                "AWS" => {
                    if id == "*" {
                        PrincipalEntry::Everyone
                    } else if id.len() == 12 && id.bytes().all(|b| b.is_ascii_digit()) {
                        PrincipalEntry::Account(id.to_owned())
                    } else if let Some(acct) = root_arn_account(id) {
                        PrincipalEntry::Account(acct.to_owned())
                    } else if is_principal_arn(id) {
                        PrincipalEntry::Arn(id.to_owned())
                    } else {
                        return Err(invalid_principal(ptype, id));
                    }
                }
                "Federated" => {
                    if id.is_empty() {
                        return Err(invalid_principal(ptype, id));
                    }
                    PrincipalEntry::Federated(id.to_owned())
                }
                "Service" => {
                    if id.is_empty() || id.contains(char::is_whitespace) {
                        return Err(invalid_principal(ptype, id));
                    }
                    PrincipalEntry::Service(id.to_owned())
                }
                "CanonicalUser" => PrincipalEntry::CanonicalUser(id.to_owned()),
                other => {
                    return Err(PolicyError::syntax(format!(
                        "unknown principal type `{other}`"
                    )));
                }
            };
            out.push(entry);
        }
    }
    if kind == PolicyKind::ResourceControl && out.iter().any(|e| *e != PrincipalEntry::Everyone) {
        return Err(check_err(
            "Resource control policies must use \"Principal\": \"*\"",
            "resource control policies apply to every principal",
        ));
    }
    Ok(out)
}

fn root_arn_account(id: &str) -> Option<&str> {
    let rest = id.strip_prefix("arn:")?;
    let mut parts = rest.splitn(5, ':');
    let _partition = parts.next()?;
    let service = parts.next()?;
    let region = parts.next()?;
    let account = parts.next()?;
    let resource = parts.next()?;
    (service == "iam" && region.is_empty() && resource == "root" && account.len() == 12)
        .then_some(account)
}

fn is_principal_arn(id: &str) -> bool {
    let Some(rest) = id.strip_prefix("arn:") else {
        return false;
    };
    let parts: Vec<&str> = rest.splitn(5, ':').collect();
    matches!(parts.as_slice(), [_, "iam" | "sts", "", account, res] if account.len() == 12 && !res.is_empty())
}

/// A statement that applied to a request, as the evaluator reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Applied {
    pub(crate) effect: Effect,
    pub(crate) principal_match: PrincipalMatch,
}

impl Policy {
    pub fn kind(&self) -> PolicyKind {
        self.kind
    }

    pub fn version(&self) -> Version {
        self.version
    }

    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }
}

impl Statement {
    /// Where the statement is in the document it was parsed from.
    pub fn position(&self) -> StatementPosition {
        self.position
    }

    pub fn sid(&self) -> Option<&str> {
        self.sid.as_deref()
    }

    pub fn effect(&self) -> Effect {
        self.effect
    }

    /// Condition operators and keys of this statement, in document order.
    pub fn condition_keys(&self) -> impl Iterator<Item = (OperatorName, &str)> {
        self.conditions.iter().map(|c| (c.operator(), c.key()))
    }

    /// Whether the statement applies to the request. `missing` hears condition keys the
    /// request lacks (only for statements whose action, resource and principal match).
    /// `has_boundary` says whether the requester has a permissions boundary, which changes
    /// how a `NotPrincipal` deny reads (see [`not_principal_excludes`]).
    pub(crate) fn applies(
        &self,
        ctx: &RequestContext,
        has_boundary: bool,
        missing: &mut dyn FnMut(&str),
    ) -> Option<Applied> {
        let action = ctx.action_folded();
        let any_action = self
            .actions
            .patterns
            .iter()
            .any(|p| p.matches(action, ctx, true) == Some(true));
        if any_action == self.actions.negated {
            return None;
        }
        if let Some(res) = &self.resources {
            let resource = ctx.resource();
            let any = res
                .patterns
                .iter()
                .any(|p| p.matches(resource, ctx) == Some(true));
            if any == res.negated {
                return None;
            }
        }
        let principal_match = match &self.principal {
            None => PrincipalMatch::Direct,
            Some(pm) if pm.negated => {
                // A deny naming exceptions still reaches every principal that has a
                // permissions boundary, whatever the exceptions say.
                let boundary_quirk = has_boundary
                    && self.effect == Effect::Deny
                    && ctx.principal().is_aws_identity();
                if !boundary_quirk && not_principal_excludes(&pm.entries, ctx) {
                    return None;
                }
                PrincipalMatch::Direct
            }
            Some(pm) => pm
                .entries
                .iter()
                .filter_map(|e| match_principal(e, ctx))
                .max()?,
        };
        let mut all = true;
        for c in &self.conditions {
            if !c.evaluate(ctx, missing) {
                all = false;
            }
        }
        all.then_some(Applied {
            effect: self.effect,
            principal_match,
        })
    }
}

/// Whether `NotPrincipal` lists the requester. AWS checks an IAM requester as a chain
/// (its account, then the role or user behind a session, then the session), so the
/// requester is excepted only when its account is listed together with its own ARN or the
/// ARN of the role or user that issued its session.
fn not_principal_excludes(entries: &[PrincipalEntry], ctx: &RequestContext) -> bool {
    let p = ctx.principal();
    if entries.contains(&PrincipalEntry::Everyone) {
        return true;
    }
    if !p.is_aws_identity() {
        return entries.iter().any(|e| match_principal(e, ctx).is_some());
    }
    let account_listed = entries
        .iter()
        .any(|e| matches!(e, PrincipalEntry::Account(a) if a == p.account()));
    let identity_listed = *p.kind() == PrincipalKind::Root
        || entries.iter().any(|e| {
            matches!(
                match_principal(e, ctx),
                Some(PrincipalMatch::Direct | PrincipalMatch::Issuer)
            )
        });
    account_listed && identity_listed
}

fn match_principal(entry: &PrincipalEntry, ctx: &RequestContext) -> Option<PrincipalMatch> {
    let p = ctx.principal();
    match entry {
        PrincipalEntry::Everyone => Some(PrincipalMatch::Direct),
        PrincipalEntry::Account(acct) => {
            if !p.is_aws_identity() || p.account() != acct {
                None
            } else if *p.kind() == PrincipalKind::Root {
                Some(PrincipalMatch::Direct)
            } else {
                Some(PrincipalMatch::Account)
            }
        }
        PrincipalEntry::Arn(arn) => {
            if p.arn() == arn && p.is_aws_identity() {
                return Some(PrincipalMatch::Direct);
            }
            match p.kind() {
                PrincipalKind::RoleSession { role_arn } if role_arn == arn => {
                    Some(PrincipalMatch::Issuer)
                }
                PrincipalKind::FederatedUser { user_arn } if user_arn == arn => {
                    Some(PrincipalMatch::Issuer)
                }
                _ => None,
            }
        }
        PrincipalEntry::Federated(provider) => match p.kind() {
            PrincipalKind::Federated { provider: have } if have == provider => {
                Some(PrincipalMatch::Direct)
            }
            _ => None,
        },
        PrincipalEntry::Service(name) => match p.kind() {
            PrincipalKind::Service { name: have } if have == name => Some(PrincipalMatch::Direct),
            _ => None,
        },
        PrincipalEntry::CanonicalUser(id) => {
            (p.canonical_user() == Some(id.as_str())).then_some(PrincipalMatch::Direct)
        }
    }
}

/// Every operator name IAM accepts, for documentation and the simulator.
pub fn operator_names() -> impl Iterator<Item = &'static str> {
    Operator::ALL.into_iter().map(Operator::name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_know_their_line_and_column() {
        let text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"},\n    {\n      \"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"*\"\n    }\n  ]\n}";
        let policy = parse(text, PolicyKind::Identity);
        let positions: Vec<StatementPosition> = policy
            .iter()
            .flat_map(|p| p.statements().iter().map(Statement::position))
            .collect();
        let at = |line, column| Position { line, column };
        assert_eq!(
            positions,
            vec![
                StatementPosition {
                    start: at(4, 5),
                    end: at(4, 55)
                },
                StatementPosition {
                    start: at(5, 5),
                    end: at(7, 5)
                },
            ]
        );
    }

    #[test]
    fn a_single_statement_object_has_a_position() {
        let policy = parse(
            r#"{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"#,
            PolicyKind::Identity,
        );
        let pos = policy.ok().map(|p| p.statements()[0].position());
        let at = |line, column| Position { line, column };
        assert_eq!(
            pos,
            Some(StatementPosition {
                start: at(1, 14),
                end: at(1, 59)
            })
        );
    }

    #[test]
    fn invalid_utf8_is_a_syntax_error() {
        let err = parse_bytes(b"{\"Statement\":\"\xff\"}", PolicyKind::Identity).err();
        assert_eq!(
            err.as_ref().map(ToString::to_string).as_deref(),
            Some(msg::SYNTAX)
        );
        assert_eq!(
            err.map(|e| e.detail().to_owned()).as_deref(),
            Some("invalid UTF-8 at byte 14")
        );
    }

    #[test]
    fn a_huge_document_is_parsed_in_linear_time() {
        let statement =
            r#"{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}"#;
        let text = format!(
            r#"{{"Version":"2012-10-17","Statement":[{}]}}"#,
            vec![statement; 50_000].join(",")
        );
        let started = std::time::Instant::now();
        let policy = parse(&text, PolicyKind::Identity);
        assert_eq!(policy.map(|p| p.statements().len()).ok(), Some(50_000));
        assert!(started.elapsed() < std::time::Duration::from_secs(10));
    }
}
