//! The audit trail: one CloudTrail-format event per request, and the queries that
//! `cloudtrail:LookupEvents` answers.

use serde::{Deserialize, Serialize};

use crate::clock::UnixMillis;

/// One recorded event. The searchable attributes are kept beside the full CloudTrail
/// JSON so the store can index them.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEvent {
    pub event_id: String,
    pub event_time: UnixMillis,
    pub event_name: String,
    pub event_source: String,
    pub read_only: bool,
    pub username: Option<String>,
    pub access_key_id: Option<String>,
    /// The account whose trail holds the event (`recipientAccountId`).
    pub account_id: Option<String>,
    /// `(resource type, resource name)` pairs, e.g. `("AWS::IAM::User", "alice")`.
    pub resources: Vec<(String, String)>,
    /// The whole event as CloudTrail serialises it.
    pub cloudtrail_event: String,
}

/// The single attribute `LookupEvents` may filter on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LookupAttribute {
    EventId,
    EventName,
    ReadOnly,
    Username,
    ResourceType,
    ResourceName,
    EventSource,
    AccessKeyId,
}

impl LookupAttribute {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "EventId" => Self::EventId,
            "EventName" => Self::EventName,
            "ReadOnly" => Self::ReadOnly,
            "Username" => Self::Username,
            "ResourceType" => Self::ResourceType,
            "ResourceName" => Self::ResourceName,
            "EventSource" => Self::EventSource,
            "AccessKeyId" => Self::AccessKeyId,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AuditQuery {
    /// Only events of this account's trail.
    pub account_id: String,
    pub attribute: Option<(LookupAttribute, String)>,
    /// Inclusive bounds on `eventTime`.
    pub start: Option<UnixMillis>,
    pub end: Option<UnixMillis>,
    pub limit: usize,
    /// Continue below this position (from a previous page's `next`).
    pub before: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AuditPage {
    /// Newest first.
    pub events: Vec<AuditEvent>,
    /// Where the next page starts, when there is one.
    pub next: Option<i64>,
}

/// The user identity block of a CloudTrail event.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UserIdentity {
    #[serde(rename = "type")]
    pub identity_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub principal_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
}

/// A CloudTrail record as serialised into `CloudTrailEvent`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CloudTrailRecord {
    pub event_version: &'static str,
    pub user_identity: UserIdentity,
    pub event_time: String,
    pub event_source: String,
    pub event_name: String,
    pub aws_region: String,
    #[serde(rename = "sourceIPAddress")]
    pub source_ip_address: String,
    pub user_agent: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    pub request_parameters: serde_json::Value,
    pub response_elements: serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_event_data: Option<serde_json::Value>,
    #[serde(rename = "requestID")]
    pub request_id: String,
    #[serde(rename = "eventID")]
    pub event_id: String,
    pub read_only: bool,
    pub event_type: &'static str,
    pub management_event: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient_account_id: Option<String>,
    pub event_category: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_details: Option<serde_json::Value>,
}

/// The value CloudTrail writes in place of a secret.
pub const REDACTED: &str = "HIDDEN_DUE_TO_SECURITY_REASONS";

/// Member names whose values never reach the trail.
pub fn is_secret_member(name: &str) -> bool {
    const SECRET: &[&str] = &[
        "secretaccesskey",
        "sessiontoken",
        "password",
        "oldpassword",
        "newpassword",
        "proposedpassword",
        "previouspassword",
        "samlassertion",
        "webidentitytoken",
        "clientsecret",
        "accesstoken",
        "refreshtoken",
        "idtoken",
        "authenticationcode1",
        "authenticationcode2",
        "tokencode",
        "base32stringseed",
        "qrcodepng",
        "privatekey",
        "secrethash",
        "session",
        "devicecode",
        "code",
        "signintoken",
    ];
    SECRET.iter().any(|s| s.eq_ignore_ascii_case(name))
}
