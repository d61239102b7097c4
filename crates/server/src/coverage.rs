//! The coverage table, `docs/COVERAGE.md`: every service and operation of the model with
//! whether this server implements it, and every known deviation from AWS with its reason.
//!
//! The table is not written by hand. This test asks the real dispatcher about every
//! operation (an empty input as the root user of a scratch installation: an operation
//! that is not implemented answers `NotImplemented` before it reads its input) and
//! compares the result with the committed file, so `cargo test` fails when the file is
//! stale. `scripts/coverage` rewrites it (`GATEHOUSE_WRITE_COVERAGE=1`).

use std::fmt::Write;
use std::sync::Arc;

use gatehouse_core::{Caller, Installation, MasterKey, PrincipalKind, SystemClock};
use gatehouse_model::Value;
use gatehouse_wire::Routed;

use crate::app::{App, ServerSettings};
use crate::operations::{RequestCtx, dispatch};

/// Where this server knowingly answers otherwise than AWS, and why. Kept here, beside the
/// table it is printed with, so that a change of behaviour and its entry are reviewed
/// together.
const DEVIATIONS: &[(&str, &str, &str)] = &[
    (
        "CloudTrail",
        "Event ids are UUID version 7 (AWS issues version 4).",
        "The id carries the event's millisecond, so an event is found by id through the time index without an index entry per event. Clients treat ids as opaque strings.",
    ),
    (
        "SigV4",
        "A signed header that appears twice in the request is refused (`SignatureDoesNotMatch`); AWS's signing suite folds the copies into one value (cases `get-header-key-duplicate`, `get-header-value-order`).",
        "An intermediary can add a second header of a signed name after signing; taking a signed header only when it is there once removes that ambiguity. No SDK sends a signed header twice.",
    ),
    (
        "SigV4",
        "An expired presigned URL answers `AccessDenied` / `Request has expired`.",
        "AWS's identity services apply only their clock-skew window to presigned requests and have no wording of their own; S3's answer is the one SDKs already treat as a non-retryable authentication failure.",
    ),
    (
        "SigV4",
        "IAM and Organizations accept the partition's global signing region (`us-east-1` in `aws`) whatever region the installation answers as; other services accept only the installation's region.",
        "That is the region SDKs sign these global services for; one installation stands for one region of other services.",
    ),
    (
        "HTTP",
        "A request head too large (431), a request-target too long (414) or an unparsable request (400) gets an awsQuery XML error with the codes `RequestHeaderSectionTooLarge`, `RequestURITooLong` and `MalformedHTTPRequest`.",
        "The service is not known before the request is parsed, so the envelope is that of the default services (STS, IAM); the codes are S3's for the same conditions, as AWS's identity services document none.",
    ),
    (
        "HTTP",
        "At a connection cap (`--max-connections`, `--max-connections-per-ip`) the connection idle longest is closed to admit a new one.",
        "A client holding idle connections must not lock others out; AWS's front ends are not bound by one process's file descriptors.",
    ),
    (
        "Emulator mode",
        "With `--emulator`, an unknown access key acts as an account's root user without a signature check, and any signing region is accepted.",
        "For suites written against moto and LocalStack; off by default, announced at start and on `/health`.",
    ),
];

fn scratch_app(dir: &std::path::Path) -> (App, Caller) {
    let store = gatehouse_store::open(None, dir).unwrap_or_else(|e| panic!("store: {e}"));
    let installation = Arc::new(Installation::new(
        store,
        Arc::new(SystemClock),
        MasterKey::generate(),
        gatehouse_core::Settings::default(),
    ));
    let boot = installation
        .bootstrap()
        .unwrap_or_else(|e| panic!("bootstrap: {e}"));
    let account = boot.management_account_id.clone();
    let partition = installation.settings().partition.clone();
    let root = Caller {
        arn: format!("arn:{partition}:iam::{account}:root"),
        user_id: account.clone(),
        account_id: account.clone(),
        kind: PrincipalKind::Root,
        access_key_id: "AKIACOVERAGE".to_owned(),
        session: None,
    };
    let app = App::new(installation, account, ServerSettings::default());
    (app, root)
}

fn implemented(app: &App, root: &Caller, routed: &Routed) -> bool {
    let ctx = RequestCtx {
        caller: Some(root),
        secure_transport: false,
        source_ip: None,
    };
    let answer = dispatch(&app.0, &ctx, routed, &Value::Structure(Vec::new()));
    !matches!(&answer, Err(e) if e.code == "NotImplemented")
}

fn table() -> String {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let (app, root) = scratch_app(dir.path());
    let mut services: Vec<_> = gatehouse_model::services().iter().collect();
    services.sort_by_key(|s| s.name);
    let mut summary = String::new();
    let mut details = String::new();
    let (mut all_done, mut all) = (0, 0);
    for service in services {
        let (mut done, mut missing) = (Vec::new(), Vec::new());
        for op in service.operations {
            if implemented(&app, &root, &Routed::new(service, op)) {
                done.push(op.name);
            } else {
                missing.push(op.name);
            }
        }
        let total = done.len() + missing.len();
        all_done += done.len();
        all += total;
        let _ = writeln!(
            summary,
            "| `{}` | {} | {} / {} |",
            service.name,
            service.protocols.first().copied().unwrap_or(""),
            done.len(),
            total
        );
        let _ = writeln!(details, "\n### `{}`\n", service.name);
        let list = |names: &[&str]| {
            if names.is_empty() {
                "—".to_owned()
            } else {
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let _ = writeln!(details, "Implemented ({}): {}\n", done.len(), list(&done));
        let _ = writeln!(details, "Not yet ({}): {}", missing.len(), list(&missing));
    }
    let mut out = String::new();
    out.push_str("# Coverage\n\n");
    out.push_str(
        "Generated by `scripts/coverage` from what the server's dispatcher answers (an \
         operation that is not implemented answers `NotImplemented`); do not edit by hand. \
         `cargo test` fails when this file is stale.\n\n",
    );
    let _ = writeln!(
        out,
        "{all_done} of the {all} operations in the pinned service models are implemented.\n"
    );
    out.push_str("| Service | Protocol | Implemented |\n|---|---|---|\n");
    out.push_str(&summary);
    out.push_str("\n## Known deviations from AWS\n\n");
    out.push_str("| Area | What differs | Why |\n|---|---|---|\n");
    for (area, what, why) in DEVIATIONS {
        let _ = writeln!(out, "| {area} | {what} | {why} |");
    }
    out.push_str("\n## Operations by service\n");
    out.push_str(&details);
    out
}

#[test]
fn coverage_table_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/COVERAGE.md");
    let fresh = table();
    if std::env::var_os("GATEHOUSE_WRITE_COVERAGE").is_some() {
        std::fs::write(&path, &fresh).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "docs/COVERAGE.md is stale: run scripts/coverage and commit the result"
    );
}
