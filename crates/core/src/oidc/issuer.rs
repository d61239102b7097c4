//! Gatehouse as an OpenID Connect issuer for its own principals (outbound web identity
//! federation): a per-account signing key sealed under the master key, signed JWTs, and
//! the public key set. A disabled account keeps its keys so re-enabling keeps the
//! issuer; rotated keys stay published until the tokens they signed expire.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P384_SHA384_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::error::CoreError;
use crate::installation::Installation;
use crate::store::StoreError;

/// `account` → [`IssuerRecord`].
pub const OUTBOUND_ISSUERS: &str = "oidc-outbound-issuers";
/// The longest token lifetime; a retired key is published this long after retirement.
pub const MAX_TOKEN_SECS: i64 = 3_600;

/// Why an outbound federation call failed.
#[derive(Debug, thiserror::Error)]
pub enum IssuerError {
    #[error("Outbound web identity federation is already enabled for this account.")]
    AlreadyEnabled,
    #[error("Outbound web identity federation is disabled for this account.")]
    Disabled,
    #[error("{0}")]
    Validation(String),
    #[error("{0}")]
    Core(#[from] CoreError),
}

impl From<StoreError> for IssuerError {
    fn from(e: StoreError) -> Self {
        IssuerError::Core(CoreError::Store(e))
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct SigningKey {
    kid: String,
    /// PKCS#8, sealed under the master key.
    sealed: String,
    /// The uncompressed public point.
    public: String,
    created_ms: i64,
    retired_ms: Option<i64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct IssuerRecord {
    enabled: bool,
    keys: Vec<SigningKey>,
}

/// A token request: who, for whom, how long, which extra claims.
#[derive(Debug, Clone)]
pub struct TokenRequest<'a> {
    pub account: &'a str,
    /// The issuer URL (`<public url>/oidc/<account>`).
    pub issuer: &'a str,
    pub subject: &'a str,
    pub audiences: &'a [String],
    pub duration_secs: i64,
    /// Tags carried in AWS's tags claim.
    pub tags: &'a [(String, String)],
}

/// The outbound issuer of one installation.
#[derive(Debug, Clone, Copy)]
pub struct OutboundIssuer<'a> {
    inst: &'a Installation,
}

impl Installation {
    pub fn outbound_issuer(&self) -> OutboundIssuer<'_> {
        OutboundIssuer { inst: self }
    }
}

fn context(account: &str, kid: &str) -> String {
    format!("oidc-issuer/{account}/{kid}")
}

impl OutboundIssuer<'_> {
    fn load(&self, account: &str) -> Result<Option<IssuerRecord>, IssuerError> {
        let mut tx = self.inst.store().read()?;
        Ok(tx
            .get(OUTBOUND_ISSUERS, account)?
            .and_then(|raw| serde_json::from_slice(&raw).ok()))
    }

    fn new_key(&self, account: &str) -> Result<SigningKey, IssuerError> {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P384_SHA384_FIXED_SIGNING, &rng)
            .map_err(|_| CoreError::Unseal)?;
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P384_SHA384_FIXED_SIGNING, pkcs8.as_ref(), &rng)
            .map_err(|_| CoreError::Unseal)?;
        let kid = crate::ids::uuid_v4();
        let sealed = self
            .inst
            .master_key()
            .seal(&context(account, &kid), pkcs8.as_ref())?;
        Ok(SigningKey {
            public: URL_SAFE_NO_PAD.encode(pair.public_key().as_ref()),
            sealed: STANDARD.encode(sealed),
            kid,
            created_ms: self.inst.clock().now().0,
            retired_ms: None,
        })
    }

    fn save(&self, account: &str, record: &IssuerRecord) -> Result<(), IssuerError> {
        let raw = serde_json::to_vec(record)
            .map_err(|e| CoreError::Store(StoreError::Backend(e.to_string())))?;
        let mut tx = self.inst.store().begin()?;
        tx.put(OUTBOUND_ISSUERS, account, &raw)?;
        tx.commit()?;
        Ok(())
    }

    /// Turns the issuer on, creating its first key.
    pub fn enable(&self, account: &str) -> Result<(), IssuerError> {
        let record = match self.load(account)? {
            Some(r) if r.enabled => return Err(IssuerError::AlreadyEnabled),
            Some(mut r) => {
                r.enabled = true;
                r
            }
            None => IssuerRecord {
                enabled: true,
                keys: vec![self.new_key(account)?],
            },
        };
        self.save(account, &record)
    }

    pub fn disable(&self, account: &str) -> Result<(), IssuerError> {
        let mut record = self
            .load(account)?
            .filter(|r| r.enabled)
            .ok_or(IssuerError::Disabled)?;
        record.enabled = false;
        self.save(account, &record)
    }

    pub fn enabled(&self, account: &str) -> Result<bool, IssuerError> {
        Ok(self.load(account)?.is_some_and(|r| r.enabled))
    }

    /// Adds a new signing key and retires the current one; drops keys retired longer
    /// than any token lives.
    pub fn rotate(&self, account: &str) -> Result<(), IssuerError> {
        let mut record = self.load(account)?.ok_or(IssuerError::Disabled)?;
        let now = self.inst.clock().now().0;
        record
            .keys
            .retain(|k| k.retired_ms.is_none_or(|t| now - t < MAX_TOKEN_SECS * 1000));
        for k in &mut record.keys {
            k.retired_ms.get_or_insert(now);
        }
        record.keys.push(self.new_key(account)?);
        self.save(account, &record)
    }

    /// Signs a JWT (ES384) for `req`; `(token, expires_ms)`.
    pub fn sign(&self, req: &TokenRequest<'_>) -> Result<(String, i64), IssuerError> {
        let record = self
            .load(req.account)?
            .filter(|r| r.enabled)
            .ok_or(IssuerError::Disabled)?;
        let key = record
            .keys
            .iter()
            .rev()
            .find(|k| k.retired_ms.is_none())
            .ok_or(IssuerError::Disabled)?;
        let sealed = STANDARD
            .decode(&key.sealed)
            .map_err(|_| CoreError::Unseal)?;
        let pkcs8 = self
            .inst
            .master_key()
            .open(&context(req.account, &key.kid), &sealed)?;
        let rng = SystemRandom::new();
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P384_SHA384_FIXED_SIGNING, &pkcs8, &rng)
            .map_err(|_| CoreError::Unseal)?;
        let now_ms = self.inst.clock().now().0;
        let now = now_ms.div_euclid(1000);
        let exp = now + req.duration_secs;
        let aud = match req.audiences {
            [one] => Value::String(one.clone()),
            many => json!(many),
        };
        let mut claims = Map::new();
        claims.insert("iss".into(), req.issuer.into());
        claims.insert("sub".into(), req.subject.into());
        claims.insert("aud".into(), aud);
        claims.insert("iat".into(), now.into());
        claims.insert("nbf".into(), now.into());
        claims.insert("exp".into(), exp.into());
        claims.insert("jti".into(), crate::ids::uuid_v4().into());
        if !req.tags.is_empty() {
            let tags: Map<String, Value> = req
                .tags
                .iter()
                .map(|(k, v)| (k.clone(), json!([v])))
                .collect();
            claims.insert(
                "https://aws.amazon.com/tags".into(),
                json!({ "principal_tags": tags }),
            );
        }
        let header = json!({"alg": "ES384", "typ": "JWT", "kid": key.kid});
        let input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(Value::Object(claims).to_string())
        );
        let sig = pair
            .sign(&rng, input.as_bytes())
            .map_err(|_| CoreError::Unseal)?;
        Ok((
            format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig.as_ref())),
            exp * 1000,
        ))
    }

    /// The public keys as a JWKS document, retired keys included while their tokens
    /// may live; `None` when the account never enabled the issuer or disabled it.
    pub fn jwks(&self, account: &str) -> Result<Option<Value>, IssuerError> {
        let Some(record) = self.load(account)?.filter(|r| r.enabled) else {
            return Ok(None);
        };
        let now = self.inst.clock().now().0;
        let keys: Vec<Value> = record
            .keys
            .iter()
            .filter(|k| k.retired_ms.is_none_or(|t| now - t < MAX_TOKEN_SECS * 1000))
            .filter_map(|k| {
                let point = URL_SAFE_NO_PAD.decode(&k.public).ok()?;
                // P-384 uncompressed: 04 || x (48) || y (48).
                let (x, y) = point.get(1..97)?.split_at(48);
                Some(json!({
                    "kty": "EC", "crv": "P-384", "use": "sig", "alg": "ES384", "kid": k.kid,
                    "x": URL_SAFE_NO_PAD.encode(x), "y": URL_SAFE_NO_PAD.encode(y),
                }))
            })
            .collect();
        Ok(Some(json!({ "keys": keys })))
    }
}

#[cfg(test)]
#[path = "issuer_tests.rs"]
mod tests;
