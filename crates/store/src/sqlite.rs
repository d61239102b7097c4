//! The embedded store: one SQLite database in WAL mode with full fsync on commit. One
//! writer connection serialises writes; a few reader connections read snapshots
//! concurrently.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

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

#[derive(Debug)]
pub struct SqliteStore {
    writer: Mutex<Connection>,
    readers: Vec<Mutex<Connection>>,
    next_reader: AtomicUsize,
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

fn lock(m: &Mutex<Connection>) -> MutexGuard<'_, Connection> {
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

impl SqliteStore {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
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
            writer: Mutex::new(writer),
            readers,
            next_reader: AtomicUsize::new(0),
        })
    }

    /// The schema version this database is at.
    pub fn schema_version(&self) -> Result<usize, StoreError> {
        let conn = lock(&self.writer);
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(backend)?;
        Ok(usize::try_from(v).unwrap_or(0))
    }

    /// A consistent copy of the whole database at `dest`, taken while the store serves.
    pub fn backup(&self, dest: &Path) -> Result<(), StoreError> {
        if dest.exists() {
            return Err(StoreError::Backend(format!(
                "`{}` already exists",
                dest.display()
            )));
        }
        let conn = lock(self.reader());
        let target = dest.to_string_lossy().replace('\'', "''");
        // VACUUM INTO writes a transactionally consistent, compacted copy.
        conn.execute_batch(&format!("VACUUM INTO '{target}'"))
            .map_err(backend)
    }

    fn reader(&self) -> &Mutex<Connection> {
        let i = self.next_reader.fetch_add(1, Ordering::Relaxed) % self.readers.len().max(1);
        self.readers.get(i).unwrap_or(&self.writer)
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

struct SqliteTx<'a> {
    conn: MutexGuard<'a, Connection>,
    writable: bool,
    open: bool,
}

impl SqliteTx<'_> {
    fn writable(&self) -> Result<(), StoreError> {
        if self.writable {
            Ok(())
        } else {
            Err(StoreError::Backend(
                "write in a read-only transaction".to_owned(),
            ))
        }
    }
}

impl Drop for SqliteTx<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

impl Tx for SqliteTx<'_> {
    fn get(&mut self, collection: &str, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT value FROM records WHERE collection = ?1 AND key = ?2")
            .map_err(backend)?;
        stmt.query_row(params![collection, key], |r| r.get(0))
            .optional()
            .map_err(backend)
    }

    fn insert(&mut self, collection: &str, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.writable()?;
        let mut stmt = self
            .conn
            .prepare_cached("INSERT INTO records (collection, key, value) VALUES (?1, ?2, ?3)")
            .map_err(backend)?;
        stmt.execute(params![collection, key, value])
            .map(|_| ())
            .map_err(backend)
    }

    fn put(&mut self, collection: &str, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.writable()?;
        let mut stmt = self
            .conn
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
        self.writable()?;
        let mut stmt = self
            .conn
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
        let mut stmt = self
            .conn
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

    fn commit(mut self: Box<Self>) -> Result<(), StoreError> {
        self.open = false;
        self.conn.execute_batch("COMMIT").map_err(|e| {
            let _ = self.conn.execute_batch("ROLLBACK");
            backend(e)
        })
    }
}

impl Store for SqliteStore {
    fn begin(&self) -> Result<Box<dyn Tx + '_>, StoreError> {
        let conn = lock(&self.writer);
        conn.execute_batch("BEGIN IMMEDIATE").map_err(backend)?;
        Ok(Box::new(SqliteTx {
            conn,
            writable: true,
            open: true,
        }))
    }

    fn read(&self) -> Result<Box<dyn Tx + '_>, StoreError> {
        let conn = lock(self.reader());
        conn.execute_batch("BEGIN").map_err(backend)?;
        Ok(Box::new(SqliteTx {
            conn,
            writable: false,
            open: true,
        }))
    }

    fn append_audit(&self, events: &[AuditEvent]) -> Result<(), StoreError> {
        if events.is_empty() {
            return Ok(());
        }
        let mut conn = lock(&self.writer);
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(backend)?;
        {
            let mut ins = tx
                .prepare_cached(
                    "INSERT INTO audit_events (account_id, event_time, event_id, event_name,
                        event_source, read_only, username, access_key_id, body)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )
                .map_err(backend)?;
            let mut res = tx
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
                let seq = tx.last_insert_rowid();
                for (t, n) in &e.resources {
                    res.execute(params![seq, t, n]).map_err(backend)?;
                }
            }
        }
        tx.commit().map_err(backend)
    }

    fn lookup_audit(&self, q: &AuditQuery) -> Result<AuditPage, StoreError> {
        let mut sql = String::from(
            "SELECT seq, account_id, event_time, event_id, event_name, event_source, read_only,
                    username, access_key_id, body
             FROM audit_events WHERE account_id = ?1
               AND (?2 IS NULL OR event_time >= ?2) AND (?3 IS NULL OR event_time <= ?3)
               AND (?4 IS NULL OR seq < ?4)",
        );
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
                    fetch
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
