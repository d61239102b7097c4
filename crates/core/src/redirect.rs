//! Where a page may send the browser next. Every redirect that takes its target from the
//! request (the console `Destination`, and the `redirect_uri`/`logout_uri` of later web
//! flows) goes through here, so that none of them is an open redirect.

/// `candidate` as a path on this server, or `None` when a browser could read it as
/// another origin or it is not plain printable ASCII.
///
/// Browsers drop tabs and newlines anywhere in a URL and treat `\` as `/`, so
/// `/\t/evil.example` and `/\evil.example` both become `//evil.example`, a
/// scheme-relative URL to another host. Rather than normalise as each browser does, a
/// target with any control character, backslash, space or non-ASCII byte is refused, as
/// is one that does not start with a single `/`.
pub fn same_origin_path(candidate: &str) -> Option<&str> {
    let bytes = candidate.as_bytes();
    let plain = bytes.iter().all(|&b| b.is_ascii_graphic() && b != b'\\');
    let rooted = bytes.first() == Some(&b'/') && bytes.get(1) != Some(&b'/');
    (plain && rooted).then_some(candidate)
}

/// `candidate` as a path on this server when it is either such a path or an absolute URL
/// under `public_url` (this server's own origin); `None` otherwise.
pub fn local_target<'a>(candidate: &'a str, public_url: Option<&str>) -> Option<&'a str> {
    if let Some(path) = same_origin_path(candidate) {
        return Some(path);
    }
    let base = public_url?.trim_end_matches('/');
    let rest = candidate.strip_prefix(base)?;
    if rest.is_empty() {
        return Some("/");
    }
    same_origin_path(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_rooted_paths_pass() {
        for ok in ["/", "/console", "/console?x=1&y=%2F", "/a/b#frag"] {
            assert_eq!(same_origin_path(ok), Some(ok), "{ok}");
        }
        for bad in [
            "",
            "console",
            "//evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r/evil.example",
            "/ /evil.example",
            "/\u{7f}/evil.example",
            "/é",
            "https://evil.example/",
            "javascript:alert(1)",
        ] {
            assert_eq!(same_origin_path(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn absolute_urls_pass_only_under_the_public_url() {
        let base = Some("https://gh.example:8443/");
        assert_eq!(
            local_target("https://gh.example:8443/console", base),
            Some("/console")
        );
        assert_eq!(local_target("https://gh.example:8443", base), Some("/"));
        assert_eq!(
            local_target("https://gh.example:8443//evil.example", base),
            None
        );
        assert_eq!(
            local_target("https://gh.example:8443.evil.example/", base),
            None
        );
        assert_eq!(local_target("https://gh.example:8443/\t/x", base), None);
        assert_eq!(local_target("https://other.example/console", base), None);
        assert_eq!(local_target("https://gh.example:8443/console", None), None);
    }
}
