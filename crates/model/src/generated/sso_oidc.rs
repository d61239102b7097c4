//! The `sso-oidc` service: schema tables and typed shapes. Written by `scripts/codegen` from botocore 1.44.8; do not edit.

#![allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case)]

pub static SERVICE: crate::ServiceDef = crate::ServiceDef {
    name: "sso-oidc",
    protocol: crate::Protocol::RestJson,
    protocols: &["rest-json"],
    api_version: "2019-06-10",
    target_prefix: None,
    json_version: Some("1.1"),
    xml_namespace: None,
    signing_name: "sso-oauth",
    endpoint_prefix: "oidc",
    operations: &OPERATIONS,
    shapes: &SHAPES,
};

static OPERATIONS: [crate::OperationDef; 4] = [
    crate::OperationDef {
        name: "CreateToken",
        http_method: "POST",
        request_uri: "/token",
        response_code: 200,
        input: Some(crate::ShapeId(13)),
        output: Some(crate::ShapeId(14)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(32),
            crate::ShapeId(28),
            crate::ShapeId(30),
            crate::ShapeId(52),
            crate::ShapeId(53),
            crate::ShapeId(35),
            crate::ShapeId(6),
            crate::ShapeId(45),
            crate::ShapeId(0),
            crate::ShapeId(21),
            crate::ShapeId(26),
        ],
        unsigned: true,
    },
    crate::OperationDef {
        name: "CreateTokenWithIAM",
        http_method: "POST",
        request_uri: "/token?aws_iam=t",
        response_code: 200,
        input: Some(crate::ShapeId(15)),
        output: Some(crate::ShapeId(16)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(32),
            crate::ShapeId(28),
            crate::ShapeId(30),
            crate::ShapeId(52),
            crate::ShapeId(53),
            crate::ShapeId(35),
            crate::ShapeId(6),
            crate::ShapeId(45),
            crate::ShapeId(0),
            crate::ShapeId(21),
            crate::ShapeId(26),
            crate::ShapeId(34),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RegisterClient",
        http_method: "POST",
        request_uri: "/client/register",
        response_code: 200,
        input: Some(crate::ShapeId(41)),
        output: Some(crate::ShapeId(42)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(32),
            crate::ShapeId(35),
            crate::ShapeId(29),
            crate::ShapeId(26),
            crate::ShapeId(31),
            crate::ShapeId(53),
            crate::ShapeId(45),
        ],
        unsigned: true,
    },
    crate::OperationDef {
        name: "StartDeviceAuthorization",
        http_method: "POST",
        request_uri: "/device_authorization",
        response_code: 200,
        input: Some(crate::ShapeId(46)),
        output: Some(crate::ShapeId(47)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(32),
            crate::ShapeId(28),
            crate::ShapeId(52),
            crate::ShapeId(45),
            crate::ShapeId(26),
        ],
        unsigned: true,
    },
];

static SHAPES: [crate::Shape; 55] = [
    crate::Shape {
        name: "AccessDeniedException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "reason",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "AccessDeniedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessDeniedExceptionReason",
        kind: crate::ShapeKind::String,
        enum_values: &["KMS_AccessDeniedException"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessToken",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ArnType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Assertion",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AuthCode",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AuthorizationPendingException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "AuthorizationPendingException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AwsAdditionalDetails",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "identityContext",
            target: crate::ShapeId(25),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClientId",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClientName",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClientSecret",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClientType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CodeVerifier",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateTokenRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "clientId",
                target: crate::ShapeId(8),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "clientSecret",
                target: crate::ShapeId(10),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "code",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "codeVerifier",
                target: crate::ShapeId(12),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "deviceCode",
                target: crate::ShapeId(17),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "grantType",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "redirectUri",
                target: crate::ShapeId(51),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "refreshToken",
                target: crate::ShapeId(39),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "scope",
                target: crate::ShapeId(44),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateTokenResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "accessToken",
                target: crate::ShapeId(2),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "expiresIn",
                target: crate::ShapeId(20),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "idToken",
                target: crate::ShapeId(24),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "refreshToken",
                target: crate::ShapeId(39),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "tokenType",
                target: crate::ShapeId(49),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateTokenWithIAMRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "assertion",
                target: crate::ShapeId(4),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "clientId",
                target: crate::ShapeId(8),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "code",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "codeVerifier",
                target: crate::ShapeId(12),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "grantType",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "redirectUri",
                target: crate::ShapeId(51),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "refreshToken",
                target: crate::ShapeId(39),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "requestedTokenType",
                target: crate::ShapeId(50),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "scope",
                target: crate::ShapeId(44),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "subjectToken",
                target: crate::ShapeId(48),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "subjectTokenType",
                target: crate::ShapeId(50),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateTokenWithIAMResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "accessToken",
                target: crate::ShapeId(2),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "awsAdditionalDetails",
                target: crate::ShapeId(7),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "expiresIn",
                target: crate::ShapeId(20),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "idToken",
                target: crate::ShapeId(24),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "issuedTokenType",
                target: crate::ShapeId(50),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "refreshToken",
                target: crate::ShapeId(39),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "scope",
                target: crate::ShapeId(44),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "tokenType",
                target: crate::ShapeId(49),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeviceCode",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Error",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ErrorDescription",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExpirationInSeconds",
        kind: crate::ShapeKind::Integer,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExpiredTokenException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "ExpiredTokenException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GrantType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GrantTypes",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(22),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdToken",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityContext",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InternalServerException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InternalServerException",
            http_status: 500,
            sender_fault: false,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IntervalInSeconds",
        kind: crate::ShapeKind::Integer,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidClientException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidClientException",
            http_status: 401,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidClientMetadataException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidClientMetadataException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidGrantException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidGrantException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidRedirectUriException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidRedirectUriException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidRequestException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "reason",
                target: crate::ShapeId(33),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidRequestException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidRequestExceptionReason",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "KMS_NotFoundException",
            "KMS_InvalidKeyUsageException",
            "KMS_InvalidStateException",
            "KMS_DisabledException",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidRequestRegionException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "endpoint",
                target: crate::ShapeId(36),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "region",
                target: crate::ShapeId(40),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidRequestRegionException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidScopeException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidScopeException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Location",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LongTimeStampType",
        kind: crate::ShapeKind::Long,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RedirectUris",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(51),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RefreshToken",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Region",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegisterClientRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "clientName",
                target: crate::ShapeId(9),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "clientType",
                target: crate::ShapeId(11),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "entitledApplicationArn",
                target: crate::ShapeId(3),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "grantTypes",
                target: crate::ShapeId(23),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "issuerUrl",
                target: crate::ShapeId(51),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "redirectUris",
                target: crate::ShapeId(38),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "scopes",
                target: crate::ShapeId(44),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegisterClientResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "authorizationEndpoint",
                target: crate::ShapeId(51),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "clientId",
                target: crate::ShapeId(8),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "clientIdIssuedAt",
                target: crate::ShapeId(37),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "clientSecret",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "clientSecretExpiresAt",
                target: crate::ShapeId(37),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "tokenEndpoint",
                target: crate::ShapeId(51),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Scope",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Scopes",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(43),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SlowDownException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "SlowDownException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartDeviceAuthorizationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "clientId",
                target: crate::ShapeId(8),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "clientSecret",
                target: crate::ShapeId(10),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "startUrl",
                target: crate::ShapeId(51),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartDeviceAuthorizationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "deviceCode",
                target: crate::ShapeId(17),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "expiresIn",
                target: crate::ShapeId(20),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "interval",
                target: crate::ShapeId(27),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "userCode",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "verificationUri",
                target: crate::ShapeId(51),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "verificationUriComplete",
                target: crate::ShapeId(51),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SubjectToken",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TokenType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TokenTypeURI",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "URI",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnauthorizedClientException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "UnauthorizedClientException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnsupportedGrantTypeException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "error",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "error_description",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "UnsupportedGrantTypeException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UserCode",
        kind: crate::ShapeKind::String,
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
        "AccessDeniedException" => via::<AccessDeniedException>(value),
        "AuthorizationPendingException" => via::<AuthorizationPendingException>(value),
        "AwsAdditionalDetails" => via::<AwsAdditionalDetails>(value),
        "CreateTokenRequest" => via::<CreateTokenRequest>(value),
        "CreateTokenResponse" => via::<CreateTokenResponse>(value),
        "CreateTokenWithIAMRequest" => via::<CreateTokenWithIAMRequest>(value),
        "CreateTokenWithIAMResponse" => via::<CreateTokenWithIAMResponse>(value),
        "ExpiredTokenException" => via::<ExpiredTokenException>(value),
        "InternalServerException" => via::<InternalServerException>(value),
        "InvalidClientException" => via::<InvalidClientException>(value),
        "InvalidClientMetadataException" => via::<InvalidClientMetadataException>(value),
        "InvalidGrantException" => via::<InvalidGrantException>(value),
        "InvalidRedirectUriException" => via::<InvalidRedirectUriException>(value),
        "InvalidRequestException" => via::<InvalidRequestException>(value),
        "InvalidRequestRegionException" => via::<InvalidRequestRegionException>(value),
        "InvalidScopeException" => via::<InvalidScopeException>(value),
        "RegisterClientRequest" => via::<RegisterClientRequest>(value),
        "RegisterClientResponse" => via::<RegisterClientResponse>(value),
        "SlowDownException" => via::<SlowDownException>(value),
        "StartDeviceAuthorizationRequest" => via::<StartDeviceAuthorizationRequest>(value),
        "StartDeviceAuthorizationResponse" => via::<StartDeviceAuthorizationResponse>(value),
        "UnauthorizedClientException" => via::<UnauthorizedClientException>(value),
        "UnsupportedGrantTypeException" => via::<UnsupportedGrantTypeException>(value),
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessDeniedException {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<AccessDeniedExceptionReason>,
}

impl AccessDeniedException {
    pub const CODE: &'static str = "AccessDeniedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccessDeniedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.reason {
            m.push(("reason", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccessDeniedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
            reason: crate::codec::optional(m, "reason", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessDeniedExceptionReason {
    KMSAccessDeniedException,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl AccessDeniedExceptionReason {
    pub const VALUES: &'static [&'static str] = &["KMS_AccessDeniedException"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::KMSAccessDeniedException => "KMS_AccessDeniedException",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "KMS_AccessDeniedException" => Self::KMSAccessDeniedException,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for AccessDeniedExceptionReason {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for AccessDeniedExceptionReason {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthorizationPendingException {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
}

impl AuthorizationPendingException {
    pub const CODE: &'static str = "AuthorizationPendingException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AuthorizationPendingException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AuthorizationPendingException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AwsAdditionalDetails {
    pub identity_context: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for AwsAdditionalDetails {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.identity_context {
            m.push(("identityContext", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AwsAdditionalDetails {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_context: crate::codec::optional(
                m,
                "identityContext",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct CreateTokenRequest {
    pub client_id: ::std::string::String,
    pub client_secret: ::std::string::String,
    pub code: ::std::option::Option<::std::string::String>,
    pub code_verifier: ::std::option::Option<::std::string::String>,
    pub device_code: ::std::option::Option<::std::string::String>,
    pub grant_type: ::std::string::String,
    pub redirect_uri: ::std::option::Option<::std::string::String>,
    pub refresh_token: ::std::option::Option<::std::string::String>,
    pub scope: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl ::std::fmt::Debug for CreateTokenRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateTokenRequest")
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .field("code", &self.code)
            .field("code_verifier", &"<redacted>")
            .field("device_code", &self.device_code)
            .field("grant_type", &self.grant_type)
            .field("redirect_uri", &self.redirect_uri)
            .field("refresh_token", &"<redacted>")
            .field("scope", &self.scope)
            .finish()
    }
}

impl crate::ToValue for CreateTokenRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        m.push(("clientId", crate::ToValue::to_value(&self.client_id)));
        m.push((
            "clientSecret",
            crate::ToValue::to_value(&self.client_secret),
        ));
        if let Some(x) = &self.code {
            m.push(("code", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.code_verifier {
            m.push(("codeVerifier", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.device_code {
            m.push(("deviceCode", crate::ToValue::to_value(x)));
        }
        m.push(("grantType", crate::ToValue::to_value(&self.grant_type)));
        if let Some(x) = &self.redirect_uri {
            m.push(("redirectUri", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.refresh_token {
            m.push(("refreshToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.scope {
            m.push((
                "scope",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateTokenRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            client_id: crate::codec::required(m, "clientId", crate::FromValue::from_value)?,
            client_secret: crate::codec::required(m, "clientSecret", crate::FromValue::from_value)?,
            code: crate::codec::optional(m, "code", crate::FromValue::from_value)?,
            code_verifier: crate::codec::optional(m, "codeVerifier", crate::FromValue::from_value)?,
            device_code: crate::codec::optional(m, "deviceCode", crate::FromValue::from_value)?,
            grant_type: crate::codec::required(m, "grantType", crate::FromValue::from_value)?,
            redirect_uri: crate::codec::optional(m, "redirectUri", crate::FromValue::from_value)?,
            refresh_token: crate::codec::optional(m, "refreshToken", crate::FromValue::from_value)?,
            scope: crate::codec::optional(m, "scope", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct CreateTokenResponse {
    pub access_token: ::std::option::Option<::std::string::String>,
    pub expires_in: ::std::option::Option<i32>,
    pub id_token: ::std::option::Option<::std::string::String>,
    pub refresh_token: ::std::option::Option<::std::string::String>,
    pub token_type: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for CreateTokenResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateTokenResponse")
            .field("access_token", &"<redacted>")
            .field("expires_in", &self.expires_in)
            .field("id_token", &"<redacted>")
            .field("refresh_token", &"<redacted>")
            .field("token_type", &self.token_type)
            .finish()
    }
}

impl crate::ToValue for CreateTokenResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.access_token {
            m.push(("accessToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.expires_in {
            m.push(("expiresIn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.id_token {
            m.push(("idToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.refresh_token {
            m.push(("refreshToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.token_type {
            m.push(("tokenType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateTokenResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_token: crate::codec::optional(m, "accessToken", crate::FromValue::from_value)?,
            expires_in: crate::codec::optional(m, "expiresIn", crate::FromValue::from_value)?,
            id_token: crate::codec::optional(m, "idToken", crate::FromValue::from_value)?,
            refresh_token: crate::codec::optional(m, "refreshToken", crate::FromValue::from_value)?,
            token_type: crate::codec::optional(m, "tokenType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct CreateTokenWithIAMRequest {
    pub assertion: ::std::option::Option<::std::string::String>,
    pub client_id: ::std::string::String,
    pub code: ::std::option::Option<::std::string::String>,
    pub code_verifier: ::std::option::Option<::std::string::String>,
    pub grant_type: ::std::string::String,
    pub redirect_uri: ::std::option::Option<::std::string::String>,
    pub refresh_token: ::std::option::Option<::std::string::String>,
    pub requested_token_type: ::std::option::Option<::std::string::String>,
    pub scope: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub subject_token: ::std::option::Option<::std::string::String>,
    pub subject_token_type: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for CreateTokenWithIAMRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateTokenWithIAMRequest")
            .field("assertion", &"<redacted>")
            .field("client_id", &self.client_id)
            .field("code", &self.code)
            .field("code_verifier", &"<redacted>")
            .field("grant_type", &self.grant_type)
            .field("redirect_uri", &self.redirect_uri)
            .field("refresh_token", &"<redacted>")
            .field("requested_token_type", &self.requested_token_type)
            .field("scope", &self.scope)
            .field("subject_token", &"<redacted>")
            .field("subject_token_type", &self.subject_token_type)
            .finish()
    }
}

impl crate::ToValue for CreateTokenWithIAMRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(11);
        if let Some(x) = &self.assertion {
            m.push(("assertion", crate::ToValue::to_value(x)));
        }
        m.push(("clientId", crate::ToValue::to_value(&self.client_id)));
        if let Some(x) = &self.code {
            m.push(("code", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.code_verifier {
            m.push(("codeVerifier", crate::ToValue::to_value(x)));
        }
        m.push(("grantType", crate::ToValue::to_value(&self.grant_type)));
        if let Some(x) = &self.redirect_uri {
            m.push(("redirectUri", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.refresh_token {
            m.push(("refreshToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.requested_token_type {
            m.push(("requestedTokenType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.scope {
            m.push((
                "scope",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.subject_token {
            m.push(("subjectToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subject_token_type {
            m.push(("subjectTokenType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateTokenWithIAMRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assertion: crate::codec::optional(m, "assertion", crate::FromValue::from_value)?,
            client_id: crate::codec::required(m, "clientId", crate::FromValue::from_value)?,
            code: crate::codec::optional(m, "code", crate::FromValue::from_value)?,
            code_verifier: crate::codec::optional(m, "codeVerifier", crate::FromValue::from_value)?,
            grant_type: crate::codec::required(m, "grantType", crate::FromValue::from_value)?,
            redirect_uri: crate::codec::optional(m, "redirectUri", crate::FromValue::from_value)?,
            refresh_token: crate::codec::optional(m, "refreshToken", crate::FromValue::from_value)?,
            requested_token_type: crate::codec::optional(
                m,
                "requestedTokenType",
                crate::FromValue::from_value,
            )?,
            scope: crate::codec::optional(m, "scope", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            subject_token: crate::codec::optional(m, "subjectToken", crate::FromValue::from_value)?,
            subject_token_type: crate::codec::optional(
                m,
                "subjectTokenType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct CreateTokenWithIAMResponse {
    pub access_token: ::std::option::Option<::std::string::String>,
    pub aws_additional_details: ::std::option::Option<AwsAdditionalDetails>,
    pub expires_in: ::std::option::Option<i32>,
    pub id_token: ::std::option::Option<::std::string::String>,
    pub issued_token_type: ::std::option::Option<::std::string::String>,
    pub refresh_token: ::std::option::Option<::std::string::String>,
    pub scope: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub token_type: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for CreateTokenWithIAMResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateTokenWithIAMResponse")
            .field("access_token", &"<redacted>")
            .field("aws_additional_details", &self.aws_additional_details)
            .field("expires_in", &self.expires_in)
            .field("id_token", &"<redacted>")
            .field("issued_token_type", &self.issued_token_type)
            .field("refresh_token", &"<redacted>")
            .field("scope", &self.scope)
            .field("token_type", &self.token_type)
            .finish()
    }
}

impl crate::ToValue for CreateTokenWithIAMResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.access_token {
            m.push(("accessToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.aws_additional_details {
            m.push(("awsAdditionalDetails", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.expires_in {
            m.push(("expiresIn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.id_token {
            m.push(("idToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.issued_token_type {
            m.push(("issuedTokenType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.refresh_token {
            m.push(("refreshToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.scope {
            m.push((
                "scope",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.token_type {
            m.push(("tokenType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateTokenWithIAMResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_token: crate::codec::optional(m, "accessToken", crate::FromValue::from_value)?,
            aws_additional_details: crate::codec::optional(
                m,
                "awsAdditionalDetails",
                crate::FromValue::from_value,
            )?,
            expires_in: crate::codec::optional(m, "expiresIn", crate::FromValue::from_value)?,
            id_token: crate::codec::optional(m, "idToken", crate::FromValue::from_value)?,
            issued_token_type: crate::codec::optional(
                m,
                "issuedTokenType",
                crate::FromValue::from_value,
            )?,
            refresh_token: crate::codec::optional(m, "refreshToken", crate::FromValue::from_value)?,
            scope: crate::codec::optional(m, "scope", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            token_type: crate::codec::optional(m, "tokenType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExpiredTokenException {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
}

impl ExpiredTokenException {
    pub const CODE: &'static str = "ExpiredTokenException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ExpiredTokenException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ExpiredTokenException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InternalServerException {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
}

impl InternalServerException {
    pub const CODE: &'static str = "InternalServerException";
    pub const HTTP_STATUS: u16 = 500;
    pub const SENDER_FAULT: bool = false;
}

impl crate::ToValue for InternalServerException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InternalServerException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidClientException {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
}

impl InvalidClientException {
    pub const CODE: &'static str = "InvalidClientException";
    pub const HTTP_STATUS: u16 = 401;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidClientException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidClientException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidClientMetadataException {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
}

impl InvalidClientMetadataException {
    pub const CODE: &'static str = "InvalidClientMetadataException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidClientMetadataException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidClientMetadataException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidGrantException {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
}

impl InvalidGrantException {
    pub const CODE: &'static str = "InvalidGrantException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidGrantException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidGrantException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidRedirectUriException {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
}

impl InvalidRedirectUriException {
    pub const CODE: &'static str = "InvalidRedirectUriException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidRedirectUriException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidRedirectUriException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidRequestException {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<InvalidRequestExceptionReason>,
}

impl InvalidRequestException {
    pub const CODE: &'static str = "InvalidRequestException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidRequestException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.reason {
            m.push(("reason", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidRequestException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
            reason: crate::codec::optional(m, "reason", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InvalidRequestExceptionReason {
    KMSNotFoundException,
    KMSInvalidKeyUsageException,
    KMSInvalidStateException,
    KMSDisabledException,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl InvalidRequestExceptionReason {
    pub const VALUES: &'static [&'static str] = &[
        "KMS_NotFoundException",
        "KMS_InvalidKeyUsageException",
        "KMS_InvalidStateException",
        "KMS_DisabledException",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::KMSNotFoundException => "KMS_NotFoundException",
            Self::KMSInvalidKeyUsageException => "KMS_InvalidKeyUsageException",
            Self::KMSInvalidStateException => "KMS_InvalidStateException",
            Self::KMSDisabledException => "KMS_DisabledException",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "KMS_NotFoundException" => Self::KMSNotFoundException,
            "KMS_InvalidKeyUsageException" => Self::KMSInvalidKeyUsageException,
            "KMS_InvalidStateException" => Self::KMSInvalidStateException,
            "KMS_DisabledException" => Self::KMSDisabledException,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for InvalidRequestExceptionReason {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for InvalidRequestExceptionReason {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidRequestRegionException {
    pub endpoint: ::std::option::Option<::std::string::String>,
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
    pub region: ::std::option::Option<::std::string::String>,
}

impl InvalidRequestRegionException {
    pub const CODE: &'static str = "InvalidRequestRegionException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidRequestRegionException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.endpoint {
            m.push(("endpoint", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.region {
            m.push(("region", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidRequestRegionException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            endpoint: crate::codec::optional(m, "endpoint", crate::FromValue::from_value)?,
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
            region: crate::codec::optional(m, "region", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidScopeException {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
}

impl InvalidScopeException {
    pub const CODE: &'static str = "InvalidScopeException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidScopeException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidScopeException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegisterClientRequest {
    pub client_name: ::std::string::String,
    pub client_type: ::std::string::String,
    pub entitled_application_arn: ::std::option::Option<::std::string::String>,
    pub grant_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub issuer_url: ::std::option::Option<::std::string::String>,
    pub redirect_uris: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub scopes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for RegisterClientRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        m.push(("clientName", crate::ToValue::to_value(&self.client_name)));
        m.push(("clientType", crate::ToValue::to_value(&self.client_type)));
        if let Some(x) = &self.entitled_application_arn {
            m.push(("entitledApplicationArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.grant_types {
            m.push((
                "grantTypes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.issuer_url {
            m.push(("issuerUrl", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.redirect_uris {
            m.push((
                "redirectUris",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.scopes {
            m.push((
                "scopes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RegisterClientRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            client_name: crate::codec::required(m, "clientName", crate::FromValue::from_value)?,
            client_type: crate::codec::required(m, "clientType", crate::FromValue::from_value)?,
            entitled_application_arn: crate::codec::optional(
                m,
                "entitledApplicationArn",
                crate::FromValue::from_value,
            )?,
            grant_types: crate::codec::optional(m, "grantTypes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            issuer_url: crate::codec::optional(m, "issuerUrl", crate::FromValue::from_value)?,
            redirect_uris: crate::codec::optional(m, "redirectUris", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            scopes: crate::codec::optional(m, "scopes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct RegisterClientResponse {
    pub authorization_endpoint: ::std::option::Option<::std::string::String>,
    pub client_id: ::std::option::Option<::std::string::String>,
    pub client_id_issued_at: ::std::option::Option<i64>,
    pub client_secret: ::std::option::Option<::std::string::String>,
    pub client_secret_expires_at: ::std::option::Option<i64>,
    pub token_endpoint: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for RegisterClientResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegisterClientResponse")
            .field("authorization_endpoint", &self.authorization_endpoint)
            .field("client_id", &self.client_id)
            .field("client_id_issued_at", &self.client_id_issued_at)
            .field("client_secret", &"<redacted>")
            .field("client_secret_expires_at", &self.client_secret_expires_at)
            .field("token_endpoint", &self.token_endpoint)
            .finish()
    }
}

impl crate::ToValue for RegisterClientResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.authorization_endpoint {
            m.push(("authorizationEndpoint", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.client_id {
            m.push(("clientId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.client_id_issued_at {
            m.push(("clientIdIssuedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.client_secret {
            m.push(("clientSecret", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.client_secret_expires_at {
            m.push(("clientSecretExpiresAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.token_endpoint {
            m.push(("tokenEndpoint", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RegisterClientResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            authorization_endpoint: crate::codec::optional(
                m,
                "authorizationEndpoint",
                crate::FromValue::from_value,
            )?,
            client_id: crate::codec::optional(m, "clientId", crate::FromValue::from_value)?,
            client_id_issued_at: crate::codec::optional(
                m,
                "clientIdIssuedAt",
                crate::FromValue::from_value,
            )?,
            client_secret: crate::codec::optional(m, "clientSecret", crate::FromValue::from_value)?,
            client_secret_expires_at: crate::codec::optional(
                m,
                "clientSecretExpiresAt",
                crate::FromValue::from_value,
            )?,
            token_endpoint: crate::codec::optional(
                m,
                "tokenEndpoint",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SlowDownException {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
}

impl SlowDownException {
    pub const CODE: &'static str = "SlowDownException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for SlowDownException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SlowDownException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct StartDeviceAuthorizationRequest {
    pub client_id: ::std::string::String,
    pub client_secret: ::std::string::String,
    pub start_url: ::std::string::String,
}

impl ::std::fmt::Debug for StartDeviceAuthorizationRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartDeviceAuthorizationRequest")
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .field("start_url", &self.start_url)
            .finish()
    }
}

impl crate::ToValue for StartDeviceAuthorizationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("clientId", crate::ToValue::to_value(&self.client_id)));
        m.push((
            "clientSecret",
            crate::ToValue::to_value(&self.client_secret),
        ));
        m.push(("startUrl", crate::ToValue::to_value(&self.start_url)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartDeviceAuthorizationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            client_id: crate::codec::required(m, "clientId", crate::FromValue::from_value)?,
            client_secret: crate::codec::required(m, "clientSecret", crate::FromValue::from_value)?,
            start_url: crate::codec::required(m, "startUrl", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartDeviceAuthorizationResponse {
    pub device_code: ::std::option::Option<::std::string::String>,
    pub expires_in: ::std::option::Option<i32>,
    pub interval: ::std::option::Option<i32>,
    pub user_code: ::std::option::Option<::std::string::String>,
    pub verification_uri: ::std::option::Option<::std::string::String>,
    pub verification_uri_complete: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for StartDeviceAuthorizationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.device_code {
            m.push(("deviceCode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.expires_in {
            m.push(("expiresIn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.interval {
            m.push(("interval", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_code {
            m.push(("userCode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.verification_uri {
            m.push(("verificationUri", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.verification_uri_complete {
            m.push(("verificationUriComplete", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartDeviceAuthorizationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            device_code: crate::codec::optional(m, "deviceCode", crate::FromValue::from_value)?,
            expires_in: crate::codec::optional(m, "expiresIn", crate::FromValue::from_value)?,
            interval: crate::codec::optional(m, "interval", crate::FromValue::from_value)?,
            user_code: crate::codec::optional(m, "userCode", crate::FromValue::from_value)?,
            verification_uri: crate::codec::optional(
                m,
                "verificationUri",
                crate::FromValue::from_value,
            )?,
            verification_uri_complete: crate::codec::optional(
                m,
                "verificationUriComplete",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnauthorizedClientException {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
}

impl UnauthorizedClientException {
    pub const CODE: &'static str = "UnauthorizedClientException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for UnauthorizedClientException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UnauthorizedClientException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsupportedGrantTypeException {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
}

impl UnsupportedGrantTypeException {
    pub const CODE: &'static str = "UnsupportedGrantTypeException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for UnsupportedGrantTypeException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.error {
            m.push(("error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_description {
            m.push(("error_description", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UnsupportedGrantTypeException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "error", crate::FromValue::from_value)?,
            error_description: crate::codec::optional(
                m,
                "error_description",
                crate::FromValue::from_value,
            )?,
        })
    }
}
