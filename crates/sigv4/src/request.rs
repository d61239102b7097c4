//! The view of an HTTP request that SigV4 needs, borrowed from whatever HTTP stack holds it.

use std::fmt;

/// An HTTP request as received, before any decoding.
#[derive(Clone, Copy)]
pub struct Request<'a> {
    /// The method, e.g. `POST`.
    pub method: &'a str,
    /// The path as on the wire: still percent-encoded, without the query.
    pub path: &'a str,
    /// The raw query string, without the leading `?`.
    pub query: &'a str,
    /// Header names and values as received; a name may repeat.
    pub headers: &'a [(&'a str, &'a str)],
    /// The body, or its hash when the caller streams it.
    pub payload: Payload<'a>,
}

/// What the canonical request's payload line is made from.
#[derive(Clone, Copy)]
pub enum Payload<'a> {
    /// The whole body; it is hashed with SHA-256.
    Bytes(&'a [u8]),
    /// A payload hash computed by the caller (lower-case hex), or [`UNSIGNED_PAYLOAD`].
    Hash(&'a str),
}

// Bodies carry passwords (ChangePassword, Cognito sign-in) and headers carry session tokens,
// so Debug shows their shape, never their content.
impl fmt::Debug for Request<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Headers<'h>(&'h [(&'h str, &'h str)]);
        impl fmt::Debug for Headers<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut list = f.debug_list();
                for (name, value) in self.0 {
                    if name.eq_ignore_ascii_case("authorization")
                        || name.eq_ignore_ascii_case("x-amz-security-token")
                        || name.eq_ignore_ascii_case("cookie")
                    {
                        list.entry(&(name, "<redacted>"));
                    } else {
                        list.entry(&(name, value));
                    }
                }
                list.finish()
            }
        }
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query_len", &self.query.len())
            .field("headers", &Headers(self.headers))
            .field("payload", &self.payload)
            .finish()
    }
}

impl fmt::Debug for Payload<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Bytes(b) => write!(f, "Bytes(<{} bytes>)", b.len()),
            Self::Hash(h) => f.debug_tuple("Hash").field(h).finish(),
        }
    }
}

/// The payload line of a request whose body is not signed (S3-style presigned URLs).
pub const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// SHA-256 of the empty string, the payload hash of a request without a body.
pub const EMPTY_PAYLOAD_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

impl<'a> Request<'a> {
    /// The first value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&'a str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }

    /// Every value of a header, in order received.
    pub fn header_values<'s>(&'s self, name: &'s str) -> impl Iterator<Item = &'a str> + 's {
        self.headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }
}

/// The raw `key=value` pieces of a query string; a piece without `=` has an empty value.
pub(crate) fn query_pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
}
