//! The domain: accounts, principals, credentials and the interfaces it needs.
