//! IAM's stored entities. Names are unique per account case-insensitively, so every
//! record is keyed by `account/lowercased name`; unique ids get a record of their own.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::IamError;
use crate::store::Tx;

pub const USERS: &str = "iam-users";
pub const GROUPS: &str = "iam-groups";
pub const ROLES: &str = "iam-roles";
pub const POLICIES: &str = "iam-policies";
/// `unique id` → ARN: ids never repeat across entities.
pub const IDS: &str = "iam-ids";
/// `account/group/user` for group members.
pub const MEMBERS: &str = "iam-members";
/// `account/user/group`, the reverse of `MEMBERS`.
pub const USER_GROUPS: &str = "iam-user-groups";
/// `policy arn|kind|account/name` for each attachment.
pub const ATTACHMENTS: &str = "iam-attachments";
/// `account/user/key id` for a user's access keys.
pub const USER_KEYS: &str = "iam-user-keys";
/// `account/role` → [`RoleLastUsed`]. Outside the `iam-` collections on purpose: a change
/// there makes every node drop its IAM caches, and a role's use is recorded once a
/// minute per role per node.
pub const ROLE_USAGE: &str = "role-usage";
/// The AWS-managed policies live under this pseudo-account.
pub const AWS_ACCOUNT: &str = "aws";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub key: String,
    pub value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EntityKind {
    User,
    Group,
    Role,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::User => "user",
            EntityKind::Group => "group",
            EntityKind::Role => "role",
        }
    }

    pub fn collection(self) -> &'static str {
        match self {
            EntityKind::User => USERS,
            EntityKind::Group => GROUPS,
            EntityKind::Role => ROLES,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            EntityKind::User => "user",
            EntityKind::Group => "group",
            EntityKind::Role => "role",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub account_id: String,
    pub name: String,
    pub id: String,
    pub path: String,
    pub arn: String,
    pub created: i64,
    pub permissions_boundary: Option<String>,
    pub tags: Vec<Tag>,
    /// Inline policies: name → document.
    pub inline: BTreeMap<String, String>,
    /// Attached managed policy ARNs, in attachment order.
    pub attached: Vec<String>,
    pub password_last_used: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub account_id: String,
    pub name: String,
    pub id: String,
    pub path: String,
    pub arn: String,
    pub created: i64,
    pub inline: BTreeMap<String, String>,
    pub attached: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleLastUsed {
    pub date: i64,
    pub region: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub account_id: String,
    pub name: String,
    pub id: String,
    pub path: String,
    pub arn: String,
    pub created: i64,
    pub trust_policy: String,
    pub description: Option<String>,
    pub max_session_duration: i64,
    pub permissions_boundary: Option<String>,
    pub tags: Vec<Tag>,
    pub inline: BTreeMap<String, String>,
    pub attached: Vec<String>,
    pub last_used: Option<RoleLastUsed>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyVersion {
    pub id: String,
    pub document: String,
    pub created: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedPolicy {
    pub account_id: String,
    pub name: String,
    pub id: String,
    pub path: String,
    pub arn: String,
    pub created: i64,
    pub updated: i64,
    pub description: Option<String>,
    pub default_version: String,
    pub versions: Vec<PolicyVersion>,
    /// The number the next version takes (`v{n}`); versions are never renumbered.
    pub next_version: u32,
    pub attachment_count: u32,
    pub boundary_usage_count: u32,
    pub tags: Vec<Tag>,
}

impl ManagedPolicy {
    pub fn default_document(&self) -> Option<&str> {
        self.versions
            .iter()
            .find(|v| v.id == self.default_version)
            .map(|v| v.document.as_str())
    }

    pub fn is_aws_managed(&self) -> bool {
        self.account_id == AWS_ACCOUNT
    }
}

pub fn key(account_id: &str, name: &str) -> String {
    format!("{account_id}/{}", name.to_ascii_lowercase())
}

pub fn load<T: DeserializeOwned>(
    tx: &mut dyn Tx,
    collection: &str,
    key: &str,
) -> Result<Option<T>, IamError> {
    match tx.get(collection, key)? {
        None => Ok(None),
        Some(raw) => serde_json::from_slice(&raw)
            .map(Some)
            .map_err(|_| IamError::Internal(format!("corrupt record {collection}/{key}"))),
    }
}

pub fn save<T: Serialize>(
    tx: &mut dyn Tx,
    collection: &str,
    key: &str,
    value: &T,
) -> Result<(), IamError> {
    let raw = serde_json::to_vec(value).map_err(|e| IamError::Internal(e.to_string()))?;
    Ok(tx.put(collection, key, &raw)?)
}

/// Inserts a new record; `Err(None)` when the key is taken.
pub fn insert<T: Serialize>(
    tx: &mut dyn Tx,
    collection: &str,
    key: &str,
    value: &T,
) -> Result<bool, IamError> {
    let raw = serde_json::to_vec(value).map_err(|e| IamError::Internal(e.to_string()))?;
    match tx.insert(collection, key, &raw) {
        Ok(()) => Ok(true),
        Err(crate::store::StoreError::Conflict) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// `account/user` → a user's console password.
pub const LOGIN_PROFILES: &str = "iam-login-profiles";
/// `account/user/serial` for MFA devices enabled for a user.
pub const USER_MFA: &str = "iam-user-mfa";
