//! Wildcard patterns with policy variables: actions, resource ARNs and string conditions.

use std::borrow::Cow;

use crate::context::RequestContext;

/// One unit of a wildcard pattern after variables are substituted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Glob {
    Lit(Box<str>),
    Star,
    Question,
}

/// One unit of a pattern as written: a glob unit or a policy variable still to resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Part {
    Glob(Glob),
    Var {
        key: Box<str>,
        default: Option<Box<str>>,
    },
}

/// A compiled pattern. The common shapes (everything, an exact text, a prefix) are
/// recognised once at compile time; patterns with variables are resolved per request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Pattern {
    Any,
    Exact(Box<str>),
    Prefix(Box<str>),
    Globs(Box<[Glob]>),
    Variables(Box<[Part]>),
}

/// Whether `*` and `?` are wildcards in this text (StringLike, resources, actions) or
/// plain characters (StringEquals and friends, where only variables are special).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wildcards {
    On,
    Off,
}

fn fold(text: &str, lower: bool) -> Box<str> {
    if lower {
        text.to_lowercase().into_boxed_str()
    } else {
        text.into()
    }
}

impl Pattern {
    /// Compiles `text`. `variables` is true only for `2012-10-17` documents; `lower` folds
    /// the literal text for case-insensitive comparisons.
    pub(crate) fn compile(
        text: &str,
        wildcards: Wildcards,
        variables: bool,
        lower: bool,
    ) -> Pattern {
        let has_vars = variables && text.contains("${");
        if !has_vars {
            let wild = wildcards == Wildcards::On;
            if wild && text == "*" {
                return Pattern::Any;
            }
            let special = |c: char| wild && (c == '*' || c == '?');
            match text.find(special) {
                None => return Pattern::Exact(fold(text, lower)),
                Some(i) if i + 1 == text.len() && text.ends_with('*') => {
                    return Pattern::Prefix(fold(&text[..i], lower));
                }
                _ => {}
            }
        }
        let parts = parse_parts(text, wildcards, variables, lower);
        if parts.iter().any(|p| matches!(p, Part::Var { .. })) {
            Pattern::Variables(parts.into_boxed_slice())
        } else {
            let globs: Vec<Glob> = parts
                .into_iter()
                .filter_map(|p| match p {
                    Part::Glob(g) => Some(g),
                    Part::Var { .. } => None,
                })
                .collect();
            match globs.as_slice() {
                [] => Pattern::Exact("".into()),
                [Glob::Lit(s)] => Pattern::Exact(s.clone()),
                _ => Pattern::Globs(globs.into_boxed_slice()),
            }
        }
    }

    pub(crate) fn has_variables(&self) -> bool {
        matches!(self, Pattern::Variables(_))
    }

    /// Matches `text` (already case-folded when the pattern was compiled folded). `None`
    /// when a variable has neither a value nor a default, which makes the element not
    /// match.
    pub(crate) fn matches(&self, text: &str, ctx: &RequestContext, lower: bool) -> Option<bool> {
        match self {
            Pattern::Any => Some(true),
            Pattern::Exact(s) => Some(text == &**s),
            Pattern::Prefix(s) => Some(text.starts_with(&**s)),
            Pattern::Globs(g) => Some(glob_match(g, text)),
            Pattern::Variables(parts) => {
                let mut globs = Vec::with_capacity(parts.len());
                for part in parts.iter() {
                    match part {
                        Part::Glob(g) => globs.push(g.clone()),
                        Part::Var { key, default } => {
                            let value = match ctx.variable(key) {
                                Some(v) => v,
                                None => Cow::Borrowed(&**default.as_ref()?),
                            };
                            let value = if lower {
                                Cow::Owned(value.to_lowercase())
                            } else {
                                value
                            };
                            globs.push(Glob::Lit(value.into_owned().into_boxed_str()));
                        }
                    }
                }
                Some(glob_match(&globs, text))
            }
        }
    }
}

fn parse_parts(text: &str, wildcards: Wildcards, variables: bool, lower: bool) -> Vec<Part> {
    let mut parts: Vec<Part> = Vec::new();
    let mut lit = String::new();
    let flush = |lit: &mut String, parts: &mut Vec<Part>| {
        if !lit.is_empty() {
            let s = std::mem::take(lit);
            parts.push(Part::Glob(Glob::Lit(s.into_boxed_str())));
        }
    };
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if variables
            && rest.starts_with("${")
            && let Some((var, used)) = parse_variable(rest)
        {
            match var {
                ParsedVar::Literal(c) => lit.push(c),
                ParsedVar::Key { key, default } => {
                    flush(&mut lit, &mut parts);
                    parts.push(Part::Var { key, default });
                }
            }
            rest = &rest[used..];
            continue;
        }
        match (c, wildcards) {
            ('*', Wildcards::On) => {
                flush(&mut lit, &mut parts);
                if parts.last() != Some(&Part::Glob(Glob::Star)) {
                    parts.push(Part::Glob(Glob::Star));
                }
            }
            ('?', Wildcards::On) => {
                flush(&mut lit, &mut parts);
                parts.push(Part::Glob(Glob::Question));
            }
            _ => {
                if lower {
                    lit.extend(c.to_lowercase());
                } else {
                    lit.push(c);
                }
            }
        }
        rest = &rest[c.len_utf8()..];
    }
    flush(&mut lit, &mut parts);
    parts
}

enum ParsedVar {
    Literal(char),
    Key {
        key: Box<str>,
        default: Option<Box<str>>,
    },
}

/// Reads `${...}` at the start of `text`; returns the variable and the bytes it used, or
/// `None` when the text is not a well-formed variable (it is then plain text).
fn parse_variable(text: &str) -> Option<(ParsedVar, usize)> {
    let body_start = 2;
    let close = text[body_start..].find('}')? + body_start;
    let body = &text[body_start..close];
    let used = close + 1;
    match body {
        "*" => return Some((ParsedVar::Literal('*'), used)),
        "?" => return Some((ParsedVar::Literal('?'), used)),
        "$" => return Some((ParsedVar::Literal('$'), used)),
        _ => {}
    }
    let (name, default) = match body.split_once(',') {
        Some((name, rest)) => {
            let rest = rest.trim();
            let inner = rest.strip_prefix('\'')?.strip_suffix('\'')?;
            (name.trim(), Some(inner.into()))
        }
        None => (body.trim(), None),
    };
    if name.is_empty() || name.contains(char::is_whitespace) {
        return None;
    }
    Some((
        ParsedVar::Key {
            key: name.to_ascii_lowercase().into_boxed_str(),
            default,
        },
        used,
    ))
}

/// Glob matching where `*` matches any run of characters and `?` exactly one. Literal runs
/// and `?` consume a fixed length, so retrying from the most recent `*` is complete.
pub(crate) fn glob_match(globs: &[Glob], text: &str) -> bool {
    let mut p = 0;
    let mut t = 0;
    let mut retry: Option<(usize, usize)> = None;
    let next_char_len = |t: usize| text[t..].chars().next().map_or(0, char::len_utf8);
    loop {
        if let Some(g) = globs.get(p) {
            match g {
                Glob::Star => {
                    retry = Some((p + 1, t));
                    p += 1;
                    continue;
                }
                Glob::Question if t < text.len() => {
                    t += next_char_len(t);
                    p += 1;
                    continue;
                }
                Glob::Lit(s) if text[t..].starts_with(&**s) => {
                    t += s.len();
                    p += 1;
                    continue;
                }
                _ => {}
            }
        } else if t == text.len() {
            return true;
        }
        match retry {
            Some((rp, rt)) if rt < text.len() => {
                let nt = rt + next_char_len(rt);
                retry = Some((rp, nt));
                p = rp;
                t = nt;
            }
            _ => return false,
        }
    }
}

/// A compiled `Resource`/`NotResource` entry or `Arn*` condition value. ARNs are compared
/// segment by segment so that a wildcard in the service, region or account segment stays
/// inside that segment; the final resource segment may itself contain colons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ArnPattern {
    Any,
    /// No wildcard or variable: segment-wise equality is whole-text equality.
    Exact(Box<str>),
    /// One trailing `*` after all five separators: only the resource segment is open.
    Prefix(Box<str>),
    Segments(Box<[Pattern; 6]>),
    Whole(Pattern),
}

impl ArnPattern {
    pub(crate) fn compile(text: &str, variables: bool) -> ArnPattern {
        if text == "*" {
            return ArnPattern::Any;
        }
        if !(variables && text.contains("${")) {
            match text.find(['*', '?']) {
                None => return ArnPattern::Exact(text.into()),
                Some(i)
                    if i + 1 == text.len()
                        && text.get(..i).is_some_and(|head| {
                            head.bytes().filter(|&b| b == b':').count() >= 5
                        }) =>
                {
                    return ArnPattern::Prefix(text.get(..i).unwrap_or_default().into());
                }
                _ => {}
            }
        }
        let segments = split_arn_outside_variables(text);
        match segments {
            Some(s) => ArnPattern::Segments(Box::new(
                s.map(|seg| Pattern::compile(seg, Wildcards::On, variables, false)),
            )),
            None => ArnPattern::Whole(Pattern::compile(text, Wildcards::On, variables, false)),
        }
    }

    pub(crate) fn matches(&self, arn: &str, ctx: &RequestContext) -> Option<bool> {
        match self {
            ArnPattern::Any => Some(true),
            ArnPattern::Exact(s) => Some(arn == &**s),
            ArnPattern::Prefix(s) => Some(arn.starts_with(&**s)),
            ArnPattern::Whole(p) => p.matches(arn, ctx, false),
            ArnPattern::Segments(pats) => {
                let Some(parts) = split_arn(arn) else {
                    return Some(false);
                };
                let mut all = true;
                for (pat, part) in pats.iter().zip(parts) {
                    match pat.matches(part, ctx, false) {
                        None => return None,
                        Some(false) => all = false,
                        Some(true) => {}
                    }
                    if !all && !pat.has_variables() {
                        return Some(false);
                    }
                }
                Some(all)
            }
        }
    }
}

/// Splits an ARN into its six segments; the last keeps any further colons.
pub(crate) fn split_arn(arn: &str) -> Option<[&str; 6]> {
    let mut it = arn.splitn(6, ':');
    let out = [
        it.next()?,
        it.next()?,
        it.next()?,
        it.next()?,
        it.next()?,
        it.next()?,
    ];
    Some(out)
}

fn split_arn_outside_variables(text: &str) -> Option<[&str; 6]> {
    let mut cuts = [0usize; 5];
    let mut n = 0;
    let mut depth = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i)
        && n < 5
    {
        match b {
            b'$' if bytes.get(i + 1) == Some(&b'{') => {
                depth += 1;
                i += 1;
            }
            b'}' if depth > 0 => depth -= 1,
            b':' if depth == 0 => {
                if let Some(cut) = cuts.get_mut(n) {
                    *cut = i;
                }
                n += 1;
            }
            _ => {}
        }
        i += 1;
    }
    if n < 5 {
        return None;
    }
    // The cuts are the byte offsets of ASCII colons, so every piece starts and ends on a
    // character boundary; `get` keeps that a fact checked rather than assumed.
    let [a, b, c, d, e] = cuts;
    Some([
        text.get(..a)?,
        text.get(a + 1..b)?,
        text.get(b + 1..c)?,
        text.get(c + 1..d)?,
        text.get(d + 1..e)?,
        text.get(e + 1..)?,
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(p: &str, t: &str) -> bool {
        let pat = Pattern::compile(p, Wildcards::On, false, false);
        let ctx = RequestContext::for_tests();
        pat.matches(t, &ctx, false).unwrap_or(false)
    }

    #[test]
    fn globs() {
        assert!(g("*", ""));
        assert!(g("s3:Get*", "s3:GetObject"));
        assert!(!g("s3:Get*", "s3:PutObject"));
        assert!(g("a*b*c", "aXXbYYc"));
        assert!(!g("a*b*c", "aXXbYY"));
        assert!(g("a?c", "abc"));
        assert!(g("a?c", "aéc"));
        assert!(!g("a?c", "ac"));
        assert!(g("*a*a*a*", "aaaa"));
        assert!(!g("abc", "abcd"));
    }

    #[test]
    fn arn_wildcard_stays_in_its_segment() {
        let ctx = RequestContext::for_tests();
        let p = ArnPattern::compile("arn:aws:s3:::bucket/*", false);
        assert_eq!(p.matches("arn:aws:s3:::bucket/a:b/c", &ctx), Some(true));
        let p = ArnPattern::compile("arn:aws:*:us-east-1:*:thing", false);
        assert_eq!(p.matches("arn:aws:ec2:us-east-1:1:thing", &ctx), Some(true));
        assert_eq!(
            p.matches("arn:aws:ec2:us-east-1:1:x:thing", &ctx),
            Some(false)
        );
        let p = ArnPattern::compile("arn:aws:*:*:111122223333:*", false);
        assert_eq!(
            p.matches("arn:aws:iam::111122223333:user/x", &ctx),
            Some(true)
        );
        assert_eq!(
            p.matches("arn:aws:iam::999922223333:user/x", &ctx),
            Some(false)
        );
    }
}
