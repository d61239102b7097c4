//! Fuzzes the parser for every policy kind: any bytes must parse or be rejected with a
//! message, never panic, and the size measure must never exceed the input.

#![no_main]

use gatehouse_policy::{PolicyKind, parse_bytes, size_without_whitespace};
use libfuzzer_sys::fuzz_target;

const KINDS: [PolicyKind; 7] = [
    PolicyKind::Identity,
    PolicyKind::Resource,
    PolicyKind::Trust,
    PolicyKind::Session,
    PolicyKind::PermissionsBoundary,
    PolicyKind::ServiceControl,
    PolicyKind::ResourceControl,
];

fuzz_target!(|data: &[u8]| {
    for kind in KINDS {
        if let Err(e) = parse_bytes(data, kind) {
            assert!(!e.to_string().is_empty());
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        assert!(size_without_whitespace(text) <= text.chars().count());
    }
});
