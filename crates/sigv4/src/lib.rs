//! Pure AWS Signature Version 4: parsing, canonicalisation, signing and verification.
//!
//! No I/O and no clock: the caller passes the current time. A server calls [`parse`], looks
//! up the secret for `credential.access_key_id` (through a [`SigningKeyCache`]), then calls
//! [`verify`]. Errors carry AWS's codes and messages ([`SigV4Error::code`],
//! [`SigV4Error::message`]).
//!
//! ```
//! use gatehouse_sigv4::{Payload, Request, SecretAccessKey, SigV4Error, SigningKeyCache, parse, verify};
//!
//! # let secret = SecretAccessKey::new("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
//! # let now = 1_440_938_160;
//! # let base = [("Host", "sts.amazonaws.com")];
//! # let unsigned = Request { method: "POST", path: "/", query: "", headers: &base, payload: Payload::Bytes(b"Action=GetCallerIdentity&Version=2011-06-15") };
//! # let signed = gatehouse_sigv4::sign_request(&unsigned, &gatehouse_sigv4::SigningParams {
//! #     access_key_id: "AKIDEXAMPLE", secret: &secret, session_token: None, region: "us-east-1",
//! #     service: "sts", time_unix: now, profile: gatehouse_sigv4::Profile::SERVICE,
//! #     sign_session_token: true, content_sha256_header: false }).unwrap();
//! # let owned: Vec<(String, String)> = signed.headers;
//! # let mut headers: Vec<(&str, &str)> = base.to_vec();
//! # headers.extend(owned.iter().map(|(n, v)| (n.as_str(), v.as_str())));
//! let req = Request {
//!     method: "POST",
//!     path: "/",
//!     query: "",
//!     headers: &headers,
//!     payload: Payload::Bytes(b"Action=GetCallerIdentity&Version=2011-06-15"),
//! };
//! let cache = SigningKeyCache::new(10_000);
//!
//! let auth = parse(&req)?;
//! // The server looks the key id up (and checks it is active) before trusting the cache.
//! let key = cache.get_or_derive(&auth.credential, || Ok::<_, SigV4Error>(secret.clone()))?;
//! verify(&auth, &req, &key, now, 300)?;
//! # Ok::<(), SigV4Error>(())
//! ```
// Request parsing never slices or indexes: every byte it reads is the client's.
#![deny(clippy::indexing_slicing)]

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
