//! OpenID Connect federation: ID tokens (compact JWS) parsed and verified against the
//! keys an issuer publishes, the claim checks AWS applies, and a cache of issuers' key
//! sets; and Gatehouse's own issuer for its principals. Fetching documents is a trait the caller implements: nothing here does I/O.

mod cache;
mod error;
mod issuer;
mod jwk;
mod jwt;
mod verify;

pub use cache::{DocumentFetcher, FetchError, KeyCache, KeyCacheRules};
pub use error::OidcError;
pub use issuer::{IssuerError, MAX_TOKEN_SECS, OUTBOUND_ISSUERS, OutboundIssuer, TokenRequest};
pub use jwk::{Jwk, JwkSet};
pub use jwt::{Header, MAX_TOKEN_BYTES, UnverifiedToken};
pub use verify::{ClaimRules, VerifiedToken, check_claims, verify_signature};
