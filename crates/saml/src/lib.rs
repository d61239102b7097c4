//! A narrow SAML 2.0 response verifier: one parse with limits and no DTD, exclusive
//! canonicalization, XML-DSig restricted to one reference to the signed element, and
//! identity read only from what the signature covers.

pub mod c14n;
mod conditions;
mod dsig;
mod encrypted;
mod keys;
pub mod metadata;
mod response;
mod time;
mod xml;

pub use conditions::ConditionError;
pub use dsig::{
    AlgorithmPolicy, DigestAlgorithm, SignatureAlgorithm, SignatureError, VerifiedSignature,
};
pub use encrypted::{DecryptionError, DecryptionKey};
pub use keys::{CertificateError, IdpCertificate};
pub use metadata::{IdpMetadata, MetadataError, SsoEndpoint};
pub use response::{
    Assertion, Attribute, AuthnStatement, Conditions, NameId, SignedElement, SignedParts, Status,
    Subject, SubjectConfirmation, VerifiedResponse, VerifyError, VerifyOptions, verify,
    verify_base64,
};
pub use time::Timestamp;
pub use xml::{Limits, ValueError, XmlError};
