//! Public keys as an issuer publishes them (RFC 7517), and the algorithms each may
//! verify. A key pins its algorithm: a token's `alg` only picks among the algorithms
//! the key's type allows, and never an HMAC or `none`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::signature::{self, RsaPublicKeyComponents, UnparsedPublicKey};
use serde::Deserialize;

use super::OidcError;

/// Most keys a set may hold; an issuer publishes a handful.
const MAX_KEYS: usize = 100;

/// One verification key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jwk {
    pub kid: Option<String>,
    /// The algorithm the key declares, if it does.
    pub alg: Option<String>,
    material: KeyMaterial,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum KeyMaterial {
    Rsa {
        n: Vec<u8>,
        e: Vec<u8>,
    },
    /// The uncompressed point `04 || x || y`.
    Ec {
        curve: Curve,
        point: Vec<u8>,
    },
    Ed25519 {
        x: Vec<u8>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Curve {
    P256,
    P384,
}

/// The keys of one issuer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JwkSet {
    pub keys: Vec<Jwk>,
}

#[derive(Deserialize)]
struct RawSet {
    keys: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct RawKey {
    kty: String,
    kid: Option<String>,
    alg: Option<String>,
    #[serde(rename = "use")]
    usage: Option<String>,
    n: Option<String>,
    e: Option<String>,
    crv: Option<String>,
    x: Option<String>,
    y: Option<String>,
}

fn b64(field: Option<&String>) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(field?).ok()
}

impl JwkSet {
    /// Parses a JWKS document. Keys we cannot use (encryption keys, symmetric keys,
    /// unknown types or curves, malformed members) are left out rather than failing
    /// the set, as an issuer may publish keys for other purposes.
    pub fn parse(json: &[u8]) -> Result<Self, OidcError> {
        let raw: RawSet = serde_json::from_slice(json)
            .map_err(|_| OidcError::Communication("the JWKS is not a key set".to_owned()))?;
        let keys = raw
            .keys
            .into_iter()
            .take(MAX_KEYS)
            .filter_map(|v| serde_json::from_value::<RawKey>(v).ok())
            .filter_map(Jwk::from_raw)
            .collect();
        Ok(Self { keys })
    }

    /// Whether a key has this id.
    pub fn has_kid(&self, kid: &str) -> bool {
        self.keys.iter().any(|k| k.kid.as_deref() == Some(kid))
    }

    /// The keys that may check a token with header `kid`: the one with that id, or,
    /// for a token naming none, every key.
    pub fn candidates<'a>(&'a self, kid: Option<&'a str>) -> impl Iterator<Item = &'a Jwk> {
        self.keys
            .iter()
            .filter(move |k| kid.is_none_or(|id| k.kid.as_deref() == Some(id)))
    }
}

impl Jwk {
    fn from_raw(r: RawKey) -> Option<Self> {
        if r.usage.as_deref().is_some_and(|u| u != "sig") {
            return None;
        }
        let material = match r.kty.as_str() {
            "RSA" => {
                let n = b64(r.n.as_ref())?;
                let e = b64(r.e.as_ref())?;
                KeyMaterial::Rsa { n, e }
            }
            "EC" => {
                let (curve, len) = match r.crv.as_deref()? {
                    "P-256" => (Curve::P256, 32),
                    "P-384" => (Curve::P384, 48),
                    _ => return None,
                };
                let x = b64(r.x.as_ref())?;
                let y = b64(r.y.as_ref())?;
                if x.len() != len || y.len() != len {
                    return None;
                }
                let mut point = Vec::with_capacity(1 + 2 * len);
                point.push(4);
                point.extend_from_slice(&x);
                point.extend_from_slice(&y);
                KeyMaterial::Ec { curve, point }
            }
            "OKP" if r.crv.as_deref() == Some("Ed25519") => {
                let x = b64(r.x.as_ref())?;
                if x.len() != 32 {
                    return None;
                }
                KeyMaterial::Ed25519 { x }
            }
            _ => return None,
        };
        Some(Self {
            kid: r.kid,
            alg: r.alg,
            material,
        })
    }

    /// Checks `signature` over `message` with algorithm `alg`; an algorithm this key
    /// does not allow is refused before any arithmetic.
    pub fn verify(&self, alg: &str, message: &[u8], sig: &[u8]) -> Result<(), OidcError> {
        if self.alg.as_deref().is_some_and(|a| a != alg) {
            return Err(OidcError::Algorithm(alg.to_owned()));
        }
        let refused = || OidcError::Algorithm(alg.to_owned());
        let ok = match &self.material {
            KeyMaterial::Rsa { n, e } => {
                let params: &signature::RsaParameters = match alg {
                    "RS256" => &signature::RSA_PKCS1_2048_8192_SHA256,
                    "RS384" => &signature::RSA_PKCS1_2048_8192_SHA384,
                    "RS512" => &signature::RSA_PKCS1_2048_8192_SHA512,
                    "PS256" => &signature::RSA_PSS_2048_8192_SHA256,
                    "PS384" => &signature::RSA_PSS_2048_8192_SHA384,
                    "PS512" => &signature::RSA_PSS_2048_8192_SHA512,
                    _ => return Err(refused()),
                };
                RsaPublicKeyComponents { n, e }
                    .verify(params, message, sig)
                    .is_ok()
            }
            KeyMaterial::Ec { curve, point } => {
                let algorithm = match (curve, alg) {
                    (Curve::P256, "ES256") => &signature::ECDSA_P256_SHA256_FIXED,
                    (Curve::P384, "ES384") => &signature::ECDSA_P384_SHA384_FIXED,
                    _ => return Err(refused()),
                };
                UnparsedPublicKey::new(algorithm, point)
                    .verify(message, sig)
                    .is_ok()
            }
            KeyMaterial::Ed25519 { x } => {
                if alg != "EdDSA" && alg != "Ed25519" {
                    return Err(refused());
                }
                UnparsedPublicKey::new(&signature::ED25519, x)
                    .verify(message, sig)
                    .is_ok()
            }
        };
        if ok {
            Ok(())
        } else {
            Err(OidcError::Signature)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unusable_keys_are_left_out_of_the_set() {
        let set = JwkSet::parse(
            br#"{"keys":[
                {"kty":"oct","k":"c2VjcmV0","kid":"hmac"},
                {"kty":"RSA","use":"enc","n":"AQAB","e":"AQAB","kid":"enc"},
                {"kty":"EC","crv":"P-521","x":"AA","y":"AA","kid":"p521"},
                {"kty":"EC","crv":"P-256","x":"AA","y":"AA","kid":"short"},
                {"kty":"RSA","n":"AQAB","e":"AQAB","kid":"rsa"}
            ]}"#,
        )
        .unwrap();
        let kids: Vec<_> = set.keys.iter().filter_map(|k| k.kid.as_deref()).collect();
        assert_eq!(kids, ["rsa"]);
        assert!(JwkSet::parse(b"[]").is_err());
        assert!(JwkSet::parse(b"{\"keys\":7}").is_err());
    }

    #[test]
    fn an_rsa_key_refuses_hmac_none_and_ec_algorithms() {
        let set = JwkSet::parse(br#"{"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB"}]}"#).unwrap();
        let k = &set.keys[0];
        for alg in ["HS256", "none", "ES256", "EdDSA"] {
            assert_eq!(
                k.verify(alg, b"m", b"s"),
                Err(OidcError::Algorithm(alg.to_owned()))
            );
        }
    }
}
