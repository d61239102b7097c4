//! IdP metadata from the corpora: entity id, signing certificates, endpoints,
//! validity; DTDs and documents without an identity provider are refused.

use crate::support::testdata;
use gatehouse_saml::metadata::parse;
use gatehouse_saml::{MetadataError, Timestamp, XmlError};

fn read(root: &std::path::Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap()
}

#[test]
fn reads_identity_provider_metadata() {
    let Some(root) = testdata() else { return };
    let m = parse(&read(&root, "python3-saml/data/metadata/idp_metadata.xml")).unwrap();
    assert_eq!(m.entity_id, "https://app.onelogin.com/saml/metadata/383123");
    assert_eq!(m.signing_certificates.len(), 1);
    assert_eq!(
        m.sso_endpoints[0].binding,
        "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
    );
    assert_eq!(
        m.sso_endpoints[0].location,
        "https://app.onelogin.com/trust/saml2/http-post/sso/383123"
    );

    let multi = parse(&read(
        &root,
        "python3-saml/data/metadata/idp_metadata_multi_signing_certs.xml",
    ))
    .unwrap();
    assert_eq!(multi.signing_certificates.len(), 2);
    // An encryption-only key is not a signing key.
    let split = parse(&read(
        &root,
        "python3-saml/data/metadata/idp_metadata_different_sign_and_encrypt_cert.xml",
    ))
    .unwrap();
    assert_eq!(split.signing_certificates.len(), 1);

    let ecdsa = parse(&read(&root, "samael/idp_ecdsa_metadata.xml")).unwrap();
    assert_eq!(ecdsa.signing_certificates[0].key_bits(), 256);

    let dated = parse(&read(&root, "ruby-saml/metadata/idp_descriptor_2.xml")).unwrap();
    assert_eq!(
        dated.entity_id,
        "https://hello.example.com/access/saml/idp.xml"
    );
    assert_eq!(
        dated.valid_until,
        Timestamp::parse_xs_datetime("2014-04-17T18:02:33.910Z")
    );
}

#[test]
fn refuses_what_is_not_one_identity_provider() {
    let Some(root) = testdata() else { return };
    assert_eq!(
        parse(&read(&root, "samael/sp_metadata.xml")).unwrap_err(),
        MetadataError::NoIdentityProvider
    );
    assert_eq!(
        parse(&read(&root, "ruby-saml/metadata/no_idp_descriptor.xml")).unwrap_err(),
        MetadataError::NoIdentityProvider
    );
    assert_eq!(
        parse(&read(
            &root,
            "python3-saml/data/metadata/idp_multiple_descriptors.xml"
        ))
        .unwrap_err(),
        MetadataError::SeveralIdentityProviders(2)
    );
    assert_eq!(
        parse(&read(&root, "samael/response_signed.xml")).unwrap_err(),
        MetadataError::NotMetadata
    );
    let doctype = format!(
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>{}",
        read(&root, "python3-saml/data/metadata/idp_metadata.xml")
    );
    assert_eq!(
        parse(&doctype).unwrap_err(),
        MetadataError::Xml(XmlError::Doctype)
    );
}

#[test]
fn every_corpus_metadata_file_parses_or_says_why() {
    let Some(root) = testdata() else { return };
    let mut parsed = 0;
    for dir in ["python3-saml/data/metadata", "ruby-saml/metadata"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            match parse(&text) {
                Ok(m) => {
                    parsed += 1;
                    assert!(!m.entity_id.is_empty());
                    assert!(!m.signing_certificates.is_empty());
                }
                Err(e) => assert!(!e.to_string().is_empty(), "{}", path.display()),
            }
        }
    }
    assert_eq!(parsed, 19);
}
