//! What makes a parsed token acceptable: a signature by one of the issuer's keys, then
//! the registered claims (`iss`, `aud`/`azp`, `exp`, `nbf`, `iat`).

use serde_json::{Map, Value};

use super::{JwkSet, OidcError, UnverifiedToken};

/// Checks the token's signature with the key it names (or, naming none, any key that
/// fits). `none` and HMAC algorithms never reach a key.
pub fn verify_signature(token: &UnverifiedToken, keys: &JwkSet) -> Result<(), OidcError> {
    let alg = token.header.alg.as_str();
    if alg.eq_ignore_ascii_case("none") || alg.starts_with("HS") {
        return Err(OidcError::Algorithm(alg.to_owned()));
    }
    let mut last = OidcError::KeyNotFound;
    for key in keys.candidates(token.header.kid.as_deref()) {
        match key.verify(alg, token.signing_input(), token.signature()) {
            Ok(()) => return Ok(()),
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// The expectations of one provider at one instant.
#[derive(Debug, Clone)]
pub struct ClaimRules<'a> {
    /// The issuer URL the provider stands for, with its scheme.
    pub issuer: &'a str,
    pub client_ids: &'a [String],
    /// Seconds since the epoch.
    pub now: i64,
    pub skew_secs: i64,
}

/// A token whose signature and claims were accepted.
#[derive(Debug, Clone)]
pub struct VerifiedToken {
    pub subject: String,
    /// The client id that matched (`aud`, or `azp` when `aud` has several values).
    pub audience: String,
    pub azp: Option<String>,
    /// `aud` values other than the matched one (AWS's `oaud`).
    pub other_audiences: Vec<String>,
    pub amr: Vec<String>,
    pub claims: Map<String, Value>,
}

/// Checks the registered claims of a token whose signature was verified.
pub fn check_claims(
    token: &UnverifiedToken,
    rules: &ClaimRules<'_>,
) -> Result<VerifiedToken, OidcError> {
    let c = &token.claims;
    if token.string_claim("iss") != Some(rules.issuer) {
        return Err(OidcError::UnknownIssuer(
            token.string_claim("iss").unwrap_or_default().to_owned(),
        ));
    }
    let exp = number(c, "exp")?.ok_or(OidcError::Claim("exp"))?;
    if rules.now > exp.saturating_add(rules.skew_secs) {
        return Err(OidcError::Expired {
            now: rules.now,
            exp,
        });
    }
    let horizon = rules.now.saturating_add(rules.skew_secs);
    if number(c, "nbf")?.is_some_and(|nbf| nbf > horizon)
        || number(c, "iat")?.is_some_and(|iat| iat > horizon)
    {
        return Err(OidcError::NotYetValid);
    }
    let audiences: Vec<String> = match c.get("aud") {
        Some(Value::String(a)) => vec![a.clone()],
        Some(Value::Array(list)) => list
            .iter()
            .map(|v| v.as_str().map(str::to_owned).ok_or(OidcError::Audience))
            .collect::<Result<_, _>>()?,
        _ => return Err(OidcError::Audience),
    };
    let azp = token.string_claim("azp").map(str::to_owned);
    let matched = if audiences.len() == 1 {
        audiences.first().cloned()
    } else {
        // Several audiences: the authorized party names the client the token is for.
        azp.clone().filter(|a| audiences.contains(a))
    };
    let audience = matched
        .filter(|a| rules.client_ids.contains(a))
        .ok_or(OidcError::Audience)?;
    let subject = token
        .string_claim("sub")
        .filter(|s| !s.is_empty())
        .ok_or(OidcError::Claim("sub"))?
        .to_owned();
    let amr = match c.get("amr") {
        Some(Value::Array(l)) => l
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    Ok(VerifiedToken {
        subject,
        other_audiences: audiences.into_iter().filter(|a| *a != audience).collect(),
        audience,
        azp,
        amr,
        claims: c.clone(),
    })
}

/// A NumericDate claim in whole seconds, `None` when absent.
fn number(c: &Map<String, Value>, name: &'static str) -> Result<Option<i64>, OidcError> {
    match c.get(name) {
        None => Ok(None),
        Some(Value::Number(n)) => n
            .as_i64()
            .or_else(|| n.as_f64().filter(|f| f.is_finite()).map(|f| f as i64))
            .map(Some)
            .ok_or(OidcError::Claim(name)),
        Some(_) => Err(OidcError::Claim(name)),
    }
}

#[cfg(test)]
mod tests {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use ring::rand::SystemRandom;
    use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};

    use super::*;
    use crate::oidc::MAX_TOKEN_BYTES;

    const ISS: &str = "https://idp.example/realm";

    struct Issuer {
        key: EcdsaKeyPair,
        rng: SystemRandom,
    }

    impl Issuer {
        fn new() -> Self {
            let rng = SystemRandom::new();
            let pkcs8 =
                EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
            let key =
                EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
                    .unwrap();
            Self { key, rng }
        }

        fn jwks(&self, kid: &str) -> JwkSet {
            let p = self.key.public_key().as_ref();
            let doc = serde_json::json!({"keys":[{"kty":"EC","crv":"P-256","kid":kid,
                "x":URL_SAFE_NO_PAD.encode(&p[1..33]),"y":URL_SAFE_NO_PAD.encode(&p[33..])}]});
            JwkSet::parse(doc.to_string().as_bytes()).unwrap()
        }

        fn sign(&self, header: Value, claims: Value) -> String {
            let input = format!(
                "{}.{}",
                URL_SAFE_NO_PAD.encode(header.to_string()),
                URL_SAFE_NO_PAD.encode(claims.to_string())
            );
            let sig = self.key.sign(&self.rng, input.as_bytes()).unwrap();
            format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig.as_ref()))
        }
    }

    fn claims(aud: Value) -> Value {
        serde_json::json!({"iss":ISS,"sub":"alice","aud":aud,"exp":2_000,"iat":1_000,"azp":"app"})
    }

    fn rules(ids: &[String]) -> ClaimRules<'_> {
        ClaimRules {
            issuer: ISS,
            client_ids: ids,
            now: 1_500,
            skew_secs: 60,
        }
    }

    #[test]
    fn an_es256_token_verifies_and_its_claims_are_checked() {
        let idp = Issuer::new();
        let t = idp.sign(
            serde_json::json!({"alg":"ES256","kid":"k1"}),
            claims("app".into()),
        );
        let parsed = UnverifiedToken::parse(&t, MAX_TOKEN_BYTES).unwrap();
        verify_signature(&parsed, &idp.jwks("k1")).unwrap();
        let ids = vec!["app".to_owned()];
        let v = check_claims(&parsed, &rules(&ids)).unwrap();
        assert_eq!((v.subject.as_str(), v.audience.as_str()), ("alice", "app"));

        // Another key under the same id, and a key id the set does not hold.
        assert_eq!(
            verify_signature(&parsed, &Issuer::new().jwks("k1")),
            Err(OidcError::Signature)
        );
        assert_eq!(
            verify_signature(&parsed, &idp.jwks("k2")),
            Err(OidcError::KeyNotFound)
        );
        // A tampered payload.
        let mut parts: Vec<&str> = t.split('.').collect();
        let other =
            URL_SAFE_NO_PAD.encode(claims("app".into()).to_string().replace("alice", "mallory"));
        parts[1] = &other;
        let tampered = UnverifiedToken::parse(&parts.join("."), MAX_TOKEN_BYTES).unwrap();
        assert_eq!(
            verify_signature(&tampered, &idp.jwks("k1")),
            Err(OidcError::Signature)
        );
    }

    #[test]
    fn none_and_hmac_never_reach_a_key() {
        let idp = Issuer::new();
        for alg in ["none", "NONE", "HS256", "HS512"] {
            let t = idp.sign(
                serde_json::json!({"alg":alg,"kid":"k1"}),
                claims("app".into()),
            );
            let parsed = UnverifiedToken::parse(&t, MAX_TOKEN_BYTES).unwrap();
            assert_eq!(
                verify_signature(&parsed, &idp.jwks("k1")),
                Err(OidcError::Algorithm(alg.to_owned()))
            );
        }
    }

    #[test]
    fn audience_time_and_issuer_rules() {
        let idp = Issuer::new();
        let ids = vec!["app".to_owned()];
        let check = |c: Value| {
            let t = idp.sign(serde_json::json!({"alg":"ES256"}), c);
            check_claims(
                &UnverifiedToken::parse(&t, MAX_TOKEN_BYTES).unwrap(),
                &rules(&ids),
            )
        };
        assert_eq!(
            check(claims("other".into())).unwrap_err(),
            OidcError::Audience
        );
        // Several audiences: azp decides.
        let v = check(claims(serde_json::json!(["x", "app"]))).unwrap();
        assert_eq!(v.other_audiences, ["x"]);
        let mut c = claims(serde_json::json!(["x", "y"]));
        assert_eq!(check(c.clone()).unwrap_err(), OidcError::Audience);
        c["exp"] = 1_450.into();
        c["aud"] = "app".into();
        assert!(check(c.clone()).is_ok(), "within the skew");
        c["exp"] = 1_439.into();
        assert_eq!(
            check(c.clone()).unwrap_err(),
            OidcError::Expired {
                now: 1_500,
                exp: 1_439
            }
        );
        c["exp"] = 2_000.into();
        c["nbf"] = 1_561.into();
        assert_eq!(check(c.clone()).unwrap_err(), OidcError::NotYetValid);
        c["nbf"] = 1_000.into();
        c["iss"] = "https://idp.example/other".into();
        assert!(matches!(
            check(c.clone()).unwrap_err(),
            OidcError::UnknownIssuer(_)
        ));
        c["iss"] = ISS.into();
        c["exp"] = "soon".into();
        assert_eq!(check(c).unwrap_err(), OidcError::Claim("exp"));
    }

    #[test]
    fn mutated_tokens_never_verify_and_never_panic() {
        let idp = Issuer::new();
        let keys = idp.jwks("k1");
        let ids = vec!["app".to_owned()];
        let t = idp.sign(
            serde_json::json!({"alg":"ES256","kid":"k1"}),
            claims("app".into()),
        );
        let alphabet = b"AZaz09-_.=+/ {}\"\x00\xff";
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut accepted = 0;
        for _ in 0..20_000 {
            let mut bytes = t.clone().into_bytes();
            for _ in 0..=(next() % 3) {
                let at = (next() as usize) % bytes.len();
                match next() % 3 {
                    0 => bytes[at] = alphabet[(next() as usize) % alphabet.len()],
                    1 => {
                        bytes.remove(at);
                    }
                    _ => bytes.insert(at, alphabet[(next() as usize) % alphabet.len()]),
                }
            }
            let text = String::from_utf8_lossy(&bytes);
            if text.trim() != t
                && let Ok(p) = UnverifiedToken::parse(&text, MAX_TOKEN_BYTES)
                && verify_signature(&p, &keys).is_ok()
                && check_claims(&p, &rules(&ids)).is_ok()
            {
                accepted += 1;
            }
        }
        assert_eq!(accepted, 0, "mutated tokens verified");
    }

    #[test]
    fn an_ed25519_key_verifies_eddsa_only() {
        use ring::signature::Ed25519KeyPair;
        let rng = SystemRandom::new();
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng).unwrap();
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).unwrap();
        let doc = serde_json::json!({"keys":[{"kty":"OKP","crv":"Ed25519","kid":"ed",
            "x":URL_SAFE_NO_PAD.encode(pair.public_key().as_ref())}]});
        let keys = JwkSet::parse(doc.to_string().as_bytes()).unwrap();
        let sign = |alg: &str| {
            let input = format!(
                "{}.{}",
                URL_SAFE_NO_PAD.encode(serde_json::json!({"alg":alg,"kid":"ed"}).to_string()),
                URL_SAFE_NO_PAD.encode(claims("app".into()).to_string())
            );
            let sig = pair.sign(input.as_bytes());
            format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig.as_ref()))
        };
        let ok = UnverifiedToken::parse(&sign("EdDSA"), MAX_TOKEN_BYTES).unwrap();
        assert_eq!(verify_signature(&ok, &keys), Ok(()));
        let wrong = UnverifiedToken::parse(&sign("ES256"), MAX_TOKEN_BYTES).unwrap();
        assert_eq!(
            verify_signature(&wrong, &keys),
            Err(OidcError::Algorithm("ES256".to_owned()))
        );
    }
}
