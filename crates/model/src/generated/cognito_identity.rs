//! The `cognito-identity` service: schema tables and typed shapes. Written by `scripts/codegen` from botocore 1.44.8; do not edit.

#![allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case)]

pub static SERVICE: crate::ServiceDef = crate::ServiceDef {
    name: "cognito-identity",
    protocol: crate::Protocol::Json,
    protocols: &["json"],
    api_version: "2014-06-30",
    target_prefix: Some("AWSCognitoIdentityService"),
    json_version: Some("1.1"),
    xml_namespace: None,
    signing_name: "cognito-identity",
    endpoint_prefix: "cognito-identity",
    operations: &OPERATIONS,
    shapes: &SHAPES,
};

static OPERATIONS: [crate::OperationDef; 23] = [
    crate::OperationDef {
        name: "CreateIdentityPool",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(13)),
        output: Some(crate::ShapeId(44)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(75),
            crate::ShapeId(83),
            crate::ShapeId(103),
            crate::ShapeId(56),
            crate::ShapeId(59),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteIdentities",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(16)),
        output: Some(crate::ShapeId(17)),
        result_wrapper: None,
        errors: &[crate::ShapeId(58), crate::ShapeId(103), crate::ShapeId(56)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteIdentityPool",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(18)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(103),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeIdentity",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(19)),
        output: Some(crate::ShapeId(41)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(103),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeIdentityPool",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(20)),
        output: Some(crate::ShapeId(44)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(103),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetCredentialsForIdentity",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(27)),
        output: Some(crate::ShapeId(28)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(83),
            crate::ShapeId(103),
            crate::ShapeId(57),
            crate::ShapeId(56),
            crate::ShapeId(26),
        ],
        unsigned: true,
    },
    crate::OperationDef {
        name: "GetId",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(29)),
        output: Some(crate::ShapeId(30)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(83),
            crate::ShapeId(103),
            crate::ShapeId(56),
            crate::ShapeId(59),
            crate::ShapeId(26),
        ],
        unsigned: true,
    },
    crate::OperationDef {
        name: "GetIdentityPoolRoles",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(31)),
        output: Some(crate::ShapeId(32)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(83),
            crate::ShapeId(103),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetOpenIdToken",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(35)),
        output: Some(crate::ShapeId(36)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(83),
            crate::ShapeId(103),
            crate::ShapeId(56),
            crate::ShapeId(26),
        ],
        unsigned: true,
    },
    crate::OperationDef {
        name: "GetOpenIdTokenForDeveloperIdentity",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(33)),
        output: Some(crate::ShapeId(34)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(83),
            crate::ShapeId(103),
            crate::ShapeId(56),
            crate::ShapeId(22),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetPrincipalTagAttributeMap",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(37)),
        output: Some(crate::ShapeId(38)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(103),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListIdentities",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(60)),
        output: Some(crate::ShapeId(61)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(103),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListIdentityPools",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(62)),
        output: Some(crate::ShapeId(63)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(75),
            crate::ShapeId(103),
            crate::ShapeId(84),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListTagsForResource",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(64)),
        output: Some(crate::ShapeId(65)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(103),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "LookupDeveloperIdentity",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(68)),
        output: Some(crate::ShapeId(69)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(83),
            crate::ShapeId(103),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "MergeDeveloperIdentities",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(73)),
        output: Some(crate::ShapeId(74)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(83),
            crate::ShapeId(103),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "SetIdentityPoolRoles",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(94)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(83),
            crate::ShapeId(103),
            crate::ShapeId(56),
            crate::ShapeId(12),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "SetPrincipalTagAttributeMap",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(95)),
        output: Some(crate::ShapeId(96)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(103),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TagResource",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(99)),
        output: Some(crate::ShapeId(100)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(103),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UnlinkDeveloperIdentity",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(104)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(83),
            crate::ShapeId(103),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UnlinkIdentity",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(105)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(83),
            crate::ShapeId(103),
            crate::ShapeId(56),
            crate::ShapeId(26),
        ],
        unsigned: true,
    },
    crate::OperationDef {
        name: "UntagResource",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(108)),
        output: Some(crate::ShapeId(109)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(103),
            crate::ShapeId(56),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateIdentityPool",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(44)),
        output: Some(crate::ShapeId(44)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(58),
            crate::ShapeId(84),
            crate::ShapeId(75),
            crate::ShapeId(83),
            crate::ShapeId(103),
            crate::ShapeId(56),
            crate::ShapeId(12),
            crate::ShapeId(59),
        ],
        unsigned: false,
    },
];

static SHAPES: [crate::Shape; 111] = [
    crate::Shape {
        name: "ARNString",
        kind: crate::ShapeKind::String,
        min: Some(20),
        max: Some(2048),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessKeyString",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountId",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(15),
        pattern: Some("\\d+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AmbiguousRoleResolutionType",
        kind: crate::ShapeKind::String,
        enum_values: &["AuthenticatedRole", "Deny"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClaimName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClaimValue",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClassicFlow",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CognitoIdentityProvider",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ClientId",
                target: crate::ShapeId(8),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ProviderName",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServerSideTokenCheck",
                target: crate::ShapeId(11),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CognitoIdentityProviderClientId",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w_]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CognitoIdentityProviderList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(7),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CognitoIdentityProviderName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w._:/-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CognitoIdentityProviderTokenCheck",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConcurrentModificationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(97),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ConcurrentModificationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateIdentityPoolInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AllowClassicFlow",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AllowUnauthenticatedIdentities",
                target: crate::ShapeId(50),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CognitoIdentityProviders",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DeveloperProviderName",
                target: crate::ShapeId(21),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityPoolName",
                target: crate::ShapeId(46),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityPoolTags",
                target: crate::ShapeId(49),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OpenIdConnectProviderARNs",
                target: crate::ShapeId(76),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SamlProviderARNs",
                target: crate::ShapeId(91),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SupportedLoginProviders",
                target: crate::ShapeId(55),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Credentials",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccessKeyId",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Expiration",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SecretKey",
                target: crate::ShapeId(92),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionToken",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DateType",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteIdentitiesInput",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "IdentityIdsToDelete",
            target: crate::ShapeId(43),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteIdentitiesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "UnprocessedIdentityIds",
            target: crate::ShapeId(107),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteIdentityPoolInput",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "IdentityPoolId",
            target: crate::ShapeId(45),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeIdentityInput",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "IdentityId",
            target: crate::ShapeId(42),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeIdentityPoolInput",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "IdentityPoolId",
            target: crate::ShapeId(45),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeveloperProviderName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w._-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeveloperUserAlreadyRegisteredException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(97),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DeveloperUserAlreadyRegisteredException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeveloperUserIdentifier",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1024),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeveloperUserIdentifierList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(23),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ErrorCode",
        kind: crate::ShapeKind::String,
        enum_values: &["AccessDenied", "InternalServerError"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExternalServiceException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(97),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ExternalServiceException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetCredentialsForIdentityInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CustomRoleArn",
                target: crate::ShapeId(0),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityId",
                target: crate::ShapeId(42),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Logins",
                target: crate::ShapeId(67),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetCredentialsForIdentityResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Credentials",
                target: crate::ShapeId(14),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityId",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetIdInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(2),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Logins",
                target: crate::ShapeId(67),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetIdResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "IdentityId",
            target: crate::ShapeId(42),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetIdentityPoolRolesInput",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "IdentityPoolId",
            target: crate::ShapeId(45),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetIdentityPoolRolesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleMappings",
                target: crate::ShapeId(86),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Roles",
                target: crate::ShapeId(89),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetOpenIdTokenForDeveloperIdentityInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityId",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Logins",
                target: crate::ShapeId(67),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalTags",
                target: crate::ShapeId(81),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TokenDuration",
                target: crate::ShapeId(102),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetOpenIdTokenForDeveloperIdentityResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityId",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Token",
                target: crate::ShapeId(77),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetOpenIdTokenInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityId",
                target: crate::ShapeId(42),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Logins",
                target: crate::ShapeId(67),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetOpenIdTokenResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityId",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Token",
                target: crate::ShapeId(77),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetPrincipalTagAttributeMapInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityProviderName",
                target: crate::ShapeId(53),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetPrincipalTagAttributeMapResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityProviderName",
                target: crate::ShapeId(53),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalTags",
                target: crate::ShapeId(81),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UseDefaults",
                target: crate::ShapeId(110),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HideDisabled",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentitiesList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(41),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityDescription",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreationDate",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityId",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastModifiedDate",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Logins",
                target: crate::ShapeId(66),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityId",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(55),
        pattern: Some("[\\w-]+:[0-9a-f-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityIdList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(42),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(60),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityPool",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AllowClassicFlow",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AllowUnauthenticatedIdentities",
                target: crate::ShapeId(50),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CognitoIdentityProviders",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DeveloperProviderName",
                target: crate::ShapeId(21),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityPoolName",
                target: crate::ShapeId(46),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityPoolTags",
                target: crate::ShapeId(49),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OpenIdConnectProviderARNs",
                target: crate::ShapeId(76),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SamlProviderARNs",
                target: crate::ShapeId(91),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SupportedLoginProviders",
                target: crate::ShapeId(55),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityPoolId",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(55),
        pattern: Some("[\\w-]+:[0-9a-f-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityPoolName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w\\s+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityPoolShortDescription",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityPoolName",
                target: crate::ShapeId(46),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityPoolTagsListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(98),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityPoolTagsType",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(98),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(101),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityPoolUnauthenticated",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityPoolsList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(47),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityProviderId",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w.;_/-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityProviderName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityProviderToken",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(50000),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityProviders",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(53),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(52),
            ..crate::Member::EMPTY
        }),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InternalErrorException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(97),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InternalErrorException",
            http_status: 500,
            sender_fault: false,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidIdentityPoolConfigurationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(97),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidIdentityPoolConfigurationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidParameterException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(97),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidParameterException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LimitExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(97),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "LimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListIdentitiesInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "HideDisabled",
                target: crate::ShapeId(39),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(82),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListIdentitiesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Identities",
                target: crate::ShapeId(40),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListIdentityPoolsInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(82),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListIdentityPoolsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityPools",
                target: crate::ShapeId(51),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTagsForResourceInput",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ResourceArn",
            target: crate::ShapeId(0),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTagsForResourceResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Tags",
            target: crate::ShapeId(49),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LoginsList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(53),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LoginsMap",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(53),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(54),
            ..crate::Member::EMPTY
        }),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LookupDeveloperIdentityInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DeveloperUserIdentifier",
                target: crate::ShapeId(23),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityId",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(82),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LookupDeveloperIdentityResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DeveloperUserIdentifierList",
                target: crate::ShapeId(24),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityId",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MappingRule",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Claim",
                target: crate::ShapeId(4),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MatchType",
                target: crate::ShapeId(71),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleARN",
                target: crate::ShapeId(0),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(5),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MappingRuleMatchType",
        kind: crate::ShapeKind::String,
        enum_values: &["Equals", "Contains", "StartsWith", "NotEqual"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MappingRulesList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(70),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(400),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MergeDeveloperIdentitiesInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DestinationUserIdentifier",
                target: crate::ShapeId(23),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DeveloperProviderName",
                target: crate::ShapeId(21),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceUserIdentifier",
                target: crate::ShapeId(23),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MergeDeveloperIdentitiesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "IdentityId",
            target: crate::ShapeId(42),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotAuthorizedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(97),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "NotAuthorizedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OIDCProviderList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(0),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OIDCToken",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PaginationKey",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(65535),
        pattern: Some("[\\S]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PrincipalTagID",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PrincipalTagValue",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(256),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PrincipalTags",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(79),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(80),
            ..crate::Member::EMPTY
        }),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryLimit",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(60),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceConflictException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(97),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ResourceConflictException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(97),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ResourceNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleMapping",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AmbiguousRoleResolution",
                target: crate::ShapeId(3),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RulesConfiguration",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(87),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleMappingMap",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(53),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(85),
            ..crate::Member::EMPTY
        }),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleMappingType",
        kind: crate::ShapeKind::String,
        enum_values: &["Token", "Rules"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("(un)?authenticated"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RolesMap",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(88),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(0),
            ..crate::Member::EMPTY
        }),
        max: Some(2),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RulesConfigurationType",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Rules",
            target: crate::ShapeId(72),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SAMLProviderList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(0),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SecretKeyString",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SessionTokenString",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SetIdentityPoolRolesInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleMappings",
                target: crate::ShapeId(86),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Roles",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SetPrincipalTagAttributeMapInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityProviderName",
                target: crate::ShapeId(53),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalTags",
                target: crate::ShapeId(81),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UseDefaults",
                target: crate::ShapeId(110),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SetPrincipalTagAttributeMapResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityProviderName",
                target: crate::ShapeId(53),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalTags",
                target: crate::ShapeId(81),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UseDefaults",
                target: crate::ShapeId(110),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "String",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagKeysType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagResourceInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ResourceArn",
                target: crate::ShapeId(0),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(49),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagResourceResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagValueType",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(256),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TokenDuration",
        kind: crate::ShapeKind::Long,
        min: Some(1),
        max: Some(86400),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TooManyRequestsException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(97),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "TooManyRequestsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnlinkDeveloperIdentityInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DeveloperProviderName",
                target: crate::ShapeId(21),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DeveloperUserIdentifier",
                target: crate::ShapeId(23),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityId",
                target: crate::ShapeId(42),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityPoolId",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnlinkIdentityInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityId",
                target: crate::ShapeId(42),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Logins",
                target: crate::ShapeId(67),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LoginsToRemove",
                target: crate::ShapeId(66),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnprocessedIdentityId",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ErrorCode",
                target: crate::ShapeId(25),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityId",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnprocessedIdentityIdList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(106),
            ..crate::Member::EMPTY
        }),
        max: Some(60),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UntagResourceInput",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ResourceArn",
                target: crate::ShapeId(0),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagKeys",
                target: crate::ShapeId(48),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UntagResourceResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UseDefaults",
        kind: crate::ShapeKind::Boolean,
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
        "CognitoIdentityProvider" => via::<CognitoIdentityProvider>(value),
        "ConcurrentModificationException" => via::<ConcurrentModificationException>(value),
        "CreateIdentityPoolInput" => via::<CreateIdentityPoolInput>(value),
        "Credentials" => via::<Credentials>(value),
        "DeleteIdentitiesInput" => via::<DeleteIdentitiesInput>(value),
        "DeleteIdentitiesResponse" => via::<DeleteIdentitiesResponse>(value),
        "DeleteIdentityPoolInput" => via::<DeleteIdentityPoolInput>(value),
        "DescribeIdentityInput" => via::<DescribeIdentityInput>(value),
        "DescribeIdentityPoolInput" => via::<DescribeIdentityPoolInput>(value),
        "DeveloperUserAlreadyRegisteredException" => {
            via::<DeveloperUserAlreadyRegisteredException>(value)
        }
        "ExternalServiceException" => via::<ExternalServiceException>(value),
        "GetCredentialsForIdentityInput" => via::<GetCredentialsForIdentityInput>(value),
        "GetCredentialsForIdentityResponse" => via::<GetCredentialsForIdentityResponse>(value),
        "GetIdInput" => via::<GetIdInput>(value),
        "GetIdResponse" => via::<GetIdResponse>(value),
        "GetIdentityPoolRolesInput" => via::<GetIdentityPoolRolesInput>(value),
        "GetIdentityPoolRolesResponse" => via::<GetIdentityPoolRolesResponse>(value),
        "GetOpenIdTokenForDeveloperIdentityInput" => {
            via::<GetOpenIdTokenForDeveloperIdentityInput>(value)
        }
        "GetOpenIdTokenForDeveloperIdentityResponse" => {
            via::<GetOpenIdTokenForDeveloperIdentityResponse>(value)
        }
        "GetOpenIdTokenInput" => via::<GetOpenIdTokenInput>(value),
        "GetOpenIdTokenResponse" => via::<GetOpenIdTokenResponse>(value),
        "GetPrincipalTagAttributeMapInput" => via::<GetPrincipalTagAttributeMapInput>(value),
        "GetPrincipalTagAttributeMapResponse" => via::<GetPrincipalTagAttributeMapResponse>(value),
        "IdentityDescription" => via::<IdentityDescription>(value),
        "IdentityPool" => via::<IdentityPool>(value),
        "IdentityPoolShortDescription" => via::<IdentityPoolShortDescription>(value),
        "InternalErrorException" => via::<InternalErrorException>(value),
        "InvalidIdentityPoolConfigurationException" => {
            via::<InvalidIdentityPoolConfigurationException>(value)
        }
        "InvalidParameterException" => via::<InvalidParameterException>(value),
        "LimitExceededException" => via::<LimitExceededException>(value),
        "ListIdentitiesInput" => via::<ListIdentitiesInput>(value),
        "ListIdentitiesResponse" => via::<ListIdentitiesResponse>(value),
        "ListIdentityPoolsInput" => via::<ListIdentityPoolsInput>(value),
        "ListIdentityPoolsResponse" => via::<ListIdentityPoolsResponse>(value),
        "ListTagsForResourceInput" => via::<ListTagsForResourceInput>(value),
        "ListTagsForResourceResponse" => via::<ListTagsForResourceResponse>(value),
        "LookupDeveloperIdentityInput" => via::<LookupDeveloperIdentityInput>(value),
        "LookupDeveloperIdentityResponse" => via::<LookupDeveloperIdentityResponse>(value),
        "MappingRule" => via::<MappingRule>(value),
        "MergeDeveloperIdentitiesInput" => via::<MergeDeveloperIdentitiesInput>(value),
        "MergeDeveloperIdentitiesResponse" => via::<MergeDeveloperIdentitiesResponse>(value),
        "NotAuthorizedException" => via::<NotAuthorizedException>(value),
        "ResourceConflictException" => via::<ResourceConflictException>(value),
        "ResourceNotFoundException" => via::<ResourceNotFoundException>(value),
        "RoleMapping" => via::<RoleMapping>(value),
        "RulesConfigurationType" => via::<RulesConfigurationType>(value),
        "SetIdentityPoolRolesInput" => via::<SetIdentityPoolRolesInput>(value),
        "SetPrincipalTagAttributeMapInput" => via::<SetPrincipalTagAttributeMapInput>(value),
        "SetPrincipalTagAttributeMapResponse" => via::<SetPrincipalTagAttributeMapResponse>(value),
        "TagResourceInput" => via::<TagResourceInput>(value),
        "TagResourceResponse" => via::<TagResourceResponse>(value),
        "TooManyRequestsException" => via::<TooManyRequestsException>(value),
        "UnlinkDeveloperIdentityInput" => via::<UnlinkDeveloperIdentityInput>(value),
        "UnlinkIdentityInput" => via::<UnlinkIdentityInput>(value),
        "UnprocessedIdentityId" => via::<UnprocessedIdentityId>(value),
        "UntagResourceInput" => via::<UntagResourceInput>(value),
        "UntagResourceResponse" => via::<UntagResourceResponse>(value),
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AmbiguousRoleResolutionType {
    AuthenticatedRole,
    Deny,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl AmbiguousRoleResolutionType {
    pub const VALUES: &'static [&'static str] = &["AuthenticatedRole", "Deny"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRole => "AuthenticatedRole",
            Self::Deny => "Deny",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "AuthenticatedRole" => Self::AuthenticatedRole,
            "Deny" => Self::Deny,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for AmbiguousRoleResolutionType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for AmbiguousRoleResolutionType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CognitoIdentityProvider {
    pub client_id: ::std::option::Option<::std::string::String>,
    pub provider_name: ::std::option::Option<::std::string::String>,
    pub server_side_token_check: ::std::option::Option<bool>,
}

impl crate::ToValue for CognitoIdentityProvider {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.client_id {
            m.push(("ClientId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.provider_name {
            m.push(("ProviderName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.server_side_token_check {
            m.push(("ServerSideTokenCheck", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CognitoIdentityProvider {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            client_id: crate::codec::optional(m, "ClientId", crate::FromValue::from_value)?,
            provider_name: crate::codec::optional(m, "ProviderName", crate::FromValue::from_value)?,
            server_side_token_check: crate::codec::optional(
                m,
                "ServerSideTokenCheck",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConcurrentModificationException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ConcurrentModificationException {
    pub const CODE: &'static str = "ConcurrentModificationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ConcurrentModificationException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ConcurrentModificationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateIdentityPoolInput {
    pub allow_classic_flow: ::std::option::Option<bool>,
    pub allow_unauthenticated_identities: bool,
    pub cognito_identity_providers: ::std::option::Option<::std::vec::Vec<CognitoIdentityProvider>>,
    pub developer_provider_name: ::std::option::Option<::std::string::String>,
    pub identity_pool_name: ::std::string::String,
    pub identity_pool_tags: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    pub open_id_connect_provider_ar_ns:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub saml_provider_ar_ns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub supported_login_providers: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}

impl crate::ToValue for CreateIdentityPoolInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.allow_classic_flow {
            m.push(("AllowClassicFlow", crate::ToValue::to_value(x)));
        }
        m.push((
            "AllowUnauthenticatedIdentities",
            crate::ToValue::to_value(&self.allow_unauthenticated_identities),
        ));
        if let Some(x) = &self.cognito_identity_providers {
            m.push((
                "CognitoIdentityProviders",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.developer_provider_name {
            m.push(("DeveloperProviderName", crate::ToValue::to_value(x)));
        }
        m.push((
            "IdentityPoolName",
            crate::ToValue::to_value(&self.identity_pool_name),
        ));
        if let Some(x) = &self.identity_pool_tags {
            m.push((
                "IdentityPoolTags",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.open_id_connect_provider_ar_ns {
            m.push((
                "OpenIdConnectProviderARNs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.saml_provider_ar_ns {
            m.push((
                "SamlProviderARNs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.supported_login_providers {
            m.push((
                "SupportedLoginProviders",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateIdentityPoolInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            allow_classic_flow: crate::codec::optional(
                m,
                "AllowClassicFlow",
                crate::FromValue::from_value,
            )?,
            allow_unauthenticated_identities: crate::codec::required(
                m,
                "AllowUnauthenticatedIdentities",
                crate::FromValue::from_value,
            )?,
            cognito_identity_providers: crate::codec::optional(
                m,
                "CognitoIdentityProviders",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            developer_provider_name: crate::codec::optional(
                m,
                "DeveloperProviderName",
                crate::FromValue::from_value,
            )?,
            identity_pool_name: crate::codec::required(
                m,
                "IdentityPoolName",
                crate::FromValue::from_value,
            )?,
            identity_pool_tags: crate::codec::optional(
                m,
                "IdentityPoolTags",
                |v0: &crate::Value| crate::codec::map_from_value(v0, crate::FromValue::from_value),
            )?,
            open_id_connect_provider_ar_ns: crate::codec::optional(
                m,
                "OpenIdConnectProviderARNs",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            saml_provider_ar_ns: crate::codec::optional(
                m,
                "SamlProviderARNs",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            supported_login_providers: crate::codec::optional(
                m,
                "SupportedLoginProviders",
                |v0: &crate::Value| crate::codec::map_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct Credentials {
    pub access_key_id: ::std::option::Option<::std::string::String>,
    pub expiration: ::std::option::Option<crate::Timestamp>,
    pub secret_key: ::std::option::Option<::std::string::String>,
    pub session_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("expiration", &self.expiration)
            .field("secret_key", &"<redacted>")
            .field("session_token", &self.session_token)
            .finish()
    }
}

impl crate::ToValue for Credentials {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.access_key_id {
            m.push(("AccessKeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.expiration {
            m.push(("Expiration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.secret_key {
            m.push(("SecretKey", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token {
            m.push(("SessionToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Credentials {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_key_id: crate::codec::optional(m, "AccessKeyId", crate::FromValue::from_value)?,
            expiration: crate::codec::optional(m, "Expiration", crate::FromValue::from_value)?,
            secret_key: crate::codec::optional(m, "SecretKey", crate::FromValue::from_value)?,
            session_token: crate::codec::optional(m, "SessionToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteIdentitiesInput {
    pub identity_ids_to_delete: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for DeleteIdentitiesInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "IdentityIdsToDelete",
            crate::codec::list_to_value(&self.identity_ids_to_delete, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteIdentitiesInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_ids_to_delete: crate::codec::required(
                m,
                "IdentityIdsToDelete",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteIdentitiesResponse {
    pub unprocessed_identity_ids: ::std::option::Option<::std::vec::Vec<UnprocessedIdentityId>>,
}

impl crate::ToValue for DeleteIdentitiesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.unprocessed_identity_ids {
            m.push((
                "UnprocessedIdentityIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteIdentitiesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            unprocessed_identity_ids: crate::codec::optional(
                m,
                "UnprocessedIdentityIds",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteIdentityPoolInput {
    pub identity_pool_id: ::std::string::String,
}

impl crate::ToValue for DeleteIdentityPoolInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "IdentityPoolId",
            crate::ToValue::to_value(&self.identity_pool_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteIdentityPoolInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_pool_id: crate::codec::required(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeIdentityInput {
    pub identity_id: ::std::string::String,
}

impl crate::ToValue for DescribeIdentityInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("IdentityId", crate::ToValue::to_value(&self.identity_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeIdentityInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_id: crate::codec::required(m, "IdentityId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeIdentityPoolInput {
    pub identity_pool_id: ::std::string::String,
}

impl crate::ToValue for DescribeIdentityPoolInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "IdentityPoolId",
            crate::ToValue::to_value(&self.identity_pool_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeIdentityPoolInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_pool_id: crate::codec::required(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeveloperUserAlreadyRegisteredException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DeveloperUserAlreadyRegisteredException {
    pub const CODE: &'static str = "DeveloperUserAlreadyRegisteredException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DeveloperUserAlreadyRegisteredException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeveloperUserAlreadyRegisteredException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    AccessDenied,
    InternalServerError,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ErrorCode {
    pub const VALUES: &'static [&'static str] = &["AccessDenied", "InternalServerError"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessDenied => "AccessDenied",
            Self::InternalServerError => "InternalServerError",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "AccessDenied" => Self::AccessDenied,
            "InternalServerError" => Self::InternalServerError,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ErrorCode {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ErrorCode {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExternalServiceException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ExternalServiceException {
    pub const CODE: &'static str = "ExternalServiceException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ExternalServiceException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ExternalServiceException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct GetCredentialsForIdentityInput {
    pub custom_role_arn: ::std::option::Option<::std::string::String>,
    pub identity_id: ::std::string::String,
    pub logins: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}

impl ::std::fmt::Debug for GetCredentialsForIdentityInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetCredentialsForIdentityInput")
            .field("custom_role_arn", &self.custom_role_arn)
            .field("identity_id", &self.identity_id)
            .field("logins", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for GetCredentialsForIdentityInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.custom_role_arn {
            m.push(("CustomRoleArn", crate::ToValue::to_value(x)));
        }
        m.push(("IdentityId", crate::ToValue::to_value(&self.identity_id)));
        if let Some(x) = &self.logins {
            m.push((
                "Logins",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetCredentialsForIdentityInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            custom_role_arn: crate::codec::optional(
                m,
                "CustomRoleArn",
                crate::FromValue::from_value,
            )?,
            identity_id: crate::codec::required(m, "IdentityId", crate::FromValue::from_value)?,
            logins: crate::codec::optional(m, "Logins", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCredentialsForIdentityResponse {
    pub credentials: ::std::option::Option<Credentials>,
    pub identity_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetCredentialsForIdentityResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.credentials {
            m.push(("Credentials", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_id {
            m.push(("IdentityId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetCredentialsForIdentityResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            credentials: crate::codec::optional(m, "Credentials", crate::FromValue::from_value)?,
            identity_id: crate::codec::optional(m, "IdentityId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct GetIdInput {
    pub account_id: ::std::option::Option<::std::string::String>,
    pub identity_pool_id: ::std::string::String,
    pub logins: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}

impl ::std::fmt::Debug for GetIdInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetIdInput")
            .field("account_id", &self.account_id)
            .field("identity_pool_id", &self.identity_pool_id)
            .field("logins", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for GetIdInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.account_id {
            m.push(("AccountId", crate::ToValue::to_value(x)));
        }
        m.push((
            "IdentityPoolId",
            crate::ToValue::to_value(&self.identity_pool_id),
        ));
        if let Some(x) = &self.logins {
            m.push((
                "Logins",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetIdInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::optional(m, "AccountId", crate::FromValue::from_value)?,
            identity_pool_id: crate::codec::required(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            logins: crate::codec::optional(m, "Logins", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIdResponse {
    pub identity_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetIdResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.identity_id {
            m.push(("IdentityId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetIdResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_id: crate::codec::optional(m, "IdentityId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIdentityPoolRolesInput {
    pub identity_pool_id: ::std::string::String,
}

impl crate::ToValue for GetIdentityPoolRolesInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "IdentityPoolId",
            crate::ToValue::to_value(&self.identity_pool_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetIdentityPoolRolesInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_pool_id: crate::codec::required(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIdentityPoolRolesResponse {
    pub identity_pool_id: ::std::option::Option<::std::string::String>,
    pub role_mappings:
        ::std::option::Option<::std::collections::BTreeMap<::std::string::String, RoleMapping>>,
    pub roles: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}

impl crate::ToValue for GetIdentityPoolRolesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.identity_pool_id {
            m.push(("IdentityPoolId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_mappings {
            m.push((
                "RoleMappings",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.roles {
            m.push((
                "Roles",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetIdentityPoolRolesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_pool_id: crate::codec::optional(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            role_mappings: crate::codec::optional(m, "RoleMappings", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            roles: crate::codec::optional(m, "Roles", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct GetOpenIdTokenForDeveloperIdentityInput {
    pub identity_id: ::std::option::Option<::std::string::String>,
    pub identity_pool_id: ::std::string::String,
    pub logins: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    pub principal_tags: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    pub token_duration: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for GetOpenIdTokenForDeveloperIdentityInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetOpenIdTokenForDeveloperIdentityInput")
            .field("identity_id", &self.identity_id)
            .field("identity_pool_id", &self.identity_pool_id)
            .field("logins", &"<redacted>")
            .field("principal_tags", &self.principal_tags)
            .field("token_duration", &self.token_duration)
            .finish()
    }
}

impl crate::ToValue for GetOpenIdTokenForDeveloperIdentityInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.identity_id {
            m.push(("IdentityId", crate::ToValue::to_value(x)));
        }
        m.push((
            "IdentityPoolId",
            crate::ToValue::to_value(&self.identity_pool_id),
        ));
        m.push((
            "Logins",
            crate::codec::map_to_value(&self.logins, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.principal_tags {
            m.push((
                "PrincipalTags",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.token_duration {
            m.push(("TokenDuration", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetOpenIdTokenForDeveloperIdentityInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_id: crate::codec::optional(m, "IdentityId", crate::FromValue::from_value)?,
            identity_pool_id: crate::codec::required(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            logins: crate::codec::required(m, "Logins", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            principal_tags: crate::codec::optional(m, "PrincipalTags", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            token_duration: crate::codec::optional(
                m,
                "TokenDuration",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct GetOpenIdTokenForDeveloperIdentityResponse {
    pub identity_id: ::std::option::Option<::std::string::String>,
    pub token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for GetOpenIdTokenForDeveloperIdentityResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetOpenIdTokenForDeveloperIdentityResponse")
            .field("identity_id", &self.identity_id)
            .field("token", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for GetOpenIdTokenForDeveloperIdentityResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.identity_id {
            m.push(("IdentityId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.token {
            m.push(("Token", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetOpenIdTokenForDeveloperIdentityResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_id: crate::codec::optional(m, "IdentityId", crate::FromValue::from_value)?,
            token: crate::codec::optional(m, "Token", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct GetOpenIdTokenInput {
    pub identity_id: ::std::string::String,
    pub logins: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}

impl ::std::fmt::Debug for GetOpenIdTokenInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetOpenIdTokenInput")
            .field("identity_id", &self.identity_id)
            .field("logins", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for GetOpenIdTokenInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("IdentityId", crate::ToValue::to_value(&self.identity_id)));
        if let Some(x) = &self.logins {
            m.push((
                "Logins",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetOpenIdTokenInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_id: crate::codec::required(m, "IdentityId", crate::FromValue::from_value)?,
            logins: crate::codec::optional(m, "Logins", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct GetOpenIdTokenResponse {
    pub identity_id: ::std::option::Option<::std::string::String>,
    pub token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for GetOpenIdTokenResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetOpenIdTokenResponse")
            .field("identity_id", &self.identity_id)
            .field("token", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for GetOpenIdTokenResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.identity_id {
            m.push(("IdentityId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.token {
            m.push(("Token", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetOpenIdTokenResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_id: crate::codec::optional(m, "IdentityId", crate::FromValue::from_value)?,
            token: crate::codec::optional(m, "Token", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPrincipalTagAttributeMapInput {
    pub identity_pool_id: ::std::string::String,
    pub identity_provider_name: ::std::string::String,
}

impl crate::ToValue for GetPrincipalTagAttributeMapInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "IdentityPoolId",
            crate::ToValue::to_value(&self.identity_pool_id),
        ));
        m.push((
            "IdentityProviderName",
            crate::ToValue::to_value(&self.identity_provider_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetPrincipalTagAttributeMapInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_pool_id: crate::codec::required(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            identity_provider_name: crate::codec::required(
                m,
                "IdentityProviderName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPrincipalTagAttributeMapResponse {
    pub identity_pool_id: ::std::option::Option<::std::string::String>,
    pub identity_provider_name: ::std::option::Option<::std::string::String>,
    pub principal_tags: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    pub use_defaults: ::std::option::Option<bool>,
}

impl crate::ToValue for GetPrincipalTagAttributeMapResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.identity_pool_id {
            m.push(("IdentityPoolId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_provider_name {
            m.push(("IdentityProviderName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.principal_tags {
            m.push((
                "PrincipalTags",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.use_defaults {
            m.push(("UseDefaults", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetPrincipalTagAttributeMapResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_pool_id: crate::codec::optional(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            identity_provider_name: crate::codec::optional(
                m,
                "IdentityProviderName",
                crate::FromValue::from_value,
            )?,
            principal_tags: crate::codec::optional(m, "PrincipalTags", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            use_defaults: crate::codec::optional(m, "UseDefaults", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityDescription {
    pub creation_date: ::std::option::Option<crate::Timestamp>,
    pub identity_id: ::std::option::Option<::std::string::String>,
    pub last_modified_date: ::std::option::Option<crate::Timestamp>,
    pub logins: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for IdentityDescription {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.creation_date {
            m.push(("CreationDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_id {
            m.push(("IdentityId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_modified_date {
            m.push(("LastModifiedDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.logins {
            m.push((
                "Logins",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IdentityDescription {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            creation_date: crate::codec::optional(m, "CreationDate", crate::FromValue::from_value)?,
            identity_id: crate::codec::optional(m, "IdentityId", crate::FromValue::from_value)?,
            last_modified_date: crate::codec::optional(
                m,
                "LastModifiedDate",
                crate::FromValue::from_value,
            )?,
            logins: crate::codec::optional(m, "Logins", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityPool {
    pub allow_classic_flow: ::std::option::Option<bool>,
    pub allow_unauthenticated_identities: bool,
    pub cognito_identity_providers: ::std::option::Option<::std::vec::Vec<CognitoIdentityProvider>>,
    pub developer_provider_name: ::std::option::Option<::std::string::String>,
    pub identity_pool_id: ::std::string::String,
    pub identity_pool_name: ::std::string::String,
    pub identity_pool_tags: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    pub open_id_connect_provider_ar_ns:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub saml_provider_ar_ns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub supported_login_providers: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}

impl crate::ToValue for IdentityPool {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(10);
        if let Some(x) = &self.allow_classic_flow {
            m.push(("AllowClassicFlow", crate::ToValue::to_value(x)));
        }
        m.push((
            "AllowUnauthenticatedIdentities",
            crate::ToValue::to_value(&self.allow_unauthenticated_identities),
        ));
        if let Some(x) = &self.cognito_identity_providers {
            m.push((
                "CognitoIdentityProviders",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.developer_provider_name {
            m.push(("DeveloperProviderName", crate::ToValue::to_value(x)));
        }
        m.push((
            "IdentityPoolId",
            crate::ToValue::to_value(&self.identity_pool_id),
        ));
        m.push((
            "IdentityPoolName",
            crate::ToValue::to_value(&self.identity_pool_name),
        ));
        if let Some(x) = &self.identity_pool_tags {
            m.push((
                "IdentityPoolTags",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.open_id_connect_provider_ar_ns {
            m.push((
                "OpenIdConnectProviderARNs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.saml_provider_ar_ns {
            m.push((
                "SamlProviderARNs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.supported_login_providers {
            m.push((
                "SupportedLoginProviders",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IdentityPool {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            allow_classic_flow: crate::codec::optional(
                m,
                "AllowClassicFlow",
                crate::FromValue::from_value,
            )?,
            allow_unauthenticated_identities: crate::codec::required(
                m,
                "AllowUnauthenticatedIdentities",
                crate::FromValue::from_value,
            )?,
            cognito_identity_providers: crate::codec::optional(
                m,
                "CognitoIdentityProviders",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            developer_provider_name: crate::codec::optional(
                m,
                "DeveloperProviderName",
                crate::FromValue::from_value,
            )?,
            identity_pool_id: crate::codec::required(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            identity_pool_name: crate::codec::required(
                m,
                "IdentityPoolName",
                crate::FromValue::from_value,
            )?,
            identity_pool_tags: crate::codec::optional(
                m,
                "IdentityPoolTags",
                |v0: &crate::Value| crate::codec::map_from_value(v0, crate::FromValue::from_value),
            )?,
            open_id_connect_provider_ar_ns: crate::codec::optional(
                m,
                "OpenIdConnectProviderARNs",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            saml_provider_ar_ns: crate::codec::optional(
                m,
                "SamlProviderARNs",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            supported_login_providers: crate::codec::optional(
                m,
                "SupportedLoginProviders",
                |v0: &crate::Value| crate::codec::map_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityPoolShortDescription {
    pub identity_pool_id: ::std::option::Option<::std::string::String>,
    pub identity_pool_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for IdentityPoolShortDescription {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.identity_pool_id {
            m.push(("IdentityPoolId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_pool_name {
            m.push(("IdentityPoolName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IdentityPoolShortDescription {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_pool_id: crate::codec::optional(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            identity_pool_name: crate::codec::optional(
                m,
                "IdentityPoolName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InternalErrorException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InternalErrorException {
    pub const CODE: &'static str = "InternalErrorException";
    pub const HTTP_STATUS: u16 = 500;
    pub const SENDER_FAULT: bool = false;
}

impl crate::ToValue for InternalErrorException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InternalErrorException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidIdentityPoolConfigurationException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidIdentityPoolConfigurationException {
    pub const CODE: &'static str = "InvalidIdentityPoolConfigurationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidIdentityPoolConfigurationException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidIdentityPoolConfigurationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidParameterException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidParameterException {
    pub const CODE: &'static str = "InvalidParameterException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidParameterException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidParameterException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LimitExceededException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl LimitExceededException {
    pub const CODE: &'static str = "LimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for LimitExceededException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListIdentitiesInput {
    pub hide_disabled: ::std::option::Option<bool>,
    pub identity_pool_id: ::std::string::String,
    pub max_results: i32,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListIdentitiesInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.hide_disabled {
            m.push(("HideDisabled", crate::ToValue::to_value(x)));
        }
        m.push((
            "IdentityPoolId",
            crate::ToValue::to_value(&self.identity_pool_id),
        ));
        m.push(("MaxResults", crate::ToValue::to_value(&self.max_results)));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListIdentitiesInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            hide_disabled: crate::codec::optional(m, "HideDisabled", crate::FromValue::from_value)?,
            identity_pool_id: crate::codec::required(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::required(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListIdentitiesResponse {
    pub identities: ::std::option::Option<::std::vec::Vec<IdentityDescription>>,
    pub identity_pool_id: ::std::option::Option<::std::string::String>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListIdentitiesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.identities {
            m.push((
                "Identities",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.identity_pool_id {
            m.push(("IdentityPoolId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListIdentitiesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identities: crate::codec::optional(m, "Identities", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            identity_pool_id: crate::codec::optional(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListIdentityPoolsInput {
    pub max_results: i32,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListIdentityPoolsInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("MaxResults", crate::ToValue::to_value(&self.max_results)));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListIdentityPoolsInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::required(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListIdentityPoolsResponse {
    pub identity_pools: ::std::option::Option<::std::vec::Vec<IdentityPoolShortDescription>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListIdentityPoolsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.identity_pools {
            m.push((
                "IdentityPools",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListIdentityPoolsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_pools: crate::codec::optional(m, "IdentityPools", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsForResourceInput {
    pub resource_arn: ::std::string::String,
}

impl crate::ToValue for ListTagsForResourceInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("ResourceArn", crate::ToValue::to_value(&self.resource_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTagsForResourceInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_arn: crate::codec::required(m, "ResourceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsForResourceResponse {
    pub tags: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}

impl crate::ToValue for ListTagsForResourceResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTagsForResourceResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LookupDeveloperIdentityInput {
    pub developer_user_identifier: ::std::option::Option<::std::string::String>,
    pub identity_id: ::std::option::Option<::std::string::String>,
    pub identity_pool_id: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for LookupDeveloperIdentityInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.developer_user_identifier {
            m.push(("DeveloperUserIdentifier", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_id {
            m.push(("IdentityId", crate::ToValue::to_value(x)));
        }
        m.push((
            "IdentityPoolId",
            crate::ToValue::to_value(&self.identity_pool_id),
        ));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LookupDeveloperIdentityInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            developer_user_identifier: crate::codec::optional(
                m,
                "DeveloperUserIdentifier",
                crate::FromValue::from_value,
            )?,
            identity_id: crate::codec::optional(m, "IdentityId", crate::FromValue::from_value)?,
            identity_pool_id: crate::codec::required(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LookupDeveloperIdentityResponse {
    pub developer_user_identifier_list:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub identity_id: ::std::option::Option<::std::string::String>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for LookupDeveloperIdentityResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.developer_user_identifier_list {
            m.push((
                "DeveloperUserIdentifierList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.identity_id {
            m.push(("IdentityId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LookupDeveloperIdentityResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            developer_user_identifier_list: crate::codec::optional(
                m,
                "DeveloperUserIdentifierList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            identity_id: crate::codec::optional(m, "IdentityId", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MappingRule {
    pub claim: ::std::string::String,
    pub match_type: MappingRuleMatchType,
    pub role_arn: ::std::string::String,
    pub value: ::std::string::String,
}

impl crate::ToValue for MappingRule {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("Claim", crate::ToValue::to_value(&self.claim)));
        m.push(("MatchType", crate::ToValue::to_value(&self.match_type)));
        m.push(("RoleARN", crate::ToValue::to_value(&self.role_arn)));
        m.push(("Value", crate::ToValue::to_value(&self.value)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for MappingRule {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            claim: crate::codec::required(m, "Claim", crate::FromValue::from_value)?,
            match_type: crate::codec::required(m, "MatchType", crate::FromValue::from_value)?,
            role_arn: crate::codec::required(m, "RoleARN", crate::FromValue::from_value)?,
            value: crate::codec::required(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MappingRuleMatchType {
    Equals,
    Contains,
    StartsWith,
    NotEqual,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl MappingRuleMatchType {
    pub const VALUES: &'static [&'static str] = &["Equals", "Contains", "StartsWith", "NotEqual"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "Equals",
            Self::Contains => "Contains",
            Self::StartsWith => "StartsWith",
            Self::NotEqual => "NotEqual",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Equals" => Self::Equals,
            "Contains" => Self::Contains,
            "StartsWith" => Self::StartsWith,
            "NotEqual" => Self::NotEqual,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for MappingRuleMatchType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for MappingRuleMatchType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MergeDeveloperIdentitiesInput {
    pub destination_user_identifier: ::std::string::String,
    pub developer_provider_name: ::std::string::String,
    pub identity_pool_id: ::std::string::String,
    pub source_user_identifier: ::std::string::String,
}

impl crate::ToValue for MergeDeveloperIdentitiesInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "DestinationUserIdentifier",
            crate::ToValue::to_value(&self.destination_user_identifier),
        ));
        m.push((
            "DeveloperProviderName",
            crate::ToValue::to_value(&self.developer_provider_name),
        ));
        m.push((
            "IdentityPoolId",
            crate::ToValue::to_value(&self.identity_pool_id),
        ));
        m.push((
            "SourceUserIdentifier",
            crate::ToValue::to_value(&self.source_user_identifier),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for MergeDeveloperIdentitiesInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            destination_user_identifier: crate::codec::required(
                m,
                "DestinationUserIdentifier",
                crate::FromValue::from_value,
            )?,
            developer_provider_name: crate::codec::required(
                m,
                "DeveloperProviderName",
                crate::FromValue::from_value,
            )?,
            identity_pool_id: crate::codec::required(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            source_user_identifier: crate::codec::required(
                m,
                "SourceUserIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MergeDeveloperIdentitiesResponse {
    pub identity_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for MergeDeveloperIdentitiesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.identity_id {
            m.push(("IdentityId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for MergeDeveloperIdentitiesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_id: crate::codec::optional(m, "IdentityId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NotAuthorizedException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl NotAuthorizedException {
    pub const CODE: &'static str = "NotAuthorizedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for NotAuthorizedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for NotAuthorizedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceConflictException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ResourceConflictException {
    pub const CODE: &'static str = "ResourceConflictException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ResourceConflictException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResourceConflictException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ResourceNotFoundException {
    pub const CODE: &'static str = "ResourceNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
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

#[derive(Debug, Clone, PartialEq)]
pub struct RoleMapping {
    pub ambiguous_role_resolution: ::std::option::Option<AmbiguousRoleResolutionType>,
    pub rules_configuration: ::std::option::Option<RulesConfigurationType>,
    pub r#type: RoleMappingType,
}

impl crate::ToValue for RoleMapping {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.ambiguous_role_resolution {
            m.push(("AmbiguousRoleResolution", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.rules_configuration {
            m.push(("RulesConfiguration", crate::ToValue::to_value(x)));
        }
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RoleMapping {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            ambiguous_role_resolution: crate::codec::optional(
                m,
                "AmbiguousRoleResolution",
                crate::FromValue::from_value,
            )?,
            rules_configuration: crate::codec::optional(
                m,
                "RulesConfiguration",
                crate::FromValue::from_value,
            )?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMappingType {
    Token,
    Rules,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl RoleMappingType {
    pub const VALUES: &'static [&'static str] = &["Token", "Rules"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Token => "Token",
            Self::Rules => "Rules",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Token" => Self::Token,
            "Rules" => Self::Rules,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for RoleMappingType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for RoleMappingType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RulesConfigurationType {
    pub rules: ::std::vec::Vec<MappingRule>,
}

impl crate::ToValue for RulesConfigurationType {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "Rules",
            crate::codec::list_to_value(&self.rules, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RulesConfigurationType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            rules: crate::codec::required(m, "Rules", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetIdentityPoolRolesInput {
    pub identity_pool_id: ::std::string::String,
    pub role_mappings:
        ::std::option::Option<::std::collections::BTreeMap<::std::string::String, RoleMapping>>,
    pub roles: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
}

impl crate::ToValue for SetIdentityPoolRolesInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "IdentityPoolId",
            crate::ToValue::to_value(&self.identity_pool_id),
        ));
        if let Some(x) = &self.role_mappings {
            m.push((
                "RoleMappings",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "Roles",
            crate::codec::map_to_value(&self.roles, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SetIdentityPoolRolesInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_pool_id: crate::codec::required(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            role_mappings: crate::codec::optional(m, "RoleMappings", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            roles: crate::codec::required(m, "Roles", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetPrincipalTagAttributeMapInput {
    pub identity_pool_id: ::std::string::String,
    pub identity_provider_name: ::std::string::String,
    pub principal_tags: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    pub use_defaults: ::std::option::Option<bool>,
}

impl crate::ToValue for SetPrincipalTagAttributeMapInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "IdentityPoolId",
            crate::ToValue::to_value(&self.identity_pool_id),
        ));
        m.push((
            "IdentityProviderName",
            crate::ToValue::to_value(&self.identity_provider_name),
        ));
        if let Some(x) = &self.principal_tags {
            m.push((
                "PrincipalTags",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.use_defaults {
            m.push(("UseDefaults", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SetPrincipalTagAttributeMapInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_pool_id: crate::codec::required(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            identity_provider_name: crate::codec::required(
                m,
                "IdentityProviderName",
                crate::FromValue::from_value,
            )?,
            principal_tags: crate::codec::optional(m, "PrincipalTags", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            use_defaults: crate::codec::optional(m, "UseDefaults", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetPrincipalTagAttributeMapResponse {
    pub identity_pool_id: ::std::option::Option<::std::string::String>,
    pub identity_provider_name: ::std::option::Option<::std::string::String>,
    pub principal_tags: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    pub use_defaults: ::std::option::Option<bool>,
}

impl crate::ToValue for SetPrincipalTagAttributeMapResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.identity_pool_id {
            m.push(("IdentityPoolId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_provider_name {
            m.push(("IdentityProviderName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.principal_tags {
            m.push((
                "PrincipalTags",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.use_defaults {
            m.push(("UseDefaults", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SetPrincipalTagAttributeMapResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_pool_id: crate::codec::optional(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
            identity_provider_name: crate::codec::optional(
                m,
                "IdentityProviderName",
                crate::FromValue::from_value,
            )?,
            principal_tags: crate::codec::optional(m, "PrincipalTags", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            use_defaults: crate::codec::optional(m, "UseDefaults", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagResourceInput {
    pub resource_arn: ::std::string::String,
    pub tags: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
}

impl crate::ToValue for TagResourceInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("ResourceArn", crate::ToValue::to_value(&self.resource_arn)));
        m.push((
            "Tags",
            crate::codec::map_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TagResourceInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_arn: crate::codec::required(m, "ResourceArn", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagResourceResponse {}

impl crate::ToValue for TagResourceResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for TagResourceResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TooManyRequestsException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl TooManyRequestsException {
    pub const CODE: &'static str = "TooManyRequestsException";
    pub const HTTP_STATUS: u16 = 400;
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
pub struct UnlinkDeveloperIdentityInput {
    pub developer_provider_name: ::std::string::String,
    pub developer_user_identifier: ::std::string::String,
    pub identity_id: ::std::string::String,
    pub identity_pool_id: ::std::string::String,
}

impl crate::ToValue for UnlinkDeveloperIdentityInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "DeveloperProviderName",
            crate::ToValue::to_value(&self.developer_provider_name),
        ));
        m.push((
            "DeveloperUserIdentifier",
            crate::ToValue::to_value(&self.developer_user_identifier),
        ));
        m.push(("IdentityId", crate::ToValue::to_value(&self.identity_id)));
        m.push((
            "IdentityPoolId",
            crate::ToValue::to_value(&self.identity_pool_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UnlinkDeveloperIdentityInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            developer_provider_name: crate::codec::required(
                m,
                "DeveloperProviderName",
                crate::FromValue::from_value,
            )?,
            developer_user_identifier: crate::codec::required(
                m,
                "DeveloperUserIdentifier",
                crate::FromValue::from_value,
            )?,
            identity_id: crate::codec::required(m, "IdentityId", crate::FromValue::from_value)?,
            identity_pool_id: crate::codec::required(
                m,
                "IdentityPoolId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct UnlinkIdentityInput {
    pub identity_id: ::std::string::String,
    pub logins: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    pub logins_to_remove: ::std::vec::Vec<::std::string::String>,
}

impl ::std::fmt::Debug for UnlinkIdentityInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UnlinkIdentityInput")
            .field("identity_id", &self.identity_id)
            .field("logins", &"<redacted>")
            .field("logins_to_remove", &self.logins_to_remove)
            .finish()
    }
}

impl crate::ToValue for UnlinkIdentityInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("IdentityId", crate::ToValue::to_value(&self.identity_id)));
        m.push((
            "Logins",
            crate::codec::map_to_value(&self.logins, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push((
            "LoginsToRemove",
            crate::codec::list_to_value(&self.logins_to_remove, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UnlinkIdentityInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_id: crate::codec::required(m, "IdentityId", crate::FromValue::from_value)?,
            logins: crate::codec::required(m, "Logins", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            logins_to_remove: crate::codec::required(m, "LoginsToRemove", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnprocessedIdentityId {
    pub error_code: ::std::option::Option<ErrorCode>,
    pub identity_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UnprocessedIdentityId {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.error_code {
            m.push(("ErrorCode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_id {
            m.push(("IdentityId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UnprocessedIdentityId {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error_code: crate::codec::optional(m, "ErrorCode", crate::FromValue::from_value)?,
            identity_id: crate::codec::optional(m, "IdentityId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagResourceInput {
    pub resource_arn: ::std::string::String,
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for UntagResourceInput {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("ResourceArn", crate::ToValue::to_value(&self.resource_arn)));
        m.push((
            "TagKeys",
            crate::codec::list_to_value(&self.tag_keys, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UntagResourceInput {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_arn: crate::codec::required(m, "ResourceArn", crate::FromValue::from_value)?,
            tag_keys: crate::codec::required(m, "TagKeys", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagResourceResponse {}

impl crate::ToValue for UntagResourceResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UntagResourceResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}
