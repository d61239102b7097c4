//! Helpers shared by the integration tests: JSON access and turning JSON back into text.

use gatehouse_policy::json::Json;

pub fn field<'a, 't>(obj: &'a Json<'t>, name: &str) -> Option<&'a Json<'t>> {
    match obj {
        Json::Object(m) => m.iter().find(|(k, _)| &**k == name).map(|(_, v)| v),
        _ => None,
    }
}

pub fn text<'a>(j: &'a Json<'_>) -> Option<&'a str> {
    match j {
        Json::String(s) => Some(s),
        _ => None,
    }
}

pub fn items<'a, 't>(j: &'a Json<'t>) -> &'a [Json<'t>] {
    match j {
        Json::Array(a) => a,
        _ => &[],
    }
}

/// Serialises a JSON tree, so corpus files can hold policies as JSON rather than strings.
pub fn to_text(j: &Json<'_>) -> String {
    let mut out = String::new();
    write(j, &mut out);
    out
}

fn write(j: &Json<'_>, out: &mut String) {
    match j {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(n),
        Json::String(s) => write_str(s, out),
        Json::Array(a) => {
            out.push('[');
            for (i, v) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(v, out);
            }
            out.push(']');
        }
        Json::Object(m) => {
            out.push('{');
            for (i, (k, v)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(k, out);
                out.push(':');
                write(v, out);
            }
            out.push('}');
        }
    }
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}
