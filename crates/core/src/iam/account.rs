//! The account as IAM sees it: its alias (unique across the installation), the summary
//! of entity counts and quotas, the authorization details dump and the credential report.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::keys::LAST_USED;
use super::login::{LoginProfile, load_policy as load_password_policy};
use super::mfa::VIRTUAL_MFA;
use super::policies::{load_policy, page_in_memory};
use super::providers::{OIDC_PROVIDERS, SAML_PROVIDERS};
use super::records::{self, Group, ManagedPolicy, Role, User};
use super::{Iam, IamError, Page, PageRequest};
use crate::access_key::{self, AccessKeyRecord, KeyStatus};
use crate::store::Tx;

/// `account` → its alias.
pub const ACCOUNT_ALIASES: &str = "iam-account-aliases";
/// `alias` → the account that holds it: aliases are unique across the installation.
pub const ALIAS_OWNERS: &str = "iam-alias-owners";
/// `account` → the last credential report.
pub const CREDENTIAL_REPORTS: &str = "iam-credential-reports";

/// One entry of GetAccountAuthorizationDetails.
#[derive(Debug, Clone, PartialEq)]
pub enum AuthorizationDetail {
    /// A user and the names of its groups.
    User(User, Vec<String>),
    Group(Group),
    Role(Role),
    Policy(ManagedPolicy),
}

/// Which entries GetAccountAuthorizationDetails returns.
#[derive(Debug, Clone, Copy, Default)]
pub struct DetailFilter {
    pub users: bool,
    pub groups: bool,
    pub roles: bool,
    pub local_policies: bool,
    pub aws_policies: bool,
}

impl DetailFilter {
    pub fn all() -> Self {
        Self {
            users: true,
            groups: true,
            roles: true,
            local_policies: true,
            aws_policies: true,
        }
    }
}

/// A generated credential report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CredentialReport {
    pub generated: i64,
    pub csv: String,
}

/// Reports older than this are expired, as on AWS.
const REPORT_TTL_MS: i64 = 4 * 3600 * 1000;

fn check_alias(alias: &str) -> Result<(), IamError> {
    let b = alias.as_bytes();
    let ok = (3..=63).contains(&b.len())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        && b.first() != Some(&b'-')
        && b.last() != Some(&b'-')
        && !alias.contains("--");
    if ok {
        Ok(())
    } else {
        Err(IamError::Validation(format!(
            "1 validation error detected: Value '{alias}' at 'accountAlias' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z0-9]([a-z0-9]|-(?!-)){{1,61}}[a-z0-9]$"
        )))
    }
}

fn all<T: serde::de::DeserializeOwned>(
    tx: &mut dyn Tx,
    collection: &str,
    prefix: &str,
) -> Result<Vec<T>, IamError> {
    Ok(keyed(tx, collection, prefix)?
        .into_iter()
        .map(|(_, v)| v)
        .collect())
}

fn keyed<T: serde::de::DeserializeOwned>(
    tx: &mut dyn Tx,
    collection: &str,
    prefix: &str,
) -> Result<Vec<(String, T)>, IamError> {
    tx.scan(collection, prefix, None, usize::MAX)?
        .into_iter()
        .map(|(k, v)| match serde_json::from_slice(&v) {
            Ok(value) => Ok((k, value)),
            Err(_) => Err(IamError::Internal(format!(
                "corrupt record {collection}/{k}"
            ))),
        })
        .collect()
}

fn count(tx: &mut dyn Tx, collection: &str, prefix: &str) -> Result<usize, IamError> {
    Ok(tx.scan(collection, prefix, None, usize::MAX)?.len())
}

fn iso(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .ok()
        .and_then(|t| {
            t.format(&time::macros::format_description!(
                "[year]-[month]-[day]T[hour]:[minute]:[second]+00:00"
            ))
            .ok()
        })
        .unwrap_or_else(|| "N/A".to_owned())
}

/// The root user's access keys: those indexed under the empty user name, and the one the
/// bootstrap stored before any index existed.
fn root_keys(tx: &mut dyn Tx, account: &str) -> Result<Vec<AccessKeyRecord>, IamError> {
    let mut keys: Vec<AccessKeyRecord> = Vec::new();
    for (k, v) in tx.scan(access_key::COLLECTION, "", None, usize::MAX)? {
        let r: AccessKeyRecord = serde_json::from_slice(&v)
            .map_err(|_| IamError::Internal(format!("corrupt access key record {k}")))?;
        if r.account_id == account && r.user_name.is_none() {
            keys.push(r);
        }
    }
    keys.sort_by_key(|r| r.created);
    Ok(keys)
}

fn to_i32(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

impl Iam<'_> {
    pub fn create_account_alias(&self, account: &str, alias: &str) -> Result<(), IamError> {
        check_alias(alias)?;
        let mut tx = self.inst.store().begin()?;
        if let Some(current) = records::load::<String>(tx.as_mut(), ACCOUNT_ALIASES, account)? {
            if current == alias {
                return Ok(());
            }
            return Err(IamError::LimitExceeded(
                "Cannot exceed quota for AccountAliasesPerAccount: 1".to_owned(),
            ));
        }
        if !records::insert(tx.as_mut(), ALIAS_OWNERS, alias, &account)? {
            return Err(IamError::EntityAlreadyExists(format!(
                "The account alias {alias} already exists."
            )));
        }
        records::save(tx.as_mut(), ACCOUNT_ALIASES, account, &alias)?;
        Ok(tx.commit()?)
    }

    pub fn account_aliases(&self, account: &str) -> Result<Vec<String>, IamError> {
        let mut tx = self.inst.store().read()?;
        Ok(
            records::load::<String>(tx.as_mut(), ACCOUNT_ALIASES, account)?
                .into_iter()
                .collect(),
        )
    }

    pub fn delete_account_alias(&self, account: &str, alias: &str) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let current = records::load::<String>(tx.as_mut(), ACCOUNT_ALIASES, account)?;
        if current.as_deref() != Some(alias) {
            return Err(IamError::NoSuchEntity(format!(
                "The account alias {alias} cannot be found."
            )));
        }
        tx.delete(ACCOUNT_ALIASES, account)?;
        tx.delete(ALIAS_OWNERS, alias)?;
        Ok(tx.commit()?)
    }

    /// The account that holds `alias`, for sign-in by alias.
    pub fn account_for_alias(&self, alias: &str) -> Result<Option<String>, IamError> {
        let mut tx = self.inst.store().read()?;
        records::load(tx.as_mut(), ALIAS_OWNERS, alias)
    }

    /// GetAccountSummary: live counts and the quotas in force.
    pub fn account_summary(&self, account: &str) -> Result<BTreeMap<String, i32>, IamError> {
        let q = self.quotas().clone();
        let mut tx = self.inst.store().read()?;
        let prefix = format!("{account}/");
        let users = count(tx.as_mut(), records::USERS, &prefix)?;
        let groups = count(tx.as_mut(), records::GROUPS, &prefix)?;
        let roles = count(tx.as_mut(), records::ROLES, &prefix)?;
        let policies: Vec<ManagedPolicy> = all(tx.as_mut(), records::POLICIES, &prefix)?;
        let versions: usize = policies.iter().map(|p| p.versions.len()).sum();
        let mfa = count(tx.as_mut(), VIRTUAL_MFA, &prefix)?;
        let mfa_in_use = count(tx.as_mut(), records::USER_MFA, &prefix)?;
        let providers = count(tx.as_mut(), OIDC_PROVIDERS, &prefix)?
            + count(tx.as_mut(), SAML_PROVIDERS, &prefix)?;
        let root_keys = root_keys(tx.as_mut(), account)?.len();
        let mut m = BTreeMap::new();
        let mut put = |k: &str, v: usize| {
            m.insert(k.to_owned(), to_i32(v));
        };
        put("Users", users);
        put("UsersQuota", q.users_per_account);
        put("Groups", groups);
        put("GroupsQuota", q.groups_per_account);
        put("Roles", roles);
        put("RolesQuota", q.roles_per_account);
        put("Policies", policies.len());
        put("PoliciesQuota", q.policies_per_account);
        put("PolicySizeQuota", q.managed_policy_size);
        put("PolicyVersionsInUse", versions);
        put("PolicyVersionsInUseQuota", 10_000);
        put("VersionsPerPolicyQuota", q.policy_versions);
        put("UserPolicySizeQuota", q.user_inline_size);
        put("GroupPolicySizeQuota", q.group_inline_size);
        put("RolePolicySizeQuota", q.role_inline_size);
        put("AssumeRolePolicySizeQuota", q.trust_policy_size);
        put("GroupsPerUserQuota", q.groups_per_user);
        put(
            "AttachedPoliciesPerUserQuota",
            q.managed_policies_per_entity,
        );
        put(
            "AttachedPoliciesPerGroupQuota",
            q.managed_policies_per_entity,
        );
        put(
            "AttachedPoliciesPerRoleQuota",
            q.managed_policies_per_entity,
        );
        put("AccessKeysPerUserQuota", q.access_keys_per_user);
        put("SigningCertificatesPerUserQuota", 2);
        put("ServerCertificates", 0);
        put("ServerCertificatesQuota", 20);
        put("InstanceProfiles", 0);
        put("InstanceProfilesQuota", 1000);
        put("MFADevices", mfa);
        put("MFADevicesInUse", mfa_in_use);
        put("AccountMFAEnabled", 0);
        put("AccountAccessKeysPresent", usize::from(root_keys > 0));
        put("AccountSigningCertificatesPresent", 0);
        put("Providers", providers);
        put("GlobalEndpointTokenVersion", 1);
        Ok(m)
    }

    /// GetAccountAuthorizationDetails: users, groups, roles, then policies, paged.
    pub fn authorization_details(
        &self,
        account: &str,
        filter: DetailFilter,
        page: &PageRequest,
    ) -> Result<Page<AuthorizationDetail>, IamError> {
        let mut tx = self.inst.store().read()?;
        let prefix = format!("{account}/");
        let mut out = Vec::new();
        let users: Vec<User> = all(tx.as_mut(), records::USERS, &prefix)?;
        let groups: Vec<Group> = all(tx.as_mut(), records::GROUPS, &prefix)?;
        let mut roles: Vec<Role> = all(tx.as_mut(), records::ROLES, &prefix)?;
        // Every role's last use in one scan, not a read per role.
        let mut used: std::collections::HashMap<String, records::RoleLastUsed> =
            keyed(tx.as_mut(), records::ROLE_USAGE, &prefix)?
                .into_iter()
                .collect();
        for role in &mut roles {
            if let Some(u) = used.remove(&records::key(&role.account_id, &role.name)) {
                role.last_used = Some(u);
            }
        }
        let mut aws_used: Vec<String> = Vec::new();
        let mut note = |arns: &[String]| {
            for a in arns {
                if a.split(':').nth(4) == Some(records::AWS_ACCOUNT) && !aws_used.contains(a) {
                    aws_used.push(a.clone());
                }
            }
        };
        users.iter().for_each(|u| note(&u.attached));
        groups.iter().for_each(|g| note(&g.attached));
        roles.iter().for_each(|r| note(&r.attached));
        if filter.users {
            for u in users {
                let names = super::groups::groups_of(tx.as_mut(), account, &u.name)?
                    .into_iter()
                    .map(|g| g.name)
                    .collect();
                out.push(AuthorizationDetail::User(u, names));
            }
        }
        if filter.groups {
            out.extend(groups.into_iter().map(AuthorizationDetail::Group));
        }
        if filter.roles {
            out.extend(roles.into_iter().map(AuthorizationDetail::Role));
        }
        if filter.local_policies {
            let local: Vec<ManagedPolicy> = all(tx.as_mut(), records::POLICIES, &prefix)?;
            out.extend(local.into_iter().map(AuthorizationDetail::Policy));
        }
        if filter.aws_policies {
            aws_used.sort();
            for arn in aws_used {
                if let Some(p) = load_policy(tx.as_mut(), &arn)? {
                    out.push(AuthorizationDetail::Policy(p));
                }
            }
        }
        page_in_memory(out, page)
    }

    /// Builds the credential report of `account` now and keeps it.
    pub fn generate_credential_report(&self, account: &str) -> Result<CredentialReport, IamError> {
        let csv = {
            let mut tx = self.inst.store().read()?;
            self.report_csv(tx.as_mut(), account)?
        };
        let report = CredentialReport {
            generated: self.now(),
            csv,
        };
        let mut tx = self.inst.store().begin()?;
        records::save(tx.as_mut(), CREDENTIAL_REPORTS, account, &report)?;
        tx.commit()?;
        Ok(report)
    }

    pub fn credential_report(&self, account: &str) -> Result<CredentialReport, IamError> {
        let mut tx = self.inst.store().read()?;
        let r: Option<CredentialReport> = records::load(tx.as_mut(), CREDENTIAL_REPORTS, account)?;
        match r {
            Some(r) if self.now() - r.generated <= REPORT_TTL_MS => Ok(r),
            _ => Err(IamError::ReportNotPresent(
                "Credential report not present or expired. Use GenerateCredentialReport to generate a report."
                    .to_owned(),
            )),
        }
    }

    fn report_csv(&self, tx: &mut dyn Tx, account: &str) -> Result<String, IamError> {
        const HEADER: &str = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";
        let mut csv = String::from(HEADER);
        csv.push('\n');
        let policy = load_password_policy(tx, account)?;
        let created = self
            .inst
            .account(account)
            .ok()
            .flatten()
            .map_or(0, |a| a.created);
        let mut row = vec![
            "<root_account>".to_owned(),
            format!("arn:{}:iam::{account}:root", self.partition()),
            iso(created),
            "not_supported".to_owned(),
            "no_information".to_owned(),
            "not_supported".to_owned(),
            "not_supported".to_owned(),
            "false".to_owned(),
        ];
        row.extend(self.key_columns(tx, account, "")?);
        row.extend(["false", "N/A", "false", "N/A"].map(str::to_owned));
        csv.push_str(&row.join(","));
        csv.push('\n');
        let users: Vec<User> = all(tx, records::USERS, &format!("{account}/"))?;
        for u in users {
            let lname = u.name.to_ascii_lowercase();
            let profile: Option<LoginProfile> =
                records::load(tx, records::LOGIN_PROFILES, &format!("{account}/{lname}"))?;
            let mfa = !tx
                .scan(records::USER_MFA, &format!("{account}/{lname}/"), None, 1)?
                .is_empty();
            let (enabled, last_used, changed, next) = match &profile {
                None => (
                    "false".to_owned(),
                    "N/A".to_owned(),
                    "N/A".to_owned(),
                    "N/A".to_owned(),
                ),
                Some(p) => (
                    "true".to_owned(),
                    u.password_last_used
                        .map_or_else(|| "no_information".to_owned(), iso),
                    iso(p.password_changed),
                    match &policy {
                        Some(pol) if pol.max_age_days > 0 => {
                            iso(p.password_changed + i64::from(pol.max_age_days) * 86_400_000)
                        }
                        _ => "N/A".to_owned(),
                    },
                ),
            };
            let mut row = vec![
                u.name.clone(),
                u.arn.clone(),
                iso(u.created),
                enabled,
                last_used,
                changed,
                next,
                mfa.to_string(),
            ];
            row.extend(self.key_columns(tx, account, &lname)?);
            row.extend(["false", "N/A", "false", "N/A"].map(str::to_owned));
            csv.push_str(&row.join(","));
            csv.push('\n');
        }
        Ok(csv)
    }

    /// The ten access-key columns of a report row (`lname` empty for root).
    fn key_columns(
        &self,
        tx: &mut dyn Tx,
        account: &str,
        lname: &str,
    ) -> Result<Vec<String>, IamError> {
        let mut keys: Vec<AccessKeyRecord> = Vec::new();
        if lname.is_empty() {
            keys = root_keys(tx, account)?;
        } else {
            for (k, _) in tx.scan(
                records::USER_KEYS,
                &format!("{account}/{lname}/"),
                None,
                usize::MAX,
            )? {
                let id = k.rsplit('/').next().unwrap_or_default();
                if let Some(r) = records::load::<AccessKeyRecord>(tx, access_key::COLLECTION, id)? {
                    keys.push(r);
                }
            }
        }
        keys.sort_by_key(|r| r.created);
        let mut cols = Vec::with_capacity(10);
        for i in 0..2 {
            match keys.get(i) {
                None => cols.extend(["false", "N/A", "N/A", "N/A", "N/A"].map(str::to_owned)),
                Some(r) => {
                    let used: Option<super::AccessKeyLastUsed> =
                        records::load(tx, LAST_USED, &r.access_key_id)?;
                    cols.push((r.status == KeyStatus::Active).to_string());
                    cols.push(iso(r.created));
                    match used {
                        Some(u) => {
                            cols.push(iso(u.date));
                            cols.push(u.region);
                            cols.push(u.service);
                        }
                        None => cols.extend(["N/A", "N/A", "N/A"].map(str::to_owned)),
                    }
                }
            }
        }
        Ok(cols)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_pattern_follows_iam() {
        for ok in ["abc", "my-company-1", "a1b"] {
            assert!(check_alias(ok).is_ok(), "{ok}");
        }
        for bad in ["ab", "-abc", "abc-", "a--b", "ABC", "a_b", &"a".repeat(64)] {
            assert!(check_alias(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn report_times_are_iso8601() {
        assert_eq!(iso(0), "1970-01-01T00:00:00+00:00");
        assert_eq!(iso(1_700_000_000_000), "2023-11-14T22:13:20+00:00");
    }
}
