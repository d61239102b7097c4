//! A narrow SAML 2.0 response verifier: one parse with limits and no DTD, exclusive
//! canonicalization, XML-DSig restricted to one reference to the signed element, and
//! identity read only from what the signature covers.
//!
//! ```no_run
//! use gatehouse_saml::{IdpCertificate, Timestamp, VerifyOptions, metadata, verify_base64};
//! # fn run(metadata_xml: &str, form_value: &str, now: Timestamp) -> Result<(), Box<dyn std::error::Error>> {
//! let idp = metadata::parse(metadata_xml)?;
//! let response = verify_base64(form_value, &VerifyOptions::new(&idp.signing_certificates))?;
//! if response.assertion.issuer != idp.entity_id {
//!     return Err("issuer is not the provider".into());
//! }
//! response.check_conditions(
//!     now,
//!     &["https://signin.aws.amazon.com/saml", "urn:amazon:webservices"],
//!     "https://signin.aws.amazon.com/saml",
//!     std::time::Duration::from_secs(300),
//! )?;
//! let roles = response.assertion.attribute("https://aws.amazon.com/SAML/Attributes/Role");
//! # let _ = roles; Ok(()) }
//! ```
// The verifier reads attacker-supplied XML: it never slices or indexes.
#![deny(clippy::indexing_slicing)]

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
