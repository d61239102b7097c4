//! Secret material: the secret access key, the derived signing key, HMAC-SHA256, and the
//! bounded cache of derived keys.

use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;

use sha2::{Digest, Sha256};
use zeroize::Zeroize;

/// A secret access key. Redacted in `Debug`, wiped from memory on drop.
#[derive(Clone)]
pub struct SecretAccessKey(String);

impl SecretAccessKey {
    /// Wraps a secret.
    pub fn new(secret: impl Into<String>) -> Self {
        Self(secret.into())
    }

    /// The secret itself, for deriving a signing key or sealing it for storage.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for SecretAccessKey {
    fn from(s: String) -> Self {
        Self(s)
    }
}

impl fmt::Debug for SecretAccessKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretAccessKey(<redacted>)")
    }
}

impl Drop for SecretAccessKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

/// The key derived from a secret for one (date, region, service). Redacted in `Debug`,
/// wiped on drop.
#[derive(Clone, PartialEq, Eq)]
pub struct SigningKey([u8; 32]);

impl SigningKey {
    /// The raw key bytes, for interoperability tests.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SigningKey(<redacted>)")
    }
}

impl Drop for SigningKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

/// Derives the SigV4 signing key: an HMAC chain over date, region, service and the
/// terminator.
pub fn derive_signing_key(secret: &str, date: &str, region: &str, service: &str) -> SigningKey {
    let mut k0 = Vec::with_capacity(4 + secret.len());
    k0.extend_from_slice(b"AWS4");
    k0.extend_from_slice(secret.as_bytes());
    let mut k_date = hmac_sha256(&k0, date.as_bytes());
    k0.zeroize();
    let mut k_region = hmac_sha256(&k_date, region.as_bytes());
    let mut k_service = hmac_sha256(&k_region, service.as_bytes());
    let k_signing = hmac_sha256(&k_service, b"aws4_request");
    k_date.zeroize();
    k_region.zeroize();
    k_service.zeroize();
    SigningKey(k_signing)
}

/// The signature of a string to sign.
pub fn sign(key: &SigningKey, string_to_sign: &str) -> [u8; 32] {
    hmac_sha256(&key.0, string_to_sign.as_bytes())
}

pub(crate) fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

/// HMAC-SHA256 (RFC 2104). Written out rather than pulled in because the key is always at
/// hand as bytes and the construction is a dozen lines over the hash.
pub(crate) fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    const BLOCK: usize = 64;
    let mut block = [0u8; BLOCK];
    if key.len() > BLOCK {
        let (head, _) = block.split_at_mut(32);
        head.copy_from_slice(&sha256(key));
    } else {
        for (slot, byte) in block.iter_mut().zip(key) {
            *slot = *byte;
        }
    }
    let mut pad = [0u8; BLOCK];
    for (p, k) in pad.iter_mut().zip(block.iter()) {
        *p = k ^ 0x36;
    }
    let mut inner = Sha256::new();
    inner.update(pad);
    inner.update(message);
    let inner_hash: [u8; 32] = inner.finalize().into();
    for (p, k) in pad.iter_mut().zip(block.iter()) {
        *p = k ^ 0x5c;
    }
    let mut outer = Sha256::new();
    outer.update(pad);
    outer.update(inner_hash);
    block.zeroize();
    pad.zeroize();
    outer.finalize().into()
}

/// Derived signing keys by (access key id, date, region, service).
///
/// A hit saves the four-HMAC derivation and, more importantly, the secret lookup behind it.
/// The cache trusts that an access key id always maps to the same secret (true of AWS keys);
/// whether the key is still active is for the caller to check on every request.
pub struct SigningKeyCache {
    entries: Mutex<HashMap<String, SigningKey>>,
    capacity: usize,
}

impl fmt::Debug for SigningKeyCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKeyCache")
            .field("capacity", &self.capacity)
            .finish_non_exhaustive()
    }
}

impl SigningKeyCache {
    /// A cache holding at most `capacity` keys (at least one).
    pub fn new(capacity: usize) -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
            capacity: capacity.max(1),
        }
    }

    fn cache_key(cred: &crate::Credential) -> String {
        // NUL cannot appear in a parsed credential (it is not a header-value byte we accept
        // in the scope), so the joined form is unambiguous.
        let mut k = String::with_capacity(
            cred.access_key_id.len() + cred.date.len() + cred.region.len() + cred.service.len() + 3,
        );
        for (i, part) in [&cred.access_key_id, &cred.date, &cred.region, &cred.service]
            .into_iter()
            .enumerate()
        {
            if i > 0 {
                k.push('\0');
            }
            k.push_str(part);
        }
        k
    }

    /// The cached key for this credential scope, if any.
    pub fn get(&self, cred: &crate::Credential) -> Option<SigningKey> {
        let key = Self::cache_key(cred);
        self.lock().get(&key).cloned()
    }

    /// Stores a key derived elsewhere (for callers whose secret lookup is async).
    pub fn insert(&self, cred: &crate::Credential, key: SigningKey) {
        let k = Self::cache_key(cred);
        let mut map = self.lock();
        if map.len() >= self.capacity && !map.contains_key(&k) {
            // Evicting an arbitrary entry keeps the bound without bookkeeping; keys for past
            // dates are never asked for again, so a rough policy loses little.
            if let Some(victim) = map.keys().next().cloned() {
                map.remove(&victim);
            }
        }
        map.insert(k, key);
    }

    /// The cached key, or one derived from the secret `secret` returns (called only on a
    /// miss, outside the lock).
    pub fn get_or_derive<E>(
        &self,
        cred: &crate::Credential,
        secret: impl FnOnce() -> Result<SecretAccessKey, E>,
    ) -> Result<SigningKey, E> {
        if let Some(k) = self.get(cred) {
            return Ok(k);
        }
        let secret = secret()?;
        let key = derive_signing_key(secret.expose(), &cred.date, &cred.region, &cred.service);
        self.insert(cred, key.clone());
        Ok(key)
    }

    /// Forgets every key of one access key id (after it is deleted or deactivated).
    pub fn remove_access_key(&self, access_key_id: &str) {
        let prefix = format!("{access_key_id}\0");
        self.lock().retain(|k, _| !k.starts_with(&prefix));
    }

    /// Number of cached keys.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether the cache is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, SigningKey>> {
        // A panic while holding the lock cannot leave the map inconsistent (every update is a
        // single insert or remove), so a poisoned lock is still usable.
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encode::hex32;

    #[test]
    fn hmac_rfc4231_case_2_and_6() {
        assert_eq!(
            hex32(&hmac_sha256(b"Jefe", b"what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert_eq!(
            hex32(&hmac_sha256(
                &[0xaa; 131],
                b"Test Using Larger Than Block-Size Key - Hash Key First"
            )),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }

    #[test]
    fn debug_output_hides_secrets() {
        let s = SecretAccessKey::new("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        let k = derive_signing_key(s.expose(), "20150830", "us-east-1", "iam");
        assert!(!format!("{s:?}{k:?}").contains("wJalr"));
        assert_eq!(format!("{k:?}"), "SigningKey(<redacted>)");
    }

    #[test]
    fn derivation_matches_aws_example() {
        // The key-derivation example for iam/us-east-1 on 2015-08-30.
        let k = derive_signing_key(
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            "20150830",
            "us-east-1",
            "iam",
        );
        assert_eq!(
            hex32(k.as_bytes()),
            "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"
        );
    }
}
