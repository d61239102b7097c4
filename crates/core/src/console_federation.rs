//! Console federation's stored state: pending SAML role choices, one-time sign-in
//! tokens and console sessions, each a store record keyed by the SHA-256 of a random
//! secret the browser holds, so any node serves any step and the database alone does
//! not reveal a live cookie. Credentials are kept only as their sealed session token.

use serde::{Deserialize, Serialize};
use sha2::Digest;

use crate::store::{Store, StoreError};

/// `sha256(cookie)` → [`PendingSignIn`].
pub const PENDING_SIGN_INS: &str = "web-saml-pending";
/// `sha256(token)` → [`SigninToken`].
pub const SIGNIN_TOKENS: &str = "web-signin-tokens";
/// `sha256(cookie)` → [`ConsoleSession`].
pub const CONSOLE_SESSIONS: &str = "web-console-sessions";

/// A record that is worth keeping only until a known time.
pub trait Expiring {
    /// Milliseconds since the epoch after which the record is void.
    fn until(&self) -> i64;
}

impl Expiring for PendingSignIn {
    fn until(&self) -> i64 {
        self.until
    }
}

impl Expiring for SigninToken {
    fn until(&self) -> i64 {
        self.until
    }
}

impl Expiring for ConsoleSession {
    fn until(&self) -> i64 {
        self.until
    }
}

/// A verified SAML response waiting for the user to pick one of its roles.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingSignIn {
    pub saml_response: String,
    /// The roles offered, each with the provider that verified the response for it.
    pub roles: Vec<RoleChoice>,
    pub csrf: String,
    pub session_duration: Option<String>,
    pub relay_state: Option<String>,
    pub until: i64,
}

/// A role the user may pick, and the IAM SAML provider (of the role's account) to
/// assume it through.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleChoice {
    pub role_arn: String,
    pub provider_arn: String,
}

/// A sign-in token from `getSigninToken`, usable once before `until`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SigninToken {
    pub access_key_id: String,
    pub session_token: String,
    /// When the console session it opens ends.
    pub console_until: i64,
    pub until: i64,
}

/// A console session behind a cookie.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConsoleSession {
    pub access_key_id: String,
    pub session_token: String,
    pub csrf: String,
    pub until: i64,
}

/// A fresh random secret (244 bits) for cookies, tokens and CSRF fields.
pub fn random_secret() -> String {
    let a = crate::ids::uuid_v4();
    let b = crate::ids::uuid_v4();
    format!("{a}{b}").replace('-', "")
}

fn key(secret: &str) -> String {
    crate::ids::hex_lower(&sha2::Sha256::digest(secret.as_bytes()))
}

/// The record `secret` names in `collection`.
pub fn load<T: for<'de> Deserialize<'de>>(
    store: &dyn Store,
    collection: &str,
    secret: &str,
) -> Result<Option<T>, StoreError> {
    let mut tx = store.read()?;
    Ok(tx
        .get(collection, &key(secret))?
        .and_then(|v| serde_json::from_slice(&v).ok()))
}

/// Stores (or replaces) the record `secret` names, to be purged after its expiry.
pub fn save<T: Serialize + Expiring>(
    store: &dyn Store,
    collection: &str,
    secret: &str,
    value: &T,
) -> Result<(), StoreError> {
    let bytes = serde_json::to_vec(value).map_err(|e| StoreError::Backend(e.to_string()))?;
    let k = key(secret);
    let mut tx = store.begin()?;
    tx.put(collection, &k, &bytes)?;
    crate::expiry::note(&mut *tx, collection, &k, value.until())?;
    tx.commit()
}

/// Removes and returns the record: of two concurrent takers only one gets it.
pub fn take<T: for<'de> Deserialize<'de>>(
    store: &dyn Store,
    collection: &str,
    secret: &str,
) -> Result<Option<T>, StoreError> {
    let k = key(secret);
    let mut tx = store.begin()?;
    let Some(bytes) = tx.get(collection, &k)? else {
        return Ok(None);
    };
    if !tx.delete(collection, &k)? {
        return Ok(None);
    }
    tx.commit()?;
    Ok(serde_json::from_slice(&bytes).ok())
}

/// Removes the record `secret` names, if any.
pub fn forget(store: &dyn Store, collection: &str, secret: &str) -> Result<(), StoreError> {
    let mut tx = store.begin()?;
    tx.delete(collection, &key(secret))?;
    tx.commit()
}

/// Compares secrets in time independent of where they differ.
pub fn secrets_equal(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_random_and_compare_exactly() {
        let (a, b) = (random_secret(), random_secret());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert!(secrets_equal(&a, &a.clone()));
        assert!(!secrets_equal(&a, &b));
        assert!(!secrets_equal(&a, &a[..63]));
    }
}
