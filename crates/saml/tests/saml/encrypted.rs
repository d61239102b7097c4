//! Encrypted assertions (RSA-OAEP key transport, AES-GCM and AES-CBC content)
//! decrypt with the service provider's key and are then held to the same signature
//! rules as plain ones.

use crate::fresh::{AUDIENCE, RECIPIENT, SKEW, cert};
use crate::support::fixtures;
use gatehouse_saml::{
    DecryptionError, DecryptionKey, SignatureError, VerifyError, VerifyOptions, verify,
};
use std::path::Path;

fn key(dir: &Path, name: &str) -> DecryptionKey {
    DecryptionKey::from_pem(&std::fs::read_to_string(dir.join(format!("{name}.key"))).unwrap())
        .unwrap()
}

#[test]
fn encrypted_assertions_decrypt_and_verify() {
    let Some((dir, now)) = fixtures() else { return };
    let certs = [cert(&dir, "rsa")];
    let sp = key(&dir, "sp");
    for (name, response_signed) in [
        ("enc-gcm-signed-assertion.xml", false),
        ("enc-cbc-signed-assertion.xml", false),
        ("enc-cbc-signed-response.xml", true),
    ] {
        let xml = std::fs::read(dir.join(name)).unwrap();
        let mut options = VerifyOptions::new(&certs);
        options.decryption_key = Some(&sp);
        let v = verify(&xml, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(v.was_encrypted);
        assert_eq!(v.signed.response.is_some(), response_signed, "{name}");
        assert_eq!(v.assertion.subject.name_id.value, "alice@example.test");
        v.check_conditions(now, &[AUDIENCE], RECIPIENT, SKEW)
            .unwrap();

        options.decryption_key = None;
        assert_eq!(
            verify(&xml, &options).unwrap_err(),
            VerifyError::Decryption(DecryptionError::NoKey),
            "{name}"
        );
        let other = key(&dir, "other-sp");
        options.decryption_key = Some(&other);
        assert_eq!(
            verify(&xml, &options).unwrap_err(),
            VerifyError::Decryption(DecryptionError::Failed),
            "{name}"
        );
    }
}

#[test]
fn encryption_is_not_authentication() {
    let Some((dir, _)) = fixtures() else { return };
    let certs = [cert(&dir, "rsa")];
    let sp = key(&dir, "sp");
    let mut options = VerifyOptions::new(&certs);
    options.decryption_key = Some(&sp);
    let unsigned = std::fs::read(dir.join("enc-gcm-unsigned.xml")).unwrap();
    assert_eq!(
        verify(&unsigned, &options).unwrap_err(),
        VerifyError::Unsigned
    );

    // A changed ciphertext byte: GCM refuses it, and a signed response's digest
    // covers the ciphertext.
    for (name, expect_digest) in [
        ("enc-gcm-signed-assertion.xml", false),
        ("enc-cbc-signed-response.xml", true),
    ] {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let marker = "</xenc:EncryptedKey></ds:KeyInfo><xenc:CipherData><xenc:CipherValue>";
        let at = text.find(marker).unwrap() + marker.len() + 40;
        let mut bytes = text.into_bytes();
        bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
        let err = verify(&bytes, &options).unwrap_err();
        if expect_digest {
            assert!(
                matches!(
                    err,
                    VerifyError::Signature {
                        error: SignatureError::DigestMismatch,
                        ..
                    }
                ),
                "{name}: {err}"
            );
        } else {
            assert_eq!(
                err,
                VerifyError::Decryption(DecryptionError::Failed),
                "{name}"
            );
        }
    }
}
