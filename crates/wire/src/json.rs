//! JSON bodies guided by the schema: awsJson1.1 and the body of restJson1.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use gatehouse_model::{
    Location, Member, OperationDef, Protocol, ServiceDef, ShapeId, ShapeKind, Timestamp,
    TimestampFormat, Value,
};
use serde_json::{Map, Number, Value as Json};

use crate::query::parse_timestamp_text;
use crate::{ApiError, HttpResponse, MAX_DEPTH};

/// Parses a JSON document; an empty body counts as `{}`.
pub fn parse(body: &[u8]) -> Result<Json, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Json::Object(Map::new()));
    }
    serde_json::from_slice(body).map_err(|e| {
        ApiError::malformed(
            Protocol::Json,
            format!("the request body is not valid JSON: {e}"),
        )
    })
}

pub fn decode_body(service: &ServiceDef, input: ShapeId, body: &[u8]) -> Result<Value, ApiError> {
    let json = parse(body)?;
    decode_structure(service, input, &json, false)
}

/// Reads a structure from a JSON object; `body_only` skips members a REST request
/// carries in its URI, query string or headers.
pub fn decode_structure(
    service: &ServiceDef,
    id: ShapeId,
    json: &Json,
    body_only: bool,
) -> Result<Value, ApiError> {
    let reader = Reader { service, body_only };
    reader.structure(id, json, "", 0)
}

struct Reader<'a> {
    service: &'a ServiceDef,
    body_only: bool,
}

fn mismatch(path: &str, expected: &str) -> ApiError {
    let at = if path.is_empty() { "the body" } else { path };
    ApiError::malformed(Protocol::Json, format!("expected {expected} at `{at}`"))
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

impl Reader<'_> {
    fn structure(
        &self,
        id: ShapeId,
        json: &Json,
        path: &str,
        depth: usize,
    ) -> Result<Value, ApiError> {
        if depth > MAX_DEPTH {
            return Err(ApiError::malformed(
                Protocol::Json,
                "the input is nested too deeply",
            ));
        }
        let shape = self.service.shape(id);
        if shape.document {
            return document_from_json(json, depth);
        }
        let Json::Object(obj) = json else {
            return Err(mismatch(path, "an object"));
        };
        let mut members = Vec::new();
        for m in shape.members {
            if self.body_only && depth == 0 && m.location != Location::Body {
                continue;
            }
            match obj.get(m.wire_name()) {
                None | Some(Json::Null) => {}
                Some(v) => {
                    let p = join(path, m.name);
                    members.push((m.name, self.value(m, v, &p, depth + 1)?));
                }
            }
        }
        Ok(Value::Structure(members))
    }

    fn value(&self, m: &Member, json: &Json, path: &str, depth: usize) -> Result<Value, ApiError> {
        let shape = self.service.shape(m.target);
        match shape.kind {
            ShapeKind::Structure => self.structure(m.target, json, path, depth),
            ShapeKind::List => {
                let Json::Array(items) = json else {
                    return Err(mismatch(path, "a list"));
                };
                let Some(item) = shape.member else {
                    return Ok(Value::List(Vec::new()));
                };
                let mut out = Vec::with_capacity(items.len());
                for (i, v) in items.iter().enumerate() {
                    if v.is_null() {
                        continue;
                    }
                    out.push(self.value(&item, v, &join(path, &(i + 1).to_string()), depth + 1)?);
                }
                Ok(Value::List(out))
            }
            ShapeKind::Map => {
                let Json::Object(entries) = json else {
                    return Err(mismatch(path, "a map"));
                };
                let Some(vm) = shape.value else {
                    return Ok(Value::Map(Vec::new()));
                };
                let mut out = Vec::with_capacity(entries.len());
                for (k, v) in entries {
                    if v.is_null() {
                        continue;
                    }
                    out.push((k.clone(), self.value(&vm, v, &join(path, k), depth + 1)?));
                }
                Ok(Value::Map(out))
            }
            ShapeKind::String => match json {
                Json::String(s) => Ok(Value::String(s.clone())),
                _ => Err(mismatch(path, "a string")),
            },
            ShapeKind::Integer | ShapeKind::Long => json
                .as_i64()
                .or_else(|| {
                    json.as_f64()
                        .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
                        .map(|f| {
                            #[expect(
                                clippy::cast_possible_truncation,
                                reason = "whole and in range"
                            )]
                            let i = f as i64;
                            i
                        })
                })
                .map(Value::Integer)
                .ok_or_else(|| mismatch(path, "an integer")),
            ShapeKind::Float | ShapeKind::Double => match json {
                Json::Number(n) => n
                    .as_f64()
                    .map(Value::Float)
                    .ok_or_else(|| mismatch(path, "a number")),
                Json::String(s) => match s.as_str() {
                    "NaN" => Ok(Value::Float(f64::NAN)),
                    "Infinity" => Ok(Value::Float(f64::INFINITY)),
                    "-Infinity" => Ok(Value::Float(f64::NEG_INFINITY)),
                    _ => Err(mismatch(path, "a number")),
                },
                _ => Err(mismatch(path, "a number")),
            },
            ShapeKind::Boolean => json
                .as_bool()
                .map(Value::Bool)
                .ok_or_else(|| mismatch(path, "a boolean")),
            ShapeKind::Timestamp => match json {
                Json::Number(n) => n
                    .as_f64()
                    .and_then(Timestamp::from_epoch_f64)
                    .map(Value::Timestamp)
                    .ok_or_else(|| mismatch(path, "a timestamp")),
                Json::String(s) => parse_timestamp_text(s)
                    .map(Value::Timestamp)
                    .ok_or_else(|| mismatch(path, "a timestamp")),
                _ => Err(mismatch(path, "a timestamp")),
            },
            ShapeKind::Blob => match json {
                Json::String(s) => BASE64
                    .decode(s.as_bytes())
                    .map(Value::Blob)
                    .map_err(|_| mismatch(path, "base64 data")),
                _ => Err(mismatch(path, "base64 data")),
            },
        }
    }
}

/// Any JSON as a value without a schema: documents and JSON-valued headers.
pub fn untyped_from_json(json: &Json) -> Result<Value, ApiError> {
    document_from_json(json, 0)
}

fn document_from_json(json: &Json, depth: usize) -> Result<Value, ApiError> {
    if depth > MAX_DEPTH {
        return Err(ApiError::malformed(
            Protocol::Json,
            "the input is nested too deeply",
        ));
    }
    Ok(match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        Json::String(s) => Value::String(s.clone()),
        Json::Array(items) => Value::List(
            items
                .iter()
                .map(|v| document_from_json(v, depth + 1))
                .collect::<Result<_, _>>()?,
        ),
        Json::Object(obj) => Value::Map(
            obj.iter()
                .map(|(k, v)| Ok((k.clone(), document_from_json(v, depth + 1)?)))
                .collect::<Result<_, ApiError>>()?,
        ),
    })
}

/// Any value as JSON without a schema: documents and error members.
pub fn untyped_to_json(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Integer(i) => Json::from(*i),
        Value::Float(f) => float_json(*f),
        Value::String(s) => Json::String(s.clone()),
        Value::Blob(b) => Json::String(BASE64.encode(b)),
        Value::Timestamp(t) => timestamp_json(t, TimestampFormat::UnixTimestamp),
        Value::List(items) => Json::Array(items.iter().map(untyped_to_json).collect()),
        Value::Map(entries) => Json::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), untyped_to_json(v)))
                .collect(),
        ),
        Value::Structure(members) => Json::Object(
            members
                .iter()
                .map(|(k, v)| ((*k).to_owned(), untyped_to_json(v)))
                .collect(),
        ),
    }
}

fn float_json(f: f64) -> Json {
    Number::from_f64(f).map_or_else(|| Json::String(crate::query::format_float(f)), Json::Number)
}

fn timestamp_json(t: &Timestamp, format: TimestampFormat) -> Json {
    match format {
        TimestampFormat::UnixTimestamp if t.subsec_nanos() == 0 => Json::from(t.epoch_secs()),
        TimestampFormat::UnixTimestamp => float_json(t.epoch_millis() as f64 / 1000.0),
        TimestampFormat::Iso8601 => Json::String(t.to_iso8601()),
        TimestampFormat::Rfc822 => Json::String(t.to_http_date()),
    }
}

/// Writes a structure as a JSON object; `body_only` leaves out REST header and
/// status members.
pub fn encode_structure(service: &ServiceDef, id: ShapeId, value: &Value, body_only: bool) -> Json {
    let shape = service.shape(id);
    if shape.document {
        return untyped_to_json(value);
    }
    let mut obj = Map::new();
    if let Value::Structure(present) = value {
        for m in shape.members {
            if body_only && m.location != Location::Body {
                continue;
            }
            if let Some((_, v)) = present.iter().find(|(n, _)| *n == m.name) {
                obj.insert(m.wire_name().to_owned(), member_json(service, m, v, 0));
            }
        }
    }
    Json::Object(obj)
}

fn member_json(service: &ServiceDef, m: &Member, value: &Value, depth: usize) -> Json {
    let shape = service.shape(m.target);
    if depth > MAX_DEPTH * 2 {
        return Json::Null;
    }
    match (shape.kind, value) {
        (ShapeKind::Structure, _) => encode_structure(service, m.target, value, false),
        (ShapeKind::List, Value::List(items)) => match shape.member {
            Some(item) => Json::Array(
                items
                    .iter()
                    .map(|v| member_json(service, &item, v, depth + 1))
                    .collect(),
            ),
            None => Json::Array(Vec::new()),
        },
        (ShapeKind::Map, Value::Map(entries)) => match shape.value {
            Some(vm) => Json::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.clone(), member_json(service, &vm, v, depth + 1)))
                    .collect(),
            ),
            None => Json::Object(Map::new()),
        },
        (_, Value::Timestamp(t)) => timestamp_json(
            t,
            m.timestamp_format
                .or(shape.timestamp_format)
                .unwrap_or(TimestampFormat::UnixTimestamp),
        ),
        (_, v) => untyped_to_json(v),
    }
}

pub fn content_type(service: &ServiceDef) -> String {
    format!(
        "application/x-amz-json-{}",
        service.json_version.unwrap_or("1.1")
    )
}

pub fn encode_output(
    service: &ServiceDef,
    op: &OperationDef,
    output: &Value,
    request_id: &str,
) -> HttpResponse {
    let body = match op.output {
        Some(id) => encode_structure(service, id, output, false),
        None => Json::Object(Map::new()),
    };
    HttpResponse {
        status: 200,
        headers: vec![
            ("content-type".to_owned(), content_type(service)),
            ("x-amzn-RequestId".to_owned(), request_id.to_owned()),
        ],
        body: body.to_string().into_bytes(),
    }
}

pub fn error_body(err: &ApiError, with_type: bool) -> Json {
    let mut obj = Map::new();
    if with_type {
        obj.insert("__type".to_owned(), Json::String(err.code.clone()));
    }
    obj.insert("message".to_owned(), Json::String(err.message.clone()));
    for (k, v) in &err.members {
        obj.insert((*k).to_owned(), untyped_to_json(v));
    }
    Json::Object(obj)
}

pub fn encode_error(err: &ApiError, request_id: &str) -> HttpResponse {
    HttpResponse {
        status: err.status,
        headers: vec![
            (
                "content-type".to_owned(),
                "application/x-amz-json-1.1".to_owned(),
            ),
            ("x-amzn-RequestId".to_owned(), request_id.to_owned()),
        ],
        body: error_body(err, true).to_string().into_bytes(),
    }
}
