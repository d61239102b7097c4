//! The crate's exclusive C14N agrees byte for byte with lxml's on a generated
//! corpus (namespaces redeclared and undeclared, prefix lists, escapes, comments,
//! processing instructions, CDATA, subtrees inside a larger document).

use crate::support::fixtures;
use gatehouse_saml::c14n::canonicalize;

#[test]
fn exclusive_c14n_matches_lxml() {
    let Some((dir, _)) = fixtures() else { return };
    let corpus: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("c14n-corpus.json")).unwrap()).unwrap();
    let cases = corpus.as_array().unwrap();
    assert!(cases.len() >= 1000);
    let mut failures = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let xml = case["xml"].as_str().unwrap();
        let cid = case["cid"].as_str().unwrap();
        let prefixes: Vec<&str> = case["prefixes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap())
            .collect();
        let doc = roxmltree::Document::parse(xml).unwrap();
        let apex = doc
            .descendants()
            .find(|n| n.attribute("cid") == Some(cid))
            .unwrap();
        let mut out = Vec::new();
        canonicalize(&doc, apex, None, &prefixes, &mut out);
        let want = case["c14n"].as_str().unwrap();
        if out != want.as_bytes() {
            failures.push(format!(
                "case {i} {prefixes:?}\n  xml:  {xml}\n  want: {want}\n  got:  {}",
                String::from_utf8_lossy(&out)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        cases.len(),
        failures[..failures.len().min(5)].join("\n")
    );
}
