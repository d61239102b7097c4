//! The authenticated principal behind a request.

use std::sync::Arc;

/// What kind of principal signed the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrincipalKind {
    /// The account's root user.
    Root,
    /// An IAM user.
    User { name: String, path: String },
    /// A session of a role (`assumed-role/<role>/<session>`).
    AssumedRole {
        role_name: String,
        role_path: String,
        role_id: String,
        session_name: String,
    },
    /// A federated user from GetFederationToken (`federated-user/<name>`).
    FederatedUser { name: String, minted_by: String },
}

/// What a temporary credential carries beyond its principal. Opened from the session
/// token; never stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionContext {
    pub issued_ms: i64,
    pub expires_ms: i64,
    /// Session policy documents (the inline `Policy` and the documents of `PolicyArns`).
    pub policies: Vec<String>,
    pub policy_arns: Vec<String>,
    /// Session tags, `(key, value)`.
    pub tags: Vec<(String, String)>,
    pub transitive_tag_keys: Vec<String>,
    pub source_identity: Option<String>,
    pub mfa_authenticated: bool,
    pub mfa_auth_time_ms: Option<i64>,
    /// The session was made from another role session (role chaining).
    pub chained: bool,
    /// The IAM user whose long-term key minted this credential, if one did.
    pub minted_by_user: Option<String>,
    /// For sessions from web identity or SAML: the provider and the claims that
    /// become condition keys (`accounts.google.com:sub` → values).
    pub federated_provider: Option<String>,
    pub federated_claims: Vec<(String, Vec<String>)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub account_id: String,
    pub arn: String,
    /// `aws:userid`: the account id for root, the unique id for a user,
    /// `ROLEID:session` for a role session.
    pub user_id: String,
    pub kind: PrincipalKind,
    pub access_key_id: String,
    /// Present for temporary credentials.
    pub session: Option<Arc<SessionContext>>,
}

impl Caller {
    /// The CloudTrail `userIdentity.type`.
    pub fn identity_type(&self) -> &'static str {
        match self.kind {
            PrincipalKind::Root => "Root",
            PrincipalKind::User { .. } => "IAMUser",
            PrincipalKind::AssumedRole { .. } => "AssumedRole",
            PrincipalKind::FederatedUser { .. } => "FederatedUser",
        }
    }

    /// `aws:username` where the principal has one.
    pub fn user_name(&self) -> Option<&str> {
        match &self.kind {
            PrincipalKind::User { name, .. } => Some(name),
            _ => None,
        }
    }

    /// The name CloudTrail's `Username` lookup attribute matches.
    pub fn trail_username(&self) -> String {
        match &self.kind {
            PrincipalKind::Root => "root".to_owned(),
            PrincipalKind::User { name, .. } => name.clone(),
            PrincipalKind::AssumedRole { session_name, .. } => session_name.clone(),
            PrincipalKind::FederatedUser { name, .. } => name.clone(),
        }
    }

    /// `aws:PrincipalArn`: for a role session, the role's ARN.
    pub fn principal_arn(&self, partition: &str) -> String {
        match &self.kind {
            PrincipalKind::AssumedRole {
                role_name,
                role_path,
                ..
            } => {
                format!(
                    "arn:{partition}:iam::{}:role{role_path}{role_name}",
                    self.account_id
                )
            }
            _ => self.arn.clone(),
        }
    }
}
