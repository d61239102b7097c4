//! Wire types generated from the pinned AWS service models, and the runtime they use.
//!
//! `schema` describes every service, operation and shape so the protocol codecs in
//! `gatehouse-wire` can work generically over [`Value`] trees; the per-service modules
//! (`sts`, `iam`, ...) add typed structs and enums that convert to and from those trees.
//! Everything under `generated/` is written by `scripts/codegen`: regenerate, never edit.

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
