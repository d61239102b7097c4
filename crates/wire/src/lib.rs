//! Protocol codecs: awsQuery, awsJson1.1, restJson1 and rpcv2Cbor, generic over the
//! schema tables of `gatehouse-model`.
//!
//! A request goes [`route`] → [`decode_input`] → (the server's business) →
//! [`encode_output`] or [`encode_error`]. Everything here is pure: bytes in, bytes out.
// The codecs read request bytes as sent: they never slice or index.
#![deny(clippy::indexing_slicing)]

mod cbor;
mod error;
mod form;
mod json;
mod query;
mod rest;
mod route;
mod validate;
mod xml;

pub use error::ApiError;
pub use gatehouse_model::{OperationDef, Protocol, ServiceDef, Value};
pub use route::{encode_route_error, route};

pub use validate::{unsupported_patterns, validate};

/// A request as the server received it.
#[derive(Debug, Clone, Copy)]
pub struct HttpRequest<'a> {
    pub method: &'a str,
    /// Raw and still percent-encoded.
    pub path: &'a str,
    /// Raw, without the leading `?`.
    pub query: &'a str,
    pub headers: &'a [(&'a str, &'a str)],
    pub body: &'a [u8],
}

impl HttpRequest<'_> {
    /// The first header named `name`, compared case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }
}

/// A response ready for the server to send.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpResponse {
    pub status: u16,
    /// Includes `content-type`.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// The service and operation a request is for.
#[derive(Debug, Clone, Copy)]
pub struct Routed {
    pub service: &'static ServiceDef,
    pub operation: &'static OperationDef,
    /// The protocol the request used; ds accepts awsJson1.1 beside rpcv2Cbor.
    pub protocol: Protocol,
}

impl Routed {
    pub fn new(service: &'static ServiceDef, operation: &'static OperationDef) -> Self {
        Self {
            service,
            operation,
            protocol: service.protocol,
        }
    }
}

/// Deepest nesting of structures, lists and maps accepted in any input.
pub const MAX_DEPTH: usize = 32;

/// Parses the operation's input and checks it against the model's constraints.
/// An operation without input yields an empty structure.
pub fn decode_input(routed: &Routed, req: &HttpRequest) -> Result<Value, ApiError> {
    let value = parse_input(routed, req)?;
    if let Some(input) = routed.operation.input {
        validate(routed.service, input, &value)?;
    }
    Ok(value)
}

/// Parses the operation's input without checking the model's constraints.
pub fn parse_input(routed: &Routed, req: &HttpRequest) -> Result<Value, ApiError> {
    let service = routed.service;
    let Some(input) = routed.operation.input else {
        return Ok(Value::Structure(Vec::new()));
    };
    let value = match routed.protocol {
        Protocol::Query => query::decode(service, input, req)?,
        Protocol::Json => json::decode_body(service, input, req.body)?,
        Protocol::RestJson => rest::decode(service, routed.operation, input, req)?,
        Protocol::RpcV2Cbor => cbor::decode_body(service, input, req.body)?,
    };
    Ok(value)
}

/// Encodes a successful result of the operation.
pub fn encode_output(routed: &Routed, output: &Value, request_id: &str) -> HttpResponse {
    let service = routed.service;
    let op = routed.operation;
    match routed.protocol {
        Protocol::Query => query::encode_output(service, op, output, request_id),
        Protocol::Json => json::encode_output(service, op, output, request_id),
        Protocol::RestJson => rest::encode_output(service, op, output, request_id),
        Protocol::RpcV2Cbor => cbor::encode_output(service, op, output, request_id),
    }
}

/// Encodes an error in the envelope of the service's protocol.
pub fn encode_error(service: &ServiceDef, err: &ApiError, request_id: &str) -> HttpResponse {
    encode_error_as(service, service.protocol, err, request_id)
}

/// Encodes an error in the envelope of `protocol`, for services that speak several.
pub fn encode_error_as(
    service: &ServiceDef,
    protocol: Protocol,
    err: &ApiError,
    request_id: &str,
) -> HttpResponse {
    match protocol {
        Protocol::Query => query::encode_error(service, err, request_id),
        Protocol::Json => json::encode_error(err, request_id),
        Protocol::RestJson => rest::encode_error(err, request_id),
        Protocol::RpcV2Cbor => cbor::encode_error(err, request_id),
    }
}
