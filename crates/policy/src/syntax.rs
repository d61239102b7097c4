//! Stage two of parsing: the JSON tree to the policy grammar's syntax, shape checks only.

use crate::error::{PolicyError, Stage, msg};
use std::borrow::Cow;

use crate::json::Json;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DocumentSyntax<'j> {
    pub(crate) version: Option<&'j str>,
    pub(crate) id: Option<&'j str>,
    pub(crate) statements: Vec<StatementSyntax<'j>>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct StatementSyntax<'j> {
    pub(crate) sid: Option<&'j str>,
    pub(crate) effect: &'j str,
    pub(crate) principal: Option<(Negation, PrincipalSyntax<'j>)>,
    pub(crate) action: Option<(Negation, StrList<'j>)>,
    pub(crate) resource: Option<(Negation, StrList<'j>)>,
    pub(crate) condition: ConditionSyntax<'j>,
}

/// Whether an element was written in its `Not` form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Negation {
    Plain,
    Not,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum PrincipalSyntax<'j> {
    Everyone,
    Typed(Vec<(&'j str, Vec<&'j str>)>),
}

const TOP_FIELDS: [&str; 3] = ["Version", "Id", "Statement"];
const STATEMENT_FIELDS: [&str; 9] = [
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
];

pub(crate) fn document<'j>(json: &'j Json<'_>) -> Result<DocumentSyntax<'j>, PolicyError> {
    let Json::Object(members) = json else {
        return Err(PolicyError::syntax(format!(
            "the document is a {}, not an object",
            json.type_name()
        )));
    };
    let mut doc = DocumentSyntax {
        version: None,
        id: None,
        statements: Vec::new(),
    };
    let mut saw_statement = false;
    for (key, value) in members {
        match &**key {
            "Version" => doc.version = Some(string(value, "Version")?),
            "Id" => doc.id = Some(string(value, "Id")?),
            "Statement" => {
                saw_statement = true;
                match value {
                    Json::Object(_) => doc.statements.push(statement(value)?),
                    Json::Array(items) => {
                        doc.statements.reserve(items.len());
                        for item in items {
                            doc.statements.push(statement(item)?);
                        }
                    }
                    other => {
                        return Err(PolicyError::syntax(format!(
                            "`Statement` is a {}, not an object or array",
                            other.type_name()
                        )));
                    }
                }
            }
            other => {
                debug_assert!(!TOP_FIELDS.contains(&other));
                return Err(PolicyError::syntax(format!(
                    "unknown top-level field `{other}`"
                )));
            }
        }
    }
    if !saw_statement {
        return Err(PolicyError::syntax("missing `Statement`"));
    }
    if doc.statements.is_empty() {
        return Err(PolicyError::syntax("`Statement` is an empty array"));
    }
    if let Some(v) = doc.version
        && v != "2012-10-17"
        && v != "2008-10-17"
    {
        return Err(PolicyError::syntax(format!("unknown `Version` `{v}`")));
    }
    Ok(doc)
}

fn string<'j>(value: &'j Json<'_>, field: &str) -> Result<&'j str, PolicyError> {
    match value {
        Json::String(s) => Ok(s),
        other => Err(PolicyError::syntax(format!(
            "`{field}` is a {}, not a string",
            other.type_name()
        ))),
    }
}

fn string_list<'j>(value: &'j Json<'_>, field: &str) -> Result<Vec<&'j str>, PolicyError> {
    match value {
        Json::String(s) => Ok(vec![s]),
        Json::Array(items) => items.iter().map(|i| string(i, field)).collect(),
        other => Err(PolicyError::syntax(format!(
            "`{field}` is a {}, not a string or array of strings",
            other.type_name()
        ))),
    }
}

/// Condition values may be written as strings, numbers or booleans.
fn scalar_text<'j>(value: &'j Json<'_>, field: &str) -> Result<&'j str, PolicyError> {
    match value {
        Json::String(s) => Ok(s),
        Json::Number(n) => Ok(n),
        Json::Bool(true) => Ok("true"),
        Json::Bool(false) => Ok("false"),
        other => Err(PolicyError::syntax(format!(
            "condition value for `{field}` is a {}",
            other.type_name()
        ))),
    }
}

fn statement<'j>(json: &'j Json<'_>) -> Result<StatementSyntax<'j>, PolicyError> {
    let Json::Object(members) = json else {
        return Err(PolicyError::syntax(format!(
            "a statement is a {}, not an object",
            json.type_name()
        )));
    };
    let mut st = StatementSyntax {
        sid: None,
        effect: "",
        principal: None,
        action: None,
        resource: None,
        condition: ConditionSyntax::default(),
    };
    let mut effect = None;
    for (key, value) in members {
        let field = &**key;
        match field {
            "Sid" => st.sid = Some(string(value, field)?),
            "Effect" => effect = Some(string(value, field)?),
            "Principal" | "NotPrincipal" => {
                if st.principal.is_some() {
                    return Err(PolicyError::syntax("both `Principal` and `NotPrincipal`"));
                }
                let neg = if field == "Principal" {
                    Negation::Plain
                } else {
                    Negation::Not
                };
                st.principal = Some((neg, principal(value, field)?));
            }
            "Action" | "NotAction" => {
                if st.action.is_some() {
                    return Err(PolicyError::syntax("both `Action` and `NotAction`"));
                }
                let neg = if field == "Action" {
                    Negation::Plain
                } else {
                    Negation::Not
                };
                st.action = Some((neg, str_list(value, field)?));
            }
            "Resource" | "NotResource" => {
                if st.resource.is_some() {
                    return Err(PolicyError::syntax("both `Resource` and `NotResource`"));
                }
                let neg = if field == "Resource" {
                    Negation::Plain
                } else {
                    Negation::Not
                };
                st.resource = Some((neg, str_list(value, field)?));
            }
            "Condition" => st.condition = condition(value)?,
            other => {
                debug_assert!(!STATEMENT_FIELDS.contains(&other));
                return Err(PolicyError::syntax(format!(
                    "unknown statement field `{other}`"
                )));
            }
        }
    }
    let Some(effect) = effect else {
        return Err(PolicyError::syntax("statement without `Effect`"));
    };
    if effect != "Allow" && effect != "Deny" {
        if effect.eq_ignore_ascii_case("allow") || effect.eq_ignore_ascii_case("deny") {
            return Err(PolicyError::new(
                Stage::Syntax,
                msg::LEGACY,
                format!("`Effect` `{effect}` is not capitalised as `Allow` or `Deny`"),
            ));
        }
        return Err(PolicyError::syntax(format!(
            "`Effect` `{effect}` is neither `Allow` nor `Deny`"
        )));
    }
    st.effect = effect;
    Ok(st)
}

fn principal<'j>(value: &'j Json<'_>, field: &str) -> Result<PrincipalSyntax<'j>, PolicyError> {
    match value {
        Json::String(s) if &**s == "*" => Ok(PrincipalSyntax::Everyone),
        Json::Object(members) => {
            let mut out = Vec::with_capacity(members.len());
            for (kind, ids) in members {
                out.push((&**kind, string_list(ids, field)?));
            }
            Ok(PrincipalSyntax::Typed(out))
        }
        Json::String(s) => Err(PolicyError::new(
            Stage::Syntax,
            format!("Invalid principal in policy: \"{s}\""),
            format!("`{field}` must be `*` or an object"),
        )),
        other => Err(PolicyError::syntax(format!(
            "`{field}` is a {}",
            other.type_name()
        ))),
    }
}

/// A string or array of strings (or, for condition values, scalars), checked and still
/// borrowed from the JSON tree so that the syntax stage allocates nothing for it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum StrList<'j> {
    One(&'j str),
    Many(&'j [Json<'j>]),
}

impl<'j> StrList<'j> {
    pub(crate) fn is_empty(self) -> bool {
        matches!(self, StrList::Many([]))
    }

    pub(crate) fn iter(self) -> impl Iterator<Item = &'j str> {
        let (one, many) = match self {
            StrList::One(s) => (Some(s), &[][..]),
            StrList::Many(items) => (None, items),
        };
        one.into_iter().chain(many.iter().map(scalar_of))
    }
}

fn scalar_of<'j>(j: &'j Json<'_>) -> &'j str {
    match j {
        Json::String(s) => s,
        Json::Number(n) => n,
        Json::Bool(true) => "true",
        Json::Bool(false) => "false",
        // Unreachable after validation: lists hold scalars only.
        _ => "",
    }
}

fn str_list<'j>(value: &'j Json<'_>, field: &str) -> Result<StrList<'j>, PolicyError> {
    match value {
        Json::String(s) => Ok(StrList::One(s)),
        Json::Array(items) => {
            if let Some(bad) = items.iter().find(|i| !matches!(i, Json::String(_))) {
                return Err(PolicyError::syntax(format!(
                    "`{field}` holds a {}, not a string",
                    bad.type_name()
                )));
            }
            Ok(StrList::Many(items))
        }
        other => Err(PolicyError::syntax(format!(
            "`{field}` is a {}, not a string or array of strings",
            other.type_name()
        ))),
    }
}

/// The `Condition` element: operator blocks in document order, each with its keys and
/// their values, checked for shape and borrowed from the JSON tree.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct ConditionSyntax<'j>(&'j [(Cow<'j, str>, Json<'j>)]);

impl<'j> ConditionSyntax<'j> {
    pub(crate) fn blocks(
        self,
    ) -> impl Iterator<Item = (&'j str, impl Iterator<Item = (&'j str, StrList<'j>)>)> {
        self.0.iter().map(|(op, block)| {
            let keys: &'j [(Cow<'j, str>, Json<'j>)] = match block {
                Json::Object(keys) => keys,
                _ => &[],
            };
            let entries = keys.iter().map(|(key, vals)| {
                let list = match vals {
                    Json::Array(items) => StrList::Many(items),
                    other => StrList::One(scalar_of(other)),
                };
                (&**key, list)
            });
            (&**op, entries)
        })
    }
}

fn condition<'j>(value: &'j Json<'_>) -> Result<ConditionSyntax<'j>, PolicyError> {
    let Json::Object(blocks) = value else {
        return Err(PolicyError::syntax(format!(
            "`Condition` is a {}, not an object",
            value.type_name()
        )));
    };
    for (op, block) in blocks {
        let Json::Object(keys) = block else {
            return Err(PolicyError::syntax(format!(
                "condition operator `{op}` is not followed by an object"
            )));
        };
        for (key, vals) in keys {
            match vals {
                Json::Array(items) => {
                    for i in items {
                        scalar_text(i, key)?;
                    }
                }
                other => {
                    scalar_text(other, key)?;
                }
            }
        }
    }
    Ok(ConditionSyntax(blocks))
}
