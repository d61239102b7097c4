//! The `identitystore` service: schema tables and typed shapes. Written by `scripts/codegen` from botocore 1.44.8; do not edit.

#![allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case)]

pub static SERVICE: crate::ServiceDef = crate::ServiceDef {
    name: "identitystore",
    protocol: crate::Protocol::Json,
    protocols: &["json"],
    api_version: "2020-06-15",
    target_prefix: Some("AWSIdentityStore"),
    json_version: Some("1.1"),
    xml_namespace: None,
    signing_name: "identitystore",
    endpoint_prefix: "identitystore",
    operations: &OPERATIONS,
    shapes: &SHAPES,
};

static OPERATIONS: [crate::OperationDef; 22] = [
    crate::OperationDef {
        name: "CreateGroup",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(14)),
        output: Some(crate::ShapeId(15)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(10),
            crate::ShapeId(63),
            crate::ShapeId(114),
            crate::ShapeId(99),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateGroupMembership",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(12)),
        output: Some(crate::ShapeId(13)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(10),
            crate::ShapeId(63),
            crate::ShapeId(114),
            crate::ShapeId(99),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateUser",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(16)),
        output: Some(crate::ShapeId(17)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(10),
            crate::ShapeId(63),
            crate::ShapeId(114),
            crate::ShapeId(99),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteGroup",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(21)),
        output: Some(crate::ShapeId(22)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(10),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteGroupMembership",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(19)),
        output: Some(crate::ShapeId(20)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(10),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteUser",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(23)),
        output: Some(crate::ShapeId(24)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(10),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeGroup",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(27)),
        output: Some(crate::ShapeId(28)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeGroupMembership",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(25)),
        output: Some(crate::ShapeId(26)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeIdentityStore",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(29)),
        output: Some(crate::ShapeId(30)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeUser",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(31)),
        output: Some(crate::ShapeId(32)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetGroupId",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(45)),
        output: Some(crate::ShapeId(46)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetGroupMembershipId",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(47)),
        output: Some(crate::ShapeId(48)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetUserId",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(49)),
        output: Some(crate::ShapeId(50)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "IsMemberInGroups",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(66)),
        output: Some(crate::ShapeId(67)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListGroupMemberships",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(70)),
        output: Some(crate::ShapeId(71)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListGroupMembershipsForMember",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(68)),
        output: Some(crate::ShapeId(69)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListGroups",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(72)),
        output: Some(crate::ShapeId(73)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListIdentityStores",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(74)),
        output: Some(crate::ShapeId(75)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListUsers",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(76)),
        output: Some(crate::ShapeId(77)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateGroup",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(104)),
        output: Some(crate::ShapeId(105)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(10),
            crate::ShapeId(63),
            crate::ShapeId(114),
            crate::ShapeId(99),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateIdentityStore",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(106)),
        output: Some(crate::ShapeId(107)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(10),
            crate::ShapeId(63),
            crate::ShapeId(114),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateUser",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(108)),
        output: Some(crate::ShapeId(109)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(91),
            crate::ShapeId(101),
            crate::ShapeId(0),
            crate::ShapeId(10),
            crate::ShapeId(63),
            crate::ShapeId(114),
            crate::ShapeId(99),
        ],
        unsigned: false,
    },
];

static SHAPES: [crate::Shape; 118] = [
    crate::Shape {
        name: "AccessDeniedException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(35),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(88),
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
        enum_values: &["KMS_ACCESS_DENIED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Address",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Country",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Formatted",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Locality",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PostalCode",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Primary",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Region",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StreetAddress",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Addresses",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(2),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AlternateIdentifier",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ExternalId",
                target: crate::ShapeId(39),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UniqueAttribute",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
        ],
        union: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeOperation",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributePath",
                target: crate::ShapeId(7),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttributeValue",
                target: crate::ShapeId(8),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeOperations",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(5),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(100),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributePath",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(255),
        pattern: Some("(?:\\p{L}+:\\p{L}+:\\p{L}+(?:\\.\\p{L}+){0,3}|\\p{L}+(?:\\.\\p{L}+){0,2})"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeValue",
        kind: crate::ShapeKind::Structure,
        document: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BooleanType",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConflictException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(35),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(11),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(88),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "ConflictException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConflictExceptionReason",
        kind: crate::ShapeKind::String,
        enum_values: &["UNIQUENESS_CONSTRAINT_VIOLATION", "CONCURRENT_MODIFICATION"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateGroupMembershipRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MemberId",
                target: crate::ShapeId(79),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateGroupMembershipResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MembershipArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MembershipId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateGroupRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Description",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DisplayName",
                target: crate::ShapeId(52),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateGroupResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Revision",
                target: crate::ShapeId(93),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateUserRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Addresses",
                target: crate::ShapeId(3),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Birthdate",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DisplayName",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Emails",
                target: crate::ShapeId(34),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Extensions",
                target: crate::ShapeId(38),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Locale",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(80),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NickName",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PhoneNumbers",
                target: crate::ShapeId(85),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Photos",
                target: crate::ShapeId(87),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PreferredLanguage",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ProfileUrl",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Roles",
                target: crate::ShapeId(97),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Timezone",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Title",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(111),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserType",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Website",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateUserResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Revision",
                target: crate::ShapeId(93),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserId",
                target: crate::ShapeId(90),
                required: true,
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
        name: "DeleteGroupMembershipRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MembershipId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteGroupMembershipResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteGroupRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Revision",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteGroupResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteUserRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Revision",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteUserResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeGroupMembershipRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MembershipId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeGroupMembershipResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedAt",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedBy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MemberId",
                target: crate::ShapeId(79),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MembershipArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MembershipId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedAt",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedBy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeGroupRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeGroupResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedAt",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedBy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DisplayName",
                target: crate::ShapeId(52),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExternalIds",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Revision",
                target: crate::ShapeId(93),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedAt",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedBy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeIdentityStoreRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "IdentityStoreId",
            target: crate::ShapeId(61),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeIdentityStoreResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreArn",
                target: crate::ShapeId(60),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NetworkConfiguration",
                target: crate::ShapeId(82),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeUserRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Extensions",
                target: crate::ShapeId(37),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeUserResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Addresses",
                target: crate::ShapeId(3),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Birthdate",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedAt",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedBy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DisplayName",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Emails",
                target: crate::ShapeId(34),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Extensions",
                target: crate::ShapeId(38),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExternalIds",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Locale",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(80),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NickName",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PhoneNumbers",
                target: crate::ShapeId(85),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Photos",
                target: crate::ShapeId(87),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PreferredLanguage",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ProfileUrl",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Revision",
                target: crate::ShapeId(93),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Roles",
                target: crate::ShapeId(97),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Timezone",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Title",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedAt",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedBy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(111),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserStatus",
                target: crate::ShapeId(112),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserType",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Website",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Email",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Primary",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Emails",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(33),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExtensionName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(50),
        pattern: Some("aws:identitystore:[a-z]{1,20}"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExtensionNames",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(36),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Extensions",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(36),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(8),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExternalId",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Id",
                target: crate::ShapeId(40),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Issuer",
                target: crate::ShapeId(41),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExternalIdIdentifier",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(256),
        pattern: Some("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExternalIdIssuer",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(256),
        pattern: Some("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExternalIds",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(39),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Filter",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributePath",
                target: crate::ShapeId(7),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttributeValue",
                target: crate::ShapeId(98),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Filters",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(43),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetGroupIdRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AlternateIdentifier",
                target: crate::ShapeId(4),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetGroupIdResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetGroupMembershipIdRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MemberId",
                target: crate::ShapeId(79),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetGroupMembershipIdResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MembershipArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MembershipId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetUserIdRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AlternateIdentifier",
                target: crate::ShapeId(4),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetUserIdResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Group",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedAt",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedBy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DisplayName",
                target: crate::ShapeId(52),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExternalIds",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Revision",
                target: crate::ShapeId(93),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedAt",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedBy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GroupDisplayName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1024),
        pattern: Some("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u{a0}\u{3000}]+"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GroupIds",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(90),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(100),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GroupMembership",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedAt",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedBy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MemberId",
                target: crate::ShapeId(79),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MembershipArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MembershipId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedAt",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedBy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GroupMembershipExistenceResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MemberId",
                target: crate::ShapeId(79),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MembershipExists",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GroupMembershipExistenceResults",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(55),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GroupMemberships",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(54),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Groups",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(51),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityStore",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreArn",
                target: crate::ShapeId(60),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityStoreArn",
        kind: crate::ShapeKind::String,
        min: Some(62),
        max: Some(93),
        pattern: Some(
            "arn:aws[a-z-]*:identitystore::\\d{12}:identitystore/(d-[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityStoreId",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(93),
        pattern: Some(
            "(arn:aws[a-z-]*:identitystore::\\d{12}:identitystore/)?(d-[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityStores",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(59),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InternalServerException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(35),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(88),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RetryAfterSeconds",
                target: crate::ShapeId(95),
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
        name: "IpCidrList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(65),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IpCidrType",
        kind: crate::ShapeKind::String,
        min: Some(2),
        max: Some(43),
        pattern: Some(
            "((([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])(\\/(3[0-2]|[1-2][0-9]|[0-9]))?|(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:(:[0-9a-fA-F]{1,4}){1,6}|:((:[0-9a-fA-F]{1,4}){1,7}|:))(\\/(12[0-8]|1[0-1][0-9]|[1-9][0-9]|[0-9]))?)",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IsMemberInGroupsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupIds",
                target: crate::ShapeId(53),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MemberId",
                target: crate::ShapeId(79),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IsMemberInGroupsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Results",
            target: crate::ShapeId(56),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListGroupMembershipsForMemberRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MemberId",
                target: crate::ShapeId(79),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListGroupMembershipsForMemberResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupMemberships",
                target: crate::ShapeId(57),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListGroupMembershipsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListGroupMembershipsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupMemberships",
                target: crate::ShapeId(57),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListGroupsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Filters",
                target: crate::ShapeId(44),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListGroupsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Groups",
                target: crate::ShapeId(58),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListIdentityStoresRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListIdentityStoresResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStores",
                target: crate::ShapeId(62),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListUsersRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Extensions",
                target: crate::ShapeId(37),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Filters",
                target: crate::ShapeId(44),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(78),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListUsersResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Users",
                target: crate::ShapeId(113),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MaxResults",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(100),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MemberId",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "UserId",
            target: crate::ShapeId(90),
            ..crate::Member::EMPTY
        }],
        union: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Name",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "FamilyName",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Formatted",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GivenName",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "HonorificPrefix",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "HonorificSuffix",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MiddleName",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NetworkConfiguration",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApiAllowSourceIps",
                target: crate::ShapeId(64),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ApiRestrictSourceVpcs",
                target: crate::ShapeId(117),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ScimAllowSourceIps",
                target: crate::ShapeId(64),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpceAccessRequired",
                target: crate::ShapeId(9),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NetworkConfigurationDetails",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApiAllowSourceIps",
                target: crate::ShapeId(64),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ApiRestrictSourceVpcs",
                target: crate::ShapeId(117),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ScimAllowSourceIps",
                target: crate::ShapeId(64),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpceAccessRequired",
                target: crate::ShapeId(9),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NextToken",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(65535),
        pattern: Some("[-a-zA-Z0-9+=/:_]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PhoneNumber",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Primary",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PhoneNumbers",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(84),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Photo",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Display",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Primary",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(98),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Photos",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(86),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(3),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RequestId",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(36),
        pattern: Some(
            "[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceArn",
        kind: crate::ShapeKind::String,
        min: Some(60),
        max: Some(100),
        pattern: Some(
            "arn:aws[a-z-]*:identitystore:::(user|group|membership)/([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceId",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(100),
        pattern: Some(
            "(arn:aws[a-z-]*:identitystore:::(user|group|membership)/)?([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(35),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(92),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(88),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceId",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceType",
                target: crate::ShapeId(94),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "ResourceNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceNotFoundExceptionReason",
        kind: crate::ShapeKind::String,
        enum_values: &["KMS_KEY_NOT_FOUND"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceRevision",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some("[0-9]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "GROUP",
            "USER",
            "IDENTITY_STORE",
            "GROUP_MEMBERSHIP",
            "RESOURCE_POLICY",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RetryAfterSeconds",
        kind: crate::ShapeKind::Integer,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Role",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Primary",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Roles",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(96),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SensitiveStringType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1024),
        pattern: Some("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u{a0}\u{3000}]+"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceQuotaExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(35),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(88),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "ServiceQuotaExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StringType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ThrottlingException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(35),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(102),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(88),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RetryAfterSeconds",
                target: crate::ShapeId(95),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "ThrottlingException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ThrottlingExceptionReason",
        kind: crate::ShapeKind::String,
        enum_values: &["KMS_THROTTLING"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UniqueAttribute",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributePath",
                target: crate::ShapeId(7),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttributeValue",
                target: crate::ShapeId(8),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateGroupRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Operations",
                target: crate::ShapeId(6),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Revision",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateGroupResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Revision",
                target: crate::ShapeId(93),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateIdentityStoreRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NetworkConfiguration",
                target: crate::ShapeId(81),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateIdentityStoreResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreArn",
                target: crate::ShapeId(60),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateUserRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Operations",
                target: crate::ShapeId(6),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Revision",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateUserResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Revision",
                target: crate::ShapeId(93),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "User",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Addresses",
                target: crate::ShapeId(3),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Birthdate",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedAt",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedBy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DisplayName",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Emails",
                target: crate::ShapeId(34),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Extensions",
                target: crate::ShapeId(38),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExternalIds",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(61),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Locale",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(80),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NickName",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PhoneNumbers",
                target: crate::ShapeId(85),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Photos",
                target: crate::ShapeId(87),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PreferredLanguage",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ProfileUrl",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Revision",
                target: crate::ShapeId(93),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Roles",
                target: crate::ShapeId(97),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Timezone",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Title",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedAt",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedBy",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserArn",
                target: crate::ShapeId(89),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserId",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(111),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserStatus",
                target: crate::ShapeId(112),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserType",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Website",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UserName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UserStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["ENABLED", "DISABLED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Users",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(110),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ValidationException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(35),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(115),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(88),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "ValidationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ValidationExceptionReason",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "KMS_INVALID_ARN",
            "KMS_INVALID_KEY_USAGE",
            "KMS_INVALID_STATE",
            "KMS_DISABLED",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "VpcArn",
        kind: crate::ShapeKind::String,
        min: Some(12),
        max: Some(128),
        pattern: Some(
            "(arn:aws(-[a-z]{1,5}){0,3}:ec2:[a-z]{2,4}(-[a-z]{1,10}){1,3}-[0-9]{1,2}:[0-9]{12}:vpc/)?vpc-([0-9a-f]){8}(([0-9a-f]){9})?",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "VpcArnList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(116),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(50),
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
        "Address" => via::<Address>(value),
        "AlternateIdentifier" => via::<AlternateIdentifier>(value),
        "AttributeOperation" => via::<AttributeOperation>(value),
        "ConflictException" => via::<ConflictException>(value),
        "CreateGroupMembershipRequest" => via::<CreateGroupMembershipRequest>(value),
        "CreateGroupMembershipResponse" => via::<CreateGroupMembershipResponse>(value),
        "CreateGroupRequest" => via::<CreateGroupRequest>(value),
        "CreateGroupResponse" => via::<CreateGroupResponse>(value),
        "CreateUserRequest" => via::<CreateUserRequest>(value),
        "CreateUserResponse" => via::<CreateUserResponse>(value),
        "DeleteGroupMembershipRequest" => via::<DeleteGroupMembershipRequest>(value),
        "DeleteGroupMembershipResponse" => via::<DeleteGroupMembershipResponse>(value),
        "DeleteGroupRequest" => via::<DeleteGroupRequest>(value),
        "DeleteGroupResponse" => via::<DeleteGroupResponse>(value),
        "DeleteUserRequest" => via::<DeleteUserRequest>(value),
        "DeleteUserResponse" => via::<DeleteUserResponse>(value),
        "DescribeGroupMembershipRequest" => via::<DescribeGroupMembershipRequest>(value),
        "DescribeGroupMembershipResponse" => via::<DescribeGroupMembershipResponse>(value),
        "DescribeGroupRequest" => via::<DescribeGroupRequest>(value),
        "DescribeGroupResponse" => via::<DescribeGroupResponse>(value),
        "DescribeIdentityStoreRequest" => via::<DescribeIdentityStoreRequest>(value),
        "DescribeIdentityStoreResponse" => via::<DescribeIdentityStoreResponse>(value),
        "DescribeUserRequest" => via::<DescribeUserRequest>(value),
        "DescribeUserResponse" => via::<DescribeUserResponse>(value),
        "Email" => via::<Email>(value),
        "ExternalId" => via::<ExternalId>(value),
        "Filter" => via::<Filter>(value),
        "GetGroupIdRequest" => via::<GetGroupIdRequest>(value),
        "GetGroupIdResponse" => via::<GetGroupIdResponse>(value),
        "GetGroupMembershipIdRequest" => via::<GetGroupMembershipIdRequest>(value),
        "GetGroupMembershipIdResponse" => via::<GetGroupMembershipIdResponse>(value),
        "GetUserIdRequest" => via::<GetUserIdRequest>(value),
        "GetUserIdResponse" => via::<GetUserIdResponse>(value),
        "Group" => via::<Group>(value),
        "GroupMembership" => via::<GroupMembership>(value),
        "GroupMembershipExistenceResult" => via::<GroupMembershipExistenceResult>(value),
        "IdentityStore" => via::<IdentityStore>(value),
        "InternalServerException" => via::<InternalServerException>(value),
        "IsMemberInGroupsRequest" => via::<IsMemberInGroupsRequest>(value),
        "IsMemberInGroupsResponse" => via::<IsMemberInGroupsResponse>(value),
        "ListGroupMembershipsForMemberRequest" => {
            via::<ListGroupMembershipsForMemberRequest>(value)
        }
        "ListGroupMembershipsForMemberResponse" => {
            via::<ListGroupMembershipsForMemberResponse>(value)
        }
        "ListGroupMembershipsRequest" => via::<ListGroupMembershipsRequest>(value),
        "ListGroupMembershipsResponse" => via::<ListGroupMembershipsResponse>(value),
        "ListGroupsRequest" => via::<ListGroupsRequest>(value),
        "ListGroupsResponse" => via::<ListGroupsResponse>(value),
        "ListIdentityStoresRequest" => via::<ListIdentityStoresRequest>(value),
        "ListIdentityStoresResponse" => via::<ListIdentityStoresResponse>(value),
        "ListUsersRequest" => via::<ListUsersRequest>(value),
        "ListUsersResponse" => via::<ListUsersResponse>(value),
        "MemberId" => via::<MemberId>(value),
        "Name" => via::<Name>(value),
        "NetworkConfiguration" => via::<NetworkConfiguration>(value),
        "NetworkConfigurationDetails" => via::<NetworkConfigurationDetails>(value),
        "PhoneNumber" => via::<PhoneNumber>(value),
        "Photo" => via::<Photo>(value),
        "ResourceNotFoundException" => via::<ResourceNotFoundException>(value),
        "Role" => via::<Role>(value),
        "ServiceQuotaExceededException" => via::<ServiceQuotaExceededException>(value),
        "ThrottlingException" => via::<ThrottlingException>(value),
        "UniqueAttribute" => via::<UniqueAttribute>(value),
        "UpdateGroupRequest" => via::<UpdateGroupRequest>(value),
        "UpdateGroupResponse" => via::<UpdateGroupResponse>(value),
        "UpdateIdentityStoreRequest" => via::<UpdateIdentityStoreRequest>(value),
        "UpdateIdentityStoreResponse" => via::<UpdateIdentityStoreResponse>(value),
        "UpdateUserRequest" => via::<UpdateUserRequest>(value),
        "UpdateUserResponse" => via::<UpdateUserResponse>(value),
        "User" => via::<User>(value),
        "ValidationException" => via::<ValidationException>(value),
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessDeniedException {
    pub message: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<AccessDeniedExceptionReason>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl AccessDeniedException {
    pub const CODE: &'static str = "AccessDeniedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccessDeniedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.reason {
            m.push(("Reason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_id {
            m.push(("RequestId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccessDeniedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            reason: crate::codec::optional(m, "Reason", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessDeniedExceptionReason {
    KMSACCESSDENIED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl AccessDeniedExceptionReason {
    pub const VALUES: &'static [&'static str] = &["KMS_ACCESS_DENIED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::KMSACCESSDENIED => "KMS_ACCESS_DENIED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "KMS_ACCESS_DENIED" => Self::KMSACCESSDENIED,
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

#[derive(Clone, PartialEq, Default)]
pub struct Address {
    pub country: ::std::option::Option<::std::string::String>,
    pub formatted: ::std::option::Option<::std::string::String>,
    pub locality: ::std::option::Option<::std::string::String>,
    pub postal_code: ::std::option::Option<::std::string::String>,
    pub primary: ::std::option::Option<bool>,
    pub region: ::std::option::Option<::std::string::String>,
    pub street_address: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for Address {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Address")
            .field("country", &"<redacted>")
            .field("formatted", &"<redacted>")
            .field("locality", &"<redacted>")
            .field("postal_code", &"<redacted>")
            .field("primary", &self.primary)
            .field("region", &"<redacted>")
            .field("street_address", &"<redacted>")
            .field("type", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for Address {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.country {
            m.push(("Country", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.formatted {
            m.push(("Formatted", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.locality {
            m.push(("Locality", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.postal_code {
            m.push(("PostalCode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.primary {
            m.push(("Primary", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.region {
            m.push(("Region", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.street_address {
            m.push(("StreetAddress", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Address {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            country: crate::codec::optional(m, "Country", crate::FromValue::from_value)?,
            formatted: crate::codec::optional(m, "Formatted", crate::FromValue::from_value)?,
            locality: crate::codec::optional(m, "Locality", crate::FromValue::from_value)?,
            postal_code: crate::codec::optional(m, "PostalCode", crate::FromValue::from_value)?,
            primary: crate::codec::optional(m, "Primary", crate::FromValue::from_value)?,
            region: crate::codec::optional(m, "Region", crate::FromValue::from_value)?,
            street_address: crate::codec::optional(
                m,
                "StreetAddress",
                crate::FromValue::from_value,
            )?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AlternateIdentifier {
    pub external_id: ::std::option::Option<ExternalId>,
    pub unique_attribute: ::std::option::Option<UniqueAttribute>,
}

impl crate::ToValue for AlternateIdentifier {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.external_id {
            m.push(("ExternalId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.unique_attribute {
            m.push(("UniqueAttribute", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AlternateIdentifier {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            external_id: crate::codec::optional(m, "ExternalId", crate::FromValue::from_value)?,
            unique_attribute: crate::codec::optional(
                m,
                "UniqueAttribute",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeOperation {
    pub attribute_path: ::std::string::String,
    pub attribute_value: ::std::option::Option<crate::Value>,
}

impl crate::ToValue for AttributeOperation {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "AttributePath",
            crate::ToValue::to_value(&self.attribute_path),
        ));
        if let Some(x) = &self.attribute_value {
            m.push(("AttributeValue", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttributeOperation {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_path: crate::codec::required(
                m,
                "AttributePath",
                crate::FromValue::from_value,
            )?,
            attribute_value: crate::codec::optional(
                m,
                "AttributeValue",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConflictException {
    pub message: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<ConflictExceptionReason>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl ConflictException {
    pub const CODE: &'static str = "ConflictException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ConflictException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.reason {
            m.push(("Reason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_id {
            m.push(("RequestId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ConflictException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            reason: crate::codec::optional(m, "Reason", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConflictExceptionReason {
    UNIQUENESSCONSTRAINTVIOLATION,
    CONCURRENTMODIFICATION,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ConflictExceptionReason {
    pub const VALUES: &'static [&'static str] =
        &["UNIQUENESS_CONSTRAINT_VIOLATION", "CONCURRENT_MODIFICATION"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::UNIQUENESSCONSTRAINTVIOLATION => "UNIQUENESS_CONSTRAINT_VIOLATION",
            Self::CONCURRENTMODIFICATION => "CONCURRENT_MODIFICATION",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "UNIQUENESS_CONSTRAINT_VIOLATION" => Self::UNIQUENESSCONSTRAINTVIOLATION,
            "CONCURRENT_MODIFICATION" => Self::CONCURRENTMODIFICATION,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ConflictExceptionReason {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ConflictExceptionReason {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateGroupMembershipRequest {
    pub group_id: ::std::string::String,
    pub identity_store_id: ::std::string::String,
    pub member_id: MemberId,
}

impl crate::ToValue for CreateGroupMembershipRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("GroupId", crate::ToValue::to_value(&self.group_id)));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push(("MemberId", crate::ToValue::to_value(&self.member_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateGroupMembershipRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_id: crate::codec::required(m, "GroupId", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            member_id: crate::codec::required(m, "MemberId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateGroupMembershipResponse {
    pub identity_store_id: ::std::string::String,
    pub membership_arn: ::std::string::String,
    pub membership_id: ::std::string::String,
}

impl crate::ToValue for CreateGroupMembershipResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push((
            "MembershipArn",
            crate::ToValue::to_value(&self.membership_arn),
        ));
        m.push((
            "MembershipId",
            crate::ToValue::to_value(&self.membership_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateGroupMembershipResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            membership_arn: crate::codec::required(
                m,
                "MembershipArn",
                crate::FromValue::from_value,
            )?,
            membership_id: crate::codec::required(m, "MembershipId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct CreateGroupRequest {
    pub description: ::std::option::Option<::std::string::String>,
    pub display_name: ::std::option::Option<::std::string::String>,
    pub identity_store_id: ::std::string::String,
}

impl ::std::fmt::Debug for CreateGroupRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateGroupRequest")
            .field("description", &"<redacted>")
            .field("display_name", &"<redacted>")
            .field("identity_store_id", &self.identity_store_id)
            .finish()
    }
}

impl crate::ToValue for CreateGroupRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.display_name {
            m.push(("DisplayName", crate::ToValue::to_value(x)));
        }
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateGroupRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            display_name: crate::codec::optional(m, "DisplayName", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateGroupResponse {
    pub group_arn: ::std::string::String,
    pub group_id: ::std::string::String,
    pub identity_store_id: ::std::string::String,
    pub revision: ::std::string::String,
}

impl crate::ToValue for CreateGroupResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("GroupArn", crate::ToValue::to_value(&self.group_arn)));
        m.push(("GroupId", crate::ToValue::to_value(&self.group_id)));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push(("Revision", crate::ToValue::to_value(&self.revision)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateGroupResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_arn: crate::codec::required(m, "GroupArn", crate::FromValue::from_value)?,
            group_id: crate::codec::required(m, "GroupId", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            revision: crate::codec::required(m, "Revision", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct CreateUserRequest {
    pub addresses: ::std::option::Option<::std::vec::Vec<Address>>,
    pub birthdate: ::std::option::Option<::std::string::String>,
    pub display_name: ::std::option::Option<::std::string::String>,
    pub emails: ::std::option::Option<::std::vec::Vec<Email>>,
    pub extensions:
        ::std::option::Option<::std::collections::BTreeMap<::std::string::String, crate::Value>>,
    pub identity_store_id: ::std::string::String,
    pub locale: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<Name>,
    pub nick_name: ::std::option::Option<::std::string::String>,
    pub phone_numbers: ::std::option::Option<::std::vec::Vec<PhoneNumber>>,
    pub photos: ::std::option::Option<::std::vec::Vec<Photo>>,
    pub preferred_language: ::std::option::Option<::std::string::String>,
    pub profile_url: ::std::option::Option<::std::string::String>,
    pub roles: ::std::option::Option<::std::vec::Vec<Role>>,
    pub timezone: ::std::option::Option<::std::string::String>,
    pub title: ::std::option::Option<::std::string::String>,
    pub user_name: ::std::option::Option<::std::string::String>,
    pub user_type: ::std::option::Option<::std::string::String>,
    pub website: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for CreateUserRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateUserRequest")
            .field("addresses", &self.addresses)
            .field("birthdate", &"<redacted>")
            .field("display_name", &"<redacted>")
            .field("emails", &self.emails)
            .field("extensions", &self.extensions)
            .field("identity_store_id", &self.identity_store_id)
            .field("locale", &"<redacted>")
            .field("name", &self.name)
            .field("nick_name", &"<redacted>")
            .field("phone_numbers", &self.phone_numbers)
            .field("photos", &self.photos)
            .field("preferred_language", &"<redacted>")
            .field("profile_url", &"<redacted>")
            .field("roles", &self.roles)
            .field("timezone", &"<redacted>")
            .field("title", &"<redacted>")
            .field("user_name", &"<redacted>")
            .field("user_type", &"<redacted>")
            .field("website", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for CreateUserRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(19);
        if let Some(x) = &self.addresses {
            m.push((
                "Addresses",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.birthdate {
            m.push(("Birthdate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.display_name {
            m.push(("DisplayName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.emails {
            m.push((
                "Emails",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.extensions {
            m.push((
                "Extensions",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        if let Some(x) = &self.locale {
            m.push(("Locale", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.nick_name {
            m.push(("NickName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.phone_numbers {
            m.push((
                "PhoneNumbers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.photos {
            m.push((
                "Photos",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.preferred_language {
            m.push(("PreferredLanguage", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.profile_url {
            m.push(("ProfileUrl", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.roles {
            m.push((
                "Roles",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.timezone {
            m.push(("Timezone", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.title {
            m.push(("Title", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_type {
            m.push(("UserType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.website {
            m.push(("Website", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateUserRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            addresses: crate::codec::optional(m, "Addresses", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            birthdate: crate::codec::optional(m, "Birthdate", crate::FromValue::from_value)?,
            display_name: crate::codec::optional(m, "DisplayName", crate::FromValue::from_value)?,
            emails: crate::codec::optional(m, "Emails", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            extensions: crate::codec::optional(m, "Extensions", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            locale: crate::codec::optional(m, "Locale", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            nick_name: crate::codec::optional(m, "NickName", crate::FromValue::from_value)?,
            phone_numbers: crate::codec::optional(m, "PhoneNumbers", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            photos: crate::codec::optional(m, "Photos", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            preferred_language: crate::codec::optional(
                m,
                "PreferredLanguage",
                crate::FromValue::from_value,
            )?,
            profile_url: crate::codec::optional(m, "ProfileUrl", crate::FromValue::from_value)?,
            roles: crate::codec::optional(m, "Roles", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            timezone: crate::codec::optional(m, "Timezone", crate::FromValue::from_value)?,
            title: crate::codec::optional(m, "Title", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
            user_type: crate::codec::optional(m, "UserType", crate::FromValue::from_value)?,
            website: crate::codec::optional(m, "Website", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateUserResponse {
    pub identity_store_id: ::std::string::String,
    pub revision: ::std::string::String,
    pub user_arn: ::std::string::String,
    pub user_id: ::std::string::String,
}

impl crate::ToValue for CreateUserResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push(("Revision", crate::ToValue::to_value(&self.revision)));
        m.push(("UserArn", crate::ToValue::to_value(&self.user_arn)));
        m.push(("UserId", crate::ToValue::to_value(&self.user_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateUserResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            revision: crate::codec::required(m, "Revision", crate::FromValue::from_value)?,
            user_arn: crate::codec::required(m, "UserArn", crate::FromValue::from_value)?,
            user_id: crate::codec::required(m, "UserId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteGroupMembershipRequest {
    pub identity_store_id: ::std::string::String,
    pub membership_id: ::std::string::String,
}

impl crate::ToValue for DeleteGroupMembershipRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push((
            "MembershipId",
            crate::ToValue::to_value(&self.membership_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteGroupMembershipRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            membership_id: crate::codec::required(m, "MembershipId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteGroupMembershipResponse {}

impl crate::ToValue for DeleteGroupMembershipResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteGroupMembershipResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteGroupRequest {
    pub group_id: ::std::string::String,
    pub identity_store_id: ::std::string::String,
    pub revision: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DeleteGroupRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("GroupId", crate::ToValue::to_value(&self.group_id)));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        if let Some(x) = &self.revision {
            m.push(("Revision", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteGroupRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_id: crate::codec::required(m, "GroupId", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            revision: crate::codec::optional(m, "Revision", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteGroupResponse {}

impl crate::ToValue for DeleteGroupResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteGroupResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteUserRequest {
    pub identity_store_id: ::std::string::String,
    pub revision: ::std::option::Option<::std::string::String>,
    pub user_id: ::std::string::String,
}

impl crate::ToValue for DeleteUserRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        if let Some(x) = &self.revision {
            m.push(("Revision", crate::ToValue::to_value(x)));
        }
        m.push(("UserId", crate::ToValue::to_value(&self.user_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteUserRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            revision: crate::codec::optional(m, "Revision", crate::FromValue::from_value)?,
            user_id: crate::codec::required(m, "UserId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteUserResponse {}

impl crate::ToValue for DeleteUserResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteUserResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeGroupMembershipRequest {
    pub identity_store_id: ::std::string::String,
    pub membership_id: ::std::string::String,
}

impl crate::ToValue for DescribeGroupMembershipRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push((
            "MembershipId",
            crate::ToValue::to_value(&self.membership_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeGroupMembershipRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            membership_id: crate::codec::required(m, "MembershipId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeGroupMembershipResponse {
    pub created_at: ::std::option::Option<crate::Timestamp>,
    pub created_by: ::std::option::Option<::std::string::String>,
    pub group_id: ::std::string::String,
    pub identity_store_id: ::std::string::String,
    pub member_id: MemberId,
    pub membership_arn: ::std::string::String,
    pub membership_id: ::std::string::String,
    pub updated_at: ::std::option::Option<crate::Timestamp>,
    pub updated_by: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeGroupMembershipResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.created_at {
            m.push(("CreatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_by {
            m.push(("CreatedBy", crate::ToValue::to_value(x)));
        }
        m.push(("GroupId", crate::ToValue::to_value(&self.group_id)));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push(("MemberId", crate::ToValue::to_value(&self.member_id)));
        m.push((
            "MembershipArn",
            crate::ToValue::to_value(&self.membership_arn),
        ));
        m.push((
            "MembershipId",
            crate::ToValue::to_value(&self.membership_id),
        ));
        if let Some(x) = &self.updated_at {
            m.push(("UpdatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_by {
            m.push(("UpdatedBy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeGroupMembershipResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_at: crate::codec::optional(m, "CreatedAt", crate::FromValue::from_value)?,
            created_by: crate::codec::optional(m, "CreatedBy", crate::FromValue::from_value)?,
            group_id: crate::codec::required(m, "GroupId", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            member_id: crate::codec::required(m, "MemberId", crate::FromValue::from_value)?,
            membership_arn: crate::codec::required(
                m,
                "MembershipArn",
                crate::FromValue::from_value,
            )?,
            membership_id: crate::codec::required(m, "MembershipId", crate::FromValue::from_value)?,
            updated_at: crate::codec::optional(m, "UpdatedAt", crate::FromValue::from_value)?,
            updated_by: crate::codec::optional(m, "UpdatedBy", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeGroupRequest {
    pub group_id: ::std::string::String,
    pub identity_store_id: ::std::string::String,
}

impl crate::ToValue for DescribeGroupRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("GroupId", crate::ToValue::to_value(&self.group_id)));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeGroupRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_id: crate::codec::required(m, "GroupId", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct DescribeGroupResponse {
    pub created_at: ::std::option::Option<crate::Timestamp>,
    pub created_by: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub display_name: ::std::option::Option<::std::string::String>,
    pub external_ids: ::std::option::Option<::std::vec::Vec<ExternalId>>,
    pub group_arn: ::std::string::String,
    pub group_id: ::std::string::String,
    pub identity_store_id: ::std::string::String,
    pub revision: ::std::string::String,
    pub updated_at: ::std::option::Option<crate::Timestamp>,
    pub updated_by: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for DescribeGroupResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeGroupResponse")
            .field("created_at", &self.created_at)
            .field("created_by", &self.created_by)
            .field("description", &"<redacted>")
            .field("display_name", &"<redacted>")
            .field("external_ids", &self.external_ids)
            .field("group_arn", &self.group_arn)
            .field("group_id", &self.group_id)
            .field("identity_store_id", &self.identity_store_id)
            .field("revision", &self.revision)
            .field("updated_at", &self.updated_at)
            .field("updated_by", &self.updated_by)
            .finish()
    }
}

impl crate::ToValue for DescribeGroupResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(11);
        if let Some(x) = &self.created_at {
            m.push(("CreatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_by {
            m.push(("CreatedBy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.display_name {
            m.push(("DisplayName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.external_ids {
            m.push((
                "ExternalIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("GroupArn", crate::ToValue::to_value(&self.group_arn)));
        m.push(("GroupId", crate::ToValue::to_value(&self.group_id)));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push(("Revision", crate::ToValue::to_value(&self.revision)));
        if let Some(x) = &self.updated_at {
            m.push(("UpdatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_by {
            m.push(("UpdatedBy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeGroupResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_at: crate::codec::optional(m, "CreatedAt", crate::FromValue::from_value)?,
            created_by: crate::codec::optional(m, "CreatedBy", crate::FromValue::from_value)?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            display_name: crate::codec::optional(m, "DisplayName", crate::FromValue::from_value)?,
            external_ids: crate::codec::optional(m, "ExternalIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            group_arn: crate::codec::required(m, "GroupArn", crate::FromValue::from_value)?,
            group_id: crate::codec::required(m, "GroupId", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            revision: crate::codec::required(m, "Revision", crate::FromValue::from_value)?,
            updated_at: crate::codec::optional(m, "UpdatedAt", crate::FromValue::from_value)?,
            updated_by: crate::codec::optional(m, "UpdatedBy", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeIdentityStoreRequest {
    pub identity_store_id: ::std::string::String,
}

impl crate::ToValue for DescribeIdentityStoreRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeIdentityStoreRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeIdentityStoreResponse {
    pub identity_store_arn: ::std::string::String,
    pub identity_store_id: ::std::string::String,
    pub network_configuration: ::std::option::Option<NetworkConfigurationDetails>,
}

impl crate::ToValue for DescribeIdentityStoreResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "IdentityStoreArn",
            crate::ToValue::to_value(&self.identity_store_arn),
        ));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        if let Some(x) = &self.network_configuration {
            m.push(("NetworkConfiguration", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeIdentityStoreResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_arn: crate::codec::required(
                m,
                "IdentityStoreArn",
                crate::FromValue::from_value,
            )?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            network_configuration: crate::codec::optional(
                m,
                "NetworkConfiguration",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeUserRequest {
    pub extensions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub identity_store_id: ::std::string::String,
    pub user_id: ::std::string::String,
}

impl crate::ToValue for DescribeUserRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.extensions {
            m.push((
                "Extensions",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push(("UserId", crate::ToValue::to_value(&self.user_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeUserRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            extensions: crate::codec::optional(m, "Extensions", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            user_id: crate::codec::required(m, "UserId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct DescribeUserResponse {
    pub addresses: ::std::option::Option<::std::vec::Vec<Address>>,
    pub birthdate: ::std::option::Option<::std::string::String>,
    pub created_at: ::std::option::Option<crate::Timestamp>,
    pub created_by: ::std::option::Option<::std::string::String>,
    pub display_name: ::std::option::Option<::std::string::String>,
    pub emails: ::std::option::Option<::std::vec::Vec<Email>>,
    pub extensions:
        ::std::option::Option<::std::collections::BTreeMap<::std::string::String, crate::Value>>,
    pub external_ids: ::std::option::Option<::std::vec::Vec<ExternalId>>,
    pub identity_store_id: ::std::string::String,
    pub locale: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<Name>,
    pub nick_name: ::std::option::Option<::std::string::String>,
    pub phone_numbers: ::std::option::Option<::std::vec::Vec<PhoneNumber>>,
    pub photos: ::std::option::Option<::std::vec::Vec<Photo>>,
    pub preferred_language: ::std::option::Option<::std::string::String>,
    pub profile_url: ::std::option::Option<::std::string::String>,
    pub revision: ::std::string::String,
    pub roles: ::std::option::Option<::std::vec::Vec<Role>>,
    pub timezone: ::std::option::Option<::std::string::String>,
    pub title: ::std::option::Option<::std::string::String>,
    pub updated_at: ::std::option::Option<crate::Timestamp>,
    pub updated_by: ::std::option::Option<::std::string::String>,
    pub user_arn: ::std::string::String,
    pub user_id: ::std::string::String,
    pub user_name: ::std::option::Option<::std::string::String>,
    pub user_status: ::std::option::Option<UserStatus>,
    pub user_type: ::std::option::Option<::std::string::String>,
    pub website: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for DescribeUserResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeUserResponse")
            .field("addresses", &self.addresses)
            .field("birthdate", &"<redacted>")
            .field("created_at", &self.created_at)
            .field("created_by", &self.created_by)
            .field("display_name", &"<redacted>")
            .field("emails", &self.emails)
            .field("extensions", &self.extensions)
            .field("external_ids", &self.external_ids)
            .field("identity_store_id", &self.identity_store_id)
            .field("locale", &"<redacted>")
            .field("name", &self.name)
            .field("nick_name", &"<redacted>")
            .field("phone_numbers", &self.phone_numbers)
            .field("photos", &self.photos)
            .field("preferred_language", &"<redacted>")
            .field("profile_url", &"<redacted>")
            .field("revision", &self.revision)
            .field("roles", &self.roles)
            .field("timezone", &"<redacted>")
            .field("title", &"<redacted>")
            .field("updated_at", &self.updated_at)
            .field("updated_by", &self.updated_by)
            .field("user_arn", &self.user_arn)
            .field("user_id", &self.user_id)
            .field("user_name", &"<redacted>")
            .field("user_status", &self.user_status)
            .field("user_type", &"<redacted>")
            .field("website", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for DescribeUserResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(28);
        if let Some(x) = &self.addresses {
            m.push((
                "Addresses",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.birthdate {
            m.push(("Birthdate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_at {
            m.push(("CreatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_by {
            m.push(("CreatedBy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.display_name {
            m.push(("DisplayName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.emails {
            m.push((
                "Emails",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.extensions {
            m.push((
                "Extensions",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.external_ids {
            m.push((
                "ExternalIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        if let Some(x) = &self.locale {
            m.push(("Locale", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.nick_name {
            m.push(("NickName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.phone_numbers {
            m.push((
                "PhoneNumbers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.photos {
            m.push((
                "Photos",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.preferred_language {
            m.push(("PreferredLanguage", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.profile_url {
            m.push(("ProfileUrl", crate::ToValue::to_value(x)));
        }
        m.push(("Revision", crate::ToValue::to_value(&self.revision)));
        if let Some(x) = &self.roles {
            m.push((
                "Roles",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.timezone {
            m.push(("Timezone", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.title {
            m.push(("Title", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_at {
            m.push(("UpdatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_by {
            m.push(("UpdatedBy", crate::ToValue::to_value(x)));
        }
        m.push(("UserArn", crate::ToValue::to_value(&self.user_arn)));
        m.push(("UserId", crate::ToValue::to_value(&self.user_id)));
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_status {
            m.push(("UserStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_type {
            m.push(("UserType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.website {
            m.push(("Website", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeUserResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            addresses: crate::codec::optional(m, "Addresses", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            birthdate: crate::codec::optional(m, "Birthdate", crate::FromValue::from_value)?,
            created_at: crate::codec::optional(m, "CreatedAt", crate::FromValue::from_value)?,
            created_by: crate::codec::optional(m, "CreatedBy", crate::FromValue::from_value)?,
            display_name: crate::codec::optional(m, "DisplayName", crate::FromValue::from_value)?,
            emails: crate::codec::optional(m, "Emails", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            extensions: crate::codec::optional(m, "Extensions", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            external_ids: crate::codec::optional(m, "ExternalIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            locale: crate::codec::optional(m, "Locale", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            nick_name: crate::codec::optional(m, "NickName", crate::FromValue::from_value)?,
            phone_numbers: crate::codec::optional(m, "PhoneNumbers", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            photos: crate::codec::optional(m, "Photos", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            preferred_language: crate::codec::optional(
                m,
                "PreferredLanguage",
                crate::FromValue::from_value,
            )?,
            profile_url: crate::codec::optional(m, "ProfileUrl", crate::FromValue::from_value)?,
            revision: crate::codec::required(m, "Revision", crate::FromValue::from_value)?,
            roles: crate::codec::optional(m, "Roles", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            timezone: crate::codec::optional(m, "Timezone", crate::FromValue::from_value)?,
            title: crate::codec::optional(m, "Title", crate::FromValue::from_value)?,
            updated_at: crate::codec::optional(m, "UpdatedAt", crate::FromValue::from_value)?,
            updated_by: crate::codec::optional(m, "UpdatedBy", crate::FromValue::from_value)?,
            user_arn: crate::codec::required(m, "UserArn", crate::FromValue::from_value)?,
            user_id: crate::codec::required(m, "UserId", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
            user_status: crate::codec::optional(m, "UserStatus", crate::FromValue::from_value)?,
            user_type: crate::codec::optional(m, "UserType", crate::FromValue::from_value)?,
            website: crate::codec::optional(m, "Website", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct Email {
    pub primary: ::std::option::Option<bool>,
    pub r#type: ::std::option::Option<::std::string::String>,
    pub value: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for Email {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Email")
            .field("primary", &self.primary)
            .field("type", &"<redacted>")
            .field("value", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for Email {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.primary {
            m.push(("Primary", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.value {
            m.push(("Value", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Email {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            primary: crate::codec::optional(m, "Primary", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
            value: crate::codec::optional(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct ExternalId {
    pub id: ::std::string::String,
    pub issuer: ::std::string::String,
}

impl ::std::fmt::Debug for ExternalId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExternalId")
            .field("id", &"<redacted>")
            .field("issuer", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for ExternalId {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Id", crate::ToValue::to_value(&self.id)));
        m.push(("Issuer", crate::ToValue::to_value(&self.issuer)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ExternalId {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            id: crate::codec::required(m, "Id", crate::FromValue::from_value)?,
            issuer: crate::codec::required(m, "Issuer", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct Filter {
    pub attribute_path: ::std::string::String,
    pub attribute_value: ::std::string::String,
}

impl ::std::fmt::Debug for Filter {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Filter")
            .field("attribute_path", &self.attribute_path)
            .field("attribute_value", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for Filter {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "AttributePath",
            crate::ToValue::to_value(&self.attribute_path),
        ));
        m.push((
            "AttributeValue",
            crate::ToValue::to_value(&self.attribute_value),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Filter {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_path: crate::codec::required(
                m,
                "AttributePath",
                crate::FromValue::from_value,
            )?,
            attribute_value: crate::codec::required(
                m,
                "AttributeValue",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupIdRequest {
    pub alternate_identifier: AlternateIdentifier,
    pub identity_store_id: ::std::string::String,
}

impl crate::ToValue for GetGroupIdRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "AlternateIdentifier",
            crate::ToValue::to_value(&self.alternate_identifier),
        ));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetGroupIdRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            alternate_identifier: crate::codec::required(
                m,
                "AlternateIdentifier",
                crate::FromValue::from_value,
            )?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupIdResponse {
    pub group_arn: ::std::string::String,
    pub group_id: ::std::string::String,
    pub identity_store_id: ::std::string::String,
}

impl crate::ToValue for GetGroupIdResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("GroupArn", crate::ToValue::to_value(&self.group_arn)));
        m.push(("GroupId", crate::ToValue::to_value(&self.group_id)));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetGroupIdResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_arn: crate::codec::required(m, "GroupArn", crate::FromValue::from_value)?,
            group_id: crate::codec::required(m, "GroupId", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupMembershipIdRequest {
    pub group_id: ::std::string::String,
    pub identity_store_id: ::std::string::String,
    pub member_id: MemberId,
}

impl crate::ToValue for GetGroupMembershipIdRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("GroupId", crate::ToValue::to_value(&self.group_id)));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push(("MemberId", crate::ToValue::to_value(&self.member_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetGroupMembershipIdRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_id: crate::codec::required(m, "GroupId", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            member_id: crate::codec::required(m, "MemberId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupMembershipIdResponse {
    pub identity_store_id: ::std::string::String,
    pub membership_arn: ::std::string::String,
    pub membership_id: ::std::string::String,
}

impl crate::ToValue for GetGroupMembershipIdResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push((
            "MembershipArn",
            crate::ToValue::to_value(&self.membership_arn),
        ));
        m.push((
            "MembershipId",
            crate::ToValue::to_value(&self.membership_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetGroupMembershipIdResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            membership_arn: crate::codec::required(
                m,
                "MembershipArn",
                crate::FromValue::from_value,
            )?,
            membership_id: crate::codec::required(m, "MembershipId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetUserIdRequest {
    pub alternate_identifier: AlternateIdentifier,
    pub identity_store_id: ::std::string::String,
}

impl crate::ToValue for GetUserIdRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "AlternateIdentifier",
            crate::ToValue::to_value(&self.alternate_identifier),
        ));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetUserIdRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            alternate_identifier: crate::codec::required(
                m,
                "AlternateIdentifier",
                crate::FromValue::from_value,
            )?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetUserIdResponse {
    pub identity_store_id: ::std::string::String,
    pub user_arn: ::std::string::String,
    pub user_id: ::std::string::String,
}

impl crate::ToValue for GetUserIdResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push(("UserArn", crate::ToValue::to_value(&self.user_arn)));
        m.push(("UserId", crate::ToValue::to_value(&self.user_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetUserIdResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            user_arn: crate::codec::required(m, "UserArn", crate::FromValue::from_value)?,
            user_id: crate::codec::required(m, "UserId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct Group {
    pub created_at: ::std::option::Option<crate::Timestamp>,
    pub created_by: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub display_name: ::std::option::Option<::std::string::String>,
    pub external_ids: ::std::option::Option<::std::vec::Vec<ExternalId>>,
    pub group_arn: ::std::string::String,
    pub group_id: ::std::string::String,
    pub identity_store_id: ::std::string::String,
    pub revision: ::std::string::String,
    pub updated_at: ::std::option::Option<crate::Timestamp>,
    pub updated_by: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for Group {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Group")
            .field("created_at", &self.created_at)
            .field("created_by", &self.created_by)
            .field("description", &"<redacted>")
            .field("display_name", &"<redacted>")
            .field("external_ids", &self.external_ids)
            .field("group_arn", &self.group_arn)
            .field("group_id", &self.group_id)
            .field("identity_store_id", &self.identity_store_id)
            .field("revision", &self.revision)
            .field("updated_at", &self.updated_at)
            .field("updated_by", &self.updated_by)
            .finish()
    }
}

impl crate::ToValue for Group {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(11);
        if let Some(x) = &self.created_at {
            m.push(("CreatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_by {
            m.push(("CreatedBy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.display_name {
            m.push(("DisplayName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.external_ids {
            m.push((
                "ExternalIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("GroupArn", crate::ToValue::to_value(&self.group_arn)));
        m.push(("GroupId", crate::ToValue::to_value(&self.group_id)));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push(("Revision", crate::ToValue::to_value(&self.revision)));
        if let Some(x) = &self.updated_at {
            m.push(("UpdatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_by {
            m.push(("UpdatedBy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Group {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_at: crate::codec::optional(m, "CreatedAt", crate::FromValue::from_value)?,
            created_by: crate::codec::optional(m, "CreatedBy", crate::FromValue::from_value)?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            display_name: crate::codec::optional(m, "DisplayName", crate::FromValue::from_value)?,
            external_ids: crate::codec::optional(m, "ExternalIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            group_arn: crate::codec::required(m, "GroupArn", crate::FromValue::from_value)?,
            group_id: crate::codec::required(m, "GroupId", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            revision: crate::codec::required(m, "Revision", crate::FromValue::from_value)?,
            updated_at: crate::codec::optional(m, "UpdatedAt", crate::FromValue::from_value)?,
            updated_by: crate::codec::optional(m, "UpdatedBy", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupMembership {
    pub created_at: ::std::option::Option<crate::Timestamp>,
    pub created_by: ::std::option::Option<::std::string::String>,
    pub group_id: ::std::option::Option<::std::string::String>,
    pub identity_store_id: ::std::string::String,
    pub member_id: ::std::option::Option<MemberId>,
    pub membership_arn: ::std::string::String,
    pub membership_id: ::std::string::String,
    pub updated_at: ::std::option::Option<crate::Timestamp>,
    pub updated_by: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GroupMembership {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.created_at {
            m.push(("CreatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_by {
            m.push(("CreatedBy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.group_id {
            m.push(("GroupId", crate::ToValue::to_value(x)));
        }
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        if let Some(x) = &self.member_id {
            m.push(("MemberId", crate::ToValue::to_value(x)));
        }
        m.push((
            "MembershipArn",
            crate::ToValue::to_value(&self.membership_arn),
        ));
        m.push((
            "MembershipId",
            crate::ToValue::to_value(&self.membership_id),
        ));
        if let Some(x) = &self.updated_at {
            m.push(("UpdatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_by {
            m.push(("UpdatedBy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GroupMembership {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_at: crate::codec::optional(m, "CreatedAt", crate::FromValue::from_value)?,
            created_by: crate::codec::optional(m, "CreatedBy", crate::FromValue::from_value)?,
            group_id: crate::codec::optional(m, "GroupId", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            member_id: crate::codec::optional(m, "MemberId", crate::FromValue::from_value)?,
            membership_arn: crate::codec::required(
                m,
                "MembershipArn",
                crate::FromValue::from_value,
            )?,
            membership_id: crate::codec::required(m, "MembershipId", crate::FromValue::from_value)?,
            updated_at: crate::codec::optional(m, "UpdatedAt", crate::FromValue::from_value)?,
            updated_by: crate::codec::optional(m, "UpdatedBy", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupMembershipExistenceResult {
    pub group_id: ::std::option::Option<::std::string::String>,
    pub member_id: ::std::option::Option<MemberId>,
    pub membership_exists: ::std::option::Option<bool>,
}

impl crate::ToValue for GroupMembershipExistenceResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.group_id {
            m.push(("GroupId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.member_id {
            m.push(("MemberId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.membership_exists {
            m.push(("MembershipExists", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GroupMembershipExistenceResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_id: crate::codec::optional(m, "GroupId", crate::FromValue::from_value)?,
            member_id: crate::codec::optional(m, "MemberId", crate::FromValue::from_value)?,
            membership_exists: crate::codec::optional(
                m,
                "MembershipExists",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityStore {
    pub identity_store_arn: ::std::string::String,
    pub identity_store_id: ::std::string::String,
}

impl crate::ToValue for IdentityStore {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "IdentityStoreArn",
            crate::ToValue::to_value(&self.identity_store_arn),
        ));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IdentityStore {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_arn: crate::codec::required(
                m,
                "IdentityStoreArn",
                crate::FromValue::from_value,
            )?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InternalServerException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
    pub retry_after_seconds: ::std::option::Option<i32>,
}

impl InternalServerException {
    pub const CODE: &'static str = "InternalServerException";
    pub const HTTP_STATUS: u16 = 500;
    pub const SENDER_FAULT: bool = false;
}

impl crate::ToValue for InternalServerException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_id {
            m.push(("RequestId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.retry_after_seconds {
            m.push(("RetryAfterSeconds", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InternalServerException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
            retry_after_seconds: crate::codec::optional(
                m,
                "RetryAfterSeconds",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IsMemberInGroupsRequest {
    pub group_ids: ::std::vec::Vec<::std::string::String>,
    pub identity_store_id: ::std::string::String,
    pub member_id: MemberId,
}

impl crate::ToValue for IsMemberInGroupsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "GroupIds",
            crate::codec::list_to_value(&self.group_ids, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push(("MemberId", crate::ToValue::to_value(&self.member_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IsMemberInGroupsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_ids: crate::codec::required(m, "GroupIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            member_id: crate::codec::required(m, "MemberId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IsMemberInGroupsResponse {
    pub results: ::std::vec::Vec<GroupMembershipExistenceResult>,
}

impl crate::ToValue for IsMemberInGroupsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "Results",
            crate::codec::list_to_value(&self.results, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IsMemberInGroupsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            results: crate::codec::required(m, "Results", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupMembershipsForMemberRequest {
    pub identity_store_id: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub member_id: MemberId,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListGroupMembershipsForMemberRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        m.push(("MemberId", crate::ToValue::to_value(&self.member_id)));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListGroupMembershipsForMemberRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            member_id: crate::codec::required(m, "MemberId", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupMembershipsForMemberResponse {
    pub group_memberships: ::std::vec::Vec<GroupMembership>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListGroupMembershipsForMemberResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "GroupMemberships",
            crate::codec::list_to_value(&self.group_memberships, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListGroupMembershipsForMemberResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_memberships: crate::codec::required(
                m,
                "GroupMemberships",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupMembershipsRequest {
    pub group_id: ::std::string::String,
    pub identity_store_id: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListGroupMembershipsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("GroupId", crate::ToValue::to_value(&self.group_id)));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
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

impl crate::FromValue for ListGroupMembershipsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_id: crate::codec::required(m, "GroupId", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupMembershipsResponse {
    pub group_memberships: ::std::vec::Vec<GroupMembership>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListGroupMembershipsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "GroupMemberships",
            crate::codec::list_to_value(&self.group_memberships, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListGroupMembershipsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_memberships: crate::codec::required(
                m,
                "GroupMemberships",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupsRequest {
    pub filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    pub identity_store_id: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListGroupsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.filters {
            m.push((
                "Filters",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
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

impl crate::FromValue for ListGroupsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filters: crate::codec::optional(m, "Filters", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupsResponse {
    pub groups: ::std::vec::Vec<Group>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListGroupsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "Groups",
            crate::codec::list_to_value(&self.groups, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListGroupsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            groups: crate::codec::required(m, "Groups", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListIdentityStoresRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListIdentityStoresRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListIdentityStoresRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListIdentityStoresResponse {
    pub identity_stores: ::std::vec::Vec<IdentityStore>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListIdentityStoresResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "IdentityStores",
            crate::codec::list_to_value(&self.identity_stores, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListIdentityStoresResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_stores: crate::codec::required(m, "IdentityStores", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUsersRequest {
    pub extensions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    pub identity_store_id: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListUsersRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.extensions {
            m.push((
                "Extensions",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.filters {
            m.push((
                "Filters",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
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

impl crate::FromValue for ListUsersRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            extensions: crate::codec::optional(m, "Extensions", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            filters: crate::codec::optional(m, "Filters", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUsersResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub users: ::std::vec::Vec<User>,
}

impl crate::ToValue for ListUsersResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "Users",
            crate::codec::list_to_value(&self.users, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListUsersResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            users: crate::codec::required(m, "Users", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MemberId {
    pub user_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for MemberId {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.user_id {
            m.push(("UserId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for MemberId {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            user_id: crate::codec::optional(m, "UserId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct Name {
    pub family_name: ::std::option::Option<::std::string::String>,
    pub formatted: ::std::option::Option<::std::string::String>,
    pub given_name: ::std::option::Option<::std::string::String>,
    pub honorific_prefix: ::std::option::Option<::std::string::String>,
    pub honorific_suffix: ::std::option::Option<::std::string::String>,
    pub middle_name: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for Name {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Name")
            .field("family_name", &"<redacted>")
            .field("formatted", &"<redacted>")
            .field("given_name", &"<redacted>")
            .field("honorific_prefix", &"<redacted>")
            .field("honorific_suffix", &"<redacted>")
            .field("middle_name", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for Name {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.family_name {
            m.push(("FamilyName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.formatted {
            m.push(("Formatted", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.given_name {
            m.push(("GivenName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.honorific_prefix {
            m.push(("HonorificPrefix", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.honorific_suffix {
            m.push(("HonorificSuffix", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.middle_name {
            m.push(("MiddleName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Name {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            family_name: crate::codec::optional(m, "FamilyName", crate::FromValue::from_value)?,
            formatted: crate::codec::optional(m, "Formatted", crate::FromValue::from_value)?,
            given_name: crate::codec::optional(m, "GivenName", crate::FromValue::from_value)?,
            honorific_prefix: crate::codec::optional(
                m,
                "HonorificPrefix",
                crate::FromValue::from_value,
            )?,
            honorific_suffix: crate::codec::optional(
                m,
                "HonorificSuffix",
                crate::FromValue::from_value,
            )?,
            middle_name: crate::codec::optional(m, "MiddleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkConfiguration {
    pub api_allow_source_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub api_restrict_source_vpcs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub scim_allow_source_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub vpce_access_required: bool,
}

impl crate::ToValue for NetworkConfiguration {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.api_allow_source_ips {
            m.push((
                "ApiAllowSourceIps",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.api_restrict_source_vpcs {
            m.push((
                "ApiRestrictSourceVpcs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.scim_allow_source_ips {
            m.push((
                "ScimAllowSourceIps",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "VpceAccessRequired",
            crate::ToValue::to_value(&self.vpce_access_required),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for NetworkConfiguration {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            api_allow_source_ips: crate::codec::optional(
                m,
                "ApiAllowSourceIps",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            api_restrict_source_vpcs: crate::codec::optional(
                m,
                "ApiRestrictSourceVpcs",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            scim_allow_source_ips: crate::codec::optional(
                m,
                "ScimAllowSourceIps",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            vpce_access_required: crate::codec::required(
                m,
                "VpceAccessRequired",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkConfigurationDetails {
    pub api_allow_source_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub api_restrict_source_vpcs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub scim_allow_source_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub vpce_access_required: bool,
}

impl crate::ToValue for NetworkConfigurationDetails {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.api_allow_source_ips {
            m.push((
                "ApiAllowSourceIps",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.api_restrict_source_vpcs {
            m.push((
                "ApiRestrictSourceVpcs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.scim_allow_source_ips {
            m.push((
                "ScimAllowSourceIps",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "VpceAccessRequired",
            crate::ToValue::to_value(&self.vpce_access_required),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for NetworkConfigurationDetails {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            api_allow_source_ips: crate::codec::optional(
                m,
                "ApiAllowSourceIps",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            api_restrict_source_vpcs: crate::codec::optional(
                m,
                "ApiRestrictSourceVpcs",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            scim_allow_source_ips: crate::codec::optional(
                m,
                "ScimAllowSourceIps",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            vpce_access_required: crate::codec::required(
                m,
                "VpceAccessRequired",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct PhoneNumber {
    pub primary: ::std::option::Option<bool>,
    pub r#type: ::std::option::Option<::std::string::String>,
    pub value: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PhoneNumber")
            .field("primary", &self.primary)
            .field("type", &"<redacted>")
            .field("value", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for PhoneNumber {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.primary {
            m.push(("Primary", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.value {
            m.push(("Value", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PhoneNumber {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            primary: crate::codec::optional(m, "Primary", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
            value: crate::codec::optional(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct Photo {
    pub display: ::std::option::Option<::std::string::String>,
    pub primary: ::std::option::Option<bool>,
    pub r#type: ::std::option::Option<::std::string::String>,
    pub value: ::std::string::String,
}

impl ::std::fmt::Debug for Photo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Photo")
            .field("display", &"<redacted>")
            .field("primary", &self.primary)
            .field("type", &"<redacted>")
            .field("value", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for Photo {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.display {
            m.push(("Display", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.primary {
            m.push(("Primary", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        m.push(("Value", crate::ToValue::to_value(&self.value)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Photo {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            display: crate::codec::optional(m, "Display", crate::FromValue::from_value)?,
            primary: crate::codec::optional(m, "Primary", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
            value: crate::codec::required(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<ResourceNotFoundExceptionReason>,
    pub request_id: ::std::option::Option<::std::string::String>,
    pub resource_id: ::std::option::Option<::std::string::String>,
    pub resource_type: ::std::option::Option<ResourceType>,
}

impl ResourceNotFoundException {
    pub const CODE: &'static str = "ResourceNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ResourceNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.reason {
            m.push(("Reason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_id {
            m.push(("RequestId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_id {
            m.push(("ResourceId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_type {
            m.push(("ResourceType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResourceNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            reason: crate::codec::optional(m, "Reason", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
            resource_id: crate::codec::optional(m, "ResourceId", crate::FromValue::from_value)?,
            resource_type: crate::codec::optional(m, "ResourceType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResourceNotFoundExceptionReason {
    KMSKEYNOTFOUND,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ResourceNotFoundExceptionReason {
    pub const VALUES: &'static [&'static str] = &["KMS_KEY_NOT_FOUND"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::KMSKEYNOTFOUND => "KMS_KEY_NOT_FOUND",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "KMS_KEY_NOT_FOUND" => Self::KMSKEYNOTFOUND,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ResourceNotFoundExceptionReason {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ResourceNotFoundExceptionReason {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResourceType {
    GROUP,
    USER,
    IDENTITYSTORE,
    GROUPMEMBERSHIP,
    RESOURCEPOLICY,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ResourceType {
    pub const VALUES: &'static [&'static str] = &[
        "GROUP",
        "USER",
        "IDENTITY_STORE",
        "GROUP_MEMBERSHIP",
        "RESOURCE_POLICY",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::GROUP => "GROUP",
            Self::USER => "USER",
            Self::IDENTITYSTORE => "IDENTITY_STORE",
            Self::GROUPMEMBERSHIP => "GROUP_MEMBERSHIP",
            Self::RESOURCEPOLICY => "RESOURCE_POLICY",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "GROUP" => Self::GROUP,
            "USER" => Self::USER,
            "IDENTITY_STORE" => Self::IDENTITYSTORE,
            "GROUP_MEMBERSHIP" => Self::GROUPMEMBERSHIP,
            "RESOURCE_POLICY" => Self::RESOURCEPOLICY,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ResourceType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ResourceType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct Role {
    pub primary: ::std::option::Option<bool>,
    pub r#type: ::std::option::Option<::std::string::String>,
    pub value: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for Role {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Role")
            .field("primary", &self.primary)
            .field("type", &"<redacted>")
            .field("value", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for Role {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.primary {
            m.push(("Primary", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.value {
            m.push(("Value", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Role {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            primary: crate::codec::optional(m, "Primary", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
            value: crate::codec::optional(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceQuotaExceededException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl ServiceQuotaExceededException {
    pub const CODE: &'static str = "ServiceQuotaExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ServiceQuotaExceededException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_id {
            m.push(("RequestId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ServiceQuotaExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ThrottlingException {
    pub message: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<ThrottlingExceptionReason>,
    pub request_id: ::std::option::Option<::std::string::String>,
    pub retry_after_seconds: ::std::option::Option<i32>,
}

impl ThrottlingException {
    pub const CODE: &'static str = "ThrottlingException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ThrottlingException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.reason {
            m.push(("Reason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_id {
            m.push(("RequestId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.retry_after_seconds {
            m.push(("RetryAfterSeconds", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ThrottlingException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            reason: crate::codec::optional(m, "Reason", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
            retry_after_seconds: crate::codec::optional(
                m,
                "RetryAfterSeconds",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ThrottlingExceptionReason {
    KMSTHROTTLING,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ThrottlingExceptionReason {
    pub const VALUES: &'static [&'static str] = &["KMS_THROTTLING"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::KMSTHROTTLING => "KMS_THROTTLING",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "KMS_THROTTLING" => Self::KMSTHROTTLING,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ThrottlingExceptionReason {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ThrottlingExceptionReason {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UniqueAttribute {
    pub attribute_path: ::std::string::String,
    pub attribute_value: crate::Value,
}

impl crate::ToValue for UniqueAttribute {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "AttributePath",
            crate::ToValue::to_value(&self.attribute_path),
        ));
        m.push((
            "AttributeValue",
            crate::ToValue::to_value(&self.attribute_value),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UniqueAttribute {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_path: crate::codec::required(
                m,
                "AttributePath",
                crate::FromValue::from_value,
            )?,
            attribute_value: crate::codec::required(
                m,
                "AttributeValue",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateGroupRequest {
    pub group_id: ::std::string::String,
    pub identity_store_id: ::std::string::String,
    pub operations: ::std::vec::Vec<AttributeOperation>,
    pub revision: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateGroupRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("GroupId", crate::ToValue::to_value(&self.group_id)));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push((
            "Operations",
            crate::codec::list_to_value(&self.operations, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.revision {
            m.push(("Revision", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateGroupRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_id: crate::codec::required(m, "GroupId", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            operations: crate::codec::required(m, "Operations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            revision: crate::codec::optional(m, "Revision", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateGroupResponse {
    pub group_arn: ::std::string::String,
    pub group_id: ::std::string::String,
    pub identity_store_id: ::std::string::String,
    pub revision: ::std::string::String,
}

impl crate::ToValue for UpdateGroupResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("GroupArn", crate::ToValue::to_value(&self.group_arn)));
        m.push(("GroupId", crate::ToValue::to_value(&self.group_id)));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push(("Revision", crate::ToValue::to_value(&self.revision)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateGroupResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_arn: crate::codec::required(m, "GroupArn", crate::FromValue::from_value)?,
            group_id: crate::codec::required(m, "GroupId", crate::FromValue::from_value)?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            revision: crate::codec::required(m, "Revision", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateIdentityStoreRequest {
    pub identity_store_id: ::std::string::String,
    pub network_configuration: ::std::option::Option<NetworkConfiguration>,
}

impl crate::ToValue for UpdateIdentityStoreRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        if let Some(x) = &self.network_configuration {
            m.push(("NetworkConfiguration", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateIdentityStoreRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            network_configuration: crate::codec::optional(
                m,
                "NetworkConfiguration",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateIdentityStoreResponse {
    pub identity_store_arn: ::std::string::String,
    pub identity_store_id: ::std::string::String,
}

impl crate::ToValue for UpdateIdentityStoreResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "IdentityStoreArn",
            crate::ToValue::to_value(&self.identity_store_arn),
        ));
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateIdentityStoreResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_arn: crate::codec::required(
                m,
                "IdentityStoreArn",
                crate::FromValue::from_value,
            )?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateUserRequest {
    pub identity_store_id: ::std::string::String,
    pub operations: ::std::vec::Vec<AttributeOperation>,
    pub revision: ::std::option::Option<::std::string::String>,
    pub user_id: ::std::string::String,
}

impl crate::ToValue for UpdateUserRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push((
            "Operations",
            crate::codec::list_to_value(&self.operations, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.revision {
            m.push(("Revision", crate::ToValue::to_value(x)));
        }
        m.push(("UserId", crate::ToValue::to_value(&self.user_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateUserRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            operations: crate::codec::required(m, "Operations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            revision: crate::codec::optional(m, "Revision", crate::FromValue::from_value)?,
            user_id: crate::codec::required(m, "UserId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateUserResponse {
    pub identity_store_id: ::std::string::String,
    pub revision: ::std::string::String,
    pub user_arn: ::std::string::String,
    pub user_id: ::std::string::String,
}

impl crate::ToValue for UpdateUserResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        m.push(("Revision", crate::ToValue::to_value(&self.revision)));
        m.push(("UserArn", crate::ToValue::to_value(&self.user_arn)));
        m.push(("UserId", crate::ToValue::to_value(&self.user_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateUserResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            revision: crate::codec::required(m, "Revision", crate::FromValue::from_value)?,
            user_arn: crate::codec::required(m, "UserArn", crate::FromValue::from_value)?,
            user_id: crate::codec::required(m, "UserId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct User {
    pub addresses: ::std::option::Option<::std::vec::Vec<Address>>,
    pub birthdate: ::std::option::Option<::std::string::String>,
    pub created_at: ::std::option::Option<crate::Timestamp>,
    pub created_by: ::std::option::Option<::std::string::String>,
    pub display_name: ::std::option::Option<::std::string::String>,
    pub emails: ::std::option::Option<::std::vec::Vec<Email>>,
    pub extensions:
        ::std::option::Option<::std::collections::BTreeMap<::std::string::String, crate::Value>>,
    pub external_ids: ::std::option::Option<::std::vec::Vec<ExternalId>>,
    pub identity_store_id: ::std::string::String,
    pub locale: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<Name>,
    pub nick_name: ::std::option::Option<::std::string::String>,
    pub phone_numbers: ::std::option::Option<::std::vec::Vec<PhoneNumber>>,
    pub photos: ::std::option::Option<::std::vec::Vec<Photo>>,
    pub preferred_language: ::std::option::Option<::std::string::String>,
    pub profile_url: ::std::option::Option<::std::string::String>,
    pub revision: ::std::string::String,
    pub roles: ::std::option::Option<::std::vec::Vec<Role>>,
    pub timezone: ::std::option::Option<::std::string::String>,
    pub title: ::std::option::Option<::std::string::String>,
    pub updated_at: ::std::option::Option<crate::Timestamp>,
    pub updated_by: ::std::option::Option<::std::string::String>,
    pub user_arn: ::std::string::String,
    pub user_id: ::std::string::String,
    pub user_name: ::std::option::Option<::std::string::String>,
    pub user_status: ::std::option::Option<UserStatus>,
    pub user_type: ::std::option::Option<::std::string::String>,
    pub website: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for User {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("User")
            .field("addresses", &self.addresses)
            .field("birthdate", &"<redacted>")
            .field("created_at", &self.created_at)
            .field("created_by", &self.created_by)
            .field("display_name", &"<redacted>")
            .field("emails", &self.emails)
            .field("extensions", &self.extensions)
            .field("external_ids", &self.external_ids)
            .field("identity_store_id", &self.identity_store_id)
            .field("locale", &"<redacted>")
            .field("name", &self.name)
            .field("nick_name", &"<redacted>")
            .field("phone_numbers", &self.phone_numbers)
            .field("photos", &self.photos)
            .field("preferred_language", &"<redacted>")
            .field("profile_url", &"<redacted>")
            .field("revision", &self.revision)
            .field("roles", &self.roles)
            .field("timezone", &"<redacted>")
            .field("title", &"<redacted>")
            .field("updated_at", &self.updated_at)
            .field("updated_by", &self.updated_by)
            .field("user_arn", &self.user_arn)
            .field("user_id", &self.user_id)
            .field("user_name", &"<redacted>")
            .field("user_status", &self.user_status)
            .field("user_type", &"<redacted>")
            .field("website", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for User {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(28);
        if let Some(x) = &self.addresses {
            m.push((
                "Addresses",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.birthdate {
            m.push(("Birthdate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_at {
            m.push(("CreatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_by {
            m.push(("CreatedBy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.display_name {
            m.push(("DisplayName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.emails {
            m.push((
                "Emails",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.extensions {
            m.push((
                "Extensions",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.external_ids {
            m.push((
                "ExternalIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "IdentityStoreId",
            crate::ToValue::to_value(&self.identity_store_id),
        ));
        if let Some(x) = &self.locale {
            m.push(("Locale", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.nick_name {
            m.push(("NickName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.phone_numbers {
            m.push((
                "PhoneNumbers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.photos {
            m.push((
                "Photos",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.preferred_language {
            m.push(("PreferredLanguage", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.profile_url {
            m.push(("ProfileUrl", crate::ToValue::to_value(x)));
        }
        m.push(("Revision", crate::ToValue::to_value(&self.revision)));
        if let Some(x) = &self.roles {
            m.push((
                "Roles",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.timezone {
            m.push(("Timezone", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.title {
            m.push(("Title", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_at {
            m.push(("UpdatedAt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_by {
            m.push(("UpdatedBy", crate::ToValue::to_value(x)));
        }
        m.push(("UserArn", crate::ToValue::to_value(&self.user_arn)));
        m.push(("UserId", crate::ToValue::to_value(&self.user_id)));
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_status {
            m.push(("UserStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_type {
            m.push(("UserType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.website {
            m.push(("Website", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for User {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            addresses: crate::codec::optional(m, "Addresses", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            birthdate: crate::codec::optional(m, "Birthdate", crate::FromValue::from_value)?,
            created_at: crate::codec::optional(m, "CreatedAt", crate::FromValue::from_value)?,
            created_by: crate::codec::optional(m, "CreatedBy", crate::FromValue::from_value)?,
            display_name: crate::codec::optional(m, "DisplayName", crate::FromValue::from_value)?,
            emails: crate::codec::optional(m, "Emails", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            extensions: crate::codec::optional(m, "Extensions", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            external_ids: crate::codec::optional(m, "ExternalIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            identity_store_id: crate::codec::required(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            locale: crate::codec::optional(m, "Locale", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            nick_name: crate::codec::optional(m, "NickName", crate::FromValue::from_value)?,
            phone_numbers: crate::codec::optional(m, "PhoneNumbers", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            photos: crate::codec::optional(m, "Photos", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            preferred_language: crate::codec::optional(
                m,
                "PreferredLanguage",
                crate::FromValue::from_value,
            )?,
            profile_url: crate::codec::optional(m, "ProfileUrl", crate::FromValue::from_value)?,
            revision: crate::codec::required(m, "Revision", crate::FromValue::from_value)?,
            roles: crate::codec::optional(m, "Roles", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            timezone: crate::codec::optional(m, "Timezone", crate::FromValue::from_value)?,
            title: crate::codec::optional(m, "Title", crate::FromValue::from_value)?,
            updated_at: crate::codec::optional(m, "UpdatedAt", crate::FromValue::from_value)?,
            updated_by: crate::codec::optional(m, "UpdatedBy", crate::FromValue::from_value)?,
            user_arn: crate::codec::required(m, "UserArn", crate::FromValue::from_value)?,
            user_id: crate::codec::required(m, "UserId", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
            user_status: crate::codec::optional(m, "UserStatus", crate::FromValue::from_value)?,
            user_type: crate::codec::optional(m, "UserType", crate::FromValue::from_value)?,
            website: crate::codec::optional(m, "Website", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserStatus {
    ENABLED,
    DISABLED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl UserStatus {
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

impl crate::ToValue for UserStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for UserStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValidationException {
    pub message: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<ValidationExceptionReason>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl ValidationException {
    pub const CODE: &'static str = "ValidationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ValidationException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.reason {
            m.push(("Reason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_id {
            m.push(("RequestId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ValidationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            reason: crate::codec::optional(m, "Reason", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ValidationExceptionReason {
    KMSINVALIDARN,
    KMSINVALIDKEYUSAGE,
    KMSINVALIDSTATE,
    KMSDISABLED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ValidationExceptionReason {
    pub const VALUES: &'static [&'static str] = &[
        "KMS_INVALID_ARN",
        "KMS_INVALID_KEY_USAGE",
        "KMS_INVALID_STATE",
        "KMS_DISABLED",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::KMSINVALIDARN => "KMS_INVALID_ARN",
            Self::KMSINVALIDKEYUSAGE => "KMS_INVALID_KEY_USAGE",
            Self::KMSINVALIDSTATE => "KMS_INVALID_STATE",
            Self::KMSDISABLED => "KMS_DISABLED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "KMS_INVALID_ARN" => Self::KMSINVALIDARN,
            "KMS_INVALID_KEY_USAGE" => Self::KMSINVALIDKEYUSAGE,
            "KMS_INVALID_STATE" => Self::KMSINVALIDSTATE,
            "KMS_DISABLED" => Self::KMSDISABLED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ValidationExceptionReason {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ValidationExceptionReason {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}
