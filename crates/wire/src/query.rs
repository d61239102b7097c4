//! awsQuery: form-encoded parameters in, XML out (IAM, STS).

use std::collections::BTreeMap;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use gatehouse_model::{
    Member, OperationDef, Protocol, ServiceDef, ShapeId, ShapeKind, Timestamp, TimestampFormat,
    Value,
};

use crate::xml::XmlWriter;
use crate::{ApiError, HttpRequest, HttpResponse, MAX_DEPTH, form};

type Params = BTreeMap<String, String>;

/// All parameters of a query request: the query string, then a form body.
pub fn params(req: &HttpRequest) -> Result<Params, ApiError> {
    let mut out = Params::new();
    let bad = |e: form::FormError| ApiError::malformed(Protocol::Query, e.to_string());
    for (k, v) in form::parse(req.query.as_bytes()).map_err(bad)? {
        out.entry(k).or_insert(v);
    }
    for (k, v) in form::parse(req.body).map_err(bad)? {
        out.entry(k).or_insert(v);
    }
    Ok(out)
}

pub fn decode(service: &ServiceDef, input: ShapeId, req: &HttpRequest) -> Result<Value, ApiError> {
    let params = params(req)?;
    let decoder = Decoder {
        service,
        params: &params,
    };
    decoder.structure(input, "", 0)
}

struct Decoder<'a> {
    service: &'a ServiceDef,
    params: &'a Params,
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}

impl Decoder<'_> {
    /// Whether any parameter is `key` itself or lies below it.
    fn present(&self, key: &str) -> bool {
        if self.params.contains_key(key) {
            return true;
        }
        let below = format!("{key}.");
        self.params
            .range(below.clone()..)
            .next()
            .is_some_and(|(k, _)| k.starts_with(&below))
    }

    fn too_deep(&self) -> ApiError {
        ApiError::invalid_parameter(self.service, "parameters are nested too deeply")
    }

    fn structure(&self, id: ShapeId, prefix: &str, depth: usize) -> Result<Value, ApiError> {
        if depth > MAX_DEPTH {
            return Err(self.too_deep());
        }
        let shape = self.service.shape(id);
        let mut members = Vec::new();
        for m in shape.members {
            let key = join(prefix, m.wire_name());
            if self.present(&key) {
                members.push((m.name, self.value(m, &key, depth + 1)?));
            }
        }
        Ok(Value::Structure(members))
    }

    fn value(&self, m: &Member, key: &str, depth: usize) -> Result<Value, ApiError> {
        let shape = self.service.shape(m.target);
        match shape.kind {
            ShapeKind::Structure => self.structure(m.target, key, depth),
            ShapeKind::List => {
                let Some(item) = shape.member else {
                    return Ok(Value::List(Vec::new()));
                };
                let base = if m.flattened || shape.flattened {
                    key.to_owned()
                } else {
                    join(key, item.location_name.unwrap_or("member"))
                };
                let mut items = Vec::new();
                // Indexes are 1-based and contiguous; the first gap ends the list,
                // so the work is bounded by the number of parameters.
                for n in 1..=self.params.len() {
                    let k = format!("{base}.{n}");
                    if !self.present(&k) {
                        break;
                    }
                    items.push(self.value(&item, &k, depth + 1)?);
                }
                Ok(Value::List(items))
            }
            ShapeKind::Map => {
                let (Some(km), Some(vm)) = (shape.key, shape.value) else {
                    return Ok(Value::Map(Vec::new()));
                };
                let base = if m.flattened || shape.flattened {
                    key.to_owned()
                } else {
                    join(key, "entry")
                };
                let mut entries = Vec::new();
                for n in 1..=self.params.len() {
                    let entry = format!("{base}.{n}");
                    let kk = join(&entry, km.location_name.unwrap_or("key"));
                    let Some(k) = self.params.get(&kk) else {
                        break;
                    };
                    let vk = join(&entry, vm.location_name.unwrap_or("value"));
                    let v = if self.present(&vk) {
                        self.value(&vm, &vk, depth + 1)?
                    } else {
                        Value::String(String::new())
                    };
                    entries.push((k.clone(), v));
                }
                Ok(Value::Map(entries))
            }
            _ => {
                let text = self.params.get(key).map(String::as_str).unwrap_or("");
                scalar(self.service, m, text).map_err(|why| {
                    ApiError::invalid_parameter(
                        self.service,
                        format!("Value ({text}) for parameter {key} is invalid. {why}"),
                    )
                })
            }
        }
    }
}

/// Reads a scalar from its text form (query parameters, URI labels, headers).
pub fn scalar(service: &ServiceDef, m: &Member, text: &str) -> Result<Value, String> {
    let shape = service.shape(m.target);
    match shape.kind {
        ShapeKind::String => Ok(Value::String(text.to_owned())),
        ShapeKind::Integer | ShapeKind::Long => text
            .trim()
            .parse::<i64>()
            .map(Value::Integer)
            .map_err(|_| "Expected an integer.".to_owned()),
        ShapeKind::Float | ShapeKind::Double => match text.trim() {
            "NaN" => Ok(Value::Float(f64::NAN)),
            "Infinity" => Ok(Value::Float(f64::INFINITY)),
            "-Infinity" => Ok(Value::Float(f64::NEG_INFINITY)),
            t => t
                .parse::<f64>()
                .map(Value::Float)
                .map_err(|_| "Expected a number.".to_owned()),
        },
        ShapeKind::Boolean => match text.trim() {
            t if t.eq_ignore_ascii_case("true") => Ok(Value::Bool(true)),
            t if t.eq_ignore_ascii_case("false") => Ok(Value::Bool(false)),
            _ => Err("Expected true or false.".to_owned()),
        },
        ShapeKind::Timestamp => parse_timestamp_text(text)
            .map(Value::Timestamp)
            .ok_or_else(|| "Expected an ISO 8601 date-time.".to_owned()),
        ShapeKind::Blob => BASE64
            .decode(text.trim())
            .map(Value::Blob)
            .map_err(|_| "Expected base64.".to_owned()),
        ShapeKind::Structure | ShapeKind::List | ShapeKind::Map => {
            Err("Expected a simple value.".to_owned())
        }
    }
}

/// Any textual timestamp a client may send: ISO 8601, HTTP date or epoch seconds.
pub fn parse_timestamp_text(text: &str) -> Option<Timestamp> {
    let t = text.trim();
    Timestamp::parse_iso8601(t)
        .ok()
        .or_else(|| Timestamp::parse_http_date(t).ok())
        .or_else(|| t.parse::<f64>().ok().and_then(Timestamp::from_epoch_f64))
}

pub fn format_float(f: f64) -> String {
    if f.is_nan() {
        "NaN".to_owned()
    } else if f.is_infinite() {
        if f > 0.0 { "Infinity" } else { "-Infinity" }.to_owned()
    } else {
        format!("{f}")
    }
}

pub fn format_timestamp(t: &Timestamp, format: TimestampFormat) -> String {
    match format {
        TimestampFormat::Iso8601 => t.to_iso8601(),
        TimestampFormat::Rfc822 => t.to_http_date(),
        TimestampFormat::UnixTimestamp => {
            if t.subsec_nanos() == 0 {
                t.epoch_secs().to_string()
            } else {
                format!("{:.3}", t.epoch_f64())
            }
        }
    }
}

pub fn encode_output(
    service: &ServiceDef,
    op: &OperationDef,
    output: &Value,
    request_id: &str,
) -> HttpResponse {
    let mut w = XmlWriter::new();
    let root = format!("{}Response", op.name);
    w.open(&root, service.xml_namespace);
    if let Some(out) = op.output {
        let wrapper = op
            .result_wrapper
            .map_or_else(|| format!("{}Result", op.name), str::to_owned);
        w.open(&wrapper, None);
        write_members(&mut w, service, out, output, 0);
        w.close(&wrapper);
    }
    w.open("ResponseMetadata", None);
    w.element("RequestId", request_id);
    w.close("ResponseMetadata");
    w.close(&root);
    xml_response(200, request_id, w.finish())
}

pub fn encode_error(service: &ServiceDef, err: &ApiError, request_id: &str) -> HttpResponse {
    let mut w = XmlWriter::new();
    w.open("ErrorResponse", service.xml_namespace);
    w.open("Error", None);
    w.element(
        "Type",
        if err.sender_fault {
            "Sender"
        } else {
            "Receiver"
        },
    );
    w.element("Code", &err.code);
    w.element("Message", &err.message);
    for (name, value) in &err.members {
        if let Value::String(s) = value {
            w.element(name, s);
        }
    }
    w.close("Error");
    w.element("RequestId", request_id);
    w.close("ErrorResponse");
    xml_response(err.status, request_id, w.finish())
}

fn xml_response(status: u16, request_id: &str, body: Vec<u8>) -> HttpResponse {
    HttpResponse {
        status,
        headers: vec![
            ("content-type".to_owned(), "text/xml".to_owned()),
            ("x-amzn-RequestId".to_owned(), request_id.to_owned()),
        ],
        body,
    }
}

fn write_members(
    w: &mut XmlWriter,
    service: &ServiceDef,
    id: ShapeId,
    value: &Value,
    depth: usize,
) {
    let shape = service.shape(id);
    let Value::Structure(present) = value else {
        return;
    };
    // Schema order, whatever order the caller built the value in.
    for m in shape.members {
        if let Some((_, v)) = present.iter().find(|(n, _)| *n == m.name) {
            write_member(w, service, m, m.wire_name(), v, depth + 1);
        }
    }
}

fn write_member(
    w: &mut XmlWriter,
    service: &ServiceDef,
    m: &Member,
    name: &str,
    value: &Value,
    depth: usize,
) {
    if depth > MAX_DEPTH * 2 {
        return;
    }
    let shape = service.shape(m.target);
    match (shape.kind, value) {
        (ShapeKind::Structure, Value::Structure(_)) => {
            w.open(name, None);
            write_members(w, service, m.target, value, depth);
            w.close(name);
        }
        (ShapeKind::List, Value::List(items)) => {
            let Some(item) = shape.member else { return };
            if m.flattened || shape.flattened {
                for v in items {
                    write_member(w, service, &item, name, v, depth + 1);
                }
            } else {
                w.open(name, None);
                let tag = item.location_name.unwrap_or("member");
                for v in items {
                    write_member(w, service, &item, tag, v, depth + 1);
                }
                w.close(name);
            }
        }
        (ShapeKind::Map, Value::Map(entries)) => {
            let (Some(km), Some(vm)) = (shape.key, shape.value) else {
                return;
            };
            let flat = m.flattened || shape.flattened;
            if !flat {
                w.open(name, None);
            }
            for (k, v) in entries {
                w.open(if flat { name } else { "entry" }, None);
                w.element(km.location_name.unwrap_or("key"), k);
                write_member(
                    w,
                    service,
                    &vm,
                    vm.location_name.unwrap_or("value"),
                    v,
                    depth + 1,
                );
                w.close(if flat { name } else { "entry" });
            }
            if !flat {
                w.close(name);
            }
        }
        (_, v) => {
            if let Some(text) = scalar_text(m, shape.timestamp_format, v, TimestampFormat::Iso8601)
            {
                w.element(name, &text);
            }
        }
    }
}

/// The text form of a scalar; `None` for containers.
pub fn scalar_text(
    m: &Member,
    shape_format: Option<TimestampFormat>,
    value: &Value,
    default: TimestampFormat,
) -> Option<String> {
    Some(match value {
        Value::String(s) => s.clone(),
        Value::Integer(i) => i.to_string(),
        Value::Float(f) => format_float(*f),
        Value::Bool(b) => b.to_string(),
        Value::Blob(b) => BASE64.encode(b),
        Value::Timestamp(t) => {
            format_timestamp(t, m.timestamp_format.or(shape_format).unwrap_or(default))
        }
        _ => return None,
    })
}
