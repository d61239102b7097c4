//! The view of an HTTP request that SigV4 needs, borrowed from whatever HTTP stack holds it.

/// An HTTP request as received, before any decoding.
#[derive(Debug, Clone, Copy)]
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
#[derive(Debug, Clone, Copy)]
pub enum Payload<'a> {
    /// The whole body; it is hashed with SHA-256.
    Bytes(&'a [u8]),
    /// A payload hash computed by the caller (lower-case hex), or [`UNSIGNED_PAYLOAD`].
    Hash(&'a str),
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
