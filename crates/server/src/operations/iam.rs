//! IAM operations: decode the typed input, authorize the action on its resource,
//! call `gatehouse-core`, encode the typed output.

use gatehouse_core::Caller;
use gatehouse_core::access_key::{AccessKeyRecord, KeyStatus};
use gatehouse_core::iam::{
    self as core_iam, EntityKind, IamError, Page, PageRequest, PolicyScope, PolicyUsage,
};
use gatehouse_model::iam as m;
use gatehouse_model::{Timestamp, ToValue, Value};
use gatehouse_policy::ContextValue;
use gatehouse_wire::ApiError;

use super::{RequestCtx, typed};
use crate::app::AppInner;
use crate::authz;

type Extra = Vec<(String, Vec<ContextValue>, bool)>;

pub(crate) fn iam_error(e: &IamError) -> ApiError {
    if let IamError::Internal(detail) = e {
        // A store barrier's refusal is no failure: the request is about to be redone.
        if !gatehouse_core::store::barrier_hit_on_this_thread() {
            tracing::error!(error = %detail, "IAM operation failed");
        }
        return ApiError::new("ServiceFailure", "An internal error occurred.", 500);
    }
    ApiError::new(e.code(), e.to_string(), e.status())
}

fn ts(ms: i64) -> Timestamp {
    Timestamp::from_epoch_millis(ms)
        .unwrap_or_else(|| Timestamp::from_epoch_millis(0).unwrap_or_default())
}

/// IAM returns policy documents percent-encoded.
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

fn model_tags(tags: &[core_iam::Tag]) -> Vec<m::Tag> {
    tags.iter()
        .map(|t| m::Tag {
            key: t.key.clone(),
            value: t.value.clone(),
        })
        .collect()
}

fn boundary(arn: &Option<String>) -> Option<m::AttachedPermissionsBoundary> {
    arn.as_ref().map(|a| m::AttachedPermissionsBoundary {
        permissions_boundary_arn: Some(a.clone()),
        permissions_boundary_type: Some(
            m::PermissionsBoundaryAttachmentType::PermissionsBoundaryPolicy,
        ),
    })
}

fn user_out(u: &core_iam::User, with_tags: bool) -> m::User {
    m::User {
        arn: u.arn.clone(),
        create_date: ts(u.created),
        password_last_used: u.password_last_used.map(ts),
        path: u.path.clone(),
        permissions_boundary: boundary(&u.permissions_boundary),
        tags: (with_tags && !u.tags.is_empty()).then(|| model_tags(&u.tags)),
        user_id: u.id.clone(),
        user_name: u.name.clone(),
    }
}

fn group_out(g: &core_iam::Group) -> m::Group {
    m::Group {
        arn: g.arn.clone(),
        create_date: ts(g.created),
        group_id: g.id.clone(),
        group_name: g.name.clone(),
        path: g.path.clone(),
    }
}

fn role_out(r: &core_iam::Role, full: bool) -> m::Role {
    m::Role {
        arn: r.arn.clone(),
        assume_role_policy_document: Some(encode_document(&r.trust_policy)),
        create_date: ts(r.created),
        description: r.description.clone(),
        max_session_duration: i32::try_from(r.max_session_duration).ok(),
        max_signin_session_duration: None,
        path: r.path.clone(),
        permissions_boundary: boundary(&r.permissions_boundary),
        role_id: r.id.clone(),
        role_last_used: full.then(|| m::RoleLastUsed {
            last_used_date: r.last_used.as_ref().map(|l| ts(l.date)),
            region: r.last_used.as_ref().map(|l| l.region.clone()),
        }),
        role_name: r.name.clone(),
        source_role_template: None,
        tags: (full && !r.tags.is_empty()).then(|| model_tags(&r.tags)),
    }
}

fn policy_out(p: &core_iam::ManagedPolicy, with_tags: bool) -> m::Policy {
    m::Policy {
        arn: Some(p.arn.clone()),
        attachment_count: i32::try_from(p.attachment_count).ok(),
        create_date: Some(ts(p.created)),
        default_version_id: Some(p.default_version.clone()),
        description: p.description.clone(),
        is_attachable: Some(true),
        path: Some(p.path.clone()),
        permissions_boundary_usage_count: i32::try_from(p.boundary_usage_count).ok(),
        policy_id: Some(p.id.clone()),
        policy_name: Some(p.name.clone()),
        tags: (with_tags && !p.tags.is_empty()).then(|| model_tags(&p.tags)),
        update_date: Some(ts(p.updated)),
    }
}

fn version_out(v: &core_iam::PolicyVersion, default: &str, with_doc: bool) -> m::PolicyVersion {
    m::PolicyVersion {
        create_date: Some(ts(v.created)),
        document: with_doc.then(|| encode_document(&v.document)),
        is_default_version: Some(v.id == default),
        version_id: Some(v.id.clone()),
    }
}

fn key_status(s: KeyStatus) -> m::StatusType {
    match s {
        KeyStatus::Active => m::StatusType::Active,
        KeyStatus::Inactive => m::StatusType::Inactive,
    }
}

fn key_meta(r: &AccessKeyRecord) -> m::AccessKeyMetadata {
    m::AccessKeyMetadata {
        access_key_id: Some(r.access_key_id.clone()),
        create_date: Some(ts(r.created)),
        status: Some(key_status(r.status)),
        user_name: r.user_name.clone(),
    }
}

fn page(marker: Option<String>, max_items: Option<i32>) -> PageRequest {
    PageRequest {
        marker,
        max_items: max_items.map(i64::from),
    }
}

fn truncation<T>(p: &Page<T>) -> (Option<bool>, Option<String>) {
    (Some(p.is_truncated()), p.marker.clone())
}

/// `aws:RequestTag/…` and `aws:TagKeys` for tags in a request.
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
    let keys: Vec<&str> = tags.iter().map(|t| t.key.as_str()).collect();
    extra.push(tag_keys_entry(&keys));
    extra
}

/// `aws:TagKeys`, the multivalued key naming every tag key in a request.
fn tag_keys_entry<S: AsRef<str>>(keys: &[S]) -> (String, Vec<ContextValue>, bool) {
    let values = keys
        .iter()
        .map(|k| ContextValue::String(k.as_ref().to_owned()))
        .collect();
    ("aws:TagKeys".to_owned(), values, true)
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

fn single(key: &str, value: &str) -> (String, Vec<ContextValue>, bool) {
    (
        key.to_owned(),
        vec![ContextValue::String(value.to_owned())],
        false,
    )
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

    fn arn(&self, kind: &str, path: &str, name: &str) -> String {
        format!(
            "arn:{}:iam::{}:{kind}{path}{name}",
            self.app.installation.settings().partition,
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

    /// The ARN and tags of a user for authorization, or the ARN it would have.
    fn user_resource(&self, name: &str) -> (String, Extra) {
        match self.app.installation.iam().get_user(self.account(), name) {
            Ok(u) => {
                let mut extra = resource_tag_keys(&u.tags);
                if let Some(b) = &u.permissions_boundary {
                    extra.push(single("iam:PermissionsBoundary", b));
                }
                (u.arn, extra)
            }
            Err(_) => (self.arn("user", "/", name), Vec::new()),
        }
    }

    fn group_resource(&self, name: &str) -> String {
        let page = PageRequest {
            marker: None,
            max_items: Some(1),
        };
        match self
            .app
            .installation
            .iam()
            .get_group(self.account(), name, &page)
        {
            Ok((g, _)) => g.arn,
            Err(_) => self.arn("group", "/", name),
        }
    }

    fn role_resource(&self, name: &str) -> (String, Extra) {
        match self.app.installation.iam().get_role(self.account(), name) {
            Ok(r) => {
                let mut extra = resource_tag_keys(&r.tags);
                if let Some(b) = &r.permissions_boundary {
                    extra.push(single("iam:PermissionsBoundary", b));
                }
                (r.arn, extra)
            }
            Err(_) => (self.arn("role", "/", name), Vec::new()),
        }
    }

    /// The user an operation names, or the caller when it names none.
    fn user_or_self(&self, name: Option<String>) -> Result<Option<String>, ApiError> {
        match name {
            Some(n) => Ok(Some(n)),
            None => Ok(self.caller.user_name().map(str::to_owned)),
        }
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
    let iam = app.installation.iam();
    let acct = caller.account_id.clone();
    let e = |err: IamError| iam_error(&err);
    let out: Value = match op {
        // ---- users
        "CreateUser" => {
            let r: m::CreateUserRequest = typed(input)?;
            let path = r.path.clone().unwrap_or_else(|| "/".to_owned());
            let tags = core_tags(r.tags);
            let mut extra = request_tag_keys(&tags);
            if let Some(b) = &r.permissions_boundary {
                extra.push(single("iam:PermissionsBoundary", b));
            }
            s.allow(op, &s.arn("user", &path, &r.user_name), &extra)?;
            let u = iam
                .create_user(
                    &acct,
                    &r.user_name,
                    Some(&path),
                    r.permissions_boundary.as_deref(),
                    tags,
                )
                .map_err(e)?;
            m::CreateUserResponse {
                user: Some(user_out(&u, true)),
            }
            .to_value()
        }
        "GetUser" => {
            let r: m::GetUserRequest = typed(input)?;
            match s.user_or_self(r.user_name)? {
                Some(name) => {
                    let (arn, extra) = s.user_resource(&name);
                    s.allow(op, &arn, &extra)?;
                    let u = iam.get_user(&acct, &name).map_err(e)?;
                    m::GetUserResponse {
                        user: user_out(&u, true),
                    }
                    .to_value()
                }
                None => {
                    // The root user asking about itself.
                    let created = app
                        .installation
                        .account(&acct)
                        .ok()
                        .flatten()
                        .map_or(0, |a| a.created);
                    m::GetUserResponse {
                        user: m::User {
                            arn: caller.arn.clone(),
                            create_date: ts(created),
                            password_last_used: None,
                            path: "/".to_owned(),
                            permissions_boundary: None,
                            tags: None,
                            user_id: acct.clone(),
                            user_name: String::new(),
                        },
                    }
                    .to_value()
                }
            }
        }
        "ListUsers" => {
            let r: m::ListUsersRequest = typed(input)?;
            s.allow(
                op,
                &s.arn("user", r.path_prefix.as_deref().unwrap_or("/"), ""),
                &[],
            )?;
            let p = iam
                .list_users(
                    &acct,
                    r.path_prefix.as_deref(),
                    &page(r.marker, r.max_items),
                )
                .map_err(e)?;
            let (is_truncated, marker) = truncation(&p);
            m::ListUsersResponse {
                is_truncated,
                marker,
                users: p.items.iter().map(|u| user_out(u, false)).collect(),
            }
            .to_value()
        }
        "UpdateUser" => {
            let r: m::UpdateUserRequest = typed(input)?;
            let (arn, extra) = s.user_resource(&r.user_name);
            s.allow(op, &arn, &extra)?;
            iam.update_user(
                &acct,
                &r.user_name,
                r.new_user_name.as_deref(),
                r.new_path.as_deref(),
            )
            .map_err(e)?;
            Value::Structure(Vec::new())
        }
        "DeleteUser" => {
            let r: m::DeleteUserRequest = typed(input)?;
            let (arn, extra) = s.user_resource(&r.user_name);
            s.allow(op, &arn, &extra)?;
            iam.delete_user(&acct, &r.user_name).map_err(e)?;
            Value::Structure(Vec::new())
        }
        "TagUser" => {
            let r: m::TagUserRequest = typed(input)?;
            let tags = core_tags(Some(r.tags));
            let (arn, mut extra) = s.user_resource(&r.user_name);
            extra.extend(request_tag_keys(&tags));
            s.allow(op, &arn, &extra)?;
            iam.tag_user(&acct, &r.user_name, &tags).map_err(e)?;
            Value::Structure(Vec::new())
        }
        "UntagUser" => {
            let r: m::UntagUserRequest = typed(input)?;
            let (arn, mut extra) = s.user_resource(&r.user_name);
            extra.push(tag_keys_entry(&r.tag_keys));
            s.allow(op, &arn, &extra)?;
            iam.untag_user(&acct, &r.user_name, &r.tag_keys)
                .map_err(e)?;
            Value::Structure(Vec::new())
        }
        "ListUserTags" => {
            let r: m::ListUserTagsRequest = typed(input)?;
            let (arn, extra) = s.user_resource(&r.user_name);
            s.allow(op, &arn, &extra)?;
            let u = iam.get_user(&acct, &r.user_name).map_err(e)?;
            tags_page(&u.tags, r.marker, r.max_items, |tags, t, mk| {
                m::ListUserTagsResponse {
                    is_truncated: t,
                    marker: mk,
                    tags,
                }
                .to_value()
            })?
        }
        "PutUserPermissionsBoundary" => {
            let r: m::PutUserPermissionsBoundaryRequest = typed(input)?;
            let (arn, mut extra) = s.user_resource(&r.user_name);
            extra.retain(|(k, _, _)| k != "iam:PermissionsBoundary");
            extra.push(single("iam:PermissionsBoundary", &r.permissions_boundary));
            s.allow(op, &arn, &extra)?;
            iam.set_user_permissions_boundary(&acct, &r.user_name, Some(&r.permissions_boundary))
                .map_err(e)?;
            Value::Structure(Vec::new())
        }
        "DeleteUserPermissionsBoundary" => {
            let r: m::DeleteUserPermissionsBoundaryRequest = typed(input)?;
            let (arn, extra) = s.user_resource(&r.user_name);
            s.allow(op, &arn, &extra)?;
            iam.set_user_permissions_boundary(&acct, &r.user_name, None)
                .map_err(e)?;
            Value::Structure(Vec::new())
        }
        // ---- groups
        "CreateGroup" => {
            let r: m::CreateGroupRequest = typed(input)?;
            let path = r.path.clone().unwrap_or_else(|| "/".to_owned());
            s.allow(op, &s.arn("group", &path, &r.group_name), &[])?;
            let g = iam
                .create_group(&acct, &r.group_name, Some(&path))
                .map_err(e)?;
            m::CreateGroupResponse {
                group: group_out(&g),
            }
            .to_value()
        }
        "GetGroup" => {
            let r: m::GetGroupRequest = typed(input)?;
            s.allow(op, &s.group_resource(&r.group_name), &[])?;
            let (g, members) = iam
                .get_group(&acct, &r.group_name, &page(r.marker, r.max_items))
                .map_err(e)?;
            let (is_truncated, marker) = truncation(&members);
            m::GetGroupResponse {
                group: group_out(&g),
                is_truncated,
                marker,
                users: members.items.iter().map(|u| user_out(u, false)).collect(),
            }
            .to_value()
        }
        "ListGroups" => {
            let r: m::ListGroupsRequest = typed(input)?;
            s.allow(
                op,
                &s.arn("group", r.path_prefix.as_deref().unwrap_or("/"), ""),
                &[],
            )?;
            let p = iam
                .list_groups(
                    &acct,
                    r.path_prefix.as_deref(),
                    &page(r.marker, r.max_items),
                )
                .map_err(e)?;
            let (is_truncated, marker) = truncation(&p);
            m::ListGroupsResponse {
                groups: p.items.iter().map(group_out).collect(),
                is_truncated,
                marker,
            }
            .to_value()
        }
        "ListGroupsForUser" => {
            let r: m::ListGroupsForUserRequest = typed(input)?;
            let (arn, extra) = s.user_resource(&r.user_name);
            s.allow(op, &arn, &extra)?;
            let p = iam
                .list_groups_for_user(&acct, &r.user_name, &page(r.marker, r.max_items))
                .map_err(e)?;
            let (is_truncated, marker) = truncation(&p);
            m::ListGroupsForUserResponse {
                groups: p.items.iter().map(group_out).collect(),
                is_truncated,
                marker,
            }
            .to_value()
        }
        "UpdateGroup" => {
            let r: m::UpdateGroupRequest = typed(input)?;
            s.allow(op, &s.group_resource(&r.group_name), &[])?;
            iam.update_group(
                &acct,
                &r.group_name,
                r.new_group_name.as_deref(),
                r.new_path.as_deref(),
            )
            .map_err(e)?;
            Value::Structure(Vec::new())
        }
        "DeleteGroup" => {
            let r: m::DeleteGroupRequest = typed(input)?;
            s.allow(op, &s.group_resource(&r.group_name), &[])?;
            iam.delete_group(&acct, &r.group_name).map_err(e)?;
            Value::Structure(Vec::new())
        }
        "AddUserToGroup" => {
            let r: m::AddUserToGroupRequest = typed(input)?;
            s.allow(op, &s.group_resource(&r.group_name), &[])?;
            iam.add_user_to_group(&acct, &r.group_name, &r.user_name)
                .map_err(e)?;
            Value::Structure(Vec::new())
        }
        "RemoveUserFromGroup" => {
            let r: m::RemoveUserFromGroupRequest = typed(input)?;
            s.allow(op, &s.group_resource(&r.group_name), &[])?;
            iam.remove_user_from_group(&acct, &r.group_name, &r.user_name)
                .map_err(e)?;
            Value::Structure(Vec::new())
        }
        // ---- roles
        "CreateRole" => {
            let r: m::CreateRoleRequest = typed(input)?;
            let path = r.path.clone().unwrap_or_else(|| "/".to_owned());
            let tags = core_tags(r.tags);
            let mut extra = request_tag_keys(&tags);
            if let Some(b) = &r.permissions_boundary {
                extra.push(single("iam:PermissionsBoundary", b));
            }
            s.allow(op, &s.arn("role", &path, &r.role_name), &extra)?;
            let role = iam
                .create_role(
                    &acct,
                    core_iam::roles::NewRole {
                        name: &r.role_name,
                        path: Some(&path),
                        trust_policy: &r.assume_role_policy_document,
                        description: r.description.as_deref(),
                        max_session_duration: r.max_session_duration.map(i64::from),
                        permissions_boundary: r.permissions_boundary.as_deref(),
                        tags,
                    },
                )
                .map_err(e)?;
            m::CreateRoleResponse {
                role: role_out(&role, false),
            }
            .to_value()
        }
        "GetRole" => {
            let r: m::GetRoleRequest = typed(input)?;
            let (arn, extra) = s.role_resource(&r.role_name);
            s.allow(op, &arn, &extra)?;
            let role = iam.get_role(&acct, &r.role_name).map_err(e)?;
            m::GetRoleResponse {
                role: role_out(&role, true),
            }
            .to_value()
        }
        "ListRoles" => {
            let r: m::ListRolesRequest = typed(input)?;
            s.allow(
                op,
                &s.arn("role", r.path_prefix.as_deref().unwrap_or("/"), ""),
                &[],
            )?;
            let p = iam
                .list_roles(
                    &acct,
                    r.path_prefix.as_deref(),
                    &page(r.marker, r.max_items),
                )
                .map_err(e)?;
            let (is_truncated, marker) = truncation(&p);
            m::ListRolesResponse {
                is_truncated,
                marker,
                roles: p.items.iter().map(|x| role_out(x, false)).collect(),
            }
            .to_value()
        }
        "UpdateRole" => {
            let r: m::UpdateRoleRequest = typed(input)?;
            let (arn, extra) = s.role_resource(&r.role_name);
            s.allow(op, &arn, &extra)?;
            iam.update_role(
                &acct,
                &r.role_name,
                r.description.as_deref(),
                r.max_session_duration.map(i64::from),
            )
            .map_err(e)?;
            Value::Structure(Vec::new())
        }
        "UpdateRoleDescription" => {
            let r: m::UpdateRoleDescriptionRequest = typed(input)?;
            let (arn, extra) = s.role_resource(&r.role_name);
            s.allow(op, &arn, &extra)?;
            let role = iam
                .update_role(&acct, &r.role_name, Some(&r.description), None)
                .map_err(e)?;
            m::UpdateRoleDescriptionResponse {
                role: Some(role_out(&role, false)),
            }
            .to_value()
        }
        "UpdateAssumeRolePolicy" => {
            let r: m::UpdateAssumeRolePolicyRequest = typed(input)?;
            let (arn, extra) = s.role_resource(&r.role_name);
            s.allow(op, &arn, &extra)?;
            iam.update_assume_role_policy(&acct, &r.role_name, &r.policy_document)
                .map_err(e)?;
            Value::Structure(Vec::new())
        }
        "DeleteRole" => {
            let r: m::DeleteRoleRequest = typed(input)?;
            let (arn, extra) = s.role_resource(&r.role_name);
            s.allow(op, &arn, &extra)?;
            iam.delete_role(&acct, &r.role_name).map_err(e)?;
            Value::Structure(Vec::new())
        }
        "TagRole" => {
            let r: m::TagRoleRequest = typed(input)?;
            let tags = core_tags(Some(r.tags));
            let (arn, mut extra) = s.role_resource(&r.role_name);
            extra.extend(request_tag_keys(&tags));
            s.allow(op, &arn, &extra)?;
            iam.tag_role(&acct, &r.role_name, &tags).map_err(e)?;
            Value::Structure(Vec::new())
        }
        "UntagRole" => {
            let r: m::UntagRoleRequest = typed(input)?;
            let (arn, mut extra) = s.role_resource(&r.role_name);
            extra.push(tag_keys_entry(&r.tag_keys));
            s.allow(op, &arn, &extra)?;
            iam.untag_role(&acct, &r.role_name, &r.tag_keys)
                .map_err(e)?;
            Value::Structure(Vec::new())
        }
        "ListRoleTags" => {
            let r: m::ListRoleTagsRequest = typed(input)?;
            let (arn, extra) = s.role_resource(&r.role_name);
            s.allow(op, &arn, &extra)?;
            let role = iam.get_role(&acct, &r.role_name).map_err(e)?;
            tags_page(&role.tags, r.marker, r.max_items, |tags, t, mk| {
                m::ListRoleTagsResponse {
                    is_truncated: t,
                    marker: mk,
                    tags,
                }
                .to_value()
            })?
        }
        "PutRolePermissionsBoundary" => {
            let r: m::PutRolePermissionsBoundaryRequest = typed(input)?;
            let (arn, mut extra) = s.role_resource(&r.role_name);
            extra.retain(|(k, _, _)| k != "iam:PermissionsBoundary");
            extra.push(single("iam:PermissionsBoundary", &r.permissions_boundary));
            s.allow(op, &arn, &extra)?;
            iam.set_role_permissions_boundary(&acct, &r.role_name, Some(&r.permissions_boundary))
                .map_err(e)?;
            Value::Structure(Vec::new())
        }
        "DeleteRolePermissionsBoundary" => {
            let r: m::DeleteRolePermissionsBoundaryRequest = typed(input)?;
            let (arn, extra) = s.role_resource(&r.role_name);
            s.allow(op, &arn, &extra)?;
            iam.set_role_permissions_boundary(&acct, &r.role_name, None)
                .map_err(e)?;
            Value::Structure(Vec::new())
        }
        // ---- managed policies
        "CreatePolicy" => {
            let r: m::CreatePolicyRequest = typed(input)?;
            let path = r.path.clone().unwrap_or_else(|| "/".to_owned());
            let tags = core_tags(r.tags);
            s.allow(
                op,
                &s.arn("policy", &path, &r.policy_name),
                &request_tag_keys(&tags),
            )?;
            let p = iam
                .create_policy(
                    &acct,
                    &r.policy_name,
                    Some(&path),
                    &r.policy_document,
                    r.description.as_deref(),
                    tags,
                )
                .map_err(e)?;
            m::CreatePolicyResponse {
                policy: Some(policy_out(&p, true)),
            }
            .to_value()
        }
        "GetPolicy" => {
            let r: m::GetPolicyRequest = typed(input)?;
            s.allow(op, &r.policy_arn, &[])?;
            let p = iam.get_policy(&r.policy_arn).map_err(e)?;
            m::GetPolicyResponse {
                policy: Some(policy_out(&p, true)),
            }
            .to_value()
        }
        "DeletePolicy" => {
            let r: m::DeletePolicyRequest = typed(input)?;
            s.allow(op, &r.policy_arn, &[])?;
            iam.delete_policy(&r.policy_arn).map_err(e)?;
            Value::Structure(Vec::new())
        }
        "ListPolicies" => {
            let r: m::ListPoliciesRequest = typed(input)?;
            s.allow(
                op,
                &s.arn("policy", r.path_prefix.as_deref().unwrap_or("/"), ""),
                &[],
            )?;
            let scope = match r.scope {
                Some(m::PolicyScopeType::AWS) => PolicyScope::Aws,
                Some(m::PolicyScopeType::Local) => PolicyScope::Local,
                _ => PolicyScope::All,
            };
            let usage = match r.policy_usage_filter {
                Some(m::PolicyUsageType::PermissionsPolicy) => Some(PolicyUsage::Permissions),
                Some(m::PolicyUsageType::PermissionsBoundary) => Some(PolicyUsage::Boundary),
                _ => None,
            };
            let p = iam
                .list_policies(
                    &acct,
                    scope,
                    r.only_attached.unwrap_or(false),
                    r.path_prefix.as_deref(),
                    usage,
                    &page(r.marker, r.max_items),
                )
                .map_err(e)?;
            let (is_truncated, marker) = truncation(&p);
            m::ListPoliciesResponse {
                is_truncated,
                marker,
                policies: Some(p.items.iter().map(|x| policy_out(x, false)).collect()),
            }
            .to_value()
        }
        "CreatePolicyVersion" => {
            let r: m::CreatePolicyVersionRequest = typed(input)?;
            s.allow(op, &r.policy_arn, &[])?;
            let default = r.set_as_default.unwrap_or(false);
            let v = iam
                .create_policy_version(&r.policy_arn, &r.policy_document, default)
                .map_err(e)?;
            let default_id = if default { v.id.clone() } else { String::new() };
            m::CreatePolicyVersionResponse {
                policy_version: Some(version_out(&v, &default_id, false)),
            }
            .to_value()
        }
        "GetPolicyVersion" => {
            let r: m::GetPolicyVersionRequest = typed(input)?;
            s.allow(op, &r.policy_arn, &[])?;
            let (p, v) = iam
                .get_policy_version(&r.policy_arn, &r.version_id)
                .map_err(e)?;
            m::GetPolicyVersionResponse {
                policy_version: Some(version_out(&v, &p.default_version, true)),
            }
            .to_value()
        }
        "ListPolicyVersions" => {
            let r: m::ListPolicyVersionsRequest = typed(input)?;
            s.allow(op, &r.policy_arn, &[])?;
            let p = iam.get_policy(&r.policy_arn).map_err(e)?;
            let mut versions: Vec<_> = p
                .versions
                .iter()
                .map(|v| version_out(v, &p.default_version, false))
                .collect();
            versions.reverse();
            m::ListPolicyVersionsResponse {
                is_truncated: Some(false),
                marker: None,
                versions: Some(versions),
            }
            .to_value()
        }
        "DeletePolicyVersion" => {
            let r: m::DeletePolicyVersionRequest = typed(input)?;
            s.allow(op, &r.policy_arn, &[])?;
            iam.delete_policy_version(&r.policy_arn, &r.version_id)
                .map_err(e)?;
            Value::Structure(Vec::new())
        }
        "SetDefaultPolicyVersion" => {
            let r: m::SetDefaultPolicyVersionRequest = typed(input)?;
            s.allow(op, &r.policy_arn, &[])?;
            iam.set_default_policy_version(&r.policy_arn, &r.version_id)
                .map_err(e)?;
            Value::Structure(Vec::new())
        }
        "TagPolicy" => {
            let r: m::TagPolicyRequest = typed(input)?;
            let tags = core_tags(Some(r.tags));
            s.allow(op, &r.policy_arn, &request_tag_keys(&tags))?;
            iam.tag_policy(&r.policy_arn, &tags).map_err(e)?;
            Value::Structure(Vec::new())
        }
        "UntagPolicy" => {
            let r: m::UntagPolicyRequest = typed(input)?;
            s.allow(op, &r.policy_arn, &[])?;
            iam.untag_policy(&r.policy_arn, &r.tag_keys).map_err(e)?;
            Value::Structure(Vec::new())
        }
        "ListPolicyTags" => {
            let r: m::ListPolicyTagsRequest = typed(input)?;
            s.allow(op, &r.policy_arn, &[])?;
            let p = iam.get_policy(&r.policy_arn).map_err(e)?;
            tags_page(&p.tags, r.marker, r.max_items, |tags, t, mk| {
                m::ListPolicyTagsResponse {
                    is_truncated: t,
                    marker: mk,
                    tags,
                }
                .to_value()
            })?
        }
        "AttachUserPolicy" | "AttachGroupPolicy" | "AttachRolePolicy" | "DetachUserPolicy"
        | "DetachGroupPolicy" | "DetachRolePolicy" => {
            let (kind, entity, arn) = match op {
                "AttachUserPolicy" => {
                    let r: m::AttachUserPolicyRequest = typed(input)?;
                    (EntityKind::User, r.user_name, r.policy_arn)
                }
                "AttachGroupPolicy" => {
                    let r: m::AttachGroupPolicyRequest = typed(input)?;
                    (EntityKind::Group, r.group_name, r.policy_arn)
                }
                "AttachRolePolicy" => {
                    let r: m::AttachRolePolicyRequest = typed(input)?;
                    (EntityKind::Role, r.role_name, r.policy_arn)
                }
                "DetachUserPolicy" => {
                    let r: m::DetachUserPolicyRequest = typed(input)?;
                    (EntityKind::User, r.user_name, r.policy_arn)
                }
                "DetachGroupPolicy" => {
                    let r: m::DetachGroupPolicyRequest = typed(input)?;
                    (EntityKind::Group, r.group_name, r.policy_arn)
                }
                _ => {
                    let r: m::DetachRolePolicyRequest = typed(input)?;
                    (EntityKind::Role, r.role_name, r.policy_arn)
                }
            };
            let (resource, mut extra) = entity_resource(&s, kind, &entity);
            extra.push(single("iam:PolicyARN", &arn));
            s.allow(op, &resource, &extra)?;
            if op.starts_with("Attach") {
                iam.attach_policy(kind, &acct, &entity, &arn).map_err(e)?;
            } else {
                iam.detach_policy(kind, &acct, &entity, &arn).map_err(e)?;
            }
            Value::Structure(Vec::new())
        }
        "ListAttachedUserPolicies" | "ListAttachedGroupPolicies" | "ListAttachedRolePolicies" => {
            let (kind, entity, prefix, pg) = match op {
                "ListAttachedUserPolicies" => {
                    let r: m::ListAttachedUserPoliciesRequest = typed(input)?;
                    (
                        EntityKind::User,
                        r.user_name,
                        r.path_prefix,
                        page(r.marker, r.max_items),
                    )
                }
                "ListAttachedGroupPolicies" => {
                    let r: m::ListAttachedGroupPoliciesRequest = typed(input)?;
                    (
                        EntityKind::Group,
                        r.group_name,
                        r.path_prefix,
                        page(r.marker, r.max_items),
                    )
                }
                _ => {
                    let r: m::ListAttachedRolePoliciesRequest = typed(input)?;
                    (
                        EntityKind::Role,
                        r.role_name,
                        r.path_prefix,
                        page(r.marker, r.max_items),
                    )
                }
            };
            let (resource, extra) = entity_resource(&s, kind, &entity);
            s.allow(op, &resource, &extra)?;
            let p = iam
                .list_attached_policies(kind, &acct, &entity, prefix.as_deref(), &pg)
                .map_err(e)?;
            let (is_truncated, marker) = truncation(&p);
            let attached = Some(
                p.items
                    .iter()
                    .map(|(n, a)| m::AttachedPolicy {
                        policy_arn: Some(a.clone()),
                        policy_name: Some(n.clone()),
                    })
                    .collect(),
            );
            match kind {
                EntityKind::User => m::ListAttachedUserPoliciesResponse {
                    attached_policies: attached,
                    is_truncated,
                    marker,
                }
                .to_value(),
                EntityKind::Group => m::ListAttachedGroupPoliciesResponse {
                    attached_policies: attached,
                    is_truncated,
                    marker,
                }
                .to_value(),
                EntityKind::Role => m::ListAttachedRolePoliciesResponse {
                    attached_policies: attached,
                    is_truncated,
                    marker,
                }
                .to_value(),
            }
        }
        "ListEntitiesForPolicy" => {
            let r: m::ListEntitiesForPolicyRequest = typed(input)?;
            s.allow(op, &r.policy_arn, &[])?;
            let filter = match r.entity_filter {
                Some(m::EntityType::User) => Some(EntityKind::User),
                Some(m::EntityType::Group) => Some(EntityKind::Group),
                Some(m::EntityType::Role) => Some(EntityKind::Role),
                _ => None,
            };
            let usage = match r.policy_usage_filter {
                Some(m::PolicyUsageType::PermissionsBoundary) => Some(PolicyUsage::Boundary),
                Some(m::PolicyUsageType::PermissionsPolicy) => Some(PolicyUsage::Permissions),
                _ => None,
            };
            let ents = iam
                .list_entities_for_policy(&r.policy_arn, filter, r.path_prefix.as_deref(), usage)
                .map_err(e)?;
            m::ListEntitiesForPolicyResponse {
                is_truncated: Some(false),
                marker: None,
                policy_groups: Some(
                    ents.groups
                        .into_iter()
                        .map(|(n, i)| m::PolicyGroup {
                            group_id: Some(i),
                            group_name: Some(n),
                        })
                        .collect(),
                ),
                policy_roles: Some(
                    ents.roles
                        .into_iter()
                        .map(|(n, i)| m::PolicyRole {
                            role_id: Some(i),
                            role_name: Some(n),
                        })
                        .collect(),
                ),
                policy_users: Some(
                    ents.users
                        .into_iter()
                        .map(|(n, i)| m::PolicyUser {
                            user_id: Some(i),
                            user_name: Some(n),
                        })
                        .collect(),
                ),
            }
            .to_value()
        }
        // ---- inline policies
        "PutUserPolicy" | "PutGroupPolicy" | "PutRolePolicy" => {
            let (kind, entity, name, doc) = match op {
                "PutUserPolicy" => {
                    let r: m::PutUserPolicyRequest = typed(input)?;
                    (
                        EntityKind::User,
                        r.user_name,
                        r.policy_name,
                        r.policy_document,
                    )
                }
                "PutGroupPolicy" => {
                    let r: m::PutGroupPolicyRequest = typed(input)?;
                    (
                        EntityKind::Group,
                        r.group_name,
                        r.policy_name,
                        r.policy_document,
                    )
                }
                _ => {
                    let r: m::PutRolePolicyRequest = typed(input)?;
                    (
                        EntityKind::Role,
                        r.role_name,
                        r.policy_name,
                        r.policy_document,
                    )
                }
            };
            let (resource, extra) = entity_resource(&s, kind, &entity);
            s.allow(op, &resource, &extra)?;
            iam.put_inline_policy(kind, &acct, &entity, &name, &doc)
                .map_err(e)?;
            Value::Structure(Vec::new())
        }
        "GetUserPolicy" | "GetGroupPolicy" | "GetRolePolicy" => {
            let (kind, entity, name) = match op {
                "GetUserPolicy" => {
                    let r: m::GetUserPolicyRequest = typed(input)?;
                    (EntityKind::User, r.user_name, r.policy_name)
                }
                "GetGroupPolicy" => {
                    let r: m::GetGroupPolicyRequest = typed(input)?;
                    (EntityKind::Group, r.group_name, r.policy_name)
                }
                _ => {
                    let r: m::GetRolePolicyRequest = typed(input)?;
                    (EntityKind::Role, r.role_name, r.policy_name)
                }
            };
            let (resource, extra) = entity_resource(&s, kind, &entity);
            s.allow(op, &resource, &extra)?;
            let doc = encode_document(
                &iam.get_inline_policy(kind, &acct, &entity, &name)
                    .map_err(e)?,
            );
            match kind {
                EntityKind::User => m::GetUserPolicyResponse {
                    policy_document: doc,
                    policy_name: name,
                    user_name: entity,
                }
                .to_value(),
                EntityKind::Group => m::GetGroupPolicyResponse {
                    policy_document: doc,
                    policy_name: name,
                    group_name: entity,
                }
                .to_value(),
                EntityKind::Role => m::GetRolePolicyResponse {
                    policy_document: doc,
                    policy_name: name,
                    role_name: entity,
                }
                .to_value(),
            }
        }
        "DeleteUserPolicy" | "DeleteGroupPolicy" | "DeleteRolePolicy" => {
            let (kind, entity, name) = match op {
                "DeleteUserPolicy" => {
                    let r: m::DeleteUserPolicyRequest = typed(input)?;
                    (EntityKind::User, r.user_name, r.policy_name)
                }
                "DeleteGroupPolicy" => {
                    let r: m::DeleteGroupPolicyRequest = typed(input)?;
                    (EntityKind::Group, r.group_name, r.policy_name)
                }
                _ => {
                    let r: m::DeleteRolePolicyRequest = typed(input)?;
                    (EntityKind::Role, r.role_name, r.policy_name)
                }
            };
            let (resource, extra) = entity_resource(&s, kind, &entity);
            s.allow(op, &resource, &extra)?;
            iam.delete_inline_policy(kind, &acct, &entity, &name)
                .map_err(e)?;
            Value::Structure(Vec::new())
        }
        "ListUserPolicies" | "ListGroupPolicies" | "ListRolePolicies" => {
            let (kind, entity, pg) = match op {
                "ListUserPolicies" => {
                    let r: m::ListUserPoliciesRequest = typed(input)?;
                    (EntityKind::User, r.user_name, page(r.marker, r.max_items))
                }
                "ListGroupPolicies" => {
                    let r: m::ListGroupPoliciesRequest = typed(input)?;
                    (EntityKind::Group, r.group_name, page(r.marker, r.max_items))
                }
                _ => {
                    let r: m::ListRolePoliciesRequest = typed(input)?;
                    (EntityKind::Role, r.role_name, page(r.marker, r.max_items))
                }
            };
            let (resource, extra) = entity_resource(&s, kind, &entity);
            s.allow(op, &resource, &extra)?;
            let p = iam
                .list_inline_policies(kind, &acct, &entity, &pg)
                .map_err(e)?;
            let (is_truncated, marker) = truncation(&p);
            match kind {
                EntityKind::User => m::ListUserPoliciesResponse {
                    is_truncated,
                    marker,
                    policy_names: p.items,
                }
                .to_value(),
                EntityKind::Group => m::ListGroupPoliciesResponse {
                    is_truncated,
                    marker,
                    policy_names: p.items,
                }
                .to_value(),
                EntityKind::Role => m::ListRolePoliciesResponse {
                    is_truncated,
                    marker,
                    policy_names: p.items,
                }
                .to_value(),
            }
        }
        // ---- access keys
        "CreateAccessKey" => {
            let r: m::CreateAccessKeyRequest = typed(input)?;
            let user = s.user_or_self(r.user_name)?;
            let resource = match &user {
                Some(n) => s.user_resource(n),
                None => (caller.arn.clone(), Vec::new()),
            };
            s.allow(op, &resource.0, &resource.1)?;
            let k = iam.create_access_key(&acct, user.as_deref()).map_err(e)?;
            m::CreateAccessKeyResponse {
                access_key: m::AccessKey {
                    access_key_id: k.record.access_key_id.clone(),
                    create_date: Some(ts(k.record.created)),
                    secret_access_key: k.secret.expose().to_owned(),
                    status: key_status(k.record.status),
                    user_name: k.record.user_name.clone().unwrap_or_default(),
                },
            }
            .to_value()
        }
        "ListAccessKeys" => {
            let r: m::ListAccessKeysRequest = typed(input)?;
            let user = s.user_or_self(r.user_name)?;
            let resource = match &user {
                Some(n) => s.user_resource(n),
                None => (caller.arn.clone(), Vec::new()),
            };
            s.allow(op, &resource.0, &resource.1)?;
            let keys = iam.list_access_keys(&acct, user.as_deref()).map_err(e)?;
            m::ListAccessKeysResponse {
                access_key_metadata: keys.iter().map(key_meta).collect(),
                is_truncated: Some(false),
                marker: None,
            }
            .to_value()
        }
        "UpdateAccessKey" => {
            let r: m::UpdateAccessKeyRequest = typed(input)?;
            let user = s.user_or_self(r.user_name)?;
            let resource = match &user {
                Some(n) => s.user_resource(n),
                None => (caller.arn.clone(), Vec::new()),
            };
            s.allow(op, &resource.0, &resource.1)?;
            let status = match r.status {
                m::StatusType::Active => KeyStatus::Active,
                m::StatusType::Inactive => KeyStatus::Inactive,
                other => {
                    return Err(ApiError::new(
                        "ValidationError",
                        format!(
                            "1 validation error detected: Value '{}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]",
                            other.as_str()
                        ),
                        400,
                    ));
                }
            };
            iam.update_access_key(&acct, user.as_deref(), &r.access_key_id, status)
                .map_err(e)?;
            app.signing_keys.remove_access_key(&r.access_key_id);
            Value::Structure(Vec::new())
        }
        "DeleteAccessKey" => {
            let r: m::DeleteAccessKeyRequest = typed(input)?;
            let user = s.user_or_self(r.user_name)?;
            let resource = match &user {
                Some(n) => s.user_resource(n),
                None => (caller.arn.clone(), Vec::new()),
            };
            s.allow(op, &resource.0, &resource.1)?;
            iam.delete_access_key(&acct, user.as_deref(), &r.access_key_id)
                .map_err(e)?;
            app.signing_keys.remove_access_key(&r.access_key_id);
            Value::Structure(Vec::new())
        }
        "GetAccessKeyLastUsed" => {
            let r: m::GetAccessKeyLastUsedRequest = typed(input)?;
            let not_found = || {
                iam_error(&IamError::NoSuchEntity(format!(
                    "The Access Key with id {} cannot be found.",
                    r.access_key_id
                )))
            };
            // A key that is not the account's names no user: the caller must be allowed
            // on every user of the account to learn that, so that the answer tells no one
            // else whether a key exists.
            let any_user = s.arn("user", "/", "*");
            let (record, used) = match iam.access_key_last_used(&r.access_key_id) {
                Ok(found) if found.0.account_id == acct => found,
                Ok(_) | Err(IamError::NoSuchEntity(_)) => {
                    s.allow(op, &any_user, &[])?;
                    return Err(not_found());
                }
                Err(other) => return Err(e(other)),
            };
            let resource = match &record.user_name {
                Some(n) => s.user_resource(n),
                None => (caller.arn.clone(), Vec::new()),
            };
            s.allow(op, &resource.0, &resource.1)?;
            m::GetAccessKeyLastUsedResponse {
                access_key_last_used: Some(match used {
                    Some(u) => m::AccessKeyLastUsed {
                        last_used_date: Some(ts(u.date)),
                        region: u.region,
                        service_name: u.service,
                    },
                    None => m::AccessKeyLastUsed {
                        last_used_date: None,
                        region: "N/A".to_owned(),
                        service_name: "N/A".to_owned(),
                    },
                }),
                user_name: Some(record.user_name.unwrap_or_else(|| "root".to_owned())),
            }
            .to_value()
        }
        _ => return super::iam_extra::dispatch(app, ctx, op, input),
    };
    Ok(Some(out))
}

fn entity_resource(s: &Scope<'_, '_>, kind: EntityKind, name: &str) -> (String, Extra) {
    match kind {
        EntityKind::User => s.user_resource(name),
        EntityKind::Group => (s.group_resource(name), Vec::new()),
        EntityKind::Role => s.role_resource(name),
    }
}

fn tags_page(
    tags: &[core_iam::Tag],
    marker: Option<String>,
    max_items: Option<i32>,
    build: impl Fn(Vec<m::Tag>, Option<bool>, Option<String>) -> Value,
) -> Result<Value, ApiError> {
    let start: usize = match marker.as_deref() {
        None | Some("") => 0,
        Some(m) => m
            .parse()
            .map_err(|_| ApiError::new("InvalidInput", "Invalid Marker.", 400))?,
    };
    let limit = usize::try_from(max_items.unwrap_or(100))
        .unwrap_or(100)
        .max(1);
    let page: Vec<_> = model_tags(tags)
        .into_iter()
        .skip(start)
        .take(limit)
        .collect();
    let end = start + page.len();
    let more = end < tags.len();
    Ok(build(page, Some(more), more.then(|| end.to_string())))
}
