//! The session token: a versioned, AEAD-sealed, self-contained description of a
//! temporary credential, opened by any node that holds the key ring.
//!
//! Layout (then standard base64): `version (1) | key id (4, big-endian) | nonce (12) |
//! AES-256-GCM ciphertext and tag`. The first five bytes are the associated data, so
//! neither the version nor the key id can be changed without the tag failing.

use std::sync::Arc;

use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::caller::{Caller, PrincipalKind, SessionContext};
use crate::seal::random_bytes;

pub(crate) const VERSION: u8 = 1;
const HEADER_LEN: usize = 5;
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
/// Tokens longer than this are refused before any decoding work.
pub const MAX_TOKEN_CHARS: usize = 131_072;

/// Who a temporary credential speaks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t")]
pub enum SessionPrincipal {
    /// The account's root user (GetSessionToken).
    Root,
    /// An IAM user (GetSessionToken).
    User {
        name: String,
        id: String,
        path: String,
    },
    /// A session of a role (AssumeRole).
    Role {
        name: String,
        path: String,
        id: String,
        session: String,
    },
    /// A federated user (GetFederationToken), minted by the IAM user `minted_by`.
    Federated { name: String, minted_by: String },
}

/// Everything a session token carries.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionClaims {
    #[serde(rename = "k")]
    pub access_key_id: String,
    #[serde(rename = "s")]
    pub secret: String,
    #[serde(rename = "a")]
    pub account_id: String,
    #[serde(rename = "p")]
    pub principal: SessionPrincipal,
    #[serde(rename = "i")]
    pub issued_ms: i64,
    #[serde(rename = "e")]
    pub expires_ms: i64,
    /// Session policy documents, whitespace removed.
    #[serde(rename = "sp", default, skip_serializing_if = "Vec::is_empty")]
    pub policies: Vec<String>,
    #[serde(rename = "pa", default, skip_serializing_if = "Vec::is_empty")]
    pub policy_arns: Vec<String>,
    #[serde(rename = "tg", default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<(String, String)>,
    #[serde(rename = "tt", default, skip_serializing_if = "Vec::is_empty")]
    pub transitive_tag_keys: Vec<String>,
    #[serde(rename = "si", default, skip_serializing_if = "Option::is_none")]
    pub source_identity: Option<String>,
    #[serde(rename = "m", default, skip_serializing_if = "Option::is_none")]
    pub mfa_auth_time_ms: Option<i64>,
    #[serde(rename = "c", default, skip_serializing_if = "is_false")]
    pub chained: bool,
    /// The long-term key that minted the credential (GetSessionToken, GetFederationToken):
    /// deleting or deactivating it revokes the credential.
    #[serde(rename = "mk", default, skip_serializing_if = "Option::is_none")]
    pub minted_by_key: Option<String>,
    #[serde(rename = "mu", default, skip_serializing_if = "Option::is_none")]
    pub minted_by_user: Option<String>,
    #[serde(rename = "fp", default, skip_serializing_if = "Option::is_none")]
    pub federated_provider: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl std::fmt::Debug for SessionClaims {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionClaims")
            .field("access_key_id", &self.access_key_id)
            .field("secret", &"<redacted>")
            .field("account_id", &self.account_id)
            .field("principal", &self.principal)
            .field("issued_ms", &self.issued_ms)
            .field("expires_ms", &self.expires_ms)
            .field("policies", &self.policies.len())
            .field("tags", &self.tags)
            .field("chained", &self.chained)
            .finish_non_exhaustive()
    }
}

impl Drop for SessionClaims {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.secret);
    }
}

impl SessionClaims {
    /// The ARN the session acts as.
    pub fn arn(&self, partition: &str) -> String {
        let acct = &self.account_id;
        match &self.principal {
            SessionPrincipal::Root => format!("arn:{partition}:iam::{acct}:root"),
            SessionPrincipal::User { name, path, .. } => {
                format!("arn:{partition}:iam::{acct}:user{path}{name}")
            }
            SessionPrincipal::Role { name, session, .. } => {
                format!("arn:{partition}:sts::{acct}:assumed-role/{name}/{session}")
            }
            SessionPrincipal::Federated { name, .. } => {
                format!("arn:{partition}:sts::{acct}:federated-user/{name}")
            }
        }
    }

    /// `aws:userid` and GetCallerIdentity's `UserId`.
    pub fn user_id(&self) -> String {
        match &self.principal {
            SessionPrincipal::Root => self.account_id.clone(),
            SessionPrincipal::User { id, .. } => id.clone(),
            SessionPrincipal::Role { id, session, .. } => format!("{id}:{session}"),
            SessionPrincipal::Federated { name, .. } => format!("{}:{name}", self.account_id),
        }
    }

    /// The caller a request signed with this credential is made by.
    pub fn caller(&self, partition: &str) -> Caller {
        let kind = match &self.principal {
            SessionPrincipal::Root => PrincipalKind::Root,
            SessionPrincipal::User { name, path, .. } => PrincipalKind::User {
                name: name.clone(),
                path: path.clone(),
            },
            SessionPrincipal::Role {
                name,
                path,
                id,
                session,
            } => PrincipalKind::AssumedRole {
                role_name: name.clone(),
                role_path: path.clone(),
                role_id: id.clone(),
                session_name: session.clone(),
            },
            SessionPrincipal::Federated { name, minted_by } => PrincipalKind::FederatedUser {
                name: name.clone(),
                minted_by: minted_by.clone(),
            },
        };
        Caller {
            account_id: self.account_id.clone(),
            arn: self.arn(partition),
            user_id: self.user_id(),
            kind,
            access_key_id: self.access_key_id.clone(),
            session: Some(Arc::new(SessionContext {
                issued_ms: self.issued_ms,
                expires_ms: self.expires_ms,
                policies: self.policies.clone(),
                policy_arns: self.policy_arns.clone(),
                tags: self.tags.clone(),
                transitive_tag_keys: self.transitive_tag_keys.clone(),
                source_identity: self.source_identity.clone(),
                mfa_authenticated: self.mfa_auth_time_ms.is_some(),
                mfa_auth_time_ms: self.mfa_auth_time_ms,
                chained: self.chained,
                minted_by_user: self.minted_by_user.clone(),
                federated_provider: self.federated_provider.clone(),
                federated_claims: Vec::new(),
            })),
        }
    }
}

/// Why a token was refused. Both map to what AWS answers for a bad token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    /// Not a token of ours, tampered, truncated, sealed with an unknown key, or issued
    /// for another access key id.
    #[error("the security token included in the request is invalid")]
    Invalid,
    #[error("the security token included in the request is expired")]
    Expired,
}

/// Seals `claims` under the key `key_id`.
pub(crate) fn seal(key_id: u32, cipher: &Aes256Gcm, claims: &SessionClaims) -> Option<String> {
    let plain = Zeroizing::new(serde_json::to_vec(claims).ok()?);
    seal_bytes(VERSION, key_id, cipher, &plain)
}

/// Seals `plain` under the key `key_id`, with `version` telling what it is (a token, an
/// authorization message) so one kind never opens as the other.
pub(crate) fn seal_bytes(
    version: u8,
    key_id: u32,
    cipher: &Aes256Gcm,
    plain: &[u8],
) -> Option<String> {
    let mut header = [0u8; HEADER_LEN];
    header[0] = version;
    header[1..].copy_from_slice(&key_id.to_be_bytes());
    let mut nonce = [0u8; NONCE_LEN];
    random_bytes(&mut nonce);
    let ct = cipher
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: plain,
                aad: &header,
            },
        )
        .ok()?;
    let mut raw = Vec::with_capacity(HEADER_LEN + NONCE_LEN + ct.len());
    raw.extend_from_slice(&header);
    raw.extend_from_slice(&nonce);
    raw.extend_from_slice(&ct);
    Some(STANDARD.encode(raw))
}

/// The raw bytes of a token and the key id its header names.
pub(crate) fn split(token: &str) -> Result<(u32, Vec<u8>), TokenError> {
    split_as(VERSION, token)
}

/// Like [`split`] for a sealed blob of kind `version`.
pub(crate) fn split_as(version: u8, token: &str) -> Result<(u32, Vec<u8>), TokenError> {
    if token.len() > MAX_TOKEN_CHARS {
        return Err(TokenError::Invalid);
    }
    let raw = STANDARD
        .decode(token.trim())
        .map_err(|_| TokenError::Invalid)?;
    if raw.len() < HEADER_LEN + NONCE_LEN + TAG_LEN || raw[0] != version {
        return Err(TokenError::Invalid);
    }
    let key_id = u32::from_be_bytes([raw[1], raw[2], raw[3], raw[4]]);
    Ok((key_id, raw))
}

/// Opens a token split by [`split`] with the cipher of the key it names.
pub(crate) fn open(cipher: &Aes256Gcm, raw: &[u8]) -> Result<SessionClaims, TokenError> {
    let plain = open_bytes(cipher, raw)?;
    serde_json::from_slice(&plain).map_err(|_| TokenError::Invalid)
}

/// Opens any sealed blob split by [`split_as`].
pub(crate) fn open_bytes(cipher: &Aes256Gcm, raw: &[u8]) -> Result<Zeroizing<Vec<u8>>, TokenError> {
    let (header, rest) = raw.split_at(HEADER_LEN);
    let (nonce, ct) = rest.split_at(NONCE_LEN);
    cipher
        .decrypt(
            Nonce::from_slice(nonce),
            Payload {
                msg: ct,
                aad: header,
            },
        )
        .map(Zeroizing::new)
        .map_err(|_| TokenError::Invalid)
}
