//! Why a policy document is rejected: IAM's message plus the stage and our own detail.

use std::borrow::Cow;
use std::fmt;

/// The parsing stage that rejected a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The text is not JSON (or nests too deeply).
    Json,
    /// The JSON does not have the shape of the policy grammar.
    Syntax,
    /// The shape is right but a value breaks a rule of the grammar or of the policy kind.
    Check,
}

/// The IAM error code a rejection maps to on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    MalformedPolicyDocument,
}

/// A rejected policy document. `Display` gives exactly the message IAM returns with
/// `MalformedPolicyDocument`; [`PolicyError::detail`] says precisely what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyError {
    stage: Stage,
    message: Cow<'static, str>,
    detail: String,
}

impl PolicyError {
    pub(crate) fn new(
        stage: Stage,
        message: impl Into<Cow<'static, str>>,
        detail: impl Into<String>,
    ) -> Self {
        Self {
            stage,
            message: message.into(),
            detail: detail.into(),
        }
    }

    pub(crate) fn syntax(detail: impl Into<String>) -> Self {
        Self::new(Stage::Syntax, msg::SYNTAX, detail)
    }

    pub fn code(&self) -> ErrorCode {
        ErrorCode::MalformedPolicyDocument
    }

    pub fn stage(&self) -> Stage {
        self.stage
    }

    /// IAM's message, as `Display` prints it.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// What this crate found wrong, lowercase, with the offending input in backticks.
    pub fn detail(&self) -> &str {
        &self.detail
    }
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for PolicyError {}

/// IAM's fixed messages for `MalformedPolicyDocument`.
pub(crate) mod msg {
    pub const SYNTAX: &str = "Syntax errors in policy.";
    pub const LEGACY: &str = "The policy failed legacy parsing";
    pub const NO_PRINCIPAL_ALLOWED: &str = "Policy document should not specify a principal.";
    pub const MISSING_PRINCIPAL: &str = "Missing required field Principal";
    pub const MUST_CONTAIN_ACTIONS: &str = "Policy statement must contain actions.";
    pub const MUST_CONTAIN_RESOURCES: &str = "Policy statement must contain resources.";
    pub const SID_UNIQUE: &str = "Statement IDs (SID) in a single policy must be unique.";
    pub const SID_ALNUM: &str = "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*";
    pub const VENDOR_PREFIX: &str =
        "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
    pub const TRUST_ACTIONS: &str = "AssumeRole policy may only specify STS AssumeRole actions.";
    pub const ONE_COLON: &str = "Actions/Condition can contain only one colon.";
}
