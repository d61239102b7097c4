//! IAM users.

use super::Iam;
use super::records::{self, Tag, User, key};
use super::{
    IamError, Page, PageRequest, check_path, check_tags, merge_tags, remove_tags, scan_page,
};
use crate::store::Tx;

pub(super) fn no_such_user(name: &str) -> IamError {
    IamError::NoSuchEntity(format!("The user with name {name} cannot be found."))
}

pub(super) fn load_user(tx: &mut dyn Tx, account: &str, name: &str) -> Result<User, IamError> {
    records::load(tx, records::USERS, &key(account, name))?.ok_or_else(|| no_such_user(name))
}

pub(super) fn store_user(tx: &mut dyn Tx, user: &User) -> Result<(), IamError> {
    records::save(tx, records::USERS, &key(&user.account_id, &user.name), user)
}

impl Iam<'_> {
    pub fn create_user(
        &self,
        account: &str,
        name: &str,
        path: Option<&str>,
        boundary: Option<&str>,
        tags: Vec<Tag>,
    ) -> Result<User, IamError> {
        let path = path.unwrap_or("/");
        check_path(path)?;
        check_tags(&tags, self.quotas().tags_per_entity)?;
        let mut tx = self.inst.store().begin()?;
        let existing = tx.scan(
            records::USERS,
            &format!("{account}/"),
            None,
            self.quotas().users_per_account + 1,
        )?;
        if existing.len() >= self.quotas().users_per_account {
            return Err(IamError::LimitExceeded(format!(
                "Cannot exceed quota for UsersPerAccount: {}",
                self.quotas().users_per_account
            )));
        }
        let arn = self.arn(account, "user", path, name);
        let id = self.new_id(tx.as_mut(), "AIDA", &arn)?;
        if let Some(b) = boundary {
            self.use_boundary(tx.as_mut(), b, 1)?;
        }
        let user = User {
            account_id: account.to_owned(),
            name: name.to_owned(),
            id,
            path: path.to_owned(),
            arn,
            created: self.now(),
            permissions_boundary: boundary.map(str::to_owned),
            tags,
            inline: Default::default(),
            attached: Vec::new(),
            password_last_used: None,
        };
        if !records::insert(tx.as_mut(), records::USERS, &key(account, name), &user)? {
            return Err(IamError::EntityAlreadyExists(format!(
                "User with name {name} already exists."
            )));
        }
        tx.commit()?;
        Ok(user)
    }

    pub fn get_user(&self, account: &str, name: &str) -> Result<User, IamError> {
        let mut tx = self.inst.store().read()?;
        load_user(tx.as_mut(), account, name)
    }

    pub fn list_users(
        &self,
        account: &str,
        path_prefix: Option<&str>,
        page: &PageRequest,
    ) -> Result<Page<User>, IamError> {
        let mut tx = self.inst.store().read()?;
        let prefix = path_prefix.unwrap_or("/");
        scan_page(
            tx.as_mut(),
            records::USERS,
            &format!("{account}/"),
            page,
            |u: &User| u.path.starts_with(prefix),
        )
    }

    pub fn update_user(
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
        let mut user = load_user(tx.as_mut(), account, name)?;
        if let Some(p) = new_path {
            user.path = p.to_owned();
        }
        let renamed = new_name.is_some_and(|n| n != user.name);
        if let Some(n) = new_name {
            user.name = n.to_owned();
        }
        let new_arn = self.arn(account, "user", &user.path, &user.name);
        records::save(tx.as_mut(), records::IDS, &user.id, &new_arn)?;
        user.arn = new_arn;
        if renamed || !user.name.eq_ignore_ascii_case(name) {
            let old_key = key(account, name);
            let new_key = key(account, &user.name);
            if old_key != new_key {
                if !records::insert(tx.as_mut(), records::USERS, &new_key, &user)? {
                    return Err(IamError::EntityAlreadyExists(format!(
                        "User with name {} already exists.",
                        user.name
                    )));
                }
                tx.delete(records::USERS, &old_key)?;
                self.move_user_references(tx.as_mut(), account, name, &user.name)?;
            } else {
                store_user(tx.as_mut(), &user)?;
            }
        } else {
            store_user(tx.as_mut(), &user)?;
        }
        let user_l = user.name.to_ascii_lowercase();
        for (k, _) in tx.scan(
            records::USER_KEYS,
            &format!("{account}/{user_l}/"),
            None,
            usize::MAX,
        )? {
            let key_id = k.rsplit('/').next().unwrap_or_default().to_owned();
            self.rename_key_owner(tx.as_mut(), &key_id, &user.name, &user.path)?;
        }
        tx.commit()?;
        self.inst.forget_all_access_keys();
        Ok(())
    }

    /// Re-keys memberships, key ownership and attachments after a rename.
    fn move_user_references(
        &self,
        tx: &mut dyn Tx,
        account: &str,
        old: &str,
        new: &str,
    ) -> Result<(), IamError> {
        let old_l = old.to_ascii_lowercase();
        let new_l = new.to_ascii_lowercase();
        for (k, v) in tx.scan(
            records::USER_GROUPS,
            &format!("{account}/{old_l}/"),
            None,
            usize::MAX,
        )? {
            let group = k.rsplit('/').next().unwrap_or_default().to_owned();
            tx.delete(records::USER_GROUPS, &k)?;
            tx.put(
                records::USER_GROUPS,
                &format!("{account}/{new_l}/{group}"),
                &v,
            )?;
            tx.delete(records::MEMBERS, &format!("{account}/{group}/{old_l}"))?;
            tx.put(
                records::MEMBERS,
                &format!("{account}/{group}/{new_l}"),
                &super::groups::json_name(new),
            )?;
        }
        for (k, v) in tx.scan(
            records::USER_KEYS,
            &format!("{account}/{old_l}/"),
            None,
            usize::MAX,
        )? {
            let key_id = k.rsplit('/').next().unwrap_or_default().to_owned();
            tx.delete(records::USER_KEYS, &k)?;
            tx.put(
                records::USER_KEYS,
                &format!("{account}/{new_l}/{key_id}"),
                &v,
            )?;
        }
        for profile in [records::LOGIN_PROFILES] {
            if let Some(v) = tx.get(profile, &format!("{account}/{old_l}"))? {
                tx.delete(profile, &format!("{account}/{old_l}"))?;
                tx.put(profile, &format!("{account}/{new_l}"), &v)?;
            }
        }
        for (k, v) in tx.scan(
            records::USER_MFA,
            &format!("{account}/{old_l}/"),
            None,
            usize::MAX,
        )? {
            let serial = k
                .split_once(&format!("{account}/{old_l}/"))
                .map(|x| x.1.to_owned())
                .unwrap_or_default();
            tx.delete(records::USER_MFA, &k)?;
            tx.put(
                records::USER_MFA,
                &format!("{account}/{new_l}/{serial}"),
                &v,
            )?;
        }
        let user = load_user(tx, account, new)?;
        for arn in &user.attached {
            let old_k = format!("{arn}|user|{account}/{old_l}");
            if let Some(v) = tx.get(records::ATTACHMENTS, &old_k)? {
                tx.delete(records::ATTACHMENTS, &old_k)?;
                tx.put(
                    records::ATTACHMENTS,
                    &format!("{arn}|user|{account}/{new_l}"),
                    &v,
                )?;
            }
        }
        Ok(())
    }

    pub fn delete_user(&self, account: &str, name: &str) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let user = load_user(tx.as_mut(), account, name)?;
        let lname = name.to_ascii_lowercase();
        let conflict = |m: &str| {
            Err(IamError::DeleteConflict(format!(
                "Cannot delete entity, must {m} first."
            )))
        };
        if tx
            .get(records::LOGIN_PROFILES, &format!("{account}/{lname}"))?
            .is_some()
        {
            return conflict("delete login profile");
        }
        if !tx
            .scan(records::USER_KEYS, &format!("{account}/{lname}/"), None, 1)?
            .is_empty()
        {
            return conflict("delete access keys");
        }
        if !tx
            .scan(records::USER_MFA, &format!("{account}/{lname}/"), None, 1)?
            .is_empty()
        {
            return conflict("delete MFA device");
        }
        if !tx
            .scan(
                records::USER_GROUPS,
                &format!("{account}/{lname}/"),
                None,
                1,
            )?
            .is_empty()
        {
            return conflict("remove user from all groups");
        }
        if !user.inline.is_empty() {
            return conflict("delete policies");
        }
        if !user.attached.is_empty() {
            return conflict("detach all policies");
        }
        if let Some(b) = &user.permissions_boundary {
            self.use_boundary(tx.as_mut(), b, -1)?;
        }
        tx.delete(records::USERS, &key(account, name))?;
        tx.delete(records::IDS, &user.id)?;
        tx.commit()?;
        Ok(())
    }

    pub fn tag_user(&self, account: &str, name: &str, tags: &[Tag]) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let mut user = load_user(tx.as_mut(), account, name)?;
        merge_tags(&mut user.tags, tags, self.quotas().tags_per_entity)?;
        store_user(tx.as_mut(), &user)?;
        Ok(tx.commit()?)
    }

    pub fn untag_user(&self, account: &str, name: &str, keys: &[String]) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let mut user = load_user(tx.as_mut(), account, name)?;
        remove_tags(&mut user.tags, keys);
        store_user(tx.as_mut(), &user)?;
        Ok(tx.commit()?)
    }

    pub fn set_user_permissions_boundary(
        &self,
        account: &str,
        name: &str,
        boundary: Option<&str>,
    ) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let mut user = load_user(tx.as_mut(), account, name)?;
        if let Some(old) = user.permissions_boundary.take() {
            self.use_boundary(tx.as_mut(), &old, -1)?;
        }
        if let Some(b) = boundary {
            self.use_boundary(tx.as_mut(), b, 1)?;
        }
        user.permissions_boundary = boundary.map(str::to_owned);
        store_user(tx.as_mut(), &user)?;
        Ok(tx.commit()?)
    }
}
