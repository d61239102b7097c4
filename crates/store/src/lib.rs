//! Storage implementations of `core`'s store interfaces: SQLite in the data directory
//! (the embedded default: WAL, `synchronous=FULL`) and PostgreSQL for several nodes.

mod audit_blocks;
pub mod postgres;
pub mod sqlite;

use std::path::Path;
use std::sync::Arc;

use gatehouse_core::store::{Store, StoreError};

pub use postgres::PostgresStore;
pub use sqlite::SqliteStore;

/// Opens the store a location names: a `postgres://` or `postgresql://` URL, or the
/// SQLite database of a data directory.
pub fn open(location: Option<&str>, data_dir: &Path) -> Result<Arc<dyn Store>, StoreError> {
    match location {
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            Ok(Arc::new(PostgresStore::open(url)?))
        }
        Some(other) => Err(StoreError::Backend(format!(
            "unknown store `{}`: give a postgres:// URL, or nothing for the embedded store",
            other.split('@').next_back().unwrap_or(other)
        ))),
        None => Ok(Arc::new(SqliteStore::open(&data_dir.join("gatehouse.db"))?)),
    }
}

/// Copies every record and audit event from `from` into the empty store `to`, then
/// checks the counts match.
pub fn copy(
    from: &dyn Store,
    to: &dyn Store,
    allow_non_empty: bool,
) -> Result<(u64, u64), StoreError> {
    let (have_records, have_audit) = to.counts()?;
    if (have_records > 0 || have_audit > 0) && !allow_non_empty {
        return Err(StoreError::Backend(format!(
            "the target store is not empty ({have_records} records, {have_audit} audit events); pass --force to copy into it anyway"
        )));
    }
    let mut tx = to.begin()?;
    let records = from.export_records(&mut |c, k, v| tx.put(c, k, v))?;
    tx.commit()?;
    let mut batch = Vec::with_capacity(1000);
    let audit = from.export_audit(&mut |e| {
        batch.push(e.clone());
        if batch.len() >= 1000 {
            to.append_audit(&batch)?;
            batch.clear();
        }
        Ok(())
    })?;
    to.append_audit(&batch)?;
    let (src_records, src_audit) = from.counts()?;
    let (dst_records, dst_audit) = to.counts()?;
    let complete = if have_records == 0 && have_audit == 0 {
        dst_records == src_records && dst_audit == src_audit
    } else {
        dst_records >= src_records && dst_audit >= src_audit + have_audit
    };
    if !complete {
        return Err(StoreError::Backend(format!(
            "copy incomplete: the target holds {dst_records} records and {dst_audit} audit events, the source {src_records} and {src_audit}"
        )));
    }
    Ok((records, audit))
}
