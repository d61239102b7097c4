//! Accounts: the 12-digit containers of every principal and resource.

use serde::{Deserialize, Serialize};

use crate::clock::UnixMillis;

pub const COLLECTION: &str = "accounts";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: String,
    pub name: String,
    pub email: String,
    pub created: i64,
    /// The management account of the installation (and later of its organization).
    pub management: bool,
}

impl Account {
    pub fn root_arn(&self, partition: &str) -> String {
        format!("arn:{partition}:iam::{}:root", self.id)
    }

    pub fn created_at(&self) -> UnixMillis {
        UnixMillis(self.created)
    }
}
