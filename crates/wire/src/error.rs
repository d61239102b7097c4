//! The error every protocol encodes: code, message, status and fault side.

use std::fmt;

use gatehouse_model::{Protocol, ServiceDef, Value};

/// An error answer, as the SDKs parse it.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub code: String,
    pub message: String,
    pub status: u16,
    /// `Sender` (the caller's fault) or `Receiver` in awsQuery's envelope.
    pub sender_fault: bool,
    /// Extra members of a modeled error shape, by member name.
    pub members: Vec<(&'static str, Value)>,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): {}", self.code, self.status, self.message)
    }
}

impl std::error::Error for ApiError {}

impl ApiError {
    pub fn new(code: impl Into<String>, message: impl Into<String>, status: u16) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            status,
            sender_fault: status < 500,
            members: Vec::new(),
        }
    }

    /// An error shape the service models, with its status and fault from the model.
    /// Unknown shape names fall back to a 400 sender fault.
    pub fn modeled(service: &ServiceDef, shape: &str, message: impl Into<String>) -> Self {
        let def = service.shape_named(shape).and_then(|(_, s)| s.error);
        match def {
            Some(def) => Self {
                code: def.code.to_owned(),
                message: message.into(),
                status: def.http_status,
                sender_fault: def.sender_fault,
                members: Vec::new(),
            },
            None => Self::new(shape, message, 400),
        }
    }

    pub fn with_member(mut self, name: &'static str, value: Value) -> Self {
        self.members.push((name, value));
        self
    }

    /// The answer for an operation the server does not implement yet.
    pub fn not_implemented(service: &ServiceDef, operation: &str) -> Self {
        Self::new(
            "NotImplemented",
            format!(
                "The operation {operation} of service {} is not implemented by this server",
                service.name
            ),
            501,
        )
    }

    /// Constraint failures, in the message shape AWS uses.
    pub fn validation(service: &ServiceDef, failures: &[String]) -> Self {
        let n = failures.len();
        let plural = if n == 1 { "error" } else { "errors" };
        let message = format!("{n} validation {plural} detected: {}", failures.join("; "));
        Self::new(validation_code(service), message, 400)
    }

    /// The input could not be read as the protocol's format.
    pub fn malformed(protocol: Protocol, detail: impl Into<String>) -> Self {
        match protocol {
            Protocol::Query => Self::new("MalformedQueryString", detail, 400),
            _ => Self::new("SerializationException", detail, 400),
        }
    }

    /// A parameter that the protocol could read but not convert to its type.
    pub fn invalid_parameter(service: &ServiceDef, detail: impl Into<String>) -> Self {
        match service.protocol {
            Protocol::Query => Self::new("InvalidParameterValue", detail, 400),
            _ => Self::new("SerializationException", detail, 400),
        }
    }
}

/// The code each service uses for constraint failures.
fn validation_code(service: &ServiceDef) -> &'static str {
    match (service.protocol, service.name) {
        (Protocol::Query, _) => "ValidationError",
        (_, "cognito-idp" | "cognito-identity") => "InvalidParameterException",
        _ => "ValidationException",
    }
}
