//! The `rolesanywhere` service: schema tables and typed shapes. Written by `scripts/codegen` from botocore 1.44.8; do not edit.

#![allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case)]

pub static SERVICE: crate::ServiceDef = crate::ServiceDef {
    name: "rolesanywhere",
    protocol: crate::Protocol::RestJson,
    protocols: &["rest-json"],
    api_version: "2018-05-10",
    target_prefix: None,
    json_version: None,
    xml_namespace: None,
    signing_name: "rolesanywhere",
    endpoint_prefix: "rolesanywhere",
    operations: &OPERATIONS,
    shapes: &SHAPES,
};

static OPERATIONS: [crate::OperationDef; 30] = [
    crate::OperationDef {
        name: "CreateProfile",
        http_method: "POST",
        request_uri: "/profiles",
        response_code: 201,
        input: Some(crate::ShapeId(8)),
        output: Some(crate::ShapeId(55)),
        result_wrapper: None,
        errors: &[crate::ShapeId(113), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateTrustAnchor",
        http_method: "POST",
        request_uri: "/trustanchors",
        response_code: 201,
        input: Some(crate::ShapeId(10)),
        output: Some(crate::ShapeId(98)),
        result_wrapper: None,
        errors: &[crate::ShapeId(113), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteAttributeMapping",
        http_method: "DELETE",
        request_uri: "/profiles/{profileId}/mappings",
        response_code: 200,
        input: Some(crate::ShapeId(19)),
        output: Some(crate::ShapeId(20)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(113),
            crate::ShapeId(66),
            crate::ShapeId(0),
            crate::ShapeId(73),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteCrl",
        http_method: "DELETE",
        request_uri: "/crl/{crlId}",
        response_code: 200,
        input: Some(crate::ShapeId(69)),
        output: Some(crate::ShapeId(15)),
        result_wrapper: None,
        errors: &[crate::ShapeId(66), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteProfile",
        http_method: "DELETE",
        request_uri: "/profile/{profileId}",
        response_code: 200,
        input: Some(crate::ShapeId(70)),
        output: Some(crate::ShapeId(55)),
        result_wrapper: None,
        errors: &[crate::ShapeId(66), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteTrustAnchor",
        http_method: "DELETE",
        request_uri: "/trustanchor/{trustAnchorId}",
        response_code: 200,
        input: Some(crate::ShapeId(72)),
        output: Some(crate::ShapeId(98)),
        result_wrapper: None,
        errors: &[crate::ShapeId(66), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableCrl",
        http_method: "POST",
        request_uri: "/crl/{crlId}/disable",
        response_code: 200,
        input: Some(crate::ShapeId(69)),
        output: Some(crate::ShapeId(15)),
        result_wrapper: None,
        errors: &[crate::ShapeId(66), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableProfile",
        http_method: "POST",
        request_uri: "/profile/{profileId}/disable",
        response_code: 200,
        input: Some(crate::ShapeId(70)),
        output: Some(crate::ShapeId(55)),
        result_wrapper: None,
        errors: &[crate::ShapeId(66), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableTrustAnchor",
        http_method: "POST",
        request_uri: "/trustanchor/{trustAnchorId}/disable",
        response_code: 200,
        input: Some(crate::ShapeId(72)),
        output: Some(crate::ShapeId(98)),
        result_wrapper: None,
        errors: &[crate::ShapeId(66), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableCrl",
        http_method: "POST",
        request_uri: "/crl/{crlId}/enable",
        response_code: 200,
        input: Some(crate::ShapeId(69)),
        output: Some(crate::ShapeId(15)),
        result_wrapper: None,
        errors: &[crate::ShapeId(66), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableProfile",
        http_method: "POST",
        request_uri: "/profile/{profileId}/enable",
        response_code: 200,
        input: Some(crate::ShapeId(70)),
        output: Some(crate::ShapeId(55)),
        result_wrapper: None,
        errors: &[crate::ShapeId(66), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableTrustAnchor",
        http_method: "POST",
        request_uri: "/trustanchor/{trustAnchorId}/enable",
        response_code: 200,
        input: Some(crate::ShapeId(72)),
        output: Some(crate::ShapeId(98)),
        result_wrapper: None,
        errors: &[crate::ShapeId(66), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetCrl",
        http_method: "GET",
        request_uri: "/crl/{crlId}",
        response_code: 200,
        input: Some(crate::ShapeId(69)),
        output: Some(crate::ShapeId(15)),
        result_wrapper: None,
        errors: &[crate::ShapeId(66), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetProfile",
        http_method: "GET",
        request_uri: "/profile/{profileId}",
        response_code: 200,
        input: Some(crate::ShapeId(70)),
        output: Some(crate::ShapeId(55)),
        result_wrapper: None,
        errors: &[crate::ShapeId(66), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetSubject",
        http_method: "GET",
        request_uri: "/subject/{subjectId}",
        response_code: 200,
        input: Some(crate::ShapeId(71)),
        output: Some(crate::ShapeId(80)),
        result_wrapper: None,
        errors: &[crate::ShapeId(66), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetTrustAnchor",
        http_method: "GET",
        request_uri: "/trustanchor/{trustAnchorId}",
        response_code: 200,
        input: Some(crate::ShapeId(72)),
        output: Some(crate::ShapeId(98)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(113),
            crate::ShapeId(66),
            crate::ShapeId(0),
            crate::ShapeId(73),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ImportCrl",
        http_method: "POST",
        request_uri: "/crls",
        response_code: 201,
        input: Some(crate::ShapeId(21)),
        output: Some(crate::ShapeId(15)),
        result_wrapper: None,
        errors: &[crate::ShapeId(113), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListCrls",
        http_method: "GET",
        request_uri: "/crls",
        response_code: 200,
        input: Some(crate::ShapeId(31)),
        output: Some(crate::ShapeId(29)),
        result_wrapper: None,
        errors: &[crate::ShapeId(113), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListProfiles",
        http_method: "GET",
        request_uri: "/profiles",
        response_code: 200,
        input: Some(crate::ShapeId(31)),
        output: Some(crate::ShapeId(30)),
        result_wrapper: None,
        errors: &[crate::ShapeId(113), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListSubjects",
        http_method: "GET",
        request_uri: "/subjects",
        response_code: 200,
        input: Some(crate::ShapeId(31)),
        output: Some(crate::ShapeId(33)),
        result_wrapper: None,
        errors: &[crate::ShapeId(113), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListTagsForResource",
        http_method: "GET",
        request_uri: "/ListTagsForResource",
        response_code: 200,
        input: Some(crate::ShapeId(34)),
        output: Some(crate::ShapeId(35)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(113),
            crate::ShapeId(66),
            crate::ShapeId(0),
            crate::ShapeId(73),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListTrustAnchors",
        http_method: "GET",
        request_uri: "/trustanchors",
        response_code: 200,
        input: Some(crate::ShapeId(31)),
        output: Some(crate::ShapeId(36)),
        result_wrapper: None,
        errors: &[crate::ShapeId(113), crate::ShapeId(0), crate::ShapeId(73)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutAttributeMapping",
        http_method: "PUT",
        request_uri: "/profiles/{profileId}/mappings",
        response_code: 200,
        input: Some(crate::ShapeId(59)),
        output: Some(crate::ShapeId(60)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(113),
            crate::ShapeId(66),
            crate::ShapeId(0),
            crate::ShapeId(73),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutNotificationSettings",
        http_method: "PATCH",
        request_uri: "/put-notifications-settings",
        response_code: 200,
        input: Some(crate::ShapeId(61)),
        output: Some(crate::ShapeId(62)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(113),
            crate::ShapeId(66),
            crate::ShapeId(0),
            crate::ShapeId(73),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ResetNotificationSettings",
        http_method: "PATCH",
        request_uri: "/reset-notifications-settings",
        response_code: 200,
        input: Some(crate::ShapeId(63)),
        output: Some(crate::ShapeId(64)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(113),
            crate::ShapeId(66),
            crate::ShapeId(0),
            crate::ShapeId(73),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TagResource",
        http_method: "POST",
        request_uri: "/TagResource",
        response_code: 201,
        input: Some(crate::ShapeId(88)),
        output: Some(crate::ShapeId(89)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(113),
            crate::ShapeId(66),
            crate::ShapeId(0),
            crate::ShapeId(73),
            crate::ShapeId(95),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UntagResource",
        http_method: "POST",
        request_uri: "/UntagResource",
        response_code: 200,
        input: Some(crate::ShapeId(104)),
        output: Some(crate::ShapeId(105)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(113),
            crate::ShapeId(66),
            crate::ShapeId(0),
            crate::ShapeId(73),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateCrl",
        http_method: "PATCH",
        request_uri: "/crl/{crlId}",
        response_code: 200,
        input: Some(crate::ShapeId(106)),
        output: Some(crate::ShapeId(15)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(113),
            crate::ShapeId(66),
            crate::ShapeId(0),
            crate::ShapeId(73),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateProfile",
        http_method: "PATCH",
        request_uri: "/profile/{profileId}",
        response_code: 200,
        input: Some(crate::ShapeId(108)),
        output: Some(crate::ShapeId(55)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(113),
            crate::ShapeId(66),
            crate::ShapeId(0),
            crate::ShapeId(73),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateTrustAnchor",
        http_method: "PATCH",
        request_uri: "/trustanchor/{trustAnchorId}",
        response_code: 200,
        input: Some(crate::ShapeId(111)),
        output: Some(crate::ShapeId(98)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(113),
            crate::ShapeId(66),
            crate::ShapeId(0),
            crate::ShapeId(73),
        ],
        unsigned: false,
    },
];

static SHAPES: [crate::Shape; 114] = [
    crate::Shape {
        name: "AccessDeniedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(78),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "AccessDeniedException",
            http_status: 403,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AliasName",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(256),
        pattern: Some("(?!.*//)([A-Za-z]([A-Za-z0-9_/-]*[A-Za-z0-9_-])?)?"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AmazonResourceName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1011),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeMapping",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "certificateField",
                target: crate::ShapeId(7),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "mappingRules",
                target: crate::ShapeId(41),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeMappings",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(3),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Blob",
        kind: crate::ShapeKind::Blob,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Boolean",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateField",
        kind: crate::ShapeKind::String,
        enum_values: &["x509Subject", "x509Issuer", "x509SAN"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "acceptRoleSessionName",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "aliasName",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "durationSeconds",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "enabled",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "managedPolicyArns",
                target: crate::ShapeId(37),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "name",
                target: crate::ShapeId(65),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "requireInstanceProperties",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "roleArns",
                target: crate::ShapeId(68),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "sessionPolicy",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "tags",
                target: crate::ShapeId(87),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "tipConfiguration",
                target: crate::ShapeId(91),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateProfileRequestDurationSecondsInteger",
        kind: crate::ShapeKind::Integer,
        min: Some(900),
        max: Some(43200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateTrustAnchorRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "aliasName",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "crlDpRevocationEnabled",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "enabled",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "name",
                target: crate::ShapeId(65),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "notificationSettings",
                target: crate::ShapeId(52),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "source",
                target: crate::ShapeId(74),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "tags",
                target: crate::ShapeId(87),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CredentialSummaries",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(12),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CredentialSummary",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "enabled",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "failed",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "issuer",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "seenAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "serialNumber",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "x509CertificateData",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CrlAliasArn",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1011),
        pattern: Some("arn:aws(-[^:]+)?:rolesanywhere(:.*){2}(:alias/crl/.*)"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CrlDetail",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "aliasArn",
                target: crate::ShapeId(13),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "aliasName",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "createdAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "crlArn",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "crlData",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "crlId",
                target: crate::ShapeId(112),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "enabled",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "name",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "previousAliasName",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "trustAnchorArn",
                target: crate::ShapeId(102),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "updatedAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CrlDetailResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "crl",
            target: crate::ShapeId(14),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CrlDetails",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(14),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CrlIdentifier",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1011),
        pattern: Some(
            "([a-f0-9]{8}-([a-z0-9]{4}-){3}[a-z0-9]{12}|arn:aws(-[^:]+)?:rolesanywhere(:.*){2}:(crl|alias/crl)/.*)",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CrlResourceArn",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1011),
        pattern: Some("arn:aws(-[^:]+)?:rolesanywhere(:.*){2}(:crl/.*)"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteAttributeMappingRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "certificateField",
                target: crate::ShapeId(7),
                required: true,
                location: crate::Location::QueryString,
                location_name: Some("certificateField"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "profileId",
                target: crate::ShapeId(57),
                required: true,
                location: crate::Location::Uri,
                location_name: Some("profileId"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "specifiers",
                target: crate::ShapeId(77),
                location: crate::Location::QueryString,
                location_name: Some("specifiers"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteAttributeMappingResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "profile",
            target: crate::ShapeId(54),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ImportCrlRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "aliasName",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "crlData",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "enabled",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "name",
                target: crate::ShapeId(65),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "tags",
                target: crate::ShapeId(87),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "trustAnchorArn",
                target: crate::ShapeId(101),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ImportCrlRequestCrlDataBlob",
        kind: crate::ShapeKind::Blob,
        min: Some(1),
        max: Some(300000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstanceProperties",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(24),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstanceProperty",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "failed",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "properties",
                target: crate::ShapeId(25),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "seenAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstancePropertyMap",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(26),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(27),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstancePropertyMapKeyString",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstancePropertyMapValueString",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Integer",
        kind: crate::ShapeKind::Integer,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListCrlsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "crls",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "nextToken",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListProfilesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "nextToken",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "profiles",
                target: crate::ShapeId(56),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "nextToken",
                target: crate::ShapeId(32),
                location: crate::Location::QueryString,
                location_name: Some("nextToken"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "pageSize",
                target: crate::ShapeId(28),
                location: crate::Location::QueryString,
                location_name: Some("pageSize"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListRequestNextTokenString",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(10000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListSubjectsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "nextToken",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "subjects",
                target: crate::ShapeId(81),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTagsForResourceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "resourceArn",
            target: crate::ShapeId(2),
            required: true,
            location: crate::Location::QueryString,
            location_name: Some("resourceArn"),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTagsForResourceResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "tags",
            target: crate::ShapeId(87),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTrustAnchorsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "nextToken",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "trustAnchors",
                target: crate::ShapeId(99),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ManagedPolicyList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(38),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ManagedPolicyListMemberString",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MappingRule",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "specifier",
            target: crate::ShapeId(40),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MappingRuleSpecifierString",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(60),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MappingRules",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(39),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotificationChannel",
        kind: crate::ShapeKind::String,
        enum_values: &["ALL"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotificationEvent",
        kind: crate::ShapeKind::String,
        enum_values: &["CA_CERTIFICATE_EXPIRY", "END_ENTITY_CERTIFICATE_EXPIRY"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotificationSetting",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "channel",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "enabled",
                target: crate::ShapeId(6),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "event",
                target: crate::ShapeId(43),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "threshold",
                target: crate::ShapeId(51),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotificationSettingDetail",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "channel",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "configuredBy",
                target: crate::ShapeId(46),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "enabled",
                target: crate::ShapeId(6),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "event",
                target: crate::ShapeId(43),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "threshold",
                target: crate::ShapeId(47),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotificationSettingDetailConfiguredByString",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotificationSettingDetailThresholdInteger",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(360),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotificationSettingDetails",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(45),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotificationSettingKey",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "channel",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "event",
                target: crate::ShapeId(43),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotificationSettingKeys",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(49),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotificationSettingThresholdInteger",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(360),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotificationSettings",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(44),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ProfileAliasArn",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1011),
        pattern: Some("arn:aws(-[^:]+)?:rolesanywhere(:.*){2}(:alias/profile/.*)"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ProfileDetail",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "acceptRoleSessionName",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "aliasArn",
                target: crate::ShapeId(53),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "aliasName",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "attributeMappings",
                target: crate::ShapeId(4),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "createdAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "createdBy",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "durationSeconds",
                target: crate::ShapeId(28),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "enabled",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "managedPolicyArns",
                target: crate::ShapeId(37),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "name",
                target: crate::ShapeId(65),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "previousAliasName",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "profileArn",
                target: crate::ShapeId(58),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "profileId",
                target: crate::ShapeId(112),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "requireInstanceProperties",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "roleArns",
                target: crate::ShapeId(68),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "sessionPolicy",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "tipConfiguration",
                target: crate::ShapeId(91),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "updatedAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ProfileDetailResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "profile",
            target: crate::ShapeId(54),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ProfileDetails",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(54),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ProfileIdentifier",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1011),
        pattern: Some(
            "([a-f0-9]{8}-([a-z0-9]{4}-){3}[a-z0-9]{12}|arn:aws(-[^:]+)?:rolesanywhere(:.*){2}:(profile|alias/profile)/.*)",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ProfileResourceArn",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1011),
        pattern: Some("arn:aws(-[^:]+)?:rolesanywhere(:.*){2}(:profile/.*)"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutAttributeMappingRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "certificateField",
                target: crate::ShapeId(7),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "mappingRules",
                target: crate::ShapeId(41),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "profileId",
                target: crate::ShapeId(57),
                required: true,
                location: crate::Location::Uri,
                location_name: Some("profileId"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutAttributeMappingResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "profile",
            target: crate::ShapeId(54),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutNotificationSettingsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "notificationSettings",
                target: crate::ShapeId(52),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "trustAnchorId",
                target: crate::ShapeId(112),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutNotificationSettingsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "trustAnchor",
            target: crate::ShapeId(97),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResetNotificationSettingsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "notificationSettingKeys",
                target: crate::ShapeId(50),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "trustAnchorId",
                target: crate::ShapeId(112),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResetNotificationSettingsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "trustAnchor",
            target: crate::ShapeId(97),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(255),
        pattern: Some("[ a-zA-Z0-9-_]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(78),
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
        name: "RoleArn",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1011),
        pattern: Some("arn:aws(-[^:]+)?:iam(:.*){2}(:role.*)"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleArnList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(67),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(250),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ScalarCrlRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "crlId",
            target: crate::ShapeId(17),
            required: true,
            location: crate::Location::Uri,
            location_name: Some("crlId"),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ScalarProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "profileId",
            target: crate::ShapeId(57),
            required: true,
            location: crate::Location::Uri,
            location_name: Some("profileId"),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ScalarSubjectRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "subjectId",
            target: crate::ShapeId(112),
            required: true,
            location: crate::Location::Uri,
            location_name: Some("subjectId"),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ScalarTrustAnchorRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "trustAnchorId",
            target: crate::ShapeId(100),
            required: true,
            location: crate::Location::Uri,
            location_name: Some("trustAnchorId"),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceUnavailableException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "message",
                target: crate::ShapeId(78),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "retryAfterSeconds",
                target: crate::ShapeId(28),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "ServiceUnavailableException",
            http_status: 503,
            sender_fault: false,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Source",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "sourceData",
                target: crate::ShapeId(75),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "sourceType",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SourceData",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "acmPcaArn",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "x509CertificateData",
                target: crate::ShapeId(76),
                ..crate::Member::EMPTY
            },
        ],
        union: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SourceDataX509CertificateDataString",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(204800),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SpecifierList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(78),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "String",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SubjectDetail",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "createdAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "credentials",
                target: crate::ShapeId(11),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "enabled",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "instanceProperties",
                target: crate::ShapeId(23),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "lastSeenAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "subjectArn",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "subjectId",
                target: crate::ShapeId(112),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "updatedAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "x509Subject",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SubjectDetailResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "subject",
            target: crate::ShapeId(79),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SubjectSummaries",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(82),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SubjectSummary",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "createdAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "enabled",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "lastSeenAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "subjectArn",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "subjectId",
                target: crate::ShapeId(112),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "updatedAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "x509Subject",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SyntheticTimestamp_date_time",
        kind: crate::ShapeKind::Timestamp,
        timestamp_format: Some(crate::TimestampFormat::Iso8601),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Tag",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "key",
                target: crate::ShapeId(85),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "value",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagKey",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[ a-zA-Z0-9_.:/=+@-]*"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagKeyList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(85),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(84),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagResourceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "resourceArn",
                target: crate::ShapeId(2),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "tags",
                target: crate::ShapeId(87),
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
        name: "TagValue",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(256),
        pattern: Some("[ a-zA-Z0-9_.:/=+@-]*"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TipConfiguration",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "status",
                target: crate::ShapeId(92),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "subjectSource",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "subjectType",
                target: crate::ShapeId(94),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TipStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["ENABLED", "DISABLED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TipSubjectSource",
        kind: crate::ShapeKind::String,
        enum_values: &["x509SAN/URI", "x509Subject/CN"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TipSubjectType",
        kind: crate::ShapeKind::String,
        enum_values: &["user", "workload"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TooManyTagsException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(78),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "TooManyTagsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustAnchorAliasArn",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1011),
        pattern: Some("arn:aws(-[^:]+)?:rolesanywhere(:.*){2}(:alias/trust-anchor/.*)"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustAnchorDetail",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "aliasArn",
                target: crate::ShapeId(96),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "aliasName",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "createdAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "crlDpRevocationEnabled",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "enabled",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "name",
                target: crate::ShapeId(65),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "notificationSettings",
                target: crate::ShapeId(48),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "previousAliasName",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "source",
                target: crate::ShapeId(74),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "trustAnchorArn",
                target: crate::ShapeId(102),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "trustAnchorId",
                target: crate::ShapeId(112),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "updatedAt",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustAnchorDetailResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "trustAnchor",
            target: crate::ShapeId(97),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustAnchorDetails",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(97),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustAnchorIdentifier",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1011),
        pattern: Some(
            "([a-f0-9]{8}-([a-z0-9]{4}-){3}[a-z0-9]{12}|arn:aws(-[^:]+)?:rolesanywhere(:.*){2}:(trust-anchor|alias/trust-anchor)/.*)",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustAnchorIdentifierArn",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1011),
        pattern: Some(
            "arn:aws(-[^:]+)?:rolesanywhere(:.*){2}(:trust-anchor.*|:alias/trust-anchor/.*)",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustAnchorResourceArn",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1011),
        pattern: Some("arn:aws(-[^:]+)?:rolesanywhere(:.*){2}(:trust-anchor/.*)"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustAnchorType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "AWS_ACM_PCA",
            "CERTIFICATE_BUNDLE",
            "SELF_SIGNED_REPOSITORY",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UntagResourceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "resourceArn",
                target: crate::ShapeId(2),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "tagKeys",
                target: crate::ShapeId(86),
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
        name: "UpdateCrlRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "aliasName",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "crlData",
                target: crate::ShapeId(107),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "crlId",
                target: crate::ShapeId(17),
                required: true,
                location: crate::Location::Uri,
                location_name: Some("crlId"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "name",
                target: crate::ShapeId(65),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateCrlRequestCrlDataBlob",
        kind: crate::ShapeKind::Blob,
        min: Some(1),
        max: Some(300000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "acceptRoleSessionName",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "aliasName",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "durationSeconds",
                target: crate::ShapeId(109),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "managedPolicyArns",
                target: crate::ShapeId(37),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "name",
                target: crate::ShapeId(65),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "profileId",
                target: crate::ShapeId(57),
                required: true,
                location: crate::Location::Uri,
                location_name: Some("profileId"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "roleArns",
                target: crate::ShapeId(68),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "sessionPolicy",
                target: crate::ShapeId(110),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "tipConfiguration",
                target: crate::ShapeId(91),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateProfileRequestDurationSecondsInteger",
        kind: crate::ShapeKind::Integer,
        min: Some(900),
        max: Some(43200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateProfileRequestSessionPolicyString",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(100000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateTrustAnchorRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "aliasName",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "crlDpRevocationEnabled",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "name",
                target: crate::ShapeId(65),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "source",
                target: crate::ShapeId(74),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "trustAnchorId",
                target: crate::ShapeId(100),
                required: true,
                location: crate::Location::Uri,
                location_name: Some("trustAnchorId"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Uuid",
        kind: crate::ShapeKind::String,
        min: Some(36),
        max: Some(36),
        pattern: Some(".*[a-f0-9]{8}-([a-z0-9]{4}-){3}[a-z0-9]{12}.*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ValidationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(78),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ValidationException",
            http_status: 400,
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
        "AccessDeniedException" => via::<AccessDeniedException>(value),
        "AttributeMapping" => via::<AttributeMapping>(value),
        "CreateProfileRequest" => via::<CreateProfileRequest>(value),
        "CreateTrustAnchorRequest" => via::<CreateTrustAnchorRequest>(value),
        "CredentialSummary" => via::<CredentialSummary>(value),
        "CrlDetail" => via::<CrlDetail>(value),
        "CrlDetailResponse" => via::<CrlDetailResponse>(value),
        "DeleteAttributeMappingRequest" => via::<DeleteAttributeMappingRequest>(value),
        "DeleteAttributeMappingResponse" => via::<DeleteAttributeMappingResponse>(value),
        "ImportCrlRequest" => via::<ImportCrlRequest>(value),
        "InstanceProperty" => via::<InstanceProperty>(value),
        "ListCrlsResponse" => via::<ListCrlsResponse>(value),
        "ListProfilesResponse" => via::<ListProfilesResponse>(value),
        "ListRequest" => via::<ListRequest>(value),
        "ListSubjectsResponse" => via::<ListSubjectsResponse>(value),
        "ListTagsForResourceRequest" => via::<ListTagsForResourceRequest>(value),
        "ListTagsForResourceResponse" => via::<ListTagsForResourceResponse>(value),
        "ListTrustAnchorsResponse" => via::<ListTrustAnchorsResponse>(value),
        "MappingRule" => via::<MappingRule>(value),
        "NotificationSetting" => via::<NotificationSetting>(value),
        "NotificationSettingDetail" => via::<NotificationSettingDetail>(value),
        "NotificationSettingKey" => via::<NotificationSettingKey>(value),
        "ProfileDetail" => via::<ProfileDetail>(value),
        "ProfileDetailResponse" => via::<ProfileDetailResponse>(value),
        "PutAttributeMappingRequest" => via::<PutAttributeMappingRequest>(value),
        "PutAttributeMappingResponse" => via::<PutAttributeMappingResponse>(value),
        "PutNotificationSettingsRequest" => via::<PutNotificationSettingsRequest>(value),
        "PutNotificationSettingsResponse" => via::<PutNotificationSettingsResponse>(value),
        "ResetNotificationSettingsRequest" => via::<ResetNotificationSettingsRequest>(value),
        "ResetNotificationSettingsResponse" => via::<ResetNotificationSettingsResponse>(value),
        "ResourceNotFoundException" => via::<ResourceNotFoundException>(value),
        "ScalarCrlRequest" => via::<ScalarCrlRequest>(value),
        "ScalarProfileRequest" => via::<ScalarProfileRequest>(value),
        "ScalarSubjectRequest" => via::<ScalarSubjectRequest>(value),
        "ScalarTrustAnchorRequest" => via::<ScalarTrustAnchorRequest>(value),
        "ServiceUnavailableException" => via::<ServiceUnavailableException>(value),
        "Source" => via::<Source>(value),
        "SourceData" => via::<SourceData>(value),
        "SubjectDetail" => via::<SubjectDetail>(value),
        "SubjectDetailResponse" => via::<SubjectDetailResponse>(value),
        "SubjectSummary" => via::<SubjectSummary>(value),
        "Tag" => via::<Tag>(value),
        "TagResourceRequest" => via::<TagResourceRequest>(value),
        "TagResourceResponse" => via::<TagResourceResponse>(value),
        "TipConfiguration" => via::<TipConfiguration>(value),
        "TooManyTagsException" => via::<TooManyTagsException>(value),
        "TrustAnchorDetail" => via::<TrustAnchorDetail>(value),
        "TrustAnchorDetailResponse" => via::<TrustAnchorDetailResponse>(value),
        "UntagResourceRequest" => via::<UntagResourceRequest>(value),
        "UntagResourceResponse" => via::<UntagResourceResponse>(value),
        "UpdateCrlRequest" => via::<UpdateCrlRequest>(value),
        "UpdateProfileRequest" => via::<UpdateProfileRequest>(value),
        "UpdateTrustAnchorRequest" => via::<UpdateTrustAnchorRequest>(value),
        "ValidationException" => via::<ValidationException>(value),
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessDeniedException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl AccessDeniedException {
    pub const CODE: &'static str = "AccessDeniedException";
    pub const HTTP_STATUS: u16 = 403;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccessDeniedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccessDeniedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeMapping {
    pub certificate_field: ::std::option::Option<CertificateField>,
    pub mapping_rules: ::std::option::Option<::std::vec::Vec<MappingRule>>,
}

impl crate::ToValue for AttributeMapping {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.certificate_field {
            m.push(("certificateField", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.mapping_rules {
            m.push((
                "mappingRules",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttributeMapping {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_field: crate::codec::optional(
                m,
                "certificateField",
                crate::FromValue::from_value,
            )?,
            mapping_rules: crate::codec::optional(m, "mappingRules", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificateField {
    X509Subject,
    X509Issuer,
    X509SAN,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl CertificateField {
    pub const VALUES: &'static [&'static str] = &["x509Subject", "x509Issuer", "x509SAN"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::X509Subject => "x509Subject",
            Self::X509Issuer => "x509Issuer",
            Self::X509SAN => "x509SAN",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "x509Subject" => Self::X509Subject,
            "x509Issuer" => Self::X509Issuer,
            "x509SAN" => Self::X509SAN,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for CertificateField {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for CertificateField {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateProfileRequest {
    pub accept_role_session_name: ::std::option::Option<bool>,
    pub alias_name: ::std::option::Option<::std::string::String>,
    pub duration_seconds: ::std::option::Option<i32>,
    pub enabled: ::std::option::Option<bool>,
    pub managed_policy_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub name: ::std::string::String,
    pub require_instance_properties: ::std::option::Option<bool>,
    pub role_arns: ::std::vec::Vec<::std::string::String>,
    pub session_policy: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub tip_configuration: ::std::option::Option<TipConfiguration>,
}

impl crate::ToValue for CreateProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(11);
        if let Some(x) = &self.accept_role_session_name {
            m.push(("acceptRoleSessionName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.alias_name {
            m.push(("aliasName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.duration_seconds {
            m.push(("durationSeconds", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.enabled {
            m.push(("enabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.managed_policy_arns {
            m.push((
                "managedPolicyArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.require_instance_properties {
            m.push(("requireInstanceProperties", crate::ToValue::to_value(x)));
        }
        m.push((
            "roleArns",
            crate::codec::list_to_value(&self.role_arns, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.session_policy {
            m.push(("sessionPolicy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags {
            m.push((
                "tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.tip_configuration {
            m.push(("tipConfiguration", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            accept_role_session_name: crate::codec::optional(
                m,
                "acceptRoleSessionName",
                crate::FromValue::from_value,
            )?,
            alias_name: crate::codec::optional(m, "aliasName", crate::FromValue::from_value)?,
            duration_seconds: crate::codec::optional(
                m,
                "durationSeconds",
                crate::FromValue::from_value,
            )?,
            enabled: crate::codec::optional(m, "enabled", crate::FromValue::from_value)?,
            managed_policy_arns: crate::codec::optional(
                m,
                "managedPolicyArns",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            name: crate::codec::required(m, "name", crate::FromValue::from_value)?,
            require_instance_properties: crate::codec::optional(
                m,
                "requireInstanceProperties",
                crate::FromValue::from_value,
            )?,
            role_arns: crate::codec::required(m, "roleArns", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            session_policy: crate::codec::optional(
                m,
                "sessionPolicy",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            tip_configuration: crate::codec::optional(
                m,
                "tipConfiguration",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTrustAnchorRequest {
    pub alias_name: ::std::option::Option<::std::string::String>,
    pub crl_dp_revocation_enabled: ::std::option::Option<bool>,
    pub enabled: ::std::option::Option<bool>,
    pub name: ::std::string::String,
    pub notification_settings: ::std::option::Option<::std::vec::Vec<NotificationSetting>>,
    pub source: Source,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreateTrustAnchorRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.alias_name {
            m.push(("aliasName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.crl_dp_revocation_enabled {
            m.push(("crlDpRevocationEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.enabled {
            m.push(("enabled", crate::ToValue::to_value(x)));
        }
        m.push(("name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.notification_settings {
            m.push((
                "notificationSettings",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("source", crate::ToValue::to_value(&self.source)));
        if let Some(x) = &self.tags {
            m.push((
                "tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateTrustAnchorRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            alias_name: crate::codec::optional(m, "aliasName", crate::FromValue::from_value)?,
            crl_dp_revocation_enabled: crate::codec::optional(
                m,
                "crlDpRevocationEnabled",
                crate::FromValue::from_value,
            )?,
            enabled: crate::codec::optional(m, "enabled", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "name", crate::FromValue::from_value)?,
            notification_settings: crate::codec::optional(
                m,
                "notificationSettings",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            source: crate::codec::required(m, "source", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CredentialSummary {
    pub enabled: ::std::option::Option<bool>,
    pub failed: ::std::option::Option<bool>,
    pub issuer: ::std::option::Option<::std::string::String>,
    pub seen_at: ::std::option::Option<crate::Timestamp>,
    pub serial_number: ::std::option::Option<::std::string::String>,
    pub x509_certificate_data: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CredentialSummary {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.enabled {
            m.push(("enabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.failed {
            m.push(("failed", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.issuer {
            m.push(("issuer", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.seen_at {
            m.push(("seenAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.serial_number {
            m.push(("serialNumber", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.x509_certificate_data {
            m.push(("x509CertificateData", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CredentialSummary {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            enabled: crate::codec::optional(m, "enabled", crate::FromValue::from_value)?,
            failed: crate::codec::optional(m, "failed", crate::FromValue::from_value)?,
            issuer: crate::codec::optional(m, "issuer", crate::FromValue::from_value)?,
            seen_at: crate::codec::optional(m, "seenAt", crate::FromValue::from_value)?,
            serial_number: crate::codec::optional(m, "serialNumber", crate::FromValue::from_value)?,
            x509_certificate_data: crate::codec::optional(
                m,
                "x509CertificateData",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CrlDetail {
    pub alias_arn: ::std::option::Option<::std::string::String>,
    pub alias_name: ::std::option::Option<::std::string::String>,
    pub created_at: ::std::option::Option<crate::Timestamp>,
    pub crl_arn: ::std::option::Option<::std::string::String>,
    pub crl_data: ::std::option::Option<::std::vec::Vec<u8>>,
    pub crl_id: ::std::option::Option<::std::string::String>,
    pub enabled: ::std::option::Option<bool>,
    pub name: ::std::option::Option<::std::string::String>,
    pub previous_alias_name: ::std::option::Option<::std::string::String>,
    pub trust_anchor_arn: ::std::option::Option<::std::string::String>,
    pub updated_at: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for CrlDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(11);
        if let Some(x) = &self.alias_arn {
            m.push(("aliasArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.alias_name {
            m.push(("aliasName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_at {
            m.push(("createdAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.crl_arn {
            m.push(("crlArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.crl_data {
            m.push(("crlData", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.crl_id {
            m.push(("crlId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.enabled {
            m.push(("enabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.previous_alias_name {
            m.push(("previousAliasName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trust_anchor_arn {
            m.push(("trustAnchorArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_at {
            m.push(("updatedAt", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CrlDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            alias_arn: crate::codec::optional(m, "aliasArn", crate::FromValue::from_value)?,
            alias_name: crate::codec::optional(m, "aliasName", crate::FromValue::from_value)?,
            created_at: crate::codec::optional(m, "createdAt", crate::FromValue::from_value)?,
            crl_arn: crate::codec::optional(m, "crlArn", crate::FromValue::from_value)?,
            crl_data: crate::codec::optional(m, "crlData", crate::FromValue::from_value)?,
            crl_id: crate::codec::optional(m, "crlId", crate::FromValue::from_value)?,
            enabled: crate::codec::optional(m, "enabled", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "name", crate::FromValue::from_value)?,
            previous_alias_name: crate::codec::optional(
                m,
                "previousAliasName",
                crate::FromValue::from_value,
            )?,
            trust_anchor_arn: crate::codec::optional(
                m,
                "trustAnchorArn",
                crate::FromValue::from_value,
            )?,
            updated_at: crate::codec::optional(m, "updatedAt", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CrlDetailResponse {
    pub crl: CrlDetail,
}

impl crate::ToValue for CrlDetailResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("crl", crate::ToValue::to_value(&self.crl)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CrlDetailResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            crl: crate::codec::required(m, "crl", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAttributeMappingRequest {
    pub certificate_field: CertificateField,
    pub profile_id: ::std::string::String,
    pub specifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for DeleteAttributeMappingRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "certificateField",
            crate::ToValue::to_value(&self.certificate_field),
        ));
        m.push(("profileId", crate::ToValue::to_value(&self.profile_id)));
        if let Some(x) = &self.specifiers {
            m.push((
                "specifiers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteAttributeMappingRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_field: crate::codec::required(
                m,
                "certificateField",
                crate::FromValue::from_value,
            )?,
            profile_id: crate::codec::required(m, "profileId", crate::FromValue::from_value)?,
            specifiers: crate::codec::optional(m, "specifiers", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteAttributeMappingResponse {
    pub profile: ProfileDetail,
}

impl crate::ToValue for DeleteAttributeMappingResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("profile", crate::ToValue::to_value(&self.profile)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteAttributeMappingResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            profile: crate::codec::required(m, "profile", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportCrlRequest {
    pub alias_name: ::std::option::Option<::std::string::String>,
    pub crl_data: ::std::vec::Vec<u8>,
    pub enabled: ::std::option::Option<bool>,
    pub name: ::std::string::String,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub trust_anchor_arn: ::std::string::String,
}

impl crate::ToValue for ImportCrlRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.alias_name {
            m.push(("aliasName", crate::ToValue::to_value(x)));
        }
        m.push(("crlData", crate::ToValue::to_value(&self.crl_data)));
        if let Some(x) = &self.enabled {
            m.push(("enabled", crate::ToValue::to_value(x)));
        }
        m.push(("name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.tags {
            m.push((
                "tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "trustAnchorArn",
            crate::ToValue::to_value(&self.trust_anchor_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ImportCrlRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            alias_name: crate::codec::optional(m, "aliasName", crate::FromValue::from_value)?,
            crl_data: crate::codec::required(m, "crlData", crate::FromValue::from_value)?,
            enabled: crate::codec::optional(m, "enabled", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "name", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            trust_anchor_arn: crate::codec::required(
                m,
                "trustAnchorArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InstanceProperty {
    pub failed: ::std::option::Option<bool>,
    pub properties: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    pub seen_at: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for InstanceProperty {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.failed {
            m.push(("failed", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.properties {
            m.push((
                "properties",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.seen_at {
            m.push(("seenAt", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InstanceProperty {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            failed: crate::codec::optional(m, "failed", crate::FromValue::from_value)?,
            properties: crate::codec::optional(m, "properties", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            seen_at: crate::codec::optional(m, "seenAt", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListCrlsResponse {
    pub crls: ::std::option::Option<::std::vec::Vec<CrlDetail>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListCrlsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.crls {
            m.push((
                "crls",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("nextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListCrlsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            crls: crate::codec::optional(m, "crls", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "nextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProfilesResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub profiles: ::std::option::Option<::std::vec::Vec<ProfileDetail>>,
}

impl crate::ToValue for ListProfilesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("nextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.profiles {
            m.push((
                "profiles",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListProfilesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "nextToken", crate::FromValue::from_value)?,
            profiles: crate::codec::optional(m, "profiles", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRequest {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub page_size: ::std::option::Option<i32>,
}

impl crate::ToValue for ListRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("nextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.page_size {
            m.push(("pageSize", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "nextToken", crate::FromValue::from_value)?,
            page_size: crate::codec::optional(m, "pageSize", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSubjectsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub subjects: ::std::option::Option<::std::vec::Vec<SubjectSummary>>,
}

impl crate::ToValue for ListSubjectsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("nextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subjects {
            m.push((
                "subjects",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListSubjectsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "nextToken", crate::FromValue::from_value)?,
            subjects: crate::codec::optional(m, "subjects", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsForResourceRequest {
    pub resource_arn: ::std::string::String,
}

impl crate::ToValue for ListTagsForResourceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("resourceArn", crate::ToValue::to_value(&self.resource_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTagsForResourceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_arn: crate::codec::required(m, "resourceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsForResourceResponse {
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for ListTagsForResourceResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.tags {
            m.push((
                "tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTagsForResourceResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            tags: crate::codec::optional(m, "tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTrustAnchorsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub trust_anchors: ::std::option::Option<::std::vec::Vec<TrustAnchorDetail>>,
}

impl crate::ToValue for ListTrustAnchorsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("nextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trust_anchors {
            m.push((
                "trustAnchors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTrustAnchorsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "nextToken", crate::FromValue::from_value)?,
            trust_anchors: crate::codec::optional(m, "trustAnchors", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MappingRule {
    pub specifier: ::std::string::String,
}

impl crate::ToValue for MappingRule {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("specifier", crate::ToValue::to_value(&self.specifier)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for MappingRule {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            specifier: crate::codec::required(m, "specifier", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NotificationChannel {
    ALL,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl NotificationChannel {
    pub const VALUES: &'static [&'static str] = &["ALL"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ALL => "ALL",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ALL" => Self::ALL,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for NotificationChannel {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for NotificationChannel {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NotificationEvent {
    CACERTIFICATEEXPIRY,
    ENDENTITYCERTIFICATEEXPIRY,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl NotificationEvent {
    pub const VALUES: &'static [&'static str] =
        &["CA_CERTIFICATE_EXPIRY", "END_ENTITY_CERTIFICATE_EXPIRY"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::CACERTIFICATEEXPIRY => "CA_CERTIFICATE_EXPIRY",
            Self::ENDENTITYCERTIFICATEEXPIRY => "END_ENTITY_CERTIFICATE_EXPIRY",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "CA_CERTIFICATE_EXPIRY" => Self::CACERTIFICATEEXPIRY,
            "END_ENTITY_CERTIFICATE_EXPIRY" => Self::ENDENTITYCERTIFICATEEXPIRY,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for NotificationEvent {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for NotificationEvent {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NotificationSetting {
    pub channel: ::std::option::Option<NotificationChannel>,
    pub enabled: bool,
    pub event: NotificationEvent,
    pub threshold: ::std::option::Option<i32>,
}

impl crate::ToValue for NotificationSetting {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.channel {
            m.push(("channel", crate::ToValue::to_value(x)));
        }
        m.push(("enabled", crate::ToValue::to_value(&self.enabled)));
        m.push(("event", crate::ToValue::to_value(&self.event)));
        if let Some(x) = &self.threshold {
            m.push(("threshold", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for NotificationSetting {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            channel: crate::codec::optional(m, "channel", crate::FromValue::from_value)?,
            enabled: crate::codec::required(m, "enabled", crate::FromValue::from_value)?,
            event: crate::codec::required(m, "event", crate::FromValue::from_value)?,
            threshold: crate::codec::optional(m, "threshold", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NotificationSettingDetail {
    pub channel: ::std::option::Option<NotificationChannel>,
    pub configured_by: ::std::option::Option<::std::string::String>,
    pub enabled: bool,
    pub event: NotificationEvent,
    pub threshold: ::std::option::Option<i32>,
}

impl crate::ToValue for NotificationSettingDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.channel {
            m.push(("channel", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.configured_by {
            m.push(("configuredBy", crate::ToValue::to_value(x)));
        }
        m.push(("enabled", crate::ToValue::to_value(&self.enabled)));
        m.push(("event", crate::ToValue::to_value(&self.event)));
        if let Some(x) = &self.threshold {
            m.push(("threshold", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for NotificationSettingDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            channel: crate::codec::optional(m, "channel", crate::FromValue::from_value)?,
            configured_by: crate::codec::optional(m, "configuredBy", crate::FromValue::from_value)?,
            enabled: crate::codec::required(m, "enabled", crate::FromValue::from_value)?,
            event: crate::codec::required(m, "event", crate::FromValue::from_value)?,
            threshold: crate::codec::optional(m, "threshold", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NotificationSettingKey {
    pub channel: ::std::option::Option<NotificationChannel>,
    pub event: NotificationEvent,
}

impl crate::ToValue for NotificationSettingKey {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.channel {
            m.push(("channel", crate::ToValue::to_value(x)));
        }
        m.push(("event", crate::ToValue::to_value(&self.event)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for NotificationSettingKey {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            channel: crate::codec::optional(m, "channel", crate::FromValue::from_value)?,
            event: crate::codec::required(m, "event", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProfileDetail {
    pub accept_role_session_name: ::std::option::Option<bool>,
    pub alias_arn: ::std::option::Option<::std::string::String>,
    pub alias_name: ::std::option::Option<::std::string::String>,
    pub attribute_mappings: ::std::option::Option<::std::vec::Vec<AttributeMapping>>,
    pub created_at: ::std::option::Option<crate::Timestamp>,
    pub created_by: ::std::option::Option<::std::string::String>,
    pub duration_seconds: ::std::option::Option<i32>,
    pub enabled: ::std::option::Option<bool>,
    pub managed_policy_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub name: ::std::option::Option<::std::string::String>,
    pub previous_alias_name: ::std::option::Option<::std::string::String>,
    pub profile_arn: ::std::option::Option<::std::string::String>,
    pub profile_id: ::std::option::Option<::std::string::String>,
    pub require_instance_properties: ::std::option::Option<bool>,
    pub role_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub session_policy: ::std::option::Option<::std::string::String>,
    pub tip_configuration: ::std::option::Option<TipConfiguration>,
    pub updated_at: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for ProfileDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(18);
        if let Some(x) = &self.accept_role_session_name {
            m.push(("acceptRoleSessionName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.alias_arn {
            m.push(("aliasArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.alias_name {
            m.push(("aliasName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attribute_mappings {
            m.push((
                "attributeMappings",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.created_at {
            m.push(("createdAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_by {
            m.push(("createdBy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.duration_seconds {
            m.push(("durationSeconds", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.enabled {
            m.push(("enabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.managed_policy_arns {
            m.push((
                "managedPolicyArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.name {
            m.push(("name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.previous_alias_name {
            m.push(("previousAliasName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.profile_arn {
            m.push(("profileArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.profile_id {
            m.push(("profileId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.require_instance_properties {
            m.push(("requireInstanceProperties", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_arns {
            m.push((
                "roleArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.session_policy {
            m.push(("sessionPolicy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tip_configuration {
            m.push(("tipConfiguration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_at {
            m.push(("updatedAt", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ProfileDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            accept_role_session_name: crate::codec::optional(
                m,
                "acceptRoleSessionName",
                crate::FromValue::from_value,
            )?,
            alias_arn: crate::codec::optional(m, "aliasArn", crate::FromValue::from_value)?,
            alias_name: crate::codec::optional(m, "aliasName", crate::FromValue::from_value)?,
            attribute_mappings: crate::codec::optional(
                m,
                "attributeMappings",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            created_at: crate::codec::optional(m, "createdAt", crate::FromValue::from_value)?,
            created_by: crate::codec::optional(m, "createdBy", crate::FromValue::from_value)?,
            duration_seconds: crate::codec::optional(
                m,
                "durationSeconds",
                crate::FromValue::from_value,
            )?,
            enabled: crate::codec::optional(m, "enabled", crate::FromValue::from_value)?,
            managed_policy_arns: crate::codec::optional(
                m,
                "managedPolicyArns",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            name: crate::codec::optional(m, "name", crate::FromValue::from_value)?,
            previous_alias_name: crate::codec::optional(
                m,
                "previousAliasName",
                crate::FromValue::from_value,
            )?,
            profile_arn: crate::codec::optional(m, "profileArn", crate::FromValue::from_value)?,
            profile_id: crate::codec::optional(m, "profileId", crate::FromValue::from_value)?,
            require_instance_properties: crate::codec::optional(
                m,
                "requireInstanceProperties",
                crate::FromValue::from_value,
            )?,
            role_arns: crate::codec::optional(m, "roleArns", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            session_policy: crate::codec::optional(
                m,
                "sessionPolicy",
                crate::FromValue::from_value,
            )?,
            tip_configuration: crate::codec::optional(
                m,
                "tipConfiguration",
                crate::FromValue::from_value,
            )?,
            updated_at: crate::codec::optional(m, "updatedAt", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProfileDetailResponse {
    pub profile: ::std::option::Option<ProfileDetail>,
}

impl crate::ToValue for ProfileDetailResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.profile {
            m.push(("profile", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ProfileDetailResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            profile: crate::codec::optional(m, "profile", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PutAttributeMappingRequest {
    pub certificate_field: CertificateField,
    pub mapping_rules: ::std::vec::Vec<MappingRule>,
    pub profile_id: ::std::string::String,
}

impl crate::ToValue for PutAttributeMappingRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "certificateField",
            crate::ToValue::to_value(&self.certificate_field),
        ));
        m.push((
            "mappingRules",
            crate::codec::list_to_value(&self.mapping_rules, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push(("profileId", crate::ToValue::to_value(&self.profile_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutAttributeMappingRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_field: crate::codec::required(
                m,
                "certificateField",
                crate::FromValue::from_value,
            )?,
            mapping_rules: crate::codec::required(m, "mappingRules", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            profile_id: crate::codec::required(m, "profileId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutAttributeMappingResponse {
    pub profile: ProfileDetail,
}

impl crate::ToValue for PutAttributeMappingResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("profile", crate::ToValue::to_value(&self.profile)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutAttributeMappingResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            profile: crate::codec::required(m, "profile", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutNotificationSettingsRequest {
    pub notification_settings: ::std::vec::Vec<NotificationSetting>,
    pub trust_anchor_id: ::std::string::String,
}

impl crate::ToValue for PutNotificationSettingsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "notificationSettings",
            crate::codec::list_to_value(&self.notification_settings, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        m.push((
            "trustAnchorId",
            crate::ToValue::to_value(&self.trust_anchor_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutNotificationSettingsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            notification_settings: crate::codec::required(
                m,
                "notificationSettings",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            trust_anchor_id: crate::codec::required(
                m,
                "trustAnchorId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutNotificationSettingsResponse {
    pub trust_anchor: TrustAnchorDetail,
}

impl crate::ToValue for PutNotificationSettingsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("trustAnchor", crate::ToValue::to_value(&self.trust_anchor)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutNotificationSettingsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trust_anchor: crate::codec::required(m, "trustAnchor", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResetNotificationSettingsRequest {
    pub notification_setting_keys: ::std::vec::Vec<NotificationSettingKey>,
    pub trust_anchor_id: ::std::string::String,
}

impl crate::ToValue for ResetNotificationSettingsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "notificationSettingKeys",
            crate::codec::list_to_value(&self.notification_setting_keys, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        m.push((
            "trustAnchorId",
            crate::ToValue::to_value(&self.trust_anchor_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResetNotificationSettingsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            notification_setting_keys: crate::codec::required(
                m,
                "notificationSettingKeys",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            trust_anchor_id: crate::codec::required(
                m,
                "trustAnchorId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResetNotificationSettingsResponse {
    pub trust_anchor: TrustAnchorDetail,
}

impl crate::ToValue for ResetNotificationSettingsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("trustAnchor", crate::ToValue::to_value(&self.trust_anchor)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResetNotificationSettingsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trust_anchor: crate::codec::required(m, "trustAnchor", crate::FromValue::from_value)?,
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

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScalarCrlRequest {
    pub crl_id: ::std::string::String,
}

impl crate::ToValue for ScalarCrlRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("crlId", crate::ToValue::to_value(&self.crl_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ScalarCrlRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            crl_id: crate::codec::required(m, "crlId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScalarProfileRequest {
    pub profile_id: ::std::string::String,
}

impl crate::ToValue for ScalarProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("profileId", crate::ToValue::to_value(&self.profile_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ScalarProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            profile_id: crate::codec::required(m, "profileId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScalarSubjectRequest {
    pub subject_id: ::std::string::String,
}

impl crate::ToValue for ScalarSubjectRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("subjectId", crate::ToValue::to_value(&self.subject_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ScalarSubjectRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            subject_id: crate::codec::required(m, "subjectId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScalarTrustAnchorRequest {
    pub trust_anchor_id: ::std::string::String,
}

impl crate::ToValue for ScalarTrustAnchorRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "trustAnchorId",
            crate::ToValue::to_value(&self.trust_anchor_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ScalarTrustAnchorRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trust_anchor_id: crate::codec::required(
                m,
                "trustAnchorId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceUnavailableException {
    pub message: ::std::string::String,
    pub retry_after_seconds: ::std::option::Option<i32>,
}

impl ServiceUnavailableException {
    pub const CODE: &'static str = "ServiceUnavailableException";
    pub const HTTP_STATUS: u16 = 503;
    pub const SENDER_FAULT: bool = false;
}

impl crate::ToValue for ServiceUnavailableException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("message", crate::ToValue::to_value(&self.message)));
        if let Some(x) = &self.retry_after_seconds {
            m.push(("retryAfterSeconds", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ServiceUnavailableException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::required(m, "message", crate::FromValue::from_value)?,
            retry_after_seconds: crate::codec::optional(
                m,
                "retryAfterSeconds",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Source {
    pub source_data: ::std::option::Option<SourceData>,
    pub source_type: ::std::option::Option<TrustAnchorType>,
}

impl crate::ToValue for Source {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.source_data {
            m.push(("sourceData", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source_type {
            m.push(("sourceType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Source {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            source_data: crate::codec::optional(m, "sourceData", crate::FromValue::from_value)?,
            source_type: crate::codec::optional(m, "sourceType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceData {
    pub acm_pca_arn: ::std::option::Option<::std::string::String>,
    pub x509_certificate_data: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for SourceData {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.acm_pca_arn {
            m.push(("acmPcaArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.x509_certificate_data {
            m.push(("x509CertificateData", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SourceData {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            acm_pca_arn: crate::codec::optional(m, "acmPcaArn", crate::FromValue::from_value)?,
            x509_certificate_data: crate::codec::optional(
                m,
                "x509CertificateData",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubjectDetail {
    pub created_at: ::std::option::Option<crate::Timestamp>,
    pub credentials: ::std::option::Option<::std::vec::Vec<CredentialSummary>>,
    pub enabled: ::std::option::Option<bool>,
    pub instance_properties: ::std::option::Option<::std::vec::Vec<InstanceProperty>>,
    pub last_seen_at: ::std::option::Option<crate::Timestamp>,
    pub subject_arn: ::std::option::Option<::std::string::String>,
    pub subject_id: ::std::option::Option<::std::string::String>,
    pub updated_at: ::std::option::Option<crate::Timestamp>,
    pub x509_subject: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for SubjectDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.created_at {
            m.push(("createdAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.credentials {
            m.push((
                "credentials",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.enabled {
            m.push(("enabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.instance_properties {
            m.push((
                "instanceProperties",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.last_seen_at {
            m.push(("lastSeenAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subject_arn {
            m.push(("subjectArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subject_id {
            m.push(("subjectId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_at {
            m.push(("updatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.x509_subject {
            m.push(("x509Subject", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SubjectDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_at: crate::codec::optional(m, "createdAt", crate::FromValue::from_value)?,
            credentials: crate::codec::optional(m, "credentials", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            enabled: crate::codec::optional(m, "enabled", crate::FromValue::from_value)?,
            instance_properties: crate::codec::optional(
                m,
                "instanceProperties",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            last_seen_at: crate::codec::optional(m, "lastSeenAt", crate::FromValue::from_value)?,
            subject_arn: crate::codec::optional(m, "subjectArn", crate::FromValue::from_value)?,
            subject_id: crate::codec::optional(m, "subjectId", crate::FromValue::from_value)?,
            updated_at: crate::codec::optional(m, "updatedAt", crate::FromValue::from_value)?,
            x509_subject: crate::codec::optional(m, "x509Subject", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubjectDetailResponse {
    pub subject: ::std::option::Option<SubjectDetail>,
}

impl crate::ToValue for SubjectDetailResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.subject {
            m.push(("subject", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SubjectDetailResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            subject: crate::codec::optional(m, "subject", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubjectSummary {
    pub created_at: ::std::option::Option<crate::Timestamp>,
    pub enabled: ::std::option::Option<bool>,
    pub last_seen_at: ::std::option::Option<crate::Timestamp>,
    pub subject_arn: ::std::option::Option<::std::string::String>,
    pub subject_id: ::std::option::Option<::std::string::String>,
    pub updated_at: ::std::option::Option<crate::Timestamp>,
    pub x509_subject: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for SubjectSummary {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.created_at {
            m.push(("createdAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.enabled {
            m.push(("enabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_seen_at {
            m.push(("lastSeenAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subject_arn {
            m.push(("subjectArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subject_id {
            m.push(("subjectId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_at {
            m.push(("updatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.x509_subject {
            m.push(("x509Subject", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SubjectSummary {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_at: crate::codec::optional(m, "createdAt", crate::FromValue::from_value)?,
            enabled: crate::codec::optional(m, "enabled", crate::FromValue::from_value)?,
            last_seen_at: crate::codec::optional(m, "lastSeenAt", crate::FromValue::from_value)?,
            subject_arn: crate::codec::optional(m, "subjectArn", crate::FromValue::from_value)?,
            subject_id: crate::codec::optional(m, "subjectId", crate::FromValue::from_value)?,
            updated_at: crate::codec::optional(m, "updatedAt", crate::FromValue::from_value)?,
            x509_subject: crate::codec::optional(m, "x509Subject", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct Tag {
    pub key: ::std::string::String,
    pub value: ::std::string::String,
}

impl ::std::fmt::Debug for Tag {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Tag")
            .field("key", &"<redacted>")
            .field("value", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for Tag {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("key", crate::ToValue::to_value(&self.key)));
        m.push(("value", crate::ToValue::to_value(&self.value)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Tag {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            key: crate::codec::required(m, "key", crate::FromValue::from_value)?,
            value: crate::codec::required(m, "value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagResourceRequest {
    pub resource_arn: ::std::string::String,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for TagResourceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("resourceArn", crate::ToValue::to_value(&self.resource_arn)));
        m.push((
            "tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TagResourceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_arn: crate::codec::required(m, "resourceArn", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
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

#[derive(Debug, Clone, PartialEq)]
pub struct TipConfiguration {
    pub status: TipStatus,
    pub subject_source: ::std::option::Option<TipSubjectSource>,
    pub subject_type: ::std::option::Option<TipSubjectType>,
}

impl crate::ToValue for TipConfiguration {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("status", crate::ToValue::to_value(&self.status)));
        if let Some(x) = &self.subject_source {
            m.push(("subjectSource", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subject_type {
            m.push(("subjectType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TipConfiguration {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            status: crate::codec::required(m, "status", crate::FromValue::from_value)?,
            subject_source: crate::codec::optional(
                m,
                "subjectSource",
                crate::FromValue::from_value,
            )?,
            subject_type: crate::codec::optional(m, "subjectType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TipStatus {
    ENABLED,
    DISABLED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl TipStatus {
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ENABLED => "ENABLED",
            Self::DISABLED => "DISABLED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ENABLED" => Self::ENABLED,
            "DISABLED" => Self::DISABLED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for TipStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for TipStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TipSubjectSource {
    X509SANURI,
    X509SubjectCN,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl TipSubjectSource {
    pub const VALUES: &'static [&'static str] = &["x509SAN/URI", "x509Subject/CN"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::X509SANURI => "x509SAN/URI",
            Self::X509SubjectCN => "x509Subject/CN",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "x509SAN/URI" => Self::X509SANURI,
            "x509Subject/CN" => Self::X509SubjectCN,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for TipSubjectSource {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for TipSubjectSource {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TipSubjectType {
    User,
    Workload,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl TipSubjectType {
    pub const VALUES: &'static [&'static str] = &["user", "workload"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Workload => "workload",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "user" => Self::User,
            "workload" => Self::Workload,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for TipSubjectType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for TipSubjectType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TooManyTagsException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl TooManyTagsException {
    pub const CODE: &'static str = "TooManyTagsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for TooManyTagsException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TooManyTagsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrustAnchorDetail {
    pub alias_arn: ::std::option::Option<::std::string::String>,
    pub alias_name: ::std::option::Option<::std::string::String>,
    pub created_at: ::std::option::Option<crate::Timestamp>,
    pub crl_dp_revocation_enabled: ::std::option::Option<bool>,
    pub enabled: ::std::option::Option<bool>,
    pub name: ::std::option::Option<::std::string::String>,
    pub notification_settings: ::std::option::Option<::std::vec::Vec<NotificationSettingDetail>>,
    pub previous_alias_name: ::std::option::Option<::std::string::String>,
    pub source: ::std::option::Option<Source>,
    pub trust_anchor_arn: ::std::option::Option<::std::string::String>,
    pub trust_anchor_id: ::std::option::Option<::std::string::String>,
    pub updated_at: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for TrustAnchorDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(12);
        if let Some(x) = &self.alias_arn {
            m.push(("aliasArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.alias_name {
            m.push(("aliasName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_at {
            m.push(("createdAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.crl_dp_revocation_enabled {
            m.push(("crlDpRevocationEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.enabled {
            m.push(("enabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.notification_settings {
            m.push((
                "notificationSettings",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.previous_alias_name {
            m.push(("previousAliasName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source {
            m.push(("source", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trust_anchor_arn {
            m.push(("trustAnchorArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trust_anchor_id {
            m.push(("trustAnchorId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_at {
            m.push(("updatedAt", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TrustAnchorDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            alias_arn: crate::codec::optional(m, "aliasArn", crate::FromValue::from_value)?,
            alias_name: crate::codec::optional(m, "aliasName", crate::FromValue::from_value)?,
            created_at: crate::codec::optional(m, "createdAt", crate::FromValue::from_value)?,
            crl_dp_revocation_enabled: crate::codec::optional(
                m,
                "crlDpRevocationEnabled",
                crate::FromValue::from_value,
            )?,
            enabled: crate::codec::optional(m, "enabled", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "name", crate::FromValue::from_value)?,
            notification_settings: crate::codec::optional(
                m,
                "notificationSettings",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            previous_alias_name: crate::codec::optional(
                m,
                "previousAliasName",
                crate::FromValue::from_value,
            )?,
            source: crate::codec::optional(m, "source", crate::FromValue::from_value)?,
            trust_anchor_arn: crate::codec::optional(
                m,
                "trustAnchorArn",
                crate::FromValue::from_value,
            )?,
            trust_anchor_id: crate::codec::optional(
                m,
                "trustAnchorId",
                crate::FromValue::from_value,
            )?,
            updated_at: crate::codec::optional(m, "updatedAt", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrustAnchorDetailResponse {
    pub trust_anchor: TrustAnchorDetail,
}

impl crate::ToValue for TrustAnchorDetailResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("trustAnchor", crate::ToValue::to_value(&self.trust_anchor)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TrustAnchorDetailResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trust_anchor: crate::codec::required(m, "trustAnchor", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrustAnchorType {
    AWSACMPCA,
    CERTIFICATEBUNDLE,
    SELFSIGNEDREPOSITORY,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl TrustAnchorType {
    pub const VALUES: &'static [&'static str] = &[
        "AWS_ACM_PCA",
        "CERTIFICATE_BUNDLE",
        "SELF_SIGNED_REPOSITORY",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::AWSACMPCA => "AWS_ACM_PCA",
            Self::CERTIFICATEBUNDLE => "CERTIFICATE_BUNDLE",
            Self::SELFSIGNEDREPOSITORY => "SELF_SIGNED_REPOSITORY",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "AWS_ACM_PCA" => Self::AWSACMPCA,
            "CERTIFICATE_BUNDLE" => Self::CERTIFICATEBUNDLE,
            "SELF_SIGNED_REPOSITORY" => Self::SELFSIGNEDREPOSITORY,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for TrustAnchorType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for TrustAnchorType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct UntagResourceRequest {
    pub resource_arn: ::std::string::String,
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}

impl ::std::fmt::Debug for UntagResourceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UntagResourceRequest")
            .field("resource_arn", &self.resource_arn)
            .field("tag_keys", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for UntagResourceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("resourceArn", crate::ToValue::to_value(&self.resource_arn)));
        m.push((
            "tagKeys",
            crate::codec::list_to_value(&self.tag_keys, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UntagResourceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_arn: crate::codec::required(m, "resourceArn", crate::FromValue::from_value)?,
            tag_keys: crate::codec::required(m, "tagKeys", |v0: &crate::Value| {
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

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateCrlRequest {
    pub alias_name: ::std::option::Option<::std::string::String>,
    pub crl_data: ::std::option::Option<::std::vec::Vec<u8>>,
    pub crl_id: ::std::string::String,
    pub name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateCrlRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.alias_name {
            m.push(("aliasName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.crl_data {
            m.push(("crlData", crate::ToValue::to_value(x)));
        }
        m.push(("crlId", crate::ToValue::to_value(&self.crl_id)));
        if let Some(x) = &self.name {
            m.push(("name", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateCrlRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            alias_name: crate::codec::optional(m, "aliasName", crate::FromValue::from_value)?,
            crl_data: crate::codec::optional(m, "crlData", crate::FromValue::from_value)?,
            crl_id: crate::codec::required(m, "crlId", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateProfileRequest {
    pub accept_role_session_name: ::std::option::Option<bool>,
    pub alias_name: ::std::option::Option<::std::string::String>,
    pub duration_seconds: ::std::option::Option<i32>,
    pub managed_policy_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub name: ::std::option::Option<::std::string::String>,
    pub profile_id: ::std::string::String,
    pub role_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub session_policy: ::std::option::Option<::std::string::String>,
    pub tip_configuration: ::std::option::Option<TipConfiguration>,
}

impl crate::ToValue for UpdateProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.accept_role_session_name {
            m.push(("acceptRoleSessionName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.alias_name {
            m.push(("aliasName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.duration_seconds {
            m.push(("durationSeconds", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.managed_policy_arns {
            m.push((
                "managedPolicyArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.name {
            m.push(("name", crate::ToValue::to_value(x)));
        }
        m.push(("profileId", crate::ToValue::to_value(&self.profile_id)));
        if let Some(x) = &self.role_arns {
            m.push((
                "roleArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.session_policy {
            m.push(("sessionPolicy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tip_configuration {
            m.push(("tipConfiguration", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            accept_role_session_name: crate::codec::optional(
                m,
                "acceptRoleSessionName",
                crate::FromValue::from_value,
            )?,
            alias_name: crate::codec::optional(m, "aliasName", crate::FromValue::from_value)?,
            duration_seconds: crate::codec::optional(
                m,
                "durationSeconds",
                crate::FromValue::from_value,
            )?,
            managed_policy_arns: crate::codec::optional(
                m,
                "managedPolicyArns",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            name: crate::codec::optional(m, "name", crate::FromValue::from_value)?,
            profile_id: crate::codec::required(m, "profileId", crate::FromValue::from_value)?,
            role_arns: crate::codec::optional(m, "roleArns", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            session_policy: crate::codec::optional(
                m,
                "sessionPolicy",
                crate::FromValue::from_value,
            )?,
            tip_configuration: crate::codec::optional(
                m,
                "tipConfiguration",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateTrustAnchorRequest {
    pub alias_name: ::std::option::Option<::std::string::String>,
    pub crl_dp_revocation_enabled: ::std::option::Option<bool>,
    pub name: ::std::option::Option<::std::string::String>,
    pub source: ::std::option::Option<Source>,
    pub trust_anchor_id: ::std::string::String,
}

impl crate::ToValue for UpdateTrustAnchorRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.alias_name {
            m.push(("aliasName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.crl_dp_revocation_enabled {
            m.push(("crlDpRevocationEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source {
            m.push(("source", crate::ToValue::to_value(x)));
        }
        m.push((
            "trustAnchorId",
            crate::ToValue::to_value(&self.trust_anchor_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateTrustAnchorRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            alias_name: crate::codec::optional(m, "aliasName", crate::FromValue::from_value)?,
            crl_dp_revocation_enabled: crate::codec::optional(
                m,
                "crlDpRevocationEnabled",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "name", crate::FromValue::from_value)?,
            source: crate::codec::optional(m, "source", crate::FromValue::from_value)?,
            trust_anchor_id: crate::codec::required(
                m,
                "trustAnchorId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValidationException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ValidationException {
    pub const CODE: &'static str = "ValidationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ValidationException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ValidationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}
