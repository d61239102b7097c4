//! The crate's one integration-test binary: the decision corpus, the validation corpus,
//! the quacky documents, and the property tests against the reference evaluator.

mod corpus;
mod quacky;
mod support;
