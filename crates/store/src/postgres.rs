//! The store for several nodes: PostgreSQL. Schema changes run once under an advisory
//! lock; every write transaction takes one transaction-scoped advisory lock, so writes
//! are serialised across all nodes exactly as the embedded store serialises them on one,
//! and each commit notifies the other nodes (LISTEN/NOTIFY) of the collections it
//! changed so they drop their caches.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use gatehouse_core::audit::{AuditEvent, AuditPage, AuditQuery, LookupAttribute};
use gatehouse_core::clock::UnixMillis;
use gatehouse_core::ids::uuid_v7_millis;
use gatehouse_core::store::{RecordSink, Store, StoreError, Tx};
use postgres::error::SqlState;
use postgres::fallible_iterator::FallibleIterator;
use postgres::{Client, NoTls, Row, Transaction};

use crate::audit_blocks::{self, MAX_SPAN_MS};

const MIGRATION_LOCK: i64 = 0x4741_5445_0001;
const WRITE_LOCK: i64 = 0x4741_5445_0002;
const CHANNEL: &str = "gatehouse_changes";
const POOL: usize = 8;

const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE records (
    collection TEXT NOT NULL,
    key TEXT COLLATE "C" NOT NULL,
    value BYTEA NOT NULL,
    PRIMARY KEY (collection, key)
);
CREATE TABLE audit_events (
    seq BIGSERIAL PRIMARY KEY,
    account_id TEXT,
    event_time BIGINT NOT NULL,
    event_id TEXT NOT NULL,
    event_name TEXT NOT NULL,
    event_source TEXT NOT NULL,
    read_only BOOLEAN NOT NULL,
    username TEXT,
    access_key_id TEXT,
    body TEXT NOT NULL
);
CREATE INDEX audit_events_by_account ON audit_events (account_id, seq);
CREATE INDEX audit_events_by_time ON audit_events (account_id, event_time);
CREATE TABLE audit_resources (
    seq BIGINT NOT NULL REFERENCES audit_events (seq),
    resource_type TEXT NOT NULL,
    resource_name TEXT NOT NULL
);
CREATE INDEX audit_resources_by_seq ON audit_resources (seq);
"#,
    // Fewer indexes on the trail, which takes one row per request: each B-tree costs the
    // database about a fifth of an insert (measured: 20,000 rows of 1 KB inserted in
    // batches of 500, 26–27 µs a row with three B-trees, 17–19 µs with one B-tree and a
    // BRIN, 14 µs with none).
    // `(account_id, seq)` becomes the primary key and serves every lookup (all are by
    // account, newest first); the time bounds get a BRIN index, which appending rows in
    // time order keeps almost for free. Every event has an account (the management
    // account's trail holds the rest), so the column becomes NOT NULL.
    r#"
ALTER TABLE audit_resources DROP CONSTRAINT IF EXISTS audit_resources_seq_fkey;
ALTER TABLE audit_events DROP CONSTRAINT audit_events_pkey;
UPDATE audit_events SET account_id = '' WHERE account_id IS NULL;
ALTER TABLE audit_events ALTER COLUMN account_id SET NOT NULL;
DROP INDEX audit_events_by_account;
ALTER TABLE audit_events ADD PRIMARY KEY (account_id, seq);
DROP INDEX audit_events_by_time;
CREATE INDEX audit_events_by_time ON audit_events USING brin (event_time);
"#,
    // The trail in blocks (see `audit_blocks`): one row per account per commit instead of
    // one per event, found by `(account_id, last_seq)`, by the time it starts, or through
    // `audit_keys`, which holds each distinct lookup value of a block once. Sequence
    // numbers come from `audit_counter`, whose row stays locked until its commit, so they
    // follow commit order on every node and one account's blocks never interleave. The
    // rows of step 2 are converted after this SQL (`convert_audit_rows`), with the old
    // tables locked against a node of the previous version that is still writing: its
    // appends wait, then fail once the tables are gone (the README says to stop such
    // nodes first), and none is converted half or numbered twice.
    r#"
LOCK TABLE audit_events, audit_resources IN EXCLUSIVE MODE;
CREATE TABLE audit_blocks (
    account_id TEXT COLLATE "C" NOT NULL,
    last_seq BIGINT NOT NULL,
    t_min BIGINT NOT NULL,
    t_max BIGINT NOT NULL,
    events INTEGER NOT NULL,
    body BYTEA NOT NULL,
    PRIMARY KEY (account_id, last_seq)
);
ALTER TABLE audit_blocks ALTER COLUMN body SET STORAGE EXTERNAL;
CREATE INDEX audit_blocks_by_time ON audit_blocks (account_id, t_min);
CREATE TABLE audit_keys (
    account_id TEXT COLLATE "C" NOT NULL,
    attr SMALLINT NOT NULL,
    value TEXT COLLATE "C" NOT NULL,
    last_seq BIGINT NOT NULL,
    PRIMARY KEY (account_id, attr, value, last_seq)
);
CREATE TABLE audit_counter (next BIGINT NOT NULL);
INSERT INTO audit_counter SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_events;
"#,
];
/// The schema version whose SQL is followed by `convert_audit_rows`.
const AUDIT_BLOCKS_VERSION: usize = 3;
/// Blocks read per round trip when looking events up: one at first (a busy trail's newest
/// block holds a page), doubling up to this many (a quiet trail's blocks hold few events).
const LOOKUP_CHUNK: i64 = 32;

type Listener = Box<dyn Fn(&str) + Send + Sync>;

pub struct PostgresStore {
    url: String,
    pool: Mutex<Vec<Client>>,
    listeners: Arc<RwLock<Vec<Listener>>>,
    listening: Mutex<bool>,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may carry a password.
        f.debug_struct("PostgresStore").finish_non_exhaustive()
    }
}

fn backend(e: &postgres::Error) -> StoreError {
    match e.code() {
        Some(c) if *c == SqlState::UNIQUE_VIOLATION => StoreError::Conflict,
        Some(c)
            if *c == SqlState::T_R_SERIALIZATION_FAILURE
                || *c == SqlState::T_R_DEADLOCK_DETECTED =>
        {
            StoreError::Unavailable(e.to_string())
        }
        None if e.is_closed() => StoreError::Unavailable(e.to_string()),
        _ => StoreError::Backend(match e.as_db_error() {
            // `Display` of a database error says only "db error"; the message is the news.
            Some(db) => format!("{}: {}", db.code().code(), db.message()),
            None => e.to_string(),
        }),
    }
}

fn be(e: postgres::Error) -> StoreError {
    backend(&e)
}

impl PostgresStore {
    /// Connects, and brings the schema up to date (once, however many nodes start).
    pub fn open(url: &str) -> Result<Self, StoreError> {
        let mut client = Client::connect(url, NoTls)
            .map_err(|e| StoreError::Unavailable(format!("cannot connect to PostgreSQL: {e}")))?;
        migrate(&mut client)?;
        Ok(Self {
            url: url.to_owned(),
            pool: Mutex::new(vec![client]),
            listeners: Arc::new(RwLock::new(Vec::new())),
            listening: Mutex::new(false),
        })
    }

    fn client(&self) -> Result<Client, StoreError> {
        if let Some(c) = self.pool.lock().ok().and_then(|mut p| p.pop())
            && !c.is_closed()
        {
            return Ok(c);
        }
        Client::connect(&self.url, NoTls).map_err(|e| StoreError::Unavailable(e.to_string()))
    }

    fn give_back(&self, client: Client) {
        if client.is_closed() {
            return;
        }
        if let Ok(mut p) = self.pool.lock()
            && p.len() < POOL
        {
            p.push(client);
        }
    }

    /// The schema version this database is at.
    pub fn schema_version(&self) -> Result<usize, StoreError> {
        let mut c = self.client()?;
        let v: i32 = c
            .query_one(
                "SELECT COALESCE(MAX(version), 0) FROM gatehouse_schema",
                &[],
            )
            .map_err(be)?
            .get(0);
        self.give_back(c);
        Ok(usize::try_from(v).unwrap_or(0))
    }

    fn start_listener(&self) {
        let Ok(mut started) = self.listening.lock() else {
            return;
        };
        if *started {
            return;
        }
        *started = true;
        let url = self.url.clone();
        let listeners = Arc::clone(&self.listeners);
        let _ = std::thread::Builder::new()
            .name("store-notify".to_owned())
            .spawn(move || {
                let mut delay = Duration::from_millis(100);
                loop {
                    match Client::connect(&url, NoTls) {
                        Ok(mut c) => {
                            if c.batch_execute(&format!("LISTEN {CHANNEL}")).is_ok() {
                                delay = Duration::from_millis(100);
                                // A reconnect may have missed changes: everything is stale.
                                notify_all(&listeners, "*");
                                loop {
                                    let next = {
                                        let mut n = c.notifications();
                                        let mut it = n.timeout_iter(Duration::from_secs(30));
                                        it.next()
                                    };
                                    match next {
                                        Ok(Some(note)) => {
                                            for collection in note.payload().split(',') {
                                                notify_all(&listeners, collection);
                                            }
                                        }
                                        // A quiet period; a ping tells a dead connection apart.
                                        Ok(None) => {
                                            if c.is_closed() || c.batch_execute("SELECT 1").is_err()
                                            {
                                                break;
                                            }
                                        }
                                        Err(_) => break,
                                    }
                                }
                            }
                        }
                        Err(e) => tracing_warn(&e),
                    }
                    std::thread::sleep(delay);
                    delay = (delay * 2).min(Duration::from_secs(5));
                }
            });
    }
}

fn tracing_warn(e: &postgres::Error) {
    // The store crate has no logger of its own; stderr reaches the operator's logs.
    eprintln!("gatehouse store: change notifications unavailable: {e}");
}

fn notify_all(listeners: &RwLock<Vec<Listener>>, collection: &str) {
    if let Ok(ls) = listeners.read() {
        for l in ls.iter() {
            l(collection);
        }
    }
}

fn no_account_as_none(account: Option<String>) -> Option<String> {
    account.filter(|a| !a.is_empty())
}

/// Writes events, numbered in ascending order, as blocks: per account, in runs that fit.
fn insert_blocks(
    tx: &mut Transaction<'_>,
    events: &[(i64, &AuditEvent)],
) -> Result<(), StoreError> {
    let mut by_account: std::collections::BTreeMap<&str, Vec<(i64, &AuditEvent)>> =
        std::collections::BTreeMap::new();
    for &(seq, e) in events {
        by_account
            .entry(e.account_id.as_deref().unwrap_or(""))
            .or_default()
            .push((seq, e));
    }
    let (mut accounts, mut lasts, mut t_mins, mut t_maxs, mut counts, mut bodies) =
        (vec![], vec![], vec![], vec![], vec![], vec![]);
    let (mut k_accounts, mut k_attrs, mut k_values, mut k_lasts) = (vec![], vec![], vec![], vec![]);
    for (account, evs) in &by_account {
        for run in audit_blocks::runs(evs, |e| e.event_time.0) {
            let part = &evs[run];
            let Some(last) = part.last() else {
                continue;
            };
            let times = part.iter().map(|(_, e)| e.event_time.0);
            accounts.push(*account);
            lasts.push(last.0);
            t_mins.push(times.clone().min().unwrap_or(0));
            t_maxs.push(times.max().unwrap_or(0));
            counts.push(i32::try_from(part.len()).unwrap_or(i32::MAX));
            bodies.push(audit_blocks::encode(part));
            for (attr, value) in audit_blocks::keys(part.iter().map(|(_, e)| *e)) {
                k_accounts.push(*account);
                k_attrs.push(attr);
                k_values.push(value);
                k_lasts.push(last.0);
            }
        }
    }
    tx.execute(
        "INSERT INTO audit_blocks (account_id, last_seq, t_min, t_max, events, body)
         SELECT * FROM unnest($1::TEXT[], $2::BIGINT[], $3::BIGINT[], $4::BIGINT[],
            $5::INTEGER[], $6::BYTEA[])",
        &[&accounts, &lasts, &t_mins, &t_maxs, &counts, &bodies],
    )
    .map_err(be)?;
    if !k_accounts.is_empty() {
        tx.execute(
            "INSERT INTO audit_keys (account_id, attr, value, last_seq)
             SELECT * FROM unnest($1::TEXT[], $2::SMALLINT[], $3::TEXT[], $4::BIGINT[])",
            &[&k_accounts, &k_attrs, &k_values, &k_lasts],
        )
        .map_err(be)?;
    }
    Ok(())
}

/// One page of `LookupEvents`: candidate blocks newest first, decoded and filtered here.
fn lookup(c: &mut Client, q: &AuditQuery) -> Result<AuditPage, StoreError> {
    let account = q.account_id.as_str();
    let want = q.limit.saturating_add(1);
    let mut found: Vec<(i64, AuditEvent)> = Vec::new();
    let take = |rows: &[Row], found: &mut Vec<(i64, AuditEvent)>| -> Result<(), StoreError> {
        for r in rows {
            for (seq, e) in audit_blocks::decode(account, r.get(1))?.into_iter().rev() {
                if found.len() >= want {
                    return Ok(());
                }
                let keep = q.before.is_none_or(|b| seq < b)
                    && q.start.is_none_or(|t| e.event_time >= t)
                    && q.end.is_none_or(|t| e.event_time <= t)
                    && q.attribute
                        .as_ref()
                        .is_none_or(|(a, v)| audit_blocks::matches(&e, *a, v));
                if keep {
                    found.push((seq, e));
                }
            }
        }
        Ok(())
    };
    let start = q.start.map(|t| t.0);
    let end = q.end.map(|t| t.0);
    if let Some((LookupAttribute::EventId, id)) = &q.attribute {
        // The blocks that index this id, and those whose times cover the time it carries.
        let mut rows = c
            .query(
                "SELECT b.last_seq, b.body FROM audit_keys k JOIN audit_blocks b
                   ON b.account_id = k.account_id AND b.last_seq = k.last_seq
                 WHERE k.account_id = $1 AND k.attr = $2 AND k.value = $3",
                &[
                    &account,
                    &audit_blocks::attribute_code(LookupAttribute::EventId),
                    &audit_blocks::key_value(id),
                ],
            )
            .map_err(be)?;
        if let Some(t) = uuid_v7_millis(id) {
            rows.extend(
                c.query(
                    "SELECT last_seq, body FROM audit_blocks
                     WHERE account_id = $1 AND t_min <= $2 AND t_min >= $2 - $3 AND t_max >= $2",
                    &[&account, &t, &MAX_SPAN_MS],
                )
                .map_err(be)?,
            );
        }
        rows.sort_by_key(|r| std::cmp::Reverse(r.get::<_, i64>(0)));
        rows.dedup_by_key(|r| r.get::<_, i64>(0));
        take(&rows, &mut found)?;
    } else {
        // Below the block holding the position a previous page ended at.
        let mut upper = match q.before {
            None => i64::MAX,
            Some(b) => c
                .query_opt(
                    "SELECT last_seq FROM audit_blocks WHERE account_id = $1 AND last_seq >= $2
                     ORDER BY last_seq LIMIT 1",
                    &[&account, &b],
                )
                .map_err(be)?
                .map_or(b.saturating_sub(1), |r| r.get(0)),
        };
        let mut chunk = 1i64;
        loop {
            let rows = match &q.attribute {
                None => c.query(
                    "SELECT last_seq, body FROM audit_blocks
                     WHERE account_id = $1 AND last_seq <= $2
                       AND ($3::BIGINT IS NULL OR t_max >= $3) AND ($4::BIGINT IS NULL OR t_min <= $4)
                     ORDER BY last_seq DESC LIMIT $5",
                    &[&account, &upper, &start, &end, &chunk],
                ),
                Some((attr, v)) => {
                    let v = match attr {
                        LookupAttribute::ReadOnly => audit_blocks::read_only_value(v == "true"),
                        _ => audit_blocks::key_value(v),
                    };
                    c.query(
                        "SELECT b.last_seq, b.body FROM audit_keys k JOIN audit_blocks b
                           ON b.account_id = k.account_id AND b.last_seq = k.last_seq
                         WHERE k.account_id = $1 AND k.attr = $6 AND k.value = $7
                           AND k.last_seq <= $2
                           AND ($3::BIGINT IS NULL OR b.t_max >= $3)
                           AND ($4::BIGINT IS NULL OR b.t_min <= $4)
                         ORDER BY k.last_seq DESC LIMIT $5",
                        &[
                            &account,
                            &upper,
                            &start,
                            &end,
                            &chunk,
                            &audit_blocks::attribute_code(*attr),
                            &v,
                        ],
                    )
                }
            }
            .map_err(be)?;
            take(&rows, &mut found)?;
            match rows.last() {
                Some(r) if found.len() < want && rows.len() as i64 >= chunk => {
                    upper = r.get::<_, i64>(0) - 1;
                    chunk = (chunk * 2).min(LOOKUP_CHUNK);
                }
                _ => break,
            }
        }
    }
    let next = if found.len() > q.limit {
        found.truncate(q.limit);
        found.last().map(|(seq, _)| *seq)
    } else {
        None
    };
    Ok(AuditPage {
        events: found.into_iter().map(|(_, e)| e).collect(),
        next,
    })
}

/// Schema step 3: the rows of the per-event trail become blocks, each account's events in
/// their order and with their numbers, and the old tables go.
fn convert_audit_rows(tx: &mut Transaction<'_>) -> Result<(), StoreError> {
    let portal = tx
        .bind(
            "SELECT e.seq, e.account_id, e.event_time, e.event_id, e.event_name, e.event_source,
                    e.read_only, e.username, e.access_key_id, e.body,
                    COALESCE((SELECT array_agg(r.resource_type ORDER BY r.resource_type, r.resource_name)
                              FROM audit_resources r WHERE r.seq = e.seq), '{}'),
                    COALESCE((SELECT array_agg(r.resource_name ORDER BY r.resource_type, r.resource_name)
                              FROM audit_resources r WHERE r.seq = e.seq), '{}')
             FROM audit_events e ORDER BY e.account_id, e.seq",
            &[],
        )
        .map_err(be)?;
    loop {
        let rows = tx.query_portal(&portal, 4_096).map_err(be)?;
        if rows.is_empty() {
            break;
        }
        let events: Vec<(i64, AuditEvent)> = rows
            .iter()
            .map(|r| {
                let types: Vec<String> = r.get(10);
                let names: Vec<String> = r.get(11);
                (
                    r.get(0),
                    AuditEvent {
                        account_id: no_account_as_none(r.get(1)),
                        event_time: UnixMillis(r.get(2)),
                        event_id: r.get(3),
                        event_name: r.get(4),
                        event_source: r.get(5),
                        read_only: r.get(6),
                        username: r.get(7),
                        access_key_id: r.get(8),
                        resources: types.into_iter().zip(names).collect(),
                        cloudtrail_event: r.get(9),
                    },
                )
            })
            .collect();
        let numbered: Vec<(i64, &AuditEvent)> = events.iter().map(|(s, e)| (*s, e)).collect();
        insert_blocks(tx, &numbered)?;
    }
    drop(portal);
    tx.batch_execute("DROP TABLE audit_resources; DROP TABLE audit_events;")
        .map_err(be)
}

fn migrate(client: &mut Client) -> Result<(), StoreError> {
    client
        .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
        .map_err(be)?;
    let result = (|| {
        client
            .batch_execute(
                "CREATE TABLE IF NOT EXISTS gatehouse_schema (version INTEGER PRIMARY KEY)",
            )
            .map_err(be)?;
        let current: i32 = client
            .query_one(
                "SELECT COALESCE(MAX(version), 0) FROM gatehouse_schema",
                &[],
            )
            .map_err(be)?
            .get(0);
        let current = usize::try_from(current).unwrap_or(0);
        if current > MIGRATIONS.len() {
            return Err(StoreError::Backend(format!(
                "the database schema (version {current}) is newer than this Gatehouse knows ({})",
                MIGRATIONS.len()
            )));
        }
        for (i, step) in MIGRATIONS.iter().enumerate().skip(current) {
            let version = i32::try_from(i + 1).unwrap_or(i32::MAX);
            let mut tx = client.transaction().map_err(be)?;
            tx.batch_execute(step).map_err(be)?;
            if i + 1 == AUDIT_BLOCKS_VERSION {
                convert_audit_rows(&mut tx)?;
            }
            tx.execute(
                "INSERT INTO gatehouse_schema (version) VALUES ($1)",
                &[&version],
            )
            .map_err(be)?;
            tx.commit().map_err(be)?;
        }
        Ok(())
    })();
    let _ = client.execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK]);
    result
}

struct PgTx<'a> {
    store: &'a PostgresStore,
    client: Option<Client>,
    writable: bool,
    touched: BTreeSet<String>,
}

impl PgTx<'_> {
    fn c(&mut self) -> Result<&mut Client, StoreError> {
        self.client
            .as_mut()
            .ok_or_else(|| StoreError::Backend("transaction finished".to_owned()))
    }

    fn write(&mut self, collection: &str) -> Result<&mut Client, StoreError> {
        if !self.writable {
            return Err(StoreError::Backend(
                "write in a read-only transaction".to_owned(),
            ));
        }
        self.touched.insert(collection.to_owned());
        self.c()
    }
}

impl Drop for PgTx<'_> {
    fn drop(&mut self) {
        if let Some(mut c) = self.client.take()
            && c.batch_execute("ROLLBACK").is_ok()
        {
            self.store.give_back(c);
        }
    }
}

impl Tx for PgTx<'_> {
    fn get(&mut self, collection: &str, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let row = self
            .c()?
            .query_opt(
                "SELECT value FROM records WHERE collection = $1 AND key = $2",
                &[&collection, &key],
            )
            .map_err(be)?;
        Ok(row.map(|r| r.get(0)))
    }

    fn insert(&mut self, collection: &str, key: &str, value: &[u8]) -> Result<(), StoreError> {
        let c = self.write(collection)?;
        // A savepoint keeps the transaction usable after a key conflict, as SQLite's is.
        c.batch_execute("SAVEPOINT ins").map_err(be)?;
        match c.execute(
            "INSERT INTO records (collection, key, value) VALUES ($1, $2, $3)",
            &[&collection, &key, &value],
        ) {
            Ok(_) => c.batch_execute("RELEASE SAVEPOINT ins").map_err(be),
            Err(e) => {
                let _ = c.batch_execute("ROLLBACK TO SAVEPOINT ins");
                Err(backend(&e))
            }
        }
    }

    fn put(&mut self, collection: &str, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.write(collection)?
            .execute(
                "INSERT INTO records (collection, key, value) VALUES ($1, $2, $3)
                 ON CONFLICT (collection, key) DO UPDATE SET value = excluded.value",
                &[&collection, &key, &value],
            )
            .map(|_| ())
            .map_err(be)
    }

    fn delete(&mut self, collection: &str, key: &str) -> Result<bool, StoreError> {
        self.write(collection)?
            .execute(
                "DELETE FROM records WHERE collection = $1 AND key = $2",
                &[&collection, &key],
            )
            .map(|n| n > 0)
            .map_err(be)
    }

    fn scan(
        &mut self,
        collection: &str,
        prefix: &str,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = self
            .c()?
            .query(
                "SELECT key, value FROM records
                 WHERE collection = $1 AND key >= $2 AND ($3::TEXT IS NULL OR key > $3)
                 ORDER BY key LIMIT $4",
                &[&collection, &prefix, &after, &limit],
            )
            .map_err(be)?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let k: String = r.get(0);
            if !k.starts_with(prefix) {
                break;
            }
            out.push((k, r.get(1)));
        }
        Ok(out)
    }

    fn commit(mut self: Box<Self>) -> Result<(), StoreError> {
        let touched: Vec<String> = std::mem::take(&mut self.touched).into_iter().collect();
        let mut c = self
            .client
            .take()
            .ok_or_else(|| StoreError::Backend("transaction finished".to_owned()))?;
        let result = (|| {
            if !touched.is_empty() {
                // Delivered to listening nodes only if the transaction commits.
                c.execute("SELECT pg_notify($1, $2)", &[&CHANNEL, &touched.join(",")])
                    .map_err(be)?;
            }
            c.batch_execute("COMMIT").map_err(be)
        })();
        match &result {
            Ok(()) => self.store.give_back(c),
            Err(_) => {
                if c.batch_execute("ROLLBACK").is_ok() {
                    self.store.give_back(c);
                }
            }
        }
        result
    }
}

impl Store for PostgresStore {
    fn begin(&self) -> Result<Box<dyn Tx + '_>, StoreError> {
        let mut c = self.client()?;
        c.batch_execute("BEGIN").map_err(be)?;
        if let Err(e) = c.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK]) {
            let _ = c.batch_execute("ROLLBACK");
            return Err(backend(&e));
        }
        Ok(Box::new(PgTx {
            store: self,
            client: Some(c),
            writable: true,
            touched: BTreeSet::new(),
        }))
    }

    fn read(&self) -> Result<Box<dyn Tx + '_>, StoreError> {
        let mut c = self.client()?;
        c.batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .map_err(be)?;
        Ok(Box::new(PgTx {
            store: self,
            client: Some(c),
            writable: false,
            touched: BTreeSet::new(),
        }))
    }

    fn append_audit(&self, events: &[AuditEvent]) -> Result<(), StoreError> {
        if events.is_empty() {
            return Ok(());
        }
        let n = i64::try_from(events.len()).unwrap_or(i64::MAX);
        let mut c = self.client()?;
        let result = (|| {
            let mut tx = c.transaction().map_err(be)?;
            // The counter's row stays locked until this commits: numbers follow commit order.
            let first: i64 = tx
                .query_one(
                    "UPDATE audit_counter SET next = next + $1 RETURNING next - $1",
                    &[&n],
                )
                .map_err(be)?
                .get(0);
            let numbered: Vec<(i64, &AuditEvent)> = (first..).zip(events).collect();
            insert_blocks(&mut tx, &numbered)?;
            tx.commit().map_err(be)
        })();
        self.give_back(c);
        result
    }

    fn lookup_audit(&self, q: &AuditQuery) -> Result<AuditPage, StoreError> {
        let mut c = self.client()?;
        let result = lookup(&mut c, q);
        self.give_back(c);
        result
    }

    fn safe_on_async_worker(&self) -> bool {
        false
    }

    fn on_change(&self, listener: Box<dyn Fn(&str) + Send + Sync>) {
        if let Ok(mut ls) = self.listeners.write() {
            ls.push(listener);
        }
        self.start_listener();
    }

    fn export_records(&self, sink: &mut RecordSink<'_>) -> Result<u64, StoreError> {
        let mut c = self.client()?;
        let rows = c
            .query(
                "SELECT collection, key, value FROM records ORDER BY collection, key",
                &[],
            )
            .map_err(be)?;
        self.give_back(c);
        let mut n = 0;
        for r in rows {
            let v: Vec<u8> = r.get(2);
            sink(r.get(0), r.get(1), &v)?;
            n += 1;
        }
        Ok(n)
    }

    fn export_audit(
        &self,
        sink: &mut dyn FnMut(&AuditEvent) -> Result<(), StoreError>,
    ) -> Result<u64, StoreError> {
        // Each account's events in order (lookups never compare two accounts' events).
        let mut c = self.client()?;
        let result = (|| {
            let mut tx = c
                .build_transaction()
                .isolation_level(postgres::IsolationLevel::RepeatableRead)
                .read_only(true)
                .start()
                .map_err(be)?;
            let portal = tx
                .bind(
                    "SELECT account_id, body FROM audit_blocks ORDER BY account_id, last_seq",
                    &[],
                )
                .map_err(be)?;
            let mut n = 0;
            loop {
                let rows = tx.query_portal(&portal, 64).map_err(be)?;
                if rows.is_empty() {
                    break;
                }
                for r in &rows {
                    for (_, e) in audit_blocks::decode(r.get(0), r.get(1))? {
                        sink(&e)?;
                        n += 1;
                    }
                }
            }
            tx.commit().map_err(be)?;
            Ok(n)
        })();
        self.give_back(c);
        result
    }

    fn counts(&self) -> Result<(u64, u64), StoreError> {
        let mut c = self.client()?;
        let records: i64 = c
            .query_one("SELECT count(*) FROM records", &[])
            .map_err(be)?
            .get(0);
        let audit: i64 = c
            .query_one(
                "SELECT COALESCE(SUM(events), 0)::BIGINT FROM audit_blocks",
                &[],
            )
            .map_err(be)?
            .get(0);
        self.give_back(c);
        Ok((
            u64::try_from(records).unwrap_or(0),
            u64::try_from(audit).unwrap_or(0),
        ))
    }
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::expect_used,
        reason = "a test fails loudly"
    )]
    use super::*;

    /// A database left at schema step 2 with a per-event trail is converted to blocks:
    /// the same events, numbers, resources and accounts, and new events number after them.
    #[test]
    fn step_two_trails_become_blocks_intact() {
        let base = std::env::var("GATEHOUSE_TEST_DATABASE_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
        let Ok(mut admin) = Client::connect(&base, NoTls) else {
            assert!(
                std::env::var_os("CI").is_none(),
                "PostgreSQL is required in CI"
            );
            eprintln!("skipping: no PostgreSQL at {base}");
            return;
        };
        let schema = format!("gh_mig_{}", gatehouse_core::ids::uuid_v4().replace('-', ""));
        admin
            .batch_execute(&format!("CREATE SCHEMA {schema}"))
            .unwrap();
        let sep = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{sep}options=-c%20search_path%3D{schema}");
        let result = std::panic::catch_unwind(|| {
            let mut c = Client::connect(&url, NoTls).unwrap();
            c.batch_execute("CREATE TABLE gatehouse_schema (version INTEGER PRIMARY KEY)")
                .unwrap();
            for (i, step) in MIGRATIONS[..2].iter().enumerate() {
                c.batch_execute(step).unwrap();
                c.execute(
                    "INSERT INTO gatehouse_schema (version) VALUES ($1)",
                    &[&i32::try_from(i + 1).unwrap()],
                )
                .unwrap();
            }
            // 5,000 events over three accounts (one of them none), every third with two resources
            c.batch_execute(
                "INSERT INTO audit_events (account_id, event_time, event_id, event_name,
                    event_source, read_only, username, access_key_id, body)
                 SELECT (ARRAY['111111111111', '222222222222', ''])[1 + g % 3], 1000 * g,
                        'old-' || g, 'GetUser', 'iam.amazonaws.com', g % 2 = 0,
                        CASE WHEN g % 7 = 0 THEN NULL ELSE 'u' || (g % 5) END, 'AKIAOLD',
                        '{\"n\":' || g || '}'
                 FROM generate_series(1, 5000) g;
                 INSERT INTO audit_resources (seq, resource_type, resource_name)
                 SELECT seq, t, 'r' || seq FROM audit_events,
                        unnest(ARRAY['AWS::IAM::User', 'AWS::IAM::Role']) t
                 WHERE seq % 3 = 0;",
            )
            .unwrap();
            let store = PostgresStore::open(&url).unwrap();
            assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len());
            assert_eq!(store.counts().unwrap().1, 5_000);
            let mut old = Client::connect(&url, NoTls).unwrap();
            assert!(
                old.query("SELECT 1 FROM audit_events", &[]).is_err(),
                "old table dropped"
            );
            let q = AuditQuery {
                account_id: "111111111111".into(),
                attribute: None,
                start: None,
                end: None,
                limit: 2_000,
                before: None,
            };
            let page = store.lookup_audit(&q).unwrap();
            assert_eq!(page.events.len(), 1_666); // g % 3 == 0: 3, 6, …, 4998
            assert_eq!(page.events[0].event_id, "old-4998");
            let e = &page.events[0];
            assert_eq!(e.event_time, UnixMillis(4_998_000));
            assert_eq!(e.username, None); // 4998 = 7 × 714
            assert_eq!(page.events[1].username.as_deref(), Some("u0")); // 4995
            assert!(e.read_only);
            assert_eq!(
                e.resources,
                [
                    ("AWS::IAM::Role".to_owned(), "r4998".to_owned()),
                    ("AWS::IAM::User".to_owned(), "r4998".to_owned())
                ]
            );
            let by_id = store
                .lookup_audit(&AuditQuery {
                    attribute: Some((LookupAttribute::EventId, "old-3".into())),
                    ..q.clone()
                })
                .unwrap();
            assert_eq!(by_id.events.len(), 1);
            assert_eq!(by_id.events[0].cloudtrail_event, "{\"n\":3}");
            let none = store
                .lookup_audit(&AuditQuery {
                    account_id: String::new(),
                    ..q.clone()
                })
                .unwrap();
            assert_eq!(none.events.len(), 1_667);
            assert_eq!(none.events[0].account_id, None);
            // a new event numbers after the old ones: it comes first
            let mut fresh = page.events[5].clone();
            fresh.event_id = "new".into();
            store.append_audit(&[fresh]).unwrap();
            let top = store.lookup_audit(&AuditQuery { limit: 1, ..q }).unwrap();
            assert_eq!(top.events[0].event_id, "new");
            assert!(top.next.unwrap() > 5_000);
        });
        let _ = admin.batch_execute(&format!("DROP SCHEMA {schema} CASCADE"));
        if let Err(p) = result {
            std::panic::resume_unwind(p);
        }
    }
}
