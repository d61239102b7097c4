//! Records that stop mattering at a known time (SAML replay claims, pending sign-ins,
//! sign-in tokens, console sessions) are removed once that time has passed.
//!
//! Their keys are hashes, so nothing about a key says when it expires. Each such write
//! therefore also puts an entry in one index collection keyed by the expiry time, in the
//! same transaction, and [`purge`] walks that index from its oldest end: a pass costs
//! what has expired, not what is stored. Every such record is JSON with an `until`
//! field (milliseconds since the epoch); a record rewritten with a later `until` gets a
//! new index entry and survives the old one.

use serde::Deserialize;

use crate::store::{Store, StoreError, Tx};

/// `{until:020}/{collection}/{key}` → empty.
pub const EXPIRY_INDEX: &str = "expiry-index";

/// The collections whose records expire.
pub const EXPIRING: &[&str] = &[
    crate::saml_federation::REPLAY_CLAIMS,
    crate::console_federation::PENDING_SIGN_INS,
    crate::console_federation::SIGNIN_TOKENS,
    crate::console_federation::CONSOLE_SESSIONS,
];

/// Index entries read per page; one page is deleted in one transaction.
const PAGE: usize = 500;

#[derive(Deserialize)]
struct Until {
    until: i64,
}

fn index_key(until_ms: i64, collection: &str, key: &str) -> String {
    format!("{:020}/{collection}/{key}", until_ms.max(0))
}

/// Notes, inside the transaction that writes it, that `collection`/`key` expires at
/// `until_ms`.
pub fn note(
    tx: &mut (dyn Tx + '_),
    collection: &str,
    key: &str,
    until_ms: i64,
) -> Result<(), StoreError> {
    tx.put(EXPIRY_INDEX, &index_key(until_ms, collection, key), b"")
}

/// The expiry a stored record names, if it is one of ours.
fn record_until(value: &[u8]) -> Option<i64> {
    serde_json::from_slice::<Until>(value).ok().map(|u| u.until)
}

/// What one pass removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    /// Expired records deleted.
    pub records: usize,
    /// Index entries consumed (one per write of an expiring record).
    pub entries: usize,
}

/// Deletes every record whose expiry is at or before `now_ms`, walking the index from
/// its oldest end. Safe to run on several nodes at once.
pub fn purge(store: &dyn Store, now_ms: i64) -> Result<Purged, StoreError> {
    let mut done = Purged::default();
    loop {
        let page = store.read()?.scan(EXPIRY_INDEX, "", None, PAGE)?;
        let due: Vec<(String, i64, String, String)> = page
            .into_iter()
            .filter_map(|(k, _)| {
                let mut parts = k.splitn(3, '/');
                let until = parts.next()?.parse::<i64>().ok()?;
                let collection = parts.next()?.to_owned();
                let key = parts.next()?.to_owned();
                Some((k, until, collection, key))
            })
            .take_while(|(_, until, _, _)| *until <= now_ms)
            .collect();
        if due.is_empty() {
            return Ok(done);
        }
        let full_page = due.len() == PAGE;
        let mut tx = store.begin()?;
        for (entry, _, collection, key) in &due {
            // The record may have been written again since, with a later expiry: only
            // what it says now counts.
            if let Some(value) = tx.get(collection, key)?
                && record_until(&value).is_some_and(|u| u <= now_ms)
                && tx.delete(collection, key)?
            {
                done.records += 1;
            }
            if tx.delete(EXPIRY_INDEX, entry)? {
                done.entries += 1;
            }
        }
        tx.commit()?;
        if !full_page {
            return Ok(done);
        }
    }
}

/// Walks the expiring collections in full once: deletes what has expired and indexes
/// what has not (records written before the index existed). Run when a node starts.
pub fn reindex(store: &dyn Store, now_ms: i64) -> Result<Purged, StoreError> {
    let mut done = Purged::default();
    for collection in EXPIRING {
        let mut after: Option<String> = None;
        loop {
            let page = store.read()?.scan(collection, "", after.as_deref(), PAGE)?;
            let Some((last, _)) = page.last() else {
                break;
            };
            after = Some(last.clone());
            let full_page = page.len() == PAGE;
            let mut tx = store.begin()?;
            for (key, value) in &page {
                match record_until(value) {
                    Some(until) if until <= now_ms && tx.delete(collection, key)? => {
                        done.records += 1;
                    }
                    Some(until) if until <= now_ms => {}
                    Some(until) => {
                        note(&mut *tx, collection, key, until)?;
                        done.entries += 1;
                    }
                    None => {}
                }
            }
            tx.commit()?;
            if !full_page {
                break;
            }
        }
    }
    Ok(done)
}
