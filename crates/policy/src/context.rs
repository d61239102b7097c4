//! The request being authorized: who asks, for what action on which resource, and the
//! condition keys that describe it.

use std::borrow::Cow;
use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::values::{format_iso8601, to_base64};

/// What kind of principal sends the request, with what policies need to tell kinds apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrincipalKind {
    /// The account's root user.
    Root,
    /// An IAM user.
    User,
    /// An assumed-role session; `role_arn` is the role it was issued from.
    RoleSession { role_arn: String },
    /// A federated user session from GetFederationToken, issued by the IAM user `user_arn`.
    FederatedUser { user_arn: String },
    /// A caller authenticated by an OIDC or SAML provider (before it assumes a role);
    /// `provider` is what a `Federated` principal names, e.g. `accounts.google.com` or a
    /// SAML provider ARN.
    Federated { provider: String },
    /// An AWS service principal such as `ec2.amazonaws.com`.
    Service { name: String },
    /// An unauthenticated caller.
    Anonymous,
}

/// The principal that sends the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    arn: String,
    account: String,
    kind: PrincipalKind,
    canonical_user: Option<String>,
}

impl Principal {
    /// A principal from its parts; `arn` is the ARN the request is made as (the session ARN
    /// for sessions).
    pub fn new(arn: impl Into<String>, account: impl Into<String>, kind: PrincipalKind) -> Self {
        Self {
            arn: arn.into(),
            account: account.into(),
            kind,
            canonical_user: None,
        }
    }

    pub fn root(account: &str) -> Self {
        Self::new(
            format!("arn:aws:iam::{account}:root"),
            account,
            PrincipalKind::Root,
        )
    }

    /// An IAM user from its ARN (`arn:aws:iam::ACCOUNT:user/PATH/NAME`).
    pub fn user(arn: &str) -> Self {
        Self::new(arn, arn_account(arn), PrincipalKind::User)
    }

    /// A session of the role `role_arn` named `session_name`.
    pub fn role_session(role_arn: &str, session_name: &str) -> Self {
        let account = arn_account(role_arn);
        let name = role_arn.rsplit('/').next().unwrap_or_default();
        Self::new(
            format!("arn:aws:sts::{account}:assumed-role/{name}/{session_name}"),
            account,
            PrincipalKind::RoleSession {
                role_arn: role_arn.to_owned(),
            },
        )
    }

    /// A federated user session named `name` issued by the IAM user `user_arn`.
    pub fn federated_user(user_arn: &str, name: &str) -> Self {
        let account = arn_account(user_arn);
        Self::new(
            format!("arn:aws:sts::{account}:federated-user/{name}"),
            account,
            PrincipalKind::FederatedUser {
                user_arn: user_arn.to_owned(),
            },
        )
    }

    /// A caller vouched for by the identity provider `provider`.
    pub fn federated(provider: &str) -> Self {
        Self::new(
            provider,
            "",
            PrincipalKind::Federated {
                provider: provider.to_owned(),
            },
        )
    }

    pub fn service(name: &str) -> Self {
        Self::new(
            name,
            "",
            PrincipalKind::Service {
                name: name.to_owned(),
            },
        )
    }

    pub fn anonymous() -> Self {
        Self::new("*", "", PrincipalKind::Anonymous)
    }

    /// Sets the S3 canonical user id that a `CanonicalUser` principal names.
    pub fn with_canonical_user(mut self, id: impl Into<String>) -> Self {
        self.canonical_user = Some(id.into());
        self
    }

    pub fn arn(&self) -> &str {
        &self.arn
    }

    pub fn account(&self) -> &str {
        &self.account
    }

    pub fn kind(&self) -> &PrincipalKind {
        &self.kind
    }

    pub fn canonical_user(&self) -> Option<&str> {
        self.canonical_user.as_deref()
    }

    /// The ARN that `aws:PrincipalArn` reports: the role for a role session, the issuing
    /// user for a federated user, the principal's own ARN otherwise.
    pub fn principal_arn(&self) -> &str {
        match &self.kind {
            PrincipalKind::RoleSession { role_arn } => role_arn,
            _ => &self.arn,
        }
    }

    fn principal_type(&self) -> &'static str {
        match self.kind {
            PrincipalKind::Root => "Account",
            PrincipalKind::User => "User",
            PrincipalKind::RoleSession { .. } => "AssumedRole",
            PrincipalKind::FederatedUser { .. } => "FederatedUser",
            PrincipalKind::Federated { .. } => "WebIdentityUser",
            PrincipalKind::Service { .. } => "AWSService",
            PrincipalKind::Anonymous => "Anonymous",
        }
    }

    pub(crate) fn is_aws_identity(&self) -> bool {
        matches!(
            self.kind,
            PrincipalKind::Root
                | PrincipalKind::User
                | PrincipalKind::RoleSession { .. }
                | PrincipalKind::FederatedUser { .. }
        )
    }
}

fn arn_account(arn: &str) -> String {
    arn.split(':').nth(4).unwrap_or_default().to_owned()
}

/// One typed value of a condition key.
#[derive(Debug, Clone, PartialEq)]
pub enum ContextValue {
    String(String),
    Number(f64),
    Date(SystemTime),
    Bool(bool),
    Ip(IpAddr),
    Binary(Vec<u8>),
}

impl ContextValue {
    /// The value as the string operators see it.
    pub fn as_text(&self) -> Cow<'_, str> {
        match self {
            ContextValue::String(s) => Cow::Borrowed(s),
            ContextValue::Number(n) => Cow::Owned(n.to_string()),
            ContextValue::Date(t) => Cow::Owned(format_iso8601(millis_since_epoch(*t))),
            ContextValue::Bool(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
            ContextValue::Ip(ip) => Cow::Owned(ip.to_string()),
            ContextValue::Binary(b) => Cow::Owned(to_base64(b)),
        }
    }
}

impl From<&str> for ContextValue {
    fn from(s: &str) -> Self {
        ContextValue::String(s.to_owned())
    }
}

impl From<String> for ContextValue {
    fn from(s: String) -> Self {
        ContextValue::String(s)
    }
}

impl From<bool> for ContextValue {
    fn from(b: bool) -> Self {
        ContextValue::Bool(b)
    }
}

impl From<IpAddr> for ContextValue {
    fn from(ip: IpAddr) -> Self {
        ContextValue::Ip(ip)
    }
}

/// A condition key's value: single-valued keys hold one value, multivalued keys (such as
/// `aws:TagKeys`) hold a set that may be empty.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ContextEntry {
    pub(crate) values: Vec<ContextValue>,
    pub(crate) multivalued: bool,
}

/// Everything the evaluator knows about one request. Condition keys are matched without
/// regard to case; their values keep theirs.
#[derive(Debug, Clone)]
pub struct RequestContext {
    principal: Principal,
    action: String,
    action_folded: String,
    resource: String,
    resource_account: Option<String>,
    now: SystemTime,
    keys: HashMap<Box<str>, ContextEntry>,
}

impl RequestContext {
    /// A request by `principal` for `action` (`service:Name`) on `resource` (an ARN or
    /// `*`) at time `now`. The global keys that follow from these (`aws:PrincipalArn`,
    /// `aws:PrincipalAccount`, `aws:PrincipalType`, `aws:username` for IAM users,
    /// `aws:CurrentTime`, `aws:EpochTime`) are set here and may be overridden.
    pub fn new(principal: Principal, action: &str, resource: &str, now: SystemTime) -> Self {
        let mut ctx = Self {
            action: action.to_owned(),
            action_folded: action.to_lowercase(),
            resource: resource.to_owned(),
            resource_account: None,
            now,
            keys: HashMap::new(),
            principal,
        };
        let millis = millis_since_epoch(now);
        ctx.set("aws:CurrentTime", ContextValue::Date(now));
        ctx.set(
            "aws:EpochTime",
            ContextValue::String((millis.div_euclid(1000)).to_string()),
        );
        if ctx.principal.is_aws_identity() {
            let arn = ctx.principal.principal_arn().to_owned();
            let account = ctx.principal.account().to_owned();
            ctx.set("aws:PrincipalArn", arn.as_str());
            ctx.set("aws:PrincipalAccount", account.as_str());
        }
        let ptype = ctx.principal.principal_type();
        ctx.set("aws:PrincipalType", ptype);
        if ctx.principal.kind == PrincipalKind::User {
            let name = ctx
                .principal
                .arn
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_owned();
            ctx.set("aws:username", name);
        }
        ctx
    }

    /// The account that owns the resource; when unset the request is within the
    /// principal's own account.
    pub fn with_resource_account(mut self, account: impl Into<String>) -> Self {
        self.resource_account = Some(account.into());
        self
    }

    /// Sets a single-valued key.
    pub fn set(&mut self, key: &str, value: impl Into<ContextValue>) -> &mut Self {
        self.keys.insert(
            key.to_ascii_lowercase().into_boxed_str(),
            ContextEntry {
                values: vec![value.into()],
                multivalued: false,
            },
        );
        self
    }

    /// Sets a multivalued key (its set may be empty).
    pub fn set_multi(&mut self, key: &str, values: Vec<ContextValue>) -> &mut Self {
        self.keys.insert(
            key.to_ascii_lowercase().into_boxed_str(),
            ContextEntry {
                values,
                multivalued: true,
            },
        );
        self
    }

    /// Removes a key, including one derived by [`RequestContext::new`].
    pub fn remove(&mut self, key: &str) -> &mut Self {
        self.keys.remove(key.to_ascii_lowercase().as_str());
        self
    }

    pub fn principal(&self) -> &Principal {
        &self.principal
    }

    pub fn action(&self) -> &str {
        &self.action
    }

    pub fn resource(&self) -> &str {
        &self.resource
    }

    pub fn now(&self) -> SystemTime {
        self.now
    }

    /// The resource's account, defaulting to the principal's.
    pub fn resource_account(&self) -> &str {
        self.resource_account
            .as_deref()
            .unwrap_or(&self.principal.account)
    }

    pub(crate) fn action_folded(&self) -> &str {
        &self.action_folded
    }

    /// Looks up a key already folded to lowercase ASCII.
    pub(crate) fn entry(&self, folded_key: &str) -> Option<&ContextEntry> {
        self.keys.get(folded_key)
    }

    /// A policy variable's value: single-valued keys only.
    pub(crate) fn variable(&self, folded_key: &str) -> Option<Cow<'_, str>> {
        let e = self.entry(folded_key)?;
        match e.values.as_slice() {
            [v] if !e.multivalued => Some(v.as_text()),
            _ => None,
        }
    }

    #[cfg(test)]
    pub(crate) fn for_tests() -> Self {
        Self::new(
            Principal::root("111122223333"),
            "s3:GetObject",
            "*",
            UNIX_EPOCH,
        )
    }
}

pub(crate) fn millis_since_epoch(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_millis()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_millis()).map_or(i64::MIN, |m| -m),
    }
}

/// Converts milliseconds since the epoch back to a `SystemTime`.
pub fn time_from_millis(millis: i64) -> SystemTime {
    if millis >= 0 {
        UNIX_EPOCH + Duration::from_millis(millis.unsigned_abs())
    } else {
        UNIX_EPOCH - Duration::from_millis(millis.unsigned_abs())
    }
}
