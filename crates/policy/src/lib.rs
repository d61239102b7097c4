//! The IAM policy language: parse, validate, compile and evaluate.
//!
//! Parsing runs in three named stages: [`json`] (text to a JSON tree), `syntax` (the tree
//! to the grammar's shape) and `policy` (the rules of the policy's kind, then compilation).
//! [`evaluate`] is a pure function of a [`RequestContext`] and a [`PolicySet`].

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
