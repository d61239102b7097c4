//! restJson1: URI labels, query string and headers around a JSON body.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use gatehouse_model::{
    Location, OperationDef, Protocol, ServiceDef, ShapeId, ShapeKind, TimestampFormat, Value,
};

use crate::query::{scalar, scalar_text};
use crate::{ApiError, HttpRequest, HttpResponse, form, json};

/// How well `path` and `query` match a request URI template: `None` when they do
/// not, else the number of literal parts matched (more is more specific).
pub fn match_template(template: &str, path: &str, query: &str) -> Option<usize> {
    capture(template, path)
        .map(|(_, literals)| literals)
        .and_then(|literals| {
            let (_, fixed) = template.split_once('?').unwrap_or((template, ""));
            let mut score = literals;
            for want in fixed.split('&').filter(|s| !s.is_empty()) {
                let found = query.split('&').any(|have| {
                    have == want || (!want.contains('=') && have.split('=').next() == Some(want))
                });
                if !found {
                    return None;
                }
                score += 1;
            }
            Some(score)
        })
}

/// Captures `{Label}` and `{Label+}` segments of `path`.
pub fn capture<'t>(template: &'t str, path: &str) -> Option<(Vec<(&'t str, String)>, usize)> {
    let tpath = template.split_once('?').map_or(template, |(p, _)| p);
    let tsegs: Vec<&str> = tpath.trim_start_matches('/').split('/').collect();
    let psegs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let mut out = Vec::new();
    let mut literals = 0;
    let mut i = 0;
    for (ti, t) in tsegs.iter().enumerate() {
        if let Some(label) = t.strip_prefix('{').and_then(|l| l.strip_suffix('}')) {
            if let Some(greedy) = label.strip_suffix('+') {
                // A greedy label takes what the remaining literals leave.
                let rest = tsegs.len() - ti - 1;
                if psegs.len() < i + 1 + rest {
                    return None;
                }
                let end = psegs.len() - rest;
                let joined = psegs.get(i..end)?.join("/");
                if joined.is_empty() {
                    return None;
                }
                out.push((greedy, form::decode(joined.as_bytes(), false).ok()?));
                i = end;
            } else {
                let seg = psegs.get(i)?;
                if seg.is_empty() {
                    return None;
                }
                out.push((label, form::decode(seg.as_bytes(), false).ok()?));
                i += 1;
            }
        } else {
            if psegs.get(i) != Some(t) {
                return None;
            }
            literals += 1;
            i += 1;
        }
    }
    (i == psegs.len()).then_some((out, literals))
}

pub fn decode(
    service: &ServiceDef,
    op: &OperationDef,
    input: ShapeId,
    req: &HttpRequest,
) -> Result<Value, ApiError> {
    let body = json::parse(req.body)?;
    let Value::Structure(mut members) = json::decode_structure(service, input, &body, true)? else {
        return Ok(Value::Structure(Vec::new()));
    };
    let shape = service.shape(input);
    let bad_uri = || {
        ApiError::malformed(
            Protocol::RestJson,
            "the request URI does not match the operation",
        )
    };
    let (labels, _) = capture(op.request_uri, req.path).ok_or_else(bad_uri)?;
    let query = form::parse(req.query.as_bytes())
        .map_err(|e| ApiError::malformed(Protocol::RestJson, format!("query string: {e}")))?;
    let invalid = |name: &str, why: String| {
        ApiError::malformed(
            Protocol::RestJson,
            format!("invalid value for `{name}`: {why}"),
        )
    };
    for m in shape.members {
        let target = service.shape(m.target);
        let value = match m.location {
            Location::Body | Location::StatusCode => None,
            Location::Uri => match labels.iter().find(|(l, _)| *l == m.wire_name()) {
                Some((_, text)) => Some(scalar(service, m, text).map_err(|w| invalid(m.name, w))?),
                None => None,
            },
            Location::QueryString => {
                let name = m.wire_name();
                match target.kind {
                    ShapeKind::List => {
                        let Some(item) = target.member else { continue };
                        let mut items = Vec::new();
                        for (_, v) in query.iter().filter(|(k, _)| k == name) {
                            items.push(scalar(service, &item, v).map_err(|w| invalid(m.name, w))?);
                        }
                        (!items.is_empty()).then_some(Value::List(items))
                    }
                    ShapeKind::Map => {
                        let entries: Vec<(String, Value)> = query
                            .iter()
                            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                            .collect();
                        (!entries.is_empty()).then_some(Value::Map(entries))
                    }
                    _ => match query.iter().find(|(k, _)| k == name) {
                        Some((_, v)) => {
                            Some(scalar(service, m, v).map_err(|w| invalid(m.name, w))?)
                        }
                        None => None,
                    },
                }
            }
            Location::Header => match req.header(m.wire_name()) {
                Some(text) if m.jsonvalue => {
                    let raw = BASE64
                        .decode(text.trim())
                        .map_err(|_| invalid(m.name, "expected base64".into()))?;
                    let doc = json::parse(&raw)?;
                    Some(json::untyped_from_json(&doc)?)
                }
                Some(text) if target.kind == ShapeKind::List => {
                    let Some(item) = target.member else { continue };
                    let mut items = Vec::new();
                    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                        items.push(scalar(service, &item, part).map_err(|w| invalid(m.name, w))?);
                    }
                    Some(Value::List(items))
                }
                Some(text) => Some(scalar(service, m, text).map_err(|w| invalid(m.name, w))?),
                None => None,
            },
            Location::Headers => {
                let prefix = m.wire_name().to_ascii_lowercase();
                let entries: Vec<(String, Value)> = req
                    .headers
                    .iter()
                    .filter(|(n, _)| n.to_ascii_lowercase().starts_with(&prefix))
                    .map(|(n, v)| (n[prefix.len()..].to_owned(), Value::String((*v).to_owned())))
                    .collect();
                (!entries.is_empty()).then_some(Value::Map(entries))
            }
        };
        if let Some(v) = value {
            members.push((m.name, v));
        }
    }
    // Schema order, as every other decoder and the typed structs produce.
    let order = |name: &str| shape.members.iter().position(|m| m.name == name);
    members.sort_by_key(|(name, _)| order(name));
    Ok(Value::Structure(members))
}

pub fn encode_output(
    service: &ServiceDef,
    op: &OperationDef,
    output: &Value,
    request_id: &str,
) -> HttpResponse {
    let mut status = op.response_code;
    let mut headers = vec![
        ("content-type".to_owned(), "application/json".to_owned()),
        ("x-amzn-RequestId".to_owned(), request_id.to_owned()),
    ];
    let body = match op.output {
        Some(id) => {
            let shape = service.shape(id);
            for m in shape.members {
                let Some(v) = output.member(m.name) else {
                    continue;
                };
                let target = service.shape(m.target);
                match m.location {
                    Location::StatusCode => {
                        if let Some(code) = v.as_i64().and_then(|c| u16::try_from(c).ok()) {
                            status = code;
                        }
                    }
                    Location::Header if m.jsonvalue => {
                        let text = json::untyped_to_json(v).to_string();
                        headers.push((m.wire_name().to_owned(), BASE64.encode(text)));
                    }
                    Location::Header => {
                        let text = match v {
                            Value::List(items) => items
                                .iter()
                                .filter_map(|i| {
                                    scalar_text(
                                        m,
                                        target.timestamp_format,
                                        i,
                                        TimestampFormat::Rfc822,
                                    )
                                })
                                .collect::<Vec<_>>()
                                .join(", "),
                            _ => {
                                scalar_text(m, target.timestamp_format, v, TimestampFormat::Rfc822)
                                    .unwrap_or_default()
                            }
                        };
                        headers.push((m.wire_name().to_owned(), text));
                    }
                    Location::Headers => {
                        if let Value::Map(entries) = v {
                            for (k, v) in entries {
                                if let Value::String(s) = v {
                                    headers.push((format!("{}{k}", m.wire_name()), s.clone()));
                                }
                            }
                        }
                    }
                    Location::Body | Location::Uri | Location::QueryString => {}
                }
            }
            json::encode_structure(service, id, output, true)
        }
        None => serde_json::Value::Object(serde_json::Map::new()),
    };
    HttpResponse {
        status,
        headers,
        body: body.to_string().into_bytes(),
    }
}

pub fn encode_error(err: &ApiError, request_id: &str) -> HttpResponse {
    HttpResponse {
        status: err.status,
        headers: vec![
            ("content-type".to_owned(), "application/json".to_owned()),
            ("x-amzn-RequestId".to_owned(), request_id.to_owned()),
            ("x-amzn-ErrorType".to_owned(), err.code.clone()),
        ],
        body: json::error_body(err, false).to_string().into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_labels_and_greedy_labels() {
        let (l, n) = capture("/trustanchor/{trustAnchorId}", "/trustanchor/ab%2Fc").unwrap();
        assert_eq!((l, n), (vec![("trustAnchorId", "ab/c".to_owned())], 1));
        let (l, _) = capture("/a/{Key+}/z", "/a/b/c/z").unwrap();
        assert_eq!(l, vec![("Key", "b/c".to_owned())]);
        assert!(capture("/trustanchor/{id}", "/trustanchor/").is_none());
        assert!(capture("/trustanchor/{id}", "/trustanchors/x").is_none());
        assert!(capture("/a/{Key+}/z", "/a/z").is_none());
    }

    #[test]
    fn fixed_query_parameters_make_a_template_more_specific() {
        assert_eq!(match_template("/token", "/token", "aws_iam=t"), Some(1));
        assert_eq!(
            match_template("/token?aws_iam=t", "/token", "aws_iam=t"),
            Some(2)
        );
        assert_eq!(match_template("/token?aws_iam=t", "/token", ""), None);
    }
}
