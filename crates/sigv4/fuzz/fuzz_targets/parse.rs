//! Fuzzes `parse` and, when it succeeds, `verify`: no input may panic.
#![no_main]

use gatehouse_sigv4::{Payload, Request, derive_signing_key, parse, verify};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Split the input into the parts of a request at 0xff bytes (never valid UTF-8, so they
    // cannot occur inside the parts themselves).
    let mut parts = data.split(|&b| b == 0xff).map(String::from_utf8_lossy);
    let mut next = || parts.next().unwrap_or_default().into_owned();
    let (path, query, authz, date, token, extra, body) =
        (next(), next(), next(), next(), next(), next(), next());
    let headers = [
        ("Host", "sts.amazonaws.com"),
        ("Authorization", authz.as_str()),
        ("X-Amz-Date", date.as_str()),
        ("X-Amz-Security-Token", token.as_str()),
        ("My-Header", extra.as_str()),
    ];
    let with_auth = !authz.is_empty();
    let headers = if with_auth { &headers[..] } else { &headers[2..] };
    let req = Request {
        method: "POST",
        path: &path,
        query: &query,
        headers,
        payload: Payload::Bytes(body.as_bytes()),
    };
    if let Ok(auth) = parse(&req) {
        let key = derive_signing_key("secret", &auth.credential.date, "r", "s");
        let _ = verify(&auth, &req, &key, auth.request_time, 300);
    } else if let Err(e) = parse(&req) {
        let _ = (e.code(), e.message());
    }
});
