//! Every quacky sample document must parse or be rejected with a message, never panic.

use std::path::{Path, PathBuf};

use gatehouse_policy::{PolicyKind, parse_bytes};

fn quacky_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/testdata/policies/quacky")
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

#[test]
fn quacky_documents_parse_or_are_rejected_cleanly() {
    let dir = quacky_dir();
    if !dir.is_dir() {
        assert!(
            std::env::var_os("CI").is_none(),
            "quacky test data missing at {}",
            dir.display()
        );
        eprintln!("quacky test data absent at {}; skipped", dir.display());
        return;
    }
    let mut files = Vec::new();
    walk(&dir, &mut files);
    assert!(
        files.len() > 700,
        "expected the 765 quacky documents, found {}",
        files.len()
    );
    let (mut ok, mut rejected) = (0, 0);
    for f in &files {
        let bytes = std::fs::read(f).unwrap_or_default();
        // A document that names principals is a resource policy; the rest are identity policies.
        let kind = if String::from_utf8_lossy(&bytes).contains("\"Principal\"") {
            PolicyKind::Resource
        } else {
            PolicyKind::Identity
        };
        match parse_bytes(&bytes, kind) {
            Ok(_) => ok += 1,
            Err(e) => {
                assert!(
                    !e.to_string().is_empty() && !e.detail().is_empty(),
                    "{}: empty message",
                    f.display()
                );
                rejected += 1;
            }
        }
    }
    println!(
        "quacky: {} documents, {ok} parsed, {rejected} rejected",
        files.len()
    );
    assert!(
        ok > files.len() / 2,
        "most quacky documents are valid policies: {ok} of {}",
        files.len()
    );
}

#[test]
#[ignore = "diagnostic listing"]
fn list_quacky_rejections() {
    let mut files = Vec::new();
    walk(&quacky_dir(), &mut files);
    for f in &files {
        let bytes = std::fs::read(f).unwrap_or_default();
        let kind = if String::from_utf8_lossy(&bytes).contains("\"Principal\"") {
            PolicyKind::Resource
        } else {
            PolicyKind::Identity
        };
        if let Err(e) = parse_bytes(&bytes, kind) {
            println!("{}: {e} | {}", f.display(), e.detail());
        }
    }
}
