//! Verifying one freshly signed RSA-2048 response, and its stages alone.
//!
//! The responses come from `tests/saml/fixtures.py` (signxml and xmlsec1 in the
//! project's venv); without them the bench says so and measures nothing.

use gatehouse_saml::{IdpCertificate, VerifyOptions, verify};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

struct Fixture {
    response: Vec<u8>,
    certificate: IdpCertificate,
}

fn fixture(name: &str) -> Option<Fixture> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    let dir = DIR.get_or_init(|| {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let python = manifest.join("../../.venv/bin/python");
        let out = std::env::temp_dir().join(format!("gatehouse-saml-bench-{}", std::process::id()));
        let ok = std::process::Command::new(python)
            .arg(manifest.join("tests/saml/fixtures.py"))
            .arg(&out)
            .arg("1800000000")
            .env("C14N_CASES", "1")
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!("no fixtures (run scripts/ensure-venv; xmlsec1 needed)");
        }
        ok.then_some(out)
    });
    let dir = dir.as_ref()?;
    let response = std::fs::read(dir.join(name)).ok()?;
    let pem = std::fs::read_to_string(dir.join("rsa.crt")).ok()?;
    let certificate = IdpCertificate::from_pem(&pem).ok()?;
    Some(Fixture {
        response,
        certificate,
    })
}

#[divan::bench(args = [
    "signxml-rsa-sha256-plain-response.xml",
    "xmlsec1-rsa-sha256-assertion.xml",
    "signxml-rsa-sha256-both.xml",
    "big-rsa-sha256-assertion.xml",
])]
fn verify_rsa_2048(bencher: divan::Bencher, name: &str) {
    let Some(f) = fixture(name) else { return };
    let certs = [f.certificate];
    let options = VerifyOptions::new(&certs);
    if let Err(e) = verify(&f.response, &options) {
        eprintln!("{name} does not verify: {e}");
        return;
    }
    bencher
        .counter(divan::counter::BytesCount::new(f.response.len()))
        .bench(|| verify(divan::black_box(&f.response), &options).is_ok());
}

#[divan::bench]
fn canonicalize_response(bencher: divan::Bencher) {
    let Some(f) = fixture("signxml-rsa-sha256-plain-response.xml") else {
        return;
    };
    let text = String::from_utf8(f.response).unwrap_or_default();
    let doc = match roxmltree::Document::parse(&text) {
        Ok(doc) => doc,
        Err(_) => return,
    };
    let mut out = Vec::with_capacity(text.len());
    bencher.bench_local(|| {
        out.clear();
        gatehouse_saml::c14n::canonicalize(&doc, doc.root_element(), None, &[], &mut out);
        out.len()
    });
}
