//! Session tokens and the key ring against an in-memory store and a pinned clock.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use super::*;
use crate::Settings;
use crate::audit::{AuditEvent, AuditPage, AuditQuery};
use crate::clock::{FixedClock, UnixMillis};
use crate::seal::MasterKey;
use crate::store::{Store, StoreError, Tx};

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

const T0: i64 = 1_800_000_000_000;

fn installation(data: &Arc<Mutex<Data>>, master: &str, clock: &Arc<FixedClock>) -> Installation {
    Installation::new(
        Arc::new(MemoryStore(Arc::clone(data))),
        Arc::clone(clock) as Arc<dyn crate::Clock>,
        MasterKey::from_text(master).unwrap(),
        Settings::default(),
    )
}

fn setup() -> (Arc<Mutex<Data>>, String, Arc<FixedClock>, Installation) {
    let data = Arc::new(Mutex::new(Data::new()));
    let master = MasterKey::generate().to_text().to_string();
    let clock = Arc::new(FixedClock::new(UnixMillis(T0)));
    let inst = installation(&data, &master, &clock);
    inst.bootstrap().unwrap();
    (data, master, clock, inst)
}

fn user_caller(inst: &Installation) -> Caller {
    let acct = inst.bootstrap().unwrap().management_account_id;
    Caller {
        account_id: acct.clone(),
        arn: format!("arn:aws:iam::{acct}:user/alice"),
        user_id: "AIDAEXAMPLEEXAMPLE123".to_owned(),
        kind: PrincipalKind::User {
            name: "alice".to_owned(),
            path: "/".to_owned(),
        },
        access_key_id: "AKIAEXAMPLE".to_owned(),
        session: None,
    }
}

#[test]
fn a_token_opens_on_another_node_and_expires() {
    let (data, master, clock, inst) = setup();
    let caller = user_caller(&inst);
    let claims = inst.sts().session_token(&caller, Some(900), false).unwrap();
    let issued = inst.sts().issue(&claims).unwrap();
    assert!(issued.access_key_id.starts_with("ASIA"));
    let other = installation(&data, &master, &clock);
    let opened = other
        .sts()
        .open(&issued.access_key_id, &issued.session_token)
        .unwrap();
    assert_eq!(opened.secret, issued.secret_access_key.expose());
    let c = opened.caller("aws");
    assert_eq!(c.arn, caller.arn);
    assert_eq!(
        account_of_key_id(&issued.access_key_id).unwrap(),
        caller.account_id
    );
    // Another key id cannot borrow the token.
    assert_eq!(
        other
            .sts()
            .open("ASIAOTHEROTHEROTHER1", &issued.session_token),
        Err(TokenError::Invalid)
    );
    clock.advance(900_000);
    assert_eq!(
        other
            .sts()
            .open(&issued.access_key_id, &issued.session_token),
        Err(TokenError::Expired)
    );
}

#[test]
fn tampered_truncated_and_foreign_tokens_are_invalid() {
    let (_, _, _, inst) = setup();
    let claims = inst
        .sts()
        .session_token(&user_caller(&inst), None, false)
        .unwrap();
    let issued = inst.sts().issue(&claims).unwrap();
    let id = &issued.access_key_id;
    let tok = &issued.session_token;
    let mut bytes = tok.clone().into_bytes();
    let mid = bytes.len() / 2;
    bytes[mid] = if bytes[mid] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(bytes).unwrap();
    for bad in [
        tampered.as_str(),
        &tok[..tok.len() - 8],
        "",
        "not base64 at all!",
        "AQAAAAE=",
        &"A".repeat(MAX_TOKEN_CHARS + 4),
    ] {
        assert_eq!(
            inst.sts().open(id, bad),
            Err(TokenError::Invalid),
            "{bad:.20}"
        );
    }
    // A token sealed by another installation's ring.
    let (_, _, _, other) = setup();
    let foreign = other
        .sts()
        .issue(
            &other
                .sts()
                .session_token(&user_caller(&other), None, false)
                .unwrap(),
        )
        .unwrap();
    assert_eq!(
        inst.sts()
            .open(&foreign.access_key_id, &foreign.session_token),
        Err(TokenError::Invalid)
    );
}

#[test]
fn rotation_keeps_old_tokens_and_drops_keys_past_the_longest_session() {
    let (data, master, clock, inst) = setup();
    let caller = user_caller(&inst);
    let old = inst
        .sts()
        .issue(&inst.sts().session_token(&caller, Some(900), false).unwrap())
        .unwrap();
    // A node that loaded the ring before the rotation.
    let stale = installation(&data, &master, &clock);
    stale
        .sts()
        .open(&old.access_key_id, &old.session_token)
        .unwrap();
    let rotated = inst.sts().rotate_keys().unwrap();
    assert_eq!(rotated.new_key, 2);
    let new = inst
        .sts()
        .issue(&inst.sts().session_token(&caller, Some(900), false).unwrap())
        .unwrap();
    assert_ne!(new.session_token[..8], old.session_token[..8]);
    inst.sts()
        .open(&old.access_key_id, &old.session_token)
        .unwrap();
    // The stale node learns the new key on first sight of a token that needs it.
    clock.advance(5_000);
    stale
        .sts()
        .open(&new.access_key_id, &new.session_token)
        .unwrap();
    let q = StsQuotas::default();
    clock.advance(q.longest_session_secs * 1000 + q.key_ring_refresh_ms + 1);
    let again = inst.sts().rotate_keys().unwrap();
    assert_eq!(again.new_key, 3);
    assert_eq!(again.dropped, vec![1]);
    let keys = inst.sts().keys().unwrap();
    assert_eq!(keys.iter().map(|k| k.id).collect::<Vec<_>>(), vec![2, 3]);
}

#[test]
fn session_token_durations_follow_aws() {
    let (_, _, _, inst) = setup();
    let user = user_caller(&inst);
    assert!(inst.sts().session_token(&user, Some(899), false).is_err());
    assert!(
        inst.sts()
            .session_token(&user, Some(129_600), false)
            .is_ok()
    );
    assert!(
        inst.sts()
            .session_token(&user, Some(129_601), false)
            .is_err()
    );
    let mut root = user.clone();
    root.kind = PrincipalKind::Root;
    let e = inst
        .sts()
        .session_token(&root, Some(3_601), false)
        .unwrap_err();
    assert_eq!(e.code().0, "ValidationError");
    let c = inst.sts().session_token(&user, None, false).unwrap();
    assert_eq!(c.expires_ms - c.issued_ms, 43_200_000);
}

#[test]
fn tags_are_checked_and_transitive_tags_are_inherited() {
    let (_, _, _, inst) = setup();
    let tag = |k: &str, v: &str| SessionTag {
        key: k.to_owned(),
        value: v.to_owned(),
    };
    let sts = inst.sts();
    let dup = sts.session_tags(None, &[tag("a", "1"), tag("A", "2")], &[]);
    assert!(matches!(dup, Err(StsError::Validation(m)) if m.contains("case insensitive")));
    let not_tagged = sts.session_tags(None, &[tag("a", "1")], &["b".to_owned()]);
    assert!(not_tagged.is_err());
    assert!(sts.session_tags(None, &[tag("aws:x", "1")], &[]).is_err());
    assert!(
        sts.session_tags(None, &[tag(&"k".repeat(129), "1")], &[])
            .is_err()
    );
    let many: Vec<_> = (0..51).map(|i| tag(&format!("k{i}"), "v")).collect();
    assert!(sts.session_tags(None, &many, &[]).is_err());
    let parent = SessionContext {
        tags: vec![("Project".into(), "x".into()), ("Team".into(), "y".into())],
        transitive_tag_keys: vec!["Project".into()],
        ..SessionContext::default()
    };
    let (tags, keys) = sts
        .session_tags(Some(&parent), &[tag("Team", "z")], &[])
        .unwrap();
    assert_eq!(
        tags,
        vec![("Project".into(), "x".into()), ("Team".into(), "z".into())]
    );
    assert_eq!(keys, vec!["Project".to_owned()]);
    let over = sts.session_tags(Some(&parent), &[tag("project", "evil")], &[]);
    assert!(matches!(over, Err(StsError::AccessDenied(_))));
}

#[test]
fn claims_debug_redacts_the_secret() {
    let (_, _, _, inst) = setup();
    let c = inst
        .sts()
        .session_token(&user_caller(&inst), None, false)
        .unwrap();
    assert!(!format!("{c:?}").contains(&c.secret));
}

#[test]
fn authorization_messages_round_trip_and_are_not_tokens() {
    let (_, _, _, inst) = setup();
    let decision = serde_json::json!({"allowed": false, "context": {"action": "iam:ListUsers"}});
    let msg = inst.sts().encode_authorization_message(&decision).unwrap();
    let text = inst.sts().decode_authorization_message(&msg).unwrap();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&text).unwrap(),
        decision
    );
    let issued = inst
        .sts()
        .issue(
            &inst
                .sts()
                .session_token(&user_caller(&inst), None, false)
                .unwrap(),
        )
        .unwrap();
    assert!(
        inst.sts()
            .decode_authorization_message(&issued.session_token)
            .is_err()
    );
    assert_eq!(
        inst.sts().open(&issued.access_key_id, &msg),
        Err(TokenError::Invalid)
    );
    assert!(inst.sts().decode_authorization_message("bm9wZQ==").is_err());
}

#[test]
fn the_opened_token_cache_never_changes_an_answer() {
    let (_, _, clock, inst) = setup();
    let claims = inst
        .sts()
        .session_token(&user_caller(&inst), Some(900), false)
        .unwrap();
    let issued = inst.sts().issue(&claims).unwrap();
    let id = &issued.access_key_id;
    let first = inst.sts().open_session(id, &issued.session_token).unwrap();
    let again = inst.sts().open_session(id, &issued.session_token).unwrap();
    assert!(Arc::ptr_eq(&first.claims, &again.claims));
    // The same key id with another token is not served from the cache.
    let other = inst.sts().issue(&claims).unwrap();
    assert_ne!(other.session_token, issued.session_token);
    let mut forged = issued.session_token.clone().into_bytes();
    let last = forged.len() - 3;
    forged[last] = if forged[last] == b'A' { b'B' } else { b'A' };
    let forged = String::from_utf8(forged).unwrap();
    assert_eq!(inst.sts().open(id, &forged), Err(TokenError::Invalid));
    clock.advance(900_000);
    assert_eq!(
        inst.sts().open(id, &issued.session_token),
        Err(TokenError::Expired)
    );
}

#[test]
fn mutated_tokens_are_refused_without_panicking() {
    let (_, _, _, inst) = setup();
    let issued = inst
        .sts()
        .issue(
            &inst
                .sts()
                .session_token(&user_caller(&inst), None, false)
                .unwrap(),
        )
        .unwrap();
    let good = issued.session_token.as_bytes();
    let mut seed = [0u8; 4096];
    crate::seal::random_bytes(&mut seed);
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    for chunk in seed.chunks(4) {
        let pos = usize::from(chunk[0]) * good.len() / 256;
        let mut t = good.to_vec();
        match chunk[1] % 3 {
            0 => t[pos] = B64[usize::from(chunk[2]) % B64.len()],
            1 => t.truncate(pos),
            _ => t.insert(pos, B64[usize::from(chunk[3]) % B64.len()]),
        }
        if t == good {
            continue;
        }
        let t = String::from_utf8(t).unwrap();
        assert!(inst.sts().open(&issued.access_key_id, &t).is_err());
    }
}

#[test]
fn a_change_notice_makes_the_next_seal_use_a_key_rotated_elsewhere() {
    let (data, master, clock, inst) = setup();
    let caller = user_caller(&inst);
    let before = inst
        .sts()
        .issue(&inst.sts().session_token(&caller, None, false).unwrap())
        .unwrap();
    let elsewhere = installation(&data, &master, &clock);
    elsewhere.sts().rotate_keys().unwrap();
    let header = |t: &str| token::split(t).unwrap().0;
    let stale = inst
        .sts()
        .issue(&inst.sts().session_token(&caller, None, false).unwrap())
        .unwrap();
    assert_eq!(header(&stale.session_token), header(&before.session_token));
    inst.store_changed(KEY_RING_COLLECTION);
    let after = inst
        .sts()
        .issue(&inst.sts().session_token(&caller, None, false).unwrap())
        .unwrap();
    assert_eq!(header(&after.session_token), 2);
}

#[test]
fn a_seal_refused_by_a_store_barrier_leaves_the_ring_stale_for_the_retry() {
    let (data, master, clock, inst) = setup();
    let caller = user_caller(&inst);
    inst.sts()
        .issue(&inst.sts().session_token(&caller, None, false).unwrap())
        .unwrap();
    installation(&data, &master, &clock)
        .sts()
        .rotate_keys()
        .unwrap();
    inst.store_changed(KEY_RING_COLLECTION);
    let claims = inst.sts().session_token(&caller, None, false).unwrap();
    {
        let barrier = crate::store::StoreBarrier::raise();
        assert!(inst.sts().issue(&claims).is_err());
        assert!(barrier.was_hit());
    }
    let retried = inst.sts().issue(&claims).unwrap();
    assert_eq!(token::split(&retried.session_token).unwrap().0, 2);
}

#[test]
fn an_open_refused_by_a_store_barrier_spends_no_reload_window() {
    let (data, master, clock, inst) = setup();
    let caller = user_caller(&inst);
    inst.sts()
        .issue(&inst.sts().session_token(&caller, None, false).unwrap())
        .unwrap();
    let elsewhere = installation(&data, &master, &clock);
    elsewhere.sts().rotate_keys().unwrap();
    let issued = elsewhere
        .sts()
        .issue(&elsewhere.sts().session_token(&caller, None, false).unwrap())
        .unwrap();
    {
        let barrier = crate::store::StoreBarrier::raise();
        assert_eq!(
            inst.sts()
                .open(&issued.access_key_id, &issued.session_token)
                .map(|_| ()),
            Err(TokenError::Invalid)
        );
        assert!(barrier.was_hit());
    }
    // At the same instant, where the store may be read: the new key is loaded.
    assert!(
        inst.sts()
            .open(&issued.access_key_id, &issued.session_token)
            .is_ok()
    );
}
