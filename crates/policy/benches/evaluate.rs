//! Evaluation and parsing benchmarks; results and the command are in BENCHMARKS.md.

#![expect(clippy::panic, reason = "benchmark fixtures fail loudly")]

mod fixtures;

use gatehouse_policy::{
    DecisionEffect, PolicyKind, PolicySet, evaluate, parse, size_without_whitespace,
};

fn main() {
    divan::main();
}

#[divan::bench]
fn role_of_10_statements_with_conditions(bencher: divan::Bencher) {
    let policy = fixtures::role_policy();
    let ctx = fixtures::request();
    let set = PolicySet {
        identity: vec![&policy],
        ..PolicySet::default()
    };
    assert_eq!(evaluate(&ctx, &set).effect, DecisionEffect::Allow);
    bencher.bench_local(|| evaluate(divan::black_box(&ctx), divan::black_box(&set)));
}

#[divan::bench]
fn set_of_100_statements_identity_boundary_session_scp(bencher: divan::Bencher) {
    let large = fixtures::large_set();
    let ctx = fixtures::request();
    let set = PolicySet {
        service_control: large.scp.iter().map(|p| vec![p]).collect(),
        identity: large.identity.iter().collect(),
        boundary: Some(&large.boundary),
        session: vec![&large.session],
        ..PolicySet::default()
    };
    let count: usize = large
        .identity
        .iter()
        .chain([&large.boundary, &large.session])
        .chain(&large.scp)
        .map(|p| p.statements().len())
        .sum();
    assert_eq!(count, 100);
    assert_eq!(evaluate(&ctx, &set).effect, DecisionEffect::Allow);
    bencher.bench_local(|| evaluate(divan::black_box(&ctx), divan::black_box(&set)));
}

#[divan::bench]
fn parse_and_compile_6144_character_managed_policy(bencher: divan::Bencher) {
    let text = fixtures::managed_policy_text();
    assert_eq!(size_without_whitespace(&text), 6144);
    assert!(parse(&text, PolicyKind::Identity).is_ok());
    bencher.bench_local(|| parse(divan::black_box(&text), PolicyKind::Identity));
}
