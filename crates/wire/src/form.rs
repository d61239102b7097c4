//! Strict `application/x-www-form-urlencoded` and query-string parsing.

/// Why a form could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormError {
    BadEscape,
    NotUtf8,
}

impl std::fmt::Display for FormError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            FormError::BadEscape => "malformed percent-encoding",
            FormError::NotUtf8 => "parameters are not valid UTF-8",
        })
    }
}

/// Splits `a=1&b=2` into decoded pairs, in order. Empty segments are skipped; a
/// key without `=` has an empty value.
pub fn parse(text: &[u8]) -> Result<Vec<(String, String)>, FormError> {
    let mut pairs = Vec::new();
    for segment in text.split(|b| *b == b'&') {
        if segment.is_empty() {
            continue;
        }
        let (key, value) = match segment.iter().position(|b| *b == b'=') {
            Some(i) => (&segment[..i], &segment[i + 1..]),
            None => (segment, &segment[..0]),
        };
        pairs.push((decode(key, true)?, decode(value, true)?));
    }
    Ok(pairs)
}

/// Percent-decodes one component; `plus_is_space` for form encoding.
pub fn decode(text: &[u8], plus_is_space: bool) -> Result<String, FormError> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'%' => {
                let hi = text.get(i + 1).and_then(|c| hex(*c));
                let lo = text.get(i + 2).and_then(|c| hex(*c));
                match (hi, lo) {
                    (Some(h), Some(l)) => out.push(h << 4 | l),
                    _ => return Err(FormError::BadEscape),
                }
                i += 3;
            }
            b'+' if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| FormError::NotUtf8)
}

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_pairs_plus_and_escapes() {
        let pairs = parse(b"Action=AssumeRole&RoleSessionName=a+b%2Fc&&Flag&Empty=").unwrap();
        assert_eq!(
            pairs,
            vec![
                ("Action".into(), "AssumeRole".into()),
                ("RoleSessionName".into(), "a b/c".into()),
                ("Flag".into(), String::new()),
                ("Empty".into(), String::new()),
            ]
        );
    }

    #[test]
    fn rejects_bad_escapes_and_invalid_utf8() {
        assert_eq!(parse(b"a=%zz"), Err(FormError::BadEscape));
        assert_eq!(parse(b"a=%4"), Err(FormError::BadEscape));
        assert_eq!(parse(b"a=%ff%fe"), Err(FormError::NotUtf8));
        assert_eq!(parse(b"a=\xff"), Err(FormError::NotUtf8));
    }

    #[test]
    fn encode_round_trips_through_decode() {
        let s = "a b/c?d=é~";
        assert_eq!(decode(encode(s).as_bytes(), false).unwrap(), s);
    }
}
