//! The generated service modules. Written by `scripts/codegen` from botocore 1.44.8; do not edit.

pub mod clouddirectory;
pub mod cloudtrail;
pub mod cognito_identity;
pub mod cognito_idp;
pub mod ds;
pub mod iam;
pub mod identitystore;
pub mod organizations;
pub mod rolesanywhere;
pub mod sso;
pub mod sso_admin;
pub mod sso_oidc;
pub mod sts;

static SERVICES: [&crate::ServiceDef; 13] = [
    &clouddirectory::SERVICE,
    &cloudtrail::SERVICE,
    &cognito_identity::SERVICE,
    &cognito_idp::SERVICE,
    &ds::SERVICE,
    &iam::SERVICE,
    &identitystore::SERVICE,
    &organizations::SERVICE,
    &rolesanywhere::SERVICE,
    &sso::SERVICE,
    &sso_admin::SERVICE,
    &sso_oidc::SERVICE,
    &sts::SERVICE,
];

/// Every service, sorted by module name.
pub fn services() -> &'static [&'static crate::ServiceDef] {
    &SERVICES
}
