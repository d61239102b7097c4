//! IAM's errors, each with the code and status AWS answers.

use crate::error::CoreError;
use crate::store::StoreError;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IamError {
    #[error("{0}")]
    NoSuchEntity(String),
    #[error("{0}")]
    EntityAlreadyExists(String),
    #[error("{0}")]
    DeleteConflict(String),
    #[error("{0}")]
    LimitExceeded(String),
    #[error("{0}")]
    MalformedPolicyDocument(String),
    #[error("{0}")]
    InvalidInput(String),
    #[error("{0}")]
    Validation(String),
    #[error("{0}")]
    PasswordPolicyViolation(String),
    #[error("{0}")]
    InvalidAuthenticationCode(String),
    #[error("{0}")]
    EntityTemporarilyUnmodifiable(String),
    #[error("{0}")]
    ConcurrentModification(String),
    /// The caller is not the kind of principal the operation serves (root for
    /// ChangePassword).
    #[error("{0}")]
    InvalidUserType(String),
    /// A password given as proof did not match.
    #[error("{0}")]
    WrongPassword(String),
    #[error("{0}")]
    ReportNotPresent(String),
    #[error("{0}")]
    ReportInProgress(String),
    #[error("an internal error occurred")]
    Internal(String),
}

impl IamError {
    pub fn code(&self) -> &'static str {
        match self {
            IamError::NoSuchEntity(_) => "NoSuchEntity",
            IamError::EntityAlreadyExists(_) => "EntityAlreadyExists",
            IamError::DeleteConflict(_) => "DeleteConflict",
            IamError::LimitExceeded(_) => "LimitExceeded",
            IamError::MalformedPolicyDocument(_) => "MalformedPolicyDocument",
            IamError::InvalidInput(_) => "InvalidInput",
            IamError::Validation(_) => "ValidationError",
            IamError::PasswordPolicyViolation(_) => "PasswordPolicyViolation",
            IamError::InvalidAuthenticationCode(_) => "InvalidAuthenticationCode",
            IamError::EntityTemporarilyUnmodifiable(_) => "EntityTemporarilyUnmodifiable",
            IamError::ConcurrentModification(_) => "ConcurrentModification",
            IamError::InvalidUserType(_) => "InvalidUserType",
            IamError::WrongPassword(_) => "AccessDenied",
            IamError::ReportNotPresent(_) => "ReportNotPresent",
            IamError::ReportInProgress(_) => "ReportInProgress",
            IamError::Internal(_) => "ServiceFailure",
        }
    }

    pub fn status(&self) -> u16 {
        match self {
            IamError::NoSuchEntity(_) => 404,
            IamError::EntityAlreadyExists(_)
            | IamError::DeleteConflict(_)
            | IamError::LimitExceeded(_)
            | IamError::EntityTemporarilyUnmodifiable(_)
            | IamError::ConcurrentModification(_) => 409,
            IamError::InvalidAuthenticationCode(_) | IamError::WrongPassword(_) => 403,
            IamError::ReportNotPresent(_) => 410,
            IamError::ReportInProgress(_) => 404,
            IamError::Internal(_) => 500,
            _ => 400,
        }
    }
}

impl From<StoreError> for IamError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict => IamError::ConcurrentModification(
                "The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.".to_owned(),
            ),
            other => IamError::Internal(other.to_string()),
        }
    }
}

impl From<CoreError> for IamError {
    fn from(e: CoreError) -> Self {
        match e {
            CoreError::Store(s) => s.into(),
            CoreError::InvalidInput(m) => IamError::InvalidInput(m),
            other => IamError::Internal(other.to_string()),
        }
    }
}

impl From<gatehouse_policy::PolicyError> for IamError {
    fn from(e: gatehouse_policy::PolicyError) -> Self {
        IamError::MalformedPolicyDocument(e.message().to_owned())
    }
}
