//! Access key ids that carry their account, as AWS's do: the 16 characters after the
//! four-letter prefix are base32 for ten bytes whose first six hold the account id in
//! bits 7 to 46. GetAccessKeyInfo reads any such id without a lookup.

use crate::seal::random_bytes;

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const ACCOUNT_MASK: u64 = 0x7fff_ffff_ff80;

/// A fresh `ASIA…` id for a temporary credential of `account_id`.
pub fn temporary_key_id(account_id: &str) -> String {
    let account: u64 = account_id.parse().unwrap_or(0) & (ACCOUNT_MASK >> 7);
    let mut raw = [0u8; 10];
    random_bytes(&mut raw);
    let low = u64::from(raw[5] & 0x7f);
    let high = u64::from(raw[0] >> 7) << 47;
    let head = high | (account << 7) | low;
    raw[..6].copy_from_slice(&head.to_be_bytes()[2..]);
    let mut out = String::with_capacity(20);
    out.push_str("ASIA");
    // Ten bytes are exactly sixteen base32 characters.
    let mut acc: u128 = 0;
    for b in raw {
        acc = (acc << 8) | u128::from(b);
    }
    for i in (0..16).rev() {
        let idx = ((acc >> (i * 5)) & 31) as usize;
        out.push(char::from(BASE32[idx]));
    }
    out
}

/// The account an access key id encodes, when it has AWS's form.
pub fn account_of_key_id(access_key_id: &str) -> Option<String> {
    if access_key_id.len() != 20 || !access_key_id.is_ascii() {
        return None;
    }
    let body = &access_key_id.as_bytes()[4..];
    let mut acc: u128 = 0;
    for &c in body {
        let v = BASE32.iter().position(|&b| b == c)?;
        acc = (acc << 5) | v as u128;
    }
    let head = (acc >> 32) as u64;
    let account = (head & ACCOUNT_MASK) >> 7;
    Some(format!("{account:012}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_ids_decode_to_their_account() {
        for account in ["123456789012", "999999999999", "100000000000"] {
            let id = temporary_key_id(account);
            assert_eq!(id.len(), 20);
            assert!(id.starts_with("ASIA"));
            assert_eq!(account_of_key_id(&id).as_deref(), Some(account));
        }
        assert_ne!(
            temporary_key_id("123456789012"),
            temporary_key_id("123456789012")
        );
    }

    #[test]
    fn foreign_ids_decode_like_aws() {
        // Values cross-checked with an independent Python decoding of the same layout.
        assert_eq!(
            account_of_key_id("AKIAQYLPMN5HHHFPZAM2").as_deref(),
            Some("052310077262")
        );
        assert_eq!(
            account_of_key_id("ASIAY34FZKBOKMUTVV7A").as_deref(),
            Some("609629065308")
        );
        assert_eq!(account_of_key_id("short"), None);
        assert_eq!(account_of_key_id("AKIA0000000000000000"), None);
    }
}
