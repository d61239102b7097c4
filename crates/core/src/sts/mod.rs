//! STS: temporary credentials for role sessions (AssumeRole), IAM users
//! (GetSessionToken) and federated users (GetFederationToken), sealed into
//! self-contained session tokens; the key ring that seals them; access key ids that
//! carry their account.
//!
//! Authorization (trust policies, `sts:TagSession`, ...) is the server's; this module
//! checks parameters against AWS's rules and quotas, and mints and opens credentials.

mod key_id;
mod keyring;
mod role_cache;
mod token;

use std::sync::Arc;

use gatehouse_policy::PolicyKind;

pub use key_id::{account_of_key_id, temporary_key_id};
pub use keyring::{COLLECTION as KEY_RING_COLLECTION, RotatedKeys, SessionKeyInfo, SessionKeyRing};
pub use role_cache::RoleCache;
pub use token::{MAX_TOKEN_CHARS, SessionClaims, SessionPrincipal, TokenError};

use crate::caller::{Caller, PrincipalKind, SessionContext};
use crate::error::CoreError;
use crate::iam::{IamError, Role};
use crate::ids;
use crate::installation::Installation;
use crate::seal::SecretString;

/// STS's quotas and windows: AWS's defaults, adjustable per installation.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StsQuotas {
    pub min_duration_secs: i64,
    /// Role chaining caps a session at this, and a longer request is an error.
    pub chained_max_secs: i64,
    pub assume_role_default_secs: i64,
    pub session_token_default_secs: i64,
    pub session_token_max_secs: i64,
    /// GetSessionToken and GetFederationToken for the root user.
    pub root_session_max_secs: i64,
    pub federation_default_secs: i64,
    pub federation_max_secs: i64,
    /// The longest any session can live; retired keys are kept this long.
    pub longest_session_secs: i64,
    pub session_policy_chars: usize,
    pub session_policy_arns: usize,
    pub session_tags: usize,
    pub tag_key_chars: usize,
    pub tag_value_chars: usize,
    /// The space session policies, policy ARNs and tags pack into; `PackedPolicySize` is
    /// a percentage of it.
    pub packed_policy_bytes: usize,
    /// How often a node rereads the key ring to pick up a rotation.
    pub key_ring_refresh_ms: i64,
    /// The least time between rereads caused by tokens naming an unknown key.
    pub key_miss_reload_ms: i64,
    /// How many opened tokens a node keeps so it need not decrypt them again.
    pub opened_token_cache: usize,
    /// How long AssumeRole trusts a role (its trust policy, duration) read from the store;
    /// the same window as the authorizer's cache of principals' policies.
    pub role_cache_ttl_ms: i64,
    pub role_cache_capacity: usize,
    /// How often a node records a role's use (RoleLastUsed) at most.
    pub role_last_used_interval_ms: i64,
}

impl Default for StsQuotas {
    fn default() -> Self {
        Self {
            min_duration_secs: 900,
            chained_max_secs: 3_600,
            assume_role_default_secs: 3_600,
            session_token_default_secs: 43_200,
            session_token_max_secs: 129_600,
            root_session_max_secs: 3_600,
            federation_default_secs: 43_200,
            federation_max_secs: 129_600,
            longest_session_secs: 129_600,
            session_policy_chars: 2_048,
            session_policy_arns: 10,
            session_tags: 50,
            tag_key_chars: 128,
            tag_value_chars: 256,
            packed_policy_bytes: 4_096,
            key_ring_refresh_ms: 60_000,
            key_miss_reload_ms: 1_000,
            opened_token_cache: 10_000,
            role_cache_ttl_ms: 5_000,
            role_cache_capacity: 10_000,
            role_last_used_interval_ms: 60_000,
        }
    }
}

/// Why an STS call failed, each with the code AWS answers.
#[derive(Debug, thiserror::Error)]
pub enum StsError {
    #[error("{0}")]
    Validation(String),
    #[error("{0}")]
    AccessDenied(String),
    #[error("{0}")]
    MalformedPolicyDocument(String),
    #[error("{0}")]
    PackedPolicyTooLarge(String),
    #[error("{0}")]
    InvalidAuthorizationMessage(String),
    #[error("{0}")]
    Core(#[from] CoreError),
    #[error("{0}")]
    Iam(#[from] IamError),
}

impl StsError {
    /// The AWS error code and HTTP status.
    pub fn code(&self) -> (&'static str, u16) {
        match self {
            StsError::Validation(_) => ("ValidationError", 400),
            StsError::AccessDenied(_) => ("AccessDenied", 403),
            StsError::MalformedPolicyDocument(_) => ("MalformedPolicyDocument", 400),
            StsError::PackedPolicyTooLarge(_) => ("PackedPolicyTooLarge", 400),
            StsError::InvalidAuthorizationMessage(_) => {
                ("InvalidAuthorizationMessageException", 400)
            }
            StsError::Core(e) => match e.code() {
                (c, true) => (c, 400),
                (c, false) => (c, 500),
            },
            StsError::Iam(e) => (e.code(), e.status()),
        }
    }
}

/// A session's tags and its transitive tag keys.
type SessionTags = (Vec<(String, String)>, Vec<String>);

/// A session token opened for a request.
#[derive(Debug, Clone)]
pub struct OpenedSession {
    pub claims: Arc<SessionClaims>,
    pub caller: Caller,
}

/// A minted temporary credential.
#[derive(Debug, Clone)]
pub struct IssuedCredentials {
    pub access_key_id: String,
    pub secret_access_key: SecretString,
    pub session_token: String,
    pub expires_ms: i64,
    /// `PackedPolicySize`, a percentage of the packed space.
    pub packed_policy_percent: Option<i32>,
}

/// A session tag as requested.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionTag {
    pub key: String,
    pub value: String,
}

/// The parameters of AssumeRole that shape the session.
#[derive(Debug, Clone, Default)]
pub struct RoleSessionRequest<'a> {
    pub session_name: &'a str,
    pub duration_secs: Option<i64>,
    pub policy: Option<&'a str>,
    pub policy_arns: &'a [String],
    pub tags: &'a [SessionTag],
    pub transitive_tag_keys: &'a [String],
    pub source_identity: Option<&'a str>,
    /// Set when the request carried a one-time code that was verified.
    pub mfa_verified: bool,
}

/// The parameters of GetFederationToken.
#[derive(Debug, Clone, Default)]
pub struct FederationRequest<'a> {
    pub name: &'a str,
    pub duration_secs: Option<i64>,
    pub policy: Option<&'a str>,
    pub policy_arns: &'a [String],
    pub tags: &'a [SessionTag],
}

/// A session policy that matches no action: a federated user given no policy can do
/// nothing, whatever the minting user may do.
const NOTHING_ALLOWED: &str =
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"*","Resource":"*"}]}"#;

/// Tokens up to this size are kept opened; about the size of a session with a full
/// inline policy and fifty tags.
const OPENED_TOKEN_MAX_CHARS: usize = 16 * 1024;

/// The first byte of a sealed authorization message (session tokens have 1).
const AUTHORIZATION_MESSAGE: u8 = 0x41;

/// The STS operations of one installation.
#[derive(Debug, Clone, Copy)]
pub struct Sts<'a> {
    inst: &'a Installation,
}

impl Installation {
    pub fn sts(&self) -> Sts<'_> {
        Sts { inst: self }
    }
}

impl Sts<'_> {
    fn quotas(&self) -> &StsQuotas {
        &self.inst.settings().sts
    }

    fn now(&self) -> i64 {
        self.inst.clock().now().0
    }

    /// The role `name` of `account` as AssumeRole sees it (trust policy, ids, session
    /// duration; not its permission policies), through a short-lived cache.
    pub fn assumable_role(&self, account: &str, name: &str) -> Result<Arc<Role>, IamError> {
        let q = self.quotas();
        let now = self.now();
        let cache = self.inst.assumable_roles();
        if let Some(role) = cache.get(account, name, now) {
            return Ok(role);
        }
        let mut role = self.inst.iam().get_role(account, name)?;
        // Permission policies are the authorizer's to read; the cache stays small.
        role.inline.clear();
        role.attached.clear();
        let role = Arc::new(role);
        cache.put(
            Arc::clone(&role),
            now + q.role_cache_ttl_ms,
            q.role_cache_capacity,
            now,
        );
        Ok(role)
    }

    /// Records that `role` was just assumed (its RoleLastUsed), at most once per
    /// interval per role on this node.
    pub fn note_role_used(&self, role: &Role) -> Result<(), IamError> {
        let now = self.now();
        let due = self.inst.assumable_roles().due_for_recording(
            &role.account_id,
            &role.name,
            now,
            self.quotas().role_last_used_interval_ms,
        );
        if due {
            let touched = self.inst.iam().touch_role(
                &role.account_id,
                &role.name,
                &self.inst.settings().region,
            );
            if touched.is_err() && crate::store::barrier_hit_on_this_thread() {
                // Refused by a store barrier: the AssumeRole is redone where the store may
                // be called, and that run must find the use still due.
                self.inst
                    .assumable_roles()
                    .recording_failed(&role.account_id, &role.name, now);
            }
            touched?;
        }
        Ok(())
    }

    /// Checks AssumeRole's parameters for a session of `role` requested by `caller`
    /// and returns the claims of the session it would get (not yet sealed).
    pub fn role_session(
        &self,
        caller: &Caller,
        role: &Role,
        req: &RoleSessionRequest<'_>,
    ) -> Result<SessionClaims, StsError> {
        let q = self.quotas();
        if matches!(caller.kind, PrincipalKind::Root) {
            return Err(StsError::AccessDenied(
                "Roles may not be assumed by root accounts.".to_owned(),
            ));
        }
        check_session_name(req.session_name, "roleSessionName")?;
        let chained = matches!(caller.kind, PrincipalKind::AssumedRole { .. });
        let duration = req.duration_secs.unwrap_or(if chained {
            q.chained_max_secs.min(q.assume_role_default_secs)
        } else {
            q.assume_role_default_secs
        });
        check_min_duration(duration, q.min_duration_secs)?;
        if chained && duration > q.chained_max_secs {
            return Err(StsError::Validation(format!(
                "The requested DurationSeconds exceeds the {} hour session limit for roles assumed by role chaining.",
                q.chained_max_secs / 3600
            )));
        }
        if duration > role.max_session_duration {
            return Err(StsError::Validation(
                "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."
                    .to_owned(),
            ));
        }
        let parent = caller.session.as_deref();
        let (tags, transitive) = self.session_tags(parent, req.tags, req.transitive_tag_keys)?;
        let source_identity = match (
            parent.and_then(|s| s.source_identity.as_deref()),
            req.source_identity,
        ) {
            (Some(old), Some(new)) if old != new => {
                return Err(StsError::AccessDenied(
                    "The source identity of a session cannot be changed.".to_owned(),
                ));
            }
            (Some(old), _) => Some(old.to_owned()),
            (None, Some(new)) => {
                check_source_identity(new)?;
                Some(new.to_owned())
            }
            (None, None) => None,
        };
        let policies = self.session_policies(req.policy, req.policy_arns)?;
        let now = self.now();
        let mfa = if req.mfa_verified {
            Some(now)
        } else {
            parent.and_then(|s| s.mfa_auth_time_ms)
        };
        Ok(SessionClaims {
            access_key_id: temporary_key_id(&role.account_id),
            secret: ids::secret_access_key(),
            account_id: role.account_id.clone(),
            principal: SessionPrincipal::Role {
                name: role.name.clone(),
                path: role.path.clone(),
                id: role.id.clone(),
                session: req.session_name.to_owned(),
            },
            issued_ms: now,
            expires_ms: now + duration * 1000,
            policies,
            policy_arns: req.policy_arns.to_vec(),
            tags,
            transitive_tag_keys: transitive,
            source_identity,
            mfa_auth_time_ms: mfa,
            chained,
            minted_by_key: None,
            minted_by_user: None,
            federated_provider: None,
        })
    }

    /// Checks GetSessionToken's parameters for `caller` signing with its long-term key.
    pub fn session_token(
        &self,
        caller: &Caller,
        duration_secs: Option<i64>,
        mfa_verified: bool,
    ) -> Result<SessionClaims, StsError> {
        let q = self.quotas();
        if caller.session.is_some() {
            return Err(StsError::AccessDenied(
                "Cannot call GetSessionToken with session credentials".to_owned(),
            ));
        }
        let duration = duration_secs.unwrap_or(q.session_token_default_secs);
        check_min_duration(duration, q.min_duration_secs)?;
        let (principal, max) = match &caller.kind {
            PrincipalKind::Root => (SessionPrincipal::Root, q.root_session_max_secs),
            PrincipalKind::User { name, path } => (
                SessionPrincipal::User {
                    name: name.clone(),
                    id: caller.user_id.clone(),
                    path: path.clone(),
                },
                q.session_token_max_secs,
            ),
            _ => {
                return Err(StsError::AccessDenied(
                    "Cannot call GetSessionToken with session credentials".to_owned(),
                ));
            }
        };
        check_max_duration(duration, max)?;
        let duration = duration.min(max);
        let now = self.now();
        Ok(SessionClaims {
            access_key_id: temporary_key_id(&caller.account_id),
            secret: ids::secret_access_key(),
            account_id: caller.account_id.clone(),
            principal,
            issued_ms: now,
            expires_ms: now + duration * 1000,
            policies: Vec::new(),
            policy_arns: Vec::new(),
            tags: Vec::new(),
            transitive_tag_keys: Vec::new(),
            source_identity: None,
            mfa_auth_time_ms: mfa_verified.then_some(now),
            chained: false,
            minted_by_key: Some(caller.access_key_id.clone()),
            minted_by_user: caller.user_name().map(str::to_owned),
            federated_provider: None,
        })
    }

    /// Checks GetFederationToken's parameters for the IAM user `caller`.
    pub fn federation_token(
        &self,
        caller: &Caller,
        req: &FederationRequest<'_>,
    ) -> Result<SessionClaims, StsError> {
        let q = self.quotas();
        if caller.session.is_some() {
            return Err(StsError::AccessDenied(
                "Cannot call GetFederationToken with session credentials".to_owned(),
            ));
        }
        // An empty `minted_by` stands for the account's root user, which AWS allows to
        // mint federated users for at most an hour.
        let (user, max_secs) = match &caller.kind {
            PrincipalKind::User { name, .. } => (name.clone(), q.federation_max_secs),
            PrincipalKind::Root => (String::new(), q.root_session_max_secs),
            _ => {
                return Err(StsError::AccessDenied(
                    "GetFederationToken is available to IAM users and the root user only."
                        .to_owned(),
                ));
            }
        };
        let user = &user;
        check_federated_name(req.name)?;
        let duration = req
            .duration_secs
            .unwrap_or(q.federation_default_secs.min(max_secs));
        check_min_duration(duration, q.min_duration_secs)?;
        check_max_duration(duration, max_secs)?;
        let (tags, _) = self.session_tags(None, req.tags, &[])?;
        let mut policies = self.session_policies(req.policy, req.policy_arns)?;
        if policies.is_empty() {
            policies.push(NOTHING_ALLOWED.to_owned());
        }
        let now = self.now();
        Ok(SessionClaims {
            access_key_id: temporary_key_id(&caller.account_id),
            secret: ids::secret_access_key(),
            account_id: caller.account_id.clone(),
            principal: SessionPrincipal::Federated {
                name: req.name.to_owned(),
                minted_by: user.clone(),
            },
            issued_ms: now,
            expires_ms: now + duration * 1000,
            policies,
            policy_arns: req.policy_arns.to_vec(),
            tags,
            transitive_tag_keys: Vec::new(),
            source_identity: None,
            mfa_auth_time_ms: None,
            chained: false,
            minted_by_key: Some(caller.access_key_id.clone()),
            minted_by_user: Some(user.clone()),
            federated_provider: None,
        })
    }

    /// The packed size of a session's policies and tags as a percentage of the space;
    /// `PackedPolicyTooLarge` when over.
    pub fn packed_policy_percent(
        &self,
        policy: Option<&str>,
        claims: &SessionClaims,
    ) -> Result<i32, StsError> {
        let bytes = policy.map_or(0, gatehouse_policy::size_without_whitespace)
            + claims.policy_arns.iter().map(String::len).sum::<usize>()
            + claims
                .tags
                .iter()
                .map(|(k, v)| k.len() + v.len() + 2)
                .sum::<usize>()
            + claims
                .transitive_tag_keys
                .iter()
                .map(String::len)
                .sum::<usize>();
        let space = self.quotas().packed_policy_bytes.max(1);
        let percent = (bytes * 100).div_ceil(space);
        let percent = i32::try_from(percent).unwrap_or(i32::MAX);
        if percent > 100 {
            return Err(StsError::PackedPolicyTooLarge(format!(
                "Packed policy consumes {percent}% of allotted space, please use smaller policy."
            )));
        }
        Ok(percent)
    }

    /// Seals `claims` into a credential.
    pub fn issue(&self, claims: &SessionClaims) -> Result<IssuedCredentials, StsError> {
        let ring = self.inst.session_keys().for_sealing(self.inst)?;
        let key = ring.current().ok_or(CoreError::Unseal)?;
        let session_token =
            token::seal(key.info.id, &key.cipher, claims).ok_or(CoreError::Unseal)?;
        Ok(IssuedCredentials {
            access_key_id: claims.access_key_id.clone(),
            secret_access_key: SecretString::new(claims.secret.clone()),
            session_token,
            expires_ms: claims.expires_ms,
            packed_policy_percent: None,
        })
    }

    /// Opens the session token presented with `access_key_id`, without a store read
    /// unless the token names a key this node has not seen yet.
    pub fn open(
        &self,
        access_key_id: &str,
        session_token: &str,
    ) -> Result<SessionClaims, TokenError> {
        self.open_session(access_key_id, session_token)
            .map(|o| SessionClaims::clone(&o.claims))
    }

    /// Opens a session token like [`Sts::open`] and returns the caller it speaks for with
    /// its claims; a token opened recently on this node is not decrypted again.
    pub fn open_session(
        &self,
        access_key_id: &str,
        session_token: &str,
    ) -> Result<OpenedSession, TokenError> {
        let now = self.now();
        let ring = self.inst.session_keys();
        if let Some(hit) = ring.opened(access_key_id, session_token) {
            if hit.claims.expires_ms <= now {
                return Err(TokenError::Expired);
            }
            return Ok(OpenedSession {
                claims: Arc::clone(&hit.claims),
                caller: hit.caller.clone(),
            });
        }
        let (key_id, raw) = token::split(session_token)?;
        let loaded = ring.for_opening(self.inst, key_id);
        let key = loaded.key(key_id).ok_or(TokenError::Invalid)?;
        let claims = token::open(&key.cipher, &raw)?;
        if claims.access_key_id != access_key_id {
            return Err(TokenError::Invalid);
        }
        if claims.expires_ms <= now {
            return Err(TokenError::Expired);
        }
        let caller = claims.caller(&self.inst.settings().partition);
        let claims = Arc::new(claims);
        if session_token.len() > OPENED_TOKEN_MAX_CHARS {
            // Sessions carrying many managed policies are rare and large: opening them
            // again costs less than holding thousands of them.
            return Ok(OpenedSession { claims, caller });
        }
        ring.remember(
            Arc::new(keyring::OpenedToken {
                token: session_token.to_owned(),
                claims: Arc::clone(&claims),
                caller: caller.clone(),
            }),
            self.quotas().opened_token_cache,
            now,
        );
        Ok(OpenedSession { claims, caller })
    }

    /// Seals the decision context of a denied request into the opaque message an
    /// `AccessDenied` can carry and DecodeAuthorizationMessage opens.
    pub fn encode_authorization_message(
        &self,
        decision: &serde_json::Value,
    ) -> Result<String, StsError> {
        let ring = self.inst.session_keys().for_sealing(self.inst)?;
        let key = ring.current().ok_or(CoreError::Unseal)?;
        let plain = serde_json::to_vec(decision)
            .map_err(|e| CoreError::Store(crate::store::StoreError::Backend(e.to_string())))?;
        Ok(
            token::seal_bytes(AUTHORIZATION_MESSAGE, key.info.id, &key.cipher, &plain)
                .ok_or(CoreError::Unseal)?,
        )
    }

    /// Opens a message sealed by [`Sts::encode_authorization_message`] as JSON text.
    pub fn decode_authorization_message(&self, encoded: &str) -> Result<String, StsError> {
        let invalid = || {
            StsError::InvalidAuthorizationMessage(
                "The message could not be decoded: it is invalid or was not issued by this installation."
                    .to_owned(),
            )
        };
        let (key_id, raw) =
            token::split_as(AUTHORIZATION_MESSAGE, encoded).map_err(|_| invalid())?;
        let ring = self.inst.session_keys().for_opening(self.inst, key_id);
        let key = ring.key(key_id).ok_or_else(invalid)?;
        let plain = token::open_bytes(&key.cipher, &raw).map_err(|_| invalid())?;
        String::from_utf8(plain.to_vec()).map_err(|_| invalid())
    }

    /// Adds a new sealing key and retires the others; drops retired keys no token
    /// can still need.
    pub fn rotate_keys(&self) -> Result<RotatedKeys, StsError> {
        let out = keyring::add_key(self.inst, true)?;
        self.inst.session_keys().reload(self.inst)?;
        Ok(out)
    }

    /// The keys of the ring, as the store holds them now.
    pub fn keys(&self) -> Result<Vec<SessionKeyInfo>, StsError> {
        self.inst.session_keys().reload(self.inst)?;
        Ok(self.inst.session_keys().keys())
    }

    /// The account a key id belongs to: ours from the store, any other from the
    /// account its id encodes.
    pub fn access_key_account(&self, access_key_id: &str) -> Result<Option<String>, StsError> {
        if access_key_id.starts_with("AKIA")
            && let Some(k) = self.inst.access_key(access_key_id)?
        {
            return Ok(Some(k.record.account_id));
        }
        Ok(account_of_key_id(access_key_id))
    }

    /// Session tags after inheritance: the parent's transitive tags first, then the
    /// requested ones, which may not override them.
    fn session_tags(
        &self,
        parent: Option<&SessionContext>,
        requested: &[SessionTag],
        transitive: &[String],
    ) -> Result<SessionTags, StsError> {
        let q = self.quotas();
        if requested.len() > q.session_tags {
            return Err(StsError::Validation(format!(
                "1 validation error detected: Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to {}",
                q.session_tags
            )));
        }
        let mut seen = std::collections::HashSet::new();
        for t in requested {
            check_tag(t, q)?;
            if !seen.insert(t.key.to_lowercase()) {
                return Err(StsError::Validation(
                    "Duplicate tag keys found. Please note that Tag keys are case insensitive."
                        .to_owned(),
                ));
            }
        }
        for k in transitive {
            if !seen.contains(&k.to_lowercase()) {
                return Err(StsError::Validation(
                    "The specified transitive tag key must be included in the requested tags."
                        .to_owned(),
                ));
            }
        }
        let mut tags = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        if let Some(p) = parent {
            for k in &p.transitive_tag_keys {
                if let Some((tk, tv)) = p.tags.iter().find(|(tk, _)| tk.eq_ignore_ascii_case(k)) {
                    if requested.iter().any(|r| r.key.eq_ignore_ascii_case(tk)) {
                        return Err(StsError::AccessDenied(format!(
                            "Cannot override transitive tag `{tk}` set by the parent session."
                        )));
                    }
                    tags.push((tk.clone(), tv.clone()));
                }
                if !keys.iter().any(|x| x.eq_ignore_ascii_case(k)) {
                    keys.push(k.clone());
                }
            }
        }
        tags.extend(requested.iter().map(|t| (t.key.clone(), t.value.clone())));
        for k in transitive {
            if !keys.iter().any(|x| x.eq_ignore_ascii_case(k)) {
                keys.push(k.clone());
            }
        }
        Ok((tags, keys))
    }

    /// Checks the inline session policy and resolves the managed ones to documents.
    fn session_policies(
        &self,
        policy: Option<&str>,
        arns: &[String],
    ) -> Result<Vec<String>, StsError> {
        let q = self.quotas();
        let mut out = Vec::new();
        if let Some(p) = policy {
            if p.chars().count() > q.session_policy_chars {
                return Err(StsError::Validation(format!(
                    "1 validation error detected: Value at 'policy' failed to satisfy constraint: Member must have length less than or equal to {}",
                    q.session_policy_chars
                )));
            }
            gatehouse_policy::parse(p, PolicyKind::Session)
                .map_err(|e| StsError::MalformedPolicyDocument(e.to_string()))?;
            out.push(minify(p));
        }
        if arns.len() > q.session_policy_arns {
            return Err(StsError::Validation(format!(
                "1 validation error detected: Value at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to {}",
                q.session_policy_arns
            )));
        }
        for arn in arns {
            let managed = self.inst.iam().get_policy(arn).map_err(|e| match e {
                IamError::NoSuchEntity(_) | IamError::InvalidInput(_) | IamError::Validation(_) => {
                    StsError::Validation(format!(
                        "Policy {arn} does not exist or is not attachable."
                    ))
                }
                other => StsError::Iam(other),
            })?;
            if let Some(doc) = managed.default_document() {
                out.push(minify(doc));
            }
        }
        Ok(out)
    }
}

/// A stored or checked document without its insignificant whitespace.
fn minify(doc: &str) -> String {
    serde_json::from_str::<serde_json::Value>(doc)
        .ok()
        .and_then(|v| serde_json::to_string(&v).ok())
        .unwrap_or_else(|| doc.to_owned())
}

fn constraint(value: &str, member: &str, rule: &str) -> StsError {
    StsError::Validation(format!(
        "1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: {rule}"
    ))
}

fn check_min_duration(secs: i64, min: i64) -> Result<(), StsError> {
    if secs < min {
        return Err(constraint(
            &secs.to_string(),
            "durationSeconds",
            &format!("Member must have value greater than or equal to {min}"),
        ));
    }
    Ok(())
}

fn check_max_duration(secs: i64, max: i64) -> Result<(), StsError> {
    if secs > max {
        return Err(constraint(
            &secs.to_string(),
            "durationSeconds",
            &format!("Member must have value less than or equal to {max}"),
        ));
    }
    Ok(())
}

fn name_chars_ok(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "_+=,.@-".contains(c))
}

fn check_session_name(name: &str, member: &str) -> Result<(), StsError> {
    if !(2..=64).contains(&name.len()) {
        return Err(constraint(
            name,
            member,
            "Member must have length less than or equal to 64 and greater than or equal to 2",
        ));
    }
    if !name_chars_ok(name) {
        return Err(constraint(
            name,
            member,
            "Member must satisfy regular expression pattern: [\\w+=,.@-]*",
        ));
    }
    Ok(())
}

fn check_federated_name(name: &str) -> Result<(), StsError> {
    check_session_name(name, "name")
}

fn check_source_identity(si: &str) -> Result<(), StsError> {
    if !(2..=64).contains(&si.len()) || !name_chars_ok(si) {
        return Err(constraint(
            si,
            "sourceIdentity",
            "Member must satisfy regular expression pattern: [\\w+=,.@-]*",
        ));
    }
    if si.to_ascii_lowercase().starts_with("aws:") {
        return Err(StsError::Validation(
            "Source identity cannot start with the reserved prefix aws:".to_owned(),
        ));
    }
    Ok(())
}

fn check_tag(t: &SessionTag, q: &StsQuotas) -> Result<(), StsError> {
    let key_ok = |c: char| c.is_alphanumeric() || c.is_whitespace() || "_.:/=+-@".contains(c);
    let n = t.key.chars().count();
    if n == 0 || n > q.tag_key_chars {
        return Err(constraint(
            &t.key,
            "tags.member.key",
            &format!(
                "Member must have length less than or equal to {} and greater than or equal to 1",
                q.tag_key_chars
            ),
        ));
    }
    if !t.key.chars().all(key_ok) {
        return Err(constraint(
            &t.key,
            "tags.member.key",
            "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+",
        ));
    }
    if t.value.chars().count() > q.tag_value_chars {
        return Err(constraint(
            &t.value,
            "tags.member.value",
            &format!(
                "Member must have length less than or equal to {}",
                q.tag_value_chars
            ),
        ));
    }
    if !t.value.chars().all(key_ok) {
        return Err(constraint(
            &t.value,
            "tags.member.value",
            "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*",
        ));
    }
    if t.key.to_ascii_lowercase().starts_with("aws:") {
        return Err(StsError::Validation(
            "User-defined tag keys can't start with 'aws:'. This prefix is reserved for AWS use."
                .to_owned(),
        ));
    }
    Ok(())
}

pub(crate) mod b64 {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(v))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        STANDARD.decode(text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests;
