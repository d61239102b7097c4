//! The domain: accounts, principals, credentials, audit, and the interfaces (store,
//! clock, randomness) it needs. Nothing here knows HTTP or SQL.

pub mod access_key;
pub mod account;
pub mod audit;
pub mod caller;
pub mod clock;
pub mod console_federation;
pub mod error;
pub mod expiry;
pub mod iam;
pub mod ids;
pub mod installation;
pub mod oidc;
pub mod redirect;
pub mod saml_federation;
pub mod seal;
pub mod store;
pub mod sts;

pub use caller::{Caller, PrincipalKind};
pub use clock::{Clock, SystemClock, UnixMillis};
pub use error::CoreError;
pub use installation::{Installation, Settings};
pub use seal::MasterKey;
pub use store::{Store, StoreError, Tx};
