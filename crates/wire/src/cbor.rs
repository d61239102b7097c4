//! rpcv2Cbor (Smithy RPC v2 with CBOR bodies), as the Directory Service speaks it.

use gatehouse_model::{
    Member, OperationDef, Protocol, ServiceDef, ShapeId, ShapeKind, Timestamp, Value,
};

use crate::{ApiError, HttpResponse, MAX_DEPTH};

/// A decoded CBOR data item, before the schema gives it meaning.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Unsigned(u64),
    /// `-1 - n`.
    Negative(u64),
    Bytes(Vec<u8>),
    Text(String),
    Array(Vec<Item>),
    Map(Vec<(Item, Item)>),
    Tag(u64, Box<Item>),
    Bool(bool),
    Null,
    Float(f64),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CborError(&'static str);

struct Parser<'a> {
    data: &'a [u8],
    pos: usize,
}

const BREAK: u8 = 0xff;

impl Parser<'_> {
    fn byte(&mut self) -> Result<u8, CborError> {
        let b = *self
            .data
            .get(self.pos)
            .ok_or(CborError("unexpected end of data"))?;
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, n: u64) -> Result<&[u8], CborError> {
        let n = usize::try_from(n).map_err(|_| CborError("length too large"))?;
        let end = self
            .pos
            .checked_add(n)
            .ok_or(CborError("length too large"))?;
        let s = self
            .data
            .get(self.pos..end)
            .ok_or(CborError("unexpected end of data"))?;
        self.pos = end;
        Ok(s)
    }

    /// The next `N` bytes as an array.
    fn take_array<const N: usize>(&mut self) -> Result<[u8; N], CborError> {
        let s = self.take(N as u64)?;
        <[u8; N]>::try_from(s).map_err(|_| CborError("unexpected end of data"))
    }

    fn uint(&mut self, info: u8) -> Result<u64, CborError> {
        let n = match info {
            0..=23 => return Ok(u64::from(info)),
            24 => 1,
            25 => 2,
            26 => 4,
            27 => 8,
            _ => return Err(CborError("invalid additional information")),
        };
        Ok(self
            .take(n)?
            .iter()
            .fold(0u64, |acc, b| acc << 8 | u64::from(*b)))
    }

    fn remaining(&self) -> u64 {
        u64::try_from(self.data.len() - self.pos).unwrap_or(u64::MAX)
    }

    fn at_break(&mut self) -> bool {
        if self.data.get(self.pos) == Some(&BREAK) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn string_bytes(&mut self, major: u8, info: u8) -> Result<Vec<u8>, CborError> {
        if info != 31 {
            let n = self.uint(info)?;
            return Ok(self.take(n)?.to_vec());
        }
        let mut out = Vec::new();
        loop {
            if self.at_break() {
                return Ok(out);
            }
            let b = self.byte()?;
            if b >> 5 != major || b & 31 == 31 {
                return Err(CborError("bad chunk in indefinite-length string"));
            }
            let n = self.uint(b & 31)?;
            out.extend_from_slice(self.take(n)?);
        }
    }

    fn item(&mut self, depth: usize) -> Result<Item, CborError> {
        if depth > MAX_DEPTH * 2 {
            return Err(CborError("nested too deeply"));
        }
        let b = self.byte()?;
        let (major, info) = (b >> 5, b & 31);
        Ok(match major {
            0 => Item::Unsigned(self.uint(info)?),
            1 => Item::Negative(self.uint(info)?),
            2 => Item::Bytes(self.string_bytes(2, info)?),
            3 => Item::Text(
                String::from_utf8(self.string_bytes(3, info)?)
                    .map_err(|_| CborError("text is not UTF-8"))?,
            ),
            4 => {
                let mut items = Vec::new();
                if info == 31 {
                    while !self.at_break() {
                        items.push(self.item(depth + 1)?);
                    }
                } else {
                    let n = self.uint(info)?;
                    // Every item takes at least one byte: a count beyond the data is a lie.
                    if n > self.remaining() {
                        return Err(CborError("array longer than the data"));
                    }
                    for _ in 0..n {
                        items.push(self.item(depth + 1)?);
                    }
                }
                Item::Array(items)
            }
            5 => {
                let mut entries = Vec::new();
                if info == 31 {
                    while !self.at_break() {
                        let k = self.item(depth + 1)?;
                        entries.push((k, self.item(depth + 1)?));
                    }
                } else {
                    let n = self.uint(info)?;
                    if n > self.remaining() / 2 {
                        return Err(CborError("map longer than the data"));
                    }
                    for _ in 0..n {
                        let k = self.item(depth + 1)?;
                        entries.push((k, self.item(depth + 1)?));
                    }
                }
                Item::Map(entries)
            }
            6 => {
                let tag = self.uint(info)?;
                Item::Tag(tag, Box::new(self.item(depth + 1)?))
            }
            _ => match info {
                20 => Item::Bool(false),
                21 => Item::Bool(true),
                22 | 23 => Item::Null,
                25 => {
                    let s = self.take_array::<2>()?;
                    Item::Float(half_to_f64(u16::from_be_bytes(s)))
                }
                26 => {
                    let s = self.take_array::<4>()?;
                    Item::Float(f64::from(f32::from_be_bytes(s)))
                }
                27 => Item::Float(f64::from_be_bytes(self.take_array::<8>()?)),
                _ => return Err(CborError("unsupported simple value")),
            },
        })
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let frac = f64::from(h & 0x3ff);
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    }
}

/// Parses exactly one data item filling `data`.
pub fn parse(data: &[u8]) -> Result<Item, CborError> {
    let mut p = Parser { data, pos: 0 };
    let item = p.item(0)?;
    if p.pos != data.len() {
        return Err(CborError("trailing bytes after the data item"));
    }
    Ok(item)
}

fn malformed(why: &str) -> ApiError {
    ApiError::malformed(Protocol::RpcV2Cbor, why.to_owned())
}

pub fn decode_body(service: &ServiceDef, input: ShapeId, body: &[u8]) -> Result<Value, ApiError> {
    if body.is_empty() {
        return Ok(Value::Structure(Vec::new()));
    }
    let item = parse(body)
        .map_err(|e| malformed(&format!("the request body is not valid CBOR: {}", e.0)))?;
    structure(service, input, &item, 0)
}

fn structure(
    service: &ServiceDef,
    id: ShapeId,
    item: &Item,
    depth: usize,
) -> Result<Value, ApiError> {
    if depth > MAX_DEPTH {
        return Err(malformed("the input is nested too deeply"));
    }
    let shape = service.shape(id);
    if shape.document {
        return Ok(untyped(item));
    }
    let Item::Map(entries) = item else {
        return Err(malformed("expected a map for a structure"));
    };
    let mut members = Vec::new();
    for m in shape.members {
        let found = entries
            .iter()
            .find(|(k, _)| matches!(k, Item::Text(t) if t == m.name));
        if let Some((_, v)) = found
            && *v != Item::Null
        {
            members.push((m.name, value(service, m, v, depth + 1)?));
        }
    }
    Ok(Value::Structure(members))
}

fn value(service: &ServiceDef, m: &Member, item: &Item, depth: usize) -> Result<Value, ApiError> {
    let shape = service.shape(m.target);
    let wrong = || malformed(&format!("unexpected CBOR type for `{}`", m.name));
    Ok(match (shape.kind, item) {
        (ShapeKind::Structure, _) => structure(service, m.target, item, depth)?,
        (ShapeKind::List, Item::Array(items)) => {
            let Some(im) = shape.member else {
                return Ok(Value::List(Vec::new()));
            };
            Value::List(
                items
                    .iter()
                    .filter(|i| **i != Item::Null)
                    .map(|i| value(service, &im, i, depth + 1))
                    .collect::<Result<_, _>>()?,
            )
        }
        (ShapeKind::Map, Item::Map(entries)) => {
            let Some(vm) = shape.value else {
                return Ok(Value::Map(Vec::new()));
            };
            let mut out = Vec::with_capacity(entries.len());
            for (k, v) in entries {
                let Item::Text(k) = k else {
                    return Err(wrong());
                };
                if *v != Item::Null {
                    out.push((k.clone(), value(service, &vm, v, depth + 1)?));
                }
            }
            Value::Map(out)
        }
        (ShapeKind::String, Item::Text(s)) => Value::String(s.clone()),
        (ShapeKind::Integer | ShapeKind::Long, Item::Unsigned(n)) => {
            Value::Integer(i64::try_from(*n).map_err(|_| wrong())?)
        }
        (ShapeKind::Integer | ShapeKind::Long, Item::Negative(n)) => {
            Value::Integer(-1 - i64::try_from(*n).map_err(|_| wrong())?)
        }
        (ShapeKind::Float | ShapeKind::Double, Item::Float(f)) => Value::Float(*f),
        #[expect(clippy::cast_precision_loss, reason = "CBOR integers sent for floats")]
        (ShapeKind::Float | ShapeKind::Double, Item::Unsigned(n)) => Value::Float(*n as f64),
        (ShapeKind::Boolean, Item::Bool(b)) => Value::Bool(*b),
        (ShapeKind::Blob, Item::Bytes(b)) => Value::Blob(b.clone()),
        (ShapeKind::Timestamp, Item::Tag(1, inner)) => {
            let secs = match inner.as_ref() {
                Item::Float(f) => *f,
                #[expect(clippy::cast_precision_loss, reason = "epoch seconds")]
                Item::Unsigned(n) => *n as f64,
                #[expect(clippy::cast_precision_loss, reason = "epoch seconds")]
                Item::Negative(n) => -1.0 - *n as f64,
                _ => return Err(wrong()),
            };
            Value::Timestamp(Timestamp::from_epoch_f64(secs).ok_or_else(wrong)?)
        }
        _ => return Err(wrong()),
    })
}

fn untyped(item: &Item) -> Value {
    match item {
        Item::Unsigned(n) => i64::try_from(*n).map_or(Value::Null, Value::Integer),
        Item::Negative(n) => i64::try_from(*n).map_or(Value::Null, |n| Value::Integer(-1 - n)),
        Item::Bytes(b) => Value::Blob(b.clone()),
        Item::Text(t) => Value::String(t.clone()),
        Item::Array(items) => Value::List(items.iter().map(untyped).collect()),
        Item::Map(entries) => Value::Map(
            entries
                .iter()
                .filter_map(|(k, v)| match k {
                    Item::Text(k) => Some((k.clone(), untyped(v))),
                    _ => None,
                })
                .collect(),
        ),
        Item::Tag(_, inner) => untyped(inner),
        Item::Bool(b) => Value::Bool(*b),
        Item::Null => Value::Null,
        Item::Float(f) => Value::Float(*f),
    }
}

fn head(out: &mut Vec<u8>, major: u8, n: u64) {
    let m = major << 5;
    if n < 24 {
        out.push(m | u8::try_from(n).unwrap_or(0));
    } else if let Ok(b) = u8::try_from(n) {
        out.extend_from_slice(&[m | 24, b]);
    } else if let Ok(h) = u16::try_from(n) {
        out.push(m | 25);
        out.extend_from_slice(&h.to_be_bytes());
    } else if let Ok(w) = u32::try_from(n) {
        out.push(m | 26);
        out.extend_from_slice(&w.to_be_bytes());
    } else {
        out.push(m | 27);
        out.extend_from_slice(&n.to_be_bytes());
    }
}

fn len(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

fn text(out: &mut Vec<u8>, s: &str) {
    head(out, 3, len(s.len()));
    out.extend_from_slice(s.as_bytes());
}

fn integer(out: &mut Vec<u8>, i: i64) {
    if i >= 0 {
        head(out, 0, i.unsigned_abs());
    } else {
        head(out, 1, (-1 - i).unsigned_abs());
    }
}

fn float(out: &mut Vec<u8>, f: f64) {
    out.push(0xfb);
    out.extend_from_slice(&f.to_be_bytes());
}

/// Encodes any value without a schema, structures as maps of member names.
pub fn encode_value(out: &mut Vec<u8>, v: &Value) {
    match v {
        Value::Null => out.push(0xf6),
        Value::Bool(b) => out.push(if *b { 0xf5 } else { 0xf4 }),
        Value::Integer(i) => integer(out, *i),
        Value::Float(f) => float(out, *f),
        Value::String(s) => text(out, s),
        Value::Blob(b) => {
            head(out, 2, len(b.len()));
            out.extend_from_slice(b);
        }
        Value::Timestamp(t) => {
            head(out, 6, 1);
            if t.subsec_nanos() == 0 {
                integer(out, t.epoch_secs());
            } else {
                float(out, t.epoch_f64());
            }
        }
        Value::List(items) => {
            head(out, 4, len(items.len()));
            for i in items {
                encode_value(out, i);
            }
        }
        Value::Map(entries) => {
            head(out, 5, len(entries.len()));
            for (k, v) in entries {
                text(out, k);
                encode_value(out, v);
            }
        }
        Value::Structure(members) => {
            head(out, 5, len(members.len()));
            for (k, v) in members {
                text(out, k);
                encode_value(out, v);
            }
        }
    }
}

fn response(status: u16, request_id: &str, body: Vec<u8>) -> HttpResponse {
    HttpResponse {
        status,
        headers: vec![
            ("content-type".to_owned(), "application/cbor".to_owned()),
            ("smithy-protocol".to_owned(), "rpc-v2-cbor".to_owned()),
            ("x-amzn-RequestId".to_owned(), request_id.to_owned()),
        ],
        body,
    }
}

pub fn encode_output(
    service: &ServiceDef,
    op: &OperationDef,
    output: &Value,
    request_id: &str,
) -> HttpResponse {
    let mut body = Vec::new();
    // rpcv2Cbor puts member names on the wire, which the value already carries.
    let _ = service;
    if op.output.is_some() {
        match output {
            Value::Structure(_) => encode_value(&mut body, output),
            _ => head(&mut body, 5, 0),
        }
    }
    response(200, request_id, body)
}

pub fn encode_error(err: &ApiError, request_id: &str) -> HttpResponse {
    let mut members: Vec<(&'static str, Value)> = vec![
        ("__type", Value::String(err.code.clone())),
        ("message", Value::String(err.message.clone())),
    ];
    members.extend(err.members.iter().cloned());
    let mut body = Vec::new();
    encode_value(&mut body, &Value::Structure(members));
    response(err.status, request_id, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_item_kind() {
        let v = Value::Structure(vec![
            ("a", Value::Integer(-500)),
            (
                "b",
                Value::List(vec![Value::Bool(true), Value::Float(1.5), Value::Null]),
            ),
            ("c", Value::Blob(vec![1, 2, 3])),
            (
                "d",
                Value::Timestamp(Timestamp::from_epoch_secs(1_700_000_000).unwrap()),
            ),
            ("e", Value::String("x".repeat(300))),
        ]);
        let mut out = Vec::new();
        encode_value(&mut out, &v);
        let item = parse(&out).unwrap();
        let Item::Map(entries) = item else {
            panic!("not a map")
        };
        assert_eq!(entries[0], (Item::Text("a".into()), Item::Negative(499)));
        assert_eq!(
            entries[3].1,
            Item::Tag(1, Box::new(Item::Unsigned(1_700_000_000)))
        );
        assert_eq!(entries[4].1, Item::Text("x".repeat(300)));
    }

    #[test]
    fn rejects_lies_and_garbage_without_panicking() {
        // An array claiming 2^32 items in five bytes.
        assert!(parse(&[0x9a, 0xff, 0xff, 0xff, 0xff]).is_err());
        assert!(parse(&[0x7b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).is_err());
        assert!(parse(&[0x62, 0xff, 0xfe]).is_err());
        assert!(parse(&[0x01, 0x02]).is_err());
        let deep = vec![0x81; 10_000];
        assert!(parse(&deep).is_err());
        assert_eq!(half_to_f64(0x3c00), 1.0);
    }
}
