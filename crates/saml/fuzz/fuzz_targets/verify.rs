//! Fuzzes everything the crate does with untrusted bytes: response verification
//! (XML and base64 forms), metadata parsing, and canonicalization of any document
//! the parser accepts. Nothing may panic, loop or exhaust memory.
#![no_main]

use gatehouse_saml::{AlgorithmPolicy, VerifyOptions, Timestamp};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut options = VerifyOptions::new(&[]);
    options.algorithms = AlgorithmPolicy {
        allow_sha1: true,
        min_rsa_bits: 1024,
    };
    if let Ok(v) = gatehouse_saml::verify(data, &options) {
        let _ = v.check_conditions(Timestamp(0), &["a"], "b", std::time::Duration::from_secs(1));
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = gatehouse_saml::verify_base64(text, &options);
        let _ = gatehouse_saml::metadata::parse(text);
        if text.len() < 1 << 16 && !text.contains("<!DOCTYPE") {
            if let Ok(doc) = roxmltree::Document::parse(text) {
                let mut out = Vec::new();
                gatehouse_saml::c14n::canonicalize(&doc, doc.root_element(), None, &["#default", "a"], &mut out);
            }
        }
    }
});
