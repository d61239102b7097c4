//! Long-term access keys: the id is public, the secret is sealed under the master key
//! (SigV4 needs the secret itself, so it cannot be hashed).

use serde::{Deserialize, Serialize};

use crate::seal::SecretString;

pub const COLLECTION: &str = "access-keys";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeyStatus {
    Active,
    Inactive,
}

impl KeyStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyStatus::Active => "Active",
            KeyStatus::Inactive => "Inactive",
        }
    }
}

/// The stored form of a key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessKeyRecord {
    pub access_key_id: String,
    pub account_id: String,
    /// `None` for the account's root user.
    pub user_name: Option<String>,
    pub user_id: Option<String>,
    pub user_path: Option<String>,
    pub status: KeyStatus,
    pub created: i64,
    /// The secret sealed with `seal_context(access_key_id)` as associated data.
    #[serde(with = "b64")]
    pub sealed_secret: Vec<u8>,
}

/// The associated data a key's secret is sealed with.
pub fn seal_context(access_key_id: &str) -> String {
    format!("access-key/{access_key_id}")
}

/// A key ready for signature checks: the record plus its opened secret.
#[derive(Debug, Clone)]
pub struct ResolvedKey {
    pub record: AccessKeyRecord,
    pub secret: SecretString,
}

mod b64 {
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
