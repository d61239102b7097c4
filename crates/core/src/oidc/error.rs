//! Why a web identity token was refused, each with the code and message AWS answers.

/// A refused token or an unreachable issuer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OidcError {
    /// Not a compact JWS with JSON header and claims.
    #[error("the token is not a well-formed JWT: {0}")]
    Malformed(&'static str),
    /// Larger than the configured limit.
    #[error("the token is larger than {0} bytes")]
    TooLarge(usize),
    /// `none`, an HMAC algorithm, or one we do not verify.
    #[error("the token's algorithm `{0}` is not accepted")]
    Algorithm(String),
    /// No IAM OIDC provider of the account matches `iss`.
    #[error("no OpenID Connect provider for `{0}`")]
    UnknownIssuer(String),
    /// The issuer uses plain HTTP and the server does not allow it.
    #[error("the issuer `{0}` does not use HTTPS")]
    InsecureIssuer(String),
    /// No key of the issuer's set can check the token.
    #[error("no key of the issuer verifies the token")]
    KeyNotFound,
    /// A key was found and the signature does not match.
    #[error("the token's signature does not verify")]
    Signature,
    #[error("the token's audience is not a client id of the provider")]
    Audience,
    /// `exp` is past, in seconds since the epoch.
    #[error("the token expired at {exp} (now {now})")]
    Expired { now: i64, exp: i64 },
    #[error("the token is not valid yet")]
    NotYetValid,
    /// A claim we need is missing or has the wrong type.
    #[error("the token's `{0}` claim is missing or invalid")]
    Claim(&'static str),
    /// The issuer's documents could not be fetched or parsed.
    #[error("the identity provider could not be reached: {0}")]
    Communication(String),
}

impl OidcError {
    /// The AWS error code, HTTP status and message.
    pub fn aws(&self) -> (&'static str, u16, String) {
        const INVALID: &str = "InvalidIdentityToken";
        match self {
            OidcError::Malformed(_) => (
                INVALID,
                400,
                "The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)".to_owned(),
            ),
            OidcError::TooLarge(n) => (
                "ValidationError",
                400,
                format!(
                    "1 validation error detected: Value at 'webIdentityToken' failed to satisfy constraint: Member must have length less than or equal to {n}"
                ),
            ),
            OidcError::Algorithm(_) | OidcError::Signature => {
                (INVALID, 400, "Couldn't verify the signature of the token".to_owned())
            }
            OidcError::UnknownIssuer(iss) | OidcError::InsecureIssuer(iss) => (
                INVALID,
                400,
                format!("No OpenIDConnect provider found in your account for {iss}"),
            ),
            OidcError::KeyNotFound => (
                INVALID,
                400,
                "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements".to_owned(),
            ),
            OidcError::Audience => (INVALID, 400, "Incorrect token audience".to_owned()),
            // AWS's own message has no space before the second number.
            OidcError::Expired { now, exp } => (
                "ExpiredTokenException",
                400,
                format!(
                    "Token expired: current date/time {now} must be before the expiration date/time{exp}"
                ),
            ),
            OidcError::NotYetValid => (
                INVALID,
                400,
                "The token is not yet valid (nbf or iat is in the future)".to_owned(),
            ),
            OidcError::Claim(c) => (
                "IDPRejectedClaim",
                403,
                format!("The {c} claim of the token is missing or invalid"),
            ),
            OidcError::Communication(_) => (
                "IDPCommunicationError",
                400,
                "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements".to_owned(),
            ),
        }
    }
}
