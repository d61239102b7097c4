//! Pure AWS Signature Version 4: parsing, canonicalisation, signing and verification.
//!
//! No I/O and no clock: the caller passes the current time. A server calls [`parse`], looks
//! up the secret for `credential.access_key_id` (through a [`SigningKeyCache`]), then calls
//! [`verify`]. Errors carry AWS's codes and messages ([`SigV4Error::code`],
//! [`SigV4Error::message`]).

mod canonical;
mod encode;
mod error;
mod key;
mod parse;
mod request;
mod sign;
mod time;
mod verify;

pub use canonical::{Profile, canonical_request, string_to_sign};
pub use error::{Malformed, SigV4Error, SkewError};
pub use key::{SecretAccessKey, SigningKey, SigningKeyCache, derive_signing_key, sign};
pub use parse::{
    ALGORITHM, Authorization, Credential, MAX_EXPIRES_SECS, MAX_SIGNED_HEADERS, parse,
};
pub use request::{EMPTY_PAYLOAD_SHA256, Payload, Request, UNSIGNED_PAYLOAD};
pub use sign::{PresignedRequest, SignedRequest, SigningParams, presign, sign_request};
pub use time::{format_basic as format_amz_date, parse_basic as parse_amz_date};
pub use verify::{DEFAULT_SKEW_SECS, check_time, verify, verify_with_profile};

/// Lower-case hex of a signature, as it appears on the wire.
pub fn signature_hex(signature: &[u8; 32]) -> String {
    encode::hex32(signature)
}
