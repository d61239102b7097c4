//! Identifiers in AWS's formats: account ids, access key ids, unique ids, request ids.

use crate::seal::random_bytes;

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

fn base32_chars(n: usize) -> String {
    let mut raw = vec![0u8; n];
    random_bytes(&mut raw);
    raw.iter()
        .map(|b| char::from(BASE32[usize::from(b & 31)]))
        .collect()
}

/// A 12-digit account id that does not start with 0.
pub fn account_id() -> String {
    let mut raw = [0u8; 12];
    random_bytes(&mut raw);
    raw.iter()
        .enumerate()
        .map(|(i, b)| {
            let d = if i == 0 { 1 + b % 9 } else { b % 10 };
            char::from(b'0' + d)
        })
        .collect()
}

/// `AKIA…` for long-term keys, `ASIA…` for temporary ones: 20 characters.
pub fn access_key_id(prefix: &str) -> String {
    format!(
        "{prefix}{}",
        base32_chars(20usize.saturating_sub(prefix.len()))
    )
}

/// A 40-character secret access key drawn from the base64 alphabet, as AWS issues them.
pub fn secret_access_key() -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut raw = [0u8; 40];
    random_bytes(&mut raw);
    raw.iter()
        .map(|b| char::from(ALPHABET[usize::from(b & 63)]))
        .collect()
}

/// Unique ids of entities (`AIDA…` users, `AROA…` roles, `AGPA…` groups): 21 characters.
pub fn unique_id(prefix: &str) -> String {
    format!(
        "{prefix}{}",
        base32_chars(21usize.saturating_sub(prefix.len()))
    )
}

/// A random UUID (version 4) in its canonical text form, used for request and event ids.
pub fn uuid_v4() -> String {
    let mut b = [0u8; 16];
    random_bytes(&mut b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_match_aws() {
        let a = account_id();
        assert_eq!(a.len(), 12);
        assert!(a.bytes().all(|c| c.is_ascii_digit()) && !a.starts_with('0'));
        let k = access_key_id("AKIA");
        assert_eq!(k.len(), 20);
        assert!(k.starts_with("AKIA") && k.bytes().all(|c| BASE32.contains(&c)));
        assert_eq!(secret_access_key().len(), 40);
        assert_eq!(unique_id("AIDA").len(), 21);
        let u = uuid_v4();
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert_ne!(uuid_v4(), u);
    }
}
