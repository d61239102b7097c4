//! The same decision as `evaluate`'s ten-statement role, written in Cedar and decided by
//! the `cedar-policy` crate, as an anchor for our numbers. Run with
//! `cargo bench -p gatehouse-policy --features cedar-bench --bench cedar`.

#![expect(clippy::panic, reason = "benchmark fixtures fail loudly")]

#[expect(
    dead_code,
    reason = "the Cedar comparison uses only the ten-statement role"
)]
mod fixtures;

use std::str::FromStr;
use std::time::Instant;

use cedar_policy::{
    Authorizer, Context, Decision, Entities, EntityUid, PolicySet as CedarSet, Request,
    RestrictedExpression,
};
use gatehouse_policy::{DecisionEffect, PolicySet, evaluate};

struct CedarCase {
    authorizer: Authorizer,
    policies: CedarSet,
    entities: Entities,
    request: Request,
}

fn cedar_case() -> CedarCase {
    let account = fixtures::ACCOUNT;
    let mut text = String::new();
    for i in 0..9 {
        text.push_str(&format!(
            r#"permit(principal, action in [Action::"dynamodb:GetItem", Action::"dynamodb:Query"], resource == Object::"arn:aws:dynamodb:us-east-1:{account}:table/t{i}")
               when {{ principal.team == "team{i}" && context.sourceIp.isInRange(ip("10.{i}.0.0/16")) }};
"#
        ));
    }
    text.push_str(&format!(
        r#"permit(principal, action in [Action::"s3:GetObject", Action::"s3:GetObjectVersion"], resource)
           when {{ principal.team == "blue" && resource.key like "arn:aws:s3:::reports-{account}/blue/*"
                   && context.sourceIp.isInRange(ip("10.9.0.0/16")) && context.secureTransport == true }};
"#
    ));
    let policies = CedarSet::from_str(&text).unwrap_or_else(|e| panic!("cedar policies: {e}"));
    let object = format!("arn:aws:s3:::reports-{account}/blue/2024/q1.csv");
    let entities = Entities::from_json_str(
        &format!(
            r#"[{{"uid":{{"type":"Role","id":"reader"}},"attrs":{{"team":"blue"}},"parents":[]}},
               {{"uid":{{"type":"Object","id":"{object}"}},"attrs":{{"key":"{object}"}},"parents":[]}}]"#
        ),
        None,
    )
    .unwrap_or_else(|e| panic!("cedar entities: {e}"));
    let uid = |s: &str| EntityUid::from_str(s).unwrap_or_else(|e| panic!("cedar uid: {e}"));
    let context = Context::from_pairs([
        (
            "sourceIp".to_owned(),
            RestrictedExpression::from_str(r#"ip("10.9.3.4")"#)
                .unwrap_or_else(|e| panic!("cedar ip: {e}")),
        ),
        (
            "secureTransport".to_owned(),
            RestrictedExpression::new_bool(true),
        ),
    ])
    .unwrap_or_else(|e| panic!("cedar context: {e}"));
    let request = Request::new(
        uid(r#"Role::"reader""#),
        uid(r#"Action::"s3:GetObject""#),
        uid(&format!(r#"Object::"{object}""#)),
        context,
        None,
    )
    .unwrap_or_else(|e| panic!("cedar request: {e}"));
    CedarCase {
        authorizer: Authorizer::new(),
        policies,
        entities,
        request,
    }
}

fn main() {
    divan::main();
    print_ratio();
}

#[divan::bench]
fn gatehouse_role_of_10_statements(bencher: divan::Bencher) {
    let policy = fixtures::role_policy();
    let ctx = fixtures::request();
    let set = PolicySet {
        identity: vec![&policy],
        ..PolicySet::default()
    };
    bencher.bench_local(|| evaluate(divan::black_box(&ctx), divan::black_box(&set)));
}

#[divan::bench]
fn cedar_same_decision(bencher: divan::Bencher) {
    let c = cedar_case();
    bencher.bench_local(|| {
        c.authorizer
            .is_authorized(divan::black_box(&c.request), &c.policies, &c.entities)
    });
}

/// Median over batches of the time per decision, in nanoseconds.
fn median_ns(mut run: impl FnMut()) -> f64 {
    let mut samples = Vec::new();
    for _ in 0..101 {
        let start = Instant::now();
        for _ in 0..200 {
            run();
        }
        samples.push(start.elapsed().as_nanos() as f64 / 200.0);
    }
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn print_ratio() {
    let policy = fixtures::role_policy();
    let ctx = fixtures::request();
    let set = PolicySet {
        identity: vec![&policy],
        ..PolicySet::default()
    };
    assert_eq!(evaluate(&ctx, &set).effect, DecisionEffect::Allow);
    let c = cedar_case();
    assert_eq!(
        c.authorizer
            .is_authorized(&c.request, &c.policies, &c.entities)
            .decision(),
        Decision::Allow
    );
    let ours = median_ns(|| {
        divan::black_box(evaluate(divan::black_box(&ctx), &set));
    });
    let cedar = median_ns(|| {
        divan::black_box(c.authorizer.is_authorized(
            divan::black_box(&c.request),
            &c.policies,
            &c.entities,
        ));
    });
    println!(
        "same decision: gatehouse {ours:.0} ns, cedar {cedar:.0} ns, cedar/gatehouse = {:.1}x",
        cedar / ours
    );
}
