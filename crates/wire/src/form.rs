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
    raw_pairs(text)
        .map(|(key, value)| Ok((decode(key, true)?, decode(value, true)?)))
        .collect()
}

/// The still-encoded `(key, value)` pairs of a form, empty segments skipped.
fn raw_pairs(text: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
    text.split(|b| *b == b'&')
        .filter(|segment| !segment.is_empty())
        .map(|segment| match segment.iter().position(|b| *b == b'=') {
            Some(i) => (
                segment.get(..i).unwrap_or_default(),
                segment.get(i + 1..).unwrap_or_default(),
            ),
            None => (segment, &[][..]),
        })
}

/// Percent-decodes one component; `plus_is_space` for form encoding.
pub fn decode(text: &[u8], plus_is_space: bool) -> Result<String, FormError> {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        // Copy the run up to the next escape in one go (base64 values escape every
        // dozen bytes or so; byte-at-a-time pushing was a measurable share of a call).
        let special = rest
            .iter()
            .position(|&b| b == b'%' || (plus_is_space && b == b'+'))
            .unwrap_or(rest.len());
        let (run, escape) = rest.split_at(special.min(rest.len()));
        out.extend_from_slice(run);
        rest = escape;
        match rest {
            [b'%', h, l, tail @ ..] => {
                match (hex(*h), hex(*l)) {
                    (Some(h), Some(l)) => out.push(h << 4 | l),
                    _ => return Err(FormError::BadEscape),
                }
                rest = tail;
            }
            [b'%', ..] => return Err(FormError::BadEscape),
            [_, tail @ ..] => {
                // A `+` (only stopped at when it means a space).
                out.push(b' ');
                rest = tail;
            }
            [] => {}
        }
    }
    String::from_utf8(out).map_err(|_| FormError::NotUtf8)
}

/// The decoded value of the first pair named `name`, decoding only the keys before it
/// and that one value: routing needs `Action` without decoding a large body twice.
pub fn first_value(text: &[u8], name: &str) -> Result<Option<String>, FormError> {
    for (key, value) in raw_pairs(text) {
        if decode(key, true)? == name {
            return decode(value, true).map(Some);
        }
    }
    Ok(None)
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

    #[test]
    fn runs_between_escapes_and_trailing_escapes_decode() {
        assert_eq!(decode(b"abc%2Bdef%2F%3D", true).unwrap(), "abc+def/=");
        assert_eq!(decode(b"a+b+", true).unwrap(), "a b ");
        assert_eq!(decode(b"a+b", false).unwrap(), "a+b");
        assert_eq!(decode(b"%41", true).unwrap(), "A");
        assert_eq!(decode(b"x%", true), Err(FormError::BadEscape));
        assert_eq!(decode(b"x%4", true), Err(FormError::BadEscape));
        assert_eq!(decode(b"", true).unwrap(), "");
    }

    #[test]
    fn first_value_decodes_only_what_it_needs() {
        let body = b"Version=2011-06-15&Action=Assume%52ole&Action=Other&Blob=%zz";
        assert_eq!(
            first_value(body, "Action").unwrap().as_deref(),
            Some("AssumeRole")
        );
        // Values of other pairs are not decoded (the full decode reports them later);
        // keys on the way are.
        assert_eq!(first_value(body, "Missing").unwrap(), None);
        assert_eq!(first_value(b"%zz=1&A=2", "A"), Err(FormError::BadEscape));
        assert_eq!(first_value(b"A&B=1", "A").unwrap().as_deref(), Some(""));
        assert_eq!(first_value(b"B=1", "A").unwrap(), None);
    }
}
