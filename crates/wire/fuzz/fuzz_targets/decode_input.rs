//! Fuzzes routing and input decoding: any bytes, any operation, never a panic.
//!
//! Run with `cargo +nightly fuzz run decode_input` from `crates/wire`.

#![no_main]

use gatehouse_model::{Protocol, services};
use gatehouse_wire::{HttpRequest, Routed, decode_input, route};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let ops: Vec<Routed> = services()
        .iter()
        .flat_map(|s| s.operations.iter().map(move |o| Routed::new(s, o)))
        .collect();
    let Some(routed) = ops.get(usize::from(pick) * ops.len() / 256) else { return };
    // Half the bytes steer the URI and query, the rest is the body.
    let split = rest.len() / 2;
    let (head, body) = rest.split_at(split);
    let head = String::from_utf8_lossy(head);
    let (path, query) = head.split_once('?').unwrap_or((&head, ""));
    let path = if routed.service.protocol == Protocol::RestJson && !path.starts_with('/') {
        routed.operation.request_uri
    } else {
        path
    };
    let headers = [("content-type", "application/x-www-form-urlencoded"), ("x-amz-target", "x.y")];
    let req = HttpRequest { method: routed.operation.http_method, path, query, headers: &headers, body };
    let _ = decode_input(routed, &req);
    let _ = route(&req, Some(routed.service.signing_name));
});
