//! Parsing untrusted XML once, with size and depth limits and no DTD, plus the
//! strict accessors the rest of the crate reads values through.

use roxmltree::{Document, Node, ParsingOptions};
use std::fmt;

pub(crate) const NS_SAMLP: &str = "urn:oasis:names:tc:SAML:2.0:protocol";
pub(crate) const NS_SAML: &str = "urn:oasis:names:tc:SAML:2.0:assertion";
pub(crate) const NS_DS: &str = "http://www.w3.org/2000/09/xmldsig#";
pub(crate) const NS_EXC_C14N: &str = "http://www.w3.org/2001/10/xml-exc-c14n#";
pub(crate) const NS_MD: &str = "urn:oasis:names:tc:SAML:2.0:metadata";
pub(crate) const NS_XENC: &str = "http://www.w3.org/2001/04/xmlenc#";

/// Bounds on the documents the crate agrees to parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest document in bytes.
    pub max_bytes: usize,
    /// Deepest element nesting.
    pub max_depth: usize,
    /// Most nodes (elements, attributes, text) in one document.
    pub max_nodes: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 1 << 20,
            max_depth: 48,
            max_nodes: 50_000,
        }
    }
}

/// Why a document was not parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum XmlError {
    /// The document is larger than [`Limits::max_bytes`].
    TooLarge { bytes: usize, limit: usize },
    /// Elements nest deeper than [`Limits::max_depth`].
    TooDeep { limit: usize },
    /// The document is not UTF-8.
    NotUtf8,
    /// The document carries a document type declaration; none is accepted.
    Doctype,
    /// The document is not well-formed XML (or has more nodes than allowed).
    Malformed(String),
}

impl fmt::Display for XmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            XmlError::TooLarge { bytes, limit } => {
                write!(f, "document of {bytes} bytes exceeds the limit of {limit}")
            }
            XmlError::TooDeep { limit } => write!(f, "elements nest deeper than {limit}"),
            XmlError::NotUtf8 => f.write_str("document is not UTF-8"),
            XmlError::Doctype => f.write_str("document type declarations are not accepted"),
            XmlError::Malformed(why) => write!(f, "malformed XML: {why}"),
        }
    }
}

impl std::error::Error for XmlError {}

pub(crate) fn parse<'i>(text: &'i str, limits: &Limits) -> Result<Document<'i>, XmlError> {
    if text.len() > limits.max_bytes {
        return Err(XmlError::TooLarge {
            bytes: text.len(),
            limit: limits.max_bytes,
        });
    }
    // Refused before parsing so that no DTD construct is ever interpreted, whatever
    // the parser's own settings.
    if text.contains("<!DOCTYPE") || text.contains("<!ENTITY") {
        return Err(XmlError::Doctype);
    }
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: limits.max_nodes,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(text, options).map_err(|e| match e {
        roxmltree::Error::DtdDetected => XmlError::Doctype,
        other => XmlError::Malformed(other.to_string()),
    })?;
    let mut stack = vec![(doc.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth > limits.max_depth {
            return Err(XmlError::TooDeep {
                limit: limits.max_depth,
            });
        }
        for child in node.children().filter(Node::is_element) {
            stack.push((child, depth + 1));
        }
    }
    Ok(doc)
}

pub(crate) fn is(node: Node<'_, '_>, ns: &str, local: &str) -> bool {
    node.is_element() && node.tag_name().name() == local && node.tag_name().namespace() == Some(ns)
}

pub(crate) fn element_children<'a, 'i>(node: Node<'a, 'i>) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children().filter(Node::is_element)
}

/// The children of `node` named `ns`:`local`.
pub(crate) fn children_named<'a, 'i>(
    node: Node<'a, 'i>,
    ns: &'static str,
    local: &'static str,
) -> impl Iterator<Item = Node<'a, 'i>> {
    element_children(node).filter(move |c| is(*c, ns, local))
}

/// The element's qualified name prefix as written in the source, which the parser
/// does not keep but canonicalization needs.
pub(crate) fn element_prefix<'i>(doc: &Document<'i>, node: Node<'_, 'i>) -> &'i str {
    let input = doc.input_text();
    let start = node.range().start + 1;
    let rest = input.get(start..).unwrap_or("");
    let end = rest
        .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
        .unwrap_or(rest.len());
    match rest[..end].split_once(':') {
        Some((prefix, _)) => prefix,
        None => "",
    }
}

pub(crate) fn attribute_prefix<'i>(
    doc: &Document<'i>,
    attr: &roxmltree::Attribute<'_, 'i>,
) -> &'i str {
    let qname = doc.input_text().get(attr.range_qname()).unwrap_or("");
    match qname.split_once(':') {
        Some((prefix, _)) => prefix,
        None => "",
    }
}

/// Why a value could not be read from an element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    /// The element holds child elements where text was expected.
    NestedElement { element: String },
    /// A comment or processing instruction splits the text, the classic way to make
    /// two readers disagree about a signed value.
    SplitText { element: String },
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValueError::NestedElement { element } => {
                write!(f, "`{element}` holds elements where text was expected")
            }
            ValueError::SplitText { element } => write!(
                f,
                "`{element}` text is split by a comment or processing instruction"
            ),
        }
    }
}

/// The text of a leaf element; refuses anything but plain text inside it.
pub(crate) fn leaf_text<'a>(node: Node<'a, '_>) -> Result<&'a str, ValueError> {
    let mut text = None;
    for child in node.children() {
        if child.is_element() {
            return Err(ValueError::NestedElement {
                element: node.tag_name().name().to_owned(),
            });
        }
        if !child.is_text() || text.is_some() {
            return Err(ValueError::SplitText {
                element: node.tag_name().name().to_owned(),
            });
        }
        text = child.text();
    }
    Ok(text.unwrap_or(""))
}
