//! Pure AWS Signature Version 4: parsing, canonicalisation, signing and verification.
