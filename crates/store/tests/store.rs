//! The store conformance suite: the behaviour the domain relies on, run against the
//! embedded SQLite store and against PostgreSQL (the local server at
//! 127.0.0.1:5432, database `test`, or GATEHOUSE_TEST_DATABASE_URL; each test gets a schema
//! of its own).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly"
)]

use std::sync::{Arc, Barrier};
use std::time::Duration;

use gatehouse_core::audit::{AuditEvent, AuditQuery, LookupAttribute};
use gatehouse_core::clock::{SystemClock, UnixMillis};
use gatehouse_core::console_federation::{self, SIGNIN_TOKENS};
use gatehouse_core::expiry;
use gatehouse_core::store::{Store, StoreError};
use gatehouse_core::{Installation, MasterKey, PrincipalKind, Settings};
use gatehouse_store::{PostgresStore, SqliteStore};

/// A fresh store of one kind, kept alive with whatever it needs.
struct Fresh {
    store: Arc<dyn Store>,
    url: Option<String>,
    _dir: tempfile::TempDir,
}

impl Drop for Fresh {
    fn drop(&mut self) {
        // Each PostgreSQL test works in a schema of its own; remove it afterwards.
        if let Some(url) = &self.url
            && let Some(schema) = url.rsplit("search_path%3D").next()
            && let Some(base) = url.split("?options=").next()
            && let Ok(mut admin) = postgres::Client::connect(base, postgres::NoTls)
        {
            let _ = admin.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
        }
    }
}

fn sqlite() -> Fresh {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("gatehouse.db")).unwrap();
    Fresh {
        store: Arc::new(store),
        url: None,
        _dir: dir,
    }
}

fn postgres_url() -> Option<String> {
    let base = std::env::var("GATEHOUSE_TEST_DATABASE_URL")
        .or_else(|_| std::env::var("GATEHOUSE_TEST_POSTGRES"))
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let mut admin = match postgres::Client::connect(&base, postgres::NoTls) {
        Ok(c) => c,
        Err(e) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "PostgreSQL is required in CI: {e}"
            );
            eprintln!("skipping the PostgreSQL half of the suite: {e}");
            return None;
        }
    };
    let schema = format!(
        "gh_test_{}",
        gatehouse_core::ids::uuid_v4().replace('-', "")
    );
    admin
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .unwrap();
    let sep = if base.contains('?') { '&' } else { '?' };
    Some(format!("{base}{sep}options=-c%20search_path%3D{schema}"))
}

fn postgres() -> Option<Fresh> {
    let url = postgres_url()?;
    let store = PostgresStore::open(&url).unwrap();
    Some(Fresh {
        store: Arc::new(store),
        url: Some(url),
        _dir: tempfile::tempdir().unwrap(),
    })
}

/// Runs one conformance check on both stores.
macro_rules! conformance {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite {
            $(#[test] fn $name() { super::$name(super::sqlite()); })*
        }
        mod on_postgres {
            $(#[test] fn $name() { if let Some(f) = super::postgres() { super::$name(f); } })*
        }
    };
}

conformance!(
    committed_writes_persist_and_dropped_ones_vanish,
    insert_conflicts_put_replaces_delete_reports,
    a_failed_insert_leaves_the_transaction_usable,
    scan_pages_through_one_prefix_in_key_order,
    racing_inserts_of_one_key_yield_exactly_one_winner,
    concurrent_writers_never_lose_an_update,
    pagination_is_stable_under_concurrent_inserts,
    audit_lookup_is_newest_first_filtered_and_paged,
    bootstrap_happens_once_and_the_root_key_resolves,
    a_different_master_key_is_refused,
    export_and_counts_cover_everything,
    concurrent_commits_keep_dropped_and_failed_transactions_out,
    expired_one_time_records_are_purged_and_live_ones_kept,
    reindex_purges_and_indexes_records_written_without_an_index,
    a_long_trail_pages_completely_and_is_found_by_every_attribute,
    racing_appenders_number_events_in_commit_order,
);

fn committed_writes_persist_and_dropped_ones_vanish(f: Fresh) {
    let s = &f.store;
    let mut tx = s.begin().unwrap();
    tx.insert("users", "123/alice", b"a").unwrap();
    tx.commit().unwrap();
    let mut tx = s.begin().unwrap();
    tx.insert("users", "123/bob", b"b").unwrap();
    drop(tx);
    let mut r = s.read().unwrap();
    assert_eq!(
        r.get("users", "123/alice").unwrap().as_deref(),
        Some(&b"a"[..])
    );
    assert_eq!(r.get("users", "123/bob").unwrap(), None);
}

fn insert_conflicts_put_replaces_delete_reports(f: Fresh) {
    let s = &f.store;
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

fn a_failed_insert_leaves_the_transaction_usable(f: Fresh) {
    let s = &f.store;
    let mut tx = s.begin().unwrap();
    tx.insert("c", "a", b"1").unwrap();
    tx.commit().unwrap();
    let mut tx = s.begin().unwrap();
    assert!(matches!(
        tx.insert("c", "a", b"2"),
        Err(StoreError::Conflict)
    ));
    tx.insert("c", "b", b"2").unwrap();
    tx.commit().unwrap();
    let mut r = s.read().unwrap();
    assert_eq!(r.get("c", "a").unwrap().as_deref(), Some(&b"1"[..]));
    assert_eq!(r.get("c", "b").unwrap().as_deref(), Some(&b"2"[..]));
}

fn scan_pages_through_one_prefix_in_key_order(f: Fresh) {
    let s = &f.store;
    let mut tx = s.begin().unwrap();
    for k in ["1/c", "1/a", "1/B", "1/b", "2/a", "0/z", "1/é"] {
        tx.insert("u", k, k.as_bytes()).unwrap();
    }
    tx.commit().unwrap();
    let mut r = s.read().unwrap();
    let keys = |v: Vec<(String, Vec<u8>)>| v.into_iter().map(|(k, _)| k).collect::<Vec<_>>();
    // Byte order on both stores: upper case before lower, ASCII before UTF-8.
    assert_eq!(
        keys(r.scan("u", "1/", None, 10).unwrap()),
        ["1/B", "1/a", "1/b", "1/c", "1/é"]
    );
    assert_eq!(keys(r.scan("u", "1/", None, 2).unwrap()), ["1/B", "1/a"]);
    assert_eq!(
        keys(r.scan("u", "1/", Some("1/b"), 2).unwrap()),
        ["1/c", "1/é"]
    );
    assert_eq!(keys(r.scan("u", "", None, 10).unwrap()).len(), 7);
}

fn racing_inserts_of_one_key_yield_exactly_one_winner(f: Fresh) {
    let s = Arc::clone(&f.store);
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
    let rows = s.read().unwrap().scan("users", "", None, 10).unwrap();
    assert_eq!(rows.len(), 1, "no duplicate row");
}

fn concurrent_writers_never_lose_an_update(f: Fresh) {
    let s = Arc::clone(&f.store);
    let mut tx = s.begin().unwrap();
    tx.put("n", "counter", b"0").unwrap();
    tx.commit().unwrap();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let s = Arc::clone(&s);
            std::thread::spawn(move || {
                for _ in 0..25 {
                    let mut tx = s.begin().unwrap();
                    let v: u32 = String::from_utf8(tx.get("n", "counter").unwrap().unwrap())
                        .unwrap()
                        .parse()
                        .unwrap();
                    tx.put("n", "counter", (v + 1).to_string().as_bytes())
                        .unwrap();
                    tx.commit().unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let v = s.read().unwrap().get("n", "counter").unwrap().unwrap();
    assert_eq!(v, b"100");
}

/// Eight writers commit at once (the embedded store groups such commits); every tenth
/// transaction is dropped and every seventh hits a conflict after writing: none of their
/// writes may appear, and every acknowledged one must.
fn concurrent_commits_keep_dropped_and_failed_transactions_out(f: Fresh) {
    let s = Arc::clone(&f.store);
    let mut tx = s.begin().unwrap();
    tx.put("taken", "key", b"x").unwrap();
    tx.commit().unwrap();
    let barrier = Arc::new(Barrier::new(8));
    let handles: Vec<_> = (0..8)
        .map(|t| {
            let s = Arc::clone(&s);
            let b = Arc::clone(&barrier);
            std::thread::spawn(move || {
                b.wait();
                let mut acknowledged = Vec::new();
                for i in 0..60 {
                    let key = format!("{t:02}/{i:03}");
                    let mut tx = s.begin().unwrap();
                    tx.insert("group", &key, key.as_bytes()).unwrap();
                    if i % 10 == 9 {
                        drop(tx);
                        continue;
                    }
                    if i % 7 == 6 {
                        assert!(matches!(
                            tx.insert("taken", "key", b"y"),
                            Err(StoreError::Conflict)
                        ));
                        // The caller gives up on the whole transaction.
                        drop(tx);
                        continue;
                    }
                    tx.commit().unwrap();
                    acknowledged.push(key);
                }
                acknowledged
            })
        })
        .collect();
    let mut want: Vec<String> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    want.sort();
    let got: Vec<String> = s
        .read()
        .unwrap()
        .scan("group", "", None, 10_000)
        .unwrap()
        .into_iter()
        .map(|(k, v)| {
            assert_eq!(k.as_bytes(), v.as_slice());
            k
        })
        .collect();
    assert_eq!(got, want);
    assert_eq!(
        s.read().unwrap().get("taken", "key").unwrap().as_deref(),
        Some(&b"x"[..])
    );
}

#[test]
fn sqlite_acknowledges_concurrent_writes_with_fewer_commits() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(&dir.path().join("gatehouse.db")).unwrap());
    let barrier = Arc::new(Barrier::new(8));
    let handles: Vec<_> = (0..8)
        .map(|t| {
            let s = Arc::clone(&store);
            let b = Arc::clone(&barrier);
            std::thread::spawn(move || {
                b.wait();
                for i in 0..100 {
                    let mut tx = s.begin().unwrap();
                    tx.insert("g", &format!("{t}/{i}"), b"v").unwrap();
                    tx.commit().unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let (transactions, commits) = store.commit_counts();
    eprintln!("{transactions} transactions acknowledged in {commits} commits");
    assert_eq!(transactions, 800);
    assert!(
        commits < transactions,
        "800 concurrent transactions took {commits} commits"
    );
    // Reopened, the database holds every acknowledged write.
    drop(store);
    let again = SqliteStore::open(&dir.path().join("gatehouse.db")).unwrap();
    assert_eq!(
        again
            .read()
            .unwrap()
            .scan("g", "", None, 1000)
            .unwrap()
            .len(),
        800
    );
}

fn signin_token(until: i64) -> console_federation::SigninToken {
    console_federation::SigninToken {
        access_key_id: "ASIAEXAMPLE".to_owned(),
        session_token: "sealed".to_owned(),
        console_until: until,
        until,
    }
}

fn expired_one_time_records_are_purged_and_live_ones_kept(f: Fresh) {
    use gatehouse_core::saml_federation::{FederationError, REPLAY_CLAIMS, claim_assertion};
    let s = f.store.as_ref();
    let now = 1_800_000_000_000_i64;
    // 1,200 expired replay claims (more than one page of the index) and 3 live ones.
    for i in 0..1200 {
        claim_assertion(
            s,
            "https://idp",
            &format!("_old{i}"),
            now - 2000 + i,
            now - 5000,
        )
        .unwrap();
    }
    for i in 0..3 {
        claim_assertion(s, "https://idp", &format!("_live{i}"), now + 60_000, now).unwrap();
    }
    console_federation::save(s, SIGNIN_TOKENS, "gone", &signin_token(now - 1)).unwrap();
    console_federation::save(s, SIGNIN_TOKENS, "kept", &signin_token(now + 1)).unwrap();
    // Written again with a later expiry: the first index entry must not remove it.
    console_federation::save(s, SIGNIN_TOKENS, "renewed", &signin_token(now - 10)).unwrap();
    console_federation::save(s, SIGNIN_TOKENS, "renewed", &signin_token(now + 10)).unwrap();

    let purged = expiry::purge(s, now).unwrap();
    assert_eq!(purged.records, 1201, "{purged:?}");
    assert_eq!(purged.entries, 1202, "{purged:?}");
    let mut tx = s.read().unwrap();
    assert_eq!(tx.scan(REPLAY_CLAIMS, "", None, 10_000).unwrap().len(), 3);
    assert_eq!(tx.scan(SIGNIN_TOKENS, "", None, 100).unwrap().len(), 2);
    assert_eq!(
        tx.scan(expiry::EXPIRY_INDEX, "", None, 100).unwrap().len(),
        5
    );
    drop(tx);
    for secret in ["kept", "renewed"] {
        let t: Option<console_federation::SigninToken> =
            console_federation::load(s, SIGNIN_TOKENS, secret).unwrap();
        assert!(t.is_some(), "{secret} must survive");
    }
    // A live claim still refuses its replay; a purged (expired) one may be claimed anew.
    assert!(matches!(
        claim_assertion(s, "https://idp", "_live0", now + 60_000, now),
        Err(FederationError::Replayed)
    ));
    claim_assertion(s, "https://idp", "_old5", now + 60_000, now).unwrap();
    // Nothing more is due; a later pass takes the rest.
    assert_eq!(expiry::purge(s, now).unwrap().records, 0);
    assert_eq!(expiry::purge(s, now + 120_000).unwrap().records, 6);
    assert!(
        s.read()
            .unwrap()
            .scan(expiry::EXPIRY_INDEX, "", None, 100)
            .unwrap()
            .is_empty()
    );
}

fn reindex_purges_and_indexes_records_written_without_an_index(f: Fresh) {
    let s = f.store.as_ref();
    let now = 1_800_000_000_000_i64;
    let mut tx = s.begin().unwrap();
    for (key, until) in [("a", now - 1), ("b", now + 1000), ("c", now - 50)] {
        let v = serde_json::to_vec(&signin_token(until)).unwrap();
        tx.put(SIGNIN_TOKENS, key, &v).unwrap();
    }
    tx.put(console_federation::CONSOLE_SESSIONS, "odd", b"not json")
        .unwrap();
    tx.commit().unwrap();
    let done = expiry::reindex(s, now).unwrap();
    assert_eq!((done.records, done.entries), (2, 1));
    let mut tx = s.read().unwrap();
    let left: Vec<String> = tx
        .scan(SIGNIN_TOKENS, "", None, 10)
        .unwrap()
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(left, ["b"]);
    // A record that is not ours to read is left alone.
    assert!(
        tx.get(console_federation::CONSOLE_SESSIONS, "odd")
            .unwrap()
            .is_some()
    );
    drop(tx);
    assert_eq!(expiry::purge(s, now + 1000).unwrap().records, 1);
}

fn pagination_is_stable_under_concurrent_inserts(f: Fresh) {
    let s = Arc::clone(&f.store);
    let mut tx = s.begin().unwrap();
    for i in 0..50 {
        tx.insert("p", &format!("a/{i:03}"), b"x").unwrap();
    }
    tx.commit().unwrap();
    let writer = {
        let s = Arc::clone(&s);
        std::thread::spawn(move || {
            for i in 0..50 {
                let mut tx = s.begin().unwrap();
                tx.insert("p", &format!("a/{i:03}-new"), b"y").unwrap();
                tx.commit().unwrap();
            }
        })
    };
    // Walking pages by key never repeats or skips one of the original records.
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let page = s
            .read()
            .unwrap()
            .scan("p", "a/", after.as_deref(), 7)
            .unwrap();
        if page.is_empty() {
            break;
        }
        after = page.last().map(|(k, _)| k.clone());
        seen.extend(
            page.into_iter()
                .map(|(k, _)| k)
                .filter(|k| !k.ends_with("-new")),
        );
    }
    writer.join().unwrap();
    let want: Vec<String> = (0..50).map(|i| format!("a/{i:03}")).collect();
    assert_eq!(seen, want);
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

fn audit_lookup_is_newest_first_filtered_and_paged(f: Fresh) {
    let s = &f.store;
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
    s.append_audit(&events[..3]).unwrap();
    s.append_audit(&events[3..]).unwrap();
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
    let by = |attr, v: &str| {
        s.lookup_audit(&AuditQuery {
            attribute: Some((attr, v.to_owned())),
            ..q.clone()
        })
        .unwrap()
        .events
    };
    assert_eq!(by(LookupAttribute::EventName, "AssumeRole").len(), 2);
    assert_eq!(by(LookupAttribute::ResourceName, "u2")[0].event_id, "e2");
    assert_eq!(by(LookupAttribute::ReadOnly, "false").len(), 2);
    assert_eq!(by(LookupAttribute::EventId, "e5").len(), 1);
    let by_time = s
        .lookup_audit(&AuditQuery {
            start: Some(UnixMillis(2_000)),
            end: Some(UnixMillis(3_000)),
            ..q
        })
        .unwrap();
    assert_eq!(by_time.events.len(), 2);
}

/// An event as the server makes them: its id carries its time.
fn timed_event(i: i64, account: &str, t: i64) -> AuditEvent {
    let mut e = event(
        i,
        account,
        if i % 5 == 0 {
            "AssumeRole"
        } else {
            "GetCallerIdentity"
        },
    );
    e.event_time = UnixMillis(t);
    e.event_id = gatehouse_core::ids::uuid_v7(e.event_time);
    e.username = Some(format!("user{}", i % 3));
    e.cloudtrail_event = format!("{{\"eventID\":\"{}\",\"n\":{i}}}", e.event_id);
    e
}

fn a_long_trail_pages_completely_and_is_found_by_every_attribute(f: Fresh) {
    let s = &f.store;
    // 1,500 events in three commits, two accounts interleaved; times mostly rising, with
    // a jump back and a jump of minutes inside one commit.
    let mut all = Vec::new();
    for i in 0..1_500i64 {
        let t = match i {
            700 => 1_000_000,
            701..=710 => 5_000_000 + i * 60_000,
            _ => 2_000_000 + i * 10,
        };
        all.push(timed_event(i, if i % 4 == 0 { "b" } else { "a" }, t));
    }
    // an id that carries a time other than its event's is found all the same
    all[3].event_id = gatehouse_core::ids::uuid_v7(UnixMillis(42));
    s.append_audit(&all[..10]).unwrap();
    s.append_audit(&all[10..1_200]).unwrap();
    s.append_audit(&all[1_200..]).unwrap();
    let q = AuditQuery {
        account_id: "a".into(),
        attribute: None,
        start: None,
        end: None,
        limit: 50,
        before: None,
    };
    let pages = |q: AuditQuery| {
        let mut out = Vec::new();
        let mut q = q;
        loop {
            let page = s.lookup_audit(&q).unwrap();
            assert!(page.events.len() <= q.limit);
            out.extend(page.events);
            match page.next {
                Some(n) => q.before = Some(n),
                None => return out,
            }
        }
    };
    let want: Vec<&AuditEvent> = all
        .iter()
        .rev()
        .filter(|e| e.account_id.as_deref() == Some("a"))
        .collect();
    let got = pages(q.clone());
    assert_eq!(got.len(), want.len());
    assert!(
        got.iter().zip(&want).all(|(g, w)| g == *w),
        "every event, newest first, intact"
    );
    // by id: a recent one, the one whose time jumped back, one from minutes later
    for i in [1_499, 700, 705, 3] {
        let e = &all[i];
        let hits = s
            .lookup_audit(&AuditQuery {
                account_id: e.account_id.clone().unwrap(),
                attribute: Some((LookupAttribute::EventId, e.event_id.clone())),
                ..q.clone()
            })
            .unwrap()
            .events;
        assert_eq!(hits, std::slice::from_ref(e), "event {i} by id");
    }
    // an id of another account is not found in this one
    let other = s
        .lookup_audit(&AuditQuery {
            attribute: Some((LookupAttribute::EventId, all[4].event_id.clone())),
            ..q.clone()
        })
        .unwrap();
    assert!(other.events.is_empty());
    let count = |attr, v: &str| {
        pages(AuditQuery {
            attribute: Some((attr, v.to_owned())),
            ..q.clone()
        })
    };
    let by_user = count(LookupAttribute::Username, "user1");
    assert_eq!(
        by_user.len(),
        want.iter()
            .filter(|e| e.username.as_deref() == Some("user1"))
            .count()
    );
    assert!(
        by_user
            .iter()
            .all(|e| e.username.as_deref() == Some("user1"))
    );
    let assumed = count(LookupAttribute::EventName, "AssumeRole");
    assert_eq!(
        assumed.len(),
        want.iter().filter(|e| e.event_name == "AssumeRole").count()
    );
    assert_eq!(
        count(LookupAttribute::ReadOnly, "false").len(),
        assumed.len()
    );
    assert_eq!(
        count(LookupAttribute::ResourceName, "u8").len(),
        0,
        "u8 is in account b"
    );
    assert_eq!(count(LookupAttribute::ResourceName, "u10").len(), 1);
    assert_eq!(
        count(LookupAttribute::ResourceType, "AWS::IAM::User").len(),
        want.iter().filter(|e| !e.resources.is_empty()).count()
    );
    // a time window deep in the trail, paged in small pages
    let window = pages(AuditQuery {
        start: Some(UnixMillis(2_000_000 + 100 * 10)),
        end: Some(UnixMillis(2_000_000 + 300 * 10)),
        limit: 7,
        ..q.clone()
    });
    let expect: Vec<&AuditEvent> = want
        .iter()
        .copied()
        .filter(|e| (2_001_000..=2_003_000).contains(&e.event_time.0))
        .collect();
    assert_eq!(window.len(), expect.len());
    assert!(window.iter().zip(&expect).all(|(g, w)| g == *w));
    assert_eq!(s.counts().unwrap().1, 1_500);
}

fn racing_appenders_number_events_in_commit_order(f: Fresh) {
    let s = &f.store;
    let threads = 4;
    let barrier = Arc::new(Barrier::new(threads));
    std::thread::scope(|scope| {
        for t in 0..threads {
            let barrier = Arc::clone(&barrier);
            scope.spawn(move || {
                barrier.wait();
                for round in 0..20i64 {
                    let base = (t as i64) * 1_000 + round * 10;
                    let batch: Vec<_> = (0..10)
                        .map(|i| timed_event(base + i, "a", 1_000_000 + base + i))
                        .collect();
                    s.append_audit(&batch).unwrap();
                }
            });
        }
    });
    let page = s
        .lookup_audit(&AuditQuery {
            account_id: "a".into(),
            attribute: None,
            start: None,
            end: None,
            limit: 1_000,
            before: None,
        })
        .unwrap();
    assert_eq!(page.events.len(), 800);
    // every commit's ten events stay together and in order: no two appends interleave
    let mut last_round = vec![i64::MAX; threads];
    for chunk in page.events.chunks(10) {
        let n: Vec<i64> = chunk
            .iter()
            .map(|e| {
                e.cloudtrail_event
                    .rsplit(':')
                    .next()
                    .unwrap()
                    .trim_end_matches('}')
                    .parse()
                    .unwrap()
            })
            .collect();
        assert!(n.windows(2).all(|w| w[0] == w[1] + 1), "{n:?}");
        assert_eq!(n[9] % 10, 0);
        // and numbered in commit order: each thread's later commits come first (newest first)
        let (thread, round) = ((n[9] / 1_000) as usize, (n[9] % 1_000) / 10);
        assert!(
            round < last_round[thread],
            "thread {thread}: round {round} after {}",
            last_round[thread]
        );
        last_round[thread] = round;
    }
    assert!(last_round.iter().all(|r| *r == 0));
}

fn install(store: Arc<dyn Store>, key: MasterKey) -> Installation {
    Installation::new(store, Arc::new(SystemClock), key, Settings::default())
}

fn bootstrap_happens_once_and_the_root_key_resolves(f: Fresh) {
    let key = MasterKey::generate();
    let text = key.to_text();
    // Several nodes start together on one store: exactly one creates the installation.
    let nodes: Vec<_> = (0..4)
        .map(|_| {
            let store: Arc<dyn Store> = match &f.url {
                Some(url) => Arc::new(PostgresStore::open(url).unwrap()),
                None => Arc::clone(&f.store),
            };
            let t = text.clone();
            std::thread::spawn(move || {
                install(store, MasterKey::from_text(&t).unwrap())
                    .bootstrap()
                    .unwrap()
            })
        })
        .collect();
    let boots: Vec<_> = nodes.into_iter().map(|h| h.join().unwrap()).collect();
    let created: Vec<_> = boots.iter().filter_map(|b| b.created.as_ref()).collect();
    assert_eq!(created.len(), 1, "exactly one node bootstraps");
    assert!(
        boots
            .iter()
            .all(|b| b.management_account_id == boots[0].management_account_id)
    );
    let creds = created[0];
    let again = install(Arc::clone(&f.store), MasterKey::from_text(&text).unwrap());
    let resolved = again.access_key(&creds.access_key_id).unwrap().unwrap();
    assert_eq!(resolved.secret.expose(), creds.secret_access_key.expose());
    let caller = again.caller_for(&resolved);
    assert_eq!(caller.kind, PrincipalKind::Root);
    assert_eq!(
        caller.arn,
        format!("arn:aws:iam::{}:root", creds.account_id)
    );
    assert!(again.access_key("AKIAUNKNOWN000000000").unwrap().is_none());
    assert!(again.access_key("not/a/key").unwrap().is_none());
}

fn a_different_master_key_is_refused(f: Fresh) {
    install(Arc::clone(&f.store), MasterKey::generate())
        .bootstrap()
        .unwrap();
    let err = install(Arc::clone(&f.store), MasterKey::generate())
        .bootstrap()
        .unwrap_err();
    assert!(err.to_string().contains("master key"), "{err}");
}

fn export_and_counts_cover_everything(f: Fresh) {
    let s = &f.store;
    let mut tx = s.begin().unwrap();
    for i in 0..5 {
        tx.insert("x", &format!("k{i}"), format!("v{i}").as_bytes())
            .unwrap();
    }
    tx.commit().unwrap();
    s.append_audit(&[
        event(1, "a", "GetCallerIdentity"),
        event(2, "a", "AssumeRole"),
    ])
    .unwrap();
    assert_eq!(s.counts().unwrap(), (5, 2));
    let mut seen = Vec::new();
    assert_eq!(
        s.export_records(&mut |c, k, v| {
            seen.push((c.to_owned(), k.to_owned(), v.to_vec()));
            Ok(())
        })
        .unwrap(),
        5
    );
    assert_eq!(seen[0], ("x".to_owned(), "k0".to_owned(), b"v0".to_vec()));
    let mut audit = Vec::new();
    s.export_audit(&mut |e| {
        audit.push(e.clone());
        Ok(())
    })
    .unwrap();
    assert_eq!(
        audit
            .iter()
            .map(|e| e.event_id.as_str())
            .collect::<Vec<_>>(),
        ["e1", "e2"]
    );
    assert_eq!(
        audit[1].resources,
        [("AWS::IAM::User".to_owned(), "u2".to_owned())]
    );
}

#[test]
fn sqlite_store_copies_into_postgres_completely() {
    let from = sqlite();
    let inst = install(Arc::clone(&from.store), MasterKey::generate());
    inst.bootstrap().unwrap();
    from.store
        .append_audit(&[
            event(1, "a", "GetCallerIdentity"),
            event(2, "a", "AssumeRole"),
        ])
        .unwrap();
    let Some(to) = postgres() else { return };
    let (records, audit) =
        gatehouse_store::copy(from.store.as_ref(), to.store.as_ref(), false).unwrap();
    assert_eq!((records, audit), (from.store.counts().unwrap().0, 2));
    assert_eq!(to.store.counts().unwrap(), from.store.counts().unwrap());
    // a second copy into the now non-empty target is refused
    let err = gatehouse_store::copy(from.store.as_ref(), to.store.as_ref(), false).unwrap_err();
    assert!(err.to_string().contains("not empty"), "{err}");
}

#[test]
fn sqlite_backup_is_a_consistent_copy() {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStore::open(&dir.path().join("gatehouse.db")).unwrap();
    let mut tx = s.begin().unwrap();
    tx.insert("x", "k", b"v").unwrap();
    tx.commit().unwrap();
    let dest = dir.path().join("backup.db");
    s.backup(&dest).unwrap();
    let copy = SqliteStore::open(&dest).unwrap();
    assert_eq!(
        copy.read().unwrap().get("x", "k").unwrap().as_deref(),
        Some(&b"v"[..])
    );
    assert!(
        s.backup(&dest).is_err(),
        "an existing file is never overwritten"
    );
}

#[test]
fn postgres_nodes_hear_each_others_changes() {
    let Some(url) = postgres_url() else { return };
    let a = PostgresStore::open(&url).unwrap();
    let b = PostgresStore::open(&url).unwrap();
    let _cleanup = Fresh {
        store: Arc::new(PostgresStore::open(&url).unwrap()),
        url: Some(url.clone()),
        _dir: tempfile::tempdir().unwrap(),
    };
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let tx = std::sync::Mutex::new(tx);
    b.on_change(Box::new(move |c| {
        if let Ok(t) = tx.lock() {
            let _ = t.send(c.to_owned());
        }
    }));
    // The listener starts asynchronously; keep writing until it hears one.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let mut w = a.begin().unwrap();
        w.put("access-keys", "AKIA1", b"x").unwrap();
        w.commit().unwrap();
        match rx.recv_timeout(Duration::from_millis(300)) {
            Ok(c) if c == "access-keys" => break,
            Ok(_) => continue,
            Err(_) => assert!(
                std::time::Instant::now() < deadline,
                "no notification arrived"
            ),
        }
    }
    // A rolled-back transaction notifies no one.
    while rx.try_recv().is_ok() {}
    let mut w = a.begin().unwrap();
    w.put("iam-users", "x", b"y").unwrap();
    drop(w);
    assert!(!matches!(rx.recv_timeout(Duration::from_millis(500)), Ok(c) if c == "iam-users"));
}
