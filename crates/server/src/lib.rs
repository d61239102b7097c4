//! The HTTP front-end: route, authenticate, authorize, execute, encode, audit. Business
//! rules live in `gatehouse-core`; protocol codecs in `gatehouse-wire`.

mod app;
mod audit_sink;
mod auth;
mod authz;
#[cfg(test)]
mod coverage;
mod http_errors;
mod jwks;
mod listener;
mod metrics;
mod operations;
mod pipeline;
mod session_auth;
pub mod tls;
mod trail;
mod web;

pub use app::{App, ServerSettings};
pub use listener::{ConnectionInfo, ConnectionLimits, serve};
