//! Sealing secrets at rest: AES-256-GCM under the installation's master key, with the
//! owning record's identity as associated data so a sealed blob cannot be moved.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use zeroize::{Zeroize, Zeroizing};

use crate::error::CoreError;

/// Fills `buf` from the operating system's random source.
pub fn random_bytes(buf: &mut [u8]) {
    // The OS source failing is unrecoverable for a credential issuer; we stop rather
    // than hand out predictable secrets.
    if getrandom::fill(buf).is_err() {
        std::process::abort();
    }
}

const VERSION: u8 = 1;
const NONCE_LEN: usize = 12;

/// The 256-bit key that seals every secret of an installation.
pub struct MasterKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey(<redacted>)")
    }
}

impl MasterKey {
    pub fn generate() -> Self {
        let mut k = Zeroizing::new([0u8; 32]);
        random_bytes(k.as_mut());
        Self(k)
    }

    /// Reads the textual form: 64 hexadecimal digits, surrounding whitespace ignored.
    pub fn from_text(text: &str) -> Result<Self, CoreError> {
        let t = text.trim();
        if t.len() != 64 || !t.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(CoreError::InvalidInput(
                "the master key must be 64 hexadecimal digits".to_owned(),
            ));
        }
        let mut k = Zeroizing::new([0u8; 32]);
        for (i, byte) in k.iter_mut().enumerate() {
            let pair = &t[2 * i..2 * i + 2];
            *byte = u8::from_str_radix(pair, 16)
                .map_err(|_| CoreError::InvalidInput("bad master key digit".to_owned()))?;
        }
        Ok(Self(k))
    }

    pub fn to_text(&self) -> Zeroizing<String> {
        Zeroizing::new(crate::ids::hex_lower(self.0.as_slice()))
    }

    fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(self.0.as_ref().into())
    }

    /// Seals `plaintext`, binding it to `context` (e.g. `access-key/AKIA…`).
    pub fn seal(&self, context: &str, plaintext: &[u8]) -> Result<Vec<u8>, CoreError> {
        let mut nonce = [0u8; NONCE_LEN];
        random_bytes(&mut nonce);
        let ct = self
            .cipher()
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad: context.as_bytes(),
                },
            )
            .map_err(|_| CoreError::Unseal)?;
        let mut out = Vec::with_capacity(1 + NONCE_LEN + ct.len());
        out.push(VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ct);
        Ok(out)
    }

    pub fn open(&self, context: &str, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, CoreError> {
        let (&version, rest) = sealed.split_first().ok_or(CoreError::Unseal)?;
        if version != VERSION || rest.len() < NONCE_LEN + 16 {
            return Err(CoreError::Unseal);
        }
        let (nonce, ct) = rest.split_at(NONCE_LEN);
        self.cipher()
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: ct,
                    aad: context.as_bytes(),
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| CoreError::Unseal)
    }
}

/// A secret access key in memory: never printed, wiped when dropped.
#[derive(Clone)]
pub struct SecretString(Zeroizing<String>);

impl SecretString {
    pub fn new(s: String) -> Self {
        Self(Zeroizing::new(s))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for SecretString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

impl Drop for MasterKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_round_trips_and_binds_context() {
        let k = MasterKey::generate();
        let sealed = k.seal("access-key/AKIA1", b"secret").unwrap();
        assert_eq!(&k.open("access-key/AKIA1", &sealed).unwrap()[..], b"secret");
        assert!(k.open("access-key/AKIA2", &sealed).is_err());
        let other = MasterKey::generate();
        assert!(other.open("access-key/AKIA1", &sealed).is_err());
        let mut tampered = sealed.clone();
        *tampered.last_mut().unwrap() ^= 1;
        assert!(k.open("access-key/AKIA1", &tampered).is_err());
        assert!(k.open("x", &[]).is_err());
    }

    #[test]
    fn text_form_round_trips_and_debug_redacts() {
        let k = MasterKey::generate();
        let t = k.to_text();
        let k2 = MasterKey::from_text(&t).unwrap();
        let sealed = k.seal("c", b"v").unwrap();
        assert_eq!(&k2.open("c", &sealed).unwrap()[..], b"v");
        assert!(!format!("{k:?}").contains(&t[..8]));
        assert!(MasterKey::from_text("zz").is_err());
        assert_eq!(
            format!("{:?}", SecretString::new("abc".into())),
            "<redacted>"
        );
    }
}
