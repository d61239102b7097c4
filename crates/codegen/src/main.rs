//! Generates the `model` crate's per-service modules from botocore service models.
//!
//! Run through `scripts/codegen`, never at build time. The output depends only on the
//! models: shapes and operations are emitted sorted, documentation is dropped.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{Map, Value as Json};

/// botocore directory names of the services Gatehouse speaks.
const SERVICES: [&str; 13] = [
    "sts",
    "iam",
    "organizations",
    "sso-admin",
    "identitystore",
    "sso",
    "sso-oidc",
    "cognito-idp",
    "cognito-identity",
    "rolesanywhere",
    "ds",
    "clouddirectory",
    "cloudtrail",
];

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("codegen: {e}");
            ExitCode::FAILURE
        }
    }
}

struct Args {
    data: PathBuf,
    out: PathBuf,
    source: String,
}

fn parse_args() -> Result<Args, String> {
    let mut data = None;
    let mut out = None;
    let mut source = String::from("botocore");
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("`{arg}` needs a value"));
        match arg.as_str() {
            "--botocore-data" => data = Some(PathBuf::from(value()?)),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--source" => source = value()?,
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(Args {
        data: data.ok_or("missing --botocore-data <dir>")?,
        out: out.ok_or("missing --out <dir>")?,
        source,
    })
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    std::fs::create_dir_all(&args.out).map_err(|e| format!("{}: {e}", args.out.display()))?;
    let mut modules = Vec::new();
    for name in SERVICES {
        let model = load_model(&args.data, name)?;
        let module = module_name(name);
        let code = Generator::new(name, &model)?.module(&args.source)?;
        let path = args.out.join(format!("{module}.rs"));
        std::fs::write(&path, code).map_err(|e| format!("{}: {e}", path.display()))?;
        modules.push(module);
    }
    modules.sort();
    let mut index = String::new();
    let _ = writeln!(
        index,
        "//! The generated service modules. Written by `scripts/codegen` from {}; do not edit.\n",
        args.source
    );
    for m in &modules {
        let _ = writeln!(index, "pub mod {m};");
    }
    let _ = writeln!(
        index,
        "\nstatic SERVICES: [&crate::ServiceDef; {}] = [",
        modules.len()
    );
    for m in &modules {
        let _ = writeln!(index, "    &{m}::SERVICE,");
    }
    index.push_str("];\n\n/// Every service, sorted by module name.\npub fn services() -> &'static [&'static crate::ServiceDef] {\n    &SERVICES\n}\n");
    index.push_str("\n/// Reads `value` into the typed struct of a structure shape and writes it back;\n/// `None` for an unknown service or a shape without a typed struct.\npub fn typed_round_trip(service: &str, shape: &str, value: &crate::Value) -> Option<Result<crate::Value, crate::FromValueError>> {\n    match service {\n");
    for name in SERVICES {
        let _ = writeln!(
            index,
            "        {name:?} => {}::typed_round_trip(shape, value),",
            module_name(name)
        );
    }
    index.push_str("        _ => None,\n    }\n}\n");
    let path = args.out.join("mod.rs");
    std::fs::write(&path, index).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(())
}

fn load_model(data: &Path, service: &str) -> Result<Json, String> {
    let dir = data.join(service);
    let mut versions: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("service-2.json.gz").exists())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    versions.sort();
    // The newest API version is the one the SDKs call.
    let version = versions
        .pop()
        .ok_or(format!("no model under {}", dir.display()))?;
    let path = dir.join(version).join("service-2.json.gz");
    let file = std::fs::File::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut text = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut text)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn module_name(service: &str) -> String {
    service.replace('-', "_")
}

struct Generator<'m> {
    service: &'m str,
    metadata: &'m Map<String, Json>,
    operations: &'m Map<String, Json>,
    shapes: &'m Map<String, Json>,
    ids: BTreeMap<&'m str, usize>,
    /// Structure shapes that can contain themselves without a list or map between.
    boxed_edges: BTreeSet<(&'m str, &'m str)>,
    /// Structures whose typed form can derive `Default`.
    defaultable: BTreeSet<&'m str>,
}

fn obj<'a>(v: &'a Json, what: &str) -> Result<&'a Map<String, Json>, String> {
    v.as_object().ok_or(format!("`{what}` is not an object"))
}

fn s<'a>(v: &'a Json, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Json::as_str)
}

fn flag(v: &Json, key: &str) -> bool {
    v.get(key).and_then(Json::as_bool).unwrap_or(false)
}

fn lit(text: &str) -> String {
    format!("{text:?}")
}

fn opt_lit(text: Option<&str>) -> String {
    match text {
        Some(t) => format!("Some({t:?})"),
        None => "None".to_owned(),
    }
}

const KEYWORDS: [&str; 51] = [
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
];

fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !out.ends_with('_') {
                out.push('_');
            }
            continue;
        }
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            if (prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower))
                && !out.ends_with('_')
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    let out = out.trim_matches('_').to_owned();
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        format!("f_{out}")
    } else {
        out
    }
}

fn field_ident(snake: &str) -> String {
    match snake {
        "self" | "super" | "crate" => format!("{snake}_"),
        k if KEYWORDS.contains(&k) => format!("r#{k}"),
        _ => snake.to_owned(),
    }
}

fn type_ident(shape: &str) -> String {
    let mut out: String = shape
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if out.starts_with(|c: char| c.is_ascii_digit()) || KEYWORDS.contains(&out.as_str()) {
        out.insert(0, 'T');
    }
    out
}

fn variant_ident(value: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in value.chars() {
        if c.is_ascii_alphanumeric() {
            if upper {
                out.push(c.to_ascii_uppercase());
            } else {
                out.push(c);
            }
            upper = false;
        } else {
            upper = true;
        }
    }
    if out.is_empty() {
        out.push_str("Empty");
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    if KEYWORDS.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

fn timestamp_format(v: &Json) -> Option<&'static str> {
    match s(v, "timestampFormat") {
        Some("iso8601") => Some("Some(crate::TimestampFormat::Iso8601)"),
        Some("unixTimestamp") => Some("Some(crate::TimestampFormat::UnixTimestamp)"),
        Some("rfc822") => Some("Some(crate::TimestampFormat::Rfc822)"),
        _ => None,
    }
}

fn int(v: &Json, key: &str) -> Option<i64> {
    let n = v.get(key)?;
    n.as_i64().or_else(|| {
        // Float bounds are whole numbers in these models; keep the integer part.
        #[expect(
            clippy::cast_possible_truncation,
            reason = "bounds are small whole numbers"
        )]
        n.as_f64().map(|f| f as i64)
    })
}

impl<'m> Generator<'m> {
    fn new(service: &'m str, model: &'m Json) -> Result<Self, String> {
        let metadata = obj(model.get("metadata").unwrap_or(&Json::Null), "metadata")?;
        let operations = obj(model.get("operations").unwrap_or(&Json::Null), "operations")?;
        let shapes = obj(model.get("shapes").unwrap_or(&Json::Null), "shapes")?;
        if shapes.len() > usize::from(u16::MAX) {
            return Err(format!("{service}: too many shapes"));
        }
        let ids = shapes
            .keys()
            .enumerate()
            .map(|(i, k)| (k.as_str(), i))
            .collect();
        let mut g = Generator {
            service,
            metadata,
            operations,
            shapes,
            ids,
            boxed_edges: BTreeSet::new(),
            defaultable: BTreeSet::new(),
        };
        g.find_boxed_edges();
        g.find_defaultable();
        Ok(g)
    }

    /// Shape names in CamelCase; IAM's lower-case names (`statusType`) gain a capital
    /// unless another shape already has that name.
    fn type_ident(&self, shape: &str) -> String {
        let mut chars = shape.chars();
        let upper: String = chars
            .next()
            .map(|c| c.to_ascii_uppercase())
            .into_iter()
            .chain(chars)
            .collect();
        if upper != shape && self.shapes.contains_key(&upper) {
            type_ident(&format!("{shape}_"))
        } else {
            type_ident(&upper)
        }
    }

    fn shape(&self, name: &str) -> &'m Json {
        self.shapes.get(name).unwrap_or(&Json::Null)
    }

    fn is_struct(&self, name: &str) -> bool {
        let sh = self.shape(name);
        s(sh, "type") == Some("structure") && !flag(sh, "document")
    }

    fn is_enum(&self, name: &str) -> bool {
        let sh = self.shape(name);
        s(sh, "type") == Some("string") && sh.get("enum").is_some()
    }

    fn members(&self, name: &str) -> Vec<(&'m str, &'m Json)> {
        self.shape(name)
            .get("members")
            .and_then(Json::as_object)
            .map(|m| m.iter().map(|(k, v)| (k.as_str(), v)).collect())
            .unwrap_or_default()
    }

    fn direct_struct_targets(&self, name: &str) -> Vec<&'m str> {
        self.members(name)
            .into_iter()
            .filter_map(|(_, m)| s(m, "shape"))
            .filter(|t| self.is_struct(t))
            .collect()
    }

    fn find_boxed_edges(&mut self) {
        let names: Vec<&'m str> = self
            .shapes
            .keys()
            .map(String::as_str)
            .filter(|n| self.is_struct(n))
            .collect();
        for &from in &names {
            for to in self.direct_struct_targets(from) {
                // Box when `to` leads back to `from` through direct struct members.
                let mut seen = BTreeSet::new();
                let mut stack = vec![to];
                let mut cyclic = false;
                while let Some(n) = stack.pop() {
                    if n == from {
                        cyclic = true;
                        break;
                    }
                    if seen.insert(n) {
                        stack.extend(self.direct_struct_targets(n));
                    }
                }
                if cyclic {
                    self.boxed_edges.insert((from, to));
                }
            }
        }
    }

    fn find_defaultable(&mut self) {
        // A structure can derive Default unless a required member is an enum or a
        // structure that cannot; iterate to a fixed point.
        let names: Vec<&'m str> = self
            .shapes
            .keys()
            .map(String::as_str)
            .filter(|n| self.is_struct(n))
            .collect();
        let mut candidates: BTreeSet<&'m str> = names.iter().copied().collect();
        loop {
            let before = candidates.len();
            let snapshot = candidates.clone();
            candidates.retain(|n| {
                let required = self.required(n);
                self.members(n).iter().all(|(mname, m)| {
                    let t = s(m, "shape").unwrap_or("");
                    !required.contains(mname)
                        || !(self.is_enum(t) || (self.is_struct(t) && !snapshot.contains(t)))
                })
            });
            if candidates.len() == before {
                break;
            }
        }
        self.defaultable = candidates;
    }

    fn required(&self, name: &str) -> BTreeSet<&'m str> {
        self.shape(name)
            .get("required")
            .and_then(Json::as_array)
            .map(|r| r.iter().filter_map(Json::as_str).collect())
            .unwrap_or_default()
    }

    fn id(&self, name: &str) -> Result<usize, String> {
        self.ids
            .get(name)
            .copied()
            .ok_or(format!("{}: unknown shape `{name}`", self.service))
    }

    fn protocol(&self) -> Result<&'static str, String> {
        match s(&Json::Object(self.metadata.clone()), "protocol") {
            Some("query") => Ok("Query"),
            Some("json") => Ok("Json"),
            Some("rest-json") => Ok("RestJson"),
            Some("smithy-rpc-v2-cbor") => Ok("RpcV2Cbor"),
            other => Err(format!("{}: unsupported protocol {other:?}", self.service)),
        }
    }

    fn module(&self, source: &str) -> Result<String, String> {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "//! The `{}` service: schema tables and typed shapes. Written by `scripts/codegen` from {source}; do not edit.\n",
            self.service
        );
        out.push_str(
            "#![allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case)]\n\n",
        );
        self.service_def(&mut out)?;
        self.shape_table(&mut out)?;
        out.push_str("/// Reads `value` into the typed struct of structure shape `shape` and writes it back,\n/// so tests can check the typed codec against the schema. `None` for other shapes.\npub fn typed_round_trip(shape: &str, value: &crate::Value) -> ::std::option::Option<::core::result::Result<crate::Value, crate::FromValueError>> {\nfn via<T: crate::FromValue + crate::ToValue>(value: &crate::Value) -> ::core::result::Result<crate::Value, crate::FromValueError> {\nT::from_value(value).map(|t| t.to_value())\n}\nSome(match shape {\n");
        for name in self.shapes.keys() {
            if self.is_struct(name) {
                let _ = writeln!(
                    out,
                    "{} => via::<{}>(value),",
                    lit(name),
                    self.type_ident(name)
                );
            }
        }
        out.push_str("_ => return None,\n})\n}\n\n");
        for (name, sh) in self.shapes {
            if self.is_struct(name) {
                self.structure(&mut out, name, sh)?;
            } else if self.is_enum(name) {
                self.enumeration(&mut out, name, sh);
            }
        }
        Ok(out)
    }

    fn service_def(&self, out: &mut String) -> Result<(), String> {
        let md = Json::Object(self.metadata.clone());
        let protocols: Vec<String> = md
            .get("protocols")
            .and_then(Json::as_array)
            .map(|p| p.iter().filter_map(Json::as_str).map(lit).collect())
            .unwrap_or_default();
        let endpoint_prefix = s(&md, "endpointPrefix").unwrap_or(self.service);
        let _ = writeln!(
            out,
            "pub static SERVICE: crate::ServiceDef = crate::ServiceDef {{"
        );
        let _ = writeln!(out, "name: {},", lit(self.service));
        let _ = writeln!(out, "protocol: crate::Protocol::{},", self.protocol()?);
        let _ = writeln!(out, "protocols: &[{}],", protocols.join(", "));
        let _ = writeln!(
            out,
            "api_version: {},",
            lit(s(&md, "apiVersion").unwrap_or(""))
        );
        let _ = writeln!(out, "target_prefix: {},", opt_lit(s(&md, "targetPrefix")));
        let _ = writeln!(out, "json_version: {},", opt_lit(s(&md, "jsonVersion")));
        let _ = writeln!(out, "xml_namespace: {},", opt_lit(s(&md, "xmlNamespace")));
        let _ = writeln!(
            out,
            "signing_name: {},",
            lit(s(&md, "signingName").unwrap_or(endpoint_prefix))
        );
        let _ = writeln!(out, "endpoint_prefix: {},", lit(endpoint_prefix));
        let _ = writeln!(out, "operations: &OPERATIONS,\nshapes: &SHAPES,\n}};\n");
        let _ = writeln!(
            out,
            "static OPERATIONS: [crate::OperationDef; {}] = [",
            self.operations.len()
        );
        for (name, op) in self.operations {
            let http = op.get("http").unwrap_or(&Json::Null);
            let shape_ref = |key: &str| -> Result<String, String> {
                match op.get(key).and_then(|r| s(r, "shape")) {
                    Some(t) => Ok(format!("Some(crate::ShapeId({}))", self.id(t)?)),
                    None => Ok("None".to_owned()),
                }
            };
            let mut errors = Vec::new();
            for e in op
                .get("errors")
                .and_then(Json::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(t) = s(e, "shape") {
                    errors.push(format!("crate::ShapeId({})", self.id(t)?));
                }
            }
            let unsigned = s(op, "authtype") == Some("none")
                || op
                    .get("auth")
                    .and_then(Json::as_array)
                    .is_some_and(|a| a.iter().any(|x| x.as_str() == Some("smithy.api#noAuth")));
            let _ = writeln!(
                out,
                "crate::OperationDef {{ name: {}, http_method: {}, request_uri: {}, response_code: {}, input: {}, output: {}, result_wrapper: {}, errors: &[{}], unsigned: {unsigned} }},",
                lit(name),
                lit(s(http, "method").unwrap_or("POST")),
                lit(s(http, "requestUri").unwrap_or("/")),
                int(http, "responseCode").unwrap_or(200),
                shape_ref("input")?,
                shape_ref("output")?,
                opt_lit(op.get("output").and_then(|o| s(o, "resultWrapper"))),
                errors.join(", "),
            );
        }
        out.push_str("];\n\n");
        Ok(())
    }

    fn member_lit(&self, name: &str, m: &Json, required: bool) -> Result<String, String> {
        let target =
            s(m, "shape").ok_or(format!("{}: member `{name}` without shape", self.service))?;
        let mut f = vec![
            format!("name: {}", lit(name)),
            format!("target: crate::ShapeId({})", self.id(target)?),
        ];
        if required {
            f.push("required: true".to_owned());
        }
        let location = match s(m, "location") {
            Some("uri") => Some("Uri"),
            Some("querystring") => Some("QueryString"),
            Some("header") => Some("Header"),
            Some("headers") => Some("Headers"),
            Some("statusCode") => Some("StatusCode"),
            _ => None,
        };
        if let Some(l) = location {
            f.push(format!("location: crate::Location::{l}"));
        }
        if let Some(ln) = s(m, "locationName") {
            f.push(format!("location_name: Some({})", lit(ln)));
        }
        if let Some(q) = s(m, "queryName") {
            f.push(format!("query_name: Some({})", lit(q)));
        }
        if let Some(t) = timestamp_format(m) {
            f.push(format!("timestamp_format: {t}"));
        }
        for (key, field) in [
            ("flattened", "flattened"),
            ("idempotencyToken", "idempotency_token"),
            ("jsonvalue", "jsonvalue"),
            ("hostLabel", "host_label"),
        ] {
            if flag(m, key) {
                f.push(format!("{field}: true"));
            }
        }
        Ok(format!(
            "crate::Member {{ {}, ..crate::Member::EMPTY }}",
            f.join(", ")
        ))
    }

    fn shape_table(&self, out: &mut String) -> Result<(), String> {
        let _ = writeln!(
            out,
            "static SHAPES: [crate::Shape; {}] = [",
            self.shapes.len()
        );
        for (name, sh) in self.shapes {
            let kind = match s(sh, "type") {
                Some("structure") => "Structure",
                Some("list") => "List",
                Some("map") => "Map",
                Some("string") => "String",
                Some("integer") => "Integer",
                Some("long") => "Long",
                Some("float") => "Float",
                Some("double") => "Double",
                Some("boolean") => "Boolean",
                Some("timestamp") => "Timestamp",
                Some("blob") => "Blob",
                other => {
                    return Err(format!(
                        "{}: shape `{name}` has type {other:?}",
                        self.service
                    ));
                }
            };
            let mut f = vec![
                format!("name: {}", lit(name)),
                format!("kind: crate::ShapeKind::{kind}"),
            ];
            let required = self.required(name);
            let members = self.members(name);
            if !members.is_empty() {
                let ms: Result<Vec<String>, String> = members
                    .iter()
                    .map(|(n, m)| self.member_lit(n, m, required.contains(n)))
                    .collect();
                f.push(format!("members: &[{}]", ms?.join(", ")));
            }
            for key in ["member", "key", "value"] {
                if let Some(m) = sh.get(key) {
                    f.push(format!("{key}: Some({})", self.member_lit(key, m, false)?));
                }
            }
            if let Some(v) = int(sh, "min") {
                f.push(format!("min: Some({v})"));
            }
            if let Some(v) = int(sh, "max") {
                f.push(format!("max: Some({v})"));
            }
            if let Some(p) = s(sh, "pattern") {
                f.push(format!("pattern: Some({})", lit(p)));
            }
            if let Some(values) = sh.get("enum").and_then(Json::as_array) {
                let vs: Vec<String> = values.iter().filter_map(Json::as_str).map(lit).collect();
                f.push(format!("enum_values: &[{}]", vs.join(", ")));
            }
            if let Some(t) = timestamp_format(sh) {
                f.push(format!("timestamp_format: {t}"));
            }
            for (key, field) in [
                ("flattened", "flattened"),
                ("union", "union"),
                ("document", "document"),
                ("sensitive", "sensitive"),
            ] {
                if flag(sh, key) {
                    f.push(format!("{field}: true"));
                }
            }
            if flag(sh, "exception") {
                // A 5xx without an explicit `senderFault` is the service's fault.
                let e = sh.get("error").unwrap_or(&Json::Null);
                let fault = flag(sh, "fault");
                let code = s(e, "code").unwrap_or(name);
                let status = int(e, "httpStatusCode").unwrap_or(if fault { 500 } else { 400 });
                let sender = e
                    .get("senderFault")
                    .and_then(Json::as_bool)
                    .unwrap_or(!fault && status < 500);
                f.push(format!(
                    "error: Some(crate::ErrorDef {{ code: {}, http_status: {status}, sender_fault: {sender} }})",
                    lit(code)
                ));
            }
            let _ = writeln!(
                out,
                "crate::Shape {{ {}, ..crate::Shape::EMPTY }},",
                f.join(", ")
            );
        }
        out.push_str("];\n\n");
        Ok(())
    }

    fn rust_type(&self, target: &str) -> String {
        let sh = self.shape(target);
        match s(sh, "type").unwrap_or("") {
            "structure" if flag(sh, "document") => "crate::Value".to_owned(),
            "structure" => self.type_ident(target),
            "list" => format!(
                "::std::vec::Vec<{}>",
                self.rust_type(self.ref_target(sh, "member"))
            ),
            "map" => format!(
                "::std::collections::BTreeMap<::std::string::String, {}>",
                self.rust_type(self.ref_target(sh, "value"))
            ),
            "string" if sh.get("enum").is_some() => self.type_ident(target),
            "integer" => "i32".to_owned(),
            "long" => "i64".to_owned(),
            "float" | "double" => "f64".to_owned(),
            "boolean" => "bool".to_owned(),
            "timestamp" => "crate::Timestamp".to_owned(),
            "blob" => "::std::vec::Vec<u8>".to_owned(),
            _ => "::std::string::String".to_owned(),
        }
    }

    fn ref_target(&self, sh: &'m Json, key: &str) -> &'m str {
        sh.get(key).and_then(|m| s(m, "shape")).unwrap_or("")
    }

    fn writer(&self, target: &str, var: &str, depth: usize) -> String {
        let sh = self.shape(target);
        match s(sh, "type").unwrap_or("") {
            "list" => {
                let x = format!("x{depth}");
                format!(
                    "crate::codec::list_to_value({var}, |{x}| {})",
                    self.writer(self.ref_target(sh, "member"), &x, depth + 1)
                )
            }
            "map" => {
                let x = format!("x{depth}");
                format!(
                    "crate::codec::map_to_value({var}, |{x}| {})",
                    self.writer(self.ref_target(sh, "value"), &x, depth + 1)
                )
            }
            _ => format!("crate::ToValue::to_value({var})"),
        }
    }

    fn reader(&self, target: &str, depth: usize) -> String {
        let sh = self.shape(target);
        match s(sh, "type").unwrap_or("") {
            "list" => {
                let x = format!("v{depth}");
                format!(
                    "|{x}: &crate::Value| crate::codec::list_from_value({x}, {})",
                    self.reader(self.ref_target(sh, "member"), depth + 1)
                )
            }
            "map" => {
                let x = format!("v{depth}");
                format!(
                    "|{x}: &crate::Value| crate::codec::map_from_value({x}, {})",
                    self.reader(self.ref_target(sh, "value"), depth + 1)
                )
            }
            _ => "crate::FromValue::from_value".to_owned(),
        }
    }

    fn is_sensitive(&self, target: &str) -> bool {
        let sh = self.shape(target);
        flag(sh, "sensitive")
            || match s(sh, "type") {
                Some("list") => self.is_sensitive(self.ref_target(sh, "member")),
                Some("map") => self.is_sensitive(self.ref_target(sh, "value")),
                _ => false,
            }
    }

    fn structure(&self, out: &mut String, name: &str, sh: &Json) -> Result<(), String> {
        let ty = self.type_ident(name);
        let required = self.required(name);
        let members = self.members(name);
        let mut used = BTreeSet::new();
        let mut fields = Vec::new();
        for (mname, m) in &members {
            let target = s(m, "shape").unwrap_or("");
            let mut ident = field_ident(&snake_case(mname));
            while !used.insert(ident.clone()) {
                ident.push('_');
            }
            let mut rty = self.rust_type(target);
            if self
                .boxed_edges
                .contains(&(self.shape_name(name), self.shape_name(target)))
            {
                rty = format!("::std::boxed::Box<{rty}>");
            }
            let req = required.contains(mname);
            let sensitive = flag(sh, "sensitive") || self.is_sensitive(target);
            fields.push((*mname, ident, rty, req, target, sensitive));
        }
        let any_sensitive = fields.iter().any(|f| f.5);
        let mut derives = vec!["Clone", "PartialEq"];
        if !any_sensitive {
            derives.insert(0, "Debug");
        }
        if self.defaultable.contains(name) {
            derives.push("Default");
        }
        let _ = writeln!(out, "#[derive({})]\npub struct {ty} {{", derives.join(", "));
        for (_, ident, rty, req, _, _) in &fields {
            if *req {
                let _ = writeln!(out, "pub {ident}: {rty},");
            } else {
                let _ = writeln!(out, "pub {ident}: ::std::option::Option<{rty}>,");
            }
        }
        out.push_str("}\n\n");
        if any_sensitive {
            let _ = writeln!(
                out,
                "impl ::std::fmt::Debug for {ty} {{\nfn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {{\nf.debug_struct({})",
                lit(&ty)
            );
            for (_, ident, _, _, _, sensitive) in &fields {
                let field_name = ident.trim_start_matches("r#");
                if *sensitive {
                    let _ = writeln!(out, ".field({}, &\"<redacted>\")", lit(field_name));
                } else {
                    let _ = writeln!(out, ".field({}, &self.{ident})", lit(field_name));
                }
            }
            out.push_str(".finish()\n}\n}\n\n");
        }
        if let Some(e) = flag(sh, "exception").then(|| sh.get("error").unwrap_or(&Json::Null)) {
            let fault = flag(sh, "fault");
            let code = s(e, "code").unwrap_or(name);
            let status = int(e, "httpStatusCode").unwrap_or(if fault { 500 } else { 400 });
            let sender = e
                .get("senderFault")
                .and_then(Json::as_bool)
                .unwrap_or(!fault && status < 500);
            let _ = writeln!(
                out,
                "impl {ty} {{\npub const CODE: &'static str = {};\npub const HTTP_STATUS: u16 = {status};\npub const SENDER_FAULT: bool = {sender};\n}}\n",
                lit(code)
            );
        }
        let _ = writeln!(
            out,
            "impl crate::ToValue for {ty} {{\nfn to_value(&self) -> crate::Value {{"
        );
        if fields.is_empty() {
            out.push_str("crate::Value::Structure(::std::vec::Vec::new())\n}\n}\n\n");
        } else {
            let _ = writeln!(
                out,
                "let mut m = ::std::vec::Vec::with_capacity({});",
                fields.len()
            );
            for (mname, ident, _, req, target, _) in &fields {
                if *req {
                    let _ = writeln!(
                        out,
                        "m.push(({}, {}));",
                        lit(mname),
                        self.writer(target, &format!("&self.{ident}"), 0)
                    );
                } else {
                    let _ = writeln!(
                        out,
                        "if let Some(x) = &self.{ident} {{ m.push(({}, {})); }}",
                        lit(mname),
                        self.writer(target, "x", 0)
                    );
                }
            }
            out.push_str("crate::Value::Structure(m)\n}\n}\n\n");
        }
        let _ = writeln!(
            out,
            "impl crate::FromValue for {ty} {{\nfn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {{"
        );
        if fields.is_empty() {
            out.push_str("crate::codec::structure(value)?;\nOk(Self {})\n}\n}\n\n");
        } else {
            out.push_str("let m = crate::codec::structure(value)?;\nOk(Self {\n");
            for (mname, ident, _, req, target, _) in &fields {
                let f = if *req { "required" } else { "optional" };
                let _ = writeln!(
                    out,
                    "{ident}: crate::codec::{f}(m, {}, {})?,",
                    lit(mname),
                    self.reader(target, 0)
                );
            }
            out.push_str("})\n}\n}\n\n");
        }
        Ok(())
    }

    fn shape_name(&self, name: &str) -> &'m str {
        self.shapes
            .get_key_value(name)
            .map(|(k, _)| k.as_str())
            .unwrap_or("")
    }

    fn enumeration(&self, out: &mut String, name: &str, sh: &Json) {
        let ty = self.type_ident(name);
        let values: Vec<&str> = sh
            .get("enum")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
            .filter_map(Json::as_str)
            .collect();
        let mut used = BTreeSet::from(["Unknown".to_owned()]);
        let mut variants = Vec::new();
        for v in &values {
            let mut ident = variant_ident(v);
            while !used.insert(ident.clone()) {
                ident.push('_');
            }
            variants.push((*v, ident));
        }
        let _ = writeln!(
            out,
            "#[derive(Debug, Clone, PartialEq, Eq, Hash)]\npub enum {ty} {{"
        );
        for (_, ident) in &variants {
            let _ = writeln!(out, "{ident},");
        }
        out.push_str(
            "/// A value this model version does not list.\nUnknown(::std::string::String),\n}\n\n",
        );
        let _ = writeln!(
            out,
            "impl {ty} {{\npub const VALUES: &'static [&'static str] = &[{}];\n",
            values.iter().map(|v| lit(v)).collect::<Vec<_>>().join(", ")
        );
        out.push_str("pub fn as_str(&self) -> &str {\nmatch self {\n");
        for (v, ident) in &variants {
            let _ = writeln!(out, "Self::{ident} => {},", lit(v));
        }
        out.push_str(
            "Self::Unknown(s) => s,\n}\n}\n\npub fn parse(s: &str) -> Self {\nmatch s {\n",
        );
        for (v, ident) in &variants {
            let _ = writeln!(out, "{} => Self::{ident},", lit(v));
        }
        out.push_str("other => Self::Unknown(other.to_owned()),\n}\n}\n}\n\n");
        let _ = writeln!(
            out,
            "impl crate::ToValue for {ty} {{\nfn to_value(&self) -> crate::Value {{\ncrate::Value::String(self.as_str().to_owned())\n}}\n}}\n"
        );
        let _ = writeln!(
            out,
            "impl crate::FromValue for {ty} {{\nfn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {{\ncrate::codec::enum_from_value(value, Self::parse)\n}}\n}}\n"
        );
    }
}
