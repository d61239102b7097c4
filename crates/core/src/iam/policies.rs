//! Managed policies and their versions, attachments, inline policies, permissions
//! boundaries, and the AWS-managed policies every installation has.

use gatehouse_policy::PolicyKind;

use super::groups::{load_group, store_group};
use super::records::{self, EntityKind, ManagedPolicy, PolicyVersion, Tag, key};
use super::roles::{load_role, store_role};
use super::users::{load_user, store_user};
use super::{
    Iam, IamError, Page, PageRequest, check_document, check_path, check_tags, merge_tags,
    remove_tags, scan_page,
};
use crate::store::Tx;

/// Which policies `ListPolicies` returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PolicyScope {
    #[default]
    All,
    Aws,
    Local,
}

/// `PolicyUsageFilter`: policies used as permissions or as boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyUsage {
    Permissions,
    Boundary,
}

/// The entities a policy is attached to (or bounds), as `(name, id)` pairs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AttachedEntities {
    pub users: Vec<(String, String)>,
    pub groups: Vec<(String, String)>,
    pub roles: Vec<(String, String)>,
}

fn not_attachable(arn: &str) -> IamError {
    IamError::NoSuchEntity(format!("Policy {arn} does not exist or is not attachable."))
}

/// `(account or "aws", name)` of a policy ARN.
fn split_policy_arn(arn: &str) -> Option<(&str, &str)> {
    let mut parts = arn.splitn(6, ':');
    let (Some("arn"), Some(_partition), Some("iam"), Some(""), Some(account), Some(resource)) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return None;
    };
    let rest = resource.strip_prefix("policy/")?;
    let name = rest.rsplit('/').next()?;
    if name.is_empty() {
        return None;
    }
    Some((account, name))
}

pub(super) fn load_policy(tx: &mut dyn Tx, arn: &str) -> Result<Option<ManagedPolicy>, IamError> {
    let Some((account, name)) = split_policy_arn(arn) else {
        return Ok(None);
    };
    let found: Option<ManagedPolicy> = records::load(tx, records::POLICIES, &key(account, name))?;
    Ok(found.filter(|p| p.arn == arn))
}

fn load_policy_or_404(tx: &mut dyn Tx, arn: &str) -> Result<ManagedPolicy, IamError> {
    load_policy(tx, arn)?
        .ok_or_else(|| IamError::NoSuchEntity(format!("Policy {arn} was not found.")))
}

fn store_policy(tx: &mut dyn Tx, p: &ManagedPolicy) -> Result<(), IamError> {
    records::save(tx, records::POLICIES, &key(&p.account_id, &p.name), p)
}

/// AWS-managed policies every installation offers; (name, path, description, document).
const AWS_MANAGED: &[(&str, &str, &str, &str)] = &[
    (
        "AdministratorAccess",
        "/",
        "Provides full access to AWS services and resources.",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#,
    ),
    (
        "PowerUserAccess",
        "/",
        "Provides full access to AWS services and resources, but does not allow management of Users and groups.",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":["iam:*","organizations:*","account:*"],"Resource":"*"},{"Effect":"Allow","Action":["iam:CreateServiceLinkedRole","iam:DeleteServiceLinkedRole","iam:ListRoles","organizations:DescribeOrganization","account:ListRegions","account:GetAccountInformation"],"Resource":"*"}]}"#,
    ),
    (
        "ReadOnlyAccess",
        "/",
        "Provides read-only access to AWS services and resources.",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:Get*","iam:List*","iam:Generate*","iam:Simulate*","sts:GetCallerIdentity","sts:GetAccessKeyInfo","organizations:Describe*","organizations:List*","sso:Describe*","sso:List*","sso:Get*","identitystore:Describe*","identitystore:List*","identitystore:Get*","cognito-idp:Describe*","cognito-idp:List*","cognito-idp:Get*","cognito-identity:Describe*","cognito-identity:List*","cognito-identity:Get*","rolesanywhere:Get*","rolesanywhere:List*","ds:Describe*","ds:List*","ds:Get*","clouddirectory:Get*","clouddirectory:List*","clouddirectory:BatchRead","clouddirectory:LookupPolicy","cloudtrail:LookupEvents","cloudtrail:Describe*","cloudtrail:Get*","cloudtrail:List*"],"Resource":"*"}]}"#,
    ),
    (
        "IAMFullAccess",
        "/",
        "Provides full access to IAM via the AWS Management Console.",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:*","organizations:DescribeAccount","organizations:DescribeOrganization","organizations:DescribeOrganizationalUnit","organizations:DescribePolicy","organizations:ListChildren","organizations:ListParents","organizations:ListPoliciesForTarget","organizations:ListRoots","organizations:ListPolicies","organizations:ListTargetsForPolicy"],"Resource":"*"}]}"#,
    ),
    (
        "IAMReadOnlyAccess",
        "/",
        "Provides read only access to IAM via the AWS Management Console.",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:GenerateCredentialReport","iam:GenerateServiceLastAccessedDetails","iam:Get*","iam:List*","iam:SimulateCustomPolicy","iam:SimulatePrincipalPolicy"],"Resource":"*"}]}"#,
    ),
    (
        "IAMUserChangePassword",
        "/",
        "Provides the ability for an IAM user to change their own password.",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:ChangePassword"],"Resource":["arn:aws:iam::*:user/${aws:username}"]},{"Effect":"Allow","Action":["iam:GetAccountPasswordPolicy"],"Resource":"*"}]}"#,
    ),
];

/// What a principal's identity-based policies are made of, as documents.
#[derive(Debug, Clone, Default)]
pub struct PrincipalDocuments {
    /// `(where it comes from, document)`: inline and attached, the principal's and its groups'.
    pub identity: Vec<(String, String)>,
    pub boundary: Option<(String, String)>,
    /// The principal's tags (`aws:PrincipalTag/*`).
    pub tags: Vec<Tag>,
}

impl Iam<'_> {
    /// Inserts the AWS-managed policies that are missing (on every start, idempotent).
    pub fn seed_aws_managed_policies(&self) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        for (name, path, description, document) in AWS_MANAGED {
            let k = key(records::AWS_ACCOUNT, name);
            if tx.get(records::POLICIES, &k)?.is_some() {
                continue;
            }
            let arn = format!("arn:{}:iam::aws:policy{path}{name}", self.partition());
            let id = self.new_id(tx.as_mut(), "ANPA", &arn)?;
            let now = self.now();
            let p = ManagedPolicy {
                account_id: records::AWS_ACCOUNT.to_owned(),
                name: (*name).to_owned(),
                id,
                path: (*path).to_owned(),
                arn,
                created: now,
                updated: now,
                description: Some((*description).to_owned()),
                default_version: "v1".to_owned(),
                versions: vec![PolicyVersion {
                    id: "v1".to_owned(),
                    document: (*document).to_owned(),
                    created: now,
                }],
                next_version: 2,
                attachment_count: 0,
                boundary_usage_count: 0,
                tags: Vec::new(),
            };
            store_policy(tx.as_mut(), &p)?;
        }
        Ok(tx.commit()?)
    }

    pub fn create_policy(
        &self,
        account: &str,
        name: &str,
        path: Option<&str>,
        document: &str,
        description: Option<&str>,
        tags: Vec<Tag>,
    ) -> Result<ManagedPolicy, IamError> {
        let path = path.unwrap_or("/");
        check_path(path)?;
        check_tags(&tags, self.quotas().tags_per_entity)?;
        check_document(
            document,
            PolicyKind::Identity,
            self.quotas().managed_policy_size,
            "PolicySize",
        )?;
        let mut tx = self.inst.store().begin()?;
        let quota = self.quotas().policies_per_account;
        if tx
            .scan(records::POLICIES, &format!("{account}/"), None, quota + 1)?
            .len()
            >= quota
        {
            return Err(IamError::LimitExceeded(format!(
                "Cannot exceed quota for PoliciesPerAccount: {quota}"
            )));
        }
        let arn = self.arn(account, "policy", path, name);
        let id = self.new_id(tx.as_mut(), "ANPA", &arn)?;
        let now = self.now();
        let p = ManagedPolicy {
            account_id: account.to_owned(),
            name: name.to_owned(),
            id,
            path: path.to_owned(),
            arn,
            created: now,
            updated: now,
            description: description.map(str::to_owned),
            default_version: "v1".to_owned(),
            versions: vec![PolicyVersion {
                id: "v1".to_owned(),
                document: document.to_owned(),
                created: now,
            }],
            next_version: 2,
            attachment_count: 0,
            boundary_usage_count: 0,
            tags,
        };
        if !records::insert(tx.as_mut(), records::POLICIES, &key(account, name), &p)? {
            return Err(IamError::EntityAlreadyExists(format!(
                "A policy called {name} already exists. Duplicate names are not allowed."
            )));
        }
        tx.commit()?;
        Ok(p)
    }

    pub fn get_policy(&self, arn: &str) -> Result<ManagedPolicy, IamError> {
        let mut tx = self.inst.store().read()?;
        load_policy_or_404(tx.as_mut(), arn)
    }

    pub fn delete_policy(&self, arn: &str) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let p = load_policy_or_404(tx.as_mut(), arn)?;
        if p.is_aws_managed() {
            return Err(IamError::InvalidInput(format!(
                "The policy {arn} is an AWS managed policy and cannot be deleted."
            )));
        }
        if p.attachment_count > 0 || p.boundary_usage_count > 0 {
            return Err(IamError::DeleteConflict(
                "Cannot delete a policy attached to entities.".to_owned(),
            ));
        }
        if p.versions.len() > 1 {
            return Err(IamError::DeleteConflict(
                "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.".to_owned(),
            ));
        }
        tx.delete(records::POLICIES, &key(&p.account_id, &p.name))?;
        tx.delete(records::IDS, &p.id)?;
        Ok(tx.commit()?)
    }

    pub fn list_policies(
        &self,
        account: &str,
        scope: PolicyScope,
        only_attached: bool,
        path_prefix: Option<&str>,
        usage: Option<PolicyUsage>,
        page: &PageRequest,
    ) -> Result<Page<ManagedPolicy>, IamError> {
        let mut tx = self.inst.store().read()?;
        let prefix = path_prefix.unwrap_or("/");
        let keep = |p: &ManagedPolicy| {
            let in_scope = match scope {
                PolicyScope::All => p.account_id == account || p.is_aws_managed(),
                PolicyScope::Aws => p.is_aws_managed(),
                PolicyScope::Local => p.account_id == account,
            };
            let attached_ok =
                !only_attached || p.attachment_count > 0 || p.boundary_usage_count > 0;
            let usage_ok = match usage {
                None => true,
                Some(PolicyUsage::Permissions) => p.attachment_count > 0,
                Some(PolicyUsage::Boundary) => p.boundary_usage_count > 0,
            };
            in_scope && attached_ok && usage_ok && p.path.starts_with(prefix)
        };
        // AWS-managed policies (`aws/…`) sort before account ids only by accident of the
        // key; listing both means scanning the two prefixes as one ordered stream.
        match scope {
            PolicyScope::Aws => scan_page(tx.as_mut(), records::POLICIES, "aws/", page, keep),
            PolicyScope::Local => scan_page(
                tx.as_mut(),
                records::POLICIES,
                &format!("{account}/"),
                page,
                keep,
            ),
            PolicyScope::All => scan_page(tx.as_mut(), records::POLICIES, "", page, keep),
        }
    }

    pub fn create_policy_version(
        &self,
        arn: &str,
        document: &str,
        set_as_default: bool,
    ) -> Result<PolicyVersion, IamError> {
        check_document(
            document,
            PolicyKind::Identity,
            self.quotas().managed_policy_size,
            "PolicySize",
        )?;
        let mut tx = self.inst.store().begin()?;
        let mut p = load_policy_or_404(tx.as_mut(), arn)?;
        if p.is_aws_managed() {
            return Err(IamError::InvalidInput(
                "AWS managed policies cannot be changed.".to_owned(),
            ));
        }
        if p.versions.len() >= self.quotas().policy_versions {
            return Err(IamError::LimitExceeded(format!(
                "A managed policy can have up to {} versions. Before you create a new version, you must delete an existing version.",
                self.quotas().policy_versions
            )));
        }
        let v = PolicyVersion {
            id: format!("v{}", p.next_version),
            document: document.to_owned(),
            created: self.now(),
        };
        p.next_version += 1;
        p.versions.push(v.clone());
        if set_as_default {
            p.default_version.clone_from(&v.id);
        }
        p.updated = self.now();
        store_policy(tx.as_mut(), &p)?;
        tx.commit()?;
        Ok(v)
    }

    pub fn get_policy_version(
        &self,
        arn: &str,
        version: &str,
    ) -> Result<(ManagedPolicy, PolicyVersion), IamError> {
        let mut tx = self.inst.store().read()?;
        let p = load_policy_or_404(tx.as_mut(), arn)?;
        let v = p
            .versions
            .iter()
            .find(|v| v.id == version)
            .cloned()
            .ok_or_else(|| {
                IamError::NoSuchEntity(format!(
                    "Policy {arn} version {version} does not exist or is not attachable."
                ))
            })?;
        Ok((p, v))
    }

    pub fn delete_policy_version(&self, arn: &str, version: &str) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let mut p = load_policy_or_404(tx.as_mut(), arn)?;
        if p.is_aws_managed() {
            return Err(IamError::InvalidInput(
                "AWS managed policies cannot be changed.".to_owned(),
            ));
        }
        if !p.versions.iter().any(|v| v.id == version) {
            return Err(IamError::NoSuchEntity(format!(
                "Policy {arn} version {version} does not exist or is not attachable."
            )));
        }
        if p.default_version == version {
            return Err(IamError::DeleteConflict(
                "Cannot delete the default version of a policy.".to_owned(),
            ));
        }
        p.versions.retain(|v| v.id != version);
        store_policy(tx.as_mut(), &p)?;
        Ok(tx.commit()?)
    }

    pub fn set_default_policy_version(&self, arn: &str, version: &str) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let mut p = load_policy_or_404(tx.as_mut(), arn)?;
        if p.is_aws_managed() {
            return Err(IamError::InvalidInput(
                "AWS managed policies cannot be changed.".to_owned(),
            ));
        }
        if !p.versions.iter().any(|v| v.id == version) {
            return Err(IamError::NoSuchEntity(format!(
                "Policy {arn} version {version} does not exist or is not attachable."
            )));
        }
        p.default_version = version.to_owned();
        p.updated = self.now();
        store_policy(tx.as_mut(), &p)?;
        Ok(tx.commit()?)
    }

    pub fn tag_policy(&self, arn: &str, tags: &[Tag]) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let mut p = load_policy_or_404(tx.as_mut(), arn)?;
        merge_tags(&mut p.tags, tags, self.quotas().tags_per_entity)?;
        store_policy(tx.as_mut(), &p)?;
        Ok(tx.commit()?)
    }

    pub fn untag_policy(&self, arn: &str, keys: &[String]) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let mut p = load_policy_or_404(tx.as_mut(), arn)?;
        remove_tags(&mut p.tags, keys);
        store_policy(tx.as_mut(), &p)?;
        Ok(tx.commit()?)
    }

    /// Counts one more (or one fewer) use of `arn` as a permissions boundary.
    pub(super) fn use_boundary(
        &self,
        tx: &mut dyn Tx,
        arn: &str,
        delta: i32,
    ) -> Result<(), IamError> {
        let Some(mut p) = load_policy(tx, arn)? else {
            if delta < 0 {
                return Ok(());
            }
            return Err(IamError::NoSuchEntity(format!(
                "Scope ARN: {arn} does not exist or is not attachable."
            )));
        };
        p.boundary_usage_count = p.boundary_usage_count.saturating_add_signed(delta);
        store_policy(tx, &p)
    }

    pub fn attach_policy(
        &self,
        kind: EntityKind,
        account: &str,
        entity: &str,
        arn: &str,
    ) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let mut p = load_policy(tx.as_mut(), arn)?.ok_or_else(|| not_attachable(arn))?;
        let quota = self.quotas().managed_policies_per_entity;
        let title = match kind {
            EntityKind::User => "PoliciesPerUser",
            EntityKind::Group => "PoliciesPerGroup",
            EntityKind::Role => "PoliciesPerRole",
        };
        let attached = match kind {
            EntityKind::User => {
                let mut u = load_user(tx.as_mut(), account, entity)?;
                let added = add_attachment(&mut u.attached, arn, quota, title)?;
                store_user(tx.as_mut(), &u)?;
                added.then(|| (u.name.clone(), u.id.clone()))
            }
            EntityKind::Group => {
                let mut g = load_group(tx.as_mut(), account, entity)?;
                let added = add_attachment(&mut g.attached, arn, quota, title)?;
                store_group(tx.as_mut(), &g)?;
                added.then(|| (g.name.clone(), g.id.clone()))
            }
            EntityKind::Role => {
                let mut r = load_role(tx.as_mut(), account, entity)?;
                let added = add_attachment(&mut r.attached, arn, quota, title)?;
                store_role(tx.as_mut(), &r)?;
                added.then(|| (r.name.clone(), r.id.clone()))
            }
        };
        if let Some((name, id)) = attached {
            let k = format!("{arn}|{}|{}", kind.as_str(), key(account, &name));
            records::save(tx.as_mut(), records::ATTACHMENTS, &k, &(name, id))?;
            p.attachment_count += 1;
            store_policy(tx.as_mut(), &p)?;
        }
        Ok(tx.commit()?)
    }

    pub fn detach_policy(
        &self,
        kind: EntityKind,
        account: &str,
        entity: &str,
        arn: &str,
    ) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let not_found = || IamError::NoSuchEntity(format!("Policy {arn} was not found."));
        let name = match kind {
            EntityKind::User => {
                let mut u = load_user(tx.as_mut(), account, entity)?;
                if !remove_attachment(&mut u.attached, arn) {
                    return Err(not_found());
                }
                store_user(tx.as_mut(), &u)?;
                u.name
            }
            EntityKind::Group => {
                let mut g = load_group(tx.as_mut(), account, entity)?;
                if !remove_attachment(&mut g.attached, arn) {
                    return Err(not_found());
                }
                store_group(tx.as_mut(), &g)?;
                g.name
            }
            EntityKind::Role => {
                let mut r = load_role(tx.as_mut(), account, entity)?;
                if !remove_attachment(&mut r.attached, arn) {
                    return Err(not_found());
                }
                store_role(tx.as_mut(), &r)?;
                r.name
            }
        };
        tx.delete(
            records::ATTACHMENTS,
            &format!("{arn}|{}|{}", kind.as_str(), key(account, &name)),
        )?;
        if let Some(mut p) = load_policy(tx.as_mut(), arn)? {
            p.attachment_count = p.attachment_count.saturating_sub(1);
            store_policy(tx.as_mut(), &p)?;
        }
        Ok(tx.commit()?)
    }

    /// The managed policies attached to an entity, as `(name, arn)`.
    pub fn list_attached_policies(
        &self,
        kind: EntityKind,
        account: &str,
        entity: &str,
        path_prefix: Option<&str>,
        page: &PageRequest,
    ) -> Result<Page<(String, String)>, IamError> {
        let mut tx = self.inst.store().read()?;
        let arns = match kind {
            EntityKind::User => load_user(tx.as_mut(), account, entity)?.attached,
            EntityKind::Group => load_group(tx.as_mut(), account, entity)?.attached,
            EntityKind::Role => load_role(tx.as_mut(), account, entity)?.attached,
        };
        let prefix = path_prefix.unwrap_or("/");
        let mut all = Vec::new();
        for arn in arns {
            if let Some(p) = load_policy(tx.as_mut(), &arn)?
                && p.path.starts_with(prefix)
            {
                all.push((p.name, p.arn));
            }
        }
        page_in_memory(all, page)
    }

    pub fn list_entities_for_policy(
        &self,
        arn: &str,
        filter: Option<EntityKind>,
        path_prefix: Option<&str>,
        usage: Option<PolicyUsage>,
    ) -> Result<AttachedEntities, IamError> {
        let mut tx = self.inst.store().read()?;
        let p = load_policy_or_404(tx.as_mut(), arn)?;
        let mut out = AttachedEntities::default();
        if usage == Some(PolicyUsage::Boundary) {
            // Boundaries are found by scanning principals: they are few per account.
            let accounts = if p.is_aws_managed() {
                None
            } else {
                Some(p.account_id.clone())
            };
            let prefix = accounts.map(|a| format!("{a}/")).unwrap_or_default();
            if filter.is_none() || filter == Some(EntityKind::User) {
                for (_, raw) in tx.scan(records::USERS, &prefix, None, usize::MAX)? {
                    if let Ok(u) = serde_json::from_slice::<records::User>(&raw)
                        && u.permissions_boundary.as_deref() == Some(arn)
                        && u.path.starts_with(path_prefix.unwrap_or("/"))
                    {
                        out.users.push((u.name, u.id));
                    }
                }
            }
            if filter.is_none() || filter == Some(EntityKind::Role) {
                for (_, raw) in tx.scan(records::ROLES, &prefix, None, usize::MAX)? {
                    if let Ok(r) = serde_json::from_slice::<records::Role>(&raw)
                        && r.permissions_boundary.as_deref() == Some(arn)
                        && r.path.starts_with(path_prefix.unwrap_or("/"))
                    {
                        out.roles.push((r.name, r.id));
                    }
                }
            }
            return Ok(out);
        }
        for (k, raw) in tx.scan(records::ATTACHMENTS, &format!("{arn}|"), None, usize::MAX)? {
            let Ok((name, id)) = serde_json::from_slice::<(String, String)>(&raw) else {
                continue;
            };
            let kind = k.split('|').nth(1).unwrap_or_default();
            let path_ok = match (kind, path_prefix) {
                (_, None) => true,
                ("user", Some(pp)) => load_user(tx.as_mut(), &p_account(&k), &name)
                    .is_ok_and(|u| u.path.starts_with(pp)),
                ("group", Some(pp)) => load_group(tx.as_mut(), &p_account(&k), &name)
                    .is_ok_and(|g| g.path.starts_with(pp)),
                ("role", Some(pp)) => load_role(tx.as_mut(), &p_account(&k), &name)
                    .is_ok_and(|r| r.path.starts_with(pp)),
                _ => false,
            };
            if !path_ok {
                continue;
            }
            match kind {
                "user" if filter.is_none() || filter == Some(EntityKind::User) => {
                    out.users.push((name, id))
                }
                "group" if filter.is_none() || filter == Some(EntityKind::Group) => {
                    out.groups.push((name, id))
                }
                "role" if filter.is_none() || filter == Some(EntityKind::Role) => {
                    out.roles.push((name, id))
                }
                _ => {}
            }
        }
        Ok(out)
    }

    pub fn put_inline_policy(
        &self,
        kind: EntityKind,
        account: &str,
        entity: &str,
        policy_name: &str,
        document: &str,
    ) -> Result<(), IamError> {
        let q = self.quotas();
        let (limit, quota_name) = match kind {
            EntityKind::User => (q.user_inline_size, "UserPolicySize"),
            EntityKind::Group => (q.group_inline_size, "GroupPolicySize"),
            EntityKind::Role => (q.role_inline_size, "RolePolicySize"),
        };
        check_document(document, PolicyKind::Identity, limit, quota_name)?;
        let mut tx = self.inst.store().begin()?;
        let check_total = |inline: &std::collections::BTreeMap<String, String>| {
            let total: usize = inline
                .iter()
                .filter(|(n, _)| *n != policy_name)
                .map(|(_, d)| gatehouse_policy::size_without_whitespace(d))
                .sum::<usize>()
                + gatehouse_policy::size_without_whitespace(document);
            if total > limit {
                Err(IamError::LimitExceeded(format!(
                    "Maximum policy size of {limit} bytes exceeded for {} {entity}.",
                    kind.title()
                )))
            } else {
                Ok(())
            }
        };
        match kind {
            EntityKind::User => {
                let mut u = load_user(tx.as_mut(), account, entity)?;
                check_total(&u.inline)?;
                u.inline.insert(policy_name.to_owned(), document.to_owned());
                store_user(tx.as_mut(), &u)?;
            }
            EntityKind::Group => {
                let mut g = load_group(tx.as_mut(), account, entity)?;
                check_total(&g.inline)?;
                g.inline.insert(policy_name.to_owned(), document.to_owned());
                store_group(tx.as_mut(), &g)?;
            }
            EntityKind::Role => {
                let mut r = load_role(tx.as_mut(), account, entity)?;
                check_total(&r.inline)?;
                r.inline.insert(policy_name.to_owned(), document.to_owned());
                store_role(tx.as_mut(), &r)?;
            }
        }
        Ok(tx.commit()?)
    }

    pub fn get_inline_policy(
        &self,
        kind: EntityKind,
        account: &str,
        entity: &str,
        policy_name: &str,
    ) -> Result<String, IamError> {
        let mut tx = self.inst.store().read()?;
        let inline = match kind {
            EntityKind::User => load_user(tx.as_mut(), account, entity)?.inline,
            EntityKind::Group => load_group(tx.as_mut(), account, entity)?.inline,
            EntityKind::Role => load_role(tx.as_mut(), account, entity)?.inline,
        };
        inline.get(policy_name).cloned().ok_or_else(|| {
            IamError::NoSuchEntity(format!(
                "The {} policy with name {policy_name} cannot be found.",
                kind.title()
            ))
        })
    }

    pub fn delete_inline_policy(
        &self,
        kind: EntityKind,
        account: &str,
        entity: &str,
        policy_name: &str,
    ) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let missing = || {
            IamError::NoSuchEntity(format!(
                "The {} policy with name {policy_name} cannot be found.",
                kind.title()
            ))
        };
        match kind {
            EntityKind::User => {
                let mut u = load_user(tx.as_mut(), account, entity)?;
                u.inline.remove(policy_name).ok_or_else(missing)?;
                store_user(tx.as_mut(), &u)?;
            }
            EntityKind::Group => {
                let mut g = load_group(tx.as_mut(), account, entity)?;
                g.inline.remove(policy_name).ok_or_else(missing)?;
                store_group(tx.as_mut(), &g)?;
            }
            EntityKind::Role => {
                let mut r = load_role(tx.as_mut(), account, entity)?;
                r.inline.remove(policy_name).ok_or_else(missing)?;
                store_role(tx.as_mut(), &r)?;
            }
        }
        Ok(tx.commit()?)
    }

    pub fn list_inline_policies(
        &self,
        kind: EntityKind,
        account: &str,
        entity: &str,
        page: &PageRequest,
    ) -> Result<Page<String>, IamError> {
        let mut tx = self.inst.store().read()?;
        let inline = match kind {
            EntityKind::User => load_user(tx.as_mut(), account, entity)?.inline,
            EntityKind::Group => load_group(tx.as_mut(), account, entity)?.inline,
            EntityKind::Role => load_role(tx.as_mut(), account, entity)?.inline,
        };
        page_in_memory(inline.into_keys().collect(), page)
    }

    /// The identity policies and boundary of an IAM user, as documents.
    pub fn user_documents(
        &self,
        account: &str,
        user: &str,
    ) -> Result<PrincipalDocuments, IamError> {
        let mut tx = self.inst.store().read()?;
        let u = load_user(tx.as_mut(), account, user)?;
        let mut out = PrincipalDocuments {
            tags: u.tags.clone(),
            ..PrincipalDocuments::default()
        };
        for (name, doc) in &u.inline {
            out.identity
                .push((format!("user/{}/{name}", u.name), doc.clone()));
        }
        for arn in &u.attached {
            if let Some(p) = load_policy(tx.as_mut(), arn)?
                && let Some(doc) = p.default_document()
            {
                out.identity.push((arn.clone(), doc.to_owned()));
            }
        }
        for g in super::groups::groups_of(tx.as_mut(), account, user)? {
            for (name, doc) in &g.inline {
                out.identity
                    .push((format!("group/{}/{name}", g.name), doc.clone()));
            }
            for arn in &g.attached {
                if let Some(p) = load_policy(tx.as_mut(), arn)?
                    && let Some(doc) = p.default_document()
                {
                    out.identity.push((arn.clone(), doc.to_owned()));
                }
            }
        }
        if let Some(b) = &u.permissions_boundary
            && let Some(p) = load_policy(tx.as_mut(), b)?
            && let Some(doc) = p.default_document()
        {
            out.boundary = Some((b.clone(), doc.to_owned()));
        }
        Ok(out)
    }

    /// The identity policies and boundary of a role, as documents.
    pub fn role_documents(
        &self,
        account: &str,
        role: &str,
    ) -> Result<PrincipalDocuments, IamError> {
        let mut tx = self.inst.store().read()?;
        let r = load_role(tx.as_mut(), account, role)?;
        let mut out = PrincipalDocuments {
            tags: r.tags.clone(),
            ..PrincipalDocuments::default()
        };
        for (name, doc) in &r.inline {
            out.identity
                .push((format!("role/{}/{name}", r.name), doc.clone()));
        }
        for arn in &r.attached {
            if let Some(p) = load_policy(tx.as_mut(), arn)?
                && let Some(doc) = p.default_document()
            {
                out.identity.push((arn.clone(), doc.to_owned()));
            }
        }
        if let Some(b) = &r.permissions_boundary
            && let Some(p) = load_policy(tx.as_mut(), b)?
            && let Some(doc) = p.default_document()
        {
            out.boundary = Some((b.clone(), doc.to_owned()));
        }
        Ok(out)
    }
}

fn p_account(attachment_key: &str) -> String {
    attachment_key
        .rsplit('|')
        .next()
        .and_then(|k| k.split('/').next())
        .unwrap_or_default()
        .to_owned()
}

fn add_attachment(
    list: &mut Vec<String>,
    arn: &str,
    quota: usize,
    title: &str,
) -> Result<bool, IamError> {
    if list.iter().any(|a| a == arn) {
        return Ok(false);
    }
    if list.len() >= quota {
        return Err(IamError::LimitExceeded(format!(
            "Cannot exceed quota for {title}: {quota}"
        )));
    }
    list.push(arn.to_owned());
    Ok(true)
}

fn remove_attachment(list: &mut Vec<String>, arn: &str) -> bool {
    let before = list.len();
    list.retain(|a| a != arn);
    list.len() != before
}

/// Pages a list already in memory, with the same opaque markers as store scans.
pub(super) fn page_in_memory<T: Clone>(
    all: Vec<T>,
    page: &PageRequest,
) -> Result<Page<T>, IamError> {
    use base64::Engine;
    let limit = page.limit()?;
    let start = match page.marker.as_deref() {
        None | Some("") => 0,
        Some(m) => base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(m)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|s| s.strip_prefix("idx:").and_then(|n| n.parse::<usize>().ok()))
            .ok_or_else(|| IamError::InvalidInput("Invalid Marker.".to_owned()))?,
    };
    let items: Vec<T> = all.iter().skip(start).take(limit).cloned().collect();
    let end = start + items.len();
    let marker = (end < all.len())
        .then(|| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("idx:{end}")));
    Ok(Page { items, marker })
}
