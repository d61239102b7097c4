//! The `sts` service: schema tables and typed shapes. Written by `scripts/codegen` from botocore 1.44.8; do not edit.

#![allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case)]

pub static SERVICE: crate::ServiceDef = crate::ServiceDef {
    name: "sts",
    protocol: crate::Protocol::Query,
    protocols: &["query"],
    api_version: "2011-06-15",
    target_prefix: None,
    json_version: None,
    xml_namespace: Some("https://sts.amazonaws.com/doc/2011-06-15/"),
    signing_name: "sts",
    endpoint_prefix: "sts",
    operations: &OPERATIONS,
    shapes: &SHAPES,
};

static OPERATIONS: [crate::OperationDef; 12] = [
    crate::OperationDef {
        name: "AssumeRole",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(0)),
        output: Some(crate::ShapeId(1)),
        result_wrapper: Some("AssumeRoleResult"),
        errors: &[
            crate::ShapeId(41),
            crate::ShapeId(45),
            crate::ShapeId(49),
            crate::ShapeId(13),
            crate::ShapeId(34),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AssumeRoleWithSAML",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(2)),
        output: Some(crate::ShapeId(3)),
        result_wrapper: Some("AssumeRoleWithSAMLResult"),
        errors: &[
            crate::ShapeId(41),
            crate::ShapeId(45),
            crate::ShapeId(31),
            crate::ShapeId(36),
            crate::ShapeId(13),
            crate::ShapeId(49),
        ],
        unsigned: true,
    },
    crate::OperationDef {
        name: "AssumeRoleWithWebIdentity",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(4)),
        output: Some(crate::ShapeId(5)),
        result_wrapper: Some("AssumeRoleWithWebIdentityResult"),
        errors: &[
            crate::ShapeId(41),
            crate::ShapeId(45),
            crate::ShapeId(31),
            crate::ShapeId(30),
            crate::ShapeId(36),
            crate::ShapeId(13),
            crate::ShapeId(49),
        ],
        unsigned: true,
    },
    crate::OperationDef {
        name: "AssumeRoot",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(6)),
        output: Some(crate::ShapeId(7)),
        result_wrapper: Some("AssumeRootResult"),
        errors: &[crate::ShapeId(49), crate::ShapeId(13)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DecodeAuthorizationMessage",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(11)),
        output: Some(crate::ShapeId(12)),
        result_wrapper: Some("DecodeAuthorizationMessageResult"),
        errors: &[crate::ShapeId(33)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetAccessKeyInfo",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(16)),
        output: Some(crate::ShapeId(17)),
        result_wrapper: Some("GetAccessKeyInfoResult"),
        errors: &[],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetCallerIdentity",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(18)),
        output: Some(crate::ShapeId(19)),
        result_wrapper: Some("GetCallerIdentityResult"),
        errors: &[],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetDelegatedAccessToken",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(20)),
        output: Some(crate::ShapeId(21)),
        result_wrapper: Some("GetDelegatedAccessTokenResult"),
        errors: &[crate::ShapeId(14), crate::ShapeId(49), crate::ShapeId(45)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetFederationToken",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(22)),
        output: Some(crate::ShapeId(23)),
        result_wrapper: Some("GetFederationTokenResult"),
        errors: &[crate::ShapeId(41), crate::ShapeId(45), crate::ShapeId(49)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetScopedCredentials",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(24)),
        output: Some(crate::ShapeId(25)),
        result_wrapper: Some("GetScopedCredentialsResult"),
        errors: &[
            crate::ShapeId(41),
            crate::ShapeId(45),
            crate::ShapeId(32),
            crate::ShapeId(37),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetSessionToken",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(26)),
        output: Some(crate::ShapeId(27)),
        result_wrapper: Some("GetSessionTokenResult"),
        errors: &[crate::ShapeId(49)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetWebIdentityToken",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(28)),
        output: Some(crate::ShapeId(29)),
        result_wrapper: Some("GetWebIdentityTokenResult"),
        errors: &[crate::ShapeId(53), crate::ShapeId(44), crate::ShapeId(40)],
        unsigned: false,
    },
];

static SHAPES: [crate::Shape; 125] = [
    crate::Shape {
        name: "AssumeRoleRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DurationSeconds",
                target: crate::ShapeId(92),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExternalId",
                target: crate::ShapeId(73),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MinimumSessionTokenSize",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Policy",
                target: crate::ShapeId(114),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyArns",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ProvidedContexts",
                target: crate::ShapeId(48),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleArn",
                target: crate::ShapeId(63),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleSessionName",
                target: crate::ShapeId(93),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SerialNumber",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceIdentity",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(106),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TokenCode",
                target: crate::ShapeId(108),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TransitiveTagKeys",
                target: crate::ShapeId(104),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssumeRoleResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssumedRoleUser",
                target: crate::ShapeId(8),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Credentials",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PackedPolicySize",
                target: crate::ShapeId(84),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenSize",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenUtilization",
                target: crate::ShapeId(102),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceIdentity",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssumeRoleWithSAMLRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DurationSeconds",
                target: crate::ShapeId(92),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MinimumSessionTokenSize",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Policy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyArns",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalArn",
                target: crate::ShapeId(63),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleArn",
                target: crate::ShapeId(63),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SAMLAssertion",
                target: crate::ShapeId(51),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssumeRoleWithSAMLResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssumedRoleUser",
                target: crate::ShapeId(8),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Audience",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Credentials",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Issuer",
                target: crate::ShapeId(39),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NameQualifier",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PackedPolicySize",
                target: crate::ShapeId(84),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenSize",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenUtilization",
                target: crate::ShapeId(102),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceIdentity",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Subject",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubjectType",
                target: crate::ShapeId(55),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustedIdentityPropagationContext",
                target: crate::ShapeId(59),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssumeRoleWithWebIdentityRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DurationSeconds",
                target: crate::ShapeId(92),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MinimumSessionTokenSize",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Policy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyArns",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ProviderId",
                target: crate::ShapeId(115),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleArn",
                target: crate::ShapeId(63),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleSessionName",
                target: crate::ShapeId(93),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "WebIdentityToken",
                target: crate::ShapeId(65),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssumeRoleWithWebIdentityResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssumedRoleUser",
                target: crate::ShapeId(8),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Audience",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Credentials",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PackedPolicySize",
                target: crate::ShapeId(84),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Provider",
                target: crate::ShapeId(39),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenSize",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenUtilization",
                target: crate::ShapeId(102),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceIdentity",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubjectFromWebIdentityToken",
                target: crate::ShapeId(118),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustedIdentityPropagationContext",
                target: crate::ShapeId(59),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssumeRootRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DurationSeconds",
                target: crate::ShapeId(50),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MinimumSessionTokenSize",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetPrincipal",
                target: crate::ShapeId(57),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TaskPolicyArn",
                target: crate::ShapeId(46),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssumeRootResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Credentials",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenSize",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenUtilization",
                target: crate::ShapeId(102),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceIdentity",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssumedRoleUser",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(63),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AssumedRoleId",
                target: crate::ShapeId(64),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Audience",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Credentials",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccessKeyId",
                target: crate::ShapeId(60),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Expiration",
                target: crate::ShapeId(67),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SecretAccessKey",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionToken",
                target: crate::ShapeId(109),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DecodeAuthorizationMessageRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "EncodedMessage",
            target: crate::ShapeId(70),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DecodeAuthorizationMessageResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DecodedMessage",
            target: crate::ShapeId(68),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExpiredTokenException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(71),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ExpiredTokenException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExpiredTradeInTokenException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(72),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ExpiredTradeInTokenException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FederatedUser",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(63),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FederatedUserId",
                target: crate::ShapeId(74),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetAccessKeyInfoRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccessKeyId",
            target: crate::ShapeId(60),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetAccessKeyInfoResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Account",
            target: crate::ShapeId(62),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetCallerIdentityRequest",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetCallerIdentityResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Account",
                target: crate::ShapeId(62),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(63),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserId",
                target: crate::ShapeId(116),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetDelegatedAccessTokenRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "TradeInToken",
            target: crate::ShapeId(110),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetDelegatedAccessTokenResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssumedPrincipal",
                target: crate::ShapeId(63),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Credentials",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PackedPolicySize",
                target: crate::ShapeId(84),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetFederationTokenRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DurationSeconds",
                target: crate::ShapeId(69),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MinimumSessionTokenSize",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(117),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Policy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyArns",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(106),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetFederationTokenResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Credentials",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FederatedUser",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PackedPolicySize",
                target: crate::ShapeId(84),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenSize",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenUtilization",
                target: crate::ShapeId(102),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetScopedCredentialsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DurationSeconds",
                target: crate::ShapeId(94),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MinimumSessionTokenSize",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Policy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ScopedSessionDescription",
                target: crate::ShapeId(96),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetScopedCredentialsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Credentials",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ScopedPoliciesCount",
                target: crate::ShapeId(95),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionInfo",
                target: crate::ShapeId(52),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenSize",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenUtilization",
                target: crate::ShapeId(102),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceIdentity",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetSessionTokenRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DurationSeconds",
                target: crate::ShapeId(69),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MinimumSessionTokenSize",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SerialNumber",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TokenCode",
                target: crate::ShapeId(108),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetSessionTokenResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Credentials",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenSize",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionTokenUtilization",
                target: crate::ShapeId(102),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetWebIdentityTokenRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Audience",
                target: crate::ShapeId(119),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DurationSeconds",
                target: crate::ShapeId(121),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Scope",
                target: crate::ShapeId(122),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SigningAlgorithm",
                target: crate::ShapeId(80),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubjectMode",
                target: crate::ShapeId(123),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(106),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetWebIdentityTokenResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Expiration",
                target: crate::ShapeId(67),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "WebIdentityToken",
                target: crate::ShapeId(124),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IDPCommunicationErrorException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(75),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "IDPCommunicationError",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IDPRejectedClaimException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(76),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "IDPRejectedClaim",
            http_status: 403,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsufficientSessionLifetimeException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(77),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InsufficientSessionLifetime",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidAuthorizationMessageException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(78),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidAuthorizationMessageException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidContextAssertionException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(35),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidContextAssertion",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidContextAssertionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidIdentityTokenException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(79),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidIdentityToken",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidSubjectCredentialsException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(38),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidSubjectCredentials",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidSubjectCredentialsMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Issuer",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "JWTPayloadSizeExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(81),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "JWTPayloadSizeExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MalformedPolicyDocumentException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(82),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "MalformedPolicyDocument",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NameQualifier",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OriginIdentity",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "FederatedProviderArn",
                target: crate::ShapeId(63),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Issuer",
                target: crate::ShapeId(85),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Subject",
                target: crate::ShapeId(86),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubjectType",
                target: crate::ShapeId(87),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OutboundWebIdentityFederationDisabledException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(88),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "OutboundWebIdentityFederationDisabledException",
            http_status: 403,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PackedPolicyTooLargeException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(89),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "PackedPolicyTooLarge",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyDescriptorType",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "arn",
            target: crate::ShapeId(63),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ProvidedContext",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ContextAssertion",
                target: crate::ShapeId(66),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ProviderArn",
                target: crate::ShapeId(63),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ProvidedContextsListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(47),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(5),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegionDisabledException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(91),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "RegionDisabledException",
            http_status: 403,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RootDurationSecondsType",
        kind: crate::ShapeKind::Integer,
        min: Some(0),
        max: Some(900),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SAMLAssertionType",
        kind: crate::ShapeKind::String,
        min: Some(4),
        max: Some(100000),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ScopedSession",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(63),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ScopedSessionId",
                target: crate::ShapeId(97),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SessionDurationEscalationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(99),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "SessionDurationEscalationException",
            http_status: 403,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Subject",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SubjectType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Tag",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Key",
                target: crate::ShapeId(105),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(107),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TargetPrincipalType",
        kind: crate::ShapeKind::String,
        min: Some(12),
        max: Some(2048),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TransactionContext",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "IdentityProvider",
            target: crate::ShapeId(111),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustedIdentityPropagationContext",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "OriginIdentity",
                target: crate::ShapeId(43),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TransactionContext",
                target: crate::ShapeId(58),
                ..crate::Member::EMPTY
            },
        ],
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "accessKeyIdType",
        kind: crate::ShapeKind::String,
        min: Some(16),
        max: Some(128),
        pattern: Some("[\\w]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "accessKeySecretType",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "accountType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "arnType",
        kind: crate::ShapeKind::String,
        min: Some(20),
        max: Some(2048),
        pattern: Some(
            "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "assumedRoleIdType",
        kind: crate::ShapeKind::String,
        min: Some(2),
        max: Some(193),
        pattern: Some("[\\w+=,.@:-]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "clientTokenType",
        kind: crate::ShapeKind::String,
        min: Some(4),
        max: Some(20000),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "contextAssertionType",
        kind: crate::ShapeKind::String,
        min: Some(4),
        max: Some(3072),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "dateType",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "decodedMessageType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "durationSecondsType",
        kind: crate::ShapeKind::Integer,
        min: Some(900),
        max: Some(129600),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "encodedMessageType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(10240),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "expiredIdentityTokenMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "expiredTradeInTokenExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "externalIdType",
        kind: crate::ShapeKind::String,
        min: Some(2),
        max: Some(1224),
        pattern: Some("[\\w+=,.@:\\/-]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "federatedIdType",
        kind: crate::ShapeKind::String,
        min: Some(2),
        max: Some(193),
        pattern: Some("[\\w+=,.@\\:-]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "idpCommunicationErrorMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "idpRejectedClaimMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "insufficientSessionLifetimeMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "invalidAuthorizationMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "invalidIdentityTokenMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "jwtAlgorithmType",
        kind: crate::ShapeKind::String,
        min: Some(5),
        max: Some(5),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "jwtPayloadSizeExceededException",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "malformedPolicyDocumentMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "minimumSessionTokenSizeType",
        kind: crate::ShapeKind::Integer,
        min: Some(0),
        max: Some(4096),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "nonNegativeIntegerType",
        kind: crate::ShapeKind::Integer,
        min: Some(0),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "originIdentityIssuerType",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "originIdentitySubjectType",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "originIdentitySubjectTypeType",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "outboundWebIdentityFederationDisabledException",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "packedPolicyTooLargeMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyDescriptorListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(46),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "regionDisabledMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "roleDurationSecondsType",
        kind: crate::ShapeKind::Integer,
        min: Some(900),
        max: Some(43200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "roleSessionNameType",
        kind: crate::ShapeKind::String,
        min: Some(2),
        max: Some(64),
        pattern: Some("[\\w+=,.@-]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "scopedCredentialDurationSecondsType",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(129600),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "scopedPoliciesCountType",
        kind: crate::ShapeKind::Integer,
        min: Some(0),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "scopedSessionDescriptionType",
        kind: crate::ShapeKind::String,
        min: Some(2),
        max: Some(256),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "scopedSessionIdType",
        kind: crate::ShapeKind::String,
        min: Some(2),
        max: Some(193),
        pattern: Some("[\\w+=,.@:-]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serialNumberType",
        kind: crate::ShapeKind::String,
        min: Some(9),
        max: Some(256),
        pattern: Some("[\\w+=/:,.@-]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "sessionDurationEscalationException",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "sessionPolicyDocumentType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(2048),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "sessionTokenSizeType",
        kind: crate::ShapeKind::Integer,
        min: Some(0),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "sessionTokenUtilizationType",
        kind: crate::ShapeKind::Integer,
        min: Some(0),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "sourceIdentityType",
        kind: crate::ShapeKind::String,
        min: Some(2),
        max: Some(256),
        pattern: Some("[\\w+=,.@-]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "tagKeyListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(105),
            ..crate::Member::EMPTY
        }),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "tagKeyType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "tagListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(56),
            ..crate::Member::EMPTY
        }),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "tagValueType",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(256),
        pattern: Some("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "tokenCodeType",
        kind: crate::ShapeKind::String,
        min: Some(6),
        max: Some(6),
        pattern: Some("[\\d]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "tokenType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "tradeInTokenType",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "transactionContextIdentityProviderMapType",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(112),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(113),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "transactionContextKeyType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "transactionContextValueType",
        kind: crate::ShapeKind::String,
        max: Some(128),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "unrestrictedSessionPolicyDocumentType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "urlType",
        kind: crate::ShapeKind::String,
        min: Some(4),
        max: Some(2048),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "userIdType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "userNameType",
        kind: crate::ShapeKind::String,
        min: Some(2),
        max: Some(32),
        pattern: Some("[\\w+=,.@-]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "webIdentitySubjectType",
        kind: crate::ShapeKind::String,
        min: Some(6),
        max: Some(255),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "webIdentityTokenAudienceListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(120),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "webIdentityTokenAudienceStringType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "webIdentityTokenDurationSecondsType",
        kind: crate::ShapeKind::Integer,
        min: Some(60),
        max: Some(3600),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "webIdentityTokenScopeType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(256),
        pattern: Some(
            "[\\x21\\x23-\\x2B\\x2D-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x2B\\x2D-\\x5B\\x5D-\\x7E]+)*",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "webIdentityTokenSubjectModeType",
        kind: crate::ShapeKind::String,
        enum_values: &["AWSIdentity", "OriginIdentity"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "webIdentityTokenType",
        kind: crate::ShapeKind::String,
        sensitive: true,
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
        "AssumeRoleRequest" => via::<AssumeRoleRequest>(value),
        "AssumeRoleResponse" => via::<AssumeRoleResponse>(value),
        "AssumeRoleWithSAMLRequest" => via::<AssumeRoleWithSAMLRequest>(value),
        "AssumeRoleWithSAMLResponse" => via::<AssumeRoleWithSAMLResponse>(value),
        "AssumeRoleWithWebIdentityRequest" => via::<AssumeRoleWithWebIdentityRequest>(value),
        "AssumeRoleWithWebIdentityResponse" => via::<AssumeRoleWithWebIdentityResponse>(value),
        "AssumeRootRequest" => via::<AssumeRootRequest>(value),
        "AssumeRootResponse" => via::<AssumeRootResponse>(value),
        "AssumedRoleUser" => via::<AssumedRoleUser>(value),
        "Credentials" => via::<Credentials>(value),
        "DecodeAuthorizationMessageRequest" => via::<DecodeAuthorizationMessageRequest>(value),
        "DecodeAuthorizationMessageResponse" => via::<DecodeAuthorizationMessageResponse>(value),
        "ExpiredTokenException" => via::<ExpiredTokenException>(value),
        "ExpiredTradeInTokenException" => via::<ExpiredTradeInTokenException>(value),
        "FederatedUser" => via::<FederatedUser>(value),
        "GetAccessKeyInfoRequest" => via::<GetAccessKeyInfoRequest>(value),
        "GetAccessKeyInfoResponse" => via::<GetAccessKeyInfoResponse>(value),
        "GetCallerIdentityRequest" => via::<GetCallerIdentityRequest>(value),
        "GetCallerIdentityResponse" => via::<GetCallerIdentityResponse>(value),
        "GetDelegatedAccessTokenRequest" => via::<GetDelegatedAccessTokenRequest>(value),
        "GetDelegatedAccessTokenResponse" => via::<GetDelegatedAccessTokenResponse>(value),
        "GetFederationTokenRequest" => via::<GetFederationTokenRequest>(value),
        "GetFederationTokenResponse" => via::<GetFederationTokenResponse>(value),
        "GetScopedCredentialsRequest" => via::<GetScopedCredentialsRequest>(value),
        "GetScopedCredentialsResponse" => via::<GetScopedCredentialsResponse>(value),
        "GetSessionTokenRequest" => via::<GetSessionTokenRequest>(value),
        "GetSessionTokenResponse" => via::<GetSessionTokenResponse>(value),
        "GetWebIdentityTokenRequest" => via::<GetWebIdentityTokenRequest>(value),
        "GetWebIdentityTokenResponse" => via::<GetWebIdentityTokenResponse>(value),
        "IDPCommunicationErrorException" => via::<IDPCommunicationErrorException>(value),
        "IDPRejectedClaimException" => via::<IDPRejectedClaimException>(value),
        "InsufficientSessionLifetimeException" => {
            via::<InsufficientSessionLifetimeException>(value)
        }
        "InvalidAuthorizationMessageException" => {
            via::<InvalidAuthorizationMessageException>(value)
        }
        "InvalidContextAssertionException" => via::<InvalidContextAssertionException>(value),
        "InvalidIdentityTokenException" => via::<InvalidIdentityTokenException>(value),
        "InvalidSubjectCredentialsException" => via::<InvalidSubjectCredentialsException>(value),
        "JWTPayloadSizeExceededException" => via::<JWTPayloadSizeExceededException>(value),
        "MalformedPolicyDocumentException" => via::<MalformedPolicyDocumentException>(value),
        "OriginIdentity" => via::<OriginIdentity>(value),
        "OutboundWebIdentityFederationDisabledException" => {
            via::<OutboundWebIdentityFederationDisabledException>(value)
        }
        "PackedPolicyTooLargeException" => via::<PackedPolicyTooLargeException>(value),
        "PolicyDescriptorType" => via::<PolicyDescriptorType>(value),
        "ProvidedContext" => via::<ProvidedContext>(value),
        "RegionDisabledException" => via::<RegionDisabledException>(value),
        "ScopedSession" => via::<ScopedSession>(value),
        "SessionDurationEscalationException" => via::<SessionDurationEscalationException>(value),
        "Tag" => via::<Tag>(value),
        "TransactionContext" => via::<TransactionContext>(value),
        "TrustedIdentityPropagationContext" => via::<TrustedIdentityPropagationContext>(value),
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssumeRoleRequest {
    pub duration_seconds: ::std::option::Option<i32>,
    pub external_id: ::std::option::Option<::std::string::String>,
    pub minimum_session_token_size: ::std::option::Option<i32>,
    pub policy: ::std::option::Option<::std::string::String>,
    pub policy_arns: ::std::option::Option<::std::vec::Vec<PolicyDescriptorType>>,
    pub provided_contexts: ::std::option::Option<::std::vec::Vec<ProvidedContext>>,
    pub role_arn: ::std::string::String,
    pub role_session_name: ::std::string::String,
    pub serial_number: ::std::option::Option<::std::string::String>,
    pub source_identity: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub token_code: ::std::option::Option<::std::string::String>,
    pub transitive_tag_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for AssumeRoleRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(13);
        if let Some(x) = &self.duration_seconds {
            m.push(("DurationSeconds", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.external_id {
            m.push(("ExternalId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.minimum_session_token_size {
            m.push(("MinimumSessionTokenSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy {
            m.push(("Policy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_arns {
            m.push((
                "PolicyArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.provided_contexts {
            m.push((
                "ProvidedContexts",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("RoleArn", crate::ToValue::to_value(&self.role_arn)));
        m.push((
            "RoleSessionName",
            crate::ToValue::to_value(&self.role_session_name),
        ));
        if let Some(x) = &self.serial_number {
            m.push(("SerialNumber", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source_identity {
            m.push(("SourceIdentity", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.token_code {
            m.push(("TokenCode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.transitive_tag_keys {
            m.push((
                "TransitiveTagKeys",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssumeRoleRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            duration_seconds: crate::codec::optional(
                m,
                "DurationSeconds",
                crate::FromValue::from_value,
            )?,
            external_id: crate::codec::optional(m, "ExternalId", crate::FromValue::from_value)?,
            minimum_session_token_size: crate::codec::optional(
                m,
                "MinimumSessionTokenSize",
                crate::FromValue::from_value,
            )?,
            policy: crate::codec::optional(m, "Policy", crate::FromValue::from_value)?,
            policy_arns: crate::codec::optional(m, "PolicyArns", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            provided_contexts: crate::codec::optional(
                m,
                "ProvidedContexts",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            role_arn: crate::codec::required(m, "RoleArn", crate::FromValue::from_value)?,
            role_session_name: crate::codec::required(
                m,
                "RoleSessionName",
                crate::FromValue::from_value,
            )?,
            serial_number: crate::codec::optional(m, "SerialNumber", crate::FromValue::from_value)?,
            source_identity: crate::codec::optional(
                m,
                "SourceIdentity",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            token_code: crate::codec::optional(m, "TokenCode", crate::FromValue::from_value)?,
            transitive_tag_keys: crate::codec::optional(
                m,
                "TransitiveTagKeys",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssumeRoleResponse {
    pub assumed_role_user: ::std::option::Option<AssumedRoleUser>,
    pub credentials: ::std::option::Option<Credentials>,
    pub packed_policy_size: ::std::option::Option<i32>,
    pub session_token_size: ::std::option::Option<i32>,
    pub session_token_utilization: ::std::option::Option<i32>,
    pub source_identity: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for AssumeRoleResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.assumed_role_user {
            m.push(("AssumedRoleUser", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.credentials {
            m.push(("Credentials", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.packed_policy_size {
            m.push(("PackedPolicySize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_size {
            m.push(("SessionTokenSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_utilization {
            m.push(("SessionTokenUtilization", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source_identity {
            m.push(("SourceIdentity", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssumeRoleResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assumed_role_user: crate::codec::optional(
                m,
                "AssumedRoleUser",
                crate::FromValue::from_value,
            )?,
            credentials: crate::codec::optional(m, "Credentials", crate::FromValue::from_value)?,
            packed_policy_size: crate::codec::optional(
                m,
                "PackedPolicySize",
                crate::FromValue::from_value,
            )?,
            session_token_size: crate::codec::optional(
                m,
                "SessionTokenSize",
                crate::FromValue::from_value,
            )?,
            session_token_utilization: crate::codec::optional(
                m,
                "SessionTokenUtilization",
                crate::FromValue::from_value,
            )?,
            source_identity: crate::codec::optional(
                m,
                "SourceIdentity",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct AssumeRoleWithSAMLRequest {
    pub duration_seconds: ::std::option::Option<i32>,
    pub minimum_session_token_size: ::std::option::Option<i32>,
    pub policy: ::std::option::Option<::std::string::String>,
    pub policy_arns: ::std::option::Option<::std::vec::Vec<PolicyDescriptorType>>,
    pub principal_arn: ::std::string::String,
    pub role_arn: ::std::string::String,
    pub saml_assertion: ::std::string::String,
}

impl ::std::fmt::Debug for AssumeRoleWithSAMLRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssumeRoleWithSAMLRequest")
            .field("duration_seconds", &self.duration_seconds)
            .field(
                "minimum_session_token_size",
                &self.minimum_session_token_size,
            )
            .field("policy", &self.policy)
            .field("policy_arns", &self.policy_arns)
            .field("principal_arn", &self.principal_arn)
            .field("role_arn", &self.role_arn)
            .field("saml_assertion", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for AssumeRoleWithSAMLRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.duration_seconds {
            m.push(("DurationSeconds", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.minimum_session_token_size {
            m.push(("MinimumSessionTokenSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy {
            m.push(("Policy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_arns {
            m.push((
                "PolicyArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "PrincipalArn",
            crate::ToValue::to_value(&self.principal_arn),
        ));
        m.push(("RoleArn", crate::ToValue::to_value(&self.role_arn)));
        m.push((
            "SAMLAssertion",
            crate::ToValue::to_value(&self.saml_assertion),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssumeRoleWithSAMLRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            duration_seconds: crate::codec::optional(
                m,
                "DurationSeconds",
                crate::FromValue::from_value,
            )?,
            minimum_session_token_size: crate::codec::optional(
                m,
                "MinimumSessionTokenSize",
                crate::FromValue::from_value,
            )?,
            policy: crate::codec::optional(m, "Policy", crate::FromValue::from_value)?,
            policy_arns: crate::codec::optional(m, "PolicyArns", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            principal_arn: crate::codec::required(m, "PrincipalArn", crate::FromValue::from_value)?,
            role_arn: crate::codec::required(m, "RoleArn", crate::FromValue::from_value)?,
            saml_assertion: crate::codec::required(
                m,
                "SAMLAssertion",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct AssumeRoleWithSAMLResponse {
    pub assumed_role_user: ::std::option::Option<AssumedRoleUser>,
    pub audience: ::std::option::Option<::std::string::String>,
    pub credentials: ::std::option::Option<Credentials>,
    pub issuer: ::std::option::Option<::std::string::String>,
    pub name_qualifier: ::std::option::Option<::std::string::String>,
    pub packed_policy_size: ::std::option::Option<i32>,
    pub session_token_size: ::std::option::Option<i32>,
    pub session_token_utilization: ::std::option::Option<i32>,
    pub source_identity: ::std::option::Option<::std::string::String>,
    pub subject: ::std::option::Option<::std::string::String>,
    pub subject_type: ::std::option::Option<::std::string::String>,
    pub trusted_identity_propagation_context:
        ::std::option::Option<TrustedIdentityPropagationContext>,
}

impl ::std::fmt::Debug for AssumeRoleWithSAMLResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssumeRoleWithSAMLResponse")
            .field("assumed_role_user", &self.assumed_role_user)
            .field("audience", &self.audience)
            .field("credentials", &self.credentials)
            .field("issuer", &self.issuer)
            .field("name_qualifier", &self.name_qualifier)
            .field("packed_policy_size", &self.packed_policy_size)
            .field("session_token_size", &self.session_token_size)
            .field("session_token_utilization", &self.session_token_utilization)
            .field("source_identity", &self.source_identity)
            .field("subject", &self.subject)
            .field("subject_type", &self.subject_type)
            .field("trusted_identity_propagation_context", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for AssumeRoleWithSAMLResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(12);
        if let Some(x) = &self.assumed_role_user {
            m.push(("AssumedRoleUser", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.audience {
            m.push(("Audience", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.credentials {
            m.push(("Credentials", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.issuer {
            m.push(("Issuer", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name_qualifier {
            m.push(("NameQualifier", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.packed_policy_size {
            m.push(("PackedPolicySize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_size {
            m.push(("SessionTokenSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_utilization {
            m.push(("SessionTokenUtilization", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source_identity {
            m.push(("SourceIdentity", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subject {
            m.push(("Subject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subject_type {
            m.push(("SubjectType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trusted_identity_propagation_context {
            m.push((
                "TrustedIdentityPropagationContext",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssumeRoleWithSAMLResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assumed_role_user: crate::codec::optional(
                m,
                "AssumedRoleUser",
                crate::FromValue::from_value,
            )?,
            audience: crate::codec::optional(m, "Audience", crate::FromValue::from_value)?,
            credentials: crate::codec::optional(m, "Credentials", crate::FromValue::from_value)?,
            issuer: crate::codec::optional(m, "Issuer", crate::FromValue::from_value)?,
            name_qualifier: crate::codec::optional(
                m,
                "NameQualifier",
                crate::FromValue::from_value,
            )?,
            packed_policy_size: crate::codec::optional(
                m,
                "PackedPolicySize",
                crate::FromValue::from_value,
            )?,
            session_token_size: crate::codec::optional(
                m,
                "SessionTokenSize",
                crate::FromValue::from_value,
            )?,
            session_token_utilization: crate::codec::optional(
                m,
                "SessionTokenUtilization",
                crate::FromValue::from_value,
            )?,
            source_identity: crate::codec::optional(
                m,
                "SourceIdentity",
                crate::FromValue::from_value,
            )?,
            subject: crate::codec::optional(m, "Subject", crate::FromValue::from_value)?,
            subject_type: crate::codec::optional(m, "SubjectType", crate::FromValue::from_value)?,
            trusted_identity_propagation_context: crate::codec::optional(
                m,
                "TrustedIdentityPropagationContext",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct AssumeRoleWithWebIdentityRequest {
    pub duration_seconds: ::std::option::Option<i32>,
    pub minimum_session_token_size: ::std::option::Option<i32>,
    pub policy: ::std::option::Option<::std::string::String>,
    pub policy_arns: ::std::option::Option<::std::vec::Vec<PolicyDescriptorType>>,
    pub provider_id: ::std::option::Option<::std::string::String>,
    pub role_arn: ::std::string::String,
    pub role_session_name: ::std::string::String,
    pub web_identity_token: ::std::string::String,
}

impl ::std::fmt::Debug for AssumeRoleWithWebIdentityRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssumeRoleWithWebIdentityRequest")
            .field("duration_seconds", &self.duration_seconds)
            .field(
                "minimum_session_token_size",
                &self.minimum_session_token_size,
            )
            .field("policy", &self.policy)
            .field("policy_arns", &self.policy_arns)
            .field("provider_id", &self.provider_id)
            .field("role_arn", &self.role_arn)
            .field("role_session_name", &self.role_session_name)
            .field("web_identity_token", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for AssumeRoleWithWebIdentityRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.duration_seconds {
            m.push(("DurationSeconds", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.minimum_session_token_size {
            m.push(("MinimumSessionTokenSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy {
            m.push(("Policy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_arns {
            m.push((
                "PolicyArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.provider_id {
            m.push(("ProviderId", crate::ToValue::to_value(x)));
        }
        m.push(("RoleArn", crate::ToValue::to_value(&self.role_arn)));
        m.push((
            "RoleSessionName",
            crate::ToValue::to_value(&self.role_session_name),
        ));
        m.push((
            "WebIdentityToken",
            crate::ToValue::to_value(&self.web_identity_token),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssumeRoleWithWebIdentityRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            duration_seconds: crate::codec::optional(
                m,
                "DurationSeconds",
                crate::FromValue::from_value,
            )?,
            minimum_session_token_size: crate::codec::optional(
                m,
                "MinimumSessionTokenSize",
                crate::FromValue::from_value,
            )?,
            policy: crate::codec::optional(m, "Policy", crate::FromValue::from_value)?,
            policy_arns: crate::codec::optional(m, "PolicyArns", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            provider_id: crate::codec::optional(m, "ProviderId", crate::FromValue::from_value)?,
            role_arn: crate::codec::required(m, "RoleArn", crate::FromValue::from_value)?,
            role_session_name: crate::codec::required(
                m,
                "RoleSessionName",
                crate::FromValue::from_value,
            )?,
            web_identity_token: crate::codec::required(
                m,
                "WebIdentityToken",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct AssumeRoleWithWebIdentityResponse {
    pub assumed_role_user: ::std::option::Option<AssumedRoleUser>,
    pub audience: ::std::option::Option<::std::string::String>,
    pub credentials: ::std::option::Option<Credentials>,
    pub packed_policy_size: ::std::option::Option<i32>,
    pub provider: ::std::option::Option<::std::string::String>,
    pub session_token_size: ::std::option::Option<i32>,
    pub session_token_utilization: ::std::option::Option<i32>,
    pub source_identity: ::std::option::Option<::std::string::String>,
    pub subject_from_web_identity_token: ::std::option::Option<::std::string::String>,
    pub trusted_identity_propagation_context:
        ::std::option::Option<TrustedIdentityPropagationContext>,
}

impl ::std::fmt::Debug for AssumeRoleWithWebIdentityResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssumeRoleWithWebIdentityResponse")
            .field("assumed_role_user", &self.assumed_role_user)
            .field("audience", &self.audience)
            .field("credentials", &self.credentials)
            .field("packed_policy_size", &self.packed_policy_size)
            .field("provider", &self.provider)
            .field("session_token_size", &self.session_token_size)
            .field("session_token_utilization", &self.session_token_utilization)
            .field("source_identity", &self.source_identity)
            .field(
                "subject_from_web_identity_token",
                &self.subject_from_web_identity_token,
            )
            .field("trusted_identity_propagation_context", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for AssumeRoleWithWebIdentityResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(10);
        if let Some(x) = &self.assumed_role_user {
            m.push(("AssumedRoleUser", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.audience {
            m.push(("Audience", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.credentials {
            m.push(("Credentials", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.packed_policy_size {
            m.push(("PackedPolicySize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.provider {
            m.push(("Provider", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_size {
            m.push(("SessionTokenSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_utilization {
            m.push(("SessionTokenUtilization", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source_identity {
            m.push(("SourceIdentity", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subject_from_web_identity_token {
            m.push(("SubjectFromWebIdentityToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trusted_identity_propagation_context {
            m.push((
                "TrustedIdentityPropagationContext",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssumeRoleWithWebIdentityResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assumed_role_user: crate::codec::optional(
                m,
                "AssumedRoleUser",
                crate::FromValue::from_value,
            )?,
            audience: crate::codec::optional(m, "Audience", crate::FromValue::from_value)?,
            credentials: crate::codec::optional(m, "Credentials", crate::FromValue::from_value)?,
            packed_policy_size: crate::codec::optional(
                m,
                "PackedPolicySize",
                crate::FromValue::from_value,
            )?,
            provider: crate::codec::optional(m, "Provider", crate::FromValue::from_value)?,
            session_token_size: crate::codec::optional(
                m,
                "SessionTokenSize",
                crate::FromValue::from_value,
            )?,
            session_token_utilization: crate::codec::optional(
                m,
                "SessionTokenUtilization",
                crate::FromValue::from_value,
            )?,
            source_identity: crate::codec::optional(
                m,
                "SourceIdentity",
                crate::FromValue::from_value,
            )?,
            subject_from_web_identity_token: crate::codec::optional(
                m,
                "SubjectFromWebIdentityToken",
                crate::FromValue::from_value,
            )?,
            trusted_identity_propagation_context: crate::codec::optional(
                m,
                "TrustedIdentityPropagationContext",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssumeRootRequest {
    pub duration_seconds: ::std::option::Option<i32>,
    pub minimum_session_token_size: ::std::option::Option<i32>,
    pub target_principal: ::std::string::String,
    pub task_policy_arn: PolicyDescriptorType,
}

impl crate::ToValue for AssumeRootRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.duration_seconds {
            m.push(("DurationSeconds", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.minimum_session_token_size {
            m.push(("MinimumSessionTokenSize", crate::ToValue::to_value(x)));
        }
        m.push((
            "TargetPrincipal",
            crate::ToValue::to_value(&self.target_principal),
        ));
        m.push((
            "TaskPolicyArn",
            crate::ToValue::to_value(&self.task_policy_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssumeRootRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            duration_seconds: crate::codec::optional(
                m,
                "DurationSeconds",
                crate::FromValue::from_value,
            )?,
            minimum_session_token_size: crate::codec::optional(
                m,
                "MinimumSessionTokenSize",
                crate::FromValue::from_value,
            )?,
            target_principal: crate::codec::required(
                m,
                "TargetPrincipal",
                crate::FromValue::from_value,
            )?,
            task_policy_arn: crate::codec::required(
                m,
                "TaskPolicyArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssumeRootResponse {
    pub credentials: ::std::option::Option<Credentials>,
    pub session_token_size: ::std::option::Option<i32>,
    pub session_token_utilization: ::std::option::Option<i32>,
    pub source_identity: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for AssumeRootResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.credentials {
            m.push(("Credentials", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_size {
            m.push(("SessionTokenSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_utilization {
            m.push(("SessionTokenUtilization", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source_identity {
            m.push(("SourceIdentity", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssumeRootResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            credentials: crate::codec::optional(m, "Credentials", crate::FromValue::from_value)?,
            session_token_size: crate::codec::optional(
                m,
                "SessionTokenSize",
                crate::FromValue::from_value,
            )?,
            session_token_utilization: crate::codec::optional(
                m,
                "SessionTokenUtilization",
                crate::FromValue::from_value,
            )?,
            source_identity: crate::codec::optional(
                m,
                "SourceIdentity",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssumedRoleUser {
    pub arn: ::std::string::String,
    pub assumed_role_id: ::std::string::String,
}

impl crate::ToValue for AssumedRoleUser {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Arn", crate::ToValue::to_value(&self.arn)));
        m.push((
            "AssumedRoleId",
            crate::ToValue::to_value(&self.assumed_role_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssumedRoleUser {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::required(m, "Arn", crate::FromValue::from_value)?,
            assumed_role_id: crate::codec::required(
                m,
                "AssumedRoleId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct Credentials {
    pub access_key_id: ::std::string::String,
    pub expiration: crate::Timestamp,
    pub secret_access_key: ::std::string::String,
    pub session_token: ::std::string::String,
}

impl ::std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("expiration", &self.expiration)
            .field("secret_access_key", &"<redacted>")
            .field("session_token", &self.session_token)
            .finish()
    }
}

impl crate::ToValue for Credentials {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("AccessKeyId", crate::ToValue::to_value(&self.access_key_id)));
        m.push(("Expiration", crate::ToValue::to_value(&self.expiration)));
        m.push((
            "SecretAccessKey",
            crate::ToValue::to_value(&self.secret_access_key),
        ));
        m.push((
            "SessionToken",
            crate::ToValue::to_value(&self.session_token),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Credentials {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_key_id: crate::codec::required(m, "AccessKeyId", crate::FromValue::from_value)?,
            expiration: crate::codec::required(m, "Expiration", crate::FromValue::from_value)?,
            secret_access_key: crate::codec::required(
                m,
                "SecretAccessKey",
                crate::FromValue::from_value,
            )?,
            session_token: crate::codec::required(m, "SessionToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DecodeAuthorizationMessageRequest {
    pub encoded_message: ::std::string::String,
}

impl crate::ToValue for DecodeAuthorizationMessageRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "EncodedMessage",
            crate::ToValue::to_value(&self.encoded_message),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DecodeAuthorizationMessageRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            encoded_message: crate::codec::required(
                m,
                "EncodedMessage",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DecodeAuthorizationMessageResponse {
    pub decoded_message: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DecodeAuthorizationMessageResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.decoded_message {
            m.push(("DecodedMessage", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DecodeAuthorizationMessageResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            decoded_message: crate::codec::optional(
                m,
                "DecodedMessage",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExpiredTokenException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ExpiredTokenException {
    pub const CODE: &'static str = "ExpiredTokenException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ExpiredTokenException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ExpiredTokenException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExpiredTradeInTokenException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ExpiredTradeInTokenException {
    pub const CODE: &'static str = "ExpiredTradeInTokenException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ExpiredTradeInTokenException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ExpiredTradeInTokenException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FederatedUser {
    pub arn: ::std::string::String,
    pub federated_user_id: ::std::string::String,
}

impl crate::ToValue for FederatedUser {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Arn", crate::ToValue::to_value(&self.arn)));
        m.push((
            "FederatedUserId",
            crate::ToValue::to_value(&self.federated_user_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for FederatedUser {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::required(m, "Arn", crate::FromValue::from_value)?,
            federated_user_id: crate::codec::required(
                m,
                "FederatedUserId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccessKeyInfoRequest {
    pub access_key_id: ::std::string::String,
}

impl crate::ToValue for GetAccessKeyInfoRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("AccessKeyId", crate::ToValue::to_value(&self.access_key_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetAccessKeyInfoRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_key_id: crate::codec::required(m, "AccessKeyId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccessKeyInfoResponse {
    pub account: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetAccessKeyInfoResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.account {
            m.push(("Account", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetAccessKeyInfoResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account: crate::codec::optional(m, "Account", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCallerIdentityRequest {}

impl crate::ToValue for GetCallerIdentityRequest {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for GetCallerIdentityRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCallerIdentityResponse {
    pub account: ::std::option::Option<::std::string::String>,
    pub arn: ::std::option::Option<::std::string::String>,
    pub user_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetCallerIdentityResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.account {
            m.push(("Account", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_id {
            m.push(("UserId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetCallerIdentityResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account: crate::codec::optional(m, "Account", crate::FromValue::from_value)?,
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            user_id: crate::codec::optional(m, "UserId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct GetDelegatedAccessTokenRequest {
    pub trade_in_token: ::std::string::String,
}

impl ::std::fmt::Debug for GetDelegatedAccessTokenRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDelegatedAccessTokenRequest")
            .field("trade_in_token", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for GetDelegatedAccessTokenRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "TradeInToken",
            crate::ToValue::to_value(&self.trade_in_token),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetDelegatedAccessTokenRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trade_in_token: crate::codec::required(
                m,
                "TradeInToken",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDelegatedAccessTokenResponse {
    pub assumed_principal: ::std::option::Option<::std::string::String>,
    pub credentials: ::std::option::Option<Credentials>,
    pub packed_policy_size: ::std::option::Option<i32>,
}

impl crate::ToValue for GetDelegatedAccessTokenResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.assumed_principal {
            m.push(("AssumedPrincipal", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.credentials {
            m.push(("Credentials", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.packed_policy_size {
            m.push(("PackedPolicySize", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetDelegatedAccessTokenResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assumed_principal: crate::codec::optional(
                m,
                "AssumedPrincipal",
                crate::FromValue::from_value,
            )?,
            credentials: crate::codec::optional(m, "Credentials", crate::FromValue::from_value)?,
            packed_policy_size: crate::codec::optional(
                m,
                "PackedPolicySize",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetFederationTokenRequest {
    pub duration_seconds: ::std::option::Option<i32>,
    pub minimum_session_token_size: ::std::option::Option<i32>,
    pub name: ::std::string::String,
    pub policy: ::std::option::Option<::std::string::String>,
    pub policy_arns: ::std::option::Option<::std::vec::Vec<PolicyDescriptorType>>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for GetFederationTokenRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.duration_seconds {
            m.push(("DurationSeconds", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.minimum_session_token_size {
            m.push(("MinimumSessionTokenSize", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.policy {
            m.push(("Policy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_arns {
            m.push((
                "PolicyArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetFederationTokenRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            duration_seconds: crate::codec::optional(
                m,
                "DurationSeconds",
                crate::FromValue::from_value,
            )?,
            minimum_session_token_size: crate::codec::optional(
                m,
                "MinimumSessionTokenSize",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            policy: crate::codec::optional(m, "Policy", crate::FromValue::from_value)?,
            policy_arns: crate::codec::optional(m, "PolicyArns", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetFederationTokenResponse {
    pub credentials: ::std::option::Option<Credentials>,
    pub federated_user: ::std::option::Option<FederatedUser>,
    pub packed_policy_size: ::std::option::Option<i32>,
    pub session_token_size: ::std::option::Option<i32>,
    pub session_token_utilization: ::std::option::Option<i32>,
}

impl crate::ToValue for GetFederationTokenResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.credentials {
            m.push(("Credentials", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.federated_user {
            m.push(("FederatedUser", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.packed_policy_size {
            m.push(("PackedPolicySize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_size {
            m.push(("SessionTokenSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_utilization {
            m.push(("SessionTokenUtilization", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetFederationTokenResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            credentials: crate::codec::optional(m, "Credentials", crate::FromValue::from_value)?,
            federated_user: crate::codec::optional(
                m,
                "FederatedUser",
                crate::FromValue::from_value,
            )?,
            packed_policy_size: crate::codec::optional(
                m,
                "PackedPolicySize",
                crate::FromValue::from_value,
            )?,
            session_token_size: crate::codec::optional(
                m,
                "SessionTokenSize",
                crate::FromValue::from_value,
            )?,
            session_token_utilization: crate::codec::optional(
                m,
                "SessionTokenUtilization",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetScopedCredentialsRequest {
    pub duration_seconds: ::std::option::Option<i32>,
    pub minimum_session_token_size: ::std::option::Option<i32>,
    pub policy: ::std::option::Option<::std::string::String>,
    pub scoped_session_description: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetScopedCredentialsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.duration_seconds {
            m.push(("DurationSeconds", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.minimum_session_token_size {
            m.push(("MinimumSessionTokenSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy {
            m.push(("Policy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.scoped_session_description {
            m.push(("ScopedSessionDescription", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetScopedCredentialsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            duration_seconds: crate::codec::optional(
                m,
                "DurationSeconds",
                crate::FromValue::from_value,
            )?,
            minimum_session_token_size: crate::codec::optional(
                m,
                "MinimumSessionTokenSize",
                crate::FromValue::from_value,
            )?,
            policy: crate::codec::optional(m, "Policy", crate::FromValue::from_value)?,
            scoped_session_description: crate::codec::optional(
                m,
                "ScopedSessionDescription",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetScopedCredentialsResponse {
    pub credentials: ::std::option::Option<Credentials>,
    pub scoped_policies_count: ::std::option::Option<i32>,
    pub session_info: ::std::option::Option<ScopedSession>,
    pub session_token_size: ::std::option::Option<i32>,
    pub session_token_utilization: ::std::option::Option<i32>,
    pub source_identity: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetScopedCredentialsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.credentials {
            m.push(("Credentials", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.scoped_policies_count {
            m.push(("ScopedPoliciesCount", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_info {
            m.push(("SessionInfo", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_size {
            m.push(("SessionTokenSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_utilization {
            m.push(("SessionTokenUtilization", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source_identity {
            m.push(("SourceIdentity", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetScopedCredentialsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            credentials: crate::codec::optional(m, "Credentials", crate::FromValue::from_value)?,
            scoped_policies_count: crate::codec::optional(
                m,
                "ScopedPoliciesCount",
                crate::FromValue::from_value,
            )?,
            session_info: crate::codec::optional(m, "SessionInfo", crate::FromValue::from_value)?,
            session_token_size: crate::codec::optional(
                m,
                "SessionTokenSize",
                crate::FromValue::from_value,
            )?,
            session_token_utilization: crate::codec::optional(
                m,
                "SessionTokenUtilization",
                crate::FromValue::from_value,
            )?,
            source_identity: crate::codec::optional(
                m,
                "SourceIdentity",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSessionTokenRequest {
    pub duration_seconds: ::std::option::Option<i32>,
    pub minimum_session_token_size: ::std::option::Option<i32>,
    pub serial_number: ::std::option::Option<::std::string::String>,
    pub token_code: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetSessionTokenRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.duration_seconds {
            m.push(("DurationSeconds", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.minimum_session_token_size {
            m.push(("MinimumSessionTokenSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.serial_number {
            m.push(("SerialNumber", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.token_code {
            m.push(("TokenCode", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetSessionTokenRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            duration_seconds: crate::codec::optional(
                m,
                "DurationSeconds",
                crate::FromValue::from_value,
            )?,
            minimum_session_token_size: crate::codec::optional(
                m,
                "MinimumSessionTokenSize",
                crate::FromValue::from_value,
            )?,
            serial_number: crate::codec::optional(m, "SerialNumber", crate::FromValue::from_value)?,
            token_code: crate::codec::optional(m, "TokenCode", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSessionTokenResponse {
    pub credentials: ::std::option::Option<Credentials>,
    pub session_token_size: ::std::option::Option<i32>,
    pub session_token_utilization: ::std::option::Option<i32>,
}

impl crate::ToValue for GetSessionTokenResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.credentials {
            m.push(("Credentials", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_size {
            m.push(("SessionTokenSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_token_utilization {
            m.push(("SessionTokenUtilization", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetSessionTokenResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            credentials: crate::codec::optional(m, "Credentials", crate::FromValue::from_value)?,
            session_token_size: crate::codec::optional(
                m,
                "SessionTokenSize",
                crate::FromValue::from_value,
            )?,
            session_token_utilization: crate::codec::optional(
                m,
                "SessionTokenUtilization",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWebIdentityTokenRequest {
    pub audience: ::std::vec::Vec<::std::string::String>,
    pub duration_seconds: ::std::option::Option<i32>,
    pub scope: ::std::option::Option<::std::string::String>,
    pub signing_algorithm: ::std::string::String,
    pub subject_mode: ::std::option::Option<WebIdentityTokenSubjectModeType>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for GetWebIdentityTokenRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        m.push((
            "Audience",
            crate::codec::list_to_value(&self.audience, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.duration_seconds {
            m.push(("DurationSeconds", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.scope {
            m.push(("Scope", crate::ToValue::to_value(x)));
        }
        m.push((
            "SigningAlgorithm",
            crate::ToValue::to_value(&self.signing_algorithm),
        ));
        if let Some(x) = &self.subject_mode {
            m.push(("SubjectMode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetWebIdentityTokenRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            audience: crate::codec::required(m, "Audience", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            duration_seconds: crate::codec::optional(
                m,
                "DurationSeconds",
                crate::FromValue::from_value,
            )?,
            scope: crate::codec::optional(m, "Scope", crate::FromValue::from_value)?,
            signing_algorithm: crate::codec::required(
                m,
                "SigningAlgorithm",
                crate::FromValue::from_value,
            )?,
            subject_mode: crate::codec::optional(m, "SubjectMode", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct GetWebIdentityTokenResponse {
    pub expiration: ::std::option::Option<crate::Timestamp>,
    pub web_identity_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for GetWebIdentityTokenResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetWebIdentityTokenResponse")
            .field("expiration", &self.expiration)
            .field("web_identity_token", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for GetWebIdentityTokenResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.expiration {
            m.push(("Expiration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.web_identity_token {
            m.push(("WebIdentityToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetWebIdentityTokenResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            expiration: crate::codec::optional(m, "Expiration", crate::FromValue::from_value)?,
            web_identity_token: crate::codec::optional(
                m,
                "WebIdentityToken",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IDPCommunicationErrorException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl IDPCommunicationErrorException {
    pub const CODE: &'static str = "IDPCommunicationError";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for IDPCommunicationErrorException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IDPCommunicationErrorException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IDPRejectedClaimException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl IDPRejectedClaimException {
    pub const CODE: &'static str = "IDPRejectedClaim";
    pub const HTTP_STATUS: u16 = 403;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for IDPRejectedClaimException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IDPRejectedClaimException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InsufficientSessionLifetimeException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InsufficientSessionLifetimeException {
    pub const CODE: &'static str = "InsufficientSessionLifetime";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InsufficientSessionLifetimeException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InsufficientSessionLifetimeException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidAuthorizationMessageException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidAuthorizationMessageException {
    pub const CODE: &'static str = "InvalidAuthorizationMessageException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidAuthorizationMessageException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidAuthorizationMessageException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidContextAssertionException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidContextAssertionException {
    pub const CODE: &'static str = "InvalidContextAssertion";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidContextAssertionException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidContextAssertionException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidIdentityTokenException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidIdentityTokenException {
    pub const CODE: &'static str = "InvalidIdentityToken";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidIdentityTokenException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidIdentityTokenException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidSubjectCredentialsException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidSubjectCredentialsException {
    pub const CODE: &'static str = "InvalidSubjectCredentials";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidSubjectCredentialsException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidSubjectCredentialsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct JWTPayloadSizeExceededException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl JWTPayloadSizeExceededException {
    pub const CODE: &'static str = "JWTPayloadSizeExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for JWTPayloadSizeExceededException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for JWTPayloadSizeExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MalformedPolicyDocumentException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl MalformedPolicyDocumentException {
    pub const CODE: &'static str = "MalformedPolicyDocument";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for MalformedPolicyDocumentException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for MalformedPolicyDocumentException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct OriginIdentity {
    pub federated_provider_arn: ::std::option::Option<::std::string::String>,
    pub issuer: ::std::option::Option<::std::string::String>,
    pub subject: ::std::option::Option<::std::string::String>,
    pub subject_type: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for OriginIdentity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OriginIdentity")
            .field("federated_provider_arn", &self.federated_provider_arn)
            .field("issuer", &"<redacted>")
            .field("subject", &"<redacted>")
            .field("subject_type", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for OriginIdentity {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.federated_provider_arn {
            m.push(("FederatedProviderArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.issuer {
            m.push(("Issuer", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subject {
            m.push(("Subject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subject_type {
            m.push(("SubjectType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OriginIdentity {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            federated_provider_arn: crate::codec::optional(
                m,
                "FederatedProviderArn",
                crate::FromValue::from_value,
            )?,
            issuer: crate::codec::optional(m, "Issuer", crate::FromValue::from_value)?,
            subject: crate::codec::optional(m, "Subject", crate::FromValue::from_value)?,
            subject_type: crate::codec::optional(m, "SubjectType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutboundWebIdentityFederationDisabledException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl OutboundWebIdentityFederationDisabledException {
    pub const CODE: &'static str = "OutboundWebIdentityFederationDisabledException";
    pub const HTTP_STATUS: u16 = 403;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for OutboundWebIdentityFederationDisabledException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OutboundWebIdentityFederationDisabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PackedPolicyTooLargeException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl PackedPolicyTooLargeException {
    pub const CODE: &'static str = "PackedPolicyTooLarge";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for PackedPolicyTooLargeException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PackedPolicyTooLargeException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyDescriptorType {
    pub arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PolicyDescriptorType {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.arn {
            m.push(("arn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyDescriptorType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "arn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvidedContext {
    pub context_assertion: ::std::option::Option<::std::string::String>,
    pub provider_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ProvidedContext {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.context_assertion {
            m.push(("ContextAssertion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.provider_arn {
            m.push(("ProviderArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ProvidedContext {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            context_assertion: crate::codec::optional(
                m,
                "ContextAssertion",
                crate::FromValue::from_value,
            )?,
            provider_arn: crate::codec::optional(m, "ProviderArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegionDisabledException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl RegionDisabledException {
    pub const CODE: &'static str = "RegionDisabledException";
    pub const HTTP_STATUS: u16 = 403;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for RegionDisabledException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RegionDisabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScopedSession {
    pub arn: ::std::string::String,
    pub scoped_session_id: ::std::string::String,
}

impl crate::ToValue for ScopedSession {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Arn", crate::ToValue::to_value(&self.arn)));
        m.push((
            "ScopedSessionId",
            crate::ToValue::to_value(&self.scoped_session_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ScopedSession {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::required(m, "Arn", crate::FromValue::from_value)?,
            scoped_session_id: crate::codec::required(
                m,
                "ScopedSessionId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionDurationEscalationException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl SessionDurationEscalationException {
    pub const CODE: &'static str = "SessionDurationEscalationException";
    pub const HTTP_STATUS: u16 = 403;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for SessionDurationEscalationException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SessionDurationEscalationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tag {
    pub key: ::std::string::String,
    pub value: ::std::string::String,
}

impl crate::ToValue for Tag {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Key", crate::ToValue::to_value(&self.key)));
        m.push(("Value", crate::ToValue::to_value(&self.value)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Tag {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            key: crate::codec::required(m, "Key", crate::FromValue::from_value)?,
            value: crate::codec::required(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct TransactionContext {
    pub identity_provider: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}

impl ::std::fmt::Debug for TransactionContext {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TransactionContext")
            .field("identity_provider", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for TransactionContext {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.identity_provider {
            m.push((
                "IdentityProvider",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TransactionContext {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_provider: crate::codec::optional(
                m,
                "IdentityProvider",
                |v0: &crate::Value| crate::codec::map_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct TrustedIdentityPropagationContext {
    pub origin_identity: ::std::option::Option<OriginIdentity>,
    pub transaction_context: ::std::option::Option<TransactionContext>,
}

impl ::std::fmt::Debug for TrustedIdentityPropagationContext {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TrustedIdentityPropagationContext")
            .field("origin_identity", &"<redacted>")
            .field("transaction_context", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for TrustedIdentityPropagationContext {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.origin_identity {
            m.push(("OriginIdentity", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.transaction_context {
            m.push(("TransactionContext", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TrustedIdentityPropagationContext {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            origin_identity: crate::codec::optional(
                m,
                "OriginIdentity",
                crate::FromValue::from_value,
            )?,
            transaction_context: crate::codec::optional(
                m,
                "TransactionContext",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebIdentityTokenSubjectModeType {
    AWSIdentity,
    OriginIdentity,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl WebIdentityTokenSubjectModeType {
    pub const VALUES: &'static [&'static str] = &["AWSIdentity", "OriginIdentity"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::AWSIdentity => "AWSIdentity",
            Self::OriginIdentity => "OriginIdentity",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "AWSIdentity" => Self::AWSIdentity,
            "OriginIdentity" => Self::OriginIdentity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for WebIdentityTokenSubjectModeType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for WebIdentityTokenSubjectModeType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}
