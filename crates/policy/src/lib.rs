//! The IAM policy language: parse, validate, compile and evaluate.
//!
//! Parsing runs in three named stages: [`json`] (text to a JSON tree), `syntax` (the tree
//! to the grammar's shape) and `policy` (the rules of the policy's kind, then compilation).
//! [`evaluate`] is a pure function of a [`RequestContext`] and a [`PolicySet`].
//!
//! ```
//! use std::time::{Duration, UNIX_EPOCH};
//! use gatehouse_policy::{DecisionEffect, PolicyKind, PolicySet, Principal, RequestContext, evaluate, parse};
//!
//! let policy = parse(
//!     r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:Get*",
//!        "Resource":"arn:aws:s3:::home/${aws:username}/*"}}"#,
//!     PolicyKind::Identity,
//! )?;
//! let alice = Principal::user("arn:aws:iam::111122223333:user/alice");
//! let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
//! let ctx = RequestContext::new(alice, "s3:GetObject", "arn:aws:s3:::home/alice/notes", now);
//! let set = PolicySet { identity: vec![&policy], ..PolicySet::default() };
//! let decision = evaluate(&ctx, &set);
//! assert_eq!(decision.effect, DecisionEffect::Allow);
//! assert_eq!(decision.statements[0].statement_index, 0);
//!
//! let err = parse(r#"{"Statement":{"Effect":"Allow","Action":"s3:GetObject"}}"#, PolicyKind::Identity);
//! assert_eq!(err.err().map(|e| e.to_string()).as_deref(), Some("Policy statement must contain resources."));
//! # Ok::<(), gatehouse_policy::PolicyError>(())
//! ```
// Parsers of untrusted text never slice or index: a byte offset inside a multi-byte
// character is a panic, and a policy is the caller's text.
#![deny(clippy::indexing_slicing)]

mod condition;
mod context;
mod error;
mod eval;
pub mod json;
mod pattern;
mod policy;
mod syntax;
mod values;

pub use condition::{Operator, OperatorName, SetQualifier};
pub use context::{ContextValue, Principal, PrincipalKind, RequestContext, time_from_millis};
pub use error::{ErrorCode, PolicyError, Stage};
pub use eval::{Decision, DecisionEffect, MatchedStatement, PolicySet, PolicySource, evaluate};
pub use json::size_without_whitespace;
pub use policy::{
    Effect, Policy, PolicyKind, Position, PrincipalMatch, Statement, StatementPosition, Version,
    operator_names, parse, parse_bytes,
};
