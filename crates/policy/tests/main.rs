//! The crate's one integration-test binary: the decision corpus, the validation corpus,
//! the quacky documents, and the property tests against the reference evaluator.

#![expect(
    clippy::panic,
    reason = "test harness: a malformed corpus file must fail the run loudly"
)]

mod corpus;
mod properties;
mod quacky;
mod reference;
mod support;
