//! A narrow SAML response verifier.
