//! The `ds` service: schema tables and typed shapes. Written by `scripts/codegen` from botocore 1.44.8; do not edit.

#![allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case)]

pub static SERVICE: crate::ServiceDef = crate::ServiceDef {
    name: "ds",
    protocol: crate::Protocol::RpcV2Cbor,
    protocols: &["smithy-rpc-v2-cbor", "json"],
    api_version: "2015-04-16",
    target_prefix: Some("DirectoryService_20150416"),
    json_version: Some("1.1"),
    xml_namespace: Some("http://directoryservice.amazonaws.com/doc/2015-04-16/"),
    signing_name: "ds",
    endpoint_prefix: "ds",
    operations: &OPERATIONS,
    shapes: &SHAPES,
};

static OPERATIONS: [crate::OperationDef; 80] = [
    crate::OperationDef {
        name: "AcceptSharedDirectory",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(1)),
        output: Some(crate::ShapeId(2)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(255),
            crate::ShapeId(232),
            crate::ShapeId(163),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AddIpRoutes",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(5)),
        output: Some(crate::ShapeId(6)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(231),
            crate::ShapeId(255),
            crate::ShapeId(192),
            crate::ShapeId(262),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AddRegion",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(7)),
        output: Some(crate::ShapeId(8)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(192),
            crate::ShapeId(255),
            crate::ShapeId(232),
            crate::ShapeId(162),
            crate::ShapeId(414),
            crate::ShapeId(178),
            crate::ShapeId(318),
            crate::ShapeId(3),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AddTagsToResource",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(9)),
        output: Some(crate::ShapeId(10)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(393),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CancelSchemaExtension",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(47)),
        output: Some(crate::ShapeId(48)),
        result_wrapper: None,
        errors: &[crate::ShapeId(232), crate::ShapeId(73), crate::ShapeId(356)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ConnectDirectory",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(80)),
        output: Some(crate::ShapeId(81)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(183),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateAlias",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(84)),
        output: Some(crate::ShapeId(85)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(231),
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateComputer",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(86)),
        output: Some(crate::ShapeId(87)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(42),
            crate::ShapeId(192),
            crate::ShapeId(231),
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(414),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateConditionalForwarder",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(88)),
        output: Some(crate::ShapeId(89)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(231),
            crate::ShapeId(232),
            crate::ShapeId(192),
            crate::ShapeId(255),
            crate::ShapeId(414),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateDirectory",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(90)),
        output: Some(crate::ShapeId(91)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(183),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateHybridAD",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(92)),
        output: Some(crate::ShapeId(93)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(255),
            crate::ShapeId(414),
            crate::ShapeId(183),
            crate::ShapeId(0),
            crate::ShapeId(232),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateLogSubscription",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(94)),
        output: Some(crate::ShapeId(95)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(231),
            crate::ShapeId(232),
            crate::ShapeId(414),
            crate::ShapeId(250),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateMicrosoftAD",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(96)),
        output: Some(crate::ShapeId(97)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(183),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(414),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateSnapshot",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(100)),
        output: Some(crate::ShapeId(101)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(372),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateTrust",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(102)),
        output: Some(crate::ShapeId(103)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(231),
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(414),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteADAssessment",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(109)),
        output: Some(crate::ShapeId(110)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(255),
            crate::ShapeId(414),
            crate::ShapeId(232),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteConditionalForwarder",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(112)),
        output: Some(crate::ShapeId(113)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(192),
            crate::ShapeId(255),
            crate::ShapeId(414),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteDirectory",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(114)),
        output: Some(crate::ShapeId(115)),
        result_wrapper: None,
        errors: &[crate::ShapeId(232), crate::ShapeId(73), crate::ShapeId(356)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteLogSubscription",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(116)),
        output: Some(crate::ShapeId(117)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(414),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteSnapshot",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(118)),
        output: Some(crate::ShapeId(119)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteTrust",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(120)),
        output: Some(crate::ShapeId(121)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(414),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeregisterCertificate",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(122)),
        output: Some(crate::ShapeId(123)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(192),
            crate::ShapeId(178),
            crate::ShapeId(53),
            crate::ShapeId(56),
            crate::ShapeId(414),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeregisterEventTopic",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(124)),
        output: Some(crate::ShapeId(125)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeADAssessment",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(126)),
        output: Some(crate::ShapeId(127)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(255),
            crate::ShapeId(414),
            crate::ShapeId(232),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeCAEnrollmentPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(128)),
        output: Some(crate::ShapeId(129)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(414),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeCertificate",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(130)),
        output: Some(crate::ShapeId(131)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(414),
            crate::ShapeId(53),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeClientAuthenticationSettings",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(132)),
        output: Some(crate::ShapeId(133)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(414),
            crate::ShapeId(3),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeConditionalForwarders",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(134)),
        output: Some(crate::ShapeId(135)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(192),
            crate::ShapeId(255),
            crate::ShapeId(414),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeDirectories",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(136)),
        output: Some(crate::ShapeId(137)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(254),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeDirectoryDataAccess",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(138)),
        output: Some(crate::ShapeId(139)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(414),
            crate::ShapeId(3),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeDomainControllers",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(140)),
        output: Some(crate::ShapeId(141)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(254),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(414),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeEventTopics",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(142)),
        output: Some(crate::ShapeId(143)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeHybridADUpdate",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(144)),
        output: Some(crate::ShapeId(145)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(414),
            crate::ShapeId(178),
            crate::ShapeId(255),
            crate::ShapeId(254),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeLDAPSSettings",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(146)),
        output: Some(crate::ShapeId(147)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(414),
            crate::ShapeId(254),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeRegions",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(148)),
        output: Some(crate::ShapeId(149)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(255),
            crate::ShapeId(178),
            crate::ShapeId(414),
            crate::ShapeId(254),
            crate::ShapeId(3),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeSettings",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(150)),
        output: Some(crate::ShapeId(151)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(414),
            crate::ShapeId(255),
            crate::ShapeId(254),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeSharedDirectories",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(152)),
        output: Some(crate::ShapeId(153)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(254),
            crate::ShapeId(255),
            crate::ShapeId(414),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeSnapshots",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(154)),
        output: Some(crate::ShapeId(155)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(254),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeTrusts",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(156)),
        output: Some(crate::ShapeId(157)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(254),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(414),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeUpdateDirectory",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(158)),
        output: Some(crate::ShapeId(159)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(255),
            crate::ShapeId(3),
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(254),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableCAEnrollmentPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(196)),
        output: Some(crate::ShapeId(197)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(192),
            crate::ShapeId(255),
            crate::ShapeId(195),
            crate::ShapeId(232),
            crate::ShapeId(3),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableClientAuthentication",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(198)),
        output: Some(crate::ShapeId(199)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(414),
            crate::ShapeId(252),
            crate::ShapeId(3),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableDirectoryDataAccess",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(200)),
        output: Some(crate::ShapeId(201)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(192),
            crate::ShapeId(414),
            crate::ShapeId(182),
            crate::ShapeId(3),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableLDAPS",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(202)),
        output: Some(crate::ShapeId(203)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(192),
            crate::ShapeId(178),
            crate::ShapeId(253),
            crate::ShapeId(414),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableRadius",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(204)),
        output: Some(crate::ShapeId(205)),
        result_wrapper: None,
        errors: &[crate::ShapeId(232), crate::ShapeId(73), crate::ShapeId(356)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableSso",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(206)),
        output: Some(crate::ShapeId(207)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(250),
            crate::ShapeId(42),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableCAEnrollmentPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(218)),
        output: Some(crate::ShapeId(219)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(192),
            crate::ShapeId(255),
            crate::ShapeId(231),
            crate::ShapeId(232),
            crate::ShapeId(217),
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(3),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableClientAuthentication",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(220)),
        output: Some(crate::ShapeId(221)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(414),
            crate::ShapeId(252),
            crate::ShapeId(3),
            crate::ShapeId(298),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableDirectoryDataAccess",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(222)),
        output: Some(crate::ShapeId(223)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(192),
            crate::ShapeId(414),
            crate::ShapeId(182),
            crate::ShapeId(3),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableLDAPS",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(224)),
        output: Some(crate::ShapeId(225)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(192),
            crate::ShapeId(178),
            crate::ShapeId(298),
            crate::ShapeId(253),
            crate::ShapeId(414),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableRadius",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(226)),
        output: Some(crate::ShapeId(227)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(255),
            crate::ShapeId(231),
            crate::ShapeId(232),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableSso",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(228)),
        output: Some(crate::ShapeId(229)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(250),
            crate::ShapeId(42),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetDirectoryLimits",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(236)),
        output: Some(crate::ShapeId(237)),
        result_wrapper: None,
        errors: &[crate::ShapeId(232), crate::ShapeId(73), crate::ShapeId(356)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetSnapshotLimits",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(238)),
        output: Some(crate::ShapeId(239)),
        result_wrapper: None,
        errors: &[crate::ShapeId(232), crate::ShapeId(73), crate::ShapeId(356)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListADAssessments",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(279)),
        output: Some(crate::ShapeId(280)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(255),
            crate::ShapeId(414),
            crate::ShapeId(178),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListCertificates",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(281)),
        output: Some(crate::ShapeId(282)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(414),
            crate::ShapeId(255),
            crate::ShapeId(254),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListIpRoutes",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(283)),
        output: Some(crate::ShapeId(284)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(254),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListLogSubscriptions",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(285)),
        output: Some(crate::ShapeId(286)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(254),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListSchemaExtensions",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(287)),
        output: Some(crate::ShapeId(288)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(254),
            crate::ShapeId(232),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListTagsForResource",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(289)),
        output: Some(crate::ShapeId(290)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(254),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RegisterCertificate",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(323)),
        output: Some(crate::ShapeId(324)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(192),
            crate::ShapeId(178),
            crate::ShapeId(251),
            crate::ShapeId(58),
            crate::ShapeId(50),
            crate::ShapeId(414),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RegisterEventTopic",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(325)),
        output: Some(crate::ShapeId(326)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RejectSharedDirectory",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(327)),
        output: Some(crate::ShapeId(328)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(255),
            crate::ShapeId(232),
            crate::ShapeId(163),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RemoveIpRoutes",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(331)),
        output: Some(crate::ShapeId(332)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(192),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RemoveRegion",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(333)),
        output: Some(crate::ShapeId(334)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(192),
            crate::ShapeId(178),
            crate::ShapeId(414),
            crate::ShapeId(3),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RemoveTagsFromResource",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(335)),
        output: Some(crate::ShapeId(336)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ResetUserPassword",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(339)),
        output: Some(crate::ShapeId(340)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(192),
            crate::ShapeId(438),
            crate::ShapeId(256),
            crate::ShapeId(414),
            crate::ShapeId(232),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RestoreFromSnapshot",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(342)),
        output: Some(crate::ShapeId(343)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ShareDirectory",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(361)),
        output: Some(crate::ShapeId(362)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(163),
            crate::ShapeId(232),
            crate::ShapeId(257),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(363),
            crate::ShapeId(304),
            crate::ShapeId(3),
            crate::ShapeId(414),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "StartADAssessment",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(380)),
        output: Some(crate::ShapeId(381)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(255),
            crate::ShapeId(414),
            crate::ShapeId(178),
            crate::ShapeId(0),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "StartSchemaExtension",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(383)),
        output: Some(crate::ShapeId(384)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(192),
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(372),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UnshareDirectory",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(411)),
        output: Some(crate::ShapeId(412)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(257),
            crate::ShapeId(186),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateConditionalForwarder",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(417)),
        output: Some(crate::ShapeId(418)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(192),
            crate::ShapeId(255),
            crate::ShapeId(414),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateDirectorySetup",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(419)),
        output: Some(crate::ShapeId(420)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(414),
            crate::ShapeId(182),
            crate::ShapeId(192),
            crate::ShapeId(372),
            crate::ShapeId(255),
            crate::ShapeId(178),
            crate::ShapeId(3),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateHybridAD",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(421)),
        output: Some(crate::ShapeId(422)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(414),
            crate::ShapeId(255),
            crate::ShapeId(178),
            crate::ShapeId(0),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateNumberOfDomainControllers",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(424)),
        output: Some(crate::ShapeId(425)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(192),
            crate::ShapeId(213),
            crate::ShapeId(255),
            crate::ShapeId(414),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateRadius",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(426)),
        output: Some(crate::ShapeId(427)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(255),
            crate::ShapeId(232),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateSettings",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(429)),
        output: Some(crate::ShapeId(430)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(178),
            crate::ShapeId(414),
            crate::ShapeId(192),
            crate::ShapeId(248),
            crate::ShapeId(415),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateTrust",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(433)),
        output: Some(crate::ShapeId(434)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "VerifyTrust",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(441)),
        output: Some(crate::ShapeId(442)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(232),
            crate::ShapeId(255),
            crate::ShapeId(73),
            crate::ShapeId(356),
            crate::ShapeId(414),
        ],
        unsigned: false,
    },
];

static SHAPES: [crate::Shape; 444] = [
    crate::Shape {
        name: "ADAssessmentLimitExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "ADAssessmentLimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AcceptSharedDirectoryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SharedDirectoryId",
            target: crate::ShapeId(180),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AcceptSharedDirectoryResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SharedDirectory",
            target: crate::ShapeId(368),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessDeniedException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
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
        name: "AccessUrl",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddIpRoutesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IpRoutes",
                target: crate::ShapeId(265),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdateSecurityGroupForDirectoryControllers",
                target: crate::ShapeId(428),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddIpRoutesResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddRegionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegionName",
                target: crate::ShapeId(319),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VPCSettings",
                target: crate::ShapeId(193),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddRegionResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddTagsToResourceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ResourceId",
                target: crate::ShapeId(341),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(395),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddTagsToResourceResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddedDateTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AdditionalRegions",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(319),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AliasName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(62),
        pattern: Some("^(?!D-|d-)([\\da-zA-Z]+)([-]*[\\da-zA-Z])*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Assessment",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssessmentId",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CustomerDnsIps",
                target: crate::ShapeId(105),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsName",
                target: crate::ShapeId(185),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastUpdateDateTime",
                target: crate::ShapeId(274),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ReportType",
                target: crate::ShapeId(21),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SecurityGroupIds",
                target: crate::ShapeId(352),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SelfManagedInstanceIds",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartTime",
                target: crate::ShapeId(23),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(24),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StatusCode",
                target: crate::ShapeId(25),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StatusReason",
                target: crate::ShapeId(26),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubnetIds",
                target: crate::ShapeId(388),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Version",
                target: crate::ShapeId(36),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpcId",
                target: crate::ShapeId(443),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentConfiguration",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CustomerDnsIps",
                target: crate::ShapeId(105),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsName",
                target: crate::ShapeId(185),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceIds",
                target: crate::ShapeId(18),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SecurityGroupIds",
                target: crate::ShapeId(352),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpcSettings",
                target: crate::ShapeId(193),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentId",
        kind: crate::ShapeKind::String,
        pattern: Some("^da-[0-9a-f]{18}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentInstanceId",
        kind: crate::ShapeKind::String,
        pattern: Some("^(i-[0-9a-f]{8}|i-[0-9a-f]{17}|mi-[0-9a-f]{8}|mi-[0-9a-f]{17})$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentInstanceIds",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(17),
            ..crate::Member::EMPTY
        }),
        min: Some(2),
        max: Some(2),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentLimit",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(100),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentReport",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DomainControllerIp",
                target: crate::ShapeId(258),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Validations",
                target: crate::ShapeId(35),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentReportType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentReports",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(20),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentStartTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentStatus",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentStatusCode",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentStatusReason",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentSummary",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssessmentId",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CustomerDnsIps",
                target: crate::ShapeId(105),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsName",
                target: crate::ShapeId(185),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastUpdateDateTime",
                target: crate::ShapeId(274),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ReportType",
                target: crate::ShapeId(21),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartTime",
                target: crate::ShapeId(23),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(24),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentValidation",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Category",
                target: crate::ShapeId(29),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastUpdateDateTime",
                target: crate::ShapeId(34),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(30),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartTime",
                target: crate::ShapeId(34),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(31),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StatusCode",
                target: crate::ShapeId(32),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StatusReason",
                target: crate::ShapeId(33),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentValidationCategory",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentValidationName",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentValidationStatus",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentValidationStatusCode",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentValidationStatusReason",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentValidationTimeStamp",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentValidations",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(28),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssessmentVersion",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Assessments",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(27),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Attribute",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(39),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(40),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeValue",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Attributes",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(38),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AuthenticationFailedException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "AuthenticationFailedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AvailabilityZone",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AvailabilityZones",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(43),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CaEnrollmentPolicyStatus",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "InProgress",
            "Success",
            "Failed",
            "Disabling",
            "Disabled",
            "Impaired",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CaEnrollmentPolicyStatusReason",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CancelSchemaExtensionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaExtensionId",
                target: crate::ShapeId(345),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CancelSchemaExtensionResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Certificate",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CertificateId",
                target: crate::ShapeId(55),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ClientCertAuthSettings",
                target: crate::ShapeId(72),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CommonName",
                target: crate::ShapeId(51),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExpiryDateTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegisteredDateTime",
                target: crate::ShapeId(59),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "State",
                target: crate::ShapeId(60),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StateReason",
                target: crate::ShapeId(61),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(62),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateAlreadyExistsException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "CertificateAlreadyExistsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateCN",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateData",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(8192),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateDoesNotExistException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "CertificateDoesNotExistException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateExpiryDateTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateId",
        kind: crate::ShapeKind::String,
        pattern: Some("^c-[0-9a-f]{10}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateInUseException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "CertificateInUseException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateInfo",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CertificateId",
                target: crate::ShapeId(55),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CommonName",
                target: crate::ShapeId(51),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExpiryDateTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "State",
                target: crate::ShapeId(60),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(62),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateLimitExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "CertificateLimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateRegisteredDateTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateState",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "Registering",
            "Registered",
            "RegisterFailed",
            "Deregistering",
            "Deregistered",
            "DeregisterFailed",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateStateReason",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificateType",
        kind: crate::ShapeKind::String,
        enum_values: &["ClientCertAuth", "ClientLDAPS"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificatesInfo",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(57),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CidrIp",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])(\\/([1-9]|[1-2][0-9]|3[0-2]))$",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CidrIps",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(64),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CidrIpv6",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^((([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4})|(([0-9a-fA-F]{1,4}:){1,7}:)|(([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4})|(([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2})|(([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3})|(([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4})|(([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5})|([0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6}))|(:((:[0-9a-fA-F]{1,4}){1,7}|:)))\\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CidrIpv6s",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(66),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClientAuthenticationSettingInfo",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "LastUpdatedDateTime",
                target: crate::ShapeId(275),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(70),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClientAuthenticationSettingsInfo",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(68),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClientAuthenticationStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["Enabled", "Disabled"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClientAuthenticationType",
        kind: crate::ShapeKind::String,
        enum_values: &["SmartCard", "SmartCardOrPassword"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClientCertAuthSettings",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "OCSPUrl",
            target: crate::ShapeId(300),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ClientException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "ClientException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CloudOnlyDirectoriesLimitReached",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Computer",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ComputerAttributes",
                target: crate::ShapeId(41),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ComputerId",
                target: crate::ShapeId(344),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ComputerName",
                target: crate::ShapeId(76),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ComputerName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(15),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ComputerPassword",
        kind: crate::ShapeKind::String,
        min: Some(8),
        max: Some(64),
        pattern: Some("[\\u0020-\\u00FF]+"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConditionalForwarder",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DnsIpAddrs",
                target: crate::ShapeId(208),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsIpv6Addrs",
                target: crate::ShapeId(209),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemoteDomainName",
                target: crate::ShapeId(329),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ReplicationScope",
                target: crate::ShapeId(337),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConditionalForwarders",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(78),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConnectDirectoryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConnectSettings",
                target: crate::ShapeId(174),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(160),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(185),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NetworkType",
                target: crate::ShapeId(295),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Password",
                target: crate::ShapeId(82),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ShortName",
                target: crate::ShapeId(187),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Size",
                target: crate::ShapeId(188),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(395),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConnectDirectoryResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConnectPassword",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConnectedDirectoriesLimitReached",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAliasRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Alias",
                target: crate::ShapeId(13),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAliasResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Alias",
                target: crate::ShapeId(13),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateComputerRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ComputerAttributes",
                target: crate::ShapeId(41),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ComputerName",
                target: crate::ShapeId(76),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationalUnitDistinguishedName",
                target: crate::ShapeId(303),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Password",
                target: crate::ShapeId(77),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateComputerResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Computer",
            target: crate::ShapeId(75),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateConditionalForwarderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsIpAddrs",
                target: crate::ShapeId(208),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsIpv6Addrs",
                target: crate::ShapeId(209),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemoteDomainName",
                target: crate::ShapeId(329),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateConditionalForwarderResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateDirectoryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Description",
                target: crate::ShapeId(160),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(185),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NetworkType",
                target: crate::ShapeId(295),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Password",
                target: crate::ShapeId(307),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ShortName",
                target: crate::ShapeId(187),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Size",
                target: crate::ShapeId(188),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(395),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpcSettings",
                target: crate::ShapeId(193),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateDirectoryResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateHybridADRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssessmentId",
                target: crate::ShapeId(16),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SecretArn",
                target: crate::ShapeId(350),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(395),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateHybridADResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateLogSubscriptionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LogGroupName",
                target: crate::ShapeId(291),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateLogSubscriptionResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateMicrosoftADRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Description",
                target: crate::ShapeId(160),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Edition",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(185),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NetworkType",
                target: crate::ShapeId(295),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Password",
                target: crate::ShapeId(307),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ShortName",
                target: crate::ShapeId(187),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(395),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpcSettings",
                target: crate::ShapeId(193),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateMicrosoftADResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateSnapshotBeforeSchemaExtension",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateSnapshotBeforeUpdate",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateSnapshotRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(374),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateSnapshotResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SnapshotId",
            target: crate::ShapeId(370),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateTrustRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConditionalForwarderIpAddrs",
                target: crate::ShapeId(208),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ConditionalForwarderIpv6Addrs",
                target: crate::ShapeId(209),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemoteDomainName",
                target: crate::ShapeId(329),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SelectiveAuth",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustDirection",
                target: crate::ShapeId(403),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustPassword",
                target: crate::ShapeId(406),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustType",
                target: crate::ShapeId(409),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateTrustResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "TrustId",
            target: crate::ShapeId(404),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreatedDateTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CustomerDnsIps",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(258),
            ..crate::Member::EMPTY
        }),
        min: Some(2),
        max: Some(2),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CustomerId",
        kind: crate::ShapeKind::String,
        pattern: Some("^(\\d{12})$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CustomerUserName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some(
            "^(?!.*\\\\|.*\"|.*\\/|.*\\[|.*\\]|.*:|.*;|.*\\||.*=|.*,|.*\\+|.*\\*|.*\\?|.*<|.*>|.*@).*$",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DataAccessStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["Disabled", "Disabling", "Enabled", "Enabling", "Failed"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteADAssessmentRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AssessmentId",
            target: crate::ShapeId(16),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteADAssessmentResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AssessmentId",
            target: crate::ShapeId(16),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteAssociatedConditionalForwarder",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteConditionalForwarderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemoteDomainName",
                target: crate::ShapeId(329),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteConditionalForwarderResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteDirectoryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteDirectoryResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteLogSubscriptionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteLogSubscriptionResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteSnapshotRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SnapshotId",
            target: crate::ShapeId(370),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteSnapshotResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SnapshotId",
            target: crate::ShapeId(370),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteTrustRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DeleteAssociatedConditionalForwarder",
                target: crate::ShapeId(111),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustId",
                target: crate::ShapeId(404),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteTrustResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "TrustId",
            target: crate::ShapeId(404),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeregisterCertificateRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CertificateId",
                target: crate::ShapeId(55),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeregisterCertificateResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeregisterEventTopicRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TopicName",
                target: crate::ShapeId(399),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeregisterEventTopicResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeADAssessmentRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AssessmentId",
            target: crate::ShapeId(16),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeADAssessmentResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Assessment",
                target: crate::ShapeId(14),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AssessmentReports",
                target: crate::ShapeId(22),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeCAEnrollmentPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeCAEnrollmentPolicyResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CaEnrollmentPolicyStatus",
                target: crate::ShapeId(45),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CaEnrollmentPolicyStatusReason",
                target: crate::ShapeId(46),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastUpdatedDateTime",
                target: crate::ShapeId(275),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PcaConnectorArn",
                target: crate::ShapeId(308),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeCertificateRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CertificateId",
                target: crate::ShapeId(55),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeCertificateResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Certificate",
            target: crate::ShapeId(49),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeClientAuthenticationSettingsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Limit",
                target: crate::ShapeId(306),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeClientAuthenticationSettingsResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ClientAuthenticationSettingsInfo",
                target: crate::ShapeId(69),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeConditionalForwardersRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemoteDomainNames",
                target: crate::ShapeId(330),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeConditionalForwardersResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ConditionalForwarders",
            target: crate::ShapeId(79),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeDirectoriesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryIds",
                target: crate::ShapeId(181),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Limit",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeDirectoriesResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryDescriptions",
                target: crate::ShapeId(177),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeDirectoryDataAccessRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeDirectoryDataAccessResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DataAccessStatus",
            target: crate::ShapeId(108),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeDomainControllersRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DomainControllerIds",
                target: crate::ShapeId(212),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Limit",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeDomainControllersResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DomainControllers",
                target: crate::ShapeId(216),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeEventTopicsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TopicNames",
                target: crate::ShapeId(400),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeEventTopicsResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "EventTopics",
            target: crate::ShapeId(234),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeHybridADUpdateRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdateType",
                target: crate::ShapeId(246),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeHybridADUpdateResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdateActivities",
                target: crate::ShapeId(243),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeLDAPSSettingsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Limit",
                target: crate::ShapeId(306),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(273),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeLDAPSSettingsResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "LDAPSSettingsInfo",
                target: crate::ShapeId(270),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeRegionsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegionName",
                target: crate::ShapeId(319),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeRegionsResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegionsDescription",
                target: crate::ShapeId(321),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeSettingsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(173),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeSettingsResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SettingEntries",
                target: crate::ShapeId(358),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeSharedDirectoriesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Limit",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OwnerDirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SharedDirectoryIds",
                target: crate::ShapeId(181),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeSharedDirectoriesResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SharedDirectories",
                target: crate::ShapeId(367),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeSnapshotsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Limit",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SnapshotIds",
                target: crate::ShapeId(371),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeSnapshotsResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Snapshots",
                target: crate::ShapeId(377),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeTrustsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Limit",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustIds",
                target: crate::ShapeId(405),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeTrustsResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Trusts",
                target: crate::ShapeId(410),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeUpdateDirectoryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegionName",
                target: crate::ShapeId(319),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdateType",
                target: crate::ShapeId(435),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeUpdateDirectoryResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdateActivities",
                target: crate::ShapeId(416),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Description",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(128),
        pattern: Some("^([a-zA-Z0-9_])[\\\\a-zA-Z0-9_@#%*+=:?./!\\s-]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DesiredNumberOfDomainControllers",
        kind: crate::ShapeKind::Integer,
        min: Some(2),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryAlreadyInRegionException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "DirectoryAlreadyInRegionException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryAlreadySharedException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "DirectoryAlreadySharedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryConfigurationSettingAllowedValues",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryConfigurationSettingDataType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryConfigurationSettingLastRequestedDateTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryConfigurationSettingLastUpdatedDateTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryConfigurationSettingName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(255),
        pattern: Some("^[a-zA-Z0-9-/. _]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryConfigurationSettingRequestDetailedStatus",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(319),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(173),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryConfigurationSettingRequestStatusMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryConfigurationSettingType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryConfigurationSettingValue",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(255),
        pattern: Some("^[a-zA-Z0-9_]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryConfigurationStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["Requested", "Updating", "Updated", "Failed", "Default"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryConnectSettings",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CustomerDnsIps",
                target: crate::ShapeId(208),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CustomerDnsIpsV6",
                target: crate::ShapeId(209),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CustomerUserName",
                target: crate::ShapeId(439),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubnetIds",
                target: crate::ShapeId(388),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpcId",
                target: crate::ShapeId(443),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryConnectSettingsDescription",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AvailabilityZones",
                target: crate::ShapeId(44),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ConnectIps",
                target: crate::ShapeId(259),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ConnectIpsV6",
                target: crate::ShapeId(267),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CustomerUserName",
                target: crate::ShapeId(439),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SecurityGroupId",
                target: crate::ShapeId(351),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubnetIds",
                target: crate::ShapeId(388),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpcId",
                target: crate::ShapeId(443),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryDescription",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccessUrl",
                target: crate::ShapeId(4),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Alias",
                target: crate::ShapeId(13),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ConnectSettings",
                target: crate::ShapeId(175),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(160),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DesiredNumberOfDomainControllers",
                target: crate::ShapeId(161),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsIpAddrs",
                target: crate::ShapeId(208),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsIpv6Addrs",
                target: crate::ShapeId(209),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Edition",
                target: crate::ShapeId(179),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "HybridSettings",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LaunchTime",
                target: crate::ShapeId(276),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(185),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NetworkType",
                target: crate::ShapeId(295),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OsVersion",
                target: crate::ShapeId(302),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OwnerDirectoryDescription",
                target: crate::ShapeId(305),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RadiusSettings",
                target: crate::ShapeId(313),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RadiusStatus",
                target: crate::ShapeId(315),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegionsInfo",
                target: crate::ShapeId(322),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ShareMethod",
                target: crate::ShapeId(364),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ShareNotes",
                target: crate::ShapeId(299),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ShareStatus",
                target: crate::ShapeId(365),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ShortName",
                target: crate::ShapeId(187),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Size",
                target: crate::ShapeId(188),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SsoEnabled",
                target: crate::ShapeId(378),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Stage",
                target: crate::ShapeId(190),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StageLastUpdatedDateTime",
                target: crate::ShapeId(275),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StageReason",
                target: crate::ShapeId(379),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(191),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpcSettings",
                target: crate::ShapeId(194),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryDescriptions",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(176),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryDoesNotExistException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "DirectoryDoesNotExistException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryEdition",
        kind: crate::ShapeKind::String,
        enum_values: &["Enterprise", "Standard", "Hybrid"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryId",
        kind: crate::ShapeKind::String,
        pattern: Some("^d-[0-9a-f]{10}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryIds",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(180),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryInDesiredStateException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "DirectoryInDesiredStateException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryLimitExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "DirectoryLimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryLimits",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CloudOnlyDirectoriesCurrentCount",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CloudOnlyDirectoriesLimit",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CloudOnlyDirectoriesLimitReached",
                target: crate::ShapeId(74),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CloudOnlyMicrosoftADCurrentCount",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CloudOnlyMicrosoftADLimit",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CloudOnlyMicrosoftADLimitReached",
                target: crate::ShapeId(74),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ConnectedDirectoriesCurrentCount",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ConnectedDirectoriesLimit",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ConnectedDirectoriesLimitReached",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryName",
        kind: crate::ShapeKind::String,
        pattern: Some("^([a-zA-Z0-9]+[\\\\.-])+([a-zA-Z0-9])+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryNotSharedException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "DirectoryNotSharedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryShortName",
        kind: crate::ShapeKind::String,
        pattern: Some("^[^\\\\/:*?\"<>|.]+[^\\\\/:*?\"<>|]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectorySize",
        kind: crate::ShapeKind::String,
        enum_values: &["Small", "Large"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectorySizeUpdateSettings",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectorySize",
            target: crate::ShapeId(188),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryStage",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "Requested",
            "Creating",
            "Created",
            "Active",
            "Inoperable",
            "Impaired",
            "Restoring",
            "RestoreFailed",
            "Deleting",
            "Deleted",
            "Failed",
            "Updating",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "SimpleAD",
            "ADConnector",
            "MicrosoftAD",
            "SharedMicrosoftAD",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryUnavailableException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "DirectoryUnavailableException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryVpcSettings",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SubnetIds",
                target: crate::ShapeId(388),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpcId",
                target: crate::ShapeId(443),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryVpcSettingsDescription",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AvailabilityZones",
                target: crate::ShapeId(44),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SecurityGroupId",
                target: crate::ShapeId(351),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubnetIds",
                target: crate::ShapeId(388),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpcId",
                target: crate::ShapeId(443),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableAlreadyInProgressException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "DisableAlreadyInProgressException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableCAEnrollmentPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableCAEnrollmentPolicyResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableClientAuthenticationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(71),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableClientAuthenticationResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableDirectoryDataAccessRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableDirectoryDataAccessResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableLDAPSRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(273),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableLDAPSResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableRadiusRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableRadiusResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableSsoRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Password",
                target: crate::ShapeId(82),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(439),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableSsoResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DnsIpAddrs",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(258),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DnsIpv6Addrs",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(268),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DomainController",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AvailabilityZone",
                target: crate::ShapeId(43),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsIpAddr",
                target: crate::ShapeId(258),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsIpv6Addr",
                target: crate::ShapeId(268),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DomainControllerId",
                target: crate::ShapeId(211),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LaunchTime",
                target: crate::ShapeId(276),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(214),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StatusLastUpdatedDateTime",
                target: crate::ShapeId(275),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StatusReason",
                target: crate::ShapeId(215),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubnetId",
                target: crate::ShapeId(387),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpcId",
                target: crate::ShapeId(443),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DomainControllerId",
        kind: crate::ShapeKind::String,
        pattern: Some("^dc-[0-9a-f]{10}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DomainControllerIds",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(211),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DomainControllerLimitExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "DomainControllerLimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DomainControllerStatus",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "Creating",
            "Active",
            "Impaired",
            "Restoring",
            "Deleting",
            "Deleted",
            "Failed",
            "Updating",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DomainControllerStatusReason",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DomainControllers",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(210),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableAlreadyInProgressException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "EnableAlreadyInProgressException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableCAEnrollmentPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PcaConnectorArn",
                target: crate::ShapeId(308),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableCAEnrollmentPolicyResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableClientAuthenticationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(71),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableClientAuthenticationResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableDirectoryDataAccessRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableDirectoryDataAccessResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableLDAPSRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(273),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableLDAPSResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableRadiusRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RadiusSettings",
                target: crate::ShapeId(313),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableRadiusResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableSsoRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Password",
                target: crate::ShapeId(82),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(439),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableSsoResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EndDateTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EntityAlreadyExistsException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "EntityAlreadyExistsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EntityDoesNotExistException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "EntityDoesNotExistException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventTopic",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedDateTime",
                target: crate::ShapeId(104),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(401),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TopicArn",
                target: crate::ShapeId(398),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TopicName",
                target: crate::ShapeId(399),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventTopics",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(233),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetDirectoryLimitsRequest",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetDirectoryLimitsResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryLimits",
            target: crate::ShapeId(184),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetSnapshotLimitsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetSnapshotLimitsResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SnapshotLimits",
            target: crate::ShapeId(373),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HybridAdministratorAccountUpdate",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SecretArn",
            target: crate::ShapeId(350),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HybridCustomerInstancesSettings",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CustomerDnsIps",
                target: crate::ShapeId(105),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceIds",
                target: crate::ShapeId(18),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HybridSettingsDescription",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SelfManagedDnsIpAddrs",
                target: crate::ShapeId(259),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SelfManagedInstanceIds",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HybridUpdateActivities",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "HybridAdministratorAccount",
                target: crate::ShapeId(244),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SelfManagedInstances",
                target: crate::ShapeId(244),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HybridUpdateInfoEntries",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(245),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HybridUpdateInfoEntry",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssessmentId",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InitiatedBy",
                target: crate::ShapeId(249),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastUpdatedDateTime",
                target: crate::ShapeId(275),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NewValue",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PreviousValue",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartTime",
                target: crate::ShapeId(382),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(431),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StatusReason",
                target: crate::ShapeId(432),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HybridUpdateType",
        kind: crate::ShapeKind::String,
        enum_values: &["SelfManagedInstances", "HybridAdministratorAccount"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "HybridUpdateValue",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DnsIps",
                target: crate::ShapeId(105),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceIds",
                target: crate::ShapeId(18),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IncompatibleSettingsException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "IncompatibleSettingsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InitiatedBy",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsufficientPermissionsException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InsufficientPermissionsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidCertificateException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidCertificateException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidClientAuthStatusException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidClientAuthStatusException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidLDAPSStatusException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidLDAPSStatusException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidNextTokenException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidNextTokenException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidParameterException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidParameterException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidPasswordException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidPasswordException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidTargetException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "InvalidTargetException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IpAddr",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IpAddrs",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(258),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IpRoute",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CidrIp",
                target: crate::ShapeId(64),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CidrIpv6",
                target: crate::ShapeId(66),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(160),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IpRouteInfo",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AddedDateTime",
                target: crate::ShapeId(11),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CidrIp",
                target: crate::ShapeId(64),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CidrIpv6",
                target: crate::ShapeId(66),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(160),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IpRouteStatusMsg",
                target: crate::ShapeId(263),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IpRouteStatusReason",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IpRouteLimitExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "IpRouteLimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IpRouteStatusMsg",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "Adding",
            "Added",
            "Removing",
            "Removed",
            "AddFailed",
            "RemoveFailed",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IpRouteStatusReason",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IpRoutes",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(260),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IpRoutesInfo",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(261),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IpV6Addrs",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(268),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Ipv6Addr",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))$",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LDAPSSettingInfo",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "LDAPSStatus",
                target: crate::ShapeId(271),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LDAPSStatusReason",
                target: crate::ShapeId(272),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastUpdatedDateTime",
                target: crate::ShapeId(275),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LDAPSSettingsInfo",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(269),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LDAPSStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["Enabling", "Enabled", "EnableFailed", "Disabled"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LDAPSStatusReason",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LDAPSType",
        kind: crate::ShapeKind::String,
        enum_values: &["Client"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LastUpdateDateTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LastUpdatedDateTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LaunchTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LdifContent",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(500000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Limit",
        kind: crate::ShapeKind::Integer,
        min: Some(0),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListADAssessmentsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Limit",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListADAssessmentsResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Assessments",
                target: crate::ShapeId(37),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListCertificatesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Limit",
                target: crate::ShapeId(306),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListCertificatesResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CertificatesInfo",
                target: crate::ShapeId(63),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListIpRoutesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Limit",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListIpRoutesResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IpRoutesInfo",
                target: crate::ShapeId(266),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListLogSubscriptionsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Limit",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListLogSubscriptionsResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "LogSubscriptions",
                target: crate::ShapeId(293),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListSchemaExtensionsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Limit",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListSchemaExtensionsResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaExtensionsInfo",
                target: crate::ShapeId(349),
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
                name: "Limit",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceId",
                target: crate::ShapeId(341),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTagsForResourceResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(395),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LogGroupName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(512),
        pattern: Some("[-._/#A-Za-z0-9]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LogSubscription",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LogGroupName",
                target: crate::ShapeId(291),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubscriptionCreatedDateTime",
                target: crate::ShapeId(389),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LogSubscriptions",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(292),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ManualSnapshotsLimitReached",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NetworkType",
        kind: crate::ShapeKind::String,
        enum_values: &["Dual-stack", "IPv4", "IPv6"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NetworkUpdateSettings",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CustomerDnsIpsV6",
                target: crate::ShapeId(209),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NetworkType",
                target: crate::ShapeId(295),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NextToken",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NoAvailableCertificateException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "NoAvailableCertificateException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Notes",
        kind: crate::ShapeKind::String,
        max: Some(1024),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OCSPUrl",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1024),
        pattern: Some(
            "^(https?|ftp|file|ldaps?)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;()]*[-a-zA-Z0-9+&@#/%=~_|()]",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OSUpdateSettings",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "OSVersion",
            target: crate::ShapeId(302),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OSVersion",
        kind: crate::ShapeKind::String,
        enum_values: &["SERVER_2012", "SERVER_2019"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationalUnitDN",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(2000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationsException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "OrganizationsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OwnerDirectoryDescription",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountId",
                target: crate::ShapeId(106),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsIpAddrs",
                target: crate::ShapeId(208),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsIpv6Addrs",
                target: crate::ShapeId(209),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NetworkType",
                target: crate::ShapeId(295),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RadiusSettings",
                target: crate::ShapeId(313),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RadiusStatus",
                target: crate::ShapeId(315),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpcSettings",
                target: crate::ShapeId(194),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PageLimit",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Password",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "(?=^.{8,64}$)((?=.*\\d)(?=.*[A-Z])(?=.*[a-z])|(?=.*\\d)(?=.*[^A-Za-z0-9\\s])(?=.*[a-z])|(?=.*[^A-Za-z0-9\\s])(?=.*[A-Z])(?=.*[a-z])|(?=.*\\d)(?=.*[A-Z])(?=.*[^A-Za-z0-9\\s]))^.*",
        ),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PcaConnectorArn",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^arn:[\\w-]+:pca-connector-ad:[\\w-]+:[0-9]+:connector\\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PortNumber",
        kind: crate::ShapeKind::Integer,
        min: Some(1025),
        max: Some(65535),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RadiusAuthenticationProtocol",
        kind: crate::ShapeKind::String,
        enum_values: &["PAP", "CHAP", "MS-CHAPv1", "MS-CHAPv2"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RadiusDisplayLabel",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RadiusRetries",
        kind: crate::ShapeKind::Integer,
        min: Some(0),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RadiusSettings",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AuthenticationProtocol",
                target: crate::ShapeId(310),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DisplayLabel",
                target: crate::ShapeId(311),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RadiusPort",
                target: crate::ShapeId(309),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RadiusRetries",
                target: crate::ShapeId(312),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RadiusServers",
                target: crate::ShapeId(355),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RadiusServersIpv6",
                target: crate::ShapeId(355),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RadiusTimeout",
                target: crate::ShapeId(316),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SharedSecret",
                target: crate::ShapeId(314),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UseSameUsername",
                target: crate::ShapeId(437),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RadiusSharedSecret",
        kind: crate::ShapeKind::String,
        min: Some(8),
        max: Some(512),
        pattern: Some("^(\\p{LD}|\\p{Punct}| )+$"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RadiusStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["Creating", "Completed", "Failed"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RadiusTimeout",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegionDescription",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DesiredNumberOfDomainControllers",
                target: crate::ShapeId(161),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastUpdatedDateTime",
                target: crate::ShapeId(275),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LaunchTime",
                target: crate::ShapeId(276),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegionName",
                target: crate::ShapeId(319),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RegionType",
                target: crate::ShapeId(320),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(190),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StatusLastUpdatedDateTime",
                target: crate::ShapeId(386),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VpcSettings",
                target: crate::ShapeId(193),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegionLimitExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "RegionLimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegionName",
        kind: crate::ShapeKind::String,
        min: Some(8),
        max: Some(32),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegionType",
        kind: crate::ShapeKind::String,
        enum_values: &["Primary", "Additional"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegionsDescription",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(317),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegionsInfo",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AdditionalRegions",
                target: crate::ShapeId(12),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrimaryRegion",
                target: crate::ShapeId(319),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegisterCertificateRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CertificateData",
                target: crate::ShapeId(52),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ClientCertAuthSettings",
                target: crate::ShapeId(72),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(62),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegisterCertificateResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "CertificateId",
            target: crate::ShapeId(55),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegisterEventTopicRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TopicName",
                target: crate::ShapeId(399),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegisterEventTopicResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RejectSharedDirectoryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SharedDirectoryId",
            target: crate::ShapeId(180),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RejectSharedDirectoryResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SharedDirectoryId",
            target: crate::ShapeId(180),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoteDomainName",
        kind: crate::ShapeKind::String,
        max: Some(1024),
        pattern: Some("^([a-zA-Z0-9]+[\\\\.-])+([a-zA-Z0-9])+[.]?$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoteDomainNames",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(329),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveIpRoutesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CidrIps",
                target: crate::ShapeId(65),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CidrIpv6s",
                target: crate::ShapeId(67),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveIpRoutesResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveRegionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveRegionResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveTagsFromResourceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ResourceId",
                target: crate::ShapeId(341),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagKeys",
                target: crate::ShapeId(392),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveTagsFromResourceResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ReplicationScope",
        kind: crate::ShapeKind::String,
        enum_values: &["Domain"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RequestId",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^([A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12})$",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResetUserPasswordRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NewPassword",
                target: crate::ShapeId(440),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(107),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResetUserPasswordResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceId",
        kind: crate::ShapeKind::String,
        pattern: Some("^[d]-[0-9a-f]{10}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RestoreFromSnapshotRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SnapshotId",
            target: crate::ShapeId(370),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RestoreFromSnapshotResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SID",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(256),
        pattern: Some("[&\\w+-.@]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SchemaExtensionId",
        kind: crate::ShapeKind::String,
        pattern: Some("^e-[0-9a-f]{10}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SchemaExtensionInfo",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Description",
                target: crate::ShapeId(160),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EndDateTime",
                target: crate::ShapeId(230),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaExtensionId",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaExtensionStatus",
                target: crate::ShapeId(347),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaExtensionStatusReason",
                target: crate::ShapeId(348),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartDateTime",
                target: crate::ShapeId(382),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SchemaExtensionStatus",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "Initializing",
            "CreatingSnapshot",
            "UpdatingSchema",
            "Replicating",
            "CancelInProgress",
            "RollbackInProgress",
            "Cancelled",
            "Failed",
            "Completed",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SchemaExtensionStatusReason",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SchemaExtensionsInfo",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(346),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SecretArn",
        kind: crate::ShapeKind::String,
        pattern: Some(
            "^arn:aws:secretsmanager:[a-z0-9-]+:\\d{12}:secret:[a-zA-Z0-9/_+=.@-]+-[a-zA-Z0-9]{6}$",
        ),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SecurityGroupId",
        kind: crate::ShapeKind::String,
        pattern: Some("^(sg-[0-9a-f]{8}|sg-[0-9a-f]{17})$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SecurityGroupIds",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(351),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SelectiveAuth",
        kind: crate::ShapeKind::String,
        enum_values: &["Enabled", "Disabled"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Server",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(256),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Servers",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(354),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "ServiceException",
            http_status: 500,
            sender_fault: false,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Setting",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(168),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(172),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SettingEntries",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(359),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SettingEntry",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AllowedValues",
                target: crate::ShapeId(164),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AppliedValue",
                target: crate::ShapeId(172),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DataType",
                target: crate::ShapeId(165),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastRequestedDateTime",
                target: crate::ShapeId(166),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastUpdatedDateTime",
                target: crate::ShapeId(167),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(168),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestDetailedStatus",
                target: crate::ShapeId(169),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestStatus",
                target: crate::ShapeId(173),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestStatusMessage",
                target: crate::ShapeId(170),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestedValue",
                target: crate::ShapeId(172),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(171),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Settings",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(357),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ShareDirectoryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ShareMethod",
                target: crate::ShapeId(364),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ShareNotes",
                target: crate::ShapeId(299),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ShareTarget",
                target: crate::ShapeId(366),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ShareDirectoryResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SharedDirectoryId",
            target: crate::ShapeId(180),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ShareLimitExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "ShareLimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ShareMethod",
        kind: crate::ShapeKind::String,
        enum_values: &["ORGANIZATIONS", "HANDSHAKE"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ShareStatus",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "Shared",
            "PendingAcceptance",
            "Rejected",
            "Rejecting",
            "RejectFailed",
            "Sharing",
            "ShareFailed",
            "Deleted",
            "Deleting",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ShareTarget",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Id",
                target: crate::ShapeId(396),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(397),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SharedDirectories",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(368),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SharedDirectory",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedDateTime",
                target: crate::ShapeId(104),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastUpdatedDateTime",
                target: crate::ShapeId(275),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OwnerAccountId",
                target: crate::ShapeId(106),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OwnerDirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ShareMethod",
                target: crate::ShapeId(364),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ShareNotes",
                target: crate::ShapeId(299),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ShareStatus",
                target: crate::ShapeId(365),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SharedAccountId",
                target: crate::ShapeId(106),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SharedDirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Snapshot",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(374),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SnapshotId",
                target: crate::ShapeId(370),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartTime",
                target: crate::ShapeId(385),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(375),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(376),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SnapshotId",
        kind: crate::ShapeKind::String,
        pattern: Some("^s-[0-9a-f]{10}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SnapshotIds",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(370),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SnapshotLimitExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "SnapshotLimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SnapshotLimits",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ManualSnapshotsCurrentCount",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ManualSnapshotsLimit",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ManualSnapshotsLimitReached",
                target: crate::ShapeId(294),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SnapshotName",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(128),
        pattern: Some("^([a-zA-Z0-9_])[\\\\a-zA-Z0-9_@#%*+=:?./!\\s-]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SnapshotStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["Creating", "Completed", "Failed"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SnapshotType",
        kind: crate::ShapeKind::String,
        enum_values: &["Auto", "Manual"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Snapshots",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(369),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SsoEnabled",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StageReason",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartADAssessmentRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssessmentConfiguration",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartADAssessmentResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AssessmentId",
            target: crate::ShapeId(16),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartDateTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartSchemaExtensionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreateSnapshotBeforeSchemaExtension",
                target: crate::ShapeId(98),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(160),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LdifContent",
                target: crate::ShapeId(277),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartSchemaExtensionResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SchemaExtensionId",
            target: crate::ShapeId(345),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StateLastUpdatedDateTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SubnetId",
        kind: crate::ShapeKind::String,
        pattern: Some("^(subnet-[0-9a-f]{8}|subnet-[0-9a-f]{17})$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SubnetIds",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(387),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SubscriptionCreatedDateTime",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Tag",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Key",
                target: crate::ShapeId(391),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(394),
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
            target: crate::ShapeId(391),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagLimitExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "TagLimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
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
        name: "Tags",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(390),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TargetId",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TargetType",
        kind: crate::ShapeKind::String,
        enum_values: &["ACCOUNT"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TopicArn",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TopicName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(256),
        pattern: Some("[a-zA-Z0-9_-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TopicNames",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(399),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TopicStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["Registered", "Topic not found", "Failed", "Deleted"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Trust",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedDateTime",
                target: crate::ShapeId(104),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastUpdatedDateTime",
                target: crate::ShapeId(275),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemoteDomainName",
                target: crate::ShapeId(329),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SelectiveAuth",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StateLastUpdatedDateTime",
                target: crate::ShapeId(386),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustDirection",
                target: crate::ShapeId(403),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustId",
                target: crate::ShapeId(404),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustState",
                target: crate::ShapeId(407),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustStateReason",
                target: crate::ShapeId(408),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustType",
                target: crate::ShapeId(409),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustDirection",
        kind: crate::ShapeKind::String,
        enum_values: &["One-Way: Outgoing", "One-Way: Incoming", "Two-Way"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustId",
        kind: crate::ShapeKind::String,
        pattern: Some("^t-[0-9a-f]{10}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustIds",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(404),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustPassword",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("^(\\p{LD}|\\p{Punct}| )+$"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustState",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "Creating",
            "Created",
            "Verifying",
            "VerifyFailed",
            "Verified",
            "Updating",
            "UpdateFailed",
            "Updated",
            "Deleting",
            "Deleted",
            "Failed",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustStateReason",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrustType",
        kind: crate::ShapeKind::String,
        enum_values: &["Forest", "External"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Trusts",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(402),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnshareDirectoryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UnshareTarget",
                target: crate::ShapeId(413),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnshareDirectoryResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SharedDirectoryId",
            target: crate::ShapeId(180),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnshareTarget",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Id",
                target: crate::ShapeId(396),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(397),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnsupportedOperationException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "UnsupportedOperationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnsupportedSettingsException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "UnsupportedSettingsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateActivities",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(423),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateConditionalForwarderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsIpAddrs",
                target: crate::ShapeId(208),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DnsIpv6Addrs",
                target: crate::ShapeId(209),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemoteDomainName",
                target: crate::ShapeId(329),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateConditionalForwarderResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateDirectorySetupRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreateSnapshotBeforeUpdate",
                target: crate::ShapeId(99),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectorySizeUpdateSettings",
                target: crate::ShapeId(189),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NetworkUpdateSettings",
                target: crate::ShapeId(296),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OSUpdateSettings",
                target: crate::ShapeId(301),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdateType",
                target: crate::ShapeId(435),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateDirectorySetupResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateHybridADRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "HybridAdministratorAccountUpdate",
                target: crate::ShapeId(240),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SelfManagedInstancesSettings",
                target: crate::ShapeId(241),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateHybridADResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssessmentId",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateInfoEntry",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InitiatedBy",
                target: crate::ShapeId(249),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastUpdatedDateTime",
                target: crate::ShapeId(275),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NewValue",
                target: crate::ShapeId(436),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PreviousValue",
                target: crate::ShapeId(436),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Region",
                target: crate::ShapeId(319),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartTime",
                target: crate::ShapeId(382),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(431),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StatusReason",
                target: crate::ShapeId(432),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateNumberOfDomainControllersRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DesiredNumber",
                target: crate::ShapeId(161),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateNumberOfDomainControllersResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateRadiusRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RadiusSettings",
                target: crate::ShapeId(313),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateRadiusResult",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateSecurityGroupForDirectoryControllers",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateSettingsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryId",
                target: crate::ShapeId(180),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Settings",
                target: crate::ShapeId(360),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateSettingsResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryId",
            target: crate::ShapeId(180),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["Updated", "Updating", "UpdateFailed"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateStatusReason",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateTrustRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SelectiveAuth",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustId",
                target: crate::ShapeId(404),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateTrustResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrustId",
                target: crate::ShapeId(404),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateType",
        kind: crate::ShapeKind::String,
        enum_values: &["OS", "NETWORK", "SIZE"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateValue",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "OSUpdateSettings",
            target: crate::ShapeId(301),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UseSameUsername",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UserDoesNotExistException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestId",
                target: crate::ShapeId(338),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "UserDoesNotExistException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UserName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        pattern: Some("[a-zA-Z0-9._-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UserPassword",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(127),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "VerifyTrustRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "TrustId",
            target: crate::ShapeId(404),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "VerifyTrustResult",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "TrustId",
            target: crate::ShapeId(404),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "VpcId",
        kind: crate::ShapeKind::String,
        pattern: Some("^(vpc-[0-9a-f]{8}|vpc-[0-9a-f]{17})$"),
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
        "ADAssessmentLimitExceededException" => via::<ADAssessmentLimitExceededException>(value),
        "AcceptSharedDirectoryRequest" => via::<AcceptSharedDirectoryRequest>(value),
        "AcceptSharedDirectoryResult" => via::<AcceptSharedDirectoryResult>(value),
        "AccessDeniedException" => via::<AccessDeniedException>(value),
        "AddIpRoutesRequest" => via::<AddIpRoutesRequest>(value),
        "AddIpRoutesResult" => via::<AddIpRoutesResult>(value),
        "AddRegionRequest" => via::<AddRegionRequest>(value),
        "AddRegionResult" => via::<AddRegionResult>(value),
        "AddTagsToResourceRequest" => via::<AddTagsToResourceRequest>(value),
        "AddTagsToResourceResult" => via::<AddTagsToResourceResult>(value),
        "Assessment" => via::<Assessment>(value),
        "AssessmentConfiguration" => via::<AssessmentConfiguration>(value),
        "AssessmentReport" => via::<AssessmentReport>(value),
        "AssessmentSummary" => via::<AssessmentSummary>(value),
        "AssessmentValidation" => via::<AssessmentValidation>(value),
        "Attribute" => via::<Attribute>(value),
        "AuthenticationFailedException" => via::<AuthenticationFailedException>(value),
        "CancelSchemaExtensionRequest" => via::<CancelSchemaExtensionRequest>(value),
        "CancelSchemaExtensionResult" => via::<CancelSchemaExtensionResult>(value),
        "Certificate" => via::<Certificate>(value),
        "CertificateAlreadyExistsException" => via::<CertificateAlreadyExistsException>(value),
        "CertificateDoesNotExistException" => via::<CertificateDoesNotExistException>(value),
        "CertificateInUseException" => via::<CertificateInUseException>(value),
        "CertificateInfo" => via::<CertificateInfo>(value),
        "CertificateLimitExceededException" => via::<CertificateLimitExceededException>(value),
        "ClientAuthenticationSettingInfo" => via::<ClientAuthenticationSettingInfo>(value),
        "ClientCertAuthSettings" => via::<ClientCertAuthSettings>(value),
        "ClientException" => via::<ClientException>(value),
        "Computer" => via::<Computer>(value),
        "ConditionalForwarder" => via::<ConditionalForwarder>(value),
        "ConnectDirectoryRequest" => via::<ConnectDirectoryRequest>(value),
        "ConnectDirectoryResult" => via::<ConnectDirectoryResult>(value),
        "CreateAliasRequest" => via::<CreateAliasRequest>(value),
        "CreateAliasResult" => via::<CreateAliasResult>(value),
        "CreateComputerRequest" => via::<CreateComputerRequest>(value),
        "CreateComputerResult" => via::<CreateComputerResult>(value),
        "CreateConditionalForwarderRequest" => via::<CreateConditionalForwarderRequest>(value),
        "CreateConditionalForwarderResult" => via::<CreateConditionalForwarderResult>(value),
        "CreateDirectoryRequest" => via::<CreateDirectoryRequest>(value),
        "CreateDirectoryResult" => via::<CreateDirectoryResult>(value),
        "CreateHybridADRequest" => via::<CreateHybridADRequest>(value),
        "CreateHybridADResult" => via::<CreateHybridADResult>(value),
        "CreateLogSubscriptionRequest" => via::<CreateLogSubscriptionRequest>(value),
        "CreateLogSubscriptionResult" => via::<CreateLogSubscriptionResult>(value),
        "CreateMicrosoftADRequest" => via::<CreateMicrosoftADRequest>(value),
        "CreateMicrosoftADResult" => via::<CreateMicrosoftADResult>(value),
        "CreateSnapshotRequest" => via::<CreateSnapshotRequest>(value),
        "CreateSnapshotResult" => via::<CreateSnapshotResult>(value),
        "CreateTrustRequest" => via::<CreateTrustRequest>(value),
        "CreateTrustResult" => via::<CreateTrustResult>(value),
        "DeleteADAssessmentRequest" => via::<DeleteADAssessmentRequest>(value),
        "DeleteADAssessmentResult" => via::<DeleteADAssessmentResult>(value),
        "DeleteConditionalForwarderRequest" => via::<DeleteConditionalForwarderRequest>(value),
        "DeleteConditionalForwarderResult" => via::<DeleteConditionalForwarderResult>(value),
        "DeleteDirectoryRequest" => via::<DeleteDirectoryRequest>(value),
        "DeleteDirectoryResult" => via::<DeleteDirectoryResult>(value),
        "DeleteLogSubscriptionRequest" => via::<DeleteLogSubscriptionRequest>(value),
        "DeleteLogSubscriptionResult" => via::<DeleteLogSubscriptionResult>(value),
        "DeleteSnapshotRequest" => via::<DeleteSnapshotRequest>(value),
        "DeleteSnapshotResult" => via::<DeleteSnapshotResult>(value),
        "DeleteTrustRequest" => via::<DeleteTrustRequest>(value),
        "DeleteTrustResult" => via::<DeleteTrustResult>(value),
        "DeregisterCertificateRequest" => via::<DeregisterCertificateRequest>(value),
        "DeregisterCertificateResult" => via::<DeregisterCertificateResult>(value),
        "DeregisterEventTopicRequest" => via::<DeregisterEventTopicRequest>(value),
        "DeregisterEventTopicResult" => via::<DeregisterEventTopicResult>(value),
        "DescribeADAssessmentRequest" => via::<DescribeADAssessmentRequest>(value),
        "DescribeADAssessmentResult" => via::<DescribeADAssessmentResult>(value),
        "DescribeCAEnrollmentPolicyRequest" => via::<DescribeCAEnrollmentPolicyRequest>(value),
        "DescribeCAEnrollmentPolicyResult" => via::<DescribeCAEnrollmentPolicyResult>(value),
        "DescribeCertificateRequest" => via::<DescribeCertificateRequest>(value),
        "DescribeCertificateResult" => via::<DescribeCertificateResult>(value),
        "DescribeClientAuthenticationSettingsRequest" => {
            via::<DescribeClientAuthenticationSettingsRequest>(value)
        }
        "DescribeClientAuthenticationSettingsResult" => {
            via::<DescribeClientAuthenticationSettingsResult>(value)
        }
        "DescribeConditionalForwardersRequest" => {
            via::<DescribeConditionalForwardersRequest>(value)
        }
        "DescribeConditionalForwardersResult" => via::<DescribeConditionalForwardersResult>(value),
        "DescribeDirectoriesRequest" => via::<DescribeDirectoriesRequest>(value),
        "DescribeDirectoriesResult" => via::<DescribeDirectoriesResult>(value),
        "DescribeDirectoryDataAccessRequest" => via::<DescribeDirectoryDataAccessRequest>(value),
        "DescribeDirectoryDataAccessResult" => via::<DescribeDirectoryDataAccessResult>(value),
        "DescribeDomainControllersRequest" => via::<DescribeDomainControllersRequest>(value),
        "DescribeDomainControllersResult" => via::<DescribeDomainControllersResult>(value),
        "DescribeEventTopicsRequest" => via::<DescribeEventTopicsRequest>(value),
        "DescribeEventTopicsResult" => via::<DescribeEventTopicsResult>(value),
        "DescribeHybridADUpdateRequest" => via::<DescribeHybridADUpdateRequest>(value),
        "DescribeHybridADUpdateResult" => via::<DescribeHybridADUpdateResult>(value),
        "DescribeLDAPSSettingsRequest" => via::<DescribeLDAPSSettingsRequest>(value),
        "DescribeLDAPSSettingsResult" => via::<DescribeLDAPSSettingsResult>(value),
        "DescribeRegionsRequest" => via::<DescribeRegionsRequest>(value),
        "DescribeRegionsResult" => via::<DescribeRegionsResult>(value),
        "DescribeSettingsRequest" => via::<DescribeSettingsRequest>(value),
        "DescribeSettingsResult" => via::<DescribeSettingsResult>(value),
        "DescribeSharedDirectoriesRequest" => via::<DescribeSharedDirectoriesRequest>(value),
        "DescribeSharedDirectoriesResult" => via::<DescribeSharedDirectoriesResult>(value),
        "DescribeSnapshotsRequest" => via::<DescribeSnapshotsRequest>(value),
        "DescribeSnapshotsResult" => via::<DescribeSnapshotsResult>(value),
        "DescribeTrustsRequest" => via::<DescribeTrustsRequest>(value),
        "DescribeTrustsResult" => via::<DescribeTrustsResult>(value),
        "DescribeUpdateDirectoryRequest" => via::<DescribeUpdateDirectoryRequest>(value),
        "DescribeUpdateDirectoryResult" => via::<DescribeUpdateDirectoryResult>(value),
        "DirectoryAlreadyInRegionException" => via::<DirectoryAlreadyInRegionException>(value),
        "DirectoryAlreadySharedException" => via::<DirectoryAlreadySharedException>(value),
        "DirectoryConnectSettings" => via::<DirectoryConnectSettings>(value),
        "DirectoryConnectSettingsDescription" => via::<DirectoryConnectSettingsDescription>(value),
        "DirectoryDescription" => via::<DirectoryDescription>(value),
        "DirectoryDoesNotExistException" => via::<DirectoryDoesNotExistException>(value),
        "DirectoryInDesiredStateException" => via::<DirectoryInDesiredStateException>(value),
        "DirectoryLimitExceededException" => via::<DirectoryLimitExceededException>(value),
        "DirectoryLimits" => via::<DirectoryLimits>(value),
        "DirectoryNotSharedException" => via::<DirectoryNotSharedException>(value),
        "DirectorySizeUpdateSettings" => via::<DirectorySizeUpdateSettings>(value),
        "DirectoryUnavailableException" => via::<DirectoryUnavailableException>(value),
        "DirectoryVpcSettings" => via::<DirectoryVpcSettings>(value),
        "DirectoryVpcSettingsDescription" => via::<DirectoryVpcSettingsDescription>(value),
        "DisableAlreadyInProgressException" => via::<DisableAlreadyInProgressException>(value),
        "DisableCAEnrollmentPolicyRequest" => via::<DisableCAEnrollmentPolicyRequest>(value),
        "DisableCAEnrollmentPolicyResult" => via::<DisableCAEnrollmentPolicyResult>(value),
        "DisableClientAuthenticationRequest" => via::<DisableClientAuthenticationRequest>(value),
        "DisableClientAuthenticationResult" => via::<DisableClientAuthenticationResult>(value),
        "DisableDirectoryDataAccessRequest" => via::<DisableDirectoryDataAccessRequest>(value),
        "DisableDirectoryDataAccessResult" => via::<DisableDirectoryDataAccessResult>(value),
        "DisableLDAPSRequest" => via::<DisableLDAPSRequest>(value),
        "DisableLDAPSResult" => via::<DisableLDAPSResult>(value),
        "DisableRadiusRequest" => via::<DisableRadiusRequest>(value),
        "DisableRadiusResult" => via::<DisableRadiusResult>(value),
        "DisableSsoRequest" => via::<DisableSsoRequest>(value),
        "DisableSsoResult" => via::<DisableSsoResult>(value),
        "DomainController" => via::<DomainController>(value),
        "DomainControllerLimitExceededException" => {
            via::<DomainControllerLimitExceededException>(value)
        }
        "EnableAlreadyInProgressException" => via::<EnableAlreadyInProgressException>(value),
        "EnableCAEnrollmentPolicyRequest" => via::<EnableCAEnrollmentPolicyRequest>(value),
        "EnableCAEnrollmentPolicyResult" => via::<EnableCAEnrollmentPolicyResult>(value),
        "EnableClientAuthenticationRequest" => via::<EnableClientAuthenticationRequest>(value),
        "EnableClientAuthenticationResult" => via::<EnableClientAuthenticationResult>(value),
        "EnableDirectoryDataAccessRequest" => via::<EnableDirectoryDataAccessRequest>(value),
        "EnableDirectoryDataAccessResult" => via::<EnableDirectoryDataAccessResult>(value),
        "EnableLDAPSRequest" => via::<EnableLDAPSRequest>(value),
        "EnableLDAPSResult" => via::<EnableLDAPSResult>(value),
        "EnableRadiusRequest" => via::<EnableRadiusRequest>(value),
        "EnableRadiusResult" => via::<EnableRadiusResult>(value),
        "EnableSsoRequest" => via::<EnableSsoRequest>(value),
        "EnableSsoResult" => via::<EnableSsoResult>(value),
        "EntityAlreadyExistsException" => via::<EntityAlreadyExistsException>(value),
        "EntityDoesNotExistException" => via::<EntityDoesNotExistException>(value),
        "EventTopic" => via::<EventTopic>(value),
        "GetDirectoryLimitsRequest" => via::<GetDirectoryLimitsRequest>(value),
        "GetDirectoryLimitsResult" => via::<GetDirectoryLimitsResult>(value),
        "GetSnapshotLimitsRequest" => via::<GetSnapshotLimitsRequest>(value),
        "GetSnapshotLimitsResult" => via::<GetSnapshotLimitsResult>(value),
        "HybridAdministratorAccountUpdate" => via::<HybridAdministratorAccountUpdate>(value),
        "HybridCustomerInstancesSettings" => via::<HybridCustomerInstancesSettings>(value),
        "HybridSettingsDescription" => via::<HybridSettingsDescription>(value),
        "HybridUpdateActivities" => via::<HybridUpdateActivities>(value),
        "HybridUpdateInfoEntry" => via::<HybridUpdateInfoEntry>(value),
        "HybridUpdateValue" => via::<HybridUpdateValue>(value),
        "IncompatibleSettingsException" => via::<IncompatibleSettingsException>(value),
        "InsufficientPermissionsException" => via::<InsufficientPermissionsException>(value),
        "InvalidCertificateException" => via::<InvalidCertificateException>(value),
        "InvalidClientAuthStatusException" => via::<InvalidClientAuthStatusException>(value),
        "InvalidLDAPSStatusException" => via::<InvalidLDAPSStatusException>(value),
        "InvalidNextTokenException" => via::<InvalidNextTokenException>(value),
        "InvalidParameterException" => via::<InvalidParameterException>(value),
        "InvalidPasswordException" => via::<InvalidPasswordException>(value),
        "InvalidTargetException" => via::<InvalidTargetException>(value),
        "IpRoute" => via::<IpRoute>(value),
        "IpRouteInfo" => via::<IpRouteInfo>(value),
        "IpRouteLimitExceededException" => via::<IpRouteLimitExceededException>(value),
        "LDAPSSettingInfo" => via::<LDAPSSettingInfo>(value),
        "ListADAssessmentsRequest" => via::<ListADAssessmentsRequest>(value),
        "ListADAssessmentsResult" => via::<ListADAssessmentsResult>(value),
        "ListCertificatesRequest" => via::<ListCertificatesRequest>(value),
        "ListCertificatesResult" => via::<ListCertificatesResult>(value),
        "ListIpRoutesRequest" => via::<ListIpRoutesRequest>(value),
        "ListIpRoutesResult" => via::<ListIpRoutesResult>(value),
        "ListLogSubscriptionsRequest" => via::<ListLogSubscriptionsRequest>(value),
        "ListLogSubscriptionsResult" => via::<ListLogSubscriptionsResult>(value),
        "ListSchemaExtensionsRequest" => via::<ListSchemaExtensionsRequest>(value),
        "ListSchemaExtensionsResult" => via::<ListSchemaExtensionsResult>(value),
        "ListTagsForResourceRequest" => via::<ListTagsForResourceRequest>(value),
        "ListTagsForResourceResult" => via::<ListTagsForResourceResult>(value),
        "LogSubscription" => via::<LogSubscription>(value),
        "NetworkUpdateSettings" => via::<NetworkUpdateSettings>(value),
        "NoAvailableCertificateException" => via::<NoAvailableCertificateException>(value),
        "OSUpdateSettings" => via::<OSUpdateSettings>(value),
        "OrganizationsException" => via::<OrganizationsException>(value),
        "OwnerDirectoryDescription" => via::<OwnerDirectoryDescription>(value),
        "RadiusSettings" => via::<RadiusSettings>(value),
        "RegionDescription" => via::<RegionDescription>(value),
        "RegionLimitExceededException" => via::<RegionLimitExceededException>(value),
        "RegionsInfo" => via::<RegionsInfo>(value),
        "RegisterCertificateRequest" => via::<RegisterCertificateRequest>(value),
        "RegisterCertificateResult" => via::<RegisterCertificateResult>(value),
        "RegisterEventTopicRequest" => via::<RegisterEventTopicRequest>(value),
        "RegisterEventTopicResult" => via::<RegisterEventTopicResult>(value),
        "RejectSharedDirectoryRequest" => via::<RejectSharedDirectoryRequest>(value),
        "RejectSharedDirectoryResult" => via::<RejectSharedDirectoryResult>(value),
        "RemoveIpRoutesRequest" => via::<RemoveIpRoutesRequest>(value),
        "RemoveIpRoutesResult" => via::<RemoveIpRoutesResult>(value),
        "RemoveRegionRequest" => via::<RemoveRegionRequest>(value),
        "RemoveRegionResult" => via::<RemoveRegionResult>(value),
        "RemoveTagsFromResourceRequest" => via::<RemoveTagsFromResourceRequest>(value),
        "RemoveTagsFromResourceResult" => via::<RemoveTagsFromResourceResult>(value),
        "ResetUserPasswordRequest" => via::<ResetUserPasswordRequest>(value),
        "ResetUserPasswordResult" => via::<ResetUserPasswordResult>(value),
        "RestoreFromSnapshotRequest" => via::<RestoreFromSnapshotRequest>(value),
        "RestoreFromSnapshotResult" => via::<RestoreFromSnapshotResult>(value),
        "SchemaExtensionInfo" => via::<SchemaExtensionInfo>(value),
        "ServiceException" => via::<ServiceException>(value),
        "Setting" => via::<Setting>(value),
        "SettingEntry" => via::<SettingEntry>(value),
        "ShareDirectoryRequest" => via::<ShareDirectoryRequest>(value),
        "ShareDirectoryResult" => via::<ShareDirectoryResult>(value),
        "ShareLimitExceededException" => via::<ShareLimitExceededException>(value),
        "ShareTarget" => via::<ShareTarget>(value),
        "SharedDirectory" => via::<SharedDirectory>(value),
        "Snapshot" => via::<Snapshot>(value),
        "SnapshotLimitExceededException" => via::<SnapshotLimitExceededException>(value),
        "SnapshotLimits" => via::<SnapshotLimits>(value),
        "StartADAssessmentRequest" => via::<StartADAssessmentRequest>(value),
        "StartADAssessmentResult" => via::<StartADAssessmentResult>(value),
        "StartSchemaExtensionRequest" => via::<StartSchemaExtensionRequest>(value),
        "StartSchemaExtensionResult" => via::<StartSchemaExtensionResult>(value),
        "Tag" => via::<Tag>(value),
        "TagLimitExceededException" => via::<TagLimitExceededException>(value),
        "Trust" => via::<Trust>(value),
        "UnshareDirectoryRequest" => via::<UnshareDirectoryRequest>(value),
        "UnshareDirectoryResult" => via::<UnshareDirectoryResult>(value),
        "UnshareTarget" => via::<UnshareTarget>(value),
        "UnsupportedOperationException" => via::<UnsupportedOperationException>(value),
        "UnsupportedSettingsException" => via::<UnsupportedSettingsException>(value),
        "UpdateConditionalForwarderRequest" => via::<UpdateConditionalForwarderRequest>(value),
        "UpdateConditionalForwarderResult" => via::<UpdateConditionalForwarderResult>(value),
        "UpdateDirectorySetupRequest" => via::<UpdateDirectorySetupRequest>(value),
        "UpdateDirectorySetupResult" => via::<UpdateDirectorySetupResult>(value),
        "UpdateHybridADRequest" => via::<UpdateHybridADRequest>(value),
        "UpdateHybridADResult" => via::<UpdateHybridADResult>(value),
        "UpdateInfoEntry" => via::<UpdateInfoEntry>(value),
        "UpdateNumberOfDomainControllersRequest" => {
            via::<UpdateNumberOfDomainControllersRequest>(value)
        }
        "UpdateNumberOfDomainControllersResult" => {
            via::<UpdateNumberOfDomainControllersResult>(value)
        }
        "UpdateRadiusRequest" => via::<UpdateRadiusRequest>(value),
        "UpdateRadiusResult" => via::<UpdateRadiusResult>(value),
        "UpdateSettingsRequest" => via::<UpdateSettingsRequest>(value),
        "UpdateSettingsResult" => via::<UpdateSettingsResult>(value),
        "UpdateTrustRequest" => via::<UpdateTrustRequest>(value),
        "UpdateTrustResult" => via::<UpdateTrustResult>(value),
        "UpdateValue" => via::<UpdateValue>(value),
        "UserDoesNotExistException" => via::<UserDoesNotExistException>(value),
        "VerifyTrustRequest" => via::<VerifyTrustRequest>(value),
        "VerifyTrustResult" => via::<VerifyTrustResult>(value),
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ADAssessmentLimitExceededException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl ADAssessmentLimitExceededException {
    pub const CODE: &'static str = "ADAssessmentLimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ADAssessmentLimitExceededException {
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

impl crate::FromValue for ADAssessmentLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcceptSharedDirectoryRequest {
    pub shared_directory_id: ::std::string::String,
}

impl crate::ToValue for AcceptSharedDirectoryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "SharedDirectoryId",
            crate::ToValue::to_value(&self.shared_directory_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AcceptSharedDirectoryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            shared_directory_id: crate::codec::required(
                m,
                "SharedDirectoryId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcceptSharedDirectoryResult {
    pub shared_directory: ::std::option::Option<SharedDirectory>,
}

impl crate::ToValue for AcceptSharedDirectoryResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.shared_directory {
            m.push(("SharedDirectory", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AcceptSharedDirectoryResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            shared_directory: crate::codec::optional(
                m,
                "SharedDirectory",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessDeniedException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
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
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddIpRoutesRequest {
    pub directory_id: ::std::string::String,
    pub ip_routes: ::std::vec::Vec<IpRoute>,
    pub update_security_group_for_directory_controllers: ::std::option::Option<bool>,
}

impl crate::ToValue for AddIpRoutesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push((
            "IpRoutes",
            crate::codec::list_to_value(&self.ip_routes, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.update_security_group_for_directory_controllers {
            m.push((
                "UpdateSecurityGroupForDirectoryControllers",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AddIpRoutesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            ip_routes: crate::codec::required(m, "IpRoutes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            update_security_group_for_directory_controllers: crate::codec::optional(
                m,
                "UpdateSecurityGroupForDirectoryControllers",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddIpRoutesResult {}

impl crate::ToValue for AddIpRoutesResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AddIpRoutesResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddRegionRequest {
    pub directory_id: ::std::string::String,
    pub region_name: ::std::string::String,
    pub vpc_settings: DirectoryVpcSettings,
}

impl crate::ToValue for AddRegionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push(("RegionName", crate::ToValue::to_value(&self.region_name)));
        m.push(("VPCSettings", crate::ToValue::to_value(&self.vpc_settings)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AddRegionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            region_name: crate::codec::required(m, "RegionName", crate::FromValue::from_value)?,
            vpc_settings: crate::codec::required(m, "VPCSettings", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddRegionResult {}

impl crate::ToValue for AddRegionResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AddRegionResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddTagsToResourceRequest {
    pub resource_id: ::std::string::String,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for AddTagsToResourceRequest {
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

impl crate::FromValue for AddTagsToResourceRequest {
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
pub struct AddTagsToResourceResult {}

impl crate::ToValue for AddTagsToResourceResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AddTagsToResourceResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Assessment {
    pub assessment_id: ::std::option::Option<::std::string::String>,
    pub customer_dns_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub dns_name: ::std::option::Option<::std::string::String>,
    pub last_update_date_time: ::std::option::Option<crate::Timestamp>,
    pub report_type: ::std::option::Option<::std::string::String>,
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub self_managed_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub start_time: ::std::option::Option<crate::Timestamp>,
    pub status: ::std::option::Option<::std::string::String>,
    pub status_code: ::std::option::Option<::std::string::String>,
    pub status_reason: ::std::option::Option<::std::string::String>,
    pub subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub version: ::std::option::Option<::std::string::String>,
    pub vpc_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for Assessment {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(15);
        if let Some(x) = &self.assessment_id {
            m.push(("AssessmentId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.customer_dns_ips {
            m.push((
                "CustomerDnsIps",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.dns_name {
            m.push(("DnsName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_update_date_time {
            m.push(("LastUpdateDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.report_type {
            m.push(("ReportType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.security_group_ids {
            m.push((
                "SecurityGroupIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.self_managed_instance_ids {
            m.push((
                "SelfManagedInstanceIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.start_time {
            m.push(("StartTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status_code {
            m.push(("StatusCode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status_reason {
            m.push(("StatusReason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subnet_ids {
            m.push((
                "SubnetIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.version {
            m.push(("Version", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.vpc_id {
            m.push(("VpcId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Assessment {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assessment_id: crate::codec::optional(m, "AssessmentId", crate::FromValue::from_value)?,
            customer_dns_ips: crate::codec::optional(m, "CustomerDnsIps", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            dns_name: crate::codec::optional(m, "DnsName", crate::FromValue::from_value)?,
            last_update_date_time: crate::codec::optional(
                m,
                "LastUpdateDateTime",
                crate::FromValue::from_value,
            )?,
            report_type: crate::codec::optional(m, "ReportType", crate::FromValue::from_value)?,
            security_group_ids: crate::codec::optional(
                m,
                "SecurityGroupIds",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            self_managed_instance_ids: crate::codec::optional(
                m,
                "SelfManagedInstanceIds",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            start_time: crate::codec::optional(m, "StartTime", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            status_code: crate::codec::optional(m, "StatusCode", crate::FromValue::from_value)?,
            status_reason: crate::codec::optional(m, "StatusReason", crate::FromValue::from_value)?,
            subnet_ids: crate::codec::optional(m, "SubnetIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            version: crate::codec::optional(m, "Version", crate::FromValue::from_value)?,
            vpc_id: crate::codec::optional(m, "VpcId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssessmentConfiguration {
    pub customer_dns_ips: ::std::vec::Vec<::std::string::String>,
    pub dns_name: ::std::string::String,
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub vpc_settings: DirectoryVpcSettings,
}

impl crate::ToValue for AssessmentConfiguration {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push((
            "CustomerDnsIps",
            crate::codec::list_to_value(&self.customer_dns_ips, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push(("DnsName", crate::ToValue::to_value(&self.dns_name)));
        m.push((
            "InstanceIds",
            crate::codec::list_to_value(&self.instance_ids, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.security_group_ids {
            m.push((
                "SecurityGroupIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("VpcSettings", crate::ToValue::to_value(&self.vpc_settings)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssessmentConfiguration {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            customer_dns_ips: crate::codec::required(m, "CustomerDnsIps", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            dns_name: crate::codec::required(m, "DnsName", crate::FromValue::from_value)?,
            instance_ids: crate::codec::required(m, "InstanceIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            security_group_ids: crate::codec::optional(
                m,
                "SecurityGroupIds",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            vpc_settings: crate::codec::required(m, "VpcSettings", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssessmentReport {
    pub domain_controller_ip: ::std::option::Option<::std::string::String>,
    pub validations: ::std::option::Option<::std::vec::Vec<AssessmentValidation>>,
}

impl crate::ToValue for AssessmentReport {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.domain_controller_ip {
            m.push(("DomainControllerIp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.validations {
            m.push((
                "Validations",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssessmentReport {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            domain_controller_ip: crate::codec::optional(
                m,
                "DomainControllerIp",
                crate::FromValue::from_value,
            )?,
            validations: crate::codec::optional(m, "Validations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssessmentSummary {
    pub assessment_id: ::std::option::Option<::std::string::String>,
    pub customer_dns_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub dns_name: ::std::option::Option<::std::string::String>,
    pub last_update_date_time: ::std::option::Option<crate::Timestamp>,
    pub report_type: ::std::option::Option<::std::string::String>,
    pub start_time: ::std::option::Option<crate::Timestamp>,
    pub status: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for AssessmentSummary {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.assessment_id {
            m.push(("AssessmentId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.customer_dns_ips {
            m.push((
                "CustomerDnsIps",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.dns_name {
            m.push(("DnsName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_update_date_time {
            m.push(("LastUpdateDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.report_type {
            m.push(("ReportType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_time {
            m.push(("StartTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssessmentSummary {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assessment_id: crate::codec::optional(m, "AssessmentId", crate::FromValue::from_value)?,
            customer_dns_ips: crate::codec::optional(m, "CustomerDnsIps", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            dns_name: crate::codec::optional(m, "DnsName", crate::FromValue::from_value)?,
            last_update_date_time: crate::codec::optional(
                m,
                "LastUpdateDateTime",
                crate::FromValue::from_value,
            )?,
            report_type: crate::codec::optional(m, "ReportType", crate::FromValue::from_value)?,
            start_time: crate::codec::optional(m, "StartTime", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssessmentValidation {
    pub category: ::std::option::Option<::std::string::String>,
    pub last_update_date_time: ::std::option::Option<crate::Timestamp>,
    pub name: ::std::option::Option<::std::string::String>,
    pub start_time: ::std::option::Option<crate::Timestamp>,
    pub status: ::std::option::Option<::std::string::String>,
    pub status_code: ::std::option::Option<::std::string::String>,
    pub status_reason: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for AssessmentValidation {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.category {
            m.push(("Category", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_update_date_time {
            m.push(("LastUpdateDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_time {
            m.push(("StartTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status_code {
            m.push(("StatusCode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status_reason {
            m.push(("StatusReason", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssessmentValidation {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            category: crate::codec::optional(m, "Category", crate::FromValue::from_value)?,
            last_update_date_time: crate::codec::optional(
                m,
                "LastUpdateDateTime",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            start_time: crate::codec::optional(m, "StartTime", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            status_code: crate::codec::optional(m, "StatusCode", crate::FromValue::from_value)?,
            status_reason: crate::codec::optional(m, "StatusReason", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Attribute {
    pub name: ::std::option::Option<::std::string::String>,
    pub value: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for Attribute {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.value {
            m.push(("Value", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Attribute {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            value: crate::codec::optional(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthenticationFailedException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl AuthenticationFailedException {
    pub const CODE: &'static str = "AuthenticationFailedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AuthenticationFailedException {
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

impl crate::FromValue for AuthenticationFailedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CaEnrollmentPolicyStatus {
    InProgress,
    Success,
    Failed,
    Disabling,
    Disabled,
    Impaired,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl CaEnrollmentPolicyStatus {
    pub const VALUES: &'static [&'static str] = &[
        "InProgress",
        "Success",
        "Failed",
        "Disabling",
        "Disabled",
        "Impaired",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "InProgress",
            Self::Success => "Success",
            Self::Failed => "Failed",
            Self::Disabling => "Disabling",
            Self::Disabled => "Disabled",
            Self::Impaired => "Impaired",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "InProgress" => Self::InProgress,
            "Success" => Self::Success,
            "Failed" => Self::Failed,
            "Disabling" => Self::Disabling,
            "Disabled" => Self::Disabled,
            "Impaired" => Self::Impaired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for CaEnrollmentPolicyStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for CaEnrollmentPolicyStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelSchemaExtensionRequest {
    pub directory_id: ::std::string::String,
    pub schema_extension_id: ::std::string::String,
}

impl crate::ToValue for CancelSchemaExtensionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push((
            "SchemaExtensionId",
            crate::ToValue::to_value(&self.schema_extension_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CancelSchemaExtensionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            schema_extension_id: crate::codec::required(
                m,
                "SchemaExtensionId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelSchemaExtensionResult {}

impl crate::ToValue for CancelSchemaExtensionResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for CancelSchemaExtensionResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Certificate {
    pub certificate_id: ::std::option::Option<::std::string::String>,
    pub client_cert_auth_settings: ::std::option::Option<ClientCertAuthSettings>,
    pub common_name: ::std::option::Option<::std::string::String>,
    pub expiry_date_time: ::std::option::Option<crate::Timestamp>,
    pub registered_date_time: ::std::option::Option<crate::Timestamp>,
    pub state: ::std::option::Option<CertificateState>,
    pub state_reason: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<CertificateType>,
}

impl crate::ToValue for Certificate {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.certificate_id {
            m.push(("CertificateId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.client_cert_auth_settings {
            m.push(("ClientCertAuthSettings", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.common_name {
            m.push(("CommonName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.expiry_date_time {
            m.push(("ExpiryDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.registered_date_time {
            m.push(("RegisteredDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.state {
            m.push(("State", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.state_reason {
            m.push(("StateReason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Certificate {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_id: crate::codec::optional(
                m,
                "CertificateId",
                crate::FromValue::from_value,
            )?,
            client_cert_auth_settings: crate::codec::optional(
                m,
                "ClientCertAuthSettings",
                crate::FromValue::from_value,
            )?,
            common_name: crate::codec::optional(m, "CommonName", crate::FromValue::from_value)?,
            expiry_date_time: crate::codec::optional(
                m,
                "ExpiryDateTime",
                crate::FromValue::from_value,
            )?,
            registered_date_time: crate::codec::optional(
                m,
                "RegisteredDateTime",
                crate::FromValue::from_value,
            )?,
            state: crate::codec::optional(m, "State", crate::FromValue::from_value)?,
            state_reason: crate::codec::optional(m, "StateReason", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertificateAlreadyExistsException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl CertificateAlreadyExistsException {
    pub const CODE: &'static str = "CertificateAlreadyExistsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CertificateAlreadyExistsException {
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

impl crate::FromValue for CertificateAlreadyExistsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertificateDoesNotExistException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl CertificateDoesNotExistException {
    pub const CODE: &'static str = "CertificateDoesNotExistException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CertificateDoesNotExistException {
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

impl crate::FromValue for CertificateDoesNotExistException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertificateInUseException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl CertificateInUseException {
    pub const CODE: &'static str = "CertificateInUseException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CertificateInUseException {
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

impl crate::FromValue for CertificateInUseException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertificateInfo {
    pub certificate_id: ::std::option::Option<::std::string::String>,
    pub common_name: ::std::option::Option<::std::string::String>,
    pub expiry_date_time: ::std::option::Option<crate::Timestamp>,
    pub state: ::std::option::Option<CertificateState>,
    pub r#type: ::std::option::Option<CertificateType>,
}

impl crate::ToValue for CertificateInfo {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.certificate_id {
            m.push(("CertificateId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.common_name {
            m.push(("CommonName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.expiry_date_time {
            m.push(("ExpiryDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.state {
            m.push(("State", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CertificateInfo {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_id: crate::codec::optional(
                m,
                "CertificateId",
                crate::FromValue::from_value,
            )?,
            common_name: crate::codec::optional(m, "CommonName", crate::FromValue::from_value)?,
            expiry_date_time: crate::codec::optional(
                m,
                "ExpiryDateTime",
                crate::FromValue::from_value,
            )?,
            state: crate::codec::optional(m, "State", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertificateLimitExceededException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl CertificateLimitExceededException {
    pub const CODE: &'static str = "CertificateLimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CertificateLimitExceededException {
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

impl crate::FromValue for CertificateLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificateState {
    Registering,
    Registered,
    RegisterFailed,
    Deregistering,
    Deregistered,
    DeregisterFailed,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl CertificateState {
    pub const VALUES: &'static [&'static str] = &[
        "Registering",
        "Registered",
        "RegisterFailed",
        "Deregistering",
        "Deregistered",
        "DeregisterFailed",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Registering => "Registering",
            Self::Registered => "Registered",
            Self::RegisterFailed => "RegisterFailed",
            Self::Deregistering => "Deregistering",
            Self::Deregistered => "Deregistered",
            Self::DeregisterFailed => "DeregisterFailed",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Registering" => Self::Registering,
            "Registered" => Self::Registered,
            "RegisterFailed" => Self::RegisterFailed,
            "Deregistering" => Self::Deregistering,
            "Deregistered" => Self::Deregistered,
            "DeregisterFailed" => Self::DeregisterFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for CertificateState {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for CertificateState {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificateType {
    ClientCertAuth,
    ClientLDAPS,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl CertificateType {
    pub const VALUES: &'static [&'static str] = &["ClientCertAuth", "ClientLDAPS"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientCertAuth => "ClientCertAuth",
            Self::ClientLDAPS => "ClientLDAPS",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ClientCertAuth" => Self::ClientCertAuth,
            "ClientLDAPS" => Self::ClientLDAPS,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for CertificateType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for CertificateType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClientAuthenticationSettingInfo {
    pub last_updated_date_time: ::std::option::Option<crate::Timestamp>,
    pub status: ::std::option::Option<ClientAuthenticationStatus>,
    pub r#type: ::std::option::Option<ClientAuthenticationType>,
}

impl crate::ToValue for ClientAuthenticationSettingInfo {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.last_updated_date_time {
            m.push(("LastUpdatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ClientAuthenticationSettingInfo {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            last_updated_date_time: crate::codec::optional(
                m,
                "LastUpdatedDateTime",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ClientAuthenticationStatus {
    Enabled,
    Disabled,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ClientAuthenticationStatus {
    pub const VALUES: &'static [&'static str] = &["Enabled", "Disabled"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Enabled" => Self::Enabled,
            "Disabled" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ClientAuthenticationStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ClientAuthenticationStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ClientAuthenticationType {
    SmartCard,
    SmartCardOrPassword,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ClientAuthenticationType {
    pub const VALUES: &'static [&'static str] = &["SmartCard", "SmartCardOrPassword"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::SmartCard => "SmartCard",
            Self::SmartCardOrPassword => "SmartCardOrPassword",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "SmartCard" => Self::SmartCard,
            "SmartCardOrPassword" => Self::SmartCardOrPassword,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ClientAuthenticationType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ClientAuthenticationType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClientCertAuthSettings {
    pub ocsp_url: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ClientCertAuthSettings {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.ocsp_url {
            m.push(("OCSPUrl", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ClientCertAuthSettings {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            ocsp_url: crate::codec::optional(m, "OCSPUrl", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClientException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl ClientException {
    pub const CODE: &'static str = "ClientException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ClientException {
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

impl crate::FromValue for ClientException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Computer {
    pub computer_attributes: ::std::option::Option<::std::vec::Vec<Attribute>>,
    pub computer_id: ::std::option::Option<::std::string::String>,
    pub computer_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for Computer {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.computer_attributes {
            m.push((
                "ComputerAttributes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.computer_id {
            m.push(("ComputerId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.computer_name {
            m.push(("ComputerName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Computer {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            computer_attributes: crate::codec::optional(
                m,
                "ComputerAttributes",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            computer_id: crate::codec::optional(m, "ComputerId", crate::FromValue::from_value)?,
            computer_name: crate::codec::optional(m, "ComputerName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConditionalForwarder {
    pub dns_ip_addrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub dns_ipv6_addrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub remote_domain_name: ::std::option::Option<::std::string::String>,
    pub replication_scope: ::std::option::Option<ReplicationScope>,
}

impl crate::ToValue for ConditionalForwarder {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.dns_ip_addrs {
            m.push((
                "DnsIpAddrs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.dns_ipv6_addrs {
            m.push((
                "DnsIpv6Addrs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.remote_domain_name {
            m.push(("RemoteDomainName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.replication_scope {
            m.push(("ReplicationScope", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ConditionalForwarder {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            dns_ip_addrs: crate::codec::optional(m, "DnsIpAddrs", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            dns_ipv6_addrs: crate::codec::optional(m, "DnsIpv6Addrs", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            remote_domain_name: crate::codec::optional(
                m,
                "RemoteDomainName",
                crate::FromValue::from_value,
            )?,
            replication_scope: crate::codec::optional(
                m,
                "ReplicationScope",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq)]
pub struct ConnectDirectoryRequest {
    pub connect_settings: DirectoryConnectSettings,
    pub description: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    pub network_type: ::std::option::Option<NetworkType>,
    pub password: ::std::string::String,
    pub short_name: ::std::option::Option<::std::string::String>,
    pub size: DirectorySize,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl ::std::fmt::Debug for ConnectDirectoryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConnectDirectoryRequest")
            .field("connect_settings", &self.connect_settings)
            .field("description", &self.description)
            .field("name", &self.name)
            .field("network_type", &self.network_type)
            .field("password", &"<redacted>")
            .field("short_name", &self.short_name)
            .field("size", &self.size)
            .field("tags", &self.tags)
            .finish()
    }
}

impl crate::ToValue for ConnectDirectoryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        m.push((
            "ConnectSettings",
            crate::ToValue::to_value(&self.connect_settings),
        ));
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.network_type {
            m.push(("NetworkType", crate::ToValue::to_value(x)));
        }
        m.push(("Password", crate::ToValue::to_value(&self.password)));
        if let Some(x) = &self.short_name {
            m.push(("ShortName", crate::ToValue::to_value(x)));
        }
        m.push(("Size", crate::ToValue::to_value(&self.size)));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ConnectDirectoryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            connect_settings: crate::codec::required(
                m,
                "ConnectSettings",
                crate::FromValue::from_value,
            )?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            network_type: crate::codec::optional(m, "NetworkType", crate::FromValue::from_value)?,
            password: crate::codec::required(m, "Password", crate::FromValue::from_value)?,
            short_name: crate::codec::optional(m, "ShortName", crate::FromValue::from_value)?,
            size: crate::codec::required(m, "Size", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectDirectoryResult {
    pub directory_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ConnectDirectoryResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ConnectDirectoryResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAliasRequest {
    pub alias: ::std::string::String,
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for CreateAliasRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Alias", crate::ToValue::to_value(&self.alias)));
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateAliasRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            alias: crate::codec::required(m, "Alias", crate::FromValue::from_value)?,
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAliasResult {
    pub alias: ::std::option::Option<::std::string::String>,
    pub directory_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateAliasResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.alias {
            m.push(("Alias", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateAliasResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            alias: crate::codec::optional(m, "Alias", crate::FromValue::from_value)?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct CreateComputerRequest {
    pub computer_attributes: ::std::option::Option<::std::vec::Vec<Attribute>>,
    pub computer_name: ::std::string::String,
    pub directory_id: ::std::string::String,
    pub organizational_unit_distinguished_name: ::std::option::Option<::std::string::String>,
    pub password: ::std::string::String,
}

impl ::std::fmt::Debug for CreateComputerRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateComputerRequest")
            .field("computer_attributes", &self.computer_attributes)
            .field("computer_name", &self.computer_name)
            .field("directory_id", &self.directory_id)
            .field(
                "organizational_unit_distinguished_name",
                &self.organizational_unit_distinguished_name,
            )
            .field("password", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for CreateComputerRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.computer_attributes {
            m.push((
                "ComputerAttributes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "ComputerName",
            crate::ToValue::to_value(&self.computer_name),
        ));
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.organizational_unit_distinguished_name {
            m.push((
                "OrganizationalUnitDistinguishedName",
                crate::ToValue::to_value(x),
            ));
        }
        m.push(("Password", crate::ToValue::to_value(&self.password)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateComputerRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            computer_attributes: crate::codec::optional(
                m,
                "ComputerAttributes",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            computer_name: crate::codec::required(m, "ComputerName", crate::FromValue::from_value)?,
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            organizational_unit_distinguished_name: crate::codec::optional(
                m,
                "OrganizationalUnitDistinguishedName",
                crate::FromValue::from_value,
            )?,
            password: crate::codec::required(m, "Password", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateComputerResult {
    pub computer: ::std::option::Option<Computer>,
}

impl crate::ToValue for CreateComputerResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.computer {
            m.push(("Computer", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateComputerResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            computer: crate::codec::optional(m, "Computer", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateConditionalForwarderRequest {
    pub directory_id: ::std::string::String,
    pub dns_ip_addrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub dns_ipv6_addrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub remote_domain_name: ::std::string::String,
}

impl crate::ToValue for CreateConditionalForwarderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.dns_ip_addrs {
            m.push((
                "DnsIpAddrs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.dns_ipv6_addrs {
            m.push((
                "DnsIpv6Addrs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "RemoteDomainName",
            crate::ToValue::to_value(&self.remote_domain_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateConditionalForwarderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            dns_ip_addrs: crate::codec::optional(m, "DnsIpAddrs", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            dns_ipv6_addrs: crate::codec::optional(m, "DnsIpv6Addrs", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            remote_domain_name: crate::codec::required(
                m,
                "RemoteDomainName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateConditionalForwarderResult {}

impl crate::ToValue for CreateConditionalForwarderResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for CreateConditionalForwarderResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Clone, PartialEq)]
pub struct CreateDirectoryRequest {
    pub description: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    pub network_type: ::std::option::Option<NetworkType>,
    pub password: ::std::string::String,
    pub short_name: ::std::option::Option<::std::string::String>,
    pub size: DirectorySize,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub vpc_settings: ::std::option::Option<DirectoryVpcSettings>,
}

impl ::std::fmt::Debug for CreateDirectoryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateDirectoryRequest")
            .field("description", &self.description)
            .field("name", &self.name)
            .field("network_type", &self.network_type)
            .field("password", &"<redacted>")
            .field("short_name", &self.short_name)
            .field("size", &self.size)
            .field("tags", &self.tags)
            .field("vpc_settings", &self.vpc_settings)
            .finish()
    }
}

impl crate::ToValue for CreateDirectoryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.network_type {
            m.push(("NetworkType", crate::ToValue::to_value(x)));
        }
        m.push(("Password", crate::ToValue::to_value(&self.password)));
        if let Some(x) = &self.short_name {
            m.push(("ShortName", crate::ToValue::to_value(x)));
        }
        m.push(("Size", crate::ToValue::to_value(&self.size)));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.vpc_settings {
            m.push(("VpcSettings", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateDirectoryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            network_type: crate::codec::optional(m, "NetworkType", crate::FromValue::from_value)?,
            password: crate::codec::required(m, "Password", crate::FromValue::from_value)?,
            short_name: crate::codec::optional(m, "ShortName", crate::FromValue::from_value)?,
            size: crate::codec::required(m, "Size", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            vpc_settings: crate::codec::optional(m, "VpcSettings", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateDirectoryResult {
    pub directory_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateDirectoryResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateDirectoryResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateHybridADRequest {
    pub assessment_id: ::std::string::String,
    pub secret_arn: ::std::string::String,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreateHybridADRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "AssessmentId",
            crate::ToValue::to_value(&self.assessment_id),
        ));
        m.push(("SecretArn", crate::ToValue::to_value(&self.secret_arn)));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateHybridADRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assessment_id: crate::codec::required(m, "AssessmentId", crate::FromValue::from_value)?,
            secret_arn: crate::codec::required(m, "SecretArn", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateHybridADResult {
    pub directory_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateHybridADResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateHybridADResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateLogSubscriptionRequest {
    pub directory_id: ::std::string::String,
    pub log_group_name: ::std::string::String,
}

impl crate::ToValue for CreateLogSubscriptionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push((
            "LogGroupName",
            crate::ToValue::to_value(&self.log_group_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateLogSubscriptionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            log_group_name: crate::codec::required(
                m,
                "LogGroupName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateLogSubscriptionResult {}

impl crate::ToValue for CreateLogSubscriptionResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for CreateLogSubscriptionResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct CreateMicrosoftADRequest {
    pub description: ::std::option::Option<::std::string::String>,
    pub edition: ::std::option::Option<DirectoryEdition>,
    pub name: ::std::string::String,
    pub network_type: ::std::option::Option<NetworkType>,
    pub password: ::std::string::String,
    pub short_name: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub vpc_settings: DirectoryVpcSettings,
}

impl ::std::fmt::Debug for CreateMicrosoftADRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateMicrosoftADRequest")
            .field("description", &self.description)
            .field("edition", &self.edition)
            .field("name", &self.name)
            .field("network_type", &self.network_type)
            .field("password", &"<redacted>")
            .field("short_name", &self.short_name)
            .field("tags", &self.tags)
            .field("vpc_settings", &self.vpc_settings)
            .finish()
    }
}

impl crate::ToValue for CreateMicrosoftADRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.edition {
            m.push(("Edition", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.network_type {
            m.push(("NetworkType", crate::ToValue::to_value(x)));
        }
        m.push(("Password", crate::ToValue::to_value(&self.password)));
        if let Some(x) = &self.short_name {
            m.push(("ShortName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("VpcSettings", crate::ToValue::to_value(&self.vpc_settings)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateMicrosoftADRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            edition: crate::codec::optional(m, "Edition", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            network_type: crate::codec::optional(m, "NetworkType", crate::FromValue::from_value)?,
            password: crate::codec::required(m, "Password", crate::FromValue::from_value)?,
            short_name: crate::codec::optional(m, "ShortName", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            vpc_settings: crate::codec::required(m, "VpcSettings", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateMicrosoftADResult {
    pub directory_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateMicrosoftADResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateMicrosoftADResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateSnapshotRequest {
    pub directory_id: ::std::string::String,
    pub name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateSnapshotRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateSnapshotRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateSnapshotResult {
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateSnapshotResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.snapshot_id {
            m.push(("SnapshotId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateSnapshotResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            snapshot_id: crate::codec::optional(m, "SnapshotId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq)]
pub struct CreateTrustRequest {
    pub conditional_forwarder_ip_addrs:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub conditional_forwarder_ipv6_addrs:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub directory_id: ::std::string::String,
    pub remote_domain_name: ::std::string::String,
    pub selective_auth: ::std::option::Option<SelectiveAuth>,
    pub trust_direction: TrustDirection,
    pub trust_password: ::std::string::String,
    pub trust_type: ::std::option::Option<TrustType>,
}

impl ::std::fmt::Debug for CreateTrustRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateTrustRequest")
            .field(
                "conditional_forwarder_ip_addrs",
                &self.conditional_forwarder_ip_addrs,
            )
            .field(
                "conditional_forwarder_ipv6_addrs",
                &self.conditional_forwarder_ipv6_addrs,
            )
            .field("directory_id", &self.directory_id)
            .field("remote_domain_name", &self.remote_domain_name)
            .field("selective_auth", &self.selective_auth)
            .field("trust_direction", &self.trust_direction)
            .field("trust_password", &"<redacted>")
            .field("trust_type", &self.trust_type)
            .finish()
    }
}

impl crate::ToValue for CreateTrustRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.conditional_forwarder_ip_addrs {
            m.push((
                "ConditionalForwarderIpAddrs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.conditional_forwarder_ipv6_addrs {
            m.push((
                "ConditionalForwarderIpv6Addrs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push((
            "RemoteDomainName",
            crate::ToValue::to_value(&self.remote_domain_name),
        ));
        if let Some(x) = &self.selective_auth {
            m.push(("SelectiveAuth", crate::ToValue::to_value(x)));
        }
        m.push((
            "TrustDirection",
            crate::ToValue::to_value(&self.trust_direction),
        ));
        m.push((
            "TrustPassword",
            crate::ToValue::to_value(&self.trust_password),
        ));
        if let Some(x) = &self.trust_type {
            m.push(("TrustType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateTrustRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            conditional_forwarder_ip_addrs: crate::codec::optional(
                m,
                "ConditionalForwarderIpAddrs",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            conditional_forwarder_ipv6_addrs: crate::codec::optional(
                m,
                "ConditionalForwarderIpv6Addrs",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            remote_domain_name: crate::codec::required(
                m,
                "RemoteDomainName",
                crate::FromValue::from_value,
            )?,
            selective_auth: crate::codec::optional(
                m,
                "SelectiveAuth",
                crate::FromValue::from_value,
            )?,
            trust_direction: crate::codec::required(
                m,
                "TrustDirection",
                crate::FromValue::from_value,
            )?,
            trust_password: crate::codec::required(
                m,
                "TrustPassword",
                crate::FromValue::from_value,
            )?,
            trust_type: crate::codec::optional(m, "TrustType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTrustResult {
    pub trust_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateTrustResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.trust_id {
            m.push(("TrustId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateTrustResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trust_id: crate::codec::optional(m, "TrustId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DataAccessStatus {
    Disabled,
    Disabling,
    Enabled,
    Enabling,
    Failed,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl DataAccessStatus {
    pub const VALUES: &'static [&'static str] =
        &["Disabled", "Disabling", "Enabled", "Enabling", "Failed"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "Disabled",
            Self::Disabling => "Disabling",
            Self::Enabled => "Enabled",
            Self::Enabling => "Enabling",
            Self::Failed => "Failed",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Disabled" => Self::Disabled,
            "Disabling" => Self::Disabling,
            "Enabled" => Self::Enabled,
            "Enabling" => Self::Enabling,
            "Failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for DataAccessStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for DataAccessStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteADAssessmentRequest {
    pub assessment_id: ::std::string::String,
}

impl crate::ToValue for DeleteADAssessmentRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "AssessmentId",
            crate::ToValue::to_value(&self.assessment_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteADAssessmentRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assessment_id: crate::codec::required(m, "AssessmentId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteADAssessmentResult {
    pub assessment_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DeleteADAssessmentResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.assessment_id {
            m.push(("AssessmentId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteADAssessmentResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assessment_id: crate::codec::optional(m, "AssessmentId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteConditionalForwarderRequest {
    pub directory_id: ::std::string::String,
    pub remote_domain_name: ::std::string::String,
}

impl crate::ToValue for DeleteConditionalForwarderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push((
            "RemoteDomainName",
            crate::ToValue::to_value(&self.remote_domain_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteConditionalForwarderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            remote_domain_name: crate::codec::required(
                m,
                "RemoteDomainName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteConditionalForwarderResult {}

impl crate::ToValue for DeleteConditionalForwarderResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteConditionalForwarderResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteDirectoryRequest {
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for DeleteDirectoryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteDirectoryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteDirectoryResult {
    pub directory_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DeleteDirectoryResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteDirectoryResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteLogSubscriptionRequest {
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for DeleteLogSubscriptionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteLogSubscriptionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteLogSubscriptionResult {}

impl crate::ToValue for DeleteLogSubscriptionResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteLogSubscriptionResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteSnapshotRequest {
    pub snapshot_id: ::std::string::String,
}

impl crate::ToValue for DeleteSnapshotRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("SnapshotId", crate::ToValue::to_value(&self.snapshot_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteSnapshotRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            snapshot_id: crate::codec::required(m, "SnapshotId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteSnapshotResult {
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DeleteSnapshotResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.snapshot_id {
            m.push(("SnapshotId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteSnapshotResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            snapshot_id: crate::codec::optional(m, "SnapshotId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteTrustRequest {
    pub delete_associated_conditional_forwarder: ::std::option::Option<bool>,
    pub trust_id: ::std::string::String,
}

impl crate::ToValue for DeleteTrustRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.delete_associated_conditional_forwarder {
            m.push((
                "DeleteAssociatedConditionalForwarder",
                crate::ToValue::to_value(x),
            ));
        }
        m.push(("TrustId", crate::ToValue::to_value(&self.trust_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteTrustRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delete_associated_conditional_forwarder: crate::codec::optional(
                m,
                "DeleteAssociatedConditionalForwarder",
                crate::FromValue::from_value,
            )?,
            trust_id: crate::codec::required(m, "TrustId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteTrustResult {
    pub trust_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DeleteTrustResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.trust_id {
            m.push(("TrustId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteTrustResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trust_id: crate::codec::optional(m, "TrustId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeregisterCertificateRequest {
    pub certificate_id: ::std::string::String,
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for DeregisterCertificateRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "CertificateId",
            crate::ToValue::to_value(&self.certificate_id),
        ));
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeregisterCertificateRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_id: crate::codec::required(
                m,
                "CertificateId",
                crate::FromValue::from_value,
            )?,
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeregisterCertificateResult {}

impl crate::ToValue for DeregisterCertificateResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeregisterCertificateResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeregisterEventTopicRequest {
    pub directory_id: ::std::string::String,
    pub topic_name: ::std::string::String,
}

impl crate::ToValue for DeregisterEventTopicRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push(("TopicName", crate::ToValue::to_value(&self.topic_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeregisterEventTopicRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            topic_name: crate::codec::required(m, "TopicName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeregisterEventTopicResult {}

impl crate::ToValue for DeregisterEventTopicResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeregisterEventTopicResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeADAssessmentRequest {
    pub assessment_id: ::std::string::String,
}

impl crate::ToValue for DescribeADAssessmentRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "AssessmentId",
            crate::ToValue::to_value(&self.assessment_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeADAssessmentRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assessment_id: crate::codec::required(m, "AssessmentId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeADAssessmentResult {
    pub assessment: ::std::option::Option<Assessment>,
    pub assessment_reports: ::std::option::Option<::std::vec::Vec<AssessmentReport>>,
}

impl crate::ToValue for DescribeADAssessmentResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.assessment {
            m.push(("Assessment", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.assessment_reports {
            m.push((
                "AssessmentReports",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeADAssessmentResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assessment: crate::codec::optional(m, "Assessment", crate::FromValue::from_value)?,
            assessment_reports: crate::codec::optional(
                m,
                "AssessmentReports",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeCAEnrollmentPolicyRequest {
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for DescribeCAEnrollmentPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeCAEnrollmentPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeCAEnrollmentPolicyResult {
    pub ca_enrollment_policy_status: ::std::option::Option<CaEnrollmentPolicyStatus>,
    pub ca_enrollment_policy_status_reason: ::std::option::Option<::std::string::String>,
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub last_updated_date_time: ::std::option::Option<crate::Timestamp>,
    pub pca_connector_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeCAEnrollmentPolicyResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.ca_enrollment_policy_status {
            m.push(("CaEnrollmentPolicyStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.ca_enrollment_policy_status_reason {
            m.push((
                "CaEnrollmentPolicyStatusReason",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_updated_date_time {
            m.push(("LastUpdatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.pca_connector_arn {
            m.push(("PcaConnectorArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeCAEnrollmentPolicyResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            ca_enrollment_policy_status: crate::codec::optional(
                m,
                "CaEnrollmentPolicyStatus",
                crate::FromValue::from_value,
            )?,
            ca_enrollment_policy_status_reason: crate::codec::optional(
                m,
                "CaEnrollmentPolicyStatusReason",
                crate::FromValue::from_value,
            )?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            last_updated_date_time: crate::codec::optional(
                m,
                "LastUpdatedDateTime",
                crate::FromValue::from_value,
            )?,
            pca_connector_arn: crate::codec::optional(
                m,
                "PcaConnectorArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeCertificateRequest {
    pub certificate_id: ::std::string::String,
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for DescribeCertificateRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "CertificateId",
            crate::ToValue::to_value(&self.certificate_id),
        ));
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeCertificateRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_id: crate::codec::required(
                m,
                "CertificateId",
                crate::FromValue::from_value,
            )?,
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeCertificateResult {
    pub certificate: ::std::option::Option<Certificate>,
}

impl crate::ToValue for DescribeCertificateResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.certificate {
            m.push(("Certificate", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeCertificateResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate: crate::codec::optional(m, "Certificate", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeClientAuthenticationSettingsRequest {
    pub directory_id: ::std::string::String,
    pub limit: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<ClientAuthenticationType>,
}

impl crate::ToValue for DescribeClientAuthenticationSettingsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.limit {
            m.push(("Limit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeClientAuthenticationSettingsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            limit: crate::codec::optional(m, "Limit", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeClientAuthenticationSettingsResult {
    pub client_authentication_settings_info:
        ::std::option::Option<::std::vec::Vec<ClientAuthenticationSettingInfo>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeClientAuthenticationSettingsResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.client_authentication_settings_info {
            m.push((
                "ClientAuthenticationSettingsInfo",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeClientAuthenticationSettingsResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            client_authentication_settings_info: crate::codec::optional(
                m,
                "ClientAuthenticationSettingsInfo",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeConditionalForwardersRequest {
    pub directory_id: ::std::string::String,
    pub remote_domain_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for DescribeConditionalForwardersRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.remote_domain_names {
            m.push((
                "RemoteDomainNames",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeConditionalForwardersRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            remote_domain_names: crate::codec::optional(
                m,
                "RemoteDomainNames",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeConditionalForwardersResult {
    pub conditional_forwarders: ::std::option::Option<::std::vec::Vec<ConditionalForwarder>>,
}

impl crate::ToValue for DescribeConditionalForwardersResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.conditional_forwarders {
            m.push((
                "ConditionalForwarders",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeConditionalForwardersResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            conditional_forwarders: crate::codec::optional(
                m,
                "ConditionalForwarders",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeDirectoriesRequest {
    pub directory_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub limit: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeDirectoriesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.directory_ids {
            m.push((
                "DirectoryIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.limit {
            m.push(("Limit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeDirectoriesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_ids: crate::codec::optional(m, "DirectoryIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            limit: crate::codec::optional(m, "Limit", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeDirectoriesResult {
    pub directory_descriptions: ::std::option::Option<::std::vec::Vec<DirectoryDescription>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeDirectoriesResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.directory_descriptions {
            m.push((
                "DirectoryDescriptions",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeDirectoriesResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_descriptions: crate::codec::optional(
                m,
                "DirectoryDescriptions",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeDirectoryDataAccessRequest {
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for DescribeDirectoryDataAccessRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeDirectoryDataAccessRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeDirectoryDataAccessResult {
    pub data_access_status: ::std::option::Option<DataAccessStatus>,
}

impl crate::ToValue for DescribeDirectoryDataAccessResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.data_access_status {
            m.push(("DataAccessStatus", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeDirectoryDataAccessResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            data_access_status: crate::codec::optional(
                m,
                "DataAccessStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeDomainControllersRequest {
    pub directory_id: ::std::string::String,
    pub domain_controller_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub limit: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeDomainControllersRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.domain_controller_ids {
            m.push((
                "DomainControllerIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.limit {
            m.push(("Limit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeDomainControllersRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            domain_controller_ids: crate::codec::optional(
                m,
                "DomainControllerIds",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            limit: crate::codec::optional(m, "Limit", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeDomainControllersResult {
    pub domain_controllers: ::std::option::Option<::std::vec::Vec<DomainController>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeDomainControllersResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.domain_controllers {
            m.push((
                "DomainControllers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeDomainControllersResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            domain_controllers: crate::codec::optional(
                m,
                "DomainControllers",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeEventTopicsRequest {
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub topic_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for DescribeEventTopicsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.topic_names {
            m.push((
                "TopicNames",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeEventTopicsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            topic_names: crate::codec::optional(m, "TopicNames", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeEventTopicsResult {
    pub event_topics: ::std::option::Option<::std::vec::Vec<EventTopic>>,
}

impl crate::ToValue for DescribeEventTopicsResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.event_topics {
            m.push((
                "EventTopics",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeEventTopicsResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_topics: crate::codec::optional(m, "EventTopics", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeHybridADUpdateRequest {
    pub directory_id: ::std::string::String,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub update_type: ::std::option::Option<HybridUpdateType>,
}

impl crate::ToValue for DescribeHybridADUpdateRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.update_type {
            m.push(("UpdateType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeHybridADUpdateRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            update_type: crate::codec::optional(m, "UpdateType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeHybridADUpdateResult {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub update_activities: ::std::option::Option<HybridUpdateActivities>,
}

impl crate::ToValue for DescribeHybridADUpdateResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.update_activities {
            m.push(("UpdateActivities", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeHybridADUpdateResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            update_activities: crate::codec::optional(
                m,
                "UpdateActivities",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeLDAPSSettingsRequest {
    pub directory_id: ::std::string::String,
    pub limit: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<LDAPSType>,
}

impl crate::ToValue for DescribeLDAPSSettingsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.limit {
            m.push(("Limit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeLDAPSSettingsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            limit: crate::codec::optional(m, "Limit", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeLDAPSSettingsResult {
    pub ldaps_settings_info: ::std::option::Option<::std::vec::Vec<LDAPSSettingInfo>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeLDAPSSettingsResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.ldaps_settings_info {
            m.push((
                "LDAPSSettingsInfo",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeLDAPSSettingsResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            ldaps_settings_info: crate::codec::optional(
                m,
                "LDAPSSettingsInfo",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeRegionsRequest {
    pub directory_id: ::std::string::String,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub region_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeRegionsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.region_name {
            m.push(("RegionName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeRegionsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            region_name: crate::codec::optional(m, "RegionName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeRegionsResult {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub regions_description: ::std::option::Option<::std::vec::Vec<RegionDescription>>,
}

impl crate::ToValue for DescribeRegionsResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.regions_description {
            m.push((
                "RegionsDescription",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeRegionsResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            regions_description: crate::codec::optional(
                m,
                "RegionsDescription",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeSettingsRequest {
    pub directory_id: ::std::string::String,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub status: ::std::option::Option<DirectoryConfigurationStatus>,
}

impl crate::ToValue for DescribeSettingsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeSettingsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeSettingsResult {
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub setting_entries: ::std::option::Option<::std::vec::Vec<SettingEntry>>,
}

impl crate::ToValue for DescribeSettingsResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.setting_entries {
            m.push((
                "SettingEntries",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeSettingsResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            setting_entries: crate::codec::optional(m, "SettingEntries", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeSharedDirectoriesRequest {
    pub limit: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub owner_directory_id: ::std::string::String,
    pub shared_directory_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for DescribeSharedDirectoriesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.limit {
            m.push(("Limit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "OwnerDirectoryId",
            crate::ToValue::to_value(&self.owner_directory_id),
        ));
        if let Some(x) = &self.shared_directory_ids {
            m.push((
                "SharedDirectoryIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeSharedDirectoriesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            limit: crate::codec::optional(m, "Limit", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            owner_directory_id: crate::codec::required(
                m,
                "OwnerDirectoryId",
                crate::FromValue::from_value,
            )?,
            shared_directory_ids: crate::codec::optional(
                m,
                "SharedDirectoryIds",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeSharedDirectoriesResult {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub shared_directories: ::std::option::Option<::std::vec::Vec<SharedDirectory>>,
}

impl crate::ToValue for DescribeSharedDirectoriesResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.shared_directories {
            m.push((
                "SharedDirectories",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeSharedDirectoriesResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            shared_directories: crate::codec::optional(
                m,
                "SharedDirectories",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeSnapshotsRequest {
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub limit: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub snapshot_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for DescribeSnapshotsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.limit {
            m.push(("Limit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.snapshot_ids {
            m.push((
                "SnapshotIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeSnapshotsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            limit: crate::codec::optional(m, "Limit", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            snapshot_ids: crate::codec::optional(m, "SnapshotIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeSnapshotsResult {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub snapshots: ::std::option::Option<::std::vec::Vec<Snapshot>>,
}

impl crate::ToValue for DescribeSnapshotsResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.snapshots {
            m.push((
                "Snapshots",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeSnapshotsResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            snapshots: crate::codec::optional(m, "Snapshots", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeTrustsRequest {
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub limit: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub trust_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for DescribeTrustsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.limit {
            m.push(("Limit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trust_ids {
            m.push((
                "TrustIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeTrustsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            limit: crate::codec::optional(m, "Limit", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            trust_ids: crate::codec::optional(m, "TrustIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeTrustsResult {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub trusts: ::std::option::Option<::std::vec::Vec<Trust>>,
}

impl crate::ToValue for DescribeTrustsResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trusts {
            m.push((
                "Trusts",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeTrustsResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            trusts: crate::codec::optional(m, "Trusts", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DescribeUpdateDirectoryRequest {
    pub directory_id: ::std::string::String,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub region_name: ::std::option::Option<::std::string::String>,
    pub update_type: UpdateType,
}

impl crate::ToValue for DescribeUpdateDirectoryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.region_name {
            m.push(("RegionName", crate::ToValue::to_value(x)));
        }
        m.push(("UpdateType", crate::ToValue::to_value(&self.update_type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeUpdateDirectoryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            region_name: crate::codec::optional(m, "RegionName", crate::FromValue::from_value)?,
            update_type: crate::codec::required(m, "UpdateType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeUpdateDirectoryResult {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub update_activities: ::std::option::Option<::std::vec::Vec<UpdateInfoEntry>>,
}

impl crate::ToValue for DescribeUpdateDirectoryResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.update_activities {
            m.push((
                "UpdateActivities",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeUpdateDirectoryResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            update_activities: crate::codec::optional(
                m,
                "UpdateActivities",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryAlreadyInRegionException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl DirectoryAlreadyInRegionException {
    pub const CODE: &'static str = "DirectoryAlreadyInRegionException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DirectoryAlreadyInRegionException {
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

impl crate::FromValue for DirectoryAlreadyInRegionException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryAlreadySharedException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl DirectoryAlreadySharedException {
    pub const CODE: &'static str = "DirectoryAlreadySharedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DirectoryAlreadySharedException {
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

impl crate::FromValue for DirectoryAlreadySharedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DirectoryConfigurationStatus {
    Requested,
    Updating,
    Updated,
    Failed,
    Default,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl DirectoryConfigurationStatus {
    pub const VALUES: &'static [&'static str] =
        &["Requested", "Updating", "Updated", "Failed", "Default"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Requested => "Requested",
            Self::Updating => "Updating",
            Self::Updated => "Updated",
            Self::Failed => "Failed",
            Self::Default => "Default",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Requested" => Self::Requested,
            "Updating" => Self::Updating,
            "Updated" => Self::Updated,
            "Failed" => Self::Failed,
            "Default" => Self::Default,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for DirectoryConfigurationStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for DirectoryConfigurationStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryConnectSettings {
    pub customer_dns_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub customer_dns_ips_v6: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub customer_user_name: ::std::string::String,
    pub subnet_ids: ::std::vec::Vec<::std::string::String>,
    pub vpc_id: ::std::string::String,
}

impl crate::ToValue for DirectoryConnectSettings {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.customer_dns_ips {
            m.push((
                "CustomerDnsIps",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.customer_dns_ips_v6 {
            m.push((
                "CustomerDnsIpsV6",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "CustomerUserName",
            crate::ToValue::to_value(&self.customer_user_name),
        ));
        m.push((
            "SubnetIds",
            crate::codec::list_to_value(&self.subnet_ids, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push(("VpcId", crate::ToValue::to_value(&self.vpc_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DirectoryConnectSettings {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            customer_dns_ips: crate::codec::optional(m, "CustomerDnsIps", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            customer_dns_ips_v6: crate::codec::optional(
                m,
                "CustomerDnsIpsV6",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            customer_user_name: crate::codec::required(
                m,
                "CustomerUserName",
                crate::FromValue::from_value,
            )?,
            subnet_ids: crate::codec::required(m, "SubnetIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            vpc_id: crate::codec::required(m, "VpcId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryConnectSettingsDescription {
    pub availability_zones: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub connect_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub connect_ips_v6: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub customer_user_name: ::std::option::Option<::std::string::String>,
    pub security_group_id: ::std::option::Option<::std::string::String>,
    pub subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub vpc_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DirectoryConnectSettingsDescription {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.availability_zones {
            m.push((
                "AvailabilityZones",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.connect_ips {
            m.push((
                "ConnectIps",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.connect_ips_v6 {
            m.push((
                "ConnectIpsV6",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.customer_user_name {
            m.push(("CustomerUserName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.security_group_id {
            m.push(("SecurityGroupId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subnet_ids {
            m.push((
                "SubnetIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.vpc_id {
            m.push(("VpcId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DirectoryConnectSettingsDescription {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            availability_zones: crate::codec::optional(
                m,
                "AvailabilityZones",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            connect_ips: crate::codec::optional(m, "ConnectIps", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            connect_ips_v6: crate::codec::optional(m, "ConnectIpsV6", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            customer_user_name: crate::codec::optional(
                m,
                "CustomerUserName",
                crate::FromValue::from_value,
            )?,
            security_group_id: crate::codec::optional(
                m,
                "SecurityGroupId",
                crate::FromValue::from_value,
            )?,
            subnet_ids: crate::codec::optional(m, "SubnetIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            vpc_id: crate::codec::optional(m, "VpcId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct DirectoryDescription {
    pub access_url: ::std::option::Option<::std::string::String>,
    pub alias: ::std::option::Option<::std::string::String>,
    pub connect_settings: ::std::option::Option<DirectoryConnectSettingsDescription>,
    pub description: ::std::option::Option<::std::string::String>,
    pub desired_number_of_domain_controllers: ::std::option::Option<i32>,
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub dns_ip_addrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub dns_ipv6_addrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub edition: ::std::option::Option<DirectoryEdition>,
    pub hybrid_settings: ::std::option::Option<HybridSettingsDescription>,
    pub launch_time: ::std::option::Option<crate::Timestamp>,
    pub name: ::std::option::Option<::std::string::String>,
    pub network_type: ::std::option::Option<NetworkType>,
    pub os_version: ::std::option::Option<OSVersion>,
    pub owner_directory_description: ::std::option::Option<OwnerDirectoryDescription>,
    pub radius_settings: ::std::option::Option<RadiusSettings>,
    pub radius_status: ::std::option::Option<RadiusStatus>,
    pub regions_info: ::std::option::Option<RegionsInfo>,
    pub share_method: ::std::option::Option<ShareMethod>,
    pub share_notes: ::std::option::Option<::std::string::String>,
    pub share_status: ::std::option::Option<ShareStatus>,
    pub short_name: ::std::option::Option<::std::string::String>,
    pub size: ::std::option::Option<DirectorySize>,
    pub sso_enabled: ::std::option::Option<bool>,
    pub stage: ::std::option::Option<DirectoryStage>,
    pub stage_last_updated_date_time: ::std::option::Option<crate::Timestamp>,
    pub stage_reason: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<DirectoryType>,
    pub vpc_settings: ::std::option::Option<DirectoryVpcSettingsDescription>,
}

impl ::std::fmt::Debug for DirectoryDescription {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DirectoryDescription")
            .field("access_url", &self.access_url)
            .field("alias", &self.alias)
            .field("connect_settings", &self.connect_settings)
            .field("description", &self.description)
            .field(
                "desired_number_of_domain_controllers",
                &self.desired_number_of_domain_controllers,
            )
            .field("directory_id", &self.directory_id)
            .field("dns_ip_addrs", &self.dns_ip_addrs)
            .field("dns_ipv6_addrs", &self.dns_ipv6_addrs)
            .field("edition", &self.edition)
            .field("hybrid_settings", &self.hybrid_settings)
            .field("launch_time", &self.launch_time)
            .field("name", &self.name)
            .field("network_type", &self.network_type)
            .field("os_version", &self.os_version)
            .field(
                "owner_directory_description",
                &self.owner_directory_description,
            )
            .field("radius_settings", &self.radius_settings)
            .field("radius_status", &self.radius_status)
            .field("regions_info", &self.regions_info)
            .field("share_method", &self.share_method)
            .field("share_notes", &"<redacted>")
            .field("share_status", &self.share_status)
            .field("short_name", &self.short_name)
            .field("size", &self.size)
            .field("sso_enabled", &self.sso_enabled)
            .field("stage", &self.stage)
            .field(
                "stage_last_updated_date_time",
                &self.stage_last_updated_date_time,
            )
            .field("stage_reason", &self.stage_reason)
            .field("type", &self.r#type)
            .field("vpc_settings", &self.vpc_settings)
            .finish()
    }
}

impl crate::ToValue for DirectoryDescription {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(29);
        if let Some(x) = &self.access_url {
            m.push(("AccessUrl", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.alias {
            m.push(("Alias", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.connect_settings {
            m.push(("ConnectSettings", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.desired_number_of_domain_controllers {
            m.push((
                "DesiredNumberOfDomainControllers",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.dns_ip_addrs {
            m.push((
                "DnsIpAddrs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.dns_ipv6_addrs {
            m.push((
                "DnsIpv6Addrs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.edition {
            m.push(("Edition", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.hybrid_settings {
            m.push(("HybridSettings", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.launch_time {
            m.push(("LaunchTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.network_type {
            m.push(("NetworkType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.os_version {
            m.push(("OsVersion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.owner_directory_description {
            m.push(("OwnerDirectoryDescription", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.radius_settings {
            m.push(("RadiusSettings", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.radius_status {
            m.push(("RadiusStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.regions_info {
            m.push(("RegionsInfo", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.share_method {
            m.push(("ShareMethod", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.share_notes {
            m.push(("ShareNotes", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.share_status {
            m.push(("ShareStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.short_name {
            m.push(("ShortName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.size {
            m.push(("Size", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.sso_enabled {
            m.push(("SsoEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.stage {
            m.push(("Stage", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.stage_last_updated_date_time {
            m.push(("StageLastUpdatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.stage_reason {
            m.push(("StageReason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.vpc_settings {
            m.push(("VpcSettings", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DirectoryDescription {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_url: crate::codec::optional(m, "AccessUrl", crate::FromValue::from_value)?,
            alias: crate::codec::optional(m, "Alias", crate::FromValue::from_value)?,
            connect_settings: crate::codec::optional(
                m,
                "ConnectSettings",
                crate::FromValue::from_value,
            )?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            desired_number_of_domain_controllers: crate::codec::optional(
                m,
                "DesiredNumberOfDomainControllers",
                crate::FromValue::from_value,
            )?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            dns_ip_addrs: crate::codec::optional(m, "DnsIpAddrs", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            dns_ipv6_addrs: crate::codec::optional(m, "DnsIpv6Addrs", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            edition: crate::codec::optional(m, "Edition", crate::FromValue::from_value)?,
            hybrid_settings: crate::codec::optional(
                m,
                "HybridSettings",
                crate::FromValue::from_value,
            )?,
            launch_time: crate::codec::optional(m, "LaunchTime", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            network_type: crate::codec::optional(m, "NetworkType", crate::FromValue::from_value)?,
            os_version: crate::codec::optional(m, "OsVersion", crate::FromValue::from_value)?,
            owner_directory_description: crate::codec::optional(
                m,
                "OwnerDirectoryDescription",
                crate::FromValue::from_value,
            )?,
            radius_settings: crate::codec::optional(
                m,
                "RadiusSettings",
                crate::FromValue::from_value,
            )?,
            radius_status: crate::codec::optional(m, "RadiusStatus", crate::FromValue::from_value)?,
            regions_info: crate::codec::optional(m, "RegionsInfo", crate::FromValue::from_value)?,
            share_method: crate::codec::optional(m, "ShareMethod", crate::FromValue::from_value)?,
            share_notes: crate::codec::optional(m, "ShareNotes", crate::FromValue::from_value)?,
            share_status: crate::codec::optional(m, "ShareStatus", crate::FromValue::from_value)?,
            short_name: crate::codec::optional(m, "ShortName", crate::FromValue::from_value)?,
            size: crate::codec::optional(m, "Size", crate::FromValue::from_value)?,
            sso_enabled: crate::codec::optional(m, "SsoEnabled", crate::FromValue::from_value)?,
            stage: crate::codec::optional(m, "Stage", crate::FromValue::from_value)?,
            stage_last_updated_date_time: crate::codec::optional(
                m,
                "StageLastUpdatedDateTime",
                crate::FromValue::from_value,
            )?,
            stage_reason: crate::codec::optional(m, "StageReason", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
            vpc_settings: crate::codec::optional(m, "VpcSettings", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryDoesNotExistException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl DirectoryDoesNotExistException {
    pub const CODE: &'static str = "DirectoryDoesNotExistException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DirectoryDoesNotExistException {
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

impl crate::FromValue for DirectoryDoesNotExistException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DirectoryEdition {
    Enterprise,
    Standard,
    Hybrid,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl DirectoryEdition {
    pub const VALUES: &'static [&'static str] = &["Enterprise", "Standard", "Hybrid"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Enterprise => "Enterprise",
            Self::Standard => "Standard",
            Self::Hybrid => "Hybrid",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Enterprise" => Self::Enterprise,
            "Standard" => Self::Standard,
            "Hybrid" => Self::Hybrid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for DirectoryEdition {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for DirectoryEdition {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryInDesiredStateException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl DirectoryInDesiredStateException {
    pub const CODE: &'static str = "DirectoryInDesiredStateException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DirectoryInDesiredStateException {
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

impl crate::FromValue for DirectoryInDesiredStateException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryLimitExceededException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl DirectoryLimitExceededException {
    pub const CODE: &'static str = "DirectoryLimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DirectoryLimitExceededException {
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

impl crate::FromValue for DirectoryLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryLimits {
    pub cloud_only_directories_current_count: ::std::option::Option<i32>,
    pub cloud_only_directories_limit: ::std::option::Option<i32>,
    pub cloud_only_directories_limit_reached: ::std::option::Option<bool>,
    pub cloud_only_microsoft_ad_current_count: ::std::option::Option<i32>,
    pub cloud_only_microsoft_ad_limit: ::std::option::Option<i32>,
    pub cloud_only_microsoft_ad_limit_reached: ::std::option::Option<bool>,
    pub connected_directories_current_count: ::std::option::Option<i32>,
    pub connected_directories_limit: ::std::option::Option<i32>,
    pub connected_directories_limit_reached: ::std::option::Option<bool>,
}

impl crate::ToValue for DirectoryLimits {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.cloud_only_directories_current_count {
            m.push((
                "CloudOnlyDirectoriesCurrentCount",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.cloud_only_directories_limit {
            m.push(("CloudOnlyDirectoriesLimit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.cloud_only_directories_limit_reached {
            m.push((
                "CloudOnlyDirectoriesLimitReached",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.cloud_only_microsoft_ad_current_count {
            m.push((
                "CloudOnlyMicrosoftADCurrentCount",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.cloud_only_microsoft_ad_limit {
            m.push(("CloudOnlyMicrosoftADLimit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.cloud_only_microsoft_ad_limit_reached {
            m.push((
                "CloudOnlyMicrosoftADLimitReached",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.connected_directories_current_count {
            m.push((
                "ConnectedDirectoriesCurrentCount",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.connected_directories_limit {
            m.push(("ConnectedDirectoriesLimit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.connected_directories_limit_reached {
            m.push((
                "ConnectedDirectoriesLimitReached",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DirectoryLimits {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            cloud_only_directories_current_count: crate::codec::optional(
                m,
                "CloudOnlyDirectoriesCurrentCount",
                crate::FromValue::from_value,
            )?,
            cloud_only_directories_limit: crate::codec::optional(
                m,
                "CloudOnlyDirectoriesLimit",
                crate::FromValue::from_value,
            )?,
            cloud_only_directories_limit_reached: crate::codec::optional(
                m,
                "CloudOnlyDirectoriesLimitReached",
                crate::FromValue::from_value,
            )?,
            cloud_only_microsoft_ad_current_count: crate::codec::optional(
                m,
                "CloudOnlyMicrosoftADCurrentCount",
                crate::FromValue::from_value,
            )?,
            cloud_only_microsoft_ad_limit: crate::codec::optional(
                m,
                "CloudOnlyMicrosoftADLimit",
                crate::FromValue::from_value,
            )?,
            cloud_only_microsoft_ad_limit_reached: crate::codec::optional(
                m,
                "CloudOnlyMicrosoftADLimitReached",
                crate::FromValue::from_value,
            )?,
            connected_directories_current_count: crate::codec::optional(
                m,
                "ConnectedDirectoriesCurrentCount",
                crate::FromValue::from_value,
            )?,
            connected_directories_limit: crate::codec::optional(
                m,
                "ConnectedDirectoriesLimit",
                crate::FromValue::from_value,
            )?,
            connected_directories_limit_reached: crate::codec::optional(
                m,
                "ConnectedDirectoriesLimitReached",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryNotSharedException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl DirectoryNotSharedException {
    pub const CODE: &'static str = "DirectoryNotSharedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DirectoryNotSharedException {
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

impl crate::FromValue for DirectoryNotSharedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DirectorySize {
    Small,
    Large,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl DirectorySize {
    pub const VALUES: &'static [&'static str] = &["Small", "Large"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Small => "Small",
            Self::Large => "Large",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Small" => Self::Small,
            "Large" => Self::Large,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for DirectorySize {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for DirectorySize {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectorySizeUpdateSettings {
    pub directory_size: ::std::option::Option<DirectorySize>,
}

impl crate::ToValue for DirectorySizeUpdateSettings {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.directory_size {
            m.push(("DirectorySize", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DirectorySizeUpdateSettings {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_size: crate::codec::optional(
                m,
                "DirectorySize",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DirectoryStage {
    Requested,
    Creating,
    Created,
    Active,
    Inoperable,
    Impaired,
    Restoring,
    RestoreFailed,
    Deleting,
    Deleted,
    Failed,
    Updating,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl DirectoryStage {
    pub const VALUES: &'static [&'static str] = &[
        "Requested",
        "Creating",
        "Created",
        "Active",
        "Inoperable",
        "Impaired",
        "Restoring",
        "RestoreFailed",
        "Deleting",
        "Deleted",
        "Failed",
        "Updating",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Requested => "Requested",
            Self::Creating => "Creating",
            Self::Created => "Created",
            Self::Active => "Active",
            Self::Inoperable => "Inoperable",
            Self::Impaired => "Impaired",
            Self::Restoring => "Restoring",
            Self::RestoreFailed => "RestoreFailed",
            Self::Deleting => "Deleting",
            Self::Deleted => "Deleted",
            Self::Failed => "Failed",
            Self::Updating => "Updating",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Requested" => Self::Requested,
            "Creating" => Self::Creating,
            "Created" => Self::Created,
            "Active" => Self::Active,
            "Inoperable" => Self::Inoperable,
            "Impaired" => Self::Impaired,
            "Restoring" => Self::Restoring,
            "RestoreFailed" => Self::RestoreFailed,
            "Deleting" => Self::Deleting,
            "Deleted" => Self::Deleted,
            "Failed" => Self::Failed,
            "Updating" => Self::Updating,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for DirectoryStage {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for DirectoryStage {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DirectoryType {
    SimpleAD,
    ADConnector,
    MicrosoftAD,
    SharedMicrosoftAD,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl DirectoryType {
    pub const VALUES: &'static [&'static str] = &[
        "SimpleAD",
        "ADConnector",
        "MicrosoftAD",
        "SharedMicrosoftAD",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::SimpleAD => "SimpleAD",
            Self::ADConnector => "ADConnector",
            Self::MicrosoftAD => "MicrosoftAD",
            Self::SharedMicrosoftAD => "SharedMicrosoftAD",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "SimpleAD" => Self::SimpleAD,
            "ADConnector" => Self::ADConnector,
            "MicrosoftAD" => Self::MicrosoftAD,
            "SharedMicrosoftAD" => Self::SharedMicrosoftAD,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for DirectoryType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for DirectoryType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryUnavailableException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl DirectoryUnavailableException {
    pub const CODE: &'static str = "DirectoryUnavailableException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DirectoryUnavailableException {
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

impl crate::FromValue for DirectoryUnavailableException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryVpcSettings {
    pub subnet_ids: ::std::vec::Vec<::std::string::String>,
    pub vpc_id: ::std::string::String,
}

impl crate::ToValue for DirectoryVpcSettings {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "SubnetIds",
            crate::codec::list_to_value(&self.subnet_ids, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push(("VpcId", crate::ToValue::to_value(&self.vpc_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DirectoryVpcSettings {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            subnet_ids: crate::codec::required(m, "SubnetIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            vpc_id: crate::codec::required(m, "VpcId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryVpcSettingsDescription {
    pub availability_zones: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub security_group_id: ::std::option::Option<::std::string::String>,
    pub subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub vpc_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DirectoryVpcSettingsDescription {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.availability_zones {
            m.push((
                "AvailabilityZones",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.security_group_id {
            m.push(("SecurityGroupId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subnet_ids {
            m.push((
                "SubnetIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.vpc_id {
            m.push(("VpcId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DirectoryVpcSettingsDescription {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            availability_zones: crate::codec::optional(
                m,
                "AvailabilityZones",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            security_group_id: crate::codec::optional(
                m,
                "SecurityGroupId",
                crate::FromValue::from_value,
            )?,
            subnet_ids: crate::codec::optional(m, "SubnetIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            vpc_id: crate::codec::optional(m, "VpcId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableAlreadyInProgressException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl DisableAlreadyInProgressException {
    pub const CODE: &'static str = "DisableAlreadyInProgressException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DisableAlreadyInProgressException {
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

impl crate::FromValue for DisableAlreadyInProgressException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableCAEnrollmentPolicyRequest {
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for DisableCAEnrollmentPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisableCAEnrollmentPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableCAEnrollmentPolicyResult {}

impl crate::ToValue for DisableCAEnrollmentPolicyResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DisableCAEnrollmentPolicyResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DisableClientAuthenticationRequest {
    pub directory_id: ::std::string::String,
    pub r#type: ClientAuthenticationType,
}

impl crate::ToValue for DisableClientAuthenticationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisableClientAuthenticationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableClientAuthenticationResult {}

impl crate::ToValue for DisableClientAuthenticationResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DisableClientAuthenticationResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableDirectoryDataAccessRequest {
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for DisableDirectoryDataAccessRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisableDirectoryDataAccessRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableDirectoryDataAccessResult {}

impl crate::ToValue for DisableDirectoryDataAccessResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DisableDirectoryDataAccessResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DisableLDAPSRequest {
    pub directory_id: ::std::string::String,
    pub r#type: LDAPSType,
}

impl crate::ToValue for DisableLDAPSRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisableLDAPSRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableLDAPSResult {}

impl crate::ToValue for DisableLDAPSResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DisableLDAPSResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableRadiusRequest {
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for DisableRadiusRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisableRadiusRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableRadiusResult {}

impl crate::ToValue for DisableRadiusResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DisableRadiusResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct DisableSsoRequest {
    pub directory_id: ::std::string::String,
    pub password: ::std::option::Option<::std::string::String>,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for DisableSsoRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DisableSsoRequest")
            .field("directory_id", &self.directory_id)
            .field("password", &"<redacted>")
            .field("user_name", &self.user_name)
            .finish()
    }
}

impl crate::ToValue for DisableSsoRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.password {
            m.push(("Password", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisableSsoRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            password: crate::codec::optional(m, "Password", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableSsoResult {}

impl crate::ToValue for DisableSsoResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DisableSsoResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DomainController {
    pub availability_zone: ::std::option::Option<::std::string::String>,
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub dns_ip_addr: ::std::option::Option<::std::string::String>,
    pub dns_ipv6_addr: ::std::option::Option<::std::string::String>,
    pub domain_controller_id: ::std::option::Option<::std::string::String>,
    pub launch_time: ::std::option::Option<crate::Timestamp>,
    pub status: ::std::option::Option<DomainControllerStatus>,
    pub status_last_updated_date_time: ::std::option::Option<crate::Timestamp>,
    pub status_reason: ::std::option::Option<::std::string::String>,
    pub subnet_id: ::std::option::Option<::std::string::String>,
    pub vpc_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DomainController {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(11);
        if let Some(x) = &self.availability_zone {
            m.push(("AvailabilityZone", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.dns_ip_addr {
            m.push(("DnsIpAddr", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.dns_ipv6_addr {
            m.push(("DnsIpv6Addr", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.domain_controller_id {
            m.push(("DomainControllerId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.launch_time {
            m.push(("LaunchTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status_last_updated_date_time {
            m.push(("StatusLastUpdatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status_reason {
            m.push(("StatusReason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subnet_id {
            m.push(("SubnetId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.vpc_id {
            m.push(("VpcId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DomainController {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            availability_zone: crate::codec::optional(
                m,
                "AvailabilityZone",
                crate::FromValue::from_value,
            )?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            dns_ip_addr: crate::codec::optional(m, "DnsIpAddr", crate::FromValue::from_value)?,
            dns_ipv6_addr: crate::codec::optional(m, "DnsIpv6Addr", crate::FromValue::from_value)?,
            domain_controller_id: crate::codec::optional(
                m,
                "DomainControllerId",
                crate::FromValue::from_value,
            )?,
            launch_time: crate::codec::optional(m, "LaunchTime", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            status_last_updated_date_time: crate::codec::optional(
                m,
                "StatusLastUpdatedDateTime",
                crate::FromValue::from_value,
            )?,
            status_reason: crate::codec::optional(m, "StatusReason", crate::FromValue::from_value)?,
            subnet_id: crate::codec::optional(m, "SubnetId", crate::FromValue::from_value)?,
            vpc_id: crate::codec::optional(m, "VpcId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DomainControllerLimitExceededException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl DomainControllerLimitExceededException {
    pub const CODE: &'static str = "DomainControllerLimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DomainControllerLimitExceededException {
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

impl crate::FromValue for DomainControllerLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DomainControllerStatus {
    Creating,
    Active,
    Impaired,
    Restoring,
    Deleting,
    Deleted,
    Failed,
    Updating,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl DomainControllerStatus {
    pub const VALUES: &'static [&'static str] = &[
        "Creating",
        "Active",
        "Impaired",
        "Restoring",
        "Deleting",
        "Deleted",
        "Failed",
        "Updating",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "Creating",
            Self::Active => "Active",
            Self::Impaired => "Impaired",
            Self::Restoring => "Restoring",
            Self::Deleting => "Deleting",
            Self::Deleted => "Deleted",
            Self::Failed => "Failed",
            Self::Updating => "Updating",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Creating" => Self::Creating,
            "Active" => Self::Active,
            "Impaired" => Self::Impaired,
            "Restoring" => Self::Restoring,
            "Deleting" => Self::Deleting,
            "Deleted" => Self::Deleted,
            "Failed" => Self::Failed,
            "Updating" => Self::Updating,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for DomainControllerStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for DomainControllerStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableAlreadyInProgressException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl EnableAlreadyInProgressException {
    pub const CODE: &'static str = "EnableAlreadyInProgressException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for EnableAlreadyInProgressException {
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

impl crate::FromValue for EnableAlreadyInProgressException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableCAEnrollmentPolicyRequest {
    pub directory_id: ::std::string::String,
    pub pca_connector_arn: ::std::string::String,
}

impl crate::ToValue for EnableCAEnrollmentPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push((
            "PcaConnectorArn",
            crate::ToValue::to_value(&self.pca_connector_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableCAEnrollmentPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            pca_connector_arn: crate::codec::required(
                m,
                "PcaConnectorArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableCAEnrollmentPolicyResult {}

impl crate::ToValue for EnableCAEnrollmentPolicyResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EnableCAEnrollmentPolicyResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnableClientAuthenticationRequest {
    pub directory_id: ::std::string::String,
    pub r#type: ClientAuthenticationType,
}

impl crate::ToValue for EnableClientAuthenticationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableClientAuthenticationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableClientAuthenticationResult {}

impl crate::ToValue for EnableClientAuthenticationResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EnableClientAuthenticationResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableDirectoryDataAccessRequest {
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for EnableDirectoryDataAccessRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableDirectoryDataAccessRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableDirectoryDataAccessResult {}

impl crate::ToValue for EnableDirectoryDataAccessResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EnableDirectoryDataAccessResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnableLDAPSRequest {
    pub directory_id: ::std::string::String,
    pub r#type: LDAPSType,
}

impl crate::ToValue for EnableLDAPSRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableLDAPSRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableLDAPSResult {}

impl crate::ToValue for EnableLDAPSResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EnableLDAPSResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableRadiusRequest {
    pub directory_id: ::std::string::String,
    pub radius_settings: RadiusSettings,
}

impl crate::ToValue for EnableRadiusRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push((
            "RadiusSettings",
            crate::ToValue::to_value(&self.radius_settings),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableRadiusRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            radius_settings: crate::codec::required(
                m,
                "RadiusSettings",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableRadiusResult {}

impl crate::ToValue for EnableRadiusResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EnableRadiusResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct EnableSsoRequest {
    pub directory_id: ::std::string::String,
    pub password: ::std::option::Option<::std::string::String>,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for EnableSsoRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnableSsoRequest")
            .field("directory_id", &self.directory_id)
            .field("password", &"<redacted>")
            .field("user_name", &self.user_name)
            .finish()
    }
}

impl crate::ToValue for EnableSsoRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.password {
            m.push(("Password", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableSsoRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            password: crate::codec::optional(m, "Password", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableSsoResult {}

impl crate::ToValue for EnableSsoResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EnableSsoResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntityAlreadyExistsException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl EntityAlreadyExistsException {
    pub const CODE: &'static str = "EntityAlreadyExistsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for EntityAlreadyExistsException {
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

impl crate::FromValue for EntityAlreadyExistsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntityDoesNotExistException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl EntityDoesNotExistException {
    pub const CODE: &'static str = "EntityDoesNotExistException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for EntityDoesNotExistException {
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

impl crate::FromValue for EntityDoesNotExistException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventTopic {
    pub created_date_time: ::std::option::Option<crate::Timestamp>,
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub status: ::std::option::Option<TopicStatus>,
    pub topic_arn: ::std::option::Option<::std::string::String>,
    pub topic_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for EventTopic {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.created_date_time {
            m.push(("CreatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.topic_arn {
            m.push(("TopicArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.topic_name {
            m.push(("TopicName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EventTopic {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_date_time: crate::codec::optional(
                m,
                "CreatedDateTime",
                crate::FromValue::from_value,
            )?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            topic_arn: crate::codec::optional(m, "TopicArn", crate::FromValue::from_value)?,
            topic_name: crate::codec::optional(m, "TopicName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDirectoryLimitsRequest {}

impl crate::ToValue for GetDirectoryLimitsRequest {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for GetDirectoryLimitsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDirectoryLimitsResult {
    pub directory_limits: ::std::option::Option<DirectoryLimits>,
}

impl crate::ToValue for GetDirectoryLimitsResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.directory_limits {
            m.push(("DirectoryLimits", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetDirectoryLimitsResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_limits: crate::codec::optional(
                m,
                "DirectoryLimits",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSnapshotLimitsRequest {
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for GetSnapshotLimitsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetSnapshotLimitsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSnapshotLimitsResult {
    pub snapshot_limits: ::std::option::Option<SnapshotLimits>,
}

impl crate::ToValue for GetSnapshotLimitsResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.snapshot_limits {
            m.push(("SnapshotLimits", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetSnapshotLimitsResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            snapshot_limits: crate::codec::optional(
                m,
                "SnapshotLimits",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HybridAdministratorAccountUpdate {
    pub secret_arn: ::std::string::String,
}

impl crate::ToValue for HybridAdministratorAccountUpdate {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("SecretArn", crate::ToValue::to_value(&self.secret_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for HybridAdministratorAccountUpdate {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            secret_arn: crate::codec::required(m, "SecretArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HybridCustomerInstancesSettings {
    pub customer_dns_ips: ::std::vec::Vec<::std::string::String>,
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for HybridCustomerInstancesSettings {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "CustomerDnsIps",
            crate::codec::list_to_value(&self.customer_dns_ips, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push((
            "InstanceIds",
            crate::codec::list_to_value(&self.instance_ids, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for HybridCustomerInstancesSettings {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            customer_dns_ips: crate::codec::required(m, "CustomerDnsIps", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            instance_ids: crate::codec::required(m, "InstanceIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HybridSettingsDescription {
    pub self_managed_dns_ip_addrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub self_managed_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for HybridSettingsDescription {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.self_managed_dns_ip_addrs {
            m.push((
                "SelfManagedDnsIpAddrs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.self_managed_instance_ids {
            m.push((
                "SelfManagedInstanceIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for HybridSettingsDescription {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            self_managed_dns_ip_addrs: crate::codec::optional(
                m,
                "SelfManagedDnsIpAddrs",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            self_managed_instance_ids: crate::codec::optional(
                m,
                "SelfManagedInstanceIds",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HybridUpdateActivities {
    pub hybrid_administrator_account: ::std::option::Option<::std::vec::Vec<HybridUpdateInfoEntry>>,
    pub self_managed_instances: ::std::option::Option<::std::vec::Vec<HybridUpdateInfoEntry>>,
}

impl crate::ToValue for HybridUpdateActivities {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.hybrid_administrator_account {
            m.push((
                "HybridAdministratorAccount",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.self_managed_instances {
            m.push((
                "SelfManagedInstances",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for HybridUpdateActivities {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            hybrid_administrator_account: crate::codec::optional(
                m,
                "HybridAdministratorAccount",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            self_managed_instances: crate::codec::optional(
                m,
                "SelfManagedInstances",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HybridUpdateInfoEntry {
    pub assessment_id: ::std::option::Option<::std::string::String>,
    pub initiated_by: ::std::option::Option<::std::string::String>,
    pub last_updated_date_time: ::std::option::Option<crate::Timestamp>,
    pub new_value: ::std::option::Option<HybridUpdateValue>,
    pub previous_value: ::std::option::Option<HybridUpdateValue>,
    pub start_time: ::std::option::Option<crate::Timestamp>,
    pub status: ::std::option::Option<UpdateStatus>,
    pub status_reason: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for HybridUpdateInfoEntry {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.assessment_id {
            m.push(("AssessmentId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.initiated_by {
            m.push(("InitiatedBy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_updated_date_time {
            m.push(("LastUpdatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.new_value {
            m.push(("NewValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.previous_value {
            m.push(("PreviousValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_time {
            m.push(("StartTime", crate::ToValue::to_value(x)));
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

impl crate::FromValue for HybridUpdateInfoEntry {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assessment_id: crate::codec::optional(m, "AssessmentId", crate::FromValue::from_value)?,
            initiated_by: crate::codec::optional(m, "InitiatedBy", crate::FromValue::from_value)?,
            last_updated_date_time: crate::codec::optional(
                m,
                "LastUpdatedDateTime",
                crate::FromValue::from_value,
            )?,
            new_value: crate::codec::optional(m, "NewValue", crate::FromValue::from_value)?,
            previous_value: crate::codec::optional(
                m,
                "PreviousValue",
                crate::FromValue::from_value,
            )?,
            start_time: crate::codec::optional(m, "StartTime", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            status_reason: crate::codec::optional(m, "StatusReason", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HybridUpdateType {
    SelfManagedInstances,
    HybridAdministratorAccount,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl HybridUpdateType {
    pub const VALUES: &'static [&'static str] =
        &["SelfManagedInstances", "HybridAdministratorAccount"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::SelfManagedInstances => "SelfManagedInstances",
            Self::HybridAdministratorAccount => "HybridAdministratorAccount",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "SelfManagedInstances" => Self::SelfManagedInstances,
            "HybridAdministratorAccount" => Self::HybridAdministratorAccount,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for HybridUpdateType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for HybridUpdateType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HybridUpdateValue {
    pub dns_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for HybridUpdateValue {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.dns_ips {
            m.push((
                "DnsIps",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.instance_ids {
            m.push((
                "InstanceIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for HybridUpdateValue {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            dns_ips: crate::codec::optional(m, "DnsIps", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            instance_ids: crate::codec::optional(m, "InstanceIds", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IncompatibleSettingsException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl IncompatibleSettingsException {
    pub const CODE: &'static str = "IncompatibleSettingsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for IncompatibleSettingsException {
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

impl crate::FromValue for IncompatibleSettingsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InsufficientPermissionsException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl InsufficientPermissionsException {
    pub const CODE: &'static str = "InsufficientPermissionsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InsufficientPermissionsException {
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

impl crate::FromValue for InsufficientPermissionsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidCertificateException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl InvalidCertificateException {
    pub const CODE: &'static str = "InvalidCertificateException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidCertificateException {
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

impl crate::FromValue for InvalidCertificateException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidClientAuthStatusException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl InvalidClientAuthStatusException {
    pub const CODE: &'static str = "InvalidClientAuthStatusException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidClientAuthStatusException {
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

impl crate::FromValue for InvalidClientAuthStatusException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidLDAPSStatusException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl InvalidLDAPSStatusException {
    pub const CODE: &'static str = "InvalidLDAPSStatusException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidLDAPSStatusException {
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

impl crate::FromValue for InvalidLDAPSStatusException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidNextTokenException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl InvalidNextTokenException {
    pub const CODE: &'static str = "InvalidNextTokenException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidNextTokenException {
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

impl crate::FromValue for InvalidNextTokenException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidParameterException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl InvalidParameterException {
    pub const CODE: &'static str = "InvalidParameterException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidParameterException {
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

impl crate::FromValue for InvalidParameterException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidPasswordException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl InvalidPasswordException {
    pub const CODE: &'static str = "InvalidPasswordException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidPasswordException {
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

impl crate::FromValue for InvalidPasswordException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidTargetException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl InvalidTargetException {
    pub const CODE: &'static str = "InvalidTargetException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidTargetException {
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

impl crate::FromValue for InvalidTargetException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IpRoute {
    pub cidr_ip: ::std::option::Option<::std::string::String>,
    pub cidr_ipv6: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for IpRoute {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.cidr_ip {
            m.push(("CidrIp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.cidr_ipv6 {
            m.push(("CidrIpv6", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IpRoute {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            cidr_ip: crate::codec::optional(m, "CidrIp", crate::FromValue::from_value)?,
            cidr_ipv6: crate::codec::optional(m, "CidrIpv6", crate::FromValue::from_value)?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IpRouteInfo {
    pub added_date_time: ::std::option::Option<crate::Timestamp>,
    pub cidr_ip: ::std::option::Option<::std::string::String>,
    pub cidr_ipv6: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub ip_route_status_msg: ::std::option::Option<IpRouteStatusMsg>,
    pub ip_route_status_reason: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for IpRouteInfo {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.added_date_time {
            m.push(("AddedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.cidr_ip {
            m.push(("CidrIp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.cidr_ipv6 {
            m.push(("CidrIpv6", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.ip_route_status_msg {
            m.push(("IpRouteStatusMsg", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.ip_route_status_reason {
            m.push(("IpRouteStatusReason", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IpRouteInfo {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            added_date_time: crate::codec::optional(
                m,
                "AddedDateTime",
                crate::FromValue::from_value,
            )?,
            cidr_ip: crate::codec::optional(m, "CidrIp", crate::FromValue::from_value)?,
            cidr_ipv6: crate::codec::optional(m, "CidrIpv6", crate::FromValue::from_value)?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            ip_route_status_msg: crate::codec::optional(
                m,
                "IpRouteStatusMsg",
                crate::FromValue::from_value,
            )?,
            ip_route_status_reason: crate::codec::optional(
                m,
                "IpRouteStatusReason",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IpRouteLimitExceededException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl IpRouteLimitExceededException {
    pub const CODE: &'static str = "IpRouteLimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for IpRouteLimitExceededException {
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

impl crate::FromValue for IpRouteLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IpRouteStatusMsg {
    Adding,
    Added,
    Removing,
    Removed,
    AddFailed,
    RemoveFailed,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl IpRouteStatusMsg {
    pub const VALUES: &'static [&'static str] = &[
        "Adding",
        "Added",
        "Removing",
        "Removed",
        "AddFailed",
        "RemoveFailed",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Adding => "Adding",
            Self::Added => "Added",
            Self::Removing => "Removing",
            Self::Removed => "Removed",
            Self::AddFailed => "AddFailed",
            Self::RemoveFailed => "RemoveFailed",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Adding" => Self::Adding,
            "Added" => Self::Added,
            "Removing" => Self::Removing,
            "Removed" => Self::Removed,
            "AddFailed" => Self::AddFailed,
            "RemoveFailed" => Self::RemoveFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for IpRouteStatusMsg {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for IpRouteStatusMsg {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LDAPSSettingInfo {
    pub ldaps_status: ::std::option::Option<LDAPSStatus>,
    pub ldaps_status_reason: ::std::option::Option<::std::string::String>,
    pub last_updated_date_time: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for LDAPSSettingInfo {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.ldaps_status {
            m.push(("LDAPSStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.ldaps_status_reason {
            m.push(("LDAPSStatusReason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_updated_date_time {
            m.push(("LastUpdatedDateTime", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LDAPSSettingInfo {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            ldaps_status: crate::codec::optional(m, "LDAPSStatus", crate::FromValue::from_value)?,
            ldaps_status_reason: crate::codec::optional(
                m,
                "LDAPSStatusReason",
                crate::FromValue::from_value,
            )?,
            last_updated_date_time: crate::codec::optional(
                m,
                "LastUpdatedDateTime",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LDAPSStatus {
    Enabling,
    Enabled,
    EnableFailed,
    Disabled,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl LDAPSStatus {
    pub const VALUES: &'static [&'static str] =
        &["Enabling", "Enabled", "EnableFailed", "Disabled"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabling => "Enabling",
            Self::Enabled => "Enabled",
            Self::EnableFailed => "EnableFailed",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Enabling" => Self::Enabling,
            "Enabled" => Self::Enabled,
            "EnableFailed" => Self::EnableFailed,
            "Disabled" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for LDAPSStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for LDAPSStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LDAPSType {
    Client,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl LDAPSType {
    pub const VALUES: &'static [&'static str] = &["Client"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Client => "Client",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Client" => Self::Client,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for LDAPSType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for LDAPSType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListADAssessmentsRequest {
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub limit: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListADAssessmentsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.limit {
            m.push(("Limit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListADAssessmentsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            limit: crate::codec::optional(m, "Limit", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListADAssessmentsResult {
    pub assessments: ::std::option::Option<::std::vec::Vec<AssessmentSummary>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListADAssessmentsResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.assessments {
            m.push((
                "Assessments",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListADAssessmentsResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assessments: crate::codec::optional(m, "Assessments", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListCertificatesRequest {
    pub directory_id: ::std::string::String,
    pub limit: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListCertificatesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.limit {
            m.push(("Limit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListCertificatesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            limit: crate::codec::optional(m, "Limit", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListCertificatesResult {
    pub certificates_info: ::std::option::Option<::std::vec::Vec<CertificateInfo>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListCertificatesResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.certificates_info {
            m.push((
                "CertificatesInfo",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListCertificatesResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificates_info: crate::codec::optional(
                m,
                "CertificatesInfo",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListIpRoutesRequest {
    pub directory_id: ::std::string::String,
    pub limit: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListIpRoutesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.limit {
            m.push(("Limit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListIpRoutesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            limit: crate::codec::optional(m, "Limit", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListIpRoutesResult {
    pub ip_routes_info: ::std::option::Option<::std::vec::Vec<IpRouteInfo>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListIpRoutesResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.ip_routes_info {
            m.push((
                "IpRoutesInfo",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListIpRoutesResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            ip_routes_info: crate::codec::optional(m, "IpRoutesInfo", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListLogSubscriptionsRequest {
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub limit: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListLogSubscriptionsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.limit {
            m.push(("Limit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListLogSubscriptionsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            limit: crate::codec::optional(m, "Limit", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListLogSubscriptionsResult {
    pub log_subscriptions: ::std::option::Option<::std::vec::Vec<LogSubscription>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListLogSubscriptionsResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.log_subscriptions {
            m.push((
                "LogSubscriptions",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListLogSubscriptionsResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            log_subscriptions: crate::codec::optional(
                m,
                "LogSubscriptions",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSchemaExtensionsRequest {
    pub directory_id: ::std::string::String,
    pub limit: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListSchemaExtensionsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.limit {
            m.push(("Limit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListSchemaExtensionsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            limit: crate::codec::optional(m, "Limit", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSchemaExtensionsResult {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub schema_extensions_info: ::std::option::Option<::std::vec::Vec<SchemaExtensionInfo>>,
}

impl crate::ToValue for ListSchemaExtensionsResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_extensions_info {
            m.push((
                "SchemaExtensionsInfo",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListSchemaExtensionsResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            schema_extensions_info: crate::codec::optional(
                m,
                "SchemaExtensionsInfo",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsForResourceRequest {
    pub limit: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub resource_id: ::std::string::String,
}

impl crate::ToValue for ListTagsForResourceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.limit {
            m.push(("Limit", crate::ToValue::to_value(x)));
        }
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
            limit: crate::codec::optional(m, "Limit", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            resource_id: crate::codec::required(m, "ResourceId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsForResourceResult {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for ListTagsForResourceResult {
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

impl crate::FromValue for ListTagsForResourceResult {
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
pub struct LogSubscription {
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub log_group_name: ::std::option::Option<::std::string::String>,
    pub subscription_created_date_time: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for LogSubscription {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.log_group_name {
            m.push(("LogGroupName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subscription_created_date_time {
            m.push(("SubscriptionCreatedDateTime", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LogSubscription {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            log_group_name: crate::codec::optional(
                m,
                "LogGroupName",
                crate::FromValue::from_value,
            )?,
            subscription_created_date_time: crate::codec::optional(
                m,
                "SubscriptionCreatedDateTime",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NetworkType {
    DualStack,
    IPv4,
    IPv6,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl NetworkType {
    pub const VALUES: &'static [&'static str] = &["Dual-stack", "IPv4", "IPv6"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::DualStack => "Dual-stack",
            Self::IPv4 => "IPv4",
            Self::IPv6 => "IPv6",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Dual-stack" => Self::DualStack,
            "IPv4" => Self::IPv4,
            "IPv6" => Self::IPv6,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for NetworkType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for NetworkType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkUpdateSettings {
    pub customer_dns_ips_v6: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub network_type: ::std::option::Option<NetworkType>,
}

impl crate::ToValue for NetworkUpdateSettings {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.customer_dns_ips_v6 {
            m.push((
                "CustomerDnsIpsV6",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.network_type {
            m.push(("NetworkType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for NetworkUpdateSettings {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            customer_dns_ips_v6: crate::codec::optional(
                m,
                "CustomerDnsIpsV6",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            network_type: crate::codec::optional(m, "NetworkType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NoAvailableCertificateException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl NoAvailableCertificateException {
    pub const CODE: &'static str = "NoAvailableCertificateException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for NoAvailableCertificateException {
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

impl crate::FromValue for NoAvailableCertificateException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OSUpdateSettings {
    pub os_version: ::std::option::Option<OSVersion>,
}

impl crate::ToValue for OSUpdateSettings {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.os_version {
            m.push(("OSVersion", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OSUpdateSettings {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            os_version: crate::codec::optional(m, "OSVersion", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OSVersion {
    SERVER2012,
    SERVER2019,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl OSVersion {
    pub const VALUES: &'static [&'static str] = &["SERVER_2012", "SERVER_2019"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::SERVER2012 => "SERVER_2012",
            Self::SERVER2019 => "SERVER_2019",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "SERVER_2012" => Self::SERVER2012,
            "SERVER_2019" => Self::SERVER2019,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for OSVersion {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for OSVersion {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationsException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl OrganizationsException {
    pub const CODE: &'static str = "OrganizationsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for OrganizationsException {
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

impl crate::FromValue for OrganizationsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OwnerDirectoryDescription {
    pub account_id: ::std::option::Option<::std::string::String>,
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub dns_ip_addrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub dns_ipv6_addrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub network_type: ::std::option::Option<NetworkType>,
    pub radius_settings: ::std::option::Option<RadiusSettings>,
    pub radius_status: ::std::option::Option<RadiusStatus>,
    pub vpc_settings: ::std::option::Option<DirectoryVpcSettingsDescription>,
}

impl crate::ToValue for OwnerDirectoryDescription {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.account_id {
            m.push(("AccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.dns_ip_addrs {
            m.push((
                "DnsIpAddrs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.dns_ipv6_addrs {
            m.push((
                "DnsIpv6Addrs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.network_type {
            m.push(("NetworkType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.radius_settings {
            m.push(("RadiusSettings", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.radius_status {
            m.push(("RadiusStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.vpc_settings {
            m.push(("VpcSettings", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OwnerDirectoryDescription {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_id: crate::codec::optional(m, "AccountId", crate::FromValue::from_value)?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            dns_ip_addrs: crate::codec::optional(m, "DnsIpAddrs", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            dns_ipv6_addrs: crate::codec::optional(m, "DnsIpv6Addrs", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            network_type: crate::codec::optional(m, "NetworkType", crate::FromValue::from_value)?,
            radius_settings: crate::codec::optional(
                m,
                "RadiusSettings",
                crate::FromValue::from_value,
            )?,
            radius_status: crate::codec::optional(m, "RadiusStatus", crate::FromValue::from_value)?,
            vpc_settings: crate::codec::optional(m, "VpcSettings", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RadiusAuthenticationProtocol {
    PAP,
    CHAP,
    MSCHAPv1,
    MSCHAPv2,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl RadiusAuthenticationProtocol {
    pub const VALUES: &'static [&'static str] = &["PAP", "CHAP", "MS-CHAPv1", "MS-CHAPv2"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::PAP => "PAP",
            Self::CHAP => "CHAP",
            Self::MSCHAPv1 => "MS-CHAPv1",
            Self::MSCHAPv2 => "MS-CHAPv2",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "PAP" => Self::PAP,
            "CHAP" => Self::CHAP,
            "MS-CHAPv1" => Self::MSCHAPv1,
            "MS-CHAPv2" => Self::MSCHAPv2,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for RadiusAuthenticationProtocol {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for RadiusAuthenticationProtocol {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct RadiusSettings {
    pub authentication_protocol: ::std::option::Option<RadiusAuthenticationProtocol>,
    pub display_label: ::std::option::Option<::std::string::String>,
    pub radius_port: ::std::option::Option<i32>,
    pub radius_retries: ::std::option::Option<i32>,
    pub radius_servers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub radius_servers_ipv6: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub radius_timeout: ::std::option::Option<i32>,
    pub shared_secret: ::std::option::Option<::std::string::String>,
    pub use_same_username: ::std::option::Option<bool>,
}

impl ::std::fmt::Debug for RadiusSettings {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RadiusSettings")
            .field("authentication_protocol", &self.authentication_protocol)
            .field("display_label", &self.display_label)
            .field("radius_port", &self.radius_port)
            .field("radius_retries", &self.radius_retries)
            .field("radius_servers", &self.radius_servers)
            .field("radius_servers_ipv6", &self.radius_servers_ipv6)
            .field("radius_timeout", &self.radius_timeout)
            .field("shared_secret", &"<redacted>")
            .field("use_same_username", &self.use_same_username)
            .finish()
    }
}

impl crate::ToValue for RadiusSettings {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.authentication_protocol {
            m.push(("AuthenticationProtocol", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.display_label {
            m.push(("DisplayLabel", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.radius_port {
            m.push(("RadiusPort", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.radius_retries {
            m.push(("RadiusRetries", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.radius_servers {
            m.push((
                "RadiusServers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.radius_servers_ipv6 {
            m.push((
                "RadiusServersIpv6",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.radius_timeout {
            m.push(("RadiusTimeout", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.shared_secret {
            m.push(("SharedSecret", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.use_same_username {
            m.push(("UseSameUsername", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RadiusSettings {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            authentication_protocol: crate::codec::optional(
                m,
                "AuthenticationProtocol",
                crate::FromValue::from_value,
            )?,
            display_label: crate::codec::optional(m, "DisplayLabel", crate::FromValue::from_value)?,
            radius_port: crate::codec::optional(m, "RadiusPort", crate::FromValue::from_value)?,
            radius_retries: crate::codec::optional(
                m,
                "RadiusRetries",
                crate::FromValue::from_value,
            )?,
            radius_servers: crate::codec::optional(m, "RadiusServers", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            radius_servers_ipv6: crate::codec::optional(
                m,
                "RadiusServersIpv6",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            radius_timeout: crate::codec::optional(
                m,
                "RadiusTimeout",
                crate::FromValue::from_value,
            )?,
            shared_secret: crate::codec::optional(m, "SharedSecret", crate::FromValue::from_value)?,
            use_same_username: crate::codec::optional(
                m,
                "UseSameUsername",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RadiusStatus {
    Creating,
    Completed,
    Failed,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl RadiusStatus {
    pub const VALUES: &'static [&'static str] = &["Creating", "Completed", "Failed"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "Creating",
            Self::Completed => "Completed",
            Self::Failed => "Failed",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Creating" => Self::Creating,
            "Completed" => Self::Completed,
            "Failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for RadiusStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for RadiusStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegionDescription {
    pub desired_number_of_domain_controllers: ::std::option::Option<i32>,
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub last_updated_date_time: ::std::option::Option<crate::Timestamp>,
    pub launch_time: ::std::option::Option<crate::Timestamp>,
    pub region_name: ::std::option::Option<::std::string::String>,
    pub region_type: ::std::option::Option<RegionType>,
    pub status: ::std::option::Option<DirectoryStage>,
    pub status_last_updated_date_time: ::std::option::Option<crate::Timestamp>,
    pub vpc_settings: ::std::option::Option<DirectoryVpcSettings>,
}

impl crate::ToValue for RegionDescription {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.desired_number_of_domain_controllers {
            m.push((
                "DesiredNumberOfDomainControllers",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_updated_date_time {
            m.push(("LastUpdatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.launch_time {
            m.push(("LaunchTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.region_name {
            m.push(("RegionName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.region_type {
            m.push(("RegionType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status_last_updated_date_time {
            m.push(("StatusLastUpdatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.vpc_settings {
            m.push(("VpcSettings", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RegionDescription {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            desired_number_of_domain_controllers: crate::codec::optional(
                m,
                "DesiredNumberOfDomainControllers",
                crate::FromValue::from_value,
            )?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            last_updated_date_time: crate::codec::optional(
                m,
                "LastUpdatedDateTime",
                crate::FromValue::from_value,
            )?,
            launch_time: crate::codec::optional(m, "LaunchTime", crate::FromValue::from_value)?,
            region_name: crate::codec::optional(m, "RegionName", crate::FromValue::from_value)?,
            region_type: crate::codec::optional(m, "RegionType", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            status_last_updated_date_time: crate::codec::optional(
                m,
                "StatusLastUpdatedDateTime",
                crate::FromValue::from_value,
            )?,
            vpc_settings: crate::codec::optional(m, "VpcSettings", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegionLimitExceededException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl RegionLimitExceededException {
    pub const CODE: &'static str = "RegionLimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for RegionLimitExceededException {
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

impl crate::FromValue for RegionLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RegionType {
    Primary,
    Additional,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl RegionType {
    pub const VALUES: &'static [&'static str] = &["Primary", "Additional"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "Primary",
            Self::Additional => "Additional",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Primary" => Self::Primary,
            "Additional" => Self::Additional,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for RegionType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for RegionType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegionsInfo {
    pub additional_regions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub primary_region: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for RegionsInfo {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.additional_regions {
            m.push((
                "AdditionalRegions",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.primary_region {
            m.push(("PrimaryRegion", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RegionsInfo {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            additional_regions: crate::codec::optional(
                m,
                "AdditionalRegions",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            primary_region: crate::codec::optional(
                m,
                "PrimaryRegion",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegisterCertificateRequest {
    pub certificate_data: ::std::string::String,
    pub client_cert_auth_settings: ::std::option::Option<ClientCertAuthSettings>,
    pub directory_id: ::std::string::String,
    pub r#type: ::std::option::Option<CertificateType>,
}

impl crate::ToValue for RegisterCertificateRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "CertificateData",
            crate::ToValue::to_value(&self.certificate_data),
        ));
        if let Some(x) = &self.client_cert_auth_settings {
            m.push(("ClientCertAuthSettings", crate::ToValue::to_value(x)));
        }
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RegisterCertificateRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_data: crate::codec::required(
                m,
                "CertificateData",
                crate::FromValue::from_value,
            )?,
            client_cert_auth_settings: crate::codec::optional(
                m,
                "ClientCertAuthSettings",
                crate::FromValue::from_value,
            )?,
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegisterCertificateResult {
    pub certificate_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for RegisterCertificateResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.certificate_id {
            m.push(("CertificateId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RegisterCertificateResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_id: crate::codec::optional(
                m,
                "CertificateId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegisterEventTopicRequest {
    pub directory_id: ::std::string::String,
    pub topic_name: ::std::string::String,
}

impl crate::ToValue for RegisterEventTopicRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push(("TopicName", crate::ToValue::to_value(&self.topic_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RegisterEventTopicRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            topic_name: crate::codec::required(m, "TopicName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegisterEventTopicResult {}

impl crate::ToValue for RegisterEventTopicResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for RegisterEventTopicResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RejectSharedDirectoryRequest {
    pub shared_directory_id: ::std::string::String,
}

impl crate::ToValue for RejectSharedDirectoryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "SharedDirectoryId",
            crate::ToValue::to_value(&self.shared_directory_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RejectSharedDirectoryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            shared_directory_id: crate::codec::required(
                m,
                "SharedDirectoryId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RejectSharedDirectoryResult {
    pub shared_directory_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for RejectSharedDirectoryResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.shared_directory_id {
            m.push(("SharedDirectoryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RejectSharedDirectoryResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            shared_directory_id: crate::codec::optional(
                m,
                "SharedDirectoryId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveIpRoutesRequest {
    pub cidr_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub cidr_ipv6s: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for RemoveIpRoutesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.cidr_ips {
            m.push((
                "CidrIps",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.cidr_ipv6s {
            m.push((
                "CidrIpv6s",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RemoveIpRoutesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            cidr_ips: crate::codec::optional(m, "CidrIps", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            cidr_ipv6s: crate::codec::optional(m, "CidrIpv6s", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveIpRoutesResult {}

impl crate::ToValue for RemoveIpRoutesResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for RemoveIpRoutesResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveRegionRequest {
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for RemoveRegionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RemoveRegionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveRegionResult {}

impl crate::ToValue for RemoveRegionResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for RemoveRegionResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveTagsFromResourceRequest {
    pub resource_id: ::std::string::String,
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for RemoveTagsFromResourceRequest {
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

impl crate::FromValue for RemoveTagsFromResourceRequest {
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
pub struct RemoveTagsFromResourceResult {}

impl crate::ToValue for RemoveTagsFromResourceResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for RemoveTagsFromResourceResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReplicationScope {
    Domain,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ReplicationScope {
    pub const VALUES: &'static [&'static str] = &["Domain"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Domain => "Domain",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Domain" => Self::Domain,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ReplicationScope {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ReplicationScope {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct ResetUserPasswordRequest {
    pub directory_id: ::std::string::String,
    pub new_password: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl ::std::fmt::Debug for ResetUserPasswordRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResetUserPasswordRequest")
            .field("directory_id", &self.directory_id)
            .field("new_password", &"<redacted>")
            .field("user_name", &self.user_name)
            .finish()
    }
}

impl crate::ToValue for ResetUserPasswordRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push(("NewPassword", crate::ToValue::to_value(&self.new_password)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResetUserPasswordRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            new_password: crate::codec::required(m, "NewPassword", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResetUserPasswordResult {}

impl crate::ToValue for ResetUserPasswordResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ResetUserPasswordResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestoreFromSnapshotRequest {
    pub snapshot_id: ::std::string::String,
}

impl crate::ToValue for RestoreFromSnapshotRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("SnapshotId", crate::ToValue::to_value(&self.snapshot_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RestoreFromSnapshotRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            snapshot_id: crate::codec::required(m, "SnapshotId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestoreFromSnapshotResult {}

impl crate::ToValue for RestoreFromSnapshotResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for RestoreFromSnapshotResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SchemaExtensionInfo {
    pub description: ::std::option::Option<::std::string::String>,
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub end_date_time: ::std::option::Option<crate::Timestamp>,
    pub schema_extension_id: ::std::option::Option<::std::string::String>,
    pub schema_extension_status: ::std::option::Option<SchemaExtensionStatus>,
    pub schema_extension_status_reason: ::std::option::Option<::std::string::String>,
    pub start_date_time: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for SchemaExtensionInfo {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.end_date_time {
            m.push(("EndDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_extension_id {
            m.push(("SchemaExtensionId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_extension_status {
            m.push(("SchemaExtensionStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_extension_status_reason {
            m.push(("SchemaExtensionStatusReason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_date_time {
            m.push(("StartDateTime", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SchemaExtensionInfo {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            end_date_time: crate::codec::optional(m, "EndDateTime", crate::FromValue::from_value)?,
            schema_extension_id: crate::codec::optional(
                m,
                "SchemaExtensionId",
                crate::FromValue::from_value,
            )?,
            schema_extension_status: crate::codec::optional(
                m,
                "SchemaExtensionStatus",
                crate::FromValue::from_value,
            )?,
            schema_extension_status_reason: crate::codec::optional(
                m,
                "SchemaExtensionStatusReason",
                crate::FromValue::from_value,
            )?,
            start_date_time: crate::codec::optional(
                m,
                "StartDateTime",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SchemaExtensionStatus {
    Initializing,
    CreatingSnapshot,
    UpdatingSchema,
    Replicating,
    CancelInProgress,
    RollbackInProgress,
    Cancelled,
    Failed,
    Completed,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl SchemaExtensionStatus {
    pub const VALUES: &'static [&'static str] = &[
        "Initializing",
        "CreatingSnapshot",
        "UpdatingSchema",
        "Replicating",
        "CancelInProgress",
        "RollbackInProgress",
        "Cancelled",
        "Failed",
        "Completed",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Initializing => "Initializing",
            Self::CreatingSnapshot => "CreatingSnapshot",
            Self::UpdatingSchema => "UpdatingSchema",
            Self::Replicating => "Replicating",
            Self::CancelInProgress => "CancelInProgress",
            Self::RollbackInProgress => "RollbackInProgress",
            Self::Cancelled => "Cancelled",
            Self::Failed => "Failed",
            Self::Completed => "Completed",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Initializing" => Self::Initializing,
            "CreatingSnapshot" => Self::CreatingSnapshot,
            "UpdatingSchema" => Self::UpdatingSchema,
            "Replicating" => Self::Replicating,
            "CancelInProgress" => Self::CancelInProgress,
            "RollbackInProgress" => Self::RollbackInProgress,
            "Cancelled" => Self::Cancelled,
            "Failed" => Self::Failed,
            "Completed" => Self::Completed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for SchemaExtensionStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for SchemaExtensionStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SelectiveAuth {
    Enabled,
    Disabled,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl SelectiveAuth {
    pub const VALUES: &'static [&'static str] = &["Enabled", "Disabled"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Enabled" => Self::Enabled,
            "Disabled" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for SelectiveAuth {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for SelectiveAuth {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl ServiceException {
    pub const CODE: &'static str = "ServiceException";
    pub const HTTP_STATUS: u16 = 500;
    pub const SENDER_FAULT: bool = false;
}

impl crate::ToValue for ServiceException {
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

impl crate::FromValue for ServiceException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Setting {
    pub name: ::std::string::String,
    pub value: ::std::string::String,
}

impl crate::ToValue for Setting {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push(("Value", crate::ToValue::to_value(&self.value)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Setting {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            value: crate::codec::required(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingEntry {
    pub allowed_values: ::std::option::Option<::std::string::String>,
    pub applied_value: ::std::option::Option<::std::string::String>,
    pub data_type: ::std::option::Option<::std::string::String>,
    pub last_requested_date_time: ::std::option::Option<crate::Timestamp>,
    pub last_updated_date_time: ::std::option::Option<crate::Timestamp>,
    pub name: ::std::option::Option<::std::string::String>,
    pub request_detailed_status: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, DirectoryConfigurationStatus>,
    >,
    pub request_status: ::std::option::Option<DirectoryConfigurationStatus>,
    pub request_status_message: ::std::option::Option<::std::string::String>,
    pub requested_value: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for SettingEntry {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(11);
        if let Some(x) = &self.allowed_values {
            m.push(("AllowedValues", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.applied_value {
            m.push(("AppliedValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.data_type {
            m.push(("DataType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_requested_date_time {
            m.push(("LastRequestedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_updated_date_time {
            m.push(("LastUpdatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_detailed_status {
            m.push((
                "RequestDetailedStatus",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.request_status {
            m.push(("RequestStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_status_message {
            m.push(("RequestStatusMessage", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.requested_value {
            m.push(("RequestedValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SettingEntry {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            allowed_values: crate::codec::optional(
                m,
                "AllowedValues",
                crate::FromValue::from_value,
            )?,
            applied_value: crate::codec::optional(m, "AppliedValue", crate::FromValue::from_value)?,
            data_type: crate::codec::optional(m, "DataType", crate::FromValue::from_value)?,
            last_requested_date_time: crate::codec::optional(
                m,
                "LastRequestedDateTime",
                crate::FromValue::from_value,
            )?,
            last_updated_date_time: crate::codec::optional(
                m,
                "LastUpdatedDateTime",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            request_detailed_status: crate::codec::optional(
                m,
                "RequestDetailedStatus",
                |v0: &crate::Value| crate::codec::map_from_value(v0, crate::FromValue::from_value),
            )?,
            request_status: crate::codec::optional(
                m,
                "RequestStatus",
                crate::FromValue::from_value,
            )?,
            request_status_message: crate::codec::optional(
                m,
                "RequestStatusMessage",
                crate::FromValue::from_value,
            )?,
            requested_value: crate::codec::optional(
                m,
                "RequestedValue",
                crate::FromValue::from_value,
            )?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq)]
pub struct ShareDirectoryRequest {
    pub directory_id: ::std::string::String,
    pub share_method: ShareMethod,
    pub share_notes: ::std::option::Option<::std::string::String>,
    pub share_target: ShareTarget,
}

impl ::std::fmt::Debug for ShareDirectoryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ShareDirectoryRequest")
            .field("directory_id", &self.directory_id)
            .field("share_method", &self.share_method)
            .field("share_notes", &"<redacted>")
            .field("share_target", &self.share_target)
            .finish()
    }
}

impl crate::ToValue for ShareDirectoryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push(("ShareMethod", crate::ToValue::to_value(&self.share_method)));
        if let Some(x) = &self.share_notes {
            m.push(("ShareNotes", crate::ToValue::to_value(x)));
        }
        m.push(("ShareTarget", crate::ToValue::to_value(&self.share_target)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ShareDirectoryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            share_method: crate::codec::required(m, "ShareMethod", crate::FromValue::from_value)?,
            share_notes: crate::codec::optional(m, "ShareNotes", crate::FromValue::from_value)?,
            share_target: crate::codec::required(m, "ShareTarget", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShareDirectoryResult {
    pub shared_directory_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ShareDirectoryResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.shared_directory_id {
            m.push(("SharedDirectoryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ShareDirectoryResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            shared_directory_id: crate::codec::optional(
                m,
                "SharedDirectoryId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShareLimitExceededException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl ShareLimitExceededException {
    pub const CODE: &'static str = "ShareLimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ShareLimitExceededException {
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

impl crate::FromValue for ShareLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ShareMethod {
    ORGANIZATIONS,
    HANDSHAKE,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ShareMethod {
    pub const VALUES: &'static [&'static str] = &["ORGANIZATIONS", "HANDSHAKE"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ORGANIZATIONS => "ORGANIZATIONS",
            Self::HANDSHAKE => "HANDSHAKE",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ORGANIZATIONS" => Self::ORGANIZATIONS,
            "HANDSHAKE" => Self::HANDSHAKE,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ShareMethod {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ShareMethod {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ShareStatus {
    Shared,
    PendingAcceptance,
    Rejected,
    Rejecting,
    RejectFailed,
    Sharing,
    ShareFailed,
    Deleted,
    Deleting,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ShareStatus {
    pub const VALUES: &'static [&'static str] = &[
        "Shared",
        "PendingAcceptance",
        "Rejected",
        "Rejecting",
        "RejectFailed",
        "Sharing",
        "ShareFailed",
        "Deleted",
        "Deleting",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Shared => "Shared",
            Self::PendingAcceptance => "PendingAcceptance",
            Self::Rejected => "Rejected",
            Self::Rejecting => "Rejecting",
            Self::RejectFailed => "RejectFailed",
            Self::Sharing => "Sharing",
            Self::ShareFailed => "ShareFailed",
            Self::Deleted => "Deleted",
            Self::Deleting => "Deleting",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Shared" => Self::Shared,
            "PendingAcceptance" => Self::PendingAcceptance,
            "Rejected" => Self::Rejected,
            "Rejecting" => Self::Rejecting,
            "RejectFailed" => Self::RejectFailed,
            "Sharing" => Self::Sharing,
            "ShareFailed" => Self::ShareFailed,
            "Deleted" => Self::Deleted,
            "Deleting" => Self::Deleting,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ShareStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ShareStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ShareTarget {
    pub id: ::std::string::String,
    pub r#type: TargetType,
}

impl crate::ToValue for ShareTarget {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Id", crate::ToValue::to_value(&self.id)));
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ShareTarget {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            id: crate::codec::required(m, "Id", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct SharedDirectory {
    pub created_date_time: ::std::option::Option<crate::Timestamp>,
    pub last_updated_date_time: ::std::option::Option<crate::Timestamp>,
    pub owner_account_id: ::std::option::Option<::std::string::String>,
    pub owner_directory_id: ::std::option::Option<::std::string::String>,
    pub share_method: ::std::option::Option<ShareMethod>,
    pub share_notes: ::std::option::Option<::std::string::String>,
    pub share_status: ::std::option::Option<ShareStatus>,
    pub shared_account_id: ::std::option::Option<::std::string::String>,
    pub shared_directory_id: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for SharedDirectory {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SharedDirectory")
            .field("created_date_time", &self.created_date_time)
            .field("last_updated_date_time", &self.last_updated_date_time)
            .field("owner_account_id", &self.owner_account_id)
            .field("owner_directory_id", &self.owner_directory_id)
            .field("share_method", &self.share_method)
            .field("share_notes", &"<redacted>")
            .field("share_status", &self.share_status)
            .field("shared_account_id", &self.shared_account_id)
            .field("shared_directory_id", &self.shared_directory_id)
            .finish()
    }
}

impl crate::ToValue for SharedDirectory {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.created_date_time {
            m.push(("CreatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_updated_date_time {
            m.push(("LastUpdatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.owner_account_id {
            m.push(("OwnerAccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.owner_directory_id {
            m.push(("OwnerDirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.share_method {
            m.push(("ShareMethod", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.share_notes {
            m.push(("ShareNotes", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.share_status {
            m.push(("ShareStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.shared_account_id {
            m.push(("SharedAccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.shared_directory_id {
            m.push(("SharedDirectoryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SharedDirectory {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_date_time: crate::codec::optional(
                m,
                "CreatedDateTime",
                crate::FromValue::from_value,
            )?,
            last_updated_date_time: crate::codec::optional(
                m,
                "LastUpdatedDateTime",
                crate::FromValue::from_value,
            )?,
            owner_account_id: crate::codec::optional(
                m,
                "OwnerAccountId",
                crate::FromValue::from_value,
            )?,
            owner_directory_id: crate::codec::optional(
                m,
                "OwnerDirectoryId",
                crate::FromValue::from_value,
            )?,
            share_method: crate::codec::optional(m, "ShareMethod", crate::FromValue::from_value)?,
            share_notes: crate::codec::optional(m, "ShareNotes", crate::FromValue::from_value)?,
            share_status: crate::codec::optional(m, "ShareStatus", crate::FromValue::from_value)?,
            shared_account_id: crate::codec::optional(
                m,
                "SharedAccountId",
                crate::FromValue::from_value,
            )?,
            shared_directory_id: crate::codec::optional(
                m,
                "SharedDirectoryId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Snapshot {
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    pub start_time: ::std::option::Option<crate::Timestamp>,
    pub status: ::std::option::Option<SnapshotStatus>,
    pub r#type: ::std::option::Option<SnapshotType>,
}

impl crate::ToValue for Snapshot {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.snapshot_id {
            m.push(("SnapshotId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_time {
            m.push(("StartTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Snapshot {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            snapshot_id: crate::codec::optional(m, "SnapshotId", crate::FromValue::from_value)?,
            start_time: crate::codec::optional(m, "StartTime", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SnapshotLimitExceededException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl SnapshotLimitExceededException {
    pub const CODE: &'static str = "SnapshotLimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for SnapshotLimitExceededException {
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

impl crate::FromValue for SnapshotLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SnapshotLimits {
    pub manual_snapshots_current_count: ::std::option::Option<i32>,
    pub manual_snapshots_limit: ::std::option::Option<i32>,
    pub manual_snapshots_limit_reached: ::std::option::Option<bool>,
}

impl crate::ToValue for SnapshotLimits {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.manual_snapshots_current_count {
            m.push(("ManualSnapshotsCurrentCount", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.manual_snapshots_limit {
            m.push(("ManualSnapshotsLimit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.manual_snapshots_limit_reached {
            m.push(("ManualSnapshotsLimitReached", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SnapshotLimits {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            manual_snapshots_current_count: crate::codec::optional(
                m,
                "ManualSnapshotsCurrentCount",
                crate::FromValue::from_value,
            )?,
            manual_snapshots_limit: crate::codec::optional(
                m,
                "ManualSnapshotsLimit",
                crate::FromValue::from_value,
            )?,
            manual_snapshots_limit_reached: crate::codec::optional(
                m,
                "ManualSnapshotsLimitReached",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SnapshotStatus {
    Creating,
    Completed,
    Failed,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl SnapshotStatus {
    pub const VALUES: &'static [&'static str] = &["Creating", "Completed", "Failed"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "Creating",
            Self::Completed => "Completed",
            Self::Failed => "Failed",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Creating" => Self::Creating,
            "Completed" => Self::Completed,
            "Failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for SnapshotStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for SnapshotStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SnapshotType {
    Auto,
    Manual,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl SnapshotType {
    pub const VALUES: &'static [&'static str] = &["Auto", "Manual"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "Auto",
            Self::Manual => "Manual",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Auto" => Self::Auto,
            "Manual" => Self::Manual,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for SnapshotType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for SnapshotType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartADAssessmentRequest {
    pub assessment_configuration: ::std::option::Option<AssessmentConfiguration>,
    pub directory_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for StartADAssessmentRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.assessment_configuration {
            m.push(("AssessmentConfiguration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartADAssessmentRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assessment_configuration: crate::codec::optional(
                m,
                "AssessmentConfiguration",
                crate::FromValue::from_value,
            )?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartADAssessmentResult {
    pub assessment_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for StartADAssessmentResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.assessment_id {
            m.push(("AssessmentId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartADAssessmentResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assessment_id: crate::codec::optional(m, "AssessmentId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartSchemaExtensionRequest {
    pub create_snapshot_before_schema_extension: bool,
    pub description: ::std::string::String,
    pub directory_id: ::std::string::String,
    pub ldif_content: ::std::string::String,
}

impl crate::ToValue for StartSchemaExtensionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "CreateSnapshotBeforeSchemaExtension",
            crate::ToValue::to_value(&self.create_snapshot_before_schema_extension),
        ));
        m.push(("Description", crate::ToValue::to_value(&self.description)));
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push(("LdifContent", crate::ToValue::to_value(&self.ldif_content)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartSchemaExtensionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            create_snapshot_before_schema_extension: crate::codec::required(
                m,
                "CreateSnapshotBeforeSchemaExtension",
                crate::FromValue::from_value,
            )?,
            description: crate::codec::required(m, "Description", crate::FromValue::from_value)?,
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            ldif_content: crate::codec::required(m, "LdifContent", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartSchemaExtensionResult {
    pub schema_extension_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for StartSchemaExtensionResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.schema_extension_id {
            m.push(("SchemaExtensionId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartSchemaExtensionResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            schema_extension_id: crate::codec::optional(
                m,
                "SchemaExtensionId",
                crate::FromValue::from_value,
            )?,
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
pub struct TagLimitExceededException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl TagLimitExceededException {
    pub const CODE: &'static str = "TagLimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for TagLimitExceededException {
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

impl crate::FromValue for TagLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TargetType {
    ACCOUNT,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl TargetType {
    pub const VALUES: &'static [&'static str] = &["ACCOUNT"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ACCOUNT => "ACCOUNT",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ACCOUNT" => Self::ACCOUNT,
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

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TopicStatus {
    Registered,
    TopicNotFound,
    Failed,
    Deleted,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl TopicStatus {
    pub const VALUES: &'static [&'static str] =
        &["Registered", "Topic not found", "Failed", "Deleted"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Registered => "Registered",
            Self::TopicNotFound => "Topic not found",
            Self::Failed => "Failed",
            Self::Deleted => "Deleted",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Registered" => Self::Registered,
            "Topic not found" => Self::TopicNotFound,
            "Failed" => Self::Failed,
            "Deleted" => Self::Deleted,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for TopicStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for TopicStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Trust {
    pub created_date_time: ::std::option::Option<crate::Timestamp>,
    pub directory_id: ::std::option::Option<::std::string::String>,
    pub last_updated_date_time: ::std::option::Option<crate::Timestamp>,
    pub remote_domain_name: ::std::option::Option<::std::string::String>,
    pub selective_auth: ::std::option::Option<SelectiveAuth>,
    pub state_last_updated_date_time: ::std::option::Option<crate::Timestamp>,
    pub trust_direction: ::std::option::Option<TrustDirection>,
    pub trust_id: ::std::option::Option<::std::string::String>,
    pub trust_state: ::std::option::Option<TrustState>,
    pub trust_state_reason: ::std::option::Option<::std::string::String>,
    pub trust_type: ::std::option::Option<TrustType>,
}

impl crate::ToValue for Trust {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(11);
        if let Some(x) = &self.created_date_time {
            m.push(("CreatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_updated_date_time {
            m.push(("LastUpdatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.remote_domain_name {
            m.push(("RemoteDomainName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.selective_auth {
            m.push(("SelectiveAuth", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.state_last_updated_date_time {
            m.push(("StateLastUpdatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trust_direction {
            m.push(("TrustDirection", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trust_id {
            m.push(("TrustId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trust_state {
            m.push(("TrustState", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trust_state_reason {
            m.push(("TrustStateReason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trust_type {
            m.push(("TrustType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Trust {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_date_time: crate::codec::optional(
                m,
                "CreatedDateTime",
                crate::FromValue::from_value,
            )?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
            last_updated_date_time: crate::codec::optional(
                m,
                "LastUpdatedDateTime",
                crate::FromValue::from_value,
            )?,
            remote_domain_name: crate::codec::optional(
                m,
                "RemoteDomainName",
                crate::FromValue::from_value,
            )?,
            selective_auth: crate::codec::optional(
                m,
                "SelectiveAuth",
                crate::FromValue::from_value,
            )?,
            state_last_updated_date_time: crate::codec::optional(
                m,
                "StateLastUpdatedDateTime",
                crate::FromValue::from_value,
            )?,
            trust_direction: crate::codec::optional(
                m,
                "TrustDirection",
                crate::FromValue::from_value,
            )?,
            trust_id: crate::codec::optional(m, "TrustId", crate::FromValue::from_value)?,
            trust_state: crate::codec::optional(m, "TrustState", crate::FromValue::from_value)?,
            trust_state_reason: crate::codec::optional(
                m,
                "TrustStateReason",
                crate::FromValue::from_value,
            )?,
            trust_type: crate::codec::optional(m, "TrustType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrustDirection {
    OneWayOutgoing,
    OneWayIncoming,
    TwoWay,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl TrustDirection {
    pub const VALUES: &'static [&'static str] =
        &["One-Way: Outgoing", "One-Way: Incoming", "Two-Way"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::OneWayOutgoing => "One-Way: Outgoing",
            Self::OneWayIncoming => "One-Way: Incoming",
            Self::TwoWay => "Two-Way",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "One-Way: Outgoing" => Self::OneWayOutgoing,
            "One-Way: Incoming" => Self::OneWayIncoming,
            "Two-Way" => Self::TwoWay,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for TrustDirection {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for TrustDirection {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrustState {
    Creating,
    Created,
    Verifying,
    VerifyFailed,
    Verified,
    Updating,
    UpdateFailed,
    Updated,
    Deleting,
    Deleted,
    Failed,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl TrustState {
    pub const VALUES: &'static [&'static str] = &[
        "Creating",
        "Created",
        "Verifying",
        "VerifyFailed",
        "Verified",
        "Updating",
        "UpdateFailed",
        "Updated",
        "Deleting",
        "Deleted",
        "Failed",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "Creating",
            Self::Created => "Created",
            Self::Verifying => "Verifying",
            Self::VerifyFailed => "VerifyFailed",
            Self::Verified => "Verified",
            Self::Updating => "Updating",
            Self::UpdateFailed => "UpdateFailed",
            Self::Updated => "Updated",
            Self::Deleting => "Deleting",
            Self::Deleted => "Deleted",
            Self::Failed => "Failed",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Creating" => Self::Creating,
            "Created" => Self::Created,
            "Verifying" => Self::Verifying,
            "VerifyFailed" => Self::VerifyFailed,
            "Verified" => Self::Verified,
            "Updating" => Self::Updating,
            "UpdateFailed" => Self::UpdateFailed,
            "Updated" => Self::Updated,
            "Deleting" => Self::Deleting,
            "Deleted" => Self::Deleted,
            "Failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for TrustState {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for TrustState {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrustType {
    Forest,
    External,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl TrustType {
    pub const VALUES: &'static [&'static str] = &["Forest", "External"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Forest => "Forest",
            Self::External => "External",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Forest" => Self::Forest,
            "External" => Self::External,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for TrustType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for TrustType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnshareDirectoryRequest {
    pub directory_id: ::std::string::String,
    pub unshare_target: UnshareTarget,
}

impl crate::ToValue for UnshareDirectoryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push((
            "UnshareTarget",
            crate::ToValue::to_value(&self.unshare_target),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UnshareDirectoryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            unshare_target: crate::codec::required(
                m,
                "UnshareTarget",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnshareDirectoryResult {
    pub shared_directory_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UnshareDirectoryResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.shared_directory_id {
            m.push(("SharedDirectoryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UnshareDirectoryResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            shared_directory_id: crate::codec::optional(
                m,
                "SharedDirectoryId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnshareTarget {
    pub id: ::std::string::String,
    pub r#type: TargetType,
}

impl crate::ToValue for UnshareTarget {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Id", crate::ToValue::to_value(&self.id)));
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UnshareTarget {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            id: crate::codec::required(m, "Id", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsupportedOperationException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl UnsupportedOperationException {
    pub const CODE: &'static str = "UnsupportedOperationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for UnsupportedOperationException {
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

impl crate::FromValue for UnsupportedOperationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsupportedSettingsException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl UnsupportedSettingsException {
    pub const CODE: &'static str = "UnsupportedSettingsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for UnsupportedSettingsException {
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

impl crate::FromValue for UnsupportedSettingsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateConditionalForwarderRequest {
    pub directory_id: ::std::string::String,
    pub dns_ip_addrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub dns_ipv6_addrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub remote_domain_name: ::std::string::String,
}

impl crate::ToValue for UpdateConditionalForwarderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.dns_ip_addrs {
            m.push((
                "DnsIpAddrs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.dns_ipv6_addrs {
            m.push((
                "DnsIpv6Addrs",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "RemoteDomainName",
            crate::ToValue::to_value(&self.remote_domain_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateConditionalForwarderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            dns_ip_addrs: crate::codec::optional(m, "DnsIpAddrs", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            dns_ipv6_addrs: crate::codec::optional(m, "DnsIpv6Addrs", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            remote_domain_name: crate::codec::required(
                m,
                "RemoteDomainName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateConditionalForwarderResult {}

impl crate::ToValue for UpdateConditionalForwarderResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UpdateConditionalForwarderResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct UpdateDirectorySetupRequest {
    pub create_snapshot_before_update: ::std::option::Option<bool>,
    pub directory_id: ::std::string::String,
    pub directory_size_update_settings: ::std::option::Option<DirectorySizeUpdateSettings>,
    pub network_update_settings: ::std::option::Option<NetworkUpdateSettings>,
    pub os_update_settings: ::std::option::Option<OSUpdateSettings>,
    pub update_type: UpdateType,
}

impl crate::ToValue for UpdateDirectorySetupRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.create_snapshot_before_update {
            m.push(("CreateSnapshotBeforeUpdate", crate::ToValue::to_value(x)));
        }
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.directory_size_update_settings {
            m.push(("DirectorySizeUpdateSettings", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.network_update_settings {
            m.push(("NetworkUpdateSettings", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.os_update_settings {
            m.push(("OSUpdateSettings", crate::ToValue::to_value(x)));
        }
        m.push(("UpdateType", crate::ToValue::to_value(&self.update_type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateDirectorySetupRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            create_snapshot_before_update: crate::codec::optional(
                m,
                "CreateSnapshotBeforeUpdate",
                crate::FromValue::from_value,
            )?,
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            directory_size_update_settings: crate::codec::optional(
                m,
                "DirectorySizeUpdateSettings",
                crate::FromValue::from_value,
            )?,
            network_update_settings: crate::codec::optional(
                m,
                "NetworkUpdateSettings",
                crate::FromValue::from_value,
            )?,
            os_update_settings: crate::codec::optional(
                m,
                "OSUpdateSettings",
                crate::FromValue::from_value,
            )?,
            update_type: crate::codec::required(m, "UpdateType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateDirectorySetupResult {}

impl crate::ToValue for UpdateDirectorySetupResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UpdateDirectorySetupResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateHybridADRequest {
    pub directory_id: ::std::string::String,
    pub hybrid_administrator_account_update:
        ::std::option::Option<HybridAdministratorAccountUpdate>,
    pub self_managed_instances_settings: ::std::option::Option<HybridCustomerInstancesSettings>,
}

impl crate::ToValue for UpdateHybridADRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        if let Some(x) = &self.hybrid_administrator_account_update {
            m.push((
                "HybridAdministratorAccountUpdate",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.self_managed_instances_settings {
            m.push(("SelfManagedInstancesSettings", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateHybridADRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            hybrid_administrator_account_update: crate::codec::optional(
                m,
                "HybridAdministratorAccountUpdate",
                crate::FromValue::from_value,
            )?,
            self_managed_instances_settings: crate::codec::optional(
                m,
                "SelfManagedInstancesSettings",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateHybridADResult {
    pub assessment_id: ::std::option::Option<::std::string::String>,
    pub directory_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateHybridADResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.assessment_id {
            m.push(("AssessmentId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateHybridADResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assessment_id: crate::codec::optional(m, "AssessmentId", crate::FromValue::from_value)?,
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateInfoEntry {
    pub initiated_by: ::std::option::Option<::std::string::String>,
    pub last_updated_date_time: ::std::option::Option<crate::Timestamp>,
    pub new_value: ::std::option::Option<UpdateValue>,
    pub previous_value: ::std::option::Option<UpdateValue>,
    pub region: ::std::option::Option<::std::string::String>,
    pub start_time: ::std::option::Option<crate::Timestamp>,
    pub status: ::std::option::Option<UpdateStatus>,
    pub status_reason: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateInfoEntry {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.initiated_by {
            m.push(("InitiatedBy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_updated_date_time {
            m.push(("LastUpdatedDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.new_value {
            m.push(("NewValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.previous_value {
            m.push(("PreviousValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.region {
            m.push(("Region", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_time {
            m.push(("StartTime", crate::ToValue::to_value(x)));
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

impl crate::FromValue for UpdateInfoEntry {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            initiated_by: crate::codec::optional(m, "InitiatedBy", crate::FromValue::from_value)?,
            last_updated_date_time: crate::codec::optional(
                m,
                "LastUpdatedDateTime",
                crate::FromValue::from_value,
            )?,
            new_value: crate::codec::optional(m, "NewValue", crate::FromValue::from_value)?,
            previous_value: crate::codec::optional(
                m,
                "PreviousValue",
                crate::FromValue::from_value,
            )?,
            region: crate::codec::optional(m, "Region", crate::FromValue::from_value)?,
            start_time: crate::codec::optional(m, "StartTime", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            status_reason: crate::codec::optional(m, "StatusReason", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateNumberOfDomainControllersRequest {
    pub desired_number: i32,
    pub directory_id: ::std::string::String,
}

impl crate::ToValue for UpdateNumberOfDomainControllersRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "DesiredNumber",
            crate::ToValue::to_value(&self.desired_number),
        ));
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateNumberOfDomainControllersRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            desired_number: crate::codec::required(
                m,
                "DesiredNumber",
                crate::FromValue::from_value,
            )?,
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateNumberOfDomainControllersResult {}

impl crate::ToValue for UpdateNumberOfDomainControllersResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UpdateNumberOfDomainControllersResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateRadiusRequest {
    pub directory_id: ::std::string::String,
    pub radius_settings: RadiusSettings,
}

impl crate::ToValue for UpdateRadiusRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push((
            "RadiusSettings",
            crate::ToValue::to_value(&self.radius_settings),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateRadiusRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            radius_settings: crate::codec::required(
                m,
                "RadiusSettings",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateRadiusResult {}

impl crate::ToValue for UpdateRadiusResult {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UpdateRadiusResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateSettingsRequest {
    pub directory_id: ::std::string::String,
    pub settings: ::std::vec::Vec<Setting>,
}

impl crate::ToValue for UpdateSettingsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DirectoryId", crate::ToValue::to_value(&self.directory_id)));
        m.push((
            "Settings",
            crate::codec::list_to_value(&self.settings, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateSettingsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::required(m, "DirectoryId", crate::FromValue::from_value)?,
            settings: crate::codec::required(m, "Settings", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateSettingsResult {
    pub directory_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateSettingsResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.directory_id {
            m.push(("DirectoryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateSettingsResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_id: crate::codec::optional(m, "DirectoryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateStatus {
    Updated,
    Updating,
    UpdateFailed,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl UpdateStatus {
    pub const VALUES: &'static [&'static str] = &["Updated", "Updating", "UpdateFailed"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Updated => "Updated",
            Self::Updating => "Updating",
            Self::UpdateFailed => "UpdateFailed",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Updated" => Self::Updated,
            "Updating" => Self::Updating,
            "UpdateFailed" => Self::UpdateFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for UpdateStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for UpdateStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateTrustRequest {
    pub selective_auth: ::std::option::Option<SelectiveAuth>,
    pub trust_id: ::std::string::String,
}

impl crate::ToValue for UpdateTrustRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.selective_auth {
            m.push(("SelectiveAuth", crate::ToValue::to_value(x)));
        }
        m.push(("TrustId", crate::ToValue::to_value(&self.trust_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateTrustRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            selective_auth: crate::codec::optional(
                m,
                "SelectiveAuth",
                crate::FromValue::from_value,
            )?,
            trust_id: crate::codec::required(m, "TrustId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateTrustResult {
    pub request_id: ::std::option::Option<::std::string::String>,
    pub trust_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateTrustResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.request_id {
            m.push(("RequestId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trust_id {
            m.push(("TrustId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateTrustResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
            trust_id: crate::codec::optional(m, "TrustId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateType {
    OS,
    NETWORK,
    SIZE,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl UpdateType {
    pub const VALUES: &'static [&'static str] = &["OS", "NETWORK", "SIZE"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::OS => "OS",
            Self::NETWORK => "NETWORK",
            Self::SIZE => "SIZE",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "OS" => Self::OS,
            "NETWORK" => Self::NETWORK,
            "SIZE" => Self::SIZE,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for UpdateType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for UpdateType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateValue {
    pub os_update_settings: ::std::option::Option<OSUpdateSettings>,
}

impl crate::ToValue for UpdateValue {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.os_update_settings {
            m.push(("OSUpdateSettings", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateValue {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            os_update_settings: crate::codec::optional(
                m,
                "OSUpdateSettings",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserDoesNotExistException {
    pub message: ::std::option::Option<::std::string::String>,
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl UserDoesNotExistException {
    pub const CODE: &'static str = "UserDoesNotExistException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for UserDoesNotExistException {
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

impl crate::FromValue for UserDoesNotExistException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            request_id: crate::codec::optional(m, "RequestId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct VerifyTrustRequest {
    pub trust_id: ::std::string::String,
}

impl crate::ToValue for VerifyTrustRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("TrustId", crate::ToValue::to_value(&self.trust_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for VerifyTrustRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trust_id: crate::codec::required(m, "TrustId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct VerifyTrustResult {
    pub trust_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for VerifyTrustResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.trust_id {
            m.push(("TrustId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for VerifyTrustResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trust_id: crate::codec::optional(m, "TrustId", crate::FromValue::from_value)?,
        })
    }
}
