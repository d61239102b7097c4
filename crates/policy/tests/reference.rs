//! A deliberately plain evaluator written from AWS's description of the policy language:
//! it reads the JSON tree on every call, compiles nothing and optimises nothing. The
//! property tests compare the real engine with it.

use std::net::IpAddr;

use gatehouse_policy::json::Json;
use gatehouse_policy::{ContextValue, DecisionEffect, Principal, PrincipalKind, RequestContext};

use crate::support::{field, text};

/// One request as the reference sees it: the principal, action, resource and raw keys.
pub struct RefRequest {
    pub principal: Principal,
    pub action: String,
    pub resource: String,
    pub resource_account: String,
    /// Keys as (name, values, multivalued); names compared without case.
    pub keys: Vec<(String, Vec<String>, bool)>,
}

impl RefRequest {
    fn key(&self, name: &str) -> Option<(&[String], bool)> {
        self.keys
            .iter()
            .find(|(k, _, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v, m)| (v.as_slice(), *m))
    }

    pub fn to_context(&self, now: std::time::SystemTime) -> RequestContext {
        let mut ctx =
            RequestContext::new(self.principal.clone(), &self.action, &self.resource, now)
                .with_resource_account(self.resource_account.clone());
        for (k, vs, multi) in &self.keys {
            if *multi {
                ctx.set_multi(
                    k,
                    vs.iter().map(|v| ContextValue::String(v.clone())).collect(),
                );
            } else {
                ctx.set(k, ContextValue::String(vs[0].clone()));
            }
        }
        ctx
    }
}

/// The policies of a request in their JSON form.
#[derive(Default, Clone)]
pub struct RefSet {
    pub scp: Vec<Vec<Json<'static>>>,
    pub rcp: Vec<Vec<Json<'static>>>,
    pub resource: Option<Json<'static>>,
    pub resource_required: bool,
    pub identity: Vec<Json<'static>>,
    pub boundary: Option<Json<'static>>,
    pub session: Vec<Json<'static>>,
}

fn list<'a, 't>(j: Option<&'a Json<'t>>) -> Vec<&'a Json<'t>> {
    match j {
        None => Vec::new(),
        Some(Json::Array(a)) => a.iter().collect(),
        Some(other) => vec![other],
    }
}

fn strings(j: Option<&Json<'_>>) -> Vec<String> {
    list(j)
        .into_iter()
        .map(|v| match v {
            Json::String(s) => s.to_string(),
            Json::Number(n) => n.to_string(),
            Json::Bool(b) => b.to_string(),
            _ => String::new(),
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Tok {
    Ch(char, bool),
    Star,
    One,
}

/// Turns policy text into tokens, replacing variables when the version allows them.
/// `None` when a variable has no value and no default.
fn tokens(text: &str, wild: bool, vars: bool, req: &RefRequest) -> Option<Vec<Tok>> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if vars
            && chars[i] == '$'
            && chars.get(i + 1) == Some(&'{')
            && let Some(end) = chars[i..].iter().position(|&c| c == '}')
        {
            {
                let inner: String = chars[i + 2..i + end].iter().collect();
                let value = match inner.as_str() {
                    "*" => Some("*".to_owned()),
                    "?" => Some("?".to_owned()),
                    "$" => Some("$".to_owned()),
                    _ => {
                        let (name, default) = match inner.split_once(',') {
                            Some((n, d)) => (
                                n.trim().to_owned(),
                                Some(d.trim().trim_matches('\'').to_owned()),
                            ),
                            None => (inner.trim().to_owned(), None),
                        };
                        match req.key(&name) {
                            Some((vs, false)) if vs.len() == 1 => Some(vs[0].clone()),
                            _ => default,
                        }
                    }
                };
                let value = value?;
                out.extend(value.chars().map(|c| Tok::Ch(c, true)));
                i += end + 1;
                continue;
            }
        }
        out.push(match chars[i] {
            '*' if wild => Tok::Star,
            '?' if wild => Tok::One,
            c => Tok::Ch(c, false),
        });
        i += 1;
    }
    Some(out)
}

fn wild_match(p: &[Tok], t: &[char], fold: bool) -> bool {
    match p.first() {
        None => t.is_empty(),
        Some(Tok::Star) => (0..=t.len()).any(|k| wild_match(&p[1..], &t[k..], fold)),
        Some(Tok::One) => !t.is_empty() && wild_match(&p[1..], &t[1..], fold),
        Some(Tok::Ch(c, _)) => {
            !t.is_empty()
                && (if fold {
                    c.to_lowercase().eq(t[0].to_lowercase())
                } else {
                    *c == t[0]
                })
                && wild_match(&p[1..], &t[1..], fold)
        }
    }
}

fn text_match(
    pattern: &str,
    value: &str,
    wild: bool,
    fold: bool,
    vars: bool,
    req: &RefRequest,
) -> Option<bool> {
    let toks = tokens(pattern, wild, vars, req)?;
    let chars: Vec<char> = value.chars().collect();
    Some(wild_match(&toks, &chars, fold))
}

fn arn_match(pattern: &str, arn: &str, vars: bool, req: &RefRequest) -> Option<bool> {
    if pattern == "*" {
        return Some(true);
    }
    let toks = tokens(pattern, true, vars, req)?;
    // Split the pattern at its first five colons written in the policy itself.
    let mut segs: Vec<Vec<Tok>> = vec![Vec::new()];
    for t in toks {
        if t == Tok::Ch(':', false) && segs.len() < 6 {
            segs.push(Vec::new());
        } else if let Some(last) = segs.last_mut() {
            last.push(t);
        }
    }
    if segs.len() < 6 {
        let all: Vec<Tok> = tokens(pattern, true, vars, req)?;
        return Some(wild_match(&all, &arn.chars().collect::<Vec<_>>(), false));
    }
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    if parts.len() < 6 {
        return Some(false);
    }
    Some(
        segs.iter()
            .zip(parts)
            .all(|(s, p)| wild_match(s, &p.chars().collect::<Vec<_>>(), false)),
    )
}

fn number(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty()
        || !t
            .bytes()
            .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b))
    {
        return None;
    }
    t.parse::<f64>().ok().filter(|f| f.is_finite())
}

fn date(s: &str) -> Option<i64> {
    // Only the forms the generator writes: epoch seconds or YYYY-MM-DDTHH:MM:SSZ.
    let t = s.trim();
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse::<i64>().ok().map(|x| x * 1000);
    }
    let n = |r: std::ops::Range<usize>| t.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
    let (hh, mm, ss) = if t.len() >= 20 {
        (n(11..13)?, n(14..16)?, n(17..19)?)
    } else {
        (0, 0, 0)
    };
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468;
    Some(((days * 24 + hh) * 60 + mm) * 60_000 + ss * 1000)
}

fn ip_in(cidr: &str, ip: &str) -> bool {
    let Ok(ip) = ip.trim().parse::<IpAddr>() else {
        return false;
    };
    let (net, bits) = match cidr.split_once('/') {
        Some((n, b)) => (n, b.parse::<u32>().ok()),
        None => (cidr, None),
    };
    let Ok(net) = net.parse::<IpAddr>() else {
        return false;
    };
    match (net, ip) {
        (IpAddr::V4(n), IpAddr::V4(a)) => {
            let b = bits.unwrap_or(32);
            b == 0 || (u32::from(n) >> (32 - b)) == (u32::from(a) >> (32 - b))
        }
        (IpAddr::V6(n), IpAddr::V6(a)) => {
            let b = bits.unwrap_or(128);
            b == 0 || (u128::from(n) >> (128 - b)) == (u128::from(a) >> (128 - b))
        }
        _ => false,
    }
}

/// Does one context value match one policy value under the positive form of `op`?
fn value_matches(
    op: &str,
    policy: &str,
    value: &str,
    vars: bool,
    req: &RefRequest,
) -> Option<bool> {
    Some(match op {
        "StringEquals" | "StringNotEquals" => text_match(policy, value, false, false, vars, req)?,
        "StringEqualsIgnoreCase" | "StringNotEqualsIgnoreCase" => {
            text_match(policy, value, false, true, vars, req)?
        }
        "StringLike" | "StringNotLike" => text_match(policy, value, true, false, vars, req)?,
        "ArnEquals" | "ArnLike" | "ArnNotEquals" | "ArnNotLike" => {
            arn_match(policy, value, vars, req)?
        }
        "Bool" => policy.eq_ignore_ascii_case("true") == value.eq_ignore_ascii_case("true"),
        "IpAddress" | "NotIpAddress" => ip_in(policy, value),
        o if o.starts_with("Numeric") => match (number(value), number(policy)) {
            (Some(a), Some(b)) => compare(o.trim_start_matches("Numeric"), a.partial_cmp(&b)),
            _ => false,
        },
        o if o.starts_with("Date") => match (date(value), date(policy)) {
            (Some(a), Some(b)) => compare(o.trim_start_matches("Date"), Some(a.cmp(&b))),
            _ => false,
        },
        _ => false,
    })
}

fn compare(rel: &str, ord: Option<std::cmp::Ordering>) -> bool {
    use std::cmp::Ordering::*;
    let Some(o) = ord else { return false };
    match rel {
        "Equals" | "NotEquals" => o == Equal,
        "LessThan" => o == Less,
        "LessThanEquals" => o != Greater,
        "GreaterThan" => o == Greater,
        "GreaterThanEquals" => o != Less,
        _ => false,
    }
}

fn negated(op: &str) -> bool {
    op.contains("Not")
}

fn condition_holds(
    full_op: &str,
    key: &str,
    policy_values: &[String],
    vars: bool,
    req: &RefRequest,
) -> bool {
    let (set, rest) = if let Some(r) = full_op.strip_prefix("ForAllValues:") {
        ("all", r)
    } else if let Some(r) = full_op.strip_prefix("ForAnyValue:") {
        ("any", r)
    } else {
        ("", full_op)
    };
    let (op, if_exists) = match rest.strip_suffix("IfExists") {
        Some(o) => (o, true),
        None => (rest, false),
    };
    let present = req.key(key).filter(|(v, _)| !v.is_empty());
    if op == "Null" {
        return policy_values
            .iter()
            .any(|p| p.eq_ignore_ascii_case("true") == present.is_none());
    }
    let Some((values, _)) = present else {
        if if_exists {
            return true;
        }
        return match set {
            "all" => true,
            "any" => false,
            _ => negated(op),
        };
    };
    // One context value against all policy values: ORed; a negated operator inverts.
    let mut per_value = Vec::new();
    for v in values {
        let mut any = false;
        for p in policy_values {
            match value_matches(op, p, v, vars, req) {
                None => return false,
                Some(m) => any |= m,
            }
        }
        per_value.push(any);
    }
    match set {
        "all" => per_value.iter().all(|&m| m != negated(op)),
        "any" => per_value.iter().any(|&m| m != negated(op)),
        _ => per_value.iter().any(|&m| m) != negated(op),
    }
}

/// How the `Principal` element named the requester: 3 itself, 2 its issuing role or user,
/// 1 its account; `None` when it does not name it.
fn principal_strength(element: &Json, req: &RefRequest) -> Option<u8> {
    let p = &req.principal;
    let aws_identity = matches!(
        p.kind(),
        PrincipalKind::Root
            | PrincipalKind::User
            | PrincipalKind::RoleSession { .. }
            | PrincipalKind::FederatedUser { .. }
    );
    if text(element) == Some("*") {
        return Some(3);
    }
    let mut best = None;
    let Json::Object(m) = element else {
        return None;
    };
    for (ptype, ids) in m {
        for id in strings(Some(ids)) {
            let s = match &**ptype {
                "AWS" if id == "*" => Some(3),
                "AWS" if aws_identity => {
                    let acct = if id.len() == 12 && id.bytes().all(|b| b.is_ascii_digit()) {
                        Some(id.clone())
                    } else if id.ends_with(":root") && id.starts_with("arn:aws:iam::") {
                        id.split(':').nth(4).map(str::to_owned)
                    } else {
                        None
                    };
                    match acct {
                        Some(a) if a == p.account() => Some(if *p.kind() == PrincipalKind::Root {
                            3
                        } else {
                            1
                        }),
                        Some(_) => None,
                        None if id == p.arn() => Some(3),
                        None => match p.kind() {
                            PrincipalKind::RoleSession { role_arn } if *role_arn == id => Some(2),
                            PrincipalKind::FederatedUser { user_arn } if *user_arn == id => Some(2),
                            _ => None,
                        },
                    }
                }
                "Service" => {
                    matches!(p.kind(), PrincipalKind::Service { name } if *name == id).then_some(3)
                }
                "Federated" => {
                    matches!(p.kind(), PrincipalKind::Federated { provider } if *provider == id)
                        .then_some(3)
                }
                "CanonicalUser" => (p.canonical_user() == Some(id.as_str())).then_some(3),
                _ => None,
            };
            best = best.max(s);
        }
    }
    best
}

fn aws_identity(p: &Principal) -> bool {
    matches!(
        p.kind(),
        PrincipalKind::Root
            | PrincipalKind::User
            | PrincipalKind::RoleSession { .. }
            | PrincipalKind::FederatedUser { .. }
    )
}

fn not_principal_lists(element: &Json<'_>, req: &RefRequest) -> bool {
    let p = &req.principal;
    if !aws_identity(p) {
        return principal_strength(element, req).is_some();
    }
    if principal_strength(element, req) == Some(3) && text(element) == Some("*") {
        return true;
    }
    let Json::Object(m) = element else {
        return false;
    };
    let ids: Vec<String> = m
        .iter()
        .filter(|(t, _)| &**t == "AWS")
        .flat_map(|(_, v)| strings(Some(v)))
        .collect();
    if ids.iter().any(|i| i == "*") {
        return true;
    }
    let account = p.account();
    let account_listed = ids
        .iter()
        .any(|i| i == account || *i == format!("arn:aws:iam::{account}:root"));
    let issuer = match p.kind() {
        PrincipalKind::RoleSession { role_arn } => Some(role_arn.as_str()),
        PrincipalKind::FederatedUser { user_arn } => Some(user_arn.as_str()),
        _ => None,
    };
    let self_listed = *p.kind() == PrincipalKind::Root
        || ids
            .iter()
            .any(|i| i == p.arn() || Some(i.as_str()) == issuer);
    account_listed && self_listed
}

/// Statements of one policy that apply: (is_deny, principal strength).
fn applying(policy: &Json<'_>, req: &RefRequest, has_boundary: bool) -> Vec<(bool, u8)> {
    let vars = field(policy, "Version").and_then(text) == Some("2012-10-17");
    let mut out = Vec::new();
    for st in list(field(policy, "Statement")) {
        let deny = field(st, "Effect").and_then(text) == Some("Deny");
        let action_hit = |pats: Vec<String>| {
            pats.iter()
                .any(|a| text_match(a, &req.action, true, true, false, req) == Some(true))
        };
        let action_ok = match (field(st, "Action"), field(st, "NotAction")) {
            (Some(a), _) => action_hit(strings(Some(a))),
            (_, Some(na)) => !action_hit(strings(Some(na))),
            _ => false,
        };
        if !action_ok {
            continue;
        }
        let res_hit = |pats: Vec<String>| {
            pats.iter()
                .any(|r| arn_match(r, &req.resource, vars, req) == Some(true))
        };
        let res_ok = match (field(st, "Resource"), field(st, "NotResource")) {
            (Some(r), _) => res_hit(strings(Some(r))),
            (_, Some(nr)) => !res_hit(strings(Some(nr))),
            _ => true,
        };
        if !res_ok {
            continue;
        }
        let strength = match (field(st, "Principal"), field(st, "NotPrincipal")) {
            (Some(p), _) => match principal_strength(p, req) {
                Some(s) => s,
                None => continue,
            },
            (_, Some(np)) => {
                // A deny with exceptions always reaches IAM principals that have a
                // permissions boundary; otherwise an IAM principal is excepted only when
                // its account and its own (or its issuer's) ARN are both listed.
                if !(deny && has_boundary && aws_identity(&req.principal))
                    && not_principal_lists(np, req)
                {
                    continue;
                }
                3
            }
            _ => 3,
        };
        let mut conds_ok = true;
        if let Some(Json::Object(blocks)) = field(st, "Condition") {
            for (op, block) in blocks {
                if let Json::Object(keys) = block {
                    for (k, vals) in keys {
                        conds_ok &= condition_holds(op, k, &strings(Some(vals)), vars, req);
                    }
                }
            }
        }
        if conds_ok {
            out.push((deny, strength));
        }
    }
    out
}

/// The documented decision, step by step.
pub fn decide(set: &RefSet, req: &RefRequest) -> DecisionEffect {
    let has_boundary = set.boundary.is_some();
    let mut all: Vec<&Json> = Vec::new();
    set.scp.iter().chain(&set.rcp).for_each(|l| all.extend(l));
    all.extend(set.resource.iter());
    all.extend(&set.identity);
    all.extend(set.boundary.iter());
    all.extend(&set.session);
    // 1. An explicit deny in any policy decides.
    if all
        .iter()
        .any(|p| applying(p, req, has_boundary).iter().any(|(deny, _)| *deny))
    {
        return DecisionEffect::ExplicitDeny;
    }
    let allows = |p: &Json| {
        applying(p, req, has_boundary)
            .iter()
            .any(|(deny, _)| !*deny)
    };
    // 2. Every level of RCPs and SCPs must allow.
    for levels in [&set.rcp, &set.scp] {
        if !levels.iter().all(|level| level.iter().any(&allows)) {
            return DecisionEffect::ImplicitDeny;
        }
    }
    let p = &req.principal;
    let rbp = set.resource.as_ref().and_then(|r| {
        applying(r, req, has_boundary)
            .iter()
            .filter(|(d, _)| !*d)
            .map(|(_, s)| *s)
            .max()
    });
    let aws_identity = matches!(
        p.kind(),
        PrincipalKind::Root
            | PrincipalKind::User
            | PrincipalKind::RoleSession { .. }
            | PrincipalKind::FederatedUser { .. }
    );
    if !aws_identity {
        return if rbp.is_some() {
            DecisionEffect::Allow
        } else {
            DecisionEffect::ImplicitDeny
        };
    }
    let identity = *p.kind() == PrincipalKind::Root || set.identity.iter().any(&allows);
    let boundary = set.boundary.as_ref().is_none_or(&allows);
    // GetFederationToken without session policies yields a session with no permissions.
    let federated_user = matches!(p.kind(), PrincipalKind::FederatedUser { .. });
    let session = (set.session.is_empty() && !federated_user) || set.session.iter().any(&allows);
    let same = req.resource_account == p.account();
    let verdict = |b: bool| {
        if b {
            DecisionEffect::Allow
        } else {
            DecisionEffect::ImplicitDeny
        }
    };
    if same {
        // 3. Within one account a resource policy naming the requester itself allows alone;
        //    naming the issuing role or user still needs the boundary and session policies.
        match rbp {
            Some(3) => return DecisionEffect::Allow,
            Some(2) => return verdict(boundary && session),
            None if set.resource_required => return DecisionEffect::ImplicitDeny,
            _ => {}
        }
        verdict(identity && boundary && session)
    } else {
        // 4. Across accounts both sides must allow.
        verdict(rbp.is_some() && identity && boundary && session)
    }
}
