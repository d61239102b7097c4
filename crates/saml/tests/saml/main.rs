//! The crate's one integration-test binary: the public corpora, freshly signed
//! responses, generated attacks, metadata and the C14N differential.
#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers fail loudly on broken fixtures"
)]

mod attacks;
mod c14n_diff;
mod corpus;
mod encrypted;
mod fresh;
mod metadata;
mod support;
