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

/// The pinned "now" of the generated fixtures: 2027-01-15T08:00:00Z.
pub const FIXTURE_NOW_SECS: i64 = 1_800_000_000;

/// Freshly signed responses and the lxml C14N corpus, generated once per test run
/// by `fixtures.py` in the project's virtual environment (scripts/ensure-venv).
/// Without the venv or xmlsec1 the tests say so and pass, except under CI.
pub fn fixtures() -> Option<(PathBuf, gatehouse_saml::Timestamp)> {
    static DIR: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    let dir = DIR.get_or_init(|| {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let python = manifest.join("../../.venv/bin/python");
        let usable = python.exists()
            && std::process::Command::new(&python)
                .args(["-c", "import lxml, signxml"])
                .status()
                .is_ok_and(|s| s.success())
            && std::process::Command::new("xmlsec1")
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success());
        if !usable {
            if std::env::var_os("CI").is_some() {
                panic!("CI needs .venv with lxml and signxml (scripts/ensure-venv) and xmlsec1");
            }
            eprintln!("skipping: no .venv with lxml/signxml or no xmlsec1");
            return None;
        }
        let out =
            std::env::temp_dir().join(format!("gatehouse-saml-fixtures-{}", std::process::id()));
        let status = std::process::Command::new(&python)
            .arg(manifest.join("tests/saml/fixtures.py"))
            .arg(&out)
            .arg(FIXTURE_NOW_SECS.to_string())
            .status()
            .unwrap();
        assert!(status.success(), "fixtures.py failed");
        Some(out)
    });
    dir.clone()
        .map(|d| (d, gatehouse_saml::Timestamp(FIXTURE_NOW_SECS * 1000)))
}
