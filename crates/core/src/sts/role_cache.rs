//! Roles as AssumeRole last read them, for a few seconds: assuming the same role again
//! and again should not cost a store read each time.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

use crate::iam::Role;

/// `account/lowercased name` → the role and when the entry lapses.
#[derive(Debug, Default)]
pub struct RoleCache {
    roles: RwLock<HashMap<String, (Arc<Role>, i64)>>,
    /// When this node last recorded each role's use, so RoleLastUsed costs a store write
    /// per role per interval rather than per AssumeRole.
    recorded: Mutex<HashMap<String, i64>>,
}

fn key(account: &str, name: &str) -> String {
    format!("{account}/{}", name.to_ascii_lowercase())
}

impl RoleCache {
    pub(crate) fn get(&self, account: &str, name: &str, now_ms: i64) -> Option<Arc<Role>> {
        let map = self.roles.read().ok()?;
        let (role, until) = map.get(&key(account, name))?;
        (*until > now_ms).then(|| Arc::clone(role))
    }

    pub(crate) fn put(&self, role: Arc<Role>, until_ms: i64, capacity: usize, now_ms: i64) {
        if capacity == 0 {
            return;
        }
        if let Ok(mut map) = self.roles.write() {
            if map.len() >= capacity {
                map.retain(|_, (_, until)| *until > now_ms);
                if map.len() >= capacity {
                    map.clear();
                }
            }
            map.insert(key(&role.account_id, &role.name), (role, until_ms));
        }
    }

    /// Whether this node should record a use of the role now; true at most once per
    /// `interval_ms` per role.
    pub(crate) fn due_for_recording(
        &self,
        account: &str,
        name: &str,
        now_ms: i64,
        interval_ms: i64,
    ) -> bool {
        let Ok(mut map) = self.recorded.lock() else {
            return false;
        };
        if map.len() >= 10_000 {
            map.retain(|_, at| now_ms - *at < interval_ms);
        }
        let k = key(account, name);
        match map.get(&k) {
            Some(at) if now_ms - *at < interval_ms => false,
            _ => {
                map.insert(k, now_ms);
                true
            }
        }
    }

    /// Undoes [`RoleCache::due_for_recording`] when the use could not be recorded after
    /// all, so the next AssumeRole of the role records it.
    pub(crate) fn recording_failed(&self, account: &str, name: &str, at_ms: i64) {
        if let Ok(mut map) = self.recorded.lock() {
            let k = key(account, name);
            if map.get(&k) == Some(&at_ms) {
                map.remove(&k);
            }
        }
    }

    /// Forgets every role (another node changed roles).
    pub(crate) fn clear(&self) {
        if let Ok(mut map) = self.roles.write() {
            map.clear();
        }
    }
}
