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

/// Reads `value` into the typed struct of a structure shape and writes it back;
/// `None` for an unknown service or a shape without a typed struct.
pub fn typed_round_trip(
    service: &str,
    shape: &str,
    value: &crate::Value,
) -> Option<Result<crate::Value, crate::FromValueError>> {
    match service {
        "sts" => sts::typed_round_trip(shape, value),
        "iam" => iam::typed_round_trip(shape, value),
        "organizations" => organizations::typed_round_trip(shape, value),
        "sso-admin" => sso_admin::typed_round_trip(shape, value),
        "identitystore" => identitystore::typed_round_trip(shape, value),
        "sso" => sso::typed_round_trip(shape, value),
        "sso-oidc" => sso_oidc::typed_round_trip(shape, value),
        "cognito-idp" => cognito_idp::typed_round_trip(shape, value),
        "cognito-identity" => cognito_identity::typed_round_trip(shape, value),
        "rolesanywhere" => rolesanywhere::typed_round_trip(shape, value),
        "ds" => ds::typed_round_trip(shape, value),
        "clouddirectory" => clouddirectory::typed_round_trip(shape, value),
        "cloudtrail" => cloudtrail::typed_round_trip(shape, value),
        _ => None,
    }
}
