//! The outbound issuer against an in-memory store: tokens verify with the published
//! keys, rotation keeps old keys published while their tokens live, and a disabled
//! issuer signs nothing and publishes nothing.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use super::*;
use crate::Settings;
use crate::audit::{AuditEvent, AuditPage, AuditQuery};
use crate::clock::{FixedClock, UnixMillis};
use crate::oidc::{ClaimRules, JwkSet, MAX_TOKEN_BYTES, UnverifiedToken, check_claims};
use crate::seal::MasterKey;
use crate::store::{Store, Tx};

type Data = BTreeMap<(String, String), Vec<u8>>;

#[derive(Debug, Default)]
struct MemoryStore(Mutex<Data>);

struct MemoryTx<'a>(&'a MemoryStore, Data);

impl Tx for MemoryTx<'_> {
    fn get(&mut self, c: &str, k: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.1.get(&(c.to_owned(), k.to_owned())).cloned())
    }
    fn insert(&mut self, c: &str, k: &str, v: &[u8]) -> Result<(), StoreError> {
        self.put(c, k, v)
    }
    fn put(&mut self, c: &str, k: &str, v: &[u8]) -> Result<(), StoreError> {
        self.1.insert((c.to_owned(), k.to_owned()), v.to_vec());
        Ok(())
    }
    fn delete(&mut self, c: &str, k: &str) -> Result<bool, StoreError> {
        Ok(self.1.remove(&(c.to_owned(), k.to_owned())).is_some())
    }
    fn scan(
        &mut self,
        _: &str,
        _: &str,
        _: Option<&str>,
        _: usize,
    ) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        Ok(Vec::new())
    }
    fn commit(self: Box<Self>) -> Result<(), StoreError> {
        *self.0.0.lock().unwrap() = self.1;
        Ok(())
    }
}

impl Store for MemoryStore {
    fn begin(&self) -> Result<Box<dyn Tx + '_>, StoreError> {
        let work = self.0.lock().unwrap().clone();
        Ok(Box::new(MemoryTx(self, work)))
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

const ACCT: &str = "111122223333";
const ISS: &str = "https://gatehouse.test/oidc/111122223333";
const T0: i64 = 1_800_000_000_000;

fn sign(inst: &Installation, aud: &str) -> Result<String, IssuerError> {
    let audiences = [aud.to_owned()];
    inst.outbound_issuer()
        .sign(&TokenRequest {
            account: ACCT,
            issuer: ISS,
            subject: "arn:aws:iam::111122223333:role/Workload",
            audiences: &audiences,
            duration_secs: 300,
            tags: &[("team".to_owned(), "blue".to_owned())],
        })
        .map(|(t, _)| t)
}

/// Whether `token` verifies against the issuer's published keys now.
fn verifies(inst: &Installation, token: &str) -> bool {
    let Some(doc) = inst.outbound_issuer().jwks(ACCT).unwrap() else {
        return false;
    };
    let keys = JwkSet::parse(doc.to_string().as_bytes()).unwrap();
    let parsed = UnverifiedToken::parse(token, MAX_TOKEN_BYTES).unwrap();
    let ids = ["svc".to_owned()];
    let rules = ClaimRules {
        issuer: ISS,
        client_ids: &ids,
        now: inst.clock().now().0 / 1000,
        skew_secs: 0,
    };
    crate::oidc::verify_signature(&parsed, &keys).is_ok() && check_claims(&parsed, &rules).is_ok()
}

#[test]
fn tokens_verify_with_published_keys_across_rotation_and_stop_when_disabled() {
    let clock = Arc::new(FixedClock::new(UnixMillis(T0)));
    let inst = Installation::new(
        Arc::new(MemoryStore::default()),
        clock.clone(),
        MasterKey::generate(),
        Settings::default(),
    );
    let issuer = inst.outbound_issuer();
    assert!(matches!(sign(&inst, "svc"), Err(IssuerError::Disabled)));
    issuer.enable(ACCT).unwrap();
    assert!(matches!(
        issuer.enable(ACCT),
        Err(IssuerError::AlreadyEnabled)
    ));

    let first = sign(&inst, "svc").unwrap();
    assert!(verifies(&inst, &first));
    let claims = UnverifiedToken::parse(&first, MAX_TOKEN_BYTES)
        .unwrap()
        .claims;
    assert_eq!(
        claims["https://aws.amazon.com/tags"]["principal_tags"]["team"],
        serde_json::json!(["blue"])
    );

    issuer.rotate(ACCT).unwrap();
    let second = sign(&inst, "svc").unwrap();
    let kid = |t: &str| {
        UnverifiedToken::parse(t, MAX_TOKEN_BYTES)
            .unwrap()
            .header
            .kid
    };
    assert_ne!(kid(&first), kid(&second));
    assert!(verifies(&inst, &first), "a retired key stays published");
    assert!(verifies(&inst, &second));

    // An hour after its retirement the first key is no longer published.
    clock.advance(MAX_TOKEN_SECS * 1000 + 1);
    let doc = issuer.jwks(ACCT).unwrap().unwrap();
    let keys = JwkSet::parse(doc.to_string().as_bytes()).unwrap();
    assert!(!keys.has_kid(&kid(&first).unwrap()));
    assert!(keys.has_kid(&kid(&second).unwrap()));

    issuer.disable(ACCT).unwrap();
    assert!(matches!(sign(&inst, "svc"), Err(IssuerError::Disabled)));
    assert!(issuer.jwks(ACCT).unwrap().is_none());
    issuer.enable(ACCT).unwrap();
    assert!(
        verifies(&inst, &sign(&inst, "svc").unwrap()),
        "re-enabling keeps the keys"
    );
}
