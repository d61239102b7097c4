//! The `cloudtrail` service: schema tables and typed shapes. Written by `scripts/codegen` from botocore 1.44.8; do not edit.

#![allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case)]

pub static SERVICE: crate::ServiceDef = crate::ServiceDef {
    name: "cloudtrail",
    protocol: crate::Protocol::Json,
    protocols: &["json"],
    api_version: "2013-11-01",
    target_prefix: Some("com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101"),
    json_version: Some("1.1"),
    xml_namespace: None,
    signing_name: "cloudtrail",
    endpoint_prefix: "cloudtrail",
    operations: &OPERATIONS,
    shapes: &SHAPES,
};

static OPERATIONS: [crate::OperationDef; 60] = [
    crate::OperationDef {
        name: "AddTags",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(6)),
        output: Some(crate::ShapeId(7)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(300),
            crate::ShapeId(29),
            crate::ShapeId(88),
            crate::ShapeId(21),
            crate::ShapeId(306),
            crate::ShapeId(349),
            crate::ShapeId(187),
            crate::ShapeId(184),
            crate::ShapeId(144),
            crate::ShapeId(97),
            crate::ShapeId(27),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(34),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CancelQuery",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(17)),
        output: Some(crate::ShapeId(18)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(144),
            crate::ShapeId(145),
            crate::ShapeId(177),
            crate::ShapeId(267),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(238),
            crate::ShapeId(34),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateChannel",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(37)),
        output: Some(crate::ShapeId(38)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(25),
            crate::ShapeId(183),
            crate::ShapeId(22),
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(166),
            crate::ShapeId(144),
            crate::ShapeId(177),
            crate::ShapeId(184),
            crate::ShapeId(349),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateDashboard",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(39)),
        output: Some(crate::ShapeId(40)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(34),
            crate::ShapeId(184),
            crate::ShapeId(97),
            crate::ShapeId(144),
            crate::ShapeId(157),
            crate::ShapeId(178),
            crate::ShapeId(324),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateEventDataStore",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(41)),
        output: Some(crate::ShapeId(42)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(89),
            crate::ShapeId(95),
            crate::ShapeId(168),
            crate::ShapeId(177),
            crate::ShapeId(184),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(34),
            crate::ShapeId(157),
            crate::ShapeId(172),
            crate::ShapeId(190),
            crate::ShapeId(188),
            crate::ShapeId(30),
            crate::ShapeId(156),
            crate::ShapeId(240),
            crate::ShapeId(247),
            crate::ShapeId(246),
            crate::ShapeId(238),
            crate::ShapeId(354),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateTrail",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(43)),
        output: Some(crate::ShapeId(44)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(236),
            crate::ShapeId(358),
            crate::ShapeId(310),
            crate::ShapeId(159),
            crate::ShapeId(160),
            crate::ShapeId(157),
            crate::ShapeId(180),
            crate::ShapeId(181),
            crate::ShapeId(182),
            crate::ShapeId(172),
            crate::ShapeId(187),
            crate::ShapeId(363),
            crate::ShapeId(349),
            crate::ShapeId(176),
            crate::ShapeId(177),
            crate::ShapeId(190),
            crate::ShapeId(189),
            crate::ShapeId(188),
            crate::ShapeId(162),
            crate::ShapeId(163),
            crate::ShapeId(32),
            crate::ShapeId(184),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(30),
            crate::ShapeId(156),
            crate::ShapeId(240),
            crate::ShapeId(247),
            crate::ShapeId(246),
            crate::ShapeId(238),
            crate::ShapeId(31),
            crate::ShapeId(34),
            crate::ShapeId(354),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteChannel",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(56)),
        output: Some(crate::ShapeId(57)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(21),
            crate::ShapeId(27),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteDashboard",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(58)),
        output: Some(crate::ShapeId(59)),
        result_wrapper: None,
        errors: &[crate::ShapeId(34), crate::ShapeId(300), crate::ShapeId(367)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteEventDataStore",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(60)),
        output: Some(crate::ShapeId(61)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(99),
            crate::ShapeId(92),
            crate::ShapeId(144),
            crate::ShapeId(177),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(24),
            crate::ShapeId(156),
            crate::ShapeId(34),
            crate::ShapeId(91),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteResourcePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(62)),
        output: Some(crate::ShapeId(63)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(296),
            crate::ShapeId(300),
            crate::ShapeId(302),
            crate::ShapeId(306),
            crate::ShapeId(34),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteTrail",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(64)),
        output: Some(crate::ShapeId(65)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(362),
            crate::ShapeId(187),
            crate::ShapeId(29),
            crate::ShapeId(34),
            crate::ShapeId(354),
            crate::ShapeId(169),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(156),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeregisterOrganizationDelegatedAdmin",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(68)),
        output: Some(crate::ShapeId(69)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(3),
            crate::ShapeId(4),
            crate::ShapeId(30),
            crate::ShapeId(34),
            crate::ShapeId(156),
            crate::ShapeId(177),
            crate::ShapeId(239),
            crate::ShapeId(246),
            crate::ShapeId(247),
            crate::ShapeId(367),
            crate::ShapeId(241),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeQuery",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(70)),
        output: Some(crate::ShapeId(71)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(144),
            crate::ShapeId(177),
            crate::ShapeId(267),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(238),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DescribeTrails",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(72)),
        output: Some(crate::ShapeId(73)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(187),
            crate::ShapeId(29),
            crate::ShapeId(238),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableFederation",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(77)),
        output: Some(crate::ShapeId(78)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(177),
            crate::ShapeId(144),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(30),
            crate::ShapeId(156),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(247),
            crate::ShapeId(246),
            crate::ShapeId(33),
            crate::ShapeId(0),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableFederation",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(80)),
        output: Some(crate::ShapeId(81)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(177),
            crate::ShapeId(144),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(30),
            crate::ShapeId(156),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(247),
            crate::ShapeId(246),
            crate::ShapeId(33),
            crate::ShapeId(0),
            crate::ShapeId(91),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GenerateQuery",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(109)),
        output: Some(crate::ShapeId(110)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(144),
            crate::ShapeId(177),
            crate::ShapeId(111),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(238),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetChannel",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(112)),
        output: Some(crate::ShapeId(113)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(21),
            crate::ShapeId(27),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetDashboard",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(114)),
        output: Some(crate::ShapeId(115)),
        result_wrapper: None,
        errors: &[crate::ShapeId(300), crate::ShapeId(367)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetEventConfiguration",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(116)),
        output: Some(crate::ShapeId(117)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(362),
            crate::ShapeId(187),
            crate::ShapeId(29),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(167),
            crate::ShapeId(177),
            crate::ShapeId(166),
            crate::ShapeId(238),
            crate::ShapeId(176),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetEventDataStore",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(118)),
        output: Some(crate::ShapeId(119)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(177),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(238),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetEventSelectors",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(120)),
        output: Some(crate::ShapeId(121)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(362),
            crate::ShapeId(187),
            crate::ShapeId(29),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(238),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetImport",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(122)),
        output: Some(crate::ShapeId(123)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(138),
            crate::ShapeId(177),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetInsightSelectors",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(124)),
        output: Some(crate::ShapeId(125)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(177),
            crate::ShapeId(176),
            crate::ShapeId(362),
            crate::ShapeId(187),
            crate::ShapeId(29),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(147),
            crate::ShapeId(238),
            crate::ShapeId(354),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetQueryResults",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(126)),
        output: Some(crate::ShapeId(127)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(144),
            crate::ShapeId(174),
            crate::ShapeId(175),
            crate::ShapeId(177),
            crate::ShapeId(267),
            crate::ShapeId(157),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(238),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetResourcePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(128)),
        output: Some(crate::ShapeId(129)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(296),
            crate::ShapeId(300),
            crate::ShapeId(302),
            crate::ShapeId(306),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetTrail",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(130)),
        output: Some(crate::ShapeId(131)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(29),
            crate::ShapeId(362),
            crate::ShapeId(187),
            crate::ShapeId(367),
            crate::ShapeId(241),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetTrailStatus",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(132)),
        output: Some(crate::ShapeId(133)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(29),
            crate::ShapeId(362),
            crate::ShapeId(187),
            crate::ShapeId(367),
            crate::ShapeId(241),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListChannels",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(192)),
        output: Some(crate::ShapeId(193)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(175),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListDashboards",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(195)),
        output: Some(crate::ShapeId(196)),
        result_wrapper: None,
        errors: &[crate::ShapeId(367)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListEventDataStores",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(198)),
        output: Some(crate::ShapeId(199)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(174),
            crate::ShapeId(175),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(238),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListImportFailures",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(201)),
        output: Some(crate::ShapeId(202)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(175),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(177),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListImports",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(204)),
        output: Some(crate::ShapeId(205)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(175),
            crate::ShapeId(177),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListInsightsData",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(210)),
        output: Some(crate::ShapeId(211)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(177),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListInsightsMetricData",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(213)),
        output: Some(crate::ShapeId(214)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(177),
            crate::ShapeId(187),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListPublicKeys",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(215)),
        output: Some(crate::ShapeId(216)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(186),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListQueries",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(218)),
        output: Some(crate::ShapeId(219)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(144),
            crate::ShapeId(164),
            crate::ShapeId(174),
            crate::ShapeId(175),
            crate::ShapeId(177),
            crate::ShapeId(179),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(238),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListTags",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(220)),
        output: Some(crate::ShapeId(221)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(300),
            crate::ShapeId(29),
            crate::ShapeId(88),
            crate::ShapeId(21),
            crate::ShapeId(306),
            crate::ShapeId(187),
            crate::ShapeId(144),
            crate::ShapeId(97),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(186),
            crate::ShapeId(238),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListTrails",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(222)),
        output: Some(crate::ShapeId(223)),
        result_wrapper: None,
        errors: &[crate::ShapeId(367), crate::ShapeId(241)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "LookupEvents",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(230)),
        output: Some(crate::ShapeId(231)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(173),
            crate::ShapeId(185),
            crate::ShapeId(174),
            crate::ShapeId(175),
            crate::ShapeId(165),
            crate::ShapeId(367),
            crate::ShapeId(241),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutEventConfiguration",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(256)),
        output: Some(crate::ShapeId(257)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(362),
            crate::ShapeId(187),
            crate::ShapeId(29),
            crate::ShapeId(176),
            crate::ShapeId(169),
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(167),
            crate::ShapeId(166),
            crate::ShapeId(144),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(354),
            crate::ShapeId(177),
            crate::ShapeId(34),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(156),
            crate::ShapeId(158),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutEventSelectors",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(258)),
        output: Some(crate::ShapeId(259)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(362),
            crate::ShapeId(187),
            crate::ShapeId(29),
            crate::ShapeId(169),
            crate::ShapeId(168),
            crate::ShapeId(34),
            crate::ShapeId(354),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(156),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutInsightSelectors",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(260)),
        output: Some(crate::ShapeId(261)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(177),
            crate::ShapeId(176),
            crate::ShapeId(362),
            crate::ShapeId(187),
            crate::ShapeId(29),
            crate::ShapeId(169),
            crate::ShapeId(171),
            crate::ShapeId(159),
            crate::ShapeId(157),
            crate::ShapeId(310),
            crate::ShapeId(188),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(34),
            crate::ShapeId(354),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutResourcePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(262)),
        output: Some(crate::ShapeId(263)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(296),
            crate::ShapeId(303),
            crate::ShapeId(300),
            crate::ShapeId(306),
            crate::ShapeId(34),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RegisterOrganizationDelegatedAdmin",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(289)),
        output: Some(crate::ShapeId(290)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(5),
            crate::ShapeId(3),
            crate::ShapeId(156),
            crate::ShapeId(177),
            crate::ShapeId(19),
            crate::ShapeId(30),
            crate::ShapeId(34),
            crate::ShapeId(55),
            crate::ShapeId(239),
            crate::ShapeId(246),
            crate::ShapeId(247),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(158),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RemoveTags",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(291)),
        output: Some(crate::ShapeId(292)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(300),
            crate::ShapeId(29),
            crate::ShapeId(88),
            crate::ShapeId(21),
            crate::ShapeId(306),
            crate::ShapeId(187),
            crate::ShapeId(184),
            crate::ShapeId(144),
            crate::ShapeId(97),
            crate::ShapeId(27),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(34),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RestoreEventDataStore",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(307)),
        output: Some(crate::ShapeId(308)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(95),
            crate::ShapeId(167),
            crate::ShapeId(177),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(30),
            crate::ShapeId(156),
            crate::ShapeId(247),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(246),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "SearchSampleQueries",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(317)),
        output: Some(crate::ShapeId(318)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(177),
            crate::ShapeId(367),
            crate::ShapeId(241),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "StartDashboardRefresh",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(329)),
        output: Some(crate::ShapeId(330)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(300),
            crate::ShapeId(97),
            crate::ShapeId(144),
            crate::ShapeId(324),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "StartEventDataStoreIngestion",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(331)),
        output: Some(crate::ShapeId(332)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(167),
            crate::ShapeId(177),
            crate::ShapeId(166),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(156),
            crate::ShapeId(34),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "StartImport",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(333)),
        output: Some(crate::ShapeId(334)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(1),
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(167),
            crate::ShapeId(166),
            crate::ShapeId(144),
            crate::ShapeId(170),
            crate::ShapeId(138),
            crate::ShapeId(177),
            crate::ShapeId(157),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "StartLogging",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(335)),
        output: Some(crate::ShapeId(336)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(29),
            crate::ShapeId(34),
            crate::ShapeId(354),
            crate::ShapeId(362),
            crate::ShapeId(187),
            crate::ShapeId(169),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(156),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "StartQuery",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(337)),
        output: Some(crate::ShapeId(338)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(144),
            crate::ShapeId(177),
            crate::ShapeId(178),
            crate::ShapeId(232),
            crate::ShapeId(157),
            crate::ShapeId(181),
            crate::ShapeId(180),
            crate::ShapeId(159),
            crate::ShapeId(310),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(238),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "StopEventDataStoreIngestion",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(339)),
        output: Some(crate::ShapeId(340)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(167),
            crate::ShapeId(177),
            crate::ShapeId(166),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(156),
            crate::ShapeId(34),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "StopImport",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(341)),
        output: Some(crate::ShapeId(342)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(138),
            crate::ShapeId(177),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "StopLogging",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(343)),
        output: Some(crate::ShapeId(344)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(362),
            crate::ShapeId(187),
            crate::ShapeId(29),
            crate::ShapeId(34),
            crate::ShapeId(354),
            crate::ShapeId(169),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(156),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateChannel",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(368)),
        output: Some(crate::ShapeId(369)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(21),
            crate::ShapeId(27),
            crate::ShapeId(22),
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(166),
            crate::ShapeId(144),
            crate::ShapeId(177),
            crate::ShapeId(241),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateDashboard",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(370)),
        output: Some(crate::ShapeId(371)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(34),
            crate::ShapeId(300),
            crate::ShapeId(97),
            crate::ShapeId(144),
            crate::ShapeId(157),
            crate::ShapeId(178),
            crate::ShapeId(324),
            crate::ShapeId(367),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateEventDataStore",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(372)),
        output: Some(crate::ShapeId(373)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(89),
            crate::ShapeId(88),
            crate::ShapeId(97),
            crate::ShapeId(168),
            crate::ShapeId(171),
            crate::ShapeId(92),
            crate::ShapeId(144),
            crate::ShapeId(177),
            crate::ShapeId(241),
            crate::ShapeId(367),
            crate::ShapeId(157),
            crate::ShapeId(172),
            crate::ShapeId(190),
            crate::ShapeId(188),
            crate::ShapeId(30),
            crate::ShapeId(156),
            crate::ShapeId(247),
            crate::ShapeId(240),
            crate::ShapeId(238),
            crate::ShapeId(246),
            crate::ShapeId(34),
            crate::ShapeId(354),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateTrail",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(374)),
        output: Some(crate::ShapeId(375)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(310),
            crate::ShapeId(159),
            crate::ShapeId(160),
            crate::ShapeId(157),
            crate::ShapeId(362),
            crate::ShapeId(180),
            crate::ShapeId(181),
            crate::ShapeId(182),
            crate::ShapeId(172),
            crate::ShapeId(187),
            crate::ShapeId(363),
            crate::ShapeId(168),
            crate::ShapeId(29),
            crate::ShapeId(34),
            crate::ShapeId(354),
            crate::ShapeId(176),
            crate::ShapeId(169),
            crate::ShapeId(190),
            crate::ShapeId(189),
            crate::ShapeId(188),
            crate::ShapeId(162),
            crate::ShapeId(163),
            crate::ShapeId(32),
            crate::ShapeId(367),
            crate::ShapeId(241),
            crate::ShapeId(30),
            crate::ShapeId(156),
            crate::ShapeId(247),
            crate::ShapeId(240),
            crate::ShapeId(246),
            crate::ShapeId(238),
            crate::ShapeId(31),
            crate::ShapeId(177),
        ],
        unsigned: false,
    },
];

static SHAPES: [crate::Shape; 381] = [
    crate::Shape {
        name: "AccessDeniedException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "AccessDeniedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountHasOngoingImportException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "AccountHasOngoingImportException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountId",
        kind: crate::ShapeKind::String,
        min: Some(12),
        max: Some(16),
        pattern: Some("\\d+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountNotFoundException",
        kind: crate::ShapeKind::Structure,
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
        error: Some(crate::ErrorDef {
            code: "AccountNotRegisteredException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountRegisteredException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "AccountRegisteredException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddTagsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ResourceId",
                target: crate::ShapeId(345),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagsList",
                target: crate::ShapeId(350),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddTagsResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AdvancedEventSelector",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "FieldSelectors",
                target: crate::ShapeId(11),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(323),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AdvancedEventSelectors",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(8),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AdvancedFieldSelector",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EndsWith",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Equals",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Field",
                target: crate::ShapeId(322),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NotEndsWith",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NotEquals",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NotStartsWith",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartsWith",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AdvancedFieldSelectors",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(10),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AggregationConfiguration",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventCategory",
                target: crate::ShapeId(86),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Templates",
                target: crate::ShapeId(352),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AggregationConfigurations",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(12),
            ..crate::Member::EMPTY
        }),
        max: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BillingMode",
        kind: crate::ShapeKind::String,
        enum_values: &["EXTENDABLE_RETENTION_PRICING", "FIXED_RETENTION_PRICING"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Boolean",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ByteBuffer",
        kind: crate::ShapeKind::Blob,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CancelQueryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStore",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStoreOwnerAccountId",
                target: crate::ShapeId(2),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryId",
                target: crate::ShapeId(366),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CancelQueryResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStoreOwnerAccountId",
                target: crate::ShapeId(2),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryId",
                target: crate::ShapeId(366),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryStatus",
                target: crate::ShapeId(281),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CannotDelegateManagementAccountException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "CannotDelegateManagementAccountException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Channel",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ChannelArn",
                target: crate::ShapeId(23),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(26),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ChannelARNInvalidException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ChannelARNInvalidException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ChannelAlreadyExistsException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ChannelAlreadyExistsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ChannelArn",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(256),
        pattern: Some("^[a-zA-Z0-9._/\\-:]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ChannelExistsForEDSException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ChannelExistsForEDSException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ChannelMaxLimitExceededException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ChannelMaxLimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ChannelName",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(128),
        pattern: Some("^[a-zA-Z0-9._\\-]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ChannelNotFoundException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ChannelNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Channels",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(20),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CloudTrailARNInvalidException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "CloudTrailARNInvalidException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CloudTrailAccessNotEnabledException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "CloudTrailAccessNotEnabledException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CloudTrailInvalidClientTokenIdException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "CloudTrailInvalidClientTokenIdException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CloudWatchLogsDeliveryUnavailableException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "CloudWatchLogsDeliveryUnavailableException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConcurrentModificationException",
        kind: crate::ShapeKind::Structure,
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
        error: Some(crate::ErrorDef {
            code: "ConflictException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ContextKeySelector",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Equals",
                target: crate::ShapeId(243),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(365),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ContextKeySelectors",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(35),
            ..crate::Member::EMPTY
        }),
        max: Some(2),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateChannelRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Destinations",
                target: crate::ShapeId(76),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(26),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Source",
                target: crate::ShapeId(325),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(350),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateChannelResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ChannelArn",
                target: crate::ShapeId(23),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Destinations",
                target: crate::ShapeId(76),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(26),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Source",
                target: crate::ShapeId(325),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(350),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateDashboardRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(47),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RefreshSchedule",
                target: crate::ShapeId(284),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagsList",
                target: crate::ShapeId(350),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TerminationProtectionEnabled",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Widgets",
                target: crate::ShapeId(294),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateDashboardResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DashboardArn",
                target: crate::ShapeId(45),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(47),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RefreshSchedule",
                target: crate::ShapeId(284),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagsList",
                target: crate::ShapeId(350),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TerminationProtectionEnabled",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(49),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Widgets",
                target: crate::ShapeId(380),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateEventDataStoreRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AdvancedEventSelectors",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "BillingMode",
                target: crate::ShapeId(14),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KmsKeyId",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MultiRegionEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(96),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RetentionPeriod",
                target: crate::ShapeId(309),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartIngestion",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagsList",
                target: crate::ShapeId(350),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TerminationProtectionEnabled",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateEventDataStoreResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AdvancedEventSelectors",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "BillingMode",
                target: crate::ShapeId(14),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStoreArn",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KmsKeyId",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MultiRegionEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(96),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RetentionPeriod",
                target: crate::ShapeId(309),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagsList",
                target: crate::ShapeId(350),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TerminationProtectionEnabled",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateTrailRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CloudWatchLogsLogGroupArn",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CloudWatchLogsRoleArn",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EnableLogFileValidation",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IncludeGlobalServiceEvents",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsMultiRegionTrail",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsOrganizationTrail",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KmsKeyId",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(345),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RecursiveLogging",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "S3BucketName",
                target: crate::ShapeId(345),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "S3KeyPrefix",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SnsTopicName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagsList",
                target: crate::ShapeId(350),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateTrailResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CloudWatchLogsLogGroupArn",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CloudWatchLogsRoleArn",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IncludeGlobalServiceEvents",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsMultiRegionTrail",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsOrganizationTrail",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KmsKeyId",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LogFileValidationEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RecursiveLogging",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "S3BucketName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "S3KeyPrefix",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SnsTopicARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SnsTopicName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DashboardArn",
        kind: crate::ShapeKind::String,
        pattern: Some("^[a-zA-Z0-9._/\\-:]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DashboardDetail",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DashboardArn",
                target: crate::ShapeId(45),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(49),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DashboardName",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(128),
        pattern: Some("^[a-zA-Z0-9_\\-]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DashboardStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["CREATING", "CREATED", "UPDATING", "UPDATED", "DELETING"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DashboardType",
        kind: crate::ShapeKind::String,
        enum_values: &["MANAGED", "CUSTOM"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Dashboards",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(46),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DataResource",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Type",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Values",
                target: crate::ShapeId(52),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DataResourceValues",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(345),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DataResources",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(51),
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
        name: "DelegatedAdminAccountLimitExceededException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "DelegatedAdminAccountLimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteChannelRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Channel",
            target: crate::ShapeId(23),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteChannelResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteDashboardRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DashboardId",
            target: crate::ShapeId(45),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteDashboardResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteEventDataStoreRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "EventDataStore",
            target: crate::ShapeId(90),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteEventDataStoreResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteResourcePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ResourceArn",
            target: crate::ShapeId(297),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteResourcePolicyResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteTrailRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Name",
            target: crate::ShapeId(345),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteTrailResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeliveryS3Uri",
        kind: crate::ShapeKind::String,
        max: Some(1024),
        pattern: Some("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeliveryStatus",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "SUCCESS",
            "FAILED",
            "FAILED_SIGNING_FILE",
            "PENDING",
            "RESOURCE_NOT_FOUND",
            "ACCESS_DENIED",
            "ACCESS_DENIED_SIGNING_FILE",
            "CANCELLED",
            "UNKNOWN",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeregisterOrganizationDelegatedAdminRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DelegatedAdminAccountId",
            target: crate::ShapeId(2),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeregisterOrganizationDelegatedAdminResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeQueryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStore",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStoreOwnerAccountId",
                target: crate::ShapeId(2),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryAlias",
                target: crate::ShapeId(266),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryId",
                target: crate::ShapeId(366),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RefreshId",
                target: crate::ShapeId(283),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeQueryResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DeliveryS3Uri",
                target: crate::ShapeId(66),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DeliveryStatus",
                target: crate::ShapeId(67),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ErrorMessage",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStoreOwnerAccountId",
                target: crate::ShapeId(2),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Prompt",
                target: crate::ShapeId(253),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryId",
                target: crate::ShapeId(366),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryStatistics",
                target: crate::ShapeId(280),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryStatus",
                target: crate::ShapeId(281),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryString",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeTrailsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "includeShadowTrails",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "trailNameList",
                target: crate::ShapeId(361),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DescribeTrailsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "trailList",
            target: crate::ShapeId(360),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Destination",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Location",
                target: crate::ShapeId(224),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(75),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DestinationType",
        kind: crate::ShapeKind::String,
        enum_values: &["EVENT_DATA_STORE", "AWS_SERVICE"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Destinations",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(74),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableFederationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "EventDataStore",
            target: crate::ShapeId(90),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableFederationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStoreArn",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FederationStatus",
                target: crate::ShapeId(108),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Double",
        kind: crate::ShapeKind::Double,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableFederationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStore",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FederationRoleArn",
                target: crate::ShapeId(107),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableFederationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStoreArn",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FederationRoleArn",
                target: crate::ShapeId(107),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FederationStatus",
                target: crate::ShapeId(108),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ErrorCode",
        kind: crate::ShapeKind::String,
        max: Some(128),
        pattern: Some("^[\\w\\d\\s_.,\\-:\\[\\]]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ErrorMessage",
        kind: crate::ShapeKind::String,
        min: Some(4),
        max: Some(1000),
        pattern: Some(".*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Event",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccessKeyId",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CloudTrailEvent",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventId",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventSource",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ReadOnly",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Resources",
                target: crate::ShapeId(299),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Username",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventCategory",
        kind: crate::ShapeKind::String,
        enum_values: &["insight"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventCategoryAggregation",
        kind: crate::ShapeKind::String,
        enum_values: &["Data"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStore",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AdvancedEventSelectors",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStoreArn",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MultiRegionEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(96),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RetentionPeriod",
                target: crate::ShapeId(309),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TerminationProtectionEnabled",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStoreARNInvalidException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "EventDataStoreARNInvalidException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStoreAlreadyExistsException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "EventDataStoreAlreadyExistsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStoreArn",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(256),
        pattern: Some("^[a-zA-Z0-9._/\\-:]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStoreFederationEnabledException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "EventDataStoreFederationEnabledException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStoreHasOngoingImportException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "EventDataStoreHasOngoingImportException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStoreKmsKeyId",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(350),
        pattern: Some("^[a-zA-Z0-9._/\\-:]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStoreList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(90),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStoreMaxLimitExceededException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "EventDataStoreMaxLimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStoreName",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(128),
        pattern: Some("^[a-zA-Z0-9._\\-]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStoreNotFoundException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "EventDataStoreNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStoreStatus",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "CREATED",
            "ENABLED",
            "PENDING_DELETION",
            "STARTING_INGESTION",
            "STOPPING_INGESTION",
            "STOPPED_INGESTION",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStoreTerminationProtectedException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "EventDataStoreTerminationProtectedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventDataStores",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(87),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventName",
        kind: crate::ShapeKind::String,
        max: Some(128),
        pattern: Some("^[A-Za-z0-9_]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventSelector",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DataResources",
                target: crate::ShapeId(53),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExcludeManagementEventSources",
                target: crate::ShapeId(106),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IncludeManagementEvents",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ReadWriteType",
                target: crate::ShapeId(282),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventSelectors",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(102),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventSource",
        kind: crate::ShapeKind::String,
        max: Some(256),
        pattern: Some("^[a-z0-9_-]+\\.amazonaws\\.com$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EventsList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(84),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExcludeManagementEventSources",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(345),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FederationRoleArn",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(125),
        pattern: Some("^[a-zA-Z0-9._/\\-:@=\\+,\\.]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FederationStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["ENABLING", "ENABLED", "DISABLING", "DISABLED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GenerateQueryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStores",
                target: crate::ShapeId(94),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Prompt",
                target: crate::ShapeId(253),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GenerateQueryResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStoreOwnerAccountId",
                target: crate::ShapeId(2),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryAlias",
                target: crate::ShapeId(266),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryStatement",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GenerateResponseException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "GenerateResponseException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetChannelRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Channel",
            target: crate::ShapeId(23),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetChannelResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ChannelArn",
                target: crate::ShapeId(23),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Destinations",
                target: crate::ShapeId(76),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IngestionStatus",
                target: crate::ShapeId(146),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(26),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Source",
                target: crate::ShapeId(325),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceConfig",
                target: crate::ShapeId(326),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetDashboardRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DashboardId",
            target: crate::ShapeId(45),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetDashboardResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DashboardArn",
                target: crate::ShapeId(45),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastRefreshFailureReason",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastRefreshId",
                target: crate::ShapeId(283),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RefreshSchedule",
                target: crate::ShapeId(284),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(48),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TerminationProtectionEnabled",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(49),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Widgets",
                target: crate::ShapeId(380),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetEventConfigurationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStore",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetEventConfigurationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AggregationConfigurations",
                target: crate::ShapeId(13),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ContextKeySelectors",
                target: crate::ShapeId(36),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStoreArn",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxEventSize",
                target: crate::ShapeId(233),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetEventDataStoreRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "EventDataStore",
            target: crate::ShapeId(90),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetEventDataStoreResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AdvancedEventSelectors",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "BillingMode",
                target: crate::ShapeId(14),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStoreArn",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FederationRoleArn",
                target: crate::ShapeId(107),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FederationStatus",
                target: crate::ShapeId(108),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KmsKeyId",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MultiRegionEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(96),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PartitionKeys",
                target: crate::ShapeId(250),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RetentionPeriod",
                target: crate::ShapeId(309),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TerminationProtectionEnabled",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetEventSelectorsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "TrailName",
            target: crate::ShapeId(345),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetEventSelectorsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AdvancedEventSelectors",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventSelectors",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetImportRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ImportId",
            target: crate::ShapeId(366),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetImportResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Destinations",
                target: crate::ShapeId(134),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EndEventTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportId",
                target: crate::ShapeId(366),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportSource",
                target: crate::ShapeId(139),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportStatistics",
                target: crate::ShapeId(140),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportStatus",
                target: crate::ShapeId(141),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartEventTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetInsightSelectorsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStore",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetInsightSelectorsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStoreArn",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InsightSelectors",
                target: crate::ShapeId(149),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InsightsDestination",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetQueryResultsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStore",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStoreOwnerAccountId",
                target: crate::ShapeId(2),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxQueryResults",
                target: crate::ShapeId(234),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryId",
                target: crate::ShapeId(366),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetQueryResultsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ErrorMessage",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryResultRows",
                target: crate::ShapeId(276),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryStatistics",
                target: crate::ShapeId(279),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryStatus",
                target: crate::ShapeId(281),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetResourcePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ResourceArn",
            target: crate::ShapeId(297),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetResourcePolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DelegatedAdminResourcePolicy",
                target: crate::ShapeId(301),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceArn",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourcePolicy",
                target: crate::ShapeId(301),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetTrailRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Name",
            target: crate::ShapeId(345),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetTrailResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Trail",
            target: crate::ShapeId(357),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetTrailStatusRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Name",
            target: crate::ShapeId(345),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetTrailStatusResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsLogging",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestCloudWatchLogsDeliveryError",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestCloudWatchLogsDeliveryTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestDeliveryAttemptSucceeded",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestDeliveryAttemptTime",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestDeliveryError",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestDeliveryTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestDigestDeliveryError",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestDigestDeliveryTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestNotificationAttemptSucceeded",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestNotificationAttemptTime",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestNotificationError",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestNotificationTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartLoggingTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StopLoggingTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TimeLoggingStarted",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TimeLoggingStopped",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ImportDestinations",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(90),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ImportFailureList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(136),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ImportFailureListItem",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ErrorMessage",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ErrorType",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastUpdatedTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Location",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(137),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ImportFailureStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["FAILED", "RETRY", "SUCCEEDED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ImportNotFoundException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ImportNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ImportSource",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "S3",
            target: crate::ShapeId(311),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ImportStatistics",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventsCompleted",
                target: crate::ShapeId(225),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FailedEntries",
                target: crate::ShapeId(225),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FilesCompleted",
                target: crate::ShapeId(225),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrefixesCompleted",
                target: crate::ShapeId(225),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrefixesFound",
                target: crate::ShapeId(225),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ImportStatus",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "INITIALIZING",
            "IN_PROGRESS",
            "FAILED",
            "STOPPED",
            "COMPLETED",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ImportsList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(143),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ImportsListItem",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Destinations",
                target: crate::ShapeId(134),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportId",
                target: crate::ShapeId(366),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportStatus",
                target: crate::ShapeId(141),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InactiveEventDataStoreException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InactiveEventDataStoreException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InactiveQueryException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InactiveQueryException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IngestionStatus",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "LatestIngestionAttemptEventID",
                target: crate::ShapeId(366),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestIngestionAttemptTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestIngestionErrorCode",
                target: crate::ShapeId(83),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestIngestionSuccessEventID",
                target: crate::ShapeId(366),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LatestIngestionSuccessTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsightNotEnabledException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InsightNotEnabledException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsightSelector",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventCategories",
                target: crate::ShapeId(327),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InsightType",
                target: crate::ShapeId(150),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsightSelectors",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(148),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsightType",
        kind: crate::ShapeKind::String,
        enum_values: &["ApiCallRateInsight", "ApiErrorRateInsight"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsightsMetricDataType",
        kind: crate::ShapeKind::String,
        enum_values: &["FillWithZeros", "NonZeroData"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsightsMetricMaxResults",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(21600),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsightsMetricNextToken",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(5000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsightsMetricPeriod",
        kind: crate::ShapeKind::Integer,
        min: Some(60),
        max: Some(3600),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsightsMetricValues",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(79),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsufficientDependencyServiceAccessPermissionException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InsufficientDependencyServiceAccessPermissionException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsufficientEncryptionPolicyException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InsufficientEncryptionPolicyException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsufficientIAMAccessPermissionException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InsufficientIAMAccessPermissionException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsufficientS3BucketPolicyException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InsufficientS3BucketPolicyException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InsufficientSnsTopicPolicyException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InsufficientSnsTopicPolicyException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Integer",
        kind: crate::ShapeKind::Integer,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidCloudWatchLogsLogGroupArnException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidCloudWatchLogsLogGroupArnException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidCloudWatchLogsRoleArnException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidCloudWatchLogsRoleArnException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidDateRangeException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidDateRangeException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidEventCategoryException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidEventCategoryException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidEventDataStoreCategoryException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidEventDataStoreCategoryException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidEventDataStoreStatusException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidEventDataStoreStatusException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidEventSelectorsException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidEventSelectorsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidHomeRegionException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidHomeRegionException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidImportSourceException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidImportSourceException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidInsightSelectorsException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidInsightSelectorsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidKmsKeyIdException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidKmsKeyIdException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidLookupAttributesException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidLookupAttributesException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidMaxResultsException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidMaxResultsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidNextTokenException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidNextTokenException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidParameterCombinationException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidParameterCombinationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidParameterException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidParameterException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidQueryStatementException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidQueryStatementException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidQueryStatusException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidQueryStatusException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidS3BucketNameException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidS3BucketNameException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidS3PrefixException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidS3PrefixException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidSnsTopicNameException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidSnsTopicNameException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidSourceException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidSourceException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidTagParameterException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidTagParameterException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidTimeRangeException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidTimeRangeException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidTokenException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidTokenException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidTrailNameException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "InvalidTrailNameException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "KmsException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "KmsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "KmsKeyDisabledException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "KmsKeyDisabledException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "KmsKeyNotFoundException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "KmsKeyNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListChannelsMaxResultsCount",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(1000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListChannelsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(191),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListChannelsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Channels",
                target: crate::ShapeId(28),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListDashboardsMaxResultsCount",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(1000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListDashboardsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(194),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NamePrefix",
                target: crate::ShapeId(47),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(49),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListDashboardsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Dashboards",
                target: crate::ShapeId(50),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListEventDataStoresMaxResultsCount",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(1000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListEventDataStoresRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(197),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListEventDataStoresResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStores",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListImportFailuresMaxResultsCount",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(1000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListImportFailuresRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ImportId",
                target: crate::ShapeId(366),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(200),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListImportFailuresResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Failures",
                target: crate::ShapeId(135),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListImportsMaxResultsCount",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(1000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListImportsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Destination",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportStatus",
                target: crate::ShapeId(141),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(203),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListImportsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Imports",
                target: crate::ShapeId(142),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInsightsDataDimensionKey",
        kind: crate::ShapeKind::String,
        enum_values: &["EventId", "EventName", "EventSource"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInsightsDataDimensionValue",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(2000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInsightsDataDimensions",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(206),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(207),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInsightsDataMaxResultsCount",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInsightsDataRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DataType",
                target: crate::ShapeId(212),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Dimensions",
                target: crate::ShapeId(208),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EndTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InsightSource",
                target: crate::ShapeId(297),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(209),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInsightsDataResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Events",
                target: crate::ShapeId(105),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInsightsDataType",
        kind: crate::ShapeKind::String,
        enum_values: &["InsightsEvents"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInsightsMetricDataRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DataType",
                target: crate::ShapeId(151),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EndTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ErrorCode",
                target: crate::ShapeId(82),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventName",
                target: crate::ShapeId(101),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventSource",
                target: crate::ShapeId(104),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InsightType",
                target: crate::ShapeId(150),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(152),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(153),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Period",
                target: crate::ShapeId(154),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInsightsMetricDataResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ErrorCode",
                target: crate::ShapeId(82),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventName",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventSource",
                target: crate::ShapeId(104),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InsightType",
                target: crate::ShapeId(150),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(153),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Timestamps",
                target: crate::ShapeId(356),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Values",
                target: crate::ShapeId(155),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPublicKeysRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EndTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPublicKeysResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PublicKeyList",
                target: crate::ShapeId(255),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListQueriesMaxResultsCount",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(1000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListQueriesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EndTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStore",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(217),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryStatus",
                target: crate::ShapeId(281),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListQueriesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Queries",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTagsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceIdList",
                target: crate::ShapeId(298),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTagsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceTagList",
                target: crate::ShapeId(305),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTrailsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "NextToken",
            target: crate::ShapeId(345),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTrailsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Trails",
                target: crate::ShapeId(364),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Location",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(1024),
        pattern: Some("^[a-zA-Z0-9._/\\-:*]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Long",
        kind: crate::ShapeKind::Long,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LookupAttribute",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeKey",
                target: crate::ShapeId(227),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttributeValue",
                target: crate::ShapeId(228),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LookupAttributeKey",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "EventId",
            "EventName",
            "ReadOnly",
            "Username",
            "ResourceType",
            "ResourceName",
            "EventSource",
            "AccessKeyId",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LookupAttributeValue",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(2000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LookupAttributesList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(226),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LookupEventsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EndTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventCategory",
                target: crate::ShapeId(85),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LookupAttributes",
                target: crate::ShapeId(229),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(235),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(237),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LookupEventsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Events",
                target: crate::ShapeId(105),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(237),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MaxConcurrentQueriesException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "MaxConcurrentQueriesException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MaxEventSize",
        kind: crate::ShapeKind::String,
        enum_values: &["Standard", "Large"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MaxQueryResults",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(1000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MaxResults",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MaximumNumberOfTrailsExceededException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "MaximumNumberOfTrailsExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NextToken",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NoManagementAccountSLRExistsException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "NoManagementAccountSLRExistsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotOrganizationManagementAccountException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "NotOrganizationManagementAccountException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotOrganizationMasterAccountException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "NotOrganizationMasterAccountException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OperationNotPermittedException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "OperationNotPermittedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Operator",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(245),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OperatorTargetList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(244),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OperatorTargetListMember",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OperatorValue",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(2048),
        pattern: Some(".+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationNotInAllFeaturesModeException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "OrganizationNotInAllFeaturesModeException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationsNotInUseException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "OrganizationsNotInUseException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PaginationToken",
        kind: crate::ShapeKind::String,
        min: Some(4),
        max: Some(1000),
        pattern: Some(".*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PartitionKey",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(251),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(252),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PartitionKeyList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(249),
            ..crate::Member::EMPTY
        }),
        max: Some(2),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PartitionKeyName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(255),
        pattern: Some("[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PartitionKeyType",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(255),
        pattern: Some("[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Prompt",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(500),
        pattern: Some("^[ -~\\n]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PublicKey",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Fingerprint",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ValidityEndTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ValidityStartTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(16),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PublicKeyList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutEventConfigurationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AggregationConfigurations",
                target: crate::ShapeId(13),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ContextKeySelectors",
                target: crate::ShapeId(36),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStore",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxEventSize",
                target: crate::ShapeId(233),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutEventConfigurationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AggregationConfigurations",
                target: crate::ShapeId(13),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ContextKeySelectors",
                target: crate::ShapeId(36),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStoreArn",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxEventSize",
                target: crate::ShapeId(233),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutEventSelectorsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AdvancedEventSelectors",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventSelectors",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailName",
                target: crate::ShapeId(345),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutEventSelectorsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AdvancedEventSelectors",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventSelectors",
                target: crate::ShapeId(103),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutInsightSelectorsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStore",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InsightSelectors",
                target: crate::ShapeId(149),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InsightsDestination",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutInsightSelectorsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStoreArn",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InsightSelectors",
                target: crate::ShapeId(149),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InsightsDestination",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutResourcePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ResourceArn",
                target: crate::ShapeId(297),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourcePolicy",
                target: crate::ShapeId(301),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutResourcePolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DelegatedAdminResourcePolicy",
                target: crate::ShapeId(301),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceArn",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourcePolicy",
                target: crate::ShapeId(301),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Queries",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(265),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Query",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreationTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryId",
                target: crate::ShapeId(366),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryStatus",
                target: crate::ShapeId(281),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryAlias",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(256),
        pattern: Some("^[a-zA-Z][a-zA-Z0-9._\\-]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryIdNotFoundException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "QueryIdNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryParameter",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1024),
        pattern: Some(".*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryParameterKey",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(128),
        pattern: Some("^[a-zA-Z0-9._/\\-:$]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryParameterValue",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("^[a-zA-Z0-9._/\\-:]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryParameterValues",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(269),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(270),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryParameters",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(268),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryResultColumn",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(274),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(277),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryResultKey",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryResultRow",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(273),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryResultRows",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(275),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryResultValue",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryStatement",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(10000),
        pattern: Some("(?s).*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryStatistics",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "BytesScanned",
                target: crate::ShapeId(225),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResultsCount",
                target: crate::ShapeId(161),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TotalResultsCount",
                target: crate::ShapeId(161),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryStatisticsForDescribeQuery",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "BytesScanned",
                target: crate::ShapeId(225),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreationTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventsMatched",
                target: crate::ShapeId(225),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventsScanned",
                target: crate::ShapeId(225),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExecutionTimeInMillis",
                target: crate::ShapeId(161),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "QueryStatus",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "QUEUED",
            "RUNNING",
            "FINISHED",
            "FAILED",
            "CANCELLED",
            "TIMED_OUT",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ReadWriteType",
        kind: crate::ShapeKind::String,
        enum_values: &["ReadOnly", "WriteOnly", "All"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RefreshId",
        kind: crate::ShapeKind::String,
        min: Some(10),
        max: Some(20),
        pattern: Some("\\d+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RefreshSchedule",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Frequency",
                target: crate::ShapeId(285),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(288),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TimeOfDay",
                target: crate::ShapeId(355),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RefreshScheduleFrequency",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Unit",
                target: crate::ShapeId(286),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(287),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RefreshScheduleFrequencyUnit",
        kind: crate::ShapeKind::String,
        enum_values: &["HOURS", "DAYS"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RefreshScheduleFrequencyValue",
        kind: crate::ShapeKind::Integer,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RefreshScheduleStatus",
        kind: crate::ShapeKind::String,
        enum_values: &["ENABLED", "DISABLED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegisterOrganizationDelegatedAdminRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "MemberAccountId",
            target: crate::ShapeId(2),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegisterOrganizationDelegatedAdminResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveTagsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ResourceId",
                target: crate::ShapeId(345),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagsList",
                target: crate::ShapeId(350),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveTagsResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RequestWidget",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "QueryParameters",
                target: crate::ShapeId(272),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryStatement",
                target: crate::ShapeId(278),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ViewProperties",
                target: crate::ShapeId(377),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RequestWidgetList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(293),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Resource",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ResourceName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceType",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceARNNotValidException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ResourceARNNotValidException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceArn",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(256),
        pattern: Some("^[a-zA-Z0-9._/\\-:]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceIdList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(345),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(295),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceNotFoundException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ResourceNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourcePolicy",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(8192),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourcePolicyNotFoundException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ResourcePolicyNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourcePolicyNotValidException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ResourcePolicyNotValidException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceTag",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ResourceId",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagsList",
                target: crate::ShapeId(350),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceTagList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(304),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceTypeNotSupportedException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ResourceTypeNotSupportedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RestoreEventDataStoreRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "EventDataStore",
            target: crate::ShapeId(90),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RestoreEventDataStoreResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AdvancedEventSelectors",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "BillingMode",
                target: crate::ShapeId(14),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStoreArn",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KmsKeyId",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MultiRegionEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(96),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RetentionPeriod",
                target: crate::ShapeId(309),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TerminationProtectionEnabled",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RetentionPeriod",
        kind: crate::ShapeKind::Integer,
        min: Some(7),
        max: Some(3653),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "S3BucketDoesNotExistException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "S3BucketDoesNotExistException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "S3ImportSource",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "S3BucketAccessRoleArn",
                target: crate::ShapeId(345),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "S3BucketRegion",
                target: crate::ShapeId(345),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "S3LocationUri",
                target: crate::ShapeId(345),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SampleQueryDescription",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SampleQueryName",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SampleQueryRelevance",
        kind: crate::ShapeKind::Float,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SampleQuerySQL",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SearchSampleQueriesMaxResults",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SearchSampleQueriesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(316),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SearchPhrase",
                target: crate::ShapeId(319),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SearchSampleQueriesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(248),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SearchResults",
                target: crate::ShapeId(321),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SearchSampleQueriesSearchPhrase",
        kind: crate::ShapeKind::String,
        min: Some(2),
        max: Some(1000),
        pattern: Some("^[ -~\\n]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SearchSampleQueriesSearchResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Description",
                target: crate::ShapeId(312),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(313),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Relevance",
                target: crate::ShapeId(314),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SQL",
                target: crate::ShapeId(315),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SearchSampleQueriesSearchResults",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(320),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SelectorField",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1000),
        pattern: Some("[\\w|\\d|\\.|_]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SelectorName",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(1000),
        pattern: Some(".*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceQuotaExceededException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ServiceQuotaExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Source",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(256),
        pattern: Some(".*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SourceConfig",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AdvancedEventSelectors",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ApplyToAllRegions",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SourceEventCategories",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(328),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SourceEventCategory",
        kind: crate::ShapeKind::String,
        enum_values: &["Management", "Data"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartDashboardRefreshRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DashboardId",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryParameterValues",
                target: crate::ShapeId(271),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartDashboardRefreshResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "RefreshId",
            target: crate::ShapeId(283),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartEventDataStoreIngestionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "EventDataStore",
            target: crate::ShapeId(90),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartEventDataStoreIngestionResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartImportRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Destinations",
                target: crate::ShapeId(134),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EndEventTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportId",
                target: crate::ShapeId(366),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportSource",
                target: crate::ShapeId(139),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartEventTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartImportResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Destinations",
                target: crate::ShapeId(134),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EndEventTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportId",
                target: crate::ShapeId(366),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportSource",
                target: crate::ShapeId(139),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportStatus",
                target: crate::ShapeId(141),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartEventTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartLoggingRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Name",
            target: crate::ShapeId(345),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartLoggingResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartQueryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DeliveryS3Uri",
                target: crate::ShapeId(66),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStoreOwnerAccountId",
                target: crate::ShapeId(2),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryAlias",
                target: crate::ShapeId(266),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryParameters",
                target: crate::ShapeId(272),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryStatement",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StartQueryResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EventDataStoreOwnerAccountId",
                target: crate::ShapeId(2),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryId",
                target: crate::ShapeId(366),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StopEventDataStoreIngestionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "EventDataStore",
            target: crate::ShapeId(90),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StopEventDataStoreIngestionResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StopImportRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ImportId",
            target: crate::ShapeId(366),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StopImportResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Destinations",
                target: crate::ShapeId(134),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EndEventTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportId",
                target: crate::ShapeId(366),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportSource",
                target: crate::ShapeId(139),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportStatistics",
                target: crate::ShapeId(140),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ImportStatus",
                target: crate::ShapeId(141),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartEventTime",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StopLoggingRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Name",
            target: crate::ShapeId(345),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StopLoggingResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "String",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Tag",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Key",
                target: crate::ShapeId(347),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(348),
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
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagValue",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(256),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagsLimitExceededException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "TagsLimitExceededException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagsList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(346),
            ..crate::Member::EMPTY
        }),
        max: Some(200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Template",
        kind: crate::ShapeKind::String,
        enum_values: &["API_ACTIVITY", "RESOURCE_ACCESS", "USER_ACTIONS"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Templates",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(351),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TerminationProtectionEnabled",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ThrottlingException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ThrottlingException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TimeOfDay",
        kind: crate::ShapeKind::String,
        pattern: Some("^[0-9]{2}:[0-9]{2}"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Timestamps",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(54),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Trail",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CloudWatchLogsLogGroupArn",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CloudWatchLogsRoleArn",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "HasCustomEventSelectors",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "HasInsightSelectors",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "HomeRegion",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IncludeGlobalServiceEvents",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsMultiRegionTrail",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsOrganizationTrail",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KmsKeyId",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LogFileValidationEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RecursiveLogging",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "S3BucketName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "S3KeyPrefix",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SnsTopicARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SnsTopicName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrailAlreadyExistsException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "TrailAlreadyExistsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrailInfo",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "HomeRegion",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrailList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(357),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrailNameList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(345),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrailNotFoundException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "TrailNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrailNotProvidedException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "TrailNotProvidedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Trails",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(359),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Type",
        kind: crate::ShapeKind::String,
        enum_values: &["TagContext", "RequestContext"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UUID",
        kind: crate::ShapeKind::String,
        min: Some(36),
        max: Some(36),
        pattern: Some("^[a-f0-9\\-]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnsupportedOperationException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "UnsupportedOperationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateChannelRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Channel",
                target: crate::ShapeId(23),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Destinations",
                target: crate::ShapeId(76),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(26),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateChannelResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ChannelArn",
                target: crate::ShapeId(23),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Destinations",
                target: crate::ShapeId(76),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(26),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Source",
                target: crate::ShapeId(325),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateDashboardRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DashboardId",
                target: crate::ShapeId(45),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RefreshSchedule",
                target: crate::ShapeId(284),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TerminationProtectionEnabled",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Widgets",
                target: crate::ShapeId(294),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateDashboardResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DashboardArn",
                target: crate::ShapeId(45),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(47),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RefreshSchedule",
                target: crate::ShapeId(284),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TerminationProtectionEnabled",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(49),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Widgets",
                target: crate::ShapeId(380),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateEventDataStoreRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AdvancedEventSelectors",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "BillingMode",
                target: crate::ShapeId(14),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStore",
                target: crate::ShapeId(90),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KmsKeyId",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MultiRegionEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(96),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RetentionPeriod",
                target: crate::ShapeId(309),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TerminationProtectionEnabled",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateEventDataStoreResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AdvancedEventSelectors",
                target: crate::ShapeId(9),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "BillingMode",
                target: crate::ShapeId(14),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EventDataStoreArn",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FederationRoleArn",
                target: crate::ShapeId(107),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FederationStatus",
                target: crate::ShapeId(108),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KmsKeyId",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MultiRegionEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(96),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RetentionPeriod",
                target: crate::ShapeId(309),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(98),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TerminationProtectionEnabled",
                target: crate::ShapeId(353),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedTimestamp",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateTrailRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CloudWatchLogsLogGroupArn",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CloudWatchLogsRoleArn",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EnableLogFileValidation",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IncludeGlobalServiceEvents",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsMultiRegionTrail",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsOrganizationTrail",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KmsKeyId",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(345),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RecursiveLogging",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "S3BucketName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "S3KeyPrefix",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SnsTopicName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateTrailResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CloudWatchLogsLogGroupArn",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CloudWatchLogsRoleArn",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IncludeGlobalServiceEvents",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsMultiRegionTrail",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsOrganizationTrail",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KmsKeyId",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LogFileValidationEnabled",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RecursiveLogging",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "S3BucketName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "S3KeyPrefix",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SnsTopicARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SnsTopicName",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrailARN",
                target: crate::ShapeId(345),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ViewPropertiesKey",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(128),
        pattern: Some("^[a-zA-Z0-9._\\-]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ViewPropertiesMap",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(376),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(378),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ViewPropertiesValue",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("^[a-zA-Z0-9._\\- ]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Widget",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "QueryAlias",
                target: crate::ShapeId(266),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryParameters",
                target: crate::ShapeId(272),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QueryStatement",
                target: crate::ShapeId(278),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ViewProperties",
                target: crate::ShapeId(377),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "WidgetList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(379),
            ..crate::Member::EMPTY
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
        "AccountHasOngoingImportException" => via::<AccountHasOngoingImportException>(value),
        "AccountNotFoundException" => via::<AccountNotFoundException>(value),
        "AccountNotRegisteredException" => via::<AccountNotRegisteredException>(value),
        "AccountRegisteredException" => via::<AccountRegisteredException>(value),
        "AddTagsRequest" => via::<AddTagsRequest>(value),
        "AddTagsResponse" => via::<AddTagsResponse>(value),
        "AdvancedEventSelector" => via::<AdvancedEventSelector>(value),
        "AdvancedFieldSelector" => via::<AdvancedFieldSelector>(value),
        "AggregationConfiguration" => via::<AggregationConfiguration>(value),
        "CancelQueryRequest" => via::<CancelQueryRequest>(value),
        "CancelQueryResponse" => via::<CancelQueryResponse>(value),
        "CannotDelegateManagementAccountException" => {
            via::<CannotDelegateManagementAccountException>(value)
        }
        "Channel" => via::<Channel>(value),
        "ChannelARNInvalidException" => via::<ChannelARNInvalidException>(value),
        "ChannelAlreadyExistsException" => via::<ChannelAlreadyExistsException>(value),
        "ChannelExistsForEDSException" => via::<ChannelExistsForEDSException>(value),
        "ChannelMaxLimitExceededException" => via::<ChannelMaxLimitExceededException>(value),
        "ChannelNotFoundException" => via::<ChannelNotFoundException>(value),
        "CloudTrailARNInvalidException" => via::<CloudTrailARNInvalidException>(value),
        "CloudTrailAccessNotEnabledException" => via::<CloudTrailAccessNotEnabledException>(value),
        "CloudTrailInvalidClientTokenIdException" => {
            via::<CloudTrailInvalidClientTokenIdException>(value)
        }
        "CloudWatchLogsDeliveryUnavailableException" => {
            via::<CloudWatchLogsDeliveryUnavailableException>(value)
        }
        "ConcurrentModificationException" => via::<ConcurrentModificationException>(value),
        "ConflictException" => via::<ConflictException>(value),
        "ContextKeySelector" => via::<ContextKeySelector>(value),
        "CreateChannelRequest" => via::<CreateChannelRequest>(value),
        "CreateChannelResponse" => via::<CreateChannelResponse>(value),
        "CreateDashboardRequest" => via::<CreateDashboardRequest>(value),
        "CreateDashboardResponse" => via::<CreateDashboardResponse>(value),
        "CreateEventDataStoreRequest" => via::<CreateEventDataStoreRequest>(value),
        "CreateEventDataStoreResponse" => via::<CreateEventDataStoreResponse>(value),
        "CreateTrailRequest" => via::<CreateTrailRequest>(value),
        "CreateTrailResponse" => via::<CreateTrailResponse>(value),
        "DashboardDetail" => via::<DashboardDetail>(value),
        "DataResource" => via::<DataResource>(value),
        "DelegatedAdminAccountLimitExceededException" => {
            via::<DelegatedAdminAccountLimitExceededException>(value)
        }
        "DeleteChannelRequest" => via::<DeleteChannelRequest>(value),
        "DeleteChannelResponse" => via::<DeleteChannelResponse>(value),
        "DeleteDashboardRequest" => via::<DeleteDashboardRequest>(value),
        "DeleteDashboardResponse" => via::<DeleteDashboardResponse>(value),
        "DeleteEventDataStoreRequest" => via::<DeleteEventDataStoreRequest>(value),
        "DeleteEventDataStoreResponse" => via::<DeleteEventDataStoreResponse>(value),
        "DeleteResourcePolicyRequest" => via::<DeleteResourcePolicyRequest>(value),
        "DeleteResourcePolicyResponse" => via::<DeleteResourcePolicyResponse>(value),
        "DeleteTrailRequest" => via::<DeleteTrailRequest>(value),
        "DeleteTrailResponse" => via::<DeleteTrailResponse>(value),
        "DeregisterOrganizationDelegatedAdminRequest" => {
            via::<DeregisterOrganizationDelegatedAdminRequest>(value)
        }
        "DeregisterOrganizationDelegatedAdminResponse" => {
            via::<DeregisterOrganizationDelegatedAdminResponse>(value)
        }
        "DescribeQueryRequest" => via::<DescribeQueryRequest>(value),
        "DescribeQueryResponse" => via::<DescribeQueryResponse>(value),
        "DescribeTrailsRequest" => via::<DescribeTrailsRequest>(value),
        "DescribeTrailsResponse" => via::<DescribeTrailsResponse>(value),
        "Destination" => via::<Destination>(value),
        "DisableFederationRequest" => via::<DisableFederationRequest>(value),
        "DisableFederationResponse" => via::<DisableFederationResponse>(value),
        "EnableFederationRequest" => via::<EnableFederationRequest>(value),
        "EnableFederationResponse" => via::<EnableFederationResponse>(value),
        "Event" => via::<Event>(value),
        "EventDataStore" => via::<EventDataStore>(value),
        "EventDataStoreARNInvalidException" => via::<EventDataStoreARNInvalidException>(value),
        "EventDataStoreAlreadyExistsException" => {
            via::<EventDataStoreAlreadyExistsException>(value)
        }
        "EventDataStoreFederationEnabledException" => {
            via::<EventDataStoreFederationEnabledException>(value)
        }
        "EventDataStoreHasOngoingImportException" => {
            via::<EventDataStoreHasOngoingImportException>(value)
        }
        "EventDataStoreMaxLimitExceededException" => {
            via::<EventDataStoreMaxLimitExceededException>(value)
        }
        "EventDataStoreNotFoundException" => via::<EventDataStoreNotFoundException>(value),
        "EventDataStoreTerminationProtectedException" => {
            via::<EventDataStoreTerminationProtectedException>(value)
        }
        "EventSelector" => via::<EventSelector>(value),
        "GenerateQueryRequest" => via::<GenerateQueryRequest>(value),
        "GenerateQueryResponse" => via::<GenerateQueryResponse>(value),
        "GenerateResponseException" => via::<GenerateResponseException>(value),
        "GetChannelRequest" => via::<GetChannelRequest>(value),
        "GetChannelResponse" => via::<GetChannelResponse>(value),
        "GetDashboardRequest" => via::<GetDashboardRequest>(value),
        "GetDashboardResponse" => via::<GetDashboardResponse>(value),
        "GetEventConfigurationRequest" => via::<GetEventConfigurationRequest>(value),
        "GetEventConfigurationResponse" => via::<GetEventConfigurationResponse>(value),
        "GetEventDataStoreRequest" => via::<GetEventDataStoreRequest>(value),
        "GetEventDataStoreResponse" => via::<GetEventDataStoreResponse>(value),
        "GetEventSelectorsRequest" => via::<GetEventSelectorsRequest>(value),
        "GetEventSelectorsResponse" => via::<GetEventSelectorsResponse>(value),
        "GetImportRequest" => via::<GetImportRequest>(value),
        "GetImportResponse" => via::<GetImportResponse>(value),
        "GetInsightSelectorsRequest" => via::<GetInsightSelectorsRequest>(value),
        "GetInsightSelectorsResponse" => via::<GetInsightSelectorsResponse>(value),
        "GetQueryResultsRequest" => via::<GetQueryResultsRequest>(value),
        "GetQueryResultsResponse" => via::<GetQueryResultsResponse>(value),
        "GetResourcePolicyRequest" => via::<GetResourcePolicyRequest>(value),
        "GetResourcePolicyResponse" => via::<GetResourcePolicyResponse>(value),
        "GetTrailRequest" => via::<GetTrailRequest>(value),
        "GetTrailResponse" => via::<GetTrailResponse>(value),
        "GetTrailStatusRequest" => via::<GetTrailStatusRequest>(value),
        "GetTrailStatusResponse" => via::<GetTrailStatusResponse>(value),
        "ImportFailureListItem" => via::<ImportFailureListItem>(value),
        "ImportNotFoundException" => via::<ImportNotFoundException>(value),
        "ImportSource" => via::<ImportSource>(value),
        "ImportStatistics" => via::<ImportStatistics>(value),
        "ImportsListItem" => via::<ImportsListItem>(value),
        "InactiveEventDataStoreException" => via::<InactiveEventDataStoreException>(value),
        "InactiveQueryException" => via::<InactiveQueryException>(value),
        "IngestionStatus" => via::<IngestionStatus>(value),
        "InsightNotEnabledException" => via::<InsightNotEnabledException>(value),
        "InsightSelector" => via::<InsightSelector>(value),
        "InsufficientDependencyServiceAccessPermissionException" => {
            via::<InsufficientDependencyServiceAccessPermissionException>(value)
        }
        "InsufficientEncryptionPolicyException" => {
            via::<InsufficientEncryptionPolicyException>(value)
        }
        "InsufficientIAMAccessPermissionException" => {
            via::<InsufficientIAMAccessPermissionException>(value)
        }
        "InsufficientS3BucketPolicyException" => via::<InsufficientS3BucketPolicyException>(value),
        "InsufficientSnsTopicPolicyException" => via::<InsufficientSnsTopicPolicyException>(value),
        "InvalidCloudWatchLogsLogGroupArnException" => {
            via::<InvalidCloudWatchLogsLogGroupArnException>(value)
        }
        "InvalidCloudWatchLogsRoleArnException" => {
            via::<InvalidCloudWatchLogsRoleArnException>(value)
        }
        "InvalidDateRangeException" => via::<InvalidDateRangeException>(value),
        "InvalidEventCategoryException" => via::<InvalidEventCategoryException>(value),
        "InvalidEventDataStoreCategoryException" => {
            via::<InvalidEventDataStoreCategoryException>(value)
        }
        "InvalidEventDataStoreStatusException" => {
            via::<InvalidEventDataStoreStatusException>(value)
        }
        "InvalidEventSelectorsException" => via::<InvalidEventSelectorsException>(value),
        "InvalidHomeRegionException" => via::<InvalidHomeRegionException>(value),
        "InvalidImportSourceException" => via::<InvalidImportSourceException>(value),
        "InvalidInsightSelectorsException" => via::<InvalidInsightSelectorsException>(value),
        "InvalidKmsKeyIdException" => via::<InvalidKmsKeyIdException>(value),
        "InvalidLookupAttributesException" => via::<InvalidLookupAttributesException>(value),
        "InvalidMaxResultsException" => via::<InvalidMaxResultsException>(value),
        "InvalidNextTokenException" => via::<InvalidNextTokenException>(value),
        "InvalidParameterCombinationException" => {
            via::<InvalidParameterCombinationException>(value)
        }
        "InvalidParameterException" => via::<InvalidParameterException>(value),
        "InvalidQueryStatementException" => via::<InvalidQueryStatementException>(value),
        "InvalidQueryStatusException" => via::<InvalidQueryStatusException>(value),
        "InvalidS3BucketNameException" => via::<InvalidS3BucketNameException>(value),
        "InvalidS3PrefixException" => via::<InvalidS3PrefixException>(value),
        "InvalidSnsTopicNameException" => via::<InvalidSnsTopicNameException>(value),
        "InvalidSourceException" => via::<InvalidSourceException>(value),
        "InvalidTagParameterException" => via::<InvalidTagParameterException>(value),
        "InvalidTimeRangeException" => via::<InvalidTimeRangeException>(value),
        "InvalidTokenException" => via::<InvalidTokenException>(value),
        "InvalidTrailNameException" => via::<InvalidTrailNameException>(value),
        "KmsException" => via::<KmsException>(value),
        "KmsKeyDisabledException" => via::<KmsKeyDisabledException>(value),
        "KmsKeyNotFoundException" => via::<KmsKeyNotFoundException>(value),
        "ListChannelsRequest" => via::<ListChannelsRequest>(value),
        "ListChannelsResponse" => via::<ListChannelsResponse>(value),
        "ListDashboardsRequest" => via::<ListDashboardsRequest>(value),
        "ListDashboardsResponse" => via::<ListDashboardsResponse>(value),
        "ListEventDataStoresRequest" => via::<ListEventDataStoresRequest>(value),
        "ListEventDataStoresResponse" => via::<ListEventDataStoresResponse>(value),
        "ListImportFailuresRequest" => via::<ListImportFailuresRequest>(value),
        "ListImportFailuresResponse" => via::<ListImportFailuresResponse>(value),
        "ListImportsRequest" => via::<ListImportsRequest>(value),
        "ListImportsResponse" => via::<ListImportsResponse>(value),
        "ListInsightsDataRequest" => via::<ListInsightsDataRequest>(value),
        "ListInsightsDataResponse" => via::<ListInsightsDataResponse>(value),
        "ListInsightsMetricDataRequest" => via::<ListInsightsMetricDataRequest>(value),
        "ListInsightsMetricDataResponse" => via::<ListInsightsMetricDataResponse>(value),
        "ListPublicKeysRequest" => via::<ListPublicKeysRequest>(value),
        "ListPublicKeysResponse" => via::<ListPublicKeysResponse>(value),
        "ListQueriesRequest" => via::<ListQueriesRequest>(value),
        "ListQueriesResponse" => via::<ListQueriesResponse>(value),
        "ListTagsRequest" => via::<ListTagsRequest>(value),
        "ListTagsResponse" => via::<ListTagsResponse>(value),
        "ListTrailsRequest" => via::<ListTrailsRequest>(value),
        "ListTrailsResponse" => via::<ListTrailsResponse>(value),
        "LookupAttribute" => via::<LookupAttribute>(value),
        "LookupEventsRequest" => via::<LookupEventsRequest>(value),
        "LookupEventsResponse" => via::<LookupEventsResponse>(value),
        "MaxConcurrentQueriesException" => via::<MaxConcurrentQueriesException>(value),
        "MaximumNumberOfTrailsExceededException" => {
            via::<MaximumNumberOfTrailsExceededException>(value)
        }
        "NoManagementAccountSLRExistsException" => {
            via::<NoManagementAccountSLRExistsException>(value)
        }
        "NotOrganizationManagementAccountException" => {
            via::<NotOrganizationManagementAccountException>(value)
        }
        "NotOrganizationMasterAccountException" => {
            via::<NotOrganizationMasterAccountException>(value)
        }
        "OperationNotPermittedException" => via::<OperationNotPermittedException>(value),
        "OrganizationNotInAllFeaturesModeException" => {
            via::<OrganizationNotInAllFeaturesModeException>(value)
        }
        "OrganizationsNotInUseException" => via::<OrganizationsNotInUseException>(value),
        "PartitionKey" => via::<PartitionKey>(value),
        "PublicKey" => via::<PublicKey>(value),
        "PutEventConfigurationRequest" => via::<PutEventConfigurationRequest>(value),
        "PutEventConfigurationResponse" => via::<PutEventConfigurationResponse>(value),
        "PutEventSelectorsRequest" => via::<PutEventSelectorsRequest>(value),
        "PutEventSelectorsResponse" => via::<PutEventSelectorsResponse>(value),
        "PutInsightSelectorsRequest" => via::<PutInsightSelectorsRequest>(value),
        "PutInsightSelectorsResponse" => via::<PutInsightSelectorsResponse>(value),
        "PutResourcePolicyRequest" => via::<PutResourcePolicyRequest>(value),
        "PutResourcePolicyResponse" => via::<PutResourcePolicyResponse>(value),
        "Query" => via::<Query>(value),
        "QueryIdNotFoundException" => via::<QueryIdNotFoundException>(value),
        "QueryStatistics" => via::<QueryStatistics>(value),
        "QueryStatisticsForDescribeQuery" => via::<QueryStatisticsForDescribeQuery>(value),
        "RefreshSchedule" => via::<RefreshSchedule>(value),
        "RefreshScheduleFrequency" => via::<RefreshScheduleFrequency>(value),
        "RegisterOrganizationDelegatedAdminRequest" => {
            via::<RegisterOrganizationDelegatedAdminRequest>(value)
        }
        "RegisterOrganizationDelegatedAdminResponse" => {
            via::<RegisterOrganizationDelegatedAdminResponse>(value)
        }
        "RemoveTagsRequest" => via::<RemoveTagsRequest>(value),
        "RemoveTagsResponse" => via::<RemoveTagsResponse>(value),
        "RequestWidget" => via::<RequestWidget>(value),
        "Resource" => via::<Resource>(value),
        "ResourceARNNotValidException" => via::<ResourceARNNotValidException>(value),
        "ResourceNotFoundException" => via::<ResourceNotFoundException>(value),
        "ResourcePolicyNotFoundException" => via::<ResourcePolicyNotFoundException>(value),
        "ResourcePolicyNotValidException" => via::<ResourcePolicyNotValidException>(value),
        "ResourceTag" => via::<ResourceTag>(value),
        "ResourceTypeNotSupportedException" => via::<ResourceTypeNotSupportedException>(value),
        "RestoreEventDataStoreRequest" => via::<RestoreEventDataStoreRequest>(value),
        "RestoreEventDataStoreResponse" => via::<RestoreEventDataStoreResponse>(value),
        "S3BucketDoesNotExistException" => via::<S3BucketDoesNotExistException>(value),
        "S3ImportSource" => via::<S3ImportSource>(value),
        "SearchSampleQueriesRequest" => via::<SearchSampleQueriesRequest>(value),
        "SearchSampleQueriesResponse" => via::<SearchSampleQueriesResponse>(value),
        "SearchSampleQueriesSearchResult" => via::<SearchSampleQueriesSearchResult>(value),
        "ServiceQuotaExceededException" => via::<ServiceQuotaExceededException>(value),
        "SourceConfig" => via::<SourceConfig>(value),
        "StartDashboardRefreshRequest" => via::<StartDashboardRefreshRequest>(value),
        "StartDashboardRefreshResponse" => via::<StartDashboardRefreshResponse>(value),
        "StartEventDataStoreIngestionRequest" => via::<StartEventDataStoreIngestionRequest>(value),
        "StartEventDataStoreIngestionResponse" => {
            via::<StartEventDataStoreIngestionResponse>(value)
        }
        "StartImportRequest" => via::<StartImportRequest>(value),
        "StartImportResponse" => via::<StartImportResponse>(value),
        "StartLoggingRequest" => via::<StartLoggingRequest>(value),
        "StartLoggingResponse" => via::<StartLoggingResponse>(value),
        "StartQueryRequest" => via::<StartQueryRequest>(value),
        "StartQueryResponse" => via::<StartQueryResponse>(value),
        "StopEventDataStoreIngestionRequest" => via::<StopEventDataStoreIngestionRequest>(value),
        "StopEventDataStoreIngestionResponse" => via::<StopEventDataStoreIngestionResponse>(value),
        "StopImportRequest" => via::<StopImportRequest>(value),
        "StopImportResponse" => via::<StopImportResponse>(value),
        "StopLoggingRequest" => via::<StopLoggingRequest>(value),
        "StopLoggingResponse" => via::<StopLoggingResponse>(value),
        "Tag" => via::<Tag>(value),
        "TagsLimitExceededException" => via::<TagsLimitExceededException>(value),
        "ThrottlingException" => via::<ThrottlingException>(value),
        "Trail" => via::<Trail>(value),
        "TrailAlreadyExistsException" => via::<TrailAlreadyExistsException>(value),
        "TrailInfo" => via::<TrailInfo>(value),
        "TrailNotFoundException" => via::<TrailNotFoundException>(value),
        "TrailNotProvidedException" => via::<TrailNotProvidedException>(value),
        "UnsupportedOperationException" => via::<UnsupportedOperationException>(value),
        "UpdateChannelRequest" => via::<UpdateChannelRequest>(value),
        "UpdateChannelResponse" => via::<UpdateChannelResponse>(value),
        "UpdateDashboardRequest" => via::<UpdateDashboardRequest>(value),
        "UpdateDashboardResponse" => via::<UpdateDashboardResponse>(value),
        "UpdateEventDataStoreRequest" => via::<UpdateEventDataStoreRequest>(value),
        "UpdateEventDataStoreResponse" => via::<UpdateEventDataStoreResponse>(value),
        "UpdateTrailRequest" => via::<UpdateTrailRequest>(value),
        "UpdateTrailResponse" => via::<UpdateTrailResponse>(value),
        "Widget" => via::<Widget>(value),
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessDeniedException {}

impl AccessDeniedException {
    pub const CODE: &'static str = "AccessDeniedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccessDeniedException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AccessDeniedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountHasOngoingImportException {}

impl AccountHasOngoingImportException {
    pub const CODE: &'static str = "AccountHasOngoingImportException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccountHasOngoingImportException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AccountHasOngoingImportException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountNotFoundException {}

impl AccountNotFoundException {
    pub const CODE: &'static str = "AccountNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccountNotFoundException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AccountNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountNotRegisteredException {}

impl AccountNotRegisteredException {
    pub const CODE: &'static str = "AccountNotRegisteredException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccountNotRegisteredException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AccountNotRegisteredException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountRegisteredException {}

impl AccountRegisteredException {
    pub const CODE: &'static str = "AccountRegisteredException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccountRegisteredException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AccountRegisteredException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddTagsRequest {
    pub resource_id: ::std::string::String,
    pub tags_list: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for AddTagsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("ResourceId", crate::ToValue::to_value(&self.resource_id)));
        m.push((
            "TagsList",
            crate::codec::list_to_value(&self.tags_list, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AddTagsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_id: crate::codec::required(m, "ResourceId", crate::FromValue::from_value)?,
            tags_list: crate::codec::required(m, "TagsList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddTagsResponse {}

impl crate::ToValue for AddTagsResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AddTagsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdvancedEventSelector {
    pub field_selectors: ::std::vec::Vec<AdvancedFieldSelector>,
    pub name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for AdvancedEventSelector {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "FieldSelectors",
            crate::codec::list_to_value(&self.field_selectors, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AdvancedEventSelector {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            field_selectors: crate::codec::required(m, "FieldSelectors", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdvancedFieldSelector {
    pub ends_with: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub equals: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub field: ::std::string::String,
    pub not_ends_with: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub not_equals: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub not_starts_with: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub starts_with: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for AdvancedFieldSelector {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.ends_with {
            m.push((
                "EndsWith",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.equals {
            m.push((
                "Equals",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("Field", crate::ToValue::to_value(&self.field)));
        if let Some(x) = &self.not_ends_with {
            m.push((
                "NotEndsWith",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.not_equals {
            m.push((
                "NotEquals",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.not_starts_with {
            m.push((
                "NotStartsWith",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.starts_with {
            m.push((
                "StartsWith",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AdvancedFieldSelector {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            ends_with: crate::codec::optional(m, "EndsWith", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            equals: crate::codec::optional(m, "Equals", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            field: crate::codec::required(m, "Field", crate::FromValue::from_value)?,
            not_ends_with: crate::codec::optional(m, "NotEndsWith", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            not_equals: crate::codec::optional(m, "NotEquals", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            not_starts_with: crate::codec::optional(m, "NotStartsWith", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            starts_with: crate::codec::optional(m, "StartsWith", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AggregationConfiguration {
    pub event_category: EventCategoryAggregation,
    pub templates: ::std::vec::Vec<Template>,
}

impl crate::ToValue for AggregationConfiguration {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "EventCategory",
            crate::ToValue::to_value(&self.event_category),
        ));
        m.push((
            "Templates",
            crate::codec::list_to_value(&self.templates, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AggregationConfiguration {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_category: crate::codec::required(
                m,
                "EventCategory",
                crate::FromValue::from_value,
            )?,
            templates: crate::codec::required(m, "Templates", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BillingMode {
    EXTENDABLERETENTIONPRICING,
    FIXEDRETENTIONPRICING,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl BillingMode {
    pub const VALUES: &'static [&'static str] =
        &["EXTENDABLE_RETENTION_PRICING", "FIXED_RETENTION_PRICING"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::EXTENDABLERETENTIONPRICING => "EXTENDABLE_RETENTION_PRICING",
            Self::FIXEDRETENTIONPRICING => "FIXED_RETENTION_PRICING",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "EXTENDABLE_RETENTION_PRICING" => Self::EXTENDABLERETENTIONPRICING,
            "FIXED_RETENTION_PRICING" => Self::FIXEDRETENTIONPRICING,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for BillingMode {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for BillingMode {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelQueryRequest {
    pub event_data_store: ::std::option::Option<::std::string::String>,
    pub event_data_store_owner_account_id: ::std::option::Option<::std::string::String>,
    pub query_id: ::std::string::String,
}

impl crate::ToValue for CancelQueryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.event_data_store {
            m.push(("EventDataStore", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_data_store_owner_account_id {
            m.push(("EventDataStoreOwnerAccountId", crate::ToValue::to_value(x)));
        }
        m.push(("QueryId", crate::ToValue::to_value(&self.query_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CancelQueryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store: crate::codec::optional(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
            event_data_store_owner_account_id: crate::codec::optional(
                m,
                "EventDataStoreOwnerAccountId",
                crate::FromValue::from_value,
            )?,
            query_id: crate::codec::required(m, "QueryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CancelQueryResponse {
    pub event_data_store_owner_account_id: ::std::option::Option<::std::string::String>,
    pub query_id: ::std::string::String,
    pub query_status: QueryStatus,
}

impl crate::ToValue for CancelQueryResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.event_data_store_owner_account_id {
            m.push(("EventDataStoreOwnerAccountId", crate::ToValue::to_value(x)));
        }
        m.push(("QueryId", crate::ToValue::to_value(&self.query_id)));
        m.push(("QueryStatus", crate::ToValue::to_value(&self.query_status)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CancelQueryResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store_owner_account_id: crate::codec::optional(
                m,
                "EventDataStoreOwnerAccountId",
                crate::FromValue::from_value,
            )?,
            query_id: crate::codec::required(m, "QueryId", crate::FromValue::from_value)?,
            query_status: crate::codec::required(m, "QueryStatus", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CannotDelegateManagementAccountException {}

impl CannotDelegateManagementAccountException {
    pub const CODE: &'static str = "CannotDelegateManagementAccountException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CannotDelegateManagementAccountException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for CannotDelegateManagementAccountException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Channel {
    pub channel_arn: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for Channel {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.channel_arn {
            m.push(("ChannelArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Channel {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            channel_arn: crate::codec::optional(m, "ChannelArn", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChannelARNInvalidException {}

impl ChannelARNInvalidException {
    pub const CODE: &'static str = "ChannelARNInvalidException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ChannelARNInvalidException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ChannelARNInvalidException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChannelAlreadyExistsException {}

impl ChannelAlreadyExistsException {
    pub const CODE: &'static str = "ChannelAlreadyExistsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ChannelAlreadyExistsException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ChannelAlreadyExistsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChannelExistsForEDSException {}

impl ChannelExistsForEDSException {
    pub const CODE: &'static str = "ChannelExistsForEDSException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ChannelExistsForEDSException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ChannelExistsForEDSException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChannelMaxLimitExceededException {}

impl ChannelMaxLimitExceededException {
    pub const CODE: &'static str = "ChannelMaxLimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ChannelMaxLimitExceededException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ChannelMaxLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChannelNotFoundException {}

impl ChannelNotFoundException {
    pub const CODE: &'static str = "ChannelNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ChannelNotFoundException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ChannelNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTrailARNInvalidException {}

impl CloudTrailARNInvalidException {
    pub const CODE: &'static str = "CloudTrailARNInvalidException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CloudTrailARNInvalidException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for CloudTrailARNInvalidException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTrailAccessNotEnabledException {}

impl CloudTrailAccessNotEnabledException {
    pub const CODE: &'static str = "CloudTrailAccessNotEnabledException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CloudTrailAccessNotEnabledException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for CloudTrailAccessNotEnabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTrailInvalidClientTokenIdException {}

impl CloudTrailInvalidClientTokenIdException {
    pub const CODE: &'static str = "CloudTrailInvalidClientTokenIdException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CloudTrailInvalidClientTokenIdException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for CloudTrailInvalidClientTokenIdException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudWatchLogsDeliveryUnavailableException {}

impl CloudWatchLogsDeliveryUnavailableException {
    pub const CODE: &'static str = "CloudWatchLogsDeliveryUnavailableException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CloudWatchLogsDeliveryUnavailableException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for CloudWatchLogsDeliveryUnavailableException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConcurrentModificationException {}

impl ConcurrentModificationException {
    pub const CODE: &'static str = "ConcurrentModificationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ConcurrentModificationException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ConcurrentModificationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConflictException {}

impl ConflictException {
    pub const CODE: &'static str = "ConflictException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ConflictException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ConflictException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ContextKeySelector {
    pub equals: ::std::vec::Vec<::std::string::String>,
    pub r#type: Type,
}

impl crate::ToValue for ContextKeySelector {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "Equals",
            crate::codec::list_to_value(&self.equals, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ContextKeySelector {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            equals: crate::codec::required(m, "Equals", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateChannelRequest {
    pub destinations: ::std::vec::Vec<Destination>,
    pub name: ::std::string::String,
    pub source: ::std::string::String,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreateChannelRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "Destinations",
            crate::codec::list_to_value(&self.destinations, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push(("Source", crate::ToValue::to_value(&self.source)));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateChannelRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            destinations: crate::codec::required(m, "Destinations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            source: crate::codec::required(m, "Source", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateChannelResponse {
    pub channel_arn: ::std::option::Option<::std::string::String>,
    pub destinations: ::std::option::Option<::std::vec::Vec<Destination>>,
    pub name: ::std::option::Option<::std::string::String>,
    pub source: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreateChannelResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.channel_arn {
            m.push(("ChannelArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.destinations {
            m.push((
                "Destinations",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source {
            m.push(("Source", crate::ToValue::to_value(x)));
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

impl crate::FromValue for CreateChannelResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            channel_arn: crate::codec::optional(m, "ChannelArn", crate::FromValue::from_value)?,
            destinations: crate::codec::optional(m, "Destinations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            source: crate::codec::optional(m, "Source", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateDashboardRequest {
    pub name: ::std::string::String,
    pub refresh_schedule: ::std::option::Option<RefreshSchedule>,
    pub tags_list: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub termination_protection_enabled: ::std::option::Option<bool>,
    pub widgets: ::std::option::Option<::std::vec::Vec<RequestWidget>>,
}

impl crate::ToValue for CreateDashboardRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.refresh_schedule {
            m.push(("RefreshSchedule", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags_list {
            m.push((
                "TagsList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.termination_protection_enabled {
            m.push(("TerminationProtectionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.widgets {
            m.push((
                "Widgets",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateDashboardRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            refresh_schedule: crate::codec::optional(
                m,
                "RefreshSchedule",
                crate::FromValue::from_value,
            )?,
            tags_list: crate::codec::optional(m, "TagsList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            termination_protection_enabled: crate::codec::optional(
                m,
                "TerminationProtectionEnabled",
                crate::FromValue::from_value,
            )?,
            widgets: crate::codec::optional(m, "Widgets", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateDashboardResponse {
    pub dashboard_arn: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub refresh_schedule: ::std::option::Option<RefreshSchedule>,
    pub tags_list: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub termination_protection_enabled: ::std::option::Option<bool>,
    pub r#type: ::std::option::Option<DashboardType>,
    pub widgets: ::std::option::Option<::std::vec::Vec<Widget>>,
}

impl crate::ToValue for CreateDashboardResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.dashboard_arn {
            m.push(("DashboardArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.refresh_schedule {
            m.push(("RefreshSchedule", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags_list {
            m.push((
                "TagsList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.termination_protection_enabled {
            m.push(("TerminationProtectionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.widgets {
            m.push((
                "Widgets",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateDashboardResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            dashboard_arn: crate::codec::optional(m, "DashboardArn", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            refresh_schedule: crate::codec::optional(
                m,
                "RefreshSchedule",
                crate::FromValue::from_value,
            )?,
            tags_list: crate::codec::optional(m, "TagsList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            termination_protection_enabled: crate::codec::optional(
                m,
                "TerminationProtectionEnabled",
                crate::FromValue::from_value,
            )?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
            widgets: crate::codec::optional(m, "Widgets", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateEventDataStoreRequest {
    pub advanced_event_selectors: ::std::option::Option<::std::vec::Vec<AdvancedEventSelector>>,
    pub billing_mode: ::std::option::Option<BillingMode>,
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    pub multi_region_enabled: ::std::option::Option<bool>,
    pub name: ::std::string::String,
    pub organization_enabled: ::std::option::Option<bool>,
    pub retention_period: ::std::option::Option<i32>,
    pub start_ingestion: ::std::option::Option<bool>,
    pub tags_list: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub termination_protection_enabled: ::std::option::Option<bool>,
}

impl crate::ToValue for CreateEventDataStoreRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(10);
        if let Some(x) = &self.advanced_event_selectors {
            m.push((
                "AdvancedEventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.billing_mode {
            m.push(("BillingMode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.kms_key_id {
            m.push(("KmsKeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.multi_region_enabled {
            m.push(("MultiRegionEnabled", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.organization_enabled {
            m.push(("OrganizationEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.retention_period {
            m.push(("RetentionPeriod", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_ingestion {
            m.push(("StartIngestion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags_list {
            m.push((
                "TagsList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.termination_protection_enabled {
            m.push(("TerminationProtectionEnabled", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateEventDataStoreRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            advanced_event_selectors: crate::codec::optional(
                m,
                "AdvancedEventSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            billing_mode: crate::codec::optional(m, "BillingMode", crate::FromValue::from_value)?,
            kms_key_id: crate::codec::optional(m, "KmsKeyId", crate::FromValue::from_value)?,
            multi_region_enabled: crate::codec::optional(
                m,
                "MultiRegionEnabled",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            organization_enabled: crate::codec::optional(
                m,
                "OrganizationEnabled",
                crate::FromValue::from_value,
            )?,
            retention_period: crate::codec::optional(
                m,
                "RetentionPeriod",
                crate::FromValue::from_value,
            )?,
            start_ingestion: crate::codec::optional(
                m,
                "StartIngestion",
                crate::FromValue::from_value,
            )?,
            tags_list: crate::codec::optional(m, "TagsList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            termination_protection_enabled: crate::codec::optional(
                m,
                "TerminationProtectionEnabled",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateEventDataStoreResponse {
    pub advanced_event_selectors: ::std::option::Option<::std::vec::Vec<AdvancedEventSelector>>,
    pub billing_mode: ::std::option::Option<BillingMode>,
    pub created_timestamp: ::std::option::Option<crate::Timestamp>,
    pub event_data_store_arn: ::std::option::Option<::std::string::String>,
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    pub multi_region_enabled: ::std::option::Option<bool>,
    pub name: ::std::option::Option<::std::string::String>,
    pub organization_enabled: ::std::option::Option<bool>,
    pub retention_period: ::std::option::Option<i32>,
    pub status: ::std::option::Option<EventDataStoreStatus>,
    pub tags_list: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub termination_protection_enabled: ::std::option::Option<bool>,
    pub updated_timestamp: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for CreateEventDataStoreResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(13);
        if let Some(x) = &self.advanced_event_selectors {
            m.push((
                "AdvancedEventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.billing_mode {
            m.push(("BillingMode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_timestamp {
            m.push(("CreatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_data_store_arn {
            m.push(("EventDataStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.kms_key_id {
            m.push(("KmsKeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.multi_region_enabled {
            m.push(("MultiRegionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.organization_enabled {
            m.push(("OrganizationEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.retention_period {
            m.push(("RetentionPeriod", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags_list {
            m.push((
                "TagsList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.termination_protection_enabled {
            m.push(("TerminationProtectionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_timestamp {
            m.push(("UpdatedTimestamp", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateEventDataStoreResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            advanced_event_selectors: crate::codec::optional(
                m,
                "AdvancedEventSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            billing_mode: crate::codec::optional(m, "BillingMode", crate::FromValue::from_value)?,
            created_timestamp: crate::codec::optional(
                m,
                "CreatedTimestamp",
                crate::FromValue::from_value,
            )?,
            event_data_store_arn: crate::codec::optional(
                m,
                "EventDataStoreArn",
                crate::FromValue::from_value,
            )?,
            kms_key_id: crate::codec::optional(m, "KmsKeyId", crate::FromValue::from_value)?,
            multi_region_enabled: crate::codec::optional(
                m,
                "MultiRegionEnabled",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            organization_enabled: crate::codec::optional(
                m,
                "OrganizationEnabled",
                crate::FromValue::from_value,
            )?,
            retention_period: crate::codec::optional(
                m,
                "RetentionPeriod",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            tags_list: crate::codec::optional(m, "TagsList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            termination_protection_enabled: crate::codec::optional(
                m,
                "TerminationProtectionEnabled",
                crate::FromValue::from_value,
            )?,
            updated_timestamp: crate::codec::optional(
                m,
                "UpdatedTimestamp",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTrailRequest {
    pub cloud_watch_logs_log_group_arn: ::std::option::Option<::std::string::String>,
    pub cloud_watch_logs_role_arn: ::std::option::Option<::std::string::String>,
    pub enable_log_file_validation: ::std::option::Option<bool>,
    pub include_global_service_events: ::std::option::Option<bool>,
    pub is_multi_region_trail: ::std::option::Option<bool>,
    pub is_organization_trail: ::std::option::Option<bool>,
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    pub recursive_logging: ::std::option::Option<bool>,
    pub s3_bucket_name: ::std::string::String,
    pub s3_key_prefix: ::std::option::Option<::std::string::String>,
    pub sns_topic_name: ::std::option::Option<::std::string::String>,
    pub tags_list: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreateTrailRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(13);
        if let Some(x) = &self.cloud_watch_logs_log_group_arn {
            m.push(("CloudWatchLogsLogGroupArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.cloud_watch_logs_role_arn {
            m.push(("CloudWatchLogsRoleArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.enable_log_file_validation {
            m.push(("EnableLogFileValidation", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.include_global_service_events {
            m.push(("IncludeGlobalServiceEvents", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_multi_region_trail {
            m.push(("IsMultiRegionTrail", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_organization_trail {
            m.push(("IsOrganizationTrail", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.kms_key_id {
            m.push(("KmsKeyId", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.recursive_logging {
            m.push(("RecursiveLogging", crate::ToValue::to_value(x)));
        }
        m.push((
            "S3BucketName",
            crate::ToValue::to_value(&self.s3_bucket_name),
        ));
        if let Some(x) = &self.s3_key_prefix {
            m.push(("S3KeyPrefix", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.sns_topic_name {
            m.push(("SnsTopicName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags_list {
            m.push((
                "TagsList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateTrailRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            cloud_watch_logs_log_group_arn: crate::codec::optional(
                m,
                "CloudWatchLogsLogGroupArn",
                crate::FromValue::from_value,
            )?,
            cloud_watch_logs_role_arn: crate::codec::optional(
                m,
                "CloudWatchLogsRoleArn",
                crate::FromValue::from_value,
            )?,
            enable_log_file_validation: crate::codec::optional(
                m,
                "EnableLogFileValidation",
                crate::FromValue::from_value,
            )?,
            include_global_service_events: crate::codec::optional(
                m,
                "IncludeGlobalServiceEvents",
                crate::FromValue::from_value,
            )?,
            is_multi_region_trail: crate::codec::optional(
                m,
                "IsMultiRegionTrail",
                crate::FromValue::from_value,
            )?,
            is_organization_trail: crate::codec::optional(
                m,
                "IsOrganizationTrail",
                crate::FromValue::from_value,
            )?,
            kms_key_id: crate::codec::optional(m, "KmsKeyId", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            recursive_logging: crate::codec::optional(
                m,
                "RecursiveLogging",
                crate::FromValue::from_value,
            )?,
            s3_bucket_name: crate::codec::required(
                m,
                "S3BucketName",
                crate::FromValue::from_value,
            )?,
            s3_key_prefix: crate::codec::optional(m, "S3KeyPrefix", crate::FromValue::from_value)?,
            sns_topic_name: crate::codec::optional(
                m,
                "SnsTopicName",
                crate::FromValue::from_value,
            )?,
            tags_list: crate::codec::optional(m, "TagsList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTrailResponse {
    pub cloud_watch_logs_log_group_arn: ::std::option::Option<::std::string::String>,
    pub cloud_watch_logs_role_arn: ::std::option::Option<::std::string::String>,
    pub include_global_service_events: ::std::option::Option<bool>,
    pub is_multi_region_trail: ::std::option::Option<bool>,
    pub is_organization_trail: ::std::option::Option<bool>,
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    pub log_file_validation_enabled: ::std::option::Option<bool>,
    pub name: ::std::option::Option<::std::string::String>,
    pub recursive_logging: ::std::option::Option<bool>,
    pub s3_bucket_name: ::std::option::Option<::std::string::String>,
    pub s3_key_prefix: ::std::option::Option<::std::string::String>,
    pub sns_topic_arn: ::std::option::Option<::std::string::String>,
    pub sns_topic_name: ::std::option::Option<::std::string::String>,
    pub trail_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateTrailResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(14);
        if let Some(x) = &self.cloud_watch_logs_log_group_arn {
            m.push(("CloudWatchLogsLogGroupArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.cloud_watch_logs_role_arn {
            m.push(("CloudWatchLogsRoleArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.include_global_service_events {
            m.push(("IncludeGlobalServiceEvents", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_multi_region_trail {
            m.push(("IsMultiRegionTrail", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_organization_trail {
            m.push(("IsOrganizationTrail", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.kms_key_id {
            m.push(("KmsKeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.log_file_validation_enabled {
            m.push(("LogFileValidationEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.recursive_logging {
            m.push(("RecursiveLogging", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.s3_bucket_name {
            m.push(("S3BucketName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.s3_key_prefix {
            m.push(("S3KeyPrefix", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.sns_topic_arn {
            m.push(("SnsTopicARN", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.sns_topic_name {
            m.push(("SnsTopicName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_arn {
            m.push(("TrailARN", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateTrailResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            cloud_watch_logs_log_group_arn: crate::codec::optional(
                m,
                "CloudWatchLogsLogGroupArn",
                crate::FromValue::from_value,
            )?,
            cloud_watch_logs_role_arn: crate::codec::optional(
                m,
                "CloudWatchLogsRoleArn",
                crate::FromValue::from_value,
            )?,
            include_global_service_events: crate::codec::optional(
                m,
                "IncludeGlobalServiceEvents",
                crate::FromValue::from_value,
            )?,
            is_multi_region_trail: crate::codec::optional(
                m,
                "IsMultiRegionTrail",
                crate::FromValue::from_value,
            )?,
            is_organization_trail: crate::codec::optional(
                m,
                "IsOrganizationTrail",
                crate::FromValue::from_value,
            )?,
            kms_key_id: crate::codec::optional(m, "KmsKeyId", crate::FromValue::from_value)?,
            log_file_validation_enabled: crate::codec::optional(
                m,
                "LogFileValidationEnabled",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            recursive_logging: crate::codec::optional(
                m,
                "RecursiveLogging",
                crate::FromValue::from_value,
            )?,
            s3_bucket_name: crate::codec::optional(
                m,
                "S3BucketName",
                crate::FromValue::from_value,
            )?,
            s3_key_prefix: crate::codec::optional(m, "S3KeyPrefix", crate::FromValue::from_value)?,
            sns_topic_arn: crate::codec::optional(m, "SnsTopicARN", crate::FromValue::from_value)?,
            sns_topic_name: crate::codec::optional(
                m,
                "SnsTopicName",
                crate::FromValue::from_value,
            )?,
            trail_arn: crate::codec::optional(m, "TrailARN", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DashboardDetail {
    pub dashboard_arn: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<DashboardType>,
}

impl crate::ToValue for DashboardDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.dashboard_arn {
            m.push(("DashboardArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DashboardDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            dashboard_arn: crate::codec::optional(m, "DashboardArn", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DashboardStatus {
    CREATING,
    CREATED,
    UPDATING,
    UPDATED,
    DELETING,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl DashboardStatus {
    pub const VALUES: &'static [&'static str] =
        &["CREATING", "CREATED", "UPDATING", "UPDATED", "DELETING"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::CREATING => "CREATING",
            Self::CREATED => "CREATED",
            Self::UPDATING => "UPDATING",
            Self::UPDATED => "UPDATED",
            Self::DELETING => "DELETING",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "CREATING" => Self::CREATING,
            "CREATED" => Self::CREATED,
            "UPDATING" => Self::UPDATING,
            "UPDATED" => Self::UPDATED,
            "DELETING" => Self::DELETING,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for DashboardStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for DashboardStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DashboardType {
    MANAGED,
    CUSTOM,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl DashboardType {
    pub const VALUES: &'static [&'static str] = &["MANAGED", "CUSTOM"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::MANAGED => "MANAGED",
            Self::CUSTOM => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "MANAGED" => Self::MANAGED,
            "CUSTOM" => Self::CUSTOM,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for DashboardType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for DashboardType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataResource {
    pub r#type: ::std::option::Option<::std::string::String>,
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for DataResource {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.values {
            m.push((
                "Values",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DataResource {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
            values: crate::codec::optional(m, "Values", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DelegatedAdminAccountLimitExceededException {}

impl DelegatedAdminAccountLimitExceededException {
    pub const CODE: &'static str = "DelegatedAdminAccountLimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DelegatedAdminAccountLimitExceededException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DelegatedAdminAccountLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteChannelRequest {
    pub channel: ::std::string::String,
}

impl crate::ToValue for DeleteChannelRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Channel", crate::ToValue::to_value(&self.channel)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteChannelRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            channel: crate::codec::required(m, "Channel", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteChannelResponse {}

impl crate::ToValue for DeleteChannelResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteChannelResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteDashboardRequest {
    pub dashboard_id: ::std::string::String,
}

impl crate::ToValue for DeleteDashboardRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("DashboardId", crate::ToValue::to_value(&self.dashboard_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteDashboardRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            dashboard_id: crate::codec::required(m, "DashboardId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteDashboardResponse {}

impl crate::ToValue for DeleteDashboardResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteDashboardResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteEventDataStoreRequest {
    pub event_data_store: ::std::string::String,
}

impl crate::ToValue for DeleteEventDataStoreRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "EventDataStore",
            crate::ToValue::to_value(&self.event_data_store),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteEventDataStoreRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store: crate::codec::required(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteEventDataStoreResponse {}

impl crate::ToValue for DeleteEventDataStoreResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteEventDataStoreResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteResourcePolicyRequest {
    pub resource_arn: ::std::string::String,
}

impl crate::ToValue for DeleteResourcePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("ResourceArn", crate::ToValue::to_value(&self.resource_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteResourcePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_arn: crate::codec::required(m, "ResourceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteResourcePolicyResponse {}

impl crate::ToValue for DeleteResourcePolicyResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteResourcePolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteTrailRequest {
    pub name: ::std::string::String,
}

impl crate::ToValue for DeleteTrailRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteTrailRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteTrailResponse {}

impl crate::ToValue for DeleteTrailResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteTrailResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeliveryStatus {
    SUCCESS,
    FAILED,
    FAILEDSIGNINGFILE,
    PENDING,
    RESOURCENOTFOUND,
    ACCESSDENIED,
    ACCESSDENIEDSIGNINGFILE,
    CANCELLED,
    UNKNOWN,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl DeliveryStatus {
    pub const VALUES: &'static [&'static str] = &[
        "SUCCESS",
        "FAILED",
        "FAILED_SIGNING_FILE",
        "PENDING",
        "RESOURCE_NOT_FOUND",
        "ACCESS_DENIED",
        "ACCESS_DENIED_SIGNING_FILE",
        "CANCELLED",
        "UNKNOWN",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::SUCCESS => "SUCCESS",
            Self::FAILED => "FAILED",
            Self::FAILEDSIGNINGFILE => "FAILED_SIGNING_FILE",
            Self::PENDING => "PENDING",
            Self::RESOURCENOTFOUND => "RESOURCE_NOT_FOUND",
            Self::ACCESSDENIED => "ACCESS_DENIED",
            Self::ACCESSDENIEDSIGNINGFILE => "ACCESS_DENIED_SIGNING_FILE",
            Self::CANCELLED => "CANCELLED",
            Self::UNKNOWN => "UNKNOWN",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "SUCCESS" => Self::SUCCESS,
            "FAILED" => Self::FAILED,
            "FAILED_SIGNING_FILE" => Self::FAILEDSIGNINGFILE,
            "PENDING" => Self::PENDING,
            "RESOURCE_NOT_FOUND" => Self::RESOURCENOTFOUND,
            "ACCESS_DENIED" => Self::ACCESSDENIED,
            "ACCESS_DENIED_SIGNING_FILE" => Self::ACCESSDENIEDSIGNINGFILE,
            "CANCELLED" => Self::CANCELLED,
            "UNKNOWN" => Self::UNKNOWN,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for DeliveryStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for DeliveryStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeregisterOrganizationDelegatedAdminRequest {
    pub delegated_admin_account_id: ::std::string::String,
}

impl crate::ToValue for DeregisterOrganizationDelegatedAdminRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "DelegatedAdminAccountId",
            crate::ToValue::to_value(&self.delegated_admin_account_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeregisterOrganizationDelegatedAdminRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delegated_admin_account_id: crate::codec::required(
                m,
                "DelegatedAdminAccountId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeregisterOrganizationDelegatedAdminResponse {}

impl crate::ToValue for DeregisterOrganizationDelegatedAdminResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeregisterOrganizationDelegatedAdminResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeQueryRequest {
    pub event_data_store: ::std::option::Option<::std::string::String>,
    pub event_data_store_owner_account_id: ::std::option::Option<::std::string::String>,
    pub query_alias: ::std::option::Option<::std::string::String>,
    pub query_id: ::std::option::Option<::std::string::String>,
    pub refresh_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeQueryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.event_data_store {
            m.push(("EventDataStore", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_data_store_owner_account_id {
            m.push(("EventDataStoreOwnerAccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_alias {
            m.push(("QueryAlias", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_id {
            m.push(("QueryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.refresh_id {
            m.push(("RefreshId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeQueryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store: crate::codec::optional(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
            event_data_store_owner_account_id: crate::codec::optional(
                m,
                "EventDataStoreOwnerAccountId",
                crate::FromValue::from_value,
            )?,
            query_alias: crate::codec::optional(m, "QueryAlias", crate::FromValue::from_value)?,
            query_id: crate::codec::optional(m, "QueryId", crate::FromValue::from_value)?,
            refresh_id: crate::codec::optional(m, "RefreshId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeQueryResponse {
    pub delivery_s3_uri: ::std::option::Option<::std::string::String>,
    pub delivery_status: ::std::option::Option<DeliveryStatus>,
    pub error_message: ::std::option::Option<::std::string::String>,
    pub event_data_store_owner_account_id: ::std::option::Option<::std::string::String>,
    pub prompt: ::std::option::Option<::std::string::String>,
    pub query_id: ::std::option::Option<::std::string::String>,
    pub query_statistics: ::std::option::Option<QueryStatisticsForDescribeQuery>,
    pub query_status: ::std::option::Option<QueryStatus>,
    pub query_string: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DescribeQueryResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.delivery_s3_uri {
            m.push(("DeliveryS3Uri", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.delivery_status {
            m.push(("DeliveryStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_message {
            m.push(("ErrorMessage", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_data_store_owner_account_id {
            m.push(("EventDataStoreOwnerAccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.prompt {
            m.push(("Prompt", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_id {
            m.push(("QueryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_statistics {
            m.push(("QueryStatistics", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_status {
            m.push(("QueryStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_string {
            m.push(("QueryString", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeQueryResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delivery_s3_uri: crate::codec::optional(
                m,
                "DeliveryS3Uri",
                crate::FromValue::from_value,
            )?,
            delivery_status: crate::codec::optional(
                m,
                "DeliveryStatus",
                crate::FromValue::from_value,
            )?,
            error_message: crate::codec::optional(m, "ErrorMessage", crate::FromValue::from_value)?,
            event_data_store_owner_account_id: crate::codec::optional(
                m,
                "EventDataStoreOwnerAccountId",
                crate::FromValue::from_value,
            )?,
            prompt: crate::codec::optional(m, "Prompt", crate::FromValue::from_value)?,
            query_id: crate::codec::optional(m, "QueryId", crate::FromValue::from_value)?,
            query_statistics: crate::codec::optional(
                m,
                "QueryStatistics",
                crate::FromValue::from_value,
            )?,
            query_status: crate::codec::optional(m, "QueryStatus", crate::FromValue::from_value)?,
            query_string: crate::codec::optional(m, "QueryString", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeTrailsRequest {
    pub include_shadow_trails: ::std::option::Option<bool>,
    pub trail_name_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for DescribeTrailsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.include_shadow_trails {
            m.push(("includeShadowTrails", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_name_list {
            m.push((
                "trailNameList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeTrailsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            include_shadow_trails: crate::codec::optional(
                m,
                "includeShadowTrails",
                crate::FromValue::from_value,
            )?,
            trail_name_list: crate::codec::optional(m, "trailNameList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeTrailsResponse {
    pub trail_list: ::std::option::Option<::std::vec::Vec<Trail>>,
}

impl crate::ToValue for DescribeTrailsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.trail_list {
            m.push((
                "trailList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DescribeTrailsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trail_list: crate::codec::optional(m, "trailList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Destination {
    pub location: ::std::string::String,
    pub r#type: DestinationType,
}

impl crate::ToValue for Destination {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Location", crate::ToValue::to_value(&self.location)));
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Destination {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            location: crate::codec::required(m, "Location", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DestinationType {
    EVENTDATASTORE,
    AWSSERVICE,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl DestinationType {
    pub const VALUES: &'static [&'static str] = &["EVENT_DATA_STORE", "AWS_SERVICE"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::EVENTDATASTORE => "EVENT_DATA_STORE",
            Self::AWSSERVICE => "AWS_SERVICE",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "EVENT_DATA_STORE" => Self::EVENTDATASTORE,
            "AWS_SERVICE" => Self::AWSSERVICE,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for DestinationType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for DestinationType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableFederationRequest {
    pub event_data_store: ::std::string::String,
}

impl crate::ToValue for DisableFederationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "EventDataStore",
            crate::ToValue::to_value(&self.event_data_store),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisableFederationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store: crate::codec::required(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableFederationResponse {
    pub event_data_store_arn: ::std::option::Option<::std::string::String>,
    pub federation_status: ::std::option::Option<FederationStatus>,
}

impl crate::ToValue for DisableFederationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.event_data_store_arn {
            m.push(("EventDataStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.federation_status {
            m.push(("FederationStatus", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisableFederationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store_arn: crate::codec::optional(
                m,
                "EventDataStoreArn",
                crate::FromValue::from_value,
            )?,
            federation_status: crate::codec::optional(
                m,
                "FederationStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableFederationRequest {
    pub event_data_store: ::std::string::String,
    pub federation_role_arn: ::std::string::String,
}

impl crate::ToValue for EnableFederationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "EventDataStore",
            crate::ToValue::to_value(&self.event_data_store),
        ));
        m.push((
            "FederationRoleArn",
            crate::ToValue::to_value(&self.federation_role_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableFederationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store: crate::codec::required(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
            federation_role_arn: crate::codec::required(
                m,
                "FederationRoleArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableFederationResponse {
    pub event_data_store_arn: ::std::option::Option<::std::string::String>,
    pub federation_role_arn: ::std::option::Option<::std::string::String>,
    pub federation_status: ::std::option::Option<FederationStatus>,
}

impl crate::ToValue for EnableFederationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.event_data_store_arn {
            m.push(("EventDataStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.federation_role_arn {
            m.push(("FederationRoleArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.federation_status {
            m.push(("FederationStatus", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableFederationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store_arn: crate::codec::optional(
                m,
                "EventDataStoreArn",
                crate::FromValue::from_value,
            )?,
            federation_role_arn: crate::codec::optional(
                m,
                "FederationRoleArn",
                crate::FromValue::from_value,
            )?,
            federation_status: crate::codec::optional(
                m,
                "FederationStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Event {
    pub access_key_id: ::std::option::Option<::std::string::String>,
    pub cloud_trail_event: ::std::option::Option<::std::string::String>,
    pub event_id: ::std::option::Option<::std::string::String>,
    pub event_name: ::std::option::Option<::std::string::String>,
    pub event_source: ::std::option::Option<::std::string::String>,
    pub event_time: ::std::option::Option<crate::Timestamp>,
    pub read_only: ::std::option::Option<::std::string::String>,
    pub resources: ::std::option::Option<::std::vec::Vec<Resource>>,
    pub username: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for Event {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.access_key_id {
            m.push(("AccessKeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.cloud_trail_event {
            m.push(("CloudTrailEvent", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_id {
            m.push(("EventId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_name {
            m.push(("EventName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_source {
            m.push(("EventSource", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_time {
            m.push(("EventTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.read_only {
            m.push(("ReadOnly", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resources {
            m.push((
                "Resources",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.username {
            m.push(("Username", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Event {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_key_id: crate::codec::optional(m, "AccessKeyId", crate::FromValue::from_value)?,
            cloud_trail_event: crate::codec::optional(
                m,
                "CloudTrailEvent",
                crate::FromValue::from_value,
            )?,
            event_id: crate::codec::optional(m, "EventId", crate::FromValue::from_value)?,
            event_name: crate::codec::optional(m, "EventName", crate::FromValue::from_value)?,
            event_source: crate::codec::optional(m, "EventSource", crate::FromValue::from_value)?,
            event_time: crate::codec::optional(m, "EventTime", crate::FromValue::from_value)?,
            read_only: crate::codec::optional(m, "ReadOnly", crate::FromValue::from_value)?,
            resources: crate::codec::optional(m, "Resources", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            username: crate::codec::optional(m, "Username", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EventCategory {
    Insight,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl EventCategory {
    pub const VALUES: &'static [&'static str] = &["insight"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Insight => "insight",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "insight" => Self::Insight,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for EventCategory {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for EventCategory {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EventCategoryAggregation {
    Data,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl EventCategoryAggregation {
    pub const VALUES: &'static [&'static str] = &["Data"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Data => "Data",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Data" => Self::Data,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for EventCategoryAggregation {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for EventCategoryAggregation {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventDataStore {
    pub advanced_event_selectors: ::std::option::Option<::std::vec::Vec<AdvancedEventSelector>>,
    pub created_timestamp: ::std::option::Option<crate::Timestamp>,
    pub event_data_store_arn: ::std::option::Option<::std::string::String>,
    pub multi_region_enabled: ::std::option::Option<bool>,
    pub name: ::std::option::Option<::std::string::String>,
    pub organization_enabled: ::std::option::Option<bool>,
    pub retention_period: ::std::option::Option<i32>,
    pub status: ::std::option::Option<EventDataStoreStatus>,
    pub termination_protection_enabled: ::std::option::Option<bool>,
    pub updated_timestamp: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for EventDataStore {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(10);
        if let Some(x) = &self.advanced_event_selectors {
            m.push((
                "AdvancedEventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.created_timestamp {
            m.push(("CreatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_data_store_arn {
            m.push(("EventDataStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.multi_region_enabled {
            m.push(("MultiRegionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.organization_enabled {
            m.push(("OrganizationEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.retention_period {
            m.push(("RetentionPeriod", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.termination_protection_enabled {
            m.push(("TerminationProtectionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_timestamp {
            m.push(("UpdatedTimestamp", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EventDataStore {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            advanced_event_selectors: crate::codec::optional(
                m,
                "AdvancedEventSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            created_timestamp: crate::codec::optional(
                m,
                "CreatedTimestamp",
                crate::FromValue::from_value,
            )?,
            event_data_store_arn: crate::codec::optional(
                m,
                "EventDataStoreArn",
                crate::FromValue::from_value,
            )?,
            multi_region_enabled: crate::codec::optional(
                m,
                "MultiRegionEnabled",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            organization_enabled: crate::codec::optional(
                m,
                "OrganizationEnabled",
                crate::FromValue::from_value,
            )?,
            retention_period: crate::codec::optional(
                m,
                "RetentionPeriod",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            termination_protection_enabled: crate::codec::optional(
                m,
                "TerminationProtectionEnabled",
                crate::FromValue::from_value,
            )?,
            updated_timestamp: crate::codec::optional(
                m,
                "UpdatedTimestamp",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventDataStoreARNInvalidException {}

impl EventDataStoreARNInvalidException {
    pub const CODE: &'static str = "EventDataStoreARNInvalidException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for EventDataStoreARNInvalidException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EventDataStoreARNInvalidException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventDataStoreAlreadyExistsException {}

impl EventDataStoreAlreadyExistsException {
    pub const CODE: &'static str = "EventDataStoreAlreadyExistsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for EventDataStoreAlreadyExistsException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EventDataStoreAlreadyExistsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventDataStoreFederationEnabledException {}

impl EventDataStoreFederationEnabledException {
    pub const CODE: &'static str = "EventDataStoreFederationEnabledException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for EventDataStoreFederationEnabledException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EventDataStoreFederationEnabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventDataStoreHasOngoingImportException {}

impl EventDataStoreHasOngoingImportException {
    pub const CODE: &'static str = "EventDataStoreHasOngoingImportException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for EventDataStoreHasOngoingImportException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EventDataStoreHasOngoingImportException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventDataStoreMaxLimitExceededException {}

impl EventDataStoreMaxLimitExceededException {
    pub const CODE: &'static str = "EventDataStoreMaxLimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for EventDataStoreMaxLimitExceededException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EventDataStoreMaxLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventDataStoreNotFoundException {}

impl EventDataStoreNotFoundException {
    pub const CODE: &'static str = "EventDataStoreNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for EventDataStoreNotFoundException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EventDataStoreNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EventDataStoreStatus {
    CREATED,
    ENABLED,
    PENDINGDELETION,
    STARTINGINGESTION,
    STOPPINGINGESTION,
    STOPPEDINGESTION,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl EventDataStoreStatus {
    pub const VALUES: &'static [&'static str] = &[
        "CREATED",
        "ENABLED",
        "PENDING_DELETION",
        "STARTING_INGESTION",
        "STOPPING_INGESTION",
        "STOPPED_INGESTION",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::CREATED => "CREATED",
            Self::ENABLED => "ENABLED",
            Self::PENDINGDELETION => "PENDING_DELETION",
            Self::STARTINGINGESTION => "STARTING_INGESTION",
            Self::STOPPINGINGESTION => "STOPPING_INGESTION",
            Self::STOPPEDINGESTION => "STOPPED_INGESTION",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "CREATED" => Self::CREATED,
            "ENABLED" => Self::ENABLED,
            "PENDING_DELETION" => Self::PENDINGDELETION,
            "STARTING_INGESTION" => Self::STARTINGINGESTION,
            "STOPPING_INGESTION" => Self::STOPPINGINGESTION,
            "STOPPED_INGESTION" => Self::STOPPEDINGESTION,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for EventDataStoreStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for EventDataStoreStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventDataStoreTerminationProtectedException {}

impl EventDataStoreTerminationProtectedException {
    pub const CODE: &'static str = "EventDataStoreTerminationProtectedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for EventDataStoreTerminationProtectedException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EventDataStoreTerminationProtectedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventSelector {
    pub data_resources: ::std::option::Option<::std::vec::Vec<DataResource>>,
    pub exclude_management_event_sources:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub include_management_events: ::std::option::Option<bool>,
    pub read_write_type: ::std::option::Option<ReadWriteType>,
}

impl crate::ToValue for EventSelector {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.data_resources {
            m.push((
                "DataResources",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.exclude_management_event_sources {
            m.push((
                "ExcludeManagementEventSources",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.include_management_events {
            m.push(("IncludeManagementEvents", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.read_write_type {
            m.push(("ReadWriteType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EventSelector {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            data_resources: crate::codec::optional(m, "DataResources", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            exclude_management_event_sources: crate::codec::optional(
                m,
                "ExcludeManagementEventSources",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            include_management_events: crate::codec::optional(
                m,
                "IncludeManagementEvents",
                crate::FromValue::from_value,
            )?,
            read_write_type: crate::codec::optional(
                m,
                "ReadWriteType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FederationStatus {
    ENABLING,
    ENABLED,
    DISABLING,
    DISABLED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl FederationStatus {
    pub const VALUES: &'static [&'static str] = &["ENABLING", "ENABLED", "DISABLING", "DISABLED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ENABLING => "ENABLING",
            Self::ENABLED => "ENABLED",
            Self::DISABLING => "DISABLING",
            Self::DISABLED => "DISABLED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ENABLING" => Self::ENABLING,
            "ENABLED" => Self::ENABLED,
            "DISABLING" => Self::DISABLING,
            "DISABLED" => Self::DISABLED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for FederationStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for FederationStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenerateQueryRequest {
    pub event_data_stores: ::std::vec::Vec<::std::string::String>,
    pub prompt: ::std::string::String,
}

impl crate::ToValue for GenerateQueryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "EventDataStores",
            crate::codec::list_to_value(&self.event_data_stores, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push(("Prompt", crate::ToValue::to_value(&self.prompt)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GenerateQueryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_stores: crate::codec::required(
                m,
                "EventDataStores",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            prompt: crate::codec::required(m, "Prompt", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenerateQueryResponse {
    pub event_data_store_owner_account_id: ::std::option::Option<::std::string::String>,
    pub query_alias: ::std::option::Option<::std::string::String>,
    pub query_statement: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GenerateQueryResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.event_data_store_owner_account_id {
            m.push(("EventDataStoreOwnerAccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_alias {
            m.push(("QueryAlias", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_statement {
            m.push(("QueryStatement", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GenerateQueryResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store_owner_account_id: crate::codec::optional(
                m,
                "EventDataStoreOwnerAccountId",
                crate::FromValue::from_value,
            )?,
            query_alias: crate::codec::optional(m, "QueryAlias", crate::FromValue::from_value)?,
            query_statement: crate::codec::optional(
                m,
                "QueryStatement",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenerateResponseException {}

impl GenerateResponseException {
    pub const CODE: &'static str = "GenerateResponseException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for GenerateResponseException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for GenerateResponseException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetChannelRequest {
    pub channel: ::std::string::String,
}

impl crate::ToValue for GetChannelRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Channel", crate::ToValue::to_value(&self.channel)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetChannelRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            channel: crate::codec::required(m, "Channel", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetChannelResponse {
    pub channel_arn: ::std::option::Option<::std::string::String>,
    pub destinations: ::std::option::Option<::std::vec::Vec<Destination>>,
    pub ingestion_status: ::std::option::Option<IngestionStatus>,
    pub name: ::std::option::Option<::std::string::String>,
    pub source: ::std::option::Option<::std::string::String>,
    pub source_config: ::std::option::Option<SourceConfig>,
}

impl crate::ToValue for GetChannelResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.channel_arn {
            m.push(("ChannelArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.destinations {
            m.push((
                "Destinations",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.ingestion_status {
            m.push(("IngestionStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source {
            m.push(("Source", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source_config {
            m.push(("SourceConfig", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetChannelResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            channel_arn: crate::codec::optional(m, "ChannelArn", crate::FromValue::from_value)?,
            destinations: crate::codec::optional(m, "Destinations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            ingestion_status: crate::codec::optional(
                m,
                "IngestionStatus",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            source: crate::codec::optional(m, "Source", crate::FromValue::from_value)?,
            source_config: crate::codec::optional(m, "SourceConfig", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDashboardRequest {
    pub dashboard_id: ::std::string::String,
}

impl crate::ToValue for GetDashboardRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("DashboardId", crate::ToValue::to_value(&self.dashboard_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetDashboardRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            dashboard_id: crate::codec::required(m, "DashboardId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDashboardResponse {
    pub created_timestamp: ::std::option::Option<crate::Timestamp>,
    pub dashboard_arn: ::std::option::Option<::std::string::String>,
    pub last_refresh_failure_reason: ::std::option::Option<::std::string::String>,
    pub last_refresh_id: ::std::option::Option<::std::string::String>,
    pub refresh_schedule: ::std::option::Option<RefreshSchedule>,
    pub status: ::std::option::Option<DashboardStatus>,
    pub termination_protection_enabled: ::std::option::Option<bool>,
    pub r#type: ::std::option::Option<DashboardType>,
    pub updated_timestamp: ::std::option::Option<crate::Timestamp>,
    pub widgets: ::std::option::Option<::std::vec::Vec<Widget>>,
}

impl crate::ToValue for GetDashboardResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(10);
        if let Some(x) = &self.created_timestamp {
            m.push(("CreatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.dashboard_arn {
            m.push(("DashboardArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_refresh_failure_reason {
            m.push(("LastRefreshFailureReason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_refresh_id {
            m.push(("LastRefreshId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.refresh_schedule {
            m.push(("RefreshSchedule", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.termination_protection_enabled {
            m.push(("TerminationProtectionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_timestamp {
            m.push(("UpdatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.widgets {
            m.push((
                "Widgets",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetDashboardResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_timestamp: crate::codec::optional(
                m,
                "CreatedTimestamp",
                crate::FromValue::from_value,
            )?,
            dashboard_arn: crate::codec::optional(m, "DashboardArn", crate::FromValue::from_value)?,
            last_refresh_failure_reason: crate::codec::optional(
                m,
                "LastRefreshFailureReason",
                crate::FromValue::from_value,
            )?,
            last_refresh_id: crate::codec::optional(
                m,
                "LastRefreshId",
                crate::FromValue::from_value,
            )?,
            refresh_schedule: crate::codec::optional(
                m,
                "RefreshSchedule",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            termination_protection_enabled: crate::codec::optional(
                m,
                "TerminationProtectionEnabled",
                crate::FromValue::from_value,
            )?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
            updated_timestamp: crate::codec::optional(
                m,
                "UpdatedTimestamp",
                crate::FromValue::from_value,
            )?,
            widgets: crate::codec::optional(m, "Widgets", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetEventConfigurationRequest {
    pub event_data_store: ::std::option::Option<::std::string::String>,
    pub trail_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetEventConfigurationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.event_data_store {
            m.push(("EventDataStore", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_name {
            m.push(("TrailName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetEventConfigurationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store: crate::codec::optional(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
            trail_name: crate::codec::optional(m, "TrailName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetEventConfigurationResponse {
    pub aggregation_configurations:
        ::std::option::Option<::std::vec::Vec<AggregationConfiguration>>,
    pub context_key_selectors: ::std::option::Option<::std::vec::Vec<ContextKeySelector>>,
    pub event_data_store_arn: ::std::option::Option<::std::string::String>,
    pub max_event_size: ::std::option::Option<MaxEventSize>,
    pub trail_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetEventConfigurationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.aggregation_configurations {
            m.push((
                "AggregationConfigurations",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.context_key_selectors {
            m.push((
                "ContextKeySelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.event_data_store_arn {
            m.push(("EventDataStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_event_size {
            m.push(("MaxEventSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_arn {
            m.push(("TrailARN", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetEventConfigurationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            aggregation_configurations: crate::codec::optional(
                m,
                "AggregationConfigurations",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            context_key_selectors: crate::codec::optional(
                m,
                "ContextKeySelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            event_data_store_arn: crate::codec::optional(
                m,
                "EventDataStoreArn",
                crate::FromValue::from_value,
            )?,
            max_event_size: crate::codec::optional(
                m,
                "MaxEventSize",
                crate::FromValue::from_value,
            )?,
            trail_arn: crate::codec::optional(m, "TrailARN", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetEventDataStoreRequest {
    pub event_data_store: ::std::string::String,
}

impl crate::ToValue for GetEventDataStoreRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "EventDataStore",
            crate::ToValue::to_value(&self.event_data_store),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetEventDataStoreRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store: crate::codec::required(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetEventDataStoreResponse {
    pub advanced_event_selectors: ::std::option::Option<::std::vec::Vec<AdvancedEventSelector>>,
    pub billing_mode: ::std::option::Option<BillingMode>,
    pub created_timestamp: ::std::option::Option<crate::Timestamp>,
    pub event_data_store_arn: ::std::option::Option<::std::string::String>,
    pub federation_role_arn: ::std::option::Option<::std::string::String>,
    pub federation_status: ::std::option::Option<FederationStatus>,
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    pub multi_region_enabled: ::std::option::Option<bool>,
    pub name: ::std::option::Option<::std::string::String>,
    pub organization_enabled: ::std::option::Option<bool>,
    pub partition_keys: ::std::option::Option<::std::vec::Vec<PartitionKey>>,
    pub retention_period: ::std::option::Option<i32>,
    pub status: ::std::option::Option<EventDataStoreStatus>,
    pub termination_protection_enabled: ::std::option::Option<bool>,
    pub updated_timestamp: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for GetEventDataStoreResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(15);
        if let Some(x) = &self.advanced_event_selectors {
            m.push((
                "AdvancedEventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.billing_mode {
            m.push(("BillingMode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_timestamp {
            m.push(("CreatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_data_store_arn {
            m.push(("EventDataStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.federation_role_arn {
            m.push(("FederationRoleArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.federation_status {
            m.push(("FederationStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.kms_key_id {
            m.push(("KmsKeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.multi_region_enabled {
            m.push(("MultiRegionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.organization_enabled {
            m.push(("OrganizationEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.partition_keys {
            m.push((
                "PartitionKeys",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.retention_period {
            m.push(("RetentionPeriod", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.termination_protection_enabled {
            m.push(("TerminationProtectionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_timestamp {
            m.push(("UpdatedTimestamp", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetEventDataStoreResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            advanced_event_selectors: crate::codec::optional(
                m,
                "AdvancedEventSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            billing_mode: crate::codec::optional(m, "BillingMode", crate::FromValue::from_value)?,
            created_timestamp: crate::codec::optional(
                m,
                "CreatedTimestamp",
                crate::FromValue::from_value,
            )?,
            event_data_store_arn: crate::codec::optional(
                m,
                "EventDataStoreArn",
                crate::FromValue::from_value,
            )?,
            federation_role_arn: crate::codec::optional(
                m,
                "FederationRoleArn",
                crate::FromValue::from_value,
            )?,
            federation_status: crate::codec::optional(
                m,
                "FederationStatus",
                crate::FromValue::from_value,
            )?,
            kms_key_id: crate::codec::optional(m, "KmsKeyId", crate::FromValue::from_value)?,
            multi_region_enabled: crate::codec::optional(
                m,
                "MultiRegionEnabled",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            organization_enabled: crate::codec::optional(
                m,
                "OrganizationEnabled",
                crate::FromValue::from_value,
            )?,
            partition_keys: crate::codec::optional(m, "PartitionKeys", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            retention_period: crate::codec::optional(
                m,
                "RetentionPeriod",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            termination_protection_enabled: crate::codec::optional(
                m,
                "TerminationProtectionEnabled",
                crate::FromValue::from_value,
            )?,
            updated_timestamp: crate::codec::optional(
                m,
                "UpdatedTimestamp",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetEventSelectorsRequest {
    pub trail_name: ::std::string::String,
}

impl crate::ToValue for GetEventSelectorsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("TrailName", crate::ToValue::to_value(&self.trail_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetEventSelectorsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trail_name: crate::codec::required(m, "TrailName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetEventSelectorsResponse {
    pub advanced_event_selectors: ::std::option::Option<::std::vec::Vec<AdvancedEventSelector>>,
    pub event_selectors: ::std::option::Option<::std::vec::Vec<EventSelector>>,
    pub trail_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetEventSelectorsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.advanced_event_selectors {
            m.push((
                "AdvancedEventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.event_selectors {
            m.push((
                "EventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.trail_arn {
            m.push(("TrailARN", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetEventSelectorsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            advanced_event_selectors: crate::codec::optional(
                m,
                "AdvancedEventSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            event_selectors: crate::codec::optional(m, "EventSelectors", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            trail_arn: crate::codec::optional(m, "TrailARN", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetImportRequest {
    pub import_id: ::std::string::String,
}

impl crate::ToValue for GetImportRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("ImportId", crate::ToValue::to_value(&self.import_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetImportRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            import_id: crate::codec::required(m, "ImportId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetImportResponse {
    pub created_timestamp: ::std::option::Option<crate::Timestamp>,
    pub destinations: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub end_event_time: ::std::option::Option<crate::Timestamp>,
    pub import_id: ::std::option::Option<::std::string::String>,
    pub import_source: ::std::option::Option<ImportSource>,
    pub import_statistics: ::std::option::Option<ImportStatistics>,
    pub import_status: ::std::option::Option<ImportStatus>,
    pub start_event_time: ::std::option::Option<crate::Timestamp>,
    pub updated_timestamp: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for GetImportResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.created_timestamp {
            m.push(("CreatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.destinations {
            m.push((
                "Destinations",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.end_event_time {
            m.push(("EndEventTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_id {
            m.push(("ImportId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_source {
            m.push(("ImportSource", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_statistics {
            m.push(("ImportStatistics", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_status {
            m.push(("ImportStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_event_time {
            m.push(("StartEventTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_timestamp {
            m.push(("UpdatedTimestamp", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetImportResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_timestamp: crate::codec::optional(
                m,
                "CreatedTimestamp",
                crate::FromValue::from_value,
            )?,
            destinations: crate::codec::optional(m, "Destinations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            end_event_time: crate::codec::optional(
                m,
                "EndEventTime",
                crate::FromValue::from_value,
            )?,
            import_id: crate::codec::optional(m, "ImportId", crate::FromValue::from_value)?,
            import_source: crate::codec::optional(m, "ImportSource", crate::FromValue::from_value)?,
            import_statistics: crate::codec::optional(
                m,
                "ImportStatistics",
                crate::FromValue::from_value,
            )?,
            import_status: crate::codec::optional(m, "ImportStatus", crate::FromValue::from_value)?,
            start_event_time: crate::codec::optional(
                m,
                "StartEventTime",
                crate::FromValue::from_value,
            )?,
            updated_timestamp: crate::codec::optional(
                m,
                "UpdatedTimestamp",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInsightSelectorsRequest {
    pub event_data_store: ::std::option::Option<::std::string::String>,
    pub trail_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetInsightSelectorsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.event_data_store {
            m.push(("EventDataStore", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_name {
            m.push(("TrailName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetInsightSelectorsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store: crate::codec::optional(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
            trail_name: crate::codec::optional(m, "TrailName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInsightSelectorsResponse {
    pub event_data_store_arn: ::std::option::Option<::std::string::String>,
    pub insight_selectors: ::std::option::Option<::std::vec::Vec<InsightSelector>>,
    pub insights_destination: ::std::option::Option<::std::string::String>,
    pub trail_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetInsightSelectorsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.event_data_store_arn {
            m.push(("EventDataStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.insight_selectors {
            m.push((
                "InsightSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.insights_destination {
            m.push(("InsightsDestination", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_arn {
            m.push(("TrailARN", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetInsightSelectorsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store_arn: crate::codec::optional(
                m,
                "EventDataStoreArn",
                crate::FromValue::from_value,
            )?,
            insight_selectors: crate::codec::optional(
                m,
                "InsightSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            insights_destination: crate::codec::optional(
                m,
                "InsightsDestination",
                crate::FromValue::from_value,
            )?,
            trail_arn: crate::codec::optional(m, "TrailARN", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetQueryResultsRequest {
    pub event_data_store: ::std::option::Option<::std::string::String>,
    pub event_data_store_owner_account_id: ::std::option::Option<::std::string::String>,
    pub max_query_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub query_id: ::std::string::String,
}

impl crate::ToValue for GetQueryResultsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.event_data_store {
            m.push(("EventDataStore", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_data_store_owner_account_id {
            m.push(("EventDataStoreOwnerAccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_query_results {
            m.push(("MaxQueryResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("QueryId", crate::ToValue::to_value(&self.query_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetQueryResultsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store: crate::codec::optional(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
            event_data_store_owner_account_id: crate::codec::optional(
                m,
                "EventDataStoreOwnerAccountId",
                crate::FromValue::from_value,
            )?,
            max_query_results: crate::codec::optional(
                m,
                "MaxQueryResults",
                crate::FromValue::from_value,
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            query_id: crate::codec::required(m, "QueryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetQueryResultsResponse {
    pub error_message: ::std::option::Option<::std::string::String>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub query_result_rows: ::std::option::Option<
        ::std::vec::Vec<
            ::std::vec::Vec<
                ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
            >,
        >,
    >,
    pub query_statistics: ::std::option::Option<QueryStatistics>,
    pub query_status: ::std::option::Option<QueryStatus>,
}

impl crate::ToValue for GetQueryResultsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.error_message {
            m.push(("ErrorMessage", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_result_rows {
            m.push((
                "QueryResultRows",
                crate::codec::list_to_value(x, |x0| {
                    crate::codec::list_to_value(x0, |x1| {
                        crate::codec::map_to_value(x1, |x2| crate::ToValue::to_value(x2))
                    })
                }),
            ));
        }
        if let Some(x) = &self.query_statistics {
            m.push(("QueryStatistics", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_status {
            m.push(("QueryStatus", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetQueryResultsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error_message: crate::codec::optional(m, "ErrorMessage", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            query_result_rows: crate::codec::optional(
                m,
                "QueryResultRows",
                |v0: &crate::Value| {
                    crate::codec::list_from_value(v0, |v1: &crate::Value| {
                        crate::codec::list_from_value(v1, |v2: &crate::Value| {
                            crate::codec::map_from_value(v2, crate::FromValue::from_value)
                        })
                    })
                },
            )?,
            query_statistics: crate::codec::optional(
                m,
                "QueryStatistics",
                crate::FromValue::from_value,
            )?,
            query_status: crate::codec::optional(m, "QueryStatus", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetResourcePolicyRequest {
    pub resource_arn: ::std::string::String,
}

impl crate::ToValue for GetResourcePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("ResourceArn", crate::ToValue::to_value(&self.resource_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetResourcePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_arn: crate::codec::required(m, "ResourceArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetResourcePolicyResponse {
    pub delegated_admin_resource_policy: ::std::option::Option<::std::string::String>,
    pub resource_arn: ::std::option::Option<::std::string::String>,
    pub resource_policy: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetResourcePolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.delegated_admin_resource_policy {
            m.push(("DelegatedAdminResourcePolicy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_arn {
            m.push(("ResourceArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_policy {
            m.push(("ResourcePolicy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetResourcePolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delegated_admin_resource_policy: crate::codec::optional(
                m,
                "DelegatedAdminResourcePolicy",
                crate::FromValue::from_value,
            )?,
            resource_arn: crate::codec::optional(m, "ResourceArn", crate::FromValue::from_value)?,
            resource_policy: crate::codec::optional(
                m,
                "ResourcePolicy",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTrailRequest {
    pub name: ::std::string::String,
}

impl crate::ToValue for GetTrailRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetTrailRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTrailResponse {
    pub trail: ::std::option::Option<Trail>,
}

impl crate::ToValue for GetTrailResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.trail {
            m.push(("Trail", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetTrailResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            trail: crate::codec::optional(m, "Trail", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTrailStatusRequest {
    pub name: ::std::string::String,
}

impl crate::ToValue for GetTrailStatusRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetTrailStatusRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTrailStatusResponse {
    pub is_logging: ::std::option::Option<bool>,
    pub latest_cloud_watch_logs_delivery_error: ::std::option::Option<::std::string::String>,
    pub latest_cloud_watch_logs_delivery_time: ::std::option::Option<crate::Timestamp>,
    pub latest_delivery_attempt_succeeded: ::std::option::Option<::std::string::String>,
    pub latest_delivery_attempt_time: ::std::option::Option<::std::string::String>,
    pub latest_delivery_error: ::std::option::Option<::std::string::String>,
    pub latest_delivery_time: ::std::option::Option<crate::Timestamp>,
    pub latest_digest_delivery_error: ::std::option::Option<::std::string::String>,
    pub latest_digest_delivery_time: ::std::option::Option<crate::Timestamp>,
    pub latest_notification_attempt_succeeded: ::std::option::Option<::std::string::String>,
    pub latest_notification_attempt_time: ::std::option::Option<::std::string::String>,
    pub latest_notification_error: ::std::option::Option<::std::string::String>,
    pub latest_notification_time: ::std::option::Option<crate::Timestamp>,
    pub start_logging_time: ::std::option::Option<crate::Timestamp>,
    pub stop_logging_time: ::std::option::Option<crate::Timestamp>,
    pub time_logging_started: ::std::option::Option<::std::string::String>,
    pub time_logging_stopped: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetTrailStatusResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(17);
        if let Some(x) = &self.is_logging {
            m.push(("IsLogging", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.latest_cloud_watch_logs_delivery_error {
            m.push((
                "LatestCloudWatchLogsDeliveryError",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.latest_cloud_watch_logs_delivery_time {
            m.push((
                "LatestCloudWatchLogsDeliveryTime",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.latest_delivery_attempt_succeeded {
            m.push((
                "LatestDeliveryAttemptSucceeded",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.latest_delivery_attempt_time {
            m.push(("LatestDeliveryAttemptTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.latest_delivery_error {
            m.push(("LatestDeliveryError", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.latest_delivery_time {
            m.push(("LatestDeliveryTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.latest_digest_delivery_error {
            m.push(("LatestDigestDeliveryError", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.latest_digest_delivery_time {
            m.push(("LatestDigestDeliveryTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.latest_notification_attempt_succeeded {
            m.push((
                "LatestNotificationAttemptSucceeded",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.latest_notification_attempt_time {
            m.push(("LatestNotificationAttemptTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.latest_notification_error {
            m.push(("LatestNotificationError", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.latest_notification_time {
            m.push(("LatestNotificationTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_logging_time {
            m.push(("StartLoggingTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.stop_logging_time {
            m.push(("StopLoggingTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.time_logging_started {
            m.push(("TimeLoggingStarted", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.time_logging_stopped {
            m.push(("TimeLoggingStopped", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetTrailStatusResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_logging: crate::codec::optional(m, "IsLogging", crate::FromValue::from_value)?,
            latest_cloud_watch_logs_delivery_error: crate::codec::optional(
                m,
                "LatestCloudWatchLogsDeliveryError",
                crate::FromValue::from_value,
            )?,
            latest_cloud_watch_logs_delivery_time: crate::codec::optional(
                m,
                "LatestCloudWatchLogsDeliveryTime",
                crate::FromValue::from_value,
            )?,
            latest_delivery_attempt_succeeded: crate::codec::optional(
                m,
                "LatestDeliveryAttemptSucceeded",
                crate::FromValue::from_value,
            )?,
            latest_delivery_attempt_time: crate::codec::optional(
                m,
                "LatestDeliveryAttemptTime",
                crate::FromValue::from_value,
            )?,
            latest_delivery_error: crate::codec::optional(
                m,
                "LatestDeliveryError",
                crate::FromValue::from_value,
            )?,
            latest_delivery_time: crate::codec::optional(
                m,
                "LatestDeliveryTime",
                crate::FromValue::from_value,
            )?,
            latest_digest_delivery_error: crate::codec::optional(
                m,
                "LatestDigestDeliveryError",
                crate::FromValue::from_value,
            )?,
            latest_digest_delivery_time: crate::codec::optional(
                m,
                "LatestDigestDeliveryTime",
                crate::FromValue::from_value,
            )?,
            latest_notification_attempt_succeeded: crate::codec::optional(
                m,
                "LatestNotificationAttemptSucceeded",
                crate::FromValue::from_value,
            )?,
            latest_notification_attempt_time: crate::codec::optional(
                m,
                "LatestNotificationAttemptTime",
                crate::FromValue::from_value,
            )?,
            latest_notification_error: crate::codec::optional(
                m,
                "LatestNotificationError",
                crate::FromValue::from_value,
            )?,
            latest_notification_time: crate::codec::optional(
                m,
                "LatestNotificationTime",
                crate::FromValue::from_value,
            )?,
            start_logging_time: crate::codec::optional(
                m,
                "StartLoggingTime",
                crate::FromValue::from_value,
            )?,
            stop_logging_time: crate::codec::optional(
                m,
                "StopLoggingTime",
                crate::FromValue::from_value,
            )?,
            time_logging_started: crate::codec::optional(
                m,
                "TimeLoggingStarted",
                crate::FromValue::from_value,
            )?,
            time_logging_stopped: crate::codec::optional(
                m,
                "TimeLoggingStopped",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportFailureListItem {
    pub error_message: ::std::option::Option<::std::string::String>,
    pub error_type: ::std::option::Option<::std::string::String>,
    pub last_updated_time: ::std::option::Option<crate::Timestamp>,
    pub location: ::std::option::Option<::std::string::String>,
    pub status: ::std::option::Option<ImportFailureStatus>,
}

impl crate::ToValue for ImportFailureListItem {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.error_message {
            m.push(("ErrorMessage", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_type {
            m.push(("ErrorType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_updated_time {
            m.push(("LastUpdatedTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.location {
            m.push(("Location", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ImportFailureListItem {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error_message: crate::codec::optional(m, "ErrorMessage", crate::FromValue::from_value)?,
            error_type: crate::codec::optional(m, "ErrorType", crate::FromValue::from_value)?,
            last_updated_time: crate::codec::optional(
                m,
                "LastUpdatedTime",
                crate::FromValue::from_value,
            )?,
            location: crate::codec::optional(m, "Location", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImportFailureStatus {
    FAILED,
    RETRY,
    SUCCEEDED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ImportFailureStatus {
    pub const VALUES: &'static [&'static str] = &["FAILED", "RETRY", "SUCCEEDED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::FAILED => "FAILED",
            Self::RETRY => "RETRY",
            Self::SUCCEEDED => "SUCCEEDED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "FAILED" => Self::FAILED,
            "RETRY" => Self::RETRY,
            "SUCCEEDED" => Self::SUCCEEDED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ImportFailureStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ImportFailureStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportNotFoundException {}

impl ImportNotFoundException {
    pub const CODE: &'static str = "ImportNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ImportNotFoundException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ImportNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportSource {
    pub s3: S3ImportSource,
}

impl crate::ToValue for ImportSource {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("S3", crate::ToValue::to_value(&self.s3)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ImportSource {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            s3: crate::codec::required(m, "S3", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportStatistics {
    pub events_completed: ::std::option::Option<i64>,
    pub failed_entries: ::std::option::Option<i64>,
    pub files_completed: ::std::option::Option<i64>,
    pub prefixes_completed: ::std::option::Option<i64>,
    pub prefixes_found: ::std::option::Option<i64>,
}

impl crate::ToValue for ImportStatistics {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.events_completed {
            m.push(("EventsCompleted", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.failed_entries {
            m.push(("FailedEntries", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.files_completed {
            m.push(("FilesCompleted", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.prefixes_completed {
            m.push(("PrefixesCompleted", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.prefixes_found {
            m.push(("PrefixesFound", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ImportStatistics {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            events_completed: crate::codec::optional(
                m,
                "EventsCompleted",
                crate::FromValue::from_value,
            )?,
            failed_entries: crate::codec::optional(
                m,
                "FailedEntries",
                crate::FromValue::from_value,
            )?,
            files_completed: crate::codec::optional(
                m,
                "FilesCompleted",
                crate::FromValue::from_value,
            )?,
            prefixes_completed: crate::codec::optional(
                m,
                "PrefixesCompleted",
                crate::FromValue::from_value,
            )?,
            prefixes_found: crate::codec::optional(
                m,
                "PrefixesFound",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImportStatus {
    INITIALIZING,
    INPROGRESS,
    FAILED,
    STOPPED,
    COMPLETED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ImportStatus {
    pub const VALUES: &'static [&'static str] = &[
        "INITIALIZING",
        "IN_PROGRESS",
        "FAILED",
        "STOPPED",
        "COMPLETED",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::INITIALIZING => "INITIALIZING",
            Self::INPROGRESS => "IN_PROGRESS",
            Self::FAILED => "FAILED",
            Self::STOPPED => "STOPPED",
            Self::COMPLETED => "COMPLETED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "INITIALIZING" => Self::INITIALIZING,
            "IN_PROGRESS" => Self::INPROGRESS,
            "FAILED" => Self::FAILED,
            "STOPPED" => Self::STOPPED,
            "COMPLETED" => Self::COMPLETED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ImportStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ImportStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportsListItem {
    pub created_timestamp: ::std::option::Option<crate::Timestamp>,
    pub destinations: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub import_id: ::std::option::Option<::std::string::String>,
    pub import_status: ::std::option::Option<ImportStatus>,
    pub updated_timestamp: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for ImportsListItem {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.created_timestamp {
            m.push(("CreatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.destinations {
            m.push((
                "Destinations",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.import_id {
            m.push(("ImportId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_status {
            m.push(("ImportStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_timestamp {
            m.push(("UpdatedTimestamp", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ImportsListItem {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_timestamp: crate::codec::optional(
                m,
                "CreatedTimestamp",
                crate::FromValue::from_value,
            )?,
            destinations: crate::codec::optional(m, "Destinations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            import_id: crate::codec::optional(m, "ImportId", crate::FromValue::from_value)?,
            import_status: crate::codec::optional(m, "ImportStatus", crate::FromValue::from_value)?,
            updated_timestamp: crate::codec::optional(
                m,
                "UpdatedTimestamp",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InactiveEventDataStoreException {}

impl InactiveEventDataStoreException {
    pub const CODE: &'static str = "InactiveEventDataStoreException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InactiveEventDataStoreException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InactiveEventDataStoreException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InactiveQueryException {}

impl InactiveQueryException {
    pub const CODE: &'static str = "InactiveQueryException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InactiveQueryException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InactiveQueryException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IngestionStatus {
    pub latest_ingestion_attempt_event_id: ::std::option::Option<::std::string::String>,
    pub latest_ingestion_attempt_time: ::std::option::Option<crate::Timestamp>,
    pub latest_ingestion_error_code: ::std::option::Option<::std::string::String>,
    pub latest_ingestion_success_event_id: ::std::option::Option<::std::string::String>,
    pub latest_ingestion_success_time: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for IngestionStatus {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.latest_ingestion_attempt_event_id {
            m.push(("LatestIngestionAttemptEventID", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.latest_ingestion_attempt_time {
            m.push(("LatestIngestionAttemptTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.latest_ingestion_error_code {
            m.push(("LatestIngestionErrorCode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.latest_ingestion_success_event_id {
            m.push(("LatestIngestionSuccessEventID", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.latest_ingestion_success_time {
            m.push(("LatestIngestionSuccessTime", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IngestionStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            latest_ingestion_attempt_event_id: crate::codec::optional(
                m,
                "LatestIngestionAttemptEventID",
                crate::FromValue::from_value,
            )?,
            latest_ingestion_attempt_time: crate::codec::optional(
                m,
                "LatestIngestionAttemptTime",
                crate::FromValue::from_value,
            )?,
            latest_ingestion_error_code: crate::codec::optional(
                m,
                "LatestIngestionErrorCode",
                crate::FromValue::from_value,
            )?,
            latest_ingestion_success_event_id: crate::codec::optional(
                m,
                "LatestIngestionSuccessEventID",
                crate::FromValue::from_value,
            )?,
            latest_ingestion_success_time: crate::codec::optional(
                m,
                "LatestIngestionSuccessTime",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InsightNotEnabledException {}

impl InsightNotEnabledException {
    pub const CODE: &'static str = "InsightNotEnabledException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InsightNotEnabledException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InsightNotEnabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InsightSelector {
    pub event_categories: ::std::option::Option<::std::vec::Vec<SourceEventCategory>>,
    pub insight_type: ::std::option::Option<InsightType>,
}

impl crate::ToValue for InsightSelector {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.event_categories {
            m.push((
                "EventCategories",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.insight_type {
            m.push(("InsightType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InsightSelector {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_categories: crate::codec::optional(m, "EventCategories", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            insight_type: crate::codec::optional(m, "InsightType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InsightType {
    ApiCallRateInsight,
    ApiErrorRateInsight,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl InsightType {
    pub const VALUES: &'static [&'static str] = &["ApiCallRateInsight", "ApiErrorRateInsight"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ApiCallRateInsight => "ApiCallRateInsight",
            Self::ApiErrorRateInsight => "ApiErrorRateInsight",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ApiCallRateInsight" => Self::ApiCallRateInsight,
            "ApiErrorRateInsight" => Self::ApiErrorRateInsight,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for InsightType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for InsightType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InsightsMetricDataType {
    FillWithZeros,
    NonZeroData,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl InsightsMetricDataType {
    pub const VALUES: &'static [&'static str] = &["FillWithZeros", "NonZeroData"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::FillWithZeros => "FillWithZeros",
            Self::NonZeroData => "NonZeroData",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "FillWithZeros" => Self::FillWithZeros,
            "NonZeroData" => Self::NonZeroData,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for InsightsMetricDataType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for InsightsMetricDataType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InsufficientDependencyServiceAccessPermissionException {}

impl InsufficientDependencyServiceAccessPermissionException {
    pub const CODE: &'static str = "InsufficientDependencyServiceAccessPermissionException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InsufficientDependencyServiceAccessPermissionException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InsufficientDependencyServiceAccessPermissionException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InsufficientEncryptionPolicyException {}

impl InsufficientEncryptionPolicyException {
    pub const CODE: &'static str = "InsufficientEncryptionPolicyException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InsufficientEncryptionPolicyException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InsufficientEncryptionPolicyException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InsufficientIAMAccessPermissionException {}

impl InsufficientIAMAccessPermissionException {
    pub const CODE: &'static str = "InsufficientIAMAccessPermissionException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InsufficientIAMAccessPermissionException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InsufficientIAMAccessPermissionException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InsufficientS3BucketPolicyException {}

impl InsufficientS3BucketPolicyException {
    pub const CODE: &'static str = "InsufficientS3BucketPolicyException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InsufficientS3BucketPolicyException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InsufficientS3BucketPolicyException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InsufficientSnsTopicPolicyException {}

impl InsufficientSnsTopicPolicyException {
    pub const CODE: &'static str = "InsufficientSnsTopicPolicyException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InsufficientSnsTopicPolicyException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InsufficientSnsTopicPolicyException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidCloudWatchLogsLogGroupArnException {}

impl InvalidCloudWatchLogsLogGroupArnException {
    pub const CODE: &'static str = "InvalidCloudWatchLogsLogGroupArnException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidCloudWatchLogsLogGroupArnException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidCloudWatchLogsLogGroupArnException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidCloudWatchLogsRoleArnException {}

impl InvalidCloudWatchLogsRoleArnException {
    pub const CODE: &'static str = "InvalidCloudWatchLogsRoleArnException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidCloudWatchLogsRoleArnException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidCloudWatchLogsRoleArnException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidDateRangeException {}

impl InvalidDateRangeException {
    pub const CODE: &'static str = "InvalidDateRangeException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidDateRangeException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidDateRangeException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidEventCategoryException {}

impl InvalidEventCategoryException {
    pub const CODE: &'static str = "InvalidEventCategoryException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidEventCategoryException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidEventCategoryException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidEventDataStoreCategoryException {}

impl InvalidEventDataStoreCategoryException {
    pub const CODE: &'static str = "InvalidEventDataStoreCategoryException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidEventDataStoreCategoryException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidEventDataStoreCategoryException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidEventDataStoreStatusException {}

impl InvalidEventDataStoreStatusException {
    pub const CODE: &'static str = "InvalidEventDataStoreStatusException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidEventDataStoreStatusException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidEventDataStoreStatusException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidEventSelectorsException {}

impl InvalidEventSelectorsException {
    pub const CODE: &'static str = "InvalidEventSelectorsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidEventSelectorsException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidEventSelectorsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidHomeRegionException {}

impl InvalidHomeRegionException {
    pub const CODE: &'static str = "InvalidHomeRegionException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidHomeRegionException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidHomeRegionException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidImportSourceException {}

impl InvalidImportSourceException {
    pub const CODE: &'static str = "InvalidImportSourceException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidImportSourceException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidImportSourceException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidInsightSelectorsException {}

impl InvalidInsightSelectorsException {
    pub const CODE: &'static str = "InvalidInsightSelectorsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidInsightSelectorsException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidInsightSelectorsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidKmsKeyIdException {}

impl InvalidKmsKeyIdException {
    pub const CODE: &'static str = "InvalidKmsKeyIdException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidKmsKeyIdException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidKmsKeyIdException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidLookupAttributesException {}

impl InvalidLookupAttributesException {
    pub const CODE: &'static str = "InvalidLookupAttributesException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidLookupAttributesException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidLookupAttributesException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidMaxResultsException {}

impl InvalidMaxResultsException {
    pub const CODE: &'static str = "InvalidMaxResultsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidMaxResultsException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidMaxResultsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidNextTokenException {}

impl InvalidNextTokenException {
    pub const CODE: &'static str = "InvalidNextTokenException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidNextTokenException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidNextTokenException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidParameterCombinationException {}

impl InvalidParameterCombinationException {
    pub const CODE: &'static str = "InvalidParameterCombinationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidParameterCombinationException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidParameterCombinationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidParameterException {}

impl InvalidParameterException {
    pub const CODE: &'static str = "InvalidParameterException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidParameterException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidParameterException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidQueryStatementException {}

impl InvalidQueryStatementException {
    pub const CODE: &'static str = "InvalidQueryStatementException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidQueryStatementException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidQueryStatementException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidQueryStatusException {}

impl InvalidQueryStatusException {
    pub const CODE: &'static str = "InvalidQueryStatusException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidQueryStatusException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidQueryStatusException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidS3BucketNameException {}

impl InvalidS3BucketNameException {
    pub const CODE: &'static str = "InvalidS3BucketNameException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidS3BucketNameException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidS3BucketNameException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidS3PrefixException {}

impl InvalidS3PrefixException {
    pub const CODE: &'static str = "InvalidS3PrefixException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidS3PrefixException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidS3PrefixException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidSnsTopicNameException {}

impl InvalidSnsTopicNameException {
    pub const CODE: &'static str = "InvalidSnsTopicNameException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidSnsTopicNameException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidSnsTopicNameException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidSourceException {}

impl InvalidSourceException {
    pub const CODE: &'static str = "InvalidSourceException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidSourceException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidSourceException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidTagParameterException {}

impl InvalidTagParameterException {
    pub const CODE: &'static str = "InvalidTagParameterException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidTagParameterException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidTagParameterException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidTimeRangeException {}

impl InvalidTimeRangeException {
    pub const CODE: &'static str = "InvalidTimeRangeException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidTimeRangeException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidTimeRangeException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidTokenException {}

impl InvalidTokenException {
    pub const CODE: &'static str = "InvalidTokenException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidTokenException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidTokenException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidTrailNameException {}

impl InvalidTrailNameException {
    pub const CODE: &'static str = "InvalidTrailNameException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidTrailNameException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for InvalidTrailNameException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct KmsException {}

impl KmsException {
    pub const CODE: &'static str = "KmsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for KmsException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for KmsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct KmsKeyDisabledException {}

impl KmsKeyDisabledException {
    pub const CODE: &'static str = "KmsKeyDisabledException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for KmsKeyDisabledException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for KmsKeyDisabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct KmsKeyNotFoundException {}

impl KmsKeyNotFoundException {
    pub const CODE: &'static str = "KmsKeyNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for KmsKeyNotFoundException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for KmsKeyNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListChannelsRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListChannelsRequest {
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

impl crate::FromValue for ListChannelsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListChannelsResponse {
    pub channels: ::std::option::Option<::std::vec::Vec<Channel>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListChannelsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.channels {
            m.push((
                "Channels",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListChannelsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            channels: crate::codec::optional(m, "Channels", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDashboardsRequest {
    pub max_results: ::std::option::Option<i32>,
    pub name_prefix: ::std::option::Option<::std::string::String>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<DashboardType>,
}

impl crate::ToValue for ListDashboardsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name_prefix {
            m.push(("NamePrefix", crate::ToValue::to_value(x)));
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

impl crate::FromValue for ListDashboardsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            name_prefix: crate::codec::optional(m, "NamePrefix", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDashboardsResponse {
    pub dashboards: ::std::option::Option<::std::vec::Vec<DashboardDetail>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListDashboardsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.dashboards {
            m.push((
                "Dashboards",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListDashboardsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            dashboards: crate::codec::optional(m, "Dashboards", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEventDataStoresRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListEventDataStoresRequest {
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

impl crate::FromValue for ListEventDataStoresRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEventDataStoresResponse {
    pub event_data_stores: ::std::option::Option<::std::vec::Vec<EventDataStore>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListEventDataStoresResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.event_data_stores {
            m.push((
                "EventDataStores",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListEventDataStoresResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_stores: crate::codec::optional(
                m,
                "EventDataStores",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListImportFailuresRequest {
    pub import_id: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListImportFailuresRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("ImportId", crate::ToValue::to_value(&self.import_id)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListImportFailuresRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            import_id: crate::codec::required(m, "ImportId", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListImportFailuresResponse {
    pub failures: ::std::option::Option<::std::vec::Vec<ImportFailureListItem>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListImportFailuresResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.failures {
            m.push((
                "Failures",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListImportFailuresResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            failures: crate::codec::optional(m, "Failures", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListImportsRequest {
    pub destination: ::std::option::Option<::std::string::String>,
    pub import_status: ::std::option::Option<ImportStatus>,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListImportsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.destination {
            m.push(("Destination", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_status {
            m.push(("ImportStatus", crate::ToValue::to_value(x)));
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

impl crate::FromValue for ListImportsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            destination: crate::codec::optional(m, "Destination", crate::FromValue::from_value)?,
            import_status: crate::codec::optional(m, "ImportStatus", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListImportsResponse {
    pub imports: ::std::option::Option<::std::vec::Vec<ImportsListItem>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListImportsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.imports {
            m.push((
                "Imports",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListImportsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            imports: crate::codec::optional(m, "Imports", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListInsightsDataDimensionKey {
    EventId,
    EventName,
    EventSource,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ListInsightsDataDimensionKey {
    pub const VALUES: &'static [&'static str] = &["EventId", "EventName", "EventSource"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::EventId => "EventId",
            Self::EventName => "EventName",
            Self::EventSource => "EventSource",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "EventId" => Self::EventId,
            "EventName" => Self::EventName,
            "EventSource" => Self::EventSource,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ListInsightsDataDimensionKey {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ListInsightsDataDimensionKey {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListInsightsDataRequest {
    pub data_type: ListInsightsDataType,
    pub dimensions: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    pub end_time: ::std::option::Option<crate::Timestamp>,
    pub insight_source: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub start_time: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for ListInsightsDataRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        m.push(("DataType", crate::ToValue::to_value(&self.data_type)));
        if let Some(x) = &self.dimensions {
            m.push((
                "Dimensions",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.end_time {
            m.push(("EndTime", crate::ToValue::to_value(x)));
        }
        m.push((
            "InsightSource",
            crate::ToValue::to_value(&self.insight_source),
        ));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_time {
            m.push(("StartTime", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInsightsDataRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            data_type: crate::codec::required(m, "DataType", crate::FromValue::from_value)?,
            dimensions: crate::codec::optional(m, "Dimensions", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            end_time: crate::codec::optional(m, "EndTime", crate::FromValue::from_value)?,
            insight_source: crate::codec::required(
                m,
                "InsightSource",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            start_time: crate::codec::optional(m, "StartTime", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInsightsDataResponse {
    pub events: ::std::option::Option<::std::vec::Vec<Event>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListInsightsDataResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.events {
            m.push((
                "Events",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInsightsDataResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            events: crate::codec::optional(m, "Events", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListInsightsDataType {
    InsightsEvents,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ListInsightsDataType {
    pub const VALUES: &'static [&'static str] = &["InsightsEvents"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::InsightsEvents => "InsightsEvents",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "InsightsEvents" => Self::InsightsEvents,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ListInsightsDataType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ListInsightsDataType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListInsightsMetricDataRequest {
    pub data_type: ::std::option::Option<InsightsMetricDataType>,
    pub end_time: ::std::option::Option<crate::Timestamp>,
    pub error_code: ::std::option::Option<::std::string::String>,
    pub event_name: ::std::string::String,
    pub event_source: ::std::string::String,
    pub insight_type: InsightType,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub period: ::std::option::Option<i32>,
    pub start_time: ::std::option::Option<crate::Timestamp>,
    pub trail_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListInsightsMetricDataRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(11);
        if let Some(x) = &self.data_type {
            m.push(("DataType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.end_time {
            m.push(("EndTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.error_code {
            m.push(("ErrorCode", crate::ToValue::to_value(x)));
        }
        m.push(("EventName", crate::ToValue::to_value(&self.event_name)));
        m.push(("EventSource", crate::ToValue::to_value(&self.event_source)));
        m.push(("InsightType", crate::ToValue::to_value(&self.insight_type)));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.period {
            m.push(("Period", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_time {
            m.push(("StartTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_name {
            m.push(("TrailName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInsightsMetricDataRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            data_type: crate::codec::optional(m, "DataType", crate::FromValue::from_value)?,
            end_time: crate::codec::optional(m, "EndTime", crate::FromValue::from_value)?,
            error_code: crate::codec::optional(m, "ErrorCode", crate::FromValue::from_value)?,
            event_name: crate::codec::required(m, "EventName", crate::FromValue::from_value)?,
            event_source: crate::codec::required(m, "EventSource", crate::FromValue::from_value)?,
            insight_type: crate::codec::required(m, "InsightType", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            period: crate::codec::optional(m, "Period", crate::FromValue::from_value)?,
            start_time: crate::codec::optional(m, "StartTime", crate::FromValue::from_value)?,
            trail_name: crate::codec::optional(m, "TrailName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInsightsMetricDataResponse {
    pub error_code: ::std::option::Option<::std::string::String>,
    pub event_name: ::std::option::Option<::std::string::String>,
    pub event_source: ::std::option::Option<::std::string::String>,
    pub insight_type: ::std::option::Option<InsightType>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub timestamps: ::std::option::Option<::std::vec::Vec<crate::Timestamp>>,
    pub trail_arn: ::std::option::Option<::std::string::String>,
    pub values: ::std::option::Option<::std::vec::Vec<f64>>,
}

impl crate::ToValue for ListInsightsMetricDataResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.error_code {
            m.push(("ErrorCode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_name {
            m.push(("EventName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_source {
            m.push(("EventSource", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.insight_type {
            m.push(("InsightType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.timestamps {
            m.push((
                "Timestamps",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.trail_arn {
            m.push(("TrailARN", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.values {
            m.push((
                "Values",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInsightsMetricDataResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error_code: crate::codec::optional(m, "ErrorCode", crate::FromValue::from_value)?,
            event_name: crate::codec::optional(m, "EventName", crate::FromValue::from_value)?,
            event_source: crate::codec::optional(m, "EventSource", crate::FromValue::from_value)?,
            insight_type: crate::codec::optional(m, "InsightType", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            timestamps: crate::codec::optional(m, "Timestamps", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            trail_arn: crate::codec::optional(m, "TrailARN", crate::FromValue::from_value)?,
            values: crate::codec::optional(m, "Values", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPublicKeysRequest {
    pub end_time: ::std::option::Option<crate::Timestamp>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub start_time: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for ListPublicKeysRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.end_time {
            m.push(("EndTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_time {
            m.push(("StartTime", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPublicKeysRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            end_time: crate::codec::optional(m, "EndTime", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            start_time: crate::codec::optional(m, "StartTime", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPublicKeysResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub public_key_list: ::std::option::Option<::std::vec::Vec<PublicKey>>,
}

impl crate::ToValue for ListPublicKeysResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.public_key_list {
            m.push((
                "PublicKeyList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPublicKeysResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            public_key_list: crate::codec::optional(m, "PublicKeyList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListQueriesRequest {
    pub end_time: ::std::option::Option<crate::Timestamp>,
    pub event_data_store: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub query_status: ::std::option::Option<QueryStatus>,
    pub start_time: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for ListQueriesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.end_time {
            m.push(("EndTime", crate::ToValue::to_value(x)));
        }
        m.push((
            "EventDataStore",
            crate::ToValue::to_value(&self.event_data_store),
        ));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_status {
            m.push(("QueryStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_time {
            m.push(("StartTime", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListQueriesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            end_time: crate::codec::optional(m, "EndTime", crate::FromValue::from_value)?,
            event_data_store: crate::codec::required(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            query_status: crate::codec::optional(m, "QueryStatus", crate::FromValue::from_value)?,
            start_time: crate::codec::optional(m, "StartTime", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListQueriesResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub queries: ::std::option::Option<::std::vec::Vec<Query>>,
}

impl crate::ToValue for ListQueriesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.queries {
            m.push((
                "Queries",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListQueriesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            queries: crate::codec::optional(m, "Queries", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsRequest {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub resource_id_list: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for ListTagsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ResourceIdList",
            crate::codec::list_to_value(&self.resource_id_list, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTagsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            resource_id_list: crate::codec::required(m, "ResourceIdList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub resource_tag_list: ::std::option::Option<::std::vec::Vec<ResourceTag>>,
}

impl crate::ToValue for ListTagsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_tag_list {
            m.push((
                "ResourceTagList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTagsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            resource_tag_list: crate::codec::optional(
                m,
                "ResourceTagList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTrailsRequest {
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListTrailsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTrailsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTrailsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub trails: ::std::option::Option<::std::vec::Vec<TrailInfo>>,
}

impl crate::ToValue for ListTrailsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trails {
            m.push((
                "Trails",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTrailsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            trails: crate::codec::optional(m, "Trails", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct LookupAttribute {
    pub attribute_key: LookupAttributeKey,
    pub attribute_value: ::std::string::String,
}

impl crate::ToValue for LookupAttribute {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "AttributeKey",
            crate::ToValue::to_value(&self.attribute_key),
        ));
        m.push((
            "AttributeValue",
            crate::ToValue::to_value(&self.attribute_value),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LookupAttribute {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_key: crate::codec::required(m, "AttributeKey", crate::FromValue::from_value)?,
            attribute_value: crate::codec::required(
                m,
                "AttributeValue",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LookupAttributeKey {
    EventId,
    EventName,
    ReadOnly,
    Username,
    ResourceType,
    ResourceName,
    EventSource,
    AccessKeyId,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl LookupAttributeKey {
    pub const VALUES: &'static [&'static str] = &[
        "EventId",
        "EventName",
        "ReadOnly",
        "Username",
        "ResourceType",
        "ResourceName",
        "EventSource",
        "AccessKeyId",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::EventId => "EventId",
            Self::EventName => "EventName",
            Self::ReadOnly => "ReadOnly",
            Self::Username => "Username",
            Self::ResourceType => "ResourceType",
            Self::ResourceName => "ResourceName",
            Self::EventSource => "EventSource",
            Self::AccessKeyId => "AccessKeyId",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "EventId" => Self::EventId,
            "EventName" => Self::EventName,
            "ReadOnly" => Self::ReadOnly,
            "Username" => Self::Username,
            "ResourceType" => Self::ResourceType,
            "ResourceName" => Self::ResourceName,
            "EventSource" => Self::EventSource,
            "AccessKeyId" => Self::AccessKeyId,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for LookupAttributeKey {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for LookupAttributeKey {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LookupEventsRequest {
    pub end_time: ::std::option::Option<crate::Timestamp>,
    pub event_category: ::std::option::Option<EventCategory>,
    pub lookup_attributes: ::std::option::Option<::std::vec::Vec<LookupAttribute>>,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub start_time: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for LookupEventsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.end_time {
            m.push(("EndTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_category {
            m.push(("EventCategory", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.lookup_attributes {
            m.push((
                "LookupAttributes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_time {
            m.push(("StartTime", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LookupEventsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            end_time: crate::codec::optional(m, "EndTime", crate::FromValue::from_value)?,
            event_category: crate::codec::optional(
                m,
                "EventCategory",
                crate::FromValue::from_value,
            )?,
            lookup_attributes: crate::codec::optional(
                m,
                "LookupAttributes",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            start_time: crate::codec::optional(m, "StartTime", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LookupEventsResponse {
    pub events: ::std::option::Option<::std::vec::Vec<Event>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for LookupEventsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.events {
            m.push((
                "Events",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LookupEventsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            events: crate::codec::optional(m, "Events", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MaxConcurrentQueriesException {}

impl MaxConcurrentQueriesException {
    pub const CODE: &'static str = "MaxConcurrentQueriesException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for MaxConcurrentQueriesException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for MaxConcurrentQueriesException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MaxEventSize {
    Standard,
    Large,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl MaxEventSize {
    pub const VALUES: &'static [&'static str] = &["Standard", "Large"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "Standard",
            Self::Large => "Large",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Standard" => Self::Standard,
            "Large" => Self::Large,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for MaxEventSize {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for MaxEventSize {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MaximumNumberOfTrailsExceededException {}

impl MaximumNumberOfTrailsExceededException {
    pub const CODE: &'static str = "MaximumNumberOfTrailsExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for MaximumNumberOfTrailsExceededException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for MaximumNumberOfTrailsExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NoManagementAccountSLRExistsException {}

impl NoManagementAccountSLRExistsException {
    pub const CODE: &'static str = "NoManagementAccountSLRExistsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for NoManagementAccountSLRExistsException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for NoManagementAccountSLRExistsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NotOrganizationManagementAccountException {}

impl NotOrganizationManagementAccountException {
    pub const CODE: &'static str = "NotOrganizationManagementAccountException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for NotOrganizationManagementAccountException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for NotOrganizationManagementAccountException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NotOrganizationMasterAccountException {}

impl NotOrganizationMasterAccountException {
    pub const CODE: &'static str = "NotOrganizationMasterAccountException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for NotOrganizationMasterAccountException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for NotOrganizationMasterAccountException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OperationNotPermittedException {}

impl OperationNotPermittedException {
    pub const CODE: &'static str = "OperationNotPermittedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for OperationNotPermittedException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for OperationNotPermittedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationNotInAllFeaturesModeException {}

impl OrganizationNotInAllFeaturesModeException {
    pub const CODE: &'static str = "OrganizationNotInAllFeaturesModeException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for OrganizationNotInAllFeaturesModeException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for OrganizationNotInAllFeaturesModeException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationsNotInUseException {}

impl OrganizationsNotInUseException {
    pub const CODE: &'static str = "OrganizationsNotInUseException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for OrganizationsNotInUseException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for OrganizationsNotInUseException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartitionKey {
    pub name: ::std::string::String,
    pub r#type: ::std::string::String,
}

impl crate::ToValue for PartitionKey {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PartitionKey {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicKey {
    pub fingerprint: ::std::option::Option<::std::string::String>,
    pub validity_end_time: ::std::option::Option<crate::Timestamp>,
    pub validity_start_time: ::std::option::Option<crate::Timestamp>,
    pub value: ::std::option::Option<::std::vec::Vec<u8>>,
}

impl crate::ToValue for PublicKey {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.fingerprint {
            m.push(("Fingerprint", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.validity_end_time {
            m.push(("ValidityEndTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.validity_start_time {
            m.push(("ValidityStartTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.value {
            m.push(("Value", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PublicKey {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            fingerprint: crate::codec::optional(m, "Fingerprint", crate::FromValue::from_value)?,
            validity_end_time: crate::codec::optional(
                m,
                "ValidityEndTime",
                crate::FromValue::from_value,
            )?,
            validity_start_time: crate::codec::optional(
                m,
                "ValidityStartTime",
                crate::FromValue::from_value,
            )?,
            value: crate::codec::optional(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutEventConfigurationRequest {
    pub aggregation_configurations:
        ::std::option::Option<::std::vec::Vec<AggregationConfiguration>>,
    pub context_key_selectors: ::std::option::Option<::std::vec::Vec<ContextKeySelector>>,
    pub event_data_store: ::std::option::Option<::std::string::String>,
    pub max_event_size: ::std::option::Option<MaxEventSize>,
    pub trail_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PutEventConfigurationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.aggregation_configurations {
            m.push((
                "AggregationConfigurations",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.context_key_selectors {
            m.push((
                "ContextKeySelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.event_data_store {
            m.push(("EventDataStore", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_event_size {
            m.push(("MaxEventSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_name {
            m.push(("TrailName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutEventConfigurationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            aggregation_configurations: crate::codec::optional(
                m,
                "AggregationConfigurations",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            context_key_selectors: crate::codec::optional(
                m,
                "ContextKeySelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            event_data_store: crate::codec::optional(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
            max_event_size: crate::codec::optional(
                m,
                "MaxEventSize",
                crate::FromValue::from_value,
            )?,
            trail_name: crate::codec::optional(m, "TrailName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutEventConfigurationResponse {
    pub aggregation_configurations:
        ::std::option::Option<::std::vec::Vec<AggregationConfiguration>>,
    pub context_key_selectors: ::std::option::Option<::std::vec::Vec<ContextKeySelector>>,
    pub event_data_store_arn: ::std::option::Option<::std::string::String>,
    pub max_event_size: ::std::option::Option<MaxEventSize>,
    pub trail_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PutEventConfigurationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.aggregation_configurations {
            m.push((
                "AggregationConfigurations",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.context_key_selectors {
            m.push((
                "ContextKeySelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.event_data_store_arn {
            m.push(("EventDataStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_event_size {
            m.push(("MaxEventSize", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_arn {
            m.push(("TrailARN", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutEventConfigurationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            aggregation_configurations: crate::codec::optional(
                m,
                "AggregationConfigurations",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            context_key_selectors: crate::codec::optional(
                m,
                "ContextKeySelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            event_data_store_arn: crate::codec::optional(
                m,
                "EventDataStoreArn",
                crate::FromValue::from_value,
            )?,
            max_event_size: crate::codec::optional(
                m,
                "MaxEventSize",
                crate::FromValue::from_value,
            )?,
            trail_arn: crate::codec::optional(m, "TrailARN", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutEventSelectorsRequest {
    pub advanced_event_selectors: ::std::option::Option<::std::vec::Vec<AdvancedEventSelector>>,
    pub event_selectors: ::std::option::Option<::std::vec::Vec<EventSelector>>,
    pub trail_name: ::std::string::String,
}

impl crate::ToValue for PutEventSelectorsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.advanced_event_selectors {
            m.push((
                "AdvancedEventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.event_selectors {
            m.push((
                "EventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("TrailName", crate::ToValue::to_value(&self.trail_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutEventSelectorsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            advanced_event_selectors: crate::codec::optional(
                m,
                "AdvancedEventSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            event_selectors: crate::codec::optional(m, "EventSelectors", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            trail_name: crate::codec::required(m, "TrailName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutEventSelectorsResponse {
    pub advanced_event_selectors: ::std::option::Option<::std::vec::Vec<AdvancedEventSelector>>,
    pub event_selectors: ::std::option::Option<::std::vec::Vec<EventSelector>>,
    pub trail_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PutEventSelectorsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.advanced_event_selectors {
            m.push((
                "AdvancedEventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.event_selectors {
            m.push((
                "EventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.trail_arn {
            m.push(("TrailARN", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutEventSelectorsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            advanced_event_selectors: crate::codec::optional(
                m,
                "AdvancedEventSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            event_selectors: crate::codec::optional(m, "EventSelectors", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            trail_arn: crate::codec::optional(m, "TrailARN", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutInsightSelectorsRequest {
    pub event_data_store: ::std::option::Option<::std::string::String>,
    pub insight_selectors: ::std::vec::Vec<InsightSelector>,
    pub insights_destination: ::std::option::Option<::std::string::String>,
    pub trail_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PutInsightSelectorsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.event_data_store {
            m.push(("EventDataStore", crate::ToValue::to_value(x)));
        }
        m.push((
            "InsightSelectors",
            crate::codec::list_to_value(&self.insight_selectors, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.insights_destination {
            m.push(("InsightsDestination", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_name {
            m.push(("TrailName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutInsightSelectorsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store: crate::codec::optional(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
            insight_selectors: crate::codec::required(
                m,
                "InsightSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            insights_destination: crate::codec::optional(
                m,
                "InsightsDestination",
                crate::FromValue::from_value,
            )?,
            trail_name: crate::codec::optional(m, "TrailName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutInsightSelectorsResponse {
    pub event_data_store_arn: ::std::option::Option<::std::string::String>,
    pub insight_selectors: ::std::option::Option<::std::vec::Vec<InsightSelector>>,
    pub insights_destination: ::std::option::Option<::std::string::String>,
    pub trail_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PutInsightSelectorsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.event_data_store_arn {
            m.push(("EventDataStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.insight_selectors {
            m.push((
                "InsightSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.insights_destination {
            m.push(("InsightsDestination", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_arn {
            m.push(("TrailARN", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutInsightSelectorsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store_arn: crate::codec::optional(
                m,
                "EventDataStoreArn",
                crate::FromValue::from_value,
            )?,
            insight_selectors: crate::codec::optional(
                m,
                "InsightSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            insights_destination: crate::codec::optional(
                m,
                "InsightsDestination",
                crate::FromValue::from_value,
            )?,
            trail_arn: crate::codec::optional(m, "TrailARN", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutResourcePolicyRequest {
    pub resource_arn: ::std::string::String,
    pub resource_policy: ::std::string::String,
}

impl crate::ToValue for PutResourcePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("ResourceArn", crate::ToValue::to_value(&self.resource_arn)));
        m.push((
            "ResourcePolicy",
            crate::ToValue::to_value(&self.resource_policy),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutResourcePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_arn: crate::codec::required(m, "ResourceArn", crate::FromValue::from_value)?,
            resource_policy: crate::codec::required(
                m,
                "ResourcePolicy",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutResourcePolicyResponse {
    pub delegated_admin_resource_policy: ::std::option::Option<::std::string::String>,
    pub resource_arn: ::std::option::Option<::std::string::String>,
    pub resource_policy: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PutResourcePolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.delegated_admin_resource_policy {
            m.push(("DelegatedAdminResourcePolicy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_arn {
            m.push(("ResourceArn", crate::ToValue::to_value(x)));
        }
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
            delegated_admin_resource_policy: crate::codec::optional(
                m,
                "DelegatedAdminResourcePolicy",
                crate::FromValue::from_value,
            )?,
            resource_arn: crate::codec::optional(m, "ResourceArn", crate::FromValue::from_value)?,
            resource_policy: crate::codec::optional(
                m,
                "ResourcePolicy",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Query {
    pub creation_time: ::std::option::Option<crate::Timestamp>,
    pub query_id: ::std::option::Option<::std::string::String>,
    pub query_status: ::std::option::Option<QueryStatus>,
}

impl crate::ToValue for Query {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.creation_time {
            m.push(("CreationTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_id {
            m.push(("QueryId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_status {
            m.push(("QueryStatus", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Query {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            creation_time: crate::codec::optional(m, "CreationTime", crate::FromValue::from_value)?,
            query_id: crate::codec::optional(m, "QueryId", crate::FromValue::from_value)?,
            query_status: crate::codec::optional(m, "QueryStatus", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryIdNotFoundException {}

impl QueryIdNotFoundException {
    pub const CODE: &'static str = "QueryIdNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for QueryIdNotFoundException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for QueryIdNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryStatistics {
    pub bytes_scanned: ::std::option::Option<i64>,
    pub results_count: ::std::option::Option<i32>,
    pub total_results_count: ::std::option::Option<i32>,
}

impl crate::ToValue for QueryStatistics {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.bytes_scanned {
            m.push(("BytesScanned", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.results_count {
            m.push(("ResultsCount", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.total_results_count {
            m.push(("TotalResultsCount", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for QueryStatistics {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            bytes_scanned: crate::codec::optional(m, "BytesScanned", crate::FromValue::from_value)?,
            results_count: crate::codec::optional(m, "ResultsCount", crate::FromValue::from_value)?,
            total_results_count: crate::codec::optional(
                m,
                "TotalResultsCount",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryStatisticsForDescribeQuery {
    pub bytes_scanned: ::std::option::Option<i64>,
    pub creation_time: ::std::option::Option<crate::Timestamp>,
    pub events_matched: ::std::option::Option<i64>,
    pub events_scanned: ::std::option::Option<i64>,
    pub execution_time_in_millis: ::std::option::Option<i32>,
}

impl crate::ToValue for QueryStatisticsForDescribeQuery {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.bytes_scanned {
            m.push(("BytesScanned", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.creation_time {
            m.push(("CreationTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.events_matched {
            m.push(("EventsMatched", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.events_scanned {
            m.push(("EventsScanned", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.execution_time_in_millis {
            m.push(("ExecutionTimeInMillis", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for QueryStatisticsForDescribeQuery {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            bytes_scanned: crate::codec::optional(m, "BytesScanned", crate::FromValue::from_value)?,
            creation_time: crate::codec::optional(m, "CreationTime", crate::FromValue::from_value)?,
            events_matched: crate::codec::optional(
                m,
                "EventsMatched",
                crate::FromValue::from_value,
            )?,
            events_scanned: crate::codec::optional(
                m,
                "EventsScanned",
                crate::FromValue::from_value,
            )?,
            execution_time_in_millis: crate::codec::optional(
                m,
                "ExecutionTimeInMillis",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum QueryStatus {
    QUEUED,
    RUNNING,
    FINISHED,
    FAILED,
    CANCELLED,
    TIMEDOUT,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl QueryStatus {
    pub const VALUES: &'static [&'static str] = &[
        "QUEUED",
        "RUNNING",
        "FINISHED",
        "FAILED",
        "CANCELLED",
        "TIMED_OUT",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::QUEUED => "QUEUED",
            Self::RUNNING => "RUNNING",
            Self::FINISHED => "FINISHED",
            Self::FAILED => "FAILED",
            Self::CANCELLED => "CANCELLED",
            Self::TIMEDOUT => "TIMED_OUT",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "QUEUED" => Self::QUEUED,
            "RUNNING" => Self::RUNNING,
            "FINISHED" => Self::FINISHED,
            "FAILED" => Self::FAILED,
            "CANCELLED" => Self::CANCELLED,
            "TIMED_OUT" => Self::TIMEDOUT,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for QueryStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for QueryStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReadWriteType {
    ReadOnly,
    WriteOnly,
    All,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ReadWriteType {
    pub const VALUES: &'static [&'static str] = &["ReadOnly", "WriteOnly", "All"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ReadOnly => "ReadOnly",
            Self::WriteOnly => "WriteOnly",
            Self::All => "All",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ReadOnly" => Self::ReadOnly,
            "WriteOnly" => Self::WriteOnly,
            "All" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ReadWriteType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ReadWriteType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RefreshSchedule {
    pub frequency: ::std::option::Option<RefreshScheduleFrequency>,
    pub status: ::std::option::Option<RefreshScheduleStatus>,
    pub time_of_day: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for RefreshSchedule {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.frequency {
            m.push(("Frequency", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.time_of_day {
            m.push(("TimeOfDay", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RefreshSchedule {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            frequency: crate::codec::optional(m, "Frequency", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            time_of_day: crate::codec::optional(m, "TimeOfDay", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RefreshScheduleFrequency {
    pub unit: ::std::option::Option<RefreshScheduleFrequencyUnit>,
    pub value: ::std::option::Option<i32>,
}

impl crate::ToValue for RefreshScheduleFrequency {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.unit {
            m.push(("Unit", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.value {
            m.push(("Value", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RefreshScheduleFrequency {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            unit: crate::codec::optional(m, "Unit", crate::FromValue::from_value)?,
            value: crate::codec::optional(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RefreshScheduleFrequencyUnit {
    HOURS,
    DAYS,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl RefreshScheduleFrequencyUnit {
    pub const VALUES: &'static [&'static str] = &["HOURS", "DAYS"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::HOURS => "HOURS",
            Self::DAYS => "DAYS",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "HOURS" => Self::HOURS,
            "DAYS" => Self::DAYS,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for RefreshScheduleFrequencyUnit {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for RefreshScheduleFrequencyUnit {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RefreshScheduleStatus {
    ENABLED,
    DISABLED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl RefreshScheduleStatus {
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

impl crate::ToValue for RefreshScheduleStatus {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for RefreshScheduleStatus {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegisterOrganizationDelegatedAdminRequest {
    pub member_account_id: ::std::string::String,
}

impl crate::ToValue for RegisterOrganizationDelegatedAdminRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "MemberAccountId",
            crate::ToValue::to_value(&self.member_account_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RegisterOrganizationDelegatedAdminRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            member_account_id: crate::codec::required(
                m,
                "MemberAccountId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegisterOrganizationDelegatedAdminResponse {}

impl crate::ToValue for RegisterOrganizationDelegatedAdminResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for RegisterOrganizationDelegatedAdminResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveTagsRequest {
    pub resource_id: ::std::string::String,
    pub tags_list: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for RemoveTagsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("ResourceId", crate::ToValue::to_value(&self.resource_id)));
        m.push((
            "TagsList",
            crate::codec::list_to_value(&self.tags_list, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RemoveTagsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_id: crate::codec::required(m, "ResourceId", crate::FromValue::from_value)?,
            tags_list: crate::codec::required(m, "TagsList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveTagsResponse {}

impl crate::ToValue for RemoveTagsResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for RemoveTagsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestWidget {
    pub query_parameters: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub query_statement: ::std::string::String,
    pub view_properties: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
}

impl crate::ToValue for RequestWidget {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.query_parameters {
            m.push((
                "QueryParameters",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "QueryStatement",
            crate::ToValue::to_value(&self.query_statement),
        ));
        m.push((
            "ViewProperties",
            crate::codec::map_to_value(&self.view_properties, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RequestWidget {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            query_parameters: crate::codec::optional(m, "QueryParameters", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            query_statement: crate::codec::required(
                m,
                "QueryStatement",
                crate::FromValue::from_value,
            )?,
            view_properties: crate::codec::required(m, "ViewProperties", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Resource {
    pub resource_name: ::std::option::Option<::std::string::String>,
    pub resource_type: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for Resource {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.resource_name {
            m.push(("ResourceName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_type {
            m.push(("ResourceType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Resource {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_name: crate::codec::optional(m, "ResourceName", crate::FromValue::from_value)?,
            resource_type: crate::codec::optional(m, "ResourceType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceARNNotValidException {}

impl ResourceARNNotValidException {
    pub const CODE: &'static str = "ResourceARNNotValidException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ResourceARNNotValidException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ResourceARNNotValidException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceNotFoundException {}

impl ResourceNotFoundException {
    pub const CODE: &'static str = "ResourceNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ResourceNotFoundException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ResourceNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourcePolicyNotFoundException {}

impl ResourcePolicyNotFoundException {
    pub const CODE: &'static str = "ResourcePolicyNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ResourcePolicyNotFoundException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ResourcePolicyNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourcePolicyNotValidException {}

impl ResourcePolicyNotValidException {
    pub const CODE: &'static str = "ResourcePolicyNotValidException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ResourcePolicyNotValidException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ResourcePolicyNotValidException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceTag {
    pub resource_id: ::std::option::Option<::std::string::String>,
    pub tags_list: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for ResourceTag {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.resource_id {
            m.push(("ResourceId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags_list {
            m.push((
                "TagsList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResourceTag {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            resource_id: crate::codec::optional(m, "ResourceId", crate::FromValue::from_value)?,
            tags_list: crate::codec::optional(m, "TagsList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceTypeNotSupportedException {}

impl ResourceTypeNotSupportedException {
    pub const CODE: &'static str = "ResourceTypeNotSupportedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ResourceTypeNotSupportedException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ResourceTypeNotSupportedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestoreEventDataStoreRequest {
    pub event_data_store: ::std::string::String,
}

impl crate::ToValue for RestoreEventDataStoreRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "EventDataStore",
            crate::ToValue::to_value(&self.event_data_store),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RestoreEventDataStoreRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store: crate::codec::required(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestoreEventDataStoreResponse {
    pub advanced_event_selectors: ::std::option::Option<::std::vec::Vec<AdvancedEventSelector>>,
    pub billing_mode: ::std::option::Option<BillingMode>,
    pub created_timestamp: ::std::option::Option<crate::Timestamp>,
    pub event_data_store_arn: ::std::option::Option<::std::string::String>,
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    pub multi_region_enabled: ::std::option::Option<bool>,
    pub name: ::std::option::Option<::std::string::String>,
    pub organization_enabled: ::std::option::Option<bool>,
    pub retention_period: ::std::option::Option<i32>,
    pub status: ::std::option::Option<EventDataStoreStatus>,
    pub termination_protection_enabled: ::std::option::Option<bool>,
    pub updated_timestamp: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for RestoreEventDataStoreResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(12);
        if let Some(x) = &self.advanced_event_selectors {
            m.push((
                "AdvancedEventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.billing_mode {
            m.push(("BillingMode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_timestamp {
            m.push(("CreatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_data_store_arn {
            m.push(("EventDataStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.kms_key_id {
            m.push(("KmsKeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.multi_region_enabled {
            m.push(("MultiRegionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.organization_enabled {
            m.push(("OrganizationEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.retention_period {
            m.push(("RetentionPeriod", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.termination_protection_enabled {
            m.push(("TerminationProtectionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_timestamp {
            m.push(("UpdatedTimestamp", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RestoreEventDataStoreResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            advanced_event_selectors: crate::codec::optional(
                m,
                "AdvancedEventSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            billing_mode: crate::codec::optional(m, "BillingMode", crate::FromValue::from_value)?,
            created_timestamp: crate::codec::optional(
                m,
                "CreatedTimestamp",
                crate::FromValue::from_value,
            )?,
            event_data_store_arn: crate::codec::optional(
                m,
                "EventDataStoreArn",
                crate::FromValue::from_value,
            )?,
            kms_key_id: crate::codec::optional(m, "KmsKeyId", crate::FromValue::from_value)?,
            multi_region_enabled: crate::codec::optional(
                m,
                "MultiRegionEnabled",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            organization_enabled: crate::codec::optional(
                m,
                "OrganizationEnabled",
                crate::FromValue::from_value,
            )?,
            retention_period: crate::codec::optional(
                m,
                "RetentionPeriod",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            termination_protection_enabled: crate::codec::optional(
                m,
                "TerminationProtectionEnabled",
                crate::FromValue::from_value,
            )?,
            updated_timestamp: crate::codec::optional(
                m,
                "UpdatedTimestamp",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct S3BucketDoesNotExistException {}

impl S3BucketDoesNotExistException {
    pub const CODE: &'static str = "S3BucketDoesNotExistException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for S3BucketDoesNotExistException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for S3BucketDoesNotExistException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct S3ImportSource {
    pub s3_bucket_access_role_arn: ::std::string::String,
    pub s3_bucket_region: ::std::string::String,
    pub s3_location_uri: ::std::string::String,
}

impl crate::ToValue for S3ImportSource {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "S3BucketAccessRoleArn",
            crate::ToValue::to_value(&self.s3_bucket_access_role_arn),
        ));
        m.push((
            "S3BucketRegion",
            crate::ToValue::to_value(&self.s3_bucket_region),
        ));
        m.push((
            "S3LocationUri",
            crate::ToValue::to_value(&self.s3_location_uri),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for S3ImportSource {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            s3_bucket_access_role_arn: crate::codec::required(
                m,
                "S3BucketAccessRoleArn",
                crate::FromValue::from_value,
            )?,
            s3_bucket_region: crate::codec::required(
                m,
                "S3BucketRegion",
                crate::FromValue::from_value,
            )?,
            s3_location_uri: crate::codec::required(
                m,
                "S3LocationUri",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchSampleQueriesRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub search_phrase: ::std::string::String,
}

impl crate::ToValue for SearchSampleQueriesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "SearchPhrase",
            crate::ToValue::to_value(&self.search_phrase),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SearchSampleQueriesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            search_phrase: crate::codec::required(m, "SearchPhrase", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchSampleQueriesResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub search_results: ::std::option::Option<::std::vec::Vec<SearchSampleQueriesSearchResult>>,
}

impl crate::ToValue for SearchSampleQueriesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.search_results {
            m.push((
                "SearchResults",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SearchSampleQueriesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            search_results: crate::codec::optional(m, "SearchResults", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchSampleQueriesSearchResult {
    pub description: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub relevance: ::std::option::Option<f64>,
    pub sql: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for SearchSampleQueriesSearchResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.relevance {
            m.push(("Relevance", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.sql {
            m.push(("SQL", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SearchSampleQueriesSearchResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            relevance: crate::codec::optional(m, "Relevance", crate::FromValue::from_value)?,
            sql: crate::codec::optional(m, "SQL", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceQuotaExceededException {}

impl ServiceQuotaExceededException {
    pub const CODE: &'static str = "ServiceQuotaExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ServiceQuotaExceededException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ServiceQuotaExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceConfig {
    pub advanced_event_selectors: ::std::option::Option<::std::vec::Vec<AdvancedEventSelector>>,
    pub apply_to_all_regions: ::std::option::Option<bool>,
}

impl crate::ToValue for SourceConfig {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.advanced_event_selectors {
            m.push((
                "AdvancedEventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.apply_to_all_regions {
            m.push(("ApplyToAllRegions", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SourceConfig {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            advanced_event_selectors: crate::codec::optional(
                m,
                "AdvancedEventSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            apply_to_all_regions: crate::codec::optional(
                m,
                "ApplyToAllRegions",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceEventCategory {
    Management,
    Data,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl SourceEventCategory {
    pub const VALUES: &'static [&'static str] = &["Management", "Data"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Management => "Management",
            Self::Data => "Data",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Management" => Self::Management,
            "Data" => Self::Data,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for SourceEventCategory {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for SourceEventCategory {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartDashboardRefreshRequest {
    pub dashboard_id: ::std::string::String,
    pub query_parameter_values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}

impl crate::ToValue for StartDashboardRefreshRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("DashboardId", crate::ToValue::to_value(&self.dashboard_id)));
        if let Some(x) = &self.query_parameter_values {
            m.push((
                "QueryParameterValues",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartDashboardRefreshRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            dashboard_id: crate::codec::required(m, "DashboardId", crate::FromValue::from_value)?,
            query_parameter_values: crate::codec::optional(
                m,
                "QueryParameterValues",
                |v0: &crate::Value| crate::codec::map_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartDashboardRefreshResponse {
    pub refresh_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for StartDashboardRefreshResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.refresh_id {
            m.push(("RefreshId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartDashboardRefreshResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            refresh_id: crate::codec::optional(m, "RefreshId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartEventDataStoreIngestionRequest {
    pub event_data_store: ::std::string::String,
}

impl crate::ToValue for StartEventDataStoreIngestionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "EventDataStore",
            crate::ToValue::to_value(&self.event_data_store),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartEventDataStoreIngestionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store: crate::codec::required(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartEventDataStoreIngestionResponse {}

impl crate::ToValue for StartEventDataStoreIngestionResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for StartEventDataStoreIngestionResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartImportRequest {
    pub destinations: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub end_event_time: ::std::option::Option<crate::Timestamp>,
    pub import_id: ::std::option::Option<::std::string::String>,
    pub import_source: ::std::option::Option<ImportSource>,
    pub start_event_time: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for StartImportRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.destinations {
            m.push((
                "Destinations",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.end_event_time {
            m.push(("EndEventTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_id {
            m.push(("ImportId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_source {
            m.push(("ImportSource", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_event_time {
            m.push(("StartEventTime", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartImportRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            destinations: crate::codec::optional(m, "Destinations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            end_event_time: crate::codec::optional(
                m,
                "EndEventTime",
                crate::FromValue::from_value,
            )?,
            import_id: crate::codec::optional(m, "ImportId", crate::FromValue::from_value)?,
            import_source: crate::codec::optional(m, "ImportSource", crate::FromValue::from_value)?,
            start_event_time: crate::codec::optional(
                m,
                "StartEventTime",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartImportResponse {
    pub created_timestamp: ::std::option::Option<crate::Timestamp>,
    pub destinations: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub end_event_time: ::std::option::Option<crate::Timestamp>,
    pub import_id: ::std::option::Option<::std::string::String>,
    pub import_source: ::std::option::Option<ImportSource>,
    pub import_status: ::std::option::Option<ImportStatus>,
    pub start_event_time: ::std::option::Option<crate::Timestamp>,
    pub updated_timestamp: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for StartImportResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.created_timestamp {
            m.push(("CreatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.destinations {
            m.push((
                "Destinations",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.end_event_time {
            m.push(("EndEventTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_id {
            m.push(("ImportId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_source {
            m.push(("ImportSource", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_status {
            m.push(("ImportStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_event_time {
            m.push(("StartEventTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_timestamp {
            m.push(("UpdatedTimestamp", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartImportResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_timestamp: crate::codec::optional(
                m,
                "CreatedTimestamp",
                crate::FromValue::from_value,
            )?,
            destinations: crate::codec::optional(m, "Destinations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            end_event_time: crate::codec::optional(
                m,
                "EndEventTime",
                crate::FromValue::from_value,
            )?,
            import_id: crate::codec::optional(m, "ImportId", crate::FromValue::from_value)?,
            import_source: crate::codec::optional(m, "ImportSource", crate::FromValue::from_value)?,
            import_status: crate::codec::optional(m, "ImportStatus", crate::FromValue::from_value)?,
            start_event_time: crate::codec::optional(
                m,
                "StartEventTime",
                crate::FromValue::from_value,
            )?,
            updated_timestamp: crate::codec::optional(
                m,
                "UpdatedTimestamp",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartLoggingRequest {
    pub name: ::std::string::String,
}

impl crate::ToValue for StartLoggingRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartLoggingRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartLoggingResponse {}

impl crate::ToValue for StartLoggingResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for StartLoggingResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartQueryRequest {
    pub delivery_s3_uri: ::std::option::Option<::std::string::String>,
    pub event_data_store_owner_account_id: ::std::option::Option<::std::string::String>,
    pub query_alias: ::std::option::Option<::std::string::String>,
    pub query_parameters: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub query_statement: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for StartQueryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.delivery_s3_uri {
            m.push(("DeliveryS3Uri", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_data_store_owner_account_id {
            m.push(("EventDataStoreOwnerAccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_alias {
            m.push(("QueryAlias", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_parameters {
            m.push((
                "QueryParameters",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.query_statement {
            m.push(("QueryStatement", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartQueryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delivery_s3_uri: crate::codec::optional(
                m,
                "DeliveryS3Uri",
                crate::FromValue::from_value,
            )?,
            event_data_store_owner_account_id: crate::codec::optional(
                m,
                "EventDataStoreOwnerAccountId",
                crate::FromValue::from_value,
            )?,
            query_alias: crate::codec::optional(m, "QueryAlias", crate::FromValue::from_value)?,
            query_parameters: crate::codec::optional(m, "QueryParameters", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            query_statement: crate::codec::optional(
                m,
                "QueryStatement",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartQueryResponse {
    pub event_data_store_owner_account_id: ::std::option::Option<::std::string::String>,
    pub query_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for StartQueryResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.event_data_store_owner_account_id {
            m.push(("EventDataStoreOwnerAccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_id {
            m.push(("QueryId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StartQueryResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store_owner_account_id: crate::codec::optional(
                m,
                "EventDataStoreOwnerAccountId",
                crate::FromValue::from_value,
            )?,
            query_id: crate::codec::optional(m, "QueryId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StopEventDataStoreIngestionRequest {
    pub event_data_store: ::std::string::String,
}

impl crate::ToValue for StopEventDataStoreIngestionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "EventDataStore",
            crate::ToValue::to_value(&self.event_data_store),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StopEventDataStoreIngestionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            event_data_store: crate::codec::required(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StopEventDataStoreIngestionResponse {}

impl crate::ToValue for StopEventDataStoreIngestionResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for StopEventDataStoreIngestionResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StopImportRequest {
    pub import_id: ::std::string::String,
}

impl crate::ToValue for StopImportRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("ImportId", crate::ToValue::to_value(&self.import_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StopImportRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            import_id: crate::codec::required(m, "ImportId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StopImportResponse {
    pub created_timestamp: ::std::option::Option<crate::Timestamp>,
    pub destinations: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub end_event_time: ::std::option::Option<crate::Timestamp>,
    pub import_id: ::std::option::Option<::std::string::String>,
    pub import_source: ::std::option::Option<ImportSource>,
    pub import_statistics: ::std::option::Option<ImportStatistics>,
    pub import_status: ::std::option::Option<ImportStatus>,
    pub start_event_time: ::std::option::Option<crate::Timestamp>,
    pub updated_timestamp: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for StopImportResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.created_timestamp {
            m.push(("CreatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.destinations {
            m.push((
                "Destinations",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.end_event_time {
            m.push(("EndEventTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_id {
            m.push(("ImportId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_source {
            m.push(("ImportSource", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_statistics {
            m.push(("ImportStatistics", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.import_status {
            m.push(("ImportStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_event_time {
            m.push(("StartEventTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_timestamp {
            m.push(("UpdatedTimestamp", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StopImportResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_timestamp: crate::codec::optional(
                m,
                "CreatedTimestamp",
                crate::FromValue::from_value,
            )?,
            destinations: crate::codec::optional(m, "Destinations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            end_event_time: crate::codec::optional(
                m,
                "EndEventTime",
                crate::FromValue::from_value,
            )?,
            import_id: crate::codec::optional(m, "ImportId", crate::FromValue::from_value)?,
            import_source: crate::codec::optional(m, "ImportSource", crate::FromValue::from_value)?,
            import_statistics: crate::codec::optional(
                m,
                "ImportStatistics",
                crate::FromValue::from_value,
            )?,
            import_status: crate::codec::optional(m, "ImportStatus", crate::FromValue::from_value)?,
            start_event_time: crate::codec::optional(
                m,
                "StartEventTime",
                crate::FromValue::from_value,
            )?,
            updated_timestamp: crate::codec::optional(
                m,
                "UpdatedTimestamp",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StopLoggingRequest {
    pub name: ::std::string::String,
}

impl crate::ToValue for StopLoggingRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StopLoggingRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StopLoggingResponse {}

impl crate::ToValue for StopLoggingResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for StopLoggingResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tag {
    pub key: ::std::string::String,
    pub value: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for Tag {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Key", crate::ToValue::to_value(&self.key)));
        if let Some(x) = &self.value {
            m.push(("Value", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Tag {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            key: crate::codec::required(m, "Key", crate::FromValue::from_value)?,
            value: crate::codec::optional(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagsLimitExceededException {}

impl TagsLimitExceededException {
    pub const CODE: &'static str = "TagsLimitExceededException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for TagsLimitExceededException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for TagsLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Template {
    APIACTIVITY,
    RESOURCEACCESS,
    USERACTIONS,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl Template {
    pub const VALUES: &'static [&'static str] =
        &["API_ACTIVITY", "RESOURCE_ACCESS", "USER_ACTIONS"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::APIACTIVITY => "API_ACTIVITY",
            Self::RESOURCEACCESS => "RESOURCE_ACCESS",
            Self::USERACTIONS => "USER_ACTIONS",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "API_ACTIVITY" => Self::APIACTIVITY,
            "RESOURCE_ACCESS" => Self::RESOURCEACCESS,
            "USER_ACTIONS" => Self::USERACTIONS,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for Template {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for Template {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ThrottlingException {}

impl ThrottlingException {
    pub const CODE: &'static str = "ThrottlingException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ThrottlingException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ThrottlingException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Trail {
    pub cloud_watch_logs_log_group_arn: ::std::option::Option<::std::string::String>,
    pub cloud_watch_logs_role_arn: ::std::option::Option<::std::string::String>,
    pub has_custom_event_selectors: ::std::option::Option<bool>,
    pub has_insight_selectors: ::std::option::Option<bool>,
    pub home_region: ::std::option::Option<::std::string::String>,
    pub include_global_service_events: ::std::option::Option<bool>,
    pub is_multi_region_trail: ::std::option::Option<bool>,
    pub is_organization_trail: ::std::option::Option<bool>,
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    pub log_file_validation_enabled: ::std::option::Option<bool>,
    pub name: ::std::option::Option<::std::string::String>,
    pub recursive_logging: ::std::option::Option<bool>,
    pub s3_bucket_name: ::std::option::Option<::std::string::String>,
    pub s3_key_prefix: ::std::option::Option<::std::string::String>,
    pub sns_topic_arn: ::std::option::Option<::std::string::String>,
    pub sns_topic_name: ::std::option::Option<::std::string::String>,
    pub trail_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for Trail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(17);
        if let Some(x) = &self.cloud_watch_logs_log_group_arn {
            m.push(("CloudWatchLogsLogGroupArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.cloud_watch_logs_role_arn {
            m.push(("CloudWatchLogsRoleArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.has_custom_event_selectors {
            m.push(("HasCustomEventSelectors", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.has_insight_selectors {
            m.push(("HasInsightSelectors", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.home_region {
            m.push(("HomeRegion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.include_global_service_events {
            m.push(("IncludeGlobalServiceEvents", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_multi_region_trail {
            m.push(("IsMultiRegionTrail", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_organization_trail {
            m.push(("IsOrganizationTrail", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.kms_key_id {
            m.push(("KmsKeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.log_file_validation_enabled {
            m.push(("LogFileValidationEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.recursive_logging {
            m.push(("RecursiveLogging", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.s3_bucket_name {
            m.push(("S3BucketName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.s3_key_prefix {
            m.push(("S3KeyPrefix", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.sns_topic_arn {
            m.push(("SnsTopicARN", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.sns_topic_name {
            m.push(("SnsTopicName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_arn {
            m.push(("TrailARN", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Trail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            cloud_watch_logs_log_group_arn: crate::codec::optional(
                m,
                "CloudWatchLogsLogGroupArn",
                crate::FromValue::from_value,
            )?,
            cloud_watch_logs_role_arn: crate::codec::optional(
                m,
                "CloudWatchLogsRoleArn",
                crate::FromValue::from_value,
            )?,
            has_custom_event_selectors: crate::codec::optional(
                m,
                "HasCustomEventSelectors",
                crate::FromValue::from_value,
            )?,
            has_insight_selectors: crate::codec::optional(
                m,
                "HasInsightSelectors",
                crate::FromValue::from_value,
            )?,
            home_region: crate::codec::optional(m, "HomeRegion", crate::FromValue::from_value)?,
            include_global_service_events: crate::codec::optional(
                m,
                "IncludeGlobalServiceEvents",
                crate::FromValue::from_value,
            )?,
            is_multi_region_trail: crate::codec::optional(
                m,
                "IsMultiRegionTrail",
                crate::FromValue::from_value,
            )?,
            is_organization_trail: crate::codec::optional(
                m,
                "IsOrganizationTrail",
                crate::FromValue::from_value,
            )?,
            kms_key_id: crate::codec::optional(m, "KmsKeyId", crate::FromValue::from_value)?,
            log_file_validation_enabled: crate::codec::optional(
                m,
                "LogFileValidationEnabled",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            recursive_logging: crate::codec::optional(
                m,
                "RecursiveLogging",
                crate::FromValue::from_value,
            )?,
            s3_bucket_name: crate::codec::optional(
                m,
                "S3BucketName",
                crate::FromValue::from_value,
            )?,
            s3_key_prefix: crate::codec::optional(m, "S3KeyPrefix", crate::FromValue::from_value)?,
            sns_topic_arn: crate::codec::optional(m, "SnsTopicARN", crate::FromValue::from_value)?,
            sns_topic_name: crate::codec::optional(
                m,
                "SnsTopicName",
                crate::FromValue::from_value,
            )?,
            trail_arn: crate::codec::optional(m, "TrailARN", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrailAlreadyExistsException {}

impl TrailAlreadyExistsException {
    pub const CODE: &'static str = "TrailAlreadyExistsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for TrailAlreadyExistsException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for TrailAlreadyExistsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrailInfo {
    pub home_region: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub trail_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for TrailInfo {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.home_region {
            m.push(("HomeRegion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_arn {
            m.push(("TrailARN", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TrailInfo {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            home_region: crate::codec::optional(m, "HomeRegion", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            trail_arn: crate::codec::optional(m, "TrailARN", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrailNotFoundException {}

impl TrailNotFoundException {
    pub const CODE: &'static str = "TrailNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for TrailNotFoundException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for TrailNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrailNotProvidedException {}

impl TrailNotProvidedException {
    pub const CODE: &'static str = "TrailNotProvidedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for TrailNotProvidedException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for TrailNotProvidedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    TagContext,
    RequestContext,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl Type {
    pub const VALUES: &'static [&'static str] = &["TagContext", "RequestContext"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::TagContext => "TagContext",
            Self::RequestContext => "RequestContext",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "TagContext" => Self::TagContext,
            "RequestContext" => Self::RequestContext,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for Type {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for Type {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsupportedOperationException {}

impl UnsupportedOperationException {
    pub const CODE: &'static str = "UnsupportedOperationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for UnsupportedOperationException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UnsupportedOperationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateChannelRequest {
    pub channel: ::std::string::String,
    pub destinations: ::std::option::Option<::std::vec::Vec<Destination>>,
    pub name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateChannelRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("Channel", crate::ToValue::to_value(&self.channel)));
        if let Some(x) = &self.destinations {
            m.push((
                "Destinations",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateChannelRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            channel: crate::codec::required(m, "Channel", crate::FromValue::from_value)?,
            destinations: crate::codec::optional(m, "Destinations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateChannelResponse {
    pub channel_arn: ::std::option::Option<::std::string::String>,
    pub destinations: ::std::option::Option<::std::vec::Vec<Destination>>,
    pub name: ::std::option::Option<::std::string::String>,
    pub source: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateChannelResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.channel_arn {
            m.push(("ChannelArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.destinations {
            m.push((
                "Destinations",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source {
            m.push(("Source", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateChannelResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            channel_arn: crate::codec::optional(m, "ChannelArn", crate::FromValue::from_value)?,
            destinations: crate::codec::optional(m, "Destinations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            source: crate::codec::optional(m, "Source", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateDashboardRequest {
    pub dashboard_id: ::std::string::String,
    pub refresh_schedule: ::std::option::Option<RefreshSchedule>,
    pub termination_protection_enabled: ::std::option::Option<bool>,
    pub widgets: ::std::option::Option<::std::vec::Vec<RequestWidget>>,
}

impl crate::ToValue for UpdateDashboardRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("DashboardId", crate::ToValue::to_value(&self.dashboard_id)));
        if let Some(x) = &self.refresh_schedule {
            m.push(("RefreshSchedule", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.termination_protection_enabled {
            m.push(("TerminationProtectionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.widgets {
            m.push((
                "Widgets",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateDashboardRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            dashboard_id: crate::codec::required(m, "DashboardId", crate::FromValue::from_value)?,
            refresh_schedule: crate::codec::optional(
                m,
                "RefreshSchedule",
                crate::FromValue::from_value,
            )?,
            termination_protection_enabled: crate::codec::optional(
                m,
                "TerminationProtectionEnabled",
                crate::FromValue::from_value,
            )?,
            widgets: crate::codec::optional(m, "Widgets", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateDashboardResponse {
    pub created_timestamp: ::std::option::Option<crate::Timestamp>,
    pub dashboard_arn: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub refresh_schedule: ::std::option::Option<RefreshSchedule>,
    pub termination_protection_enabled: ::std::option::Option<bool>,
    pub r#type: ::std::option::Option<DashboardType>,
    pub updated_timestamp: ::std::option::Option<crate::Timestamp>,
    pub widgets: ::std::option::Option<::std::vec::Vec<Widget>>,
}

impl crate::ToValue for UpdateDashboardResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.created_timestamp {
            m.push(("CreatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.dashboard_arn {
            m.push(("DashboardArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.refresh_schedule {
            m.push(("RefreshSchedule", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.termination_protection_enabled {
            m.push(("TerminationProtectionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_timestamp {
            m.push(("UpdatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.widgets {
            m.push((
                "Widgets",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateDashboardResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            created_timestamp: crate::codec::optional(
                m,
                "CreatedTimestamp",
                crate::FromValue::from_value,
            )?,
            dashboard_arn: crate::codec::optional(m, "DashboardArn", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            refresh_schedule: crate::codec::optional(
                m,
                "RefreshSchedule",
                crate::FromValue::from_value,
            )?,
            termination_protection_enabled: crate::codec::optional(
                m,
                "TerminationProtectionEnabled",
                crate::FromValue::from_value,
            )?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
            updated_timestamp: crate::codec::optional(
                m,
                "UpdatedTimestamp",
                crate::FromValue::from_value,
            )?,
            widgets: crate::codec::optional(m, "Widgets", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateEventDataStoreRequest {
    pub advanced_event_selectors: ::std::option::Option<::std::vec::Vec<AdvancedEventSelector>>,
    pub billing_mode: ::std::option::Option<BillingMode>,
    pub event_data_store: ::std::string::String,
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    pub multi_region_enabled: ::std::option::Option<bool>,
    pub name: ::std::option::Option<::std::string::String>,
    pub organization_enabled: ::std::option::Option<bool>,
    pub retention_period: ::std::option::Option<i32>,
    pub termination_protection_enabled: ::std::option::Option<bool>,
}

impl crate::ToValue for UpdateEventDataStoreRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.advanced_event_selectors {
            m.push((
                "AdvancedEventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.billing_mode {
            m.push(("BillingMode", crate::ToValue::to_value(x)));
        }
        m.push((
            "EventDataStore",
            crate::ToValue::to_value(&self.event_data_store),
        ));
        if let Some(x) = &self.kms_key_id {
            m.push(("KmsKeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.multi_region_enabled {
            m.push(("MultiRegionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.organization_enabled {
            m.push(("OrganizationEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.retention_period {
            m.push(("RetentionPeriod", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.termination_protection_enabled {
            m.push(("TerminationProtectionEnabled", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateEventDataStoreRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            advanced_event_selectors: crate::codec::optional(
                m,
                "AdvancedEventSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            billing_mode: crate::codec::optional(m, "BillingMode", crate::FromValue::from_value)?,
            event_data_store: crate::codec::required(
                m,
                "EventDataStore",
                crate::FromValue::from_value,
            )?,
            kms_key_id: crate::codec::optional(m, "KmsKeyId", crate::FromValue::from_value)?,
            multi_region_enabled: crate::codec::optional(
                m,
                "MultiRegionEnabled",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            organization_enabled: crate::codec::optional(
                m,
                "OrganizationEnabled",
                crate::FromValue::from_value,
            )?,
            retention_period: crate::codec::optional(
                m,
                "RetentionPeriod",
                crate::FromValue::from_value,
            )?,
            termination_protection_enabled: crate::codec::optional(
                m,
                "TerminationProtectionEnabled",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateEventDataStoreResponse {
    pub advanced_event_selectors: ::std::option::Option<::std::vec::Vec<AdvancedEventSelector>>,
    pub billing_mode: ::std::option::Option<BillingMode>,
    pub created_timestamp: ::std::option::Option<crate::Timestamp>,
    pub event_data_store_arn: ::std::option::Option<::std::string::String>,
    pub federation_role_arn: ::std::option::Option<::std::string::String>,
    pub federation_status: ::std::option::Option<FederationStatus>,
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    pub multi_region_enabled: ::std::option::Option<bool>,
    pub name: ::std::option::Option<::std::string::String>,
    pub organization_enabled: ::std::option::Option<bool>,
    pub retention_period: ::std::option::Option<i32>,
    pub status: ::std::option::Option<EventDataStoreStatus>,
    pub termination_protection_enabled: ::std::option::Option<bool>,
    pub updated_timestamp: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for UpdateEventDataStoreResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(14);
        if let Some(x) = &self.advanced_event_selectors {
            m.push((
                "AdvancedEventSelectors",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.billing_mode {
            m.push(("BillingMode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.created_timestamp {
            m.push(("CreatedTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.event_data_store_arn {
            m.push(("EventDataStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.federation_role_arn {
            m.push(("FederationRoleArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.federation_status {
            m.push(("FederationStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.kms_key_id {
            m.push(("KmsKeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.multi_region_enabled {
            m.push(("MultiRegionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.organization_enabled {
            m.push(("OrganizationEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.retention_period {
            m.push(("RetentionPeriod", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.termination_protection_enabled {
            m.push(("TerminationProtectionEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_timestamp {
            m.push(("UpdatedTimestamp", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateEventDataStoreResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            advanced_event_selectors: crate::codec::optional(
                m,
                "AdvancedEventSelectors",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            billing_mode: crate::codec::optional(m, "BillingMode", crate::FromValue::from_value)?,
            created_timestamp: crate::codec::optional(
                m,
                "CreatedTimestamp",
                crate::FromValue::from_value,
            )?,
            event_data_store_arn: crate::codec::optional(
                m,
                "EventDataStoreArn",
                crate::FromValue::from_value,
            )?,
            federation_role_arn: crate::codec::optional(
                m,
                "FederationRoleArn",
                crate::FromValue::from_value,
            )?,
            federation_status: crate::codec::optional(
                m,
                "FederationStatus",
                crate::FromValue::from_value,
            )?,
            kms_key_id: crate::codec::optional(m, "KmsKeyId", crate::FromValue::from_value)?,
            multi_region_enabled: crate::codec::optional(
                m,
                "MultiRegionEnabled",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            organization_enabled: crate::codec::optional(
                m,
                "OrganizationEnabled",
                crate::FromValue::from_value,
            )?,
            retention_period: crate::codec::optional(
                m,
                "RetentionPeriod",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            termination_protection_enabled: crate::codec::optional(
                m,
                "TerminationProtectionEnabled",
                crate::FromValue::from_value,
            )?,
            updated_timestamp: crate::codec::optional(
                m,
                "UpdatedTimestamp",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateTrailRequest {
    pub cloud_watch_logs_log_group_arn: ::std::option::Option<::std::string::String>,
    pub cloud_watch_logs_role_arn: ::std::option::Option<::std::string::String>,
    pub enable_log_file_validation: ::std::option::Option<bool>,
    pub include_global_service_events: ::std::option::Option<bool>,
    pub is_multi_region_trail: ::std::option::Option<bool>,
    pub is_organization_trail: ::std::option::Option<bool>,
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    pub recursive_logging: ::std::option::Option<bool>,
    pub s3_bucket_name: ::std::option::Option<::std::string::String>,
    pub s3_key_prefix: ::std::option::Option<::std::string::String>,
    pub sns_topic_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateTrailRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(12);
        if let Some(x) = &self.cloud_watch_logs_log_group_arn {
            m.push(("CloudWatchLogsLogGroupArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.cloud_watch_logs_role_arn {
            m.push(("CloudWatchLogsRoleArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.enable_log_file_validation {
            m.push(("EnableLogFileValidation", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.include_global_service_events {
            m.push(("IncludeGlobalServiceEvents", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_multi_region_trail {
            m.push(("IsMultiRegionTrail", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_organization_trail {
            m.push(("IsOrganizationTrail", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.kms_key_id {
            m.push(("KmsKeyId", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.recursive_logging {
            m.push(("RecursiveLogging", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.s3_bucket_name {
            m.push(("S3BucketName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.s3_key_prefix {
            m.push(("S3KeyPrefix", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.sns_topic_name {
            m.push(("SnsTopicName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateTrailRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            cloud_watch_logs_log_group_arn: crate::codec::optional(
                m,
                "CloudWatchLogsLogGroupArn",
                crate::FromValue::from_value,
            )?,
            cloud_watch_logs_role_arn: crate::codec::optional(
                m,
                "CloudWatchLogsRoleArn",
                crate::FromValue::from_value,
            )?,
            enable_log_file_validation: crate::codec::optional(
                m,
                "EnableLogFileValidation",
                crate::FromValue::from_value,
            )?,
            include_global_service_events: crate::codec::optional(
                m,
                "IncludeGlobalServiceEvents",
                crate::FromValue::from_value,
            )?,
            is_multi_region_trail: crate::codec::optional(
                m,
                "IsMultiRegionTrail",
                crate::FromValue::from_value,
            )?,
            is_organization_trail: crate::codec::optional(
                m,
                "IsOrganizationTrail",
                crate::FromValue::from_value,
            )?,
            kms_key_id: crate::codec::optional(m, "KmsKeyId", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            recursive_logging: crate::codec::optional(
                m,
                "RecursiveLogging",
                crate::FromValue::from_value,
            )?,
            s3_bucket_name: crate::codec::optional(
                m,
                "S3BucketName",
                crate::FromValue::from_value,
            )?,
            s3_key_prefix: crate::codec::optional(m, "S3KeyPrefix", crate::FromValue::from_value)?,
            sns_topic_name: crate::codec::optional(
                m,
                "SnsTopicName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateTrailResponse {
    pub cloud_watch_logs_log_group_arn: ::std::option::Option<::std::string::String>,
    pub cloud_watch_logs_role_arn: ::std::option::Option<::std::string::String>,
    pub include_global_service_events: ::std::option::Option<bool>,
    pub is_multi_region_trail: ::std::option::Option<bool>,
    pub is_organization_trail: ::std::option::Option<bool>,
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    pub log_file_validation_enabled: ::std::option::Option<bool>,
    pub name: ::std::option::Option<::std::string::String>,
    pub recursive_logging: ::std::option::Option<bool>,
    pub s3_bucket_name: ::std::option::Option<::std::string::String>,
    pub s3_key_prefix: ::std::option::Option<::std::string::String>,
    pub sns_topic_arn: ::std::option::Option<::std::string::String>,
    pub sns_topic_name: ::std::option::Option<::std::string::String>,
    pub trail_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateTrailResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(14);
        if let Some(x) = &self.cloud_watch_logs_log_group_arn {
            m.push(("CloudWatchLogsLogGroupArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.cloud_watch_logs_role_arn {
            m.push(("CloudWatchLogsRoleArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.include_global_service_events {
            m.push(("IncludeGlobalServiceEvents", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_multi_region_trail {
            m.push(("IsMultiRegionTrail", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_organization_trail {
            m.push(("IsOrganizationTrail", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.kms_key_id {
            m.push(("KmsKeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.log_file_validation_enabled {
            m.push(("LogFileValidationEnabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.recursive_logging {
            m.push(("RecursiveLogging", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.s3_bucket_name {
            m.push(("S3BucketName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.s3_key_prefix {
            m.push(("S3KeyPrefix", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.sns_topic_arn {
            m.push(("SnsTopicARN", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.sns_topic_name {
            m.push(("SnsTopicName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.trail_arn {
            m.push(("TrailARN", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateTrailResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            cloud_watch_logs_log_group_arn: crate::codec::optional(
                m,
                "CloudWatchLogsLogGroupArn",
                crate::FromValue::from_value,
            )?,
            cloud_watch_logs_role_arn: crate::codec::optional(
                m,
                "CloudWatchLogsRoleArn",
                crate::FromValue::from_value,
            )?,
            include_global_service_events: crate::codec::optional(
                m,
                "IncludeGlobalServiceEvents",
                crate::FromValue::from_value,
            )?,
            is_multi_region_trail: crate::codec::optional(
                m,
                "IsMultiRegionTrail",
                crate::FromValue::from_value,
            )?,
            is_organization_trail: crate::codec::optional(
                m,
                "IsOrganizationTrail",
                crate::FromValue::from_value,
            )?,
            kms_key_id: crate::codec::optional(m, "KmsKeyId", crate::FromValue::from_value)?,
            log_file_validation_enabled: crate::codec::optional(
                m,
                "LogFileValidationEnabled",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            recursive_logging: crate::codec::optional(
                m,
                "RecursiveLogging",
                crate::FromValue::from_value,
            )?,
            s3_bucket_name: crate::codec::optional(
                m,
                "S3BucketName",
                crate::FromValue::from_value,
            )?,
            s3_key_prefix: crate::codec::optional(m, "S3KeyPrefix", crate::FromValue::from_value)?,
            sns_topic_arn: crate::codec::optional(m, "SnsTopicARN", crate::FromValue::from_value)?,
            sns_topic_name: crate::codec::optional(
                m,
                "SnsTopicName",
                crate::FromValue::from_value,
            )?,
            trail_arn: crate::codec::optional(m, "TrailARN", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Widget {
    pub query_alias: ::std::option::Option<::std::string::String>,
    pub query_parameters: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub query_statement: ::std::option::Option<::std::string::String>,
    pub view_properties: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}

impl crate::ToValue for Widget {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.query_alias {
            m.push(("QueryAlias", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.query_parameters {
            m.push((
                "QueryParameters",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.query_statement {
            m.push(("QueryStatement", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.view_properties {
            m.push((
                "ViewProperties",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Widget {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            query_alias: crate::codec::optional(m, "QueryAlias", crate::FromValue::from_value)?,
            query_parameters: crate::codec::optional(m, "QueryParameters", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            query_statement: crate::codec::optional(
                m,
                "QueryStatement",
                crate::FromValue::from_value,
            )?,
            view_properties: crate::codec::optional(m, "ViewProperties", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}
