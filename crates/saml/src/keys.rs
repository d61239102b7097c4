//! The identity provider's signing certificates, as the caller configures them, and
//! the public keys taken from them.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rsa::pkcs8::DecodePublicKey as _;
use std::fmt;
use x509_cert::der::{Decode as _, Encode as _};

/// A signing certificate of an identity provider. Only these keys ever verify a
/// signature; certificates inside a response merely point at one of them.
#[derive(Clone)]
pub struct IdpCertificate {
    der: Vec<u8>,
    key: PublicKey,
}

#[derive(Clone)]
pub(crate) enum PublicKey {
    /// The key, and its PKCS#1 `RSAPublicKey` DER for `ring`'s verifier.
    Rsa(rsa::PublicKey, Vec<u8>),
    P256(p256::ecdsa::VerifyingKey),
    P384(p384::ecdsa::VerifyingKey),
}

/// Why a certificate was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertificateError {
    /// Neither PEM nor base64 DER.
    Encoding,
    /// Not a DER X.509 certificate.
    Der(String),
    /// The key is not RSA, P-256 or P-384, or could not be decoded.
    UnsupportedKey(String),
}

impl fmt::Display for CertificateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CertificateError::Encoding => f.write_str("certificate is neither PEM nor base64"),
            CertificateError::Der(why) => write!(f, "certificate is not valid DER: {why}"),
            CertificateError::UnsupportedKey(why) => {
                write!(f, "certificate key is not supported: {why}")
            }
        }
    }
}

impl std::error::Error for CertificateError {}

const OID_RSA: &str = "1.2.840.113549.1.1.1";
const OID_EC: &str = "1.2.840.10045.2.1";
const OID_P256: &str = "1.2.840.10045.3.1.7";
const OID_P384: &str = "1.3.132.0.34";

impl IdpCertificate {
    /// A DER-encoded certificate.
    pub fn from_der(der: &[u8]) -> Result<Self, CertificateError> {
        let cert = x509_cert::Certificate::from_der(der)
            .map_err(|e| CertificateError::Der(e.to_string()))?;
        let spki = &cert.tbs_certificate().subject_public_key_info();
        let spki_der = spki
            .to_der()
            .map_err(|e| CertificateError::Der(e.to_string()))?;
        let algorithm = spki.algorithm.oid.to_string();
        let key = if algorithm == OID_RSA {
            PublicKey::Rsa(
                rsa::PublicKey::from_public_key_der(&spki_der)
                    .map_err(|e| CertificateError::UnsupportedKey(e.to_string()))?,
                spki.subject_public_key.raw_bytes().to_vec(),
            )
        } else if algorithm == OID_EC {
            let curve = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.decode_as::<x509_cert::der::asn1::ObjectIdentifier>().ok())
                .map(|oid| oid.to_string())
                .unwrap_or_default();
            let point = spki.subject_public_key.raw_bytes();
            let bad = |e: p256::ecdsa::Error| CertificateError::UnsupportedKey(e.to_string());
            if curve == OID_P256 {
                PublicKey::P256(p256::ecdsa::VerifyingKey::from_sec1_bytes(point).map_err(bad)?)
            } else if curve == OID_P384 {
                PublicKey::P384(p384::ecdsa::VerifyingKey::from_sec1_bytes(point).map_err(bad)?)
            } else {
                return Err(CertificateError::UnsupportedKey(format!("curve `{curve}`")));
            }
        } else {
            return Err(CertificateError::UnsupportedKey(format!(
                "algorithm `{algorithm}`"
            )));
        };
        Ok(IdpCertificate {
            der: der.to_vec(),
            key,
        })
    }

    /// A certificate as PEM, or as the bare base64 that metadata and `KeyInfo`
    /// carry (whitespace anywhere is ignored).
    pub fn from_pem(text: &str) -> Result<Self, CertificateError> {
        let der = certificate_der(text).ok_or(CertificateError::Encoding)?;
        Self::from_der(&der)
    }

    /// The DER encoding, as configured.
    pub fn der(&self) -> &[u8] {
        &self.der
    }

    pub(crate) fn key(&self) -> &PublicKey {
        &self.key
    }

    /// The key's size in bits (the curve size for ECDSA).
    pub fn key_bits(&self) -> usize {
        match &self.key {
            PublicKey::Rsa(k, _) => rsa::traits::PublicKeyParts::size(k) * 8,
            PublicKey::P256(_) => 256,
            PublicKey::P384(_) => 384,
        }
    }
}

impl fmt::Debug for IdpCertificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.key {
            PublicKey::Rsa(..) => "rsa",
            PublicKey::P256(_) => "p256",
            PublicKey::P384(_) => "p384",
        };
        f.debug_struct("IdpCertificate")
            .field("key", &kind)
            .field("bits", &self.key_bits())
            .field("der_len", &self.der.len())
            .finish()
    }
}

/// The DER bytes of a PEM certificate, of bare base64, or of base64 wrapping a PEM
/// (which some IdPs put in `X509Certificate`).
pub(crate) fn certificate_der(text: &str) -> Option<Vec<u8>> {
    const BEGIN: &str = "-----BEGIN CERTIFICATE-----";
    let body = match text.find(BEGIN) {
        Some(start) => {
            let rest = &text[start + BEGIN.len()..];
            &rest[..rest.find("-----END CERTIFICATE-----")?]
        }
        None => text,
    };
    let der = decode_base64(body)?;
    if der.starts_with(b"-----BEGIN") && text.find(BEGIN).is_none() {
        return certificate_der(std::str::from_utf8(&der).ok()?);
    }
    Some(der)
}

/// Base64 with any whitespace in it, as XML carries it.
pub(crate) fn decode_base64(text: &str) -> Option<Vec<u8>> {
    // Whitespace is legal anywhere (XML line-wraps base64); most inputs have none, and
    // a whole response is ~11 KB, so skip the copy when there is nothing to drop.
    let bytes = text.as_bytes();
    if !bytes.iter().any(u8::is_ascii_whitespace) {
        return STANDARD.decode(bytes).ok();
    }
    let compact: Vec<u8> = bytes
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    STANDARD.decode(&compact).ok()
}
