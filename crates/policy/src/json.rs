//! Stage one of parsing: policy text to a JSON tree, with bounded depth and exact positions.

use std::borrow::Cow;
use std::fmt;

/// Deeper documents than this are rejected rather than recursed into; real policies nest
/// five levels at most (document, statement list, statement, condition, operator block).
pub const MAX_DEPTH: usize = 32;

const SMALL_OBJECT: usize = 16;

/// A JSON value that keeps object members in document order, so validation can report the
/// first offending member the way IAM reads it, and numbers as their source text, so a
/// numeric condition value is never rounded before its operator sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'t> {
    Null,
    Bool(bool),
    Number(Cow<'t, str>),
    /// Borrowed from the text unless it contained escapes.
    String(Cow<'t, str>),
    Array(Vec<Json<'t>>),
    Object(Vec<(Cow<'t, str>, Json<'t>)>),
}

impl Json<'_> {
    /// A copy that no longer borrows the text it was parsed from.
    pub fn into_owned(self) -> Json<'static> {
        let own = |c: Cow<'_, str>| Cow::Owned(c.into_owned());
        match self {
            Json::Null => Json::Null,
            Json::Bool(b) => Json::Bool(b),
            Json::Number(n) => Json::Number(own(n)),
            Json::String(s) => Json::String(own(s)),
            Json::Array(a) => Json::Array(a.into_iter().map(Json::into_owned).collect()),
            Json::Object(m) => Json::Object(
                m.into_iter()
                    .map(|(k, v)| (own(k), v.into_owned()))
                    .collect(),
            ),
        }
    }

    pub(crate) fn type_name(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "boolean",
            Json::Number(_) => "number",
            Json::String(_) => "string",
            Json::Array(_) => "array",
            Json::Object(_) => "object",
        }
    }
}

/// Why the text is not a JSON document this crate accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    offset: usize,
    reason: JsonErrorReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum JsonErrorReason {
    UnexpectedEnd,
    UnexpectedCharacter,
    InvalidEscape,
    InvalidNumber,
    ControlCharacterInString,
    TooDeep,
    DuplicateMember,
    TrailingCharacters,
}

impl JsonError {
    /// Byte offset in the text where parsing stopped.
    pub fn offset(&self) -> usize {
        self.offset
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.reason {
            JsonErrorReason::UnexpectedEnd => "unexpected end of text",
            JsonErrorReason::UnexpectedCharacter => "unexpected character",
            JsonErrorReason::InvalidEscape => "invalid escape sequence",
            JsonErrorReason::InvalidNumber => "invalid number",
            JsonErrorReason::ControlCharacterInString => "control character in string",
            JsonErrorReason::TooDeep => "nesting deeper than the policy grammar allows",
            JsonErrorReason::DuplicateMember => "duplicate object member",
            JsonErrorReason::TrailingCharacters => "characters after the document",
        };
        write!(f, "{what} at byte {}", self.offset)
    }
}

impl std::error::Error for JsonError {}

/// Parses one JSON document. Work is linear in the text and recursion is capped at
/// [`MAX_DEPTH`].
pub fn parse_json(text: &str) -> Result<Json<'_>, JsonError> {
    parse_with_statement_spans(text).map(|(json, _)| json)
}

/// Like [`parse_json`], also returning the byte ranges of the objects under the top-level
/// `Statement` member, in document order: the simulator reports where statements are.
pub(crate) fn parse_with_statement_spans(
    text: &str,
) -> Result<(Json<'_>, Vec<(usize, usize)>), JsonError> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        text,
        pos: 0,
        statement_spans: Vec::new(),
    };
    p.skip_ws();
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos != p.bytes.len() {
        return Err(p.error(JsonErrorReason::TrailingCharacters));
    }
    Ok((value, p.statement_spans))
}

struct Parser<'a> {
    bytes: &'a [u8],
    text: &'a str,
    pos: usize,
    statement_spans: Vec<(usize, usize)>,
}

impl<'a> Parser<'a> {
    fn error(&self, reason: JsonErrorReason) -> JsonError {
        JsonError {
            offset: self.pos,
            reason,
        }
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Result<u8, JsonError> {
        self.bytes
            .get(self.pos)
            .copied()
            .ok_or_else(|| self.error(JsonErrorReason::UnexpectedEnd))
    }

    fn expect(&mut self, b: u8) -> Result<(), JsonError> {
        if self.peek()? == b {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(JsonErrorReason::UnexpectedCharacter))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json<'a>, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error(JsonErrorReason::TooDeep));
        }
        match self.peek()? {
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' => Ok(Json::String(self.string()?)),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'n' => self.literal("null", Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(self.error(JsonErrorReason::UnexpectedCharacter)),
        }
    }

    fn literal(&mut self, word: &str, value: Json<'a>) -> Result<Json<'a>, JsonError> {
        if self
            .bytes
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(word.as_bytes()))
        {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error(JsonErrorReason::UnexpectedCharacter))
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json<'a>, JsonError> {
        self.pos += 1;
        // Policy objects rarely have more than eight members: one allocation, no regrowth.
        let mut members: Vec<(Cow<'a, str>, Json<'a>)> = Vec::with_capacity(8);
        self.skip_ws();
        if self.peek()? == b'}' {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_ws();
            if self.peek()? != b'"' {
                return Err(self.error(JsonErrorReason::UnexpectedCharacter));
            }
            let key_at = self.pos;
            let key = self.string()?;
            // Small objects (every object of a real policy) are checked as they grow; big
            // ones once at the end, so duplicate detection never turns quadratic.
            if members.len() < SMALL_OBJECT && members.iter().any(|(k, _)| **k == *key) {
                return Err(JsonError {
                    offset: key_at,
                    reason: JsonErrorReason::DuplicateMember,
                });
            }
            self.skip_ws();
            self.expect(b':')?;
            self.skip_ws();
            let value = if depth == 0 && key == "Statement" {
                self.statement_value(depth + 1)?
            } else {
                self.value(depth + 1)?
            };
            members.push((key, value));
            self.skip_ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {
                    self.pos += 1;
                    if members.len() > SMALL_OBJECT {
                        let mut keys: Vec<&str> = members.iter().map(|(k, _)| &**k).collect();
                        keys.sort_unstable();
                        if keys.windows(2).any(|w| w.first() == w.get(1)) {
                            return Err(JsonError {
                                offset: self.pos,
                                reason: JsonErrorReason::DuplicateMember,
                            });
                        }
                    }
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.error(JsonErrorReason::UnexpectedCharacter)),
            }
        }
    }

    /// The value of the top-level `Statement` member, recording where each statement
    /// object starts and ends.
    fn statement_value(&mut self, depth: usize) -> Result<Json<'a>, JsonError> {
        match self.peek()? {
            b'{' => {
                let start = self.pos;
                let v = self.object(depth)?;
                self.statement_spans.push((start, self.pos));
                Ok(v)
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                self.skip_ws();
                if self.peek()? == b']' {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    self.skip_ws();
                    let start = self.pos;
                    let v = self.value(depth + 1)?;
                    if matches!(v, Json::Object(_)) {
                        self.statement_spans.push((start, self.pos));
                    }
                    items.push(v);
                    self.skip_ws();
                    match self.peek()? {
                        b',' => self.pos += 1,
                        b']' => {
                            self.pos += 1;
                            return Ok(Json::Array(items));
                        }
                        _ => return Err(self.error(JsonErrorReason::UnexpectedCharacter)),
                    }
                }
            }
            _ => self.value(depth),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json<'a>, JsonError> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek()? == b']' {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(depth + 1)?);
            self.skip_ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error(JsonErrorReason::UnexpectedCharacter)),
            }
        }
    }

    fn number(&mut self) -> Result<Json<'a>, JsonError> {
        let start = self.pos;
        if self.bytes.get(self.pos) == Some(&b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        self.digits();
        let int_len = self.pos - int_start;
        if int_len == 0 || (int_len > 1 && self.bytes.get(int_start) == Some(&b'0')) {
            return Err(self.error(JsonErrorReason::InvalidNumber));
        }
        if self.bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error(JsonErrorReason::InvalidNumber));
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.pos) {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.pos) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error(JsonErrorReason::InvalidNumber));
            }
        }
        Ok(Json::Number(Cow::Borrowed(&self.text[start..self.pos])))
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn string(&mut self) -> Result<Cow<'a, str>, JsonError> {
        self.pos += 1;
        let start = self.pos;
        let mut out: Option<String> = None;
        loop {
            let run_start = self.pos;
            while let Some(&b) = self.bytes.get(self.pos) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // Runs end on ASCII bytes only, so these slice bounds are char boundaries.
            let run = &self.text[run_start..self.pos];
            match self.peek()? {
                b'"' => {
                    self.pos += 1;
                    return Ok(match out {
                        None => Cow::Borrowed(&self.text[start..self.pos - 1]),
                        Some(mut o) => {
                            o.push_str(run);
                            Cow::Owned(o)
                        }
                    });
                }
                b'\\' => {
                    self.pos += 1;
                    let o = out.get_or_insert_with(String::new);
                    o.push_str(run);
                    let c = self.escape()?;
                    o.push(c);
                }
                _ => return Err(self.error(JsonErrorReason::ControlCharacterInString)),
            }
        }
    }

    fn escape(&mut self) -> Result<char, JsonError> {
        let b = self.peek()?;
        self.pos += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hi = self.hex4()?;
                if (0xD800..0xDC00).contains(&hi) {
                    if !self
                        .bytes
                        .get(self.pos..)
                        .is_some_and(|rest| rest.starts_with(b"\\u"))
                    {
                        return Err(self.error(JsonErrorReason::InvalidEscape));
                    }
                    self.pos += 2;
                    let lo = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&lo) {
                        return Err(self.error(JsonErrorReason::InvalidEscape));
                    }
                    let code = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                    char::from_u32(code)
                        .ok_or_else(|| self.error(JsonErrorReason::InvalidEscape))?
                } else {
                    char::from_u32(hi).ok_or_else(|| self.error(JsonErrorReason::InvalidEscape))?
                }
            }
            _ => return Err(self.error(JsonErrorReason::InvalidEscape)),
        })
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut v = 0u32;
        for _ in 0..4 {
            let b = self.peek()?;
            let d = (b as char)
                .to_digit(16)
                .ok_or_else(|| self.error(JsonErrorReason::InvalidEscape))?;
            v = v * 16 + d;
            self.pos += 1;
        }
        Ok(v)
    }
}

/// The size IAM charges a policy against its quotas: the number of characters that are
/// not white space. IAM's quota documentation counts policy sizes "in non-whitespace
/// characters", inside string values as well as between them.
pub fn size_without_whitespace(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_member_order_and_number_text() {
        let j = parse_json(r#"{"b": 1.50, "a": [true, null, "x\u00e9"]}"#);
        assert_eq!(
            j,
            Ok(Json::Object(vec![
                ("b".into(), Json::Number("1.50".into())),
                (
                    "a".into(),
                    Json::Array(vec![
                        Json::Bool(true),
                        Json::Null,
                        Json::String("xé".into())
                    ])
                ),
            ]))
        );
    }

    #[test]
    fn rejects_deep_nesting_without_recursing_further() {
        let text = "[".repeat(100_000);
        let err = parse_json(&text).err().map(|e| e.reason);
        assert_eq!(err, Some(JsonErrorReason::TooDeep));
    }

    #[test]
    fn rejects_duplicates_trailing_and_bad_numbers() {
        assert!(parse_json(r#"{"a":1,"a":2}"#).is_err());
        assert!(parse_json(r#"{"a":1} x"#).is_err());
        assert!(parse_json("01").is_err());
        assert!(parse_json("1.").is_err());
        assert!(parse_json("\"\\ud800\"").is_err());
    }

    #[test]
    fn duplicate_members_in_a_huge_object_are_found_without_quadratic_work() {
        let mut text = String::from("{");
        for i in 0..200_000 {
            text.push_str(&format!("\"k{i}\":0,"));
        }
        text.push_str("\"k7\":1}");
        let started = std::time::Instant::now();
        let err = parse_json(&text).err().map(|e| e.reason);
        assert_eq!(err, Some(JsonErrorReason::DuplicateMember));
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn size_counts_every_character_but_white_space() {
        assert_eq!(size_without_whitespace("{ \"a b\" : 1 }"), 8);
        assert_eq!(size_without_whitespace("{\n\t\"a\\\" b\":1}\r\n"), 10);
    }
}
