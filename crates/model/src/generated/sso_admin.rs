//! The `sso-admin` service: schema tables and typed shapes. Written by `scripts/codegen` from botocore 1.44.8; do not edit.

#![allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case)]

pub static SERVICE: crate::ServiceDef = crate::ServiceDef {
    name: "sso-admin",
    protocol: crate::Protocol::Json,
    protocols: &["json"],
    api_version: "2020-07-20",
    target_prefix: Some("SWBExternalService"),
    json_version: Some("1.1"),
    xml_namespace: None,
    signing_name: "sso",
    endpoint_prefix: "sso",
    operations: &OPERATIONS,
    shapes: &SHAPES,
};

static OPERATIONS: [crate::OperationDef; 79] = [
    crate::OperationDef {
        name: "AddRegion",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(19)),
        output: Some(crate::ShapeId(20)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(274),
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AttachCustomerManagedPolicyReferenceToPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(37)),
        output: Some(crate::ShapeId(38)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(274),
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AttachManagedPolicyToPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(39)),
        output: Some(crate::ShapeId(40)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(274),
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateAccountAssignment",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(55)),
        output: Some(crate::ShapeId(56)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(274),
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateApplication",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(59)),
        output: Some(crate::ShapeId(60)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(274),
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateApplicationAssignment",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(57)),
        output: Some(crate::ShapeId(58)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(274),
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateInstance",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(63)),
        output: Some(crate::ShapeId(64)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(274),
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateInstanceAccessControlAttributeConfiguration",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(61)),
        output: Some(crate::ShapeId(62)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreatePermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(65)),
        output: Some(crate::ShapeId(66)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(274),
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateTrustedTokenIssuer",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(67)),
        output: Some(crate::ShapeId(68)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(274),
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteAccountAssignment",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(72)),
        output: Some(crate::ShapeId(73)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteApplication",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(79)),
        output: Some(crate::ShapeId(80)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteApplicationAccessScope",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(74)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteApplicationAssignment",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(75)),
        output: Some(crate::ShapeId(76)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteApplicationAuthenticationMethod",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(77)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteApplicationGrant",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(78)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteInlinePolicyFromPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(81)),
        output: Some(crate::ShapeId(82)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteInstance",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(85)),
        output: Some(crate::ShapeId(86)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteInstanceAccessControlAttributeConfiguration",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(83)),
        output: Some(crate::ShapeId(84)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeletePermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(87)),
        output: Some(crate::ShapeId(88)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeletePermissionsBoundaryFromPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(89)),
        output: Some(crate::ShapeId(90)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteTrustedTokenIssuer",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(91)),
        output: Some(crate::ShapeId(92)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeAccountAssignmentCreationStatus",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(93)),
        output: Some(crate::ShapeId(94)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeAccountAssignmentDeletionStatus",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(95)),
        output: Some(crate::ShapeId(96)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeApplication",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(101)),
        output: Some(crate::ShapeId(102)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeApplicationAssignment",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(97)),
        output: Some(crate::ShapeId(98)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeApplicationProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(99)),
        output: Some(crate::ShapeId(100)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeInstance",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(105)),
        output: Some(crate::ShapeId(106)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeInstanceAccessControlAttributeConfiguration",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(103)),
        output: Some(crate::ShapeId(104)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribePermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(109)),
        output: Some(crate::ShapeId(110)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribePermissionSetProvisioningStatus",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(107)),
        output: Some(crate::ShapeId(108)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeRegion",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(111)),
        output: Some(crate::ShapeId(112)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeTrustedTokenIssuer",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(113)),
        output: Some(crate::ShapeId(114)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DetachCustomerManagedPolicyReferenceFromPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(116)),
        output: Some(crate::ShapeId(117)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DetachManagedPolicyFromPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(118)),
        output: Some(crate::ShapeId(119)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetApplicationAccessScope",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(126)),
        output: Some(crate::ShapeId(127)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetApplicationAssignmentConfiguration",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(128)),
        output: Some(crate::ShapeId(129)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetApplicationAuthenticationMethod",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(130)),
        output: Some(crate::ShapeId(131)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetApplicationGrant",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(132)),
        output: Some(crate::ShapeId(133)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetApplicationSessionConfiguration",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(134)),
        output: Some(crate::ShapeId(135)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetInlinePolicyForPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(136)),
        output: Some(crate::ShapeId(137)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetPermissionsBoundaryForPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(138)),
        output: Some(crate::ShapeId(139)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAccountAssignmentCreationStatus",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(167)),
        output: Some(crate::ShapeId(168)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAccountAssignmentDeletionStatus",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(169)),
        output: Some(crate::ShapeId(170)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAccountAssignments",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(174)),
        output: Some(crate::ShapeId(175)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAccountAssignmentsForPrincipal",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(172)),
        output: Some(crate::ShapeId(173)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAccountsForProvisionedPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(176)),
        output: Some(crate::ShapeId(177)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListApplicationAccessScopes",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(178)),
        output: Some(crate::ShapeId(180)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(262),
            crate::ShapeId(157),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListApplicationAssignments",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(184)),
        output: Some(crate::ShapeId(185)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListApplicationAssignmentsForPrincipal",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(182)),
        output: Some(crate::ShapeId(183)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListApplicationAuthenticationMethods",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(186)),
        output: Some(crate::ShapeId(187)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(262),
            crate::ShapeId(157),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListApplicationGrants",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(188)),
        output: Some(crate::ShapeId(189)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(262),
            crate::ShapeId(157),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListApplicationProviders",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(190)),
        output: Some(crate::ShapeId(191)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListApplications",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(193)),
        output: Some(crate::ShapeId(194)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListCustomerManagedPolicyReferencesInPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(195)),
        output: Some(crate::ShapeId(196)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListInstances",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(197)),
        output: Some(crate::ShapeId(198)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListManagedPoliciesInPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(199)),
        output: Some(crate::ShapeId(200)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListPermissionSetProvisioningStatus",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(201)),
        output: Some(crate::ShapeId(202)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListPermissionSets",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(205)),
        output: Some(crate::ShapeId(206)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListPermissionSetsProvisionedToAccount",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(203)),
        output: Some(crate::ShapeId(204)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListRegions",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(207)),
        output: Some(crate::ShapeId(208)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListTagsForResource",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(209)),
        output: Some(crate::ShapeId(210)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListTrustedTokenIssuers",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(211)),
        output: Some(crate::ShapeId(212)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(6),
            crate::ShapeId(320),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ProvisionPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(236)),
        output: Some(crate::ShapeId(237)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutApplicationAccessScope",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(240)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutApplicationAssignmentConfiguration",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(241)),
        output: Some(crate::ShapeId(242)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutApplicationAuthenticationMethod",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(243)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutApplicationGrant",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(244)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutApplicationSessionConfiguration",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(245)),
        output: Some(crate::ShapeId(246)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutInlinePolicyToPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(247)),
        output: Some(crate::ShapeId(248)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(274),
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutPermissionsBoundaryToPermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(249)),
        output: Some(crate::ShapeId(250)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RemoveRegion",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(260)),
        output: Some(crate::ShapeId(261)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TagResource",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(283)),
        output: Some(crate::ShapeId(284)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(274),
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UntagResource",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(306)),
        output: Some(crate::ShapeId(307)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateApplication",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(309)),
        output: Some(crate::ShapeId(310)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateInstance",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(313)),
        output: Some(crate::ShapeId(314)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateInstanceAccessControlAttributeConfiguration",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(311)),
        output: Some(crate::ShapeId(312)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdatePermissionSet",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(315)),
        output: Some(crate::ShapeId(316)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateTrustedTokenIssuer",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(317)),
        output: Some(crate::ShapeId(318)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(289),
            crate::ShapeId(157),
            crate::ShapeId(262),
            crate::ShapeId(6),
            crate::ShapeId(320),
            crate::ShapeId(53),
        ],
        unsigned: false,
    },
];

static SHAPES: [crate::Shape; 325] = [
    crate::Shape {
        name: "AccessControlAttribute",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Key",
                target: crate::ShapeId(1),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(3),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessControlAttributeKey",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessControlAttributeList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(0),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessControlAttributeValue",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Source",
            target: crate::ShapeId(5),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessControlAttributeValueSource",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(256),
        pattern: Some("[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@\\[\\]\\{\\}\\$\\\\\"]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessControlAttributeValueSourceList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(4),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessDeniedException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(7),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(8),
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
        name: "AccessDeniedExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessDeniedExceptionReason",
        kind: crate::ShapeKind::String,
        enum_values: &["KMS_AccessDeniedException"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountAssignment",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalId",
                target: crate::ShapeId(234),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalType",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountAssignmentForPrincipal",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalId",
                target: crate::ShapeId(234),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalType",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountAssignmentList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(9),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountAssignmentListForPrincipal",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(10),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountAssignmentOperationStatus",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedDate",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FailureReason",
                target: crate::ShapeId(251),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalId",
                target: crate::ShapeId(234),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalType",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(305),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetId",
                target: crate::ShapeId(287),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetType",
                target: crate::ShapeId(288),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountAssignmentOperationStatusList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(15),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountAssignmentOperationStatusMetadata",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedDate",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(305),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountId",
        kind: crate::ShapeKind::String,
        min: Some(12),
        max: Some(12),
        pattern: Some("\\d{12}"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(16),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ActorPolicyDocument",
        kind: crate::ShapeKind::Structure,
        document: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddRegionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegionName",
                target: crate::ShapeId(256),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddRegionResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Status",
            target: crate::ShapeId(258),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Application",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationAccount",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ApplicationProviderArn",
                target: crate::ShapeId(31),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedDate",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedFrom",
                target: crate::ShapeId(256),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(115),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreArn",
                target: crate::ShapeId(147),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(29),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PortalOptions",
                target: crate::ShapeId(233),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(33),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationArn",
        kind: crate::ShapeKind::String,
        min: Some(10),
        max: Some(1224),
        pattern: Some(
            "arn:aws(-[a-z]{1,5}){0,3}:sso::\\d{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16}",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationArnList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(125),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationAssignment",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalId",
                target: crate::ShapeId(234),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalType",
                target: crate::ShapeId(235),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationAssignmentForPrincipal",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalId",
                target: crate::ShapeId(234),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalType",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationAssignmentListForPrincipal",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(25),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationAssignmentsList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(24),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(21),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(100),
        pattern: Some("[\\S\\s]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationProvider",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationProviderArn",
                target: crate::ShapeId(31),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DisplayData",
                target: crate::ShapeId(120),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FederationProtocol",
                target: crate::ShapeId(124),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceServerConfig",
                target: crate::ShapeId(265),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationProviderArn",
        kind: crate::ShapeKind::String,
        min: Some(10),
        max: Some(1224),
        pattern: Some("arn:aws(-[a-z]{1,5}){0,3}:sso::aws:applicationProvider/[a-zA-Z0-9-/]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationProviderList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(30),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["ENABLED", "DISABLED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationUrl",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(512),
        pattern: Some("http(s)?:\\/\\/[-a-zA-Z0-9+&@#\\/%?=~_|!:,.;]*[-a-zA-Z0-9+&bb@#\\/%?=~_|]"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplicationVisibility",
        kind: crate::ShapeKind::String,
        enum_values: &["ENABLED", "DISABLED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssignmentRequired",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachCustomerManagedPolicyReferenceToPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CustomerManagedPolicyReference",
                target: crate::ShapeId(69),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachCustomerManagedPolicyReferenceToPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachManagedPolicyToPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ManagedPolicyArn",
                target: crate::ShapeId(213),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachManagedPolicyToPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachedManagedPolicy",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(213),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(217),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachedManagedPolicyList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(41),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AuthenticationMethod",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Iam",
            target: crate::ShapeId(144),
            ..crate::Member::EMPTY
        }],
        union: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AuthenticationMethodItem",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AuthenticationMethod",
                target: crate::ShapeId(43),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AuthenticationMethodType",
                target: crate::ShapeId(45),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AuthenticationMethodType",
        kind: crate::ShapeKind::String,
        enum_values: &["IAM"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AuthenticationMethods",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(44),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AuthorizationCodeGrant",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "RedirectUris",
            target: crate::ShapeId(252),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AuthorizedTokenIssuer",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AuthorizedAudiences",
                target: crate::ShapeId(295),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustedTokenIssuerArn",
                target: crate::ShapeId(296),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AuthorizedTokenIssuers",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(48),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Boolean",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClaimAttributePath",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(255),
        pattern: Some("\\p{L}+(?:(\\.|\\_)\\p{L}+){0,2}"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClientToken",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some("[!-~]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConflictException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(54),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ConflictException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConflictExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccountAssignmentRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalId",
                target: crate::ShapeId(234),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalType",
                target: crate::ShapeId(235),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetId",
                target: crate::ShapeId(287),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetType",
                target: crate::ShapeId(288),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccountAssignmentResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccountAssignmentCreationStatus",
            target: crate::ShapeId(13),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateApplicationAssignmentRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalId",
                target: crate::ShapeId(234),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalType",
                target: crate::ShapeId(235),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateApplicationAssignmentResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateApplicationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationProviderArn",
                target: crate::ShapeId(31),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ClientToken",
                target: crate::ShapeId(52),
                idempotency_token: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(115),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(29),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PortalOptions",
                target: crate::ShapeId(233),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(33),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(282),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateApplicationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreArn",
                target: crate::ShapeId(147),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateInstanceAccessControlAttributeConfigurationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceAccessControlAttributeConfiguration",
                target: crate::ShapeId(148),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateInstanceAccessControlAttributeConfigurationResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateInstanceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ClientToken",
                target: crate::ShapeId(52),
                idempotency_token: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(218),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(282),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateInstanceResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "InstanceArn",
            target: crate::ShapeId(151),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreatePermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Description",
                target: crate::ShapeId(225),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(227),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RelayState",
                target: crate::ShapeId(259),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionDuration",
                target: crate::ShapeId(121),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(282),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreatePermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PermissionSet",
            target: crate::ShapeId(223),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateTrustedTokenIssuerRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ClientToken",
                target: crate::ShapeId(52),
                idempotency_token: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(300),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(282),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustedTokenIssuerConfiguration",
                target: crate::ShapeId(297),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustedTokenIssuerType",
                target: crate::ShapeId(301),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateTrustedTokenIssuerResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "TrustedTokenIssuerArn",
            target: crate::ShapeId(296),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CustomerManagedPolicyReference",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(214),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(215),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CustomerManagedPolicyReferenceList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(69),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Date",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteAccountAssignmentRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalId",
                target: crate::ShapeId(234),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalType",
                target: crate::ShapeId(235),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetId",
                target: crate::ShapeId(287),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetType",
                target: crate::ShapeId(288),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteAccountAssignmentResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccountAssignmentDeletionStatus",
            target: crate::ShapeId(13),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteApplicationAccessScopeRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Scope",
                target: crate::ShapeId(269),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteApplicationAssignmentRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalId",
                target: crate::ShapeId(234),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalType",
                target: crate::ShapeId(235),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteApplicationAssignmentResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteApplicationAuthenticationMethodRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AuthenticationMethodType",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteApplicationGrantRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GrantType",
                target: crate::ShapeId(142),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteApplicationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ApplicationArn",
            target: crate::ShapeId(22),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteApplicationResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteInlinePolicyFromPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteInlinePolicyFromPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteInstanceAccessControlAttributeConfigurationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "InstanceArn",
            target: crate::ShapeId(151),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteInstanceAccessControlAttributeConfigurationResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteInstanceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "InstanceArn",
            target: crate::ShapeId(151),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteInstanceResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeletePermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeletePermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeletePermissionsBoundaryFromPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeletePermissionsBoundaryFromPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteTrustedTokenIssuerRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "TrustedTokenIssuerArn",
            target: crate::ShapeId(296),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteTrustedTokenIssuerResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeAccountAssignmentCreationStatusRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountAssignmentCreationRequestId",
                target: crate::ShapeId(305),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeAccountAssignmentCreationStatusResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccountAssignmentCreationStatus",
            target: crate::ShapeId(13),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeAccountAssignmentDeletionStatusRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountAssignmentDeletionRequestId",
                target: crate::ShapeId(305),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeAccountAssignmentDeletionStatusResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccountAssignmentDeletionStatus",
            target: crate::ShapeId(13),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeApplicationAssignmentRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalId",
                target: crate::ShapeId(234),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalType",
                target: crate::ShapeId(235),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeApplicationAssignmentResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalId",
                target: crate::ShapeId(234),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalType",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeApplicationProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ApplicationProviderArn",
            target: crate::ShapeId(31),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeApplicationProviderResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationProviderArn",
                target: crate::ShapeId(31),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DisplayData",
                target: crate::ShapeId(120),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FederationProtocol",
                target: crate::ShapeId(124),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceServerConfig",
                target: crate::ShapeId(265),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeApplicationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ApplicationArn",
            target: crate::ShapeId(22),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeApplicationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationAccount",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ApplicationProviderArn",
                target: crate::ShapeId(31),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedDate",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedFrom",
                target: crate::ShapeId(256),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(115),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreArn",
                target: crate::ShapeId(147),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(29),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PortalOptions",
                target: crate::ShapeId(233),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(33),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeInstanceAccessControlAttributeConfigurationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "InstanceArn",
            target: crate::ShapeId(151),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeInstanceAccessControlAttributeConfigurationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceAccessControlAttributeConfiguration",
                target: crate::ShapeId(148),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(149),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StatusReason",
                target: crate::ShapeId(150),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeInstanceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "InstanceArn",
            target: crate::ShapeId(151),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeInstanceResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedDate",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EncryptionConfigurationDetails",
                target: crate::ShapeId(123),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreArn",
                target: crate::ShapeId(152),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(146),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(218),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NetworkConfigurationDetails",
                target: crate::ShapeId(219),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OwnerAccountId",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetsEnabled",
                target: crate::ShapeId(50),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrimaryRegion",
                target: crate::ShapeId(256),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Regions",
                target: crate::ShapeId(255),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(155),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StatusReason",
                target: crate::ShapeId(251),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribePermissionSetProvisioningStatusRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ProvisionPermissionSetRequestId",
                target: crate::ShapeId(305),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribePermissionSetProvisioningStatusResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PermissionSetProvisioningStatus",
            target: crate::ShapeId(229),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribePermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribePermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PermissionSet",
            target: crate::ShapeId(223),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeRegionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegionName",
                target: crate::ShapeId(256),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeRegionResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AddedDate",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsPrimaryRegion",
                target: crate::ShapeId(160),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegionName",
                target: crate::ShapeId(256),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(258),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeTrustedTokenIssuerRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "TrustedTokenIssuerArn",
            target: crate::ShapeId(296),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeTrustedTokenIssuerResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(300),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustedTokenIssuerArn",
                target: crate::ShapeId(296),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustedTokenIssuerConfiguration",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustedTokenIssuerType",
                target: crate::ShapeId(301),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Description",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachCustomerManagedPolicyReferenceFromPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CustomerManagedPolicyReference",
                target: crate::ShapeId(69),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachCustomerManagedPolicyReferenceFromPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachManagedPolicyFromPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ManagedPolicyArn",
                target: crate::ShapeId(213),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachManagedPolicyFromPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisplayData",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Description",
                target: crate::ShapeId(115),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DisplayName",
                target: crate::ShapeId(217),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IconUrl",
                target: crate::ShapeId(145),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Duration",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(100),
        pattern: Some(
            "(-?)P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)([DW]))?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EncryptionConfiguration",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "KeyType",
                target: crate::ShapeId(166),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KmsKeyArn",
                target: crate::ShapeId(164),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EncryptionConfigurationDetails",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EncryptionStatus",
                target: crate::ShapeId(165),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EncryptionStatusReason",
                target: crate::ShapeId(251),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KeyType",
                target: crate::ShapeId(166),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KmsKeyArn",
                target: crate::ShapeId(164),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FederationProtocol",
        kind: crate::ShapeKind::String,
        enum_values: &["SAML", "OAUTH"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FirstOrThirdPartyApplicationArnType",
        kind: crate::ShapeKind::String,
        min: Some(10),
        max: Some(1224),
        pattern: Some(
            "arn:aws(-[a-z]{1,5}){0,3}:[a-z0-9-]+:[a-z0-9-*]*:[0-9]{12}:[-a-zA-Z0-9./:_*]+",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetApplicationAccessScopeRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Scope",
                target: crate::ShapeId(269),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetApplicationAccessScopeResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AuthorizedTargets",
                target: crate::ShapeId(272),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Scope",
                target: crate::ShapeId(269),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetApplicationAssignmentConfigurationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ApplicationArn",
            target: crate::ShapeId(22),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetApplicationAssignmentConfigurationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AssignmentRequired",
            target: crate::ShapeId(36),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetApplicationAuthenticationMethodRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AuthenticationMethodType",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetApplicationAuthenticationMethodResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AuthenticationMethod",
            target: crate::ShapeId(43),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetApplicationGrantRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GrantType",
                target: crate::ShapeId(142),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetApplicationGrantResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Grant",
            target: crate::ShapeId(140),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetApplicationSessionConfigurationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ApplicationArn",
            target: crate::ShapeId(22),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetApplicationSessionConfigurationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "UserBackgroundSessionApplicationStatus",
            target: crate::ShapeId(319),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetInlinePolicyForPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetInlinePolicyForPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "InlinePolicy",
            target: crate::ShapeId(228),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetPermissionsBoundaryForPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetPermissionsBoundaryForPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PermissionsBoundary",
            target: crate::ShapeId(232),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Grant",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AuthorizationCode",
                target: crate::ShapeId(47),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JwtBearer",
                target: crate::ShapeId(163),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RefreshToken",
                target: crate::ShapeId(253),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TokenExchange",
                target: crate::ShapeId(293),
                ..crate::Member::EMPTY
            },
        ],
        union: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GrantItem",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Grant",
                target: crate::ShapeId(140),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GrantType",
                target: crate::ShapeId(142),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GrantType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "authorization_code",
            "refresh_token",
            "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "urn:ietf:params:oauth:grant-type:token-exchange",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Grants",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(141),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IamAuthenticationMethod",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ActorPolicy",
            target: crate::ShapeId(18),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IconUrl",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(768),
        pattern: Some("(http|https):\\/\\/.*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Id",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some("[a-zA-Z0-9-]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IdentityStoreArn",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstanceAccessControlAttributeConfiguration",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccessControlAttributes",
            target: crate::ShapeId(2),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstanceAccessControlAttributeConfigurationStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["ENABLED", "CREATION_IN_PROGRESS", "CREATION_FAILED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstanceAccessControlAttributeConfigurationStatusReason",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstanceArn",
        kind: crate::ShapeKind::String,
        min: Some(10),
        max: Some(1224),
        pattern: Some("arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstanceIdentityStoreArn",
        kind: crate::ShapeKind::String,
        min: Some(62),
        max: Some(93),
        pattern: Some(
            "arn:aws(-[a-z]{1,5}){0,3}:identitystore::\\d{12}:identitystore/(d-[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstanceList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(154),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstanceMetadata",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedDate",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreArn",
                target: crate::ShapeId(152),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreId",
                target: crate::ShapeId(146),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(218),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OwnerAccountId",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrimaryRegion",
                target: crate::ShapeId(256),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Regions",
                target: crate::ShapeId(255),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(155),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StatusReason",
                target: crate::ShapeId(251),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstanceStatus",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "CREATE_IN_PROGRESS",
            "CREATE_FAILED",
            "DELETE_IN_PROGRESS",
            "ACTIVE",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InternalFailureMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InternalServerException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(156),
            ..crate::Member::EMPTY
        }],
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
            target: crate::ShapeId(159),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
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
        name: "IsPrimaryRegion",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "JMESPath",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(255),
        pattern: Some("\\p{L}+(?:\\.\\p{L}+){0,2}"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "JwksRetrievalOption",
        kind: crate::ShapeKind::String,
        enum_values: &["OPEN_ID_DISCOVERY"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "JwtBearerGrant",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AuthorizedTokenIssuers",
            target: crate::ShapeId(49),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "KmsKeyArn",
        kind: crate::ShapeKind::String,
        min: Some(20),
        max: Some(2048),
        pattern: Some(
            "arn:aws(-[a-z]{1,5}){0,3}:kms:([a-z]{2,}(-[a-z0-9]+)+){1}:[0-9]{12}:key/(mrk-[a-f0-9]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "KmsKeyStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["UPDATING", "ENABLED", "UPDATE_FAILED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "KmsKeyType",
        kind: crate::ShapeKind::String,
        enum_values: &["AWS_OWNED_KMS_KEY", "CUSTOMER_MANAGED_KEY"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountAssignmentCreationStatusRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Filter",
                target: crate::ShapeId(222),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountAssignmentCreationStatusResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountAssignmentsCreationStatus",
                target: crate::ShapeId(14),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountAssignmentDeletionStatusRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Filter",
                target: crate::ShapeId(222),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountAssignmentDeletionStatusResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountAssignmentsDeletionStatus",
                target: crate::ShapeId(14),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountAssignmentsFilter",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccountId",
            target: crate::ShapeId(16),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountAssignmentsForPrincipalRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Filter",
                target: crate::ShapeId(171),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalId",
                target: crate::ShapeId(234),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalType",
                target: crate::ShapeId(235),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountAssignmentsForPrincipalResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountAssignments",
                target: crate::ShapeId(12),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountAssignmentsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(287),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountAssignmentsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountAssignments",
                target: crate::ShapeId(11),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountsForProvisionedPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ProvisioningStatus",
                target: crate::ShapeId(239),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountsForProvisionedPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountIds",
                target: crate::ShapeId(17),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationAccessScopesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationAccessScopesRequestMaxResultsInteger",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationAccessScopesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Scopes",
                target: crate::ShapeId(273),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationAssignmentsFilter",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ApplicationArn",
            target: crate::ShapeId(22),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationAssignmentsForPrincipalRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Filter",
                target: crate::ShapeId(181),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalId",
                target: crate::ShapeId(234),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrincipalType",
                target: crate::ShapeId(235),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationAssignmentsForPrincipalResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationAssignments",
                target: crate::ShapeId(26),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationAssignmentsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationAssignmentsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationAssignments",
                target: crate::ShapeId(27),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationAuthenticationMethodsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationAuthenticationMethodsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AuthenticationMethods",
                target: crate::ShapeId(46),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationGrantsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationGrantsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Grants",
                target: crate::ShapeId(143),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationProvidersRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationProvidersResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationProviders",
                target: crate::ShapeId(32),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationsFilter",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationAccount",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ApplicationProvider",
                target: crate::ShapeId(31),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Filter",
                target: crate::ShapeId(192),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListApplicationsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Applications",
                target: crate::ShapeId(28),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListCustomerManagedPolicyReferencesInPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListCustomerManagedPolicyReferencesInPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CustomerManagedPolicyReferences",
                target: crate::ShapeId(70),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInstancesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegionScope",
                target: crate::ShapeId(257),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInstancesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Instances",
                target: crate::ShapeId(153),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListManagedPoliciesInPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListManagedPoliciesInPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttachedManagedPolicies",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPermissionSetProvisioningStatusRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Filter",
                target: crate::ShapeId(222),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPermissionSetProvisioningStatusResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetsProvisioningStatus",
                target: crate::ShapeId(230),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPermissionSetsProvisionedToAccountRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(16),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ProvisioningStatus",
                target: crate::ShapeId(239),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPermissionSetsProvisionedToAccountResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSets",
                target: crate::ShapeId(226),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPermissionSetsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPermissionSetsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSets",
                target: crate::ShapeId(226),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListRegionsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListRegionsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Regions",
                target: crate::ShapeId(255),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTagsForResourceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceArn",
                target: crate::ShapeId(286),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTagsForResourceResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(282),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTrustedTokenIssuersRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTrustedTokenIssuersResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustedTokenIssuers",
                target: crate::ShapeId(298),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ManagedPolicyArn",
        kind: crate::ShapeKind::String,
        min: Some(20),
        max: Some(2048),
        pattern: Some(
            "arn:aws(-[a-z]{1,5}){0,3}:iam::aws:policy((/[A-Za-z0-9\\.,\\+@=_-]+)*)/([A-Za-z0-9\\.,\\+=@_-]+)",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ManagedPolicyName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ManagedPolicyPath",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(512),
        pattern: Some("((/[A-Za-z0-9\\.,\\+@=_-]+)*)/"),
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
        name: "Name",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(100),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NameType",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(255),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NetworkConfigurationInfo",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AllowSourceIps",
                target: crate::ShapeId(158),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExcludeApplicationArns",
                target: crate::ShapeId(23),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RestrictSourceVpcs",
                target: crate::ShapeId(324),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpceAccessRequired",
                target: crate::ShapeId(50),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OidcJwtConfiguration",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ClaimAttributePath",
                target: crate::ShapeId(51),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreAttributePath",
                target: crate::ShapeId(161),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IssuerUrl",
                target: crate::ShapeId(303),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JwksRetrievalOption",
                target: crate::ShapeId(162),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OidcJwtUpdateConfiguration",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ClaimAttributePath",
                target: crate::ShapeId(51),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreAttributePath",
                target: crate::ShapeId(161),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JwksRetrievalOption",
                target: crate::ShapeId(162),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OperationStatusFilter",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Status",
            target: crate::ShapeId(278),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PermissionSet",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedDate",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(225),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(227),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RelayState",
                target: crate::ShapeId(259),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionDuration",
                target: crate::ShapeId(121),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PermissionSetArn",
        kind: crate::ShapeKind::String,
        min: Some(10),
        max: Some(1224),
        pattern: Some(
            "arn:aws(-[a-z]{1,5}){0,3}:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PermissionSetDescription",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(700),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PermissionSetList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(224),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PermissionSetName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(32),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PermissionSetPolicyDocument",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(32768),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PermissionSetProvisioningStatus",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedDate",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FailureReason",
                target: crate::ShapeId(251),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(305),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PermissionSetProvisioningStatusList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(231),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PermissionSetProvisioningStatusMetadata",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedDate",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(305),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PermissionsBoundary",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CustomerManagedPolicyReference",
                target: crate::ShapeId(69),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ManagedPolicyArn",
                target: crate::ShapeId(213),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PortalOptions",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SignInOptions",
                target: crate::ShapeId(276),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Visibility",
                target: crate::ShapeId(35),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PrincipalId",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(47),
        pattern: Some(
            "([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PrincipalType",
        kind: crate::ShapeKind::String,
        enum_values: &["USER", "GROUP"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ProvisionPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetId",
                target: crate::ShapeId(287),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetType",
                target: crate::ShapeId(238),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ProvisionPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PermissionSetProvisioningStatus",
            target: crate::ShapeId(229),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ProvisionTargetType",
        kind: crate::ShapeKind::String,
        enum_values: &["AWS_ACCOUNT", "ALL_PROVISIONED_ACCOUNTS"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ProvisioningStatus",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "LATEST_PERMISSION_SET_PROVISIONED",
            "LATEST_PERMISSION_SET_NOT_PROVISIONED",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutApplicationAccessScopeRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AuthorizedTargets",
                target: crate::ShapeId(272),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Scope",
                target: crate::ShapeId(269),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutApplicationAssignmentConfigurationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AssignmentRequired",
                target: crate::ShapeId(36),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutApplicationAssignmentConfigurationResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutApplicationAuthenticationMethodRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AuthenticationMethod",
                target: crate::ShapeId(43),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AuthenticationMethodType",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutApplicationGrantRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Grant",
                target: crate::ShapeId(140),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GrantType",
                target: crate::ShapeId(142),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutApplicationSessionConfigurationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserBackgroundSessionApplicationStatus",
                target: crate::ShapeId(319),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutApplicationSessionConfigurationResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutInlinePolicyToPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InlinePolicy",
                target: crate::ShapeId(228),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutInlinePolicyToPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutPermissionsBoundaryToPermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundary",
                target: crate::ShapeId(232),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutPermissionsBoundaryToPermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Reason",
        kind: crate::ShapeKind::String,
        pattern: Some("[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RedirectUris",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(304),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RefreshTokenGrant",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegionMetadata",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AddedDate",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsPrimaryRegion",
                target: crate::ShapeId(160),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegionName",
                target: crate::ShapeId(256),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(258),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegionMetadataList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegionName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(32),
        pattern: Some("([a-z]+-){2,3}\\d"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegionScope",
        kind: crate::ShapeKind::String,
        enum_values: &["CURRENT_REGION", "ALL_REGIONS"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegionStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["ACTIVE", "ADDING", "REMOVING"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RelayState",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(240),
        pattern: Some("[a-zA-Z0-9&$@#\\\\\\/%?=~\\-_'\"|!:,.;*+\\[\\]\\ \\(\\)\\{\\}]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveRegionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegionName",
                target: crate::ShapeId(256),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveRegionResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Status",
            target: crate::ShapeId(258),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(263),
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
        enum_values: &["KMS_NotFoundException"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceNotFoundMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceServerConfig",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Scopes",
            target: crate::ShapeId(268),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceServerScope",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(80),
        pattern: Some("[^:=\\-\\.\\s][0-9a-zA-Z_:\\-\\.]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceServerScopeDetails",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DetailedTitle",
                target: crate::ShapeId(115),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LongDescription",
                target: crate::ShapeId(115),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceServerScopes",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(266),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(267),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Scope",
        kind: crate::ShapeKind::String,
        pattern: Some("([A-Za-z0-9_]{1,50})(:[A-Za-z0-9_]{1,50}){0,1}(:[A-Za-z0-9_]{1,50}){0,1}"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ScopeDetails",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AuthorizedTargets",
                target: crate::ShapeId(272),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Scope",
                target: crate::ShapeId(269),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ScopeTarget",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(100),
        pattern: Some(
            "arn:aws(-[a-z]{1,5}){0,3}:sso::(\\d{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16}|:instance/(sso)?ins-[a-zA-Z0-9-.]{16})",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ScopeTargets",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(271),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Scopes",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(270),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceQuotaExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(275),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ServiceQuotaExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceQuotaExceededMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SignInOptions",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationUrl",
                target: crate::ShapeId(34),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Origin",
                target: crate::ShapeId(277),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SignInOrigin",
        kind: crate::ShapeKind::String,
        enum_values: &["IDENTITY_CENTER", "APPLICATION"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StatusValues",
        kind: crate::ShapeKind::String,
        enum_values: &["IN_PROGRESS", "FAILED", "SUCCEEDED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Tag",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Key",
                target: crate::ShapeId(280),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(285),
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
        pattern: Some("([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagKeyList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(280),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(75),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(279),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(75),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagResourceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceArn",
                target: crate::ShapeId(286),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(282),
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
        pattern: Some("([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TaggableResourceArn",
        kind: crate::ShapeKind::String,
        min: Some(10),
        max: Some(2048),
        pattern: Some(
            "arn:aws(-[a-z]{1,5}){0,3}:sso::((:instance/(sso)?ins-[a-zA-Z0-9-.]{16})|(:permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16})|(\\d{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16})|(\\d{12}:trustedTokenIssuer/(sso)?ins-[a-zA-Z0-9-.]{16}/tti-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}))",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TargetId",
        kind: crate::ShapeKind::String,
        min: Some(12),
        max: Some(12),
        pattern: Some("\\d{12}"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TargetType",
        kind: crate::ShapeKind::String,
        enum_values: &["AWS_ACCOUNT"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ThrottlingException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(290),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(291),
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
        name: "ThrottlingExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ThrottlingExceptionReason",
        kind: crate::ShapeKind::String,
        enum_values: &["KMS_ThrottlingException"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Token",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(2048),
        pattern: Some("[-a-zA-Z0-9+=/_]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TokenExchangeGrant",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TokenIssuerAudience",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(512),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TokenIssuerAudiences",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(294),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustedTokenIssuerArn",
        kind: crate::ShapeKind::String,
        min: Some(10),
        max: Some(1224),
        pattern: Some(
            "arn:aws(-[a-z]{1,5}){0,3}:sso::\\d{12}:trustedTokenIssuer/(sso)?ins-[a-zA-Z0-9-.]{16}/tti-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustedTokenIssuerConfiguration",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "OidcJwtConfiguration",
            target: crate::ShapeId(220),
            ..crate::Member::EMPTY
        }],
        union: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustedTokenIssuerList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(299),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustedTokenIssuerMetadata",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(300),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustedTokenIssuerArn",
                target: crate::ShapeId(296),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustedTokenIssuerType",
                target: crate::ShapeId(301),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustedTokenIssuerName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(255),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustedTokenIssuerType",
        kind: crate::ShapeKind::String,
        enum_values: &["OIDC_JWT"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustedTokenIssuerUpdateConfiguration",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "OidcJwtConfiguration",
            target: crate::ShapeId(221),
            ..crate::Member::EMPTY
        }],
        union: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustedTokenIssuerUrl",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(512),
        pattern: Some("https?:\\/\\/[-a-zA-Z0-9+&@\\/%=~_|!:,.;]*[-a-zA-Z0-9+&@\\/%=~_|]"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "URI",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UUId",
        kind: crate::ShapeKind::String,
        min: Some(36),
        max: Some(36),
        pattern: Some("\\b[0-9a-f]{8}\\b-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\\b[0-9a-f]{12}\\b"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UntagResourceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceArn",
                target: crate::ShapeId(286),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagKeys",
                target: crate::ShapeId(281),
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
        name: "UpdateApplicationPortalOptions",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SignInOptions",
            target: crate::ShapeId(276),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateApplicationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApplicationArn",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(115),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(29),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PortalOptions",
                target: crate::ShapeId(308),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(33),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateApplicationResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateInstanceAccessControlAttributeConfigurationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceAccessControlAttributeConfiguration",
                target: crate::ShapeId(148),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateInstanceAccessControlAttributeConfigurationResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateInstanceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EncryptionConfiguration",
                target: crate::ShapeId(122),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(218),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NetworkConfiguration",
                target: crate::ShapeId(219),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetsEnabled",
                target: crate::ShapeId(50),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateInstanceResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdatePermissionSetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Description",
                target: crate::ShapeId(225),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceArn",
                target: crate::ShapeId(151),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionSetArn",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RelayState",
                target: crate::ShapeId(259),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionDuration",
                target: crate::ShapeId(121),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdatePermissionSetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateTrustedTokenIssuerRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(300),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustedTokenIssuerArn",
                target: crate::ShapeId(296),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustedTokenIssuerConfiguration",
                target: crate::ShapeId(302),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateTrustedTokenIssuerResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UserBackgroundSessionApplicationStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["ENABLED", "DISABLED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ValidationException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(321),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(322),
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
        name: "ValidationExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ValidationExceptionReason",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "KMS_InvalidKeyUsageException",
            "KMS_InvalidStateException",
            "KMS_DisabledException",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "VpcArn",
        kind: crate::ShapeKind::String,
        min: Some(43),
        max: Some(128),
        pattern: Some(
            "arn:aws(-[a-z]{1,5}){0,3}:ec2:[a-z0-9-]+:[0-9]{12}:vpc/vpc-([0-9a-f]){8}(([0-9a-f]){9})?",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "VpcArnList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(323),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
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
        "AccessControlAttribute" => via::<AccessControlAttribute>(value),
        "AccessControlAttributeValue" => via::<AccessControlAttributeValue>(value),
        "AccessDeniedException" => via::<AccessDeniedException>(value),
        "AccountAssignment" => via::<AccountAssignment>(value),
        "AccountAssignmentForPrincipal" => via::<AccountAssignmentForPrincipal>(value),
        "AccountAssignmentOperationStatus" => via::<AccountAssignmentOperationStatus>(value),
        "AccountAssignmentOperationStatusMetadata" => {
            via::<AccountAssignmentOperationStatusMetadata>(value)
        }
        "AddRegionRequest" => via::<AddRegionRequest>(value),
        "AddRegionResponse" => via::<AddRegionResponse>(value),
        "Application" => via::<Application>(value),
        "ApplicationAssignment" => via::<ApplicationAssignment>(value),
        "ApplicationAssignmentForPrincipal" => via::<ApplicationAssignmentForPrincipal>(value),
        "ApplicationProvider" => via::<ApplicationProvider>(value),
        "AttachCustomerManagedPolicyReferenceToPermissionSetRequest" => {
            via::<AttachCustomerManagedPolicyReferenceToPermissionSetRequest>(value)
        }
        "AttachCustomerManagedPolicyReferenceToPermissionSetResponse" => {
            via::<AttachCustomerManagedPolicyReferenceToPermissionSetResponse>(value)
        }
        "AttachManagedPolicyToPermissionSetRequest" => {
            via::<AttachManagedPolicyToPermissionSetRequest>(value)
        }
        "AttachManagedPolicyToPermissionSetResponse" => {
            via::<AttachManagedPolicyToPermissionSetResponse>(value)
        }
        "AttachedManagedPolicy" => via::<AttachedManagedPolicy>(value),
        "AuthenticationMethod" => via::<AuthenticationMethod>(value),
        "AuthenticationMethodItem" => via::<AuthenticationMethodItem>(value),
        "AuthorizationCodeGrant" => via::<AuthorizationCodeGrant>(value),
        "AuthorizedTokenIssuer" => via::<AuthorizedTokenIssuer>(value),
        "ConflictException" => via::<ConflictException>(value),
        "CreateAccountAssignmentRequest" => via::<CreateAccountAssignmentRequest>(value),
        "CreateAccountAssignmentResponse" => via::<CreateAccountAssignmentResponse>(value),
        "CreateApplicationAssignmentRequest" => via::<CreateApplicationAssignmentRequest>(value),
        "CreateApplicationAssignmentResponse" => via::<CreateApplicationAssignmentResponse>(value),
        "CreateApplicationRequest" => via::<CreateApplicationRequest>(value),
        "CreateApplicationResponse" => via::<CreateApplicationResponse>(value),
        "CreateInstanceAccessControlAttributeConfigurationRequest" => {
            via::<CreateInstanceAccessControlAttributeConfigurationRequest>(value)
        }
        "CreateInstanceAccessControlAttributeConfigurationResponse" => {
            via::<CreateInstanceAccessControlAttributeConfigurationResponse>(value)
        }
        "CreateInstanceRequest" => via::<CreateInstanceRequest>(value),
        "CreateInstanceResponse" => via::<CreateInstanceResponse>(value),
        "CreatePermissionSetRequest" => via::<CreatePermissionSetRequest>(value),
        "CreatePermissionSetResponse" => via::<CreatePermissionSetResponse>(value),
        "CreateTrustedTokenIssuerRequest" => via::<CreateTrustedTokenIssuerRequest>(value),
        "CreateTrustedTokenIssuerResponse" => via::<CreateTrustedTokenIssuerResponse>(value),
        "CustomerManagedPolicyReference" => via::<CustomerManagedPolicyReference>(value),
        "DeleteAccountAssignmentRequest" => via::<DeleteAccountAssignmentRequest>(value),
        "DeleteAccountAssignmentResponse" => via::<DeleteAccountAssignmentResponse>(value),
        "DeleteApplicationAccessScopeRequest" => via::<DeleteApplicationAccessScopeRequest>(value),
        "DeleteApplicationAssignmentRequest" => via::<DeleteApplicationAssignmentRequest>(value),
        "DeleteApplicationAssignmentResponse" => via::<DeleteApplicationAssignmentResponse>(value),
        "DeleteApplicationAuthenticationMethodRequest" => {
            via::<DeleteApplicationAuthenticationMethodRequest>(value)
        }
        "DeleteApplicationGrantRequest" => via::<DeleteApplicationGrantRequest>(value),
        "DeleteApplicationRequest" => via::<DeleteApplicationRequest>(value),
        "DeleteApplicationResponse" => via::<DeleteApplicationResponse>(value),
        "DeleteInlinePolicyFromPermissionSetRequest" => {
            via::<DeleteInlinePolicyFromPermissionSetRequest>(value)
        }
        "DeleteInlinePolicyFromPermissionSetResponse" => {
            via::<DeleteInlinePolicyFromPermissionSetResponse>(value)
        }
        "DeleteInstanceAccessControlAttributeConfigurationRequest" => {
            via::<DeleteInstanceAccessControlAttributeConfigurationRequest>(value)
        }
        "DeleteInstanceAccessControlAttributeConfigurationResponse" => {
            via::<DeleteInstanceAccessControlAttributeConfigurationResponse>(value)
        }
        "DeleteInstanceRequest" => via::<DeleteInstanceRequest>(value),
        "DeleteInstanceResponse" => via::<DeleteInstanceResponse>(value),
        "DeletePermissionSetRequest" => via::<DeletePermissionSetRequest>(value),
        "DeletePermissionSetResponse" => via::<DeletePermissionSetResponse>(value),
        "DeletePermissionsBoundaryFromPermissionSetRequest" => {
            via::<DeletePermissionsBoundaryFromPermissionSetRequest>(value)
        }
        "DeletePermissionsBoundaryFromPermissionSetResponse" => {
            via::<DeletePermissionsBoundaryFromPermissionSetResponse>(value)
        }
        "DeleteTrustedTokenIssuerRequest" => via::<DeleteTrustedTokenIssuerRequest>(value),
        "DeleteTrustedTokenIssuerResponse" => via::<DeleteTrustedTokenIssuerResponse>(value),
        "DescribeAccountAssignmentCreationStatusRequest" => {
            via::<DescribeAccountAssignmentCreationStatusRequest>(value)
        }
        "DescribeAccountAssignmentCreationStatusResponse" => {
            via::<DescribeAccountAssignmentCreationStatusResponse>(value)
        }
        "DescribeAccountAssignmentDeletionStatusRequest" => {
            via::<DescribeAccountAssignmentDeletionStatusRequest>(value)
        }
        "DescribeAccountAssignmentDeletionStatusResponse" => {
            via::<DescribeAccountAssignmentDeletionStatusResponse>(value)
        }
        "DescribeApplicationAssignmentRequest" => {
            via::<DescribeApplicationAssignmentRequest>(value)
        }
        "DescribeApplicationAssignmentResponse" => {
            via::<DescribeApplicationAssignmentResponse>(value)
        }
        "DescribeApplicationProviderRequest" => via::<DescribeApplicationProviderRequest>(value),
        "DescribeApplicationProviderResponse" => via::<DescribeApplicationProviderResponse>(value),
        "DescribeApplicationRequest" => via::<DescribeApplicationRequest>(value),
        "DescribeApplicationResponse" => via::<DescribeApplicationResponse>(value),
        "DescribeInstanceAccessControlAttributeConfigurationRequest" => {
            via::<DescribeInstanceAccessControlAttributeConfigurationRequest>(value)
        }
        "DescribeInstanceAccessControlAttributeConfigurationResponse" => {
            via::<DescribeInstanceAccessControlAttributeConfigurationResponse>(value)
        }
        "DescribeInstanceRequest" => via::<DescribeInstanceRequest>(value),
        "DescribeInstanceResponse" => via::<DescribeInstanceResponse>(value),
        "DescribePermissionSetProvisioningStatusRequest" => {
            via::<DescribePermissionSetProvisioningStatusRequest>(value)
        }
        "DescribePermissionSetProvisioningStatusResponse" => {
            via::<DescribePermissionSetProvisioningStatusResponse>(value)
        }
        "DescribePermissionSetRequest" => via::<DescribePermissionSetRequest>(value),
        "DescribePermissionSetResponse" => via::<DescribePermissionSetResponse>(value),
        "DescribeRegionRequest" => via::<DescribeRegionRequest>(value),
        "DescribeRegionResponse" => via::<DescribeRegionResponse>(value),
        "DescribeTrustedTokenIssuerRequest" => via::<DescribeTrustedTokenIssuerRequest>(value),
        "DescribeTrustedTokenIssuerResponse" => via::<DescribeTrustedTokenIssuerResponse>(value),
        "DetachCustomerManagedPolicyReferenceFromPermissionSetRequest" => {
            via::<DetachCustomerManagedPolicyReferenceFromPermissionSetRequest>(value)
        }
        "DetachCustomerManagedPolicyReferenceFromPermissionSetResponse" => {
            via::<DetachCustomerManagedPolicyReferenceFromPermissionSetResponse>(value)
        }
        "DetachManagedPolicyFromPermissionSetRequest" => {
            via::<DetachManagedPolicyFromPermissionSetRequest>(value)
        }
        "DetachManagedPolicyFromPermissionSetResponse" => {
            via::<DetachManagedPolicyFromPermissionSetResponse>(value)
        }
        "DisplayData" => via::<DisplayData>(value),
        "EncryptionConfiguration" => via::<EncryptionConfiguration>(value),
        "EncryptionConfigurationDetails" => via::<EncryptionConfigurationDetails>(value),
        "GetApplicationAccessScopeRequest" => via::<GetApplicationAccessScopeRequest>(value),
        "GetApplicationAccessScopeResponse" => via::<GetApplicationAccessScopeResponse>(value),
        "GetApplicationAssignmentConfigurationRequest" => {
            via::<GetApplicationAssignmentConfigurationRequest>(value)
        }
        "GetApplicationAssignmentConfigurationResponse" => {
            via::<GetApplicationAssignmentConfigurationResponse>(value)
        }
        "GetApplicationAuthenticationMethodRequest" => {
            via::<GetApplicationAuthenticationMethodRequest>(value)
        }
        "GetApplicationAuthenticationMethodResponse" => {
            via::<GetApplicationAuthenticationMethodResponse>(value)
        }
        "GetApplicationGrantRequest" => via::<GetApplicationGrantRequest>(value),
        "GetApplicationGrantResponse" => via::<GetApplicationGrantResponse>(value),
        "GetApplicationSessionConfigurationRequest" => {
            via::<GetApplicationSessionConfigurationRequest>(value)
        }
        "GetApplicationSessionConfigurationResponse" => {
            via::<GetApplicationSessionConfigurationResponse>(value)
        }
        "GetInlinePolicyForPermissionSetRequest" => {
            via::<GetInlinePolicyForPermissionSetRequest>(value)
        }
        "GetInlinePolicyForPermissionSetResponse" => {
            via::<GetInlinePolicyForPermissionSetResponse>(value)
        }
        "GetPermissionsBoundaryForPermissionSetRequest" => {
            via::<GetPermissionsBoundaryForPermissionSetRequest>(value)
        }
        "GetPermissionsBoundaryForPermissionSetResponse" => {
            via::<GetPermissionsBoundaryForPermissionSetResponse>(value)
        }
        "Grant" => via::<Grant>(value),
        "GrantItem" => via::<GrantItem>(value),
        "IamAuthenticationMethod" => via::<IamAuthenticationMethod>(value),
        "InstanceAccessControlAttributeConfiguration" => {
            via::<InstanceAccessControlAttributeConfiguration>(value)
        }
        "InstanceMetadata" => via::<InstanceMetadata>(value),
        "InternalServerException" => via::<InternalServerException>(value),
        "JwtBearerGrant" => via::<JwtBearerGrant>(value),
        "ListAccountAssignmentCreationStatusRequest" => {
            via::<ListAccountAssignmentCreationStatusRequest>(value)
        }
        "ListAccountAssignmentCreationStatusResponse" => {
            via::<ListAccountAssignmentCreationStatusResponse>(value)
        }
        "ListAccountAssignmentDeletionStatusRequest" => {
            via::<ListAccountAssignmentDeletionStatusRequest>(value)
        }
        "ListAccountAssignmentDeletionStatusResponse" => {
            via::<ListAccountAssignmentDeletionStatusResponse>(value)
        }
        "ListAccountAssignmentsFilter" => via::<ListAccountAssignmentsFilter>(value),
        "ListAccountAssignmentsForPrincipalRequest" => {
            via::<ListAccountAssignmentsForPrincipalRequest>(value)
        }
        "ListAccountAssignmentsForPrincipalResponse" => {
            via::<ListAccountAssignmentsForPrincipalResponse>(value)
        }
        "ListAccountAssignmentsRequest" => via::<ListAccountAssignmentsRequest>(value),
        "ListAccountAssignmentsResponse" => via::<ListAccountAssignmentsResponse>(value),
        "ListAccountsForProvisionedPermissionSetRequest" => {
            via::<ListAccountsForProvisionedPermissionSetRequest>(value)
        }
        "ListAccountsForProvisionedPermissionSetResponse" => {
            via::<ListAccountsForProvisionedPermissionSetResponse>(value)
        }
        "ListApplicationAccessScopesRequest" => via::<ListApplicationAccessScopesRequest>(value),
        "ListApplicationAccessScopesResponse" => via::<ListApplicationAccessScopesResponse>(value),
        "ListApplicationAssignmentsFilter" => via::<ListApplicationAssignmentsFilter>(value),
        "ListApplicationAssignmentsForPrincipalRequest" => {
            via::<ListApplicationAssignmentsForPrincipalRequest>(value)
        }
        "ListApplicationAssignmentsForPrincipalResponse" => {
            via::<ListApplicationAssignmentsForPrincipalResponse>(value)
        }
        "ListApplicationAssignmentsRequest" => via::<ListApplicationAssignmentsRequest>(value),
        "ListApplicationAssignmentsResponse" => via::<ListApplicationAssignmentsResponse>(value),
        "ListApplicationAuthenticationMethodsRequest" => {
            via::<ListApplicationAuthenticationMethodsRequest>(value)
        }
        "ListApplicationAuthenticationMethodsResponse" => {
            via::<ListApplicationAuthenticationMethodsResponse>(value)
        }
        "ListApplicationGrantsRequest" => via::<ListApplicationGrantsRequest>(value),
        "ListApplicationGrantsResponse" => via::<ListApplicationGrantsResponse>(value),
        "ListApplicationProvidersRequest" => via::<ListApplicationProvidersRequest>(value),
        "ListApplicationProvidersResponse" => via::<ListApplicationProvidersResponse>(value),
        "ListApplicationsFilter" => via::<ListApplicationsFilter>(value),
        "ListApplicationsRequest" => via::<ListApplicationsRequest>(value),
        "ListApplicationsResponse" => via::<ListApplicationsResponse>(value),
        "ListCustomerManagedPolicyReferencesInPermissionSetRequest" => {
            via::<ListCustomerManagedPolicyReferencesInPermissionSetRequest>(value)
        }
        "ListCustomerManagedPolicyReferencesInPermissionSetResponse" => {
            via::<ListCustomerManagedPolicyReferencesInPermissionSetResponse>(value)
        }
        "ListInstancesRequest" => via::<ListInstancesRequest>(value),
        "ListInstancesResponse" => via::<ListInstancesResponse>(value),
        "ListManagedPoliciesInPermissionSetRequest" => {
            via::<ListManagedPoliciesInPermissionSetRequest>(value)
        }
        "ListManagedPoliciesInPermissionSetResponse" => {
            via::<ListManagedPoliciesInPermissionSetResponse>(value)
        }
        "ListPermissionSetProvisioningStatusRequest" => {
            via::<ListPermissionSetProvisioningStatusRequest>(value)
        }
        "ListPermissionSetProvisioningStatusResponse" => {
            via::<ListPermissionSetProvisioningStatusResponse>(value)
        }
        "ListPermissionSetsProvisionedToAccountRequest" => {
            via::<ListPermissionSetsProvisionedToAccountRequest>(value)
        }
        "ListPermissionSetsProvisionedToAccountResponse" => {
            via::<ListPermissionSetsProvisionedToAccountResponse>(value)
        }
        "ListPermissionSetsRequest" => via::<ListPermissionSetsRequest>(value),
        "ListPermissionSetsResponse" => via::<ListPermissionSetsResponse>(value),
        "ListRegionsRequest" => via::<ListRegionsRequest>(value),
        "ListRegionsResponse" => via::<ListRegionsResponse>(value),
        "ListTagsForResourceRequest" => via::<ListTagsForResourceRequest>(value),
        "ListTagsForResourceResponse" => via::<ListTagsForResourceResponse>(value),
        "ListTrustedTokenIssuersRequest" => via::<ListTrustedTokenIssuersRequest>(value),
        "ListTrustedTokenIssuersResponse" => via::<ListTrustedTokenIssuersResponse>(value),
        "NetworkConfigurationInfo" => via::<NetworkConfigurationInfo>(value),
        "OidcJwtConfiguration" => via::<OidcJwtConfiguration>(value),
        "OidcJwtUpdateConfiguration" => via::<OidcJwtUpdateConfiguration>(value),
        "OperationStatusFilter" => via::<OperationStatusFilter>(value),
        "PermissionSet" => via::<PermissionSet>(value),
        "PermissionSetProvisioningStatus" => via::<PermissionSetProvisioningStatus>(value),
        "PermissionSetProvisioningStatusMetadata" => {
            via::<PermissionSetProvisioningStatusMetadata>(value)
        }
        "PermissionsBoundary" => via::<PermissionsBoundary>(value),
        "PortalOptions" => via::<PortalOptions>(value),
        "ProvisionPermissionSetRequest" => via::<ProvisionPermissionSetRequest>(value),
        "ProvisionPermissionSetResponse" => via::<ProvisionPermissionSetResponse>(value),
        "PutApplicationAccessScopeRequest" => via::<PutApplicationAccessScopeRequest>(value),
        "PutApplicationAssignmentConfigurationRequest" => {
            via::<PutApplicationAssignmentConfigurationRequest>(value)
        }
        "PutApplicationAssignmentConfigurationResponse" => {
            via::<PutApplicationAssignmentConfigurationResponse>(value)
        }
        "PutApplicationAuthenticationMethodRequest" => {
            via::<PutApplicationAuthenticationMethodRequest>(value)
        }
        "PutApplicationGrantRequest" => via::<PutApplicationGrantRequest>(value),
        "PutApplicationSessionConfigurationRequest" => {
            via::<PutApplicationSessionConfigurationRequest>(value)
        }
        "PutApplicationSessionConfigurationResponse" => {
            via::<PutApplicationSessionConfigurationResponse>(value)
        }
        "PutInlinePolicyToPermissionSetRequest" => {
            via::<PutInlinePolicyToPermissionSetRequest>(value)
        }
        "PutInlinePolicyToPermissionSetResponse" => {
            via::<PutInlinePolicyToPermissionSetResponse>(value)
        }
        "PutPermissionsBoundaryToPermissionSetRequest" => {
            via::<PutPermissionsBoundaryToPermissionSetRequest>(value)
        }
        "PutPermissionsBoundaryToPermissionSetResponse" => {
            via::<PutPermissionsBoundaryToPermissionSetResponse>(value)
        }
        "RefreshTokenGrant" => via::<RefreshTokenGrant>(value),
        "RegionMetadata" => via::<RegionMetadata>(value),
        "RemoveRegionRequest" => via::<RemoveRegionRequest>(value),
        "RemoveRegionResponse" => via::<RemoveRegionResponse>(value),
        "ResourceNotFoundException" => via::<ResourceNotFoundException>(value),
        "ResourceServerConfig" => via::<ResourceServerConfig>(value),
        "ResourceServerScopeDetails" => via::<ResourceServerScopeDetails>(value),
        "ScopeDetails" => via::<ScopeDetails>(value),
        "ServiceQuotaExceededException" => via::<ServiceQuotaExceededException>(value),
        "SignInOptions" => via::<SignInOptions>(value),
        "Tag" => via::<Tag>(value),
        "TagResourceRequest" => via::<TagResourceRequest>(value),
        "TagResourceResponse" => via::<TagResourceResponse>(value),
        "ThrottlingException" => via::<ThrottlingException>(value),
        "TokenExchangeGrant" => via::<TokenExchangeGrant>(value),
        "TrustedTokenIssuerConfiguration" => via::<TrustedTokenIssuerConfiguration>(value),
        "TrustedTokenIssuerMetadata" => via::<TrustedTokenIssuerMetadata>(value),
        "TrustedTokenIssuerUpdateConfiguration" => {
            via::<TrustedTokenIssuerUpdateConfiguration>(value)
        }
        "UntagResourceRequest" => via::<UntagResourceRequest>(value),
        "UntagResourceResponse" => via::<UntagResourceResponse>(value),
        "UpdateApplicationPortalOptions" => via::<UpdateApplicationPortalOptions>(value),
        "UpdateApplicationRequest" => via::<UpdateApplicationRequest>(value),
        "UpdateApplicationResponse" => via::<UpdateApplicationResponse>(value),
        "UpdateInstanceAccessControlAttributeConfigurationRequest" => {
            via::<UpdateInstanceAccessControlAttributeConfigurationRequest>(value)
        }
        "UpdateInstanceAccessControlAttributeConfigurationResponse" => {
            via::<UpdateInstanceAccessControlAttributeConfigurationResponse>(value)
        }
        "UpdateInstanceRequest" => via::<UpdateInstanceRequest>(value),
        "UpdateInstanceResponse" => via::<UpdateInstanceResponse>(value),
        "UpdatePermissionSetRequest" => via::<UpdatePermissionSetRequest>(value),
        "UpdatePermissionSetResponse" => via::<UpdatePermissionSetResponse>(value),
        "UpdateTrustedTokenIssuerRequest" => via::<UpdateTrustedTokenIssuerRequest>(value),
        "UpdateTrustedTokenIssuerResponse" => via::<UpdateTrustedTokenIssuerResponse>(value),
        "ValidationException" => via::<ValidationException>(value),
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessControlAttribute {
    pub key: ::std::string::String,
    pub value: AccessControlAttributeValue,
}

impl crate::ToValue for AccessControlAttribute {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Key", crate::ToValue::to_value(&self.key)));
        m.push(("Value", crate::ToValue::to_value(&self.value)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccessControlAttribute {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            key: crate::codec::required(m, "Key", crate::FromValue::from_value)?,
            value: crate::codec::required(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessControlAttributeValue {
    pub source: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for AccessControlAttributeValue {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "Source",
            crate::codec::list_to_value(&self.source, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccessControlAttributeValue {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            source: crate::codec::required(m, "Source", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessDeniedException {
    pub message: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<AccessDeniedExceptionReason>,
}

impl AccessDeniedException {
    pub const CODE: &'static str = "AccessDeniedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccessDeniedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.reason {
            m.push(("Reason", crate::ToValue::to_value(x)));
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
pub struct AccountAssignment {
    pub account_id: ::std::option::Option<::std::string::String>,
    pub permission_set_arn: ::std::option::Option<::std::string::String>,
    pub principal_id: ::std::option::Option<::std::string::String>,
    pub principal_type: ::std::option::Option<PrincipalType>,
}

impl crate::ToValue for AccountAssignment {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.account_id {
            m.push(("AccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permission_set_arn {
            m.push(("PermissionSetArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.principal_id {
            m.push(("PrincipalId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.principal_type {
            m.push(("PrincipalType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccountAssignment {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::optional(m, "AccountId", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::optional(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
            principal_id: crate::codec::optional(m, "PrincipalId", crate::FromValue::from_value)?,
            principal_type: crate::codec::optional(
                m,
                "PrincipalType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountAssignmentForPrincipal {
    pub account_id: ::std::option::Option<::std::string::String>,
    pub permission_set_arn: ::std::option::Option<::std::string::String>,
    pub principal_id: ::std::option::Option<::std::string::String>,
    pub principal_type: ::std::option::Option<PrincipalType>,
}

impl crate::ToValue for AccountAssignmentForPrincipal {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.account_id {
            m.push(("AccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permission_set_arn {
            m.push(("PermissionSetArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.principal_id {
            m.push(("PrincipalId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.principal_type {
            m.push(("PrincipalType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccountAssignmentForPrincipal {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::optional(m, "AccountId", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::optional(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
            principal_id: crate::codec::optional(m, "PrincipalId", crate::FromValue::from_value)?,
            principal_type: crate::codec::optional(
                m,
                "PrincipalType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountAssignmentOperationStatus {
    pub created_date: ::std::option::Option<crate::Timestamp>,
    pub failure_reason: ::std::option::Option<::std::string::String>,
    pub permission_set_arn: ::std::option::Option<::std::string::String>,
    pub principal_id: ::std::option::Option<::std::string::String>,
    pub principal_type: ::std::option::Option<PrincipalType>,
    pub request_id: ::std::option::Option<::std::string::String>,
    pub status: ::std::option::Option<StatusValues>,
    pub target_id: ::std::option::Option<::std::string::String>,
    pub target_type: ::std::option::Option<TargetType>,
}

impl crate::ToValue for AccountAssignmentOperationStatus {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.created_date {
            m.push(("CreatedDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.failure_reason {
            m.push(("FailureReason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permission_set_arn {
            m.push(("PermissionSetArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.principal_id {
            m.push(("PrincipalId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.principal_type {
            m.push(("PrincipalType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_id {
            m.push(("RequestId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.target_id {
            m.push(("TargetId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.target_type {
            m.push(("TargetType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccountAssignmentOperationStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_date: crate::codec::optional(m, "CreatedDate", crate::FromValue::from_value)?,
            failure_reason: crate::codec::optional(
                m,
                "FailureReason",
                crate::FromValue::from_value,
            )?,
            permission_set_arn: crate::codec::optional(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
            principal_id: crate::codec::optional(m, "PrincipalId", crate::FromValue::from_value)?,
            principal_type: crate::codec::optional(
                m,
                "PrincipalType",
                crate::FromValue::from_value,
            )?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            target_id: crate::codec::optional(m, "TargetId", crate::FromValue::from_value)?,
            target_type: crate::codec::optional(m, "TargetType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountAssignmentOperationStatusMetadata {
    pub created_date: ::std::option::Option<crate::Timestamp>,
    pub request_id: ::std::option::Option<::std::string::String>,
    pub status: ::std::option::Option<StatusValues>,
}

impl crate::ToValue for AccountAssignmentOperationStatusMetadata {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.created_date {
            m.push(("CreatedDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_id {
            m.push(("RequestId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccountAssignmentOperationStatusMetadata {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_date: crate::codec::optional(m, "CreatedDate", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddRegionRequest {
    pub instance_arn: ::std::string::String,
    pub region_name: ::std::string::String,
}

impl crate::ToValue for AddRegionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push(("RegionName", crate::ToValue::to_value(&self.region_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AddRegionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            region_name: crate::codec::required(m, "RegionName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddRegionResponse {
    pub status: ::std::option::Option<RegionStatus>,
}

impl crate::ToValue for AddRegionResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AddRegionResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Application {
    pub application_account: ::std::option::Option<::std::string::String>,
    pub application_arn: ::std::option::Option<::std::string::String>,
    pub application_provider_arn: ::std::option::Option<::std::string::String>,
    pub created_date: ::std::option::Option<crate::Timestamp>,
    pub created_from: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub identity_store_arn: ::std::option::Option<::std::string::String>,
    pub instance_arn: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub portal_options: ::std::option::Option<PortalOptions>,
    pub status: ::std::option::Option<ApplicationStatus>,
}

impl crate::ToValue for Application {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(11);
        if let Some(x) = &self.application_account {
            m.push(("ApplicationAccount", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.application_arn {
            m.push(("ApplicationArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.application_provider_arn {
            m.push(("ApplicationProviderArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_date {
            m.push(("CreatedDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_from {
            m.push(("CreatedFrom", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_store_arn {
            m.push(("IdentityStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.instance_arn {
            m.push(("InstanceArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.portal_options {
            m.push(("PortalOptions", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Application {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_account: crate::codec::optional(
                m,
                "ApplicationAccount",
                crate::FromValue::from_value,
            )?,
            application_arn: crate::codec::optional(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            application_provider_arn: crate::codec::optional(
                m,
                "ApplicationProviderArn",
                crate::FromValue::from_value,
            )?,
            created_date: crate::codec::optional(m, "CreatedDate", crate::FromValue::from_value)?,
            created_from: crate::codec::optional(m, "CreatedFrom", crate::FromValue::from_value)?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            identity_store_arn: crate::codec::optional(
                m,
                "IdentityStoreArn",
                crate::FromValue::from_value,
            )?,
            instance_arn: crate::codec::optional(m, "InstanceArn", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            portal_options: crate::codec::optional(
                m,
                "PortalOptions",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationAssignment {
    pub application_arn: ::std::string::String,
    pub principal_id: ::std::string::String,
    pub principal_type: PrincipalType,
}

impl crate::ToValue for ApplicationAssignment {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        m.push(("PrincipalId", crate::ToValue::to_value(&self.principal_id)));
        m.push((
            "PrincipalType",
            crate::ToValue::to_value(&self.principal_type),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ApplicationAssignment {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            principal_id: crate::codec::required(m, "PrincipalId", crate::FromValue::from_value)?,
            principal_type: crate::codec::required(
                m,
                "PrincipalType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplicationAssignmentForPrincipal {
    pub application_arn: ::std::option::Option<::std::string::String>,
    pub principal_id: ::std::option::Option<::std::string::String>,
    pub principal_type: ::std::option::Option<PrincipalType>,
}

impl crate::ToValue for ApplicationAssignmentForPrincipal {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.application_arn {
            m.push(("ApplicationArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.principal_id {
            m.push(("PrincipalId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.principal_type {
            m.push(("PrincipalType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ApplicationAssignmentForPrincipal {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::optional(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            principal_id: crate::codec::optional(m, "PrincipalId", crate::FromValue::from_value)?,
            principal_type: crate::codec::optional(
                m,
                "PrincipalType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplicationProvider {
    pub application_provider_arn: ::std::string::String,
    pub display_data: ::std::option::Option<DisplayData>,
    pub federation_protocol: ::std::option::Option<FederationProtocol>,
    pub resource_server_config: ::std::option::Option<ResourceServerConfig>,
}

impl crate::ToValue for ApplicationProvider {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "ApplicationProviderArn",
            crate::ToValue::to_value(&self.application_provider_arn),
        ));
        if let Some(x) = &self.display_data {
            m.push(("DisplayData", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.federation_protocol {
            m.push(("FederationProtocol", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_server_config {
            m.push(("ResourceServerConfig", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ApplicationProvider {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_provider_arn: crate::codec::required(
                m,
                "ApplicationProviderArn",
                crate::FromValue::from_value,
            )?,
            display_data: crate::codec::optional(m, "DisplayData", crate::FromValue::from_value)?,
            federation_protocol: crate::codec::optional(
                m,
                "FederationProtocol",
                crate::FromValue::from_value,
            )?,
            resource_server_config: crate::codec::optional(
                m,
                "ResourceServerConfig",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApplicationStatus {
    ENABLED,
    DISABLED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ApplicationStatus {
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

impl crate::ToValue for ApplicationStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ApplicationStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApplicationVisibility {
    ENABLED,
    DISABLED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ApplicationVisibility {
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

impl crate::ToValue for ApplicationVisibility {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ApplicationVisibility {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachCustomerManagedPolicyReferenceToPermissionSetRequest {
    pub customer_managed_policy_reference: CustomerManagedPolicyReference,
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for AttachCustomerManagedPolicyReferenceToPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "CustomerManagedPolicyReference",
            crate::ToValue::to_value(&self.customer_managed_policy_reference),
        ));
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachCustomerManagedPolicyReferenceToPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            customer_managed_policy_reference: crate::codec::required(
                m,
                "CustomerManagedPolicyReference",
                crate::FromValue::from_value,
            )?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachCustomerManagedPolicyReferenceToPermissionSetResponse {}

impl crate::ToValue for AttachCustomerManagedPolicyReferenceToPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AttachCustomerManagedPolicyReferenceToPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachManagedPolicyToPermissionSetRequest {
    pub instance_arn: ::std::string::String,
    pub managed_policy_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for AttachManagedPolicyToPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "ManagedPolicyArn",
            crate::ToValue::to_value(&self.managed_policy_arn),
        ));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachManagedPolicyToPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            managed_policy_arn: crate::codec::required(
                m,
                "ManagedPolicyArn",
                crate::FromValue::from_value,
            )?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachManagedPolicyToPermissionSetResponse {}

impl crate::ToValue for AttachManagedPolicyToPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AttachManagedPolicyToPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachedManagedPolicy {
    pub arn: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for AttachedManagedPolicy {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachedManagedPolicy {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthenticationMethod {
    pub iam: ::std::option::Option<IamAuthenticationMethod>,
}

impl crate::ToValue for AuthenticationMethod {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.iam {
            m.push(("Iam", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AuthenticationMethod {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            iam: crate::codec::optional(m, "Iam", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthenticationMethodItem {
    pub authentication_method: ::std::option::Option<AuthenticationMethod>,
    pub authentication_method_type: ::std::option::Option<AuthenticationMethodType>,
}

impl crate::ToValue for AuthenticationMethodItem {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.authentication_method {
            m.push(("AuthenticationMethod", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.authentication_method_type {
            m.push(("AuthenticationMethodType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AuthenticationMethodItem {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            authentication_method: crate::codec::optional(
                m,
                "AuthenticationMethod",
                crate::FromValue::from_value,
            )?,
            authentication_method_type: crate::codec::optional(
                m,
                "AuthenticationMethodType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuthenticationMethodType {
    IAM,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl AuthenticationMethodType {
    pub const VALUES: &'static [&'static str] = &["IAM"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::IAM => "IAM",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "IAM" => Self::IAM,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for AuthenticationMethodType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for AuthenticationMethodType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthorizationCodeGrant {
    pub redirect_uris: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for AuthorizationCodeGrant {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.redirect_uris {
            m.push((
                "RedirectUris",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AuthorizationCodeGrant {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            redirect_uris: crate::codec::optional(m, "RedirectUris", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthorizedTokenIssuer {
    pub authorized_audiences: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub trusted_token_issuer_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for AuthorizedTokenIssuer {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.authorized_audiences {
            m.push((
                "AuthorizedAudiences",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.trusted_token_issuer_arn {
            m.push(("TrustedTokenIssuerArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AuthorizedTokenIssuer {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            authorized_audiences: crate::codec::optional(
                m,
                "AuthorizedAudiences",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            trusted_token_issuer_arn: crate::codec::optional(
                m,
                "TrustedTokenIssuerArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConflictException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ConflictException {
    pub const CODE: &'static str = "ConflictException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ConflictException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ConflictException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CreateAccountAssignmentRequest {
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
    pub principal_id: ::std::string::String,
    pub principal_type: PrincipalType,
    pub target_id: ::std::string::String,
    pub target_type: TargetType,
}

impl crate::ToValue for CreateAccountAssignmentRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        m.push(("PrincipalId", crate::ToValue::to_value(&self.principal_id)));
        m.push((
            "PrincipalType",
            crate::ToValue::to_value(&self.principal_type),
        ));
        m.push(("TargetId", crate::ToValue::to_value(&self.target_id)));
        m.push(("TargetType", crate::ToValue::to_value(&self.target_type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateAccountAssignmentRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
            principal_id: crate::codec::required(m, "PrincipalId", crate::FromValue::from_value)?,
            principal_type: crate::codec::required(
                m,
                "PrincipalType",
                crate::FromValue::from_value,
            )?,
            target_id: crate::codec::required(m, "TargetId", crate::FromValue::from_value)?,
            target_type: crate::codec::required(m, "TargetType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAccountAssignmentResponse {
    pub account_assignment_creation_status: ::std::option::Option<AccountAssignmentOperationStatus>,
}

impl crate::ToValue for CreateAccountAssignmentResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.account_assignment_creation_status {
            m.push((
                "AccountAssignmentCreationStatus",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateAccountAssignmentResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_assignment_creation_status: crate::codec::optional(
                m,
                "AccountAssignmentCreationStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CreateApplicationAssignmentRequest {
    pub application_arn: ::std::string::String,
    pub principal_id: ::std::string::String,
    pub principal_type: PrincipalType,
}

impl crate::ToValue for CreateApplicationAssignmentRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        m.push(("PrincipalId", crate::ToValue::to_value(&self.principal_id)));
        m.push((
            "PrincipalType",
            crate::ToValue::to_value(&self.principal_type),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateApplicationAssignmentRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            principal_id: crate::codec::required(m, "PrincipalId", crate::FromValue::from_value)?,
            principal_type: crate::codec::required(
                m,
                "PrincipalType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateApplicationAssignmentResponse {}

impl crate::ToValue for CreateApplicationAssignmentResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for CreateApplicationAssignmentResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateApplicationRequest {
    pub application_provider_arn: ::std::string::String,
    pub client_token: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub instance_arn: ::std::string::String,
    pub name: ::std::string::String,
    pub portal_options: ::std::option::Option<PortalOptions>,
    pub status: ::std::option::Option<ApplicationStatus>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreateApplicationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        m.push((
            "ApplicationProviderArn",
            crate::ToValue::to_value(&self.application_provider_arn),
        ));
        if let Some(x) = &self.client_token {
            m.push(("ClientToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.portal_options {
            m.push(("PortalOptions", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
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

impl crate::FromValue for CreateApplicationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_provider_arn: crate::codec::required(
                m,
                "ApplicationProviderArn",
                crate::FromValue::from_value,
            )?,
            client_token: crate::codec::optional(m, "ClientToken", crate::FromValue::from_value)?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            portal_options: crate::codec::optional(
                m,
                "PortalOptions",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateApplicationResponse {
    pub application_arn: ::std::option::Option<::std::string::String>,
    pub identity_store_arn: ::std::option::Option<::std::string::String>,
    pub instance_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateApplicationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.application_arn {
            m.push(("ApplicationArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_store_arn {
            m.push(("IdentityStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.instance_arn {
            m.push(("InstanceArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateApplicationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::optional(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            identity_store_arn: crate::codec::optional(
                m,
                "IdentityStoreArn",
                crate::FromValue::from_value,
            )?,
            instance_arn: crate::codec::optional(m, "InstanceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateInstanceAccessControlAttributeConfigurationRequest {
    pub instance_access_control_attribute_configuration:
        InstanceAccessControlAttributeConfiguration,
    pub instance_arn: ::std::string::String,
}

impl crate::ToValue for CreateInstanceAccessControlAttributeConfigurationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "InstanceAccessControlAttributeConfiguration",
            crate::ToValue::to_value(&self.instance_access_control_attribute_configuration),
        ));
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateInstanceAccessControlAttributeConfigurationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_access_control_attribute_configuration: crate::codec::required(
                m,
                "InstanceAccessControlAttributeConfiguration",
                crate::FromValue::from_value,
            )?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateInstanceAccessControlAttributeConfigurationResponse {}

impl crate::ToValue for CreateInstanceAccessControlAttributeConfigurationResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for CreateInstanceAccessControlAttributeConfigurationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateInstanceRequest {
    pub client_token: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreateInstanceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.client_token {
            m.push(("ClientToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
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

impl crate::FromValue for CreateInstanceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            client_token: crate::codec::optional(m, "ClientToken", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateInstanceResponse {
    pub instance_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateInstanceResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.instance_arn {
            m.push(("InstanceArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateInstanceResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::optional(m, "InstanceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatePermissionSetRequest {
    pub description: ::std::option::Option<::std::string::String>,
    pub instance_arn: ::std::string::String,
    pub name: ::std::string::String,
    pub relay_state: ::std::option::Option<::std::string::String>,
    pub session_duration: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreatePermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.relay_state {
            m.push(("RelayState", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_duration {
            m.push(("SessionDuration", crate::ToValue::to_value(x)));
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

impl crate::FromValue for CreatePermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            relay_state: crate::codec::optional(m, "RelayState", crate::FromValue::from_value)?,
            session_duration: crate::codec::optional(
                m,
                "SessionDuration",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatePermissionSetResponse {
    pub permission_set: ::std::option::Option<PermissionSet>,
}

impl crate::ToValue for CreatePermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.permission_set {
            m.push(("PermissionSet", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreatePermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            permission_set: crate::codec::optional(
                m,
                "PermissionSet",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CreateTrustedTokenIssuerRequest {
    pub client_token: ::std::option::Option<::std::string::String>,
    pub instance_arn: ::std::string::String,
    pub name: ::std::string::String,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub trusted_token_issuer_configuration: TrustedTokenIssuerConfiguration,
    pub trusted_token_issuer_type: TrustedTokenIssuerType,
}

impl crate::ToValue for CreateTrustedTokenIssuerRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.client_token {
            m.push(("ClientToken", crate::ToValue::to_value(x)));
        }
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "TrustedTokenIssuerConfiguration",
            crate::ToValue::to_value(&self.trusted_token_issuer_configuration),
        ));
        m.push((
            "TrustedTokenIssuerType",
            crate::ToValue::to_value(&self.trusted_token_issuer_type),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateTrustedTokenIssuerRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            client_token: crate::codec::optional(m, "ClientToken", crate::FromValue::from_value)?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            trusted_token_issuer_configuration: crate::codec::required(
                m,
                "TrustedTokenIssuerConfiguration",
                crate::FromValue::from_value,
            )?,
            trusted_token_issuer_type: crate::codec::required(
                m,
                "TrustedTokenIssuerType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTrustedTokenIssuerResponse {
    pub trusted_token_issuer_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateTrustedTokenIssuerResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.trusted_token_issuer_arn {
            m.push(("TrustedTokenIssuerArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateTrustedTokenIssuerResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trusted_token_issuer_arn: crate::codec::optional(
                m,
                "TrustedTokenIssuerArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerManagedPolicyReference {
    pub name: ::std::string::String,
    pub path: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CustomerManagedPolicyReference {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CustomerManagedPolicyReference {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAccountAssignmentRequest {
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
    pub principal_id: ::std::string::String,
    pub principal_type: PrincipalType,
    pub target_id: ::std::string::String,
    pub target_type: TargetType,
}

impl crate::ToValue for DeleteAccountAssignmentRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        m.push(("PrincipalId", crate::ToValue::to_value(&self.principal_id)));
        m.push((
            "PrincipalType",
            crate::ToValue::to_value(&self.principal_type),
        ));
        m.push(("TargetId", crate::ToValue::to_value(&self.target_id)));
        m.push(("TargetType", crate::ToValue::to_value(&self.target_type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteAccountAssignmentRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
            principal_id: crate::codec::required(m, "PrincipalId", crate::FromValue::from_value)?,
            principal_type: crate::codec::required(
                m,
                "PrincipalType",
                crate::FromValue::from_value,
            )?,
            target_id: crate::codec::required(m, "TargetId", crate::FromValue::from_value)?,
            target_type: crate::codec::required(m, "TargetType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteAccountAssignmentResponse {
    pub account_assignment_deletion_status: ::std::option::Option<AccountAssignmentOperationStatus>,
}

impl crate::ToValue for DeleteAccountAssignmentResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.account_assignment_deletion_status {
            m.push((
                "AccountAssignmentDeletionStatus",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteAccountAssignmentResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_assignment_deletion_status: crate::codec::optional(
                m,
                "AccountAssignmentDeletionStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteApplicationAccessScopeRequest {
    pub application_arn: ::std::string::String,
    pub scope: ::std::string::String,
}

impl crate::ToValue for DeleteApplicationAccessScopeRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        m.push(("Scope", crate::ToValue::to_value(&self.scope)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteApplicationAccessScopeRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            scope: crate::codec::required(m, "Scope", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DeleteApplicationAssignmentRequest {
    pub application_arn: ::std::string::String,
    pub principal_id: ::std::string::String,
    pub principal_type: PrincipalType,
}

impl crate::ToValue for DeleteApplicationAssignmentRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        m.push(("PrincipalId", crate::ToValue::to_value(&self.principal_id)));
        m.push((
            "PrincipalType",
            crate::ToValue::to_value(&self.principal_type),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteApplicationAssignmentRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            principal_id: crate::codec::required(m, "PrincipalId", crate::FromValue::from_value)?,
            principal_type: crate::codec::required(
                m,
                "PrincipalType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteApplicationAssignmentResponse {}

impl crate::ToValue for DeleteApplicationAssignmentResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteApplicationAssignmentResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DeleteApplicationAuthenticationMethodRequest {
    pub application_arn: ::std::string::String,
    pub authentication_method_type: AuthenticationMethodType,
}

impl crate::ToValue for DeleteApplicationAuthenticationMethodRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        m.push((
            "AuthenticationMethodType",
            crate::ToValue::to_value(&self.authentication_method_type),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteApplicationAuthenticationMethodRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            authentication_method_type: crate::codec::required(
                m,
                "AuthenticationMethodType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DeleteApplicationGrantRequest {
    pub application_arn: ::std::string::String,
    pub grant_type: GrantType,
}

impl crate::ToValue for DeleteApplicationGrantRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        m.push(("GrantType", crate::ToValue::to_value(&self.grant_type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteApplicationGrantRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            grant_type: crate::codec::required(m, "GrantType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteApplicationRequest {
    pub application_arn: ::std::string::String,
}

impl crate::ToValue for DeleteApplicationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteApplicationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteApplicationResponse {}

impl crate::ToValue for DeleteApplicationResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteApplicationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteInlinePolicyFromPermissionSetRequest {
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for DeleteInlinePolicyFromPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteInlinePolicyFromPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteInlinePolicyFromPermissionSetResponse {}

impl crate::ToValue for DeleteInlinePolicyFromPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteInlinePolicyFromPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteInstanceAccessControlAttributeConfigurationRequest {
    pub instance_arn: ::std::string::String,
}

impl crate::ToValue for DeleteInstanceAccessControlAttributeConfigurationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteInstanceAccessControlAttributeConfigurationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteInstanceAccessControlAttributeConfigurationResponse {}

impl crate::ToValue for DeleteInstanceAccessControlAttributeConfigurationResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteInstanceAccessControlAttributeConfigurationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteInstanceRequest {
    pub instance_arn: ::std::string::String,
}

impl crate::ToValue for DeleteInstanceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteInstanceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteInstanceResponse {}

impl crate::ToValue for DeleteInstanceResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteInstanceResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeletePermissionSetRequest {
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for DeletePermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeletePermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeletePermissionSetResponse {}

impl crate::ToValue for DeletePermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeletePermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeletePermissionsBoundaryFromPermissionSetRequest {
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for DeletePermissionsBoundaryFromPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeletePermissionsBoundaryFromPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeletePermissionsBoundaryFromPermissionSetResponse {}

impl crate::ToValue for DeletePermissionsBoundaryFromPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeletePermissionsBoundaryFromPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteTrustedTokenIssuerRequest {
    pub trusted_token_issuer_arn: ::std::string::String,
}

impl crate::ToValue for DeleteTrustedTokenIssuerRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "TrustedTokenIssuerArn",
            crate::ToValue::to_value(&self.trusted_token_issuer_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteTrustedTokenIssuerRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trusted_token_issuer_arn: crate::codec::required(
                m,
                "TrustedTokenIssuerArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteTrustedTokenIssuerResponse {}

impl crate::ToValue for DeleteTrustedTokenIssuerResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteTrustedTokenIssuerResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeAccountAssignmentCreationStatusRequest {
    pub account_assignment_creation_request_id: ::std::string::String,
    pub instance_arn: ::std::string::String,
}

impl crate::ToValue for DescribeAccountAssignmentCreationStatusRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "AccountAssignmentCreationRequestId",
            crate::ToValue::to_value(&self.account_assignment_creation_request_id),
        ));
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeAccountAssignmentCreationStatusRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_assignment_creation_request_id: crate::codec::required(
                m,
                "AccountAssignmentCreationRequestId",
                crate::FromValue::from_value,
            )?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeAccountAssignmentCreationStatusResponse {
    pub account_assignment_creation_status: ::std::option::Option<AccountAssignmentOperationStatus>,
}

impl crate::ToValue for DescribeAccountAssignmentCreationStatusResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.account_assignment_creation_status {
            m.push((
                "AccountAssignmentCreationStatus",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeAccountAssignmentCreationStatusResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_assignment_creation_status: crate::codec::optional(
                m,
                "AccountAssignmentCreationStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeAccountAssignmentDeletionStatusRequest {
    pub account_assignment_deletion_request_id: ::std::string::String,
    pub instance_arn: ::std::string::String,
}

impl crate::ToValue for DescribeAccountAssignmentDeletionStatusRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "AccountAssignmentDeletionRequestId",
            crate::ToValue::to_value(&self.account_assignment_deletion_request_id),
        ));
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeAccountAssignmentDeletionStatusRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_assignment_deletion_request_id: crate::codec::required(
                m,
                "AccountAssignmentDeletionRequestId",
                crate::FromValue::from_value,
            )?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeAccountAssignmentDeletionStatusResponse {
    pub account_assignment_deletion_status: ::std::option::Option<AccountAssignmentOperationStatus>,
}

impl crate::ToValue for DescribeAccountAssignmentDeletionStatusResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.account_assignment_deletion_status {
            m.push((
                "AccountAssignmentDeletionStatus",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeAccountAssignmentDeletionStatusResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_assignment_deletion_status: crate::codec::optional(
                m,
                "AccountAssignmentDeletionStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DescribeApplicationAssignmentRequest {
    pub application_arn: ::std::string::String,
    pub principal_id: ::std::string::String,
    pub principal_type: PrincipalType,
}

impl crate::ToValue for DescribeApplicationAssignmentRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        m.push(("PrincipalId", crate::ToValue::to_value(&self.principal_id)));
        m.push((
            "PrincipalType",
            crate::ToValue::to_value(&self.principal_type),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeApplicationAssignmentRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            principal_id: crate::codec::required(m, "PrincipalId", crate::FromValue::from_value)?,
            principal_type: crate::codec::required(
                m,
                "PrincipalType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeApplicationAssignmentResponse {
    pub application_arn: ::std::option::Option<::std::string::String>,
    pub principal_id: ::std::option::Option<::std::string::String>,
    pub principal_type: ::std::option::Option<PrincipalType>,
}

impl crate::ToValue for DescribeApplicationAssignmentResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.application_arn {
            m.push(("ApplicationArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.principal_id {
            m.push(("PrincipalId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.principal_type {
            m.push(("PrincipalType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeApplicationAssignmentResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::optional(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            principal_id: crate::codec::optional(m, "PrincipalId", crate::FromValue::from_value)?,
            principal_type: crate::codec::optional(
                m,
                "PrincipalType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeApplicationProviderRequest {
    pub application_provider_arn: ::std::string::String,
}

impl crate::ToValue for DescribeApplicationProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "ApplicationProviderArn",
            crate::ToValue::to_value(&self.application_provider_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeApplicationProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_provider_arn: crate::codec::required(
                m,
                "ApplicationProviderArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeApplicationProviderResponse {
    pub application_provider_arn: ::std::string::String,
    pub display_data: ::std::option::Option<DisplayData>,
    pub federation_protocol: ::std::option::Option<FederationProtocol>,
    pub resource_server_config: ::std::option::Option<ResourceServerConfig>,
}

impl crate::ToValue for DescribeApplicationProviderResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "ApplicationProviderArn",
            crate::ToValue::to_value(&self.application_provider_arn),
        ));
        if let Some(x) = &self.display_data {
            m.push(("DisplayData", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.federation_protocol {
            m.push(("FederationProtocol", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_server_config {
            m.push(("ResourceServerConfig", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeApplicationProviderResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_provider_arn: crate::codec::required(
                m,
                "ApplicationProviderArn",
                crate::FromValue::from_value,
            )?,
            display_data: crate::codec::optional(m, "DisplayData", crate::FromValue::from_value)?,
            federation_protocol: crate::codec::optional(
                m,
                "FederationProtocol",
                crate::FromValue::from_value,
            )?,
            resource_server_config: crate::codec::optional(
                m,
                "ResourceServerConfig",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeApplicationRequest {
    pub application_arn: ::std::string::String,
}

impl crate::ToValue for DescribeApplicationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeApplicationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeApplicationResponse {
    pub application_account: ::std::option::Option<::std::string::String>,
    pub application_arn: ::std::option::Option<::std::string::String>,
    pub application_provider_arn: ::std::option::Option<::std::string::String>,
    pub created_date: ::std::option::Option<crate::Timestamp>,
    pub created_from: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub identity_store_arn: ::std::option::Option<::std::string::String>,
    pub instance_arn: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub portal_options: ::std::option::Option<PortalOptions>,
    pub status: ::std::option::Option<ApplicationStatus>,
}

impl crate::ToValue for DescribeApplicationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(11);
        if let Some(x) = &self.application_account {
            m.push(("ApplicationAccount", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.application_arn {
            m.push(("ApplicationArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.application_provider_arn {
            m.push(("ApplicationProviderArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_date {
            m.push(("CreatedDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_from {
            m.push(("CreatedFrom", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_store_arn {
            m.push(("IdentityStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.instance_arn {
            m.push(("InstanceArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.portal_options {
            m.push(("PortalOptions", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeApplicationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_account: crate::codec::optional(
                m,
                "ApplicationAccount",
                crate::FromValue::from_value,
            )?,
            application_arn: crate::codec::optional(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            application_provider_arn: crate::codec::optional(
                m,
                "ApplicationProviderArn",
                crate::FromValue::from_value,
            )?,
            created_date: crate::codec::optional(m, "CreatedDate", crate::FromValue::from_value)?,
            created_from: crate::codec::optional(m, "CreatedFrom", crate::FromValue::from_value)?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            identity_store_arn: crate::codec::optional(
                m,
                "IdentityStoreArn",
                crate::FromValue::from_value,
            )?,
            instance_arn: crate::codec::optional(m, "InstanceArn", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            portal_options: crate::codec::optional(
                m,
                "PortalOptions",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeInstanceAccessControlAttributeConfigurationRequest {
    pub instance_arn: ::std::string::String,
}

impl crate::ToValue for DescribeInstanceAccessControlAttributeConfigurationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeInstanceAccessControlAttributeConfigurationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeInstanceAccessControlAttributeConfigurationResponse {
    pub instance_access_control_attribute_configuration:
        ::std::option::Option<InstanceAccessControlAttributeConfiguration>,
    pub status: ::std::option::Option<InstanceAccessControlAttributeConfigurationStatus>,
    pub status_reason: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeInstanceAccessControlAttributeConfigurationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.instance_access_control_attribute_configuration {
            m.push((
                "InstanceAccessControlAttributeConfiguration",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status_reason {
            m.push(("StatusReason", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeInstanceAccessControlAttributeConfigurationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_access_control_attribute_configuration: crate::codec::optional(
                m,
                "InstanceAccessControlAttributeConfiguration",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            status_reason: crate::codec::optional(m, "StatusReason", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeInstanceRequest {
    pub instance_arn: ::std::string::String,
}

impl crate::ToValue for DescribeInstanceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeInstanceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeInstanceResponse {
    pub created_date: ::std::option::Option<crate::Timestamp>,
    pub encryption_configuration_details: ::std::option::Option<EncryptionConfigurationDetails>,
    pub identity_store_arn: ::std::option::Option<::std::string::String>,
    pub identity_store_id: ::std::option::Option<::std::string::String>,
    pub instance_arn: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub network_configuration_details: ::std::option::Option<NetworkConfigurationInfo>,
    pub owner_account_id: ::std::option::Option<::std::string::String>,
    pub permission_sets_enabled: ::std::option::Option<bool>,
    pub primary_region: ::std::option::Option<::std::string::String>,
    pub regions: ::std::option::Option<::std::vec::Vec<RegionMetadata>>,
    pub status: ::std::option::Option<InstanceStatus>,
    pub status_reason: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeInstanceResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(13);
        if let Some(x) = &self.created_date {
            m.push(("CreatedDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.encryption_configuration_details {
            m.push((
                "EncryptionConfigurationDetails",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.identity_store_arn {
            m.push(("IdentityStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_store_id {
            m.push(("IdentityStoreId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.instance_arn {
            m.push(("InstanceArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.network_configuration_details {
            m.push(("NetworkConfigurationDetails", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.owner_account_id {
            m.push(("OwnerAccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permission_sets_enabled {
            m.push(("PermissionSetsEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.primary_region {
            m.push(("PrimaryRegion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.regions {
            m.push((
                "Regions",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status_reason {
            m.push(("StatusReason", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeInstanceResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_date: crate::codec::optional(m, "CreatedDate", crate::FromValue::from_value)?,
            encryption_configuration_details: crate::codec::optional(
                m,
                "EncryptionConfigurationDetails",
                crate::FromValue::from_value,
            )?,
            identity_store_arn: crate::codec::optional(
                m,
                "IdentityStoreArn",
                crate::FromValue::from_value,
            )?,
            identity_store_id: crate::codec::optional(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            instance_arn: crate::codec::optional(m, "InstanceArn", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            network_configuration_details: crate::codec::optional(
                m,
                "NetworkConfigurationDetails",
                crate::FromValue::from_value,
            )?,
            owner_account_id: crate::codec::optional(
                m,
                "OwnerAccountId",
                crate::FromValue::from_value,
            )?,
            permission_sets_enabled: crate::codec::optional(
                m,
                "PermissionSetsEnabled",
                crate::FromValue::from_value,
            )?,
            primary_region: crate::codec::optional(
                m,
                "PrimaryRegion",
                crate::FromValue::from_value,
            )?,
            regions: crate::codec::optional(m, "Regions", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            status_reason: crate::codec::optional(m, "StatusReason", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribePermissionSetProvisioningStatusRequest {
    pub instance_arn: ::std::string::String,
    pub provision_permission_set_request_id: ::std::string::String,
}

impl crate::ToValue for DescribePermissionSetProvisioningStatusRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "ProvisionPermissionSetRequestId",
            crate::ToValue::to_value(&self.provision_permission_set_request_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribePermissionSetProvisioningStatusRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            provision_permission_set_request_id: crate::codec::required(
                m,
                "ProvisionPermissionSetRequestId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribePermissionSetProvisioningStatusResponse {
    pub permission_set_provisioning_status: ::std::option::Option<PermissionSetProvisioningStatus>,
}

impl crate::ToValue for DescribePermissionSetProvisioningStatusResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.permission_set_provisioning_status {
            m.push((
                "PermissionSetProvisioningStatus",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribePermissionSetProvisioningStatusResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            permission_set_provisioning_status: crate::codec::optional(
                m,
                "PermissionSetProvisioningStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribePermissionSetRequest {
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for DescribePermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribePermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribePermissionSetResponse {
    pub permission_set: ::std::option::Option<PermissionSet>,
}

impl crate::ToValue for DescribePermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.permission_set {
            m.push(("PermissionSet", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribePermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            permission_set: crate::codec::optional(
                m,
                "PermissionSet",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeRegionRequest {
    pub instance_arn: ::std::string::String,
    pub region_name: ::std::string::String,
}

impl crate::ToValue for DescribeRegionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push(("RegionName", crate::ToValue::to_value(&self.region_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeRegionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            region_name: crate::codec::required(m, "RegionName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeRegionResponse {
    pub added_date: ::std::option::Option<crate::Timestamp>,
    pub is_primary_region: ::std::option::Option<bool>,
    pub region_name: ::std::option::Option<::std::string::String>,
    pub status: ::std::option::Option<RegionStatus>,
}

impl crate::ToValue for DescribeRegionResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.added_date {
            m.push(("AddedDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_primary_region {
            m.push(("IsPrimaryRegion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.region_name {
            m.push(("RegionName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeRegionResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            added_date: crate::codec::optional(m, "AddedDate", crate::FromValue::from_value)?,
            is_primary_region: crate::codec::optional(
                m,
                "IsPrimaryRegion",
                crate::FromValue::from_value,
            )?,
            region_name: crate::codec::optional(m, "RegionName", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeTrustedTokenIssuerRequest {
    pub trusted_token_issuer_arn: ::std::string::String,
}

impl crate::ToValue for DescribeTrustedTokenIssuerRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "TrustedTokenIssuerArn",
            crate::ToValue::to_value(&self.trusted_token_issuer_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeTrustedTokenIssuerRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trusted_token_issuer_arn: crate::codec::required(
                m,
                "TrustedTokenIssuerArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeTrustedTokenIssuerResponse {
    pub name: ::std::option::Option<::std::string::String>,
    pub trusted_token_issuer_arn: ::std::option::Option<::std::string::String>,
    pub trusted_token_issuer_configuration: ::std::option::Option<TrustedTokenIssuerConfiguration>,
    pub trusted_token_issuer_type: ::std::option::Option<TrustedTokenIssuerType>,
}

impl crate::ToValue for DescribeTrustedTokenIssuerResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trusted_token_issuer_arn {
            m.push(("TrustedTokenIssuerArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trusted_token_issuer_configuration {
            m.push((
                "TrustedTokenIssuerConfiguration",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.trusted_token_issuer_type {
            m.push(("TrustedTokenIssuerType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeTrustedTokenIssuerResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            trusted_token_issuer_arn: crate::codec::optional(
                m,
                "TrustedTokenIssuerArn",
                crate::FromValue::from_value,
            )?,
            trusted_token_issuer_configuration: crate::codec::optional(
                m,
                "TrustedTokenIssuerConfiguration",
                crate::FromValue::from_value,
            )?,
            trusted_token_issuer_type: crate::codec::optional(
                m,
                "TrustedTokenIssuerType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachCustomerManagedPolicyReferenceFromPermissionSetRequest {
    pub customer_managed_policy_reference: CustomerManagedPolicyReference,
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for DetachCustomerManagedPolicyReferenceFromPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "CustomerManagedPolicyReference",
            crate::ToValue::to_value(&self.customer_managed_policy_reference),
        ));
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DetachCustomerManagedPolicyReferenceFromPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            customer_managed_policy_reference: crate::codec::required(
                m,
                "CustomerManagedPolicyReference",
                crate::FromValue::from_value,
            )?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachCustomerManagedPolicyReferenceFromPermissionSetResponse {}

impl crate::ToValue for DetachCustomerManagedPolicyReferenceFromPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DetachCustomerManagedPolicyReferenceFromPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachManagedPolicyFromPermissionSetRequest {
    pub instance_arn: ::std::string::String,
    pub managed_policy_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for DetachManagedPolicyFromPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "ManagedPolicyArn",
            crate::ToValue::to_value(&self.managed_policy_arn),
        ));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DetachManagedPolicyFromPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            managed_policy_arn: crate::codec::required(
                m,
                "ManagedPolicyArn",
                crate::FromValue::from_value,
            )?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachManagedPolicyFromPermissionSetResponse {}

impl crate::ToValue for DetachManagedPolicyFromPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DetachManagedPolicyFromPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisplayData {
    pub description: ::std::option::Option<::std::string::String>,
    pub display_name: ::std::option::Option<::std::string::String>,
    pub icon_url: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DisplayData {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.display_name {
            m.push(("DisplayName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.icon_url {
            m.push(("IconUrl", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisplayData {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            display_name: crate::codec::optional(m, "DisplayName", crate::FromValue::from_value)?,
            icon_url: crate::codec::optional(m, "IconUrl", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    pub key_type: KmsKeyType,
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for EncryptionConfiguration {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("KeyType", crate::ToValue::to_value(&self.key_type)));
        if let Some(x) = &self.kms_key_arn {
            m.push(("KmsKeyArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EncryptionConfiguration {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            key_type: crate::codec::required(m, "KeyType", crate::FromValue::from_value)?,
            kms_key_arn: crate::codec::optional(m, "KmsKeyArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EncryptionConfigurationDetails {
    pub encryption_status: ::std::option::Option<KmsKeyStatus>,
    pub encryption_status_reason: ::std::option::Option<::std::string::String>,
    pub key_type: ::std::option::Option<KmsKeyType>,
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for EncryptionConfigurationDetails {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.encryption_status {
            m.push(("EncryptionStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.encryption_status_reason {
            m.push(("EncryptionStatusReason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.key_type {
            m.push(("KeyType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.kms_key_arn {
            m.push(("KmsKeyArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EncryptionConfigurationDetails {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            encryption_status: crate::codec::optional(
                m,
                "EncryptionStatus",
                crate::FromValue::from_value,
            )?,
            encryption_status_reason: crate::codec::optional(
                m,
                "EncryptionStatusReason",
                crate::FromValue::from_value,
            )?,
            key_type: crate::codec::optional(m, "KeyType", crate::FromValue::from_value)?,
            kms_key_arn: crate::codec::optional(m, "KmsKeyArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FederationProtocol {
    SAML,
    OAUTH,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl FederationProtocol {
    pub const VALUES: &'static [&'static str] = &["SAML", "OAUTH"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::SAML => "SAML",
            Self::OAUTH => "OAUTH",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "SAML" => Self::SAML,
            "OAUTH" => Self::OAUTH,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for FederationProtocol {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for FederationProtocol {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationAccessScopeRequest {
    pub application_arn: ::std::string::String,
    pub scope: ::std::string::String,
}

impl crate::ToValue for GetApplicationAccessScopeRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        m.push(("Scope", crate::ToValue::to_value(&self.scope)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetApplicationAccessScopeRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            scope: crate::codec::required(m, "Scope", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationAccessScopeResponse {
    pub authorized_targets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub scope: ::std::string::String,
}

impl crate::ToValue for GetApplicationAccessScopeResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.authorized_targets {
            m.push((
                "AuthorizedTargets",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("Scope", crate::ToValue::to_value(&self.scope)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetApplicationAccessScopeResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            authorized_targets: crate::codec::optional(
                m,
                "AuthorizedTargets",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            scope: crate::codec::required(m, "Scope", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationAssignmentConfigurationRequest {
    pub application_arn: ::std::string::String,
}

impl crate::ToValue for GetApplicationAssignmentConfigurationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetApplicationAssignmentConfigurationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationAssignmentConfigurationResponse {
    pub assignment_required: bool,
}

impl crate::ToValue for GetApplicationAssignmentConfigurationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "AssignmentRequired",
            crate::ToValue::to_value(&self.assignment_required),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetApplicationAssignmentConfigurationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assignment_required: crate::codec::required(
                m,
                "AssignmentRequired",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GetApplicationAuthenticationMethodRequest {
    pub application_arn: ::std::string::String,
    pub authentication_method_type: AuthenticationMethodType,
}

impl crate::ToValue for GetApplicationAuthenticationMethodRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        m.push((
            "AuthenticationMethodType",
            crate::ToValue::to_value(&self.authentication_method_type),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetApplicationAuthenticationMethodRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            authentication_method_type: crate::codec::required(
                m,
                "AuthenticationMethodType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationAuthenticationMethodResponse {
    pub authentication_method: ::std::option::Option<AuthenticationMethod>,
}

impl crate::ToValue for GetApplicationAuthenticationMethodResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.authentication_method {
            m.push(("AuthenticationMethod", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetApplicationAuthenticationMethodResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            authentication_method: crate::codec::optional(
                m,
                "AuthenticationMethod",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GetApplicationGrantRequest {
    pub application_arn: ::std::string::String,
    pub grant_type: GrantType,
}

impl crate::ToValue for GetApplicationGrantRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        m.push(("GrantType", crate::ToValue::to_value(&self.grant_type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetApplicationGrantRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            grant_type: crate::codec::required(m, "GrantType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationGrantResponse {
    pub grant: Grant,
}

impl crate::ToValue for GetApplicationGrantResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Grant", crate::ToValue::to_value(&self.grant)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetApplicationGrantResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            grant: crate::codec::required(m, "Grant", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationSessionConfigurationRequest {
    pub application_arn: ::std::string::String,
}

impl crate::ToValue for GetApplicationSessionConfigurationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetApplicationSessionConfigurationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationSessionConfigurationResponse {
    pub user_background_session_application_status:
        ::std::option::Option<UserBackgroundSessionApplicationStatus>,
}

impl crate::ToValue for GetApplicationSessionConfigurationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.user_background_session_application_status {
            m.push((
                "UserBackgroundSessionApplicationStatus",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetApplicationSessionConfigurationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            user_background_session_application_status: crate::codec::optional(
                m,
                "UserBackgroundSessionApplicationStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInlinePolicyForPermissionSetRequest {
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for GetInlinePolicyForPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetInlinePolicyForPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInlinePolicyForPermissionSetResponse {
    pub inline_policy: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetInlinePolicyForPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.inline_policy {
            m.push(("InlinePolicy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetInlinePolicyForPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            inline_policy: crate::codec::optional(m, "InlinePolicy", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPermissionsBoundaryForPermissionSetRequest {
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for GetPermissionsBoundaryForPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetPermissionsBoundaryForPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPermissionsBoundaryForPermissionSetResponse {
    pub permissions_boundary: ::std::option::Option<PermissionsBoundary>,
}

impl crate::ToValue for GetPermissionsBoundaryForPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.permissions_boundary {
            m.push(("PermissionsBoundary", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetPermissionsBoundaryForPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            permissions_boundary: crate::codec::optional(
                m,
                "PermissionsBoundary",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grant {
    pub authorization_code: ::std::option::Option<AuthorizationCodeGrant>,
    pub jwt_bearer: ::std::option::Option<JwtBearerGrant>,
    pub refresh_token: ::std::option::Option<RefreshTokenGrant>,
    pub token_exchange: ::std::option::Option<TokenExchangeGrant>,
}

impl crate::ToValue for Grant {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.authorization_code {
            m.push(("AuthorizationCode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.jwt_bearer {
            m.push(("JwtBearer", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.refresh_token {
            m.push(("RefreshToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.token_exchange {
            m.push(("TokenExchange", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Grant {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            authorization_code: crate::codec::optional(
                m,
                "AuthorizationCode",
                crate::FromValue::from_value,
            )?,
            jwt_bearer: crate::codec::optional(m, "JwtBearer", crate::FromValue::from_value)?,
            refresh_token: crate::codec::optional(m, "RefreshToken", crate::FromValue::from_value)?,
            token_exchange: crate::codec::optional(
                m,
                "TokenExchange",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GrantItem {
    pub grant: Grant,
    pub grant_type: GrantType,
}

impl crate::ToValue for GrantItem {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Grant", crate::ToValue::to_value(&self.grant)));
        m.push(("GrantType", crate::ToValue::to_value(&self.grant_type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GrantItem {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            grant: crate::codec::required(m, "Grant", crate::FromValue::from_value)?,
            grant_type: crate::codec::required(m, "GrantType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GrantType {
    AuthorizationCode,
    RefreshToken,
    UrnIetfParamsOauthGrantTypeJwtBearer,
    UrnIetfParamsOauthGrantTypeTokenExchange,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl GrantType {
    pub const VALUES: &'static [&'static str] = &[
        "authorization_code",
        "refresh_token",
        "urn:ietf:params:oauth:grant-type:jwt-bearer",
        "urn:ietf:params:oauth:grant-type:token-exchange",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthorizationCode => "authorization_code",
            Self::RefreshToken => "refresh_token",
            Self::UrnIetfParamsOauthGrantTypeJwtBearer => {
                "urn:ietf:params:oauth:grant-type:jwt-bearer"
            }
            Self::UrnIetfParamsOauthGrantTypeTokenExchange => {
                "urn:ietf:params:oauth:grant-type:token-exchange"
            }
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "authorization_code" => Self::AuthorizationCode,
            "refresh_token" => Self::RefreshToken,
            "urn:ietf:params:oauth:grant-type:jwt-bearer" => {
                Self::UrnIetfParamsOauthGrantTypeJwtBearer
            }
            "urn:ietf:params:oauth:grant-type:token-exchange" => {
                Self::UrnIetfParamsOauthGrantTypeTokenExchange
            }
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for GrantType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for GrantType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IamAuthenticationMethod {
    pub actor_policy: crate::Value,
}

impl crate::ToValue for IamAuthenticationMethod {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("ActorPolicy", crate::ToValue::to_value(&self.actor_policy)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IamAuthenticationMethod {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            actor_policy: crate::codec::required(m, "ActorPolicy", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InstanceAccessControlAttributeConfiguration {
    pub access_control_attributes: ::std::vec::Vec<AccessControlAttribute>,
}

impl crate::ToValue for InstanceAccessControlAttributeConfiguration {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "AccessControlAttributes",
            crate::codec::list_to_value(&self.access_control_attributes, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InstanceAccessControlAttributeConfiguration {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_control_attributes: crate::codec::required(
                m,
                "AccessControlAttributes",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InstanceAccessControlAttributeConfigurationStatus {
    ENABLED,
    CREATIONINPROGRESS,
    CREATIONFAILED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl InstanceAccessControlAttributeConfigurationStatus {
    pub const VALUES: &'static [&'static str] =
        &["ENABLED", "CREATION_IN_PROGRESS", "CREATION_FAILED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ENABLED => "ENABLED",
            Self::CREATIONINPROGRESS => "CREATION_IN_PROGRESS",
            Self::CREATIONFAILED => "CREATION_FAILED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ENABLED" => Self::ENABLED,
            "CREATION_IN_PROGRESS" => Self::CREATIONINPROGRESS,
            "CREATION_FAILED" => Self::CREATIONFAILED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for InstanceAccessControlAttributeConfigurationStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for InstanceAccessControlAttributeConfigurationStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InstanceMetadata {
    pub created_date: ::std::option::Option<crate::Timestamp>,
    pub identity_store_arn: ::std::option::Option<::std::string::String>,
    pub identity_store_id: ::std::option::Option<::std::string::String>,
    pub instance_arn: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub owner_account_id: ::std::option::Option<::std::string::String>,
    pub primary_region: ::std::option::Option<::std::string::String>,
    pub regions: ::std::option::Option<::std::vec::Vec<RegionMetadata>>,
    pub status: ::std::option::Option<InstanceStatus>,
    pub status_reason: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for InstanceMetadata {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(10);
        if let Some(x) = &self.created_date {
            m.push(("CreatedDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_store_arn {
            m.push(("IdentityStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_store_id {
            m.push(("IdentityStoreId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.instance_arn {
            m.push(("InstanceArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.owner_account_id {
            m.push(("OwnerAccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.primary_region {
            m.push(("PrimaryRegion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.regions {
            m.push((
                "Regions",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status_reason {
            m.push(("StatusReason", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InstanceMetadata {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_date: crate::codec::optional(m, "CreatedDate", crate::FromValue::from_value)?,
            identity_store_arn: crate::codec::optional(
                m,
                "IdentityStoreArn",
                crate::FromValue::from_value,
            )?,
            identity_store_id: crate::codec::optional(
                m,
                "IdentityStoreId",
                crate::FromValue::from_value,
            )?,
            instance_arn: crate::codec::optional(m, "InstanceArn", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            owner_account_id: crate::codec::optional(
                m,
                "OwnerAccountId",
                crate::FromValue::from_value,
            )?,
            primary_region: crate::codec::optional(
                m,
                "PrimaryRegion",
                crate::FromValue::from_value,
            )?,
            regions: crate::codec::optional(m, "Regions", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            status_reason: crate::codec::optional(m, "StatusReason", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InstanceStatus {
    CREATEINPROGRESS,
    CREATEFAILED,
    DELETEINPROGRESS,
    ACTIVE,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl InstanceStatus {
    pub const VALUES: &'static [&'static str] = &[
        "CREATE_IN_PROGRESS",
        "CREATE_FAILED",
        "DELETE_IN_PROGRESS",
        "ACTIVE",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::CREATEINPROGRESS => "CREATE_IN_PROGRESS",
            Self::CREATEFAILED => "CREATE_FAILED",
            Self::DELETEINPROGRESS => "DELETE_IN_PROGRESS",
            Self::ACTIVE => "ACTIVE",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "CREATE_IN_PROGRESS" => Self::CREATEINPROGRESS,
            "CREATE_FAILED" => Self::CREATEFAILED,
            "DELETE_IN_PROGRESS" => Self::DELETEINPROGRESS,
            "ACTIVE" => Self::ACTIVE,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for InstanceStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for InstanceStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InternalServerException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InternalServerException {
    pub const CODE: &'static str = "InternalServerException";
    pub const HTTP_STATUS: u16 = 500;
    pub const SENDER_FAULT: bool = false;
}

impl crate::ToValue for InternalServerException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InternalServerException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum JwksRetrievalOption {
    OPENIDDISCOVERY,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl JwksRetrievalOption {
    pub const VALUES: &'static [&'static str] = &["OPEN_ID_DISCOVERY"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::OPENIDDISCOVERY => "OPEN_ID_DISCOVERY",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "OPEN_ID_DISCOVERY" => Self::OPENIDDISCOVERY,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for JwksRetrievalOption {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for JwksRetrievalOption {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct JwtBearerGrant {
    pub authorized_token_issuers: ::std::option::Option<::std::vec::Vec<AuthorizedTokenIssuer>>,
}

impl crate::ToValue for JwtBearerGrant {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.authorized_token_issuers {
            m.push((
                "AuthorizedTokenIssuers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for JwtBearerGrant {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            authorized_token_issuers: crate::codec::optional(
                m,
                "AuthorizedTokenIssuers",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum KmsKeyStatus {
    UPDATING,
    ENABLED,
    UPDATEFAILED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl KmsKeyStatus {
    pub const VALUES: &'static [&'static str] = &["UPDATING", "ENABLED", "UPDATE_FAILED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::UPDATING => "UPDATING",
            Self::ENABLED => "ENABLED",
            Self::UPDATEFAILED => "UPDATE_FAILED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "UPDATING" => Self::UPDATING,
            "ENABLED" => Self::ENABLED,
            "UPDATE_FAILED" => Self::UPDATEFAILED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for KmsKeyStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for KmsKeyStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum KmsKeyType {
    AWSOWNEDKMSKEY,
    CUSTOMERMANAGEDKEY,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl KmsKeyType {
    pub const VALUES: &'static [&'static str] = &["AWS_OWNED_KMS_KEY", "CUSTOMER_MANAGED_KEY"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::AWSOWNEDKMSKEY => "AWS_OWNED_KMS_KEY",
            Self::CUSTOMERMANAGEDKEY => "CUSTOMER_MANAGED_KEY",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "AWS_OWNED_KMS_KEY" => Self::AWSOWNEDKMSKEY,
            "CUSTOMER_MANAGED_KEY" => Self::CUSTOMERMANAGEDKEY,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for KmsKeyType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for KmsKeyType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountAssignmentCreationStatusRequest {
    pub filter: ::std::option::Option<OperationStatusFilter>,
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccountAssignmentCreationStatusRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.filter {
            m.push(("Filter", crate::ToValue::to_value(x)));
        }
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountAssignmentCreationStatusRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filter: crate::codec::optional(m, "Filter", crate::FromValue::from_value)?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountAssignmentCreationStatusResponse {
    pub account_assignments_creation_status:
        ::std::option::Option<::std::vec::Vec<AccountAssignmentOperationStatusMetadata>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccountAssignmentCreationStatusResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.account_assignments_creation_status {
            m.push((
                "AccountAssignmentsCreationStatus",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountAssignmentCreationStatusResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_assignments_creation_status: crate::codec::optional(
                m,
                "AccountAssignmentsCreationStatus",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountAssignmentDeletionStatusRequest {
    pub filter: ::std::option::Option<OperationStatusFilter>,
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccountAssignmentDeletionStatusRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.filter {
            m.push(("Filter", crate::ToValue::to_value(x)));
        }
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountAssignmentDeletionStatusRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filter: crate::codec::optional(m, "Filter", crate::FromValue::from_value)?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountAssignmentDeletionStatusResponse {
    pub account_assignments_deletion_status:
        ::std::option::Option<::std::vec::Vec<AccountAssignmentOperationStatusMetadata>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccountAssignmentDeletionStatusResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.account_assignments_deletion_status {
            m.push((
                "AccountAssignmentsDeletionStatus",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountAssignmentDeletionStatusResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_assignments_deletion_status: crate::codec::optional(
                m,
                "AccountAssignmentsDeletionStatus",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountAssignmentsFilter {
    pub account_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccountAssignmentsFilter {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.account_id {
            m.push(("AccountId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountAssignmentsFilter {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::optional(m, "AccountId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListAccountAssignmentsForPrincipalRequest {
    pub filter: ::std::option::Option<ListAccountAssignmentsFilter>,
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub principal_id: ::std::string::String,
    pub principal_type: PrincipalType,
}

impl crate::ToValue for ListAccountAssignmentsForPrincipalRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.filter {
            m.push(("Filter", crate::ToValue::to_value(x)));
        }
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("PrincipalId", crate::ToValue::to_value(&self.principal_id)));
        m.push((
            "PrincipalType",
            crate::ToValue::to_value(&self.principal_type),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountAssignmentsForPrincipalRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filter: crate::codec::optional(m, "Filter", crate::FromValue::from_value)?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            principal_id: crate::codec::required(m, "PrincipalId", crate::FromValue::from_value)?,
            principal_type: crate::codec::required(
                m,
                "PrincipalType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountAssignmentsForPrincipalResponse {
    pub account_assignments: ::std::option::Option<::std::vec::Vec<AccountAssignmentForPrincipal>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccountAssignmentsForPrincipalResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.account_assignments {
            m.push((
                "AccountAssignments",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountAssignmentsForPrincipalResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_assignments: crate::codec::optional(
                m,
                "AccountAssignments",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountAssignmentsRequest {
    pub account_id: ::std::string::String,
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for ListAccountAssignmentsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push(("AccountId", crate::ToValue::to_value(&self.account_id)));
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountAssignmentsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::required(m, "AccountId", crate::FromValue::from_value)?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountAssignmentsResponse {
    pub account_assignments: ::std::option::Option<::std::vec::Vec<AccountAssignment>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccountAssignmentsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.account_assignments {
            m.push((
                "AccountAssignments",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountAssignmentsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_assignments: crate::codec::optional(
                m,
                "AccountAssignments",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountsForProvisionedPermissionSetRequest {
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub permission_set_arn: ::std::string::String,
    pub provisioning_status: ::std::option::Option<ProvisioningStatus>,
}

impl crate::ToValue for ListAccountsForProvisionedPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        if let Some(x) = &self.provisioning_status {
            m.push(("ProvisioningStatus", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountsForProvisionedPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
            provisioning_status: crate::codec::optional(
                m,
                "ProvisioningStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountsForProvisionedPermissionSetResponse {
    pub account_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccountsForProvisionedPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.account_ids {
            m.push((
                "AccountIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountsForProvisionedPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_ids: crate::codec::optional(m, "AccountIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationAccessScopesRequest {
    pub application_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationAccessScopesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
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

impl crate::FromValue for ListApplicationAccessScopesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationAccessScopesResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub scopes: ::std::vec::Vec<ScopeDetails>,
}

impl crate::ToValue for ListApplicationAccessScopesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "Scopes",
            crate::codec::list_to_value(&self.scopes, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListApplicationAccessScopesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            scopes: crate::codec::required(m, "Scopes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationAssignmentsFilter {
    pub application_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationAssignmentsFilter {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.application_arn {
            m.push(("ApplicationArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListApplicationAssignmentsFilter {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::optional(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListApplicationAssignmentsForPrincipalRequest {
    pub filter: ::std::option::Option<ListApplicationAssignmentsFilter>,
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub principal_id: ::std::string::String,
    pub principal_type: PrincipalType,
}

impl crate::ToValue for ListApplicationAssignmentsForPrincipalRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.filter {
            m.push(("Filter", crate::ToValue::to_value(x)));
        }
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("PrincipalId", crate::ToValue::to_value(&self.principal_id)));
        m.push((
            "PrincipalType",
            crate::ToValue::to_value(&self.principal_type),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListApplicationAssignmentsForPrincipalRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filter: crate::codec::optional(m, "Filter", crate::FromValue::from_value)?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            principal_id: crate::codec::required(m, "PrincipalId", crate::FromValue::from_value)?,
            principal_type: crate::codec::required(
                m,
                "PrincipalType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationAssignmentsForPrincipalResponse {
    pub application_assignments:
        ::std::option::Option<::std::vec::Vec<ApplicationAssignmentForPrincipal>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationAssignmentsForPrincipalResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.application_assignments {
            m.push((
                "ApplicationAssignments",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListApplicationAssignmentsForPrincipalResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_assignments: crate::codec::optional(
                m,
                "ApplicationAssignments",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationAssignmentsRequest {
    pub application_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationAssignmentsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
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

impl crate::FromValue for ListApplicationAssignmentsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationAssignmentsResponse {
    pub application_assignments: ::std::option::Option<::std::vec::Vec<ApplicationAssignment>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationAssignmentsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.application_assignments {
            m.push((
                "ApplicationAssignments",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListApplicationAssignmentsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_assignments: crate::codec::optional(
                m,
                "ApplicationAssignments",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationAuthenticationMethodsRequest {
    pub application_arn: ::std::string::String,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationAuthenticationMethodsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListApplicationAuthenticationMethodsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationAuthenticationMethodsResponse {
    pub authentication_methods: ::std::option::Option<::std::vec::Vec<AuthenticationMethodItem>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationAuthenticationMethodsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.authentication_methods {
            m.push((
                "AuthenticationMethods",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListApplicationAuthenticationMethodsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            authentication_methods: crate::codec::optional(
                m,
                "AuthenticationMethods",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationGrantsRequest {
    pub application_arn: ::std::string::String,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationGrantsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListApplicationGrantsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationGrantsResponse {
    pub grants: ::std::vec::Vec<GrantItem>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationGrantsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "Grants",
            crate::codec::list_to_value(&self.grants, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListApplicationGrantsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            grants: crate::codec::required(m, "Grants", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationProvidersRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationProvidersRequest {
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

impl crate::FromValue for ListApplicationProvidersRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationProvidersResponse {
    pub application_providers: ::std::option::Option<::std::vec::Vec<ApplicationProvider>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationProvidersResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.application_providers {
            m.push((
                "ApplicationProviders",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListApplicationProvidersResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_providers: crate::codec::optional(
                m,
                "ApplicationProviders",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationsFilter {
    pub application_account: ::std::option::Option<::std::string::String>,
    pub application_provider: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationsFilter {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.application_account {
            m.push(("ApplicationAccount", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.application_provider {
            m.push(("ApplicationProvider", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListApplicationsFilter {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_account: crate::codec::optional(
                m,
                "ApplicationAccount",
                crate::FromValue::from_value,
            )?,
            application_provider: crate::codec::optional(
                m,
                "ApplicationProvider",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationsRequest {
    pub filter: ::std::option::Option<ListApplicationsFilter>,
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.filter {
            m.push(("Filter", crate::ToValue::to_value(x)));
        }
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListApplicationsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filter: crate::codec::optional(m, "Filter", crate::FromValue::from_value)?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListApplicationsResponse {
    pub applications: ::std::option::Option<::std::vec::Vec<Application>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListApplicationsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.applications {
            m.push((
                "Applications",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListApplicationsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            applications: crate::codec::optional(m, "Applications", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListCustomerManagedPolicyReferencesInPermissionSetRequest {
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for ListCustomerManagedPolicyReferencesInPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListCustomerManagedPolicyReferencesInPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListCustomerManagedPolicyReferencesInPermissionSetResponse {
    pub customer_managed_policy_references:
        ::std::option::Option<::std::vec::Vec<CustomerManagedPolicyReference>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListCustomerManagedPolicyReferencesInPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.customer_managed_policy_references {
            m.push((
                "CustomerManagedPolicyReferences",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListCustomerManagedPolicyReferencesInPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            customer_managed_policy_references: crate::codec::optional(
                m,
                "CustomerManagedPolicyReferences",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstancesRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub region_scope: ::std::option::Option<RegionScope>,
}

impl crate::ToValue for ListInstancesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.region_scope {
            m.push(("RegionScope", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInstancesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            region_scope: crate::codec::optional(m, "RegionScope", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstancesResponse {
    pub instances: ::std::option::Option<::std::vec::Vec<InstanceMetadata>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListInstancesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.instances {
            m.push((
                "Instances",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInstancesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instances: crate::codec::optional(m, "Instances", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListManagedPoliciesInPermissionSetRequest {
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for ListManagedPoliciesInPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListManagedPoliciesInPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListManagedPoliciesInPermissionSetResponse {
    pub attached_managed_policies: ::std::option::Option<::std::vec::Vec<AttachedManagedPolicy>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListManagedPoliciesInPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.attached_managed_policies {
            m.push((
                "AttachedManagedPolicies",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListManagedPoliciesInPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attached_managed_policies: crate::codec::optional(
                m,
                "AttachedManagedPolicies",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPermissionSetProvisioningStatusRequest {
    pub filter: ::std::option::Option<OperationStatusFilter>,
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListPermissionSetProvisioningStatusRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.filter {
            m.push(("Filter", crate::ToValue::to_value(x)));
        }
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPermissionSetProvisioningStatusRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filter: crate::codec::optional(m, "Filter", crate::FromValue::from_value)?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPermissionSetProvisioningStatusResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub permission_sets_provisioning_status:
        ::std::option::Option<::std::vec::Vec<PermissionSetProvisioningStatusMetadata>>,
}

impl crate::ToValue for ListPermissionSetProvisioningStatusResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permission_sets_provisioning_status {
            m.push((
                "PermissionSetsProvisioningStatus",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPermissionSetProvisioningStatusResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            permission_sets_provisioning_status: crate::codec::optional(
                m,
                "PermissionSetsProvisioningStatus",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPermissionSetsProvisionedToAccountRequest {
    pub account_id: ::std::string::String,
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub provisioning_status: ::std::option::Option<ProvisioningStatus>,
}

impl crate::ToValue for ListPermissionSetsProvisionedToAccountRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push(("AccountId", crate::ToValue::to_value(&self.account_id)));
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.provisioning_status {
            m.push(("ProvisioningStatus", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPermissionSetsProvisionedToAccountRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::required(m, "AccountId", crate::FromValue::from_value)?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            provisioning_status: crate::codec::optional(
                m,
                "ProvisioningStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPermissionSetsProvisionedToAccountResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub permission_sets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for ListPermissionSetsProvisionedToAccountResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permission_sets {
            m.push((
                "PermissionSets",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPermissionSetsProvisionedToAccountResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            permission_sets: crate::codec::optional(m, "PermissionSets", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPermissionSetsRequest {
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListPermissionSetsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPermissionSetsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPermissionSetsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub permission_sets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for ListPermissionSetsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permission_sets {
            m.push((
                "PermissionSets",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPermissionSetsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            permission_sets: crate::codec::optional(m, "PermissionSets", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRegionsRequest {
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListRegionsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListRegionsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRegionsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub regions: ::std::option::Option<::std::vec::Vec<RegionMetadata>>,
}

impl crate::ToValue for ListRegionsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.regions {
            m.push((
                "Regions",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListRegionsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            regions: crate::codec::optional(m, "Regions", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsForResourceRequest {
    pub instance_arn: ::std::option::Option<::std::string::String>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub resource_arn: ::std::string::String,
}

impl crate::ToValue for ListTagsForResourceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.instance_arn {
            m.push(("InstanceArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("ResourceArn", crate::ToValue::to_value(&self.resource_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTagsForResourceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::optional(m, "InstanceArn", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            resource_arn: crate::codec::required(m, "ResourceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsForResourceResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for ListTagsForResourceResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
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

impl crate::FromValue for ListTagsForResourceResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTrustedTokenIssuersRequest {
    pub instance_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListTrustedTokenIssuersRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTrustedTokenIssuersRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTrustedTokenIssuersResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub trusted_token_issuers: ::std::option::Option<::std::vec::Vec<TrustedTokenIssuerMetadata>>,
}

impl crate::ToValue for ListTrustedTokenIssuersResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trusted_token_issuers {
            m.push((
                "TrustedTokenIssuers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTrustedTokenIssuersResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            trusted_token_issuers: crate::codec::optional(
                m,
                "TrustedTokenIssuers",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkConfigurationInfo {
    pub allow_source_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub exclude_application_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub restrict_source_vpcs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub vpce_access_required: bool,
}

impl crate::ToValue for NetworkConfigurationInfo {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.allow_source_ips {
            m.push((
                "AllowSourceIps",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.exclude_application_arns {
            m.push((
                "ExcludeApplicationArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.restrict_source_vpcs {
            m.push((
                "RestrictSourceVpcs",
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

impl crate::FromValue for NetworkConfigurationInfo {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            allow_source_ips: crate::codec::optional(m, "AllowSourceIps", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            exclude_application_arns: crate::codec::optional(
                m,
                "ExcludeApplicationArns",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            restrict_source_vpcs: crate::codec::optional(
                m,
                "RestrictSourceVpcs",
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

#[derive(Debug, Clone, PartialEq)]
pub struct OidcJwtConfiguration {
    pub claim_attribute_path: ::std::string::String,
    pub identity_store_attribute_path: ::std::string::String,
    pub issuer_url: ::std::string::String,
    pub jwks_retrieval_option: JwksRetrievalOption,
}

impl crate::ToValue for OidcJwtConfiguration {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "ClaimAttributePath",
            crate::ToValue::to_value(&self.claim_attribute_path),
        ));
        m.push((
            "IdentityStoreAttributePath",
            crate::ToValue::to_value(&self.identity_store_attribute_path),
        ));
        m.push(("IssuerUrl", crate::ToValue::to_value(&self.issuer_url)));
        m.push((
            "JwksRetrievalOption",
            crate::ToValue::to_value(&self.jwks_retrieval_option),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OidcJwtConfiguration {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            claim_attribute_path: crate::codec::required(
                m,
                "ClaimAttributePath",
                crate::FromValue::from_value,
            )?,
            identity_store_attribute_path: crate::codec::required(
                m,
                "IdentityStoreAttributePath",
                crate::FromValue::from_value,
            )?,
            issuer_url: crate::codec::required(m, "IssuerUrl", crate::FromValue::from_value)?,
            jwks_retrieval_option: crate::codec::required(
                m,
                "JwksRetrievalOption",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OidcJwtUpdateConfiguration {
    pub claim_attribute_path: ::std::option::Option<::std::string::String>,
    pub identity_store_attribute_path: ::std::option::Option<::std::string::String>,
    pub jwks_retrieval_option: ::std::option::Option<JwksRetrievalOption>,
}

impl crate::ToValue for OidcJwtUpdateConfiguration {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.claim_attribute_path {
            m.push(("ClaimAttributePath", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_store_attribute_path {
            m.push(("IdentityStoreAttributePath", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.jwks_retrieval_option {
            m.push(("JwksRetrievalOption", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OidcJwtUpdateConfiguration {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            claim_attribute_path: crate::codec::optional(
                m,
                "ClaimAttributePath",
                crate::FromValue::from_value,
            )?,
            identity_store_attribute_path: crate::codec::optional(
                m,
                "IdentityStoreAttributePath",
                crate::FromValue::from_value,
            )?,
            jwks_retrieval_option: crate::codec::optional(
                m,
                "JwksRetrievalOption",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OperationStatusFilter {
    pub status: ::std::option::Option<StatusValues>,
}

impl crate::ToValue for OperationStatusFilter {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OperationStatusFilter {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PermissionSet {
    pub created_date: ::std::option::Option<crate::Timestamp>,
    pub description: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub permission_set_arn: ::std::option::Option<::std::string::String>,
    pub relay_state: ::std::option::Option<::std::string::String>,
    pub session_duration: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PermissionSet {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.created_date {
            m.push(("CreatedDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permission_set_arn {
            m.push(("PermissionSetArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.relay_state {
            m.push(("RelayState", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_duration {
            m.push(("SessionDuration", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PermissionSet {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_date: crate::codec::optional(m, "CreatedDate", crate::FromValue::from_value)?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::optional(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
            relay_state: crate::codec::optional(m, "RelayState", crate::FromValue::from_value)?,
            session_duration: crate::codec::optional(
                m,
                "SessionDuration",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PermissionSetProvisioningStatus {
    pub account_id: ::std::option::Option<::std::string::String>,
    pub created_date: ::std::option::Option<crate::Timestamp>,
    pub failure_reason: ::std::option::Option<::std::string::String>,
    pub permission_set_arn: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
    pub status: ::std::option::Option<StatusValues>,
}

impl crate::ToValue for PermissionSetProvisioningStatus {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.account_id {
            m.push(("AccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_date {
            m.push(("CreatedDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.failure_reason {
            m.push(("FailureReason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permission_set_arn {
            m.push(("PermissionSetArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_id {
            m.push(("RequestId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PermissionSetProvisioningStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::optional(m, "AccountId", crate::FromValue::from_value)?,
            created_date: crate::codec::optional(m, "CreatedDate", crate::FromValue::from_value)?,
            failure_reason: crate::codec::optional(
                m,
                "FailureReason",
                crate::FromValue::from_value,
            )?,
            permission_set_arn: crate::codec::optional(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PermissionSetProvisioningStatusMetadata {
    pub created_date: ::std::option::Option<crate::Timestamp>,
    pub request_id: ::std::option::Option<::std::string::String>,
    pub status: ::std::option::Option<StatusValues>,
}

impl crate::ToValue for PermissionSetProvisioningStatusMetadata {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.created_date {
            m.push(("CreatedDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_id {
            m.push(("RequestId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PermissionSetProvisioningStatusMetadata {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_date: crate::codec::optional(m, "CreatedDate", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PermissionsBoundary {
    pub customer_managed_policy_reference: ::std::option::Option<CustomerManagedPolicyReference>,
    pub managed_policy_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PermissionsBoundary {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.customer_managed_policy_reference {
            m.push((
                "CustomerManagedPolicyReference",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.managed_policy_arn {
            m.push(("ManagedPolicyArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PermissionsBoundary {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            customer_managed_policy_reference: crate::codec::optional(
                m,
                "CustomerManagedPolicyReference",
                crate::FromValue::from_value,
            )?,
            managed_policy_arn: crate::codec::optional(
                m,
                "ManagedPolicyArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PortalOptions {
    pub sign_in_options: ::std::option::Option<SignInOptions>,
    pub visibility: ::std::option::Option<ApplicationVisibility>,
}

impl crate::ToValue for PortalOptions {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.sign_in_options {
            m.push(("SignInOptions", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.visibility {
            m.push(("Visibility", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PortalOptions {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            sign_in_options: crate::codec::optional(
                m,
                "SignInOptions",
                crate::FromValue::from_value,
            )?,
            visibility: crate::codec::optional(m, "Visibility", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PrincipalType {
    USER,
    GROUP,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl PrincipalType {
    pub const VALUES: &'static [&'static str] = &["USER", "GROUP"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::USER => "USER",
            Self::GROUP => "GROUP",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "USER" => Self::USER,
            "GROUP" => Self::GROUP,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for PrincipalType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for PrincipalType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionPermissionSetRequest {
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
    pub target_id: ::std::option::Option<::std::string::String>,
    pub target_type: ProvisionTargetType,
}

impl crate::ToValue for ProvisionPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        if let Some(x) = &self.target_id {
            m.push(("TargetId", crate::ToValue::to_value(x)));
        }
        m.push(("TargetType", crate::ToValue::to_value(&self.target_type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ProvisionPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
            target_id: crate::codec::optional(m, "TargetId", crate::FromValue::from_value)?,
            target_type: crate::codec::required(m, "TargetType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisionPermissionSetResponse {
    pub permission_set_provisioning_status: ::std::option::Option<PermissionSetProvisioningStatus>,
}

impl crate::ToValue for ProvisionPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.permission_set_provisioning_status {
            m.push((
                "PermissionSetProvisioningStatus",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ProvisionPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            permission_set_provisioning_status: crate::codec::optional(
                m,
                "PermissionSetProvisioningStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProvisionTargetType {
    AWSACCOUNT,
    ALLPROVISIONEDACCOUNTS,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ProvisionTargetType {
    pub const VALUES: &'static [&'static str] = &["AWS_ACCOUNT", "ALL_PROVISIONED_ACCOUNTS"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::AWSACCOUNT => "AWS_ACCOUNT",
            Self::ALLPROVISIONEDACCOUNTS => "ALL_PROVISIONED_ACCOUNTS",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "AWS_ACCOUNT" => Self::AWSACCOUNT,
            "ALL_PROVISIONED_ACCOUNTS" => Self::ALLPROVISIONEDACCOUNTS,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ProvisionTargetType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ProvisionTargetType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProvisioningStatus {
    LATESTPERMISSIONSETPROVISIONED,
    LATESTPERMISSIONSETNOTPROVISIONED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ProvisioningStatus {
    pub const VALUES: &'static [&'static str] = &[
        "LATEST_PERMISSION_SET_PROVISIONED",
        "LATEST_PERMISSION_SET_NOT_PROVISIONED",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::LATESTPERMISSIONSETPROVISIONED => "LATEST_PERMISSION_SET_PROVISIONED",
            Self::LATESTPERMISSIONSETNOTPROVISIONED => "LATEST_PERMISSION_SET_NOT_PROVISIONED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "LATEST_PERMISSION_SET_PROVISIONED" => Self::LATESTPERMISSIONSETPROVISIONED,
            "LATEST_PERMISSION_SET_NOT_PROVISIONED" => Self::LATESTPERMISSIONSETNOTPROVISIONED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ProvisioningStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ProvisioningStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutApplicationAccessScopeRequest {
    pub application_arn: ::std::string::String,
    pub authorized_targets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub scope: ::std::string::String,
}

impl crate::ToValue for PutApplicationAccessScopeRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        if let Some(x) = &self.authorized_targets {
            m.push((
                "AuthorizedTargets",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("Scope", crate::ToValue::to_value(&self.scope)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutApplicationAccessScopeRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            authorized_targets: crate::codec::optional(
                m,
                "AuthorizedTargets",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            scope: crate::codec::required(m, "Scope", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutApplicationAssignmentConfigurationRequest {
    pub application_arn: ::std::string::String,
    pub assignment_required: bool,
}

impl crate::ToValue for PutApplicationAssignmentConfigurationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        m.push((
            "AssignmentRequired",
            crate::ToValue::to_value(&self.assignment_required),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutApplicationAssignmentConfigurationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            assignment_required: crate::codec::required(
                m,
                "AssignmentRequired",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutApplicationAssignmentConfigurationResponse {}

impl crate::ToValue for PutApplicationAssignmentConfigurationResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for PutApplicationAssignmentConfigurationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PutApplicationAuthenticationMethodRequest {
    pub application_arn: ::std::string::String,
    pub authentication_method: AuthenticationMethod,
    pub authentication_method_type: AuthenticationMethodType,
}

impl crate::ToValue for PutApplicationAuthenticationMethodRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        m.push((
            "AuthenticationMethod",
            crate::ToValue::to_value(&self.authentication_method),
        ));
        m.push((
            "AuthenticationMethodType",
            crate::ToValue::to_value(&self.authentication_method_type),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutApplicationAuthenticationMethodRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            authentication_method: crate::codec::required(
                m,
                "AuthenticationMethod",
                crate::FromValue::from_value,
            )?,
            authentication_method_type: crate::codec::required(
                m,
                "AuthenticationMethodType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PutApplicationGrantRequest {
    pub application_arn: ::std::string::String,
    pub grant: Grant,
    pub grant_type: GrantType,
}

impl crate::ToValue for PutApplicationGrantRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        m.push(("Grant", crate::ToValue::to_value(&self.grant)));
        m.push(("GrantType", crate::ToValue::to_value(&self.grant_type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutApplicationGrantRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            grant: crate::codec::required(m, "Grant", crate::FromValue::from_value)?,
            grant_type: crate::codec::required(m, "GrantType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutApplicationSessionConfigurationRequest {
    pub application_arn: ::std::string::String,
    pub user_background_session_application_status:
        ::std::option::Option<UserBackgroundSessionApplicationStatus>,
}

impl crate::ToValue for PutApplicationSessionConfigurationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        if let Some(x) = &self.user_background_session_application_status {
            m.push((
                "UserBackgroundSessionApplicationStatus",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutApplicationSessionConfigurationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            user_background_session_application_status: crate::codec::optional(
                m,
                "UserBackgroundSessionApplicationStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutApplicationSessionConfigurationResponse {}

impl crate::ToValue for PutApplicationSessionConfigurationResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for PutApplicationSessionConfigurationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutInlinePolicyToPermissionSetRequest {
    pub inline_policy: ::std::string::String,
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
}

impl crate::ToValue for PutInlinePolicyToPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "InlinePolicy",
            crate::ToValue::to_value(&self.inline_policy),
        ));
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutInlinePolicyToPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            inline_policy: crate::codec::required(m, "InlinePolicy", crate::FromValue::from_value)?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutInlinePolicyToPermissionSetResponse {}

impl crate::ToValue for PutInlinePolicyToPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for PutInlinePolicyToPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutPermissionsBoundaryToPermissionSetRequest {
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
    pub permissions_boundary: PermissionsBoundary,
}

impl crate::ToValue for PutPermissionsBoundaryToPermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        m.push((
            "PermissionsBoundary",
            crate::ToValue::to_value(&self.permissions_boundary),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutPermissionsBoundaryToPermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
            permissions_boundary: crate::codec::required(
                m,
                "PermissionsBoundary",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutPermissionsBoundaryToPermissionSetResponse {}

impl crate::ToValue for PutPermissionsBoundaryToPermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for PutPermissionsBoundaryToPermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RefreshTokenGrant {}

impl crate::ToValue for RefreshTokenGrant {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for RefreshTokenGrant {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegionMetadata {
    pub added_date: ::std::option::Option<crate::Timestamp>,
    pub is_primary_region: ::std::option::Option<bool>,
    pub region_name: ::std::option::Option<::std::string::String>,
    pub status: ::std::option::Option<RegionStatus>,
}

impl crate::ToValue for RegionMetadata {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.added_date {
            m.push(("AddedDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_primary_region {
            m.push(("IsPrimaryRegion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.region_name {
            m.push(("RegionName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RegionMetadata {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            added_date: crate::codec::optional(m, "AddedDate", crate::FromValue::from_value)?,
            is_primary_region: crate::codec::optional(
                m,
                "IsPrimaryRegion",
                crate::FromValue::from_value,
            )?,
            region_name: crate::codec::optional(m, "RegionName", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RegionScope {
    CURRENTREGION,
    ALLREGIONS,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl RegionScope {
    pub const VALUES: &'static [&'static str] = &["CURRENT_REGION", "ALL_REGIONS"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::CURRENTREGION => "CURRENT_REGION",
            Self::ALLREGIONS => "ALL_REGIONS",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "CURRENT_REGION" => Self::CURRENTREGION,
            "ALL_REGIONS" => Self::ALLREGIONS,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for RegionScope {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for RegionScope {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RegionStatus {
    ACTIVE,
    ADDING,
    REMOVING,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl RegionStatus {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "ADDING", "REMOVING"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ACTIVE => "ACTIVE",
            Self::ADDING => "ADDING",
            Self::REMOVING => "REMOVING",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ACTIVE" => Self::ACTIVE,
            "ADDING" => Self::ADDING,
            "REMOVING" => Self::REMOVING,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for RegionStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for RegionStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveRegionRequest {
    pub instance_arn: ::std::string::String,
    pub region_name: ::std::string::String,
}

impl crate::ToValue for RemoveRegionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push(("RegionName", crate::ToValue::to_value(&self.region_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RemoveRegionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            region_name: crate::codec::required(m, "RegionName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveRegionResponse {
    pub status: ::std::option::Option<RegionStatus>,
}

impl crate::ToValue for RemoveRegionResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RemoveRegionResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<ResourceNotFoundExceptionReason>,
}

impl ResourceNotFoundException {
    pub const CODE: &'static str = "ResourceNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ResourceNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.reason {
            m.push(("Reason", crate::ToValue::to_value(x)));
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
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResourceNotFoundExceptionReason {
    KMSNotFoundException,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ResourceNotFoundExceptionReason {
    pub const VALUES: &'static [&'static str] = &["KMS_NotFoundException"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::KMSNotFoundException => "KMS_NotFoundException",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "KMS_NotFoundException" => Self::KMSNotFoundException,
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

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceServerConfig {
    pub scopes: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ResourceServerScopeDetails>,
    >,
}

impl crate::ToValue for ResourceServerConfig {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.scopes {
            m.push((
                "Scopes",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResourceServerConfig {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            scopes: crate::codec::optional(m, "Scopes", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceServerScopeDetails {
    pub detailed_title: ::std::option::Option<::std::string::String>,
    pub long_description: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ResourceServerScopeDetails {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.detailed_title {
            m.push(("DetailedTitle", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.long_description {
            m.push(("LongDescription", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResourceServerScopeDetails {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            detailed_title: crate::codec::optional(
                m,
                "DetailedTitle",
                crate::FromValue::from_value,
            )?,
            long_description: crate::codec::optional(
                m,
                "LongDescription",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScopeDetails {
    pub authorized_targets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub scope: ::std::string::String,
}

impl crate::ToValue for ScopeDetails {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.authorized_targets {
            m.push((
                "AuthorizedTargets",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("Scope", crate::ToValue::to_value(&self.scope)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ScopeDetails {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            authorized_targets: crate::codec::optional(
                m,
                "AuthorizedTargets",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            scope: crate::codec::required(m, "Scope", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceQuotaExceededException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ServiceQuotaExceededException {
    pub const CODE: &'static str = "ServiceQuotaExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ServiceQuotaExceededException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ServiceQuotaExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SignInOptions {
    pub application_url: ::std::option::Option<::std::string::String>,
    pub origin: SignInOrigin,
}

impl crate::ToValue for SignInOptions {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.application_url {
            m.push(("ApplicationUrl", crate::ToValue::to_value(x)));
        }
        m.push(("Origin", crate::ToValue::to_value(&self.origin)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SignInOptions {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_url: crate::codec::optional(
                m,
                "ApplicationUrl",
                crate::FromValue::from_value,
            )?,
            origin: crate::codec::required(m, "Origin", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SignInOrigin {
    IDENTITYCENTER,
    APPLICATION,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl SignInOrigin {
    pub const VALUES: &'static [&'static str] = &["IDENTITY_CENTER", "APPLICATION"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::IDENTITYCENTER => "IDENTITY_CENTER",
            Self::APPLICATION => "APPLICATION",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "IDENTITY_CENTER" => Self::IDENTITYCENTER,
            "APPLICATION" => Self::APPLICATION,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for SignInOrigin {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for SignInOrigin {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StatusValues {
    INPROGRESS,
    FAILED,
    SUCCEEDED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl StatusValues {
    pub const VALUES: &'static [&'static str] = &["IN_PROGRESS", "FAILED", "SUCCEEDED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::INPROGRESS => "IN_PROGRESS",
            Self::FAILED => "FAILED",
            Self::SUCCEEDED => "SUCCEEDED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "IN_PROGRESS" => Self::INPROGRESS,
            "FAILED" => Self::FAILED,
            "SUCCEEDED" => Self::SUCCEEDED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for StatusValues {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for StatusValues {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
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

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagResourceRequest {
    pub instance_arn: ::std::option::Option<::std::string::String>,
    pub resource_arn: ::std::string::String,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for TagResourceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.instance_arn {
            m.push(("InstanceArn", crate::ToValue::to_value(x)));
        }
        m.push(("ResourceArn", crate::ToValue::to_value(&self.resource_arn)));
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TagResourceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::optional(m, "InstanceArn", crate::FromValue::from_value)?,
            resource_arn: crate::codec::required(m, "ResourceArn", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
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

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TargetType {
    AWSACCOUNT,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl TargetType {
    pub const VALUES: &'static [&'static str] = &["AWS_ACCOUNT"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::AWSACCOUNT => "AWS_ACCOUNT",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "AWS_ACCOUNT" => Self::AWSACCOUNT,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for TargetType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for TargetType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ThrottlingException {
    pub message: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<ThrottlingExceptionReason>,
}

impl ThrottlingException {
    pub const CODE: &'static str = "ThrottlingException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ThrottlingException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.reason {
            m.push(("Reason", crate::ToValue::to_value(x)));
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
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ThrottlingExceptionReason {
    KMSThrottlingException,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ThrottlingExceptionReason {
    pub const VALUES: &'static [&'static str] = &["KMS_ThrottlingException"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::KMSThrottlingException => "KMS_ThrottlingException",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "KMS_ThrottlingException" => Self::KMSThrottlingException,
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
pub struct TokenExchangeGrant {}

impl crate::ToValue for TokenExchangeGrant {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for TokenExchangeGrant {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrustedTokenIssuerConfiguration {
    pub oidc_jwt_configuration: ::std::option::Option<OidcJwtConfiguration>,
}

impl crate::ToValue for TrustedTokenIssuerConfiguration {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.oidc_jwt_configuration {
            m.push(("OidcJwtConfiguration", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TrustedTokenIssuerConfiguration {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            oidc_jwt_configuration: crate::codec::optional(
                m,
                "OidcJwtConfiguration",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrustedTokenIssuerMetadata {
    pub name: ::std::option::Option<::std::string::String>,
    pub trusted_token_issuer_arn: ::std::option::Option<::std::string::String>,
    pub trusted_token_issuer_type: ::std::option::Option<TrustedTokenIssuerType>,
}

impl crate::ToValue for TrustedTokenIssuerMetadata {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trusted_token_issuer_arn {
            m.push(("TrustedTokenIssuerArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trusted_token_issuer_type {
            m.push(("TrustedTokenIssuerType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TrustedTokenIssuerMetadata {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            trusted_token_issuer_arn: crate::codec::optional(
                m,
                "TrustedTokenIssuerArn",
                crate::FromValue::from_value,
            )?,
            trusted_token_issuer_type: crate::codec::optional(
                m,
                "TrustedTokenIssuerType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrustedTokenIssuerType {
    OIDCJWT,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl TrustedTokenIssuerType {
    pub const VALUES: &'static [&'static str] = &["OIDC_JWT"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::OIDCJWT => "OIDC_JWT",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "OIDC_JWT" => Self::OIDCJWT,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for TrustedTokenIssuerType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for TrustedTokenIssuerType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrustedTokenIssuerUpdateConfiguration {
    pub oidc_jwt_configuration: ::std::option::Option<OidcJwtUpdateConfiguration>,
}

impl crate::ToValue for TrustedTokenIssuerUpdateConfiguration {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.oidc_jwt_configuration {
            m.push(("OidcJwtConfiguration", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TrustedTokenIssuerUpdateConfiguration {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            oidc_jwt_configuration: crate::codec::optional(
                m,
                "OidcJwtConfiguration",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagResourceRequest {
    pub instance_arn: ::std::option::Option<::std::string::String>,
    pub resource_arn: ::std::string::String,
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for UntagResourceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.instance_arn {
            m.push(("InstanceArn", crate::ToValue::to_value(x)));
        }
        m.push(("ResourceArn", crate::ToValue::to_value(&self.resource_arn)));
        m.push((
            "TagKeys",
            crate::codec::list_to_value(&self.tag_keys, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UntagResourceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_arn: crate::codec::optional(m, "InstanceArn", crate::FromValue::from_value)?,
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

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateApplicationPortalOptions {
    pub sign_in_options: ::std::option::Option<SignInOptions>,
}

impl crate::ToValue for UpdateApplicationPortalOptions {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.sign_in_options {
            m.push(("SignInOptions", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateApplicationPortalOptions {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            sign_in_options: crate::codec::optional(
                m,
                "SignInOptions",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateApplicationRequest {
    pub application_arn: ::std::string::String,
    pub description: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub portal_options: ::std::option::Option<UpdateApplicationPortalOptions>,
    pub status: ::std::option::Option<ApplicationStatus>,
}

impl crate::ToValue for UpdateApplicationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push((
            "ApplicationArn",
            crate::ToValue::to_value(&self.application_arn),
        ));
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.portal_options {
            m.push(("PortalOptions", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateApplicationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            application_arn: crate::codec::required(
                m,
                "ApplicationArn",
                crate::FromValue::from_value,
            )?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            portal_options: crate::codec::optional(
                m,
                "PortalOptions",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateApplicationResponse {}

impl crate::ToValue for UpdateApplicationResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UpdateApplicationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateInstanceAccessControlAttributeConfigurationRequest {
    pub instance_access_control_attribute_configuration:
        InstanceAccessControlAttributeConfiguration,
    pub instance_arn: ::std::string::String,
}

impl crate::ToValue for UpdateInstanceAccessControlAttributeConfigurationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "InstanceAccessControlAttributeConfiguration",
            crate::ToValue::to_value(&self.instance_access_control_attribute_configuration),
        ));
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateInstanceAccessControlAttributeConfigurationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_access_control_attribute_configuration: crate::codec::required(
                m,
                "InstanceAccessControlAttributeConfiguration",
                crate::FromValue::from_value,
            )?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateInstanceAccessControlAttributeConfigurationResponse {}

impl crate::ToValue for UpdateInstanceAccessControlAttributeConfigurationResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UpdateInstanceAccessControlAttributeConfigurationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateInstanceRequest {
    pub encryption_configuration: ::std::option::Option<EncryptionConfiguration>,
    pub instance_arn: ::std::string::String,
    pub name: ::std::option::Option<::std::string::String>,
    pub network_configuration: ::std::option::Option<NetworkConfigurationInfo>,
    pub permission_sets_enabled: ::std::option::Option<bool>,
}

impl crate::ToValue for UpdateInstanceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.encryption_configuration {
            m.push(("EncryptionConfiguration", crate::ToValue::to_value(x)));
        }
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.network_configuration {
            m.push(("NetworkConfiguration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permission_sets_enabled {
            m.push(("PermissionSetsEnabled", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateInstanceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            encryption_configuration: crate::codec::optional(
                m,
                "EncryptionConfiguration",
                crate::FromValue::from_value,
            )?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            network_configuration: crate::codec::optional(
                m,
                "NetworkConfiguration",
                crate::FromValue::from_value,
            )?,
            permission_sets_enabled: crate::codec::optional(
                m,
                "PermissionSetsEnabled",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateInstanceResponse {}

impl crate::ToValue for UpdateInstanceResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UpdateInstanceResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdatePermissionSetRequest {
    pub description: ::std::option::Option<::std::string::String>,
    pub instance_arn: ::std::string::String,
    pub permission_set_arn: ::std::string::String,
    pub relay_state: ::std::option::Option<::std::string::String>,
    pub session_duration: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdatePermissionSetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        m.push(("InstanceArn", crate::ToValue::to_value(&self.instance_arn)));
        m.push((
            "PermissionSetArn",
            crate::ToValue::to_value(&self.permission_set_arn),
        ));
        if let Some(x) = &self.relay_state {
            m.push(("RelayState", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.session_duration {
            m.push(("SessionDuration", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdatePermissionSetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            instance_arn: crate::codec::required(m, "InstanceArn", crate::FromValue::from_value)?,
            permission_set_arn: crate::codec::required(
                m,
                "PermissionSetArn",
                crate::FromValue::from_value,
            )?,
            relay_state: crate::codec::optional(m, "RelayState", crate::FromValue::from_value)?,
            session_duration: crate::codec::optional(
                m,
                "SessionDuration",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdatePermissionSetResponse {}

impl crate::ToValue for UpdatePermissionSetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UpdatePermissionSetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateTrustedTokenIssuerRequest {
    pub name: ::std::option::Option<::std::string::String>,
    pub trusted_token_issuer_arn: ::std::string::String,
    pub trusted_token_issuer_configuration:
        ::std::option::Option<TrustedTokenIssuerUpdateConfiguration>,
}

impl crate::ToValue for UpdateTrustedTokenIssuerRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        m.push((
            "TrustedTokenIssuerArn",
            crate::ToValue::to_value(&self.trusted_token_issuer_arn),
        ));
        if let Some(x) = &self.trusted_token_issuer_configuration {
            m.push((
                "TrustedTokenIssuerConfiguration",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateTrustedTokenIssuerRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            trusted_token_issuer_arn: crate::codec::required(
                m,
                "TrustedTokenIssuerArn",
                crate::FromValue::from_value,
            )?,
            trusted_token_issuer_configuration: crate::codec::optional(
                m,
                "TrustedTokenIssuerConfiguration",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateTrustedTokenIssuerResponse {}

impl crate::ToValue for UpdateTrustedTokenIssuerResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UpdateTrustedTokenIssuerResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserBackgroundSessionApplicationStatus {
    ENABLED,
    DISABLED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl UserBackgroundSessionApplicationStatus {
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

impl crate::ToValue for UserBackgroundSessionApplicationStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for UserBackgroundSessionApplicationStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValidationException {
    pub message: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<ValidationExceptionReason>,
}

impl ValidationException {
    pub const CODE: &'static str = "ValidationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ValidationException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.reason {
            m.push(("Reason", crate::ToValue::to_value(x)));
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
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ValidationExceptionReason {
    KMSInvalidKeyUsageException,
    KMSInvalidStateException,
    KMSDisabledException,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ValidationExceptionReason {
    pub const VALUES: &'static [&'static str] = &[
        "KMS_InvalidKeyUsageException",
        "KMS_InvalidStateException",
        "KMS_DisabledException",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::KMSInvalidKeyUsageException => "KMS_InvalidKeyUsageException",
            Self::KMSInvalidStateException => "KMS_InvalidStateException",
            Self::KMSDisabledException => "KMS_DisabledException",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "KMS_InvalidKeyUsageException" => Self::KMSInvalidKeyUsageException,
            "KMS_InvalidStateException" => Self::KMSInvalidStateException,
            "KMS_DisabledException" => Self::KMSDisabledException,
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
