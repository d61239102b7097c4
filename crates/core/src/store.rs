//! The storage interface the domain needs: keyed records in named collections, read and
//! written inside one transaction, plus the append-only audit log.
//!
//! Records are opaque bytes to the store; the domain encodes them. Uniqueness (of names,
//! ids, ARNs) is expressed by inserting one record per unique key inside the same
//! transaction, so the store's primary key enforces it even across nodes.

use crate::audit::{AuditEvent, AuditPage, AuditQuery};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// An `insert` found the key taken.
    #[error("the record already exists")]
    Conflict,
    /// The database is busy or unreachable; the operation may be retried.
    #[error("the store is unavailable: {0}")]
    Unavailable(String),
    #[error("the store failed: {0}")]
    Backend(String),
}

/// One transaction. Dropping it without `commit` rolls everything back.
pub trait Tx {
    fn get(&mut self, collection: &str, key: &str) -> Result<Option<Vec<u8>>, StoreError>;
    /// Inserts a new record; `Conflict` if the key exists.
    fn insert(&mut self, collection: &str, key: &str, value: &[u8]) -> Result<(), StoreError>;
    /// Inserts or replaces.
    fn put(&mut self, collection: &str, key: &str, value: &[u8]) -> Result<(), StoreError>;
    /// Removes a record; whether it existed.
    fn delete(&mut self, collection: &str, key: &str) -> Result<bool, StoreError>;
    /// Records whose key starts with `prefix` and sorts after `after`, in key order.
    fn scan(
        &mut self,
        collection: &str,
        prefix: &str,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<(String, Vec<u8>)>, StoreError>;
    fn commit(self: Box<Self>) -> Result<(), StoreError>;
}

/// Receives one record `(collection, key, value)` of an export.
pub type RecordSink<'a> = dyn FnMut(&str, &str, &[u8]) -> Result<(), StoreError> + 'a;

pub trait Store: Send + Sync + std::fmt::Debug {
    /// A read-write transaction, serialised with other writers.
    fn begin(&self) -> Result<Box<dyn Tx + '_>, StoreError>;
    /// A read-only snapshot.
    fn read(&self) -> Result<Box<dyn Tx + '_>, StoreError>;
    /// Appends audit events durably, in order, in one transaction.
    fn append_audit(&self, events: &[AuditEvent]) -> Result<(), StoreError>;
    fn lookup_audit(&self, query: &AuditQuery) -> Result<AuditPage, StoreError>;

    /// Whether calls may run on an async worker thread (they finish in microseconds and
    /// never start a runtime of their own). Stores that answer `false` are only called
    /// from blocking threads.
    fn safe_on_async_worker(&self) -> bool {
        true
    }

    /// Registers a function called with a collection's name whenever any node commits a
    /// change to it, so caches can be dropped. Single-node stores never call it.
    fn on_change(&self, listener: Box<dyn Fn(&str) + Send + Sync>) {
        let _ = listener;
    }

    /// Every record, in (collection, key) order, for copying an installation.
    fn export_records(&self, sink: &mut RecordSink<'_>) -> Result<u64, StoreError> {
        let _ = sink;
        Err(StoreError::Backend(
            "this store cannot be exported".to_owned(),
        ))
    }

    /// Every audit event, oldest first.
    fn export_audit(
        &self,
        sink: &mut dyn FnMut(&AuditEvent) -> Result<(), StoreError>,
    ) -> Result<u64, StoreError> {
        let _ = sink;
        Err(StoreError::Backend(
            "this store cannot be exported".to_owned(),
        ))
    }

    /// `(records, audit events)` held.
    fn counts(&self) -> Result<(u64, u64), StoreError> {
        Err(StoreError::Backend("this store cannot count".to_owned()))
    }
}
