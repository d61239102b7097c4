//! Access keys of IAM users and of the account's root user.

use serde::{Deserialize, Serialize};

use super::records;
use super::users::load_user;
use super::{Iam, IamError};
use crate::access_key::{self, AccessKeyRecord, KeyStatus};
use crate::seal::SecretString;
use crate::store::Tx;

/// A key just created: the only time its secret is shown.
#[derive(Debug, Clone)]
pub struct NewAccessKey {
    pub record: AccessKeyRecord,
    pub secret: SecretString,
}

/// `GetAccessKeyLastUsed`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessKeyLastUsed {
    pub date: i64,
    pub service: String,
    pub region: String,
}

pub(super) const LAST_USED: &str = "iam-key-last-used";

fn no_such_key(id: &str) -> IamError {
    IamError::NoSuchEntity(format!("The Access Key with id {id} cannot be found."))
}

/// The keys owned by `user` (None: the root user).
fn owned_keys(
    tx: &mut dyn Tx,
    account: &str,
    user: Option<&str>,
) -> Result<Vec<AccessKeyRecord>, IamError> {
    let ids: Vec<String> = match user {
        Some(u) => tx
            .scan(
                records::USER_KEYS,
                &format!("{account}/{}/", u.to_ascii_lowercase()),
                None,
                usize::MAX,
            )?
            .into_iter()
            .filter_map(|(k, _)| k.rsplit('/').next().map(str::to_owned))
            .collect(),
        None => tx
            .scan(
                records::USER_KEYS,
                &format!("{account}//"),
                None,
                usize::MAX,
            )?
            .into_iter()
            .filter_map(|(k, _)| k.rsplit('/').next().map(str::to_owned))
            .collect(),
    };
    let mut out = Vec::new();
    for id in ids {
        if let Some(r) = records::load::<AccessKeyRecord>(tx, access_key::COLLECTION, &id)? {
            out.push(r);
        }
    }
    out.sort_by_key(|r| r.created);
    Ok(out)
}

fn index_key(account: &str, user: Option<&str>, id: &str) -> String {
    format!(
        "{account}/{}/{id}",
        user.map(str::to_ascii_lowercase).unwrap_or_default()
    )
}

impl Iam<'_> {
    /// Creates a key for `user`, or for the root user when `None`.
    pub fn create_access_key(
        &self,
        account: &str,
        user: Option<&str>,
    ) -> Result<NewAccessKey, IamError> {
        let mut tx = self.inst.store().begin()?;
        let owner = match user {
            Some(name) => Some(load_user(tx.as_mut(), account, name)?),
            None => None,
        };
        let name = owner.as_ref().map(|u| u.name.as_str());
        let quota = self.quotas().access_keys_per_user;
        if owned_keys(tx.as_mut(), account, name)?.len() >= quota {
            return Err(IamError::LimitExceeded(format!(
                "Cannot exceed quota for AccessKeysPerUser: {quota}"
            )));
        }
        let (record, secret) = self.inst.mint_access_key(
            account,
            owner
                .as_ref()
                .map(|u| (u.name.as_str(), u.id.as_str(), u.path.as_str())),
        )?;
        if !records::insert(
            tx.as_mut(),
            access_key::COLLECTION,
            &record.access_key_id,
            &record,
        )? {
            return Err(IamError::Internal("access key id collision".to_owned()));
        }
        tx.put(
            records::USER_KEYS,
            &index_key(account, name, &record.access_key_id),
            b"{}",
        )?;
        tx.commit()?;
        Ok(NewAccessKey { record, secret })
    }

    pub fn list_access_keys(
        &self,
        account: &str,
        user: Option<&str>,
    ) -> Result<Vec<AccessKeyRecord>, IamError> {
        let mut tx = self.inst.store().read()?;
        if let Some(u) = user {
            load_user(tx.as_mut(), account, u)?;
        }
        owned_keys(tx.as_mut(), account, user)
    }

    fn owned_key(
        tx: &mut dyn Tx,
        account: &str,
        user: Option<&str>,
        id: &str,
    ) -> Result<AccessKeyRecord, IamError> {
        let r: AccessKeyRecord =
            records::load(tx, access_key::COLLECTION, id)?.ok_or_else(|| no_such_key(id))?;
        let same_owner = r.account_id == account
            && match (user, &r.user_name) {
                (Some(u), Some(n)) => u.eq_ignore_ascii_case(n),
                (None, None) => true,
                _ => false,
            };
        if same_owner {
            Ok(r)
        } else {
            Err(no_such_key(id))
        }
    }

    pub fn update_access_key(
        &self,
        account: &str,
        user: Option<&str>,
        id: &str,
        status: KeyStatus,
    ) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        if let Some(u) = user {
            load_user(tx.as_mut(), account, u)?;
        }
        let mut r = Self::owned_key(tx.as_mut(), account, user, id)?;
        r.status = status;
        records::save(tx.as_mut(), access_key::COLLECTION, id, &r)?;
        tx.commit()?;
        self.inst.forget_access_key(id);
        Ok(())
    }

    pub fn delete_access_key(
        &self,
        account: &str,
        user: Option<&str>,
        id: &str,
    ) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        if let Some(u) = user {
            load_user(tx.as_mut(), account, u)?;
        }
        let r = Self::owned_key(tx.as_mut(), account, user, id)?;
        tx.delete(access_key::COLLECTION, id)?;
        tx.delete(
            records::USER_KEYS,
            &index_key(account, r.user_name.as_deref(), id),
        )?;
        tx.delete(LAST_USED, id)?;
        tx.commit()?;
        self.inst.forget_access_key(id);
        Ok(())
    }

    /// The key's owner (`None` = root) and when it was last used.
    pub fn access_key_last_used(
        &self,
        id: &str,
    ) -> Result<(AccessKeyRecord, Option<AccessKeyLastUsed>), IamError> {
        let mut tx = self.inst.store().read()?;
        let r: AccessKeyRecord = records::load(tx.as_mut(), access_key::COLLECTION, id)?
            .ok_or_else(|| {
                IamError::NoSuchEntity(format!("The Access Key with id {id} cannot be found."))
            })?;
        let used = records::load(tx.as_mut(), LAST_USED, id)?;
        Ok((r, used))
    }

    /// Records a key's use; at most once a minute per key, so it costs little.
    pub fn note_access_key_used(
        &self,
        id: &str,
        service: &str,
        region: &str,
    ) -> Result<(), IamError> {
        let now = self.now();
        {
            let mut tx = self.inst.store().read()?;
            if let Some(prev) = records::load::<AccessKeyLastUsed>(tx.as_mut(), LAST_USED, id)?
                && now - prev.date < 60_000
            {
                return Ok(());
            }
        }
        let mut tx = self.inst.store().begin()?;
        records::save(
            tx.as_mut(),
            LAST_USED,
            id,
            &AccessKeyLastUsed {
                date: now,
                service: service.to_owned(),
                region: region.to_owned(),
            },
        )?;
        Ok(tx.commit()?)
    }

    pub(super) fn rename_key_owner(
        &self,
        tx: &mut dyn Tx,
        id: &str,
        new_name: &str,
        new_path: &str,
    ) -> Result<(), IamError> {
        if let Some(mut r) = records::load::<AccessKeyRecord>(tx, access_key::COLLECTION, id)? {
            r.user_name = Some(new_name.to_owned());
            r.user_path = Some(new_path.to_owned());
            records::save(tx, access_key::COLLECTION, id, &r)?;
        }
        Ok(())
    }
}
