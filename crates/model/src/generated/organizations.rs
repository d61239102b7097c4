//! The `organizations` service: schema tables and typed shapes. Written by `scripts/codegen` from botocore 1.44.8; do not edit.

#![allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case)]

pub static SERVICE: crate::ServiceDef = crate::ServiceDef {
    name: "organizations",
    protocol: crate::Protocol::Json,
    protocols: &["json"],
    api_version: "2016-11-28",
    target_prefix: Some("AWSOrganizationsV20161128"),
    json_version: Some("1.1"),
    xml_namespace: None,
    signing_name: "organizations",
    endpoint_prefix: "organizations",
    operations: &OPERATIONS,
    shapes: &SHAPES,
};

static OPERATIONS: [crate::OperationDef; 63] = [
    crate::OperationDef {
        name: "AcceptHandshake",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(1)),
        output: Some(crate::ShapeId(2)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(110),
            crate::ShapeId(114),
            crate::ShapeId(127),
            crate::ShapeId(108),
            crate::ShapeId(128),
            crate::ShapeId(31),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(4),
            crate::ShapeId(33),
            crate::ShapeId(176),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AttachPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(21)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(86),
            crate::ShapeId(128),
            crate::ShapeId(211),
            crate::ShapeId(219),
            crate::ShapeId(249),
            crate::ShapeId(260),
            crate::ShapeId(265),
            crate::ShapeId(267),
            crate::ShapeId(203),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CancelHandshake",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(23)),
        output: Some(crate::ShapeId(24)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(31),
            crate::ShapeId(114),
            crate::ShapeId(127),
            crate::ShapeId(108),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CloseAccount",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(30)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(7),
            crate::ShapeId(13),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(32),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateAccount",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(37)),
        output: Some(crate::ShapeId(39)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(105),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateGovCloudAccount",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(45)),
        output: Some(crate::ShapeId(46)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(105),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateOrganization",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(47)),
        output: Some(crate::ShapeId(48)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(20),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(4),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateOrganizationalUnit",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(49)),
        output: Some(crate::ShapeId(50)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(85),
            crate::ShapeId(128),
            crate::ShapeId(194),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreatePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(51)),
        output: Some(crate::ShapeId(52)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(87),
            crate::ShapeId(128),
            crate::ShapeId(175),
            crate::ShapeId(218),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeclineHandshake",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(53)),
        output: Some(crate::ShapeId(54)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(31),
            crate::ShapeId(114),
            crate::ShapeId(127),
            crate::ShapeId(108),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteOrganization",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: None,
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(184),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteOrganizationalUnit",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(59)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(128),
            crate::ShapeId(189),
            crate::ShapeId(190),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeletePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(60)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(128),
            crate::ShapeId(208),
            crate::ShapeId(211),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteResourcePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: None,
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(249),
            crate::ShapeId(267),
            crate::ShapeId(265),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(0),
            crate::ShapeId(231),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeregisterDelegatedAdministrator",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(61)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(13),
            crate::ShapeId(14),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(265),
            crate::ShapeId(249),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeAccount",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(62)),
        output: Some(crate::ShapeId(63)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(13),
            crate::ShapeId(0),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeCreateAccountStatus",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(64)),
        output: Some(crate::ShapeId(65)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(43),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeEffectivePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(66)),
        output: Some(crate::ShapeId(67)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(33),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(260),
            crate::ShapeId(89),
            crate::ShapeId(128),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeHandshake",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(68)),
        output: Some(crate::ShapeId(69)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(31),
            crate::ShapeId(114),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeOrganization",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: None,
        output: Some(crate::ShapeId(70)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeOrganizationalUnit",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(71)),
        output: Some(crate::ShapeId(72)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(128),
            crate::ShapeId(190),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(73)),
        output: Some(crate::ShapeId(74)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(128),
            crate::ShapeId(211),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeResourcePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: None,
        output: Some(crate::ShapeId(75)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(249),
            crate::ShapeId(267),
            crate::ShapeId(265),
            crate::ShapeId(0),
            crate::ShapeId(231),
            crate::ShapeId(33),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeResponsibilityTransfer",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(76)),
        output: Some(crate::ShapeId(77)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(238),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DetachPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(79)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(210),
            crate::ShapeId(211),
            crate::ShapeId(249),
            crate::ShapeId(260),
            crate::ShapeId(265),
            crate::ShapeId(267),
            crate::ShapeId(203),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableAWSServiceAccess",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(80)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisablePolicyType",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(81)),
        output: Some(crate::ShapeId(82)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(219),
            crate::ShapeId(247),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
            crate::ShapeId(203),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableAWSServiceAccess",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(94)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableAllFeatures",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(95)),
        output: Some(crate::ShapeId(96)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(110),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnablePolicyType",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(97)),
        output: Some(crate::ShapeId(98)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(217),
            crate::ShapeId(247),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(218),
            crate::ShapeId(267),
            crate::ShapeId(203),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "InviteAccountToOrganization",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(131)),
        output: Some(crate::ShapeId(132)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(15),
            crate::ShapeId(31),
            crate::ShapeId(110),
            crate::ShapeId(84),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(105),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "InviteOrganizationToTransferResponsibility",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(133)),
        output: Some(crate::ShapeId(134)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(84),
            crate::ShapeId(110),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "LeaveOrganization",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: None,
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(13),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(176),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAWSServiceAccessForOrganization",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(135)),
        output: Some(crate::ShapeId(136)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAccounts",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(139)),
        output: Some(crate::ShapeId(140)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAccountsForParent",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(137)),
        output: Some(crate::ShapeId(138)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(128),
            crate::ShapeId(194),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAccountsWithInvalidEffectivePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(141)),
        output: Some(crate::ShapeId(142)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(33),
            crate::ShapeId(89),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(128),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListChildren",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(143)),
        output: Some(crate::ShapeId(144)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(128),
            crate::ShapeId(194),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListCreateAccountStatus",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(145)),
        output: Some(crate::ShapeId(146)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListDelegatedAdministrators",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(147)),
        output: Some(crate::ShapeId(148)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(265),
            crate::ShapeId(249),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListDelegatedServicesForAccount",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(149)),
        output: Some(crate::ShapeId(150)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(13),
            crate::ShapeId(14),
            crate::ShapeId(0),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(265),
            crate::ShapeId(249),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListEffectivePolicyValidationErrors",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(151)),
        output: Some(crate::ShapeId(152)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(33),
            crate::ShapeId(89),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(13),
            crate::ShapeId(128),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListHandshakesForAccount",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(153)),
        output: Some(crate::ShapeId(154)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(31),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListHandshakesForOrganization",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(155)),
        output: Some(crate::ShapeId(156)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListInboundResponsibilityTransfers",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(157)),
        output: Some(crate::ShapeId(158)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(238),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListOrganizationalUnitsForParent",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(159)),
        output: Some(crate::ShapeId(160)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(128),
            crate::ShapeId(194),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListOutboundResponsibilityTransfers",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(161)),
        output: Some(crate::ShapeId(162)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListParents",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(163)),
        output: Some(crate::ShapeId(164)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(27),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListPolicies",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(167)),
        output: Some(crate::ShapeId(168)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListPoliciesForTarget",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(165)),
        output: Some(crate::ShapeId(166)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(260),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListRoots",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(169)),
        output: Some(crate::ShapeId(170)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListTagsForResource",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(171)),
        output: Some(crate::ShapeId(172)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(260),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListTargetsForPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(173)),
        output: Some(crate::ShapeId(174)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(128),
            crate::ShapeId(211),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "MoveAccount",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(178)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(128),
            crate::ShapeId(251),
            crate::ShapeId(78),
            crate::ShapeId(83),
            crate::ShapeId(13),
            crate::ShapeId(265),
            crate::ShapeId(31),
            crate::ShapeId(0),
            crate::ShapeId(249),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutResourcePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(223)),
        output: Some(crate::ShapeId(224)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(249),
            crate::ShapeId(267),
            crate::ShapeId(265),
            crate::ShapeId(31),
            crate::ShapeId(128),
            crate::ShapeId(33),
            crate::ShapeId(0),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RegisterDelegatedAdministrator",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(225)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(8),
            crate::ShapeId(13),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(265),
            crate::ShapeId(249),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RemoveAccountFromOrganization",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(226)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(13),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(176),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TagResource",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(255)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(31),
            crate::ShapeId(0),
            crate::ShapeId(260),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TerminateResponsibilityTransfer",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(262)),
        output: Some(crate::ShapeId(263)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(238),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
            crate::ShapeId(234),
            crate::ShapeId(130),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UntagResource",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(268)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(31),
            crate::ShapeId(0),
            crate::ShapeId(260),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateOrganizationalUnit",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(269)),
        output: Some(crate::ShapeId(270)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(85),
            crate::ShapeId(128),
            crate::ShapeId(190),
            crate::ShapeId(249),
            crate::ShapeId(265),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdatePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(271)),
        output: Some(crate::ShapeId(272)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(31),
            crate::ShapeId(33),
            crate::ShapeId(87),
            crate::ShapeId(128),
            crate::ShapeId(175),
            crate::ShapeId(211),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
            crate::ShapeId(203),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateResponsibilityTransfer",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(273)),
        output: Some(crate::ShapeId(274)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(0),
            crate::ShapeId(238),
            crate::ShapeId(33),
            crate::ShapeId(128),
            crate::ShapeId(249),
            crate::ShapeId(265),
            crate::ShapeId(267),
        ],
        unsigned: false,
    },
];

static SHAPES: [crate::Shape; 275] = [
    crate::Shape {
        name: "AWSOrganizationsNotInUseException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "AWSOrganizationsNotInUseException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AcceptHandshakeRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "HandshakeId",
            target: crate::ShapeId(113),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AcceptHandshakeResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Handshake",
            target: crate::ShapeId(107),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessDeniedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "AccessDeniedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessDeniedForDependencyException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "AccessDeniedForDependencyException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessDeniedForDependencyExceptionReason",
        kind: crate::ShapeKind::String,
        enum_values: &["ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Account",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Email",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Id",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JoinedMethod",
                target: crate::ShapeId(11),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JoinedTimestamp",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(12),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Paths",
                target: crate::ShapeId(199),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "State",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(17),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountAlreadyClosedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "AccountAlreadyClosedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountAlreadyRegisteredException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "AccountAlreadyRegisteredException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountArn",
        kind: crate::ShapeKind::String,
        pattern: Some("^arn:aws:organizations::\\d{12}:account\\/o-[a-z0-9]{10,32}\\/\\d{12}"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountId",
        kind: crate::ShapeKind::String,
        max: Some(12),
        pattern: Some("^\\d{12}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountJoinedMethod",
        kind: crate::ShapeKind::String,
        enum_values: &["INVITED", "CREATED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\s\\S]*"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "AccountNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountNotRegisteredException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "AccountNotRegisteredException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountOwnerNotVerifiedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "AccountOwnerNotVerifiedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountState",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "PENDING_ACTIVATION",
            "ACTIVE",
            "SUSPENDED",
            "PENDING_CLOSURE",
            "CLOSED",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["ACTIVE", "SUSPENDED", "PENDING_CLOSURE"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Accounts",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(6),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ActionType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "INVITE",
            "ENABLE_ALL_FEATURES",
            "APPROVE_ALL_FEATURES",
            "ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE",
            "TRANSFER_RESPONSIBILITY",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AlreadyInOrganizationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "AlreadyInOrganizationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyId",
                target: crate::ShapeId(206),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetId",
                target: crate::ShapeId(213),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AwsManagedPolicy",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CancelHandshakeRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "HandshakeId",
            target: crate::ShapeId(113),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CancelHandshakeResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Handshake",
            target: crate::ShapeId(107),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Child",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Id",
                target: crate::ShapeId(26),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(28),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ChildId",
        kind: crate::ShapeKind::String,
        max: Some(100),
        pattern: Some("^(\\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ChildNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ChildNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ChildType",
        kind: crate::ShapeKind::String,
        enum_values: &["ACCOUNT", "ORGANIZATIONAL_UNIT"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Children",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(25),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CloseAccountRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccountId",
            target: crate::ShapeId(10),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConcurrentModificationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
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
        name: "ConflictException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
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
        name: "ConstraintViolationException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(34),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "ConstraintViolationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConstraintViolationExceptionReason",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
            "HANDSHAKE_RATE_LIMIT_EXCEEDED",
            "OU_NUMBER_LIMIT_EXCEEDED",
            "OU_DEPTH_LIMIT_EXCEEDED",
            "POLICY_NUMBER_LIMIT_EXCEEDED",
            "POLICY_CONTENT_LIMIT_EXCEEDED",
            "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
            "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
            "ACCOUNT_CANNOT_LEAVE_ORGANIZATION",
            "ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA",
            "ACCOUNT_CANNOT_LEAVE_WITHOUT_PHONE_VERIFICATION",
            "MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED",
            "MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED",
            "ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED",
            "MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE",
            "MASTER_ACCOUNT_MISSING_CONTACT_INFO",
            "MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED",
            "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE",
            "CREATE_ORGANIZATION_IN_BILLING_MODE_UNSUPPORTED_REGION",
            "EMAIL_VERIFICATION_CODE_EXPIRED",
            "WAIT_PERIOD_ACTIVE",
            "MAX_TAG_LIMIT_EXCEEDED",
            "TAG_POLICY_VIOLATION",
            "MAX_DELEGATED_ADMINISTRATORS_FOR_SERVICE_LIMIT_EXCEEDED",
            "CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR",
            "CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG",
            "DELEGATED_ADMINISTRATOR_EXISTS_FOR_THIS_SERVICE",
            "POLICY_TYPE_ENABLED_FOR_THIS_SERVICE",
            "MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE",
            "CANNOT_CLOSE_MANAGEMENT_ACCOUNT",
            "CLOSE_ACCOUNT_QUOTA_EXCEEDED",
            "CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED",
            "SERVICE_ACCESS_NOT_ENABLED",
            "INVALID_PAYMENT_INSTRUMENT",
            "ACCOUNT_CREATION_NOT_COMPLETE",
            "CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR",
            "ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED",
            "RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION",
            "RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION",
            "RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION",
            "RESPONSIBILITY_TRANSFER_MAX_TRANSFERS_QUOTA_VIOLATION",
            "ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS",
            "TRANSFER_RESPONSIBILITY_TARGET_DELETION_IN_PROGRESS",
            "TRANSFER_RESPONSIBILITY_SOURCE_DELETION_IN_PROGRESS",
            "UNSUPPORTED_PRICING",
            "UNMET_BILLING_PREREQUISITE",
            "ACCOUNT_NOT_ACTIVE_FOR_TRANSFER_RESPONSIBILITY",
            "TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccountFailureReason",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "ACCOUNT_LIMIT_EXCEEDED",
            "EMAIL_ALREADY_EXISTS",
            "INVALID_ADDRESS",
            "INVALID_EMAIL",
            "CONCURRENT_ACCOUNT_MODIFICATION",
            "INTERNAL_FAILURE",
            "GOVCLOUD_ACCOUNT_ALREADY_EXISTS",
            "MISSING_BUSINESS_VALIDATION",
            "FAILED_BUSINESS_VALIDATION",
            "PENDING_BUSINESS_VALIDATION",
            "INVALID_IDENTITY_FOR_BUSINESS_VALIDATION",
            "UNKNOWN_BUSINESS_VALIDATION",
            "MISSING_PAYMENT_INSTRUMENT",
            "INVALID_PAYMENT_INSTRUMENT",
            "UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccountName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(50),
        pattern: Some("[\\u0020-\\u007E]+"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccountRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountName",
                target: crate::ShapeId(36),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Email",
                target: crate::ShapeId(93),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IamUserAccessToBilling",
                target: crate::ShapeId(126),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(258),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccountRequestId",
        kind: crate::ShapeKind::String,
        max: Some(36),
        pattern: Some("^car-[a-z0-9]{8,32}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccountResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "CreateAccountStatus",
            target: crate::ShapeId(42),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccountState",
        kind: crate::ShapeKind::String,
        enum_values: &["IN_PROGRESS", "SUCCEEDED", "FAILED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccountStates",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(40),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccountStatus",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AccountName",
                target: crate::ShapeId(36),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CompletedTimestamp",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FailureReason",
                target: crate::ShapeId(35),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GovCloudAccountId",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Id",
                target: crate::ShapeId(38),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestedTimestamp",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "State",
                target: crate::ShapeId(40),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccountStatusNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "CreateAccountStatusNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccountStatuses",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(42),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateGovCloudAccountRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountName",
                target: crate::ShapeId(36),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Email",
                target: crate::ShapeId(93),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IamUserAccessToBilling",
                target: crate::ShapeId(126),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(258),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateGovCloudAccountResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "CreateAccountStatus",
            target: crate::ShapeId(42),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateOrganizationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "FeatureSet",
            target: crate::ShapeId(182),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateOrganizationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Organization",
            target: crate::ShapeId(180),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateOrganizationalUnitRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(188),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentId",
                target: crate::ShapeId(193),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(258),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateOrganizationalUnitResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "OrganizationalUnit",
            target: crate::ShapeId(185),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreatePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Content",
                target: crate::ShapeId(204),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(205),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(209),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(258),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(216),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreatePolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Policy",
            target: crate::ShapeId(201),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeclineHandshakeRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "HandshakeId",
            target: crate::ShapeId(113),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeclineHandshakeResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Handshake",
            target: crate::ShapeId(107),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DelegatedAdministrator",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DelegationEnabledDate",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Email",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Id",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JoinedMethod",
                target: crate::ShapeId(11),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JoinedTimestamp",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(12),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "State",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(17),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DelegatedAdministrators",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(55),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DelegatedService",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DelegationEnabledDate",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServicePrincipal",
                target: crate::ShapeId(250),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DelegatedServices",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(57),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteOrganizationalUnitRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "OrganizationalUnitId",
            target: crate::ShapeId(187),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeletePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PolicyId",
            target: crate::ShapeId(206),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeregisterDelegatedAdministratorRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(10),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServicePrincipal",
                target: crate::ShapeId(250),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeAccountRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccountId",
            target: crate::ShapeId(10),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeAccountResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Account",
            target: crate::ShapeId(6),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeCreateAccountStatusRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "CreateAccountRequestId",
            target: crate::ShapeId(38),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeCreateAccountStatusResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "CreateAccountStatus",
            target: crate::ShapeId(42),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeEffectivePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyType",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetId",
                target: crate::ShapeId(213),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeEffectivePolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "EffectivePolicy",
            target: crate::ShapeId(88),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeHandshakeRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "HandshakeId",
            target: crate::ShapeId(113),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeHandshakeResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Handshake",
            target: crate::ShapeId(107),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeOrganizationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Organization",
            target: crate::ShapeId(180),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeOrganizationalUnitRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "OrganizationalUnitId",
            target: crate::ShapeId(187),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeOrganizationalUnitResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "OrganizationalUnit",
            target: crate::ShapeId(185),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PolicyId",
            target: crate::ShapeId(206),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribePolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Policy",
            target: crate::ShapeId(201),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeResourcePolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ResourcePolicy",
            target: crate::ShapeId(227),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeResponsibilityTransferRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Id",
            target: crate::ShapeId(236),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeResponsibilityTransferResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ResponsibilityTransfer",
            target: crate::ShapeId(233),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DestinationParentNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DestinationParentNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyId",
                target: crate::ShapeId(206),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetId",
                target: crate::ShapeId(213),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableAWSServiceAccessRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ServicePrincipal",
            target: crate::ShapeId(250),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisablePolicyTypeRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyType",
                target: crate::ShapeId(216),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RootId",
                target: crate::ShapeId(245),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisablePolicyTypeResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Root",
            target: crate::ShapeId(243),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DuplicateAccountException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DuplicateAccountException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DuplicateHandshakeException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DuplicateHandshakeException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DuplicateOrganizationalUnitException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DuplicateOrganizationalUnitException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DuplicatePolicyAttachmentException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DuplicatePolicyAttachmentException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DuplicatePolicyException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DuplicatePolicyException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EffectivePolicy",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "LastUpdatedTimestamp",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyContent",
                target: crate::ShapeId(204),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyType",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetId",
                target: crate::ShapeId(213),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EffectivePolicyNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "EffectivePolicyNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EffectivePolicyType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "TAG_POLICY",
            "BACKUP_POLICY",
            "AISERVICES_OPT_OUT_POLICY",
            "CHATBOT_POLICY",
            "DECLARATIVE_POLICY_EC2",
            "SECURITYHUB_POLICY",
            "SECURITYHUB_CSPM_POLICY",
            "INSPECTOR_POLICY",
            "UPGRADE_ROLLOUT_POLICY",
            "BEDROCK_POLICY",
            "S3_POLICY",
            "NETWORK_SECURITY_DIRECTOR_POLICY",
            "GUARDDUTY_POLICY",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EffectivePolicyValidationError",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ContributingPolicies",
                target: crate::ShapeId(207),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ErrorCode",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ErrorMessage",
                target: crate::ShapeId(102),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PathToError",
                target: crate::ShapeId(198),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EffectivePolicyValidationErrors",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(91),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Email",
        kind: crate::ShapeKind::String,
        min: Some(6),
        max: Some(64),
        pattern: Some("[^\\s@]+@[^\\s@]+\\.[^\\s@]+"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableAWSServiceAccessRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ServicePrincipal",
            target: crate::ShapeId(250),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableAllFeaturesRequest",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableAllFeaturesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Handshake",
            target: crate::ShapeId(107),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnablePolicyTypeRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyType",
                target: crate::ShapeId(216),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RootId",
                target: crate::ShapeId(245),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnablePolicyTypeResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Root",
            target: crate::ShapeId(243),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnabledServicePrincipal",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DateEnabled",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServicePrincipal",
                target: crate::ShapeId(250),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnabledServicePrincipals",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(99),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ErrorCode",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ErrorMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExceptionType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FinalizingOrganizationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "FinalizingOrganizationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GenericArn",
        kind: crate::ShapeKind::String,
        pattern: Some("^arn:aws:organizations::.+:.+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Handshake",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Action",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(109),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExpirationTimestamp",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Id",
                target: crate::ShapeId(113),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Parties",
                target: crate::ShapeId(116),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestedTimestamp",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Resources",
                target: crate::ShapeId(123),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "State",
                target: crate::ShapeId(124),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeAlreadyInStateException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "HandshakeAlreadyInStateException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeArn",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^arn:aws:organizations::\\d{12}:handshake\\/o-[a-z0-9]{10,32}\\/[a-z_]{1,32}\\/h-[0-9a-z]{8,32}",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeConstraintViolationException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(111),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "HandshakeConstraintViolationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeConstraintViolationExceptionReason",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
            "HANDSHAKE_RATE_LIMIT_EXCEEDED",
            "ALREADY_IN_AN_ORGANIZATION",
            "ORGANIZATION_ALREADY_HAS_ALL_FEATURES",
            "ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION",
            "INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES",
            "PAYMENT_INSTRUMENT_REQUIRED",
            "ORGANIZATION_FROM_DIFFERENT_SELLER_OF_RECORD",
            "ORGANIZATION_MEMBERSHIP_CHANGE_RATE_LIMIT_EXCEEDED",
            "MANAGEMENT_ACCOUNT_EMAIL_NOT_VERIFIED",
            "RESPONSIBILITY_TRANSFER_ALREADY_EXISTS",
            "SOURCE_AND_TARGET_CANNOT_MATCH",
            "UNUSED_PREPAYMENT_BALANCE",
            "LEGACY_PERMISSIONS_STILL_IN_USE",
            "PAST_DUE_INVOICE",
            "TARGET_ACCOUNT_VALIDATION_FAILURE",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeFilter",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ActionType",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentHandshakeId",
                target: crate::ShapeId(113),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeId",
        kind: crate::ShapeKind::String,
        max: Some(34),
        pattern: Some("^h-[0-9a-z]{8,32}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "HandshakeNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeNotes",
        kind: crate::ShapeKind::String,
        max: Some(1024),
        pattern: Some("[\\s\\S]*"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeParties",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(117),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeParty",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Id",
                target: crate::ShapeId(118),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(119),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakePartyId",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some("[\\s\\S]*"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakePartyType",
        kind: crate::ShapeKind::String,
        enum_values: &["ACCOUNT", "ORGANIZATION", "EMAIL"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeResource",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Resources",
                target: crate::ShapeId(123),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(121),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(122),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeResourceType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "ACCOUNT",
            "ORGANIZATION",
            "ORGANIZATION_FEATURE_SET",
            "EMAIL",
            "MASTER_EMAIL",
            "MASTER_NAME",
            "NOTES",
            "PARENT_HANDSHAKE",
            "RESPONSIBILITY_TRANSFER",
            "TRANSFER_START_TIMESTAMP",
            "TRANSFER_TYPE",
            "MANAGEMENT_ACCOUNT",
            "MANAGEMENT_EMAIL",
            "MANAGEMENT_NAME",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeResourceValue",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeResources",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(120),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HandshakeState",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "REQUESTED",
            "OPEN",
            "CANCELED",
            "ACCEPTED",
            "DECLINED",
            "EXPIRED",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Handshakes",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(107),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IAMUserAccessToBilling",
        kind: crate::ShapeKind::String,
        enum_values: &["ALLOW", "DENY"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidHandshakeTransitionException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidHandshakeTransitionException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidInputException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(129),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidInputException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidInputExceptionReason",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "INVALID_PARTY_TYPE_TARGET",
            "INVALID_SYNTAX_ORGANIZATION_ARN",
            "INVALID_SYNTAX_POLICY_ID",
            "INVALID_ENUM",
            "INVALID_ENUM_POLICY_TYPE",
            "INVALID_LIST_MEMBER",
            "MAX_LENGTH_EXCEEDED",
            "MAX_VALUE_EXCEEDED",
            "MIN_LENGTH_EXCEEDED",
            "MIN_VALUE_EXCEEDED",
            "IMMUTABLE_POLICY",
            "INVALID_PATTERN",
            "INVALID_PATTERN_TARGET_ID",
            "INPUT_REQUIRED",
            "INVALID_NEXT_TOKEN",
            "MAX_LIMIT_EXCEEDED_FILTER",
            "MOVING_ACCOUNT_BETWEEN_DIFFERENT_ROOTS",
            "INVALID_FULL_NAME_TARGET",
            "UNRECOGNIZED_SERVICE_PRINCIPAL",
            "INVALID_ROLE_NAME",
            "INVALID_SYSTEM_TAGS_PARAMETER",
            "DUPLICATE_TAG_KEY",
            "TARGET_NOT_SUPPORTED",
            "INVALID_EMAIL_ADDRESS_TARGET",
            "INVALID_RESOURCE_POLICY_JSON",
            "INVALID_PRINCIPAL",
            "UNSUPPORTED_ACTION_IN_RESOURCE_POLICY",
            "UNSUPPORTED_POLICY_TYPE_IN_RESOURCE_POLICY",
            "UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY",
            "NON_DETACHABLE_POLICY",
            "CALLER_REQUIRED_FIELD_MISSING",
            "UNSUPPORTED_ACTION_IN_RESPONSIBILITY_TRANSFER",
            "START_DATE_NOT_BEGINNING_OF_MONTH",
            "START_DATE_NOT_BEGINNING_OF_DAY",
            "START_DATE_TOO_EARLY",
            "START_DATE_TOO_LATE",
            "INVALID_START_DATE",
            "END_DATE_NOT_END_OF_MONTH",
            "END_DATE_TOO_EARLY",
            "END_DATE_TOO_LATE",
            "INVALID_END_DATE",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidResponsibilityTransferTransitionException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidResponsibilityTransferTransitionException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InviteAccountToOrganizationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Notes",
                target: crate::ShapeId(115),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(258),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Target",
                target: crate::ShapeId(117),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InviteAccountToOrganizationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Handshake",
            target: crate::ShapeId(107),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InviteOrganizationToTransferResponsibilityRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Notes",
                target: crate::ShapeId(115),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceName",
                target: crate::ShapeId(237),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartTimestamp",
                target: crate::ShapeId(264),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(258),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Target",
                target: crate::ShapeId(117),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(240),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InviteOrganizationToTransferResponsibilityResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Handshake",
            target: crate::ShapeId(107),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAWSServiceAccessForOrganizationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAWSServiceAccessForOrganizationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EnabledServicePrincipals",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountsForParentRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentId",
                target: crate::ShapeId(193),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountsForParentResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Accounts",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
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
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
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
                name: "Accounts",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountsWithInvalidEffectivePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyType",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountsWithInvalidEffectivePolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Accounts",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyType",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListChildrenRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ChildType",
                target: crate::ShapeId(28),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentId",
                target: crate::ShapeId(193),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListChildrenResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Children",
                target: crate::ShapeId(29),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListCreateAccountStatusRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "States",
                target: crate::ShapeId(41),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListCreateAccountStatusResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreateAccountStatuses",
                target: crate::ShapeId(44),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListDelegatedAdministratorsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServicePrincipal",
                target: crate::ShapeId(250),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListDelegatedAdministratorsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DelegatedAdministrators",
                target: crate::ShapeId(56),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListDelegatedServicesForAccountRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(10),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListDelegatedServicesForAccountResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DelegatedServices",
                target: crate::ShapeId(58),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListEffectivePolicyValidationErrorsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(10),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyType",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListEffectivePolicyValidationErrorsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EffectivePolicyValidationErrors",
                target: crate::ShapeId(92),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EvaluationTimestamp",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(197),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyType",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListHandshakesForAccountRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Filter",
                target: crate::ShapeId(112),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListHandshakesForAccountResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Handshakes",
                target: crate::ShapeId(125),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListHandshakesForOrganizationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Filter",
                target: crate::ShapeId(112),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListHandshakesForOrganizationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Handshakes",
                target: crate::ShapeId(125),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInboundResponsibilityTransfersRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Id",
                target: crate::ShapeId(236),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(240),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInboundResponsibilityTransfersResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResponsibilityTransfers",
                target: crate::ShapeId(241),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListOrganizationalUnitsForParentRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentId",
                target: crate::ShapeId(193),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListOrganizationalUnitsForParentResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationalUnits",
                target: crate::ShapeId(191),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListOutboundResponsibilityTransfersRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(240),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListOutboundResponsibilityTransfersResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResponsibilityTransfers",
                target: crate::ShapeId(241),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListParentsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ChildId",
                target: crate::ShapeId(26),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListParentsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Parents",
                target: crate::ShapeId(196),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPoliciesForTargetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Filter",
                target: crate::ShapeId(216),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetId",
                target: crate::ShapeId(213),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPoliciesForTargetResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Policies",
                target: crate::ShapeId(200),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPoliciesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Filter",
                target: crate::ShapeId(216),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPoliciesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Policies",
                target: crate::ShapeId(200),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListRootsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListRootsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Roots",
                target: crate::ShapeId(248),
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
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceId",
                target: crate::ShapeId(257),
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
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(258),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTargetsForPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyId",
                target: crate::ShapeId(206),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTargetsForPolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Targets",
                target: crate::ShapeId(215),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MalformedPolicyDocumentException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "MalformedPolicyDocumentException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MasterCannotLeaveOrganizationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "MasterCannotLeaveOrganizationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MaxResults",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(20),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MoveAccountRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(10),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DestinationParentId",
                target: crate::ShapeId(193),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceParentId",
                target: crate::ShapeId(193),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NextToken",
        kind: crate::ShapeKind::String,
        max: Some(100000),
        pattern: Some("[\\s\\S]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Organization",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(181),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AvailablePolicyTypes",
                target: crate::ShapeId(222),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FeatureSet",
                target: crate::ShapeId(182),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Id",
                target: crate::ShapeId(183),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MasterAccountArn",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MasterAccountEmail",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MasterAccountId",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationArn",
        kind: crate::ShapeKind::String,
        pattern: Some("^arn:aws:organizations::\\d{12}:organization\\/o-[a-z0-9]{10,32}"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationFeatureSet",
        kind: crate::ShapeKind::String,
        enum_values: &["ALL", "CONSOLIDATED_BILLING"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationId",
        kind: crate::ShapeKind::String,
        pattern: Some("^o-[a-z0-9]{10,32}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationNotEmptyException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "OrganizationNotEmptyException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationalUnit",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(186),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Id",
                target: crate::ShapeId(187),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(188),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(197),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationalUnitArn",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^arn:aws:organizations::\\d{12}:ou\\/o-[a-z0-9]{10,32}\\/ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationalUnitId",
        kind: crate::ShapeKind::String,
        max: Some(68),
        pattern: Some("^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationalUnitName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\s\\S]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationalUnitNotEmptyException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "OrganizationalUnitNotEmptyException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationalUnitNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "OrganizationalUnitNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationalUnits",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(185),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Parent",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Id",
                target: crate::ShapeId(193),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(195),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ParentId",
        kind: crate::ShapeKind::String,
        max: Some(100),
        pattern: Some("^(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ParentNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ParentNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ParentType",
        kind: crate::ShapeKind::String,
        enum_values: &["ROOT", "ORGANIZATIONAL_UNIT"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Parents",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(192),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Path",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^(o-[a-z0-9]{10,32}\\/r-[0-9a-z]{4,32}(\\/ou\\-[0-9a-z]{4,32}-[a-z0-9]{8,32})*(\\/\\d{12})*)\\/",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PathToError",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Paths",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(197),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Policies",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(212),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Policy",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Content",
                target: crate::ShapeId(204),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicySummary",
                target: crate::ShapeId(212),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyArn",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^(arn:aws:organizations::\\d{12}:policy\\/o-[a-z0-9]{10,32}\\/[0-9a-z_]+\\/p-[0-9a-z]{10,32})|(arn:aws:organizations::aws:policy\\/[0-9a-z_]+\\/p-[0-9a-zA-Z_]{10,128})",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyChangesInProgressException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "PolicyChangesInProgressException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyContent",
        kind: crate::ShapeKind::String,
        min: Some(1),
        pattern: Some("[\\s\\S]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyDescription",
        kind: crate::ShapeKind::String,
        max: Some(512),
        pattern: Some("[\\s\\S]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyId",
        kind: crate::ShapeKind::String,
        max: Some(130),
        pattern: Some("^p-[0-9a-zA-Z_]{8,128}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyIds",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(206),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyInUseException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "PolicyInUseException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\s\\S]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyNotAttachedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "PolicyNotAttachedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "PolicyNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicySummary",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(202),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AwsManaged",
                target: crate::ShapeId(22),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(205),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Id",
                target: crate::ShapeId(206),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(209),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyTargetId",
        kind: crate::ShapeKind::String,
        max: Some(100),
        pattern: Some("^(r-[0-9a-z]{4,32})|(\\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyTargetSummary",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(106),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(259),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetId",
                target: crate::ShapeId(213),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(261),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyTargets",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(214),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "SERVICE_CONTROL_POLICY",
            "RESOURCE_CONTROL_POLICY",
            "TAG_POLICY",
            "BACKUP_POLICY",
            "AISERVICES_OPT_OUT_POLICY",
            "CHATBOT_POLICY",
            "DECLARATIVE_POLICY_EC2",
            "SECURITYHUB_POLICY",
            "SECURITYHUB_CSPM_POLICY",
            "INSPECTOR_POLICY",
            "UPGRADE_ROLLOUT_POLICY",
            "BEDROCK_POLICY",
            "S3_POLICY",
            "NETWORK_SECURITY_DIRECTOR_POLICY",
            "GUARDDUTY_POLICY",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyTypeAlreadyEnabledException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "PolicyTypeAlreadyEnabledException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyTypeNotAvailableForOrganizationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "PolicyTypeNotAvailableForOrganizationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyTypeNotEnabledException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "PolicyTypeNotEnabledException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyTypeStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["ENABLED", "PENDING_ENABLE", "PENDING_DISABLE"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyTypeSummary",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Status",
                target: crate::ShapeId(220),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyTypes",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(221),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutResourcePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Content",
                target: crate::ShapeId(229),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(258),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutResourcePolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ResourcePolicy",
            target: crate::ShapeId(227),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegisterDelegatedAdministratorRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(10),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServicePrincipal",
                target: crate::ShapeId(250),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveAccountFromOrganizationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccountId",
            target: crate::ShapeId(10),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourcePolicy",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Content",
                target: crate::ShapeId(229),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourcePolicySummary",
                target: crate::ShapeId(232),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourcePolicyArn",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^arn:[a-z0-9][a-z0-9-.]{0,62}:organizations::\\d{12}:resourcepolicy\\/o-[a-z0-9]{10,32}\\/rp-[0-9a-zA-Z_]{4,128}",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourcePolicyContent",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(40000),
        pattern: Some("[\\s\\S]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourcePolicyId",
        kind: crate::ShapeKind::String,
        max: Some(131),
        pattern: Some("^rp-[0-9a-zA-Z_]{4,128}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourcePolicyNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ResourcePolicyNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourcePolicySummary",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(228),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Id",
                target: crate::ShapeId(230),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResponsibilityTransfer",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ActiveHandshakeId",
                target: crate::ShapeId(113),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EndTimestamp",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Id",
                target: crate::ShapeId(236),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(237),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Source",
                target: crate::ShapeId(266),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartTimestamp",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(239),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Target",
                target: crate::ShapeId(266),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(240),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResponsibilityTransferAlreadyInStatusException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ResponsibilityTransferAlreadyInStatusException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResponsibilityTransferArn",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^arn:[a-z0-9][a-z0-9-.]{0,62}:organizations::\\d{12}:transfer\\/o-[a-z0-9]{10,32}\\/(billing)\\/(inbound|outbound)\\/rt-[0-9a-z]{8,32}$",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResponsibilityTransferId",
        kind: crate::ShapeKind::String,
        pattern: Some("^rt-[0-9a-z]{8,32}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResponsibilityTransferName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("^[ -~]+$"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResponsibilityTransferNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ResponsibilityTransferNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResponsibilityTransferStatus",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "REQUESTED",
            "DECLINED",
            "CANCELED",
            "EXPIRED",
            "ACCEPTED",
            "WITHDRAWN",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResponsibilityTransferType",
        kind: crate::ShapeKind::String,
        enum_values: &["BILLING"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResponsibilityTransfers",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(233),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleName",
        kind: crate::ShapeKind::String,
        max: Some(64),
        pattern: Some("[\\w+=,.@-]{1,64}"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Root",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(244),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Id",
                target: crate::ShapeId(245),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(246),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyTypes",
                target: crate::ShapeId(222),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RootArn",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^arn:aws:organizations::\\d{12}:root\\/o-[a-z0-9]{10,32}\\/r-[0-9a-z]{4,32}",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RootId",
        kind: crate::ShapeKind::String,
        max: Some(34),
        pattern: Some("^r-[0-9a-z]{4,32}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RootName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RootNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "RootNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Roots",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(243),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ServiceException",
            http_status: 500,
            sender_fault: false,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServicePrincipal",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w+=,.@-]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SourceParentNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "SourceParentNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Tag",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Key",
                target: crate::ShapeId(253),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(256),
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
        pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagKeys",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(253),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagResourceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ResourceId",
                target: crate::ShapeId(257),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(258),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagValue",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(256),
        pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TaggableResourceId",
        kind: crate::ShapeKind::String,
        max: Some(130),
        pattern: Some(
            "^(r-[0-9a-z]{4,32})|(\\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})|(^p-[0-9a-zA-Z_]{8,128})|(^rp-[0-9a-zA-Z_]{4,128})|(^rt-[0-9a-zA-Z_]{8,32})$",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Tags",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(252),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TargetName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TargetNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "TargetNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TargetType",
        kind: crate::ShapeKind::String,
        enum_values: &["ACCOUNT", "ORGANIZATIONAL_UNIT", "ROOT"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TerminateResponsibilityTransferRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EndTimestamp",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Id",
                target: crate::ShapeId(236),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TerminateResponsibilityTransferResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ResponsibilityTransfer",
            target: crate::ShapeId(233),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Timestamp",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TooManyRequestsException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(104),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "TooManyRequestsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TransferParticipant",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ManagementAccountEmail",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ManagementAccountId",
                target: crate::ShapeId(10),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnsupportedAPIEndpointException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(103),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "UnsupportedAPIEndpointException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UntagResourceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ResourceId",
                target: crate::ShapeId(257),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagKeys",
                target: crate::ShapeId(254),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateOrganizationalUnitRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(188),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationalUnitId",
                target: crate::ShapeId(187),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateOrganizationalUnitResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "OrganizationalUnit",
            target: crate::ShapeId(185),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdatePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Content",
                target: crate::ShapeId(204),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(205),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(209),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyId",
                target: crate::ShapeId(206),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdatePolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Policy",
            target: crate::ShapeId(201),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateResponsibilityTransferRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Id",
                target: crate::ShapeId(236),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(237),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateResponsibilityTransferResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ResponsibilityTransfer",
            target: crate::ShapeId(233),
            ..crate::Member::EMPTY
        }],
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
        "AWSOrganizationsNotInUseException" => via::<AWSOrganizationsNotInUseException>(value),
        "AcceptHandshakeRequest" => via::<AcceptHandshakeRequest>(value),
        "AcceptHandshakeResponse" => via::<AcceptHandshakeResponse>(value),
        "AccessDeniedException" => via::<AccessDeniedException>(value),
        "AccessDeniedForDependencyException" => via::<AccessDeniedForDependencyException>(value),
        "Account" => via::<Account>(value),
        "AccountAlreadyClosedException" => via::<AccountAlreadyClosedException>(value),
        "AccountAlreadyRegisteredException" => via::<AccountAlreadyRegisteredException>(value),
        "AccountNotFoundException" => via::<AccountNotFoundException>(value),
        "AccountNotRegisteredException" => via::<AccountNotRegisteredException>(value),
        "AccountOwnerNotVerifiedException" => via::<AccountOwnerNotVerifiedException>(value),
        "AlreadyInOrganizationException" => via::<AlreadyInOrganizationException>(value),
        "AttachPolicyRequest" => via::<AttachPolicyRequest>(value),
        "CancelHandshakeRequest" => via::<CancelHandshakeRequest>(value),
        "CancelHandshakeResponse" => via::<CancelHandshakeResponse>(value),
        "Child" => via::<Child>(value),
        "ChildNotFoundException" => via::<ChildNotFoundException>(value),
        "CloseAccountRequest" => via::<CloseAccountRequest>(value),
        "ConcurrentModificationException" => via::<ConcurrentModificationException>(value),
        "ConflictException" => via::<ConflictException>(value),
        "ConstraintViolationException" => via::<ConstraintViolationException>(value),
        "CreateAccountRequest" => via::<CreateAccountRequest>(value),
        "CreateAccountResponse" => via::<CreateAccountResponse>(value),
        "CreateAccountStatus" => via::<CreateAccountStatus>(value),
        "CreateAccountStatusNotFoundException" => {
            via::<CreateAccountStatusNotFoundException>(value)
        }
        "CreateGovCloudAccountRequest" => via::<CreateGovCloudAccountRequest>(value),
        "CreateGovCloudAccountResponse" => via::<CreateGovCloudAccountResponse>(value),
        "CreateOrganizationRequest" => via::<CreateOrganizationRequest>(value),
        "CreateOrganizationResponse" => via::<CreateOrganizationResponse>(value),
        "CreateOrganizationalUnitRequest" => via::<CreateOrganizationalUnitRequest>(value),
        "CreateOrganizationalUnitResponse" => via::<CreateOrganizationalUnitResponse>(value),
        "CreatePolicyRequest" => via::<CreatePolicyRequest>(value),
        "CreatePolicyResponse" => via::<CreatePolicyResponse>(value),
        "DeclineHandshakeRequest" => via::<DeclineHandshakeRequest>(value),
        "DeclineHandshakeResponse" => via::<DeclineHandshakeResponse>(value),
        "DelegatedAdministrator" => via::<DelegatedAdministrator>(value),
        "DelegatedService" => via::<DelegatedService>(value),
        "DeleteOrganizationalUnitRequest" => via::<DeleteOrganizationalUnitRequest>(value),
        "DeletePolicyRequest" => via::<DeletePolicyRequest>(value),
        "DeregisterDelegatedAdministratorRequest" => {
            via::<DeregisterDelegatedAdministratorRequest>(value)
        }
        "DescribeAccountRequest" => via::<DescribeAccountRequest>(value),
        "DescribeAccountResponse" => via::<DescribeAccountResponse>(value),
        "DescribeCreateAccountStatusRequest" => via::<DescribeCreateAccountStatusRequest>(value),
        "DescribeCreateAccountStatusResponse" => via::<DescribeCreateAccountStatusResponse>(value),
        "DescribeEffectivePolicyRequest" => via::<DescribeEffectivePolicyRequest>(value),
        "DescribeEffectivePolicyResponse" => via::<DescribeEffectivePolicyResponse>(value),
        "DescribeHandshakeRequest" => via::<DescribeHandshakeRequest>(value),
        "DescribeHandshakeResponse" => via::<DescribeHandshakeResponse>(value),
        "DescribeOrganizationResponse" => via::<DescribeOrganizationResponse>(value),
        "DescribeOrganizationalUnitRequest" => via::<DescribeOrganizationalUnitRequest>(value),
        "DescribeOrganizationalUnitResponse" => via::<DescribeOrganizationalUnitResponse>(value),
        "DescribePolicyRequest" => via::<DescribePolicyRequest>(value),
        "DescribePolicyResponse" => via::<DescribePolicyResponse>(value),
        "DescribeResourcePolicyResponse" => via::<DescribeResourcePolicyResponse>(value),
        "DescribeResponsibilityTransferRequest" => {
            via::<DescribeResponsibilityTransferRequest>(value)
        }
        "DescribeResponsibilityTransferResponse" => {
            via::<DescribeResponsibilityTransferResponse>(value)
        }
        "DestinationParentNotFoundException" => via::<DestinationParentNotFoundException>(value),
        "DetachPolicyRequest" => via::<DetachPolicyRequest>(value),
        "DisableAWSServiceAccessRequest" => via::<DisableAWSServiceAccessRequest>(value),
        "DisablePolicyTypeRequest" => via::<DisablePolicyTypeRequest>(value),
        "DisablePolicyTypeResponse" => via::<DisablePolicyTypeResponse>(value),
        "DuplicateAccountException" => via::<DuplicateAccountException>(value),
        "DuplicateHandshakeException" => via::<DuplicateHandshakeException>(value),
        "DuplicateOrganizationalUnitException" => {
            via::<DuplicateOrganizationalUnitException>(value)
        }
        "DuplicatePolicyAttachmentException" => via::<DuplicatePolicyAttachmentException>(value),
        "DuplicatePolicyException" => via::<DuplicatePolicyException>(value),
        "EffectivePolicy" => via::<EffectivePolicy>(value),
        "EffectivePolicyNotFoundException" => via::<EffectivePolicyNotFoundException>(value),
        "EffectivePolicyValidationError" => via::<EffectivePolicyValidationError>(value),
        "EnableAWSServiceAccessRequest" => via::<EnableAWSServiceAccessRequest>(value),
        "EnableAllFeaturesRequest" => via::<EnableAllFeaturesRequest>(value),
        "EnableAllFeaturesResponse" => via::<EnableAllFeaturesResponse>(value),
        "EnablePolicyTypeRequest" => via::<EnablePolicyTypeRequest>(value),
        "EnablePolicyTypeResponse" => via::<EnablePolicyTypeResponse>(value),
        "EnabledServicePrincipal" => via::<EnabledServicePrincipal>(value),
        "FinalizingOrganizationException" => via::<FinalizingOrganizationException>(value),
        "Handshake" => via::<Handshake>(value),
        "HandshakeAlreadyInStateException" => via::<HandshakeAlreadyInStateException>(value),
        "HandshakeConstraintViolationException" => {
            via::<HandshakeConstraintViolationException>(value)
        }
        "HandshakeFilter" => via::<HandshakeFilter>(value),
        "HandshakeNotFoundException" => via::<HandshakeNotFoundException>(value),
        "HandshakeParty" => via::<HandshakeParty>(value),
        "HandshakeResource" => via::<HandshakeResource>(value),
        "InvalidHandshakeTransitionException" => via::<InvalidHandshakeTransitionException>(value),
        "InvalidInputException" => via::<InvalidInputException>(value),
        "InvalidResponsibilityTransferTransitionException" => {
            via::<InvalidResponsibilityTransferTransitionException>(value)
        }
        "InviteAccountToOrganizationRequest" => via::<InviteAccountToOrganizationRequest>(value),
        "InviteAccountToOrganizationResponse" => via::<InviteAccountToOrganizationResponse>(value),
        "InviteOrganizationToTransferResponsibilityRequest" => {
            via::<InviteOrganizationToTransferResponsibilityRequest>(value)
        }
        "InviteOrganizationToTransferResponsibilityResponse" => {
            via::<InviteOrganizationToTransferResponsibilityResponse>(value)
        }
        "ListAWSServiceAccessForOrganizationRequest" => {
            via::<ListAWSServiceAccessForOrganizationRequest>(value)
        }
        "ListAWSServiceAccessForOrganizationResponse" => {
            via::<ListAWSServiceAccessForOrganizationResponse>(value)
        }
        "ListAccountsForParentRequest" => via::<ListAccountsForParentRequest>(value),
        "ListAccountsForParentResponse" => via::<ListAccountsForParentResponse>(value),
        "ListAccountsRequest" => via::<ListAccountsRequest>(value),
        "ListAccountsResponse" => via::<ListAccountsResponse>(value),
        "ListAccountsWithInvalidEffectivePolicyRequest" => {
            via::<ListAccountsWithInvalidEffectivePolicyRequest>(value)
        }
        "ListAccountsWithInvalidEffectivePolicyResponse" => {
            via::<ListAccountsWithInvalidEffectivePolicyResponse>(value)
        }
        "ListChildrenRequest" => via::<ListChildrenRequest>(value),
        "ListChildrenResponse" => via::<ListChildrenResponse>(value),
        "ListCreateAccountStatusRequest" => via::<ListCreateAccountStatusRequest>(value),
        "ListCreateAccountStatusResponse" => via::<ListCreateAccountStatusResponse>(value),
        "ListDelegatedAdministratorsRequest" => via::<ListDelegatedAdministratorsRequest>(value),
        "ListDelegatedAdministratorsResponse" => via::<ListDelegatedAdministratorsResponse>(value),
        "ListDelegatedServicesForAccountRequest" => {
            via::<ListDelegatedServicesForAccountRequest>(value)
        }
        "ListDelegatedServicesForAccountResponse" => {
            via::<ListDelegatedServicesForAccountResponse>(value)
        }
        "ListEffectivePolicyValidationErrorsRequest" => {
            via::<ListEffectivePolicyValidationErrorsRequest>(value)
        }
        "ListEffectivePolicyValidationErrorsResponse" => {
            via::<ListEffectivePolicyValidationErrorsResponse>(value)
        }
        "ListHandshakesForAccountRequest" => via::<ListHandshakesForAccountRequest>(value),
        "ListHandshakesForAccountResponse" => via::<ListHandshakesForAccountResponse>(value),
        "ListHandshakesForOrganizationRequest" => {
            via::<ListHandshakesForOrganizationRequest>(value)
        }
        "ListHandshakesForOrganizationResponse" => {
            via::<ListHandshakesForOrganizationResponse>(value)
        }
        "ListInboundResponsibilityTransfersRequest" => {
            via::<ListInboundResponsibilityTransfersRequest>(value)
        }
        "ListInboundResponsibilityTransfersResponse" => {
            via::<ListInboundResponsibilityTransfersResponse>(value)
        }
        "ListOrganizationalUnitsForParentRequest" => {
            via::<ListOrganizationalUnitsForParentRequest>(value)
        }
        "ListOrganizationalUnitsForParentResponse" => {
            via::<ListOrganizationalUnitsForParentResponse>(value)
        }
        "ListOutboundResponsibilityTransfersRequest" => {
            via::<ListOutboundResponsibilityTransfersRequest>(value)
        }
        "ListOutboundResponsibilityTransfersResponse" => {
            via::<ListOutboundResponsibilityTransfersResponse>(value)
        }
        "ListParentsRequest" => via::<ListParentsRequest>(value),
        "ListParentsResponse" => via::<ListParentsResponse>(value),
        "ListPoliciesForTargetRequest" => via::<ListPoliciesForTargetRequest>(value),
        "ListPoliciesForTargetResponse" => via::<ListPoliciesForTargetResponse>(value),
        "ListPoliciesRequest" => via::<ListPoliciesRequest>(value),
        "ListPoliciesResponse" => via::<ListPoliciesResponse>(value),
        "ListRootsRequest" => via::<ListRootsRequest>(value),
        "ListRootsResponse" => via::<ListRootsResponse>(value),
        "ListTagsForResourceRequest" => via::<ListTagsForResourceRequest>(value),
        "ListTagsForResourceResponse" => via::<ListTagsForResourceResponse>(value),
        "ListTargetsForPolicyRequest" => via::<ListTargetsForPolicyRequest>(value),
        "ListTargetsForPolicyResponse" => via::<ListTargetsForPolicyResponse>(value),
        "MalformedPolicyDocumentException" => via::<MalformedPolicyDocumentException>(value),
        "MasterCannotLeaveOrganizationException" => {
            via::<MasterCannotLeaveOrganizationException>(value)
        }
        "MoveAccountRequest" => via::<MoveAccountRequest>(value),
        "Organization" => via::<Organization>(value),
        "OrganizationNotEmptyException" => via::<OrganizationNotEmptyException>(value),
        "OrganizationalUnit" => via::<OrganizationalUnit>(value),
        "OrganizationalUnitNotEmptyException" => via::<OrganizationalUnitNotEmptyException>(value),
        "OrganizationalUnitNotFoundException" => via::<OrganizationalUnitNotFoundException>(value),
        "Parent" => via::<Parent>(value),
        "ParentNotFoundException" => via::<ParentNotFoundException>(value),
        "Policy" => via::<Policy>(value),
        "PolicyChangesInProgressException" => via::<PolicyChangesInProgressException>(value),
        "PolicyInUseException" => via::<PolicyInUseException>(value),
        "PolicyNotAttachedException" => via::<PolicyNotAttachedException>(value),
        "PolicyNotFoundException" => via::<PolicyNotFoundException>(value),
        "PolicySummary" => via::<PolicySummary>(value),
        "PolicyTargetSummary" => via::<PolicyTargetSummary>(value),
        "PolicyTypeAlreadyEnabledException" => via::<PolicyTypeAlreadyEnabledException>(value),
        "PolicyTypeNotAvailableForOrganizationException" => {
            via::<PolicyTypeNotAvailableForOrganizationException>(value)
        }
        "PolicyTypeNotEnabledException" => via::<PolicyTypeNotEnabledException>(value),
        "PolicyTypeSummary" => via::<PolicyTypeSummary>(value),
        "PutResourcePolicyRequest" => via::<PutResourcePolicyRequest>(value),
        "PutResourcePolicyResponse" => via::<PutResourcePolicyResponse>(value),
        "RegisterDelegatedAdministratorRequest" => {
            via::<RegisterDelegatedAdministratorRequest>(value)
        }
        "RemoveAccountFromOrganizationRequest" => {
            via::<RemoveAccountFromOrganizationRequest>(value)
        }
        "ResourcePolicy" => via::<ResourcePolicy>(value),
        "ResourcePolicyNotFoundException" => via::<ResourcePolicyNotFoundException>(value),
        "ResourcePolicySummary" => via::<ResourcePolicySummary>(value),
        "ResponsibilityTransfer" => via::<ResponsibilityTransfer>(value),
        "ResponsibilityTransferAlreadyInStatusException" => {
            via::<ResponsibilityTransferAlreadyInStatusException>(value)
        }
        "ResponsibilityTransferNotFoundException" => {
            via::<ResponsibilityTransferNotFoundException>(value)
        }
        "Root" => via::<Root>(value),
        "RootNotFoundException" => via::<RootNotFoundException>(value),
        "ServiceException" => via::<ServiceException>(value),
        "SourceParentNotFoundException" => via::<SourceParentNotFoundException>(value),
        "Tag" => via::<Tag>(value),
        "TagResourceRequest" => via::<TagResourceRequest>(value),
        "TargetNotFoundException" => via::<TargetNotFoundException>(value),
        "TerminateResponsibilityTransferRequest" => {
            via::<TerminateResponsibilityTransferRequest>(value)
        }
        "TerminateResponsibilityTransferResponse" => {
            via::<TerminateResponsibilityTransferResponse>(value)
        }
        "TooManyRequestsException" => via::<TooManyRequestsException>(value),
        "TransferParticipant" => via::<TransferParticipant>(value),
        "UnsupportedAPIEndpointException" => via::<UnsupportedAPIEndpointException>(value),
        "UntagResourceRequest" => via::<UntagResourceRequest>(value),
        "UpdateOrganizationalUnitRequest" => via::<UpdateOrganizationalUnitRequest>(value),
        "UpdateOrganizationalUnitResponse" => via::<UpdateOrganizationalUnitResponse>(value),
        "UpdatePolicyRequest" => via::<UpdatePolicyRequest>(value),
        "UpdatePolicyResponse" => via::<UpdatePolicyResponse>(value),
        "UpdateResponsibilityTransferRequest" => via::<UpdateResponsibilityTransferRequest>(value),
        "UpdateResponsibilityTransferResponse" => {
            via::<UpdateResponsibilityTransferResponse>(value)
        }
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AWSOrganizationsNotInUseException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl AWSOrganizationsNotInUseException {
    pub const CODE: &'static str = "AWSOrganizationsNotInUseException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AWSOrganizationsNotInUseException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AWSOrganizationsNotInUseException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcceptHandshakeRequest {
    pub handshake_id: ::std::string::String,
}

impl crate::ToValue for AcceptHandshakeRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("HandshakeId", crate::ToValue::to_value(&self.handshake_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AcceptHandshakeRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            handshake_id: crate::codec::required(m, "HandshakeId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcceptHandshakeResponse {
    pub handshake: ::std::option::Option<Handshake>,
}

impl crate::ToValue for AcceptHandshakeResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.handshake {
            m.push(("Handshake", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AcceptHandshakeResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            handshake: crate::codec::optional(m, "Handshake", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessDeniedException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl AccessDeniedException {
    pub const CODE: &'static str = "AccessDeniedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccessDeniedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccessDeniedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessDeniedForDependencyException {
    pub message: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<AccessDeniedForDependencyExceptionReason>,
}

impl AccessDeniedForDependencyException {
    pub const CODE: &'static str = "AccessDeniedForDependencyException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccessDeniedForDependencyException {
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

impl crate::FromValue for AccessDeniedForDependencyException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            reason: crate::codec::optional(m, "Reason", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessDeniedForDependencyExceptionReason {
    ACCESSDENIEDDURINGCREATESERVICELINKEDROLE,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl AccessDeniedForDependencyExceptionReason {
    pub const VALUES: &'static [&'static str] =
        &["ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ACCESSDENIEDDURINGCREATESERVICELINKEDROLE => {
                "ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE"
            }
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE" => {
                Self::ACCESSDENIEDDURINGCREATESERVICELINKEDROLE
            }
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for AccessDeniedForDependencyExceptionReason {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for AccessDeniedForDependencyExceptionReason {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct Account {
    pub arn: ::std::option::Option<::std::string::String>,
    pub email: ::std::option::Option<::std::string::String>,
    pub id: ::std::option::Option<::std::string::String>,
    pub joined_method: ::std::option::Option<AccountJoinedMethod>,
    pub joined_timestamp: ::std::option::Option<crate::Timestamp>,
    pub name: ::std::option::Option<::std::string::String>,
    pub paths: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub state: ::std::option::Option<AccountState>,
    pub status: ::std::option::Option<AccountStatus>,
}

impl ::std::fmt::Debug for Account {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Account")
            .field("arn", &self.arn)
            .field("email", &"<redacted>")
            .field("id", &self.id)
            .field("joined_method", &self.joined_method)
            .field("joined_timestamp", &self.joined_timestamp)
            .field("name", &"<redacted>")
            .field("paths", &self.paths)
            .field("state", &self.state)
            .field("status", &self.status)
            .finish()
    }
}

impl crate::ToValue for Account {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.email {
            m.push(("Email", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.id {
            m.push(("Id", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.joined_method {
            m.push(("JoinedMethod", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.joined_timestamp {
            m.push(("JoinedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.paths {
            m.push((
                "Paths",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.state {
            m.push(("State", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Account {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            email: crate::codec::optional(m, "Email", crate::FromValue::from_value)?,
            id: crate::codec::optional(m, "Id", crate::FromValue::from_value)?,
            joined_method: crate::codec::optional(m, "JoinedMethod", crate::FromValue::from_value)?,
            joined_timestamp: crate::codec::optional(
                m,
                "JoinedTimestamp",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            paths: crate::codec::optional(m, "Paths", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            state: crate::codec::optional(m, "State", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountAlreadyClosedException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl AccountAlreadyClosedException {
    pub const CODE: &'static str = "AccountAlreadyClosedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccountAlreadyClosedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccountAlreadyClosedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountAlreadyRegisteredException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl AccountAlreadyRegisteredException {
    pub const CODE: &'static str = "AccountAlreadyRegisteredException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccountAlreadyRegisteredException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccountAlreadyRegisteredException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountJoinedMethod {
    INVITED,
    CREATED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl AccountJoinedMethod {
    pub const VALUES: &'static [&'static str] = &["INVITED", "CREATED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::INVITED => "INVITED",
            Self::CREATED => "CREATED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "INVITED" => Self::INVITED,
            "CREATED" => Self::CREATED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for AccountJoinedMethod {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for AccountJoinedMethod {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl AccountNotFoundException {
    pub const CODE: &'static str = "AccountNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccountNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccountNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountNotRegisteredException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl AccountNotRegisteredException {
    pub const CODE: &'static str = "AccountNotRegisteredException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccountNotRegisteredException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccountNotRegisteredException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountOwnerNotVerifiedException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl AccountOwnerNotVerifiedException {
    pub const CODE: &'static str = "AccountOwnerNotVerifiedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccountOwnerNotVerifiedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccountOwnerNotVerifiedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountState {
    PENDINGACTIVATION,
    ACTIVE,
    SUSPENDED,
    PENDINGCLOSURE,
    CLOSED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl AccountState {
    pub const VALUES: &'static [&'static str] = &[
        "PENDING_ACTIVATION",
        "ACTIVE",
        "SUSPENDED",
        "PENDING_CLOSURE",
        "CLOSED",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::PENDINGACTIVATION => "PENDING_ACTIVATION",
            Self::ACTIVE => "ACTIVE",
            Self::SUSPENDED => "SUSPENDED",
            Self::PENDINGCLOSURE => "PENDING_CLOSURE",
            Self::CLOSED => "CLOSED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "PENDING_ACTIVATION" => Self::PENDINGACTIVATION,
            "ACTIVE" => Self::ACTIVE,
            "SUSPENDED" => Self::SUSPENDED,
            "PENDING_CLOSURE" => Self::PENDINGCLOSURE,
            "CLOSED" => Self::CLOSED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for AccountState {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for AccountState {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountStatus {
    ACTIVE,
    SUSPENDED,
    PENDINGCLOSURE,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl AccountStatus {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "SUSPENDED", "PENDING_CLOSURE"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ACTIVE => "ACTIVE",
            Self::SUSPENDED => "SUSPENDED",
            Self::PENDINGCLOSURE => "PENDING_CLOSURE",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ACTIVE" => Self::ACTIVE,
            "SUSPENDED" => Self::SUSPENDED,
            "PENDING_CLOSURE" => Self::PENDINGCLOSURE,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for AccountStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for AccountStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ActionType {
    INVITE,
    ENABLEALLFEATURES,
    APPROVEALLFEATURES,
    ADDORGANIZATIONSSERVICELINKEDROLE,
    TRANSFERRESPONSIBILITY,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ActionType {
    pub const VALUES: &'static [&'static str] = &[
        "INVITE",
        "ENABLE_ALL_FEATURES",
        "APPROVE_ALL_FEATURES",
        "ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE",
        "TRANSFER_RESPONSIBILITY",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::INVITE => "INVITE",
            Self::ENABLEALLFEATURES => "ENABLE_ALL_FEATURES",
            Self::APPROVEALLFEATURES => "APPROVE_ALL_FEATURES",
            Self::ADDORGANIZATIONSSERVICELINKEDROLE => "ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE",
            Self::TRANSFERRESPONSIBILITY => "TRANSFER_RESPONSIBILITY",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "INVITE" => Self::INVITE,
            "ENABLE_ALL_FEATURES" => Self::ENABLEALLFEATURES,
            "APPROVE_ALL_FEATURES" => Self::APPROVEALLFEATURES,
            "ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE" => Self::ADDORGANIZATIONSSERVICELINKEDROLE,
            "TRANSFER_RESPONSIBILITY" => Self::TRANSFERRESPONSIBILITY,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ActionType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ActionType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AlreadyInOrganizationException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl AlreadyInOrganizationException {
    pub const CODE: &'static str = "AlreadyInOrganizationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AlreadyInOrganizationException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AlreadyInOrganizationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachPolicyRequest {
    pub policy_id: ::std::string::String,
    pub target_id: ::std::string::String,
}

impl crate::ToValue for AttachPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyId", crate::ToValue::to_value(&self.policy_id)));
        m.push(("TargetId", crate::ToValue::to_value(&self.target_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_id: crate::codec::required(m, "PolicyId", crate::FromValue::from_value)?,
            target_id: crate::codec::required(m, "TargetId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelHandshakeRequest {
    pub handshake_id: ::std::string::String,
}

impl crate::ToValue for CancelHandshakeRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("HandshakeId", crate::ToValue::to_value(&self.handshake_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CancelHandshakeRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            handshake_id: crate::codec::required(m, "HandshakeId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelHandshakeResponse {
    pub handshake: ::std::option::Option<Handshake>,
}

impl crate::ToValue for CancelHandshakeResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.handshake {
            m.push(("Handshake", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CancelHandshakeResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            handshake: crate::codec::optional(m, "Handshake", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Child {
    pub id: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<ChildType>,
}

impl crate::ToValue for Child {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.id {
            m.push(("Id", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Child {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            id: crate::codec::optional(m, "Id", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChildNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ChildNotFoundException {
    pub const CODE: &'static str = "ChildNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ChildNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ChildNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChildType {
    ACCOUNT,
    ORGANIZATIONALUNIT,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ChildType {
    pub const VALUES: &'static [&'static str] = &["ACCOUNT", "ORGANIZATIONAL_UNIT"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ACCOUNT => "ACCOUNT",
            Self::ORGANIZATIONALUNIT => "ORGANIZATIONAL_UNIT",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ACCOUNT" => Self::ACCOUNT,
            "ORGANIZATIONAL_UNIT" => Self::ORGANIZATIONALUNIT,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ChildType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ChildType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloseAccountRequest {
    pub account_id: ::std::string::String,
}

impl crate::ToValue for CloseAccountRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("AccountId", crate::ToValue::to_value(&self.account_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CloseAccountRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::required(m, "AccountId", crate::FromValue::from_value)?,
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
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ConcurrentModificationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
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

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConstraintViolationException {
    pub message: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<ConstraintViolationExceptionReason>,
}

impl ConstraintViolationException {
    pub const CODE: &'static str = "ConstraintViolationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ConstraintViolationException {
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

impl crate::FromValue for ConstraintViolationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            reason: crate::codec::optional(m, "Reason", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConstraintViolationExceptionReason {
    ACCOUNTNUMBERLIMITEXCEEDED,
    HANDSHAKERATELIMITEXCEEDED,
    OUNUMBERLIMITEXCEEDED,
    OUDEPTHLIMITEXCEEDED,
    POLICYNUMBERLIMITEXCEEDED,
    POLICYCONTENTLIMITEXCEEDED,
    MAXPOLICYTYPEATTACHMENTLIMITEXCEEDED,
    MINPOLICYTYPEATTACHMENTLIMITEXCEEDED,
    ACCOUNTCANNOTLEAVEORGANIZATION,
    ACCOUNTCANNOTLEAVEWITHOUTEULA,
    ACCOUNTCANNOTLEAVEWITHOUTPHONEVERIFICATION,
    MASTERACCOUNTPAYMENTINSTRUMENTREQUIRED,
    MEMBERACCOUNTPAYMENTINSTRUMENTREQUIRED,
    ACCOUNTCREATIONRATELIMITEXCEEDED,
    MASTERACCOUNTADDRESSDOESNOTMATCHMARKETPLACE,
    MASTERACCOUNTMISSINGCONTACTINFO,
    MASTERACCOUNTNOTGOVCLOUDENABLED,
    ORGANIZATIONNOTINALLFEATURESMODE,
    CREATEORGANIZATIONINBILLINGMODEUNSUPPORTEDREGION,
    EMAILVERIFICATIONCODEEXPIRED,
    WAITPERIODACTIVE,
    MAXTAGLIMITEXCEEDED,
    TAGPOLICYVIOLATION,
    MAXDELEGATEDADMINISTRATORSFORSERVICELIMITEXCEEDED,
    CANNOTREGISTERMASTERASDELEGATEDADMINISTRATOR,
    CANNOTREMOVEDELEGATEDADMINISTRATORFROMORG,
    DELEGATEDADMINISTRATOREXISTSFORTHISSERVICE,
    POLICYTYPEENABLEDFORTHISSERVICE,
    MASTERACCOUNTMISSINGBUSINESSLICENSE,
    CANNOTCLOSEMANAGEMENTACCOUNT,
    CLOSEACCOUNTQUOTAEXCEEDED,
    CLOSEACCOUNTREQUESTSLIMITEXCEEDED,
    SERVICEACCESSNOTENABLED,
    INVALIDPAYMENTINSTRUMENT,
    ACCOUNTCREATIONNOTCOMPLETE,
    CANNOTREGISTERSUSPENDEDACCOUNTASDELEGATEDADMINISTRATOR,
    ALLFEATURESMIGRATIONORGANIZATIONSIZELIMITEXCEEDED,
    RESPONSIBILITYTRANSFERMAXLEVELVIOLATION,
    RESPONSIBILITYTRANSFERMAXINBOUNDQUOTAVIOLATION,
    RESPONSIBILITYTRANSFERMAXOUTBOUNDQUOTAVIOLATION,
    RESPONSIBILITYTRANSFERMAXTRANSFERSQUOTAVIOLATION,
    ACTIVERESPONSIBILITYTRANSFERPROCESS,
    TRANSFERRESPONSIBILITYTARGETDELETIONINPROGRESS,
    TRANSFERRESPONSIBILITYSOURCEDELETIONINPROGRESS,
    UNSUPPORTEDPRICING,
    UNMETBILLINGPREREQUISITE,
    ACCOUNTNOTACTIVEFORTRANSFERRESPONSIBILITY,
    TRANSFERRESPONSIBILITYUPDATENOTALLOWED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ConstraintViolationExceptionReason {
    pub const VALUES: &'static [&'static str] = &[
        "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
        "HANDSHAKE_RATE_LIMIT_EXCEEDED",
        "OU_NUMBER_LIMIT_EXCEEDED",
        "OU_DEPTH_LIMIT_EXCEEDED",
        "POLICY_NUMBER_LIMIT_EXCEEDED",
        "POLICY_CONTENT_LIMIT_EXCEEDED",
        "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
        "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
        "ACCOUNT_CANNOT_LEAVE_ORGANIZATION",
        "ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA",
        "ACCOUNT_CANNOT_LEAVE_WITHOUT_PHONE_VERIFICATION",
        "MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED",
        "MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED",
        "ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED",
        "MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE",
        "MASTER_ACCOUNT_MISSING_CONTACT_INFO",
        "MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED",
        "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE",
        "CREATE_ORGANIZATION_IN_BILLING_MODE_UNSUPPORTED_REGION",
        "EMAIL_VERIFICATION_CODE_EXPIRED",
        "WAIT_PERIOD_ACTIVE",
        "MAX_TAG_LIMIT_EXCEEDED",
        "TAG_POLICY_VIOLATION",
        "MAX_DELEGATED_ADMINISTRATORS_FOR_SERVICE_LIMIT_EXCEEDED",
        "CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR",
        "CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG",
        "DELEGATED_ADMINISTRATOR_EXISTS_FOR_THIS_SERVICE",
        "POLICY_TYPE_ENABLED_FOR_THIS_SERVICE",
        "MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE",
        "CANNOT_CLOSE_MANAGEMENT_ACCOUNT",
        "CLOSE_ACCOUNT_QUOTA_EXCEEDED",
        "CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED",
        "SERVICE_ACCESS_NOT_ENABLED",
        "INVALID_PAYMENT_INSTRUMENT",
        "ACCOUNT_CREATION_NOT_COMPLETE",
        "CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR",
        "ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED",
        "RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION",
        "RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION",
        "RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION",
        "RESPONSIBILITY_TRANSFER_MAX_TRANSFERS_QUOTA_VIOLATION",
        "ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS",
        "TRANSFER_RESPONSIBILITY_TARGET_DELETION_IN_PROGRESS",
        "TRANSFER_RESPONSIBILITY_SOURCE_DELETION_IN_PROGRESS",
        "UNSUPPORTED_PRICING",
        "UNMET_BILLING_PREREQUISITE",
        "ACCOUNT_NOT_ACTIVE_FOR_TRANSFER_RESPONSIBILITY",
        "TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ACCOUNTNUMBERLIMITEXCEEDED => "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
            Self::HANDSHAKERATELIMITEXCEEDED => "HANDSHAKE_RATE_LIMIT_EXCEEDED",
            Self::OUNUMBERLIMITEXCEEDED => "OU_NUMBER_LIMIT_EXCEEDED",
            Self::OUDEPTHLIMITEXCEEDED => "OU_DEPTH_LIMIT_EXCEEDED",
            Self::POLICYNUMBERLIMITEXCEEDED => "POLICY_NUMBER_LIMIT_EXCEEDED",
            Self::POLICYCONTENTLIMITEXCEEDED => "POLICY_CONTENT_LIMIT_EXCEEDED",
            Self::MAXPOLICYTYPEATTACHMENTLIMITEXCEEDED => {
                "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED"
            }
            Self::MINPOLICYTYPEATTACHMENTLIMITEXCEEDED => {
                "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED"
            }
            Self::ACCOUNTCANNOTLEAVEORGANIZATION => "ACCOUNT_CANNOT_LEAVE_ORGANIZATION",
            Self::ACCOUNTCANNOTLEAVEWITHOUTEULA => "ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA",
            Self::ACCOUNTCANNOTLEAVEWITHOUTPHONEVERIFICATION => {
                "ACCOUNT_CANNOT_LEAVE_WITHOUT_PHONE_VERIFICATION"
            }
            Self::MASTERACCOUNTPAYMENTINSTRUMENTREQUIRED => {
                "MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED"
            }
            Self::MEMBERACCOUNTPAYMENTINSTRUMENTREQUIRED => {
                "MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED"
            }
            Self::ACCOUNTCREATIONRATELIMITEXCEEDED => "ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED",
            Self::MASTERACCOUNTADDRESSDOESNOTMATCHMARKETPLACE => {
                "MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE"
            }
            Self::MASTERACCOUNTMISSINGCONTACTINFO => "MASTER_ACCOUNT_MISSING_CONTACT_INFO",
            Self::MASTERACCOUNTNOTGOVCLOUDENABLED => "MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED",
            Self::ORGANIZATIONNOTINALLFEATURESMODE => "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE",
            Self::CREATEORGANIZATIONINBILLINGMODEUNSUPPORTEDREGION => {
                "CREATE_ORGANIZATION_IN_BILLING_MODE_UNSUPPORTED_REGION"
            }
            Self::EMAILVERIFICATIONCODEEXPIRED => "EMAIL_VERIFICATION_CODE_EXPIRED",
            Self::WAITPERIODACTIVE => "WAIT_PERIOD_ACTIVE",
            Self::MAXTAGLIMITEXCEEDED => "MAX_TAG_LIMIT_EXCEEDED",
            Self::TAGPOLICYVIOLATION => "TAG_POLICY_VIOLATION",
            Self::MAXDELEGATEDADMINISTRATORSFORSERVICELIMITEXCEEDED => {
                "MAX_DELEGATED_ADMINISTRATORS_FOR_SERVICE_LIMIT_EXCEEDED"
            }
            Self::CANNOTREGISTERMASTERASDELEGATEDADMINISTRATOR => {
                "CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR"
            }
            Self::CANNOTREMOVEDELEGATEDADMINISTRATORFROMORG => {
                "CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG"
            }
            Self::DELEGATEDADMINISTRATOREXISTSFORTHISSERVICE => {
                "DELEGATED_ADMINISTRATOR_EXISTS_FOR_THIS_SERVICE"
            }
            Self::POLICYTYPEENABLEDFORTHISSERVICE => "POLICY_TYPE_ENABLED_FOR_THIS_SERVICE",
            Self::MASTERACCOUNTMISSINGBUSINESSLICENSE => "MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE",
            Self::CANNOTCLOSEMANAGEMENTACCOUNT => "CANNOT_CLOSE_MANAGEMENT_ACCOUNT",
            Self::CLOSEACCOUNTQUOTAEXCEEDED => "CLOSE_ACCOUNT_QUOTA_EXCEEDED",
            Self::CLOSEACCOUNTREQUESTSLIMITEXCEEDED => "CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED",
            Self::SERVICEACCESSNOTENABLED => "SERVICE_ACCESS_NOT_ENABLED",
            Self::INVALIDPAYMENTINSTRUMENT => "INVALID_PAYMENT_INSTRUMENT",
            Self::ACCOUNTCREATIONNOTCOMPLETE => "ACCOUNT_CREATION_NOT_COMPLETE",
            Self::CANNOTREGISTERSUSPENDEDACCOUNTASDELEGATEDADMINISTRATOR => {
                "CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR"
            }
            Self::ALLFEATURESMIGRATIONORGANIZATIONSIZELIMITEXCEEDED => {
                "ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED"
            }
            Self::RESPONSIBILITYTRANSFERMAXLEVELVIOLATION => {
                "RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION"
            }
            Self::RESPONSIBILITYTRANSFERMAXINBOUNDQUOTAVIOLATION => {
                "RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION"
            }
            Self::RESPONSIBILITYTRANSFERMAXOUTBOUNDQUOTAVIOLATION => {
                "RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION"
            }
            Self::RESPONSIBILITYTRANSFERMAXTRANSFERSQUOTAVIOLATION => {
                "RESPONSIBILITY_TRANSFER_MAX_TRANSFERS_QUOTA_VIOLATION"
            }
            Self::ACTIVERESPONSIBILITYTRANSFERPROCESS => "ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS",
            Self::TRANSFERRESPONSIBILITYTARGETDELETIONINPROGRESS => {
                "TRANSFER_RESPONSIBILITY_TARGET_DELETION_IN_PROGRESS"
            }
            Self::TRANSFERRESPONSIBILITYSOURCEDELETIONINPROGRESS => {
                "TRANSFER_RESPONSIBILITY_SOURCE_DELETION_IN_PROGRESS"
            }
            Self::UNSUPPORTEDPRICING => "UNSUPPORTED_PRICING",
            Self::UNMETBILLINGPREREQUISITE => "UNMET_BILLING_PREREQUISITE",
            Self::ACCOUNTNOTACTIVEFORTRANSFERRESPONSIBILITY => {
                "ACCOUNT_NOT_ACTIVE_FOR_TRANSFER_RESPONSIBILITY"
            }
            Self::TRANSFERRESPONSIBILITYUPDATENOTALLOWED => {
                "TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED"
            }
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ACCOUNT_NUMBER_LIMIT_EXCEEDED" => Self::ACCOUNTNUMBERLIMITEXCEEDED,
            "HANDSHAKE_RATE_LIMIT_EXCEEDED" => Self::HANDSHAKERATELIMITEXCEEDED,
            "OU_NUMBER_LIMIT_EXCEEDED" => Self::OUNUMBERLIMITEXCEEDED,
            "OU_DEPTH_LIMIT_EXCEEDED" => Self::OUDEPTHLIMITEXCEEDED,
            "POLICY_NUMBER_LIMIT_EXCEEDED" => Self::POLICYNUMBERLIMITEXCEEDED,
            "POLICY_CONTENT_LIMIT_EXCEEDED" => Self::POLICYCONTENTLIMITEXCEEDED,
            "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED" => {
                Self::MAXPOLICYTYPEATTACHMENTLIMITEXCEEDED
            }
            "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED" => {
                Self::MINPOLICYTYPEATTACHMENTLIMITEXCEEDED
            }
            "ACCOUNT_CANNOT_LEAVE_ORGANIZATION" => Self::ACCOUNTCANNOTLEAVEORGANIZATION,
            "ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA" => Self::ACCOUNTCANNOTLEAVEWITHOUTEULA,
            "ACCOUNT_CANNOT_LEAVE_WITHOUT_PHONE_VERIFICATION" => {
                Self::ACCOUNTCANNOTLEAVEWITHOUTPHONEVERIFICATION
            }
            "MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED" => {
                Self::MASTERACCOUNTPAYMENTINSTRUMENTREQUIRED
            }
            "MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED" => {
                Self::MEMBERACCOUNTPAYMENTINSTRUMENTREQUIRED
            }
            "ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED" => Self::ACCOUNTCREATIONRATELIMITEXCEEDED,
            "MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE" => {
                Self::MASTERACCOUNTADDRESSDOESNOTMATCHMARKETPLACE
            }
            "MASTER_ACCOUNT_MISSING_CONTACT_INFO" => Self::MASTERACCOUNTMISSINGCONTACTINFO,
            "MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED" => Self::MASTERACCOUNTNOTGOVCLOUDENABLED,
            "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE" => Self::ORGANIZATIONNOTINALLFEATURESMODE,
            "CREATE_ORGANIZATION_IN_BILLING_MODE_UNSUPPORTED_REGION" => {
                Self::CREATEORGANIZATIONINBILLINGMODEUNSUPPORTEDREGION
            }
            "EMAIL_VERIFICATION_CODE_EXPIRED" => Self::EMAILVERIFICATIONCODEEXPIRED,
            "WAIT_PERIOD_ACTIVE" => Self::WAITPERIODACTIVE,
            "MAX_TAG_LIMIT_EXCEEDED" => Self::MAXTAGLIMITEXCEEDED,
            "TAG_POLICY_VIOLATION" => Self::TAGPOLICYVIOLATION,
            "MAX_DELEGATED_ADMINISTRATORS_FOR_SERVICE_LIMIT_EXCEEDED" => {
                Self::MAXDELEGATEDADMINISTRATORSFORSERVICELIMITEXCEEDED
            }
            "CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR" => {
                Self::CANNOTREGISTERMASTERASDELEGATEDADMINISTRATOR
            }
            "CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG" => {
                Self::CANNOTREMOVEDELEGATEDADMINISTRATORFROMORG
            }
            "DELEGATED_ADMINISTRATOR_EXISTS_FOR_THIS_SERVICE" => {
                Self::DELEGATEDADMINISTRATOREXISTSFORTHISSERVICE
            }
            "POLICY_TYPE_ENABLED_FOR_THIS_SERVICE" => Self::POLICYTYPEENABLEDFORTHISSERVICE,
            "MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE" => Self::MASTERACCOUNTMISSINGBUSINESSLICENSE,
            "CANNOT_CLOSE_MANAGEMENT_ACCOUNT" => Self::CANNOTCLOSEMANAGEMENTACCOUNT,
            "CLOSE_ACCOUNT_QUOTA_EXCEEDED" => Self::CLOSEACCOUNTQUOTAEXCEEDED,
            "CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED" => Self::CLOSEACCOUNTREQUESTSLIMITEXCEEDED,
            "SERVICE_ACCESS_NOT_ENABLED" => Self::SERVICEACCESSNOTENABLED,
            "INVALID_PAYMENT_INSTRUMENT" => Self::INVALIDPAYMENTINSTRUMENT,
            "ACCOUNT_CREATION_NOT_COMPLETE" => Self::ACCOUNTCREATIONNOTCOMPLETE,
            "CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR" => {
                Self::CANNOTREGISTERSUSPENDEDACCOUNTASDELEGATEDADMINISTRATOR
            }
            "ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED" => {
                Self::ALLFEATURESMIGRATIONORGANIZATIONSIZELIMITEXCEEDED
            }
            "RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION" => {
                Self::RESPONSIBILITYTRANSFERMAXLEVELVIOLATION
            }
            "RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION" => {
                Self::RESPONSIBILITYTRANSFERMAXINBOUNDQUOTAVIOLATION
            }
            "RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION" => {
                Self::RESPONSIBILITYTRANSFERMAXOUTBOUNDQUOTAVIOLATION
            }
            "RESPONSIBILITY_TRANSFER_MAX_TRANSFERS_QUOTA_VIOLATION" => {
                Self::RESPONSIBILITYTRANSFERMAXTRANSFERSQUOTAVIOLATION
            }
            "ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS" => Self::ACTIVERESPONSIBILITYTRANSFERPROCESS,
            "TRANSFER_RESPONSIBILITY_TARGET_DELETION_IN_PROGRESS" => {
                Self::TRANSFERRESPONSIBILITYTARGETDELETIONINPROGRESS
            }
            "TRANSFER_RESPONSIBILITY_SOURCE_DELETION_IN_PROGRESS" => {
                Self::TRANSFERRESPONSIBILITYSOURCEDELETIONINPROGRESS
            }
            "UNSUPPORTED_PRICING" => Self::UNSUPPORTEDPRICING,
            "UNMET_BILLING_PREREQUISITE" => Self::UNMETBILLINGPREREQUISITE,
            "ACCOUNT_NOT_ACTIVE_FOR_TRANSFER_RESPONSIBILITY" => {
                Self::ACCOUNTNOTACTIVEFORTRANSFERRESPONSIBILITY
            }
            "TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED" => {
                Self::TRANSFERRESPONSIBILITYUPDATENOTALLOWED
            }
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ConstraintViolationExceptionReason {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ConstraintViolationExceptionReason {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateAccountFailureReason {
    ACCOUNTLIMITEXCEEDED,
    EMAILALREADYEXISTS,
    INVALIDADDRESS,
    INVALIDEMAIL,
    CONCURRENTACCOUNTMODIFICATION,
    INTERNALFAILURE,
    GOVCLOUDACCOUNTALREADYEXISTS,
    MISSINGBUSINESSVALIDATION,
    FAILEDBUSINESSVALIDATION,
    PENDINGBUSINESSVALIDATION,
    INVALIDIDENTITYFORBUSINESSVALIDATION,
    UNKNOWNBUSINESSVALIDATION,
    MISSINGPAYMENTINSTRUMENT,
    INVALIDPAYMENTINSTRUMENT,
    UPDATEEXISTINGRESOURCEPOLICYWITHTAGSNOTSUPPORTED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl CreateAccountFailureReason {
    pub const VALUES: &'static [&'static str] = &[
        "ACCOUNT_LIMIT_EXCEEDED",
        "EMAIL_ALREADY_EXISTS",
        "INVALID_ADDRESS",
        "INVALID_EMAIL",
        "CONCURRENT_ACCOUNT_MODIFICATION",
        "INTERNAL_FAILURE",
        "GOVCLOUD_ACCOUNT_ALREADY_EXISTS",
        "MISSING_BUSINESS_VALIDATION",
        "FAILED_BUSINESS_VALIDATION",
        "PENDING_BUSINESS_VALIDATION",
        "INVALID_IDENTITY_FOR_BUSINESS_VALIDATION",
        "UNKNOWN_BUSINESS_VALIDATION",
        "MISSING_PAYMENT_INSTRUMENT",
        "INVALID_PAYMENT_INSTRUMENT",
        "UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ACCOUNTLIMITEXCEEDED => "ACCOUNT_LIMIT_EXCEEDED",
            Self::EMAILALREADYEXISTS => "EMAIL_ALREADY_EXISTS",
            Self::INVALIDADDRESS => "INVALID_ADDRESS",
            Self::INVALIDEMAIL => "INVALID_EMAIL",
            Self::CONCURRENTACCOUNTMODIFICATION => "CONCURRENT_ACCOUNT_MODIFICATION",
            Self::INTERNALFAILURE => "INTERNAL_FAILURE",
            Self::GOVCLOUDACCOUNTALREADYEXISTS => "GOVCLOUD_ACCOUNT_ALREADY_EXISTS",
            Self::MISSINGBUSINESSVALIDATION => "MISSING_BUSINESS_VALIDATION",
            Self::FAILEDBUSINESSVALIDATION => "FAILED_BUSINESS_VALIDATION",
            Self::PENDINGBUSINESSVALIDATION => "PENDING_BUSINESS_VALIDATION",
            Self::INVALIDIDENTITYFORBUSINESSVALIDATION => {
                "INVALID_IDENTITY_FOR_BUSINESS_VALIDATION"
            }
            Self::UNKNOWNBUSINESSVALIDATION => "UNKNOWN_BUSINESS_VALIDATION",
            Self::MISSINGPAYMENTINSTRUMENT => "MISSING_PAYMENT_INSTRUMENT",
            Self::INVALIDPAYMENTINSTRUMENT => "INVALID_PAYMENT_INSTRUMENT",
            Self::UPDATEEXISTINGRESOURCEPOLICYWITHTAGSNOTSUPPORTED => {
                "UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED"
            }
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ACCOUNT_LIMIT_EXCEEDED" => Self::ACCOUNTLIMITEXCEEDED,
            "EMAIL_ALREADY_EXISTS" => Self::EMAILALREADYEXISTS,
            "INVALID_ADDRESS" => Self::INVALIDADDRESS,
            "INVALID_EMAIL" => Self::INVALIDEMAIL,
            "CONCURRENT_ACCOUNT_MODIFICATION" => Self::CONCURRENTACCOUNTMODIFICATION,
            "INTERNAL_FAILURE" => Self::INTERNALFAILURE,
            "GOVCLOUD_ACCOUNT_ALREADY_EXISTS" => Self::GOVCLOUDACCOUNTALREADYEXISTS,
            "MISSING_BUSINESS_VALIDATION" => Self::MISSINGBUSINESSVALIDATION,
            "FAILED_BUSINESS_VALIDATION" => Self::FAILEDBUSINESSVALIDATION,
            "PENDING_BUSINESS_VALIDATION" => Self::PENDINGBUSINESSVALIDATION,
            "INVALID_IDENTITY_FOR_BUSINESS_VALIDATION" => {
                Self::INVALIDIDENTITYFORBUSINESSVALIDATION
            }
            "UNKNOWN_BUSINESS_VALIDATION" => Self::UNKNOWNBUSINESSVALIDATION,
            "MISSING_PAYMENT_INSTRUMENT" => Self::MISSINGPAYMENTINSTRUMENT,
            "INVALID_PAYMENT_INSTRUMENT" => Self::INVALIDPAYMENTINSTRUMENT,
            "UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED" => {
                Self::UPDATEEXISTINGRESOURCEPOLICYWITHTAGSNOTSUPPORTED
            }
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for CreateAccountFailureReason {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for CreateAccountFailureReason {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct CreateAccountRequest {
    pub account_name: ::std::string::String,
    pub email: ::std::string::String,
    pub iam_user_access_to_billing: ::std::option::Option<IAMUserAccessToBilling>,
    pub role_name: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl ::std::fmt::Debug for CreateAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateAccountRequest")
            .field("account_name", &"<redacted>")
            .field("email", &"<redacted>")
            .field(
                "iam_user_access_to_billing",
                &self.iam_user_access_to_billing,
            )
            .field("role_name", &self.role_name)
            .field("tags", &self.tags)
            .finish()
    }
}

impl crate::ToValue for CreateAccountRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push(("AccountName", crate::ToValue::to_value(&self.account_name)));
        m.push(("Email", crate::ToValue::to_value(&self.email)));
        if let Some(x) = &self.iam_user_access_to_billing {
            m.push(("IamUserAccessToBilling", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_name {
            m.push(("RoleName", crate::ToValue::to_value(x)));
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

impl crate::FromValue for CreateAccountRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_name: crate::codec::required(m, "AccountName", crate::FromValue::from_value)?,
            email: crate::codec::required(m, "Email", crate::FromValue::from_value)?,
            iam_user_access_to_billing: crate::codec::optional(
                m,
                "IamUserAccessToBilling",
                crate::FromValue::from_value,
            )?,
            role_name: crate::codec::optional(m, "RoleName", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAccountResponse {
    pub create_account_status: ::std::option::Option<CreateAccountStatus>,
}

impl crate::ToValue for CreateAccountResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.create_account_status {
            m.push(("CreateAccountStatus", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateAccountResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            create_account_status: crate::codec::optional(
                m,
                "CreateAccountStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateAccountState {
    INPROGRESS,
    SUCCEEDED,
    FAILED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl CreateAccountState {
    pub const VALUES: &'static [&'static str] = &["IN_PROGRESS", "SUCCEEDED", "FAILED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::INPROGRESS => "IN_PROGRESS",
            Self::SUCCEEDED => "SUCCEEDED",
            Self::FAILED => "FAILED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "IN_PROGRESS" => Self::INPROGRESS,
            "SUCCEEDED" => Self::SUCCEEDED,
            "FAILED" => Self::FAILED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for CreateAccountState {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for CreateAccountState {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct CreateAccountStatus {
    pub account_id: ::std::option::Option<::std::string::String>,
    pub account_name: ::std::option::Option<::std::string::String>,
    pub completed_timestamp: ::std::option::Option<crate::Timestamp>,
    pub failure_reason: ::std::option::Option<CreateAccountFailureReason>,
    pub gov_cloud_account_id: ::std::option::Option<::std::string::String>,
    pub id: ::std::option::Option<::std::string::String>,
    pub requested_timestamp: ::std::option::Option<crate::Timestamp>,
    pub state: ::std::option::Option<CreateAccountState>,
}

impl ::std::fmt::Debug for CreateAccountStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateAccountStatus")
            .field("account_id", &self.account_id)
            .field("account_name", &"<redacted>")
            .field("completed_timestamp", &self.completed_timestamp)
            .field("failure_reason", &self.failure_reason)
            .field("gov_cloud_account_id", &self.gov_cloud_account_id)
            .field("id", &self.id)
            .field("requested_timestamp", &self.requested_timestamp)
            .field("state", &self.state)
            .finish()
    }
}

impl crate::ToValue for CreateAccountStatus {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.account_id {
            m.push(("AccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.account_name {
            m.push(("AccountName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.completed_timestamp {
            m.push(("CompletedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.failure_reason {
            m.push(("FailureReason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.gov_cloud_account_id {
            m.push(("GovCloudAccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.id {
            m.push(("Id", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.requested_timestamp {
            m.push(("RequestedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.state {
            m.push(("State", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateAccountStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::optional(m, "AccountId", crate::FromValue::from_value)?,
            account_name: crate::codec::optional(m, "AccountName", crate::FromValue::from_value)?,
            completed_timestamp: crate::codec::optional(
                m,
                "CompletedTimestamp",
                crate::FromValue::from_value,
            )?,
            failure_reason: crate::codec::optional(
                m,
                "FailureReason",
                crate::FromValue::from_value,
            )?,
            gov_cloud_account_id: crate::codec::optional(
                m,
                "GovCloudAccountId",
                crate::FromValue::from_value,
            )?,
            id: crate::codec::optional(m, "Id", crate::FromValue::from_value)?,
            requested_timestamp: crate::codec::optional(
                m,
                "RequestedTimestamp",
                crate::FromValue::from_value,
            )?,
            state: crate::codec::optional(m, "State", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAccountStatusNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl CreateAccountStatusNotFoundException {
    pub const CODE: &'static str = "CreateAccountStatusNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CreateAccountStatusNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateAccountStatusNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct CreateGovCloudAccountRequest {
    pub account_name: ::std::string::String,
    pub email: ::std::string::String,
    pub iam_user_access_to_billing: ::std::option::Option<IAMUserAccessToBilling>,
    pub role_name: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl ::std::fmt::Debug for CreateGovCloudAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateGovCloudAccountRequest")
            .field("account_name", &"<redacted>")
            .field("email", &"<redacted>")
            .field(
                "iam_user_access_to_billing",
                &self.iam_user_access_to_billing,
            )
            .field("role_name", &self.role_name)
            .field("tags", &self.tags)
            .finish()
    }
}

impl crate::ToValue for CreateGovCloudAccountRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push(("AccountName", crate::ToValue::to_value(&self.account_name)));
        m.push(("Email", crate::ToValue::to_value(&self.email)));
        if let Some(x) = &self.iam_user_access_to_billing {
            m.push(("IamUserAccessToBilling", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_name {
            m.push(("RoleName", crate::ToValue::to_value(x)));
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

impl crate::FromValue for CreateGovCloudAccountRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_name: crate::codec::required(m, "AccountName", crate::FromValue::from_value)?,
            email: crate::codec::required(m, "Email", crate::FromValue::from_value)?,
            iam_user_access_to_billing: crate::codec::optional(
                m,
                "IamUserAccessToBilling",
                crate::FromValue::from_value,
            )?,
            role_name: crate::codec::optional(m, "RoleName", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateGovCloudAccountResponse {
    pub create_account_status: ::std::option::Option<CreateAccountStatus>,
}

impl crate::ToValue for CreateGovCloudAccountResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.create_account_status {
            m.push(("CreateAccountStatus", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateGovCloudAccountResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            create_account_status: crate::codec::optional(
                m,
                "CreateAccountStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrganizationRequest {
    pub feature_set: ::std::option::Option<OrganizationFeatureSet>,
}

impl crate::ToValue for CreateOrganizationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.feature_set {
            m.push(("FeatureSet", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateOrganizationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            feature_set: crate::codec::optional(m, "FeatureSet", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrganizationResponse {
    pub organization: ::std::option::Option<Organization>,
}

impl crate::ToValue for CreateOrganizationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.organization {
            m.push(("Organization", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateOrganizationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            organization: crate::codec::optional(m, "Organization", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrganizationalUnitRequest {
    pub name: ::std::string::String,
    pub parent_id: ::std::string::String,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreateOrganizationalUnitRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push(("ParentId", crate::ToValue::to_value(&self.parent_id)));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateOrganizationalUnitRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            parent_id: crate::codec::required(m, "ParentId", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrganizationalUnitResponse {
    pub organizational_unit: ::std::option::Option<OrganizationalUnit>,
}

impl crate::ToValue for CreateOrganizationalUnitResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.organizational_unit {
            m.push(("OrganizationalUnit", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateOrganizationalUnitResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            organizational_unit: crate::codec::optional(
                m,
                "OrganizationalUnit",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CreatePolicyRequest {
    pub content: ::std::string::String,
    pub description: ::std::string::String,
    pub name: ::std::string::String,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub r#type: PolicyType,
}

impl crate::ToValue for CreatePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push(("Content", crate::ToValue::to_value(&self.content)));
        m.push(("Description", crate::ToValue::to_value(&self.description)));
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreatePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            content: crate::codec::required(m, "Content", crate::FromValue::from_value)?,
            description: crate::codec::required(m, "Description", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatePolicyResponse {
    pub policy: ::std::option::Option<Policy>,
}

impl crate::ToValue for CreatePolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.policy {
            m.push(("Policy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreatePolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy: crate::codec::optional(m, "Policy", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeclineHandshakeRequest {
    pub handshake_id: ::std::string::String,
}

impl crate::ToValue for DeclineHandshakeRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("HandshakeId", crate::ToValue::to_value(&self.handshake_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeclineHandshakeRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            handshake_id: crate::codec::required(m, "HandshakeId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeclineHandshakeResponse {
    pub handshake: ::std::option::Option<Handshake>,
}

impl crate::ToValue for DeclineHandshakeResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.handshake {
            m.push(("Handshake", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeclineHandshakeResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            handshake: crate::codec::optional(m, "Handshake", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct DelegatedAdministrator {
    pub arn: ::std::option::Option<::std::string::String>,
    pub delegation_enabled_date: ::std::option::Option<crate::Timestamp>,
    pub email: ::std::option::Option<::std::string::String>,
    pub id: ::std::option::Option<::std::string::String>,
    pub joined_method: ::std::option::Option<AccountJoinedMethod>,
    pub joined_timestamp: ::std::option::Option<crate::Timestamp>,
    pub name: ::std::option::Option<::std::string::String>,
    pub state: ::std::option::Option<AccountState>,
    pub status: ::std::option::Option<AccountStatus>,
}

impl ::std::fmt::Debug for DelegatedAdministrator {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DelegatedAdministrator")
            .field("arn", &self.arn)
            .field("delegation_enabled_date", &self.delegation_enabled_date)
            .field("email", &"<redacted>")
            .field("id", &self.id)
            .field("joined_method", &self.joined_method)
            .field("joined_timestamp", &self.joined_timestamp)
            .field("name", &"<redacted>")
            .field("state", &self.state)
            .field("status", &self.status)
            .finish()
    }
}

impl crate::ToValue for DelegatedAdministrator {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.delegation_enabled_date {
            m.push(("DelegationEnabledDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.email {
            m.push(("Email", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.id {
            m.push(("Id", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.joined_method {
            m.push(("JoinedMethod", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.joined_timestamp {
            m.push(("JoinedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.state {
            m.push(("State", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DelegatedAdministrator {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            delegation_enabled_date: crate::codec::optional(
                m,
                "DelegationEnabledDate",
                crate::FromValue::from_value,
            )?,
            email: crate::codec::optional(m, "Email", crate::FromValue::from_value)?,
            id: crate::codec::optional(m, "Id", crate::FromValue::from_value)?,
            joined_method: crate::codec::optional(m, "JoinedMethod", crate::FromValue::from_value)?,
            joined_timestamp: crate::codec::optional(
                m,
                "JoinedTimestamp",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            state: crate::codec::optional(m, "State", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DelegatedService {
    pub delegation_enabled_date: ::std::option::Option<crate::Timestamp>,
    pub service_principal: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DelegatedService {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.delegation_enabled_date {
            m.push(("DelegationEnabledDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.service_principal {
            m.push(("ServicePrincipal", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DelegatedService {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delegation_enabled_date: crate::codec::optional(
                m,
                "DelegationEnabledDate",
                crate::FromValue::from_value,
            )?,
            service_principal: crate::codec::optional(
                m,
                "ServicePrincipal",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteOrganizationalUnitRequest {
    pub organizational_unit_id: ::std::string::String,
}

impl crate::ToValue for DeleteOrganizationalUnitRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "OrganizationalUnitId",
            crate::ToValue::to_value(&self.organizational_unit_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteOrganizationalUnitRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            organizational_unit_id: crate::codec::required(
                m,
                "OrganizationalUnitId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeletePolicyRequest {
    pub policy_id: ::std::string::String,
}

impl crate::ToValue for DeletePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("PolicyId", crate::ToValue::to_value(&self.policy_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeletePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_id: crate::codec::required(m, "PolicyId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeregisterDelegatedAdministratorRequest {
    pub account_id: ::std::string::String,
    pub service_principal: ::std::string::String,
}

impl crate::ToValue for DeregisterDelegatedAdministratorRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("AccountId", crate::ToValue::to_value(&self.account_id)));
        m.push((
            "ServicePrincipal",
            crate::ToValue::to_value(&self.service_principal),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeregisterDelegatedAdministratorRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::required(m, "AccountId", crate::FromValue::from_value)?,
            service_principal: crate::codec::required(
                m,
                "ServicePrincipal",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeAccountRequest {
    pub account_id: ::std::string::String,
}

impl crate::ToValue for DescribeAccountRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("AccountId", crate::ToValue::to_value(&self.account_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeAccountRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::required(m, "AccountId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeAccountResponse {
    pub account: ::std::option::Option<Account>,
}

impl crate::ToValue for DescribeAccountResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.account {
            m.push(("Account", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeAccountResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account: crate::codec::optional(m, "Account", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeCreateAccountStatusRequest {
    pub create_account_request_id: ::std::string::String,
}

impl crate::ToValue for DescribeCreateAccountStatusRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "CreateAccountRequestId",
            crate::ToValue::to_value(&self.create_account_request_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeCreateAccountStatusRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            create_account_request_id: crate::codec::required(
                m,
                "CreateAccountRequestId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeCreateAccountStatusResponse {
    pub create_account_status: ::std::option::Option<CreateAccountStatus>,
}

impl crate::ToValue for DescribeCreateAccountStatusResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.create_account_status {
            m.push(("CreateAccountStatus", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeCreateAccountStatusResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            create_account_status: crate::codec::optional(
                m,
                "CreateAccountStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DescribeEffectivePolicyRequest {
    pub policy_type: EffectivePolicyType,
    pub target_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeEffectivePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyType", crate::ToValue::to_value(&self.policy_type)));
        if let Some(x) = &self.target_id {
            m.push(("TargetId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeEffectivePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_type: crate::codec::required(m, "PolicyType", crate::FromValue::from_value)?,
            target_id: crate::codec::optional(m, "TargetId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeEffectivePolicyResponse {
    pub effective_policy: ::std::option::Option<EffectivePolicy>,
}

impl crate::ToValue for DescribeEffectivePolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.effective_policy {
            m.push(("EffectivePolicy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeEffectivePolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            effective_policy: crate::codec::optional(
                m,
                "EffectivePolicy",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeHandshakeRequest {
    pub handshake_id: ::std::string::String,
}

impl crate::ToValue for DescribeHandshakeRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("HandshakeId", crate::ToValue::to_value(&self.handshake_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeHandshakeRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            handshake_id: crate::codec::required(m, "HandshakeId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeHandshakeResponse {
    pub handshake: ::std::option::Option<Handshake>,
}

impl crate::ToValue for DescribeHandshakeResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.handshake {
            m.push(("Handshake", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeHandshakeResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            handshake: crate::codec::optional(m, "Handshake", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeOrganizationResponse {
    pub organization: ::std::option::Option<Organization>,
}

impl crate::ToValue for DescribeOrganizationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.organization {
            m.push(("Organization", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeOrganizationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            organization: crate::codec::optional(m, "Organization", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeOrganizationalUnitRequest {
    pub organizational_unit_id: ::std::string::String,
}

impl crate::ToValue for DescribeOrganizationalUnitRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "OrganizationalUnitId",
            crate::ToValue::to_value(&self.organizational_unit_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeOrganizationalUnitRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            organizational_unit_id: crate::codec::required(
                m,
                "OrganizationalUnitId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeOrganizationalUnitResponse {
    pub organizational_unit: ::std::option::Option<OrganizationalUnit>,
}

impl crate::ToValue for DescribeOrganizationalUnitResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.organizational_unit {
            m.push(("OrganizationalUnit", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeOrganizationalUnitResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            organizational_unit: crate::codec::optional(
                m,
                "OrganizationalUnit",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribePolicyRequest {
    pub policy_id: ::std::string::String,
}

impl crate::ToValue for DescribePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("PolicyId", crate::ToValue::to_value(&self.policy_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_id: crate::codec::required(m, "PolicyId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribePolicyResponse {
    pub policy: ::std::option::Option<Policy>,
}

impl crate::ToValue for DescribePolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.policy {
            m.push(("Policy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribePolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy: crate::codec::optional(m, "Policy", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeResourcePolicyResponse {
    pub resource_policy: ::std::option::Option<ResourcePolicy>,
}

impl crate::ToValue for DescribeResourcePolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.resource_policy {
            m.push(("ResourcePolicy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeResourcePolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_policy: crate::codec::optional(
                m,
                "ResourcePolicy",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeResponsibilityTransferRequest {
    pub id: ::std::string::String,
}

impl crate::ToValue for DescribeResponsibilityTransferRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Id", crate::ToValue::to_value(&self.id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeResponsibilityTransferRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            id: crate::codec::required(m, "Id", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeResponsibilityTransferResponse {
    pub responsibility_transfer: ::std::option::Option<ResponsibilityTransfer>,
}

impl crate::ToValue for DescribeResponsibilityTransferResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.responsibility_transfer {
            m.push(("ResponsibilityTransfer", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeResponsibilityTransferResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            responsibility_transfer: crate::codec::optional(
                m,
                "ResponsibilityTransfer",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DestinationParentNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DestinationParentNotFoundException {
    pub const CODE: &'static str = "DestinationParentNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DestinationParentNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DestinationParentNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachPolicyRequest {
    pub policy_id: ::std::string::String,
    pub target_id: ::std::string::String,
}

impl crate::ToValue for DetachPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyId", crate::ToValue::to_value(&self.policy_id)));
        m.push(("TargetId", crate::ToValue::to_value(&self.target_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DetachPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_id: crate::codec::required(m, "PolicyId", crate::FromValue::from_value)?,
            target_id: crate::codec::required(m, "TargetId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableAWSServiceAccessRequest {
    pub service_principal: ::std::string::String,
}

impl crate::ToValue for DisableAWSServiceAccessRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "ServicePrincipal",
            crate::ToValue::to_value(&self.service_principal),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisableAWSServiceAccessRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            service_principal: crate::codec::required(
                m,
                "ServicePrincipal",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DisablePolicyTypeRequest {
    pub policy_type: PolicyType,
    pub root_id: ::std::string::String,
}

impl crate::ToValue for DisablePolicyTypeRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyType", crate::ToValue::to_value(&self.policy_type)));
        m.push(("RootId", crate::ToValue::to_value(&self.root_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisablePolicyTypeRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_type: crate::codec::required(m, "PolicyType", crate::FromValue::from_value)?,
            root_id: crate::codec::required(m, "RootId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisablePolicyTypeResponse {
    pub root: ::std::option::Option<Root>,
}

impl crate::ToValue for DisablePolicyTypeResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.root {
            m.push(("Root", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisablePolicyTypeResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            root: crate::codec::optional(m, "Root", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DuplicateAccountException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DuplicateAccountException {
    pub const CODE: &'static str = "DuplicateAccountException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DuplicateAccountException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DuplicateAccountException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DuplicateHandshakeException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DuplicateHandshakeException {
    pub const CODE: &'static str = "DuplicateHandshakeException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DuplicateHandshakeException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DuplicateHandshakeException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DuplicateOrganizationalUnitException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DuplicateOrganizationalUnitException {
    pub const CODE: &'static str = "DuplicateOrganizationalUnitException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DuplicateOrganizationalUnitException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DuplicateOrganizationalUnitException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DuplicatePolicyAttachmentException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DuplicatePolicyAttachmentException {
    pub const CODE: &'static str = "DuplicatePolicyAttachmentException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DuplicatePolicyAttachmentException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DuplicatePolicyAttachmentException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DuplicatePolicyException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DuplicatePolicyException {
    pub const CODE: &'static str = "DuplicatePolicyException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DuplicatePolicyException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DuplicatePolicyException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EffectivePolicy {
    pub last_updated_timestamp: ::std::option::Option<crate::Timestamp>,
    pub policy_content: ::std::option::Option<::std::string::String>,
    pub policy_type: ::std::option::Option<EffectivePolicyType>,
    pub target_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for EffectivePolicy {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.last_updated_timestamp {
            m.push(("LastUpdatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_content {
            m.push(("PolicyContent", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_type {
            m.push(("PolicyType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.target_id {
            m.push(("TargetId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EffectivePolicy {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            last_updated_timestamp: crate::codec::optional(
                m,
                "LastUpdatedTimestamp",
                crate::FromValue::from_value,
            )?,
            policy_content: crate::codec::optional(
                m,
                "PolicyContent",
                crate::FromValue::from_value,
            )?,
            policy_type: crate::codec::optional(m, "PolicyType", crate::FromValue::from_value)?,
            target_id: crate::codec::optional(m, "TargetId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EffectivePolicyNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl EffectivePolicyNotFoundException {
    pub const CODE: &'static str = "EffectivePolicyNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for EffectivePolicyNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EffectivePolicyNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EffectivePolicyType {
    TAGPOLICY,
    BACKUPPOLICY,
    AISERVICESOPTOUTPOLICY,
    CHATBOTPOLICY,
    DECLARATIVEPOLICYEC2,
    SECURITYHUBPOLICY,
    SECURITYHUBCSPMPOLICY,
    INSPECTORPOLICY,
    UPGRADEROLLOUTPOLICY,
    BEDROCKPOLICY,
    S3POLICY,
    NETWORKSECURITYDIRECTORPOLICY,
    GUARDDUTYPOLICY,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl EffectivePolicyType {
    pub const VALUES: &'static [&'static str] = &[
        "TAG_POLICY",
        "BACKUP_POLICY",
        "AISERVICES_OPT_OUT_POLICY",
        "CHATBOT_POLICY",
        "DECLARATIVE_POLICY_EC2",
        "SECURITYHUB_POLICY",
        "SECURITYHUB_CSPM_POLICY",
        "INSPECTOR_POLICY",
        "UPGRADE_ROLLOUT_POLICY",
        "BEDROCK_POLICY",
        "S3_POLICY",
        "NETWORK_SECURITY_DIRECTOR_POLICY",
        "GUARDDUTY_POLICY",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::TAGPOLICY => "TAG_POLICY",
            Self::BACKUPPOLICY => "BACKUP_POLICY",
            Self::AISERVICESOPTOUTPOLICY => "AISERVICES_OPT_OUT_POLICY",
            Self::CHATBOTPOLICY => "CHATBOT_POLICY",
            Self::DECLARATIVEPOLICYEC2 => "DECLARATIVE_POLICY_EC2",
            Self::SECURITYHUBPOLICY => "SECURITYHUB_POLICY",
            Self::SECURITYHUBCSPMPOLICY => "SECURITYHUB_CSPM_POLICY",
            Self::INSPECTORPOLICY => "INSPECTOR_POLICY",
            Self::UPGRADEROLLOUTPOLICY => "UPGRADE_ROLLOUT_POLICY",
            Self::BEDROCKPOLICY => "BEDROCK_POLICY",
            Self::S3POLICY => "S3_POLICY",
            Self::NETWORKSECURITYDIRECTORPOLICY => "NETWORK_SECURITY_DIRECTOR_POLICY",
            Self::GUARDDUTYPOLICY => "GUARDDUTY_POLICY",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "TAG_POLICY" => Self::TAGPOLICY,
            "BACKUP_POLICY" => Self::BACKUPPOLICY,
            "AISERVICES_OPT_OUT_POLICY" => Self::AISERVICESOPTOUTPOLICY,
            "CHATBOT_POLICY" => Self::CHATBOTPOLICY,
            "DECLARATIVE_POLICY_EC2" => Self::DECLARATIVEPOLICYEC2,
            "SECURITYHUB_POLICY" => Self::SECURITYHUBPOLICY,
            "SECURITYHUB_CSPM_POLICY" => Self::SECURITYHUBCSPMPOLICY,
            "INSPECTOR_POLICY" => Self::INSPECTORPOLICY,
            "UPGRADE_ROLLOUT_POLICY" => Self::UPGRADEROLLOUTPOLICY,
            "BEDROCK_POLICY" => Self::BEDROCKPOLICY,
            "S3_POLICY" => Self::S3POLICY,
            "NETWORK_SECURITY_DIRECTOR_POLICY" => Self::NETWORKSECURITYDIRECTORPOLICY,
            "GUARDDUTY_POLICY" => Self::GUARDDUTYPOLICY,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for EffectivePolicyType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for EffectivePolicyType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EffectivePolicyValidationError {
    pub contributing_policies: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub error_code: ::std::option::Option<::std::string::String>,
    pub error_message: ::std::option::Option<::std::string::String>,
    pub path_to_error: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for EffectivePolicyValidationError {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.contributing_policies {
            m.push((
                "ContributingPolicies",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.error_code {
            m.push(("ErrorCode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_message {
            m.push(("ErrorMessage", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path_to_error {
            m.push(("PathToError", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EffectivePolicyValidationError {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            contributing_policies: crate::codec::optional(
                m,
                "ContributingPolicies",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            error_code: crate::codec::optional(m, "ErrorCode", crate::FromValue::from_value)?,
            error_message: crate::codec::optional(m, "ErrorMessage", crate::FromValue::from_value)?,
            path_to_error: crate::codec::optional(m, "PathToError", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableAWSServiceAccessRequest {
    pub service_principal: ::std::string::String,
}

impl crate::ToValue for EnableAWSServiceAccessRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "ServicePrincipal",
            crate::ToValue::to_value(&self.service_principal),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableAWSServiceAccessRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            service_principal: crate::codec::required(
                m,
                "ServicePrincipal",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableAllFeaturesRequest {}

impl crate::ToValue for EnableAllFeaturesRequest {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EnableAllFeaturesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableAllFeaturesResponse {
    pub handshake: ::std::option::Option<Handshake>,
}

impl crate::ToValue for EnableAllFeaturesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.handshake {
            m.push(("Handshake", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableAllFeaturesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            handshake: crate::codec::optional(m, "Handshake", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnablePolicyTypeRequest {
    pub policy_type: PolicyType,
    pub root_id: ::std::string::String,
}

impl crate::ToValue for EnablePolicyTypeRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyType", crate::ToValue::to_value(&self.policy_type)));
        m.push(("RootId", crate::ToValue::to_value(&self.root_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnablePolicyTypeRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_type: crate::codec::required(m, "PolicyType", crate::FromValue::from_value)?,
            root_id: crate::codec::required(m, "RootId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnablePolicyTypeResponse {
    pub root: ::std::option::Option<Root>,
}

impl crate::ToValue for EnablePolicyTypeResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.root {
            m.push(("Root", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnablePolicyTypeResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            root: crate::codec::optional(m, "Root", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnabledServicePrincipal {
    pub date_enabled: ::std::option::Option<crate::Timestamp>,
    pub service_principal: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for EnabledServicePrincipal {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.date_enabled {
            m.push(("DateEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.service_principal {
            m.push(("ServicePrincipal", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnabledServicePrincipal {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            date_enabled: crate::codec::optional(m, "DateEnabled", crate::FromValue::from_value)?,
            service_principal: crate::codec::optional(
                m,
                "ServicePrincipal",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FinalizingOrganizationException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl FinalizingOrganizationException {
    pub const CODE: &'static str = "FinalizingOrganizationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for FinalizingOrganizationException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for FinalizingOrganizationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Handshake {
    pub action: ::std::option::Option<ActionType>,
    pub arn: ::std::option::Option<::std::string::String>,
    pub expiration_timestamp: ::std::option::Option<crate::Timestamp>,
    pub id: ::std::option::Option<::std::string::String>,
    pub parties: ::std::option::Option<::std::vec::Vec<HandshakeParty>>,
    pub requested_timestamp: ::std::option::Option<crate::Timestamp>,
    pub resources: ::std::option::Option<::std::vec::Vec<HandshakeResource>>,
    pub state: ::std::option::Option<HandshakeState>,
}

impl crate::ToValue for Handshake {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.action {
            m.push(("Action", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.expiration_timestamp {
            m.push(("ExpirationTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.id {
            m.push(("Id", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.parties {
            m.push((
                "Parties",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.requested_timestamp {
            m.push(("RequestedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resources {
            m.push((
                "Resources",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.state {
            m.push(("State", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Handshake {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            action: crate::codec::optional(m, "Action", crate::FromValue::from_value)?,
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            expiration_timestamp: crate::codec::optional(
                m,
                "ExpirationTimestamp",
                crate::FromValue::from_value,
            )?,
            id: crate::codec::optional(m, "Id", crate::FromValue::from_value)?,
            parties: crate::codec::optional(m, "Parties", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            requested_timestamp: crate::codec::optional(
                m,
                "RequestedTimestamp",
                crate::FromValue::from_value,
            )?,
            resources: crate::codec::optional(m, "Resources", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            state: crate::codec::optional(m, "State", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HandshakeAlreadyInStateException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl HandshakeAlreadyInStateException {
    pub const CODE: &'static str = "HandshakeAlreadyInStateException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for HandshakeAlreadyInStateException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for HandshakeAlreadyInStateException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HandshakeConstraintViolationException {
    pub message: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<HandshakeConstraintViolationExceptionReason>,
}

impl HandshakeConstraintViolationException {
    pub const CODE: &'static str = "HandshakeConstraintViolationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for HandshakeConstraintViolationException {
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

impl crate::FromValue for HandshakeConstraintViolationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            reason: crate::codec::optional(m, "Reason", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HandshakeConstraintViolationExceptionReason {
    ACCOUNTNUMBERLIMITEXCEEDED,
    HANDSHAKERATELIMITEXCEEDED,
    ALREADYINANORGANIZATION,
    ORGANIZATIONALREADYHASALLFEATURES,
    ORGANIZATIONISALREADYPENDINGALLFEATURESMIGRATION,
    INVITEDISABLEDDURINGENABLEALLFEATURES,
    PAYMENTINSTRUMENTREQUIRED,
    ORGANIZATIONFROMDIFFERENTSELLEROFRECORD,
    ORGANIZATIONMEMBERSHIPCHANGERATELIMITEXCEEDED,
    MANAGEMENTACCOUNTEMAILNOTVERIFIED,
    RESPONSIBILITYTRANSFERALREADYEXISTS,
    SOURCEANDTARGETCANNOTMATCH,
    UNUSEDPREPAYMENTBALANCE,
    LEGACYPERMISSIONSSTILLINUSE,
    PASTDUEINVOICE,
    TARGETACCOUNTVALIDATIONFAILURE,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl HandshakeConstraintViolationExceptionReason {
    pub const VALUES: &'static [&'static str] = &[
        "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
        "HANDSHAKE_RATE_LIMIT_EXCEEDED",
        "ALREADY_IN_AN_ORGANIZATION",
        "ORGANIZATION_ALREADY_HAS_ALL_FEATURES",
        "ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION",
        "INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES",
        "PAYMENT_INSTRUMENT_REQUIRED",
        "ORGANIZATION_FROM_DIFFERENT_SELLER_OF_RECORD",
        "ORGANIZATION_MEMBERSHIP_CHANGE_RATE_LIMIT_EXCEEDED",
        "MANAGEMENT_ACCOUNT_EMAIL_NOT_VERIFIED",
        "RESPONSIBILITY_TRANSFER_ALREADY_EXISTS",
        "SOURCE_AND_TARGET_CANNOT_MATCH",
        "UNUSED_PREPAYMENT_BALANCE",
        "LEGACY_PERMISSIONS_STILL_IN_USE",
        "PAST_DUE_INVOICE",
        "TARGET_ACCOUNT_VALIDATION_FAILURE",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ACCOUNTNUMBERLIMITEXCEEDED => "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
            Self::HANDSHAKERATELIMITEXCEEDED => "HANDSHAKE_RATE_LIMIT_EXCEEDED",
            Self::ALREADYINANORGANIZATION => "ALREADY_IN_AN_ORGANIZATION",
            Self::ORGANIZATIONALREADYHASALLFEATURES => "ORGANIZATION_ALREADY_HAS_ALL_FEATURES",
            Self::ORGANIZATIONISALREADYPENDINGALLFEATURESMIGRATION => {
                "ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION"
            }
            Self::INVITEDISABLEDDURINGENABLEALLFEATURES => {
                "INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES"
            }
            Self::PAYMENTINSTRUMENTREQUIRED => "PAYMENT_INSTRUMENT_REQUIRED",
            Self::ORGANIZATIONFROMDIFFERENTSELLEROFRECORD => {
                "ORGANIZATION_FROM_DIFFERENT_SELLER_OF_RECORD"
            }
            Self::ORGANIZATIONMEMBERSHIPCHANGERATELIMITEXCEEDED => {
                "ORGANIZATION_MEMBERSHIP_CHANGE_RATE_LIMIT_EXCEEDED"
            }
            Self::MANAGEMENTACCOUNTEMAILNOTVERIFIED => "MANAGEMENT_ACCOUNT_EMAIL_NOT_VERIFIED",
            Self::RESPONSIBILITYTRANSFERALREADYEXISTS => "RESPONSIBILITY_TRANSFER_ALREADY_EXISTS",
            Self::SOURCEANDTARGETCANNOTMATCH => "SOURCE_AND_TARGET_CANNOT_MATCH",
            Self::UNUSEDPREPAYMENTBALANCE => "UNUSED_PREPAYMENT_BALANCE",
            Self::LEGACYPERMISSIONSSTILLINUSE => "LEGACY_PERMISSIONS_STILL_IN_USE",
            Self::PASTDUEINVOICE => "PAST_DUE_INVOICE",
            Self::TARGETACCOUNTVALIDATIONFAILURE => "TARGET_ACCOUNT_VALIDATION_FAILURE",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ACCOUNT_NUMBER_LIMIT_EXCEEDED" => Self::ACCOUNTNUMBERLIMITEXCEEDED,
            "HANDSHAKE_RATE_LIMIT_EXCEEDED" => Self::HANDSHAKERATELIMITEXCEEDED,
            "ALREADY_IN_AN_ORGANIZATION" => Self::ALREADYINANORGANIZATION,
            "ORGANIZATION_ALREADY_HAS_ALL_FEATURES" => Self::ORGANIZATIONALREADYHASALLFEATURES,
            "ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION" => {
                Self::ORGANIZATIONISALREADYPENDINGALLFEATURESMIGRATION
            }
            "INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES" => {
                Self::INVITEDISABLEDDURINGENABLEALLFEATURES
            }
            "PAYMENT_INSTRUMENT_REQUIRED" => Self::PAYMENTINSTRUMENTREQUIRED,
            "ORGANIZATION_FROM_DIFFERENT_SELLER_OF_RECORD" => {
                Self::ORGANIZATIONFROMDIFFERENTSELLEROFRECORD
            }
            "ORGANIZATION_MEMBERSHIP_CHANGE_RATE_LIMIT_EXCEEDED" => {
                Self::ORGANIZATIONMEMBERSHIPCHANGERATELIMITEXCEEDED
            }
            "MANAGEMENT_ACCOUNT_EMAIL_NOT_VERIFIED" => Self::MANAGEMENTACCOUNTEMAILNOTVERIFIED,
            "RESPONSIBILITY_TRANSFER_ALREADY_EXISTS" => Self::RESPONSIBILITYTRANSFERALREADYEXISTS,
            "SOURCE_AND_TARGET_CANNOT_MATCH" => Self::SOURCEANDTARGETCANNOTMATCH,
            "UNUSED_PREPAYMENT_BALANCE" => Self::UNUSEDPREPAYMENTBALANCE,
            "LEGACY_PERMISSIONS_STILL_IN_USE" => Self::LEGACYPERMISSIONSSTILLINUSE,
            "PAST_DUE_INVOICE" => Self::PASTDUEINVOICE,
            "TARGET_ACCOUNT_VALIDATION_FAILURE" => Self::TARGETACCOUNTVALIDATIONFAILURE,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for HandshakeConstraintViolationExceptionReason {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for HandshakeConstraintViolationExceptionReason {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HandshakeFilter {
    pub action_type: ::std::option::Option<ActionType>,
    pub parent_handshake_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for HandshakeFilter {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.action_type {
            m.push(("ActionType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.parent_handshake_id {
            m.push(("ParentHandshakeId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for HandshakeFilter {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            action_type: crate::codec::optional(m, "ActionType", crate::FromValue::from_value)?,
            parent_handshake_id: crate::codec::optional(
                m,
                "ParentHandshakeId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HandshakeNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl HandshakeNotFoundException {
    pub const CODE: &'static str = "HandshakeNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for HandshakeNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for HandshakeNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq)]
pub struct HandshakeParty {
    pub id: ::std::string::String,
    pub r#type: HandshakePartyType,
}

impl ::std::fmt::Debug for HandshakeParty {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HandshakeParty")
            .field("id", &"<redacted>")
            .field("type", &self.r#type)
            .finish()
    }
}

impl crate::ToValue for HandshakeParty {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Id", crate::ToValue::to_value(&self.id)));
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for HandshakeParty {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            id: crate::codec::required(m, "Id", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HandshakePartyType {
    ACCOUNT,
    ORGANIZATION,
    EMAIL,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl HandshakePartyType {
    pub const VALUES: &'static [&'static str] = &["ACCOUNT", "ORGANIZATION", "EMAIL"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ACCOUNT => "ACCOUNT",
            Self::ORGANIZATION => "ORGANIZATION",
            Self::EMAIL => "EMAIL",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ACCOUNT" => Self::ACCOUNT,
            "ORGANIZATION" => Self::ORGANIZATION,
            "EMAIL" => Self::EMAIL,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for HandshakePartyType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for HandshakePartyType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct HandshakeResource {
    pub resources: ::std::option::Option<::std::vec::Vec<HandshakeResource>>,
    pub r#type: ::std::option::Option<HandshakeResourceType>,
    pub value: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for HandshakeResource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HandshakeResource")
            .field("resources", &self.resources)
            .field("type", &self.r#type)
            .field("value", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for HandshakeResource {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.resources {
            m.push((
                "Resources",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
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

impl crate::FromValue for HandshakeResource {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resources: crate::codec::optional(m, "Resources", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
            value: crate::codec::optional(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HandshakeResourceType {
    ACCOUNT,
    ORGANIZATION,
    ORGANIZATIONFEATURESET,
    EMAIL,
    MASTEREMAIL,
    MASTERNAME,
    NOTES,
    PARENTHANDSHAKE,
    RESPONSIBILITYTRANSFER,
    TRANSFERSTARTTIMESTAMP,
    TRANSFERTYPE,
    MANAGEMENTACCOUNT,
    MANAGEMENTEMAIL,
    MANAGEMENTNAME,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl HandshakeResourceType {
    pub const VALUES: &'static [&'static str] = &[
        "ACCOUNT",
        "ORGANIZATION",
        "ORGANIZATION_FEATURE_SET",
        "EMAIL",
        "MASTER_EMAIL",
        "MASTER_NAME",
        "NOTES",
        "PARENT_HANDSHAKE",
        "RESPONSIBILITY_TRANSFER",
        "TRANSFER_START_TIMESTAMP",
        "TRANSFER_TYPE",
        "MANAGEMENT_ACCOUNT",
        "MANAGEMENT_EMAIL",
        "MANAGEMENT_NAME",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ACCOUNT => "ACCOUNT",
            Self::ORGANIZATION => "ORGANIZATION",
            Self::ORGANIZATIONFEATURESET => "ORGANIZATION_FEATURE_SET",
            Self::EMAIL => "EMAIL",
            Self::MASTEREMAIL => "MASTER_EMAIL",
            Self::MASTERNAME => "MASTER_NAME",
            Self::NOTES => "NOTES",
            Self::PARENTHANDSHAKE => "PARENT_HANDSHAKE",
            Self::RESPONSIBILITYTRANSFER => "RESPONSIBILITY_TRANSFER",
            Self::TRANSFERSTARTTIMESTAMP => "TRANSFER_START_TIMESTAMP",
            Self::TRANSFERTYPE => "TRANSFER_TYPE",
            Self::MANAGEMENTACCOUNT => "MANAGEMENT_ACCOUNT",
            Self::MANAGEMENTEMAIL => "MANAGEMENT_EMAIL",
            Self::MANAGEMENTNAME => "MANAGEMENT_NAME",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ACCOUNT" => Self::ACCOUNT,
            "ORGANIZATION" => Self::ORGANIZATION,
            "ORGANIZATION_FEATURE_SET" => Self::ORGANIZATIONFEATURESET,
            "EMAIL" => Self::EMAIL,
            "MASTER_EMAIL" => Self::MASTEREMAIL,
            "MASTER_NAME" => Self::MASTERNAME,
            "NOTES" => Self::NOTES,
            "PARENT_HANDSHAKE" => Self::PARENTHANDSHAKE,
            "RESPONSIBILITY_TRANSFER" => Self::RESPONSIBILITYTRANSFER,
            "TRANSFER_START_TIMESTAMP" => Self::TRANSFERSTARTTIMESTAMP,
            "TRANSFER_TYPE" => Self::TRANSFERTYPE,
            "MANAGEMENT_ACCOUNT" => Self::MANAGEMENTACCOUNT,
            "MANAGEMENT_EMAIL" => Self::MANAGEMENTEMAIL,
            "MANAGEMENT_NAME" => Self::MANAGEMENTNAME,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for HandshakeResourceType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for HandshakeResourceType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HandshakeState {
    REQUESTED,
    OPEN,
    CANCELED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl HandshakeState {
    pub const VALUES: &'static [&'static str] = &[
        "REQUESTED",
        "OPEN",
        "CANCELED",
        "ACCEPTED",
        "DECLINED",
        "EXPIRED",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::REQUESTED => "REQUESTED",
            Self::OPEN => "OPEN",
            Self::CANCELED => "CANCELED",
            Self::ACCEPTED => "ACCEPTED",
            Self::DECLINED => "DECLINED",
            Self::EXPIRED => "EXPIRED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "REQUESTED" => Self::REQUESTED,
            "OPEN" => Self::OPEN,
            "CANCELED" => Self::CANCELED,
            "ACCEPTED" => Self::ACCEPTED,
            "DECLINED" => Self::DECLINED,
            "EXPIRED" => Self::EXPIRED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for HandshakeState {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for HandshakeState {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IAMUserAccessToBilling {
    ALLOW,
    DENY,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl IAMUserAccessToBilling {
    pub const VALUES: &'static [&'static str] = &["ALLOW", "DENY"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ALLOW => "ALLOW",
            Self::DENY => "DENY",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ALLOW" => Self::ALLOW,
            "DENY" => Self::DENY,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for IAMUserAccessToBilling {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for IAMUserAccessToBilling {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidHandshakeTransitionException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidHandshakeTransitionException {
    pub const CODE: &'static str = "InvalidHandshakeTransitionException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidHandshakeTransitionException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidHandshakeTransitionException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidInputException {
    pub message: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<InvalidInputExceptionReason>,
}

impl InvalidInputException {
    pub const CODE: &'static str = "InvalidInputException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidInputException {
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

impl crate::FromValue for InvalidInputException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            reason: crate::codec::optional(m, "Reason", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InvalidInputExceptionReason {
    INVALIDPARTYTYPETARGET,
    INVALIDSYNTAXORGANIZATIONARN,
    INVALIDSYNTAXPOLICYID,
    INVALIDENUM,
    INVALIDENUMPOLICYTYPE,
    INVALIDLISTMEMBER,
    MAXLENGTHEXCEEDED,
    MAXVALUEEXCEEDED,
    MINLENGTHEXCEEDED,
    MINVALUEEXCEEDED,
    IMMUTABLEPOLICY,
    INVALIDPATTERN,
    INVALIDPATTERNTARGETID,
    INPUTREQUIRED,
    INVALIDNEXTTOKEN,
    MAXLIMITEXCEEDEDFILTER,
    MOVINGACCOUNTBETWEENDIFFERENTROOTS,
    INVALIDFULLNAMETARGET,
    UNRECOGNIZEDSERVICEPRINCIPAL,
    INVALIDROLENAME,
    INVALIDSYSTEMTAGSPARAMETER,
    DUPLICATETAGKEY,
    TARGETNOTSUPPORTED,
    INVALIDEMAILADDRESSTARGET,
    INVALIDRESOURCEPOLICYJSON,
    INVALIDPRINCIPAL,
    UNSUPPORTEDACTIONINRESOURCEPOLICY,
    UNSUPPORTEDPOLICYTYPEINRESOURCEPOLICY,
    UNSUPPORTEDRESOURCEINRESOURCEPOLICY,
    NONDETACHABLEPOLICY,
    CALLERREQUIREDFIELDMISSING,
    UNSUPPORTEDACTIONINRESPONSIBILITYTRANSFER,
    STARTDATENOTBEGINNINGOFMONTH,
    STARTDATENOTBEGINNINGOFDAY,
    STARTDATETOOEARLY,
    STARTDATETOOLATE,
    INVALIDSTARTDATE,
    ENDDATENOTENDOFMONTH,
    ENDDATETOOEARLY,
    ENDDATETOOLATE,
    INVALIDENDDATE,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl InvalidInputExceptionReason {
    pub const VALUES: &'static [&'static str] = &[
        "INVALID_PARTY_TYPE_TARGET",
        "INVALID_SYNTAX_ORGANIZATION_ARN",
        "INVALID_SYNTAX_POLICY_ID",
        "INVALID_ENUM",
        "INVALID_ENUM_POLICY_TYPE",
        "INVALID_LIST_MEMBER",
        "MAX_LENGTH_EXCEEDED",
        "MAX_VALUE_EXCEEDED",
        "MIN_LENGTH_EXCEEDED",
        "MIN_VALUE_EXCEEDED",
        "IMMUTABLE_POLICY",
        "INVALID_PATTERN",
        "INVALID_PATTERN_TARGET_ID",
        "INPUT_REQUIRED",
        "INVALID_NEXT_TOKEN",
        "MAX_LIMIT_EXCEEDED_FILTER",
        "MOVING_ACCOUNT_BETWEEN_DIFFERENT_ROOTS",
        "INVALID_FULL_NAME_TARGET",
        "UNRECOGNIZED_SERVICE_PRINCIPAL",
        "INVALID_ROLE_NAME",
        "INVALID_SYSTEM_TAGS_PARAMETER",
        "DUPLICATE_TAG_KEY",
        "TARGET_NOT_SUPPORTED",
        "INVALID_EMAIL_ADDRESS_TARGET",
        "INVALID_RESOURCE_POLICY_JSON",
        "INVALID_PRINCIPAL",
        "UNSUPPORTED_ACTION_IN_RESOURCE_POLICY",
        "UNSUPPORTED_POLICY_TYPE_IN_RESOURCE_POLICY",
        "UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY",
        "NON_DETACHABLE_POLICY",
        "CALLER_REQUIRED_FIELD_MISSING",
        "UNSUPPORTED_ACTION_IN_RESPONSIBILITY_TRANSFER",
        "START_DATE_NOT_BEGINNING_OF_MONTH",
        "START_DATE_NOT_BEGINNING_OF_DAY",
        "START_DATE_TOO_EARLY",
        "START_DATE_TOO_LATE",
        "INVALID_START_DATE",
        "END_DATE_NOT_END_OF_MONTH",
        "END_DATE_TOO_EARLY",
        "END_DATE_TOO_LATE",
        "INVALID_END_DATE",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::INVALIDPARTYTYPETARGET => "INVALID_PARTY_TYPE_TARGET",
            Self::INVALIDSYNTAXORGANIZATIONARN => "INVALID_SYNTAX_ORGANIZATION_ARN",
            Self::INVALIDSYNTAXPOLICYID => "INVALID_SYNTAX_POLICY_ID",
            Self::INVALIDENUM => "INVALID_ENUM",
            Self::INVALIDENUMPOLICYTYPE => "INVALID_ENUM_POLICY_TYPE",
            Self::INVALIDLISTMEMBER => "INVALID_LIST_MEMBER",
            Self::MAXLENGTHEXCEEDED => "MAX_LENGTH_EXCEEDED",
            Self::MAXVALUEEXCEEDED => "MAX_VALUE_EXCEEDED",
            Self::MINLENGTHEXCEEDED => "MIN_LENGTH_EXCEEDED",
            Self::MINVALUEEXCEEDED => "MIN_VALUE_EXCEEDED",
            Self::IMMUTABLEPOLICY => "IMMUTABLE_POLICY",
            Self::INVALIDPATTERN => "INVALID_PATTERN",
            Self::INVALIDPATTERNTARGETID => "INVALID_PATTERN_TARGET_ID",
            Self::INPUTREQUIRED => "INPUT_REQUIRED",
            Self::INVALIDNEXTTOKEN => "INVALID_NEXT_TOKEN",
            Self::MAXLIMITEXCEEDEDFILTER => "MAX_LIMIT_EXCEEDED_FILTER",
            Self::MOVINGACCOUNTBETWEENDIFFERENTROOTS => "MOVING_ACCOUNT_BETWEEN_DIFFERENT_ROOTS",
            Self::INVALIDFULLNAMETARGET => "INVALID_FULL_NAME_TARGET",
            Self::UNRECOGNIZEDSERVICEPRINCIPAL => "UNRECOGNIZED_SERVICE_PRINCIPAL",
            Self::INVALIDROLENAME => "INVALID_ROLE_NAME",
            Self::INVALIDSYSTEMTAGSPARAMETER => "INVALID_SYSTEM_TAGS_PARAMETER",
            Self::DUPLICATETAGKEY => "DUPLICATE_TAG_KEY",
            Self::TARGETNOTSUPPORTED => "TARGET_NOT_SUPPORTED",
            Self::INVALIDEMAILADDRESSTARGET => "INVALID_EMAIL_ADDRESS_TARGET",
            Self::INVALIDRESOURCEPOLICYJSON => "INVALID_RESOURCE_POLICY_JSON",
            Self::INVALIDPRINCIPAL => "INVALID_PRINCIPAL",
            Self::UNSUPPORTEDACTIONINRESOURCEPOLICY => "UNSUPPORTED_ACTION_IN_RESOURCE_POLICY",
            Self::UNSUPPORTEDPOLICYTYPEINRESOURCEPOLICY => {
                "UNSUPPORTED_POLICY_TYPE_IN_RESOURCE_POLICY"
            }
            Self::UNSUPPORTEDRESOURCEINRESOURCEPOLICY => "UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY",
            Self::NONDETACHABLEPOLICY => "NON_DETACHABLE_POLICY",
            Self::CALLERREQUIREDFIELDMISSING => "CALLER_REQUIRED_FIELD_MISSING",
            Self::UNSUPPORTEDACTIONINRESPONSIBILITYTRANSFER => {
                "UNSUPPORTED_ACTION_IN_RESPONSIBILITY_TRANSFER"
            }
            Self::STARTDATENOTBEGINNINGOFMONTH => "START_DATE_NOT_BEGINNING_OF_MONTH",
            Self::STARTDATENOTBEGINNINGOFDAY => "START_DATE_NOT_BEGINNING_OF_DAY",
            Self::STARTDATETOOEARLY => "START_DATE_TOO_EARLY",
            Self::STARTDATETOOLATE => "START_DATE_TOO_LATE",
            Self::INVALIDSTARTDATE => "INVALID_START_DATE",
            Self::ENDDATENOTENDOFMONTH => "END_DATE_NOT_END_OF_MONTH",
            Self::ENDDATETOOEARLY => "END_DATE_TOO_EARLY",
            Self::ENDDATETOOLATE => "END_DATE_TOO_LATE",
            Self::INVALIDENDDATE => "INVALID_END_DATE",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "INVALID_PARTY_TYPE_TARGET" => Self::INVALIDPARTYTYPETARGET,
            "INVALID_SYNTAX_ORGANIZATION_ARN" => Self::INVALIDSYNTAXORGANIZATIONARN,
            "INVALID_SYNTAX_POLICY_ID" => Self::INVALIDSYNTAXPOLICYID,
            "INVALID_ENUM" => Self::INVALIDENUM,
            "INVALID_ENUM_POLICY_TYPE" => Self::INVALIDENUMPOLICYTYPE,
            "INVALID_LIST_MEMBER" => Self::INVALIDLISTMEMBER,
            "MAX_LENGTH_EXCEEDED" => Self::MAXLENGTHEXCEEDED,
            "MAX_VALUE_EXCEEDED" => Self::MAXVALUEEXCEEDED,
            "MIN_LENGTH_EXCEEDED" => Self::MINLENGTHEXCEEDED,
            "MIN_VALUE_EXCEEDED" => Self::MINVALUEEXCEEDED,
            "IMMUTABLE_POLICY" => Self::IMMUTABLEPOLICY,
            "INVALID_PATTERN" => Self::INVALIDPATTERN,
            "INVALID_PATTERN_TARGET_ID" => Self::INVALIDPATTERNTARGETID,
            "INPUT_REQUIRED" => Self::INPUTREQUIRED,
            "INVALID_NEXT_TOKEN" => Self::INVALIDNEXTTOKEN,
            "MAX_LIMIT_EXCEEDED_FILTER" => Self::MAXLIMITEXCEEDEDFILTER,
            "MOVING_ACCOUNT_BETWEEN_DIFFERENT_ROOTS" => Self::MOVINGACCOUNTBETWEENDIFFERENTROOTS,
            "INVALID_FULL_NAME_TARGET" => Self::INVALIDFULLNAMETARGET,
            "UNRECOGNIZED_SERVICE_PRINCIPAL" => Self::UNRECOGNIZEDSERVICEPRINCIPAL,
            "INVALID_ROLE_NAME" => Self::INVALIDROLENAME,
            "INVALID_SYSTEM_TAGS_PARAMETER" => Self::INVALIDSYSTEMTAGSPARAMETER,
            "DUPLICATE_TAG_KEY" => Self::DUPLICATETAGKEY,
            "TARGET_NOT_SUPPORTED" => Self::TARGETNOTSUPPORTED,
            "INVALID_EMAIL_ADDRESS_TARGET" => Self::INVALIDEMAILADDRESSTARGET,
            "INVALID_RESOURCE_POLICY_JSON" => Self::INVALIDRESOURCEPOLICYJSON,
            "INVALID_PRINCIPAL" => Self::INVALIDPRINCIPAL,
            "UNSUPPORTED_ACTION_IN_RESOURCE_POLICY" => Self::UNSUPPORTEDACTIONINRESOURCEPOLICY,
            "UNSUPPORTED_POLICY_TYPE_IN_RESOURCE_POLICY" => {
                Self::UNSUPPORTEDPOLICYTYPEINRESOURCEPOLICY
            }
            "UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY" => Self::UNSUPPORTEDRESOURCEINRESOURCEPOLICY,
            "NON_DETACHABLE_POLICY" => Self::NONDETACHABLEPOLICY,
            "CALLER_REQUIRED_FIELD_MISSING" => Self::CALLERREQUIREDFIELDMISSING,
            "UNSUPPORTED_ACTION_IN_RESPONSIBILITY_TRANSFER" => {
                Self::UNSUPPORTEDACTIONINRESPONSIBILITYTRANSFER
            }
            "START_DATE_NOT_BEGINNING_OF_MONTH" => Self::STARTDATENOTBEGINNINGOFMONTH,
            "START_DATE_NOT_BEGINNING_OF_DAY" => Self::STARTDATENOTBEGINNINGOFDAY,
            "START_DATE_TOO_EARLY" => Self::STARTDATETOOEARLY,
            "START_DATE_TOO_LATE" => Self::STARTDATETOOLATE,
            "INVALID_START_DATE" => Self::INVALIDSTARTDATE,
            "END_DATE_NOT_END_OF_MONTH" => Self::ENDDATENOTENDOFMONTH,
            "END_DATE_TOO_EARLY" => Self::ENDDATETOOEARLY,
            "END_DATE_TOO_LATE" => Self::ENDDATETOOLATE,
            "INVALID_END_DATE" => Self::INVALIDENDDATE,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for InvalidInputExceptionReason {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for InvalidInputExceptionReason {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidResponsibilityTransferTransitionException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidResponsibilityTransferTransitionException {
    pub const CODE: &'static str = "InvalidResponsibilityTransferTransitionException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidResponsibilityTransferTransitionException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidResponsibilityTransferTransitionException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq)]
pub struct InviteAccountToOrganizationRequest {
    pub notes: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub target: HandshakeParty,
}

impl ::std::fmt::Debug for InviteAccountToOrganizationRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InviteAccountToOrganizationRequest")
            .field("notes", &"<redacted>")
            .field("tags", &self.tags)
            .field("target", &self.target)
            .finish()
    }
}

impl crate::ToValue for InviteAccountToOrganizationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.notes {
            m.push(("Notes", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("Target", crate::ToValue::to_value(&self.target)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InviteAccountToOrganizationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            notes: crate::codec::optional(m, "Notes", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            target: crate::codec::required(m, "Target", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InviteAccountToOrganizationResponse {
    pub handshake: ::std::option::Option<Handshake>,
}

impl crate::ToValue for InviteAccountToOrganizationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.handshake {
            m.push(("Handshake", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InviteAccountToOrganizationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            handshake: crate::codec::optional(m, "Handshake", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq)]
pub struct InviteOrganizationToTransferResponsibilityRequest {
    pub notes: ::std::option::Option<::std::string::String>,
    pub source_name: ::std::string::String,
    pub start_timestamp: crate::Timestamp,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub target: HandshakeParty,
    pub r#type: ResponsibilityTransferType,
}

impl ::std::fmt::Debug for InviteOrganizationToTransferResponsibilityRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InviteOrganizationToTransferResponsibilityRequest")
            .field("notes", &"<redacted>")
            .field("source_name", &"<redacted>")
            .field("start_timestamp", &self.start_timestamp)
            .field("tags", &self.tags)
            .field("target", &self.target)
            .field("type", &self.r#type)
            .finish()
    }
}

impl crate::ToValue for InviteOrganizationToTransferResponsibilityRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.notes {
            m.push(("Notes", crate::ToValue::to_value(x)));
        }
        m.push(("SourceName", crate::ToValue::to_value(&self.source_name)));
        m.push((
            "StartTimestamp",
            crate::ToValue::to_value(&self.start_timestamp),
        ));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("Target", crate::ToValue::to_value(&self.target)));
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InviteOrganizationToTransferResponsibilityRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            notes: crate::codec::optional(m, "Notes", crate::FromValue::from_value)?,
            source_name: crate::codec::required(m, "SourceName", crate::FromValue::from_value)?,
            start_timestamp: crate::codec::required(
                m,
                "StartTimestamp",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            target: crate::codec::required(m, "Target", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InviteOrganizationToTransferResponsibilityResponse {
    pub handshake: ::std::option::Option<Handshake>,
}

impl crate::ToValue for InviteOrganizationToTransferResponsibilityResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.handshake {
            m.push(("Handshake", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InviteOrganizationToTransferResponsibilityResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            handshake: crate::codec::optional(m, "Handshake", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAWSServiceAccessForOrganizationRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAWSServiceAccessForOrganizationRequest {
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

impl crate::FromValue for ListAWSServiceAccessForOrganizationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAWSServiceAccessForOrganizationResponse {
    pub enabled_service_principals: ::std::option::Option<::std::vec::Vec<EnabledServicePrincipal>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAWSServiceAccessForOrganizationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.enabled_service_principals {
            m.push((
                "EnabledServicePrincipals",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAWSServiceAccessForOrganizationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            enabled_service_principals: crate::codec::optional(
                m,
                "EnabledServicePrincipals",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountsForParentRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub parent_id: ::std::string::String,
}

impl crate::ToValue for ListAccountsForParentRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("ParentId", crate::ToValue::to_value(&self.parent_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountsForParentRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            parent_id: crate::codec::required(m, "ParentId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountsForParentResponse {
    pub accounts: ::std::option::Option<::std::vec::Vec<Account>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccountsForParentResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.accounts {
            m.push((
                "Accounts",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountsForParentResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            accounts: crate::codec::optional(m, "Accounts", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountsRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccountsRequest {
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

impl crate::FromValue for ListAccountsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountsResponse {
    pub accounts: ::std::option::Option<::std::vec::Vec<Account>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccountsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.accounts {
            m.push((
                "Accounts",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            accounts: crate::codec::optional(m, "Accounts", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListAccountsWithInvalidEffectivePolicyRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub policy_type: EffectivePolicyType,
}

impl crate::ToValue for ListAccountsWithInvalidEffectivePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("PolicyType", crate::ToValue::to_value(&self.policy_type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountsWithInvalidEffectivePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            policy_type: crate::codec::required(m, "PolicyType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountsWithInvalidEffectivePolicyResponse {
    pub accounts: ::std::option::Option<::std::vec::Vec<Account>>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub policy_type: ::std::option::Option<EffectivePolicyType>,
}

impl crate::ToValue for ListAccountsWithInvalidEffectivePolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.accounts {
            m.push((
                "Accounts",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_type {
            m.push(("PolicyType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountsWithInvalidEffectivePolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            accounts: crate::codec::optional(m, "Accounts", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            policy_type: crate::codec::optional(m, "PolicyType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListChildrenRequest {
    pub child_type: ChildType,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub parent_id: ::std::string::String,
}

impl crate::ToValue for ListChildrenRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("ChildType", crate::ToValue::to_value(&self.child_type)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("ParentId", crate::ToValue::to_value(&self.parent_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListChildrenRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            child_type: crate::codec::required(m, "ChildType", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            parent_id: crate::codec::required(m, "ParentId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListChildrenResponse {
    pub children: ::std::option::Option<::std::vec::Vec<Child>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListChildrenResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.children {
            m.push((
                "Children",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListChildrenResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            children: crate::codec::optional(m, "Children", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListCreateAccountStatusRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub states: ::std::option::Option<::std::vec::Vec<CreateAccountState>>,
}

impl crate::ToValue for ListCreateAccountStatusRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.states {
            m.push((
                "States",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListCreateAccountStatusRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            states: crate::codec::optional(m, "States", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListCreateAccountStatusResponse {
    pub create_account_statuses: ::std::option::Option<::std::vec::Vec<CreateAccountStatus>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListCreateAccountStatusResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.create_account_statuses {
            m.push((
                "CreateAccountStatuses",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListCreateAccountStatusResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            create_account_statuses: crate::codec::optional(
                m,
                "CreateAccountStatuses",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDelegatedAdministratorsRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub service_principal: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListDelegatedAdministratorsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.service_principal {
            m.push(("ServicePrincipal", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListDelegatedAdministratorsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            service_principal: crate::codec::optional(
                m,
                "ServicePrincipal",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDelegatedAdministratorsResponse {
    pub delegated_administrators: ::std::option::Option<::std::vec::Vec<DelegatedAdministrator>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListDelegatedAdministratorsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.delegated_administrators {
            m.push((
                "DelegatedAdministrators",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListDelegatedAdministratorsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delegated_administrators: crate::codec::optional(
                m,
                "DelegatedAdministrators",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDelegatedServicesForAccountRequest {
    pub account_id: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListDelegatedServicesForAccountRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("AccountId", crate::ToValue::to_value(&self.account_id)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListDelegatedServicesForAccountRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::required(m, "AccountId", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDelegatedServicesForAccountResponse {
    pub delegated_services: ::std::option::Option<::std::vec::Vec<DelegatedService>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListDelegatedServicesForAccountResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.delegated_services {
            m.push((
                "DelegatedServices",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListDelegatedServicesForAccountResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delegated_services: crate::codec::optional(
                m,
                "DelegatedServices",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListEffectivePolicyValidationErrorsRequest {
    pub account_id: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub policy_type: EffectivePolicyType,
}

impl crate::ToValue for ListEffectivePolicyValidationErrorsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("AccountId", crate::ToValue::to_value(&self.account_id)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("PolicyType", crate::ToValue::to_value(&self.policy_type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListEffectivePolicyValidationErrorsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::required(m, "AccountId", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            policy_type: crate::codec::required(m, "PolicyType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEffectivePolicyValidationErrorsResponse {
    pub account_id: ::std::option::Option<::std::string::String>,
    pub effective_policy_validation_errors:
        ::std::option::Option<::std::vec::Vec<EffectivePolicyValidationError>>,
    pub evaluation_timestamp: ::std::option::Option<crate::Timestamp>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub path: ::std::option::Option<::std::string::String>,
    pub policy_type: ::std::option::Option<EffectivePolicyType>,
}

impl crate::ToValue for ListEffectivePolicyValidationErrorsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.account_id {
            m.push(("AccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.effective_policy_validation_errors {
            m.push((
                "EffectivePolicyValidationErrors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.evaluation_timestamp {
            m.push(("EvaluationTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_type {
            m.push(("PolicyType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListEffectivePolicyValidationErrorsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::optional(m, "AccountId", crate::FromValue::from_value)?,
            effective_policy_validation_errors: crate::codec::optional(
                m,
                "EffectivePolicyValidationErrors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            evaluation_timestamp: crate::codec::optional(
                m,
                "EvaluationTimestamp",
                crate::FromValue::from_value,
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
            policy_type: crate::codec::optional(m, "PolicyType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListHandshakesForAccountRequest {
    pub filter: ::std::option::Option<HandshakeFilter>,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListHandshakesForAccountRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.filter {
            m.push(("Filter", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListHandshakesForAccountRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filter: crate::codec::optional(m, "Filter", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListHandshakesForAccountResponse {
    pub handshakes: ::std::option::Option<::std::vec::Vec<Handshake>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListHandshakesForAccountResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.handshakes {
            m.push((
                "Handshakes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListHandshakesForAccountResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            handshakes: crate::codec::optional(m, "Handshakes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListHandshakesForOrganizationRequest {
    pub filter: ::std::option::Option<HandshakeFilter>,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListHandshakesForOrganizationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.filter {
            m.push(("Filter", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListHandshakesForOrganizationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filter: crate::codec::optional(m, "Filter", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListHandshakesForOrganizationResponse {
    pub handshakes: ::std::option::Option<::std::vec::Vec<Handshake>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListHandshakesForOrganizationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.handshakes {
            m.push((
                "Handshakes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListHandshakesForOrganizationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            handshakes: crate::codec::optional(m, "Handshakes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListInboundResponsibilityTransfersRequest {
    pub id: ::std::option::Option<::std::string::String>,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub r#type: ResponsibilityTransferType,
}

impl crate::ToValue for ListInboundResponsibilityTransfersRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.id {
            m.push(("Id", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInboundResponsibilityTransfersRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            id: crate::codec::optional(m, "Id", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInboundResponsibilityTransfersResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub responsibility_transfers: ::std::option::Option<::std::vec::Vec<ResponsibilityTransfer>>,
}

impl crate::ToValue for ListInboundResponsibilityTransfersResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.responsibility_transfers {
            m.push((
                "ResponsibilityTransfers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInboundResponsibilityTransfersResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            responsibility_transfers: crate::codec::optional(
                m,
                "ResponsibilityTransfers",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrganizationalUnitsForParentRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub parent_id: ::std::string::String,
}

impl crate::ToValue for ListOrganizationalUnitsForParentRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("ParentId", crate::ToValue::to_value(&self.parent_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListOrganizationalUnitsForParentRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            parent_id: crate::codec::required(m, "ParentId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrganizationalUnitsForParentResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub organizational_units: ::std::option::Option<::std::vec::Vec<OrganizationalUnit>>,
}

impl crate::ToValue for ListOrganizationalUnitsForParentResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.organizational_units {
            m.push((
                "OrganizationalUnits",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListOrganizationalUnitsForParentResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            organizational_units: crate::codec::optional(
                m,
                "OrganizationalUnits",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListOutboundResponsibilityTransfersRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub r#type: ResponsibilityTransferType,
}

impl crate::ToValue for ListOutboundResponsibilityTransfersRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListOutboundResponsibilityTransfersRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOutboundResponsibilityTransfersResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub responsibility_transfers: ::std::option::Option<::std::vec::Vec<ResponsibilityTransfer>>,
}

impl crate::ToValue for ListOutboundResponsibilityTransfersResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.responsibility_transfers {
            m.push((
                "ResponsibilityTransfers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListOutboundResponsibilityTransfersResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            responsibility_transfers: crate::codec::optional(
                m,
                "ResponsibilityTransfers",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListParentsRequest {
    pub child_id: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListParentsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("ChildId", crate::ToValue::to_value(&self.child_id)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListParentsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            child_id: crate::codec::required(m, "ChildId", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListParentsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub parents: ::std::option::Option<::std::vec::Vec<Parent>>,
}

impl crate::ToValue for ListParentsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.parents {
            m.push((
                "Parents",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListParentsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            parents: crate::codec::optional(m, "Parents", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListPoliciesForTargetRequest {
    pub filter: PolicyType,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub target_id: ::std::string::String,
}

impl crate::ToValue for ListPoliciesForTargetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("Filter", crate::ToValue::to_value(&self.filter)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("TargetId", crate::ToValue::to_value(&self.target_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPoliciesForTargetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filter: crate::codec::required(m, "Filter", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            target_id: crate::codec::required(m, "TargetId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesForTargetResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub policies: ::std::option::Option<::std::vec::Vec<PolicySummary>>,
}

impl crate::ToValue for ListPoliciesForTargetResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policies {
            m.push((
                "Policies",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPoliciesForTargetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            policies: crate::codec::optional(m, "Policies", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListPoliciesRequest {
    pub filter: PolicyType,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListPoliciesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("Filter", crate::ToValue::to_value(&self.filter)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPoliciesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filter: crate::codec::required(m, "Filter", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub policies: ::std::option::Option<::std::vec::Vec<PolicySummary>>,
}

impl crate::ToValue for ListPoliciesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policies {
            m.push((
                "Policies",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPoliciesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            policies: crate::codec::optional(m, "Policies", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRootsRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListRootsRequest {
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

impl crate::FromValue for ListRootsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRootsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub roots: ::std::option::Option<::std::vec::Vec<Root>>,
}

impl crate::ToValue for ListRootsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.roots {
            m.push((
                "Roots",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListRootsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            roots: crate::codec::optional(m, "Roots", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsForResourceRequest {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub resource_id: ::std::string::String,
}

impl crate::ToValue for ListTagsForResourceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("ResourceId", crate::ToValue::to_value(&self.resource_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTagsForResourceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            resource_id: crate::codec::required(m, "ResourceId", crate::FromValue::from_value)?,
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
pub struct ListTargetsForPolicyRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub policy_id: ::std::string::String,
}

impl crate::ToValue for ListTargetsForPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("PolicyId", crate::ToValue::to_value(&self.policy_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTargetsForPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            policy_id: crate::codec::required(m, "PolicyId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTargetsForPolicyResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub targets: ::std::option::Option<::std::vec::Vec<PolicyTargetSummary>>,
}

impl crate::ToValue for ListTargetsForPolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.targets {
            m.push((
                "Targets",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTargetsForPolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            targets: crate::codec::optional(m, "Targets", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MalformedPolicyDocumentException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl MalformedPolicyDocumentException {
    pub const CODE: &'static str = "MalformedPolicyDocumentException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for MalformedPolicyDocumentException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for MalformedPolicyDocumentException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MasterCannotLeaveOrganizationException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl MasterCannotLeaveOrganizationException {
    pub const CODE: &'static str = "MasterCannotLeaveOrganizationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for MasterCannotLeaveOrganizationException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for MasterCannotLeaveOrganizationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MoveAccountRequest {
    pub account_id: ::std::string::String,
    pub destination_parent_id: ::std::string::String,
    pub source_parent_id: ::std::string::String,
}

impl crate::ToValue for MoveAccountRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("AccountId", crate::ToValue::to_value(&self.account_id)));
        m.push((
            "DestinationParentId",
            crate::ToValue::to_value(&self.destination_parent_id),
        ));
        m.push((
            "SourceParentId",
            crate::ToValue::to_value(&self.source_parent_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for MoveAccountRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::required(m, "AccountId", crate::FromValue::from_value)?,
            destination_parent_id: crate::codec::required(
                m,
                "DestinationParentId",
                crate::FromValue::from_value,
            )?,
            source_parent_id: crate::codec::required(
                m,
                "SourceParentId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct Organization {
    pub arn: ::std::option::Option<::std::string::String>,
    pub available_policy_types: ::std::option::Option<::std::vec::Vec<PolicyTypeSummary>>,
    pub feature_set: ::std::option::Option<OrganizationFeatureSet>,
    pub id: ::std::option::Option<::std::string::String>,
    pub master_account_arn: ::std::option::Option<::std::string::String>,
    pub master_account_email: ::std::option::Option<::std::string::String>,
    pub master_account_id: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for Organization {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Organization")
            .field("arn", &self.arn)
            .field("available_policy_types", &self.available_policy_types)
            .field("feature_set", &self.feature_set)
            .field("id", &self.id)
            .field("master_account_arn", &self.master_account_arn)
            .field("master_account_email", &"<redacted>")
            .field("master_account_id", &self.master_account_id)
            .finish()
    }
}

impl crate::ToValue for Organization {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.available_policy_types {
            m.push((
                "AvailablePolicyTypes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.feature_set {
            m.push(("FeatureSet", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.id {
            m.push(("Id", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.master_account_arn {
            m.push(("MasterAccountArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.master_account_email {
            m.push(("MasterAccountEmail", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.master_account_id {
            m.push(("MasterAccountId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Organization {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            available_policy_types: crate::codec::optional(
                m,
                "AvailablePolicyTypes",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            feature_set: crate::codec::optional(m, "FeatureSet", crate::FromValue::from_value)?,
            id: crate::codec::optional(m, "Id", crate::FromValue::from_value)?,
            master_account_arn: crate::codec::optional(
                m,
                "MasterAccountArn",
                crate::FromValue::from_value,
            )?,
            master_account_email: crate::codec::optional(
                m,
                "MasterAccountEmail",
                crate::FromValue::from_value,
            )?,
            master_account_id: crate::codec::optional(
                m,
                "MasterAccountId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OrganizationFeatureSet {
    ALL,
    CONSOLIDATEDBILLING,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl OrganizationFeatureSet {
    pub const VALUES: &'static [&'static str] = &["ALL", "CONSOLIDATED_BILLING"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ALL => "ALL",
            Self::CONSOLIDATEDBILLING => "CONSOLIDATED_BILLING",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ALL" => Self::ALL,
            "CONSOLIDATED_BILLING" => Self::CONSOLIDATEDBILLING,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for OrganizationFeatureSet {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for OrganizationFeatureSet {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationNotEmptyException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl OrganizationNotEmptyException {
    pub const CODE: &'static str = "OrganizationNotEmptyException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for OrganizationNotEmptyException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OrganizationNotEmptyException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationalUnit {
    pub arn: ::std::option::Option<::std::string::String>,
    pub id: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub path: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for OrganizationalUnit {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.id {
            m.push(("Id", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OrganizationalUnit {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            id: crate::codec::optional(m, "Id", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationalUnitNotEmptyException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl OrganizationalUnitNotEmptyException {
    pub const CODE: &'static str = "OrganizationalUnitNotEmptyException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for OrganizationalUnitNotEmptyException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OrganizationalUnitNotEmptyException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationalUnitNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl OrganizationalUnitNotFoundException {
    pub const CODE: &'static str = "OrganizationalUnitNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for OrganizationalUnitNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OrganizationalUnitNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parent {
    pub id: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<ParentType>,
}

impl crate::ToValue for Parent {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.id {
            m.push(("Id", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Parent {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            id: crate::codec::optional(m, "Id", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParentNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ParentNotFoundException {
    pub const CODE: &'static str = "ParentNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ParentNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ParentNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ParentType {
    ROOT,
    ORGANIZATIONALUNIT,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ParentType {
    pub const VALUES: &'static [&'static str] = &["ROOT", "ORGANIZATIONAL_UNIT"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ROOT => "ROOT",
            Self::ORGANIZATIONALUNIT => "ORGANIZATIONAL_UNIT",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ROOT" => Self::ROOT,
            "ORGANIZATIONAL_UNIT" => Self::ORGANIZATIONALUNIT,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ParentType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ParentType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Policy {
    pub content: ::std::option::Option<::std::string::String>,
    pub policy_summary: ::std::option::Option<PolicySummary>,
}

impl crate::ToValue for Policy {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.content {
            m.push(("Content", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_summary {
            m.push(("PolicySummary", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Policy {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            content: crate::codec::optional(m, "Content", crate::FromValue::from_value)?,
            policy_summary: crate::codec::optional(
                m,
                "PolicySummary",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyChangesInProgressException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl PolicyChangesInProgressException {
    pub const CODE: &'static str = "PolicyChangesInProgressException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for PolicyChangesInProgressException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyChangesInProgressException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyInUseException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl PolicyInUseException {
    pub const CODE: &'static str = "PolicyInUseException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for PolicyInUseException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyInUseException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyNotAttachedException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl PolicyNotAttachedException {
    pub const CODE: &'static str = "PolicyNotAttachedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for PolicyNotAttachedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyNotAttachedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl PolicyNotFoundException {
    pub const CODE: &'static str = "PolicyNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for PolicyNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicySummary {
    pub arn: ::std::option::Option<::std::string::String>,
    pub aws_managed: ::std::option::Option<bool>,
    pub description: ::std::option::Option<::std::string::String>,
    pub id: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<PolicyType>,
}

impl crate::ToValue for PolicySummary {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.aws_managed {
            m.push(("AwsManaged", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.id {
            m.push(("Id", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicySummary {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            aws_managed: crate::codec::optional(m, "AwsManaged", crate::FromValue::from_value)?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            id: crate::codec::optional(m, "Id", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyTargetSummary {
    pub arn: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub target_id: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<TargetType>,
}

impl crate::ToValue for PolicyTargetSummary {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.target_id {
            m.push(("TargetId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyTargetSummary {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            target_id: crate::codec::optional(m, "TargetId", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PolicyType {
    SERVICECONTROLPOLICY,
    RESOURCECONTROLPOLICY,
    TAGPOLICY,
    BACKUPPOLICY,
    AISERVICESOPTOUTPOLICY,
    CHATBOTPOLICY,
    DECLARATIVEPOLICYEC2,
    SECURITYHUBPOLICY,
    SECURITYHUBCSPMPOLICY,
    INSPECTORPOLICY,
    UPGRADEROLLOUTPOLICY,
    BEDROCKPOLICY,
    S3POLICY,
    NETWORKSECURITYDIRECTORPOLICY,
    GUARDDUTYPOLICY,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl PolicyType {
    pub const VALUES: &'static [&'static str] = &[
        "SERVICE_CONTROL_POLICY",
        "RESOURCE_CONTROL_POLICY",
        "TAG_POLICY",
        "BACKUP_POLICY",
        "AISERVICES_OPT_OUT_POLICY",
        "CHATBOT_POLICY",
        "DECLARATIVE_POLICY_EC2",
        "SECURITYHUB_POLICY",
        "SECURITYHUB_CSPM_POLICY",
        "INSPECTOR_POLICY",
        "UPGRADE_ROLLOUT_POLICY",
        "BEDROCK_POLICY",
        "S3_POLICY",
        "NETWORK_SECURITY_DIRECTOR_POLICY",
        "GUARDDUTY_POLICY",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::SERVICECONTROLPOLICY => "SERVICE_CONTROL_POLICY",
            Self::RESOURCECONTROLPOLICY => "RESOURCE_CONTROL_POLICY",
            Self::TAGPOLICY => "TAG_POLICY",
            Self::BACKUPPOLICY => "BACKUP_POLICY",
            Self::AISERVICESOPTOUTPOLICY => "AISERVICES_OPT_OUT_POLICY",
            Self::CHATBOTPOLICY => "CHATBOT_POLICY",
            Self::DECLARATIVEPOLICYEC2 => "DECLARATIVE_POLICY_EC2",
            Self::SECURITYHUBPOLICY => "SECURITYHUB_POLICY",
            Self::SECURITYHUBCSPMPOLICY => "SECURITYHUB_CSPM_POLICY",
            Self::INSPECTORPOLICY => "INSPECTOR_POLICY",
            Self::UPGRADEROLLOUTPOLICY => "UPGRADE_ROLLOUT_POLICY",
            Self::BEDROCKPOLICY => "BEDROCK_POLICY",
            Self::S3POLICY => "S3_POLICY",
            Self::NETWORKSECURITYDIRECTORPOLICY => "NETWORK_SECURITY_DIRECTOR_POLICY",
            Self::GUARDDUTYPOLICY => "GUARDDUTY_POLICY",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "SERVICE_CONTROL_POLICY" => Self::SERVICECONTROLPOLICY,
            "RESOURCE_CONTROL_POLICY" => Self::RESOURCECONTROLPOLICY,
            "TAG_POLICY" => Self::TAGPOLICY,
            "BACKUP_POLICY" => Self::BACKUPPOLICY,
            "AISERVICES_OPT_OUT_POLICY" => Self::AISERVICESOPTOUTPOLICY,
            "CHATBOT_POLICY" => Self::CHATBOTPOLICY,
            "DECLARATIVE_POLICY_EC2" => Self::DECLARATIVEPOLICYEC2,
            "SECURITYHUB_POLICY" => Self::SECURITYHUBPOLICY,
            "SECURITYHUB_CSPM_POLICY" => Self::SECURITYHUBCSPMPOLICY,
            "INSPECTOR_POLICY" => Self::INSPECTORPOLICY,
            "UPGRADE_ROLLOUT_POLICY" => Self::UPGRADEROLLOUTPOLICY,
            "BEDROCK_POLICY" => Self::BEDROCKPOLICY,
            "S3_POLICY" => Self::S3POLICY,
            "NETWORK_SECURITY_DIRECTOR_POLICY" => Self::NETWORKSECURITYDIRECTORPOLICY,
            "GUARDDUTY_POLICY" => Self::GUARDDUTYPOLICY,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for PolicyType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for PolicyType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyTypeAlreadyEnabledException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl PolicyTypeAlreadyEnabledException {
    pub const CODE: &'static str = "PolicyTypeAlreadyEnabledException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for PolicyTypeAlreadyEnabledException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyTypeAlreadyEnabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyTypeNotAvailableForOrganizationException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl PolicyTypeNotAvailableForOrganizationException {
    pub const CODE: &'static str = "PolicyTypeNotAvailableForOrganizationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for PolicyTypeNotAvailableForOrganizationException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyTypeNotAvailableForOrganizationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyTypeNotEnabledException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl PolicyTypeNotEnabledException {
    pub const CODE: &'static str = "PolicyTypeNotEnabledException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for PolicyTypeNotEnabledException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyTypeNotEnabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PolicyTypeStatus {
    ENABLED,
    PENDINGENABLE,
    PENDINGDISABLE,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl PolicyTypeStatus {
    pub const VALUES: &'static [&'static str] = &["ENABLED", "PENDING_ENABLE", "PENDING_DISABLE"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ENABLED => "ENABLED",
            Self::PENDINGENABLE => "PENDING_ENABLE",
            Self::PENDINGDISABLE => "PENDING_DISABLE",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ENABLED" => Self::ENABLED,
            "PENDING_ENABLE" => Self::PENDINGENABLE,
            "PENDING_DISABLE" => Self::PENDINGDISABLE,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for PolicyTypeStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for PolicyTypeStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyTypeSummary {
    pub status: ::std::option::Option<PolicyTypeStatus>,
    pub r#type: ::std::option::Option<PolicyType>,
}

impl crate::ToValue for PolicyTypeSummary {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyTypeSummary {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutResourcePolicyRequest {
    pub content: ::std::string::String,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for PutResourcePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Content", crate::ToValue::to_value(&self.content)));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutResourcePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            content: crate::codec::required(m, "Content", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutResourcePolicyResponse {
    pub resource_policy: ::std::option::Option<ResourcePolicy>,
}

impl crate::ToValue for PutResourcePolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.resource_policy {
            m.push(("ResourcePolicy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutResourcePolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_policy: crate::codec::optional(
                m,
                "ResourcePolicy",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegisterDelegatedAdministratorRequest {
    pub account_id: ::std::string::String,
    pub service_principal: ::std::string::String,
}

impl crate::ToValue for RegisterDelegatedAdministratorRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("AccountId", crate::ToValue::to_value(&self.account_id)));
        m.push((
            "ServicePrincipal",
            crate::ToValue::to_value(&self.service_principal),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RegisterDelegatedAdministratorRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::required(m, "AccountId", crate::FromValue::from_value)?,
            service_principal: crate::codec::required(
                m,
                "ServicePrincipal",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveAccountFromOrganizationRequest {
    pub account_id: ::std::string::String,
}

impl crate::ToValue for RemoveAccountFromOrganizationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("AccountId", crate::ToValue::to_value(&self.account_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RemoveAccountFromOrganizationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::required(m, "AccountId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourcePolicy {
    pub content: ::std::option::Option<::std::string::String>,
    pub resource_policy_summary: ::std::option::Option<ResourcePolicySummary>,
}

impl crate::ToValue for ResourcePolicy {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.content {
            m.push(("Content", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_policy_summary {
            m.push(("ResourcePolicySummary", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResourcePolicy {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            content: crate::codec::optional(m, "Content", crate::FromValue::from_value)?,
            resource_policy_summary: crate::codec::optional(
                m,
                "ResourcePolicySummary",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourcePolicyNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ResourcePolicyNotFoundException {
    pub const CODE: &'static str = "ResourcePolicyNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ResourcePolicyNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResourcePolicyNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourcePolicySummary {
    pub arn: ::std::option::Option<::std::string::String>,
    pub id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ResourcePolicySummary {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.id {
            m.push(("Id", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResourcePolicySummary {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            id: crate::codec::optional(m, "Id", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct ResponsibilityTransfer {
    pub active_handshake_id: ::std::option::Option<::std::string::String>,
    pub arn: ::std::option::Option<::std::string::String>,
    pub end_timestamp: ::std::option::Option<crate::Timestamp>,
    pub id: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub source: ::std::option::Option<TransferParticipant>,
    pub start_timestamp: ::std::option::Option<crate::Timestamp>,
    pub status: ::std::option::Option<ResponsibilityTransferStatus>,
    pub target: ::std::option::Option<TransferParticipant>,
    pub r#type: ::std::option::Option<ResponsibilityTransferType>,
}

impl ::std::fmt::Debug for ResponsibilityTransfer {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResponsibilityTransfer")
            .field("active_handshake_id", &self.active_handshake_id)
            .field("arn", &self.arn)
            .field("end_timestamp", &self.end_timestamp)
            .field("id", &self.id)
            .field("name", &"<redacted>")
            .field("source", &self.source)
            .field("start_timestamp", &self.start_timestamp)
            .field("status", &self.status)
            .field("target", &self.target)
            .field("type", &self.r#type)
            .finish()
    }
}

impl crate::ToValue for ResponsibilityTransfer {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(10);
        if let Some(x) = &self.active_handshake_id {
            m.push(("ActiveHandshakeId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.end_timestamp {
            m.push(("EndTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.id {
            m.push(("Id", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source {
            m.push(("Source", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_timestamp {
            m.push(("StartTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.target {
            m.push(("Target", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResponsibilityTransfer {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            active_handshake_id: crate::codec::optional(
                m,
                "ActiveHandshakeId",
                crate::FromValue::from_value,
            )?,
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            end_timestamp: crate::codec::optional(m, "EndTimestamp", crate::FromValue::from_value)?,
            id: crate::codec::optional(m, "Id", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            source: crate::codec::optional(m, "Source", crate::FromValue::from_value)?,
            start_timestamp: crate::codec::optional(
                m,
                "StartTimestamp",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            target: crate::codec::optional(m, "Target", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponsibilityTransferAlreadyInStatusException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ResponsibilityTransferAlreadyInStatusException {
    pub const CODE: &'static str = "ResponsibilityTransferAlreadyInStatusException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ResponsibilityTransferAlreadyInStatusException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResponsibilityTransferAlreadyInStatusException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponsibilityTransferNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ResponsibilityTransferNotFoundException {
    pub const CODE: &'static str = "ResponsibilityTransferNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ResponsibilityTransferNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResponsibilityTransferNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResponsibilityTransferStatus {
    REQUESTED,
    DECLINED,
    CANCELED,
    EXPIRED,
    ACCEPTED,
    WITHDRAWN,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ResponsibilityTransferStatus {
    pub const VALUES: &'static [&'static str] = &[
        "REQUESTED",
        "DECLINED",
        "CANCELED",
        "EXPIRED",
        "ACCEPTED",
        "WITHDRAWN",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::REQUESTED => "REQUESTED",
            Self::DECLINED => "DECLINED",
            Self::CANCELED => "CANCELED",
            Self::EXPIRED => "EXPIRED",
            Self::ACCEPTED => "ACCEPTED",
            Self::WITHDRAWN => "WITHDRAWN",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "REQUESTED" => Self::REQUESTED,
            "DECLINED" => Self::DECLINED,
            "CANCELED" => Self::CANCELED,
            "EXPIRED" => Self::EXPIRED,
            "ACCEPTED" => Self::ACCEPTED,
            "WITHDRAWN" => Self::WITHDRAWN,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ResponsibilityTransferStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ResponsibilityTransferStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResponsibilityTransferType {
    BILLING,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ResponsibilityTransferType {
    pub const VALUES: &'static [&'static str] = &["BILLING"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::BILLING => "BILLING",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "BILLING" => Self::BILLING,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ResponsibilityTransferType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ResponsibilityTransferType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Root {
    pub arn: ::std::option::Option<::std::string::String>,
    pub id: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub policy_types: ::std::option::Option<::std::vec::Vec<PolicyTypeSummary>>,
}

impl crate::ToValue for Root {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.id {
            m.push(("Id", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_types {
            m.push((
                "PolicyTypes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Root {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            id: crate::codec::optional(m, "Id", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            policy_types: crate::codec::optional(m, "PolicyTypes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RootNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl RootNotFoundException {
    pub const CODE: &'static str = "RootNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for RootNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RootNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ServiceException {
    pub const CODE: &'static str = "ServiceException";
    pub const HTTP_STATUS: u16 = 500;
    pub const SENDER_FAULT: bool = false;
}

impl crate::ToValue for ServiceException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ServiceException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceParentNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl SourceParentNotFoundException {
    pub const CODE: &'static str = "SourceParentNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for SourceParentNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SourceParentNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
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

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagResourceRequest {
    pub resource_id: ::std::string::String,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for TagResourceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("ResourceId", crate::ToValue::to_value(&self.resource_id)));
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
            resource_id: crate::codec::required(m, "ResourceId", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TargetNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl TargetNotFoundException {
    pub const CODE: &'static str = "TargetNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for TargetNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TargetNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TargetType {
    ACCOUNT,
    ORGANIZATIONALUNIT,
    ROOT,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl TargetType {
    pub const VALUES: &'static [&'static str] = &["ACCOUNT", "ORGANIZATIONAL_UNIT", "ROOT"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ACCOUNT => "ACCOUNT",
            Self::ORGANIZATIONALUNIT => "ORGANIZATIONAL_UNIT",
            Self::ROOT => "ROOT",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ACCOUNT" => Self::ACCOUNT,
            "ORGANIZATIONAL_UNIT" => Self::ORGANIZATIONALUNIT,
            "ROOT" => Self::ROOT,
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
pub struct TerminateResponsibilityTransferRequest {
    pub end_timestamp: ::std::option::Option<crate::Timestamp>,
    pub id: ::std::string::String,
}

impl crate::ToValue for TerminateResponsibilityTransferRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.end_timestamp {
            m.push(("EndTimestamp", crate::ToValue::to_value(x)));
        }
        m.push(("Id", crate::ToValue::to_value(&self.id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TerminateResponsibilityTransferRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            end_timestamp: crate::codec::optional(m, "EndTimestamp", crate::FromValue::from_value)?,
            id: crate::codec::required(m, "Id", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TerminateResponsibilityTransferResponse {
    pub responsibility_transfer: ::std::option::Option<ResponsibilityTransfer>,
}

impl crate::ToValue for TerminateResponsibilityTransferResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.responsibility_transfer {
            m.push(("ResponsibilityTransfer", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TerminateResponsibilityTransferResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            responsibility_transfer: crate::codec::optional(
                m,
                "ResponsibilityTransfer",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TooManyRequestsException {
    pub message: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl TooManyRequestsException {
    pub const CODE: &'static str = "TooManyRequestsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for TooManyRequestsException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TooManyRequestsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct TransferParticipant {
    pub management_account_email: ::std::option::Option<::std::string::String>,
    pub management_account_id: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for TransferParticipant {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TransferParticipant")
            .field("management_account_email", &"<redacted>")
            .field("management_account_id", &self.management_account_id)
            .finish()
    }
}

impl crate::ToValue for TransferParticipant {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.management_account_email {
            m.push(("ManagementAccountEmail", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.management_account_id {
            m.push(("ManagementAccountId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TransferParticipant {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            management_account_email: crate::codec::optional(
                m,
                "ManagementAccountEmail",
                crate::FromValue::from_value,
            )?,
            management_account_id: crate::codec::optional(
                m,
                "ManagementAccountId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsupportedAPIEndpointException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl UnsupportedAPIEndpointException {
    pub const CODE: &'static str = "UnsupportedAPIEndpointException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for UnsupportedAPIEndpointException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UnsupportedAPIEndpointException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagResourceRequest {
    pub resource_id: ::std::string::String,
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for UntagResourceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("ResourceId", crate::ToValue::to_value(&self.resource_id)));
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
            resource_id: crate::codec::required(m, "ResourceId", crate::FromValue::from_value)?,
            tag_keys: crate::codec::required(m, "TagKeys", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateOrganizationalUnitRequest {
    pub name: ::std::option::Option<::std::string::String>,
    pub organizational_unit_id: ::std::string::String,
}

impl crate::ToValue for UpdateOrganizationalUnitRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        m.push((
            "OrganizationalUnitId",
            crate::ToValue::to_value(&self.organizational_unit_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateOrganizationalUnitRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            organizational_unit_id: crate::codec::required(
                m,
                "OrganizationalUnitId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateOrganizationalUnitResponse {
    pub organizational_unit: ::std::option::Option<OrganizationalUnit>,
}

impl crate::ToValue for UpdateOrganizationalUnitResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.organizational_unit {
            m.push(("OrganizationalUnit", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateOrganizationalUnitResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            organizational_unit: crate::codec::optional(
                m,
                "OrganizationalUnit",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdatePolicyRequest {
    pub content: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub policy_id: ::std::string::String,
}

impl crate::ToValue for UpdatePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.content {
            m.push(("Content", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        m.push(("PolicyId", crate::ToValue::to_value(&self.policy_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdatePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            content: crate::codec::optional(m, "Content", crate::FromValue::from_value)?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            policy_id: crate::codec::required(m, "PolicyId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdatePolicyResponse {
    pub policy: ::std::option::Option<Policy>,
}

impl crate::ToValue for UpdatePolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.policy {
            m.push(("Policy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdatePolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy: crate::codec::optional(m, "Policy", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct UpdateResponsibilityTransferRequest {
    pub id: ::std::string::String,
    pub name: ::std::string::String,
}

impl ::std::fmt::Debug for UpdateResponsibilityTransferRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateResponsibilityTransferRequest")
            .field("id", &self.id)
            .field("name", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for UpdateResponsibilityTransferRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Id", crate::ToValue::to_value(&self.id)));
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateResponsibilityTransferRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            id: crate::codec::required(m, "Id", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateResponsibilityTransferResponse {
    pub responsibility_transfer: ::std::option::Option<ResponsibilityTransfer>,
}

impl crate::ToValue for UpdateResponsibilityTransferResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.responsibility_transfer {
            m.push(("ResponsibilityTransfer", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateResponsibilityTransferResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            responsibility_transfer: crate::codec::optional(
                m,
                "ResponsibilityTransfer",
                crate::FromValue::from_value,
            )?,
        })
    }
}
