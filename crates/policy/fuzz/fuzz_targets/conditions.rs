//! Fuzzes condition values by type: each input becomes a well-formed policy whose one
//! condition has a typed operator (date, IP address, number, ARN, string, binary, bool)
//! and a value made from a valid value of that type with the input's bytes spliced in —
//! multi-byte characters where digits, dots or colons belong — and a request context
//! carrying a value built the same way. Parsing must accept or refuse the document with a
//! message, and evaluating whatever parses must not panic. Random bytes alone rarely get
//! past the JSON and grammar to these parsers; this target starts inside them.

#![no_main]

use std::time::{Duration, UNIX_EPOCH};

use gatehouse_policy::{ContextValue, PolicyKind, PolicySet, Principal, RequestContext, evaluate, parse};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

/// `(operator, condition key, a valid value of the operator's type)`.
const TYPED: &[(&str, &str, &str)] = &[
    ("DateGreaterThan", "aws:CurrentTime", "2020-01-01T10:00:00+01:00"),
    ("DateLessThanEquals", "aws:TokenIssueTime", "2020-01-01T10:00:00.123Z"),
    ("DateEquals", "aws:RequestTag/when", "1577872800"),
    ("IpAddress", "aws:SourceIp", "10.0.0.0/8"),
    ("NotIpAddress", "aws:SourceIp", "2001:db8::/32"),
    ("NumericLessThan", "aws:MultiFactorAuthAge", "3600"),
    ("NumericGreaterThanEquals", "s3:max-keys", "-1.5e3"),
    ("ArnLike", "aws:PrincipalArn", "arn:aws:iam::111122223333:role/*"),
    ("ArnEquals", "aws:SourceArn", "arn:aws:s3:::bucket/key"),
    ("StringLike", "aws:username", "al*ce?"),
    ("StringEqualsIgnoreCase", "aws:PrincipalTag/team", "${aws:username}"),
    ("BinaryEquals", "aws:RequestTag/blob", "QmluYXJ5"),
    ("Bool", "aws:SecureTransport", "true"),
    ("IfExists", "aws:RequestTag/when", "2020-01-01"),
];

/// Characters that break a byte-sliced parser: multi-byte ones of each length, and the
/// separators the typed parsers split on.
const SPLICE: &[&str] = &["é", "ÿ", "€", "𝄞", "\u{200b}", ":", ".", "/", "+", "-", "T", "Z", "*", "$", "{", "}", "\\", "\""];

fn hostile(u: &mut Unstructured<'_>, base: &str) -> Result<String> {
    let mut value: Vec<char> = base.chars().collect();
    for _ in 0..u.int_in_range(0..=4)? {
        let at = u.int_in_range(0..=value.len())?;
        match u.int_in_range(0..=2)? {
            0 => {
                let piece = u.choose(SPLICE)?;
                for (i, c) in piece.chars().enumerate() {
                    value.insert((at + i).min(value.len()), c);
                }
            }
            1 if at < value.len() => {
                value[at] = char::from_u32(u.int_in_range(0x80..=0x10_ffff)?).unwrap_or('é');
            }
            _ => {
                let cut = u.int_in_range(at..=value.len())?;
                value.drain(at..cut);
            }
        }
    }
    Ok(value.into_iter().collect())
}

fn run(u: &mut Unstructured<'_>) -> Result<()> {
    let &(operator, key, base) = u.choose(TYPED)?;
    let operator = if operator == "IfExists" { "DateGreaterThanIfExists" } else { operator };
    let policy_value = hostile(u, base)?;
    let document = serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": if u.arbitrary::<bool>()? { "Allow" } else { "Deny" },
            "Action": "*",
            "Resource": "*",
            "Condition": { operator: { key: [policy_value] } }
        }]
    })
    .to_string();
    let policy = match parse(&document, PolicyKind::Identity) {
        Ok(p) => p,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return Ok(());
        }
    };
    let mut ctx = RequestContext::new(
        Principal::user("arn:aws:iam::111122223333:user/alice"),
        "iam:ListUsers",
        "*",
        UNIX_EPOCH + Duration::from_secs(1_700_000_000),
    );
    let request_value = hostile(u, base)?;
    if u.arbitrary::<bool>()? {
        ctx.set_multi(key, vec![ContextValue::from(request_value.as_str()), ContextValue::from(base)]);
    } else {
        ctx.set(key, request_value.as_str());
    }
    let set = PolicySet {
        identity: vec![&policy],
        boundary: Some(&policy),
        ..PolicySet::default()
    };
    let _ = evaluate(&ctx, &set);
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});
