//! The AWS SDK for Rust against a real `gatehouse serve`: the binary is started on a
//! fresh data directory and spoken to over a loopback socket.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly"
)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use aws_sdk_sts::config::{BehaviorVersion, Credentials, Region};

struct Server {
    child: Child,
    endpoint: String,
    data: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(data.path().join("data"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let deadline = Instant::now() + Duration::from_secs(60);
    let endpoint = loop {
        assert!(Instant::now() < deadline, "gatehouse did not start");
        let line = lines.next().expect("gatehouse exited").unwrap();
        if let Some(url) = line.strip_prefix("Listening on ") {
            break url.trim().to_owned();
        }
    };
    // Keep draining stdout so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Server {
        child,
        endpoint,
        data,
    }
}

fn root_credentials(server: &Server) -> (String, String, String) {
    let text =
        std::fs::read_to_string(server.data.path().join("data/root-credentials.json")).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let field = |k: &str| doc[k].as_str().unwrap().to_owned();
    (
        field("AccountId"),
        field("AccessKeyId"),
        field("SecretAccessKey"),
    )
}

fn client(server: &Server, key: &str, secret: &str) -> aws_sdk_sts::Client {
    let http = aws_smithy_http_client::Builder::new().build_http();
    let config = aws_sdk_sts::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .endpoint_url(&server.endpoint)
        .credentials_provider(Credentials::new(key, secret, None, None, "test"))
        .http_client(http)
        .build();
    aws_sdk_sts::Client::from_conf(config)
}

#[tokio::test]
async fn rust_sdk_sees_the_root_identity_and_signature_errors() {
    let server = start();
    let (account, key, secret) = root_credentials(&server);

    let me = client(&server, &key, &secret)
        .get_caller_identity()
        .send()
        .await
        .unwrap();
    assert_eq!(
        me.arn(),
        Some(format!("arn:aws:iam::{account}:root").as_str())
    );
    assert_eq!(me.account(), Some(account.as_str()));
    assert_eq!(me.user_id(), Some(account.as_str()));

    let wrong = client(&server, &key, &"a".repeat(40))
        .get_caller_identity()
        .send()
        .await;
    let err = wrong.unwrap_err().into_service_error();
    assert_eq!(
        aws_sdk_sts::error::ProvideErrorMetadata::code(&err),
        Some("SignatureDoesNotMatch")
    );

    let unknown = client(&server, "AKIAAAAAAAAAAAAAAAAA", &secret)
        .get_caller_identity()
        .send()
        .await;
    let err = unknown.unwrap_err().into_service_error();
    assert_eq!(
        aws_sdk_sts::error::ProvideErrorMetadata::code(&err),
        Some("InvalidClientTokenId")
    );
}
