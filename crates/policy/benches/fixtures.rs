//! The policy sets the benchmarks measure, shared with the Cedar comparison.

use std::time::{Duration, UNIX_EPOCH};

use gatehouse_policy::{ContextValue, Policy, PolicyKind, Principal, RequestContext, parse};

pub const ACCOUNT: &str = "111122223333";

/// Ten statements with conditions; the request matches only the last, so every statement
/// is examined.
pub fn role_policy_text() -> String {
    let mut sts = Vec::new();
    for i in 0..9 {
        sts.push(format!(
            r#"{{"Sid":"S{i}","Effect":"Allow","Action":["dynamodb:GetItem","dynamodb:Query"],"Resource":"arn:aws:dynamodb:us-east-1:{ACCOUNT}:table/t{i}","Condition":{{"StringEquals":{{"aws:PrincipalTag/team":"team{i}"}},"IpAddress":{{"aws:SourceIp":"10.{i}.0.0/16"}}}}}}"#
        ));
    }
    sts.push(format!(
        r#"{{"Sid":"Reports","Effect":"Allow","Action":["s3:GetObject","s3:GetObjectVersion"],"Resource":"arn:aws:s3:::reports-{ACCOUNT}/${{aws:PrincipalTag/team}}/*","Condition":{{"StringEquals":{{"aws:PrincipalTag/team":"blue"}},"IpAddress":{{"aws:SourceIp":"10.9.0.0/16"}},"Bool":{{"aws:SecureTransport":"true"}}}}}}"#
    ));
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{}]}}"#,
        sts.join(",")
    )
}

pub fn role_policy() -> Policy {
    parse(&role_policy_text(), PolicyKind::Identity)
        .unwrap_or_else(|e| panic!("bench policy: {e} ({})", e.detail()))
}

pub fn request() -> RequestContext {
    let principal =
        Principal::role_session(&format!("arn:aws:iam::{ACCOUNT}:role/reader"), "bench");
    let mut ctx = RequestContext::new(
        principal,
        "s3:GetObject",
        &format!("arn:aws:s3:::reports-{ACCOUNT}/blue/2024/q1.csv"),
        UNIX_EPOCH + Duration::from_secs(1_717_243_200),
    );
    ctx.set("aws:PrincipalTag/team", "blue");
    ctx.set("aws:SourceIp", ContextValue::Ip([10, 9, 3, 4].into()));
    ctx.set("aws:SecureTransport", true);
    ctx
}

fn statements(n: usize, prefix: &str, last_allows: bool) -> String {
    let mut sts = Vec::new();
    for i in 0..n {
        if i + 1 == n && last_allows {
            sts.push(format!(
                r#"{{"Sid":"{prefix}{i}","Effect":"Allow","Action":"s3:Get*","Resource":"arn:aws:s3:::reports-*/*","Condition":{{"StringLike":{{"aws:PrincipalTag/team":"b*"}}}}}}"#
            ));
        } else {
            sts.push(format!(
                r#"{{"Sid":"{prefix}{i}","Effect":"Allow","Action":["ec2:Describe*","ec2:StartInstances"],"Resource":"arn:aws:ec2:*:{ACCOUNT}:instance/i-{i:04}","Condition":{{"StringEquals":{{"aws:RequestedRegion":"eu-west-{i}"}}}}}}"#
            ));
        }
    }
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{}]}}"#,
        sts.join(",")
    )
}

/// 100 statements: 40 identity (four policies), 20 boundary, 20 session, 20 SCP (two
/// levels of ten).
pub struct LargeSet {
    pub identity: Vec<Policy>,
    pub boundary: Policy,
    pub session: Policy,
    pub scp: Vec<Policy>,
}

pub fn large_set() -> LargeSet {
    let p = |t: String, k| {
        parse(&t, k).unwrap_or_else(|e| panic!("bench policy: {e} ({})", e.detail()))
    };
    LargeSet {
        identity: (0..4)
            .map(|i| {
                p(
                    statements(10, &format!("Id{i}x"), i == 3),
                    PolicyKind::Identity,
                )
            })
            .collect(),
        boundary: p(statements(20, "B", true), PolicyKind::PermissionsBoundary),
        session: p(statements(20, "S", true), PolicyKind::Session),
        scp: (0..2)
            .map(|i| {
                p(
                    statements(10, &format!("Scp{i}x"), true),
                    PolicyKind::ServiceControl,
                )
            })
            .collect(),
    }
}

/// A managed policy of exactly 6,144 characters as IAM counts them.
pub fn managed_policy_text() -> String {
    let mut sts = Vec::new();
    let mut i = 0;
    loop {
        sts.push(format!(
            r#"{{"Sid":"Stmt{i:03}","Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::bucket-{i:03}","arn:aws:s3:::bucket-{i:03}/*"],"Condition":{{"StringLike":{{"s3:prefix":["home/${{aws:username}}/*"]}}}}}}"#
        ));
        let text = format!(
            r#"{{"Version":"2012-10-17","Statement":[{}]}}"#,
            sts.join(",")
        );
        if gatehouse_policy::size_without_whitespace(&text) > 6144 {
            sts.pop();
            let text = format!(
                r#"{{"Version":"2012-10-17","Id":"","Statement":[{}]}}"#,
                sts.join(",")
            );
            let pad = 6144 - gatehouse_policy::size_without_whitespace(&text);
            return text.replacen(r#""Id":"""#, &format!(r#""Id":"{}""#, "x".repeat(pad)), 1);
        }
        i += 1;
    }
}
