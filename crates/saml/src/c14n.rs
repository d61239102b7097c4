//! Exclusive XML Canonicalization 1.0 without comments, over a subtree of a parsed
//! document, optionally leaving out one descendant (the enveloped signature).

use crate::xml::{attribute_prefix, element_prefix};
use roxmltree::{Document, Node, NodeId, NodeType};

/// Canonicalizes the subtree rooted at `apex` into `out`.
///
/// `omit` is left out with its whole subtree (the enveloped-signature transform).
/// `inclusive_prefixes` is the `InclusiveNamespaces` `PrefixList`, with `#default`
/// standing for the default namespace.
pub fn canonicalize<'d>(
    doc: &'d Document<'d>,
    apex: Node<'d, 'd>,
    omit: Option<NodeId>,
    inclusive_prefixes: &[&str],
    out: &mut Vec<u8>,
) {
    let inclusive: Vec<&str> = inclusive_prefixes
        .iter()
        .map(|p| if *p == "#default" { "" } else { *p })
        .collect();
    let mut writer = Writer {
        doc,
        omit,
        inclusive: &inclusive,
        rendered: Vec::new(),
        out,
    };
    writer.node(apex);
}

struct Writer<'w, 'd> {
    doc: &'d Document<'d>,
    omit: Option<NodeId>,
    inclusive: &'w [&'w str],
    /// Namespace declarations already in force in the output, innermost last.
    rendered: Vec<(&'d str, &'d str)>,
    out: &'w mut Vec<u8>,
}

impl<'d> Writer<'_, 'd> {
    fn node(&mut self, node: Node<'d, 'd>) {
        if Some(node.id()) == self.omit {
            return;
        }
        match node.node_type() {
            NodeType::Element => self.element(node),
            NodeType::Text => escape_text(node.text().unwrap_or(""), self.out),
            NodeType::PI => {
                if let Some(pi) = node.pi() {
                    self.out.extend_from_slice(b"<?");
                    self.out.extend_from_slice(pi.target.as_bytes());
                    if let Some(value) = pi.value {
                        self.out.push(b' ');
                        self.out.extend_from_slice(value.as_bytes());
                    }
                    self.out.extend_from_slice(b"?>");
                }
            }
            NodeType::Comment => {}
            NodeType::Root => {
                for child in node.children() {
                    self.node(child);
                }
            }
        }
    }

    fn in_force(&self, prefix: &str) -> &'d str {
        self.rendered
            .iter()
            .rev()
            .find(|(p, _)| *p == prefix)
            .map_or("", |(_, uri)| *uri)
    }

    fn element(&mut self, node: Node<'d, 'd>) {
        let prefix = element_prefix(self.doc, node);
        let local = node.tag_name().name();

        // Prefixes this element visibly uses, then those the caller asked to treat
        // inclusively; each is declared only when the output does not already bind it
        // to the same namespace.
        let mut wanted: Vec<(&'d str, &'d str)> = Vec::new();
        let mut want = |p: &'d str, uri: &'d str| {
            if p != "xml" && !wanted.iter().any(|(q, _)| *q == p) {
                wanted.push((p, uri));
            }
        };
        want(prefix, node.tag_name().namespace().unwrap_or(""));
        let attrs: Vec<roxmltree::Attribute<'d, 'd>> = node.attributes().collect();
        for attr in &attrs {
            let ap = attribute_prefix(self.doc, attr);
            if !ap.is_empty() {
                want(ap, attr.namespace().unwrap_or(""));
            }
        }
        for &p in self.inclusive {
            let bound = node
                .namespaces()
                .find(|ns| ns.name().unwrap_or("") == p)
                .map(|ns| (ns.name().unwrap_or(""), ns.uri()));
            match bound {
                Some((p, uri)) => want(p, uri),
                // An unbound default namespace still needs `xmlns=""` when an output
                // ancestor bound it.
                None if p.is_empty() => want("", ""),
                None => {}
            }
        }
        let mut declare: Vec<(&'d str, &'d str)> = wanted
            .into_iter()
            .filter(|(p, uri)| self.in_force(p) != *uri)
            .collect();
        declare.sort_unstable_by(|a, b| a.0.cmp(b.0));

        let mut sorted: Vec<(&'d str, &'d str, &'d str, &'d str)> = attrs
            .iter()
            .map(|a| {
                (
                    a.namespace().unwrap_or(""),
                    a.name(),
                    attribute_prefix(self.doc, a),
                    a.value(),
                )
            })
            .collect();
        sorted.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));

        self.out.push(b'<');
        self.qname(prefix, local);
        for (p, uri) in &declare {
            if p.is_empty() {
                self.out.extend_from_slice(b" xmlns=\"");
            } else {
                self.out.extend_from_slice(b" xmlns:");
                self.out.extend_from_slice(p.as_bytes());
                self.out.extend_from_slice(b"=\"");
            }
            escape_attr(uri, self.out);
            self.out.push(b'"');
        }
        for (_, name, ap, value) in &sorted {
            self.out.push(b' ');
            self.qname(ap, name);
            self.out.extend_from_slice(b"=\"");
            escape_attr(value, self.out);
            self.out.push(b'"');
        }
        self.out.push(b'>');

        let mark = self.rendered.len();
        self.rendered.extend(declare);
        for child in node.children() {
            self.node(child);
        }
        self.rendered.truncate(mark);

        self.out.extend_from_slice(b"</");
        self.qname(prefix, local);
        self.out.push(b'>');
    }

    fn qname(&mut self, prefix: &str, local: &str) {
        if !prefix.is_empty() {
            self.out.extend_from_slice(prefix.as_bytes());
            self.out.push(b':');
        }
        self.out.extend_from_slice(local.as_bytes());
    }
}

fn escape_text(text: &str, out: &mut Vec<u8>) {
    for b in text.bytes() {
        match b {
            b'&' => out.extend_from_slice(b"&amp;"),
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            b'\r' => out.extend_from_slice(b"&#xD;"),
            _ => out.push(b),
        }
    }
}

fn escape_attr(text: &str, out: &mut Vec<u8>) {
    for b in text.bytes() {
        match b {
            b'&' => out.extend_from_slice(b"&amp;"),
            b'<' => out.extend_from_slice(b"&lt;"),
            b'"' => out.extend_from_slice(b"&quot;"),
            b'\t' => out.extend_from_slice(b"&#x9;"),
            b'\n' => out.extend_from_slice(b"&#xA;"),
            b'\r' => out.extend_from_slice(b"&#xD;"),
            _ => out.push(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::canonicalize;

    fn c14n(xml: &str, prefixes: &[&str]) -> String {
        let doc = roxmltree::Document::parse(xml).unwrap();
        let mut out = Vec::new();
        canonicalize(&doc, doc.root_element(), None, prefixes, &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn declares_only_visibly_used_namespaces_and_sorts_attributes() {
        let xml = r#"<a:r xmlns:a="urn:a" xmlns:b="urn:b" xmlns:c="urn:c" z="1" b:y="2" a="3"><c:k/><x xmlns="urn:d">t&amp;&lt;&gt;</x></a:r>"#;
        assert_eq!(
            c14n(xml, &[]),
            r#"<a:r xmlns:a="urn:a" xmlns:b="urn:b" a="3" z="1" b:y="2"><c:k xmlns:c="urn:c"></c:k><x xmlns="urn:d">t&amp;&lt;&gt;</x></a:r>"#
        );
        assert_eq!(
            c14n(xml, &["c"]),
            r#"<a:r xmlns:a="urn:a" xmlns:b="urn:b" xmlns:c="urn:c" a="3" z="1" b:y="2"><c:k></c:k><x xmlns="urn:d">t&amp;&lt;&gt;</x></a:r>"#
        );
    }

    #[test]
    fn default_in_the_prefix_list_means_the_default_namespace() {
        let xml = r#"<r xmlns="urn:d"><a:s xmlns:a="urn:a"/></r>"#;
        let doc = roxmltree::Document::parse(xml).unwrap();
        let s = doc.root_element().first_element_child().unwrap();
        let mut out = Vec::new();
        canonicalize(&doc, s, None, &["#default"], &mut out);
        assert_eq!(out, br#"<a:s xmlns="urn:d" xmlns:a="urn:a"></a:s>"#);
    }

    #[test]
    fn undeclares_the_default_namespace_only_when_the_output_bound_it() {
        let xml = r#"<r xmlns="urn:d"><s xmlns=""><t/></s></r>"#;
        assert_eq!(
            c14n(xml, &[]),
            r#"<r xmlns="urn:d"><s xmlns=""><t></t></s></r>"#
        );
    }
}
