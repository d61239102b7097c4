//! AWS-shaped bodies for the errors hyper answers by itself.
//!
//! When an HTTP/1 request head cannot be parsed (too large: 431, a request-target too
//! long: 414, anything else malformed: 400), hyper writes a bare status line with
//! `content-length: 0` and closes the connection; no handler runs, and hyper offers no
//! hook to shape that answer. An SDK that receives it has nothing to show its user. This
//! wrapper sits between hyper and the socket and replaces exactly that response — a 4xx
//! head with an empty body and without the request id every Gatehouse answer carries —
//! with the same status and an AWS error body (awsQuery XML, the envelope of the
//! services that have no other marker before their request is parsed). Nothing else
//! written is touched.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};

use gatehouse_model::Protocol;
use gatehouse_wire::ApiError;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

use crate::listener::ConnState;

/// Longest request head read for inspection; hyper refuses longer ones itself (431).
pub(crate) const MAX_HEAD_BYTES: usize = 32 * 1024;

/// The socket (plain or TLS) as hyper's HTTP/1 side reads and writes it.
pub(crate) struct ErrorBodies<S> {
    inner: S,
    /// A replacement response still being written, and how much of it is out.
    replacing: Option<(Vec<u8>, usize)>,
    state: Arc<ConnState>,
    /// The request head being received, while no request is in progress.
    head: Vec<u8>,
    /// How many requests had started on the connection when the last head was inspected.
    inspected_at: Option<u64>,
}

impl<S> ErrorBodies<S> {
    pub(crate) fn new(inner: S, state: Arc<ConnState>) -> Self {
        Self {
            inner,
            replacing: None,
            state,
            head: Vec::new(),
            inspected_at: None,
        }
    }
}

/// Looks at the bytes of a request head as they arrive, for what hyper accepts but
/// Gatehouse refuses: a head with both `Content-Length` and `Transfer-Encoding` (hyper
/// follows the latter, as RFC 9112 allows; a server behind a proxy that follows the
/// former would read two requests where the proxy saw one, so the request is refused).
/// Bytes read while a request is in progress are its body and are not looked at.
fn inspect_head(
    state: &ConnState,
    head_buf: &mut Vec<u8>,
    inspected_at: &mut Option<u64>,
    data: &[u8],
) {
    if state.busy.load(Ordering::Acquire) > 0 {
        return;
    }
    let started = state.started.load(Ordering::Acquire);
    if *inspected_at == Some(started) {
        return;
    }
    let room = MAX_HEAD_BYTES.saturating_sub(head_buf.len());
    head_buf.extend_from_slice(data.get(..room.min(data.len())).unwrap_or(data));
    let Some(end) = head_buf.windows(4).position(|w| w == b"\r\n\r\n") else {
        if head_buf.len() >= MAX_HEAD_BYTES {
            head_buf.clear();
            *inspected_at = Some(started);
        }
        return;
    };
    let head = head_buf.get(..end).unwrap_or_default();
    let mut length = false;
    let mut chunked = false;
    for line in head.split(|&b| b == b'\n').skip(1) {
        let name = line.split(|&b| b == b':').next().unwrap_or_default();
        let name = name.trim_ascii();
        length |= name.eq_ignore_ascii_case(b"content-length");
        chunked |= name.eq_ignore_ascii_case(b"transfer-encoding");
    }
    if length && chunked {
        state.framing_clash.store(true, Ordering::Release);
    }
    head_buf.clear();
    *inspected_at = Some(started);
}

/// The refusal of a request before it is routed: an awsQuery XML error (the envelope of
/// the default services) that closes the connection.
pub(crate) fn refusal(status: u16, code: &str, message: &str) -> http::Response<axum::body::Body> {
    let request_id = gatehouse_core::ids::uuid_v4();
    let error = ApiError::new(code, message, status);
    let mut out = http::Response::new(axum::body::Body::empty());
    if let Some(service) = gatehouse_model::service("sts") {
        let encoded =
            gatehouse_wire::encode_error_as(service, Protocol::Query, &error, &request_id);
        for (name, value) in &encoded.headers {
            if let (Ok(n), Ok(v)) = (
                http::HeaderName::try_from(name.as_str()),
                http::HeaderValue::try_from(value.as_str()),
            ) {
                out.headers_mut().append(n, v);
            }
        }
        *out.body_mut() = axum::body::Body::from(encoded.body);
    }
    *out.status_mut() = http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::BAD_REQUEST);
    out.headers_mut().insert(
        http::header::CONNECTION,
        http::HeaderValue::from_static("close"),
    );
    out
}

/// The status of a response head hyper wrote on its own, or `None` for any other bytes.
fn automatic_error(buf: &[u8]) -> Option<u16> {
    let rest = buf.strip_prefix(b"HTTP/1.1 ")?;
    let status = std::str::from_utf8(rest.get(..3)?)
        .ok()?
        .parse::<u16>()
        .ok()?;
    if !matches!(status, 400 | 414 | 431) {
        return None;
    }
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n")?;
    if end + 4 != buf.len() {
        // Something follows the head: a body, so one of ours.
        return None;
    }
    let head = buf.get(..end)?.to_ascii_lowercase();
    let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    (has(b"\r\ncontent-length: 0") && !has(b"\r\nx-amzn-requestid:")).then_some(status)
}

fn replacement(status: u16) -> Vec<u8> {
    let (code, message, reason) = match status {
        431 => (
            "RequestHeaderSectionTooLarge",
            "Your request header section exceeds the maximum allowed size.",
            "Request Header Fields Too Large",
        ),
        414 => (
            "RequestURITooLong",
            "The request URI is too long.",
            "URI Too Long",
        ),
        _ => (
            "MalformedHTTPRequest",
            "The request is not a valid HTTP/1.1 request.",
            "Bad Request",
        ),
    };
    let request_id = gatehouse_core::ids::uuid_v4();
    let error = ApiError::new(code, message, status);
    let encoded = match gatehouse_model::service("sts") {
        Some(service) => {
            gatehouse_wire::encode_error_as(service, Protocol::Query, &error, &request_id)
        }
        None => gatehouse_wire::HttpResponse {
            status,
            headers: vec![("content-type".to_owned(), "text/plain".to_owned())],
            body: format!("{code}: {message}\n").into_bytes(),
        },
    };
    let mut out = format!("HTTP/1.1 {status} {reason}\r\n").into_bytes();
    for (name, value) in &encoded.headers {
        if !name.eq_ignore_ascii_case("content-length") && !name.eq_ignore_ascii_case("connection")
        {
            out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
        }
    }
    if !encoded
        .headers
        .iter()
        .any(|(n, _)| n.eq_ignore_ascii_case("x-amzn-requestid"))
    {
        out.extend_from_slice(format!("x-amzn-requestid: {request_id}\r\n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "content-length: {}\r\nconnection: close\r\n\r\n",
            encoded.body.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(&encoded.body);
    out
}

impl<S: AsyncWrite + Unpin> ErrorBodies<S> {
    /// Writes out the replacement; ready once all of it is written.
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        while let Some((bytes, written)) = &mut self.replacing {
            let Some(left) = bytes.get(*written..).filter(|l| !l.is_empty()) else {
                self.replacing = None;
                break;
            };
            match Pin::new(&mut self.inner).poll_write(cx, left) {
                Poll::Ready(Ok(0)) => {
                    self.replacing = None;
                    return Poll::Ready(Err(std::io::ErrorKind::WriteZero.into()));
                }
                Poll::Ready(Ok(n)) => *written += n,
                Poll::Ready(Err(e)) => {
                    self.replacing = None;
                    return Poll::Ready(Err(e));
                }
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for ErrorBodies<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let this = &mut *self;
        let polled = Pin::new(&mut this.inner).poll_read(cx, buf);
        if let Some(new) = buf.filled().get(before..).filter(|n| !n.is_empty()) {
            inspect_head(&this.state, &mut this.head, &mut this.inspected_at, new);
        }
        polled
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for ErrorBodies<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let this = &mut *self;
        if this.drain(cx)?.is_pending() {
            return Poll::Pending;
        }
        if let Some(status) = automatic_error(buf) {
            this.replacing = Some((replacement(status), 0));
            // hyper's bytes count as written: they are replaced, not queued.
            return match this.drain(cx) {
                Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
                _ => Poll::Ready(Ok(buf.len())),
            };
        }
        Pin::new(&mut this.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let this = &mut *self;
        if this.drain(cx)?.is_pending() {
            return Poll::Pending;
        }
        Pin::new(&mut this.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let this = &mut *self;
        if this.drain(cx)?.is_pending() {
            return Poll::Pending;
        }
        Pin::new(&mut this.inner).poll_shutdown(cx)
    }

    // Not vectored: hyper then writes each response head at the start of one buffer,
    // where `automatic_error` looks for it.
    fn is_write_vectored(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hypers_bare_error_heads_are_recognised() {
        let bare = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: Fri, 04 Dec 2026 20:00:00 GMT\r\n\r\n";
        assert_eq!(automatic_error(bare), Some(431));
        let bare = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\ndate: x\r\n\r\n";
        assert_eq!(automatic_error(bare), Some(400));
        let ours = b"HTTP/1.1 400 Bad Request\r\nx-amzn-requestid: 1\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(automatic_error(ours), None);
        let with_body = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 2\r\n\r\n{}";
        assert_eq!(automatic_error(with_body), None);
        let ok = b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(automatic_error(ok), None);
        assert_eq!(automatic_error(b"<ErrorResponse>"), None);
    }

    #[test]
    fn the_replacement_is_an_aws_error_that_closes() {
        let text = String::from_utf8(replacement(414)).unwrap_or_default();
        assert!(text.starts_with("HTTP/1.1 414 URI Too Long\r\n"), "{text}");
        assert!(text.contains("connection: close\r\n"), "{text}");
        assert!(text.contains("<Code>RequestURITooLong</Code>"), "{text}");
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or_default();
        assert!(
            head.contains(&format!("content-length: {}", body.len())),
            "{text}"
        );
    }
}
