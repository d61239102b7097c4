//! IAM roles: trust policy, session duration, description, boundary, tags.

use gatehouse_policy::PolicyKind;

use super::records::{self, Role, Tag, key};
use super::{
    Iam, IamError, Page, PageRequest, check_document, check_path, check_tags, merge_tags,
    remove_tags, scan_page,
};
use crate::store::Tx;

pub(super) fn no_such_role(name: &str) -> IamError {
    IamError::NoSuchEntity(format!("The role with name {name} cannot be found."))
}

pub(super) fn load_role(tx: &mut dyn Tx, account: &str, name: &str) -> Result<Role, IamError> {
    records::load(tx, records::ROLES, &key(account, name))?.ok_or_else(|| no_such_role(name))
}

pub(super) fn store_role(tx: &mut dyn Tx, role: &Role) -> Result<(), IamError> {
    records::save(tx, records::ROLES, &key(&role.account_id, &role.name), role)
}

fn check_duration(secs: i64) -> Result<(), IamError> {
    if (3600..=43200).contains(&secs) {
        Ok(())
    } else {
        Err(IamError::Validation(format!(
            "1 validation error detected: Value '{secs}' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600 and less than or equal to 43200"
        )))
    }
}

/// The fields a new role starts with.
#[derive(Debug, Clone, Default)]
pub struct NewRole<'a> {
    pub name: &'a str,
    pub path: Option<&'a str>,
    pub trust_policy: &'a str,
    pub description: Option<&'a str>,
    pub max_session_duration: Option<i64>,
    pub permissions_boundary: Option<&'a str>,
    pub tags: Vec<Tag>,
}

impl Iam<'_> {
    pub fn create_role(&self, account: &str, new: NewRole<'_>) -> Result<Role, IamError> {
        let path = new.path.unwrap_or("/");
        check_path(path)?;
        check_tags(&new.tags, self.quotas().tags_per_entity)?;
        let duration = new.max_session_duration.unwrap_or(3600);
        check_duration(duration)?;
        check_document(
            new.trust_policy,
            PolicyKind::Trust,
            self.quotas().trust_policy_size,
            "ACLSizePerRole",
        )?;
        let mut tx = self.inst.store().begin()?;
        let quota = self.quotas().roles_per_account;
        if tx
            .scan(records::ROLES, &format!("{account}/"), None, quota + 1)?
            .len()
            >= quota
        {
            return Err(IamError::LimitExceeded(format!(
                "Cannot exceed quota for RolesPerAccount: {quota}"
            )));
        }
        let arn = self.arn(account, "role", path, new.name);
        let id = self.new_id(tx.as_mut(), "AROA", &arn)?;
        if let Some(b) = new.permissions_boundary {
            self.use_boundary(tx.as_mut(), b, 1)?;
        }
        let role = Role {
            account_id: account.to_owned(),
            name: new.name.to_owned(),
            id,
            path: path.to_owned(),
            arn,
            created: self.now(),
            trust_policy: new.trust_policy.to_owned(),
            description: new.description.map(str::to_owned),
            max_session_duration: duration,
            permissions_boundary: new.permissions_boundary.map(str::to_owned),
            tags: new.tags,
            inline: Default::default(),
            attached: Vec::new(),
            last_used: None,
        };
        if !records::insert(tx.as_mut(), records::ROLES, &key(account, new.name), &role)? {
            return Err(IamError::EntityAlreadyExists(format!(
                "Role with name {} already exists.",
                new.name
            )));
        }
        tx.commit()?;
        Ok(role)
    }

    pub fn get_role(&self, account: &str, name: &str) -> Result<Role, IamError> {
        let mut tx = self.inst.store().read()?;
        let mut role = load_role(tx.as_mut(), account, name)?;
        with_last_use(tx.as_mut(), &mut role)?;
        Ok(role)
    }

    pub fn list_roles(
        &self,
        account: &str,
        path_prefix: Option<&str>,
        page: &PageRequest,
    ) -> Result<Page<Role>, IamError> {
        let mut tx = self.inst.store().read()?;
        let prefix = path_prefix.unwrap_or("/");
        scan_page(
            tx.as_mut(),
            records::ROLES,
            &format!("{account}/"),
            page,
            |r: &Role| r.path.starts_with(prefix),
        )
    }

    pub fn update_role(
        &self,
        account: &str,
        name: &str,
        description: Option<&str>,
        max_session_duration: Option<i64>,
    ) -> Result<Role, IamError> {
        if let Some(d) = max_session_duration {
            check_duration(d)?;
        }
        let mut tx = self.inst.store().begin()?;
        let mut role = load_role(tx.as_mut(), account, name)?;
        if let Some(d) = description {
            role.description = Some(d.to_owned());
        }
        if let Some(d) = max_session_duration {
            role.max_session_duration = d;
        }
        store_role(tx.as_mut(), &role)?;
        tx.commit()?;
        Ok(role)
    }

    pub fn update_assume_role_policy(
        &self,
        account: &str,
        name: &str,
        document: &str,
    ) -> Result<(), IamError> {
        check_document(
            document,
            PolicyKind::Trust,
            self.quotas().trust_policy_size,
            "ACLSizePerRole",
        )?;
        let mut tx = self.inst.store().begin()?;
        let mut role = load_role(tx.as_mut(), account, name)?;
        role.trust_policy = document.to_owned();
        store_role(tx.as_mut(), &role)?;
        Ok(tx.commit()?)
    }

    pub fn delete_role(&self, account: &str, name: &str) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let role = load_role(tx.as_mut(), account, name)?;
        let conflict = |m: &str| {
            Err(IamError::DeleteConflict(format!(
                "Cannot delete entity, must {m} first."
            )))
        };
        if !role.inline.is_empty() {
            return conflict("delete policies");
        }
        if !role.attached.is_empty() {
            return conflict("detach all policies");
        }
        if let Some(b) = &role.permissions_boundary {
            self.use_boundary(tx.as_mut(), b, -1)?;
        }
        tx.delete(records::ROLES, &key(account, name))?;
        tx.delete(records::ROLE_USAGE, &key(account, name))?;
        tx.delete(records::IDS, &role.id)?;
        Ok(tx.commit()?)
    }

    pub fn tag_role(&self, account: &str, name: &str, tags: &[Tag]) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let mut role = load_role(tx.as_mut(), account, name)?;
        merge_tags(&mut role.tags, tags, self.quotas().tags_per_entity)?;
        store_role(tx.as_mut(), &role)?;
        Ok(tx.commit()?)
    }

    pub fn untag_role(&self, account: &str, name: &str, keys: &[String]) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let mut role = load_role(tx.as_mut(), account, name)?;
        remove_tags(&mut role.tags, keys);
        store_role(tx.as_mut(), &role)?;
        Ok(tx.commit()?)
    }

    pub fn set_role_permissions_boundary(
        &self,
        account: &str,
        name: &str,
        boundary: Option<&str>,
    ) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let mut role = load_role(tx.as_mut(), account, name)?;
        if let Some(old) = role.permissions_boundary.take() {
            self.use_boundary(tx.as_mut(), &old, -1)?;
        }
        if let Some(b) = boundary {
            self.use_boundary(tx.as_mut(), b, 1)?;
        }
        role.permissions_boundary = boundary.map(str::to_owned);
        store_role(tx.as_mut(), &role)?;
        Ok(tx.commit()?)
    }

    /// Records that the role was assumed now, in `region`, beside the role rather than in
    /// it (see [`records::ROLE_USAGE`]).
    pub fn touch_role(&self, account: &str, name: &str, region: &str) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        load_role(tx.as_mut(), account, name)?;
        records::save(
            tx.as_mut(),
            records::ROLE_USAGE,
            &key(account, name),
            &records::RoleLastUsed {
                date: self.now(),
                region: region.to_owned(),
            },
        )?;
        Ok(tx.commit()?)
    }
}

/// Fills in the role's last use (a record written before uses were kept apart stays
/// in the role until a newer use is recorded).
fn with_last_use(tx: &mut dyn Tx, role: &mut Role) -> Result<(), IamError> {
    if let Some(used) = records::load::<records::RoleLastUsed>(
        tx,
        records::ROLE_USAGE,
        &key(&role.account_id, &role.name),
    )? {
        role.last_used = Some(used);
    }
    Ok(())
}
