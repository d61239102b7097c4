//! The storage interface the domain needs: keyed records in named collections, read and
//! written inside one transaction, plus the append-only audit log.
//!
//! Records are opaque bytes to the store; the domain encodes them. Uniqueness (of names,
//! ids, ARNs) is expressed by inserting one record per unique key inside the same
//! transaction, so the store's primary key enforces it even across nodes.
//!
//! A [`StoreBarrier`] forbids store calls on one thread for a while, so work that is
//! expected to be answered from caches can be tried where blocking is not allowed and
//! thrown away (then redone elsewhere) if it needed the store after all.

use std::cell::Cell;
use std::marker::PhantomData;
use std::sync::Arc;

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
    /// A [`StoreBarrier`] is up on this thread: the call was not made.
    #[error("the store may not be called on this thread")]
    Barred,
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

    /// Every audit event, each account's oldest first (accounts may come one after
    /// another: lookups never order two accounts' events against each other).
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Barrier {
    Down,
    Up { hit: bool },
}

thread_local! {
    static BARRIER: Cell<Barrier> = const { Cell::new(Barrier::Down) };
}

/// While it lives, every call to the installation's store on this thread fails at once
/// with [`StoreError::Barred`] instead of being made, and the attempt is remembered.
///
/// Whoever raises it promises to throw away everything the work behind it produced when
/// [`StoreBarrier::was_hit`] says a call was refused: error paths taken because of the
/// refusal may have produced answers that are wrong. In exchange, code that changes
/// shared state before calling the store must undo that change when the call is
/// refused, so the work can be redone elsewhere as if never tried (see the key ring and
/// RoleLastUsed bookkeeping in `sts`).
///
/// Only calls that begin a transaction (or read or append the audit log) are checked: a
/// transaction begun before the barrier went up is not stopped by it.
#[derive(Debug)]
#[must_use = "the barrier is lowered when dropped"]
pub struct StoreBarrier {
    previous: Barrier,
    /// The barrier is a flag of the thread that raised it: it must not cross an `.await`
    /// onto another thread, so it is neither `Send` nor `Sync`.
    _this_thread: PhantomData<*const ()>,
}

impl StoreBarrier {
    /// Raises the barrier on the current thread until the returned value is dropped.
    pub fn raise() -> Self {
        let previous = BARRIER.with(|b| b.replace(Barrier::Up { hit: false }));
        Self {
            previous,
            _this_thread: PhantomData,
        }
    }

    /// Whether a store call was refused since this barrier went up.
    pub fn was_hit(&self) -> bool {
        barrier_hit_on_this_thread()
    }
}

impl Drop for StoreBarrier {
    fn drop(&mut self) {
        let hit = barrier_hit_on_this_thread();
        let restored = match self.previous {
            // A refusal behind an inner barrier was a refusal behind the outer one too.
            Barrier::Up { hit: outer } => Barrier::Up { hit: outer || hit },
            Barrier::Down => Barrier::Down,
        };
        BARRIER.with(|b| b.set(restored));
    }
}

/// Whether a barrier is up on this thread and has refused a store call: what failed
/// since is about to be thrown away and redone, so it is not worth reporting.
pub fn barrier_hit_on_this_thread() -> bool {
    BARRIER.with(|b| b.get() == Barrier::Up { hit: true })
}

/// `Err(Barred)`, remembering the attempt, when a barrier is up on this thread.
fn pass_barrier() -> Result<(), StoreError> {
    BARRIER.with(|b| match b.get() {
        Barrier::Down => Ok(()),
        Barrier::Up { .. } => {
            b.set(Barrier::Up { hit: true });
            Err(StoreError::Barred)
        }
    })
}

/// The store an [`crate::Installation`] holds: the real one behind a [`StoreBarrier`]
/// check.
#[derive(Debug)]
pub(crate) struct BarredStore(pub(crate) Arc<dyn Store>);

impl Store for BarredStore {
    fn begin(&self) -> Result<Box<dyn Tx + '_>, StoreError> {
        pass_barrier()?;
        self.0.begin()
    }

    fn read(&self) -> Result<Box<dyn Tx + '_>, StoreError> {
        pass_barrier()?;
        self.0.read()
    }

    fn append_audit(&self, events: &[AuditEvent]) -> Result<(), StoreError> {
        pass_barrier()?;
        self.0.append_audit(events)
    }

    fn lookup_audit(&self, query: &AuditQuery) -> Result<AuditPage, StoreError> {
        pass_barrier()?;
        self.0.lookup_audit(query)
    }

    fn safe_on_async_worker(&self) -> bool {
        self.0.safe_on_async_worker()
    }

    fn on_change(&self, listener: Box<dyn Fn(&str) + Send + Sync>) {
        self.0.on_change(listener);
    }

    fn export_records(&self, sink: &mut RecordSink<'_>) -> Result<u64, StoreError> {
        pass_barrier()?;
        self.0.export_records(sink)
    }

    fn export_audit(
        &self,
        sink: &mut dyn FnMut(&AuditEvent) -> Result<(), StoreError>,
    ) -> Result<u64, StoreError> {
        pass_barrier()?;
        self.0.export_audit(sink)
    }

    fn counts(&self) -> Result<(u64, u64), StoreError> {
        pass_barrier()?;
        self.0.counts()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Unreachable;

    impl Store for Unreachable {
        fn begin(&self) -> Result<Box<dyn Tx + '_>, StoreError> {
            Err(StoreError::Unavailable("down".to_owned()))
        }
        fn read(&self) -> Result<Box<dyn Tx + '_>, StoreError> {
            Err(StoreError::Unavailable("down".to_owned()))
        }
        fn append_audit(&self, _: &[AuditEvent]) -> Result<(), StoreError> {
            Ok(())
        }
        fn lookup_audit(&self, _: &AuditQuery) -> Result<AuditPage, StoreError> {
            Err(StoreError::Unavailable("down".to_owned()))
        }
    }

    #[test]
    fn a_raised_barrier_refuses_calls_and_remembers_them_until_lowered() {
        let store = BarredStore(Arc::new(Unreachable));
        assert!(matches!(store.read(), Err(StoreError::Unavailable(_))));
        {
            let barrier = StoreBarrier::raise();
            assert!(!barrier.was_hit());
            assert!(matches!(store.read(), Err(StoreError::Barred)));
            assert!(barrier.was_hit());
            // Even a call the real store would answer is not made.
            assert!(matches!(store.append_audit(&[]), Err(StoreError::Barred)));
            assert!(barrier_hit_on_this_thread());
        }
        assert!(!barrier_hit_on_this_thread());
        assert!(matches!(store.begin(), Err(StoreError::Unavailable(_))));
    }

    #[test]
    fn a_barrier_binds_only_the_thread_that_raised_it() {
        let store = Arc::new(BarredStore(Arc::new(Unreachable)));
        let barrier = StoreBarrier::raise();
        let other = Arc::clone(&store);
        let elsewhere = std::thread::spawn(move || matches!(other.read(), Err(StoreError::Barred)));
        assert!(!elsewhere.join().unwrap_or(true));
        assert!(!barrier.was_hit());
    }

    #[test]
    fn a_refusal_behind_an_inner_barrier_counts_for_the_outer_one() {
        let store = BarredStore(Arc::new(Unreachable));
        let outer = StoreBarrier::raise();
        {
            let inner = StoreBarrier::raise();
            assert!(store.begin().is_err());
            assert!(inner.was_hit());
        }
        assert!(outer.was_hit());
        drop(outer);
        assert!(!barrier_hit_on_this_thread());
    }
}
