//! Signing requests, for clients, tests and benchmarks: the same canonicalisation as
//! verification, run from the other side.

use crate::canonical::{Profile, canonical_request, string_to_sign};
use crate::encode::{hex32, uri_encode};
use crate::error::SigV4Error;
use crate::key::{derive_signing_key, sha256, sign};
use crate::parse::{ALGORITHM, Authorization, Credential};
use crate::request::{Payload, Request};
use crate::time::format_basic;

/// Who signs, for which scope, at what time.
#[derive(Debug, Clone, Copy)]
pub struct SigningParams<'a> {
    /// The access key id.
    pub access_key_id: &'a str,
    /// The secret access key.
    pub secret: &'a crate::SecretAccessKey,
    /// The session token of temporary credentials.
    pub session_token: Option<&'a str>,
    /// The scope region.
    pub region: &'a str,
    /// The scope service.
    pub service: &'a str,
    /// The signing time, unix seconds.
    pub time_unix: i64,
    /// How the service canonicalises.
    pub profile: Profile,
    /// Whether the session token is covered by the signature. Some clients add it after
    /// signing; AWS's own services expect it signed.
    pub sign_session_token: bool,
    /// Whether to send (and sign) `x-amz-content-sha256`.
    pub content_sha256_header: bool,
}

/// A request signed with an `Authorization` header.
#[derive(Debug, Clone)]
pub struct SignedRequest {
    /// Headers to add to the request, `Authorization` last.
    pub headers: Vec<(String, String)>,
    /// The canonical request that was signed.
    pub canonical_request: String,
    /// The string to sign.
    pub string_to_sign: String,
    /// The signature.
    pub signature: [u8; 32],
}

/// A request signed with query parameters.
#[derive(Debug, Clone)]
pub struct PresignedRequest {
    /// The full query string to send, signature included.
    pub query: String,
    /// The canonical request that was signed.
    pub canonical_request: String,
    /// The string to sign.
    pub string_to_sign: String,
    /// The signature.
    pub signature: [u8; 32],
}

fn credential(p: &SigningParams<'_>) -> Credential {
    Credential {
        access_key_id: p.access_key_id.to_owned(),
        date: format_basic(p.time_unix)[..8].to_owned(),
        region: p.region.to_owned(),
        service: p.service.to_owned(),
    }
}

/// The names of `headers`, lower-cased, sorted and deduplicated, joined by `;`.
fn signed_header_list<'h>(names: impl Iterator<Item = &'h str>) -> String {
    let mut names: Vec<String> = names.map(str::to_ascii_lowercase).collect();
    names.sort_unstable();
    names.dedup();
    names.join(";")
}

/// Signs `req` with an `Authorization` header, signing every header it has plus those added.
pub fn sign_request(req: &Request<'_>, p: &SigningParams<'_>) -> Result<SignedRequest, SigV4Error> {
    let cred = credential(p);
    let amz_date = format_basic(p.time_unix);
    let mut added: Vec<(String, String)> = vec![("X-Amz-Date".to_owned(), amz_date)];
    if p.content_sha256_header {
        let hash = match req.payload {
            Payload::Bytes(b) => hex32(&sha256(b)),
            Payload::Hash(h) => h.to_owned(),
        };
        added.push(("x-amz-content-sha256".to_owned(), hash));
    }
    let token_header = p
        .session_token
        .map(|t| ("X-Amz-Security-Token".to_owned(), t.to_owned()));
    if p.sign_session_token {
        added.extend(token_header.clone());
    }
    let all: Vec<(&str, &str)> = req
        .headers
        .iter()
        .copied()
        .chain(added.iter().map(|(n, v)| (n.as_str(), v.as_str())))
        .collect();
    let signed_headers = signed_header_list(all.iter().map(|(n, _)| *n));
    let signing_req = Request {
        headers: &all,
        ..*req
    };
    let auth = Authorization {
        credential: cred,
        signed_headers,
        signature: [0; 32],
        request_time: p.time_unix,
        expires: None,
        presigned: false,
        security_token: p.session_token.map(str::to_owned),
    };
    let canonical = canonical_request(&auth, &signing_req, &p.profile)?;
    let sts = string_to_sign(p.time_unix, &auth.credential, &canonical);
    let key = derive_signing_key(
        p.secret.expose(),
        &auth.credential.date,
        p.region,
        p.service,
    );
    let signature = sign(&key, &sts);
    if !p.sign_session_token {
        added.extend(token_header);
    }
    added.push((
        "Authorization".to_owned(),
        format!(
            "{ALGORITHM} Credential={}/{}, SignedHeaders={}, Signature={}",
            p.access_key_id,
            auth.credential.scope(),
            auth.signed_headers,
            hex32(&signature)
        ),
    ));
    Ok(SignedRequest {
        headers: added,
        canonical_request: canonical,
        string_to_sign: sts,
        signature,
    })
}

/// Signs `req` with query parameters valid for `expires_secs`, signing every header it has.
pub fn presign(
    req: &Request<'_>,
    p: &SigningParams<'_>,
    expires_secs: u32,
) -> Result<PresignedRequest, SigV4Error> {
    let cred = credential(p);
    let signed_headers = signed_header_list(req.headers.iter().map(|(n, _)| *n));
    let mut query = String::from(req.query);
    let mut add = |name: &str, value: &str| {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(name);
        query.push('=');
        query.push_str(&uri_encode(value.as_bytes()));
    };
    add("X-Amz-Algorithm", ALGORITHM);
    add(
        "X-Amz-Credential",
        &format!("{}/{}", p.access_key_id, cred.scope()),
    );
    add("X-Amz-Date", &format_basic(p.time_unix));
    add("X-Amz-Expires", &expires_secs.to_string());
    add("X-Amz-SignedHeaders", &signed_headers);
    if let (Some(token), true) = (p.session_token, p.sign_session_token) {
        add("X-Amz-Security-Token", token);
    }
    let auth = Authorization {
        credential: cred,
        signed_headers,
        signature: [0; 32],
        request_time: p.time_unix,
        expires: Some(expires_secs),
        presigned: true,
        security_token: p.session_token.map(str::to_owned),
    };
    let signing_req = Request {
        query: &query,
        ..*req
    };
    let canonical = canonical_request(&auth, &signing_req, &p.profile)?;
    let sts = string_to_sign(p.time_unix, &auth.credential, &canonical);
    let key = derive_signing_key(
        p.secret.expose(),
        &auth.credential.date,
        p.region,
        p.service,
    );
    let signature = sign(&key, &sts);
    let mut query = query.clone();
    if let (Some(token), false) = (p.session_token, p.sign_session_token) {
        query.push_str("&X-Amz-Security-Token=");
        query.push_str(&uri_encode(token.as_bytes()));
    }
    query.push_str("&X-Amz-Signature=");
    query.push_str(&hex32(&signature));
    Ok(PresignedRequest {
        query,
        canonical_request: canonical,
        string_to_sign: sts,
        signature,
    })
}
