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

/// Sends one signed IAM query call over a plain socket and returns the response body;
/// the test needs a role and a user, and pulling in the IAM SDK would double its build.
fn iam_call(server: &Server, key: &str, secret: &str, params: &[(&str, &str)]) -> String {
    use std::io::{Read, Write};
    let mut body = String::from("Version=2010-05-08");
    for (k, v) in params {
        body.push('&');
        body.push_str(k);
        body.push('=');
        body.push_str(&form_encode(v));
    }
    let host = server.endpoint.trim_start_matches("http://").to_owned();
    let headers = [
        ("host", host.as_str()),
        (
            "content-type",
            "application/x-www-form-urlencoded; charset=utf-8",
        ),
    ];
    let secret = gatehouse_sigv4::SecretAccessKey::new(secret);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let signed = gatehouse_sigv4::sign_request(
        &gatehouse_sigv4::Request {
            method: "POST",
            path: "/",
            query: "",
            headers: &headers,
            payload: gatehouse_sigv4::Payload::Bytes(body.as_bytes()),
        },
        &gatehouse_sigv4::SigningParams {
            access_key_id: key,
            secret: &secret,
            session_token: None,
            region: "us-east-1",
            service: "iam",
            time_unix: now,
            profile: gatehouse_sigv4::Profile::SERVICE,
            sign_session_token: true,
            content_sha256_header: false,
        },
    )
    .unwrap();
    let mut req = format!(
        "POST / HTTP/1.1\r\nhost: {host}\r\ncontent-type: {}\r\ncontent-length: {}\r\nconnection: close\r\n",
        headers[1].1,
        body.len()
    );
    for (n, v) in &signed.headers {
        req.push_str(&format!("{n}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(&body);
    let mut sock = std::net::TcpStream::connect(&host).unwrap();
    sock.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    sock.read_to_string(&mut out).unwrap();
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    out
}

fn form_encode(v: &str) -> String {
    v.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn xml_field(xml: &str, name: &str) -> String {
    let open = format!("<{name}>");
    let start = xml.find(&open).unwrap() + open.len();
    let end = start + xml[start..].find(&format!("</{name}>")).unwrap();
    xml[start..end].to_owned()
}

#[tokio::test]
async fn rust_sdk_assumes_a_role_and_acts_as_the_session() {
    let server = start();
    let (account, root_key, root_secret) = root_credentials(&server);
    let role_arn = format!("arn:aws:iam::{account}:role/RustSdkRole");
    let trust = format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::{account}:user/rusty"}},"Action":"sts:AssumeRole"}}]}}"#
    );
    iam_call(
        &server,
        &root_key,
        &root_secret,
        &[
            ("Action", "CreateRole"),
            ("RoleName", "RustSdkRole"),
            ("AssumeRolePolicyDocument", &trust),
        ],
    );
    iam_call(
        &server,
        &root_key,
        &root_secret,
        &[("Action", "CreateUser"), ("UserName", "rusty")],
    );
    let created = iam_call(
        &server,
        &root_key,
        &root_secret,
        &[("Action", "CreateAccessKey"), ("UserName", "rusty")],
    );
    let (key, secret) = (
        xml_field(&created, "AccessKeyId"),
        xml_field(&created, "SecretAccessKey"),
    );
    // A new key is visible to the authenticator once its negative cache entry lapses.
    let deadline = Instant::now() + Duration::from_secs(10);
    let out = loop {
        match client(&server, &key, &secret)
            .assume_role()
            .role_arn(&role_arn)
            .role_session_name("rust-sdk")
            .duration_seconds(900)
            .send()
            .await
        {
            Ok(out) => break out,
            Err(e) if Instant::now() < deadline => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(300)).await;
            }
            Err(e) => panic!("{e:?}"),
        }
    };
    let user = out.assumed_role_user().unwrap();
    let session_arn = format!("arn:aws:sts::{account}:assumed-role/RustSdkRole/rust-sdk");
    assert_eq!(user.arn(), session_arn);
    assert!(user.assumed_role_id().starts_with("AROA"));
    let creds = out.credentials().unwrap();
    assert!(creds.access_key_id().starts_with("ASIA"));

    let http = aws_smithy_http_client::Builder::new().build_http();
    let session = aws_sdk_sts::Client::from_conf(
        aws_sdk_sts::Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new("us-east-1"))
            .endpoint_url(&server.endpoint)
            .credentials_provider(Credentials::new(
                creds.access_key_id(),
                creds.secret_access_key(),
                Some(creds.session_token().to_owned()),
                None,
                "session",
            ))
            .http_client(http)
            .build(),
    );
    let me = session.get_caller_identity().send().await.unwrap();
    assert_eq!(me.arn(), Some(session_arn.as_str()));
    assert_eq!(me.account(), Some(account.as_str()));
    assert_eq!(me.user_id(), Some(user.assumed_role_id()));
}
