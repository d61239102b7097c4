//! Attacks generated from freshly signed responses: XSW1–XSW8 wrapping, comment and
//! entity tricks, duplicated IDs and assertions, retargeted references, tampering.
//! Every variant is well-formed XML (so it is refused for what it does, not for a
//! typo in the generator) and none is accepted.

use crate::fresh::signer_of;
use crate::support::fixtures;
use gatehouse_saml::{
    Limits, SignatureError, ValueError, VerifyError, VerifyOptions, XmlError, verify,
};

const EVIL_NAME: &str = "admin@example.test";

fn read(dir: &std::path::Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap()
}

/// Byte range of the first `<tag ...>...</tag>` element.
fn span(text: &str, tag: &str) -> std::ops::Range<usize> {
    let start = text.find(&format!("<{tag}")).unwrap();
    let close = format!("</{tag}>");
    let end = text[start..].find(&close).unwrap() + start + close.len();
    start..end
}

fn without(text: &str, range: std::ops::Range<usize>) -> String {
    format!("{}{}", &text[..range.start], &text[range.end..])
}

fn insert_at(text: &str, at: usize, what: &str) -> String {
    format!("{}{}{}", &text[..at], what, &text[at..])
}

fn evil(text: &str) -> String {
    text.replace("alice@example.test", EVIL_NAME)
        .replace("role/ReadOnly", "role/OrganizationAccountAccessRole")
}

fn after_response_issuer(text: &str) -> usize {
    text.find("</saml:Issuer>").unwrap() + "</saml:Issuer>".len()
}

/// Replaces the first `ID="..."` at or after `from`.
fn set_id(text: &str, from: usize, id: &str) -> String {
    let at = text[from..].find(" ID=\"").unwrap() + from + 5;
    let end = text[at..].find('"').unwrap() + at;
    format!("{}{}{}", &text[..at], id, &text[end..])
}

fn strip_decl(text: &str) -> &str {
    match text.strip_prefix("<?xml") {
        Some(rest) => rest[rest.find("?>").unwrap() + 2..].trim_start(),
        None => text,
    }
}

/// Wrapping variants of a response signed at the `Response` level.
fn response_wrapping(r: &str) -> Vec<(&'static str, String)> {
    let r = strip_decl(r);
    let sig = span(r, "ds:Signature");
    let signature = &r[sig.clone()];
    let bare = without(r, sig.clone());
    let evil_resp = set_id(&evil(&bare), 0, "_evil");
    let at = after_response_issuer(&evil_resp);
    let with_object = signature.replace(
        "</ds:Signature>",
        &format!("<ds:Object>{r}</ds:Object></ds:Signature>"),
    );
    vec![
        ("XSW1", insert_at(&evil_resp, at, &with_object)),
        (
            "XSW2",
            insert_at(&evil_resp, at, &format!("{r}{signature}")),
        ),
        // The original response's ID kept on the evil one, original hidden inside.
        (
            "XSW1-same-id",
            insert_at(&evil(&bare), after_response_issuer(&bare), &with_object),
        ),
    ]
}

/// Wrapping variants of a response whose assertion is signed.
fn assertion_wrapping(r: &str) -> Vec<(&'static str, String)> {
    let r = strip_decl(r);
    let a = span(r, "saml:Assertion");
    let assertion = &r[a.clone()];
    let sig_in_a = span(assertion, "ds:Signature");
    let signature = &assertion[sig_in_a.clone()];
    let unsigned = without(assertion, sig_in_a.clone());
    let evil_new_id = set_id(&evil(&unsigned), 0, "_evil");
    let evil_same_id = evil(&unsigned);
    let before_subject = |s: &str| s.find("<saml:Subject>").unwrap();
    let mut out = Vec::new();
    out.push(("XSW3", insert_at(r, a.start, &evil_new_id)));
    out.push(("XSW4", {
        let close = evil_new_id.rfind("</saml:Assertion>").unwrap();
        let wrapper = insert_at(&evil_new_id, close, assertion);
        format!("{}{}{}", &r[..a.start], wrapper, &r[a.end..])
    }));
    out.push(("XSW5", {
        let moved = insert_at(&evil_same_id, before_subject(&evil_same_id), signature);
        format!("{}{}{}{}", &r[..a.start], moved, unsigned, &r[a.end..])
    }));
    out.push(("XSW6", {
        let sig_obj = signature.replace(
            "</ds:Signature>",
            &format!("<ds:Object>{assertion}</ds:Object></ds:Signature>"),
        );
        let moved = insert_at(&evil_same_id, before_subject(&evil_same_id), &sig_obj);
        format!("{}{}{}", &r[..a.start], moved, &r[a.end..])
    }));
    out.push(("XSW7", {
        let ext = format!("<samlp:Extensions>{assertion}</samlp:Extensions>");
        let body = format!("{}{}{}", &r[..a.start], evil_same_id, &r[a.end..]);
        insert_at(&body, after_response_issuer(&body), &ext)
    }));
    out.push(("XSW8", {
        let sig_obj = signature.replace(
            "</ds:Signature>",
            &format!("<ds:Object>{unsigned}</ds:Object></ds:Signature>"),
        );
        let moved = insert_at(&evil_same_id, before_subject(&evil_same_id), &sig_obj);
        format!("{}{}{}", &r[..a.start], moved, &r[a.end..])
    }));
    out
}

fn assert_refused(label: &str, xml: &str, options: &VerifyOptions<'_>) -> VerifyError {
    roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{label} is not well-formed: {e}"));
    match verify(xml.as_bytes(), options) {
        Ok(v) => panic!(
            "{label} accepted as {:?}",
            v.assertion.subject.name_id.value
        ),
        Err(e) => {
            eprintln!("refused {label}: {e}");
            e
        }
    }
}

#[test]
fn signature_wrapping_variants_are_refused() {
    let Some((dir, _)) = fixtures() else { return };
    for name in [
        "signxml-rsa-sha256-plain-response.xml",
        "xmlsec1-ecdsa-sha256-response.xml",
    ] {
        let certs = [signer_of(&dir, name)];
        let options = VerifyOptions::new(&certs);
        for (label, xml) in response_wrapping(&read(&dir, name)) {
            let e = assert_refused(&format!("{name} {label}"), &xml, &options);
            assert!(
                matches!(
                    e,
                    VerifyError::AssertionCount(_)
                        | VerifyError::DuplicateId(_)
                        | VerifyError::SignaturePlacement
                        | VerifyError::Signature { .. }
                ),
                "{name} {label}: {e}"
            );
        }
    }
    for name in [
        "signxml-rsa-sha256-plain-assertion.xml",
        "xmlsec1-rsa-sha256-assertion.xml",
        "xmlsec1-ecdsa-sha384-assertion.xml",
    ] {
        let certs = [signer_of(&dir, name)];
        let options = VerifyOptions::new(&certs);
        let variants = assertion_wrapping(&read(&dir, name));
        assert_eq!(variants.len(), 6);
        for (label, xml) in variants {
            assert_refused(&format!("{name} {label}"), &xml, &options);
        }
    }
}

#[test]
fn tampering_and_tricks_are_refused_for_the_right_reason() {
    let Some((dir, _)) = fixtures() else { return };
    let r_name = "signxml-rsa-sha256-plain-response.xml";
    let a_name = "xmlsec1-rsa-sha256-assertion.xml";
    let r = read(&dir, r_name);
    let a = read(&dir, a_name);
    let certs = [signer_of(&dir, r_name)];
    let options = VerifyOptions::new(&certs);
    let refused = |label: &str, xml: &str| assert_refused(label, xml, &options);

    // Comments vanish in canonical form, so the digest still matches; the reader
    // must not take `alice` alone (or the whole joined value) as the name.
    for (label, doc) in [("response-signed", &r), ("assertion-signed", &a)] {
        let injected = doc.replace("alice@example.test", "alice<!---->@example.test");
        assert_eq!(
            refused(label, &injected),
            VerifyError::Value(ValueError::SplitText {
                element: "NameID".to_owned()
            }),
            "{label}"
        );
        let injected = doc.replace("role/Admin,", "role/Admin<!-- x -->,");
        assert!(
            matches!(refused(label, &injected), VerifyError::Value(_)),
            "{label}"
        );
    }

    let second = {
        let span = span(&r, "saml:Assertion");
        let copy = set_id(&r[span.clone()], 0, "_copy");
        insert_at(&r, span.end, &copy)
    };
    assert_eq!(
        refused("second assertion", &second),
        VerifyError::AssertionCount(2)
    );

    let dup = insert_at(
        &a,
        after_response_issuer(&a),
        &format!(
            "<samlp:Extensions><x ID=\"{}\"/></samlp:Extensions>",
            &a[a.find("<saml:Assertion").unwrap()..]
                .split("ID=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
        ),
    );
    assert!(matches!(
        refused("duplicate id", &dup),
        VerifyError::DuplicateId(_)
    ));

    let redefined = a.replace("<saml:NameID ", "<saml:NameID xmlns:saml=\"urn:evil\" ");
    assert!(matches!(
        refused("prefix redefinition", &redefined),
        VerifyError::Signature {
            error: SignatureError::DigestMismatch,
            ..
        } | VerifyError::Missing(_)
    ));

    let altered = a.replace("role/ReadOnly", "role/Root");
    assert!(matches!(
        refused("altered attribute", &altered),
        VerifyError::Signature {
            error: SignatureError::DigestMismatch,
            ..
        }
    ));

    let response_id = a.split("ID=\"").nth(1).unwrap().split('"').next().unwrap();
    let assertion_id = &a[a.find("<saml:Assertion").unwrap()..]
        .split("ID=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let retargeted = a.replace(
        &format!("URI=\"#{assertion_id}\""),
        &format!("URI=\"#{response_id}\""),
    );
    assert!(matches!(
        refused("reference to another element", &retargeted),
        VerifyError::Signature {
            error: SignatureError::ReferenceUri { .. },
            ..
        }
    ));

    let xpath = a.replace(
        "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
        "http://www.w3.org/TR/1999/REC-xpath-19991116",
    );
    assert!(matches!(
        refused("xpath transform", &xpath),
        VerifyError::Signature {
            error: SignatureError::Transform(_),
            ..
        }
    ));
    let with_comments = a.replace(
        "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"",
        "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#WithComments\"",
    );
    assert!(matches!(
        refused("c14n with comments", &with_comments),
        VerifyError::Signature {
            error: SignatureError::Canonicalization(_),
            ..
        }
    ));
    let sha1 = a.replace(
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
        "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
    );
    assert!(matches!(
        refused("sha1 not enabled", &sha1),
        VerifyError::Signature {
            error: SignatureError::SignatureAlgorithm(_),
            ..
        }
    ));

    let moved_sig = {
        let a_span = span(&a, "saml:Assertion");
        let assertion = &a[a_span.clone()];
        let s = span(assertion, "ds:Signature");
        let sig = assertion[s.clone()].to_owned();
        let body = format!(
            "{}{}{}",
            &a[..a_span.start],
            without(assertion, s),
            &a[a_span.end..]
        );
        body.replace("<samlp:Status>", &format!("<samlp:Status>{sig}"))
    };
    assert_eq!(
        refused("signature in Status", &moved_sig),
        VerifyError::SignaturePlacement
    );

    let unsigned = {
        let s = span(&a, "ds:Signature");
        without(&a, s)
    };
    assert_eq!(refused("unsigned", &unsigned), VerifyError::Unsigned);
}

#[test]
fn document_type_declarations_and_oversized_input_are_refused() {
    let Some((dir, _)) = fixtures() else { return };
    let name = "signxml-rsa-sha256-plain-response.xml";
    let r = read(&dir, name);
    let body = strip_decl(&r);
    let certs = [signer_of(&dir, name)];
    let options = VerifyOptions::new(&certs);
    let laughs = "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
    for (label, prolog, body) in [
        (
            "internal entity",
            "<!DOCTYPE r [<!ENTITY n \"admin\">]>",
            body.replace("alice", "&n;"),
        ),
        ("billion laughs", laughs, body.replace("alice", "&d;")),
        (
            "external entity",
            "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
            body.replace("alice", "&x;"),
        ),
        ("bare doctype", "<!DOCTYPE samlp:Response>", body.to_owned()),
    ] {
        let xml = format!("<?xml version=\"1.0\"?>{prolog}{body}");
        assert_eq!(
            verify(xml.as_bytes(), &options).unwrap_err(),
            VerifyError::Xml(XmlError::Doctype),
            "{label}"
        );
    }
    let deep = format!("{}{}", "<a>".repeat(100), "</a>".repeat(100));
    assert!(matches!(
        verify(deep.as_bytes(), &options).unwrap_err(),
        VerifyError::Xml(XmlError::TooDeep { .. })
    ));
    let mut small = VerifyOptions::new(&certs);
    small.limits = Limits {
        max_bytes: 1000,
        ..Limits::default()
    };
    assert!(matches!(
        verify(r.as_bytes(), &small).unwrap_err(),
        VerifyError::Xml(XmlError::TooLarge { .. })
    ));
}
