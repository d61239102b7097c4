//! Reading the SigV4 authorization from an `Authorization` header or presigned query parameters.

use std::borrow::Cow;
use std::fmt;

use crate::encode::{parse_hex32, percent_decode};
use crate::error::{Malformed, SigV4Error};
use crate::request::{Request, query_pairs};
use crate::time::{format_basic, format_basic_bytes, parse_basic, parse_http_date};

/// The only algorithm accepted.
pub const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// Longest accepted `X-Amz-Expires`: seven days.
pub const MAX_EXPIRES_SECS: u32 = 604_800;

/// The credential of a signed request: who signed, and the scope the key was derived for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Credential {
    /// The access key id (`AKIA…` or `ASIA…`).
    pub access_key_id: String,
    /// The scope date, `yyyymmdd`.
    pub date: String,
    /// The scope region, e.g. `us-east-1`.
    pub region: String,
    /// The scope service, e.g. `sts`.
    pub service: String,
}

impl Credential {
    /// `date/region/service/aws4_request`, the scope line of the string to sign.
    pub fn scope(&self) -> String {
        format!(
            "{}/{}/{}/aws4_request",
            self.date, self.region, self.service
        )
    }
}

/// The authorization a request carries, read without any secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Authorization {
    /// Who signed and for which scope.
    pub credential: Credential,
    /// The `SignedHeaders` list exactly as sent, e.g. `host;x-amz-date`.
    pub signed_headers: String,
    /// The signature the client sent.
    pub signature: [u8; 32],
    /// The signing time, unix seconds (from `X-Amz-Date` or `Date`).
    pub request_time: i64,
    /// `X-Amz-Expires` of a presigned request.
    pub expires: Option<u32>,
    /// Whether the authorization came from query parameters.
    pub presigned: bool,
    /// The session token of temporary credentials (`X-Amz-Security-Token`, header or query).
    pub security_token: Option<String>,
}

impl fmt::Debug for Authorization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Authorization")
            .field("credential", &self.credential)
            .field("signed_headers", &self.signed_headers)
            .field("request_time", &format_basic(self.request_time))
            .field("expires", &self.expires)
            .field("presigned", &self.presigned)
            // The token is a bearer credential (half of a temporary key): never printed.
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| "<redacted>"),
            )
            .finish_non_exhaustive()
    }
}

/// Reads the authorization of a request. Needs no secret: the caller then looks up
/// `credential.access_key_id` and calls [`crate::verify`].
pub fn parse(req: &Request<'_>) -> Result<Authorization, SigV4Error> {
    let header = req.header("authorization");
    let query = PresignedQuery::find(req.query);
    match (header, query) {
        (Some(_), Some(_)) => Err(Malformed::TwoMechanisms.into()),
        (Some(h), None) => parse_header(req, h),
        (None, Some(q)) => parse_query(req, &q),
        (None, None) => Err(SigV4Error::MissingAuthentication),
    }
}

fn parse_header(req: &Request<'_>, header: &str) -> Result<Authorization, SigV4Error> {
    let header = header.trim();
    let (algorithm, rest) = header
        .split_once(|c: char| c.is_ascii_whitespace())
        .unwrap_or((header, ""));
    if algorithm != ALGORITHM {
        return Err(Malformed::UnsupportedAlgorithm(Malformed::quote(algorithm)).into());
    }
    let mut credential = None;
    let mut signed_headers = None;
    let mut signature = None;
    for part in rest.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((key, value)) = part.split_once('=') else {
            return Err(Malformed::HeaderPair {
                pair: Malformed::quote(part),
                authorization: Malformed::quote(header),
            }
            .into());
        };
        let slot = match key.trim() {
            "Credential" => &mut credential,
            "SignedHeaders" => &mut signed_headers,
            "Signature" => &mut signature,
            _ => continue,
        };
        // First occurrence wins; the signature covers nothing here, so a repeat cannot
        // change what was signed, only what is checked.
        slot.get_or_insert(value.trim());
    }

    let date = request_date(req);
    let mut missing = Vec::new();
    if credential.is_none() {
        missing.push("Credential");
    }
    if signature.is_none() {
        missing.push("Signature");
    }
    if signed_headers.is_none() {
        missing.push("SignedHeaders");
    }
    let missing_date = matches!(date, RequestDate::Missing);
    let (Some(credential), Some(signed_headers), Some(signature), false) =
        (credential, signed_headers, signature, missing_date)
    else {
        return Err(Malformed::HeaderIncomplete {
            missing,
            missing_date,
            authorization: Malformed::quote(header),
        }
        .into());
    };
    let request_time = match date {
        RequestDate::Valid(t) => t,
        RequestDate::Invalid(raw) => return Err(Malformed::Date(Malformed::quote(raw)).into()),
        RequestDate::Missing => return Err(SigV4Error::MissingAuthentication),
    };

    let credential = parse_credential(credential, request_time)?;
    let signed_headers = check_signed_headers(signed_headers)?;
    let date_header = if req.header("x-amz-date").is_some() {
        "x-amz-date"
    } else {
        "date"
    };
    check_signed_against(req, signed_headers, Some(date_header))?;
    let signature = parse_hex32(signature).ok_or(Malformed::SignatureEncoding)?;
    let security_token = match req.header("x-amz-security-token") {
        Some(t) => Some(t.trim().to_owned()),
        None => query_value(req.query, "X-Amz-Security-Token").map(lossy),
    };
    Ok(Authorization {
        credential,
        signed_headers: signed_headers.to_owned(),
        signature,
        request_time,
        expires: None,
        presigned: false,
        security_token,
    })
}

enum RequestDate<'a> {
    Valid(i64),
    Invalid(&'a str),
    Missing,
}

fn request_date<'a>(req: &Request<'a>) -> RequestDate<'a> {
    if let Some(v) = req.header("x-amz-date") {
        return parse_basic(v.trim()).map_or(RequestDate::Invalid(v), RequestDate::Valid);
    }
    if let Some(v) = req.header("date") {
        return parse_http_date(v).map_or(RequestDate::Invalid(v), RequestDate::Valid);
    }
    RequestDate::Missing
}

/// The presigned parameters of a query, still percent-encoded.
struct PresignedQuery<'a> {
    algorithm: Option<&'a str>,
    credential: Option<&'a str>,
    date: Option<&'a str>,
    expires: Option<&'a str>,
    signed_headers: Option<&'a str>,
    signature: Option<&'a str>,
    security_token: Option<&'a str>,
}

impl<'a> PresignedQuery<'a> {
    fn find(query: &'a str) -> Option<Self> {
        let mut q = PresignedQuery {
            algorithm: None,
            credential: None,
            date: None,
            expires: None,
            signed_headers: None,
            signature: None,
            security_token: None,
        };
        for (key, value) in query_pairs(query) {
            let key = percent_decode(key);
            let slot = match &*key {
                b"X-Amz-Algorithm" => &mut q.algorithm,
                b"X-Amz-Credential" => &mut q.credential,
                b"X-Amz-Date" => &mut q.date,
                b"X-Amz-Expires" => &mut q.expires,
                b"X-Amz-SignedHeaders" => &mut q.signed_headers,
                b"X-Amz-Signature" => &mut q.signature,
                b"X-Amz-Security-Token" => &mut q.security_token,
                _ => continue,
            };
            slot.get_or_insert(value);
        }
        (q.algorithm.is_some() || q.credential.is_some() || q.signature.is_some()).then_some(q)
    }
}

fn parse_query(req: &Request<'_>, q: &PresignedQuery<'_>) -> Result<Authorization, SigV4Error> {
    let mut missing = Vec::new();
    for (name, value) in [
        ("X-Amz-Algorithm", q.algorithm),
        ("X-Amz-Credential", q.credential),
        ("X-Amz-Signature", q.signature),
        ("X-Amz-Date", q.date),
        ("X-Amz-SignedHeaders", q.signed_headers),
        ("X-Amz-Expires", q.expires),
    ] {
        if value.is_none() {
            missing.push(name);
        }
    }
    let (Some(algorithm), Some(credential), Some(signature), Some(date), Some(signed), Some(exp)) = (
        q.algorithm,
        q.credential,
        q.signature,
        q.date,
        q.signed_headers,
        q.expires,
    ) else {
        return Err(Malformed::QueryIncomplete { missing }.into());
    };

    let algorithm = lossy(algorithm);
    if algorithm != ALGORITHM {
        return Err(Malformed::UnsupportedAlgorithm(Malformed::quote(&algorithm)).into());
    }
    let date = lossy(date);
    let request_time =
        parse_basic(&date).ok_or_else(|| Malformed::Date(Malformed::quote(&date)))?;
    let expires = parse_expires(&lossy(exp))?;
    let credential = parse_credential(&lossy(credential), request_time)?;
    let signed = lossy(signed);
    check_signed_headers(&signed)?;
    check_signed_against(req, &signed, None)?;
    let signature = parse_hex32(&lossy(signature)).ok_or(Malformed::SignatureEncoding)?;
    let security_token = match q.security_token {
        Some(t) => Some(lossy(t)),
        None => req
            .header("x-amz-security-token")
            .map(|t| t.trim().to_owned()),
    };
    Ok(Authorization {
        credential,
        signed_headers: signed,
        signature,
        request_time,
        expires: Some(expires),
        presigned: true,
        security_token,
    })
}

fn parse_expires(raw: &str) -> Result<u32, SigV4Error> {
    let negative = raw.starts_with('-');
    let digits = raw.strip_prefix('-').unwrap_or(raw);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Malformed::ExpiresNotNumber(Malformed::quote(raw)).into());
    }
    let trimmed = digits.trim_start_matches('0');
    if negative || trimmed.is_empty() {
        return Err(Malformed::ExpiresNotPositive.into());
    }
    match trimmed.parse::<u32>() {
        Ok(v) if v <= MAX_EXPIRES_SECS => Ok(v),
        _ => Err(Malformed::ExpiresTooLarge.into()),
    }
}

fn parse_credential(raw: &str, request_time: i64) -> Result<Credential, SigV4Error> {
    let mut parts = raw.split('/');
    let (Some(key), Some(date), Some(region), Some(service), Some(terminator), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return Err(Malformed::CredentialShape(Malformed::quote(raw)).into());
    };
    if key.is_empty() || region.is_empty() || service.is_empty() {
        return Err(Malformed::CredentialShape(Malformed::quote(raw)).into());
    }
    if terminator != "aws4_request" {
        return Err(Malformed::CredentialTerminator(Malformed::quote(terminator)).into());
    }
    let request_date = format_basic_bytes(request_time);
    if request_date.get(..8) != Some(date.as_bytes()) {
        return Err(Malformed::CredentialDate {
            scope_date: Malformed::quote(date),
            request_date: format_basic(request_time),
        }
        .into());
    }
    Ok(Credential {
        access_key_id: key.to_owned(),
        date: date.to_owned(),
        region: region.to_owned(),
        service: service.to_owned(),
    })
}

/// Most names a `SignedHeaders` list may hold. Canonicalisation looks each one up among the
/// request's headers, so the cap keeps that work linear in the request size. Real clients sign
/// a handful.
pub const MAX_SIGNED_HEADERS: usize = 128;

fn check_signed_headers(list: &str) -> Result<&str, SigV4Error> {
    if list.is_empty()
        || list.split(';').any(str::is_empty)
        || list.split(';').nth(MAX_SIGNED_HEADERS).is_some()
    {
        return Err(Malformed::SignedHeaders(Malformed::quote(list)).into());
    }
    Ok(list)
}

/// AWS's rules for what a `SignedHeaders` list must say of the request it signs: names in
/// lower case and sorted, each once; `host` among them, and the header that carries the
/// signing time when it is a header (`date_header`); and every name present in the request
/// exactly once. A header sent twice could have been added by an intermediary after
/// signing, so it is refused rather than folded into one value.
fn check_signed_against(
    req: &Request<'_>,
    list: &str,
    date_header: Option<&'static str>,
) -> Result<(), SigV4Error> {
    let mut previous: Option<&str> = None;
    let (mut host, mut date) = (false, false);
    for name in list.split(';') {
        if name.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(Malformed::SignedHeadersOrder(Malformed::quote(list)).into());
        }
        match previous {
            Some(p) if p == name => {
                return Err(Malformed::SignedHeaderRepeated(Malformed::quote(name)).into());
            }
            Some(p) if p > name => {
                return Err(Malformed::SignedHeadersOrder(Malformed::quote(list)).into());
            }
            _ => {}
        }
        previous = Some(name);
        host |= name == "host";
        date |= date_header == Some(name);
    }
    if !host {
        return Err(Malformed::HostNotSigned.into());
    }
    if let Some(header) = date_header
        && !date
    {
        return Err(Malformed::DateNotSigned(header).into());
    }
    for name in list.split(';') {
        let mut values = req.header_values(name);
        match (values.next(), values.next()) {
            (Some(_), None) => {}
            (None, _) => return Err(Malformed::SignedHeaderAbsent(Malformed::quote(name)).into()),
            (Some(_), Some(_)) => {
                return Err(Malformed::SignedHeaderRepeated(Malformed::quote(name)).into());
            }
        }
    }
    Ok(())
}

fn query_value<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query_pairs(query)
        .find(|(k, _)| &*percent_decode(k) == name.as_bytes())
        .map(|(_, v)| v)
}

/// Percent-decodes a query value into text; invalid UTF-8 becomes U+FFFD, which can only
/// make a later comparison fail.
fn lossy(raw: &str) -> String {
    match percent_decode(raw) {
        Cow::Borrowed(b) => String::from_utf8_lossy(b).into_owned(),
        Cow::Owned(v) => String::from_utf8(v)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    }
}
