//! Identity provider metadata: the entity id, signing certificates and endpoints that IAM's SAML providers are created from.
