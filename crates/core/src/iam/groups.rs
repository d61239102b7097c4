//! IAM groups and their members.

use super::records::{self, Group, User, key};
use super::users::load_user;
use super::{Iam, IamError, Page, PageRequest, check_path, scan_page};
use crate::store::Tx;

pub(super) fn no_such_group(name: &str) -> IamError {
    IamError::NoSuchEntity(format!("The group with name {name} cannot be found."))
}

pub(super) fn load_group(tx: &mut dyn Tx, account: &str, name: &str) -> Result<Group, IamError> {
    records::load(tx, records::GROUPS, &key(account, name))?.ok_or_else(|| no_such_group(name))
}

pub(super) fn store_group(tx: &mut dyn Tx, group: &Group) -> Result<(), IamError> {
    records::save(
        tx,
        records::GROUPS,
        &key(&group.account_id, &group.name),
        group,
    )
}

/// The groups a user belongs to, by name.
pub(super) fn groups_of(
    tx: &mut dyn Tx,
    account: &str,
    user: &str,
) -> Result<Vec<Group>, IamError> {
    let prefix = format!("{account}/{}/", user.to_ascii_lowercase());
    let mut out = Vec::new();
    for (k, _) in tx.scan(records::USER_GROUPS, &prefix, None, usize::MAX)? {
        let g = k.rsplit('/').next().unwrap_or_default().to_owned();
        if let Some(group) = records::load::<Group>(tx, records::GROUPS, &format!("{account}/{g}"))?
        {
            out.push(group);
        }
    }
    Ok(out)
}

impl Iam<'_> {
    pub fn create_group(
        &self,
        account: &str,
        name: &str,
        path: Option<&str>,
    ) -> Result<Group, IamError> {
        let path = path.unwrap_or("/");
        check_path(path)?;
        let mut tx = self.inst.store().begin()?;
        let quota = self.quotas().groups_per_account;
        if tx
            .scan(records::GROUPS, &format!("{account}/"), None, quota + 1)?
            .len()
            >= quota
        {
            return Err(IamError::LimitExceeded(format!(
                "Cannot exceed quota for GroupsPerAccount: {quota}"
            )));
        }
        let arn = self.arn(account, "group", path, name);
        let id = self.new_id(tx.as_mut(), "AGPA", &arn)?;
        let group = Group {
            account_id: account.to_owned(),
            name: name.to_owned(),
            id,
            path: path.to_owned(),
            arn,
            created: self.now(),
            inline: Default::default(),
            attached: Vec::new(),
        };
        if !records::insert(tx.as_mut(), records::GROUPS, &key(account, name), &group)? {
            return Err(IamError::EntityAlreadyExists(format!(
                "Group with name {name} already exists."
            )));
        }
        tx.commit()?;
        Ok(group)
    }

    /// The group and a page of its members.
    pub fn get_group(
        &self,
        account: &str,
        name: &str,
        page: &PageRequest,
    ) -> Result<(Group, Page<User>), IamError> {
        let mut tx = self.inst.store().read()?;
        let group = load_group(tx.as_mut(), account, name)?;
        let prefix = format!("{account}/{}/", name.to_ascii_lowercase());
        let members: Page<String> = scan_page(
            tx.as_mut(),
            records::MEMBERS,
            &prefix,
            page,
            |_: &String| true,
        )?;
        let mut users = Vec::new();
        for n in &members.items {
            users.push(load_user(tx.as_mut(), account, n)?);
        }
        Ok((
            group,
            Page {
                items: users,
                marker: members.marker,
            },
        ))
    }

    pub fn list_groups(
        &self,
        account: &str,
        path_prefix: Option<&str>,
        page: &PageRequest,
    ) -> Result<Page<Group>, IamError> {
        let mut tx = self.inst.store().read()?;
        let prefix = path_prefix.unwrap_or("/");
        scan_page(
            tx.as_mut(),
            records::GROUPS,
            &format!("{account}/"),
            page,
            |g: &Group| g.path.starts_with(prefix),
        )
    }

    pub fn list_groups_for_user(
        &self,
        account: &str,
        user: &str,
        page: &PageRequest,
    ) -> Result<Page<Group>, IamError> {
        let mut tx = self.inst.store().read()?;
        load_user(tx.as_mut(), account, user)?;
        let prefix = format!("{account}/{}/", user.to_ascii_lowercase());
        let names: Page<String> = scan_page(
            tx.as_mut(),
            records::USER_GROUPS,
            &prefix,
            page,
            |_: &String| true,
        )?;
        let mut groups = Vec::new();
        for n in &names.items {
            groups.push(load_group(tx.as_mut(), account, n)?);
        }
        Ok(Page {
            items: groups,
            marker: names.marker,
        })
    }

    pub fn update_group(
        &self,
        account: &str,
        name: &str,
        new_name: Option<&str>,
        new_path: Option<&str>,
    ) -> Result<(), IamError> {
        if let Some(p) = new_path {
            check_path(p)?;
        }
        let mut tx = self.inst.store().begin()?;
        let mut group = load_group(tx.as_mut(), account, name)?;
        if let Some(p) = new_path {
            group.path = p.to_owned();
        }
        if let Some(n) = new_name {
            group.name = n.to_owned();
        }
        group.arn = self.arn(account, "group", &group.path, &group.name);
        records::save(tx.as_mut(), records::IDS, &group.id, &group.arn)?;
        let old_key = key(account, name);
        let new_key = key(account, &group.name);
        if old_key == new_key {
            store_group(tx.as_mut(), &group)?;
        } else {
            if !records::insert(tx.as_mut(), records::GROUPS, &new_key, &group)? {
                return Err(IamError::EntityAlreadyExists(format!(
                    "Group with name {} already exists.",
                    group.name
                )));
            }
            tx.delete(records::GROUPS, &old_key)?;
            let old_l = name.to_ascii_lowercase();
            let new_l = group.name.to_ascii_lowercase();
            for (k, v) in tx.scan(
                records::MEMBERS,
                &format!("{account}/{old_l}/"),
                None,
                usize::MAX,
            )? {
                let user_l = k.rsplit('/').next().unwrap_or_default().to_owned();
                tx.delete(records::MEMBERS, &k)?;
                tx.put(records::MEMBERS, &format!("{account}/{new_l}/{user_l}"), &v)?;
                tx.delete(records::USER_GROUPS, &format!("{account}/{user_l}/{old_l}"))?;
                tx.put(
                    records::USER_GROUPS,
                    &format!("{account}/{user_l}/{new_l}"),
                    &json_name(&group.name),
                )?;
            }
            for arn in &group.attached {
                let old_k = format!("{arn}|group|{account}/{old_l}");
                if let Some(v) = tx.get(records::ATTACHMENTS, &old_k)? {
                    tx.delete(records::ATTACHMENTS, &old_k)?;
                    tx.put(
                        records::ATTACHMENTS,
                        &format!("{arn}|group|{account}/{new_l}"),
                        &v,
                    )?;
                }
            }
        }
        Ok(tx.commit()?)
    }

    pub fn delete_group(&self, account: &str, name: &str) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let group = load_group(tx.as_mut(), account, name)?;
        let conflict = |m: &str| {
            Err(IamError::DeleteConflict(format!(
                "Cannot delete entity, must {m} first."
            )))
        };
        if !tx
            .scan(
                records::MEMBERS,
                &format!("{account}/{}/", name.to_ascii_lowercase()),
                None,
                1,
            )?
            .is_empty()
        {
            return conflict("remove users from group");
        }
        if !group.inline.is_empty() {
            return conflict("delete policies");
        }
        if !group.attached.is_empty() {
            return conflict("detach all policies");
        }
        tx.delete(records::GROUPS, &key(account, name))?;
        tx.delete(records::IDS, &group.id)?;
        Ok(tx.commit()?)
    }

    pub fn add_user_to_group(
        &self,
        account: &str,
        group: &str,
        user: &str,
    ) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let g = load_group(tx.as_mut(), account, group)?;
        let u = load_user(tx.as_mut(), account, user)?;
        let user_l = u.name.to_ascii_lowercase();
        let group_l = g.name.to_ascii_lowercase();
        let quota = self.quotas().groups_per_user;
        let current = tx.scan(
            records::USER_GROUPS,
            &format!("{account}/{user_l}/"),
            None,
            quota + 1,
        )?;
        let already = current
            .iter()
            .any(|(k, _)| k.ends_with(&format!("/{group_l}")));
        if !already && current.len() >= quota {
            return Err(IamError::LimitExceeded(format!(
                "Cannot exceed quota for GroupsPerUser: {quota}"
            )));
        }
        tx.put(
            records::MEMBERS,
            &format!("{account}/{group_l}/{user_l}"),
            &json_name(&u.name),
        )?;
        tx.put(
            records::USER_GROUPS,
            &format!("{account}/{user_l}/{group_l}"),
            &json_name(&g.name),
        )?;
        Ok(tx.commit()?)
    }

    pub fn remove_user_from_group(
        &self,
        account: &str,
        group: &str,
        user: &str,
    ) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let g = load_group(tx.as_mut(), account, group)?;
        let u = load_user(tx.as_mut(), account, user)?;
        let user_l = u.name.to_ascii_lowercase();
        let group_l = g.name.to_ascii_lowercase();
        if !tx.delete(records::MEMBERS, &format!("{account}/{group_l}/{user_l}"))? {
            return Err(IamError::NoSuchEntity(format!(
                "The user with name {} cannot be found.",
                u.name
            )));
        }
        tx.delete(
            records::USER_GROUPS,
            &format!("{account}/{user_l}/{group_l}"),
        )?;
        Ok(tx.commit()?)
    }
}

/// Membership records hold the other side's name as a JSON string.
pub(super) fn json_name(name: &str) -> Vec<u8> {
    serde_json::to_vec(name).unwrap_or_default()
}
