//! Verification throughput of a typical STS POST with a cached signing key, one thread.

use gatehouse_sigv4::{
    Payload, Profile, Request, SecretAccessKey, SigningKeyCache, SigningParams, parse,
    sign_request, verify,
};

fn main() {
    divan::main();
}

const NOW: i64 = 1_440_938_160;
// A ~60-byte awsQuery form body.
const BODY: &[u8] = b"Action=GetCallerIdentity&Version=2011-06-15&DurationSeconds=9";

struct Fixture {
    headers: Vec<(String, String)>,
    secret: SecretAccessKey,
}

fn fixture() -> Fixture {
    let secret = SecretAccessKey::new("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    let mut headers = vec![
        ("Host".to_owned(), "sts.us-east-1.amazonaws.com".to_owned()),
        (
            "Content-Type".to_owned(),
            "application/x-www-form-urlencoded; charset=utf-8".to_owned(),
        ),
        (
            "User-Agent".to_owned(),
            "aws-cli/2.15.0 md/Botocore#1.34.0".to_owned(),
        ),
    ];
    let signed = {
        let borrowed: Vec<(&str, &str)> = headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let req = Request {
            method: "POST",
            path: "/",
            query: "",
            headers: &borrowed,
            payload: Payload::Bytes(BODY),
        };
        let params = SigningParams {
            access_key_id: "AKIAIOSFODNN7EXAMPLE",
            secret: &secret,
            session_token: None,
            region: "us-east-1",
            service: "sts",
            time_unix: NOW,
            profile: Profile::SERVICE,
            sign_session_token: true,
            content_sha256_header: false,
        };
        sign_request(&req, &params).unwrap_or_else(|e| unreachable!("{e}"))
    };
    headers.extend(signed.headers);
    Fixture { headers, secret }
}

/// parse + cache hit + verify: everything the server does per request.
#[divan::bench]
fn parse_and_verify_cached(bencher: divan::Bencher) {
    let f = fixture();
    let borrowed: Vec<(&str, &str)> = f
        .headers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let req = Request {
        method: "POST",
        path: "/",
        query: "",
        headers: &borrowed,
        payload: Payload::Bytes(BODY),
    };
    let cache = SigningKeyCache::new(1024);
    bencher.bench_local(|| {
        let req = divan::black_box(&req);
        let auth = parse(req).unwrap_or_else(|e| unreachable!("{e}"));
        let key = cache
            .get_or_derive(&auth.credential, || Ok::<_, ()>(f.secret.clone()))
            .unwrap_or_else(|()| unreachable!());
        verify(&auth, req, &key, NOW + 1, 300).unwrap_or_else(|e| unreachable!("{e}"));
    });
}

/// verify alone, with the authorization parsed and the key in hand.
#[divan::bench]
fn verify_only(bencher: divan::Bencher) {
    let f = fixture();
    let borrowed: Vec<(&str, &str)> = f
        .headers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let req = Request {
        method: "POST",
        path: "/",
        query: "",
        headers: &borrowed,
        payload: Payload::Bytes(BODY),
    };
    let auth = parse(&req).unwrap_or_else(|e| unreachable!("{e}"));
    let key = gatehouse_sigv4::derive_signing_key(
        f.secret.expose(),
        &auth.credential.date,
        &auth.credential.region,
        &auth.credential.service,
    );
    bencher.bench_local(|| {
        verify(
            divan::black_box(&auth),
            divan::black_box(&req),
            &key,
            NOW + 1,
            300,
        )
        .unwrap_or_else(|e| unreachable!("{e}"));
    });
}

/// parse alone.
#[divan::bench]
fn parse_only(bencher: divan::Bencher) {
    let f = fixture();
    let borrowed: Vec<(&str, &str)> = f
        .headers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let req = Request {
        method: "POST",
        path: "/",
        query: "",
        headers: &borrowed,
        payload: Payload::Bytes(BODY),
    };
    bencher.bench_local(|| parse(divan::black_box(&req)).unwrap_or_else(|e| unreachable!("{e}")));
}

/// A signing-key cache hit.
#[divan::bench]
fn cache_hit(bencher: divan::Bencher) {
    let f = fixture();
    let borrowed: Vec<(&str, &str)> = f
        .headers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let req = Request {
        method: "POST",
        path: "/",
        query: "",
        headers: &borrowed,
        payload: Payload::Bytes(BODY),
    };
    let auth = parse(&req).unwrap_or_else(|e| unreachable!("{e}"));
    let cache = SigningKeyCache::new(1024);
    let _ = cache.get_or_derive(&auth.credential, || Ok::<_, ()>(f.secret.clone()));
    bencher.bench_local(|| cache.get(divan::black_box(&auth.credential)));
}
