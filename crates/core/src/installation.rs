//! One Gatehouse installation: its store, master key and clock, the bootstrap of the
//! management account, and the resolution of access keys into callers.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use serde::{Deserialize, Serialize};

use crate::access_key::{self, AccessKeyRecord, KeyStatus, ResolvedKey};
use crate::account::{self, Account};
use crate::audit::{AuditEvent, AuditPage, AuditQuery};
use crate::caller::{Caller, PrincipalKind};
use crate::clock::{Clock, UnixMillis};
use crate::error::CoreError;
use crate::ids;
use crate::seal::{MasterKey, SecretString};
use crate::store::{Store, StoreError};

const META: &str = "meta";
const INSTALLATION_KEY: &str = "installation";
const CANARY_CONTEXT: &str = "installation/canary";
const CANARY: &[u8] = b"gatehouse master key check";
/// Lowercased account names, so two accounts never share one.
const ACCOUNT_NAMES: &str = "account-names";

/// Settings the domain needs; every quota and window is a value here, not a constant.
#[derive(Debug, Clone)]
pub struct Settings {
    pub partition: String,
    pub region: String,
    /// How long a resolved access key is trusted without a store read.
    pub key_cache_ttl_ms: i64,
    /// How long an unknown access key id is remembered as unknown.
    pub negative_cache_ttl_ms: i64,
    pub key_cache_capacity: usize,
    pub iam: crate::iam::IamQuotas,
    pub sts: crate::sts::StsQuotas,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            partition: "aws".to_owned(),
            region: "us-east-1".to_owned(),
            key_cache_ttl_ms: 30_000,
            negative_cache_ttl_ms: 5_000,
            key_cache_capacity: 100_000,
            iam: crate::iam::IamQuotas::default(),
            sts: crate::sts::StsQuotas::default(),
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct InstallationRecord {
    management_account_id: String,
    created: i64,
    #[serde(with = "hex_bytes")]
    canary: Vec<u8>,
}

/// The root credentials created by the first start; shown once.
#[derive(Debug)]
pub struct RootCredentials {
    pub account_id: String,
    pub access_key_id: String,
    pub secret_access_key: SecretString,
}

#[derive(Debug)]
pub struct Bootstrap {
    pub management_account_id: String,
    /// Present only when this start created the installation.
    pub created: Option<RootCredentials>,
}

type CachedKey = (Option<ResolvedKey>, UnixMillis);

#[derive(Debug)]
pub struct Installation {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    master: MasterKey,
    settings: Settings,
    keys: RwLock<HashMap<String, CachedKey>>,
    session_keys: crate::sts::SessionKeyRing,
    assumable_roles: crate::sts::RoleCache,
}

impl Installation {
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        master: MasterKey,
        settings: Settings,
    ) -> Self {
        Self {
            // Every store call of the domain passes the thread's store barrier.
            store: Arc::new(crate::store::BarredStore(store)),
            clock,
            master,
            settings,
            keys: RwLock::new(HashMap::new()),
            session_keys: crate::sts::SessionKeyRing::default(),
            assumable_roles: crate::sts::RoleCache::default(),
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The master key, for domain modules that seal secrets of their own (MFA seeds).
    pub(crate) fn master_key(&self) -> &MasterKey {
        &self.master
    }

    /// The in-memory key ring that seals and opens session tokens.
    pub fn session_keys(&self) -> &crate::sts::SessionKeyRing {
        &self.session_keys
    }

    pub(crate) fn assumable_roles(&self) -> &crate::sts::RoleCache {
        &self.assumable_roles
    }

    pub(crate) fn session_master(&self) -> &MasterKey {
        &self.master
    }

    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    /// Creates the management account and its root access key on the first start;
    /// on later starts checks that the master key opens this store.
    pub fn bootstrap(&self) -> Result<Bootstrap, CoreError> {
        let mut tx = self.store.begin()?;
        if let Some(raw) = tx.get(META, INSTALLATION_KEY)? {
            let rec: InstallationRecord = decode(&raw, META, INSTALLATION_KEY)?;
            let opened = self.master.open(CANARY_CONTEXT, &rec.canary).map_err(|_| {
                CoreError::InvalidInput(
                    "the master key does not open this data directory's store".to_owned(),
                )
            })?;
            if opened.as_slice() != CANARY {
                return Err(CoreError::Unseal);
            }
            return Ok(Bootstrap {
                management_account_id: rec.management_account_id,
                created: None,
            });
        }
        let now = self.clock.now();
        let account = Account {
            id: ids::account_id(),
            name: "management".to_owned(),
            email: "root@gatehouse.invalid".to_owned(),
            created: now.0,
            management: true,
        };
        tx.insert(account::COLLECTION, &account.id, &encode(&account)?)?;
        let (record, secret) = self.new_access_key(&account.id, None, now)?;
        tx.insert(
            access_key::COLLECTION,
            &record.access_key_id,
            &encode(&record)?,
        )?;
        // The root user's keys are listed and counted like a user's.
        tx.put(
            crate::iam::records::USER_KEYS,
            &format!("{}//{}", account.id, record.access_key_id),
            b"{}",
        )?;
        let rec = InstallationRecord {
            management_account_id: account.id.clone(),
            created: now.0,
            canary: self.master.seal(CANARY_CONTEXT, CANARY)?,
        };
        tx.insert(META, INSTALLATION_KEY, &encode(&rec)?)?;
        tx.commit()?;
        Ok(Bootstrap {
            management_account_id: account.id.clone(),
            created: Some(RootCredentials {
                account_id: account.id,
                access_key_id: record.access_key_id,
                secret_access_key: secret,
            }),
        })
    }

    /// Creates another account named `name` (unique, ignoring case) with its root access
    /// key, for cross-account work.
    pub fn create_account(&self, name: &str) -> Result<RootCredentials, CoreError> {
        let name = name.trim();
        if name.is_empty()
            || name.len() > 50
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(CoreError::InvalidInput(
                "an account name is 1 to 50 letters, digits, `-` or `_`".to_owned(),
            ));
        }
        let now = self.clock.now();
        let mut tx = self.store.begin()?;
        tx.insert(ACCOUNT_NAMES, &name.to_ascii_lowercase(), b"")
            .map_err(|e| match e {
                StoreError::Conflict => {
                    CoreError::InvalidInput(format!("an account named `{name}` exists"))
                }
                other => CoreError::Store(other),
            })?;
        let mut account = Account {
            id: ids::account_id(),
            name: name.to_owned(),
            email: format!("{}@gatehouse.invalid", name.to_ascii_lowercase()),
            created: now.0,
            management: false,
        };
        // Twelve random digits rarely collide; a few draws make it certain enough.
        let mut placed = false;
        for _ in 0..8 {
            match tx.insert(account::COLLECTION, &account.id, &encode(&account)?) {
                Ok(()) => {
                    placed = true;
                    break;
                }
                Err(StoreError::Conflict) => account.id = ids::account_id(),
                Err(e) => return Err(e.into()),
            }
        }
        if !placed {
            return Err(CoreError::Store(StoreError::Conflict));
        }
        let (record, secret) = self.new_access_key(&account.id, None, now)?;
        tx.insert(
            access_key::COLLECTION,
            &record.access_key_id,
            &encode(&record)?,
        )?;
        // The root user's keys are listed and counted like a user's.
        tx.put(
            crate::iam::records::USER_KEYS,
            &format!("{}//{}", account.id, record.access_key_id),
            b"{}",
        )?;
        tx.commit()?;
        Ok(RootCredentials {
            account_id: account.id,
            access_key_id: record.access_key_id,
            secret_access_key: secret,
        })
    }

    /// A new active key with a fresh secret, not yet stored; `user` is `(name, id, path)`.
    pub fn mint_access_key(
        &self,
        account_id: &str,
        user: Option<(&str, &str, &str)>,
    ) -> Result<(AccessKeyRecord, SecretString), CoreError> {
        self.new_access_key(account_id, user, self.clock.now())
    }

    fn new_access_key(
        &self,
        account_id: &str,
        user: Option<(&str, &str, &str)>,
        now: UnixMillis,
    ) -> Result<(AccessKeyRecord, SecretString), CoreError> {
        let access_key_id = ids::access_key_id("AKIA");
        let secret = SecretString::new(ids::secret_access_key());
        let sealed_secret = self.master.seal(
            &access_key::seal_context(&access_key_id),
            secret.expose().as_bytes(),
        )?;
        let record = AccessKeyRecord {
            access_key_id,
            account_id: account_id.to_owned(),
            user_name: user.map(|u| u.0.to_owned()),
            user_id: user.map(|u| u.1.to_owned()),
            user_path: user.map(|u| u.2.to_owned()),
            status: KeyStatus::Active,
            created: now.0,
            sealed_secret,
        };
        Ok((record, secret))
    }

    /// Looks an access key up, through a short-lived cache; `None` when unknown.
    pub fn access_key(&self, access_key_id: &str) -> Result<Option<ResolvedKey>, CoreError> {
        let now = self.clock.now();
        if let Ok(cache) = self.keys.read()
            && let Some((hit, expires)) = cache.get(access_key_id)
            && *expires > now
        {
            return Ok(hit.clone());
        }
        let resolved = self.load_access_key(access_key_id)?;
        let ttl = if resolved.is_some() {
            self.settings.key_cache_ttl_ms
        } else {
            self.settings.negative_cache_ttl_ms
        };
        if let Ok(mut cache) = self.keys.write() {
            if cache.len() >= self.settings.key_cache_capacity {
                cache.retain(|_, (_, exp)| *exp > now);
                if cache.len() >= self.settings.key_cache_capacity {
                    cache.clear();
                }
            }
            cache.insert(
                access_key_id.to_owned(),
                (resolved.clone(), UnixMillis(now.0 + ttl)),
            );
        }
        Ok(resolved)
    }

    /// Whether the key is in this node's cache and still fresh: resolving it then needs
    /// no store read.
    pub fn access_key_is_cached(&self, access_key_id: &str) -> bool {
        let now = self.clock.now();
        self.keys
            .read()
            .map(|cache| {
                cache
                    .get(access_key_id)
                    .is_some_and(|(_, expires)| *expires > now)
            })
            .unwrap_or(false)
    }

    /// Forgets a cached key at once (after an update or delete on this node).
    pub fn forget_access_key(&self, access_key_id: &str) {
        if let Ok(mut cache) = self.keys.write() {
            cache.remove(access_key_id);
        }
    }

    /// Drops what this node caches of `collection` after any node changed it (`*`: all).
    pub fn store_changed(&self, collection: &str) {
        if collection == "*"
            || collection == access_key::COLLECTION
            || collection.starts_with("iam-")
        {
            self.forget_all_access_keys();
        }
        if collection == "*" || collection == crate::iam::records::ROLES {
            self.assumable_roles.clear();
        }
        if collection == "*" || collection == crate::sts::KEY_RING_COLLECTION {
            self.session_keys.mark_stale();
        }
    }

    /// Forgets every cached key (after a change that alters what keys resolve to).
    pub fn forget_all_access_keys(&self) {
        if let Ok(mut cache) = self.keys.write() {
            cache.clear();
        }
    }

    fn load_access_key(&self, access_key_id: &str) -> Result<Option<ResolvedKey>, CoreError> {
        // Only well-formed ids reach the store.
        if access_key_id.len() > 128 || !access_key_id.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Ok(None);
        }
        let mut tx = self.store.read()?;
        let Some(raw) = tx.get(access_key::COLLECTION, access_key_id)? else {
            return Ok(None);
        };
        let record: AccessKeyRecord = decode(&raw, access_key::COLLECTION, access_key_id)?;
        let secret = self.master.open(
            &access_key::seal_context(access_key_id),
            &record.sealed_secret,
        )?;
        let secret = String::from_utf8(secret.to_vec()).map_err(|_| CoreError::Unseal)?;
        Ok(Some(ResolvedKey {
            record,
            secret: SecretString::new(secret),
        }))
    }

    /// The principal an active key speaks for.
    pub fn caller_for(&self, key: &ResolvedKey) -> Caller {
        let r = &key.record;
        let partition = &self.settings.partition;
        match (&r.user_name, &r.user_id) {
            (Some(name), Some(id)) => {
                let path = r.user_path.clone().unwrap_or_else(|| "/".to_owned());
                Caller {
                    account_id: r.account_id.clone(),
                    arn: format!("arn:{partition}:iam::{}:user{path}{name}", r.account_id),
                    user_id: id.clone(),
                    kind: PrincipalKind::User {
                        name: name.clone(),
                        path,
                    },
                    access_key_id: r.access_key_id.clone(),
                    session: None,
                }
            }
            _ => Caller {
                account_id: r.account_id.clone(),
                arn: format!("arn:{partition}:iam::{}:root", r.account_id),
                user_id: r.account_id.clone(),
                kind: PrincipalKind::Root,
                access_key_id: r.access_key_id.clone(),
                session: None,
            },
        }
    }

    pub fn account(&self, account_id: &str) -> Result<Option<Account>, CoreError> {
        let mut tx = self.store.read()?;
        tx.get(account::COLLECTION, account_id)?
            .map(|raw| decode(&raw, account::COLLECTION, account_id))
            .transpose()
    }

    pub fn record_audit(&self, events: &[AuditEvent]) -> Result<(), CoreError> {
        Ok(self.store.append_audit(events)?)
    }

    pub fn lookup_audit(&self, query: &AuditQuery) -> Result<AuditPage, CoreError> {
        Ok(self.store.lookup_audit(query)?)
    }
}

fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, CoreError> {
    serde_json::to_vec(value).map_err(|e| CoreError::Store(StoreError::Backend(e.to_string())))
}

fn decode<T: for<'de> Deserialize<'de>>(
    raw: &[u8],
    kind: &'static str,
    key: &str,
) -> Result<T, CoreError> {
    serde_json::from_slice(raw).map_err(|_| CoreError::CorruptRecord {
        kind,
        key: key.to_owned(),
    })
}

mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::ids::hex_lower(v))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        if text.len() % 2 != 0 {
            return Err(serde::de::Error::custom("odd hex length"));
        }
        (0..text.len())
            .step_by(2)
            .map(|i| {
                text.get(i..i + 2)
                    .and_then(|p| u8::from_str_radix(p, 16).ok())
                    .ok_or_else(|| serde::de::Error::custom("bad hex"))
            })
            .collect()
    }
}
