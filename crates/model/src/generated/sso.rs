//! The `sso` service: schema tables and typed shapes. Written by `scripts/codegen` from botocore 1.44.8; do not edit.

#![allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case)]

pub static SERVICE: crate::ServiceDef = crate::ServiceDef {
    name: "sso",
    protocol: crate::Protocol::RestJson,
    protocols: &["rest-json"],
    api_version: "2019-06-10",
    target_prefix: None,
    json_version: Some("1.1"),
    xml_namespace: None,
    signing_name: "awsssoportal",
    endpoint_prefix: "portal.sso",
    operations: &OPERATIONS,
    shapes: &SHAPES,
};

static OPERATIONS: [crate::OperationDef; 4] = [
    crate::OperationDef {
        name: "GetRoleCredentials",
        http_method: "GET",
        request_uri: "/federation/credentials",
        response_code: 200,
        input: Some(crate::ShapeId(9)),
        output: Some(crate::ShapeId(10)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(11),
            crate::ShapeId(27),
            crate::ShapeId(26),
            crate::ShapeId(19),
        ],
        unsigned: true,
    },
    crate::OperationDef {
        name: "ListAccountRoles",
        http_method: "GET",
        request_uri: "/assignment/roles",
        response_code: 200,
        input: Some(crate::ShapeId(12)),
        output: Some(crate::ShapeId(13)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(11),
            crate::ShapeId(27),
            crate::ShapeId(26),
            crate::ShapeId(19),
        ],
        unsigned: true,
    },
    crate::OperationDef {
        name: "ListAccounts",
        http_method: "GET",
        request_uri: "/assignment/accounts",
        response_code: 200,
        input: Some(crate::ShapeId(14)),
        output: Some(crate::ShapeId(15)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(11),
            crate::ShapeId(27),
            crate::ShapeId(26),
            crate::ShapeId(19),
        ],
        unsigned: true,
    },
    crate::OperationDef {
        name: "Logout",
        http_method: "POST",
        request_uri: "/logout",
        response_code: 200,
        input: Some(crate::ShapeId(16)),
        output: None,
        result_wrapper: None,
        errors: &[crate::ShapeId(11), crate::ShapeId(27), crate::ShapeId(26)],
        unsigned: true,
    },
];

static SHAPES: [crate::Shape; 28] = [
    crate::Shape {
        name: "AccessKeyType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessTokenType",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountIdType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountInfo",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "accountId",
                target: crate::ShapeId(2),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "accountName",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "emailAddress",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(3),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountNameType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EmailAddressType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(254),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ErrorDescription",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExpirationTimestampType",
        kind: crate::ShapeKind::Long,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetRoleCredentialsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "accessToken",
                target: crate::ShapeId(1),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-sso_bearer_token"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "accountId",
                target: crate::ShapeId(2),
                required: true,
                location: crate::Location::QueryString,
                location_name: Some("account_id"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "roleName",
                target: crate::ShapeId(23),
                required: true,
                location: crate::Location::QueryString,
                location_name: Some("role_name"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetRoleCredentialsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "roleCredentials",
            target: crate::ShapeId(20),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidRequestException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(7),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidRequestException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountRolesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "accessToken",
                target: crate::ShapeId(1),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-sso_bearer_token"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "accountId",
                target: crate::ShapeId(2),
                required: true,
                location: crate::Location::QueryString,
                location_name: Some("account_id"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "maxResults",
                target: crate::ShapeId(17),
                location: crate::Location::QueryString,
                location_name: Some("max_result"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "nextToken",
                target: crate::ShapeId(18),
                location: crate::Location::QueryString,
                location_name: Some("next_token"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountRolesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "nextToken",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "roleList",
                target: crate::ShapeId(22),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "accessToken",
                target: crate::ShapeId(1),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-sso_bearer_token"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "maxResults",
                target: crate::ShapeId(17),
                location: crate::Location::QueryString,
                location_name: Some("max_result"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "nextToken",
                target: crate::ShapeId(18),
                location: crate::Location::QueryString,
                location_name: Some("next_token"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "accountList",
                target: crate::ShapeId(4),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "nextToken",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LogoutRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "accessToken",
            target: crate::ShapeId(1),
            required: true,
            location: crate::Location::Header,
            location_name: Some("x-amz-sso_bearer_token"),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MaxResultType",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(100),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NextTokenType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(7),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ResourceNotFoundException",
            http_status: 404,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleCredentials",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "accessKeyId",
                target: crate::ShapeId(0),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "expiration",
                target: crate::ShapeId(8),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "secretAccessKey",
                target: crate::ShapeId(24),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "sessionToken",
                target: crate::ShapeId(25),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleInfo",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "accountId",
                target: crate::ShapeId(2),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "roleName",
                target: crate::ShapeId(23),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(21),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleNameType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SecretAccessKeyType",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SessionTokenType",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TooManyRequestsException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(7),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "TooManyRequestsException",
            http_status: 429,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnauthorizedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(7),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "UnauthorizedException",
            http_status: 401,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
];

/// Reads `value` into the typed struct of structure shape `shape` and writes it back,
/// so tests can check the typed codec against the schema. `None` for other shapes.
pub fn typed_round_trip(
    shape: &str,
    value: &crate::Value,
) -> ::std::option::Option<::core::result::Result<crate::Value, crate::FromValueError>> {
    fn via<T: crate::FromValue + crate::ToValue>(
        value: &crate::Value,
    ) -> ::core::result::Result<crate::Value, crate::FromValueError> {
        T::from_value(value).map(|t| t.to_value())
    }
    Some(match shape {
        "AccountInfo" => via::<AccountInfo>(value),
        "GetRoleCredentialsRequest" => via::<GetRoleCredentialsRequest>(value),
        "GetRoleCredentialsResponse" => via::<GetRoleCredentialsResponse>(value),
        "InvalidRequestException" => via::<InvalidRequestException>(value),
        "ListAccountRolesRequest" => via::<ListAccountRolesRequest>(value),
        "ListAccountRolesResponse" => via::<ListAccountRolesResponse>(value),
        "ListAccountsRequest" => via::<ListAccountsRequest>(value),
        "ListAccountsResponse" => via::<ListAccountsResponse>(value),
        "LogoutRequest" => via::<LogoutRequest>(value),
        "ResourceNotFoundException" => via::<ResourceNotFoundException>(value),
        "RoleCredentials" => via::<RoleCredentials>(value),
        "RoleInfo" => via::<RoleInfo>(value),
        "TooManyRequestsException" => via::<TooManyRequestsException>(value),
        "UnauthorizedException" => via::<UnauthorizedException>(value),
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountInfo {
    pub account_id: ::std::option::Option<::std::string::String>,
    pub account_name: ::std::option::Option<::std::string::String>,
    pub email_address: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for AccountInfo {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.account_id {
            m.push(("accountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.account_name {
            m.push(("accountName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.email_address {
            m.push(("emailAddress", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccountInfo {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::optional(m, "accountId", crate::FromValue::from_value)?,
            account_name: crate::codec::optional(m, "accountName", crate::FromValue::from_value)?,
            email_address: crate::codec::optional(m, "emailAddress", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct GetRoleCredentialsRequest {
    pub access_token: ::std::string::String,
    pub account_id: ::std::string::String,
    pub role_name: ::std::string::String,
}

impl ::std::fmt::Debug for GetRoleCredentialsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRoleCredentialsRequest")
            .field("access_token", &"<redacted>")
            .field("account_id", &self.account_id)
            .field("role_name", &self.role_name)
            .finish()
    }
}

impl crate::ToValue for GetRoleCredentialsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("accessToken", crate::ToValue::to_value(&self.access_token)));
        m.push(("accountId", crate::ToValue::to_value(&self.account_id)));
        m.push(("roleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetRoleCredentialsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_token: crate::codec::required(m, "accessToken", crate::FromValue::from_value)?,
            account_id: crate::codec::required(m, "accountId", crate::FromValue::from_value)?,
            role_name: crate::codec::required(m, "roleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRoleCredentialsResponse {
    pub role_credentials: ::std::option::Option<RoleCredentials>,
}

impl crate::ToValue for GetRoleCredentialsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.role_credentials {
            m.push(("roleCredentials", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetRoleCredentialsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role_credentials: crate::codec::optional(
                m,
                "roleCredentials",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidRequestException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidRequestException {
    pub const CODE: &'static str = "InvalidRequestException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidRequestException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidRequestException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct ListAccountRolesRequest {
    pub access_token: ::std::string::String,
    pub account_id: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for ListAccountRolesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAccountRolesRequest")
            .field("access_token", &"<redacted>")
            .field("account_id", &self.account_id)
            .field("max_results", &self.max_results)
            .field("next_token", &self.next_token)
            .finish()
    }
}

impl crate::ToValue for ListAccountRolesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("accessToken", crate::ToValue::to_value(&self.access_token)));
        m.push(("accountId", crate::ToValue::to_value(&self.account_id)));
        if let Some(x) = &self.max_results {
            m.push(("maxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("nextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountRolesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_token: crate::codec::required(m, "accessToken", crate::FromValue::from_value)?,
            account_id: crate::codec::required(m, "accountId", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "maxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "nextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountRolesResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub role_list: ::std::option::Option<::std::vec::Vec<RoleInfo>>,
}

impl crate::ToValue for ListAccountRolesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("nextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_list {
            m.push((
                "roleList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountRolesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "nextToken", crate::FromValue::from_value)?,
            role_list: crate::codec::optional(m, "roleList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct ListAccountsRequest {
    pub access_token: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for ListAccountsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAccountsRequest")
            .field("access_token", &"<redacted>")
            .field("max_results", &self.max_results)
            .field("next_token", &self.next_token)
            .finish()
    }
}

impl crate::ToValue for ListAccountsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("accessToken", crate::ToValue::to_value(&self.access_token)));
        if let Some(x) = &self.max_results {
            m.push(("maxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("nextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_token: crate::codec::required(m, "accessToken", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "maxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "nextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountsResponse {
    pub account_list: ::std::option::Option<::std::vec::Vec<AccountInfo>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccountsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.account_list {
            m.push((
                "accountList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("nextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_list: crate::codec::optional(m, "accountList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "nextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct LogoutRequest {
    pub access_token: ::std::string::String,
}

impl ::std::fmt::Debug for LogoutRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LogoutRequest")
            .field("access_token", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for LogoutRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("accessToken", crate::ToValue::to_value(&self.access_token)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LogoutRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_token: crate::codec::required(m, "accessToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ResourceNotFoundException {
    pub const CODE: &'static str = "ResourceNotFoundException";
    pub const HTTP_STATUS: u16 = 404;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ResourceNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResourceNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct RoleCredentials {
    pub access_key_id: ::std::option::Option<::std::string::String>,
    pub expiration: ::std::option::Option<i64>,
    pub secret_access_key: ::std::option::Option<::std::string::String>,
    pub session_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for RoleCredentials {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoleCredentials")
            .field("access_key_id", &self.access_key_id)
            .field("expiration", &self.expiration)
            .field("secret_access_key", &"<redacted>")
            .field("session_token", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for RoleCredentials {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.access_key_id {
            m.push(("accessKeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.expiration {
            m.push(("expiration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.secret_access_key {
            m.push(("secretAccessKey", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token {
            m.push(("sessionToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RoleCredentials {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_key_id: crate::codec::optional(m, "accessKeyId", crate::FromValue::from_value)?,
            expiration: crate::codec::optional(m, "expiration", crate::FromValue::from_value)?,
            secret_access_key: crate::codec::optional(
                m,
                "secretAccessKey",
                crate::FromValue::from_value,
            )?,
            session_token: crate::codec::optional(m, "sessionToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleInfo {
    pub account_id: ::std::option::Option<::std::string::String>,
    pub role_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for RoleInfo {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.account_id {
            m.push(("accountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_name {
            m.push(("roleName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RoleInfo {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::optional(m, "accountId", crate::FromValue::from_value)?,
            role_name: crate::codec::optional(m, "roleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TooManyRequestsException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl TooManyRequestsException {
    pub const CODE: &'static str = "TooManyRequestsException";
    pub const HTTP_STATUS: u16 = 429;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for TooManyRequestsException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TooManyRequestsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnauthorizedException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl UnauthorizedException {
    pub const CODE: &'static str = "UnauthorizedException";
    pub const HTTP_STATUS: u16 = 401;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for UnauthorizedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UnauthorizedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}
