//! The embedded store: one SQLite database in WAL mode with full fsync on commit. One
//! writer connection serialises writes; a few reader connections read snapshots
//! concurrently.
//!
//! Writes are committed in groups. Each write transaction runs as a savepoint inside an
//! outer transaction; committing it releases the savepoint into that outer transaction
//! and then waits until the outer transaction is durable. Whoever finds no other writer
//! queued commits the outer transaction for everyone in it, so one fsync acknowledges
//! all the writes that arrived while the previous one was on disk. No caller hears
//! "committed" before its write is durable, and a transaction that fails or is dropped
//! rolls back to its own savepoint without touching the others'. A commit that fails
//! fails every transaction of its group.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use gatehouse_core::audit::{AuditEvent, AuditPage, AuditQuery, LookupAttribute};
use gatehouse_core::clock::UnixMillis;
use gatehouse_core::store::{RecordSink, Store, StoreError, Tx};
use rusqlite::{Connection, ErrorCode, OptionalExtension, params};

/// Each entry is one schema step; `PRAGMA user_version` counts the steps applied.
const MIGRATIONS: &[&str] = &[r"
CREATE TABLE records (
    collection TEXT NOT NULL,
    key TEXT NOT NULL,
    value BLOB NOT NULL,
    PRIMARY KEY (collection, key)
) WITHOUT ROWID;
CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id TEXT,
    event_time INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    event_name TEXT NOT NULL,
    event_source TEXT NOT NULL,
    read_only INTEGER NOT NULL,
    username TEXT,
    access_key_id TEXT,
    body TEXT NOT NULL
);
CREATE INDEX audit_events_by_account ON audit_events (account_id, seq);
CREATE INDEX audit_events_by_time ON audit_events (account_id, event_time);
CREATE TABLE audit_resources (
    seq INTEGER NOT NULL REFERENCES audit_events (seq),
    resource_type TEXT NOT NULL,
    resource_name TEXT NOT NULL
);
CREATE INDEX audit_resources_by_seq ON audit_resources (seq);
"];

const READERS: usize = 4;

/// How long a group may stay open waiting for queued writers to join it.
const GROUP_MAX_AGE: Duration = Duration::from_millis(4);
/// How many transactions one group may hold before it is committed regardless.
const GROUP_MAX_MEMBERS: usize = 512;
/// How long a member waiting for its group's commit sleeps before looking again.
const GROUP_POLL: Duration = Duration::from_micros(250);

#[derive(Debug)]
pub struct SqliteStore {
    writer: Mutex<Writer>,
    /// Signalled whenever a group ends or a writer gives the connection back.
    group_ended: Condvar,
    /// Threads waiting to take the writer connection, who will join the open group.
    queued: AtomicUsize,
    readers: Vec<Mutex<Connection>>,
    next_reader: AtomicUsize,
}

/// The writer connection and the commit group open on it.
#[derive(Debug)]
struct Writer {
    conn: Connection,
    /// An outer transaction is open on `conn`.
    open: bool,
    /// The number of the open group, or of the last one if none is open.
    group: u64,
    /// Transactions released into the open group, waiting for its commit.
    members: usize,
    opened: Instant,
    /// Every group up to this number has ended, committed or failed.
    ended: u64,
    /// Groups whose commit failed: number, error, members yet to hear of it.
    failed: Vec<(u64, StoreError, usize)>,
    /// Transactions and groups committed since the store was opened.
    committed: (u64, u64),
}

impl Writer {
    /// Commits the open group (or learns that the database already lost it) and wakes
    /// its members. The caller is one of them and gets the outcome directly.
    fn end_group(&mut self) -> Result<(), StoreError> {
        let group = self.group;
        let outcome = if self.conn.is_autocommit() {
            Err(StoreError::Backend(
                "the database rolled the transaction back".to_owned(),
            ))
        } else {
            self.conn.execute_batch("COMMIT").map_err(backend)
        };
        if outcome.is_err() && !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        match &outcome {
            Ok(()) => {
                self.committed.0 += self.members as u64;
                self.committed.1 += 1;
            }
            Err(e) if self.members > 1 => {
                self.failed.push((group, copy_error(e), self.members - 1));
            }
            Err(_) => {}
        }
        self.open = false;
        self.members = 0;
        self.ended = group;
        outcome
    }

    /// The outcome of an ended group for one of its members other than the committer.
    fn outcome_of(&mut self, group: u64) -> Result<(), StoreError> {
        let Some(i) = self.failed.iter().position(|(g, _, _)| *g == group) else {
            return Ok(());
        };
        let err = self.failed.get_mut(i).map(|(_, e, left)| {
            *left = left.saturating_sub(1);
            (copy_error(e), *left == 0)
        });
        match err {
            Some((e, last)) => {
                if last {
                    self.failed.swap_remove(i);
                }
                Err(e)
            }
            None => Ok(()),
        }
    }
}

fn copy_error(e: &StoreError) -> StoreError {
    // Written without a `match` so a variant added to `StoreError` later needs no arm
    // here: whatever else there is reaches the group's other members as a failure.
    if matches!(e, StoreError::Conflict) {
        return StoreError::Conflict;
    }
    if let StoreError::Unavailable(m) = e {
        return StoreError::Unavailable(m.clone());
    }
    if let StoreError::Backend(m) = e {
        return StoreError::Backend(m.clone());
    }
    StoreError::Backend(e.to_string())
}

fn backend(e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            StoreError::Unavailable(e.to_string())
        }
        Some(ErrorCode::ConstraintViolation) => StoreError::Conflict,
        _ => StoreError::Backend(e.to_string()),
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding a connection leaves no transaction open (Drop rolls back),
    // so the connection itself is still sound.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA busy_timeout = 10000;",
    )
    .map_err(backend)
}

/// Creates `path` empty with mode 0600; fails if it exists.
fn create_private(path: &Path) -> Result<(), StoreError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(path)
        .map(drop)
        .map_err(|e| StoreError::Backend(format!("cannot create `{}`: {e}", path.display())))
}

/// Makes the database and its WAL and shared-memory files private to this user: the
/// database is created 0600 before SQLite opens it (SQLite gives the `-wal` and `-shm`
/// files the database's mode), and files left more open by an older version are narrowed.
fn private_file(path: &Path) -> Result<(), StoreError> {
    if !path.exists() {
        create_private(path)?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mut names = vec![path.to_path_buf()];
        for suffix in ["-wal", "-shm"] {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            names.push(name.into());
        }
        for name in names.iter().filter(|n| n.exists()) {
            std::fs::set_permissions(name, std::fs::Permissions::from_mode(0o600)).map_err(
                |e| StoreError::Backend(format!("cannot make `{}` private: {e}", name.display())),
            )?;
        }
    }
    Ok(())
}

impl SqliteStore {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        private_file(path)?;
        let writer = Connection::open(path).map_err(backend)?;
        configure(&writer)?;
        migrate(&writer)?;
        let mut readers = Vec::with_capacity(READERS);
        for _ in 0..READERS {
            let r = Connection::open(path).map_err(backend)?;
            configure(&r)?;
            readers.push(Mutex::new(r));
        }
        Ok(Self {
            writer: Mutex::new(Writer {
                conn: writer,
                open: false,
                group: 0,
                members: 0,
                opened: Instant::now(),
                ended: 0,
                failed: Vec::new(),
                committed: (0, 0),
            }),
            group_ended: Condvar::new(),
            queued: AtomicUsize::new(0),
            readers,
            next_reader: AtomicUsize::new(0),
        })
    }

    /// The schema version this database is at.
    pub fn schema_version(&self) -> Result<usize, StoreError> {
        let w = lock(&self.writer);
        let v: i64 = w
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(backend)?;
        Ok(usize::try_from(v).unwrap_or(0))
    }

    /// `(transactions, commits)` since the store was opened: how many write
    /// transactions were acknowledged, and in how many durable commits.
    pub fn commit_counts(&self) -> (u64, u64) {
        lock(&self.writer).committed
    }

    /// A consistent copy of the whole database at `dest`, taken while the store serves.
    pub fn backup(&self, dest: &Path) -> Result<(), StoreError> {
        if dest.exists() {
            return Err(StoreError::Backend(format!(
                "`{}` already exists",
                dest.display()
            )));
        }
        // VACUUM INTO fills an empty file it is given: created here first, private, so the
        // copy's sealed secrets and audit trail are never readable by others.
        create_private(dest)?;
        let conn = lock(self.reader());
        let target = dest.to_string_lossy().replace('\'', "''");
        // VACUUM INTO writes a transactionally consistent, compacted copy.
        conn.execute_batch(&format!("VACUUM INTO '{target}'"))
            .map_err(backend)
    }

    fn reader(&self) -> &Mutex<Connection> {
        let n = self.readers.len().max(1);
        let i = self.next_reader.fetch_add(1, Ordering::Relaxed) % n;
        // `open` made READERS of them, and i < len by the modulo.
        &self.readers[i]
    }

    /// Takes the writer connection and opens a savepoint in the current group (opening
    /// the group if none is).
    fn write(&self) -> Result<WriteTx<'_>, StoreError> {
        self.queued.fetch_add(1, Ordering::SeqCst);
        let mut w = lock(&self.writer);
        self.queued.fetch_sub(1, Ordering::SeqCst);
        if !w.open {
            if !w.conn.is_autocommit() {
                let _ = w.conn.execute_batch("ROLLBACK");
            }
            w.conn.execute_batch("BEGIN IMMEDIATE").map_err(backend)?;
            w.open = true;
            w.group += 1;
            w.members = 0;
            w.opened = Instant::now();
        }
        if let Err(e) = w.conn.execute_batch("SAVEPOINT member") {
            if w.members == 0 {
                let _ = w.conn.execute_batch("ROLLBACK");
                w.open = false;
                w.ended = w.group;
            }
            return Err(backend(e));
        }
        Ok(WriteTx {
            store: self,
            writer: Some(w),
        })
    }
}

fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let current: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(backend)?;
    let current = usize::try_from(current).unwrap_or(0);
    if current > MIGRATIONS.len() {
        return Err(StoreError::Backend(format!(
            "the database schema (version {current}) is newer than this Gatehouse knows ({})",
            MIGRATIONS.len()
        )));
    }
    for (i, step) in MIGRATIONS.iter().enumerate().skip(current) {
        let version = i + 1;
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE; {step}; PRAGMA user_version = {version}; COMMIT;"
        ))
        .map_err(|e| {
            let _ = conn.execute_batch("ROLLBACK");
            backend(e)
        })?;
    }
    Ok(())
}

/// A read-only snapshot on a reader connection.
struct ReadTx<'a> {
    conn: MutexGuard<'a, Connection>,
}

impl Drop for ReadTx<'_> {
    fn drop(&mut self) {
        let _ = self.conn.execute_batch("ROLLBACK");
    }
}

fn read_only() -> StoreError {
    StoreError::Backend("write in a read-only transaction".to_owned())
}

impl Tx for ReadTx<'_> {
    fn get(&mut self, collection: &str, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        get(&self.conn, collection, key)
    }

    fn insert(&mut self, _: &str, _: &str, _: &[u8]) -> Result<(), StoreError> {
        Err(read_only())
    }

    fn put(&mut self, _: &str, _: &str, _: &[u8]) -> Result<(), StoreError> {
        Err(read_only())
    }

    fn delete(&mut self, _: &str, _: &str) -> Result<bool, StoreError> {
        Err(read_only())
    }

    fn scan(
        &mut self,
        collection: &str,
        prefix: &str,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        scan(&self.conn, collection, prefix, after, limit)
    }

    fn commit(self: Box<Self>) -> Result<(), StoreError> {
        Ok(())
    }
}

/// One write transaction: a savepoint in the writer's open group, holding the writer
/// connection until it is committed (released into the group) or dropped (rolled back
/// to the savepoint).
struct WriteTx<'a> {
    store: &'a SqliteStore,
    writer: Option<MutexGuard<'a, Writer>>,
}

impl WriteTx<'_> {
    /// The connection, while the group's transaction is still alive: after an I/O error
    /// SQLite may have rolled the whole transaction back, and a write now would commit on
    /// its own.
    fn conn(&self) -> Result<&Connection, StoreError> {
        match &self.writer {
            Some(w) if !w.conn.is_autocommit() => Ok(&w.conn),
            _ => Err(StoreError::Backend(
                "the database rolled the transaction back".to_owned(),
            )),
        }
    }

    /// Releases the savepoint into the group and waits until the group is durable.
    fn finish(&mut self) -> Result<(), StoreError> {
        let Some(mut w) = self.writer.take() else {
            return Err(StoreError::Backend("transaction already ended".to_owned()));
        };
        if let Err(e) = w.conn.execute_batch("RELEASE member") {
            let e = backend(e);
            let _ = w.conn.execute_batch("ROLLBACK TO member; RELEASE member");
            self.store.gave_back(w);
            return Err(e);
        }
        w.members += 1;
        let group = w.group;
        loop {
            if w.ended >= group {
                return w.outcome_of(group);
            }
            let queued = self.store.queued.load(Ordering::SeqCst);
            if queued == 0 || w.members >= GROUP_MAX_MEMBERS || w.opened.elapsed() >= GROUP_MAX_AGE
            {
                let outcome = w.end_group();
                drop(w);
                self.store.group_ended.notify_all();
                return outcome;
            }
            // Writers are queued for the connection: let them join this group.
            w = match self.store.group_ended.wait_timeout(w, GROUP_POLL) {
                Ok((w, _)) => w,
                Err(poisoned) => poisoned.into_inner().0,
            };
        }
    }
}

impl SqliteStore {
    /// Takes back the writer connection from a transaction that did not join its group:
    /// if nobody else is in the group, the outer transaction ends too, so an idle store
    /// holds no write lock.
    fn gave_back(&self, mut w: MutexGuard<'_, Writer>) {
        if w.open && w.members == 0 {
            if !w.conn.is_autocommit() {
                let _ = w.conn.execute_batch("ROLLBACK");
            }
            w.open = false;
            w.ended = w.group;
        }
        drop(w);
        self.group_ended.notify_all();
    }
}

impl Drop for WriteTx<'_> {
    fn drop(&mut self) {
        if let Some(w) = self.writer.take() {
            if !w.conn.is_autocommit()
                && w.conn
                    .execute_batch("ROLLBACK TO member; RELEASE member")
                    .is_err()
            {
                // The savepoint cannot be undone alone: the group's transaction is
                // broken and must not be committed.
                let _ = w.conn.execute_batch("ROLLBACK");
            }
            self.store.gave_back(w);
        }
    }
}

impl Tx for WriteTx<'_> {
    fn get(&mut self, collection: &str, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        get(self.conn()?, collection, key)
    }

    fn insert(&mut self, collection: &str, key: &str, value: &[u8]) -> Result<(), StoreError> {
        let mut stmt = self
            .conn()?
            .prepare_cached("INSERT INTO records (collection, key, value) VALUES (?1, ?2, ?3)")
            .map_err(backend)?;
        stmt.execute(params![collection, key, value])
            .map(|_| ())
            .map_err(backend)
    }

    fn put(&mut self, collection: &str, key: &str, value: &[u8]) -> Result<(), StoreError> {
        let mut stmt = self
            .conn()?
            .prepare_cached(
                "INSERT INTO records (collection, key, value) VALUES (?1, ?2, ?3)
                 ON CONFLICT (collection, key) DO UPDATE SET value = excluded.value",
            )
            .map_err(backend)?;
        stmt.execute(params![collection, key, value])
            .map(|_| ())
            .map_err(backend)
    }

    fn delete(&mut self, collection: &str, key: &str) -> Result<bool, StoreError> {
        let mut stmt = self
            .conn()?
            .prepare_cached("DELETE FROM records WHERE collection = ?1 AND key = ?2")
            .map_err(backend)?;
        stmt.execute(params![collection, key])
            .map(|n| n > 0)
            .map_err(backend)
    }

    fn scan(
        &mut self,
        collection: &str,
        prefix: &str,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        scan(self.conn()?, collection, prefix, after, limit)
    }

    fn commit(mut self: Box<Self>) -> Result<(), StoreError> {
        self.finish()
    }
}

fn get(conn: &Connection, collection: &str, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
    let mut stmt = conn
        .prepare_cached("SELECT value FROM records WHERE collection = ?1 AND key = ?2")
        .map_err(backend)?;
    stmt.query_row(params![collection, key], |r| r.get(0))
        .optional()
        .map_err(backend)
}

fn scan(
    conn: &Connection,
    collection: &str,
    prefix: &str,
    after: Option<&str>,
    limit: usize,
) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT key, value FROM records
             WHERE collection = ?1 AND key >= ?2 AND (?3 IS NULL OR key > ?3)
             ORDER BY key LIMIT ?4",
        )
        .map_err(backend)?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = stmt
        .query_map(params![collection, prefix, after, limit], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
        })
        .map_err(backend)?;
    let mut out = Vec::new();
    for row in rows {
        let (k, v) = row.map_err(backend)?;
        // Keys sort after the prefix range once they stop matching it.
        if !k.starts_with(prefix) {
            break;
        }
        out.push((k, v));
    }
    Ok(out)
}

impl SqliteStore {
    /// One page of `LookupEvents`, limited to events of the time `time` when given.
    fn lookup_rows(&self, q: &AuditQuery, time: Option<i64>) -> Result<AuditPage, StoreError> {
        let mut sql = String::from(
            "SELECT seq, account_id, event_time, event_id, event_name, event_source, read_only,
                    username, access_key_id, body
             FROM audit_events WHERE account_id = ?1
               AND (?2 IS NULL OR event_time >= ?2) AND (?3 IS NULL OR event_time <= ?3)
               AND (?4 IS NULL OR seq < ?4)",
        );
        sql.push_str(if time.is_some() {
            " AND event_time = ?7"
        } else {
            " AND ?7 IS NULL"
        });
        let mut value: Option<String> = None;
        if let Some((attr, v)) = &q.attribute {
            let clause = match attr {
                LookupAttribute::EventId => " AND event_id = ?5",
                LookupAttribute::EventName => " AND event_name = ?5",
                LookupAttribute::Username => " AND username = ?5",
                LookupAttribute::AccessKeyId => " AND access_key_id = ?5",
                LookupAttribute::EventSource => " AND event_source = ?5",
                LookupAttribute::ReadOnly => " AND read_only = (?5 = 'true')",
                LookupAttribute::ResourceType => {
                    " AND seq IN (SELECT seq FROM audit_resources WHERE resource_type = ?5)"
                }
                LookupAttribute::ResourceName => {
                    " AND seq IN (SELECT seq FROM audit_resources WHERE resource_name = ?5)"
                }
            };
            sql.push_str(clause);
            value = Some(v.clone());
        } else {
            sql.push_str(" AND ?5 IS NULL");
        }
        sql.push_str(" ORDER BY seq DESC LIMIT ?6");
        let conn = lock(self.reader());
        let mut stmt = conn.prepare_cached(&sql).map_err(backend)?;
        let fetch = i64::try_from(q.limit.saturating_add(1)).unwrap_or(i64::MAX);
        let rows = stmt
            .query_map(
                params![
                    q.account_id,
                    q.start.map(|t| t.0),
                    q.end.map(|t| t.0),
                    q.before,
                    value,
                    fetch,
                    time
                ],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        AuditEvent {
                            account_id: r.get(1)?,
                            event_time: UnixMillis(r.get(2)?),
                            event_id: r.get(3)?,
                            event_name: r.get(4)?,
                            event_source: r.get(5)?,
                            read_only: r.get(6)?,
                            username: r.get(7)?,
                            access_key_id: r.get(8)?,
                            resources: Vec::new(),
                            cloudtrail_event: r.get(9)?,
                        },
                    ))
                },
            )
            .map_err(backend)?;
        let mut events = Vec::new();
        let mut seqs = Vec::new();
        for row in rows {
            let (seq, e) = row.map_err(backend)?;
            seqs.push(seq);
            events.push(e);
        }
        let next = if events.len() > q.limit {
            events.truncate(q.limit);
            seqs.truncate(q.limit);
            seqs.last().copied()
        } else {
            None
        };
        let mut res = conn
            .prepare_cached(
                "SELECT resource_type, resource_name FROM audit_resources WHERE seq = ?1",
            )
            .map_err(backend)?;
        for (e, seq) in events.iter_mut().zip(&seqs) {
            let rows = res
                .query_map(params![seq], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })
                .map_err(backend)?;
            for row in rows {
                e.resources.push(row.map_err(backend)?);
            }
        }
        Ok(AuditPage { events, next })
    }
}

impl Store for SqliteStore {
    fn begin(&self) -> Result<Box<dyn Tx + '_>, StoreError> {
        Ok(Box::new(self.write()?))
    }

    fn read(&self) -> Result<Box<dyn Tx + '_>, StoreError> {
        let conn = lock(self.reader());
        conn.execute_batch("BEGIN").map_err(backend)?;
        Ok(Box::new(ReadTx { conn }))
    }

    fn append_audit(&self, events: &[AuditEvent]) -> Result<(), StoreError> {
        if events.is_empty() {
            return Ok(());
        }
        let mut tx = self.write()?;
        {
            let conn = tx.conn()?;
            let mut ins = conn
                .prepare_cached(
                    "INSERT INTO audit_events (account_id, event_time, event_id, event_name,
                        event_source, read_only, username, access_key_id, body)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )
                .map_err(backend)?;
            let mut res = conn
                .prepare_cached(
                    "INSERT INTO audit_resources (seq, resource_type, resource_name)
                     VALUES (?1, ?2, ?3)",
                )
                .map_err(backend)?;
            for e in events {
                ins.execute(params![
                    e.account_id,
                    e.event_time.0,
                    e.event_id,
                    e.event_name,
                    e.event_source,
                    e.read_only,
                    e.username,
                    e.access_key_id,
                    e.cloudtrail_event
                ])
                .map_err(backend)?;
                let seq = conn.last_insert_rowid();
                for (t, n) in &e.resources {
                    res.execute(params![seq, t, n]).map_err(backend)?;
                }
            }
        }
        tx.finish()
    }

    fn lookup_audit(&self, q: &AuditQuery) -> Result<AuditPage, StoreError> {
        if let Some((LookupAttribute::EventId, id)) = &q.attribute
            && let Some(t) = gatehouse_core::ids::uuid_v7_millis(id)
        {
            // Ids made by the trail carry their event's time: the time index finds them
            // without a scan. An id whose time is not its event's is still found below
            // (ids are unique: 74 random bits each, so one found here is the only one).
            let page = self.lookup_rows(q, Some(t))?;
            if !page.events.is_empty() {
                return Ok(page);
            }
        }
        self.lookup_rows(q, None)
    }

    fn export_records(&self, sink: &mut RecordSink<'_>) -> Result<u64, StoreError> {
        let conn = lock(self.reader());
        conn.execute_batch("BEGIN").map_err(backend)?;
        let result = (|| {
            let mut stmt = conn
                .prepare("SELECT collection, key, value FROM records ORDER BY collection, key")
                .map_err(backend)?;
            let mut rows = stmt.query([]).map_err(backend)?;
            let mut n = 0u64;
            while let Some(row) = rows.next().map_err(backend)? {
                let c: String = row.get(0).map_err(backend)?;
                let k: String = row.get(1).map_err(backend)?;
                let v: Vec<u8> = row.get(2).map_err(backend)?;
                sink(&c, &k, &v)?;
                n += 1;
            }
            Ok(n)
        })();
        let _ = conn.execute_batch("ROLLBACK");
        result
    }

    fn export_audit(
        &self,
        sink: &mut dyn FnMut(&AuditEvent) -> Result<(), StoreError>,
    ) -> Result<u64, StoreError> {
        let conn = lock(self.reader());
        conn.execute_batch("BEGIN").map_err(backend)?;
        let result = (|| {
            let mut stmt = conn
                .prepare(
                    "SELECT seq, account_id, event_time, event_id, event_name, event_source,
                            read_only, username, access_key_id, body
                     FROM audit_events ORDER BY seq",
                )
                .map_err(backend)?;
            let mut res = conn
                .prepare("SELECT resource_type, resource_name FROM audit_resources WHERE seq = ?1")
                .map_err(backend)?;
            let mut rows = stmt.query([]).map_err(backend)?;
            let mut n = 0u64;
            while let Some(r) = rows.next().map_err(backend)? {
                let seq: i64 = r.get(0).map_err(backend)?;
                let mut e = AuditEvent {
                    account_id: r.get(1).map_err(backend)?,
                    event_time: UnixMillis(r.get(2).map_err(backend)?),
                    event_id: r.get(3).map_err(backend)?,
                    event_name: r.get(4).map_err(backend)?,
                    event_source: r.get(5).map_err(backend)?,
                    read_only: r.get(6).map_err(backend)?,
                    username: r.get(7).map_err(backend)?,
                    access_key_id: r.get(8).map_err(backend)?,
                    resources: Vec::new(),
                    cloudtrail_event: r.get(9).map_err(backend)?,
                };
                let found = res
                    .query_map(params![seq], |x| {
                        Ok((x.get::<_, String>(0)?, x.get::<_, String>(1)?))
                    })
                    .map_err(backend)?;
                for f in found {
                    e.resources.push(f.map_err(backend)?);
                }
                sink(&e)?;
                n += 1;
            }
            Ok(n)
        })();
        let _ = conn.execute_batch("ROLLBACK");
        result
    }

    fn counts(&self) -> Result<(u64, u64), StoreError> {
        let conn = lock(self.reader());
        let records: i64 = conn
            .query_row("SELECT count(*) FROM records", [], |r| r.get(0))
            .map_err(backend)?;
        let audit: i64 = conn
            .query_row("SELECT count(*) FROM audit_events", [], |r| r.get(0))
            .map_err(backend)?;
        Ok((
            u64::try_from(records).unwrap_or(0),
            u64::try_from(audit).unwrap_or(0),
        ))
    }
}
