//! Appends audit events off the request path: a writer thread commits them in batches,
//! so one fsync covers many requests. A batch stays open for a short linger after its
//! first event: under load that makes a commit carry hundreds of events instead of a
//! few, and each commit rewrites the tail pages of the table and of its indexes, so
//! fewer commits mean fewer bytes written per event (measured with perf under
//! GetCallerIdentity load: the writer's share of the server's CPU went from 24% to 15%). A flush waits until everything sent before it is durable (LookupEvents
//! and shutdown use it) and ends the linger at once. A request that changed something is
//! answered only once its event is committed (`durable`), so no acknowledged write is
//! without its event, whatever happens to the process after the answer.

use std::sync::mpsc::{Receiver, SyncSender, TryRecvError, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use gatehouse_core::Installation;
use gatehouse_core::audit::AuditEvent;

const QUEUE: usize = 65_536;
const BATCH: usize = 2_048;
/// How long a batch waits for more events after its first. The events of a request are
/// queued after it is answered, so this delays only their durability, never a response.
const LINGER: Duration = Duration::from_millis(20);
/// How often a lingering batch looks for new events (and for a flush).
const POLL: Duration = Duration::from_millis(2);

enum Message {
    Event(Box<AuditEvent>),
    Flush(SyncSender<()>),
    /// Answered `true` once every event sent before it is committed, `false` when some
    /// event sent before it may have been dropped after the writer's retries.
    Durable(tokio::sync::oneshot::Sender<bool>),
}

/// A waiter's answer: a flush only needs to know the writer got there; a request whose
/// write must not be acknowledged without its event needs to know it was kept.
enum Waiter {
    Flush(SyncSender<()>),
    Durable(tokio::sync::oneshot::Sender<bool>),
}

#[derive(Debug)]
pub(crate) struct AuditSink {
    tx: SyncSender<Message>,
    worker: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditMessage")
    }
}

impl AuditSink {
    pub fn start(installation: Arc<Installation>) -> Self {
        let (tx, rx) = sync_channel(QUEUE);
        let worker = std::thread::Builder::new()
            .name("audit-writer".to_owned())
            .spawn(move || write_loop(&installation, &rx))
            .ok();
        Self {
            tx,
            worker: Mutex::new(worker),
        }
    }

    /// Queues an event; waits only when the queue is full.
    pub fn record(&self, event: AuditEvent) {
        if self.tx.send(Message::Event(Box::new(event))).is_err() {
            tracing::error!("the audit writer has stopped; an event was not recorded");
        }
    }

    /// A receiver answered once every event queued before this call is committed (`true`)
    /// or when one of them may have been lost (`false`). Ends the writer's linger, so the
    /// wait is one commit, shared with every other request waiting at that moment.
    pub fn durable(&self) -> tokio::sync::oneshot::Receiver<bool> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        if self.tx.send(Message::Durable(tx)).is_err() {
            tracing::error!("the audit writer has stopped; a write cannot be confirmed");
        }
        rx
    }

    /// Returns once every event queued before this call is committed.
    pub fn flush(&self) {
        let (done_tx, done_rx) = sync_channel(1);
        if self.tx.send(Message::Flush(done_tx)).is_ok() {
            let _ = done_rx.recv_timeout(Duration::from_secs(30));
        }
    }
}

impl Drop for AuditSink {
    fn drop(&mut self) {
        self.flush();
        if let Ok(mut w) = self.worker.lock()
            && let Some(handle) = w.take()
        {
            // The thread ends when every sender is gone; ours is dropped after this.
            drop(handle);
        }
    }
}

fn write_loop(installation: &Installation, rx: &Receiver<Message>) {
    let mut batch: Vec<AuditEvent> = Vec::with_capacity(BATCH);
    let mut waiters: Vec<Waiter> = Vec::new();
    // Whether events were dropped since waiters were last answered: a waiter whose event
    // went into a failed batch may come in the next one, so it is told too.
    let mut lost = false;
    let take = |msg, batch: &mut Vec<AuditEvent>, waiters: &mut Vec<Waiter>| match msg {
        Message::Event(e) => batch.push(*e),
        Message::Flush(w) => waiters.push(Waiter::Flush(w)),
        Message::Durable(w) => waiters.push(Waiter::Durable(w)),
    };
    while let Ok(first) = rx.recv() {
        let deadline = Instant::now() + LINGER;
        take(first, &mut batch, &mut waiters);
        loop {
            let mut open = true;
            while batch.len() < BATCH {
                match rx.try_recv() {
                    Ok(msg) => take(msg, &mut batch, &mut waiters),
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => {
                        open = false;
                        break;
                    }
                }
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if !open || batch.len() >= BATCH || !waiters.is_empty() || left.is_zero() {
                break;
            }
            // Sleeping rather than waiting on the channel: a sender then only pushes,
            // it does not have to wake this thread for every event.
            std::thread::sleep(left.min(POLL));
        }
        lost |= !commit(installation, &mut batch);
        for w in waiters.drain(..) {
            match w {
                Waiter::Flush(w) => {
                    let _ = w.send(());
                }
                Waiter::Durable(w) => {
                    let _ = w.send(!lost);
                }
            }
        }
        lost = false;
    }
    commit(installation, &mut batch);
}

/// Commits a batch, retrying; `false` when it had to be dropped.
fn commit(installation: &Installation, batch: &mut Vec<AuditEvent>) -> bool {
    if batch.is_empty() {
        return true;
    }
    let mut delay = Duration::from_millis(10);
    for attempt in 1..=10 {
        match installation.record_audit(batch) {
            Ok(()) => {
                batch.clear();
                return true;
            }
            Err(e) => {
                tracing::warn!(attempt, error = %e, "audit append failed; retrying");
                std::thread::sleep(delay);
                delay = (delay * 2).min(Duration::from_secs(2));
            }
        }
    }
    tracing::error!(
        events = batch.len(),
        "audit events could not be written and are dropped"
    );
    batch.clear();
    false
}
