//! Session tokens: sealing a credential and opening it, as AssumeRole and every request
//! signed with temporary credentials do. `cargo bench -p gatehouse-core --bench session_token`

#![expect(clippy::unwrap_used, reason = "a bench fails loudly")]

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use gatehouse_core::audit::{AuditEvent, AuditPage, AuditQuery};
use gatehouse_core::caller::{Caller, PrincipalKind};
use gatehouse_core::store::{Store, StoreError, Tx};
use gatehouse_core::sts::SessionClaims;
use gatehouse_core::{Installation, MasterKey, Settings, SystemClock};

fn main() {
    divan::main();
}

type Data = BTreeMap<(String, String), Vec<u8>>;

#[derive(Debug, Default)]
struct MemoryStore(Arc<Mutex<Data>>);

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

fn installation(opened_token_cache: usize) -> Installation {
    let mut settings = Settings::default();
    settings.sts.opened_token_cache = opened_token_cache;
    let inst = Installation::new(
        Arc::new(MemoryStore::default()),
        Arc::new(SystemClock),
        MasterKey::generate(),
        settings,
    );
    inst.bootstrap().unwrap();
    inst
}

/// A GetSessionToken credential, and one as large as a typical role session: a session
/// policy of a few statements and five tags.
fn claims(inst: &Installation, large: bool) -> SessionClaims {
    let acct = inst.bootstrap().unwrap().management_account_id;
    let user = Caller {
        account_id: acct.clone(),
        arn: format!("arn:aws:iam::{acct}:user/alice"),
        user_id: "AIDAEXAMPLEEXAMPLE123".to_owned(),
        kind: PrincipalKind::User {
            name: "alice".to_owned(),
            path: "/".to_owned(),
        },
        access_key_id: "AKIAEXAMPLE".to_owned(),
        session: None,
    };
    let mut c = inst.sts().session_token(&user, None, false).unwrap();
    if large {
        c.policies.push(
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::bucket","arn:aws:s3:::bucket/*"]},{"Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"},{"Effect":"Allow","Action":"iam:Get*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"blue"}}}]}"#
                .to_owned(),
        );
        c.tags = (0..5)
            .map(|i| (format!("tag-key-{i}"), format!("a tag value {i}")))
            .collect();
    }
    c
}

#[divan::bench(args = [false, true])]
fn seal(bencher: divan::Bencher, large: bool) {
    let inst = installation(0);
    let c = claims(&inst, large);
    bencher.bench(|| inst.sts().issue(divan::black_box(&c)).unwrap());
}

/// Decrypting and decoding: the first request with a token on a node.
#[divan::bench(args = [false, true])]
fn open_first_time(bencher: divan::Bencher, large: bool) {
    let inst = installation(0);
    let issued = inst.sts().issue(&claims(&inst, large)).unwrap();
    bencher.bench(|| {
        inst.sts()
            .open_session(
                &issued.access_key_id,
                divan::black_box(&issued.session_token),
            )
            .unwrap()
    });
}

/// Every later request with the same token on the same node.
#[divan::bench(args = [false, true])]
fn open_again(bencher: divan::Bencher, large: bool) {
    let inst = installation(100_000);
    let issued = inst.sts().issue(&claims(&inst, large)).unwrap();
    bencher.bench(|| {
        inst.sts()
            .open_session(
                &issued.access_key_id,
                divan::black_box(&issued.session_token),
            )
            .unwrap()
    });
}

#[divan::bench]
fn open_tampered(bencher: divan::Bencher) {
    let inst = installation(0);
    let issued = inst.sts().issue(&claims(&inst, true)).unwrap();
    let mut t = issued.session_token.into_bytes();
    let mid = t.len() / 2;
    t[mid] = if t[mid] == b'A' { b'B' } else { b'A' };
    let t = String::from_utf8(t).unwrap();
    bencher.bench(|| {
        inst.sts()
            .open_session(&issued.access_key_id, divan::black_box(&t))
            .is_err()
    });
}
