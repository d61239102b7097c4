//! Passwords, MFA, providers, the account and the simulator against an in-memory store
//! and a pinned clock.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use crate::audit::{AuditEvent, AuditPage, AuditQuery};
use crate::clock::{FixedClock, UnixMillis};
use crate::iam::mfa::{Assignment, totp_code};
use crate::iam::{IamError, PageRequest};
use crate::installation::{Installation, Settings};
use crate::seal::MasterKey;
use crate::store::{Store, StoreError, Tx};

type Data = BTreeMap<(String, String), Vec<u8>>;

#[derive(Debug, Default)]
struct MemoryStore(Mutex<Data>);

struct MemoryTx<'a> {
    store: &'a MemoryStore,
    work: Data,
}

impl Tx for MemoryTx<'_> {
    fn get(&mut self, c: &str, k: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.work.get(&(c.to_owned(), k.to_owned())).cloned())
    }
    fn insert(&mut self, c: &str, k: &str, v: &[u8]) -> Result<(), StoreError> {
        let key = (c.to_owned(), k.to_owned());
        if self.work.contains_key(&key) {
            return Err(StoreError::Conflict);
        }
        self.work.insert(key, v.to_vec());
        Ok(())
    }
    fn put(&mut self, c: &str, k: &str, v: &[u8]) -> Result<(), StoreError> {
        self.work.insert((c.to_owned(), k.to_owned()), v.to_vec());
        Ok(())
    }
    fn delete(&mut self, c: &str, k: &str) -> Result<bool, StoreError> {
        Ok(self.work.remove(&(c.to_owned(), k.to_owned())).is_some())
    }
    fn scan(
        &mut self,
        c: &str,
        prefix: &str,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        Ok(self
            .work
            .iter()
            .filter(|((cc, k), _)| {
                cc == c && k.starts_with(prefix) && after.is_none_or(|a| k.as_str() > a)
            })
            .take(limit)
            .map(|((_, k), v)| (k.clone(), v.clone()))
            .collect())
    }
    fn commit(self: Box<Self>) -> Result<(), StoreError> {
        *self.store.0.lock().unwrap() = self.work;
        Ok(())
    }
}

impl Store for MemoryStore {
    fn begin(&self) -> Result<Box<dyn Tx + '_>, StoreError> {
        let work = self.0.lock().unwrap().clone();
        Ok(Box::new(MemoryTx { store: self, work }))
    }
    fn read(&self) -> Result<Box<dyn Tx + '_>, StoreError> {
        self.begin()
    }
    fn append_audit(&self, _: &[AuditEvent]) -> Result<(), StoreError> {
        Ok(())
    }
    fn lookup_audit(&self, _: &AuditQuery) -> Result<AuditPage, StoreError> {
        Err(StoreError::Backend("unused".to_owned()))
    }
}

const T0: i64 = 1_800_000_000_000;

fn installation() -> (Installation, Arc<FixedClock>) {
    let clock = Arc::new(FixedClock::new(UnixMillis(T0)));
    let mut settings = Settings::default();
    // Few rounds keep the tests quick; the format records the count per hash.
    settings.iam.password_hash_iterations = 1_000;
    let inst = Installation::new(
        Arc::new(MemoryStore::default()),
        clock.clone(),
        MasterKey::generate(),
        settings,
    );
    (inst, clock)
}

const ACCT: &str = "111122223333";

/// Creates a user with an enabled virtual device; returns (serial, seed).
fn user_with_mfa(inst: &Installation, user: &str) -> (String, Vec<u8>) {
    let iam = inst.iam();
    iam.create_user(ACCT, user, None, None, Vec::new()).unwrap();
    let d = iam
        .create_virtual_mfa_device(ACCT, None, user, Vec::new())
        .unwrap();
    let seed = decode_base32(d.base32_seed.expose());
    let step = T0 / 30_000;
    iam.enable_mfa_device(
        ACCT,
        user,
        &d.device.serial,
        &totp_code(&seed, step - 1).unwrap(),
        &totp_code(&seed, step).unwrap(),
    )
    .unwrap();
    (d.device.serial, seed)
}

fn decode_base32(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut buf, mut bits) = (0u32, 0);
    for c in s.bytes() {
        let v = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
            .iter()
            .position(|x| *x == c)
            .unwrap() as u32;
        buf = (buf << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
        }
    }
    out
}

#[test]
fn verify_totp_accepts_each_fresh_code_once() {
    let (inst, clock) = installation();
    let (serial, seed) = user_with_mfa(&inst, "alice");
    let iam = inst.iam();
    // Enabling consumed the current step: its code cannot be replayed.
    let now = UnixMillis(T0);
    let step = T0 / 30_000;
    let current = totp_code(&seed, step).unwrap();
    assert!(matches!(
        iam.verify_totp(ACCT, "alice", &serial, &current, now),
        Err(IamError::InvalidAuthenticationCode(_))
    ));
    clock.advance(30_000);
    let now = UnixMillis(T0 + 30_000);
    let next = totp_code(&seed, step + 1).unwrap();
    iam.verify_totp(ACCT, "alice", &serial, &next, now).unwrap();
    assert!(
        iam.verify_totp(ACCT, "alice", &serial, &next, now).is_err(),
        "replayed"
    );
    // One step of drift is tolerated ahead; two are not.
    let ahead = totp_code(&seed, step + 2).unwrap();
    iam.verify_totp(ACCT, "alice", &serial, &ahead, now)
        .unwrap();
    let far = totp_code(&seed, step + 4).unwrap();
    assert!(iam.verify_totp(ACCT, "alice", &serial, &far, now).is_err());
    assert!(
        iam.verify_totp(ACCT, "alice", &serial, "12345", now)
            .is_err()
    );
}

#[test]
fn verify_totp_needs_the_device_enabled_for_that_user() {
    let (inst, _) = installation();
    let (serial, seed) = user_with_mfa(&inst, "alice");
    let iam = inst.iam();
    iam.create_user(ACCT, "bob", None, None, Vec::new())
        .unwrap();
    let code = totp_code(&seed, T0 / 30_000 + 1).unwrap();
    assert!(matches!(
        iam.verify_totp(ACCT, "bob", &serial, &code, UnixMillis(T0)),
        Err(IamError::NoSuchEntity(_))
    ));
    iam.deactivate_mfa_device(ACCT, "alice", &serial).unwrap();
    assert!(
        iam.verify_totp(ACCT, "alice", &serial, &code, UnixMillis(T0))
            .is_err()
    );
    assert!(!iam.user_has_mfa(ACCT, "alice").unwrap());
    let page = iam
        .list_virtual_mfa_devices(ACCT, Assignment::Unassigned, &PageRequest::default())
        .unwrap();
    assert_eq!(page.items.len(), 1);
}

#[test]
fn wrong_codes_leave_the_device_unassigned() {
    let (inst, _) = installation();
    let iam = inst.iam();
    iam.create_user(ACCT, "carol", None, None, Vec::new())
        .unwrap();
    let d = iam
        .create_virtual_mfa_device(ACCT, None, "carol", Vec::new())
        .unwrap();
    assert!(
        iam.enable_mfa_device(ACCT, "carol", &d.device.serial, "000000", "000001")
            .is_err()
    );
    assert!(!iam.user_has_mfa(ACCT, "carol").unwrap());
    iam.delete_user(ACCT, "carol").unwrap();
}

#[test]
fn mfa_follows_a_renamed_user() {
    let (inst, _) = installation();
    let (serial, _) = user_with_mfa(&inst, "dave");
    let iam = inst.iam();
    iam.update_user(ACCT, "dave", Some("david"), None).unwrap();
    let (name, page) = iam
        .list_mfa_devices(ACCT, "david", &PageRequest::default())
        .unwrap();
    assert_eq!(name, "david");
    assert_eq!(page.items[0].serial, serial);
    let listed = iam
        .list_virtual_mfa_devices(ACCT, Assignment::Assigned, &PageRequest::default())
        .unwrap();
    assert_eq!(listed.items[0].1.as_ref().unwrap().name, "david");
}

#[test]
fn passwords_verify_and_reuse_is_refused() {
    let (inst, _) = installation();
    let iam = inst.iam();
    iam.create_user(ACCT, "erin", None, None, Vec::new())
        .unwrap();
    iam.create_login_profile(ACCT, "erin", "First-pass-1", false)
        .unwrap();
    assert!(iam.verify_password(ACCT, "erin", "First-pass-1").unwrap());
    assert!(!iam.verify_password(ACCT, "erin", "first-pass-1").unwrap());
    assert!(!iam.verify_password(ACCT, "nobody", "First-pass-1").unwrap());
    iam.update_password_policy(
        ACCT,
        &crate::iam::login::PasswordPolicyInput {
            reuse_prevention: Some(2),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(matches!(
        iam.change_password(ACCT, "erin", "Wrong-pass-1", "Second-pass-1"),
        Err(IamError::WrongPassword(_))
    ));
    iam.change_password(ACCT, "erin", "First-pass-1", "Second-pass-1")
        .unwrap();
    assert!(matches!(
        iam.change_password(ACCT, "erin", "Second-pass-1", "First-pass-1"),
        Err(IamError::PasswordPolicyViolation(_))
    ));
    iam.change_password(ACCT, "erin", "Second-pass-1", "Third-pass-1")
        .unwrap();
    iam.change_password(ACCT, "erin", "Third-pass-1", "Fourth-pass-1")
        .unwrap();
    // Two back only: the first password is allowed again.
    iam.change_password(ACCT, "erin", "Fourth-pass-1", "First-pass-1")
        .unwrap();
    let debug = format!("{:?}", iam.get_login_profile(ACCT, "erin").unwrap());
    assert!(!debug.contains("pbkdf2") && !debug.contains("First-pass"));
}

#[test]
fn aliases_are_unique_across_accounts() {
    let (inst, _) = installation();
    let iam = inst.iam();
    iam.create_account_alias(ACCT, "shared-name").unwrap();
    assert!(matches!(
        iam.create_account_alias("444455556666", "shared-name"),
        Err(IamError::EntityAlreadyExists(_))
    ));
    assert_eq!(
        iam.account_for_alias("shared-name").unwrap().as_deref(),
        Some(ACCT)
    );
    iam.delete_account_alias(ACCT, "shared-name").unwrap();
    iam.create_account_alias("444455556666", "shared-name")
        .unwrap();
}

#[test]
fn providers_of_another_account_are_not_found() {
    let (inst, _) = installation();
    let iam = inst.iam();
    let p = iam
        .create_oidc_provider(
            ACCT,
            "https://issuer.example.test",
            vec!["a".into()],
            Vec::new(),
            Vec::new(),
        )
        .unwrap();
    assert!(matches!(
        iam.get_oidc_provider("444455556666", &p.arn),
        Err(IamError::NoSuchEntity(_))
    ));
    assert!(iam.get_oidc_provider(ACCT, &p.arn).is_ok());
}

#[test]
fn simulation_subject_includes_group_policies() {
    let (inst, _) = installation();
    let iam = inst.iam();
    let u = iam
        .create_user(ACCT, "frank", None, None, Vec::new())
        .unwrap();
    iam.create_group(ACCT, "ops", None).unwrap();
    iam.add_user_to_group(ACCT, "ops", "frank").unwrap();
    iam.put_inline_policy(
        crate::iam::EntityKind::Group,
        ACCT,
        "ops",
        "grp",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}]}"#,
    )
    .unwrap();
    let (principal, identity, boundary) = iam.simulation_subject(ACCT, &u.arn).unwrap();
    assert_eq!(principal.arn, u.arn);
    assert!(boundary.is_none());
    assert_eq!(identity.len(), 1);
    assert_eq!(identity[0].id, "grp");
    assert_eq!(identity[0].source, crate::iam::simulate::SourceType::Group);
    assert!(iam.simulation_subject("444455556666", &u.arn).is_err());
}

#[test]
fn password_sign_in_records_use_and_expiry() {
    let (inst, clock) = installation();
    let iam = inst.iam();
    iam.create_user(ACCT, "gina", None, None, Vec::new())
        .unwrap();
    assert_eq!(
        iam.sign_in_with_password(ACCT, "gina", "Any-pass-1")
            .unwrap(),
        None
    );
    iam.create_login_profile(ACCT, "gina", "Gina-pass-1", false)
        .unwrap();
    assert_eq!(
        iam.sign_in_with_password(ACCT, "gina", "Gina-pass-2")
            .unwrap(),
        None
    );
    let ok = iam
        .sign_in_with_password(ACCT, "gina", "Gina-pass-1")
        .unwrap()
        .unwrap();
    assert!(!ok.must_change && !ok.expired);
    assert_eq!(
        iam.get_user(ACCT, "gina").unwrap().password_last_used,
        Some(T0)
    );
    iam.update_password_policy(
        ACCT,
        &crate::iam::login::PasswordPolicyInput {
            max_age_days: Some(30),
            hard_expiry: Some(true),
            ..Default::default()
        },
    )
    .unwrap();
    clock.advance(31 * 86_400_000);
    let late = iam
        .sign_in_with_password(ACCT, "gina", "Gina-pass-1")
        .unwrap()
        .unwrap();
    assert!(late.expired && late.must_change && !late.may_change_after_expiry);
}

#[test]
fn a_roles_use_is_kept_outside_the_iam_collections_and_goes_with_the_role() {
    let store = Arc::new(MemoryStore::default());
    let clock = Arc::new(FixedClock::new(UnixMillis(T0)));
    let inst = Installation::new(
        store.clone(),
        clock.clone(),
        MasterKey::generate(),
        Settings::default(),
    );
    let iam = inst.iam();
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}"#;
    let new = || crate::iam::roles::NewRole {
        name: "worker",
        path: None,
        trust_policy: trust,
        description: None,
        max_session_duration: None,
        permissions_boundary: None,
        tags: Vec::new(),
    };
    iam.create_role(ACCT, new()).unwrap();
    assert_eq!(iam.get_role(ACCT, "worker").unwrap().last_used, None);

    let before = store.0.lock().unwrap().clone();
    iam.touch_role(ACCT, "worker", "eu-west-1").unwrap();
    let after = store.0.lock().unwrap().clone();
    let changed: Vec<&str> = after
        .iter()
        .filter(|(k, v)| before.get(*k) != Some(*v))
        .map(|((c, _), _)| c.as_str())
        .collect();
    // Other nodes drop their IAM caches on any change to an `iam-` collection.
    assert_eq!(changed, ["role-usage"]);
    let used = iam.get_role(ACCT, "worker").unwrap().last_used.unwrap();
    assert_eq!((used.date, used.region.as_str()), (T0, "eu-west-1"));
    assert!(matches!(
        iam.touch_role(ACCT, "ghost", "eu-west-1"),
        Err(IamError::NoSuchEntity(_))
    ));

    iam.delete_role(ACCT, "worker").unwrap();
    iam.create_role(ACCT, new()).unwrap();
    assert_eq!(iam.get_role(ACCT, "worker").unwrap().last_used, None);
}
