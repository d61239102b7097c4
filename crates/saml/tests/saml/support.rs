//! Shared helpers: locating the shared test data and reading its files.

use base64::Engine as _;
use std::path::{Path, PathBuf};

/// `../shared/testdata/saml` relative to the repository root. CI always has it;
/// elsewhere its absence is reported, never silently passed.
pub fn testdata() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/testdata/saml");
    if root.is_dir() {
        return Some(root);
    }
    if std::env::var_os("CI").is_some() {
        panic!("shared test data missing at {}", root.display());
    }
    eprintln!("skipping: shared test data missing at {}", root.display());
    None
}

/// A response file as XML bytes, decoding the `.base64` ones.
pub fn load_response(path: &Path) -> Vec<u8> {
    let raw = std::fs::read(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy();
    if name.contains("base64") {
        let compact: Vec<u8> = raw
            .into_iter()
            .filter(|b| !b.is_ascii_whitespace())
            .collect();
        base64::engine::general_purpose::STANDARD
            .decode(compact)
            .unwrap()
    } else {
        raw
    }
}

/// Every base64 certificate written between `X509Certificate` tags in `text`.
pub fn embedded_certificates(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("X509Certificate>") {
        rest = &rest[start + "X509Certificate>".len()..];
        let Some(end) = rest.find('<') else { break };
        let body = rest[..end].trim();
        if body.len() > 100 && !body.contains(' ') {
            out.push(body.to_owned());
        }
        rest = &rest[end..];
    }
    out
}
