//! The protocol-neutral value tree that every codec reads and writes.

use crate::Timestamp;

/// One decoded input or one output to encode, shaped by the schema.
///
/// Structures keep only the members that are present, in schema order when built by
/// the generated code. `Null` appears only inside document shapes.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Integer(i64),
    Float(f64),
    String(String),
    Blob(Vec<u8>),
    Timestamp(Timestamp),
    List(Vec<Value>),
    Map(Vec<(String, Value)>),
    Structure(Vec<(&'static str, Value)>),
}

impl Value {
    /// The member `name` of a structure, if this is one and the member is present.
    pub fn member(&self, name: &str) -> Option<&Value> {
        match self {
            Value::Structure(members) => members.iter().find(|(n, _)| *n == name).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Integer(i) => Some(*i),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A short name of the variant, for error messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Integer(_) => "integer",
            Value::Float(_) => "float",
            Value::String(_) => "string",
            Value::Blob(_) => "blob",
            Value::Timestamp(_) => "timestamp",
            Value::List(_) => "list",
            Value::Map(_) => "map",
            Value::Structure(_) => "structure",
        }
    }
}
