//! Errors of the domain layer, each with the AWS error code a client will see.

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error("the store failed: {0}")]
    Store(#[from] StoreError),
    #[error("a sealed secret could not be opened")]
    Unseal,
    #[error("the stored record `{kind}/{key}` is corrupt")]
    CorruptRecord { kind: &'static str, key: String },
    #[error("no management account exists yet")]
    NotBootstrapped,
    #[error("{0}")]
    InvalidInput(String),
}

impl CoreError {
    /// The AWS error code, and whether the caller is at fault.
    pub fn code(&self) -> (&'static str, bool) {
        match self {
            CoreError::InvalidInput(_) => ("ValidationError", true),
            CoreError::Store(StoreError::Conflict) => ("EntityAlreadyExists", true),
            _ => ("ServiceFailure", false),
        }
    }
}
