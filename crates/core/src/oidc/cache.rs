//! Issuers' key sets as fetched through discovery, kept per issuer. The rules bound
//! what a stream of bad tokens can make us fetch: a key id we do not know causes at
//! most one refetch per `refresh_interval_ms`, a failed fetch is remembered for
//! `negative_ttl_ms`, and every document is size-limited by the fetcher.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde::Deserialize;

use super::{JwkSet, OidcError};

/// Why a document could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FetchError(pub String);

/// Fetches a document over HTTPS; implemented by the server. `limit` is the most
/// bytes the body may have: a larger one is an error, not a truncation.
pub trait DocumentFetcher: Send + Sync {
    fn fetch(&self, url: &str, limit: usize) -> Result<Vec<u8>, FetchError>;
}

/// How long key sets are kept and how often they may be refetched.
#[derive(Debug, Clone)]
pub struct KeyCacheRules {
    /// A key set older than this is refetched before use.
    pub ttl_ms: i64,
    /// The least time between fetches caused by an unknown key id.
    pub refresh_interval_ms: i64,
    /// How long a failed fetch is answered from memory.
    pub negative_ttl_ms: i64,
    /// The largest discovery or JWKS document accepted.
    pub max_document_bytes: usize,
    /// Most issuers remembered; beyond it the cache starts over.
    pub max_issuers: usize,
}

impl Default for KeyCacheRules {
    fn default() -> Self {
        Self {
            ttl_ms: 3_600_000,
            refresh_interval_ms: 30_000,
            negative_ttl_ms: 30_000,
            max_document_bytes: 512 * 1024,
            max_issuers: 10_000,
        }
    }
}

#[derive(Debug, Default)]
struct IssuerEntry {
    keys: Option<Arc<JwkSet>>,
    fetched_ms: i64,
    last_attempt_ms: Option<i64>,
    last_error: Option<String>,
    fetches: u64,
}

/// Key sets by issuer URL.
#[derive(Debug, Default)]
pub struct KeyCache {
    rules: KeyCacheRules,
    issuers: Mutex<HashMap<String, Arc<Mutex<IssuerEntry>>>>,
}

#[derive(Deserialize)]
struct Discovery {
    issuer: String,
    jwks_uri: String,
}

impl KeyCache {
    pub fn new(rules: KeyCacheRules) -> Self {
        Self {
            rules,
            issuers: Mutex::default(),
        }
    }

    pub fn rules(&self) -> &KeyCacheRules {
        &self.rules
    }

    /// The key set of `issuer` to check a token naming `kid`. The set returned may
    /// still lack `kid` when the refetch allowance is spent; the caller then finds no
    /// key.
    pub fn keys(
        &self,
        issuer: &str,
        kid: Option<&str>,
        fetcher: &dyn DocumentFetcher,
        now_ms: i64,
    ) -> Result<Arc<JwkSet>, OidcError> {
        let entry = self.entry(issuer);
        // One fetch per issuer at a time: requests arriving meanwhile wait for it and
        // then find it fresh, so a burst causes one fetch, not one each.
        let mut e = entry
            .lock()
            .map_err(|_| OidcError::Communication("key cache poisoned".to_owned()))?;
        let r = &self.rules;
        let since_attempt = e.last_attempt_ms.map(|t| now_ms.saturating_sub(t));
        if let Some(keys) = &e.keys {
            let fresh = now_ms.saturating_sub(e.fetched_ms) < r.ttl_ms;
            let knows_kid = kid.is_none_or(|k| keys.has_kid(k));
            let may_refetch = since_attempt.is_none_or(|s| s >= r.refresh_interval_ms);
            if (fresh && knows_kid) || !may_refetch {
                return Ok(Arc::clone(keys));
            }
        } else if let (Some(s), Some(err)) = (since_attempt, &e.last_error)
            && s < r.negative_ttl_ms
        {
            return Err(OidcError::Communication(err.clone()));
        }
        e.last_attempt_ms = Some(now_ms);
        e.fetches += 1;
        match self.fetch(issuer, fetcher) {
            Ok(set) => {
                let set = Arc::new(set);
                e.keys = Some(Arc::clone(&set));
                e.fetched_ms = now_ms;
                e.last_error = None;
                Ok(set)
            }
            Err(err) => {
                e.last_error = Some(err.clone());
                // Keys we already hold stay usable while the issuer is unreachable.
                match &e.keys {
                    Some(k) => Ok(Arc::clone(k)),
                    None => Err(OidcError::Communication(err)),
                }
            }
        }
    }

    /// How many fetches of `issuer`'s documents were started.
    pub fn fetch_count(&self, issuer: &str) -> u64 {
        let entry = self.entry(issuer);
        entry.lock().map(|e| e.fetches).unwrap_or_default()
    }

    /// Drops what is cached for `issuer` (its provider changed).
    pub fn forget(&self, issuer: &str) {
        if let Ok(mut m) = self.issuers.lock() {
            m.remove(issuer);
        }
    }

    fn entry(&self, issuer: &str) -> Arc<Mutex<IssuerEntry>> {
        let Ok(mut m) = self.issuers.lock() else {
            return Arc::default();
        };
        if let Some(e) = m.get(issuer) {
            return Arc::clone(e);
        }
        if m.len() >= self.rules.max_issuers {
            m.clear();
        }
        Arc::clone(m.entry(issuer.to_owned()).or_default())
    }

    fn fetch(&self, issuer: &str, fetcher: &dyn DocumentFetcher) -> Result<JwkSet, String> {
        let limit = self.rules.max_document_bytes;
        let url = format!(
            "{}/.well-known/openid-configuration",
            issuer.trim_end_matches('/')
        );
        let doc = fetcher.fetch(&url, limit).map_err(|e| e.0)?;
        let d: Discovery = serde_json::from_slice(&doc)
            .map_err(|_| format!("`{url}` is not an OpenID Connect discovery document"))?;
        if d.issuer.trim_end_matches('/') != issuer.trim_end_matches('/') {
            return Err(format!(
                "the discovery document names the issuer `{}`",
                d.issuer
            ));
        }
        let scheme_ok = d.jwks_uri.starts_with("https://")
            || (issuer.starts_with("http://") && d.jwks_uri.starts_with("http://"));
        if !scheme_ok {
            return Err(format!("the jwks_uri `{}` is not HTTPS", d.jwks_uri));
        }
        let jwks = fetcher.fetch(&d.jwks_uri, limit).map_err(|e| e.0)?;
        JwkSet::parse(&jwks).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU64, Ordering};

    use super::*;

    /// An issuer serving fixed documents, counting requests; `fail` makes it refuse.
    struct StaticIssuer {
        jwks: Mutex<String>,
        requests: AtomicU64,
        fail: bool,
    }

    impl DocumentFetcher for StaticIssuer {
        fn fetch(&self, url: &str, limit: usize) -> Result<Vec<u8>, FetchError> {
            self.requests.fetch_add(1, Ordering::SeqCst);
            if self.fail {
                return Err(FetchError("connection refused".to_owned()));
            }
            let body = if url.ends_with("openid-configuration") {
                r#"{"issuer":"https://idp","jwks_uri":"https://idp/jwks"}"#.to_owned()
            } else {
                self.jwks.lock().unwrap().clone()
            };
            if body.len() > limit {
                return Err(FetchError("too large".to_owned()));
            }
            Ok(body.into_bytes())
        }
    }

    fn set(kid: &str) -> String {
        format!(r#"{{"keys":[{{"kty":"RSA","n":"AQAB","e":"AQAB","kid":"{kid}"}}]}}"#)
    }

    fn issuer(kid: &str, fail: bool) -> StaticIssuer {
        StaticIssuer {
            jwks: Mutex::new(set(kid)),
            requests: AtomicU64::new(0),
            fail,
        }
    }

    #[test]
    fn unknown_key_ids_refetch_at_most_once_per_interval() {
        let cache = KeyCache::default();
        let idp = issuer("k1", false);
        assert!(
            cache
                .keys("https://idp", Some("k1"), &idp, 0)
                .unwrap()
                .has_kid("k1")
        );
        assert_eq!(idp.requests.load(Ordering::SeqCst), 2);
        for i in 0..1_000 {
            let k = cache
                .keys("https://idp", Some("nope"), &idp, 1 + i)
                .unwrap();
            assert!(!k.has_kid("nope"));
        }
        // The first miss came within 30 s of the first fetch: no refetch at all.
        assert_eq!(idp.requests.load(Ordering::SeqCst), 2);
        *idp.jwks.lock().unwrap() = set("k2");
        let k = cache.keys("https://idp", Some("k2"), &idp, 30_000).unwrap();
        assert!(k.has_kid("k2"), "a rotated key is found after the interval");
        assert_eq!(idp.requests.load(Ordering::SeqCst), 4);
        assert_eq!(cache.fetch_count("https://idp"), 2);
    }

    #[test]
    fn failures_are_remembered_and_documents_limited() {
        let cache = KeyCache::default();
        let down = issuer("k1", true);
        for t in 0..100 {
            assert!(matches!(
                cache.keys("https://idp", None, &down, t),
                Err(OidcError::Communication(_))
            ));
        }
        assert_eq!(down.requests.load(Ordering::SeqCst), 1);
        let small = KeyCache::new(KeyCacheRules {
            max_document_bytes: 40,
            ..KeyCacheRules::default()
        });
        assert!(
            small
                .keys("https://idp", None, &issuer("k1", false), 0)
                .is_err()
        );
    }
}
