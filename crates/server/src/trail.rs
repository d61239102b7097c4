//! CloudTrail records of what happened: API calls answered by the request pipeline, and
//! the sign-in pages' own events (console sign-ins, sign-in tokens, role switches) with
//! the STS calls those pages make in-process. All reach the trail through the audit
//! writer, so LookupEvents finds them alike.

use gatehouse_core::audit::{
    AuditEvent, CloudTrailRecord, REDACTED, UserIdentity, is_secret_member,
};
use gatehouse_core::{Caller, ids};
use gatehouse_model::{ServiceDef, Value};
use gatehouse_wire::ApiError;

use crate::app::AppInner;

/// Where a request came from, as the trail tells it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Origin<'a> {
    pub source_ip: Option<std::net::IpAddr>,
    pub tls: bool,
    pub host: &'a str,
    pub user_agent: &'a str,
    pub request_id: &'a str,
}

/// One event of the trail, before the common fields are added.
#[derive(Debug)]
pub(crate) struct Entry<'a> {
    pub source: String,
    pub name: String,
    /// `AwsApiCall`, or `AwsConsoleSignIn` for the sign-in pages.
    pub event_type: &'static str,
    pub read_only: bool,
    pub caller: Option<&'a Caller>,
    /// The account whose trail holds the event when there is no caller.
    pub account_id: Option<String>,
    pub request_parameters: serde_json::Value,
    pub response_elements: serde_json::Value,
    pub additional_event_data: Option<serde_json::Value>,
    pub error: Option<(&'a str, &'a str)>,
    pub resources: Vec<(String, String)>,
}

pub(crate) fn is_read_only(operation: &str) -> bool {
    [
        "Get", "List", "Describe", "Lookup", "Simulate", "Search", "Check", "Decode",
    ]
    .iter()
    .any(|p| operation.starts_with(p))
}

/// The `eventSource` CloudTrail uses for a service.
pub(crate) fn event_source(service: &ServiceDef) -> String {
    let host = match service.name {
        "sso-admin" | "sso-oidc" => "sso",
        "cognito-identity" => "cognito-identity",
        other => match service.endpoint_prefix {
            "" => other,
            p => p,
        },
    };
    format!("{host}.amazonaws.com")
}

/// Records an API call: `service`/`operation` as routed (absent when routing failed),
/// its decoded input and output, or the error it got.
#[expect(
    clippy::too_many_arguments,
    reason = "each is one fact of the call; a struct would only rename them"
)]
pub(crate) fn record_api_call(
    app: &AppInner,
    origin: &Origin<'_>,
    service: Option<&ServiceDef>,
    operation: Option<&str>,
    caller: Option<&Caller>,
    params: Option<&Value>,
    output: Option<&Value>,
    error: Option<&ApiError>,
) {
    let source = service.map_or_else(|| "unknown".to_owned(), event_source);
    let name = operation.unwrap_or("Unknown").to_owned();
    let read_only = is_read_only(&name);
    let request_parameters = params.map_or(serde_json::Value::Null, value_to_json);
    let response_elements = match (output, read_only) {
        (Some(v), false) => value_to_json(v),
        _ => serde_json::Value::Null,
    };

    record(
        app,
        origin,
        Entry {
            source,
            name,
            event_type: "AwsApiCall",
            read_only,
            caller,
            account_id: None,
            request_parameters,
            response_elements,
            additional_event_data: None,
            error: error.map(|e| (e.code.as_str(), e.message.as_str())),
            resources: params.map(audit_resources).unwrap_or_default(),
        },
    );
}

/// Records one event in the trail of the caller's account (or the entry's account, or
/// else the management account's).
pub(crate) fn record(app: &AppInner, origin: &Origin<'_>, entry: Entry<'_>) {
    let installation = &app.installation;
    let now = installation.clock().now();
    let event_id = ids::uuid_v7(now);
    let caller = entry.caller;
    let identity = match caller {
        Some(c) => UserIdentity {
            identity_type: c.identity_type().to_owned(),
            principal_id: Some(c.user_id.clone()),
            arn: Some(c.arn.clone()),
            account_id: Some(c.account_id.clone()),
            access_key_id: Some(c.access_key_id.clone()),
            user_name: c.user_name().map(str::to_owned),
        },
        None => UserIdentity {
            identity_type: "Unknown".to_owned(),
            principal_id: None,
            arn: None,
            account_id: None,
            access_key_id: None,
            user_name: None,
        },
    };
    // A request that never named a known key is recorded in the management account's trail.
    let account_id = caller
        .map(|c| c.account_id.clone())
        .or(entry.account_id)
        .or_else(|| Some(app.management_account.clone()));
    let record = CloudTrailRecord {
        event_version: "1.08",
        user_identity: identity,
        event_time: now.to_iso8601(),
        event_source: entry.source.clone(),
        event_name: entry.name.clone(),
        aws_region: installation.settings().region.clone(),
        source_ip_address: origin
            .source_ip
            .map_or_else(|| "127.0.0.1".to_owned(), |ip| ip.to_string()),
        user_agent: origin.user_agent.chars().take(1024).collect(),
        error_code: entry.error.map(|(code, _)| code.to_owned()),
        error_message: entry.error.map(|(_, message)| message.to_owned()),
        request_parameters: entry.request_parameters,
        response_elements: entry.response_elements,
        additional_event_data: entry.additional_event_data,
        request_id: origin.request_id.to_owned(),
        event_id: event_id.clone(),
        read_only: entry.read_only,
        event_type: entry.event_type,
        management_event: true,
        recipient_account_id: account_id.clone(),
        event_category: "Management",
        tls_details: origin.tls.then(|| {
            serde_json::json!({"tlsVersion": "TLSv1.3", "clientProvidedHostHeader": origin.host})
        }),
    };
    let cloudtrail_event = serde_json::to_string(&record).unwrap_or_else(|_| "{}".to_owned());
    app.audit.record(AuditEvent {
        event_id,
        event_time: now,
        event_name: entry.name,
        event_source: entry.source,
        read_only: entry.read_only,
        username: caller.map(Caller::trail_username),
        access_key_id: caller.map(|c| c.access_key_id.clone()),
        account_id,
        resources: entry.resources,
        cloudtrail_event,
    });
}

/// The resources a request names, as CloudTrail's `(type, name)` pairs.
fn audit_resources(input: &Value) -> Vec<(String, String)> {
    const NAMED: &[(&str, &str)] = &[
        ("UserName", "AWS::IAM::User"),
        ("GroupName", "AWS::IAM::Group"),
        ("RoleName", "AWS::IAM::Role"),
        ("RoleArn", "AWS::IAM::Role"),
        ("PolicyArn", "AWS::IAM::Policy"),
        ("PolicyName", "AWS::IAM::Policy"),
        ("AccessKeyId", "AWS::IAM::AccessKey"),
        ("SAMLProviderArn", "AWS::IAM::SAMLProvider"),
        ("OpenIDConnectProviderArn", "AWS::IAM::OIDCProvider"),
    ];
    NAMED
        .iter()
        .filter_map(|(member, kind)| {
            input
                .member(member)
                .and_then(Value::as_str)
                .map(|v| ((*kind).to_owned(), v.to_owned()))
        })
        .collect()
}

/// A member's JSON, or CloudTrail's placeholder when it holds a secret: redacted while
/// converting, so a secret (an 11 KB SAML assertion, a token) is never copied first.
fn member_json(name: &str, v: &Value) -> serde_json::Value {
    let empty = matches!(v, Value::Null) || matches!(v, Value::Structure(m) if m.is_empty());
    if is_secret_member(name) && !empty {
        serde_json::Value::String(REDACTED.to_owned())
    } else {
        value_to_json(v)
    }
}

/// CloudTrail's JSON form of a decoded input or output: lowerCamelCase member names,
/// secret members redacted.
fn value_to_json(v: &Value) -> serde_json::Value {
    use base64::Engine;
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Integer(i) => serde_json::Value::from(*i),
        Value::Float(f) => serde_json::Value::from(*f),
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Blob(b) => {
            serde_json::Value::String(base64::engine::general_purpose::STANDARD.encode(b))
        }
        Value::Timestamp(t) => serde_json::Value::String(t.to_iso8601()),
        Value::List(items) => serde_json::Value::Array(items.iter().map(value_to_json).collect()),
        Value::Map(entries) => serde_json::Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), member_json(k, v)))
                .collect(),
        ),
        Value::Structure(members) => {
            let map: serde_json::Map<_, _> = members
                .iter()
                .map(|(k, v)| (lower_camel(k), member_json(k, v)))
                .collect();
            if map.is_empty() {
                serde_json::Value::Null
            } else {
                serde_json::Value::Object(map)
            }
        }
    }
}

fn lower_camel(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Value {
        Value::String(text.to_owned())
    }

    #[test]
    fn redaction_reaches_nested_secrets_only() {
        let v = Value::Structure(vec![
            (
                "Credentials",
                Value::Structure(vec![
                    ("AccessKeyId", s("ASIA1")),
                    ("SecretAccessKey", s("s")),
                    ("SessionToken", s("t")),
                ]),
            ),
            (
                "List",
                Value::List(vec![Value::Structure(vec![
                    ("Password", s("p")),
                    ("UserName", s("u")),
                ])]),
            ),
            ("SAMLAssertion", Value::Null),
        ]);
        let j = value_to_json(&v);
        assert_eq!(j["credentials"]["accessKeyId"], "ASIA1");
        assert_eq!(j["credentials"]["secretAccessKey"], REDACTED);
        assert_eq!(j["credentials"]["sessionToken"], REDACTED);
        assert_eq!(j["list"][0]["password"], REDACTED);
        assert_eq!(j["list"][0]["userName"], "u");
        assert!(j["sAMLAssertion"].is_null(), "an absent secret stays null");
    }
}
