//! The store's behaviour as the domain relies on it, on the embedded SQLite store.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, reason = "a test fails loudly")]

use std::sync::{Arc, Barrier};

use gatehouse_core::audit::{AuditEvent, AuditQuery, LookupAttribute};
use gatehouse_core::clock::UnixMillis;
use gatehouse_core::store::{Store, StoreError};
use gatehouse_store::SqliteStore;

fn open(dir: &tempfile::TempDir) -> SqliteStore {
    SqliteStore::open(&dir.path().join("gatehouse.db")).unwrap()
}

#[test]
fn committed_writes_survive_reopen_and_dropped_ones_vanish() {
    let dir = tempfile::tempdir().unwrap();
    {
        let s = open(&dir);
        let mut tx = s.begin().unwrap();
        tx.insert("users", "123/alice", b"a").unwrap();
        tx.commit().unwrap();
        let mut tx = s.begin().unwrap();
        tx.insert("users", "123/bob", b"b").unwrap();
        drop(tx);
    }
    let s = open(&dir);
    assert_eq!(s.schema_version().unwrap(), 1);
    let mut r = s.read().unwrap();
    assert_eq!(
        r.get("users", "123/alice").unwrap().as_deref(),
        Some(&b"a"[..])
    );
    assert_eq!(r.get("users", "123/bob").unwrap(), None);
}

#[test]
fn insert_conflicts_put_replaces_delete_reports() {
    let dir = tempfile::tempdir().unwrap();
    let s = open(&dir);
    let mut tx = s.begin().unwrap();
    tx.insert("c", "k", b"1").unwrap();
    assert!(matches!(
        tx.insert("c", "k", b"2"),
        Err(StoreError::Conflict)
    ));
    tx.put("c", "k", b"3").unwrap();
    assert_eq!(tx.get("c", "k").unwrap().as_deref(), Some(&b"3"[..]));
    assert!(tx.delete("c", "k").unwrap());
    assert!(!tx.delete("c", "k").unwrap());
    tx.commit().unwrap();
    let mut r = s.read().unwrap();
    assert!(
        r.put("c", "x", b"1").is_err(),
        "a read transaction refuses writes"
    );
}

#[test]
fn scan_pages_through_one_prefix_in_key_order() {
    let dir = tempfile::tempdir().unwrap();
    let s = open(&dir);
    let mut tx = s.begin().unwrap();
    for k in ["1/c", "1/a", "1/b", "2/a", "0/z"] {
        tx.insert("u", k, k.as_bytes()).unwrap();
    }
    tx.commit().unwrap();
    let mut r = s.read().unwrap();
    let keys = |v: Vec<(String, Vec<u8>)>| v.into_iter().map(|(k, _)| k).collect::<Vec<_>>();
    assert_eq!(
        keys(r.scan("u", "1/", None, 10).unwrap()),
        ["1/a", "1/b", "1/c"]
    );
    assert_eq!(keys(r.scan("u", "1/", None, 2).unwrap()), ["1/a", "1/b"]);
    assert_eq!(keys(r.scan("u", "1/", Some("1/b"), 2).unwrap()), ["1/c"]);
    assert_eq!(keys(r.scan("u", "", None, 10).unwrap()).len(), 5);
}

#[test]
fn racing_inserts_of_one_key_yield_exactly_one_winner() {
    let dir = tempfile::tempdir().unwrap();
    let s = Arc::new(open(&dir));
    let barrier = Arc::new(Barrier::new(8));
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let s = Arc::clone(&s);
            let b = Arc::clone(&barrier);
            std::thread::spawn(move || {
                b.wait();
                let mut tx = s.begin()?;
                tx.insert("users", "123/alice", format!("{i}").as_bytes())?;
                tx.commit()
            })
        })
        .collect();
    let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1);
    assert!(
        results
            .iter()
            .filter(|r| r.is_err())
            .all(|r| matches!(r, Err(StoreError::Conflict)))
    );
}

fn event(i: i64, account: &str, name: &str) -> AuditEvent {
    AuditEvent {
        event_id: format!("e{i}"),
        event_time: UnixMillis(1_000 * i),
        event_name: name.to_owned(),
        event_source: "sts.amazonaws.com".to_owned(),
        read_only: name.starts_with("Get"),
        username: Some("root".to_owned()),
        access_key_id: Some("AKIA1".to_owned()),
        account_id: Some(account.to_owned()),
        resources: if i % 2 == 0 {
            vec![("AWS::IAM::User".into(), format!("u{i}"))]
        } else {
            vec![]
        },
        cloudtrail_event: format!("{{\"n\":{i}}}"),
    }
}

#[test]
fn audit_lookup_is_newest_first_filtered_and_paged() {
    let dir = tempfile::tempdir().unwrap();
    let s = open(&dir);
    let events: Vec<_> = (1..=7)
        .map(|i| {
            event(
                i,
                if i == 4 { "other" } else { "acct" },
                if i % 3 == 0 {
                    "AssumeRole"
                } else {
                    "GetCallerIdentity"
                },
            )
        })
        .collect();
    s.append_audit(&events).unwrap();
    let q = AuditQuery {
        account_id: "acct".into(),
        attribute: None,
        start: None,
        end: None,
        limit: 4,
        before: None,
    };
    let page = s.lookup_audit(&q).unwrap();
    let ids: Vec<_> = page.events.iter().map(|e| e.event_id.as_str()).collect();
    assert_eq!(ids, ["e7", "e6", "e5", "e3"]);
    assert_eq!(
        page.events[1].resources,
        [("AWS::IAM::User".to_owned(), "u6".to_owned())]
    );
    let page2 = s
        .lookup_audit(&AuditQuery {
            before: page.next,
            ..q.clone()
        })
        .unwrap();
    let ids: Vec<_> = page2.events.iter().map(|e| e.event_id.as_str()).collect();
    assert_eq!(ids, ["e2", "e1"]);
    assert_eq!(page2.next, None);

    let by_name = s
        .lookup_audit(&AuditQuery {
            attribute: Some((LookupAttribute::EventName, "AssumeRole".into())),
            ..q.clone()
        })
        .unwrap();
    assert_eq!(by_name.events.len(), 2);
    let by_time = s
        .lookup_audit(&AuditQuery {
            start: Some(UnixMillis(2_000)),
            end: Some(UnixMillis(3_000)),
            ..q.clone()
        })
        .unwrap();
    assert_eq!(by_time.events.len(), 2);
    let by_resource = s
        .lookup_audit(&AuditQuery {
            attribute: Some((LookupAttribute::ResourceName, "u2".into())),
            ..q.clone()
        })
        .unwrap();
    assert_eq!(by_resource.events[0].event_id, "e2");
    let read_only = s
        .lookup_audit(&AuditQuery {
            attribute: Some((LookupAttribute::ReadOnly, "false".into())),
            ..q
        })
        .unwrap();
    assert_eq!(read_only.events.len(), 2);
}

mod installation {
    use std::sync::Arc;

    use gatehouse_core::clock::SystemClock;
    use gatehouse_core::{Installation, MasterKey, PrincipalKind, Settings};
    use gatehouse_store::SqliteStore;

    fn install(dir: &tempfile::TempDir, key: MasterKey) -> Installation {
        let store = SqliteStore::open(&dir.path().join("gatehouse.db")).unwrap();
        Installation::new(
            Arc::new(store),
            Arc::new(SystemClock),
            key,
            Settings::default(),
        )
    }

    #[test]
    fn first_start_bootstraps_once_and_the_root_key_resolves() {
        let dir = tempfile::tempdir().unwrap();
        let key = MasterKey::generate();
        let text = key.to_text();
        let first = install(&dir, key).bootstrap().unwrap();
        let creds = first.created.expect("first start creates the root key");
        assert!(creds.access_key_id.starts_with("AKIA"));
        assert_eq!(creds.secret_access_key.expose().len(), 40);

        let again = install(&dir, MasterKey::from_text(&text).unwrap());
        let second = again.bootstrap().unwrap();
        assert!(second.created.is_none());
        assert_eq!(second.management_account_id, first.management_account_id);

        let resolved = again.access_key(&creds.access_key_id).unwrap().unwrap();
        assert_eq!(resolved.secret.expose(), creds.secret_access_key.expose());
        let caller = again.caller_for(&resolved);
        assert_eq!(caller.kind, PrincipalKind::Root);
        assert_eq!(
            caller.arn,
            format!("arn:aws:iam::{}:root", first.management_account_id)
        );
        assert!(again.access_key("AKIAUNKNOWN000000000").unwrap().is_none());
        assert!(again.access_key("not/a/key").unwrap().is_none());
    }

    #[test]
    fn a_different_master_key_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        install(&dir, MasterKey::generate()).bootstrap().unwrap();
        let err = install(&dir, MasterKey::generate())
            .bootstrap()
            .unwrap_err();
        assert!(err.to_string().contains("master key"), "{err}");
    }
}
