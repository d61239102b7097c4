//! Conversions between the generated typed structs and [`Value`] trees.

use std::collections::BTreeMap;
use std::fmt;

use crate::{Timestamp, Value};

/// Why a [`Value`] did not fit a typed struct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromValueError {
    path: String,
    expected: &'static str,
}

impl FromValueError {
    pub fn new(expected: &'static str) -> Self {
        Self {
            path: String::new(),
            expected,
        }
    }

    /// Prefixes the member or index where the mismatch sits.
    pub fn at(mut self, segment: &str) -> Self {
        self.path = if self.path.is_empty() {
            segment.to_owned()
        } else {
            format!("{segment}.{}", self.path)
        };
        self
    }

    pub fn path(&self) -> &str {
        &self.path
    }
}

impl fmt::Display for FromValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "expected {}", self.expected)
        } else {
            write!(f, "expected {} at `{}`", self.expected, self.path)
        }
    }
}

impl std::error::Error for FromValueError {}

pub trait ToValue {
    fn to_value(&self) -> Value;
}

pub trait FromValue: Sized {
    fn from_value(value: &Value) -> Result<Self, FromValueError>;
}

impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::String(self.clone())
    }
}

impl FromValue for String {
    fn from_value(value: &Value) -> Result<Self, FromValueError> {
        match value {
            Value::String(s) => Ok(s.clone()),
            _ => Err(FromValueError::new("string")),
        }
    }
}

impl ToValue for bool {
    fn to_value(&self) -> Value {
        Value::Bool(*self)
    }
}

impl FromValue for bool {
    fn from_value(value: &Value) -> Result<Self, FromValueError> {
        value.as_bool().ok_or(FromValueError::new("boolean"))
    }
}

impl ToValue for i32 {
    fn to_value(&self) -> Value {
        Value::Integer(i64::from(*self))
    }
}

impl FromValue for i32 {
    fn from_value(value: &Value) -> Result<Self, FromValueError> {
        value
            .as_i64()
            .and_then(|i| i32::try_from(i).ok())
            .ok_or(FromValueError::new("32-bit integer"))
    }
}

impl ToValue for i64 {
    fn to_value(&self) -> Value {
        Value::Integer(*self)
    }
}

impl FromValue for i64 {
    fn from_value(value: &Value) -> Result<Self, FromValueError> {
        value.as_i64().ok_or(FromValueError::new("integer"))
    }
}

impl ToValue for f64 {
    fn to_value(&self) -> Value {
        Value::Float(*self)
    }
}

impl FromValue for f64 {
    fn from_value(value: &Value) -> Result<Self, FromValueError> {
        match value {
            Value::Float(f) => Ok(*f),
            #[expect(
                clippy::cast_precision_loss,
                reason = "JSON numbers without a fraction"
            )]
            Value::Integer(i) => Ok(*i as f64),
            _ => Err(FromValueError::new("number")),
        }
    }
}

impl ToValue for Timestamp {
    fn to_value(&self) -> Value {
        Value::Timestamp(*self)
    }
}

impl FromValue for Timestamp {
    fn from_value(value: &Value) -> Result<Self, FromValueError> {
        match value {
            Value::Timestamp(t) => Ok(*t),
            _ => Err(FromValueError::new("timestamp")),
        }
    }
}

impl ToValue for Vec<u8> {
    fn to_value(&self) -> Value {
        Value::Blob(self.clone())
    }
}

impl FromValue for Vec<u8> {
    fn from_value(value: &Value) -> Result<Self, FromValueError> {
        match value {
            Value::Blob(b) => Ok(b.clone()),
            _ => Err(FromValueError::new("blob")),
        }
    }
}

/// Document shapes stay as their tree.
impl ToValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}

impl FromValue for Value {
    fn from_value(value: &Value) -> Result<Self, FromValueError> {
        Ok(value.clone())
    }
}

impl<T: ToValue> ToValue for Box<T> {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}

impl<T: FromValue> FromValue for Box<T> {
    fn from_value(value: &Value) -> Result<Self, FromValueError> {
        T::from_value(value).map(Box::new)
    }
}

pub fn list_to_value<T>(items: &[T], write: fn(&T) -> Value) -> Value {
    Value::List(items.iter().map(write).collect())
}

pub fn list_from_value<T>(
    value: &Value,
    read: fn(&Value) -> Result<T, FromValueError>,
) -> Result<Vec<T>, FromValueError> {
    match value {
        Value::List(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| read(v).map_err(|e| e.at(&i.to_string())))
            .collect(),
        _ => Err(FromValueError::new("list")),
    }
}

pub fn map_to_value<T>(map: &BTreeMap<String, T>, write: fn(&T) -> Value) -> Value {
    Value::Map(map.iter().map(|(k, v)| (k.clone(), write(v))).collect())
}

pub fn map_from_value<T>(
    value: &Value,
    read: fn(&Value) -> Result<T, FromValueError>,
) -> Result<BTreeMap<String, T>, FromValueError> {
    match value {
        Value::Map(entries) => entries
            .iter()
            .map(|(k, v)| Ok((k.clone(), read(v).map_err(|e| e.at(k))?)))
            .collect(),
        _ => Err(FromValueError::new("map")),
    }
}

/// The members of a structure value, for the generated `from_value` functions.
pub fn structure(value: &Value) -> Result<&[(&'static str, Value)], FromValueError> {
    match value {
        Value::Structure(members) => Ok(members),
        _ => Err(FromValueError::new("structure")),
    }
}

pub fn find<'a>(members: &'a [(&'static str, Value)], name: &str) -> Option<&'a Value> {
    members.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
}

/// A required member: absence is an error.
pub fn required<T>(
    members: &[(&'static str, Value)],
    name: &'static str,
    read: fn(&Value) -> Result<T, FromValueError>,
) -> Result<T, FromValueError> {
    match find(members, name) {
        Some(v) => read(v).map_err(|e| e.at(name)),
        None => Err(FromValueError::new("a value").at(name)),
    }
}

pub fn optional<T>(
    members: &[(&'static str, Value)],
    name: &'static str,
    read: fn(&Value) -> Result<T, FromValueError>,
) -> Result<Option<T>, FromValueError> {
    find(members, name)
        .map(|v| read(v).map_err(|e| e.at(name)))
        .transpose()
}

/// Reads an enum shape's string through its generated `from_str`.
pub fn enum_from_value<T>(value: &Value, parse: fn(&str) -> T) -> Result<T, FromValueError> {
    value
        .as_str()
        .map(parse)
        .ok_or(FromValueError::new("string"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{iam, sts};

    #[test]
    fn mismatches_name_the_member_path() {
        let v = Value::Structure(vec![
            ("RoleArn", Value::String("arn".into())),
            ("RoleSessionName", Value::String("s".into())),
            (
                "Tags",
                Value::List(vec![Value::Structure(vec![(
                    "Key",
                    Value::String("k".into()),
                )])]),
            ),
        ]);
        let err = sts::AssumeRoleRequest::from_value(&v).unwrap_err();
        assert_eq!(err.to_string(), "expected a value at `Tags.0.Value`");
        let v = Value::Structure(vec![("RoleArn", Value::Integer(1))]);
        assert_eq!(
            sts::AssumeRoleRequest::from_value(&v)
                .unwrap_err()
                .to_string(),
            "expected string at `RoleArn`"
        );
    }

    #[test]
    fn enums_keep_unknown_values() {
        assert_eq!(iam::StatusType::parse("Active"), iam::StatusType::Active);
        let other = iam::StatusType::parse("Paused");
        assert_eq!(other.as_str(), "Paused");
        assert_eq!(other.to_value(), Value::String("Paused".into()));
    }

    #[test]
    fn error_shapes_carry_code_status_and_fault() {
        use iam::{NoSuchEntityException as NoSuch, ServiceFailureException as Failure};
        assert_eq!(
            (NoSuch::CODE, NoSuch::HTTP_STATUS, NoSuch::SENDER_FAULT),
            ("NoSuchEntity", 404, true)
        );
        // The model gives no fault flag here; a 5xx is the service's fault.
        assert_eq!(
            (Failure::CODE, Failure::HTTP_STATUS, Failure::SENDER_FAULT),
            ("ServiceFailure", 500, false)
        );
    }
}
