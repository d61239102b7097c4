//! A narrow SAML 2.0 response verifier: one parse with limits and no DTD, exclusive
//! canonicalization, XML-DSig restricted to one reference to the signed element, and
//! identity read only from what the signature covers.

pub mod c14n;
mod keys;
mod time;
mod xml;

pub use keys::{CertificateError, IdpCertificate};
pub use time::Timestamp;
pub use xml::{Limits, ValueError, XmlError};
