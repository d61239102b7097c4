//! Wire types generated from the pinned AWS service models, and the runtime they use.
//!
//! `schema` describes every service, operation and shape so the protocol codecs in
//! `gatehouse-wire` can work generically over [`Value`] trees; the per-service modules
//! (`sts`, `iam`, ...) add typed structs and enums that convert to and from those trees.
//! Everything under `generated/` is written by `scripts/codegen`: regenerate, never edit.
//!
//! Typed shapes: required members are `T`, the others `Option<T>` (lists too);
//! `integer` is `i32`, `long` `i64`, floats `f64`, blobs `Vec<u8>`, maps
//! `BTreeMap<String, V>` (keys stay strings even when the model gives them an enum),
//! document shapes stay [`Value`], and a member that would make a struct contain itself
//! is boxed. Enum shapes are Rust enums with `as_str`, `parse` and an `Unknown(String)`
//! variant, so a newer value never fails to decode; the schema's validation rejects it.
//! Structs holding a `sensitive` member print `<redacted>` for it in `Debug`.

pub mod codec;
pub mod schema;
pub mod timestamp;
pub mod value;

mod generated;

pub use codec::{FromValue, FromValueError, ToValue};
pub use generated::*;
pub use schema::{
    ErrorDef, Location, Member, OperationDef, Protocol, ServiceDef, Shape, ShapeId, ShapeKind,
    TimestampFormat,
};
pub use timestamp::Timestamp;
pub use value::Value;

/// Finds a service by its botocore name (`"sts"`, `"cognito-idp"`, ...).
pub fn service(name: &str) -> Option<&'static ServiceDef> {
    services().iter().copied().find(|s| s.name == name)
}
