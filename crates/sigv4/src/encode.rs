//! Percent-encoding as SigV4 canonicalisation needs it, percent-decoding of the wire form, and hex.

use std::borrow::Cow;

const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";
const HEX_LOWER: &[u8; 16] = b"0123456789abcdef";

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Appends `input` to `out`, percent-encoding every byte except the RFC 3986 unreserved set
/// (and `/` when `keep_slash`), with upper-case hex.
pub fn uri_encode_into(out: &mut String, input: &[u8], keep_slash: bool) {
    let mut start = 0;
    for (i, &b) in input.iter().enumerate() {
        if is_unreserved(b) || (keep_slash && b == b'/') {
            continue;
        }
        // Runs of safe bytes are ASCII, so the slice is valid UTF-8.
        out.push_str(ascii_run(input.get(start..i).unwrap_or_default()));
        out.push('%');
        push_hex_digits(out, b, HEX_UPPER);
        start = i + 1;
    }
    out.push_str(ascii_run(input.get(start..).unwrap_or_default()));
}

fn ascii_run(b: &[u8]) -> &str {
    // Only called on runs of unreserved ASCII bytes or '/'.
    std::str::from_utf8(b).unwrap_or_default()
}

/// Percent-encodes a query component strictly (nothing but unreserved bytes left as-is).
pub fn uri_encode(input: &[u8]) -> Cow<'_, str> {
    if input.iter().all(|&b| is_unreserved(b)) {
        return Cow::Borrowed(ascii_run(input));
    }
    let mut out = String::with_capacity(input.len() * 3);
    uri_encode_into(&mut out, input, false);
    Cow::Owned(out)
}

/// Decodes `%XY` escapes. A `%` not followed by two hex digits stays literal, and `+` stays
/// `+`: SigV4 clients encode spaces as `%20`, so `+` can only mean itself.
pub fn percent_decode(input: &str) -> Cow<'_, [u8]> {
    let b = input.as_bytes();
    if !b.contains(&b'%') {
        return Cow::Borrowed(b);
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c == b'%'
            && let (Some(h), Some(l)) = (
                b.get(i + 1).and_then(|&c| hex_value(c)),
                b.get(i + 2).and_then(|&c| hex_value(c)),
            )
        {
            out.push(h << 4 | l);
            i += 3;
            continue;
        }
        out.push(c);
        i += 1;
    }
    Cow::Owned(out)
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Lower-case hex of a 32-byte digest.
pub fn hex32(bytes: &[u8; 32]) -> String {
    let mut out = String::with_capacity(64);
    push_hex(&mut out, bytes);
    out
}

pub fn push_hex(out: &mut String, bytes: &[u8]) {
    for &b in bytes {
        push_hex_digits(out, b, HEX_LOWER);
    }
}

/// The two hex digits of `b` in `alphabet`'s case.
fn push_hex_digits(out: &mut String, b: u8, alphabet: &[u8; 16]) {
    for nibble in [b >> 4, b & 0xf] {
        // A nibble is below 16, the alphabet's length.
        let digit = alphabet.get(usize::from(nibble)).copied().unwrap_or(b'0');
        out.push(char::from(digit));
    }
}

/// Reads exactly 64 hex digits (either case).
pub fn parse_hex32(s: &str) -> Option<[u8; 32]> {
    let b = s.as_bytes();
    if b.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (o, pair) in out.iter_mut().zip(b.chunks_exact(2)) {
        let [hi, lo] = *<&[u8; 2]>::try_from(pair).ok()?;
        *o = hex_value(hi)? << 4 | hex_value(lo)?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_everything_but_unreserved() {
        assert_eq!(uri_encode(b"a b/c~d"), "a%20b%2Fc~d");
        assert_eq!(uri_encode("ሴ".as_bytes()), "%E1%88%B4");
        let mut s = String::new();
        uri_encode_into(&mut s, b"/a%2Fb/", true);
        assert_eq!(s, "/a%252Fb/");
    }

    #[test]
    fn decodes_only_valid_escapes() {
        assert_eq!(&*percent_decode("a%20b"), b"a b");
        assert_eq!(&*percent_decode("a%2"), b"a%2");
        assert_eq!(&*percent_decode("%zz%4a+"), b"%zzJ+");
        assert_eq!(&*percent_decode("%E1%88%B4"), "ሴ".as_bytes());
    }

    #[test]
    fn hex_round_trip() {
        let v: [u8; 32] = core::array::from_fn(|i| (i * 7) as u8);
        assert_eq!(parse_hex32(&hex32(&v)), Some(v));
        assert_eq!(parse_hex32(&hex32(&v).to_uppercase()), Some(v));
        assert_eq!(parse_hex32("00"), None);
        assert_eq!(parse_hex32(&"g".repeat(64)), None);
    }
}
