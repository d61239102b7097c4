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
/// Every request takes two, so the random bytes come from a per-thread pool refilled from
/// the OS 256 bytes at a time (one system call per sixteen ids rather than one each) and
/// the text is written without formatting machinery. These ids must be unique, not
/// secret; keys and secrets take their bytes from the OS directly.
pub fn uuid_v4() -> String {
    let mut b = [0u8; 16];
    pooled_random(&mut b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    canonical(&b)
}

fn canonical(b: &[u8; 16]) -> String {
    let mut out = String::with_capacity(36);
    for (i, group) in [0..4, 4..6, 6..8, 8..10, 10..16].into_iter().enumerate() {
        if i > 0 {
            out.push('-');
        }
        push_hex(&mut out, &b[group]);
    }
    out
}

/// A time-ordered UUID (version 7, RFC 9562) carrying `time` in its first 48 bits, for
/// audit event ids: the PostgreSQL store finds an event by id through the time it
/// carries, without an index entry per event. The other 74 bits are random.
pub fn uuid_v7(time: crate::clock::UnixMillis) -> String {
    let mut b = [0u8; 16];
    pooled_random(&mut b);
    let ms = u64::try_from(time.0).unwrap_or(0) & 0xffff_ffff_ffff;
    b[..6].copy_from_slice(&ms.to_be_bytes()[2..]);
    b[6] = (b[6] & 0x0f) | 0x70;
    b[8] = (b[8] & 0x3f) | 0x80;
    canonical(&b)
}

/// The time a version-7 UUID carries, or `None` for any other text.
pub fn uuid_v7_millis(id: &str) -> Option<i64> {
    let b = id.as_bytes();
    let well_formed = b.len() == 36
        && b[14] == b'7'
        && matches!(b[19], b'8' | b'9' | b'a' | b'b')
        && b.iter().enumerate().all(|(i, &c)| {
            if [8, 13, 18, 23].contains(&i) {
                c == b'-'
            } else {
                c.is_ascii_digit() || (b'a'..=b'f').contains(&c)
            }
        });
    if !well_formed {
        return None;
    }
    // The first 48 bits: hex digits 0–7 and 9–12 (position 8 is a hyphen).
    let digits = b[..8].iter().chain(&b[9..13]);
    Some(digits.fold(0i64, |acc, &c| {
        let d = if c.is_ascii_digit() {
            c - b'0'
        } else {
            c - b'a' + 10
        };
        acc << 4 | i64::from(d)
    }))
}

/// Lower-case hex of `bytes`.
pub fn hex_lower(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    push_hex(&mut out, bytes);
    out
}

fn push_hex(out: &mut String, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for &b in bytes {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
}

fn pooled_random(buf: &mut [u8; 16]) {
    use std::cell::RefCell;
    const POOL: usize = 256;
    thread_local! {
        static RANDOM: RefCell<([u8; POOL], usize)> = const { RefCell::new(([0; POOL], POOL)) };
    }
    RANDOM.with_borrow_mut(|(pool, used)| {
        let n = buf.len();
        if *used + n > POOL {
            random_bytes(pool);
            *used = 0;
        }
        buf.copy_from_slice(&pool[*used..*used + n]);
        *used += n;
    });
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

    #[test]
    fn v7_ids_carry_their_time_and_nothing_else_parses() {
        let t = crate::clock::UnixMillis(1_795_000_123_456);
        let a = uuid_v7(t);
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "7");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"), "{a}");
        assert_ne!(uuid_v7(t), a);
        assert_eq!(uuid_v7_millis(&a), Some(t.0));
        assert!(
            uuid_v7(crate::clock::UnixMillis(t.0 + 1)) > a,
            "time-ordered"
        );
        assert_eq!(uuid_v7_millis(&uuid_v4()), None);
        assert_eq!(uuid_v7_millis("e5"), None);
        let mut wrong_variant = a.clone().into_bytes();
        wrong_variant[19] = b'0';
        assert_eq!(
            uuid_v7_millis(&String::from_utf8_lossy(&wrong_variant)),
            None
        );
        assert_eq!(uuid_v7_millis(&a.to_uppercase()), None);
        assert_eq!(uuid_v7_millis(&a.replace('-', "_")), None);
        assert_eq!(uuid_v7_millis("0000000é-0000-7000-8000-00000000000"), None);
    }

    #[test]
    fn uuids_are_canonical_and_distinct_across_pool_refills() {
        let ids: std::collections::HashSet<String> = (0..1000).map(|_| uuid_v4()).collect();
        assert_eq!(ids.len(), 1000);
        for u in &ids {
            let b = u.as_bytes();
            for (i, c) in b.iter().enumerate() {
                if matches!(i, 8 | 13 | 18 | 23) {
                    assert_eq!(*c, b'-', "{u}");
                } else {
                    assert!(c.is_ascii_hexdigit() && !c.is_ascii_uppercase(), "{u}");
                }
            }
            assert_eq!(b[14], b'4', "{u}");
            assert!(b"89ab".contains(&b[19]), "{u}");
        }
    }
}
