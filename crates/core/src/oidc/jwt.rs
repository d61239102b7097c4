//! The compact JWS form of an ID token, split and decoded but not yet trusted.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value};

use super::OidcError;

/// AWS's limit on `WebIdentityToken`; also bounds what we decode.
pub const MAX_TOKEN_BYTES: usize = 20_000;

/// The protected header fields verification needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub alg: String,
    pub kid: Option<String>,
}

/// A token whose parts decoded; nothing in it is trusted until
/// [`super::verify_signature`] accepts it.
#[derive(Debug, Clone)]
pub struct UnverifiedToken {
    pub header: Header,
    pub claims: Map<String, Value>,
    /// `base64url(header) . base64url(payload)`, the bytes the signature covers.
    signing_input: String,
    signature: Vec<u8>,
}

impl UnverifiedToken {
    /// Splits and decodes `token`. Any deviation from the compact form (other part
    /// counts, padding, non-JSON, a header without `alg`, `crit`) is refused.
    pub fn parse(token: &str, max_bytes: usize) -> Result<Self, OidcError> {
        if token.len() > max_bytes {
            return Err(OidcError::TooLarge(max_bytes));
        }
        let token = token.trim();
        let mut parts = token.split('.');
        let (Some(h), Some(p), Some(s), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(OidcError::Malformed("a JWS has three parts"));
        };
        let header: Map<String, Value> = decode_json(h)?;
        let claims: Map<String, Value> = decode_json(p)?;
        let signature = URL_SAFE_NO_PAD
            .decode(s)
            .map_err(|_| OidcError::Malformed("the signature is not base64url"))?;
        let alg = match header.get("alg") {
            Some(Value::String(a)) => a.clone(),
            _ => return Err(OidcError::Malformed("the header has no `alg`")),
        };
        // Extensions we do not understand must not be ignored.
        if header.contains_key("crit") {
            return Err(OidcError::Malformed("the header has `crit` extensions"));
        }
        let kid = match header.get("kid") {
            None | Some(Value::Null) => None,
            Some(Value::String(k)) => Some(k.clone()),
            Some(_) => return Err(OidcError::Malformed("`kid` is not a string")),
        };
        let signing_input = token[..h.len() + 1 + p.len()].to_owned();
        Ok(Self {
            header: Header { alg, kid },
            claims,
            signing_input,
            signature,
        })
    }

    pub(crate) fn signing_input(&self) -> &[u8] {
        self.signing_input.as_bytes()
    }

    pub(crate) fn signature(&self) -> &[u8] {
        &self.signature
    }

    /// A string claim.
    pub fn string_claim(&self, name: &str) -> Option<&str> {
        self.claims.get(name).and_then(Value::as_str)
    }
}

fn decode_json(part: &str) -> Result<Map<String, Value>, OidcError> {
    let bytes = URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|_| OidcError::Malformed("a part is not base64url"))?;
    match serde_json::from_slice(&bytes) {
        Ok(Value::Object(m)) => Ok(m),
        _ => Err(OidcError::Malformed("a part is not a JSON object")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(s: &str) -> String {
        URL_SAFE_NO_PAD.encode(s)
    }

    #[test]
    fn splits_header_claims_and_signature() {
        let t = format!(
            "{}.{}.{}",
            b64(r#"{"alg":"RS256","kid":"k1"}"#),
            b64(r#"{"sub":"alice"}"#),
            URL_SAFE_NO_PAD.encode([1u8, 2, 3])
        );
        let p = UnverifiedToken::parse(&t, MAX_TOKEN_BYTES).unwrap();
        assert_eq!(p.header.alg, "RS256");
        assert_eq!(p.header.kid.as_deref(), Some("k1"));
        assert_eq!(p.string_claim("sub"), Some("alice"));
        assert_eq!(p.signature(), &[1, 2, 3]);
        assert!(t.starts_with(std::str::from_utf8(p.signing_input()).unwrap()));
    }

    #[test]
    fn refuses_what_is_not_a_compact_jws() {
        let h = b64(r#"{"alg":"RS256"}"#);
        let c = b64(r#"{"sub":"a"}"#);
        for bad in [
            String::new(),
            "a.b".to_owned(),
            format!("{h}.{c}"),
            format!("{h}.{c}.AA.AA"),
            format!("{h}.{c}.A==="),
            format!("{}.{c}.AA", b64("[1]")),
            format!("{}.{c}.AA", b64(r#"{"kid":"x"}"#)),
            format!("{}.{c}.AA", b64(r#"{"alg":"RS256","crit":["b64"]}"#)),
            format!("{h}.{}.AA", b64("not json")),
            format!("{h}.@@.AA"),
        ] {
            assert!(
                UnverifiedToken::parse(&bad, MAX_TOKEN_BYTES).is_err(),
                "{bad}"
            );
        }
        let big = "a".repeat(MAX_TOKEN_BYTES + 1);
        assert_eq!(
            UnverifiedToken::parse(&big, MAX_TOKEN_BYTES).unwrap_err(),
            OidcError::TooLarge(MAX_TOKEN_BYTES)
        );
    }
}
