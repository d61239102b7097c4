//! The model's constraints (required, length, range, pattern, enum) checked on a
//! decoded input, reported in AWS's "N validation errors detected" shape.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use gatehouse_model::{ServiceDef, ShapeId, ShapeKind, Value};
use regex::Regex;

use crate::{ApiError, MAX_DEPTH};

/// AWS stops listing failures after a while; so do we, to bound the message.
const MAX_FAILURES: usize = 20;

/// Checks `value` against the constraints of shape `id`.
pub fn validate(service: &ServiceDef, id: ShapeId, value: &Value) -> Result<(), ApiError> {
    let mut failures = Vec::new();
    check(service, id, value, "", false, &mut failures, 0);
    if failures.is_empty() {
        Ok(())
    } else {
        Err(ApiError::validation(service, &failures))
    }
}

fn lower_first(name: &str) -> String {
    let mut c = name.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

fn shown(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::String(s) => format!("'{s}'"),
        Value::Integer(i) => format!("'{i}'"),
        Value::Float(f) => format!("'{f}'"),
        Value::Bool(b) => format!("'{b}'"),
        Value::Timestamp(t) => format!("'{t}'"),
        Value::Blob(_) => "'java.nio.HeapByteBuffer'".to_owned(),
        Value::List(items) => {
            let inner: Vec<String> = items
                .iter()
                .map(|v| match v {
                    Value::String(s) => s.clone(),
                    other => shown(other).trim_matches('\'').to_owned(),
                })
                .collect();
            format!("'[{}]'", inner.join(", "))
        }
        Value::Map(_) | Value::Structure(_) => "'{...}'".to_owned(),
    }
}

fn fail(
    failures: &mut Vec<String>,
    value: Option<&Value>,
    sensitive: bool,
    path: &str,
    constraint: &str,
) {
    if failures.len() >= MAX_FAILURES {
        return;
    }
    let v = match (value, sensitive) {
        (None, _) => "Value null ".to_owned(),
        (Some(_), true) => "Value ".to_owned(),
        (Some(v), false) => format!("Value {} ", shown(v)),
    };
    failures.push(format!(
        "{v}at '{path}' failed to satisfy constraint: Member must {constraint}"
    ));
}

fn check(
    service: &ServiceDef,
    id: ShapeId,
    value: &Value,
    path: &str,
    sensitive: bool,
    failures: &mut Vec<String>,
    depth: usize,
) {
    if depth > MAX_DEPTH * 2 || failures.len() >= MAX_FAILURES {
        return;
    }
    let shape = service.shape(id);
    let sensitive = sensitive || shape.sensitive;
    match (shape.kind, value) {
        (ShapeKind::Structure, Value::Structure(present)) if !shape.document => {
            for m in shape.members {
                let p = join(path, &lower_first(m.name));
                match present.iter().find(|(n, _)| *n == m.name) {
                    Some((_, v)) => check(service, m.target, v, &p, sensitive, failures, depth + 1),
                    None if m.required => fail(failures, None, false, &p, "not be null"),
                    None => {}
                }
            }
        }
        (ShapeKind::List, Value::List(items)) => {
            length(
                failures,
                value,
                sensitive,
                path,
                items.len(),
                shape.min,
                shape.max,
            );
            if let Some(item) = shape.member {
                for (i, v) in items.iter().enumerate() {
                    let p = format!("{}.member", join(path, &(i + 1).to_string()));
                    check(service, item.target, v, &p, sensitive, failures, depth + 1);
                }
            }
        }
        (ShapeKind::Map, Value::Map(entries)) => {
            length(
                failures,
                value,
                sensitive,
                path,
                entries.len(),
                shape.min,
                shape.max,
            );
            if let (Some(km), Some(vm)) = (shape.key, shape.value) {
                for (k, v) in entries {
                    let key = Value::String(k.clone());
                    check(
                        service,
                        km.target,
                        &key,
                        &join(path, "key"),
                        sensitive,
                        failures,
                        depth + 1,
                    );
                    check(
                        service,
                        vm.target,
                        v,
                        &join(path, k),
                        sensitive,
                        failures,
                        depth + 1,
                    );
                }
            }
        }
        (ShapeKind::String, Value::String(s)) => {
            let units = s.encode_utf16().count();
            length(
                failures, value, sensitive, path, units, shape.min, shape.max,
            );
            if !shape.enum_values.is_empty() && !shape.enum_values.contains(&s.as_str()) {
                let set = format!("satisfy enum value set: [{}]", shape.enum_values.join(", "));
                fail(failures, Some(value), sensitive, path, &set);
            }
            if let Some(p) = shape.pattern
                && let Some(re) = compiled(p)
                && !re.is_match(s)
            {
                let c = format!("satisfy regular expression pattern: {p}");
                fail(failures, Some(value), sensitive, path, &c);
            }
        }
        (ShapeKind::Blob, Value::Blob(b)) => {
            length(
                failures,
                value,
                sensitive,
                path,
                b.len(),
                shape.min,
                shape.max,
            );
        }
        (ShapeKind::Integer | ShapeKind::Long, Value::Integer(i)) => {
            range(
                failures, value, sensitive, path, *i as f64, shape.min, shape.max,
            );
        }
        (ShapeKind::Float | ShapeKind::Double, Value::Float(f)) => {
            range(failures, value, sensitive, path, *f, shape.min, shape.max);
        }
        _ => {}
    }
}

fn length(
    failures: &mut Vec<String>,
    value: &Value,
    sensitive: bool,
    path: &str,
    len: usize,
    min: Option<i64>,
    max: Option<i64>,
) {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    if let Some(min) = min.filter(|m| len < *m) {
        fail(
            failures,
            Some(value),
            sensitive,
            path,
            &format!("have length greater than or equal to {min}"),
        );
    }
    if let Some(max) = max.filter(|m| len > *m) {
        fail(
            failures,
            Some(value),
            sensitive,
            path,
            &format!("have length less than or equal to {max}"),
        );
    }
}

#[expect(clippy::cast_precision_loss, reason = "model bounds are small")]
fn range(
    failures: &mut Vec<String>,
    value: &Value,
    sensitive: bool,
    path: &str,
    v: f64,
    min: Option<i64>,
    max: Option<i64>,
) {
    if let Some(min) = min.filter(|m| v < *m as f64) {
        fail(
            failures,
            Some(value),
            sensitive,
            path,
            &format!("have value greater than or equal to {min}"),
        );
    }
    if let Some(max) = max.filter(|m| v > *m as f64) {
        fail(
            failures,
            Some(value),
            sensitive,
            path,
            &format!("have value less than or equal to {max}"),
        );
    }
}

type Cache = Mutex<HashMap<&'static str, Option<Arc<Regex>>>>;

/// Each model pattern compiled once, on first use. The services match the whole
/// value (a session name with a space fails `[\w+=,.@-]*`), so patterns are anchored.
fn compiled(pattern: &'static str) -> Option<Arc<Regex>> {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut map = match cache.lock() {
        Ok(m) => m,
        Err(poisoned) => poisoned.into_inner(),
    };
    map.entry(pattern)
        .or_insert_with(|| {
            translate(pattern)
                .and_then(|p| Regex::new(&format!("^(?:{p})$")).ok())
                .map(Arc::new)
        })
        .clone()
}

/// Rewrites the Java/ECMAScript escapes the regex crate spells differently.
/// `None` when the pattern needs a feature the regex crate lacks.
fn translate(pattern: &str) -> Option<String> {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                let mut code = u32::from_str_radix(&hex, 16).ok()?;
                // Java spells a supplementary character as a UTF-16 surrogate pair.
                if (0xD800..0xDC00).contains(&code) {
                    let rest: String = chars.clone().take(6).collect();
                    let low = rest
                        .strip_prefix("\\u")
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .filter(|l| (0xDC00..0xE000).contains(l))?;
                    chars.nth(5);
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                // A lone surrogate is not a character in Rust's regex.
                char::from_u32(code)?;
                out.push_str(&format!("\\x{{{code:X}}}"));
            }
            Some('p') if chars.clone().take(4).collect::<String>() == "{LD}" => {
                chars.nth(3);
                // Nested classes are fine inside and outside a bracket expression.
                out.push_str("[\\p{L}\\p{Nd}]");
            }
            Some('p') if chars.clone().take(7).collect::<String>() == "{Punct}" => {
                chars.nth(6);
                out.push_str("[!-/:-@\\[-`{-~]");
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => return None,
        }
    }
    Some(out)
}

/// Every model pattern the regex crate cannot compile, as
/// `(service, shape, pattern)`. Those constraints are not checked.
pub fn unsupported_patterns() -> Vec<(&'static str, &'static str, &'static str)> {
    let mut out = Vec::new();
    for service in gatehouse_model::services() {
        for shape in service.shapes {
            if let Some(p) = shape.pattern
                && compiled(p).is_none()
            {
                out.push((service.name, shape.name, p));
            }
        }
    }
    out
}
