//! Condition operators: compiled once from the policy text, evaluated against a request.

use std::borrow::Cow;
use std::cmp::Ordering;

use crate::context::{ContextValue, RequestContext, millis_since_epoch};
use crate::pattern::{ArnPattern, Pattern, Wildcards};
use crate::syntax::StrList;
use crate::values::{Cidr, Number, from_base64, parse_date};

/// The comparison an operator makes, without its set qualifier or `IfExists` suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    StringEquals,
    StringNotEquals,
    StringEqualsIgnoreCase,
    StringNotEqualsIgnoreCase,
    StringLike,
    StringNotLike,
    NumericEquals,
    NumericNotEquals,
    NumericLessThan,
    NumericLessThanEquals,
    NumericGreaterThan,
    NumericGreaterThanEquals,
    DateEquals,
    DateNotEquals,
    DateLessThan,
    DateLessThanEquals,
    DateGreaterThan,
    DateGreaterThanEquals,
    Bool,
    BinaryEquals,
    IpAddress,
    NotIpAddress,
    ArnEquals,
    ArnLike,
    ArnNotEquals,
    ArnNotLike,
    Null,
}

impl Operator {
    pub const ALL: [Operator; 27] = [
        Operator::StringEquals,
        Operator::StringNotEquals,
        Operator::StringEqualsIgnoreCase,
        Operator::StringNotEqualsIgnoreCase,
        Operator::StringLike,
        Operator::StringNotLike,
        Operator::NumericEquals,
        Operator::NumericNotEquals,
        Operator::NumericLessThan,
        Operator::NumericLessThanEquals,
        Operator::NumericGreaterThan,
        Operator::NumericGreaterThanEquals,
        Operator::DateEquals,
        Operator::DateNotEquals,
        Operator::DateLessThan,
        Operator::DateLessThanEquals,
        Operator::DateGreaterThan,
        Operator::DateGreaterThanEquals,
        Operator::Bool,
        Operator::BinaryEquals,
        Operator::IpAddress,
        Operator::NotIpAddress,
        Operator::ArnEquals,
        Operator::ArnLike,
        Operator::ArnNotEquals,
        Operator::ArnNotLike,
        Operator::Null,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Operator::StringEquals => "StringEquals",
            Operator::StringNotEquals => "StringNotEquals",
            Operator::StringEqualsIgnoreCase => "StringEqualsIgnoreCase",
            Operator::StringNotEqualsIgnoreCase => "StringNotEqualsIgnoreCase",
            Operator::StringLike => "StringLike",
            Operator::StringNotLike => "StringNotLike",
            Operator::NumericEquals => "NumericEquals",
            Operator::NumericNotEquals => "NumericNotEquals",
            Operator::NumericLessThan => "NumericLessThan",
            Operator::NumericLessThanEquals => "NumericLessThanEquals",
            Operator::NumericGreaterThan => "NumericGreaterThan",
            Operator::NumericGreaterThanEquals => "NumericGreaterThanEquals",
            Operator::DateEquals => "DateEquals",
            Operator::DateNotEquals => "DateNotEquals",
            Operator::DateLessThan => "DateLessThan",
            Operator::DateLessThanEquals => "DateLessThanEquals",
            Operator::DateGreaterThan => "DateGreaterThan",
            Operator::DateGreaterThanEquals => "DateGreaterThanEquals",
            Operator::Bool => "Bool",
            Operator::BinaryEquals => "BinaryEquals",
            Operator::IpAddress => "IpAddress",
            Operator::NotIpAddress => "NotIpAddress",
            Operator::ArnEquals => "ArnEquals",
            Operator::ArnLike => "ArnLike",
            Operator::ArnNotEquals => "ArnNotEquals",
            Operator::ArnNotLike => "ArnNotLike",
            Operator::Null => "Null",
        }
    }

    /// Negated operators hold when no policy value matches, and when the key is absent.
    pub fn is_negated(self) -> bool {
        matches!(
            self,
            Operator::StringNotEquals
                | Operator::StringNotEqualsIgnoreCase
                | Operator::StringNotLike
                | Operator::NumericNotEquals
                | Operator::DateNotEquals
                | Operator::NotIpAddress
                | Operator::ArnNotEquals
                | Operator::ArnNotLike
        )
    }
}

/// `ForAllValues:` / `ForAnyValue:` qualifiers for multivalued keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetQualifier {
    None,
    ForAllValues,
    ForAnyValue,
}

/// A parsed operator name such as `ForAnyValue:StringLikeIfExists`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperatorName {
    pub qualifier: SetQualifier,
    pub operator: Operator,
    pub if_exists: bool,
}

impl OperatorName {
    /// Operator names are matched exactly, as IAM does.
    pub fn parse(text: &str) -> Option<OperatorName> {
        let (qualifier, rest) = if let Some(r) = text.strip_prefix("ForAllValues:") {
            (SetQualifier::ForAllValues, r)
        } else if let Some(r) = text.strip_prefix("ForAnyValue:") {
            (SetQualifier::ForAnyValue, r)
        } else {
            (SetQualifier::None, text)
        };
        let (if_exists, base) = match rest.strip_suffix("IfExists") {
            Some(b) => (true, b),
            None => (false, rest),
        };
        let operator = Operator::ALL.into_iter().find(|o| o.name() == base)?;
        if operator == Operator::Null && if_exists {
            return None;
        }
        Some(OperatorName {
            qualifier,
            operator,
            if_exists,
        })
    }
}

/// Policy values, parsed for the operator's type.
#[derive(Debug, Clone, PartialEq)]
enum Values {
    Strings(Vec<Pattern>),
    Arns(Vec<ArnPattern>),
    Numbers(Vec<Number>),
    Dates(Vec<i64>),
    Bools(Vec<bool>),
    Binaries(Vec<Vec<u8>>),
    Cidrs(Vec<Cidr>),
    Null(Vec<bool>),
}

/// One key's test inside a `Condition` block.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Condition {
    name: OperatorName,
    key: Box<str>,
    folded_key: Box<str>,
    values: Values,
}

/// Why a condition value could not be compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BadValue(pub(crate) String);

impl Condition {
    pub(crate) fn compile(
        name: OperatorName,
        key: &str,
        raw: StrList<'_>,
        variables: bool,
    ) -> Result<Condition, BadValue> {
        use Operator as O;
        let bad = |v: &str| BadValue(v.to_owned());
        let values = match name.operator {
            O::StringEquals | O::StringNotEquals => Values::Strings(
                raw.iter()
                    .map(|v| Pattern::compile(v, Wildcards::Off, variables, false))
                    .collect(),
            ),
            O::StringEqualsIgnoreCase | O::StringNotEqualsIgnoreCase => Values::Strings(
                raw.iter()
                    .map(|v| Pattern::compile(v, Wildcards::Off, variables, true))
                    .collect(),
            ),
            O::StringLike | O::StringNotLike => Values::Strings(
                raw.iter()
                    .map(|v| Pattern::compile(v, Wildcards::On, variables, false))
                    .collect(),
            ),
            O::ArnEquals | O::ArnLike | O::ArnNotEquals | O::ArnNotLike => Values::Arns(
                raw.iter()
                    .map(|v| ArnPattern::compile(v, variables))
                    .collect(),
            ),
            O::NumericEquals
            | O::NumericNotEquals
            | O::NumericLessThan
            | O::NumericLessThanEquals
            | O::NumericGreaterThan
            | O::NumericGreaterThanEquals => Values::Numbers(
                raw.iter()
                    .map(|v| Number::parse(v).ok_or_else(|| bad(v)))
                    .collect::<Result<_, _>>()?,
            ),
            O::DateEquals
            | O::DateNotEquals
            | O::DateLessThan
            | O::DateLessThanEquals
            | O::DateGreaterThan
            | O::DateGreaterThanEquals => Values::Dates(
                raw.iter()
                    .map(|v| parse_date(v).ok_or_else(|| bad(v)))
                    .collect::<Result<_, _>>()?,
            ),
            O::Bool => Values::Bools(raw.iter().map(|v| v.eq_ignore_ascii_case("true")).collect()),
            O::BinaryEquals => Values::Binaries(
                raw.iter()
                    .map(|v| from_base64(v).ok_or_else(|| bad(v)))
                    .collect::<Result<_, _>>()?,
            ),
            O::IpAddress | O::NotIpAddress => Values::Cidrs(
                raw.iter()
                    .map(|v| Cidr::parse(v).ok_or_else(|| bad(v)))
                    .collect::<Result<_, _>>()?,
            ),
            O::Null => Values::Null(
                raw.iter()
                    .map(|v| match v.to_ascii_lowercase().as_str() {
                        "true" => Ok(true),
                        "false" => Ok(false),
                        _ => Err(bad(v)),
                    })
                    .collect::<Result<_, _>>()?,
            ),
        };
        Ok(Condition {
            name,
            key: key.into(),
            folded_key: key.to_ascii_lowercase().into_boxed_str(),
            values,
        })
    }

    pub(crate) fn key(&self) -> &str {
        &self.key
    }

    pub(crate) fn operator(&self) -> OperatorName {
        self.name
    }

    /// Evaluates the condition. `missing` is called with the key when the request lacks it.
    pub(crate) fn evaluate(&self, ctx: &RequestContext, missing: &mut dyn FnMut(&str)) -> bool {
        let entry = ctx.entry(&self.folded_key);
        if let Values::Null(wants) = &self.values {
            let absent = entry.is_none_or(|e| e.values.is_empty());
            return wants.contains(&absent);
        }
        let values = match entry {
            Some(e) if !e.values.is_empty() => &e.values,
            absent_or_empty => {
                // An empty set counts as absent: `IfExists` passes, "all" holds vacuously,
                // "any" finds nothing, a plain negated operator finds no match.
                if absent_or_empty.is_none() {
                    missing(&self.key);
                }
                if self.name.if_exists {
                    return true;
                }
                return match self.name.qualifier {
                    SetQualifier::ForAllValues => true,
                    SetQualifier::ForAnyValue => false,
                    SetQualifier::None => self.name.operator.is_negated(),
                };
            }
        };
        let negated = self.name.operator.is_negated();
        let outcome = |v: &ContextValue| self.any_value_matches(v, ctx);
        let result = match self.name.qualifier {
            SetQualifier::None => {
                let mut any = Some(false);
                for v in values {
                    match outcome(v) {
                        None => return false,
                        Some(true) => {
                            any = Some(true);
                            break;
                        }
                        Some(false) => {}
                    }
                }
                any.map(|a| a != negated)
            }
            SetQualifier::ForAnyValue => {
                let mut res = Some(false);
                for v in values {
                    match outcome(v) {
                        None => return false,
                        Some(m) if m != negated => {
                            res = Some(true);
                            break;
                        }
                        Some(_) => {}
                    }
                }
                res
            }
            SetQualifier::ForAllValues => {
                let mut res = Some(true);
                for v in values {
                    match outcome(v) {
                        None => return false,
                        Some(m) if m == negated => {
                            res = Some(false);
                            break;
                        }
                        Some(_) => {}
                    }
                }
                res
            }
        };
        result.unwrap_or(false)
    }

    /// Whether the context value matches at least one policy value, ignoring negation.
    /// `None` when a policy variable could not be resolved.
    fn any_value_matches(&self, v: &ContextValue, ctx: &RequestContext) -> Option<bool> {
        use Operator as O;
        match &self.values {
            Values::Strings(pats) => {
                let fold = matches!(
                    self.name.operator,
                    O::StringEqualsIgnoreCase | O::StringNotEqualsIgnoreCase
                );
                let text = v.as_text();
                let text: Cow<'_, str> = if fold {
                    Cow::Owned(text.to_lowercase())
                } else {
                    text
                };
                let mut any = false;
                for p in pats {
                    if p.matches(&text, ctx, fold)? {
                        any = true;
                    }
                }
                Some(any)
            }
            Values::Arns(pats) => {
                let text = v.as_text();
                let mut any = false;
                for p in pats {
                    if p.matches(&text, ctx)? {
                        any = true;
                    }
                }
                Some(any)
            }
            Values::Numbers(nums) => {
                let Some(n) = context_number(v) else {
                    return Some(false);
                };
                Some(
                    nums.iter()
                        .any(|&p| ordering_holds(self.name.operator, n.compare(p))),
                )
            }
            Values::Dates(dates) => {
                let Some(d) = context_date(v) else {
                    return Some(false);
                };
                Some(
                    dates
                        .iter()
                        .any(|&p| ordering_holds(self.name.operator, Some(d.cmp(&p)))),
                )
            }
            Values::Bools(bools) => {
                let b = match v {
                    ContextValue::Bool(b) => *b,
                    other => other.as_text().eq_ignore_ascii_case("true"),
                };
                Some(bools.contains(&b))
            }
            Values::Binaries(bins) => {
                let bytes: Cow<'_, [u8]> = match v {
                    ContextValue::Binary(b) => Cow::Borrowed(b),
                    other => match from_base64(&other.as_text()) {
                        Some(b) => Cow::Owned(b),
                        None => return Some(false),
                    },
                };
                Some(bins.iter().any(|b| **b == *bytes))
            }
            Values::Cidrs(cidrs) => {
                let ip = match v {
                    ContextValue::Ip(ip) => *ip,
                    other => match other.as_text().trim().parse() {
                        Ok(ip) => ip,
                        Err(_) => return Some(false),
                    },
                };
                Some(cidrs.iter().any(|c| c.contains(ip)))
            }
            Values::Null(_) => Some(false),
        }
    }
}

fn context_number(v: &ContextValue) -> Option<Number> {
    match v {
        ContextValue::Number(f) if f.is_finite() => Some(Number::Float(*f)),
        other => Number::parse(&other.as_text()),
    }
}

fn context_date(v: &ContextValue) -> Option<i64> {
    match v {
        ContextValue::Date(t) => Some(millis_since_epoch(*t)),
        ContextValue::Number(f) if f.is_finite() => {
            #[expect(
                clippy::cast_possible_truncation,
                reason = "epoch seconds fit in i64 millis"
            )]
            let ms = (*f * 1000.0) as i64;
            Some(ms)
        }
        other => parse_date(&other.as_text()),
    }
}

fn ordering_holds(op: Operator, ord: Option<Ordering>) -> bool {
    use Operator as O;
    let Some(ord) = ord else {
        return false;
    };
    match op {
        // The not-equal operators are compiled as their positive form and negated later.
        O::NumericEquals | O::NumericNotEquals | O::DateEquals | O::DateNotEquals => {
            ord == Ordering::Equal
        }
        O::NumericLessThan | O::DateLessThan => ord == Ordering::Less,
        O::NumericLessThanEquals | O::DateLessThanEquals => ord != Ordering::Greater,
        O::NumericGreaterThan | O::DateGreaterThan => ord == Ordering::Greater,
        O::NumericGreaterThanEquals | O::DateGreaterThanEquals => ord != Ordering::Less,
        _ => false,
    }
}
