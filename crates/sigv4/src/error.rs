//! The ways a SigV4 request can fail authentication, and the AWS error code and message for each.

use std::fmt;

use crate::time::{format_basic, truncate_for_message};

/// Why a request failed SigV4 authentication.
///
/// The server maps each value to an AWS error response with [`SigV4Error::code`] and
/// [`SigV4Error::message`]. No variant carries secret material: only what the client sent.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SigV4Error {
    /// Neither an `Authorization` header nor presigned query parameters were present.
    MissingAuthentication,
    /// The authorization data is present but malformed or incomplete.
    Malformed(Malformed),
    /// The signature does not match the one computed from the request and the secret key.
    SignatureMismatch,
    /// The request time is outside the clock-skew window.
    Skew(SkewError),
    /// A presigned URL was used after `X-Amz-Date + X-Amz-Expires`.
    PresignedExpired {
        /// When the URL was signed (unix seconds).
        signed_at: i64,
        /// When it stopped being valid (unix seconds).
        expired_at: i64,
    },
    /// The `x-amz-content-sha256` header does not match the body, or names a payload mode
    /// this verifier does not accept.
    PayloadHashMismatch,
}

/// The request time lies outside `now ± skew`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkewError {
    request_time: i64,
    now: i64,
    skew_secs: i64,
}

impl SkewError {
    pub(crate) fn new(request_time: i64, now: i64, skew_secs: i64) -> Self {
        Self {
            request_time,
            now,
            skew_secs,
        }
    }

    /// True when the request claims a time after `now + skew`.
    pub fn is_future(&self) -> bool {
        self.request_time > self.now
    }
}

/// What exactly is wrong with the authorization data. Each value keeps the client's input
/// (truncated) so the message can quote it as AWS does.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Malformed {
    /// The `Authorization` header lacks one or more of its parts, or there is no date.
    HeaderIncomplete {
        /// Names of the missing parameters, in AWS's order.
        missing: Vec<&'static str>,
        /// Whether neither `X-Amz-Date` nor `Date` was usable.
        missing_date: bool,
        /// The header as sent (truncated).
        authorization: String,
    },
    /// A part of the `Authorization` header has no `=`.
    HeaderPair {
        /// The offending part.
        pair: String,
        /// The header as sent (truncated).
        authorization: String,
    },
    /// Presigned query authentication lacks one or more parameters.
    QueryIncomplete {
        /// Names of the missing query parameters.
        missing: Vec<&'static str>,
    },
    /// The algorithm is not `AWS4-HMAC-SHA256`.
    UnsupportedAlgorithm(String),
    /// Both an `Authorization` header and presigned query parameters were sent.
    TwoMechanisms,
    /// The credential is not `keyid/date/region/service/aws4_request`.
    CredentialShape(String),
    /// The credential scope's last element is not `aws4_request`.
    CredentialTerminator(String),
    /// The credential scope's date differs from the request date.
    CredentialDate {
        /// The date in the credential scope.
        scope_date: String,
        /// The request time in basic ISO 8601.
        request_date: String,
    },
    /// `X-Amz-Date` or `Date` cannot be read.
    Date(String),
    /// `X-Amz-Expires` is not a number.
    ExpiresNotNumber(String),
    /// `X-Amz-Expires` is zero or negative.
    ExpiresNotPositive,
    /// `X-Amz-Expires` exceeds seven days.
    ExpiresTooLarge,
    /// `Signature` is not 64 hexadecimal digits.
    SignatureEncoding,
    /// `SignedHeaders` is empty or contains an empty name.
    SignedHeaders(String),
    /// `SignedHeaders` is not in lower case, or not sorted.
    SignedHeadersOrder(String),
    /// `host` is not among the signed headers.
    HostNotSigned,
    /// The header that carries the signing time (`x-amz-date` or `date`) is not signed.
    DateNotSigned(&'static str),
    /// A signed header is not in the request.
    SignedHeaderAbsent(String),
    /// A signed header is in the request more than once, or listed twice.
    SignedHeaderRepeated(String),
}

impl SigV4Error {
    /// The AWS error code (the `<Code>` element or `__type`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::MissingAuthentication => "MissingAuthenticationToken",
            Self::Malformed(m) => m.code(),
            Self::SignatureMismatch | Self::Skew(_) => "SignatureDoesNotMatch",
            // AWS's identity services honour no presigned expiry of their own (STS ignores
            // X-Amz-Expires and applies only its skew window), so there is no STS wording to
            // match. The only AWS answer to an expired presigned URL is S3's `AccessDenied` /
            // "Request has expired", and SDKs already surface that as a non-retryable auth
            // failure, so we reuse it rather than invent a code.
            Self::PresignedExpired { .. } => "AccessDenied",
            Self::PayloadHashMismatch => "XAmzContentSHA256Mismatch",
        }
    }

    /// The AWS error message, worded as AWS words it.
    pub fn message(&self) -> String {
        match self {
            Self::MissingAuthentication => "Request is missing Authentication Token".to_owned(),
            Self::Malformed(m) => m.message(),
            Self::SignatureMismatch => SIGNATURE_MISMATCH.to_owned(),
            Self::Skew(s) => s.message(),
            Self::PresignedExpired { .. } => "Request has expired".to_owned(),
            Self::PayloadHashMismatch => {
                "The provided 'x-amz-content-sha256' header does not match what was computed."
                    .to_owned()
            }
        }
    }

    /// The HTTP status AWS uses with this error.
    pub fn http_status(&self) -> u16 {
        match self.code() {
            "IncompleteSignature" | "XAmzContentSHA256Mismatch" => 400,
            _ => 403,
        }
    }

    /// The error the server returns when the access key id is unknown. Lookups are the
    /// server's job; this only fixes the wording in one place.
    pub fn invalid_client_token_id() -> (&'static str, &'static str) {
        (
            "InvalidClientTokenId",
            "The security token included in the request is invalid.",
        )
    }
}

const SIGNATURE_MISMATCH: &str = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

impl SkewError {
    fn message(&self) -> String {
        let window = if self.skew_secs % 60 == 0 {
            format!("{} min.", self.skew_secs / 60)
        } else {
            format!("{} sec.", self.skew_secs)
        };
        let req = format_basic(self.request_time);
        let now = format_basic(self.now);
        if self.is_future() {
            let bound = format_basic(self.now.saturating_add(self.skew_secs));
            format!(
                "Signature not yet current: {req} is still later than {bound} ({now} + {window})"
            )
        } else {
            let bound = format_basic(self.now.saturating_sub(self.skew_secs));
            format!("Signature expired: {req} is now earlier than {bound} ({now} - {window})")
        }
    }
}

impl Malformed {
    fn code(&self) -> &'static str {
        match self {
            // A scope date that disagrees with the request date is reported as a signature
            // failure by AWS's non-S3 services, not as a malformed header.
            Self::CredentialDate { .. }
            | Self::SignatureEncoding
            | Self::SignedHeadersOrder(_)
            | Self::HostNotSigned
            | Self::DateNotSigned(_)
            | Self::SignedHeaderAbsent(_)
            | Self::SignedHeaderRepeated(_) => "SignatureDoesNotMatch",
            _ => "IncompleteSignature",
        }
    }

    fn message(&self) -> String {
        match self {
            Self::HeaderIncomplete {
                missing,
                missing_date,
                authorization,
            } => {
                let mut out = String::new();
                for name in missing {
                    out.push_str("Authorization header requires '");
                    out.push_str(name);
                    out.push_str("' parameter. ");
                }
                if *missing_date {
                    out.push_str(
                        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ",
                    );
                }
                out.push_str("Authorization=");
                out.push_str(authorization);
                out
            }
            Self::HeaderPair {
                pair,
                authorization,
            } => format!(
                "'{pair}' not a valid key=value pair (missing equal-sign) in Authorization header: '{authorization}'."
            ),
            Self::QueryIncomplete { missing } => {
                let mut out = String::new();
                for name in missing {
                    out.push_str("AWS query-string parameters must include '");
                    out.push_str(name);
                    out.push_str("'. ");
                }
                out.push_str("Re-examine the query-string parameters.");
                out
            }
            Self::UnsupportedAlgorithm(alg) => format!("Unsupported AWS 'algorithm': '{alg}'"),
            Self::TwoMechanisms => "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the Authorization header should be specified".to_owned(),
            Self::CredentialShape(c) => format!(
                "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{c}'"
            ),
            Self::CredentialTerminator(t) => format!(
                "Credential should be scoped with a valid terminator: 'aws4_request', not '{t}'. "
            ),
            Self::CredentialDate {
                scope_date,
                request_date,
            } => format!(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{scope_date}' != '{}', from '{request_date}'.",
                request_date.get(..8).unwrap_or(request_date)
            ),
            Self::Date(d) => format!(
                "Date must be in ISO-8601 'basic format'. Got '{d}'. See http://en.wikipedia.org/wiki/ISO_8601"
            ),
            Self::ExpiresNotNumber(v) => format!("X-Amz-Expires should be a number, got '{v}'"),
            Self::ExpiresNotPositive => "X-Amz-Expires must be non-negative".to_owned(),
            Self::ExpiresTooLarge => {
                "X-Amz-Expires must be less than a week (in seconds) that is 604800".to_owned()
            }
            Self::SignatureEncoding => SIGNATURE_MISMATCH.to_owned(),
            Self::SignedHeaders(h) => format!("Invalid SignedHeaders: '{h}'"),
            Self::SignedHeadersOrder(h) => format!(
                "SignedHeaders must be lower-case header names in sorted order, got '{h}'."
            ),
            Self::HostNotSigned => {
                "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."
                    .to_owned()
            }
            Self::DateNotSigned(h) => {
                let shown = if *h == "date" { "Date" } else { "X-Amz-Date" };
                format!("'{shown}' must be a 'SignedHeader' in the AWS Authorization.")
            }
            Self::SignedHeaderAbsent(h) => {
                format!("Header '{h}' is listed in SignedHeaders but is not in the request.")
            }
            Self::SignedHeaderRepeated(h) => format!(
                "Header '{h}' is signed but appears more than once in the request or in SignedHeaders."
            ),
        }
    }

    pub(crate) fn quote(input: &str) -> String {
        truncate_for_message(input).to_owned()
    }
}

impl From<Malformed> for SigV4Error {
    fn from(m: Malformed) -> Self {
        Self::Malformed(m)
    }
}

impl fmt::Display for SigV4Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.message())
    }
}

impl std::error::Error for SigV4Error {}
