//! Runs the table-driven corpus in `tests/corpus/`: decision cases and validation cases.

use std::path::Path;

use gatehouse_policy::json::{Json, parse_json};
use gatehouse_policy::{
    ContextValue, DecisionEffect, Policy, PolicyKind, PolicySet, PolicySource, Principal,
    RequestContext, evaluate, parse,
};

use crate::support::{field, items, text, to_text};

fn kind_named(name: &str) -> PolicyKind {
    match name {
        "Identity" => PolicyKind::Identity,
        "Resource" => PolicyKind::Resource,
        "Trust" => PolicyKind::Trust,
        "Session" => PolicyKind::Session,
        "PermissionsBoundary" => PolicyKind::PermissionsBoundary,
        "ServiceControl" => PolicyKind::ServiceControl,
        "ResourceControl" => PolicyKind::ResourceControl,
        other => panic!("unknown policy kind {other}"),
    }
}

fn load(name: &str) -> Json<'static> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse_json(&text)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .into_owned()
}

fn corpus_files(prefix: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(prefix) && n.ends_with(".json"))
        .collect();
    names.sort();
    names
}

fn policy_of(j: &Json, kind: PolicyKind, group: &str) -> Policy {
    let doc = match j {
        Json::String(s) => s.to_string(),
        other => to_text(other),
    };
    parse(&doc, kind)
        .unwrap_or_else(|e| panic!("{group}: policy does not parse: {e} ({})", e.detail()))
}

struct Policies {
    scp: Vec<Vec<Policy>>,
    rcp: Vec<Vec<Policy>>,
    resource: Option<Policy>,
    resource_required: bool,
    identity: Vec<Policy>,
    boundary: Option<Policy>,
    session: Vec<Policy>,
}

impl Policies {
    fn load(group: &Json, name: &str) -> Policies {
        let list = |f: &str, kind| {
            items(field(group, f).unwrap_or(&Json::Null))
                .iter()
                .map(|p| policy_of(p, kind, name))
                .collect()
        };
        let levels = |f: &str, kind| {
            items(field(group, f).unwrap_or(&Json::Null))
                .iter()
                .map(|level| {
                    items(level)
                        .iter()
                        .map(|p| policy_of(p, kind, name))
                        .collect()
                })
                .collect()
        };
        let resource_kind = field(group, "resource_kind")
            .and_then(text)
            .map_or(PolicyKind::Resource, kind_named);
        Policies {
            scp: levels("scp", PolicyKind::ServiceControl),
            rcp: levels("rcp", PolicyKind::ResourceControl),
            resource: field(group, "resource").map(|p| policy_of(p, resource_kind, name)),
            resource_required: resource_kind == PolicyKind::Trust
                || field(group, "resource_required") == Some(&Json::Bool(true)),
            identity: list("identity", PolicyKind::Identity),
            boundary: field(group, "boundary")
                .map(|p| policy_of(p, PolicyKind::PermissionsBoundary, name)),
            session: list("session", PolicyKind::Session),
        }
    }

    fn set(&self) -> PolicySet<'_> {
        PolicySet {
            service_control: self.scp.iter().map(|l| l.iter().collect()).collect(),
            resource_control: self.rcp.iter().map(|l| l.iter().collect()).collect(),
            resource: self.resource.as_ref(),
            resource_policy_required: self.resource_required,
            identity: self.identity.iter().collect(),
            boundary: self.boundary.as_ref(),
            session: self.session.iter().collect(),
        }
    }
}

fn principal_of(j: &Json) -> Principal {
    let Json::Object(m) = j else {
        panic!("principal must be an object")
    };
    let (k, v) = &m[0];
    let s = |v: &Json| text(v).unwrap_or_default().to_owned();
    let pair = |v: &Json| {
        let a = items(v);
        (
            text(&a[0]).unwrap_or_default().to_owned(),
            text(&a[1]).unwrap_or_default().to_owned(),
        )
    };
    let p = match &**k {
        "root" => Principal::root(&s(v)),
        "user" => Principal::user(&s(v)),
        "role_session" => {
            let (r, n) = pair(v);
            Principal::role_session(&r, &n)
        }
        "federated_user" => {
            let (u, n) = pair(v);
            Principal::federated_user(&u, &n)
        }
        "federated" => Principal::federated(&s(v)),
        "service" => Principal::service(&s(v)),
        "anonymous" => Principal::anonymous(),
        other => panic!("unknown principal form {other}"),
    };
    match field(j, "canonical_user").and_then(text) {
        Some(c) => p.with_canonical_user(c),
        None => p,
    }
}

fn scalar(j: &Json) -> ContextValue {
    match j {
        Json::String(s) => ContextValue::String(s.to_string()),
        Json::Number(n) => ContextValue::String(n.to_string()),
        Json::Bool(b) => ContextValue::Bool(*b),
        other => panic!("bad context value {other:?}"),
    }
}

pub fn request_of(case: &Json) -> RequestContext {
    let now = field(case, "now")
        .and_then(text)
        .unwrap_or("2024-06-01T12:00:00Z");
    let now = gatehouse_policy::time_from_millis(
        time_millis(now).unwrap_or_else(|| panic!("bad now {now}")),
    );
    let principal =
        principal_of(field(case, "principal").unwrap_or_else(|| panic!("case without principal")));
    let action = field(case, "action")
        .and_then(text)
        .unwrap_or_else(|| panic!("case without action"));
    let resource = field(case, "resource").and_then(text).unwrap_or("*");
    let mut ctx = RequestContext::new(principal, action, resource, now);
    if let Some(acct) = field(case, "resource_account").and_then(text) {
        ctx = ctx.with_resource_account(acct);
    }
    if let Some(Json::Object(keys)) = field(case, "context") {
        for (k, v) in keys {
            match v {
                Json::Array(vs) => {
                    ctx.set_multi(k, vs.iter().map(scalar).collect());
                }
                Json::Null => {
                    ctx.remove(k);
                }
                other => {
                    ctx.set(k, scalar(other));
                }
            }
        }
    }
    ctx
}

fn time_millis(iso: &str) -> Option<i64> {
    // Reuse the engine's date parsing through a throwaway policy would be circular; the
    // corpus writes times as `YYYY-MM-DDTHH:MM:SSZ` only, parsed here directly.
    let b = iso.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[10] != b'T' || b[19] != b'Z' {
        return None;
    }
    let n = |r: std::ops::Range<usize>| iso[r].parse::<i64>().ok();
    let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
    let (hh, mm, ss) = (n(11..13)?, n(14..16)?, n(17..19)?);
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468;
    Some(((days * 24 + hh) * 60 + mm) * 60_000 + ss * 1000)
}

fn source_label(s: PolicySource, policy_index: usize) -> String {
    match s {
        PolicySource::ServiceControl { level } => format!("scp[{level}][{policy_index}]"),
        PolicySource::ResourceControl { level } => format!("rcp[{level}][{policy_index}]"),
        PolicySource::Resource => "resource".to_owned(),
        PolicySource::Identity => format!("identity[{policy_index}]"),
        PolicySource::PermissionsBoundary => "boundary".to_owned(),
        PolicySource::Session => format!("session[{policy_index}]"),
    }
}

fn layer_label(s: PolicySource) -> &'static str {
    match s {
        PolicySource::ServiceControl { .. } => "scp",
        PolicySource::ResourceControl { .. } => "rcp",
        PolicySource::Resource => "resource",
        PolicySource::Identity => "identity",
        PolicySource::PermissionsBoundary => "boundary",
        PolicySource::Session => "session",
    }
}

#[test]
fn decision_corpus() {
    let mut count = 0;
    let mut failures = Vec::new();
    for file in corpus_files("eval_") {
        let doc = load(&file);
        for group in items(field(&doc, "groups").unwrap_or(&Json::Null)) {
            let name = format!(
                "{file}: {}",
                field(group, "name").and_then(text).unwrap_or("?")
            );
            let policies = Policies::load(group, &name);
            let set = policies.set();
            for (i, case) in items(field(group, "cases").unwrap_or(&Json::Null))
                .iter()
                .enumerate()
            {
                count += 1;
                let ctx = request_of(case);
                let d = evaluate(&ctx, &set);
                let want = field(case, "expect").and_then(text).unwrap_or("?");
                let got = match d.effect {
                    DecisionEffect::Allow => "Allow",
                    DecisionEffect::ExplicitDeny => "ExplicitDeny",
                    DecisionEffect::ImplicitDeny => "ImplicitDeny",
                };
                let label = format!("{name} / case {i} ({} {})", ctx.action(), ctx.resource());
                if got != want {
                    failures.push(format!("{label}: expected {want}, got {got}"));
                    continue;
                }
                if let Some(want_st) = field(case, "statements") {
                    let mut want: Vec<&str> = items(want_st).iter().filter_map(text).collect();
                    want.sort_unstable();
                    let mut have: Vec<String> = d
                        .statements
                        .iter()
                        .map(|m| {
                            format!(
                                "{}#{}",
                                source_label(m.source, m.policy_index),
                                m.statement_index
                            )
                        })
                        .collect();
                    have.sort_unstable();
                    if have != want {
                        failures.push(format!(
                            "{label}: statements expected {want:?}, got {have:?}"
                        ));
                    }
                }
                if let Some(by) = field(case, "denied_by").and_then(text) {
                    let have = d.denied_by.map(layer_label);
                    if have != Some(by) {
                        failures.push(format!("{label}: denied_by expected {by}, got {have:?}"));
                    }
                }
                if let Some(m) = field(case, "missing") {
                    let want: Vec<&str> = items(m).iter().filter_map(text).collect();
                    if d.missing_context_keys != want {
                        failures.push(format!(
                            "{label}: missing keys expected {want:?}, got {:?}",
                            d.missing_context_keys
                        ));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} corpus cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(count >= 300, "the decision corpus has only {count} cases");
    println!("decision corpus: {count} cases");
}

#[test]
fn validation_corpus() {
    let mut count = 0;
    let mut failures = Vec::new();
    for file in corpus_files("validation") {
        let doc = load(&file);
        for case in items(field(&doc, "cases").unwrap_or(&Json::Null)) {
            count += 1;
            let kind = kind_named(field(case, "kind").and_then(text).unwrap_or("Identity"));
            let policy = match field(case, "policy") {
                Some(Json::String(s)) => s.to_string(),
                Some(other) => to_text(other),
                None => panic!("validation case without policy"),
            };
            let want = field(case, "error").and_then(text);
            let got = parse(&policy, kind);
            let name = field(case, "name").and_then(text).unwrap_or("?");
            match (want, &got) {
                (None, Ok(_)) => {}
                (Some(w), Err(e)) if e.to_string() == w => {}
                (w, g) => failures.push(format!(
                    "{name}: expected {w:?}, got {:?}",
                    g.as_ref()
                        .map(|_| ())
                        .map_err(|e| format!("{e} ({})", e.detail()))
                )),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} validation cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("validation corpus: {count} cases");
}
