//! The authenticated principal behind a request.

/// What kind of principal signed the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrincipalKind {
    /// The account's root user.
    Root,
    /// An IAM user.
    User { name: String, path: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub account_id: String,
    pub arn: String,
    /// `aws:userid`: the account id for root, the unique id for a user.
    pub user_id: String,
    pub kind: PrincipalKind,
    pub access_key_id: String,
}

impl Caller {
    /// The CloudTrail `userIdentity.type`.
    pub fn identity_type(&self) -> &'static str {
        match self.kind {
            PrincipalKind::Root => "Root",
            PrincipalKind::User { .. } => "IAMUser",
        }
    }

    /// `aws:username` where the principal has one.
    pub fn user_name(&self) -> Option<&str> {
        match &self.kind {
            PrincipalKind::Root => None,
            PrincipalKind::User { name, .. } => Some(name),
        }
    }

    /// The name CloudTrail's `Username` lookup attribute matches.
    pub fn trail_username(&self) -> String {
        match &self.kind {
            PrincipalKind::Root => "root".to_owned(),
            PrincipalKind::User { name, .. } => name.clone(),
        }
    }
}
