//! Fuzzes what web identity federation does with untrusted bytes: ID token parsing,
//! signature checks against a fixed key set, claim checks, and JWKS parsing. Nothing
//! may panic.
#![no_main]

use gatehouse_core::oidc::{ClaimRules, JwkSet, UnverifiedToken, check_claims, verify_signature};
use libfuzzer_sys::fuzz_target;

const KEYS: &[u8] = br#"{"keys":[
  {"kty":"RSA","kid":"r","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw","e":"AQAB"},
  {"kty":"EC","kid":"e","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}
]}"#;

fuzz_target!(|data: &[u8]| {
    let _ = JwkSet::parse(data);
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(token) = UnverifiedToken::parse(text, 20_000) else {
        return;
    };
    if let Ok(keys) = JwkSet::parse(KEYS) {
        let _ = verify_signature(&token, &keys);
    }
    let ids = ["app".to_owned()];
    let rules = ClaimRules {
        issuer: "https://idp.example",
        client_ids: &ids,
        now: 1_700_000_000,
        skew_secs: 60,
    };
    let _ = check_claims(&token, &rules);
});
