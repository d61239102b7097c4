//! The key ring that seals session tokens: keys live in the store sealed under the master
//! key and are cached in memory, so opening a token needs no store read. The newest key
//! seals; retired keys still open until every token they sealed has expired.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, RwLock};

use aes_gcm::{Aes256Gcm, KeyInit};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::caller::Caller;
use crate::error::CoreError;
use crate::installation::Installation;
use crate::seal::random_bytes;
use crate::store::StoreError;
use crate::sts::token::SessionClaims;

pub const COLLECTION: &str = "sts-keys";

#[derive(Debug, Serialize, Deserialize)]
struct KeyRecord {
    id: u32,
    created: i64,
    retired: Option<i64>,
    #[serde(with = "crate::sts::b64")]
    sealed: Vec<u8>,
}

fn record_key(id: u32) -> String {
    format!("{id:010}")
}

fn seal_context(id: u32) -> String {
    format!("sts-key/{id}")
}

/// A key as the ring describes it to operators (never its material).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionKeyInfo {
    pub id: u32,
    pub created_ms: i64,
    pub retired_ms: Option<i64>,
}

pub(crate) struct LoadedKey {
    pub info: SessionKeyInfo,
    pub cipher: Aes256Gcm,
}

impl std::fmt::Debug for LoadedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedKey")
            .field("info", &self.info)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Default)]
pub(crate) struct LoadedRing {
    /// Ascending by id.
    pub keys: Vec<LoadedKey>,
    pub loaded_at_ms: i64,
}

impl LoadedRing {
    pub fn key(&self, id: u32) -> Option<&LoadedKey> {
        self.keys
            .binary_search_by_key(&id, |k| k.info.id)
            .ok()
            .map(|i| &self.keys[i])
    }

    /// The key that seals new tokens: the newest one not retired.
    pub fn current(&self) -> Option<&LoadedKey> {
        self.keys.iter().rev().find(|k| k.info.retired_ms.is_none())
    }
}

/// A token this node has opened, kept so the next request with it skips the decryption.
#[derive(Debug)]
pub(crate) struct OpenedToken {
    pub token: String,
    pub claims: Arc<SessionClaims>,
    pub caller: Caller,
}

/// The in-memory copy of the ring, refreshed from the store, and the tokens it opened
/// recently.
#[derive(Debug, Default)]
pub struct SessionKeyRing {
    loaded: RwLock<Arc<LoadedRing>>,
    /// By access key id: each temporary key id belongs to exactly one token.
    opened: RwLock<HashMap<String, Arc<OpenedToken>>>,
    /// When an unknown key id last caused a reload; bounds reloads a flood of forged
    /// tokens can cause (see `StsQuotas::key_miss_reload_ms`).
    last_miss_reload_ms: AtomicI64,
    /// Set when another node changed the ring: the next seal rereads it.
    stale: AtomicBool,
}

impl SessionKeyRing {
    pub(crate) fn snapshot(&self) -> Arc<LoadedRing> {
        match self.loaded.read() {
            Ok(g) => Arc::clone(&g),
            Err(p) => Arc::clone(&p.into_inner()),
        }
    }

    fn install(&self, ring: LoadedRing) -> Arc<LoadedRing> {
        let ring = Arc::new(ring);
        match self.loaded.write() {
            Ok(mut g) => *g = Arc::clone(&ring),
            Err(p) => *p.into_inner() = Arc::clone(&ring),
        }
        ring
    }

    /// Reads every key from the store and replaces the cached ring.
    pub(crate) fn reload(&self, inst: &Installation) -> Result<Arc<LoadedRing>, CoreError> {
        let now = inst.clock().now().0;
        let mut tx = inst.store().read()?;
        let rows = tx.scan(COLLECTION, "", None, 10_000)?;
        drop(tx);
        let mut keys = Vec::with_capacity(rows.len());
        for (k, raw) in rows {
            let rec: KeyRecord =
                serde_json::from_slice(&raw).map_err(|_| CoreError::CorruptRecord {
                    kind: COLLECTION,
                    key: k.clone(),
                })?;
            let material = inst
                .session_master()
                .open(&seal_context(rec.id), &rec.sealed)?;
            let cipher = Aes256Gcm::new_from_slice(&material).map_err(|_| CoreError::Unseal)?;
            keys.push(LoadedKey {
                info: SessionKeyInfo {
                    id: rec.id,
                    created_ms: rec.created,
                    retired_ms: rec.retired,
                },
                cipher,
            });
        }
        keys.sort_by_key(|k| k.info.id);
        Ok(self.install(LoadedRing {
            keys,
            loaded_at_ms: now,
        }))
    }

    /// The ring to seal with: reloaded when older than the refresh interval, and given
    /// its first key when the store has none.
    pub(crate) fn for_sealing(&self, inst: &Installation) -> Result<Arc<LoadedRing>, CoreError> {
        let now = inst.clock().now().0;
        let refresh = inst.settings().sts.key_ring_refresh_ms;
        let mut ring = self.snapshot();
        let stale = self.stale.swap(false, Ordering::Relaxed);
        if stale || ring.current().is_none() || now - ring.loaded_at_ms >= refresh {
            ring = match self.reload(inst) {
                Ok(ring) => ring,
                Err(e) => {
                    // Still stale: the next seal (the retry of this one) must reread.
                    if stale {
                        self.stale.store(true, Ordering::Relaxed);
                    }
                    return Err(e);
                }
            };
        }
        if ring.current().is_none() {
            match add_key(inst, false) {
                Ok(_) | Err(CoreError::Store(StoreError::Conflict)) => {}
                Err(e) => return Err(e),
            }
            ring = self.reload(inst)?;
        }
        Ok(ring)
    }

    /// The ring to open a token sealed with `key_id`: the cached one, reloaded when it
    /// lacks that key (a key rotated in by another process) at most once per interval.
    pub(crate) fn for_opening(&self, inst: &Installation, key_id: u32) -> Arc<LoadedRing> {
        let ring = self.snapshot();
        if ring.key(key_id).is_some() {
            return ring;
        }
        let now = inst.clock().now().0;
        let last = self.last_miss_reload_ms.load(Ordering::Relaxed);
        // A key newer than any this node knows is most likely a rotation elsewhere: it
        // may reload sooner than for ids it has never heard of.
        let newer = ring.keys.last().is_none_or(|k| key_id > k.info.id);
        let window = if newer {
            inst.settings().sts.key_miss_reload_ms / 20
        } else {
            inst.settings().sts.key_miss_reload_ms
        };
        if now - last < window
            || self
                .last_miss_reload_ms
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            return ring;
        }
        match self.reload(inst) {
            Ok(reloaded) => reloaded,
            Err(CoreError::Store(StoreError::Barred)) => {
                // Not a reload at all: the request is redone where the store may be
                // read, and that run must not find this window spent.
                let _ = self.last_miss_reload_ms.compare_exchange(
                    now,
                    last,
                    Ordering::Relaxed,
                    Ordering::Relaxed,
                );
                ring
            }
            // A store that cannot be read only means this token is refused now.
            Err(_) => ring,
        }
    }

    /// A token opened before, if `token` is exactly the one `access_key_id` was issued with.
    pub(crate) fn opened(&self, access_key_id: &str, token: &str) -> Option<Arc<OpenedToken>> {
        let map = self.opened.read().ok()?;
        let hit = map.get(access_key_id)?;
        same_bytes(hit.token.as_bytes(), token.as_bytes()).then(|| Arc::clone(hit))
    }

    /// Remembers an opened token; the map is emptied when it reaches `capacity`.
    pub(crate) fn remember(&self, opened: Arc<OpenedToken>, capacity: usize, now_ms: i64) {
        if capacity == 0 {
            return;
        }
        if let Ok(mut map) = self.opened.write() {
            if map.len() >= capacity {
                map.retain(|_, o| o.claims.expires_ms > now_ms);
                if map.len() >= capacity {
                    map.clear();
                }
            }
            map.insert(opened.claims.access_key_id.clone(), opened);
        }
    }

    /// Makes the next seal reread the ring (a rotation on another node).
    pub(crate) fn mark_stale(&self) {
        self.stale.store(true, Ordering::Relaxed);
    }

    /// The keys the cached ring holds.
    pub fn keys(&self) -> Vec<SessionKeyInfo> {
        self.snapshot()
            .keys
            .iter()
            .map(|k| k.info.clone())
            .collect()
    }
}

/// Adds a new key; with `retire_others`, marks the current keys retired and drops
/// retired keys older than the longest session.
pub(crate) fn add_key(inst: &Installation, retire_others: bool) -> Result<RotatedKeys, CoreError> {
    let now = inst.clock().now().0;
    // A node may seal with a key for one refresh interval after it was retired here.
    let longest =
        inst.settings().sts.longest_session_secs * 1000 + inst.settings().sts.key_ring_refresh_ms;
    let mut tx = inst.store().begin()?;
    let rows = tx.scan(COLLECTION, "", None, 10_000)?;
    let mut next_id = 1u32;
    let mut dropped = Vec::new();
    for (k, raw) in rows {
        let mut rec: KeyRecord =
            serde_json::from_slice(&raw).map_err(|_| CoreError::CorruptRecord {
                kind: COLLECTION,
                key: k.clone(),
            })?;
        next_id = next_id.max(rec.id.saturating_add(1));
        if !retire_others {
            continue;
        }
        match rec.retired {
            None => {
                rec.retired = Some(now);
                let raw = serde_json::to_vec(&rec)
                    .map_err(|e| CoreError::Store(StoreError::Backend(e.to_string())))?;
                tx.put(COLLECTION, &k, &raw)?;
            }
            Some(at) if at + longest < now => {
                tx.delete(COLLECTION, &k)?;
                dropped.push(rec.id);
            }
            Some(_) => {}
        }
    }
    let mut material = Zeroizing::new([0u8; 32]);
    random_bytes(material.as_mut());
    let rec = KeyRecord {
        id: next_id,
        created: now,
        retired: None,
        sealed: inst
            .session_master()
            .seal(&seal_context(next_id), material.as_ref())?,
    };
    let raw = serde_json::to_vec(&rec)
        .map_err(|e| CoreError::Store(StoreError::Backend(e.to_string())))?;
    tx.insert(COLLECTION, &record_key(next_id), &raw)?;
    tx.commit()?;
    Ok(RotatedKeys {
        new_key: next_id,
        dropped,
    })
}

/// What a rotation did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RotatedKeys {
    pub new_key: u32,
    /// Retired keys removed because every token they sealed has expired.
    pub dropped: Vec<u32>,
}

/// Compares without stopping at the first difference, so timing does not reveal how much
/// of a guessed token was right.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
