//! Responses signed moments ago by independent signers (signxml, xmlsec1) verify;
//! any change to what they sign, or a foreign key, makes them fail.

use crate::support::fixtures;
use gatehouse_saml::{
    ConditionError, IdpCertificate, SignatureAlgorithm, SignatureError, Timestamp, VerifyError,
    VerifyOptions, verify,
};
use std::path::Path;
use std::time::Duration;

pub const AUDIENCE: &str = "urn:amazon:webservices";
pub const RECIPIENT: &str = "https://signin.aws.amazon.com/saml";
pub const SKEW: Duration = Duration::from_secs(60);

pub fn cert(dir: &Path, name: &str) -> IdpCertificate {
    IdpCertificate::from_pem(&std::fs::read_to_string(dir.join(format!("{name}.crt"))).unwrap())
        .unwrap()
}

/// The certificate that signed a fixture, by its file name.
pub fn signer_of(dir: &Path, file: &str) -> IdpCertificate {
    cert(dir, if file.contains("ecdsa") { "ec" } else { "rsa" })
}

pub fn signed_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| (n.starts_with("signxml-") || n.starts_with("xmlsec1-")) && n.ends_with(".xml"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_fresh_response_verifies_and_reads_back() {
    let Some((dir, now)) = fixtures() else { return };
    let names = signed_files(&dir);
    assert_eq!(names.len(), 20, "{names:?}");
    for name in names {
        let xml = std::fs::read(dir.join(&name)).unwrap();
        let certs = [cert(&dir, "stranger"), signer_of(&dir, &name)];
        let v = verify(&xml, &VerifyOptions::new(&certs)).unwrap_or_else(|e| panic!("{name}: {e}"));
        v.check_conditions(now, &[AUDIENCE], RECIPIENT, SKEW)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let a = &v.assertion;
        assert_eq!(a.issuer, "https://idp.example.test/", "{name}");
        assert_eq!(v.issuer, "https://idp.example.test/");
        assert_eq!(a.subject.name_id.value, "alice@example.test");
        assert_eq!(
            a.subject.name_id.format.as_deref(),
            Some("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent")
        );
        assert_eq!(
            a.attribute("https://aws.amazon.com/SAML/Attributes/Role")
                .unwrap(),
            [
                "arn:aws:iam::123456789012:role/Admin,arn:aws:iam::123456789012:saml-provider/Corp",
                "arn:aws:iam::123456789012:saml-provider/Corp,arn:aws:iam::123456789012:role/ReadOnly"
            ]
        );
        assert_eq!(
            a.attribute("memberOf").unwrap(),
            ["admins & friends <core>", "ops"]
        );
        let conditions = a.conditions.as_ref().unwrap();
        assert_eq!(conditions.audience_restrictions, [[AUDIENCE.to_owned()]]);
        assert_eq!(conditions.not_on_or_after, Some(now.add_millis(300_000)));
        assert_eq!(
            a.subject.confirmations[0].recipient.as_deref(),
            Some(RECIPIENT)
        );
        assert_eq!(a.authn_statements[0].authn_instant, Some(now));
        assert_eq!(
            a.authn_statements[0].session_not_on_or_after,
            Some(now.add_millis(3_600_000))
        );
        // The configured list's second entry did the work.
        let signed = v.signed.response.or(v.signed.assertion).unwrap();
        assert_eq!(signed.certificate, 1);
        let expected = match name.split('-').nth(1).unwrap() {
            "rsa" if name.contains("sha512") => SignatureAlgorithm::RsaSha512,
            "rsa" => SignatureAlgorithm::RsaSha256,
            _ if name.contains("sha384") => SignatureAlgorithm::EcdsaSha384,
            _ => SignatureAlgorithm::EcdsaSha256,
        };
        assert_eq!(signed.algorithm, expected, "{name}");
        let where_signed = (v.signed.response.is_some(), v.signed.assertion.is_some());
        let want = if name.ends_with("-both.xml") {
            (true, true)
        } else if name.ends_with("-response.xml") {
            (true, false)
        } else {
            (false, true)
        };
        assert_eq!(where_signed, want, "{name}");
    }
}

/// signxml's `inclusive_ns_prefixes` digests the payload with a prefix list that the
/// reference's transform does not carry; following the signature as written, the
/// digest cannot match, and xmlsec1 and signxml's own verifier refuse it too.
#[test]
fn signxml_prefix_list_quirk_is_refused() {
    let Some((dir, _)) = fixtures() else { return };
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !name.starts_with("quirk-") {
            continue;
        }
        seen += 1;
        let xml = std::fs::read(dir.join(&name)).unwrap();
        let certs = [signer_of(&dir, &name)];
        assert!(
            matches!(
                verify(&xml, &VerifyOptions::new(&certs)),
                Err(VerifyError::Signature {
                    error: SignatureError::DigestMismatch,
                    ..
                })
            ),
            "{name}"
        );
    }
    assert_eq!(seen, 8);
}

/// AWS accepts a response whose `Response` is signed (the assertion inside then
/// needs no signature of its own) and one whose `Assertion` alone is signed; the
/// verified result says which, so callers know the response-level fields are
/// unauthenticated in the second case.
#[test]
fn either_the_response_or_the_assertion_may_carry_the_signature() {
    let Some((dir, _)) = fixtures() else { return };
    for (name, response, assertion) in [
        ("xmlsec1-rsa-sha256-response.xml", true, false),
        ("xmlsec1-rsa-sha256-assertion.xml", false, true),
        ("signxml-ecdsa-sha256-both.xml", true, true),
    ] {
        let xml = std::fs::read(dir.join(name)).unwrap();
        let certs = [signer_of(&dir, name)];
        let v = verify(&xml, &VerifyOptions::new(&certs)).unwrap();
        assert_eq!(v.signed.response.is_some(), response, "{name}");
        assert_eq!(v.signed.assertion.is_some(), assertion, "{name}");
    }
}

#[test]
fn time_and_audience_are_enforced_on_a_valid_response() {
    let Some((dir, now)) = fixtures() else { return };
    let name = "signxml-rsa-sha256-plain-response.xml";
    let xml = std::fs::read(dir.join(name)).unwrap();
    let certs = [signer_of(&dir, name)];
    let v = verify(&xml, &VerifyOptions::new(&certs)).unwrap();
    let check = |at: Timestamp, aud: &str, rcpt: &str| v.check_conditions(at, &[aud], rcpt, SKEW);
    assert!(
        check(now.add_millis(359_000), AUDIENCE, RECIPIENT).is_ok(),
        "inside the skew"
    );
    assert!(matches!(
        check(now.add_millis(361_000), AUDIENCE, RECIPIENT),
        Err(ConditionError::Expired { .. })
    ));
    assert!(matches!(
        check(now.add_millis(-121_000), AUDIENCE, RECIPIENT),
        Err(ConditionError::NotYetValid { .. })
    ));
    assert!(matches!(
        check(now, "https://other.example/saml", RECIPIENT),
        Err(ConditionError::WrongAudience { .. })
    ));
    assert!(matches!(
        check(now, AUDIENCE, "https://gatehouse.example/saml"),
        Err(ConditionError::WrongDestination { .. })
    ));
}

#[test]
fn keys_the_provider_did_not_configure_never_verify() {
    let Some((dir, _)) = fixtures() else { return };
    let name = "signxml-rsa-sha256-plain-response.xml";
    let xml = std::fs::read(dir.join(name)).unwrap();
    let strangers = [cert(&dir, "stranger")];
    assert!(matches!(
        verify(&xml, &VerifyOptions::new(&strangers)),
        Err(VerifyError::Signature {
            error: SignatureError::UnknownCertificate,
            ..
        })
    ));
    // Signed by an unconfigured key that names itself in KeyInfo.
    let forged = std::fs::read(dir.join("stranger-signed.xml")).unwrap();
    let real = [cert(&dir, "rsa"), cert(&dir, "ec")];
    assert!(matches!(
        verify(&forged, &VerifyOptions::new(&real)),
        Err(VerifyError::Signature {
            error: SignatureError::UnknownCertificate,
            ..
        })
    ));
    // The same without KeyInfo: every configured key is tried and none verifies.
    let text = String::from_utf8(forged).unwrap();
    let start = text.find("<ds:KeyInfo>").unwrap();
    let end = text.find("</ds:KeyInfo>").unwrap() + "</ds:KeyInfo>".len();
    let stripped = format!("{}{}", &text[..start], &text[end..]);
    assert!(matches!(
        verify(stripped.as_bytes(), &VerifyOptions::new(&real)),
        Err(VerifyError::Signature {
            error: SignatureError::BadSignature,
            ..
        })
    ));
    // RSA keys are not used for ECDSA signatures and vice versa.
    let ec_signed = std::fs::read(dir.join("xmlsec1-ecdsa-sha256-response.xml")).unwrap();
    let text = String::from_utf8(ec_signed).unwrap();
    let start = text.find("<ds:KeyInfo>").unwrap();
    let end = text.find("</ds:KeyInfo>").unwrap() + "</ds:KeyInfo>".len();
    let stripped = format!("{}{}", &text[..start], &text[end..]);
    assert!(matches!(
        verify(
            stripped.as_bytes(),
            &VerifyOptions::new(&[cert(&dir, "rsa")])
        ),
        Err(VerifyError::Signature {
            error: SignatureError::NoUsableKey,
            ..
        })
    ));
}

/// Flips one bit in every byte of the signed element, one byte at a time. The only
/// bytes exclusive C14N may legitimately ignore are those of namespace
/// declarations no element or attribute name uses, so those are skipped.
#[test]
fn flipping_any_signed_byte_fails() {
    let Some((dir, _)) = fixtures() else { return };
    for name in [
        "signxml-rsa-sha256-plain-response.xml",
        "xmlsec1-ecdsa-sha256-assertion.xml",
    ] {
        let xml = std::fs::read(dir.join(name)).unwrap();
        let text = String::from_utf8(xml.clone()).unwrap();
        let certs = [signer_of(&dir, name)];
        let options = VerifyOptions::new(&certs);
        verify(&xml, &options).unwrap();
        let start = if name.ends_with("-assertion.xml") {
            text.find("<saml:Assertion").unwrap()
        } else {
            0
        };
        let unused_decls: Vec<(usize, usize)> = ["xmlns:xs=\"", "xmlns:xsi=\""]
            .iter()
            .filter_map(|d| {
                text.find(d)
                    .map(|s| (s, s + text[s..].find("\" ").unwrap() + 1))
            })
            .collect();
        let mut tried = 0;
        for i in start..xml.len() {
            if unused_decls.iter().any(|(s, e)| (*s..=*e).contains(&i)) {
                continue;
            }
            let mut flipped = xml.clone();
            flipped[i] ^= 0x01;
            tried += 1;
            if let Ok(v) = verify(&flipped, &options) {
                panic!(
                    "{name}: flipping byte {i} ({:?}) still verified: {:?}",
                    char::from(xml[i]),
                    v.assertion.subject.name_id
                );
            }
        }
        assert!(tried > 3000, "{name}: only {tried} bytes tried");
    }
}
