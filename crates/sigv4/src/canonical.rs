//! The canonical request and the string to sign, built from the request as received.

use std::borrow::Cow;

use crate::encode::{hex32, percent_decode, uri_encode, uri_encode_into};
use crate::error::SigV4Error;
use crate::key::sha256;
use crate::parse::{ALGORITHM, Authorization, Credential};
use crate::request::{Payload, Request, UNSIGNED_PAYLOAD, query_pairs};
use crate::time::format_basic_bytes;

/// How a service canonicalises the parts where AWS services differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Profile {
    /// Remove `.` and `..` segments and merge repeated `/` before encoding the path.
    pub normalize_path: bool,
    /// Percent-encode the wire path once more (every AWS service except S3).
    pub double_encode_path: bool,
    /// Accept `x-amz-content-sha256: UNSIGNED-PAYLOAD` (S3 only).
    pub allow_unsigned_payload: bool,
}

impl Profile {
    /// Every service but S3: IAM, STS, Organizations, Cognito, ...
    pub const SERVICE: Profile = Profile {
        normalize_path: true,
        double_encode_path: true,
        allow_unsigned_payload: false,
    };
    /// S3: the path is used as sent.
    pub const S3: Profile = Profile {
        normalize_path: false,
        double_encode_path: false,
        allow_unsigned_payload: true,
    };
}

impl Default for Profile {
    fn default() -> Self {
        Self::SERVICE
    }
}

/// The canonical request text for `req` under the signed headers and mode of `auth`.
pub fn canonical_request(
    auth: &Authorization,
    req: &Request<'_>,
    profile: &Profile,
) -> Result<String, SigV4Error> {
    let payload = payload_hash(req, profile)?;
    let mut out = String::with_capacity(
        req.method.len() + req.path.len() * 3 / 2 + req.query.len() * 2 + 256,
    );
    out.push_str(req.method);
    out.push('\n');
    push_path(&mut out, req.path, profile);
    out.push('\n');
    push_query(&mut out, req.query, auth.presigned);
    out.push('\n');
    push_headers(&mut out, req, &auth.signed_headers);
    out.push('\n');
    out.push_str(&auth.signed_headers);
    out.push('\n');
    out.push_str(&payload);
    Ok(out)
}

/// The string to sign: algorithm, request time, scope, and the hash of the canonical request.
pub fn string_to_sign(
    request_time: i64,
    credential: &Credential,
    canonical_request: &str,
) -> String {
    let mut out = String::with_capacity(
        ALGORITHM.len()
            + 16
            + credential.date.len()
            + credential.region.len()
            + credential.service.len()
            + 16
            + 64
            + 3,
    );
    out.push_str(ALGORITHM);
    out.push('\n');
    for b in format_basic_bytes(request_time) {
        out.push(char::from(b));
    }
    out.push('\n');
    for part in [&credential.date, &credential.region, &credential.service] {
        out.push_str(part);
        out.push('/');
    }
    out.push_str("aws4_request\n");
    crate::encode::push_hex(&mut out, &sha256(canonical_request.as_bytes()));
    out
}

fn payload_hash<'a>(req: &Request<'a>, profile: &Profile) -> Result<Cow<'a, str>, SigV4Error> {
    let declared = req.header("x-amz-content-sha256").map(str::trim);
    let Some(declared) = declared else {
        return Ok(match req.payload {
            Payload::Bytes(b) => Cow::Owned(hex32(&sha256(b))),
            Payload::Hash(h) => Cow::Borrowed(h),
        });
    };
    if declared == UNSIGNED_PAYLOAD {
        return if profile.allow_unsigned_payload {
            Ok(Cow::Borrowed(declared))
        } else {
            Err(SigV4Error::PayloadHashMismatch)
        };
    }
    // The header is signed but the body is not: trusting the header without checking it
    // would let anyone who sees a signed request replay it with another body.
    let matches = match req.payload {
        Payload::Bytes(b) => crate::encode::parse_hex32(declared).is_some_and(|d| d == sha256(b)),
        Payload::Hash(h) => declared.eq_ignore_ascii_case(h),
    };
    if matches {
        Ok(Cow::Borrowed(declared))
    } else {
        Err(SigV4Error::PayloadHashMismatch)
    }
}

fn push_path(out: &mut String, path: &str, profile: &Profile) {
    let path = if path.is_empty() { "/" } else { path };
    let normalized;
    let path = if profile.normalize_path {
        normalized = normalize_path(path);
        normalized.as_ref()
    } else {
        path
    };
    if profile.double_encode_path {
        uri_encode_into(out, path.as_bytes(), true);
    } else {
        out.push_str(path);
    }
}

/// Removes `.` and `..` segments and empty segments, keeping a leading `/` and a trailing one
/// when the input had it.
fn normalize_path(path: &str) -> Cow<'_, str> {
    let clean = path.starts_with('/')
        && !path.contains("//")
        && !path.split('/').any(|s| s == "." || s == "..");
    if clean {
        return Cow::Borrowed(path);
    }
    let mut segments: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    let mut out = String::with_capacity(path.len());
    for seg in &segments {
        out.push('/');
        out.push_str(seg);
    }
    if segments.is_empty() || path.ends_with('/') {
        out.push('/');
    }
    Cow::Owned(out)
}

fn push_query(out: &mut String, query: &str, presigned: bool) {
    if query.is_empty() {
        return;
    }
    let mut pairs: Vec<(Cow<'_, str>, Cow<'_, str>)> = Vec::new();
    for (k, v) in query_pairs(query) {
        let key = percent_decode(k);
        if presigned && &*key == b"X-Amz-Signature" {
            continue;
        }
        pairs.push((reencode(key), reencode(percent_decode(v))));
    }
    pairs.sort_unstable();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
}

fn reencode(decoded: Cow<'_, [u8]>) -> Cow<'_, str> {
    match decoded {
        Cow::Borrowed(b) => uri_encode(b),
        Cow::Owned(v) => Cow::Owned(uri_encode(&v).into_owned()),
    }
}

fn push_headers(out: &mut String, req: &Request<'_>, signed_headers: &str) {
    for name in signed_headers.split(';') {
        for c in name.chars() {
            out.push(c.to_ascii_lowercase());
        }
        out.push(':');
        let mut first_value = true;
        for value in req.header_values(name) {
            if !first_value {
                out.push(',');
            }
            first_value = false;
            // Collapse every run of whitespace (including folded-line breaks) to one space.
            for (i, word) in value.split_ascii_whitespace().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(word);
            }
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation() {
        for (input, want) in [
            ("/", "/"),
            ("", "/"),
            ("//", "/"),
            ("/./", "/"),
            ("/a/b/../..", "/"),
            ("/a/..", "/"),
            ("//a//", "/a/"),
            ("/./a", "/a"),
            ("/a/./b/../c/", "/a/c/"),
            ("/../../a", "/a"),
            ("a/b", "/a/b"),
            ("/%2E%2E/a", "/%2E%2E/a"),
        ] {
            let mut out = String::new();
            push_path(
                &mut out,
                input,
                &Profile {
                    double_encode_path: false,
                    ..Profile::SERVICE
                },
            );
            assert_eq!(out, want, "{input}");
        }
    }

    #[test]
    fn query_is_decoded_then_strictly_encoded_and_sorted() {
        let mut out = String::new();
        push_query(&mut out, "b=2&a=%7e&a=1&c&d=x+y&e=%41%2f", false);
        assert_eq!(out, "a=1&a=~&b=2&c=&d=x%2By&e=A%2F");
    }
}
