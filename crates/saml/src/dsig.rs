//! XML-DSig restricted to what SAML needs: one enveloped signature over its parent
//! element, exclusive canonicalization, and keys only from the caller.

use crate::c14n::canonicalize;
use crate::keys::{IdpCertificate, PublicKey, certificate_der, decode_base64};
use crate::xml::{NS_DS, NS_EXC_C14N, children_named, element_children, is, leaf_text};
use roxmltree::{Document, Node};
use sha2::Digest as _;
use std::fmt;

const EXC_C14N: &str = "http://www.w3.org/2001/10/xml-exc-c14n#";
const ENVELOPED: &str = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

/// The signature algorithms the verifier knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureAlgorithm {
    RsaSha1,
    RsaSha256,
    RsaSha384,
    RsaSha512,
    EcdsaSha256,
    EcdsaSha384,
    EcdsaSha512,
}

impl SignatureAlgorithm {
    fn from_uri(uri: &str) -> Option<Self> {
        Some(match uri {
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1" => Self::RsaSha1,
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256" => Self::RsaSha256,
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384" => Self::RsaSha384,
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512" => Self::RsaSha512,
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256" => Self::EcdsaSha256,
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384" => Self::EcdsaSha384,
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512" => Self::EcdsaSha512,
            _ => return None,
        })
    }

    fn digest(self) -> DigestAlgorithm {
        match self {
            Self::RsaSha1 => DigestAlgorithm::Sha1,
            Self::RsaSha256 | Self::EcdsaSha256 => DigestAlgorithm::Sha256,
            Self::RsaSha384 | Self::EcdsaSha384 => DigestAlgorithm::Sha384,
            Self::RsaSha512 | Self::EcdsaSha512 => DigestAlgorithm::Sha512,
        }
    }
}

/// The digest algorithms the verifier knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestAlgorithm {
    Sha1,
    Sha256,
    Sha384,
    Sha512,
}

impl DigestAlgorithm {
    fn from_uri(uri: &str) -> Option<Self> {
        Some(match uri {
            "http://www.w3.org/2000/09/xmldsig#sha1" => Self::Sha1,
            "http://www.w3.org/2001/04/xmlenc#sha256" => Self::Sha256,
            "http://www.w3.org/2001/04/xmldsig-more#sha384" => Self::Sha384,
            "http://www.w3.org/2001/04/xmlenc#sha512" => Self::Sha512,
            _ => return None,
        })
    }

    fn hash(self, data: &[u8]) -> Vec<u8> {
        match self {
            Self::Sha1 => sha1::Sha1::digest(data).to_vec(),
            Self::Sha256 => sha2::Sha256::digest(data).to_vec(),
            Self::Sha384 => sha2::Sha384::digest(data).to_vec(),
            Self::Sha512 => sha2::Sha512::digest(data).to_vec(),
        }
    }
}

/// What the caller allows beyond the default algorithm set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlgorithmPolicy {
    /// Accept RSA-SHA1 signatures and SHA-1 digests (off by default).
    pub allow_sha1: bool,
    /// Smallest RSA modulus accepted, in bits.
    pub min_rsa_bits: usize,
}

impl Default for AlgorithmPolicy {
    fn default() -> Self {
        AlgorithmPolicy {
            allow_sha1: false,
            min_rsa_bits: 2048,
        }
    }
}

/// Why a signature was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureError {
    /// A `Signature` child other than `SignedInfo`, `SignatureValue`, `KeyInfo`
    /// (an `Object`, for instance), or one of those twice.
    UnexpectedElement(String),
    /// A required element is absent.
    Missing(&'static str),
    /// The canonicalization is not exclusive C14N without comments.
    Canonicalization(String),
    /// The signature algorithm is not on the allow-list.
    SignatureAlgorithm(String),
    /// The digest algorithm is not on the allow-list.
    DigestAlgorithm(String),
    /// Not exactly one `Reference`.
    ReferenceCount(usize),
    /// The reference does not point at the signature's parent element.
    ReferenceUri {
        uri: Option<String>,
        expected: String,
    },
    /// A transform other than enveloped-signature and exclusive C14N, or a missing
    /// or repeated one.
    Transform(String),
    /// A base64 value did not decode.
    Base64(&'static str),
    /// The signed element's digest does not match `DigestValue`.
    DigestMismatch,
    /// The `KeyInfo` certificate is not one of the configured ones.
    UnknownCertificate,
    /// No configured key verifies `SignatureValue`.
    BadSignature,
    /// No configured key fits the algorithm (or is large enough).
    NoUsableKey,
}

impl fmt::Display for SignatureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnexpectedElement(name) => write!(f, "unexpected `{name}` in the signature"),
            Self::Missing(name) => write!(f, "signature lacks `{name}`"),
            Self::Canonicalization(uri) => write!(f, "canonicalization `{uri}` is not accepted"),
            Self::SignatureAlgorithm(uri) => {
                write!(f, "signature algorithm `{uri}` is not accepted")
            }
            Self::DigestAlgorithm(uri) => write!(f, "digest algorithm `{uri}` is not accepted"),
            Self::ReferenceCount(n) => write!(f, "expected exactly one reference, found {n}"),
            Self::ReferenceUri { uri, expected } => match uri {
                Some(uri) => write!(f, "reference `{uri}` does not point at `{expected}`"),
                None => write!(f, "reference has no URI; expected `{expected}`"),
            },
            Self::Transform(uri) => write!(f, "transform `{uri}` is not accepted"),
            Self::Base64(name) => write!(f, "`{name}` is not valid base64"),
            Self::DigestMismatch => f.write_str("digest of the signed element does not match"),
            Self::UnknownCertificate => {
                f.write_str("certificate in `KeyInfo` is not one of the provider's")
            }
            Self::BadSignature => f.write_str("signature value does not verify"),
            Self::NoUsableKey => f.write_str("no configured key fits the signature algorithm"),
        }
    }
}

impl std::error::Error for SignatureError {}

/// The algorithm and key id of a verified signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerifiedSignature {
    pub algorithm: SignatureAlgorithm,
    pub digest: DigestAlgorithm,
    /// Index of the certificate in the caller's list that verified it.
    pub certificate: usize,
}

/// Verifies `signature`, which the caller has established is a direct child of
/// `parent`, as an enveloped signature over `parent`.
pub(crate) fn verify_enveloped<'d>(
    doc: &'d Document<'d>,
    parent: Node<'d, 'd>,
    signature: Node<'d, 'd>,
    certificates: &[IdpCertificate],
    policy: &AlgorithmPolicy,
) -> Result<VerifiedSignature, SignatureError> {
    let mut signed_info = None;
    let mut signature_value = None;
    let mut key_info = None;
    for child in element_children(signature) {
        let slot = if is(child, NS_DS, "SignedInfo") {
            &mut signed_info
        } else if is(child, NS_DS, "SignatureValue") {
            &mut signature_value
        } else if is(child, NS_DS, "KeyInfo") {
            &mut key_info
        } else {
            return Err(SignatureError::UnexpectedElement(
                child.tag_name().name().to_owned(),
            ));
        };
        if slot.replace(child).is_some() {
            return Err(SignatureError::UnexpectedElement(
                child.tag_name().name().to_owned(),
            ));
        }
    }
    let signed_info = signed_info.ok_or(SignatureError::Missing("SignedInfo"))?;
    let signature_value = signature_value.ok_or(SignatureError::Missing("SignatureValue"))?;

    let mut canon = None;
    let mut method = None;
    let mut references = Vec::new();
    for child in element_children(signed_info) {
        if is(child, NS_DS, "CanonicalizationMethod") && canon.is_none() {
            canon = Some(child);
        } else if is(child, NS_DS, "SignatureMethod") && method.is_none() {
            method = Some(child);
        } else if is(child, NS_DS, "Reference") {
            references.push(child);
        } else {
            return Err(SignatureError::UnexpectedElement(
                child.tag_name().name().to_owned(),
            ));
        }
    }
    let canon = canon.ok_or(SignatureError::Missing("CanonicalizationMethod"))?;
    let canon_prefixes =
        exclusive_c14n_prefixes(canon).map_err(SignatureError::Canonicalization)?;
    let method = method.ok_or(SignatureError::Missing("SignatureMethod"))?;
    let method_uri = method.attribute("Algorithm").unwrap_or("");
    let algorithm = SignatureAlgorithm::from_uri(method_uri)
        .filter(|a| *a != SignatureAlgorithm::RsaSha1 || policy.allow_sha1)
        .ok_or_else(|| SignatureError::SignatureAlgorithm(method_uri.to_owned()))?;
    let [reference] = references[..] else {
        return Err(SignatureError::ReferenceCount(references.len()));
    };

    let id = parent.attribute("ID").unwrap_or("");
    let expected = format!("#{id}");
    let uri = reference.attribute("URI");
    if id.is_empty() || uri != Some(expected.as_str()) {
        return Err(SignatureError::ReferenceUri {
            uri: uri.map(str::to_owned),
            expected,
        });
    }
    let mut transforms = None;
    let mut digest_method = None;
    let mut digest_value = None;
    for child in element_children(reference) {
        let slot = if is(child, NS_DS, "Transforms") {
            &mut transforms
        } else if is(child, NS_DS, "DigestMethod") {
            &mut digest_method
        } else if is(child, NS_DS, "DigestValue") {
            &mut digest_value
        } else {
            return Err(SignatureError::UnexpectedElement(
                child.tag_name().name().to_owned(),
            ));
        };
        if slot.replace(child).is_some() {
            return Err(SignatureError::UnexpectedElement(
                child.tag_name().name().to_owned(),
            ));
        }
    }
    let transforms = transforms.ok_or(SignatureError::Missing("Transforms"))?;
    let mut enveloped = false;
    let mut reference_prefixes = None;
    for transform in element_children(transforms) {
        if !is(transform, NS_DS, "Transform") {
            return Err(SignatureError::UnexpectedElement(
                transform.tag_name().name().to_owned(),
            ));
        }
        let uri = transform.attribute("Algorithm").unwrap_or("");
        if uri == ENVELOPED && !enveloped && element_children(transform).next().is_none() {
            enveloped = true;
        } else if uri == EXC_C14N && reference_prefixes.is_none() {
            reference_prefixes =
                Some(exclusive_c14n_prefixes(transform).map_err(SignatureError::Transform)?);
        } else {
            return Err(SignatureError::Transform(uri.to_owned()));
        }
    }
    if !enveloped {
        return Err(SignatureError::Transform(
            "missing enveloped-signature".to_owned(),
        ));
    }
    let reference_prefixes = reference_prefixes
        .ok_or_else(|| SignatureError::Transform("missing exclusive C14N".to_owned()))?;
    let digest_method = digest_method.ok_or(SignatureError::Missing("DigestMethod"))?;
    let digest_uri = digest_method.attribute("Algorithm").unwrap_or("");
    let digest = DigestAlgorithm::from_uri(digest_uri)
        .filter(|d| *d != DigestAlgorithm::Sha1 || policy.allow_sha1)
        .ok_or_else(|| SignatureError::DigestAlgorithm(digest_uri.to_owned()))?;
    let digest_value = digest_value.ok_or(SignatureError::Missing("DigestValue"))?;
    let digest_value = leaf_text(digest_value)
        .ok()
        .and_then(decode_base64)
        .ok_or(SignatureError::Base64("DigestValue"))?;

    let mut buf = Vec::with_capacity(doc.input_text().len());
    let prefixes: Vec<&str> = reference_prefixes.iter().map(String::as_str).collect();
    canonicalize(doc, parent, Some(signature.id()), &prefixes, &mut buf);
    if digest.hash(&buf) != digest_value {
        return Err(SignatureError::DigestMismatch);
    }

    buf.clear();
    let prefixes: Vec<&str> = canon_prefixes.iter().map(String::as_str).collect();
    canonicalize(doc, signed_info, None, &prefixes, &mut buf);
    let hashed = algorithm.digest().hash(&buf);
    let signature_bytes = leaf_text(signature_value)
        .ok()
        .and_then(decode_base64)
        .ok_or(SignatureError::Base64("SignatureValue"))?;

    let candidates: Vec<usize> = match key_info_certificates(key_info)? {
        Some(ders) => {
            let chosen: Vec<usize> = certificates
                .iter()
                .enumerate()
                .filter(|(_, c)| ders.iter().any(|d| d == c.der()))
                .map(|(i, _)| i)
                .collect();
            if chosen.is_empty() {
                return Err(SignatureError::UnknownCertificate);
            }
            chosen
        }
        None => (0..certificates.len()).collect(),
    };
    let mut usable = false;
    for index in candidates {
        let Some(cert) = certificates.get(index) else {
            continue;
        };
        match check_value(
            cert.key(),
            algorithm,
            (&buf, &hashed),
            &signature_bytes,
            policy,
        ) {
            KeyOutcome::Verified => {
                return Ok(VerifiedSignature {
                    algorithm,
                    digest,
                    certificate: index,
                });
            }
            KeyOutcome::Failed => usable = true,
            KeyOutcome::Unusable => {}
        }
    }
    Err(if usable {
        SignatureError::BadSignature
    } else {
        SignatureError::NoUsableKey
    })
}

/// The `PrefixList` of an exclusive C14N method or transform; any other algorithm
/// (inclusive C14N, the WithComments variant) is refused.
fn exclusive_c14n_prefixes(method: Node<'_, '_>) -> Result<Vec<String>, String> {
    let uri = method.attribute("Algorithm").unwrap_or("");
    if uri != EXC_C14N {
        return Err(uri.to_owned());
    }
    let mut prefixes = Vec::new();
    for child in element_children(method) {
        if !is(child, NS_EXC_C14N, "InclusiveNamespaces") || !prefixes.is_empty() {
            return Err(uri.to_owned());
        }
        prefixes = child
            .attribute("PrefixList")
            .unwrap_or("")
            .split_ascii_whitespace()
            .map(str::to_owned)
            .collect();
    }
    Ok(prefixes)
}

/// The certificates named in `KeyInfo/X509Data`, if there are any. Other `KeyInfo`
/// content (key values, retrieval methods) is never used.
fn key_info_certificates(
    key_info: Option<Node<'_, '_>>,
) -> Result<Option<Vec<Vec<u8>>>, SignatureError> {
    let Some(key_info) = key_info else {
        return Ok(None);
    };
    let mut ders = Vec::new();
    for data in children_named(key_info, NS_DS, "X509Data") {
        for cert in children_named(data, NS_DS, "X509Certificate") {
            let der = leaf_text(cert)
                .ok()
                .and_then(certificate_der)
                .ok_or(SignatureError::Base64("X509Certificate"))?;
            ders.push(der);
        }
    }
    Ok(if ders.is_empty() { None } else { Some(ders) })
}

enum KeyOutcome {
    Verified,
    Failed,
    Unusable,
}

/// Checks `signature` over the canonical `SignedInfo` (given as the bytes and their
/// digest under the signature's hash).
fn check_value(
    key: &PublicKey,
    algorithm: SignatureAlgorithm,
    (signed_info, hashed): (&[u8], &[u8]),
    signature: &[u8],
    policy: &AlgorithmPolicy,
) -> KeyOutcome {
    use SignatureAlgorithm as A;
    use p256::ecdsa::signature::hazmat::PrehashVerifier as _;
    use ring::signature as rs;
    let ok = match (key, algorithm) {
        (PublicKey::Rsa(k, pkcs1), A::RsaSha1 | A::RsaSha256 | A::RsaSha384 | A::RsaSha512) => {
            let bits = rsa::traits::PublicKeyParts::size(k) * 8;
            if bits < policy.min_rsa_bits {
                return KeyOutcome::Unusable;
            }
            if bits >= 2048 {
                // ring's PKCS#1 v1.5 verifier is several times faster than the generic
                // big-integer one; it covers every modulus from 2048 bits up.
                let params: &rs::RsaParameters = match algorithm {
                    A::RsaSha1 => &rs::RSA_PKCS1_2048_8192_SHA1_FOR_LEGACY_USE_ONLY,
                    A::RsaSha384 => &rs::RSA_PKCS1_2048_8192_SHA384,
                    A::RsaSha512 => &rs::RSA_PKCS1_2048_8192_SHA512,
                    _ => &rs::RSA_PKCS1_2048_8192_SHA256,
                };
                let ok = rs::UnparsedPublicKey::new(params, pkcs1)
                    .verify(signed_info, signature)
                    .is_ok();
                return if ok {
                    KeyOutcome::Verified
                } else {
                    KeyOutcome::Failed
                };
            }
            let scheme = match algorithm {
                A::RsaSha1 => rsa::pkcs1v15::Pkcs1v15Sign::new::<sha1::Sha1>(),
                A::RsaSha384 => rsa::pkcs1v15::Pkcs1v15Sign::new::<sha2::Sha384>(),
                A::RsaSha512 => rsa::pkcs1v15::Pkcs1v15Sign::new::<sha2::Sha512>(),
                _ => rsa::pkcs1v15::Pkcs1v15Sign::new::<sha2::Sha256>(),
            };
            k.verify(scheme, hashed, signature).is_ok()
        }
        (PublicKey::P256(k), A::EcdsaSha256 | A::EcdsaSha384 | A::EcdsaSha512) => {
            // XML-DSig carries ECDSA signatures as the raw `r || s` pair.
            p256::ecdsa::Signature::from_slice(signature)
                .is_ok_and(|sig| k.verify_prehash(hashed, &sig).is_ok())
        }
        (PublicKey::P384(k), A::EcdsaSha256 | A::EcdsaSha384 | A::EcdsaSha512) => {
            p384::ecdsa::Signature::from_slice(signature)
                .is_ok_and(|sig| k.verify_prehash(hashed, &sig).is_ok())
        }
        _ => return KeyOutcome::Unusable,
    };
    if ok {
        KeyOutcome::Verified
    } else {
        KeyOutcome::Failed
    }
}
