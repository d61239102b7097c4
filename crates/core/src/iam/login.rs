//! Console passwords: login profiles, the account password policy that every password
//! set must satisfy, and ChangePassword. Passwords are kept only as salted PBKDF2 hashes.

use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD as B64;
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use subtle_eq::constant_time_eq;
use zeroize::Zeroizing;

use super::records::{self, key};
use super::users::load_user;
use super::{Iam, IamError};
use crate::seal::random_bytes;
use crate::store::Tx;

/// `account` → the account's password policy.
pub const PASSWORD_POLICIES: &str = "iam-password-policy";

/// How many previous password hashes a profile remembers for reuse prevention.
const HISTORY_LIMIT: usize = 24;

/// A user's console password, as stored.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginProfile {
    pub user_name: String,
    pub created: i64,
    pub password_reset_required: bool,
    /// When the password was last set (for expiry).
    pub password_changed: i64,
    password_hash: String,
    /// Hashes of earlier passwords, newest first.
    #[serde(default)]
    history: Vec<String>,
}

impl std::fmt::Debug for LoginProfile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginProfile")
            .field("user_name", &self.user_name)
            .field("created", &self.created)
            .field("password_reset_required", &self.password_reset_required)
            .finish_non_exhaustive()
    }
}

/// A successful console sign-in with a password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordSignIn {
    pub user_id: String,
    pub arn: String,
    /// The user must set a new password before doing anything else.
    pub must_change: bool,
    pub expired: bool,
    /// False under `HardExpiry`: an expired password needs an administrator.
    pub may_change_after_expiry: bool,
}

/// The account password policy; `None` fields take AWS's defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordPolicy {
    pub minimum_length: u32,
    pub require_symbols: bool,
    pub require_numbers: bool,
    pub require_uppercase: bool,
    pub require_lowercase: bool,
    pub allow_users_to_change: bool,
    /// Days; 0 means passwords never expire.
    pub max_age_days: u32,
    pub reuse_prevention: u32,
    pub hard_expiry: bool,
}

/// The parameters of UpdateAccountPasswordPolicy.
#[derive(Debug, Clone, Default)]
pub struct PasswordPolicyInput {
    pub minimum_length: Option<i64>,
    pub require_symbols: Option<bool>,
    pub require_numbers: Option<bool>,
    pub require_uppercase: Option<bool>,
    pub require_lowercase: Option<bool>,
    pub allow_users_to_change: Option<bool>,
    pub max_age_days: Option<i64>,
    pub reuse_prevention: Option<i64>,
    pub hard_expiry: Option<bool>,
}

const SYMBOLS: &str = "!@#$%^&*()_+-=[]{}|'";

fn is_symbol(c: char) -> bool {
    SYMBOLS.contains(c)
}

/// Checks `password` against `policy`, or against IAM's default rules when the account
/// has none (at least 8 characters of at least three kinds).
pub fn check_password(policy: Option<&PasswordPolicy>, password: &str) -> Result<(), IamError> {
    let violation = |m: String| Err(IamError::PasswordPolicyViolation(m));
    let len = password.chars().count();
    if len > 128 || password.chars().any(|c| !(' '..='~').contains(&c)) {
        return violation("Password must be at most 128 printable ASCII characters".to_owned());
    }
    let upper = password.chars().any(|c| c.is_ascii_uppercase());
    let lower = password.chars().any(|c| c.is_ascii_lowercase());
    let number = password.chars().any(|c| c.is_ascii_digit());
    let symbol = password.chars().any(|c| !c.is_ascii_alphanumeric());
    match policy {
        None => {
            if len < 8 {
                return violation("Password should have a minimum length of 8".to_owned());
            }
            let kinds = [upper, lower, number, symbol]
                .iter()
                .filter(|k| **k)
                .count();
            if kinds < 3 {
                return violation(
                    "Password should have at least three of: uppercase letters, lowercase letters, numbers and symbols".to_owned(),
                );
            }
            Ok(())
        }
        Some(p) => {
            let min = p.minimum_length.max(6) as usize;
            if len < min {
                return violation(format!("Password should have a minimum length of {min}"));
            }
            if p.require_uppercase && !upper {
                return violation("Password should have at least one uppercase letter".to_owned());
            }
            if p.require_lowercase && !lower {
                return violation("Password should have at least one lowercase letter".to_owned());
            }
            if p.require_numbers && !number {
                return violation("Password should have at least one number".to_owned());
            }
            if p.require_symbols && !password.chars().any(is_symbol) {
                return violation("Password should have at least one symbol".to_owned());
            }
            Ok(())
        }
    }
}

type HmacSha256 = Hmac<Sha256>;

/// PBKDF2-HMAC-SHA256 (RFC 8018) with one 32-byte output block.
fn pbkdf2(password: &[u8], salt: &[u8], iterations: u32) -> Result<[u8; 32], IamError> {
    let keyed = HmacSha256::new_from_slice(password)
        .map_err(|_| IamError::Internal("hmac key".to_owned()))?;
    let mut mac = keyed.clone();
    mac.update(salt);
    mac.update(&1u32.to_be_bytes());
    let mut u: [u8; 32] = mac.finalize().into_bytes().into();
    let mut out = u;
    for _ in 1..iterations {
        let mut mac = keyed.clone();
        mac.update(&u);
        u = mac.finalize().into_bytes().into();
        for (o, x) in out.iter_mut().zip(u.iter()) {
            *o ^= x;
        }
    }
    Ok(out)
}

/// `pbkdf2-sha256$iterations$salt$hash`, base64 without padding.
fn hash_password(password: &str, iterations: u32) -> Result<String, IamError> {
    let mut salt = [0u8; 16];
    random_bytes(&mut salt);
    let hash = Zeroizing::new(pbkdf2(password.as_bytes(), &salt, iterations)?);
    Ok(format!(
        "pbkdf2-sha256${iterations}${}${}",
        B64.encode(salt),
        B64.encode(hash.as_ref())
    ))
}

fn password_matches(password: &str, stored: &str) -> Result<bool, IamError> {
    let mut parts = stored.split('$');
    let (Some("pbkdf2-sha256"), Some(iter), Some(salt), Some(hash), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return Err(IamError::Internal(
            "unknown password hash format".to_owned(),
        ));
    };
    let iterations: u32 = iter
        .parse()
        .map_err(|_| IamError::Internal("bad password hash".to_owned()))?;
    let salt = B64
        .decode(salt)
        .map_err(|_| IamError::Internal("bad password hash".to_owned()))?;
    let want = B64
        .decode(hash)
        .map_err(|_| IamError::Internal("bad password hash".to_owned()))?;
    let got = Zeroizing::new(pbkdf2(password.as_bytes(), &salt, iterations)?);
    Ok(constant_time_eq(got.as_ref(), &want))
}

/// Constant-time comparison, so a hash check does not leak how much matched.
mod subtle_eq {
    pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
        if a.len() != b.len() {
            return false;
        }
        a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

fn no_such_profile(user: &str) -> IamError {
    IamError::NoSuchEntity(format!("Login Profile for User {user} cannot be found."))
}

fn profile_key(account: &str, user: &str) -> String {
    key(account, user)
}

pub(super) fn load_policy(
    tx: &mut dyn Tx,
    account: &str,
) -> Result<Option<PasswordPolicy>, IamError> {
    records::load(tx, PASSWORD_POLICIES, account)
}

fn load_profile(tx: &mut dyn Tx, account: &str, user: &str) -> Result<LoginProfile, IamError> {
    records::load(tx, records::LOGIN_PROFILES, &profile_key(account, user))?
        .ok_or_else(|| no_such_profile(user))
}

impl Iam<'_> {
    fn hash_iterations(&self) -> u32 {
        self.quotas().password_hash_iterations.max(1)
    }

    /// Sets `password` on `profile` after the policy checks, remembering the old hash.
    fn set_password(
        &self,
        tx: &mut dyn Tx,
        account: &str,
        profile: &mut LoginProfile,
        password: &str,
    ) -> Result<(), IamError> {
        let policy = load_policy(tx, account)?;
        check_password(policy.as_ref(), password)?;
        if let Some(p) = &policy
            && p.reuse_prevention > 0
        {
            let recent = std::iter::once(&profile.password_hash)
                .chain(profile.history.iter())
                .filter(|h| !h.is_empty())
                .take(p.reuse_prevention as usize);
            for h in recent {
                if password_matches(password, h)? {
                    return Err(IamError::PasswordPolicyViolation(
                        "Password has been used before".to_owned(),
                    ));
                }
            }
        }
        let new_hash = hash_password(password, self.hash_iterations())?;
        let old = std::mem::replace(&mut profile.password_hash, new_hash);
        if !old.is_empty() {
            profile.history.insert(0, old);
            profile.history.truncate(HISTORY_LIMIT);
        }
        profile.password_changed = self.now();
        Ok(())
    }

    pub fn create_login_profile(
        &self,
        account: &str,
        user: &str,
        password: &str,
        reset_required: bool,
    ) -> Result<LoginProfile, IamError> {
        let mut tx = self.inst.store().begin()?;
        let u = load_user(tx.as_mut(), account, user)?;
        let already = || {
            IamError::EntityAlreadyExists(format!(
                "Login Profile for user {} already exists.",
                u.name
            ))
        };
        // Refused before the slow hash, so a repeated call costs nothing.
        if tx
            .get(records::LOGIN_PROFILES, &profile_key(account, &u.name))?
            .is_some()
        {
            return Err(already());
        }
        let now = self.now();
        let mut profile = LoginProfile {
            user_name: u.name.clone(),
            created: now,
            password_reset_required: reset_required,
            password_changed: now,
            password_hash: String::new(),
            history: Vec::new(),
        };
        self.set_password(tx.as_mut(), account, &mut profile, password)?;
        if !records::insert(
            tx.as_mut(),
            records::LOGIN_PROFILES,
            &profile_key(account, &u.name),
            &profile,
        )? {
            return Err(already());
        }
        tx.commit()?;
        Ok(profile)
    }

    pub fn get_login_profile(&self, account: &str, user: &str) -> Result<LoginProfile, IamError> {
        let mut tx = self.inst.store().read()?;
        let u = load_user(tx.as_mut(), account, user)?;
        let mut p = load_profile(tx.as_mut(), account, &u.name)?;
        p.user_name = u.name;
        Ok(p)
    }

    pub fn update_login_profile(
        &self,
        account: &str,
        user: &str,
        password: Option<&str>,
        reset_required: Option<bool>,
    ) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let u = load_user(tx.as_mut(), account, user)?;
        let mut p = load_profile(tx.as_mut(), account, &u.name)?;
        if let Some(pw) = password {
            self.set_password(tx.as_mut(), account, &mut p, pw)?;
        }
        if let Some(r) = reset_required {
            p.password_reset_required = r;
        }
        records::save(
            tx.as_mut(),
            records::LOGIN_PROFILES,
            &profile_key(account, &u.name),
            &p,
        )?;
        Ok(tx.commit()?)
    }

    pub fn delete_login_profile(&self, account: &str, user: &str) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let u = load_user(tx.as_mut(), account, user)?;
        if !tx.delete(records::LOGIN_PROFILES, &profile_key(account, &u.name))? {
            return Err(no_such_profile(&u.name));
        }
        Ok(tx.commit()?)
    }

    /// A user changes their own password, proving the old one.
    pub fn change_password(
        &self,
        account: &str,
        user: &str,
        old: &str,
        new: &str,
    ) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let u = load_user(tx.as_mut(), account, user)?;
        let mut p = load_profile(tx.as_mut(), account, &u.name)?;
        if !password_matches(old, &p.password_hash)? {
            return Err(IamError::WrongPassword(
                "The old password is incorrect.".to_owned(),
            ));
        }
        self.set_password(tx.as_mut(), account, &mut p, new)?;
        p.password_reset_required = false;
        records::save(
            tx.as_mut(),
            records::LOGIN_PROFILES,
            &profile_key(account, &u.name),
            &p,
        )?;
        Ok(tx.commit()?)
    }

    /// Console sign-in with a password: `None` when the user has no login profile or
    /// the password is wrong; on success records the use and says whether the user must
    /// choose a new password first (reset required, or expired under the policy).
    pub fn sign_in_with_password(
        &self,
        account: &str,
        user: &str,
        password: &str,
    ) -> Result<Option<PasswordSignIn>, IamError> {
        let (profile, policy) = {
            let mut tx = self.inst.store().read()?;
            let profile = match load_profile(tx.as_mut(), account, user) {
                Ok(p) => p,
                Err(IamError::NoSuchEntity(_)) => return Ok(None),
                Err(e) => return Err(e),
            };
            (profile, load_policy(tx.as_mut(), account)?)
        };
        if !password_matches(password, &profile.password_hash)? {
            return Ok(None);
        }
        let now = self.now();
        let expired = policy.as_ref().is_some_and(|p| {
            p.max_age_days > 0
                && now - profile.password_changed > i64::from(p.max_age_days) * 86_400_000
        });
        let mut tx = self.inst.store().begin()?;
        let mut u = load_user(tx.as_mut(), account, user)?;
        u.password_last_used = Some(now);
        super::users::store_user(tx.as_mut(), &u)?;
        tx.commit()?;
        Ok(Some(PasswordSignIn {
            user_id: u.id,
            arn: u.arn,
            must_change: profile.password_reset_required || expired,
            expired,
            may_change_after_expiry: !policy.is_some_and(|p| p.hard_expiry),
        }))
    }

    /// Whether `password` is the user's console password (for sign-in).
    pub fn verify_password(
        &self,
        account: &str,
        user: &str,
        password: &str,
    ) -> Result<bool, IamError> {
        let mut tx = self.inst.store().read()?;
        let p = match load_profile(tx.as_mut(), account, user) {
            Ok(p) => p,
            Err(IamError::NoSuchEntity(_)) => return Ok(false),
            Err(e) => return Err(e),
        };
        password_matches(password, &p.password_hash)
    }

    pub fn password_policy(&self, account: &str) -> Result<PasswordPolicy, IamError> {
        let mut tx = self.inst.store().read()?;
        load_policy(tx.as_mut(), account)?.ok_or_else(|| {
            IamError::NoSuchEntity(format!(
                "The Password Policy with domain name {account} cannot be found."
            ))
        })
    }

    pub fn update_password_policy(
        &self,
        account: &str,
        input: &PasswordPolicyInput,
    ) -> Result<PasswordPolicy, IamError> {
        let range = |v: Option<i64>, lo: i64, hi: i64, field: &str, default: u32| match v {
            None => Ok(default),
            Some(n) if (lo..=hi).contains(&n) => Ok(u32::try_from(n).unwrap_or(default)),
            Some(n) => Err(IamError::Validation(format!(
                "1 validation error detected: Value '{n}' at '{field}' failed to satisfy constraint: Member must have value {}",
                if n < lo {
                    format!("greater than or equal to {lo}")
                } else {
                    format!("less than or equal to {hi}")
                }
            ))),
        };
        let policy = PasswordPolicy {
            minimum_length: range(input.minimum_length, 6, 128, "minimumPasswordLength", 8)?,
            require_symbols: input.require_symbols.unwrap_or(false),
            require_numbers: input.require_numbers.unwrap_or(false),
            require_uppercase: input.require_uppercase.unwrap_or(false),
            require_lowercase: input.require_lowercase.unwrap_or(false),
            allow_users_to_change: input.allow_users_to_change.unwrap_or(false),
            max_age_days: range(input.max_age_days, 1, 1095, "maxPasswordAge", 0)?,
            reuse_prevention: range(input.reuse_prevention, 1, 24, "passwordReusePrevention", 0)?,
            hard_expiry: input.hard_expiry.unwrap_or(false),
        };
        let mut tx = self.inst.store().begin()?;
        records::save(tx.as_mut(), PASSWORD_POLICIES, account, &policy)?;
        tx.commit()?;
        Ok(policy)
    }

    pub fn delete_password_policy(&self, account: &str) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        if !tx.delete(PASSWORD_POLICIES, account)? {
            return Err(IamError::NoSuchEntity(
                "The account policy with name PasswordPolicy cannot be found.".to_owned(),
            ));
        }
        Ok(tx.commit()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pbkdf2_matches_rfc_7914_vector() {
        // RFC 7914 section 11: P="passwd", S="salt", c=1, first 32 bytes.
        let out = pbkdf2(b"passwd", b"salt", 1).unwrap();
        let hex = crate::ids::hex_lower(&out);
        assert_eq!(
            hex,
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
        );
    }

    #[test]
    fn hashes_are_salted_and_verify() {
        let a = hash_password("Correct-Horse-1", 10).unwrap();
        let b = hash_password("Correct-Horse-1", 10).unwrap();
        assert_ne!(a, b);
        assert!(!a.contains("Correct"));
        assert!(password_matches("Correct-Horse-1", &a).unwrap());
        assert!(!password_matches("Correct-Horse-2", &a).unwrap());
    }

    #[test]
    fn policy_rules_name_the_first_failure() {
        let p = PasswordPolicy {
            minimum_length: 12,
            require_symbols: true,
            require_numbers: true,
            require_uppercase: true,
            require_lowercase: true,
            ..PasswordPolicy::default()
        };
        let msg = |pw: &str| match check_password(Some(&p), pw) {
            Err(IamError::PasswordPolicyViolation(m)) => m,
            other => format!("{other:?}"),
        };
        assert_eq!(msg("Ab1!"), "Password should have a minimum length of 12");
        assert_eq!(
            msg("abcdefghijk1!"),
            "Password should have at least one uppercase letter"
        );
        assert_eq!(
            msg("ABCDEFGHIJK1!"),
            "Password should have at least one lowercase letter"
        );
        assert_eq!(
            msg("Abcdefghijk!"),
            "Password should have at least one number"
        );
        assert_eq!(
            msg("Abcdefghijk1"),
            "Password should have at least one symbol"
        );
        assert!(check_password(Some(&p), "Abcdefghijk1!").is_ok());
        assert!(check_password(None, "short").is_err());
        assert!(check_password(None, "alllowercase").is_err());
        assert!(check_password(None, "Lower-and-UP").is_ok());
    }
}
