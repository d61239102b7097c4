//! Every response in the shared corpora either verifies with its provider's
//! certificate or is refused for a stated reason; every `invalids/` one is refused.

use crate::support::{embedded_certificates, load_response, testdata};
use gatehouse_saml::{
    AlgorithmPolicy, ConditionError, DecryptionError, DecryptionKey, IdpCertificate, VerifyError,
    VerifyOptions, verify,
};
use std::path::{Path, PathBuf};
use std::time::Duration;

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
    for entry in std::fs::read_dir(root.join("ruby-saml/certificates")).unwrap() {
        texts.push(
            String::from_utf8_lossy(&std::fs::read(entry.unwrap().path()).unwrap()).into_owned(),
        );
    }
    for file in [
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

/// The service providers' private keys shipped with the corpora.
fn sp_keys(root: &Path) -> Vec<DecryptionKey> {
    let mut texts: Vec<String> = [
        "ruby-saml/certificates/ruby-saml.key",
        "samael/sp_private.pem",
        "samael/private.pem",
    ]
    .iter()
    .map(|f| std::fs::read_to_string(root.join(f)).unwrap())
    .collect();
    let settings =
        std::fs::read_to_string(root.join("python3-saml/settings/settings7.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&settings).unwrap();
    texts.push(json["sp"]["privateKey"].as_str().unwrap().to_owned());
    texts
        .iter()
        .map(|t| DecryptionKey::from_pem(t).unwrap())
        .collect()
}

/// Every service provider the corpora were written for; a response counts as
/// accepted if it passes for any of them, the most permissive reading.
const AUDIENCES: [&str; 7] = [
    "http://pytoolkit.com:8000/metadata/",
    "http://sp.example.com/saml/metadata",
    "http://rubysaml.com:3000/saml/metadata",
    "example.com",
    "http://stuff.com/endpoints/metadata.php",
    "hello.com",
    "https://pitbulk.no-ip.org/newonelogin/demo1/metadata.php",
];
const RECIPIENTS: [&str; 7] = [
    "http://rubysaml.com:3000/saml/acs",
    "http://pytoolkit.com:8000/?acs",
    "http://sp.example.com/saml/acs",
    "https://someone.example.com/endpoint",
    "http://stuff.com/endpoints/endpoints/acs.php",
    "https://pitbulk.no-ip.org/newonelogin/demo1/index.php?acs",
    "http://app.muda.no/sso/consume",
];

/// `"ok"`, or the reason the file is refused.
fn outcome(root: &Path, path: &Path) -> String {
    let xml = load_response(path);
    let certs = trusted_for(root, &String::from_utf8_lossy(&xml));
    let keys = sp_keys(root);
    let mut result = Err(VerifyError::Decryption(DecryptionError::NoKey));
    // The corpora encrypt for several service providers: try each one's key.
    for key in std::iter::once(None).chain(keys.iter().map(Some)) {
        let mut options = VerifyOptions::new(&certs);
        options.algorithms = AlgorithmPolicy {
            allow_sha1: true,
            min_rsa_bits: 1024,
        };
        options.decryption_key = key;
        result = verify(&xml, &options);
        if !matches!(
            result,
            Err(VerifyError::Decryption(
                DecryptionError::NoKey | DecryptionError::Failed
            ))
        ) {
            break;
        }
    }
    let v = match result {
        Ok(v) => v,
        Err(e) => return e.to_string(),
    };
    // The corpora are old: judge each at the moment it was issued.
    let now = v.issue_instant.or(v.assertion.issue_instant).unwrap();
    let mut errors = Vec::new();
    let mut recipients = RECIPIENTS.to_vec();
    // The endpoint the response names is the natural one to judge it by.
    recipients.sort_by_key(|r| v.destination.as_deref() != Some(*r));
    for recipient in recipients {
        match v.check_conditions(now, &AUDIENCES, recipient, Duration::from_secs(60)) {
            Ok(()) => return "ok".to_owned(),
            Err(e) => errors.push(e),
        }
    }
    // Report the failure that is not merely "posted to another of the endpoints".
    let addressed_elsewhere = |e: &ConditionError| {
        matches!(
            e,
            ConditionError::WrongDestination { .. } | ConditionError::WrongRecipient { .. }
        )
    };
    let reason = errors
        .iter()
        .find(|e| !addressed_elsewhere(e))
        .or(errors.first());
    reason.map(ToString::to_string).unwrap_or_default()
}

#[test]
fn every_corpus_response_meets_its_expectation() {
    let Some(root) = testdata() else { return };
    let files = response_files(&root);
    let mut report = Vec::new();
    let mut wrong = Vec::new();
    for path in &files {
        let rel = path.strip_prefix(&root).unwrap().display().to_string();
        let got = outcome(&root, path);
        report.push(format!("    (\"{rel}\", \"{got}\"),"));
        if rel.contains("/invalids/") && got == "ok" {
            wrong.push(format!("{rel}: accepted"));
        }
        match EXPECTED.iter().find(|(f, _)| *f == rel) {
            Some((_, want)) if got.contains(want) => {}
            Some((_, want)) => wrong.push(format!("{rel}: want `{want}`, got `{got}`")),
            None => wrong.push(format!("{rel}: no expectation, got `{got}`")),
        }
    }
    assert!(
        wrong.is_empty(),
        "{}\n\ncurrent outcomes:\n{}",
        wrong.join("\n"),
        report.join("\n")
    );
    assert_eq!(EXPECTED.len(), files.len(), "stale expectations");
}

/// What each corpus file must do, and why when it is refused.
const EXPECTED: &[(&str, &str)] = &[
    (
        "python3-saml/data/responses/adfs_response.xml.base64",
        "assertion signature: digest of the signed element does not match",
    ),
    (
        "python3-saml/data/responses/decrypted_valid_encrypted_assertion.xml",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/double_signed_encrypted_assertion.xml.base64",
        "cannot decrypt the assertion: encryption algorithm `http://www.w3.org/2001/04/xmlenc#rsa-1_5` is not accepted",
    ),
    (
        "python3-saml/data/responses/double_signed_encrypted_assertion2.xml.base64",
        "ok",
    ),
    (
        "python3-saml/data/responses/double_signed_response.xml.base64",
        "ok",
    ),
    (
        "python3-saml/data/responses/double_signed_response2.xml.base64",
        "ok",
    ),
    (
        "python3-saml/data/responses/expired_response.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/bad_reference.xml.base64",
        "response signature: digest of the signed element does not match",
    ),
    (
        "python3-saml/data/responses/invalids/duplicated_attributes.xml.base64",
        "attribute `uid` appears twice",
    ),
    (
        "python3-saml/data/responses/invalids/empty_destination.xml.base64",
        "destination `` is not this endpoint",
    ),
    (
        "python3-saml/data/responses/invalids/empty_nameid.xml.base64",
        "`NameID` is missing",
    ),
    (
        "python3-saml/data/responses/invalids/encrypted_attrs.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/encrypted_nameID_without_EncMethod.xml.base64",
        "response signature: digest of the signed element does not match",
    ),
    (
        "python3-saml/data/responses/invalids/encrypted_nameID_without_keyinfo.xml.base64",
        "response signature: digest of the signed element does not match",
    ),
    (
        "python3-saml/data/responses/invalids/invalid_audience.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/invalid_issuer_assertion.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/invalid_issuer_message.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/invalid_sessionindex.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/invalid_subjectconfirmation_inresponse.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/invalid_subjectconfirmation_nb.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/invalid_subjectconfirmation_noa.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/invalid_subjectconfirmation_recipient.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/multiple_assertions.xml.base64",
        "expected exactly one assertion, found 2",
    ),
    (
        "python3-saml/data/responses/invalids/no_authnstatement.xml.base64",
        "assertion has no authentication statement",
    ),
    (
        "python3-saml/data/responses/invalids/no_conditions.xml.base64",
        "assertion has no audience restriction",
    ),
    (
        "python3-saml/data/responses/invalids/no_id.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/no_issuer_assertion.xml.base64",
        "`Issuer` is missing",
    ),
    (
        "python3-saml/data/responses/invalids/no_issuer_response.xml.base64",
        "`Issuer` is missing",
    ),
    (
        "python3-saml/data/responses/invalids/no_key.xml.base64",
        "assertion signature: signature lacks `SignatureValue`",
    ),
    (
        "python3-saml/data/responses/invalids/no_nameid.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/no_saml2.xml.base64",
        "document is not a SAML 2.0 response",
    ),
    (
        "python3-saml/data/responses/invalids/no_signature.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/no_status.xml.base64",
        "`Status` is missing",
    ),
    (
        "python3-saml/data/responses/invalids/no_status_code.xml.base64",
        "`StatusCode` is missing",
    ),
    (
        "python3-saml/data/responses/invalids/no_subjectconfirmation_data.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/no_subjectconfirmation_method.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/not_after_failed.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/not_before_failed.xml.base64",
        "`Status` is missing",
    ),
    (
        "python3-saml/data/responses/invalids/response_encrypted_attrs.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/invalids/signature_wrapping_attack.xml.base64",
        "ID `pfxc3d2b542-0f7e-8767-8e87-5b0dc6913375` appears more than once",
    ),
    (
        "python3-saml/data/responses/invalids/signature_wrapping_attack2.xml.base64",
        "expected exactly one assertion, found 2",
    ),
    (
        "python3-saml/data/responses/invalids/signed_assertion_response.xml.base64",
        "response signature: digest of the signed element does not match",
    ),
    (
        "python3-saml/data/responses/invalids/status_code_responder.xml.base64",
        "expected exactly one assertion, found 0",
    ),
    (
        "python3-saml/data/responses/invalids/status_code_responer_and_msg.xml.base64",
        "expected exactly one assertion, found 0",
    ),
    (
        "python3-saml/data/responses/invalids/wrong_spnamequalifier.xml.base64",
        "name identifier is qualified for `wrong-sp-entityid`, not this service",
    ),
    (
        "python3-saml/data/responses/no_audience.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/open_saml_response.xml",
        "response signature: digest of the signed element does not match",
    ),
    (
        "python3-saml/data/responses/pretty_decrypted_valid_encrypted_assertion.xml",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/pretty_signed_message_response.xml",
        "response signature: digest of the signed element does not match",
    ),
    (
        "python3-saml/data/responses/response1.xml.base64",
        "assertion signature: digest of the signed element does not match",
    ),
    (
        "python3-saml/data/responses/response1_with_duplicate_attributes.xml.base64",
        "assertion signature: digest of the signed element does not match",
    ),
    (
        "python3-saml/data/responses/response1_with_friendlyname.xml.base64",
        "`Issuer` is missing",
    ),
    (
        "python3-saml/data/responses/response2.xml.base64",
        "assertion signature: `DigestValue` is not valid base64",
    ),
    (
        "python3-saml/data/responses/response3.xml.base64",
        "assertion signature: `DigestValue` is not valid base64",
    ),
    (
        "python3-saml/data/responses/response4.xml.base64",
        "expected exactly one assertion, found 2",
    ),
    (
        "python3-saml/data/responses/response5.xml.base64",
        "assertion signature: `DigestValue` is not valid base64",
    ),
    (
        "python3-saml/data/responses/response_encrypted_nameid.xml.base64",
        "encrypted `EncryptedID` is not supported",
    ),
    (
        "python3-saml/data/responses/response_node_text_attack.xml.base64",
        "assertion signature: digest of the signed element does not match",
    ),
    (
        "python3-saml/data/responses/response_with_ampersands.xml",
        "malformed XML: unknown token at 1:1",
    ),
    (
        "python3-saml/data/responses/response_with_ampersands.xml.base64",
        "expected exactly one assertion, found 2",
    ),
    (
        "python3-saml/data/responses/response_with_nested_nameid_values.xml.base64",
        "assertion signature: digest of the signed element does not match",
    ),
    (
        "python3-saml/data/responses/response_without_assertion_reference_uri.xml.base64",
        "assertion signature: reference `` does not point at `#_700ac320-74ff-0132-5b14-48e0eb14a1c7`",
    ),
    (
        "python3-saml/data/responses/response_without_reference_uri.xml.base64",
        "response signature: reference `` does not point at `#pfxd594347d-495f-b8d1-0ee2-41cfda14dd35`",
    ),
    (
        "python3-saml/data/responses/signed_assertion_response.xml.base64",
        "ok",
    ),
    (
        "python3-saml/data/responses/signed_assertion_response2.xml.base64",
        "ok",
    ),
    (
        "python3-saml/data/responses/signed_encrypted_assertion.xml.base64",
        "cannot decrypt the assertion: encryption algorithm `http://www.w3.org/2001/04/xmlenc#rsa-1_5` is not accepted",
    ),
    (
        "python3-saml/data/responses/signed_encrypted_assertion2.xml.base64",
        "ok",
    ),
    (
        "python3-saml/data/responses/signed_message_encrypted_assertion.xml.base64",
        "cannot decrypt the assertion: encryption algorithm `http://www.w3.org/2001/04/xmlenc#rsa-1_5` is not accepted",
    ),
    (
        "python3-saml/data/responses/signed_message_encrypted_assertion2.xml.base64",
        "ok",
    ),
    (
        "python3-saml/data/responses/signed_message_response.xml.base64",
        "ok",
    ),
    (
        "python3-saml/data/responses/signed_message_response2.xml.base64",
        "encrypted `EncryptedID` is not supported",
    ),
    (
        "python3-saml/data/responses/simple_saml_php.xml",
        "response signature: digest of the signed element does not match",
    ),
    (
        "python3-saml/data/responses/unsigned_assertion.xml.base64",
        "malformed XML: an unknown namespace prefix 'saml' at 1:2",
    ),
    (
        "python3-saml/data/responses/unsigned_response.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/unsigned_response_with_miliseconds.xm.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/valid_encrypted_assertion.xml.base64",
        "cannot decrypt the assertion: encryption algorithm `http://www.w3.org/2001/04/xmlenc#rsa-1_5` is not accepted",
    ),
    (
        "python3-saml/data/responses/valid_encrypted_assertion_encrypted_nameid.xml.base64",
        "cannot decrypt the assertion: encryption algorithm `http://www.w3.org/2001/04/xmlenc#rsa-1_5` is not accepted",
    ),
    (
        "python3-saml/data/responses/valid_response.xml.base64",
        "ok",
    ),
    (
        "python3-saml/data/responses/valid_response2.xml.base64",
        "ok",
    ),
    (
        "python3-saml/data/responses/valid_response_with_namequalifier.xml.base64",
        "ok",
    ),
    (
        "python3-saml/data/responses/valid_response_without_inresponseto.xml.base64",
        "subject confirmation answers `ONELOGIN_5fe9d6e499b2f0913206aab3f7191729049bb807`, the response answers `nothing`",
    ),
    (
        "python3-saml/data/responses/valid_unsigned_response.xml",
        "malformed XML: unknown token at 1:1",
    ),
    (
        "python3-saml/data/responses/valid_unsigned_response.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "python3-saml/data/responses/wrapped_response_2.xml.base64",
        "signature must be a direct child of the response or the assertion, at most one each",
    ),
    (
        "ruby-saml/responses/adfs_response_sha1.xml",
        "assertion signature: signature algorithm `http://www.w3.org/2001/04/xmldsig-more#rsa-sha1` is not accepted",
    ),
    ("ruby-saml/responses/adfs_response_sha256.xml", "ok"),
    (
        "ruby-saml/responses/adfs_response_sha384.xml",
        "assertion signature: digest algorithm `http://www.w3.org/2001/04/xmlenc#sha384` is not accepted",
    ),
    ("ruby-saml/responses/adfs_response_sha512.xml", "ok"),
    ("ruby-saml/responses/adfs_response_xmlns.xml", "ok"),
    (
        "ruby-saml/responses/attackxee.xml",
        "document type declarations are not accepted",
    ),
    (
        "ruby-saml/responses/inclusive_namespaces.xml",
        "assertion issuer `http://www.okta.com/k7xkhq0jUHUPQAXVMUAN` differs from response issuer `http://login.example.com/issuer`",
    ),
    (
        "ruby-saml/responses/invalids/duplicated_attributes.xml.base64",
        "attribute `uid` appears twice",
    ),
    (
        "ruby-saml/responses/invalids/empty_destination.xml.base64",
        "destination `` is not this endpoint",
    ),
    (
        "ruby-saml/responses/invalids/empty_nameid.xml.base64",
        "`NameID` is missing",
    ),
    (
        "ruby-saml/responses/invalids/encrypted_new_attack.xml.base64",
        "response signature: reference `#pfx57ea3408-3a1e-9b65-61f9-04720287e6fe` does not point at `#new-id`",
    ),
    (
        "ruby-saml/responses/invalids/invalid_audience.xml.base64",
        "document is not UTF-8",
    ),
    (
        "ruby-saml/responses/invalids/invalid_issuer_assertion.xml.base64",
        "document is not UTF-8",
    ),
    (
        "ruby-saml/responses/invalids/invalid_issuer_message.xml.base64",
        "assertion issuer `http://idp.example.com/` differs from response issuer `http://invalid.issuer.example.com/`",
    ),
    (
        "ruby-saml/responses/invalids/invalid_signature_position.xml.base64",
        "document is not UTF-8",
    ),
    (
        "ruby-saml/responses/invalids/invalid_subjectconfirmation_inresponse.xml.base64",
        "subject confirmation answers `invalid_inresponse`, the response answers `_57bcbf70-7b1f-012e-c821-782bcb13bb38`",
    ),
    (
        "ruby-saml/responses/invalids/invalid_subjectconfirmation_nb.xml.base64",
        "subject confirmation has no `NotOnOrAfter`",
    ),
    (
        "ruby-saml/responses/invalids/invalid_subjectconfirmation_noa.xml.base64",
        "subject confirmation recipient `http://app.muda.no/sso/consume` is not this endpoint",
    ),
    (
        "ruby-saml/responses/invalids/invalid_subjectconfirmation_recipient.xml.base64",
        "subject confirmation recipient `http://invalid.recipent.example.com` is not this endpoint",
    ),
    (
        "ruby-saml/responses/invalids/multiple_assertions.xml.base64",
        "expected exactly one assertion, found 2",
    ),
    (
        "ruby-saml/responses/invalids/multiple_signed.xml.base64",
        "signature must be a direct child of the response or the assertion, at most one each",
    ),
    (
        "ruby-saml/responses/invalids/no_authnstatement.xml.base64",
        "assertion has no authentication statement",
    ),
    (
        "ruby-saml/responses/invalids/no_conditions.xml.base64",
        "assertion has no audience restriction",
    ),
    (
        "ruby-saml/responses/invalids/no_id.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "ruby-saml/responses/invalids/no_issuer_assertion.xml.base64",
        "`Issuer` is missing",
    ),
    (
        "ruby-saml/responses/invalids/no_issuer_response.xml.base64",
        "`Issuer` is missing",
    ),
    (
        "ruby-saml/responses/invalids/no_nameid.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "ruby-saml/responses/invalids/no_saml2.xml.base64",
        "document is not a SAML 2.0 response",
    ),
    (
        "ruby-saml/responses/invalids/no_signature.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "ruby-saml/responses/invalids/no_status.xml.base64",
        "assertion signature: digest of the signed element does not match",
    ),
    (
        "ruby-saml/responses/invalids/no_status_code.xml.base64",
        "assertion signature: digest of the signed element does not match",
    ),
    (
        "ruby-saml/responses/invalids/no_subjectconfirmation_data.xml.base64",
        "subject confirmation has no recipient",
    ),
    (
        "ruby-saml/responses/invalids/no_subjectconfirmation_method.xml.base64",
        "assertion has no bearer subject confirmation",
    ),
    (
        "ruby-saml/responses/invalids/response_invalid_signed_element.xml.base64",
        "signature must be a direct child of the response or the assertion, at most one each",
    ),
    (
        "ruby-saml/responses/invalids/response_with_concealed_signed_assertion.xml",
        "expected exactly one assertion, found 2",
    ),
    (
        "ruby-saml/responses/invalids/response_with_doubled_signed_assertion.xml",
        "expected exactly one assertion, found 2",
    ),
    (
        "ruby-saml/responses/invalids/signature_wrapping_attack.xml.base64",
        "ID `pfxc3d2b542-0f7e-8767-8e87-5b0dc6913375` appears more than once",
    ),
    (
        "ruby-saml/responses/invalids/status_code_responder.xml.base64",
        "expected exactly one assertion, found 0",
    ),
    (
        "ruby-saml/responses/invalids/status_code_responer_and_msg.xml.base64",
        "expected exactly one assertion, found 0",
    ),
    (
        "ruby-saml/responses/invalids/wrong_spnamequalifier.xml.base64",
        "name identifier is qualified for `wrong-sp-entityid`, not this service",
    ),
    (
        "ruby-saml/responses/no_signature_ns.xml",
        "assertion signature: digest of the signed element does not match",
    ),
    (
        "ruby-saml/responses/open_saml_response.xml",
        "response signature: digest of the signed element does not match",
    ),
    (
        "ruby-saml/responses/response_assertion_wrapped.xml.base64",
        "expected exactly one assertion, found 2",
    ),
    (
        "ruby-saml/responses/response_audience_self_closed_tag.xml.base64",
        "document is not UTF-8",
    ),
    (
        "ruby-saml/responses/response_double_status_code.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "ruby-saml/responses/response_encrypted_attrs.xml.base64",
        "encrypted `EncryptedAttribute` is not supported",
    ),
    (
        "ruby-saml/responses/response_encrypted_nameid.xml.base64",
        "encrypted `EncryptedID` is not supported",
    ),
    (
        "ruby-saml/responses/response_eval.xml",
        "SAML version `` is not 2.0",
    ),
    (
        "ruby-saml/responses/response_no_cert_and_encrypted_attrs.xml",
        "assertion signature: signature value does not verify",
    ),
    (
        "ruby-saml/responses/response_node_text_attack.xml.base64",
        "assertion signature: digest of the signed element does not match",
    ),
    (
        "ruby-saml/responses/response_node_text_attack2.xml.base64",
        "`NameID` text is split by a comment or processing instruction",
    ),
    (
        "ruby-saml/responses/response_node_text_attack3.xml.base64",
        "response signature: digest of the signed element does not match",
    ),
    (
        "ruby-saml/responses/response_with_ampersands.xml",
        "malformed XML: unknown token at 1:1",
    ),
    (
        "ruby-saml/responses/response_with_ampersands.xml.base64",
        "expected exactly one assertion, found 2",
    ),
    (
        "ruby-saml/responses/response_with_ds_namespace_at_the_root.xml.base64",
        "destination `http://sp.example.com/demo1/index.php?acs` is not this endpoint",
    ),
    (
        "ruby-saml/responses/response_with_multiple_attribute_statements.xml",
        "assertion signature: digest of the signed element does not match",
    ),
    (
        "ruby-saml/responses/response_with_multiple_attribute_values.xml",
        "assertion signature: digest of the signed element does not match",
    ),
    (
        "ruby-saml/responses/response_with_retrieval_method.xml",
        "ok",
    ),
    (
        "ruby-saml/responses/response_with_saml2_namespace.xml.base64",
        "assertion signature: `DigestValue` is not valid base64",
    ),
    (
        "ruby-saml/responses/response_with_signed_assertion.xml.base64",
        "assertion signature: `DigestValue` is not valid base64",
    ),
    (
        "ruby-saml/responses/response_with_signed_assertion_2.xml.base64",
        "destination `https://rpm.newrelic.com/accounts/136857/sso/saml/finalize` is not this endpoint",
    ),
    (
        "ruby-saml/responses/response_with_signed_assertion_3.xml",
        "assertion issuer `idp.myexample.org` differs from response issuer `idp.example.com`",
    ),
    (
        "ruby-saml/responses/response_with_signed_message_and_assertion.xml",
        "assertion issuer `idp.myexample.org` differs from response issuer `idp.example.com`",
    ),
    (
        "ruby-saml/responses/response_with_undefined_recipient.xml.base64",
        "assertion signature: digest of the signed element does not match",
    ),
    (
        "ruby-saml/responses/response_without_attributes.xml.base64",
        "assertion signature: `DigestValue` is not valid base64",
    ),
    (
        "ruby-saml/responses/response_without_reference_uri.xml.base64",
        "response signature: canonicalization `http://www.w3.org/TR/2001/REC-xml-c14n-20010315` is not accepted",
    ),
    (
        "ruby-saml/responses/response_wrapped.xml.base64",
        "signature must be a direct child of the response or the assertion, at most one each",
    ),
    (
        "ruby-saml/responses/signed_message_encrypted_signed_assertion.xml.base64",
        "ok",
    ),
    (
        "ruby-saml/responses/signed_message_encrypted_unsigned_assertion.xml.base64",
        "ok",
    ),
    (
        "ruby-saml/responses/signed_nameid_in_atts.xml",
        "destination `http://sp.example.com/demo1/index.php?acs` is not this endpoint",
    ),
    (
        "ruby-saml/responses/signed_response_with_undefined_recipient.xml.base64",
        "`Issuer` is missing",
    ),
    (
        "ruby-saml/responses/signed_unqual_nameid_in_atts.xml",
        "destination `http://sp.example.com/demo1/index.php?acs` is not this endpoint",
    ),
    (
        "ruby-saml/responses/simple_saml_php.xml",
        "response signature: digest of the signed element does not match",
    ),
    (
        "ruby-saml/responses/starfield_response.xml.base64",
        "response signature: canonicalization `http://www.w3.org/TR/2001/REC-xml-c14n-20010315` is not accepted",
    ),
    (
        "ruby-saml/responses/test_sign.xml",
        "neither the response nor the assertion is signed",
    ),
    (
        "ruby-saml/responses/unsigned_encrypted_adfs.xml",
        "neither the response nor the assertion is signed",
    ),
    (
        "ruby-saml/responses/unsigned_message_aes128_encrypted_signed_assertion.xml.base64",
        "assertion signature: certificate in `KeyInfo` is not one of the provider's",
    ),
    (
        "ruby-saml/responses/unsigned_message_aes128gcm_encrypted_signed_assertion.xml.base64",
        "assertion signature: certificate in `KeyInfo` is not one of the provider's",
    ),
    (
        "ruby-saml/responses/unsigned_message_aes192_encrypted_signed_assertion.xml.base64",
        "assertion signature: certificate in `KeyInfo` is not one of the provider's",
    ),
    (
        "ruby-saml/responses/unsigned_message_aes192gcm_encrypted_signed_assertion.xml.base64",
        "cannot decrypt the assertion: encryption algorithm `http://www.w3.org/2009/xmlenc11#aes192-gcm` is not accepted",
    ),
    (
        "ruby-saml/responses/unsigned_message_aes256_encrypted_signed_assertion.xml.base64",
        "assertion signature: certificate in `KeyInfo` is not one of the provider's",
    ),
    (
        "ruby-saml/responses/unsigned_message_aes256gcm_encrypted_signed_assertion.xml.base64",
        "assertion signature: certificate in `KeyInfo` is not one of the provider's",
    ),
    (
        "ruby-saml/responses/unsigned_message_des192_encrypted_signed_assertion.xml.base64",
        "cannot decrypt the assertion: encryption algorithm `http://www.w3.org/2001/04/xmlenc#tripledes-cbc` is not accepted",
    ),
    (
        "ruby-saml/responses/unsigned_message_encrypted_assertion_without_saml_namespace.xml.base64",
        "assertion signature: certificate in `KeyInfo` is not one of the provider's",
    ),
    (
        "ruby-saml/responses/unsigned_message_encrypted_signed_assertion.xml.base64",
        "ok",
    ),
    (
        "ruby-saml/responses/unsigned_message_encrypted_unsigned_assertion.xml.base64",
        "neither the response nor the assertion is signed",
    ),
    (
        "ruby-saml/responses/valid_response.xml.base64",
        "document is not UTF-8",
    ),
    (
        "ruby-saml/responses/valid_response_with_formatted_x509certificate.xml.base64",
        "document is not UTF-8",
    ),
    (
        "ruby-saml/responses/valid_response_without_x509certificate.xml.base64",
        "document is not UTF-8",
    ),
    (
        "samael/ancestor_attack_signed.xml",
        "SAML version `` is not 2.0",
    ),
    (
        "samael/authn_request.xml",
        "document is not a SAML 2.0 response",
    ),
    (
        "samael/authn_request_sign_template.xml",
        "document is not a SAML 2.0 response",
    ),
    (
        "samael/idp_2_metadata.xml",
        "document is not a SAML 2.0 response",
    ),
    (
        "samael/idp_ecdsa_metadata.xml",
        "document is not a SAML 2.0 response",
    ),
    (
        "samael/idp_metadata.xml",
        "document is not a SAML 2.0 response",
    ),
    (
        "samael/idp_metadata_nested.xml",
        "document is not a SAML 2.0 response",
    ),
    (
        "samael/logout_request.xml",
        "document is not a SAML 2.0 response",
    ),
    (
        "samael/logout_response.xml",
        "document is not a SAML 2.0 response",
    ),
    (
        "samael/multi_saml_response_signed.xml",
        "response signature: digest of the signed element does not match",
    ),
    (
        "samael/multi_saml_response_signed_2.xml",
        "destination `https://api.dev.zoo.dev/auth/saml/00000000-00000000-00000000-00000000/login` is not this endpoint",
    ),
    (
        "samael/multi_saml_response_template.xml",
        "response signature: digest of the signed element does not match",
    ),
    (
        "samael/object_attack_response.xml",
        "expected exactly one assertion, found 2",
    ),
    (
        "samael/object_attack_response_template.xml",
        "assertion signature: reference `#_a890a910011c26be5cf0aa558ad80fd0b7c10c9855` does not point at `#_ec87dd840868b48045a05b8a1778ffd3ed1d473f2f`",
    ),
    (
        "samael/response.xml",
        "neither the response nor the assertion is signed",
    ),
    (
        "samael/response_encrypted.xml",
        "malformed XML: an unknown namespace prefix 'saml' at 7:2",
    ),
    (
        "samael/response_encrypted_valid.xml",
        "malformed XML: an unknown namespace prefix 'saml' at 6:6",
    ),
    (
        "samael/response_signed.xml",
        "destination `http://sp.example.com/demo1/index.php?acs` is not this endpoint",
    ),
    (
        "samael/response_signed__ecdsa-template.xml",
        "response signature: digest of the signed element does not match",
    ),
    (
        "samael/response_signed_assertion.xml",
        "destination `http://sp.example.com/demo1/index.php?acs` is not this endpoint",
    ),
    (
        "samael/response_signed_by_idp_2.xml",
        "destination `http://sp.example.com/demo1/index.php?acs` is not this endpoint",
    ),
    (
        "samael/response_signed_by_idp_ecdsa.xml",
        "destination `http://sp.example.com/demo1/index.php?acs` is not this endpoint",
    ),
    (
        "samael/response_signed_template.xml",
        "response signature: digest of the signed element does not match",
    ),
    (
        "samael/sp_metadata.xml",
        "document is not a SAML 2.0 response",
    ),
    (
        "samael/xpath_transform.xml",
        "expected exactly one assertion, found 2",
    ),
    (
        "samael/xpath_transform_template.xml",
        "assertion signature: reference `#_a890a910011c26be5cf0aa558ad80fd0b7c10c9855` does not point at `#_ec87dd840868b48045a05b8a1778ffd3ed1d473f2f`",
    ),
    (
        "samael/xpointer_attack_signed.xml",
        "document is not a SAML 2.0 response",
    ),
    (
        "samael/xpointer_attack_template.xml",
        "document is not a SAML 2.0 response",
    ),
];

/// The corpora's SHA-1 and 1024-bit signatures verify only when the caller opts in.
#[test]
fn sha1_and_small_keys_need_the_callers_consent() {
    let Some(root) = testdata() else { return };
    let path = root.join("python3-saml/data/responses/valid_response.xml.base64");
    let xml = load_response(&path);
    let certs = trusted_for(&root, &String::from_utf8_lossy(&xml));
    let mut options = VerifyOptions::new(&certs);
    options.algorithms = AlgorithmPolicy {
        allow_sha1: true,
        min_rsa_bits: 1024,
    };
    assert!(verify(&xml, &options).is_ok());
    options.algorithms.allow_sha1 = false;
    assert!(matches!(
        verify(&xml, &options),
        Err(VerifyError::Signature {
            error: gatehouse_saml::SignatureError::SignatureAlgorithm(_),
            ..
        })
    ));
    options.algorithms = AlgorithmPolicy {
        allow_sha1: true,
        min_rsa_bits: 2048,
    };
    assert!(matches!(
        verify(&xml, &options),
        Err(VerifyError::Signature {
            error: gatehouse_saml::SignatureError::NoUsableKey,
            ..
        })
    ));
}
