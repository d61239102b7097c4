//! The round-trip oracle's Rust half: sample values for every operation of every
//! service, encoded by this crate, for botocore to parse back
//! (`tests/compat/test_wire_roundtrip.py` drives it).
//!
//! `wire-oracle responses`  one JSON line per operation output and per error.
//! `wire-oracle inputs`     one JSON line per operation with a sample input.
//! `wire-oracle decode`     reads botocore-serialized requests (JSON lines) on stdin,
//!                          routes and parses them, prints the values.
//! `wire-oracle bench`      times route + decode + encode for a few hot operations.

use std::io::{BufRead as _, Write as _};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use gatehouse_model::{Location, Member, ServiceDef, ShapeId, ShapeKind, Timestamp, Value};
use gatehouse_wire::{
    ApiError, HttpRequest, Routed, encode_error_as, encode_output, parse_input, route,
};
use serde_json::{Value as Json, json};

fn main() -> std::process::ExitCode {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let result = match mode.as_str() {
        "responses" => responses(),
        "inputs" => inputs(),
        "decode" => decode(),
        "bench" => bench(),
        _ => Err("usage: wire-oracle responses|inputs|decode|bench".to_owned()),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("wire-oracle: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Deterministic sample values: every member present down to a bounded depth,
/// lists and maps of two, enums valid, timestamps in whole seconds.
struct Sampler<'a> {
    service: &'a ServiceDef,
}

const DEEP: usize = 5;

impl Sampler<'_> {
    fn structure(&self, id: ShapeId, depth: usize, plain: bool) -> Value {
        let shape = self.service.shape(id);
        if shape.document {
            return Value::Map(vec![
                ("k".to_owned(), Value::String("v".to_owned())),
                ("n".to_owned(), Value::Integer(1)),
            ]);
        }
        let mut members = Vec::new();
        for m in shape.members {
            if depth > DEEP && !m.required {
                continue;
            }
            // Header values stay printable ASCII.
            let plain = plain || m.location != Location::Body;
            members.push((m.name, self.member(m, m.name, depth + 1, plain)));
            if shape.union {
                break;
            }
        }
        Value::Structure(members)
    }

    fn member(&self, m: &Member, hint: &str, depth: usize, plain: bool) -> Value {
        let shape = self.service.shape(m.target);
        let clamp = |v: i64| {
            let v = shape.min.map_or(v, |min| v.max(min));
            shape.max.map_or(v, |max| v.min(max))
        };
        match shape.kind {
            ShapeKind::Structure => self.structure(m.target, depth, plain),
            ShapeKind::List => {
                let Some(item) = shape.member else {
                    return Value::List(Vec::new());
                };
                let n = if depth > DEEP { 0 } else { 2 };
                Value::List(
                    (0..n)
                        .map(|i| self.member(&item, &format!("{hint}{i}"), depth + 1, plain))
                        .collect(),
                )
            }
            ShapeKind::Map => {
                let (Some(km), Some(vm)) = (shape.key, shape.value) else {
                    return Value::Map(Vec::new());
                };
                let keys = self.service.shape(km.target).enum_values;
                let n = if depth > DEEP { 0 } else { 2 };
                Value::Map(
                    (0..n)
                        .map(|i| {
                            let k = keys
                                .get(i)
                                .map_or_else(|| format!("key{i}"), |k| (*k).to_owned());
                            let v = self.member(&vm, &format!("{hint}{i}"), depth + 1, plain);
                            (k, v)
                        })
                        .collect(),
                )
            }
            ShapeKind::String => match shape.enum_values.first() {
                Some(v) => Value::String((*v).to_owned()),
                None if plain => Value::String(format!("{hint}-v")),
                None => Value::String(format!("{hint} <&>\"' é")),
            },
            ShapeKind::Integer | ShapeKind::Long => Value::Integer(clamp(42)),
            ShapeKind::Float | ShapeKind::Double => Value::Float(2.5),
            ShapeKind::Boolean => Value::Bool(true),
            ShapeKind::Timestamp => {
                Value::Timestamp(Timestamp::from_epoch_secs(1_700_000_000).unwrap_or_default())
            }
            ShapeKind::Blob => Value::Blob(b"blob\x00\xffdata".to_vec()),
        }
    }
}

/// The JSON form the Python side compares with botocore's parsed dicts.
fn to_json(v: &Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Bool(b) => json!(b),
        Value::Integer(i) => json!(i),
        Value::Float(f) => json!(f),
        Value::String(s) => json!(s),
        Value::Blob(b) => json!(BASE64.encode(b)),
        Value::Timestamp(t) => json!(t.epoch_f64()),
        Value::List(items) => Json::Array(items.iter().map(to_json).collect()),
        Value::Map(entries) => Json::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), to_json(v)))
                .collect(),
        ),
        Value::Structure(members) => Json::Object(
            members
                .iter()
                .map(|(k, v)| ((*k).to_owned(), to_json(v)))
                .collect(),
        ),
    }
}

fn response_json(r: &gatehouse_wire::HttpResponse) -> Json {
    json!({
        "status": r.status,
        "headers": r.headers,
        "body": BASE64.encode(&r.body),
    })
}

fn emit(out: &mut impl std::io::Write, line: &Json) -> Result<(), String> {
    writeln!(out, "{line}").map_err(|e| e.to_string())
}

fn responses() -> Result<(), String> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for service in gatehouse_model::services() {
        let sampler = Sampler { service };
        for op in service.operations {
            let routed = Routed::new(service, op);
            let sample = match op.output {
                Some(id) => sampler.structure(id, 0, false),
                None => Value::Structure(Vec::new()),
            };
            // Through the typed struct and back, so the generated codec is exercised.
            let typed = match op.output {
                Some(id) => {
                    let name = service.shape(id).name;
                    match gatehouse_model::typed_round_trip(service.name, name, &sample) {
                        Some(Ok(v)) => v,
                        Some(Err(e)) => {
                            return Err(format!("{}.{}: typed {name}: {e}", service.name, op.name));
                        }
                        None => {
                            return Err(format!(
                                "{}.{}: no typed struct for {name}",
                                service.name, op.name
                            ));
                        }
                    }
                }
                None => sample.clone(),
            };
            let response = encode_output(&routed, &typed, "req-0001");
            let mut line = response_json(&response);
            line["kind"] = json!("output");
            line["service"] = json!(service.name);
            line["operation"] = json!(op.name);
            line["expected"] = to_json(&sample);
            line["typed_equal"] = json!(typed == sample);
            emit(&mut out, &line)?;

            let err = match op.errors.first() {
                Some(id) => ApiError::modeled(
                    service,
                    service.shape(*id).name,
                    "bad <input> & \"quotes\" é",
                ),
                None => ApiError::new("InternalFailure", "it broke", 500),
            };
            let response = encode_error_as(service, routed.protocol, &err, "req-0002");
            let mut line = response_json(&response);
            line["kind"] = json!("error");
            line["service"] = json!(service.name);
            line["operation"] = json!(op.name);
            line["code"] = json!(err.code);
            line["message"] = json!(err.message);
            emit(&mut out, &line)?;
        }
    }
    out.flush().map_err(|e| e.to_string())
}

fn inputs() -> Result<(), String> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for service in gatehouse_model::services() {
        let sampler = Sampler { service };
        for op in service.operations {
            let sample = match op.input {
                Some(id) => sampler.structure(id, 0, false),
                None => Value::Structure(Vec::new()),
            };
            let line =
                json!({"service": service.name, "operation": op.name, "input": to_json(&sample)});
            emit(&mut out, &line)?;
        }
    }
    out.flush().map_err(|e| e.to_string())
}

fn decode() -> Result<(), String> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {
        let line = line.map_err(|e| e.to_string())?;
        let req: Json = serde_json::from_str(&line).map_err(|e| e.to_string())?;
        let text = |k: &str| req[k].as_str().unwrap_or("").to_owned();
        let body = BASE64.decode(text("body")).map_err(|e| e.to_string())?;
        let headers: Vec<(String, String)> = req["headers"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|h| Some((h[0].as_str()?.to_owned(), h[1].as_str()?.to_owned())))
            .collect();
        let header_refs: Vec<(&str, &str)> = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let (method, path, query) = (text("method"), text("path"), text("query"));
        let http = HttpRequest {
            method: &method,
            path: &path,
            query: &query,
            headers: &header_refs,
            body: &body,
        };
        let signing = gatehouse_model::service(&text("service")).map(|s| s.signing_name);
        let result = route(&http, signing).and_then(|routed| {
            let value = parse_input(&routed, &http)?;
            Ok((routed, value))
        });
        let mut reply = json!({"service": text("service"), "operation": text("operation")});
        match result {
            Ok((routed, value)) => {
                reply["routed"] =
                    json!(format!("{}.{}", routed.service.name, routed.operation.name));
                reply["value"] = to_json(&value);
                // The decoded input must survive its typed struct as well.
                if let Some(id) = routed.operation.input {
                    let shape = routed.service.shape(id).name;
                    let typed =
                        gatehouse_model::typed_round_trip(routed.service.name, shape, &value);
                    reply["typed_equal"] = json!(matches!(typed, Some(Ok(ref v)) if *v == value));
                }
            }
            Err(e) => reply["error"] = json!(e.to_string()),
        }
        emit(&mut out, &reply)?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn bench() -> Result<(), String> {
    let form = [("content-type", "application/x-www-form-urlencoded")];
    let json = [
        ("content-type", "application/x-amz-json-1.1"),
        (
            "x-amz-target",
            "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents",
        ),
    ];
    let cases: [(&str, HttpRequest); 3] = [
        ("sts GetCallerIdentity", HttpRequest { method: "POST", path: "/", query: "", headers: &form, body: b"Action=GetCallerIdentity&Version=2011-06-15" }),
        ("sts AssumeRole", HttpRequest {
            method: "POST",
            path: "/",
            query: "",
            headers: &form,
            body: b"Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo&RoleSessionName=bench&DurationSeconds=3600&Tags.member.1.Key=team&Tags.member.1.Value=blue",
        }),
        ("cloudtrail LookupEvents", HttpRequest {
            method: "POST",
            path: "/",
            query: "",
            headers: &json,
            body: br#"{"LookupAttributes":[{"AttributeKey":"Username","AttributeValue":"alice"}],"MaxResults":50}"#,
        }),
    ];
    for (name, req) in cases {
        let routed = route(&req, None).map_err(|e| e.to_string())?;
        let sampler = Sampler {
            service: routed.service,
        };
        let output = routed
            .operation
            .output
            .map_or(Value::Structure(Vec::new()), |id| {
                sampler.structure(id, 0, false)
            });
        let n = 20_000u32;
        let start = std::time::Instant::now();
        let mut bytes = 0;
        for i in 0..n {
            let routed = route(&req, None).map_err(|e| e.to_string())?;
            let input = gatehouse_wire::decode_input(&routed, &req).map_err(|e| e.to_string())?;
            std::hint::black_box(&input);
            bytes += encode_output(&routed, &output, &i.to_string()).body.len();
        }
        let per = start.elapsed() / n;
        println!(
            "{name}: {per:?} per request (route + decode + validate + encode of a {} byte response)",
            bytes / n as usize
        );
    }
    Ok(())
}
