//! Generated policies and requests: the engine agrees with the reference evaluator, and
//! the documented properties of the logic hold. `POLICY_PROPTEST_CASES` sets the number
//! of cases (CI runs 100,000).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use gatehouse_policy::json::{Json, parse_json};
use gatehouse_policy::{DecisionEffect, Policy, PolicyKind, PolicySet, Principal, evaluate, parse};
use proptest::prelude::*;
use proptest::sample::select;

use crate::reference::{RefRequest, RefSet, decide};

const A: &str = "111122223333";
const B: &str = "444455556666";

fn cases() -> u32 {
    std::env::var("POLICY_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

#[derive(Debug, Clone)]
struct GenCondition {
    op: String,
    key: &'static str,
    values: Vec<&'static str>,
}

#[derive(Debug, Clone)]
struct GenStatement {
    deny: bool,
    not_action: bool,
    actions: Vec<&'static str>,
    not_resource: bool,
    resources: Vec<&'static str>,
    principal: Option<(bool, &'static str)>,
    conditions: Vec<GenCondition>,
}

#[derive(Debug, Clone)]
struct GenPolicy {
    version: &'static str,
    statements: Vec<GenStatement>,
}

fn quote_list(items: &[&str]) -> String {
    let q: Vec<String> = items.iter().map(|s| format!("\"{s}\"")).collect();
    format!("[{}]", q.join(","))
}

impl GenPolicy {
    fn render(&self, reversed: bool) -> String {
        let mut sts: Vec<String> = self
            .statements
            .iter()
            .map(|s| {
                let mut f = vec![format!(
                    "\"Effect\":\"{}\"",
                    if s.deny { "Deny" } else { "Allow" }
                )];
                if let Some((not, p)) = s.principal {
                    f.push(format!(
                        "\"{}\":{p}",
                        if not { "NotPrincipal" } else { "Principal" }
                    ));
                }
                f.push(format!(
                    "\"{}\":{}",
                    if s.not_action { "NotAction" } else { "Action" },
                    quote_list(&s.actions)
                ));
                f.push(format!(
                    "\"{}\":{}",
                    if s.not_resource {
                        "NotResource"
                    } else {
                        "Resource"
                    },
                    quote_list(&s.resources)
                ));
                if !s.conditions.is_empty() {
                    let mut blocks: Vec<(String, Vec<String>)> = Vec::new();
                    for c in &s.conditions {
                        let entry = format!("\"{}\":{}", c.key, quote_list(&c.values));
                        match blocks.iter_mut().find(|(op, keys)| {
                            *op == c.op
                                && !keys
                                    .iter()
                                    .any(|k| k.starts_with(&format!("\"{}\"", c.key)))
                        }) {
                            Some((_, keys)) => keys.push(entry),
                            None => blocks.push((c.op.clone(), vec![entry])),
                        }
                    }
                    // Two blocks with one operator would be a duplicate member: keep the first.
                    let mut seen: Vec<String> = Vec::new();
                    let rendered: Vec<String> = blocks
                        .into_iter()
                        .filter(|(op, _)| {
                            let fresh = !seen.contains(op);
                            seen.push(op.clone());
                            fresh
                        })
                        .map(|(op, keys)| format!("\"{op}\":{{{}}}", keys.join(",")))
                        .collect();
                    f.push(format!("\"Condition\":{{{}}}", rendered.join(",")));
                }
                format!("{{{}}}", f.join(","))
            })
            .collect();
        if reversed {
            sts.reverse();
        }
        let version = if self.version.is_empty() {
            String::new()
        } else {
            format!("\"Version\":\"{}\",", self.version)
        };
        format!("{{{version}\"Statement\":[{}]}}", sts.join(","))
    }
}

fn condition() -> impl Strategy<Value = GenCondition> {
    let string_ops = select(vec![
        "StringEquals",
        "StringNotEquals",
        "StringEqualsIgnoreCase",
        "StringNotEqualsIgnoreCase",
        "StringLike",
        "StringNotLike",
    ]);
    let string_vals = select(vec![
        "alice",
        "ALICE",
        "a*",
        "${aws:username}",
        "${app:name}",
        "red",
        "${aws:PrincipalTag/team, 'red'}",
        "b",
        "${*}",
    ]);
    let num_ops = select(vec![
        "NumericEquals",
        "NumericNotEquals",
        "NumericLessThan",
        "NumericLessThanEquals",
        "NumericGreaterThan",
        "NumericGreaterThanEquals",
    ]);
    let date_ops = select(vec![
        "DateEquals",
        "DateNotEquals",
        "DateLessThan",
        "DateLessThanEquals",
        "DateGreaterThan",
        "DateGreaterThanEquals",
    ]);
    let arn_ops = select(vec!["ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike"]);
    let string_keys = select(vec![
        "app:name",
        "aws:username",
        "aws:PrincipalTag/team",
        "app:tags",
        "app:num",
    ]);
    let typed = prop_oneof![
        (
            string_ops,
            string_keys,
            proptest::collection::vec(string_vals, 1..3)
        ),
        (
            num_ops,
            select(vec!["app:num", "app:tags"]),
            proptest::collection::vec(select(vec!["1", "5", "10", "2.5"]), 1..3)
        ),
        (
            date_ops,
            select(vec!["app:when", "aws:CurrentTime"]),
            proptest::collection::vec(select(vec!["2024-06-01T00:00:00Z", "1700000000"]), 1..3)
        ),
        (
            Just("Bool"),
            select(vec!["app:flag", "app:name"]),
            proptest::collection::vec(select(vec!["true", "false"]), 1..2)
        ),
        (
            select(vec!["IpAddress", "NotIpAddress"]),
            Just("aws:SourceIp"),
            proptest::collection::vec(
                select(vec!["10.0.0.0/8", "192.0.2.0/24", "2001:db8::/32"]),
                1..3
            )
        ),
        (
            arn_ops,
            select(vec!["app:arn", "aws:PrincipalArn"]),
            proptest::collection::vec(
                select(vec![
                    "arn:aws:s3:::b/*",
                    "arn:aws:sns:*:111122223333:*",
                    "arn:aws:s3:::b/x",
                    "arn:aws:iam::111122223333:role/app"
                ]),
                1..3
            )
        ),
        (
            Just("Null"),
            select(vec!["app:name", "app:tags", "aws:SourceIp"]),
            proptest::collection::vec(select(vec!["true", "false"]), 1..2)
        ),
    ];
    (
        typed,
        select(vec!["", "", "ForAllValues:", "ForAnyValue:"]),
        any::<bool>(),
    )
        .prop_map(|((op, key, values), q, if_exists)| {
            let suffix = if if_exists && op != "Null" {
                "IfExists"
            } else {
                ""
            };
            GenCondition {
                op: format!("{q}{op}{suffix}"),
                key,
                values,
            }
        })
}

const PRINCIPALS: [&str; 10] = [
    "\"*\"",
    "{\"AWS\":\"111122223333\"}",
    "{\"AWS\":\"arn:aws:iam::111122223333:root\"}",
    "{\"AWS\":\"arn:aws:iam::111122223333:user/alice\"}",
    "{\"AWS\":\"arn:aws:iam::111122223333:role/app\"}",
    "{\"AWS\":\"arn:aws:sts::111122223333:assumed-role/app/worker\"}",
    "{\"AWS\":\"444455556666\"}",
    "{\"AWS\":[\"arn:aws:iam::444455556666:user/bob\",\"arn:aws:sts::111122223333:federated-user/carol\"]}",
    "{\"Service\":\"ec2.amazonaws.com\"}",
    "{\"AWS\":\"*\"}",
];

fn statement(principals: u8) -> impl Strategy<Value = GenStatement> {
    let actions = proptest::collection::vec(
        select(vec![
            "*",
            "*",
            "s3:*",
            "s3:Get*",
            "s3:?utObject",
            "S3:getobject",
            "ec2:*",
            "iam:Get*",
            "sts:AssumeRole",
        ]),
        1..3,
    );
    let resources = proptest::collection::vec(
        select(vec![
            "*",
            "*",
            "arn:aws:s3:::b/*",
            "arn:aws:s3:::b/${aws:username}/*",
            "arn:aws:s3:::b/${app:name, 'x'}",
            "arn:aws:*:*:111122223333:*",
            "arn:aws:s3:::c?",
            "arn:aws:iam::111122223333:role/app",
        ]),
        1..3,
    );
    let principal = match principals {
        0 => Just(None).boxed(),
        1 => Just(Some((false, "\"*\""))).boxed(),
        _ => (prop::bool::weighted(0.15), select(PRINCIPALS.to_vec()))
            .prop_map(Some)
            .boxed(),
    };
    (
        prop::bool::weighted(0.3),
        prop::bool::weighted(0.15),
        actions,
        prop::bool::weighted(0.15),
        resources,
        principal,
        proptest::collection::vec(condition(), 0..3),
    )
        .prop_map(
            |(deny, not_action, actions, not_resource, resources, principal, conditions)| {
                GenStatement {
                    deny,
                    not_action,
                    actions,
                    not_resource,
                    resources,
                    principal,
                    conditions,
                }
            },
        )
}

/// `principals`: 0 none (identity-side kinds), 1 only `*` (RCPs), 2 any.
fn policy(principals: u8) -> impl Strategy<Value = GenPolicy> {
    (
        select(vec![
            "2012-10-17",
            "2012-10-17",
            "2012-10-17",
            "2008-10-17",
            "",
        ]),
        proptest::collection::vec(statement(principals), 1..4),
    )
        .prop_map(|(version, statements)| GenPolicy {
            version,
            statements,
        })
}

#[derive(Debug, Clone)]
struct GenSet {
    scp: Vec<Vec<GenPolicy>>,
    rcp: Vec<Vec<GenPolicy>>,
    resource: Option<GenPolicy>,
    resource_required: bool,
    identity: Vec<GenPolicy>,
    boundary: Option<GenPolicy>,
    session: Vec<GenPolicy>,
}

fn policy_set() -> impl Strategy<Value = GenSet> {
    (
        proptest::collection::vec(proptest::collection::vec(policy(0), 1..3), 0..3),
        proptest::collection::vec(proptest::collection::vec(policy(1), 1..2), 0..2),
        proptest::option::weighted(0.6, policy(2)),
        prop::bool::weighted(0.2),
        proptest::collection::vec(policy(0), 0..3),
        proptest::option::weighted(0.3, policy(0)),
        proptest::collection::vec(policy(0), 0..2),
    )
        .prop_map(
            |(scp, rcp, resource, resource_required, identity, boundary, session)| GenSet {
                scp,
                rcp,
                resource,
                resource_required,
                identity,
                boundary,
                session,
            },
        )
}

#[derive(Debug, Clone)]
struct GenRequest {
    principal: u8,
    action: &'static str,
    resource: &'static str,
    cross_account: bool,
    keys: Vec<(&'static str, Vec<&'static str>, bool)>,
    now_secs: u64,
}

fn request() -> impl Strategy<Value = GenRequest> {
    let key = prop_oneof![
        select(vec!["alice", "Alice", "bob", "x*", "red"]).prop_map(|v| (
            "app:name",
            vec![v],
            false
        )),
        select(vec!["alice", "ALICE", "bob"]).prop_map(|v| ("aws:username", vec![v], false)),
        select(vec!["red", "blue"]).prop_map(|v| ("aws:PrincipalTag/team", vec![v], false)),
        select(vec!["1", "5", "10", "2.5", "abc"]).prop_map(|v| ("app:num", vec![v], false)),
        select(vec![
            "2024-01-01T00:00:00Z",
            "1700000000",
            "2025-06-01T00:00:00Z"
        ])
        .prop_map(|v| ("app:when", vec![v], false)),
        select(vec!["10.1.2.3", "192.0.2.1", "2001:db8::1", "8.8.8.8"]).prop_map(|v| (
            "aws:SourceIp",
            vec![v],
            false
        )),
        select(vec!["true", "false"]).prop_map(|v| ("app:flag", vec![v], false)),
        select(vec![
            "arn:aws:s3:::b/x",
            "arn:aws:sns:us-east-1:111122223333:t",
            "arn:aws:s3:::b"
        ])
        .prop_map(|v| ("app:arn", vec![v], false)),
        proptest::collection::vec(select(vec!["a", "b", "alice", "5", "red"]), 0..3)
            .prop_map(|v| ("app:tags", v, true)),
    ];
    (
        0u8..7,
        select(vec![
            "s3:GetObject",
            "s3:PutObject",
            "ec2:RunInstances",
            "iam:GetUser",
            "sts:AssumeRole",
        ]),
        select(vec![
            "arn:aws:s3:::b/x",
            "arn:aws:s3:::b/alice/notes",
            "arn:aws:s3:::b/red",
            "arn:aws:s3:::c1",
            "arn:aws:sqs:us-east-1:111122223333:q",
            "arn:aws:iam::111122223333:role/app",
            "*",
        ]),
        prop::bool::weighted(0.3),
        proptest::collection::vec(key, 0..5),
        1_690_000_000u64..1_760_000_000,
    )
        .prop_map(
            |(principal, action, resource, cross_account, keys, now_secs)| GenRequest {
                principal,
                action,
                resource,
                cross_account,
                keys,
                now_secs,
            },
        )
}

fn principal_of(n: u8) -> Principal {
    match n {
        0 => Principal::user("arn:aws:iam::111122223333:user/alice"),
        1 => Principal::role_session("arn:aws:iam::111122223333:role/app", "worker"),
        2 => Principal::user("arn:aws:iam::444455556666:user/bob"),
        3 => Principal::root(A),
        4 => Principal::service("ec2.amazonaws.com"),
        5 => Principal::federated_user("arn:aws:iam::111122223333:user/alice", "carol"),
        _ => Principal::role_session("arn:aws:iam::444455556666:role/partner", "s1"),
    }
}

fn iso(secs: u64) -> String {
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let r = secs % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        r / 3600,
        r / 60 % 60,
        r % 60
    )
}

fn ref_request(g: &GenRequest) -> RefRequest {
    let principal = principal_of(g.principal);
    let resource_account = if g.cross_account {
        if principal.account() == A {
            B.to_owned()
        } else {
            A.to_owned()
        }
    } else if principal.account().is_empty() {
        A.to_owned()
    } else {
        principal.account().to_owned()
    };
    // The keys AWS derives from the principal and the clock, then the request's own keys.
    let mut keys: Vec<(String, Vec<String>, bool)> = Vec::new();
    let mut put = |k: &str, v: Vec<String>, m: bool| {
        keys.retain(|(x, _, _)| !x.eq_ignore_ascii_case(k));
        keys.push((k.to_owned(), v, m));
    };
    put("aws:CurrentTime", vec![iso(g.now_secs)], false);
    put("aws:EpochTime", vec![g.now_secs.to_string()], false);
    let ptype = match g.principal {
        0 | 2 => "User",
        1 | 6 => "AssumedRole",
        3 => "Account",
        4 => "AWSService",
        _ => "FederatedUser",
    };
    put("aws:PrincipalType", vec![ptype.to_owned()], false);
    if g.principal != 4 {
        put(
            "aws:PrincipalArn",
            vec![principal.principal_arn().to_owned()],
            false,
        );
        put(
            "aws:PrincipalAccount",
            vec![principal.account().to_owned()],
            false,
        );
    }
    if matches!(g.principal, 0 | 2) {
        let name = principal
            .arn()
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_owned();
        put("aws:username", vec![name], false);
    }
    for (k, v, m) in &g.keys {
        put(k, v.iter().map(|s| (*s).to_owned()).collect(), *m);
    }
    RefRequest {
        principal,
        action: g.action.to_owned(),
        resource: g.resource.to_owned(),
        resource_account,
        keys,
    }
}

/// Compiled policies by organization level, beside their JSON for the reference.
type Levels = (Vec<Vec<Policy>>, Vec<Vec<Json<'static>>>);

struct Built {
    scp: Vec<Vec<Policy>>,
    rcp: Vec<Vec<Policy>>,
    resource: Option<Policy>,
    identity: Vec<Policy>,
    boundary: Option<Policy>,
    session: Vec<Policy>,
    resource_required: bool,
}

fn build(g: &GenSet, reversed: bool) -> Result<(Built, RefSet), String> {
    let p = |gp: &GenPolicy, kind: PolicyKind| -> Result<(Policy, Json<'static>), String> {
        let text = gp.render(reversed);
        let policy = parse(&text, kind).map_err(|e| format!("{e} ({}) in {text}", e.detail()))?;
        let json = parse_json(&text).map_err(|e| e.to_string())?.into_owned();
        Ok((policy, json))
    };
    let levels = |ls: &[Vec<GenPolicy>], kind| -> Result<Levels, String> {
        let mut a = Vec::new();
        let mut b = Vec::new();
        for l in ls {
            let (x, y): (Vec<_>, Vec<_>) = l
                .iter()
                .map(|gp| p(gp, kind))
                .collect::<Result<Vec<_>, _>>()?
                .into_iter()
                .unzip();
            a.push(x);
            b.push(y);
        }
        Ok((a, b))
    };
    let (scp, rscp) = levels(&g.scp, PolicyKind::ServiceControl)?;
    let (rcp, rrcp) = levels(&g.rcp, PolicyKind::ResourceControl)?;
    let (resource, rres) = match &g.resource {
        Some(r) => {
            let (a, b) = p(r, PolicyKind::Resource)?;
            (Some(a), Some(b))
        }
        None => (None, None),
    };
    let (identity, rid): (Vec<_>, Vec<_>) = g
        .identity
        .iter()
        .map(|x| p(x, PolicyKind::Identity))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .unzip();
    let (boundary, rb) = match &g.boundary {
        Some(r) => {
            let (a, b) = p(r, PolicyKind::PermissionsBoundary)?;
            (Some(a), Some(b))
        }
        None => (None, None),
    };
    let (session, rs): (Vec<_>, Vec<_>) = g
        .session
        .iter()
        .map(|x| p(x, PolicyKind::Session))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .unzip();
    Ok((
        Built {
            scp,
            rcp,
            resource,
            identity,
            boundary,
            session,
            resource_required: g.resource_required,
        },
        RefSet {
            scp: rscp,
            rcp: rrcp,
            resource: rres,
            resource_required: g.resource_required,
            identity: rid,
            boundary: rb,
            session: rs,
        },
    ))
}

impl Built {
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

fn now(g: &GenRequest) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(g.now_secs)
}

fn engine(g: &GenSet, r: &GenRequest, reversed: bool) -> Result<DecisionEffect, String> {
    let (built, _) = build(g, reversed)?;
    let req = ref_request(r);
    let ctx = req.to_context(now(r));
    Ok(evaluate(&ctx, &built.set()).effect)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn engine_agrees_with_reference(set in policy_set(), req in request()) {
        let (built, rset) = build(&set, false).map_err(TestCaseError::fail)?;
        let rreq = ref_request(&req);
        let ctx = rreq.to_context(now(&req));
        let got = evaluate(&ctx, &built.set()).effect;
        let want = decide(&rset, &rreq);
        prop_assert_eq!(got, want);
    }

    #[test]
    fn statement_order_never_matters(set in policy_set(), req in request()) {
        let a = engine(&set, &req, false).map_err(TestCaseError::fail)?;
        let b = engine(&set, &req, true).map_err(TestCaseError::fail)?;
        prop_assert_eq!(a, b);
    }

    #[test]
    fn adding_a_deny_never_allows_more(set in policy_set(), req in request(), extra in statement(0), target in 0u8..3) {
        let before = engine(&set, &req, false).map_err(TestCaseError::fail)?;
        let mut more = set.clone();
        let deny = GenStatement { deny: true, ..extra };
        match target {
            0 => more.identity.push(GenPolicy { version: "2012-10-17", statements: vec![deny] }),
            1 => match &mut more.boundary {
                Some(b) => b.statements.push(deny),
                None => more.identity.push(GenPolicy { version: "2012-10-17", statements: vec![deny] }),
            },
            _ => match more.scp.first_mut().and_then(|l| l.first_mut()) {
                Some(p) => p.statements.push(deny),
                None => more.session.first_mut().map_or((), |p| p.statements.push(deny.clone())),
            },
        }
        let after = engine(&more, &req, false).map_err(TestCaseError::fail)?;
        prop_assert!(before == DecisionEffect::Allow || after != DecisionEffect::Allow, "{before:?} became {after:?}");
    }

    #[test]
    fn a_boundary_or_session_policy_never_widens(set in policy_set(), req in request(), extra in policy(0), as_session in any::<bool>()) {
        let before = engine(&set, &req, false).map_err(TestCaseError::fail)?;
        let mut more = set.clone();
        // Session policies passed together are one grant (any of them may allow), so the
        // property is about a session that had none: the new ones cap it. A federated
        // user session is the documented exception: without session policies it has no
        // permissions at all, so its first session policy can only widen.
        if as_session && more.session.is_empty() && req.principal != 5 {
            more.session.push(extra);
        } else if !as_session && more.boundary.is_none() {
            more.boundary = Some(extra);
        } else {
            return Ok(());
        }
        let after = engine(&more, &req, false).map_err(TestCaseError::fail)?;
        prop_assert!(before == DecisionEffect::Allow || after != DecisionEffect::Allow, "{before:?} became {after:?}");
    }
}
