//! Decrypting an `EncryptedAssertion` with the service provider's RSA key.

use crate::keys::decode_base64;
use crate::xml::{NS_DS, NS_XENC, children_named, leaf_text};
use roxmltree::Node;
use std::fmt;

/// The service provider's private key for encrypted assertions. Its `Debug` output
/// never shows the key.
#[derive(Clone)]
pub struct DecryptionKey {
    key: rsa::PrivateKey,
}

impl fmt::Debug for DecryptionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DecryptionKey(..)")
    }
}

/// Why an encrypted assertion was not decrypted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecryptionError {
    /// The response is encrypted and no key was configured.
    NoKey,
    /// The private key could not be read.
    Key(String),
    /// A required element is absent.
    Missing(&'static str),
    /// An algorithm outside RSA-OAEP and AES-CBC/GCM.
    Algorithm(String),
    /// The ciphertext did not decrypt (wrong key or tampered data).
    Failed,
}

impl fmt::Display for DecryptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoKey => f.write_str("no decryption key is configured"),
            Self::Key(why) => write!(f, "private key is not usable: {why}"),
            Self::Missing(what) => write!(f, "`{what}` is missing"),
            Self::Algorithm(uri) => write!(f, "encryption algorithm `{uri}` is not accepted"),
            Self::Failed => f.write_str("decryption failed"),
        }
    }
}

impl std::error::Error for DecryptionError {}

impl DecryptionKey {
    /// A PKCS#8 or PKCS#1 RSA private key, as PEM or as bare base64 DER.
    pub fn from_pem(text: &str) -> Result<Self, DecryptionError> {
        use rsa::pkcs1::DecodeRsaPrivateKey as _;
        use rsa::pkcs8::DecodePrivateKey as _;
        let key = if text.contains("-----BEGIN") {
            rsa::PrivateKey::from_pkcs8_pem(text)
                .or_else(|_| rsa::PrivateKey::from_pkcs1_pem(text))
                .map_err(|e| DecryptionError::Key(e.to_string()))?
        } else {
            let der = decode_base64(text).ok_or(DecryptionError::Key("not base64".to_owned()))?;
            rsa::PrivateKey::from_pkcs8_der(&der)
                .or_else(|_| rsa::PrivateKey::from_pkcs1_der(&der))
                .map_err(|e| DecryptionError::Key(e.to_string()))?
        };
        Ok(DecryptionKey { key })
    }
}

const NS_XENC11: &str = "http://www.w3.org/2009/xmlenc11#";

enum Cipher {
    Cbc(usize),
    Gcm(usize),
}

fn content_cipher(uri: &str) -> Option<Cipher> {
    Some(match uri {
        "http://www.w3.org/2001/04/xmlenc#aes128-cbc" => Cipher::Cbc(16),
        "http://www.w3.org/2001/04/xmlenc#aes192-cbc" => Cipher::Cbc(24),
        "http://www.w3.org/2001/04/xmlenc#aes256-cbc" => Cipher::Cbc(32),
        "http://www.w3.org/2009/xmlenc11#aes128-gcm" => Cipher::Gcm(16),
        "http://www.w3.org/2009/xmlenc11#aes256-gcm" => Cipher::Gcm(32),
        _ => return None,
    })
}

fn algorithm<'a, 'i>(node: Node<'a, 'i>) -> Result<(Node<'a, 'i>, &'a str), DecryptionError> {
    let method = children_named(node, NS_XENC, "EncryptionMethod")
        .next()
        .ok_or(DecryptionError::Missing("EncryptionMethod"))?;
    Ok((method, method.attribute("Algorithm").unwrap_or("")))
}

fn cipher_value(node: Node<'_, '_>) -> Result<Vec<u8>, DecryptionError> {
    let data = children_named(node, NS_XENC, "CipherData")
        .next()
        .ok_or(DecryptionError::Missing("CipherData"))?;
    let value = children_named(data, NS_XENC, "CipherValue")
        .next()
        .ok_or(DecryptionError::Missing("CipherValue"))?;
    leaf_text(value)
        .ok()
        .and_then(decode_base64)
        .ok_or(DecryptionError::Missing("CipherValue"))
}

/// Returns the plaintext `Assertion` element of an `EncryptedAssertion`.
pub(crate) fn decrypt_assertion(
    encrypted: Node<'_, '_>,
    key: &DecryptionKey,
) -> Result<String, DecryptionError> {
    let data = children_named(encrypted, NS_XENC, "EncryptedData")
        .next()
        .ok_or(DecryptionError::Missing("EncryptedData"))?;
    let (_, data_alg) = algorithm(data)?;
    let cipher =
        content_cipher(data_alg).ok_or_else(|| DecryptionError::Algorithm(data_alg.to_owned()))?;
    // The wrapped key sits in the data's KeyInfo or beside the data.
    let in_key_info = children_named(data, NS_DS, "KeyInfo")
        .flat_map(|info| children_named(info, NS_XENC, "EncryptedKey"))
        .next();
    let encrypted_key = in_key_info
        .or_else(|| children_named(encrypted, NS_XENC, "EncryptedKey").next())
        .ok_or(DecryptionError::Missing("EncryptedKey"))?;
    let content_key = unwrap_key(encrypted_key, key)?;
    let (Cipher::Cbc(len) | Cipher::Gcm(len)) = cipher;
    if content_key.len() != len {
        return Err(DecryptionError::Failed);
    }
    let ciphertext = cipher_value(data)?;
    let plaintext = match cipher {
        Cipher::Cbc(_) => decrypt_cbc(&content_key, &ciphertext)?,
        Cipher::Gcm(_) => decrypt_gcm(&content_key, &ciphertext)?,
    };
    String::from_utf8(plaintext).map_err(|_| DecryptionError::Failed)
}

fn unwrap_key(
    encrypted_key: Node<'_, '_>,
    key: &DecryptionKey,
) -> Result<Vec<u8>, DecryptionError> {
    let (method, uri) = algorithm(encrypted_key)?;
    let digest = children_named(method, NS_DS, "DigestMethod")
        .next()
        .and_then(|d| d.attribute("Algorithm"))
        .unwrap_or("http://www.w3.org/2000/09/xmldsig#sha1");
    let mgf = children_named(method, NS_XENC11, "MGF")
        .next()
        .and_then(|m| m.attribute("Algorithm"))
        .unwrap_or("http://www.w3.org/2009/xmlenc11#mgf1sha1");
    let mgf_sha1 = match uri {
        "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" => true,
        "http://www.w3.org/2009/xmlenc11#rsa-oaep" => match mgf {
            "http://www.w3.org/2009/xmlenc11#mgf1sha1" => true,
            "http://www.w3.org/2009/xmlenc11#mgf1sha256" => false,
            other => return Err(DecryptionError::Algorithm(other.to_owned())),
        },
        // RSA PKCS#1 v1.5 key transport is a padding oracle; never offered.
        other => return Err(DecryptionError::Algorithm(other.to_owned())),
    };
    let wrapped = cipher_value(encrypted_key)?;
    use rsa::oaep::Oaep;
    let result = match (digest, mgf_sha1) {
        ("http://www.w3.org/2000/09/xmldsig#sha1", true) => {
            key.key.decrypt(Oaep::<sha1::Sha1>::new(), &wrapped)
        }
        ("http://www.w3.org/2001/04/xmlenc#sha256", true) => key.key.decrypt(
            Oaep::<sha2::Sha256, sha1::Sha1>::new_with_mgf_hash(),
            &wrapped,
        ),
        ("http://www.w3.org/2001/04/xmlenc#sha256", false) => {
            key.key.decrypt(Oaep::<sha2::Sha256>::new(), &wrapped)
        }
        (other, _) => return Err(DecryptionError::Algorithm(other.to_owned())),
    };
    result.map_err(|_| DecryptionError::Failed)
}

fn decrypt_cbc(key: &[u8], data: &[u8]) -> Result<Vec<u8>, DecryptionError> {
    use cbc::cipher::{BlockModeDecrypt as _, KeyIvInit as _, block_padding::NoPadding};
    if data.len() < 32 || !data.len().is_multiple_of(16) {
        return Err(DecryptionError::Failed);
    }
    let (iv, body) = data.split_at(16);
    let mut buf = body.to_vec();
    let plain_len = match key.len() {
        16 => cbc::Decryptor::<aes::Aes128>::new_from_slices(key, iv)
            .map_err(|_| DecryptionError::Failed)?
            .decrypt_padded::<NoPadding>(&mut buf)
            .map_err(|_| DecryptionError::Failed)?
            .len(),
        24 => cbc::Decryptor::<aes::Aes192>::new_from_slices(key, iv)
            .map_err(|_| DecryptionError::Failed)?
            .decrypt_padded::<NoPadding>(&mut buf)
            .map_err(|_| DecryptionError::Failed)?
            .len(),
        _ => cbc::Decryptor::<aes::Aes256>::new_from_slices(key, iv)
            .map_err(|_| DecryptionError::Failed)?
            .decrypt_padded::<NoPadding>(&mut buf)
            .map_err(|_| DecryptionError::Failed)?
            .len(),
    };
    buf.truncate(plain_len);
    // XML Encryption padding: the last byte says how many bytes to drop, and the
    // others may hold anything.
    let pad = usize::from(*buf.last().ok_or(DecryptionError::Failed)?);
    if pad == 0 || pad > 16 || pad > buf.len() {
        return Err(DecryptionError::Failed);
    }
    buf.truncate(buf.len() - pad);
    Ok(buf)
}

fn decrypt_gcm(key: &[u8], data: &[u8]) -> Result<Vec<u8>, DecryptionError> {
    use aes_gcm::aead::{Aead as _, KeyInit as _};
    if data.len() < 12 + 16 {
        return Err(DecryptionError::Failed);
    }
    let (iv, body) = data.split_at(12);
    let nonce = aes_gcm::Nonce::try_from(iv).map_err(|_| DecryptionError::Failed)?;
    let result = if key.len() == 16 {
        aes_gcm::Aes128Gcm::new_from_slice(key)
            .map_err(|_| DecryptionError::Failed)?
            .decrypt(&nonce, body)
    } else {
        aes_gcm::Aes256Gcm::new_from_slice(key)
            .map_err(|_| DecryptionError::Failed)?
            .decrypt(&nonce, body)
    };
    result.map_err(|_| DecryptionError::Failed)
}
