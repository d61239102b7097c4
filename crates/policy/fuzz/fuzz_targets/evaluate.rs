//! Fuzzes evaluation: the input is split into a policy, an action, a resource and a few
//! context values; whatever parses is evaluated for several principals and must not panic.

#![no_main]

use std::time::{Duration, UNIX_EPOCH};

use gatehouse_policy::{
    ContextValue, PolicyKind, PolicySet, Principal, RequestContext, evaluate, parse,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = text.split('\u{1}');
    let policy_text = parts.next().unwrap_or_default();
    let action = parts.next().unwrap_or("s3:GetObject");
    let resource = parts.next().unwrap_or("arn:aws:s3:::b/k");
    let values: Vec<&str> = parts.collect();
    let identity = parse(policy_text, PolicyKind::Identity).ok();
    let resource_policy = parse(policy_text, PolicyKind::Resource).ok();
    if identity.is_none() && resource_policy.is_none() {
        return;
    }
    let principals = [
        Principal::user("arn:aws:iam::111122223333:user/alice"),
        Principal::role_session("arn:aws:iam::111122223333:role/app", "s"),
        Principal::root("444455556666"),
        Principal::service("ec2.amazonaws.com"),
        Principal::anonymous(),
    ];
    for principal in principals {
        let mut ctx = RequestContext::new(
            principal,
            action,
            resource,
            UNIX_EPOCH + Duration::from_secs(1_700_000_000),
        );
        for (i, v) in values.iter().enumerate() {
            let key = [
                "aws:username",
                "aws:SourceIp",
                "aws:TagKeys",
                "s3:prefix",
                "aws:CurrentTime",
                "aws:PrincipalTag/team",
            ][i % 6];
            if i % 6 == 2 {
                ctx.set_multi(key, v.split(',').map(ContextValue::from).collect());
            } else {
                ctx.set(key, *v);
            }
        }
        let set = PolicySet {
            identity: identity.iter().collect(),
            resource: resource_policy.as_ref(),
            boundary: identity.as_ref(),
            session: identity.iter().collect(),
            ..PolicySet::default()
        };
        let _ = evaluate(&ctx, &set);
    }
});
