//! The IAM operations beyond entities and policies: login profiles and the password
//! policy, MFA devices, identity providers, the account, reports and the simulator.

use gatehouse_core::Caller;
use gatehouse_core::iam::account::{AuthorizationDetail, DetailFilter};
use gatehouse_core::iam::login::{PasswordPolicy, PasswordPolicyInput};
use gatehouse_core::iam::mfa::Assignment;
use gatehouse_core::iam::providers::{OidcProvider, SamlProvider};
use gatehouse_core::iam::simulate::{
    self, MatchedPolicyStatement, SimulatedPolicy, SimulatedPrincipal, Simulation,
    SimulationResult, SourceType,
};
use gatehouse_core::iam::{self as core_iam, IamError, Page, PageRequest};
use gatehouse_model::iam as m;
use gatehouse_model::{Timestamp, ToValue, Value};
use gatehouse_policy::{ContextValue, PrincipalKind as PolicyPrincipalKind};
use gatehouse_wire::ApiError;

use super::iam::iam_error;
use super::{RequestCtx, typed};
use crate::app::AppInner;
use crate::authz;

type Extra = Vec<(String, Vec<ContextValue>, bool)>;

fn ts(ms: i64) -> Timestamp {
    Timestamp::from_epoch_millis(ms)
        .unwrap_or_else(|| Timestamp::from_epoch_millis(0).unwrap_or_default())
}

fn e(err: IamError) -> ApiError {
    iam_error(&err)
}

fn empty() -> Value {
    Value::Structure(Vec::new())
}

/// IAM returns documents percent-encoded.
fn encode_document(doc: &str) -> String {
    let mut out = String::with_capacity(doc.len() * 3 / 2);
    for b in doc.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn core_tags(tags: Option<Vec<m::Tag>>) -> Vec<core_iam::Tag> {
    tags.unwrap_or_default()
        .into_iter()
        .map(|t| core_iam::Tag {
            key: t.key,
            value: t.value,
        })
        .collect()
}

fn model_tags(tags: &[core_iam::Tag]) -> Option<Vec<m::Tag>> {
    (!tags.is_empty()).then(|| {
        tags.iter()
            .map(|t| m::Tag {
                key: t.key.clone(),
                value: t.value.clone(),
            })
            .collect()
    })
}

fn request_tag_keys(tags: &[core_iam::Tag]) -> Extra {
    let mut extra: Extra = tags
        .iter()
        .map(|t| {
            (
                format!("aws:RequestTag/{}", t.key),
                vec![ContextValue::String(t.value.clone())],
                false,
            )
        })
        .collect();
    if !tags.is_empty() {
        extra.push((
            "aws:TagKeys".to_owned(),
            tags.iter()
                .map(|t| ContextValue::String(t.key.clone()))
                .collect(),
            true,
        ));
    }
    extra
}

fn resource_tag_keys(tags: &[core_iam::Tag]) -> Extra {
    tags.iter()
        .map(|t| {
            (
                format!("aws:ResourceTag/{}", t.key),
                vec![ContextValue::String(t.value.clone())],
                false,
            )
        })
        .collect()
}

fn user_out(u: &core_iam::User) -> m::User {
    m::User {
        arn: u.arn.clone(),
        create_date: ts(u.created),
        password_last_used: u.password_last_used.map(ts),
        path: u.path.clone(),
        permissions_boundary: u.permissions_boundary.as_ref().map(|a| {
            m::AttachedPermissionsBoundary {
                permissions_boundary_arn: Some(a.clone()),
                permissions_boundary_type: Some(
                    m::PermissionsBoundaryAttachmentType::PermissionsBoundaryPolicy,
                ),
            }
        }),
        tags: model_tags(&u.tags),
        user_id: u.id.clone(),
        user_name: u.name.clone(),
    }
}

fn boundary_out(arn: &Option<String>) -> Option<m::AttachedPermissionsBoundary> {
    arn.as_ref().map(|a| m::AttachedPermissionsBoundary {
        permissions_boundary_arn: Some(a.clone()),
        permissions_boundary_type: Some(
            m::PermissionsBoundaryAttachmentType::PermissionsBoundaryPolicy,
        ),
    })
}

fn invalid_marker() -> ApiError {
    ApiError::new("InvalidInput", "Invalid Marker.", 400)
}

/// Pages a list built in memory with a plain offset marker.
fn page_list<T>(
    all: Vec<T>,
    marker: Option<&str>,
    max_items: Option<i32>,
) -> Result<(Vec<T>, Option<String>), ApiError> {
    let start: usize = match marker {
        None | Some("") => 0,
        Some(m) => m.parse().map_err(|_| invalid_marker())?,
    };
    let limit = match max_items {
        None => 100,
        Some(n) if (1..=1000).contains(&n) => usize::try_from(n).unwrap_or(100),
        Some(_) => {
            return Err(ApiError::new(
                "ValidationError",
                "1 validation error detected: Value at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000",
                400,
            ));
        }
    };
    let total = all.len();
    let items: Vec<T> = all.into_iter().skip(start).take(limit).collect();
    let end = start + items.len();
    Ok((items, (end < total).then(|| end.to_string())))
}

/// IAM operations act in the caller's own account.
struct Scope<'a, 'c> {
    app: &'a AppInner,
    ctx: &'a RequestCtx<'c>,
    caller: &'a Caller,
}

impl Scope<'_, '_> {
    fn account(&self) -> &str {
        &self.caller.account_id
    }

    fn partition(&self) -> &str {
        &self.app.installation.settings().partition
    }

    fn arn(&self, kind: &str, path: &str, name: &str) -> String {
        format!(
            "arn:{}:iam::{}:{kind}{path}{name}",
            self.partition(),
            self.account()
        )
    }

    fn allow(
        &self,
        op: &str,
        resource: &str,
        extra: &[(String, Vec<ContextValue>, bool)],
    ) -> Result<(), ApiError> {
        authz::authorize(self.app, self.ctx, &format!("iam:{op}"), resource, extra)
    }

    /// The named user, or the calling IAM user when the request names none.
    fn user_name(&self, name: Option<String>) -> Result<String, ApiError> {
        match name {
            Some(n) => Ok(n),
            None => self.caller.user_name().map(str::to_owned).ok_or_else(|| {
                ApiError::new(
                    "ValidationError",
                    "Must specify userName when calling with non-User credentials",
                    400,
                )
            }),
        }
    }

    /// Authorizes `op` on a user, with the user's tags and boundary as condition keys.
    fn allow_on_user(&self, op: &str, name: &str) -> Result<(), ApiError> {
        let (arn, extra) = match self.app.installation.iam().get_user(self.account(), name) {
            Ok(u) => {
                let mut extra = resource_tag_keys(&u.tags);
                if let Some(b) = &u.permissions_boundary {
                    extra.push((
                        "iam:PermissionsBoundary".to_owned(),
                        vec![ContextValue::String(b.clone())],
                        false,
                    ));
                }
                (u.arn, extra)
            }
            Err(_) => (self.arn("user", "/", name), Vec::new()),
        };
        self.allow(op, &arn, &extra)
    }
}

pub(crate) fn dispatch(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    op: &str,
    input: &Value,
) -> Result<Option<Value>, ApiError> {
    let caller = ctx.caller()?;
    let s = Scope { app, ctx, caller };
    let out = match op {
        "CreateLoginProfile"
        | "GetLoginProfile"
        | "UpdateLoginProfile"
        | "DeleteLoginProfile"
        | "ChangePassword"
        | "UpdateAccountPasswordPolicy"
        | "GetAccountPasswordPolicy"
        | "DeleteAccountPasswordPolicy" => passwords(&s, op, input)?,
        "CreateVirtualMFADevice"
        | "EnableMFADevice"
        | "DeactivateMFADevice"
        | "ResyncMFADevice"
        | "ListMFADevices"
        | "ListVirtualMFADevices"
        | "DeleteVirtualMFADevice"
        | "TagMFADevice"
        | "UntagMFADevice"
        | "ListMFADeviceTags" => mfa(&s, op, input)?,
        "CreateOpenIDConnectProvider"
        | "GetOpenIDConnectProvider"
        | "UpdateOpenIDConnectProviderThumbprint"
        | "AddClientIDToOpenIDConnectProvider"
        | "RemoveClientIDFromOpenIDConnectProvider"
        | "DeleteOpenIDConnectProvider"
        | "ListOpenIDConnectProviders"
        | "TagOpenIDConnectProvider"
        | "UntagOpenIDConnectProvider"
        | "ListOpenIDConnectProviderTags" => oidc(&s, op, input)?,
        "CreateSAMLProvider"
        | "GetSAMLProvider"
        | "UpdateSAMLProvider"
        | "DeleteSAMLProvider"
        | "ListSAMLProviders"
        | "TagSAMLProvider"
        | "UntagSAMLProvider"
        | "ListSAMLProviderTags" => saml(&s, op, input)?,
        "CreateAccountAlias"
        | "ListAccountAliases"
        | "DeleteAccountAlias"
        | "GetAccountSummary"
        | "GetAccountAuthorizationDetails"
        | "GenerateCredentialReport"
        | "GetCredentialReport" => account(&s, op, input)?,
        "SimulatePrincipalPolicy" | "SimulateCustomPolicy" => simulator(&s, op, input)?,
        _ => return Ok(None),
    };
    Ok(Some(out))
}

fn login_out(p: &core_iam::login::LoginProfile) -> m::LoginProfile {
    m::LoginProfile {
        create_date: ts(p.created),
        max_signin_session_duration: None,
        password_reset_required: Some(p.password_reset_required),
        user_name: p.user_name.clone(),
    }
}

fn policy_out(p: &PasswordPolicy) -> m::PasswordPolicy {
    m::PasswordPolicy {
        allow_users_to_change_password: Some(p.allow_users_to_change),
        expire_passwords: Some(p.max_age_days > 0),
        hard_expiry: Some(p.hard_expiry),
        max_password_age: (p.max_age_days > 0).then(|| i32::try_from(p.max_age_days).unwrap_or(0)),
        minimum_password_length: i32::try_from(p.minimum_length).ok(),
        password_reuse_prevention: (p.reuse_prevention > 0)
            .then(|| i32::try_from(p.reuse_prevention).unwrap_or(0)),
        require_lowercase_characters: Some(p.require_lowercase),
        require_numbers: Some(p.require_numbers),
        require_symbols: Some(p.require_symbols),
        require_uppercase_characters: Some(p.require_uppercase),
    }
}

fn passwords(s: &Scope<'_, '_>, op: &str, input: &Value) -> Result<Value, ApiError> {
    let iam = s.app.installation.iam();
    let acct = s.account().to_owned();
    Ok(match op {
        "CreateLoginProfile" => {
            let r: m::CreateLoginProfileRequest = typed(input)?;
            let user = s.user_name(r.user_name)?;
            s.allow_on_user(op, &user)?;
            let password = r.password.ok_or_else(|| {
                ApiError::new(
                    "ValidationError",
                    "Password is required when creating a login profile.",
                    400,
                )
            })?;
            let p = iam
                .create_login_profile(
                    &acct,
                    &user,
                    &password,
                    r.password_reset_required.unwrap_or(false),
                )
                .map_err(e)?;
            m::CreateLoginProfileResponse {
                login_profile: login_out(&p),
            }
            .to_value()
        }
        "GetLoginProfile" => {
            let r: m::GetLoginProfileRequest = typed(input)?;
            let user = s.user_name(r.user_name)?;
            s.allow_on_user(op, &user)?;
            let p = iam.get_login_profile(&acct, &user).map_err(e)?;
            m::GetLoginProfileResponse {
                login_profile: login_out(&p),
            }
            .to_value()
        }
        "UpdateLoginProfile" => {
            let r: m::UpdateLoginProfileRequest = typed(input)?;
            s.allow_on_user(op, &r.user_name)?;
            iam.update_login_profile(
                &acct,
                &r.user_name,
                r.password.as_deref(),
                r.password_reset_required,
            )
            .map_err(e)?;
            empty()
        }
        "DeleteLoginProfile" => {
            let r: m::DeleteLoginProfileRequest = typed(input)?;
            let user = s.user_name(r.user_name)?;
            s.allow_on_user(op, &user)?;
            iam.delete_login_profile(&acct, &user).map_err(e)?;
            empty()
        }
        "ChangePassword" => {
            let r: m::ChangePasswordRequest = typed(input)?;
            let Some(user) = s.caller.user_name().map(str::to_owned) else {
                return Err(e(IamError::InvalidUserType(
                    "Only IAM users can change their own password with ChangePassword.".to_owned(),
                )));
            };
            // An account policy that lets users change their passwords grants this
            // call on their own user without an identity policy.
            let granted = iam
                .password_policy(&acct)
                .is_ok_and(|p| p.allow_users_to_change);
            if !granted {
                s.allow(op, &s.caller.arn, &[])?;
            }
            iam.change_password(&acct, &user, &r.old_password, &r.new_password)
                .map_err(e)?;
            empty()
        }
        "UpdateAccountPasswordPolicy" => {
            let r: m::UpdateAccountPasswordPolicyRequest = typed(input)?;
            s.allow(op, "*", &[])?;
            iam.update_password_policy(
                &acct,
                &PasswordPolicyInput {
                    minimum_length: r.minimum_password_length.map(i64::from),
                    require_symbols: r.require_symbols,
                    require_numbers: r.require_numbers,
                    require_uppercase: r.require_uppercase_characters,
                    require_lowercase: r.require_lowercase_characters,
                    allow_users_to_change: r.allow_users_to_change_password,
                    max_age_days: r.max_password_age.map(i64::from),
                    reuse_prevention: r.password_reuse_prevention.map(i64::from),
                    hard_expiry: r.hard_expiry,
                },
            )
            .map_err(e)?;
            empty()
        }
        "GetAccountPasswordPolicy" => {
            s.allow(op, "*", &[])?;
            let p = iam.password_policy(&acct).map_err(e)?;
            m::GetAccountPasswordPolicyResponse {
                password_policy: policy_out(&p),
            }
            .to_value()
        }
        _ => {
            s.allow(op, "*", &[])?;
            iam.delete_password_policy(&acct).map_err(e)?;
            empty()
        }
    })
}

fn mfa(s: &Scope<'_, '_>, op: &str, input: &Value) -> Result<Value, ApiError> {
    let iam = s.app.installation.iam();
    let acct = s.account().to_owned();
    Ok(match op {
        "CreateVirtualMFADevice" => {
            let r: m::CreateVirtualMFADeviceRequest = typed(input)?;
            let path = r.path.clone().unwrap_or_else(|| "/".to_owned());
            let tags = core_tags(r.tags);
            s.allow(
                op,
                &s.arn("mfa", &path, &r.virtual_mfa_device_name),
                &request_tag_keys(&tags),
            )?;
            let d = iam
                .create_virtual_mfa_device(&acct, Some(&path), &r.virtual_mfa_device_name, tags)
                .map_err(e)?;
            m::CreateVirtualMFADeviceResponse {
                virtual_mfa_device: m::VirtualMFADevice {
                    base32_string_seed: Some(d.base32_seed.expose().as_bytes().to_vec()),
                    enable_date: None,
                    qr_code_png: Some(d.qr_code_png),
                    serial_number: d.device.serial.clone(),
                    tags: model_tags(&d.device.tags),
                    user: None,
                },
            }
            .to_value()
        }
        "EnableMFADevice" => {
            let r: m::EnableMFADeviceRequest = typed(input)?;
            s.allow_on_user(op, &r.user_name)?;
            iam.enable_mfa_device(
                &acct,
                &r.user_name,
                &r.serial_number,
                &r.authentication_code1,
                &r.authentication_code2,
            )
            .map_err(e)?;
            empty()
        }
        "DeactivateMFADevice" => {
            let r: m::DeactivateMFADeviceRequest = typed(input)?;
            let user = s.user_name(r.user_name)?;
            s.allow_on_user(op, &user)?;
            iam.deactivate_mfa_device(&acct, &user, &r.serial_number)
                .map_err(e)?;
            empty()
        }
        "ResyncMFADevice" => {
            let r: m::ResyncMFADeviceRequest = typed(input)?;
            s.allow_on_user(op, &r.user_name)?;
            iam.resync_mfa_device(
                &acct,
                &r.user_name,
                &r.serial_number,
                &r.authentication_code1,
                &r.authentication_code2,
            )
            .map_err(e)?;
            empty()
        }
        "ListMFADevices" => {
            let r: m::ListMFADevicesRequest = typed(input)?;
            let user = s.user_name(r.user_name)?;
            s.allow_on_user(op, &user)?;
            let (name, p) = iam
                .list_mfa_devices(
                    &acct,
                    &user,
                    &PageRequest {
                        marker: r.marker,
                        max_items: r.max_items.map(i64::from),
                    },
                )
                .map_err(e)?;
            m::ListMFADevicesResponse {
                is_truncated: Some(p.is_truncated()),
                marker: p.marker.clone(),
                mfa_devices: p
                    .items
                    .iter()
                    .map(|d| m::MFADevice {
                        enable_date: ts(d.enabled),
                        serial_number: d.serial.clone(),
                        user_name: name.clone(),
                    })
                    .collect(),
            }
            .to_value()
        }
        "ListVirtualMFADevices" => {
            let r: m::ListVirtualMFADevicesRequest = typed(input)?;
            s.allow(op, "*", &[])?;
            // Matched by wire value: the enum's Rust name follows the code generator.
            let assignment = match r.assignment_status.as_ref().map(|a| a.as_str()) {
                Some("Assigned") => Assignment::Assigned,
                Some("Unassigned") => Assignment::Unassigned,
                _ => Assignment::Any,
            };
            let p: Page<_> = iam
                .list_virtual_mfa_devices(
                    &acct,
                    assignment,
                    &PageRequest {
                        marker: r.marker,
                        max_items: r.max_items.map(i64::from),
                    },
                )
                .map_err(e)?;
            m::ListVirtualMFADevicesResponse {
                is_truncated: Some(p.is_truncated()),
                marker: p.marker.clone(),
                virtual_mfa_devices: p
                    .items
                    .iter()
                    .map(|(d, u)| m::VirtualMFADevice {
                        base32_string_seed: None,
                        enable_date: d.enabled.map(ts),
                        qr_code_png: None,
                        serial_number: d.serial.clone(),
                        tags: model_tags(&d.tags),
                        user: u.as_ref().map(user_out),
                    })
                    .collect(),
            }
            .to_value()
        }
        "TagMFADevice" => {
            let r: m::TagMFADeviceRequest = typed(input)?;
            let tags = core_tags(Some(r.tags));
            s.allow(op, &r.serial_number, &request_tag_keys(&tags))?;
            iam.retag_mfa_device(&acct, &r.serial_number, &tags, &[])
                .map_err(e)?;
            empty()
        }
        "UntagMFADevice" => {
            let r: m::UntagMFADeviceRequest = typed(input)?;
            s.allow(op, &r.serial_number, &[])?;
            iam.retag_mfa_device(&acct, &r.serial_number, &[], &r.tag_keys)
                .map_err(e)?;
            empty()
        }
        "ListMFADeviceTags" => {
            let r: m::ListMFADeviceTagsRequest = typed(input)?;
            s.allow(op, &r.serial_number, &[])?;
            let d = iam.virtual_mfa_device(&acct, &r.serial_number).map_err(e)?;
            let (tags, marker) = page_list(
                model_tags(&d.tags).unwrap_or_default(),
                r.marker.as_deref(),
                r.max_items,
            )?;
            m::ListMFADeviceTagsResponse {
                is_truncated: Some(marker.is_some()),
                marker,
                tags,
            }
            .to_value()
        }
        _ => {
            let r: m::DeleteVirtualMFADeviceRequest = typed(input)?;
            s.allow(op, &r.serial_number, &[])?;
            iam.delete_virtual_mfa_device(&acct, &r.serial_number)
                .map_err(e)?;
            empty()
        }
    })
}

/// Authorizes `op` on an OIDC provider with its tags; NoSuchEntity comes after.
fn allow_on_oidc(s: &Scope<'_, '_>, op: &str, arn: &str) -> Result<(), ApiError> {
    let extra = s
        .app
        .installation
        .iam()
        .get_oidc_provider(s.account(), arn)
        .map(|p| resource_tag_keys(&p.tags))
        .unwrap_or_default();
    s.allow(op, arn, &extra)
}

fn oidc(s: &Scope<'_, '_>, op: &str, input: &Value) -> Result<Value, ApiError> {
    let iam = s.app.installation.iam();
    let acct = s.account().to_owned();
    Ok(match op {
        "CreateOpenIDConnectProvider" => {
            let r: m::CreateOpenIDConnectProviderRequest = typed(input)?;
            let tags = core_tags(r.tags);
            let stripped = r.url.trim_start_matches("https://").trim_end_matches('/');
            s.allow(
                op,
                &s.arn("oidc-provider", "/", stripped),
                &request_tag_keys(&tags),
            )?;
            let p: OidcProvider = iam
                .create_oidc_provider(
                    &acct,
                    &r.url,
                    r.client_id_list.unwrap_or_default(),
                    r.thumbprint_list.unwrap_or_default(),
                    tags,
                )
                .map_err(e)?;
            m::CreateOpenIDConnectProviderResponse {
                open_id_connect_provider_arn: Some(p.arn.clone()),
                tags: model_tags(&p.tags),
            }
            .to_value()
        }
        "GetOpenIDConnectProvider" => {
            let r: m::GetOpenIDConnectProviderRequest = typed(input)?;
            allow_on_oidc(s, op, &r.open_id_connect_provider_arn)?;
            let p = iam
                .get_oidc_provider(&acct, &r.open_id_connect_provider_arn)
                .map_err(e)?;
            m::GetOpenIDConnectProviderResponse {
                client_id_list: Some(p.client_ids.clone()),
                context_provider: None,
                create_date: Some(ts(p.created)),
                identity_center_instance_arn: None,
                identity_store_arn: None,
                tags: model_tags(&p.tags),
                thumbprint_list: Some(p.thumbprints.clone()),
                url: Some(p.url.clone()),
            }
            .to_value()
        }
        "UpdateOpenIDConnectProviderThumbprint" => {
            let r: m::UpdateOpenIDConnectProviderThumbprintRequest = typed(input)?;
            allow_on_oidc(s, op, &r.open_id_connect_provider_arn)?;
            let prints: Vec<String> = r.thumbprint_list.iter().map(|t| t.to_lowercase()).collect();
            iam.update_oidc_provider(&acct, &r.open_id_connect_provider_arn, |p| {
                p.thumbprints = prints;
                Ok(())
            })
            .map_err(e)?;
            empty()
        }
        "AddClientIDToOpenIDConnectProvider" => {
            let r: m::AddClientIDToOpenIDConnectProviderRequest = typed(input)?;
            allow_on_oidc(s, op, &r.open_id_connect_provider_arn)?;
            iam.update_oidc_provider(&acct, &r.open_id_connect_provider_arn, |p| {
                if !p.client_ids.contains(&r.client_id) {
                    p.client_ids.push(r.client_id.clone());
                }
                Ok(())
            })
            .map_err(e)?;
            empty()
        }
        "RemoveClientIDFromOpenIDConnectProvider" => {
            let r: m::RemoveClientIDFromOpenIDConnectProviderRequest = typed(input)?;
            allow_on_oidc(s, op, &r.open_id_connect_provider_arn)?;
            iam.update_oidc_provider(&acct, &r.open_id_connect_provider_arn, |p| {
                p.client_ids.retain(|c| c != &r.client_id);
                Ok(())
            })
            .map_err(e)?;
            empty()
        }
        "DeleteOpenIDConnectProvider" => {
            let r: m::DeleteOpenIDConnectProviderRequest = typed(input)?;
            allow_on_oidc(s, op, &r.open_id_connect_provider_arn)?;
            iam.delete_oidc_provider(&acct, &r.open_id_connect_provider_arn)
                .map_err(e)?;
            empty()
        }
        "ListOpenIDConnectProviders" => {
            s.allow(op, "*", &[])?;
            let list = iam.list_oidc_providers(&acct).map_err(e)?;
            m::ListOpenIDConnectProvidersResponse {
                open_id_connect_provider_list: Some(
                    list.into_iter()
                        .map(|p| m::OpenIDConnectProviderListEntry {
                            arn: Some(p.arn),
                            is_trusted_identity_propagation_enabled: None,
                        })
                        .collect(),
                ),
            }
            .to_value()
        }
        "TagOpenIDConnectProvider" => {
            let r: m::TagOpenIDConnectProviderRequest = typed(input)?;
            let tags = core_tags(Some(r.tags));
            let mut extra = request_tag_keys(&tags);
            if let Ok(p) = iam.get_oidc_provider(&acct, &r.open_id_connect_provider_arn) {
                extra.extend(resource_tag_keys(&p.tags));
            }
            s.allow(op, &r.open_id_connect_provider_arn, &extra)?;
            iam.tag_oidc_provider(&acct, &r.open_id_connect_provider_arn, &tags)
                .map_err(e)?;
            empty()
        }
        "UntagOpenIDConnectProvider" => {
            let r: m::UntagOpenIDConnectProviderRequest = typed(input)?;
            allow_on_oidc(s, op, &r.open_id_connect_provider_arn)?;
            iam.untag_oidc_provider(&acct, &r.open_id_connect_provider_arn, &r.tag_keys)
                .map_err(e)?;
            empty()
        }
        _ => {
            let r: m::ListOpenIDConnectProviderTagsRequest = typed(input)?;
            allow_on_oidc(s, op, &r.open_id_connect_provider_arn)?;
            let p = iam
                .get_oidc_provider(&acct, &r.open_id_connect_provider_arn)
                .map_err(e)?;
            let (tags, marker) = page_list(
                model_tags(&p.tags).unwrap_or_default(),
                r.marker.as_deref(),
                r.max_items,
            )?;
            m::ListOpenIDConnectProviderTagsResponse {
                is_truncated: Some(marker.is_some()),
                marker,
                tags,
            }
            .to_value()
        }
    })
}

fn allow_on_saml(s: &Scope<'_, '_>, op: &str, arn: &str) -> Result<(), ApiError> {
    let extra = s
        .app
        .installation
        .iam()
        .get_saml_provider(s.account(), arn)
        .map(|p| resource_tag_keys(&p.tags))
        .unwrap_or_default();
    s.allow(op, arn, &extra)
}

fn saml(s: &Scope<'_, '_>, op: &str, input: &Value) -> Result<Value, ApiError> {
    let iam = s.app.installation.iam();
    let acct = s.account().to_owned();
    Ok(match op {
        "CreateSAMLProvider" => {
            let r: m::CreateSAMLProviderRequest = typed(input)?;
            let tags = core_tags(r.tags);
            s.allow(
                op,
                &s.arn("saml-provider", "/", &r.name),
                &request_tag_keys(&tags),
            )?;
            let p: SamlProvider = iam
                .create_saml_provider(&acct, &r.name, &r.saml_metadata_document, tags)
                .map_err(e)?;
            m::CreateSAMLProviderResponse {
                saml_provider_arn: Some(p.arn.clone()),
                tags: model_tags(&p.tags),
            }
            .to_value()
        }
        "GetSAMLProvider" => {
            let r: m::GetSAMLProviderRequest = typed(input)?;
            allow_on_saml(s, op, &r.saml_provider_arn)?;
            let p = iam
                .get_saml_provider(&acct, &r.saml_provider_arn)
                .map_err(e)?;
            m::GetSAMLProviderResponse {
                assertion_encryption_mode: None,
                context_provider: None,
                create_date: Some(ts(p.created)),
                identity_center_instance_arn: None,
                identity_store_arn: None,
                private_key_list: None,
                saml_key_hashes: None,
                saml_metadata_document: Some(p.metadata.clone()),
                saml_provider_uuid: None,
                tags: model_tags(&p.tags),
                valid_until: Some(ts(p.valid_until)),
            }
            .to_value()
        }
        "UpdateSAMLProvider" => {
            let r: m::UpdateSAMLProviderRequest = typed(input)?;
            allow_on_saml(s, op, &r.saml_provider_arn)?;
            let doc = r.saml_metadata_document.ok_or_else(|| {
                ApiError::new(
                    "InvalidInput",
                    "SAMLMetadataDocument is required to update a SAML provider.",
                    400,
                )
            })?;
            let p = iam
                .update_saml_provider(&acct, &r.saml_provider_arn, &doc)
                .map_err(e)?;
            m::UpdateSAMLProviderResponse {
                saml_provider_arn: Some(p.arn),
            }
            .to_value()
        }
        "DeleteSAMLProvider" => {
            let r: m::DeleteSAMLProviderRequest = typed(input)?;
            allow_on_saml(s, op, &r.saml_provider_arn)?;
            iam.delete_saml_provider(&acct, &r.saml_provider_arn)
                .map_err(e)?;
            empty()
        }
        "ListSAMLProviders" => {
            s.allow(op, "*", &[])?;
            let list = iam.list_saml_providers(&acct).map_err(e)?;
            m::ListSAMLProvidersResponse {
                saml_provider_list: Some(
                    list.into_iter()
                        .map(|p| m::SAMLProviderListEntry {
                            arn: Some(p.arn),
                            create_date: Some(ts(p.created)),
                            is_trusted_identity_propagation_enabled: None,
                            valid_until: Some(ts(p.valid_until)),
                        })
                        .collect(),
                ),
            }
            .to_value()
        }
        "TagSAMLProvider" => {
            let r: m::TagSAMLProviderRequest = typed(input)?;
            let tags = core_tags(Some(r.tags));
            let mut extra = request_tag_keys(&tags);
            if let Ok(p) = iam.get_saml_provider(&acct, &r.saml_provider_arn) {
                extra.extend(resource_tag_keys(&p.tags));
            }
            s.allow(op, &r.saml_provider_arn, &extra)?;
            iam.retag_saml_provider(&acct, &r.saml_provider_arn, &tags, &[])
                .map_err(e)?;
            empty()
        }
        "UntagSAMLProvider" => {
            let r: m::UntagSAMLProviderRequest = typed(input)?;
            allow_on_saml(s, op, &r.saml_provider_arn)?;
            iam.retag_saml_provider(&acct, &r.saml_provider_arn, &[], &r.tag_keys)
                .map_err(e)?;
            empty()
        }
        _ => {
            let r: m::ListSAMLProviderTagsRequest = typed(input)?;
            allow_on_saml(s, op, &r.saml_provider_arn)?;
            let p = iam
                .get_saml_provider(&acct, &r.saml_provider_arn)
                .map_err(e)?;
            let (tags, marker) = page_list(
                model_tags(&p.tags).unwrap_or_default(),
                r.marker.as_deref(),
                r.max_items,
            )?;
            m::ListSAMLProviderTagsResponse {
                is_truncated: Some(marker.is_some()),
                marker,
                tags,
            }
            .to_value()
        }
    })
}

fn attached(arns: &[String]) -> Option<Vec<m::AttachedPolicy>> {
    Some(
        arns.iter()
            .map(|a| m::AttachedPolicy {
                policy_arn: Some(a.clone()),
                policy_name: a.rsplit('/').next().map(str::to_owned),
            })
            .collect(),
    )
}

fn inline(policies: &std::collections::BTreeMap<String, String>) -> Option<Vec<m::PolicyDetail>> {
    Some(
        policies
            .iter()
            .map(|(n, d)| m::PolicyDetail {
                policy_document: Some(encode_document(d)),
                policy_name: Some(n.clone()),
            })
            .collect(),
    )
}

fn account(s: &Scope<'_, '_>, op: &str, input: &Value) -> Result<Value, ApiError> {
    let iam = s.app.installation.iam();
    let acct = s.account().to_owned();
    Ok(match op {
        "CreateAccountAlias" => {
            let r: m::CreateAccountAliasRequest = typed(input)?;
            s.allow(op, "*", &[])?;
            iam.create_account_alias(&acct, &r.account_alias)
                .map_err(e)?;
            empty()
        }
        "ListAccountAliases" => {
            let r: m::ListAccountAliasesRequest = typed(input)?;
            s.allow(op, "*", &[])?;
            let aliases = iam.account_aliases(&acct).map_err(e)?;
            let (items, marker) = page_list(aliases, r.marker.as_deref(), r.max_items)?;
            m::ListAccountAliasesResponse {
                account_aliases: items,
                is_truncated: Some(marker.is_some()),
                marker,
            }
            .to_value()
        }
        "DeleteAccountAlias" => {
            let r: m::DeleteAccountAliasRequest = typed(input)?;
            s.allow(op, "*", &[])?;
            iam.delete_account_alias(&acct, &r.account_alias)
                .map_err(e)?;
            empty()
        }
        "GetAccountSummary" => {
            s.allow(op, "*", &[])?;
            m::GetAccountSummaryResponse {
                summary_map: Some(iam.account_summary(&acct).map_err(e)?),
            }
            .to_value()
        }
        "GetAccountAuthorizationDetails" => {
            let r: m::GetAccountAuthorizationDetailsRequest = typed(input)?;
            s.allow(op, "*", &[])?;
            let filter = match &r.filter {
                None => DetailFilter::all(),
                Some(list) if list.is_empty() => DetailFilter::all(),
                Some(list) => {
                    let mut f = DetailFilter::default();
                    for t in list {
                        match t {
                            m::EntityType::User => f.users = true,
                            m::EntityType::Group => f.groups = true,
                            m::EntityType::Role => f.roles = true,
                            m::EntityType::LocalManagedPolicy => f.local_policies = true,
                            m::EntityType::AWSManagedPolicy => f.aws_policies = true,
                            m::EntityType::Unknown(v) => {
                                return Err(ApiError::new(
                                    "ValidationError",
                                    format!(
                                        "1 validation error detected: Value '[{v}]' at 'filter' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [LocalManagedPolicy, Group, Role, AWSManagedPolicy, User]]"
                                    ),
                                    400,
                                ));
                            }
                        }
                    }
                    f
                }
            };
            let p = iam
                .authorization_details(
                    &acct,
                    filter,
                    &PageRequest {
                        marker: r.marker,
                        max_items: r.max_items.map(i64::from),
                    },
                )
                .map_err(e)?;
            let mut users = Vec::new();
            let mut groups = Vec::new();
            let mut roles = Vec::new();
            let mut policies = Vec::new();
            for item in &p.items {
                match item {
                    AuthorizationDetail::User(u, group_names) => users.push(m::UserDetail {
                        arn: Some(u.arn.clone()),
                        attached_managed_policies: attached(&u.attached),
                        create_date: Some(ts(u.created)),
                        group_list: Some(group_names.clone()),
                        path: Some(u.path.clone()),
                        permissions_boundary: boundary_out(&u.permissions_boundary),
                        tags: model_tags(&u.tags),
                        user_id: Some(u.id.clone()),
                        user_name: Some(u.name.clone()),
                        user_policy_list: inline(&u.inline),
                    }),
                    AuthorizationDetail::Group(g) => groups.push(m::GroupDetail {
                        arn: Some(g.arn.clone()),
                        attached_managed_policies: attached(&g.attached),
                        create_date: Some(ts(g.created)),
                        group_id: Some(g.id.clone()),
                        group_name: Some(g.name.clone()),
                        group_policy_list: inline(&g.inline),
                        path: Some(g.path.clone()),
                    }),
                    AuthorizationDetail::Role(r) => roles.push(m::RoleDetail {
                        arn: Some(r.arn.clone()),
                        assume_role_policy_document: Some(encode_document(&r.trust_policy)),
                        attached_managed_policies: attached(&r.attached),
                        create_date: Some(ts(r.created)),
                        instance_profile_list: Some(Vec::new()),
                        path: Some(r.path.clone()),
                        permissions_boundary: boundary_out(&r.permissions_boundary),
                        role_id: Some(r.id.clone()),
                        role_last_used: Some(m::RoleLastUsed {
                            last_used_date: r.last_used.as_ref().map(|l| ts(l.date)),
                            region: r.last_used.as_ref().map(|l| l.region.clone()),
                        }),
                        role_name: Some(r.name.clone()),
                        role_policy_list: inline(&r.inline),
                        tags: model_tags(&r.tags),
                    }),
                    AuthorizationDetail::Policy(pol) => policies.push(m::ManagedPolicyDetail {
                        arn: Some(pol.arn.clone()),
                        attachment_count: i32::try_from(pol.attachment_count).ok(),
                        create_date: Some(ts(pol.created)),
                        default_version_id: Some(pol.default_version.clone()),
                        description: pol.description.clone(),
                        is_attachable: Some(true),
                        path: Some(pol.path.clone()),
                        permissions_boundary_usage_count: i32::try_from(pol.boundary_usage_count)
                            .ok(),
                        policy_id: Some(pol.id.clone()),
                        policy_name: Some(pol.name.clone()),
                        policy_version_list: Some(
                            pol.versions
                                .iter()
                                .map(|v| m::PolicyVersion {
                                    create_date: Some(ts(v.created)),
                                    document: Some(encode_document(&v.document)),
                                    is_default_version: Some(v.id == pol.default_version),
                                    version_id: Some(v.id.clone()),
                                })
                                .collect(),
                        ),
                        update_date: Some(ts(pol.updated)),
                    }),
                }
            }
            m::GetAccountAuthorizationDetailsResponse {
                group_detail_list: Some(groups),
                is_truncated: Some(p.is_truncated()),
                marker: p.marker.clone(),
                policies: Some(policies),
                role_detail_list: Some(roles),
                user_detail_list: Some(users),
            }
            .to_value()
        }
        "GenerateCredentialReport" => {
            s.allow(op, "*", &[])?;
            iam.generate_credential_report(&acct).map_err(e)?;
            m::GenerateCredentialReportResponse {
                description: Some(
                    "No report exists. Starting a new report generation task".to_owned(),
                ),
                state: Some(m::ReportStateType::COMPLETE),
            }
            .to_value()
        }
        _ => {
            s.allow(op, "*", &[])?;
            let r = iam.credential_report(&acct).map_err(e)?;
            m::GetCredentialReportResponse {
                content: Some(r.csv.into_bytes()),
                generated_time: Some(ts(r.generated)),
                report_format: Some(m::ReportFormatType::TextCsv),
            }
            .to_value()
        }
    })
}

fn context_entries(
    list: Option<Vec<m::ContextEntry>>,
) -> Result<Vec<simulate::ContextEntry>, ApiError> {
    let mut out = Vec::new();
    for c in list.unwrap_or_default() {
        let key = c.context_key_name.unwrap_or_default();
        let kind = c.context_key_type.as_ref().map_or("string", |t| t.as_str());
        out.push(
            simulate::context_entry(&key, kind, &c.context_key_values.unwrap_or_default())
                .map_err(e)?,
        );
    }
    Ok(out)
}

fn given(list: Vec<String>, prefix: &str, source: SourceType) -> Vec<SimulatedPolicy> {
    list.into_iter()
        .enumerate()
        .map(|(i, document)| SimulatedPolicy {
            id: format!("{prefix}{}", i + 1),
            source,
            document,
        })
        .collect()
}

fn statement_out(m_: &MatchedPolicyStatement) -> m::Statement {
    let pos = |p: simulate::Position| m::Position {
        column: i32::try_from(p.column).ok(),
        line: i32::try_from(p.line).ok(),
    };
    m::Statement {
        end_position: Some(pos(m_.end)),
        source_policy_id: Some(m_.policy_id.clone()),
        source_policy_type: Some(match m_.source {
            SourceType::User => m::PolicySourceType::User,
            SourceType::Group => m::PolicySourceType::Group,
            SourceType::Role => m::PolicySourceType::Role,
            SourceType::AwsManaged => m::PolicySourceType::AwsManaged,
            SourceType::UserManaged => m::PolicySourceType::UserManaged,
            SourceType::Resource => m::PolicySourceType::Resource,
            SourceType::None => m::PolicySourceType::None,
        }),
        start_position: Some(pos(m_.start)),
    }
}

fn decision_out(r: &SimulationResult) -> m::PolicyEvaluationDecisionType {
    match r.decision_text() {
        "allowed" => m::PolicyEvaluationDecisionType::Allowed,
        "explicitDeny" => m::PolicyEvaluationDecisionType::ExplicitDeny,
        _ => m::PolicyEvaluationDecisionType::ImplicitDeny,
    }
}

fn result_out(r: &SimulationResult) -> m::EvaluationResult {
    m::EvaluationResult {
        eval_action_name: r.action.clone(),
        eval_decision: decision_out(r),
        eval_decision_details: None,
        eval_resource_name: Some(r.resource.clone()),
        matched_statements: Some(r.matched.iter().map(statement_out).collect()),
        missing_context_values: Some(r.missing_context.clone()),
        organizations_decision_detail: None,
        permissions_boundary_decision_detail: r.allowed_by_boundary.map(|allowed| {
            m::PermissionsBoundaryDecisionDetail {
                allowed_by_permissions_boundary: Some(allowed),
            }
        }),
        resource_specific_results: None,
    }
}

/// The principal a custom simulation runs as: `CallerArn` when given (a user), else a
/// stand-in user of the caller's account.
fn custom_principal(
    s: &Scope<'_, '_>,
    caller_arn: Option<&str>,
) -> Result<SimulatedPrincipal, ApiError> {
    let arn = match caller_arn {
        Some(a) => {
            if !a.contains(":user/") && !a.ends_with(":root") {
                return Err(ApiError::new(
                    "InvalidInput",
                    format!("Invalid CallerArn {a}: must be the ARN of an IAM user."),
                    400,
                ));
            }
            a.to_owned()
        }
        None => s.arn("user", "/", "SimulatedUser"),
    };
    let account = arn.split(':').nth(4).unwrap_or_default().to_owned();
    Ok(SimulatedPrincipal {
        kind: if arn.ends_with(":root") {
            PolicyPrincipalKind::Root
        } else {
            PolicyPrincipalKind::User
        },
        arn,
        account,
        user_id: None,
        tags: Vec::new(),
    })
}

fn simulator(s: &Scope<'_, '_>, op: &str, input: &Value) -> Result<Value, ApiError> {
    let iam = s.app.installation.iam();
    let acct = s.account().to_owned();
    let now = gatehouse_policy::time_from_millis(s.app.installation.clock().now().0);
    let (sim, marker, max_items) = if op == "SimulatePrincipalPolicy" {
        let r: m::SimulatePrincipalPolicyRequest = typed(input)?;
        s.allow(op, &r.policy_source_arn, &[])?;
        let (mut principal, mut identity, boundary) = iam
            .simulation_subject(&acct, &r.policy_source_arn)
            .map_err(e)?;
        identity.extend(given(
            r.policy_input_list.unwrap_or_default(),
            "PolicyInputList.",
            SourceType::None,
        ));
        let boundaries = match r.permissions_boundary_policy_input_list {
            Some(list) if !list.is_empty() => given(
                list,
                "PermissionsBoundaryPolicyInputList.",
                SourceType::None,
            ),
            _ => boundary.into_iter().collect(),
        };
        if let Some(c) = &r.caller_arn
            && r.resource_policy.is_some()
        {
            principal.arn.clone_from(c);
        }
        (
            Simulation {
                principal,
                identity,
                boundaries,
                resource_policy: r.resource_policy.map(|document| SimulatedPolicy {
                    id: "ResourcePolicy".to_owned(),
                    source: SourceType::Resource,
                    document,
                }),
                actions: r.action_names,
                resources: r.resource_arns.unwrap_or_default(),
                context: context_entries(r.context_entries)?,
                now,
            },
            r.marker,
            r.max_items,
        )
    } else {
        let r: m::SimulateCustomPolicyRequest = typed(input)?;
        s.allow(op, "*", &[])?;
        (
            Simulation {
                principal: custom_principal(s, r.caller_arn.as_deref())?,
                identity: given(r.policy_input_list, "PolicyInputList.", SourceType::None),
                boundaries: given(
                    r.permissions_boundary_policy_input_list.unwrap_or_default(),
                    "PermissionsBoundaryPolicyInputList.",
                    SourceType::None,
                ),
                resource_policy: r.resource_policy.map(|document| SimulatedPolicy {
                    id: "ResourcePolicy".to_owned(),
                    source: SourceType::Resource,
                    document,
                }),
                actions: r.action_names,
                resources: r.resource_arns.unwrap_or_default(),
                context: context_entries(r.context_entries)?,
                now,
            },
            r.marker,
            r.max_items,
        )
    };
    let results = simulate::simulate(&sim).map_err(e)?;
    let (items, marker) = page_list(results, marker.as_deref(), max_items)?;
    Ok(m::SimulatePolicyResponse {
        evaluation_results: Some(items.iter().map(result_out).collect()),
        is_truncated: Some(marker.is_some()),
        marker,
    }
    .to_value())
}
