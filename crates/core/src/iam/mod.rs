//! IAM: users, groups, roles, managed and inline policies, access keys. Every mutation
//! runs in one store transaction; a failed call leaves nothing behind.

pub mod account;
mod error;
mod groups;
mod keys;
pub mod login;
pub mod mfa;
pub mod policies;
pub mod providers;
pub mod records;
pub mod roles;
pub mod simulate;
mod users;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

pub use error::IamError;
pub use keys::{AccessKeyLastUsed, NewAccessKey};
pub use policies::{AttachedEntities, PolicyScope, PolicyUsage, PrincipalDocuments};
pub use providers::{OidcProvider, SamlProvider};
pub use records::{EntityKind, Group, ManagedPolicy, PolicyVersion, Role, Tag, User};

use crate::installation::Installation;
use crate::store::Tx;

/// IAM's quotas; AWS's defaults, adjustable per installation.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct IamQuotas {
    pub managed_policy_size: usize,
    pub user_inline_size: usize,
    pub group_inline_size: usize,
    pub role_inline_size: usize,
    pub trust_policy_size: usize,
    pub managed_policies_per_entity: usize,
    pub access_keys_per_user: usize,
    pub policy_versions: usize,
    pub groups_per_user: usize,
    pub tags_per_entity: usize,
    pub users_per_account: usize,
    pub roles_per_account: usize,
    pub groups_per_account: usize,
    pub policies_per_account: usize,
    /// PBKDF2-HMAC-SHA256 rounds for console passwords.
    pub password_hash_iterations: u32,
    pub mfa_devices_per_user: usize,
    pub providers_per_account: usize,
}

impl Default for IamQuotas {
    fn default() -> Self {
        Self {
            managed_policy_size: 6_144,
            user_inline_size: 2_048,
            group_inline_size: 5_120,
            role_inline_size: 10_240,
            trust_policy_size: 2_048,
            managed_policies_per_entity: 10,
            access_keys_per_user: 2,
            policy_versions: 5,
            groups_per_user: 10,
            tags_per_entity: 50,
            users_per_account: 5_000,
            roles_per_account: 1_000,
            groups_per_account: 300,
            policies_per_account: 1_500,
            // Unoptimised builds hash a hundred times slower; the count is stored with
            // each hash, so hashes made by either build verify in the other.
            password_hash_iterations: if cfg!(debug_assertions) {
                20_000
            } else {
                600_000
            },
            mfa_devices_per_user: 8,
            providers_per_account: 100,
        }
    }
}

/// The IAM operations of one installation.
#[derive(Debug, Clone, Copy)]
pub struct Iam<'a> {
    inst: &'a Installation,
}

impl Installation {
    pub fn iam(&self) -> Iam<'_> {
        Iam { inst: self }
    }
}

/// One page of a listing; `marker` is set when more follow.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub marker: Option<String>,
}

impl<T> Page<T> {
    pub fn is_truncated(&self) -> bool {
        self.marker.is_some()
    }
}

/// Where a listing starts and how much it returns.
#[derive(Debug, Clone, Default)]
pub struct PageRequest {
    pub marker: Option<String>,
    pub max_items: Option<i64>,
}

impl PageRequest {
    fn limit(&self) -> Result<usize, IamError> {
        match self.max_items {
            None => Ok(100),
            Some(n) if (1..=1000).contains(&n) => Ok(usize::try_from(n).unwrap_or(100)),
            Some(_) => Err(IamError::Validation(
                "1 validation error detected: Value at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000".to_owned(),
            )),
        }
    }

    /// The store key after which the page starts, checked to lie inside `prefix`.
    fn after(&self, prefix: &str) -> Result<Option<String>, IamError> {
        match self.marker.as_deref() {
            None | Some("") => Ok(None),
            Some(m) => {
                let raw = URL_SAFE_NO_PAD
                    .decode(m)
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok());
                match raw {
                    Some(k) if k.starts_with(prefix) => Ok(Some(k)),
                    _ => Err(IamError::InvalidInput("Invalid Marker.".to_owned())),
                }
            }
        }
    }
}

/// Reads a page of records under `prefix`, keeping those `keep` accepts.
fn scan_page<T: serde::de::DeserializeOwned>(
    tx: &mut dyn Tx,
    collection: &str,
    prefix: &str,
    page: &PageRequest,
    keep: impl Fn(&T) -> bool,
) -> Result<Page<T>, IamError> {
    let limit = page.limit()?;
    let mut after = page.after(prefix)?;
    let mut items = Vec::new();
    let chunk = limit.max(100) + 1;
    loop {
        let rows = tx.scan(collection, prefix, after.as_deref(), chunk)?;
        let exhausted = rows.len() < chunk;
        for (k, raw) in rows {
            let item: T = serde_json::from_slice(&raw)
                .map_err(|_| IamError::Internal(format!("corrupt record {collection}/{k}")))?;
            if keep(&item) {
                if items.len() == limit {
                    // One more exists: the page ends at the previous key.
                    return Ok(Page {
                        items,
                        marker: after.map(|a| URL_SAFE_NO_PAD.encode(a)),
                    });
                }
                items.push(item);
            }
            after = Some(k);
        }
        if exhausted {
            return Ok(Page {
                items,
                marker: None,
            });
        }
    }
}

/// IAM's path rule: `/` or `/segments/`, printable ASCII.
fn check_path(path: &str) -> Result<(), IamError> {
    let ok = path == "/"
        || (path.len() >= 2
            && path.len() <= 512
            && path.starts_with('/')
            && path.ends_with('/')
            && path.bytes().all(|b| (0x21..=0x7e).contains(&b)));
    if ok {
        Ok(())
    } else {
        Err(IamError::Validation(
            "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.".to_owned(),
        ))
    }
}

/// Tags as IAM accepts them: at most the quota, no key twice (ignoring case).
fn check_tags(tags: &[Tag], quota: usize) -> Result<(), IamError> {
    if tags.len() > quota {
        return Err(IamError::LimitExceeded(format!(
            "The number of tags has reached the maximum limit of {quota}."
        )));
    }
    let mut seen = std::collections::HashSet::new();
    for t in tags {
        if t.key.starts_with("aws:") {
            return Err(IamError::InvalidInput(
                "User-defined tag keys can't start with 'aws:'. This prefix is reserved for AWS use."
                    .to_owned(),
            ));
        }
        if !seen.insert(t.key.to_lowercase()) {
            return Err(IamError::InvalidInput(
                "Duplicate tag keys found. Please note that Tag keys are case insensitive."
                    .to_owned(),
            ));
        }
    }
    Ok(())
}

/// Merges `new` into `existing`: same key (ignoring case) replaces the value.
fn merge_tags(existing: &mut Vec<Tag>, new: &[Tag], quota: usize) -> Result<(), IamError> {
    check_tags(new, quota)?;
    for t in new {
        match existing
            .iter_mut()
            .find(|e| e.key.eq_ignore_ascii_case(&t.key))
        {
            Some(e) => {
                e.key.clone_from(&t.key);
                e.value.clone_from(&t.value);
            }
            None => existing.push(t.clone()),
        }
    }
    if existing.len() > quota {
        return Err(IamError::LimitExceeded(format!(
            "The number of tags has reached the maximum limit of {quota}."
        )));
    }
    Ok(())
}

fn remove_tags(existing: &mut Vec<Tag>, keys: &[String]) {
    existing.retain(|t| !keys.iter().any(|k| k.eq_ignore_ascii_case(&t.key)));
}

/// Parses and size-checks a policy document of `kind`.
fn check_document(
    text: &str,
    kind: gatehouse_policy::PolicyKind,
    limit: usize,
    quota_name: &str,
) -> Result<gatehouse_policy::Policy, IamError> {
    let size = gatehouse_policy::size_without_whitespace(text);
    if size > limit {
        return Err(IamError::LimitExceeded(format!(
            "Cannot exceed quota for {quota_name}: {limit}"
        )));
    }
    Ok(gatehouse_policy::parse(text, kind)?)
}

impl Iam<'_> {
    fn now(&self) -> i64 {
        self.inst.clock().now().0
    }

    fn partition(&self) -> &str {
        &self.inst.settings().partition
    }

    fn quotas(&self) -> &IamQuotas {
        &self.inst.settings().iam
    }

    fn arn(&self, account: &str, kind: &str, path: &str, name: &str) -> String {
        format!("arn:{}:iam::{account}:{kind}{path}{name}", self.partition())
    }

    /// Reserves a fresh unique id with `prefix`.
    fn new_id(&self, tx: &mut dyn Tx, prefix: &str, arn: &str) -> Result<String, IamError> {
        for _ in 0..8 {
            let id = crate::ids::unique_id(prefix);
            if records::insert(tx, records::IDS, &id, &arn)? {
                return Ok(id);
            }
        }
        Err(IamError::Internal("could not draw a unique id".to_owned()))
    }
}

#[cfg(test)]
mod extra_tests;
