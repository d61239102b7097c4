//! Just enough XML writing for awsQuery responses: elements and escaped text.

pub struct XmlWriter {
    out: String,
}

impl XmlWriter {
    pub fn new() -> Self {
        Self {
            out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
        }
    }

    pub fn open(&mut self, name: &str, xmlns: Option<&str>) {
        self.out.push('<');
        self.out.push_str(name);
        if let Some(ns) = xmlns {
            self.out.push_str(" xmlns=\"");
            escape_into(&mut self.out, ns);
            self.out.push('"');
        }
        self.out.push('>');
    }

    pub fn close(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    pub fn text(&mut self, text: &str) {
        escape_into(&mut self.out, text);
    }

    pub fn element(&mut self, name: &str, text: &str) {
        self.open(name, None);
        self.text(text);
        self.close(name);
    }

    pub fn finish(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

/// Escapes markup characters, and carriage returns and tabs so parsers keep them.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#xD;"),
            // Control characters XML 1.0 cannot carry are dropped rather than
            // producing a document no client can parse.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
}
