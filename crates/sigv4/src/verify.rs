//! Verification: the time window, then the signature, compared in constant time.

use subtle::ConstantTimeEq;

use crate::canonical::{Profile, canonical_request, string_to_sign};
use crate::error::{SigV4Error, SkewError};
use crate::key::{SigningKey, sign};
use crate::parse::Authorization;
use crate::request::Request;

/// The clock skew AWS tolerates by default.
pub const DEFAULT_SKEW_SECS: i64 = 300;

/// Verifies a request of a non-S3 service ([`Profile::SERVICE`]) at time `now_unix`.
///
/// `skew_secs` is how far the request time may be from `now_unix` (both ways) for header
/// authentication; presigned requests may be used until `X-Amz-Date + X-Amz-Expires` but not
/// before `X-Amz-Date - skew_secs`.
pub fn verify(
    auth: &Authorization,
    req: &Request<'_>,
    key: &SigningKey,
    now_unix: i64,
    skew_secs: i64,
) -> Result<(), SigV4Error> {
    verify_with_profile(auth, req, key, now_unix, skew_secs, &Profile::SERVICE)
}

/// [`verify`] with an explicit canonicalisation profile.
pub fn verify_with_profile(
    auth: &Authorization,
    req: &Request<'_>,
    key: &SigningKey,
    now_unix: i64,
    skew_secs: i64,
    profile: &Profile,
) -> Result<(), SigV4Error> {
    check_time(auth, now_unix, skew_secs)?;
    let canonical = canonical_request(auth, req, profile)?;
    let sts = string_to_sign(auth.request_time, &auth.credential, &canonical);
    let expected = sign(key, &sts);
    if bool::from(expected.ct_eq(&auth.signature)) {
        Ok(())
    } else {
        Err(SigV4Error::SignatureMismatch)
    }
}

/// The time checks alone, for callers that want them before a secret lookup.
pub fn check_time(auth: &Authorization, now_unix: i64, skew_secs: i64) -> Result<(), SigV4Error> {
    let skew = skew_secs.max(0);
    let t = auth.request_time;
    if t > now_unix.saturating_add(skew) {
        return Err(SigV4Error::Skew(SkewError::new(t, now_unix, skew)));
    }
    match auth.expires {
        Some(expires) if auth.presigned => {
            let expired_at = t.saturating_add(i64::from(expires));
            if now_unix > expired_at {
                return Err(SigV4Error::PresignedExpired {
                    signed_at: t,
                    expired_at,
                });
            }
        }
        _ => {
            if t < now_unix.saturating_sub(skew) {
                return Err(SigV4Error::Skew(SkewError::new(t, now_unix, skew)));
            }
        }
    }
    Ok(())
}
