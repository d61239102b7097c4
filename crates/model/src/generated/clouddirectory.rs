//! The `clouddirectory` service: schema tables and typed shapes. Written by `scripts/codegen` from botocore 1.44.8; do not edit.

#![allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case)]

pub static SERVICE: crate::ServiceDef = crate::ServiceDef {
    name: "clouddirectory",
    protocol: crate::Protocol::RestJson,
    protocols: &["rest-json"],
    api_version: "2017-01-11",
    target_prefix: None,
    json_version: None,
    xml_namespace: None,
    signing_name: "clouddirectory",
    endpoint_prefix: "clouddirectory",
    operations: &OPERATIONS,
    shapes: &SHAPES,
};

static OPERATIONS: [crate::OperationDef; 66] = [
    crate::OperationDef {
        name: "AddFacetToObject",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/object/facets",
        response_code: 200,
        input: Some(crate::ShapeId(1)),
        output: Some(crate::ShapeId(2)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ApplySchema",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/schema/apply",
        response_code: 200,
        input: Some(crate::ShapeId(3)),
        output: Some(crate::ShapeId(4)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(287),
            crate::ShapeId(278),
            crate::ShapeId(187),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AttachObject",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/object/attach",
        response_code: 200,
        input: Some(crate::ShapeId(7)),
        output: Some(crate::ShapeId(8)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(198),
            crate::ShapeId(187),
            crate::ShapeId(336),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AttachPolicy",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/policy/attach",
        response_code: 200,
        input: Some(crate::ShapeId(9)),
        output: Some(crate::ShapeId(10)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(245),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AttachToIndex",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/index/attach",
        response_code: 200,
        input: Some(crate::ShapeId(11)),
        output: Some(crate::ShapeId(12)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(187),
            crate::ShapeId(278),
            crate::ShapeId(198),
            crate::ShapeId(184),
            crate::ShapeId(243),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AttachTypedLink",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/typedlink/attach",
        response_code: 200,
        input: Some(crate::ShapeId(13)),
        output: Some(crate::ShapeId(14)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(187),
            crate::ShapeId(336),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "BatchRead",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/batchread",
        response_code: 200,
        input: Some(crate::ShapeId(82)),
        output: Some(crate::ShapeId(83)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "BatchWrite",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/batchwrite",
        response_code: 200,
        input: Some(crate::ShapeId(98)),
        output: Some(crate::ShapeId(99)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(92),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateDirectory",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/directory/create",
        response_code: 200,
        input: Some(crate::ShapeId(105)),
        output: Some(crate::ShapeId(106)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(137),
            crate::ShapeId(278),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateFacet",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/facet/create",
        response_code: 200,
        input: Some(crate::ShapeId(107)),
        output: Some(crate::ShapeId(108)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(151),
            crate::ShapeId(190),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateIndex",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/index",
        response_code: 200,
        input: Some(crate::ShapeId(109)),
        output: Some(crate::ShapeId(110)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(164),
            crate::ShapeId(198),
            crate::ShapeId(318),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateObject",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/object",
        response_code: 200,
        input: Some(crate::ShapeId(111)),
        output: Some(crate::ShapeId(112)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(164),
            crate::ShapeId(198),
            crate::ShapeId(318),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateSchema",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/schema/create",
        response_code: 200,
        input: Some(crate::ShapeId(113)),
        output: Some(crate::ShapeId(114)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(287),
            crate::ShapeId(0),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateTypedLinkFacet",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/typedlink/facet/create",
        response_code: 200,
        input: Some(crate::ShapeId(115)),
        output: Some(crate::ShapeId(116)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(151),
            crate::ShapeId(190),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteDirectory",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/directory",
        response_code: 200,
        input: Some(crate::ShapeId(119)),
        output: Some(crate::ShapeId(120)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(278),
            crate::ShapeId(142),
            crate::ShapeId(185),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(139),
            crate::ShapeId(279),
            crate::ShapeId(186),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteFacet",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/facet/delete",
        response_code: 200,
        input: Some(crate::ShapeId(121)),
        output: Some(crate::ShapeId(122)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(162),
            crate::ShapeId(159),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteObject",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/object/delete",
        response_code: 200,
        input: Some(crate::ShapeId(123)),
        output: Some(crate::ShapeId(124)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(259),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteSchema",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/schema",
        response_code: 200,
        input: Some(crate::ShapeId(125)),
        output: Some(crate::ShapeId(126)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(294),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteTypedLinkFacet",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/typedlink/facet/delete",
        response_code: 200,
        input: Some(crate::ShapeId(127)),
        output: Some(crate::ShapeId(128)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(162),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DetachFromIndex",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/index/detach",
        response_code: 200,
        input: Some(crate::ShapeId(129)),
        output: Some(crate::ShapeId(130)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(248),
            crate::ShapeId(243),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DetachObject",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/object/detach",
        response_code: 200,
        input: Some(crate::ShapeId(131)),
        output: Some(crate::ShapeId(132)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(244),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DetachPolicy",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/policy/detach",
        response_code: 200,
        input: Some(crate::ShapeId(133)),
        output: Some(crate::ShapeId(134)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(245),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DetachTypedLink",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/typedlink/detach",
        response_code: 200,
        input: Some(crate::ShapeId(135)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableDirectory",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/directory/disable",
        response_code: 200,
        input: Some(crate::ShapeId(145)),
        output: Some(crate::ShapeId(146)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(278),
            crate::ShapeId(139),
            crate::ShapeId(185),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(279),
            crate::ShapeId(186),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableDirectory",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/directory/enable",
        response_code: 200,
        input: Some(crate::ShapeId(147)),
        output: Some(crate::ShapeId(148)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(278),
            crate::ShapeId(139),
            crate::ShapeId(185),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(279),
            crate::ShapeId(186),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetAppliedSchemaVersion",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/schema/getappliedschema",
        response_code: 200,
        input: Some(crate::ShapeId(165)),
        output: Some(crate::ShapeId(166)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetDirectory",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/directory/get",
        response_code: 200,
        input: Some(crate::ShapeId(167)),
        output: Some(crate::ShapeId(168)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetFacet",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/facet",
        response_code: 200,
        input: Some(crate::ShapeId(169)),
        output: Some(crate::ShapeId(170)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(162),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetLinkAttributes",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/typedlink/attributes/get",
        response_code: 200,
        input: Some(crate::ShapeId(171)),
        output: Some(crate::ShapeId(172)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetObjectAttributes",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/object/attributes/get",
        response_code: 200,
        input: Some(crate::ShapeId(173)),
        output: Some(crate::ShapeId(174)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetObjectInformation",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/object/information",
        response_code: 200,
        input: Some(crate::ShapeId(175)),
        output: Some(crate::ShapeId(176)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetSchemaAsJson",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/schema/json",
        response_code: 200,
        input: Some(crate::ShapeId(177)),
        output: Some(crate::ShapeId(178)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(336),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetTypedLinkFacetInformation",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/typedlink/facet/get",
        response_code: 200,
        input: Some(crate::ShapeId(179)),
        output: Some(crate::ShapeId(180)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(189),
            crate::ShapeId(162),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAppliedSchemaArns",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/schema/applied",
        response_code: 200,
        input: Some(crate::ShapeId(200)),
        output: Some(crate::ShapeId(201)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(189),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAttachedIndices",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/object/indices",
        response_code: 200,
        input: Some(crate::ShapeId(202)),
        output: Some(crate::ShapeId(203)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListDevelopmentSchemaArns",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/schema/development",
        response_code: 200,
        input: Some(crate::ShapeId(204)),
        output: Some(crate::ShapeId(205)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(189),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListDirectories",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/directory/list",
        response_code: 200,
        input: Some(crate::ShapeId(206)),
        output: Some(crate::ShapeId(207)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(189),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListFacetAttributes",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/facet/attributes",
        response_code: 200,
        input: Some(crate::ShapeId(208)),
        output: Some(crate::ShapeId(209)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(162),
            crate::ShapeId(189),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListFacetNames",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/facet/list",
        response_code: 200,
        input: Some(crate::ShapeId(210)),
        output: Some(crate::ShapeId(211)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(189),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListIncomingTypedLinks",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/typedlink/incoming",
        response_code: 200,
        input: Some(crate::ShapeId(212)),
        output: Some(crate::ShapeId(213)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(189),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListIndex",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/index/targets",
        response_code: 200,
        input: Some(crate::ShapeId(214)),
        output: Some(crate::ShapeId(215)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(164),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(189),
            crate::ShapeId(278),
            crate::ShapeId(243),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListManagedSchemaArns",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/schema/managed",
        response_code: 200,
        input: Some(crate::ShapeId(216)),
        output: Some(crate::ShapeId(217)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(336),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(189),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListObjectAttributes",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/object/attributes",
        response_code: 200,
        input: Some(crate::ShapeId(218)),
        output: Some(crate::ShapeId(219)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(189),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListObjectChildren",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/object/children",
        response_code: 200,
        input: Some(crate::ShapeId(220)),
        output: Some(crate::ShapeId(221)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(189),
            crate::ShapeId(244),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListObjectParentPaths",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/object/parentpaths",
        response_code: 200,
        input: Some(crate::ShapeId(222)),
        output: Some(crate::ShapeId(223)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(189),
            crate::ShapeId(278),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListObjectParents",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/object/parent",
        response_code: 200,
        input: Some(crate::ShapeId(224)),
        output: Some(crate::ShapeId(225)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(189),
            crate::ShapeId(103),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListObjectPolicies",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/object/policy",
        response_code: 200,
        input: Some(crate::ShapeId(226)),
        output: Some(crate::ShapeId(227)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(189),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListOutgoingTypedLinks",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/typedlink/outgoing",
        response_code: 200,
        input: Some(crate::ShapeId(228)),
        output: Some(crate::ShapeId(229)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(189),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListPolicyAttachments",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/policy/attachment",
        response_code: 200,
        input: Some(crate::ShapeId(230)),
        output: Some(crate::ShapeId(231)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(189),
            crate::ShapeId(278),
            crate::ShapeId(245),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListPublishedSchemaArns",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/schema/published",
        response_code: 200,
        input: Some(crate::ShapeId(232)),
        output: Some(crate::ShapeId(233)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(189),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListTagsForResource",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/tags",
        response_code: 200,
        input: Some(crate::ShapeId(234)),
        output: Some(crate::ShapeId(235)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(192),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListTypedLinkFacetAttributes",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/typedlink/facet/attributes",
        response_code: 200,
        input: Some(crate::ShapeId(236)),
        output: Some(crate::ShapeId(237)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(162),
            crate::ShapeId(189),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListTypedLinkFacetNames",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/typedlink/facet/list",
        response_code: 200,
        input: Some(crate::ShapeId(238)),
        output: Some(crate::ShapeId(239)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(189),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "LookupPolicy",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/policy/lookup",
        response_code: 200,
        input: Some(crate::ShapeId(240)),
        output: Some(crate::ShapeId(241)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(189),
            crate::ShapeId(278),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PublishSchema",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/schema/publish",
        response_code: 200,
        input: Some(crate::ShapeId(270)),
        output: Some(crate::ShapeId(271)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(288),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutSchemaFromJson",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/schema/json",
        response_code: 200,
        input: Some(crate::ShapeId(272)),
        output: Some(crate::ShapeId(273)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(191),
            crate::ShapeId(190),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RemoveFacetFromObject",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/object/facets/delete",
        response_code: 200,
        input: Some(crate::ShapeId(275)),
        output: Some(crate::ShapeId(276)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TagResource",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/tags/add",
        response_code: 200,
        input: Some(crate::ShapeId(300)),
        output: Some(crate::ShapeId(301)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(192),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UntagResource",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/tags/remove",
        response_code: 200,
        input: Some(crate::ShapeId(319)),
        output: Some(crate::ShapeId(320)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(192),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateFacet",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/facet",
        response_code: 200,
        input: Some(crate::ShapeId(322)),
        output: Some(crate::ShapeId(323)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(188),
            crate::ShapeId(164),
            crate::ShapeId(278),
            crate::ShapeId(162),
            crate::ShapeId(190),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateLinkAttributes",
        http_method: "POST",
        request_uri: "/amazonclouddirectory/2017-01-11/typedlink/attributes/update",
        response_code: 200,
        input: Some(crate::ShapeId(324)),
        output: Some(crate::ShapeId(325)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateObjectAttributes",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/object/update",
        response_code: 200,
        input: Some(crate::ShapeId(326)),
        output: Some(crate::ShapeId(327)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(143),
            crate::ShapeId(278),
            crate::ShapeId(198),
            crate::ShapeId(164),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateSchema",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/schema/update",
        response_code: 200,
        input: Some(crate::ShapeId(328)),
        output: Some(crate::ShapeId(329)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(278),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateTypedLinkFacet",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/typedlink/facet",
        response_code: 200,
        input: Some(crate::ShapeId(330)),
        output: Some(crate::ShapeId(331)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(193),
            crate::ShapeId(0),
            crate::ShapeId(164),
            crate::ShapeId(188),
            crate::ShapeId(278),
            crate::ShapeId(162),
            crate::ShapeId(190),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpgradeAppliedSchema",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/schema/upgradeapplied",
        response_code: 200,
        input: Some(crate::ShapeId(332)),
        output: Some(crate::ShapeId(333)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(181),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(187),
            crate::ShapeId(287),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpgradePublishedSchema",
        http_method: "PUT",
        request_uri: "/amazonclouddirectory/2017-01-11/schema/upgradepublished",
        response_code: 200,
        input: Some(crate::ShapeId(334)),
        output: Some(crate::ShapeId(335)),
        result_wrapper: None,
        errors: &[
            crate::ShapeId(185),
            crate::ShapeId(186),
            crate::ShapeId(279),
            crate::ShapeId(336),
            crate::ShapeId(181),
            crate::ShapeId(0),
            crate::ShapeId(278),
            crate::ShapeId(187),
            crate::ShapeId(193),
        ],
        unsigned: false,
    },
];

static SHAPES: [crate::Shape; 338] = [
    crate::Shape {
        name: "AccessDeniedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
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
        name: "AddFacetToObjectRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectAttributeList",
                target: crate::ShapeId(17),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaFacet",
                target: crate::ShapeId(289),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddFacetToObjectResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplySchemaRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PublishedSchemaArn",
                target: crate::ShapeId(5),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ApplySchemaResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AppliedSchemaArn",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Arn",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Arns",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(5),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachObjectRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ChildReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LinkName",
                target: crate::ShapeId(197),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachObjectResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AttachedObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachPolicyResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachToIndexRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IndexReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachToIndexResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AttachedObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachTypedLinkRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Attributes",
                target: crate::ShapeId(21),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TypedLinkFacet",
                target: crate::ShapeId(315),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachTypedLinkResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "TypedLinkSpecifier",
            target: crate::ShapeId(316),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeKey",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "FacetName",
                target: crate::ShapeId(160),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(19),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeKeyAndValue",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Key",
                target: crate::ShapeId(15),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(304),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeKeyAndValueList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(16),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeKeyList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(15),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(230),
        pattern: Some("^[a-zA-Z0-9._:-]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeNameAndValue",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeName",
                target: crate::ShapeId(19),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(304),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeNameAndValueList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(20),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttributeNameList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(19),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchAddFacetToObject",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ObjectAttributeList",
                target: crate::ShapeId(17),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaFacet",
                target: crate::ShapeId(289),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchAddFacetToObjectResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchAttachObject",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ChildReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LinkName",
                target: crate::ShapeId(197),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchAttachObjectResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "attachedObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchAttachPolicy",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchAttachPolicyResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchAttachToIndex",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IndexReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchAttachToIndexResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AttachedObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchAttachTypedLink",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Attributes",
                target: crate::ShapeId(21),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TypedLinkFacet",
                target: crate::ShapeId(315),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchAttachTypedLinkResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "TypedLinkSpecifier",
            target: crate::ShapeId(316),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchCreateIndex",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "BatchReferenceName",
                target: crate::ShapeId(85),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsUnique",
                target: crate::ShapeId(101),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LinkName",
                target: crate::ShapeId(197),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrderedIndexedAttributeList",
                target: crate::ShapeId(18),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentReference",
                target: crate::ShapeId(260),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchCreateIndexResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchCreateObject",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "BatchReferenceName",
                target: crate::ShapeId(85),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LinkName",
                target: crate::ShapeId(197),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectAttributeList",
                target: crate::ShapeId(17),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentReference",
                target: crate::ShapeId(260),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaFacet",
                target: crate::ShapeId(290),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchCreateObjectResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchDeleteObject",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ObjectReference",
            target: crate::ShapeId(260),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchDeleteObjectResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchDetachFromIndex",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IndexReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchDetachFromIndexResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DetachedObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchDetachObject",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "BatchReferenceName",
                target: crate::ShapeId(85),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LinkName",
                target: crate::ShapeId(197),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchDetachObjectResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "detachedObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchDetachPolicy",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchDetachPolicyResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchDetachTypedLink",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "TypedLinkSpecifier",
            target: crate::ShapeId(316),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchDetachTypedLinkResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchGetLinkAttributes",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeNames",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TypedLinkSpecifier",
                target: crate::ShapeId(316),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchGetLinkAttributesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Attributes",
            target: crate::ShapeId(17),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchGetObjectAttributes",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeNames",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaFacet",
                target: crate::ShapeId(289),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchGetObjectAttributesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Attributes",
            target: crate::ShapeId(17),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchGetObjectInformation",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ObjectReference",
            target: crate::ShapeId(260),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchGetObjectInformationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ObjectIdentifier",
                target: crate::ShapeId(254),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaFacets",
                target: crate::ShapeId(290),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListAttachedIndices",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListAttachedIndicesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IndexAttachments",
                target: crate::ShapeId(183),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListIncomingTypedLinks",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "FilterAttributeRanges",
                target: crate::ShapeId(309),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FilterTypedLink",
                target: crate::ShapeId(315),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListIncomingTypedLinksResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "LinkSpecifiers",
                target: crate::ShapeId(317),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListIndex",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IndexReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RangesOnIndexedValues",
                target: crate::ShapeId(251),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListIndexResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IndexAttachments",
                target: crate::ShapeId(183),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListObjectAttributes",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "FacetFilter",
                target: crate::ShapeId(289),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListObjectAttributesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Attributes",
                target: crate::ShapeId(17),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListObjectChildren",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListObjectChildrenResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Children",
                target: crate::ShapeId(199),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListObjectParentPaths",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListObjectParentPathsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PathToObjectIdentifiersList",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListObjectParents",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListObjectParentsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentLinks",
                target: crate::ShapeId(255),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListObjectPolicies",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListObjectPoliciesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttachedPolicyIds",
                target: crate::ShapeId(257),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListOutgoingTypedLinks",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "FilterAttributeRanges",
                target: crate::ShapeId(309),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FilterTypedLink",
                target: crate::ShapeId(315),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListOutgoingTypedLinksResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TypedLinkSpecifiers",
                target: crate::ShapeId(317),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListPolicyAttachments",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchListPolicyAttachmentsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectIdentifiers",
                target: crate::ShapeId(257),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchLookupPolicy",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchLookupPolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyToPathList",
                target: crate::ShapeId(268),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchOperationIndex",
        kind: crate::ShapeKind::Integer,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchReadException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Message",
                target: crate::ShapeId(149),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(77),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchReadExceptionType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "ValidationException",
            "InvalidArnException",
            "ResourceNotFoundException",
            "InvalidNextTokenException",
            "AccessDeniedException",
            "NotNodeException",
            "FacetValidationException",
            "CannotListParentOfRootException",
            "NotIndexException",
            "NotPolicyException",
            "DirectoryNotEnabledException",
            "LimitExceededException",
            "InternalServiceException",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchReadOperation",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GetLinkAttributes",
                target: crate::ShapeId(47),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GetObjectAttributes",
                target: crate::ShapeId(49),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GetObjectInformation",
                target: crate::ShapeId(51),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListAttachedIndices",
                target: crate::ShapeId(53),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListIncomingTypedLinks",
                target: crate::ShapeId(55),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListIndex",
                target: crate::ShapeId(57),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListObjectAttributes",
                target: crate::ShapeId(59),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListObjectChildren",
                target: crate::ShapeId(61),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListObjectParentPaths",
                target: crate::ShapeId(63),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListObjectParents",
                target: crate::ShapeId(65),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListObjectPolicies",
                target: crate::ShapeId(67),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListOutgoingTypedLinks",
                target: crate::ShapeId(69),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListPolicyAttachments",
                target: crate::ShapeId(71),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LookupPolicy",
                target: crate::ShapeId(73),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchReadOperationList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(78),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchReadOperationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ExceptionResponse",
                target: crate::ShapeId(76),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SuccessfulResponse",
                target: crate::ShapeId(84),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchReadOperationResponseList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(80),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchReadRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConsistencyLevel",
                target: crate::ShapeId(104),
                location: crate::Location::Header,
                location_name: Some("x-amz-consistency-level"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Operations",
                target: crate::ShapeId(79),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchReadResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Responses",
            target: crate::ShapeId(81),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchReadSuccessfulResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GetLinkAttributes",
                target: crate::ShapeId(48),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GetObjectAttributes",
                target: crate::ShapeId(50),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GetObjectInformation",
                target: crate::ShapeId(52),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListAttachedIndices",
                target: crate::ShapeId(54),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListIncomingTypedLinks",
                target: crate::ShapeId(56),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListIndex",
                target: crate::ShapeId(58),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListObjectAttributes",
                target: crate::ShapeId(60),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListObjectChildren",
                target: crate::ShapeId(62),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListObjectParentPaths",
                target: crate::ShapeId(64),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListObjectParents",
                target: crate::ShapeId(66),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListObjectPolicies",
                target: crate::ShapeId(68),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListOutgoingTypedLinks",
                target: crate::ShapeId(70),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ListPolicyAttachments",
                target: crate::ShapeId(72),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LookupPolicy",
                target: crate::ShapeId(74),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchReferenceName",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchRemoveFacetFromObject",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaFacet",
                target: crate::ShapeId(289),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchRemoveFacetFromObjectResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchUpdateLinkAttributes",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeUpdates",
                target: crate::ShapeId(196),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TypedLinkSpecifier",
                target: crate::ShapeId(316),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchUpdateLinkAttributesResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchUpdateObjectAttributes",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeUpdates",
                target: crate::ShapeId(253),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchUpdateObjectAttributesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchWriteException",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Index",
                target: crate::ShapeId(75),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Message",
                target: crate::ShapeId(149),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(93),
                ..crate::Member::EMPTY
            },
        ],
        error: Some(crate::ErrorDef {
            code: "BatchWriteException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchWriteExceptionType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "InternalServiceException",
            "ValidationException",
            "InvalidArnException",
            "LinkNameAlreadyInUseException",
            "StillContainsLinksException",
            "FacetValidationException",
            "ObjectNotDetachedException",
            "ResourceNotFoundException",
            "AccessDeniedException",
            "InvalidAttachmentException",
            "NotIndexException",
            "NotNodeException",
            "IndexedAttributeMissingException",
            "ObjectAlreadyDetachedException",
            "NotPolicyException",
            "DirectoryNotEnabledException",
            "LimitExceededException",
            "UnsupportedIndexTypeException",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchWriteOperation",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AddFacetToObject",
                target: crate::ShapeId(23),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachObject",
                target: crate::ShapeId(25),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachPolicy",
                target: crate::ShapeId(27),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachToIndex",
                target: crate::ShapeId(29),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachTypedLink",
                target: crate::ShapeId(31),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateIndex",
                target: crate::ShapeId(33),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateObject",
                target: crate::ShapeId(35),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DeleteObject",
                target: crate::ShapeId(37),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DetachFromIndex",
                target: crate::ShapeId(39),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DetachObject",
                target: crate::ShapeId(41),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DetachPolicy",
                target: crate::ShapeId(43),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DetachTypedLink",
                target: crate::ShapeId(45),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemoveFacetFromObject",
                target: crate::ShapeId(86),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdateLinkAttributes",
                target: crate::ShapeId(88),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdateObjectAttributes",
                target: crate::ShapeId(90),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchWriteOperationList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(94),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchWriteOperationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AddFacetToObject",
                target: crate::ShapeId(24),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachObject",
                target: crate::ShapeId(26),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachPolicy",
                target: crate::ShapeId(28),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachToIndex",
                target: crate::ShapeId(30),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachTypedLink",
                target: crate::ShapeId(32),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateIndex",
                target: crate::ShapeId(34),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateObject",
                target: crate::ShapeId(36),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DeleteObject",
                target: crate::ShapeId(38),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DetachFromIndex",
                target: crate::ShapeId(40),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DetachObject",
                target: crate::ShapeId(42),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DetachPolicy",
                target: crate::ShapeId(44),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DetachTypedLink",
                target: crate::ShapeId(46),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemoveFacetFromObject",
                target: crate::ShapeId(87),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdateLinkAttributes",
                target: crate::ShapeId(89),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdateObjectAttributes",
                target: crate::ShapeId(91),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchWriteOperationResponseList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(96),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchWriteRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Operations",
                target: crate::ShapeId(95),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BatchWriteResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Responses",
            target: crate::ShapeId(97),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BinaryAttributeValue",
        kind: crate::ShapeKind::Blob,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Bool",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BooleanAttributeValue",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CannotListParentOfRootException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "CannotListParentOfRootException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConsistencyLevel",
        kind: crate::ShapeKind::String,
        enum_values: &["SERIALIZABLE", "EVENTUAL"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateDirectoryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(141),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateDirectoryResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AppliedSchemaArn",
                target: crate::ShapeId(5),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(138),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(141),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectIdentifier",
                target: crate::ShapeId(254),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateFacetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Attributes",
                target: crate::ShapeId(154),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FacetStyle",
                target: crate::ShapeId(163),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(160),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectType",
                target: crate::ShapeId(261),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateFacetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateIndexRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsUnique",
                target: crate::ShapeId(101),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LinkName",
                target: crate::ShapeId(197),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrderedIndexedAttributeList",
                target: crate::ShapeId(18),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentReference",
                target: crate::ShapeId(260),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateIndexResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateObjectRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LinkName",
                target: crate::ShapeId(197),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectAttributeList",
                target: crate::ShapeId(17),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentReference",
                target: crate::ShapeId(260),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaFacets",
                target: crate::ShapeId(290),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateObjectResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateSchemaRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Name",
            target: crate::ShapeId(292),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateSchemaResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SchemaArn",
            target: crate::ShapeId(5),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateTypedLinkFacetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Facet",
                target: crate::ShapeId(310),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateTypedLinkFacetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Date",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DatetimeAttributeValue",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteDirectoryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryArn",
            target: crate::ShapeId(5),
            required: true,
            location: crate::Location::Header,
            location_name: Some("x-amz-data-partition"),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteDirectoryResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryArn",
            target: crate::ShapeId(5),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteFacetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(160),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteFacetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteObjectRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteObjectResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteSchemaRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SchemaArn",
            target: crate::ShapeId(5),
            required: true,
            location: crate::Location::Header,
            location_name: Some("x-amz-data-partition"),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteSchemaResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SchemaArn",
            target: crate::ShapeId(5),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteTypedLinkFacetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(313),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteTypedLinkFacetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachFromIndexRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IndexReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachFromIndexResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DetachedObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachObjectRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LinkName",
                target: crate::ShapeId(197),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachObjectResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DetachedObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachPolicyResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachTypedLinkRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TypedLinkSpecifier",
                target: crate::ShapeId(316),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Directory",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreationDateTime",
                target: crate::ShapeId(117),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(138),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(141),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "State",
                target: crate::ShapeId(144),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryAlreadyExistsException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DirectoryAlreadyExistsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryArn",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryDeletedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DirectoryDeletedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(136),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some("^[a-zA-Z0-9._-]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryNotDisabledException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DirectoryNotDisabledException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryNotEnabledException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DirectoryNotEnabledException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DirectoryState",
        kind: crate::ShapeKind::String,
        enum_values: &["ENABLED", "DISABLED", "DELETED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableDirectoryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryArn",
            target: crate::ShapeId(5),
            required: true,
            location: crate::Location::Header,
            location_name: Some("x-amz-data-partition"),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableDirectoryResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryArn",
            target: crate::ShapeId(5),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableDirectoryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryArn",
            target: crate::ShapeId(5),
            required: true,
            location: crate::Location::Header,
            location_name: Some("x-amz-data-partition"),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableDirectoryResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryArn",
            target: crate::ShapeId(5),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Facet",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "FacetStyle",
                target: crate::ShapeId(163),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(160),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectType",
                target: crate::ShapeId(261),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetAlreadyExistsException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "FacetAlreadyExistsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetAttribute",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeDefinition",
                target: crate::ShapeId(153),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttributeReference",
                target: crate::ShapeId(155),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(19),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequiredBehavior",
                target: crate::ShapeId(277),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetAttributeDefinition",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DefaultValue",
                target: crate::ShapeId(304),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsImmutable",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Rules",
                target: crate::ShapeId(282),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(156),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetAttributeList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(152),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetAttributeReference",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "TargetAttributeName",
                target: crate::ShapeId(19),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetFacetName",
                target: crate::ShapeId(160),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetAttributeType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "STRING", "BINARY", "BOOLEAN", "NUMBER", "DATETIME", "VARIANT",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetAttributeUpdate",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Action",
                target: crate::ShapeId(321),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Attribute",
                target: crate::ShapeId(152),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetAttributeUpdateList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(157),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetInUseException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "FacetInUseException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some("^[a-zA-Z0-9._-]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetNameList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(160),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "FacetNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetStyle",
        kind: crate::ShapeKind::String,
        enum_values: &["STATIC", "DYNAMIC"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FacetValidationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "FacetValidationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetAppliedSchemaVersionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SchemaArn",
            target: crate::ShapeId(5),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetAppliedSchemaVersionResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AppliedSchemaArn",
            target: crate::ShapeId(5),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetDirectoryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DirectoryArn",
            target: crate::ShapeId(138),
            required: true,
            location: crate::Location::Header,
            location_name: Some("x-amz-data-partition"),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetDirectoryResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Directory",
            target: crate::ShapeId(136),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetFacetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(160),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetFacetResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Facet",
            target: crate::ShapeId(150),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetLinkAttributesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeNames",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ConsistencyLevel",
                target: crate::ShapeId(104),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TypedLinkSpecifier",
                target: crate::ShapeId(316),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetLinkAttributesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Attributes",
            target: crate::ShapeId(17),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetObjectAttributesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeNames",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ConsistencyLevel",
                target: crate::ShapeId(104),
                location: crate::Location::Header,
                location_name: Some("x-amz-consistency-level"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaFacet",
                target: crate::ShapeId(289),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetObjectAttributesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Attributes",
            target: crate::ShapeId(17),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetObjectInformationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConsistencyLevel",
                target: crate::ShapeId(104),
                location: crate::Location::Header,
                location_name: Some("x-amz-consistency-level"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetObjectInformationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ObjectIdentifier",
                target: crate::ShapeId(254),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaFacets",
                target: crate::ShapeId(290),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetSchemaAsJsonRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SchemaArn",
            target: crate::ShapeId(5),
            required: true,
            location: crate::Location::Header,
            location_name: Some("x-amz-data-partition"),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetSchemaAsJsonResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Document",
                target: crate::ShapeId(291),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetTypedLinkFacetInformationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(313),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetTypedLinkFacetInformationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "IdentityAttributeOrder",
            target: crate::ShapeId(22),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IncompatibleSchemaException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "IncompatibleSchemaException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IndexAttachment",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IndexedAttributes",
                target: crate::ShapeId(17),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectIdentifier",
                target: crate::ShapeId(254),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IndexAttachmentList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(182),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "IndexedAttributeMissingException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "IndexedAttributeMissingException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InternalServiceException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InternalServiceException",
            http_status: 500,
            sender_fault: false,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidArnException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidArnException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidAttachmentException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidAttachmentException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidFacetUpdateException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidFacetUpdateException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidNextTokenException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidNextTokenException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidRuleException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidRuleException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidSchemaDocException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidSchemaDocException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidTaggingRequestException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidTaggingRequestException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LimitExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
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
        name: "LinkAttributeAction",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeActionType",
                target: crate::ShapeId(321),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttributeUpdateValue",
                target: crate::ShapeId(304),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LinkAttributeUpdate",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeAction",
                target: crate::ShapeId(194),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttributeKey",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LinkAttributeUpdateList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(195),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LinkName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some("[^\\/\\[\\]\\(\\):\\{\\}#@!?\\s\\\\;]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LinkNameAlreadyInUseException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "LinkNameAlreadyInUseException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LinkNameToObjectIdentifierMap",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(197),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAppliedSchemaArnsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAppliedSchemaArnsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArns",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAttachedIndicesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConsistencyLevel",
                target: crate::ShapeId(104),
                location: crate::Location::Header,
                location_name: Some("x-amz-consistency-level"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAttachedIndicesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IndexAttachments",
                target: crate::ShapeId(183),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListDevelopmentSchemaArnsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListDevelopmentSchemaArnsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArns",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListDirectoriesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "state",
                target: crate::ShapeId(144),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListDirectoriesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Directories",
                target: crate::ShapeId(140),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListFacetAttributesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(160),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListFacetAttributesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Attributes",
                target: crate::ShapeId(154),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListFacetNamesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListFacetNamesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "FacetNames",
                target: crate::ShapeId(161),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListIncomingTypedLinksRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConsistencyLevel",
                target: crate::ShapeId(104),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FilterAttributeRanges",
                target: crate::ShapeId(309),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FilterTypedLink",
                target: crate::ShapeId(315),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListIncomingTypedLinksResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "LinkSpecifiers",
                target: crate::ShapeId(317),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListIndexRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConsistencyLevel",
                target: crate::ShapeId(104),
                location: crate::Location::Header,
                location_name: Some("x-amz-consistency-level"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IndexReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RangesOnIndexedValues",
                target: crate::ShapeId(251),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListIndexResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IndexAttachments",
                target: crate::ShapeId(183),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListManagedSchemaArnsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListManagedSchemaArnsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArns",
                target: crate::ShapeId(6),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListObjectAttributesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConsistencyLevel",
                target: crate::ShapeId(104),
                location: crate::Location::Header,
                location_name: Some("x-amz-consistency-level"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FacetFilter",
                target: crate::ShapeId(289),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListObjectAttributesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Attributes",
                target: crate::ShapeId(17),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListObjectChildrenRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConsistencyLevel",
                target: crate::ShapeId(104),
                location: crate::Location::Header,
                location_name: Some("x-amz-consistency-level"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListObjectChildrenResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Children",
                target: crate::ShapeId(199),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListObjectParentPathsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListObjectParentPathsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PathToObjectIdentifiersList",
                target: crate::ShapeId(264),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListObjectParentsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConsistencyLevel",
                target: crate::ShapeId(104),
                location: crate::Location::Header,
                location_name: Some("x-amz-consistency-level"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IncludeAllLinksToEachParent",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListObjectParentsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParentLinks",
                target: crate::ShapeId(255),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Parents",
                target: crate::ShapeId(258),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListObjectPoliciesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConsistencyLevel",
                target: crate::ShapeId(104),
                location: crate::Location::Header,
                location_name: Some("x-amz-consistency-level"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListObjectPoliciesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttachedPolicyIds",
                target: crate::ShapeId(257),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListOutgoingTypedLinksRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConsistencyLevel",
                target: crate::ShapeId(104),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FilterAttributeRanges",
                target: crate::ShapeId(309),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "FilterTypedLink",
                target: crate::ShapeId(315),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListOutgoingTypedLinksResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TypedLinkSpecifiers",
                target: crate::ShapeId(317),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPolicyAttachmentsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConsistencyLevel",
                target: crate::ShapeId(104),
                location: crate::Location::Header,
                location_name: Some("x-amz-consistency-level"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPolicyAttachmentsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectIdentifiers",
                target: crate::ShapeId(257),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPublishedSchemaArnsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPublishedSchemaArnsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArns",
                target: crate::ShapeId(6),
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
                name: "MaxResults",
                target: crate::ShapeId(303),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceArn",
                target: crate::ShapeId(5),
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
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(299),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTypedLinkFacetAttributesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(313),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTypedLinkFacetAttributesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Attributes",
                target: crate::ShapeId(307),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTypedLinkFacetNamesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListTypedLinkFacetNamesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "FacetNames",
                target: crate::ShapeId(314),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LookupPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxResults",
                target: crate::ShapeId(247),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LookupPolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NextToken",
                target: crate::ShapeId(242),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyToPathList",
                target: crate::ShapeId(268),
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
        name: "NotIndexException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "NotIndexException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotNodeException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "NotNodeException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NotPolicyException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "NotPolicyException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NumberAttributeValue",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NumberResults",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectAlreadyDetachedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ObjectAlreadyDetachedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectAttributeAction",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ObjectAttributeActionType",
                target: crate::ShapeId(321),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectAttributeUpdateValue",
                target: crate::ShapeId(304),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectAttributeRange",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeKey",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Range",
                target: crate::ShapeId(305),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectAttributeRangeList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(250),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectAttributeUpdate",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ObjectAttributeAction",
                target: crate::ShapeId(249),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectAttributeKey",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectAttributeUpdateList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(252),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectIdentifier",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectIdentifierAndLinkNameList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(256),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectIdentifierAndLinkNameTuple",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "LinkName",
                target: crate::ShapeId(197),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectIdentifier",
                target: crate::ShapeId(254),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectIdentifierList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectIdentifierToLinkNameMap",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(197),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectNotDetachedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ObjectNotDetachedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectReference",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Selector",
            target: crate::ShapeId(293),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ObjectType",
        kind: crate::ShapeKind::String,
        enum_values: &["NODE", "LEAF_NODE", "POLICY", "INDEX"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PathString",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PathToObjectIdentifiers",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ObjectIdentifiers",
                target: crate::ShapeId(257),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(262),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PathToObjectIdentifiersList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(263),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyAttachment",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ObjectIdentifier",
                target: crate::ShapeId(254),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyId",
                target: crate::ShapeId(254),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyType",
                target: crate::ShapeId(269),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyAttachmentList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(265),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyToPath",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Path",
                target: crate::ShapeId(262),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Policies",
                target: crate::ShapeId(266),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyToPathList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(267),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PublishSchemaRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DevelopmentSchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MinorVersion",
                target: crate::ShapeId(337),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(292),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Version",
                target: crate::ShapeId(337),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PublishSchemaResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PublishedSchemaArn",
            target: crate::ShapeId(5),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutSchemaFromJsonRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Document",
                target: crate::ShapeId(291),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutSchemaFromJsonResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Arn",
            target: crate::ShapeId(5),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RangeMode",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "FIRST",
            "LAST",
            "LAST_BEFORE_MISSING_VALUES",
            "INCLUSIVE",
            "EXCLUSIVE",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveFacetFromObjectRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaFacet",
                target: crate::ShapeId(289),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveFacetFromObjectResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RequiredAttributeBehavior",
        kind: crate::ShapeKind::String,
        enum_values: &["REQUIRED_ALWAYS", "NOT_REQUIRED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceNotFoundException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
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
        name: "RetryableConflictException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "RetryableConflictException",
            http_status: 409,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Rule",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Parameters",
                target: crate::ShapeId(284),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(286),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RuleKey",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some("^[a-zA-Z0-9._-]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RuleMap",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(281),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(280),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RuleParameterKey",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RuleParameterMap",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(283),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(285),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RuleParameterValue",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RuleType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "BINARY_LENGTH",
            "NUMBER_COMPARISON",
            "STRING_FROM_SET",
            "STRING_LENGTH",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SchemaAlreadyExistsException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "SchemaAlreadyExistsException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SchemaAlreadyPublishedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "SchemaAlreadyPublishedException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SchemaFacet",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "FacetName",
                target: crate::ShapeId(160),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SchemaFacetList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(289),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SchemaJsonDocument",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SchemaName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(32),
        pattern: Some("^[a-zA-Z0-9._-]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SelectorObjectReference",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StillContainsLinksException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "StillContainsLinksException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StringAttributeValue",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Tag",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Key",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(302),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagKey",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagKeyList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(297),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(296),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagResourceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ResourceArn",
                target: crate::ShapeId(5),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(299),
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
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagsNumberResults",
        kind: crate::ShapeKind::Integer,
        min: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedAttributeValue",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "BinaryValue",
                target: crate::ShapeId(100),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "BooleanValue",
                target: crate::ShapeId(102),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DatetimeValue",
                target: crate::ShapeId(118),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NumberValue",
                target: crate::ShapeId(246),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StringValue",
                target: crate::ShapeId(295),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedAttributeValueRange",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EndMode",
                target: crate::ShapeId(274),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EndValue",
                target: crate::ShapeId(304),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartMode",
                target: crate::ShapeId(274),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartValue",
                target: crate::ShapeId(304),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedLinkAttributeDefinition",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DefaultValue",
                target: crate::ShapeId(304),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsImmutable",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(19),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequiredBehavior",
                target: crate::ShapeId(277),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Rules",
                target: crate::ShapeId(282),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(156),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedLinkAttributeDefinitionList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(306),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedLinkAttributeRange",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeName",
                target: crate::ShapeId(19),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Range",
                target: crate::ShapeId(305),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedLinkAttributeRangeList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(308),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedLinkFacet",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Attributes",
                target: crate::ShapeId(307),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityAttributeOrder",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(313),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedLinkFacetAttributeUpdate",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Action",
                target: crate::ShapeId(321),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Attribute",
                target: crate::ShapeId(306),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedLinkFacetAttributeUpdateList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(311),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedLinkName",
        kind: crate::ShapeKind::String,
        pattern: Some("^[a-zA-Z0-9._-]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedLinkNameList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(313),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedLinkSchemaAndFacetName",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TypedLinkName",
                target: crate::ShapeId(313),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedLinkSpecifier",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IdentityAttributeValues",
                target: crate::ShapeId(21),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TypedLinkFacet",
                target: crate::ShapeId(315),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TypedLinkSpecifierList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(316),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnsupportedIndexTypeException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "UnsupportedIndexTypeException",
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
                name: "ResourceArn",
                target: crate::ShapeId(5),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagKeys",
                target: crate::ShapeId(298),
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
        name: "UpdateActionType",
        kind: crate::ShapeKind::String,
        enum_values: &["CREATE_OR_UPDATE", "DELETE"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateFacetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeUpdates",
                target: crate::ShapeId(158),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(160),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectType",
                target: crate::ShapeId(261),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateFacetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateLinkAttributesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeUpdates",
                target: crate::ShapeId(196),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TypedLinkSpecifier",
                target: crate::ShapeId(316),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateLinkAttributesResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateObjectAttributesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeUpdates",
                target: crate::ShapeId(253),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ObjectReference",
                target: crate::ShapeId(260),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateObjectAttributesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ObjectIdentifier",
            target: crate::ShapeId(254),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateSchemaRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(292),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateSchemaResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SchemaArn",
            target: crate::ShapeId(5),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateTypedLinkFacetRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttributeUpdates",
                target: crate::ShapeId(312),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityAttributeOrder",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(313),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SchemaArn",
                target: crate::ShapeId(5),
                required: true,
                location: crate::Location::Header,
                location_name: Some("x-amz-data-partition"),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateTypedLinkFacetResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpgradeAppliedSchemaRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DryRun",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PublishedSchemaArn",
                target: crate::ShapeId(5),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpgradeAppliedSchemaResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DirectoryArn",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpgradedSchemaArn",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpgradePublishedSchemaRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DevelopmentSchemaArn",
                target: crate::ShapeId(5),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DryRun",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MinorVersion",
                target: crate::ShapeId(337),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PublishedSchemaArn",
                target: crate::ShapeId(5),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpgradePublishedSchemaResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "UpgradedSchemaArn",
            target: crate::ShapeId(5),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ValidationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Message",
            target: crate::ShapeId(149),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ValidationException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Version",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(10),
        pattern: Some("^[a-zA-Z0-9._-]*$"),
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
        "AddFacetToObjectRequest" => via::<AddFacetToObjectRequest>(value),
        "AddFacetToObjectResponse" => via::<AddFacetToObjectResponse>(value),
        "ApplySchemaRequest" => via::<ApplySchemaRequest>(value),
        "ApplySchemaResponse" => via::<ApplySchemaResponse>(value),
        "AttachObjectRequest" => via::<AttachObjectRequest>(value),
        "AttachObjectResponse" => via::<AttachObjectResponse>(value),
        "AttachPolicyRequest" => via::<AttachPolicyRequest>(value),
        "AttachPolicyResponse" => via::<AttachPolicyResponse>(value),
        "AttachToIndexRequest" => via::<AttachToIndexRequest>(value),
        "AttachToIndexResponse" => via::<AttachToIndexResponse>(value),
        "AttachTypedLinkRequest" => via::<AttachTypedLinkRequest>(value),
        "AttachTypedLinkResponse" => via::<AttachTypedLinkResponse>(value),
        "AttributeKey" => via::<AttributeKey>(value),
        "AttributeKeyAndValue" => via::<AttributeKeyAndValue>(value),
        "AttributeNameAndValue" => via::<AttributeNameAndValue>(value),
        "BatchAddFacetToObject" => via::<BatchAddFacetToObject>(value),
        "BatchAddFacetToObjectResponse" => via::<BatchAddFacetToObjectResponse>(value),
        "BatchAttachObject" => via::<BatchAttachObject>(value),
        "BatchAttachObjectResponse" => via::<BatchAttachObjectResponse>(value),
        "BatchAttachPolicy" => via::<BatchAttachPolicy>(value),
        "BatchAttachPolicyResponse" => via::<BatchAttachPolicyResponse>(value),
        "BatchAttachToIndex" => via::<BatchAttachToIndex>(value),
        "BatchAttachToIndexResponse" => via::<BatchAttachToIndexResponse>(value),
        "BatchAttachTypedLink" => via::<BatchAttachTypedLink>(value),
        "BatchAttachTypedLinkResponse" => via::<BatchAttachTypedLinkResponse>(value),
        "BatchCreateIndex" => via::<BatchCreateIndex>(value),
        "BatchCreateIndexResponse" => via::<BatchCreateIndexResponse>(value),
        "BatchCreateObject" => via::<BatchCreateObject>(value),
        "BatchCreateObjectResponse" => via::<BatchCreateObjectResponse>(value),
        "BatchDeleteObject" => via::<BatchDeleteObject>(value),
        "BatchDeleteObjectResponse" => via::<BatchDeleteObjectResponse>(value),
        "BatchDetachFromIndex" => via::<BatchDetachFromIndex>(value),
        "BatchDetachFromIndexResponse" => via::<BatchDetachFromIndexResponse>(value),
        "BatchDetachObject" => via::<BatchDetachObject>(value),
        "BatchDetachObjectResponse" => via::<BatchDetachObjectResponse>(value),
        "BatchDetachPolicy" => via::<BatchDetachPolicy>(value),
        "BatchDetachPolicyResponse" => via::<BatchDetachPolicyResponse>(value),
        "BatchDetachTypedLink" => via::<BatchDetachTypedLink>(value),
        "BatchDetachTypedLinkResponse" => via::<BatchDetachTypedLinkResponse>(value),
        "BatchGetLinkAttributes" => via::<BatchGetLinkAttributes>(value),
        "BatchGetLinkAttributesResponse" => via::<BatchGetLinkAttributesResponse>(value),
        "BatchGetObjectAttributes" => via::<BatchGetObjectAttributes>(value),
        "BatchGetObjectAttributesResponse" => via::<BatchGetObjectAttributesResponse>(value),
        "BatchGetObjectInformation" => via::<BatchGetObjectInformation>(value),
        "BatchGetObjectInformationResponse" => via::<BatchGetObjectInformationResponse>(value),
        "BatchListAttachedIndices" => via::<BatchListAttachedIndices>(value),
        "BatchListAttachedIndicesResponse" => via::<BatchListAttachedIndicesResponse>(value),
        "BatchListIncomingTypedLinks" => via::<BatchListIncomingTypedLinks>(value),
        "BatchListIncomingTypedLinksResponse" => via::<BatchListIncomingTypedLinksResponse>(value),
        "BatchListIndex" => via::<BatchListIndex>(value),
        "BatchListIndexResponse" => via::<BatchListIndexResponse>(value),
        "BatchListObjectAttributes" => via::<BatchListObjectAttributes>(value),
        "BatchListObjectAttributesResponse" => via::<BatchListObjectAttributesResponse>(value),
        "BatchListObjectChildren" => via::<BatchListObjectChildren>(value),
        "BatchListObjectChildrenResponse" => via::<BatchListObjectChildrenResponse>(value),
        "BatchListObjectParentPaths" => via::<BatchListObjectParentPaths>(value),
        "BatchListObjectParentPathsResponse" => via::<BatchListObjectParentPathsResponse>(value),
        "BatchListObjectParents" => via::<BatchListObjectParents>(value),
        "BatchListObjectParentsResponse" => via::<BatchListObjectParentsResponse>(value),
        "BatchListObjectPolicies" => via::<BatchListObjectPolicies>(value),
        "BatchListObjectPoliciesResponse" => via::<BatchListObjectPoliciesResponse>(value),
        "BatchListOutgoingTypedLinks" => via::<BatchListOutgoingTypedLinks>(value),
        "BatchListOutgoingTypedLinksResponse" => via::<BatchListOutgoingTypedLinksResponse>(value),
        "BatchListPolicyAttachments" => via::<BatchListPolicyAttachments>(value),
        "BatchListPolicyAttachmentsResponse" => via::<BatchListPolicyAttachmentsResponse>(value),
        "BatchLookupPolicy" => via::<BatchLookupPolicy>(value),
        "BatchLookupPolicyResponse" => via::<BatchLookupPolicyResponse>(value),
        "BatchReadException" => via::<BatchReadException>(value),
        "BatchReadOperation" => via::<BatchReadOperation>(value),
        "BatchReadOperationResponse" => via::<BatchReadOperationResponse>(value),
        "BatchReadRequest" => via::<BatchReadRequest>(value),
        "BatchReadResponse" => via::<BatchReadResponse>(value),
        "BatchReadSuccessfulResponse" => via::<BatchReadSuccessfulResponse>(value),
        "BatchRemoveFacetFromObject" => via::<BatchRemoveFacetFromObject>(value),
        "BatchRemoveFacetFromObjectResponse" => via::<BatchRemoveFacetFromObjectResponse>(value),
        "BatchUpdateLinkAttributes" => via::<BatchUpdateLinkAttributes>(value),
        "BatchUpdateLinkAttributesResponse" => via::<BatchUpdateLinkAttributesResponse>(value),
        "BatchUpdateObjectAttributes" => via::<BatchUpdateObjectAttributes>(value),
        "BatchUpdateObjectAttributesResponse" => via::<BatchUpdateObjectAttributesResponse>(value),
        "BatchWriteException" => via::<BatchWriteException>(value),
        "BatchWriteOperation" => via::<BatchWriteOperation>(value),
        "BatchWriteOperationResponse" => via::<BatchWriteOperationResponse>(value),
        "BatchWriteRequest" => via::<BatchWriteRequest>(value),
        "BatchWriteResponse" => via::<BatchWriteResponse>(value),
        "CannotListParentOfRootException" => via::<CannotListParentOfRootException>(value),
        "CreateDirectoryRequest" => via::<CreateDirectoryRequest>(value),
        "CreateDirectoryResponse" => via::<CreateDirectoryResponse>(value),
        "CreateFacetRequest" => via::<CreateFacetRequest>(value),
        "CreateFacetResponse" => via::<CreateFacetResponse>(value),
        "CreateIndexRequest" => via::<CreateIndexRequest>(value),
        "CreateIndexResponse" => via::<CreateIndexResponse>(value),
        "CreateObjectRequest" => via::<CreateObjectRequest>(value),
        "CreateObjectResponse" => via::<CreateObjectResponse>(value),
        "CreateSchemaRequest" => via::<CreateSchemaRequest>(value),
        "CreateSchemaResponse" => via::<CreateSchemaResponse>(value),
        "CreateTypedLinkFacetRequest" => via::<CreateTypedLinkFacetRequest>(value),
        "CreateTypedLinkFacetResponse" => via::<CreateTypedLinkFacetResponse>(value),
        "DeleteDirectoryRequest" => via::<DeleteDirectoryRequest>(value),
        "DeleteDirectoryResponse" => via::<DeleteDirectoryResponse>(value),
        "DeleteFacetRequest" => via::<DeleteFacetRequest>(value),
        "DeleteFacetResponse" => via::<DeleteFacetResponse>(value),
        "DeleteObjectRequest" => via::<DeleteObjectRequest>(value),
        "DeleteObjectResponse" => via::<DeleteObjectResponse>(value),
        "DeleteSchemaRequest" => via::<DeleteSchemaRequest>(value),
        "DeleteSchemaResponse" => via::<DeleteSchemaResponse>(value),
        "DeleteTypedLinkFacetRequest" => via::<DeleteTypedLinkFacetRequest>(value),
        "DeleteTypedLinkFacetResponse" => via::<DeleteTypedLinkFacetResponse>(value),
        "DetachFromIndexRequest" => via::<DetachFromIndexRequest>(value),
        "DetachFromIndexResponse" => via::<DetachFromIndexResponse>(value),
        "DetachObjectRequest" => via::<DetachObjectRequest>(value),
        "DetachObjectResponse" => via::<DetachObjectResponse>(value),
        "DetachPolicyRequest" => via::<DetachPolicyRequest>(value),
        "DetachPolicyResponse" => via::<DetachPolicyResponse>(value),
        "DetachTypedLinkRequest" => via::<DetachTypedLinkRequest>(value),
        "Directory" => via::<Directory>(value),
        "DirectoryAlreadyExistsException" => via::<DirectoryAlreadyExistsException>(value),
        "DirectoryDeletedException" => via::<DirectoryDeletedException>(value),
        "DirectoryNotDisabledException" => via::<DirectoryNotDisabledException>(value),
        "DirectoryNotEnabledException" => via::<DirectoryNotEnabledException>(value),
        "DisableDirectoryRequest" => via::<DisableDirectoryRequest>(value),
        "DisableDirectoryResponse" => via::<DisableDirectoryResponse>(value),
        "EnableDirectoryRequest" => via::<EnableDirectoryRequest>(value),
        "EnableDirectoryResponse" => via::<EnableDirectoryResponse>(value),
        "Facet" => via::<Facet>(value),
        "FacetAlreadyExistsException" => via::<FacetAlreadyExistsException>(value),
        "FacetAttribute" => via::<FacetAttribute>(value),
        "FacetAttributeDefinition" => via::<FacetAttributeDefinition>(value),
        "FacetAttributeReference" => via::<FacetAttributeReference>(value),
        "FacetAttributeUpdate" => via::<FacetAttributeUpdate>(value),
        "FacetInUseException" => via::<FacetInUseException>(value),
        "FacetNotFoundException" => via::<FacetNotFoundException>(value),
        "FacetValidationException" => via::<FacetValidationException>(value),
        "GetAppliedSchemaVersionRequest" => via::<GetAppliedSchemaVersionRequest>(value),
        "GetAppliedSchemaVersionResponse" => via::<GetAppliedSchemaVersionResponse>(value),
        "GetDirectoryRequest" => via::<GetDirectoryRequest>(value),
        "GetDirectoryResponse" => via::<GetDirectoryResponse>(value),
        "GetFacetRequest" => via::<GetFacetRequest>(value),
        "GetFacetResponse" => via::<GetFacetResponse>(value),
        "GetLinkAttributesRequest" => via::<GetLinkAttributesRequest>(value),
        "GetLinkAttributesResponse" => via::<GetLinkAttributesResponse>(value),
        "GetObjectAttributesRequest" => via::<GetObjectAttributesRequest>(value),
        "GetObjectAttributesResponse" => via::<GetObjectAttributesResponse>(value),
        "GetObjectInformationRequest" => via::<GetObjectInformationRequest>(value),
        "GetObjectInformationResponse" => via::<GetObjectInformationResponse>(value),
        "GetSchemaAsJsonRequest" => via::<GetSchemaAsJsonRequest>(value),
        "GetSchemaAsJsonResponse" => via::<GetSchemaAsJsonResponse>(value),
        "GetTypedLinkFacetInformationRequest" => via::<GetTypedLinkFacetInformationRequest>(value),
        "GetTypedLinkFacetInformationResponse" => {
            via::<GetTypedLinkFacetInformationResponse>(value)
        }
        "IncompatibleSchemaException" => via::<IncompatibleSchemaException>(value),
        "IndexAttachment" => via::<IndexAttachment>(value),
        "IndexedAttributeMissingException" => via::<IndexedAttributeMissingException>(value),
        "InternalServiceException" => via::<InternalServiceException>(value),
        "InvalidArnException" => via::<InvalidArnException>(value),
        "InvalidAttachmentException" => via::<InvalidAttachmentException>(value),
        "InvalidFacetUpdateException" => via::<InvalidFacetUpdateException>(value),
        "InvalidNextTokenException" => via::<InvalidNextTokenException>(value),
        "InvalidRuleException" => via::<InvalidRuleException>(value),
        "InvalidSchemaDocException" => via::<InvalidSchemaDocException>(value),
        "InvalidTaggingRequestException" => via::<InvalidTaggingRequestException>(value),
        "LimitExceededException" => via::<LimitExceededException>(value),
        "LinkAttributeAction" => via::<LinkAttributeAction>(value),
        "LinkAttributeUpdate" => via::<LinkAttributeUpdate>(value),
        "LinkNameAlreadyInUseException" => via::<LinkNameAlreadyInUseException>(value),
        "ListAppliedSchemaArnsRequest" => via::<ListAppliedSchemaArnsRequest>(value),
        "ListAppliedSchemaArnsResponse" => via::<ListAppliedSchemaArnsResponse>(value),
        "ListAttachedIndicesRequest" => via::<ListAttachedIndicesRequest>(value),
        "ListAttachedIndicesResponse" => via::<ListAttachedIndicesResponse>(value),
        "ListDevelopmentSchemaArnsRequest" => via::<ListDevelopmentSchemaArnsRequest>(value),
        "ListDevelopmentSchemaArnsResponse" => via::<ListDevelopmentSchemaArnsResponse>(value),
        "ListDirectoriesRequest" => via::<ListDirectoriesRequest>(value),
        "ListDirectoriesResponse" => via::<ListDirectoriesResponse>(value),
        "ListFacetAttributesRequest" => via::<ListFacetAttributesRequest>(value),
        "ListFacetAttributesResponse" => via::<ListFacetAttributesResponse>(value),
        "ListFacetNamesRequest" => via::<ListFacetNamesRequest>(value),
        "ListFacetNamesResponse" => via::<ListFacetNamesResponse>(value),
        "ListIncomingTypedLinksRequest" => via::<ListIncomingTypedLinksRequest>(value),
        "ListIncomingTypedLinksResponse" => via::<ListIncomingTypedLinksResponse>(value),
        "ListIndexRequest" => via::<ListIndexRequest>(value),
        "ListIndexResponse" => via::<ListIndexResponse>(value),
        "ListManagedSchemaArnsRequest" => via::<ListManagedSchemaArnsRequest>(value),
        "ListManagedSchemaArnsResponse" => via::<ListManagedSchemaArnsResponse>(value),
        "ListObjectAttributesRequest" => via::<ListObjectAttributesRequest>(value),
        "ListObjectAttributesResponse" => via::<ListObjectAttributesResponse>(value),
        "ListObjectChildrenRequest" => via::<ListObjectChildrenRequest>(value),
        "ListObjectChildrenResponse" => via::<ListObjectChildrenResponse>(value),
        "ListObjectParentPathsRequest" => via::<ListObjectParentPathsRequest>(value),
        "ListObjectParentPathsResponse" => via::<ListObjectParentPathsResponse>(value),
        "ListObjectParentsRequest" => via::<ListObjectParentsRequest>(value),
        "ListObjectParentsResponse" => via::<ListObjectParentsResponse>(value),
        "ListObjectPoliciesRequest" => via::<ListObjectPoliciesRequest>(value),
        "ListObjectPoliciesResponse" => via::<ListObjectPoliciesResponse>(value),
        "ListOutgoingTypedLinksRequest" => via::<ListOutgoingTypedLinksRequest>(value),
        "ListOutgoingTypedLinksResponse" => via::<ListOutgoingTypedLinksResponse>(value),
        "ListPolicyAttachmentsRequest" => via::<ListPolicyAttachmentsRequest>(value),
        "ListPolicyAttachmentsResponse" => via::<ListPolicyAttachmentsResponse>(value),
        "ListPublishedSchemaArnsRequest" => via::<ListPublishedSchemaArnsRequest>(value),
        "ListPublishedSchemaArnsResponse" => via::<ListPublishedSchemaArnsResponse>(value),
        "ListTagsForResourceRequest" => via::<ListTagsForResourceRequest>(value),
        "ListTagsForResourceResponse" => via::<ListTagsForResourceResponse>(value),
        "ListTypedLinkFacetAttributesRequest" => via::<ListTypedLinkFacetAttributesRequest>(value),
        "ListTypedLinkFacetAttributesResponse" => {
            via::<ListTypedLinkFacetAttributesResponse>(value)
        }
        "ListTypedLinkFacetNamesRequest" => via::<ListTypedLinkFacetNamesRequest>(value),
        "ListTypedLinkFacetNamesResponse" => via::<ListTypedLinkFacetNamesResponse>(value),
        "LookupPolicyRequest" => via::<LookupPolicyRequest>(value),
        "LookupPolicyResponse" => via::<LookupPolicyResponse>(value),
        "NotIndexException" => via::<NotIndexException>(value),
        "NotNodeException" => via::<NotNodeException>(value),
        "NotPolicyException" => via::<NotPolicyException>(value),
        "ObjectAlreadyDetachedException" => via::<ObjectAlreadyDetachedException>(value),
        "ObjectAttributeAction" => via::<ObjectAttributeAction>(value),
        "ObjectAttributeRange" => via::<ObjectAttributeRange>(value),
        "ObjectAttributeUpdate" => via::<ObjectAttributeUpdate>(value),
        "ObjectIdentifierAndLinkNameTuple" => via::<ObjectIdentifierAndLinkNameTuple>(value),
        "ObjectNotDetachedException" => via::<ObjectNotDetachedException>(value),
        "ObjectReference" => via::<ObjectReference>(value),
        "PathToObjectIdentifiers" => via::<PathToObjectIdentifiers>(value),
        "PolicyAttachment" => via::<PolicyAttachment>(value),
        "PolicyToPath" => via::<PolicyToPath>(value),
        "PublishSchemaRequest" => via::<PublishSchemaRequest>(value),
        "PublishSchemaResponse" => via::<PublishSchemaResponse>(value),
        "PutSchemaFromJsonRequest" => via::<PutSchemaFromJsonRequest>(value),
        "PutSchemaFromJsonResponse" => via::<PutSchemaFromJsonResponse>(value),
        "RemoveFacetFromObjectRequest" => via::<RemoveFacetFromObjectRequest>(value),
        "RemoveFacetFromObjectResponse" => via::<RemoveFacetFromObjectResponse>(value),
        "ResourceNotFoundException" => via::<ResourceNotFoundException>(value),
        "RetryableConflictException" => via::<RetryableConflictException>(value),
        "Rule" => via::<Rule>(value),
        "SchemaAlreadyExistsException" => via::<SchemaAlreadyExistsException>(value),
        "SchemaAlreadyPublishedException" => via::<SchemaAlreadyPublishedException>(value),
        "SchemaFacet" => via::<SchemaFacet>(value),
        "StillContainsLinksException" => via::<StillContainsLinksException>(value),
        "Tag" => via::<Tag>(value),
        "TagResourceRequest" => via::<TagResourceRequest>(value),
        "TagResourceResponse" => via::<TagResourceResponse>(value),
        "TypedAttributeValue" => via::<TypedAttributeValue>(value),
        "TypedAttributeValueRange" => via::<TypedAttributeValueRange>(value),
        "TypedLinkAttributeDefinition" => via::<TypedLinkAttributeDefinition>(value),
        "TypedLinkAttributeRange" => via::<TypedLinkAttributeRange>(value),
        "TypedLinkFacet" => via::<TypedLinkFacet>(value),
        "TypedLinkFacetAttributeUpdate" => via::<TypedLinkFacetAttributeUpdate>(value),
        "TypedLinkSchemaAndFacetName" => via::<TypedLinkSchemaAndFacetName>(value),
        "TypedLinkSpecifier" => via::<TypedLinkSpecifier>(value),
        "UnsupportedIndexTypeException" => via::<UnsupportedIndexTypeException>(value),
        "UntagResourceRequest" => via::<UntagResourceRequest>(value),
        "UntagResourceResponse" => via::<UntagResourceResponse>(value),
        "UpdateFacetRequest" => via::<UpdateFacetRequest>(value),
        "UpdateFacetResponse" => via::<UpdateFacetResponse>(value),
        "UpdateLinkAttributesRequest" => via::<UpdateLinkAttributesRequest>(value),
        "UpdateLinkAttributesResponse" => via::<UpdateLinkAttributesResponse>(value),
        "UpdateObjectAttributesRequest" => via::<UpdateObjectAttributesRequest>(value),
        "UpdateObjectAttributesResponse" => via::<UpdateObjectAttributesResponse>(value),
        "UpdateSchemaRequest" => via::<UpdateSchemaRequest>(value),
        "UpdateSchemaResponse" => via::<UpdateSchemaResponse>(value),
        "UpdateTypedLinkFacetRequest" => via::<UpdateTypedLinkFacetRequest>(value),
        "UpdateTypedLinkFacetResponse" => via::<UpdateTypedLinkFacetResponse>(value),
        "UpgradeAppliedSchemaRequest" => via::<UpgradeAppliedSchemaRequest>(value),
        "UpgradeAppliedSchemaResponse" => via::<UpgradeAppliedSchemaResponse>(value),
        "UpgradePublishedSchemaRequest" => via::<UpgradePublishedSchemaRequest>(value),
        "UpgradePublishedSchemaResponse" => via::<UpgradePublishedSchemaResponse>(value),
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
pub struct AddFacetToObjectRequest {
    pub directory_arn: ::std::string::String,
    pub object_attribute_list: ::std::option::Option<::std::vec::Vec<AttributeKeyAndValue>>,
    pub object_reference: ObjectReference,
    pub schema_facet: SchemaFacet,
}

impl crate::ToValue for AddFacetToObjectRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.object_attribute_list {
            m.push((
                "ObjectAttributeList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        m.push(("SchemaFacet", crate::ToValue::to_value(&self.schema_facet)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AddFacetToObjectRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            object_attribute_list: crate::codec::optional(
                m,
                "ObjectAttributeList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
            schema_facet: crate::codec::required(m, "SchemaFacet", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddFacetToObjectResponse {}

impl crate::ToValue for AddFacetToObjectResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AddFacetToObjectResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplySchemaRequest {
    pub directory_arn: ::std::string::String,
    pub published_schema_arn: ::std::string::String,
}

impl crate::ToValue for ApplySchemaRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "PublishedSchemaArn",
            crate::ToValue::to_value(&self.published_schema_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ApplySchemaRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            published_schema_arn: crate::codec::required(
                m,
                "PublishedSchemaArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplySchemaResponse {
    pub applied_schema_arn: ::std::option::Option<::std::string::String>,
    pub directory_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ApplySchemaResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.applied_schema_arn {
            m.push(("AppliedSchemaArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.directory_arn {
            m.push(("DirectoryArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ApplySchemaResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            applied_schema_arn: crate::codec::optional(
                m,
                "AppliedSchemaArn",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::optional(m, "DirectoryArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachObjectRequest {
    pub child_reference: ObjectReference,
    pub directory_arn: ::std::string::String,
    pub link_name: ::std::string::String,
    pub parent_reference: ObjectReference,
}

impl crate::ToValue for AttachObjectRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "ChildReference",
            crate::ToValue::to_value(&self.child_reference),
        ));
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push(("LinkName", crate::ToValue::to_value(&self.link_name)));
        m.push((
            "ParentReference",
            crate::ToValue::to_value(&self.parent_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachObjectRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            child_reference: crate::codec::required(
                m,
                "ChildReference",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            link_name: crate::codec::required(m, "LinkName", crate::FromValue::from_value)?,
            parent_reference: crate::codec::required(
                m,
                "ParentReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachObjectResponse {
    pub attached_object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for AttachObjectResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.attached_object_identifier {
            m.push(("AttachedObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachObjectResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attached_object_identifier: crate::codec::optional(
                m,
                "AttachedObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachPolicyRequest {
    pub directory_arn: ::std::string::String,
    pub object_reference: ObjectReference,
    pub policy_reference: ObjectReference,
}

impl crate::ToValue for AttachPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        m.push((
            "PolicyReference",
            crate::ToValue::to_value(&self.policy_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
            policy_reference: crate::codec::required(
                m,
                "PolicyReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachPolicyResponse {}

impl crate::ToValue for AttachPolicyResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AttachPolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachToIndexRequest {
    pub directory_arn: ::std::string::String,
    pub index_reference: ObjectReference,
    pub target_reference: ObjectReference,
}

impl crate::ToValue for AttachToIndexRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "IndexReference",
            crate::ToValue::to_value(&self.index_reference),
        ));
        m.push((
            "TargetReference",
            crate::ToValue::to_value(&self.target_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachToIndexRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            index_reference: crate::codec::required(
                m,
                "IndexReference",
                crate::FromValue::from_value,
            )?,
            target_reference: crate::codec::required(
                m,
                "TargetReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachToIndexResponse {
    pub attached_object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for AttachToIndexResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.attached_object_identifier {
            m.push(("AttachedObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachToIndexResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attached_object_identifier: crate::codec::optional(
                m,
                "AttachedObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachTypedLinkRequest {
    pub attributes: ::std::vec::Vec<AttributeNameAndValue>,
    pub directory_arn: ::std::string::String,
    pub source_object_reference: ObjectReference,
    pub target_object_reference: ObjectReference,
    pub typed_link_facet: TypedLinkSchemaAndFacetName,
}

impl crate::ToValue for AttachTypedLinkRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push((
            "Attributes",
            crate::codec::list_to_value(&self.attributes, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "SourceObjectReference",
            crate::ToValue::to_value(&self.source_object_reference),
        ));
        m.push((
            "TargetObjectReference",
            crate::ToValue::to_value(&self.target_object_reference),
        ));
        m.push((
            "TypedLinkFacet",
            crate::ToValue::to_value(&self.typed_link_facet),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachTypedLinkRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attributes: crate::codec::required(m, "Attributes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            source_object_reference: crate::codec::required(
                m,
                "SourceObjectReference",
                crate::FromValue::from_value,
            )?,
            target_object_reference: crate::codec::required(
                m,
                "TargetObjectReference",
                crate::FromValue::from_value,
            )?,
            typed_link_facet: crate::codec::required(
                m,
                "TypedLinkFacet",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachTypedLinkResponse {
    pub typed_link_specifier: ::std::option::Option<TypedLinkSpecifier>,
}

impl crate::ToValue for AttachTypedLinkResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.typed_link_specifier {
            m.push(("TypedLinkSpecifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachTypedLinkResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            typed_link_specifier: crate::codec::optional(
                m,
                "TypedLinkSpecifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeKey {
    pub facet_name: ::std::string::String,
    pub name: ::std::string::String,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for AttributeKey {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("FacetName", crate::ToValue::to_value(&self.facet_name)));
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttributeKey {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            facet_name: crate::codec::required(m, "FacetName", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeKeyAndValue {
    pub key: AttributeKey,
    pub value: TypedAttributeValue,
}

impl crate::ToValue for AttributeKeyAndValue {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Key", crate::ToValue::to_value(&self.key)));
        m.push(("Value", crate::ToValue::to_value(&self.value)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttributeKeyAndValue {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            key: crate::codec::required(m, "Key", crate::FromValue::from_value)?,
            value: crate::codec::required(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeNameAndValue {
    pub attribute_name: ::std::string::String,
    pub value: TypedAttributeValue,
}

impl crate::ToValue for AttributeNameAndValue {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "AttributeName",
            crate::ToValue::to_value(&self.attribute_name),
        ));
        m.push(("Value", crate::ToValue::to_value(&self.value)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttributeNameAndValue {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_name: crate::codec::required(
                m,
                "AttributeName",
                crate::FromValue::from_value,
            )?,
            value: crate::codec::required(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAddFacetToObject {
    pub object_attribute_list: ::std::vec::Vec<AttributeKeyAndValue>,
    pub object_reference: ObjectReference,
    pub schema_facet: SchemaFacet,
}

impl crate::ToValue for BatchAddFacetToObject {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "ObjectAttributeList",
            crate::codec::list_to_value(&self.object_attribute_list, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        m.push(("SchemaFacet", crate::ToValue::to_value(&self.schema_facet)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchAddFacetToObject {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_attribute_list: crate::codec::required(
                m,
                "ObjectAttributeList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
            schema_facet: crate::codec::required(m, "SchemaFacet", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAddFacetToObjectResponse {}

impl crate::ToValue for BatchAddFacetToObjectResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for BatchAddFacetToObjectResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAttachObject {
    pub child_reference: ObjectReference,
    pub link_name: ::std::string::String,
    pub parent_reference: ObjectReference,
}

impl crate::ToValue for BatchAttachObject {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "ChildReference",
            crate::ToValue::to_value(&self.child_reference),
        ));
        m.push(("LinkName", crate::ToValue::to_value(&self.link_name)));
        m.push((
            "ParentReference",
            crate::ToValue::to_value(&self.parent_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchAttachObject {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            child_reference: crate::codec::required(
                m,
                "ChildReference",
                crate::FromValue::from_value,
            )?,
            link_name: crate::codec::required(m, "LinkName", crate::FromValue::from_value)?,
            parent_reference: crate::codec::required(
                m,
                "ParentReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAttachObjectResponse {
    pub attached_object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for BatchAttachObjectResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.attached_object_identifier {
            m.push(("attachedObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchAttachObjectResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attached_object_identifier: crate::codec::optional(
                m,
                "attachedObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAttachPolicy {
    pub object_reference: ObjectReference,
    pub policy_reference: ObjectReference,
}

impl crate::ToValue for BatchAttachPolicy {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        m.push((
            "PolicyReference",
            crate::ToValue::to_value(&self.policy_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchAttachPolicy {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
            policy_reference: crate::codec::required(
                m,
                "PolicyReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAttachPolicyResponse {}

impl crate::ToValue for BatchAttachPolicyResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for BatchAttachPolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAttachToIndex {
    pub index_reference: ObjectReference,
    pub target_reference: ObjectReference,
}

impl crate::ToValue for BatchAttachToIndex {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "IndexReference",
            crate::ToValue::to_value(&self.index_reference),
        ));
        m.push((
            "TargetReference",
            crate::ToValue::to_value(&self.target_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchAttachToIndex {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            index_reference: crate::codec::required(
                m,
                "IndexReference",
                crate::FromValue::from_value,
            )?,
            target_reference: crate::codec::required(
                m,
                "TargetReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAttachToIndexResponse {
    pub attached_object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for BatchAttachToIndexResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.attached_object_identifier {
            m.push(("AttachedObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchAttachToIndexResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attached_object_identifier: crate::codec::optional(
                m,
                "AttachedObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAttachTypedLink {
    pub attributes: ::std::vec::Vec<AttributeNameAndValue>,
    pub source_object_reference: ObjectReference,
    pub target_object_reference: ObjectReference,
    pub typed_link_facet: TypedLinkSchemaAndFacetName,
}

impl crate::ToValue for BatchAttachTypedLink {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "Attributes",
            crate::codec::list_to_value(&self.attributes, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push((
            "SourceObjectReference",
            crate::ToValue::to_value(&self.source_object_reference),
        ));
        m.push((
            "TargetObjectReference",
            crate::ToValue::to_value(&self.target_object_reference),
        ));
        m.push((
            "TypedLinkFacet",
            crate::ToValue::to_value(&self.typed_link_facet),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchAttachTypedLink {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attributes: crate::codec::required(m, "Attributes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            source_object_reference: crate::codec::required(
                m,
                "SourceObjectReference",
                crate::FromValue::from_value,
            )?,
            target_object_reference: crate::codec::required(
                m,
                "TargetObjectReference",
                crate::FromValue::from_value,
            )?,
            typed_link_facet: crate::codec::required(
                m,
                "TypedLinkFacet",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAttachTypedLinkResponse {
    pub typed_link_specifier: ::std::option::Option<TypedLinkSpecifier>,
}

impl crate::ToValue for BatchAttachTypedLinkResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.typed_link_specifier {
            m.push(("TypedLinkSpecifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchAttachTypedLinkResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            typed_link_specifier: crate::codec::optional(
                m,
                "TypedLinkSpecifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchCreateIndex {
    pub batch_reference_name: ::std::option::Option<::std::string::String>,
    pub is_unique: bool,
    pub link_name: ::std::option::Option<::std::string::String>,
    pub ordered_indexed_attribute_list: ::std::vec::Vec<AttributeKey>,
    pub parent_reference: ::std::option::Option<ObjectReference>,
}

impl crate::ToValue for BatchCreateIndex {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.batch_reference_name {
            m.push(("BatchReferenceName", crate::ToValue::to_value(x)));
        }
        m.push(("IsUnique", crate::ToValue::to_value(&self.is_unique)));
        if let Some(x) = &self.link_name {
            m.push(("LinkName", crate::ToValue::to_value(x)));
        }
        m.push((
            "OrderedIndexedAttributeList",
            crate::codec::list_to_value(&self.ordered_indexed_attribute_list, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        if let Some(x) = &self.parent_reference {
            m.push(("ParentReference", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchCreateIndex {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            batch_reference_name: crate::codec::optional(
                m,
                "BatchReferenceName",
                crate::FromValue::from_value,
            )?,
            is_unique: crate::codec::required(m, "IsUnique", crate::FromValue::from_value)?,
            link_name: crate::codec::optional(m, "LinkName", crate::FromValue::from_value)?,
            ordered_indexed_attribute_list: crate::codec::required(
                m,
                "OrderedIndexedAttributeList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            parent_reference: crate::codec::optional(
                m,
                "ParentReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchCreateIndexResponse {
    pub object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for BatchCreateIndexResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.object_identifier {
            m.push(("ObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchCreateIndexResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_identifier: crate::codec::optional(
                m,
                "ObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchCreateObject {
    pub batch_reference_name: ::std::option::Option<::std::string::String>,
    pub link_name: ::std::option::Option<::std::string::String>,
    pub object_attribute_list: ::std::vec::Vec<AttributeKeyAndValue>,
    pub parent_reference: ::std::option::Option<ObjectReference>,
    pub schema_facet: ::std::vec::Vec<SchemaFacet>,
}

impl crate::ToValue for BatchCreateObject {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.batch_reference_name {
            m.push(("BatchReferenceName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.link_name {
            m.push(("LinkName", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectAttributeList",
            crate::codec::list_to_value(&self.object_attribute_list, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        if let Some(x) = &self.parent_reference {
            m.push(("ParentReference", crate::ToValue::to_value(x)));
        }
        m.push((
            "SchemaFacet",
            crate::codec::list_to_value(&self.schema_facet, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchCreateObject {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            batch_reference_name: crate::codec::optional(
                m,
                "BatchReferenceName",
                crate::FromValue::from_value,
            )?,
            link_name: crate::codec::optional(m, "LinkName", crate::FromValue::from_value)?,
            object_attribute_list: crate::codec::required(
                m,
                "ObjectAttributeList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            parent_reference: crate::codec::optional(
                m,
                "ParentReference",
                crate::FromValue::from_value,
            )?,
            schema_facet: crate::codec::required(m, "SchemaFacet", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchCreateObjectResponse {
    pub object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for BatchCreateObjectResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.object_identifier {
            m.push(("ObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchCreateObjectResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_identifier: crate::codec::optional(
                m,
                "ObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDeleteObject {
    pub object_reference: ObjectReference,
}

impl crate::ToValue for BatchDeleteObject {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchDeleteObject {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDeleteObjectResponse {}

impl crate::ToValue for BatchDeleteObjectResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for BatchDeleteObjectResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDetachFromIndex {
    pub index_reference: ObjectReference,
    pub target_reference: ObjectReference,
}

impl crate::ToValue for BatchDetachFromIndex {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "IndexReference",
            crate::ToValue::to_value(&self.index_reference),
        ));
        m.push((
            "TargetReference",
            crate::ToValue::to_value(&self.target_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchDetachFromIndex {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            index_reference: crate::codec::required(
                m,
                "IndexReference",
                crate::FromValue::from_value,
            )?,
            target_reference: crate::codec::required(
                m,
                "TargetReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDetachFromIndexResponse {
    pub detached_object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for BatchDetachFromIndexResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.detached_object_identifier {
            m.push(("DetachedObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchDetachFromIndexResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            detached_object_identifier: crate::codec::optional(
                m,
                "DetachedObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDetachObject {
    pub batch_reference_name: ::std::option::Option<::std::string::String>,
    pub link_name: ::std::string::String,
    pub parent_reference: ObjectReference,
}

impl crate::ToValue for BatchDetachObject {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.batch_reference_name {
            m.push(("BatchReferenceName", crate::ToValue::to_value(x)));
        }
        m.push(("LinkName", crate::ToValue::to_value(&self.link_name)));
        m.push((
            "ParentReference",
            crate::ToValue::to_value(&self.parent_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchDetachObject {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            batch_reference_name: crate::codec::optional(
                m,
                "BatchReferenceName",
                crate::FromValue::from_value,
            )?,
            link_name: crate::codec::required(m, "LinkName", crate::FromValue::from_value)?,
            parent_reference: crate::codec::required(
                m,
                "ParentReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDetachObjectResponse {
    pub detached_object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for BatchDetachObjectResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.detached_object_identifier {
            m.push(("detachedObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchDetachObjectResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            detached_object_identifier: crate::codec::optional(
                m,
                "detachedObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDetachPolicy {
    pub object_reference: ObjectReference,
    pub policy_reference: ObjectReference,
}

impl crate::ToValue for BatchDetachPolicy {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        m.push((
            "PolicyReference",
            crate::ToValue::to_value(&self.policy_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchDetachPolicy {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
            policy_reference: crate::codec::required(
                m,
                "PolicyReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDetachPolicyResponse {}

impl crate::ToValue for BatchDetachPolicyResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for BatchDetachPolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDetachTypedLink {
    pub typed_link_specifier: TypedLinkSpecifier,
}

impl crate::ToValue for BatchDetachTypedLink {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "TypedLinkSpecifier",
            crate::ToValue::to_value(&self.typed_link_specifier),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchDetachTypedLink {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            typed_link_specifier: crate::codec::required(
                m,
                "TypedLinkSpecifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDetachTypedLinkResponse {}

impl crate::ToValue for BatchDetachTypedLinkResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for BatchDetachTypedLinkResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetLinkAttributes {
    pub attribute_names: ::std::vec::Vec<::std::string::String>,
    pub typed_link_specifier: TypedLinkSpecifier,
}

impl crate::ToValue for BatchGetLinkAttributes {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "AttributeNames",
            crate::codec::list_to_value(&self.attribute_names, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push((
            "TypedLinkSpecifier",
            crate::ToValue::to_value(&self.typed_link_specifier),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchGetLinkAttributes {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_names: crate::codec::required(m, "AttributeNames", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            typed_link_specifier: crate::codec::required(
                m,
                "TypedLinkSpecifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetLinkAttributesResponse {
    pub attributes: ::std::option::Option<::std::vec::Vec<AttributeKeyAndValue>>,
}

impl crate::ToValue for BatchGetLinkAttributesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.attributes {
            m.push((
                "Attributes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchGetLinkAttributesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attributes: crate::codec::optional(m, "Attributes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetObjectAttributes {
    pub attribute_names: ::std::vec::Vec<::std::string::String>,
    pub object_reference: ObjectReference,
    pub schema_facet: SchemaFacet,
}

impl crate::ToValue for BatchGetObjectAttributes {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "AttributeNames",
            crate::codec::list_to_value(&self.attribute_names, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        m.push(("SchemaFacet", crate::ToValue::to_value(&self.schema_facet)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchGetObjectAttributes {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_names: crate::codec::required(m, "AttributeNames", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
            schema_facet: crate::codec::required(m, "SchemaFacet", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetObjectAttributesResponse {
    pub attributes: ::std::option::Option<::std::vec::Vec<AttributeKeyAndValue>>,
}

impl crate::ToValue for BatchGetObjectAttributesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.attributes {
            m.push((
                "Attributes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchGetObjectAttributesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attributes: crate::codec::optional(m, "Attributes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetObjectInformation {
    pub object_reference: ObjectReference,
}

impl crate::ToValue for BatchGetObjectInformation {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchGetObjectInformation {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetObjectInformationResponse {
    pub object_identifier: ::std::option::Option<::std::string::String>,
    pub schema_facets: ::std::option::Option<::std::vec::Vec<SchemaFacet>>,
}

impl crate::ToValue for BatchGetObjectInformationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.object_identifier {
            m.push(("ObjectIdentifier", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_facets {
            m.push((
                "SchemaFacets",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchGetObjectInformationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_identifier: crate::codec::optional(
                m,
                "ObjectIdentifier",
                crate::FromValue::from_value,
            )?,
            schema_facets: crate::codec::optional(m, "SchemaFacets", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListAttachedIndices {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub target_reference: ObjectReference,
}

impl crate::ToValue for BatchListAttachedIndices {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "TargetReference",
            crate::ToValue::to_value(&self.target_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListAttachedIndices {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            target_reference: crate::codec::required(
                m,
                "TargetReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListAttachedIndicesResponse {
    pub index_attachments: ::std::option::Option<::std::vec::Vec<IndexAttachment>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for BatchListAttachedIndicesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.index_attachments {
            m.push((
                "IndexAttachments",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListAttachedIndicesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            index_attachments: crate::codec::optional(
                m,
                "IndexAttachments",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListIncomingTypedLinks {
    pub filter_attribute_ranges: ::std::option::Option<::std::vec::Vec<TypedLinkAttributeRange>>,
    pub filter_typed_link: ::std::option::Option<TypedLinkSchemaAndFacetName>,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for BatchListIncomingTypedLinks {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.filter_attribute_ranges {
            m.push((
                "FilterAttributeRanges",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.filter_typed_link {
            m.push(("FilterTypedLink", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListIncomingTypedLinks {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filter_attribute_ranges: crate::codec::optional(
                m,
                "FilterAttributeRanges",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            filter_typed_link: crate::codec::optional(
                m,
                "FilterTypedLink",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListIncomingTypedLinksResponse {
    pub link_specifiers: ::std::option::Option<::std::vec::Vec<TypedLinkSpecifier>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for BatchListIncomingTypedLinksResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.link_specifiers {
            m.push((
                "LinkSpecifiers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListIncomingTypedLinksResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            link_specifiers: crate::codec::optional(m, "LinkSpecifiers", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListIndex {
    pub index_reference: ObjectReference,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub ranges_on_indexed_values: ::std::option::Option<::std::vec::Vec<ObjectAttributeRange>>,
}

impl crate::ToValue for BatchListIndex {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "IndexReference",
            crate::ToValue::to_value(&self.index_reference),
        ));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.ranges_on_indexed_values {
            m.push((
                "RangesOnIndexedValues",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListIndex {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            index_reference: crate::codec::required(
                m,
                "IndexReference",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            ranges_on_indexed_values: crate::codec::optional(
                m,
                "RangesOnIndexedValues",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListIndexResponse {
    pub index_attachments: ::std::option::Option<::std::vec::Vec<IndexAttachment>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for BatchListIndexResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.index_attachments {
            m.push((
                "IndexAttachments",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListIndexResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            index_attachments: crate::codec::optional(
                m,
                "IndexAttachments",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListObjectAttributes {
    pub facet_filter: ::std::option::Option<SchemaFacet>,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for BatchListObjectAttributes {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.facet_filter {
            m.push(("FacetFilter", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListObjectAttributes {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            facet_filter: crate::codec::optional(m, "FacetFilter", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListObjectAttributesResponse {
    pub attributes: ::std::option::Option<::std::vec::Vec<AttributeKeyAndValue>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for BatchListObjectAttributesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.attributes {
            m.push((
                "Attributes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListObjectAttributesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attributes: crate::codec::optional(m, "Attributes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListObjectChildren {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for BatchListObjectChildren {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListObjectChildren {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListObjectChildrenResponse {
    pub children: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for BatchListObjectChildrenResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.children {
            m.push((
                "Children",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListObjectChildrenResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            children: crate::codec::optional(m, "Children", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListObjectParentPaths {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for BatchListObjectParentPaths {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListObjectParentPaths {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListObjectParentPathsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub path_to_object_identifiers_list:
        ::std::option::Option<::std::vec::Vec<PathToObjectIdentifiers>>,
}

impl crate::ToValue for BatchListObjectParentPathsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path_to_object_identifiers_list {
            m.push((
                "PathToObjectIdentifiersList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListObjectParentPathsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            path_to_object_identifiers_list: crate::codec::optional(
                m,
                "PathToObjectIdentifiersList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListObjectParents {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for BatchListObjectParents {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListObjectParents {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListObjectParentsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub parent_links: ::std::option::Option<::std::vec::Vec<ObjectIdentifierAndLinkNameTuple>>,
}

impl crate::ToValue for BatchListObjectParentsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.parent_links {
            m.push((
                "ParentLinks",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListObjectParentsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            parent_links: crate::codec::optional(m, "ParentLinks", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListObjectPolicies {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for BatchListObjectPolicies {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListObjectPolicies {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListObjectPoliciesResponse {
    pub attached_policy_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for BatchListObjectPoliciesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.attached_policy_ids {
            m.push((
                "AttachedPolicyIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListObjectPoliciesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attached_policy_ids: crate::codec::optional(
                m,
                "AttachedPolicyIds",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListOutgoingTypedLinks {
    pub filter_attribute_ranges: ::std::option::Option<::std::vec::Vec<TypedLinkAttributeRange>>,
    pub filter_typed_link: ::std::option::Option<TypedLinkSchemaAndFacetName>,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for BatchListOutgoingTypedLinks {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.filter_attribute_ranges {
            m.push((
                "FilterAttributeRanges",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.filter_typed_link {
            m.push(("FilterTypedLink", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListOutgoingTypedLinks {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filter_attribute_ranges: crate::codec::optional(
                m,
                "FilterAttributeRanges",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            filter_typed_link: crate::codec::optional(
                m,
                "FilterTypedLink",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListOutgoingTypedLinksResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub typed_link_specifiers: ::std::option::Option<::std::vec::Vec<TypedLinkSpecifier>>,
}

impl crate::ToValue for BatchListOutgoingTypedLinksResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.typed_link_specifiers {
            m.push((
                "TypedLinkSpecifiers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListOutgoingTypedLinksResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            typed_link_specifiers: crate::codec::optional(
                m,
                "TypedLinkSpecifiers",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListPolicyAttachments {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub policy_reference: ObjectReference,
}

impl crate::ToValue for BatchListPolicyAttachments {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "PolicyReference",
            crate::ToValue::to_value(&self.policy_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListPolicyAttachments {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            policy_reference: crate::codec::required(
                m,
                "PolicyReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchListPolicyAttachmentsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for BatchListPolicyAttachmentsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.object_identifiers {
            m.push((
                "ObjectIdentifiers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchListPolicyAttachmentsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_identifiers: crate::codec::optional(
                m,
                "ObjectIdentifiers",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchLookupPolicy {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for BatchLookupPolicy {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchLookupPolicy {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchLookupPolicyResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub policy_to_path_list: ::std::option::Option<::std::vec::Vec<PolicyToPath>>,
}

impl crate::ToValue for BatchLookupPolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_to_path_list {
            m.push((
                "PolicyToPathList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchLookupPolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            policy_to_path_list: crate::codec::optional(
                m,
                "PolicyToPathList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchReadException {
    pub message: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<BatchReadExceptionType>,
}

impl crate::ToValue for BatchReadException {
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

impl crate::FromValue for BatchReadException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BatchReadExceptionType {
    ValidationException,
    InvalidArnException,
    ResourceNotFoundException,
    InvalidNextTokenException,
    AccessDeniedException,
    NotNodeException,
    FacetValidationException,
    CannotListParentOfRootException,
    NotIndexException,
    NotPolicyException,
    DirectoryNotEnabledException,
    LimitExceededException,
    InternalServiceException,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl BatchReadExceptionType {
    pub const VALUES: &'static [&'static str] = &[
        "ValidationException",
        "InvalidArnException",
        "ResourceNotFoundException",
        "InvalidNextTokenException",
        "AccessDeniedException",
        "NotNodeException",
        "FacetValidationException",
        "CannotListParentOfRootException",
        "NotIndexException",
        "NotPolicyException",
        "DirectoryNotEnabledException",
        "LimitExceededException",
        "InternalServiceException",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ValidationException => "ValidationException",
            Self::InvalidArnException => "InvalidArnException",
            Self::ResourceNotFoundException => "ResourceNotFoundException",
            Self::InvalidNextTokenException => "InvalidNextTokenException",
            Self::AccessDeniedException => "AccessDeniedException",
            Self::NotNodeException => "NotNodeException",
            Self::FacetValidationException => "FacetValidationException",
            Self::CannotListParentOfRootException => "CannotListParentOfRootException",
            Self::NotIndexException => "NotIndexException",
            Self::NotPolicyException => "NotPolicyException",
            Self::DirectoryNotEnabledException => "DirectoryNotEnabledException",
            Self::LimitExceededException => "LimitExceededException",
            Self::InternalServiceException => "InternalServiceException",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ValidationException" => Self::ValidationException,
            "InvalidArnException" => Self::InvalidArnException,
            "ResourceNotFoundException" => Self::ResourceNotFoundException,
            "InvalidNextTokenException" => Self::InvalidNextTokenException,
            "AccessDeniedException" => Self::AccessDeniedException,
            "NotNodeException" => Self::NotNodeException,
            "FacetValidationException" => Self::FacetValidationException,
            "CannotListParentOfRootException" => Self::CannotListParentOfRootException,
            "NotIndexException" => Self::NotIndexException,
            "NotPolicyException" => Self::NotPolicyException,
            "DirectoryNotEnabledException" => Self::DirectoryNotEnabledException,
            "LimitExceededException" => Self::LimitExceededException,
            "InternalServiceException" => Self::InternalServiceException,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for BatchReadExceptionType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for BatchReadExceptionType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchReadOperation {
    pub get_link_attributes: ::std::option::Option<BatchGetLinkAttributes>,
    pub get_object_attributes: ::std::option::Option<BatchGetObjectAttributes>,
    pub get_object_information: ::std::option::Option<BatchGetObjectInformation>,
    pub list_attached_indices: ::std::option::Option<BatchListAttachedIndices>,
    pub list_incoming_typed_links: ::std::option::Option<BatchListIncomingTypedLinks>,
    pub list_index: ::std::option::Option<BatchListIndex>,
    pub list_object_attributes: ::std::option::Option<BatchListObjectAttributes>,
    pub list_object_children: ::std::option::Option<BatchListObjectChildren>,
    pub list_object_parent_paths: ::std::option::Option<BatchListObjectParentPaths>,
    pub list_object_parents: ::std::option::Option<BatchListObjectParents>,
    pub list_object_policies: ::std::option::Option<BatchListObjectPolicies>,
    pub list_outgoing_typed_links: ::std::option::Option<BatchListOutgoingTypedLinks>,
    pub list_policy_attachments: ::std::option::Option<BatchListPolicyAttachments>,
    pub lookup_policy: ::std::option::Option<BatchLookupPolicy>,
}

impl crate::ToValue for BatchReadOperation {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(14);
        if let Some(x) = &self.get_link_attributes {
            m.push(("GetLinkAttributes", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.get_object_attributes {
            m.push(("GetObjectAttributes", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.get_object_information {
            m.push(("GetObjectInformation", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_attached_indices {
            m.push(("ListAttachedIndices", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_incoming_typed_links {
            m.push(("ListIncomingTypedLinks", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_index {
            m.push(("ListIndex", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_object_attributes {
            m.push(("ListObjectAttributes", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_object_children {
            m.push(("ListObjectChildren", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_object_parent_paths {
            m.push(("ListObjectParentPaths", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_object_parents {
            m.push(("ListObjectParents", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_object_policies {
            m.push(("ListObjectPolicies", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_outgoing_typed_links {
            m.push(("ListOutgoingTypedLinks", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_policy_attachments {
            m.push(("ListPolicyAttachments", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.lookup_policy {
            m.push(("LookupPolicy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchReadOperation {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            get_link_attributes: crate::codec::optional(
                m,
                "GetLinkAttributes",
                crate::FromValue::from_value,
            )?,
            get_object_attributes: crate::codec::optional(
                m,
                "GetObjectAttributes",
                crate::FromValue::from_value,
            )?,
            get_object_information: crate::codec::optional(
                m,
                "GetObjectInformation",
                crate::FromValue::from_value,
            )?,
            list_attached_indices: crate::codec::optional(
                m,
                "ListAttachedIndices",
                crate::FromValue::from_value,
            )?,
            list_incoming_typed_links: crate::codec::optional(
                m,
                "ListIncomingTypedLinks",
                crate::FromValue::from_value,
            )?,
            list_index: crate::codec::optional(m, "ListIndex", crate::FromValue::from_value)?,
            list_object_attributes: crate::codec::optional(
                m,
                "ListObjectAttributes",
                crate::FromValue::from_value,
            )?,
            list_object_children: crate::codec::optional(
                m,
                "ListObjectChildren",
                crate::FromValue::from_value,
            )?,
            list_object_parent_paths: crate::codec::optional(
                m,
                "ListObjectParentPaths",
                crate::FromValue::from_value,
            )?,
            list_object_parents: crate::codec::optional(
                m,
                "ListObjectParents",
                crate::FromValue::from_value,
            )?,
            list_object_policies: crate::codec::optional(
                m,
                "ListObjectPolicies",
                crate::FromValue::from_value,
            )?,
            list_outgoing_typed_links: crate::codec::optional(
                m,
                "ListOutgoingTypedLinks",
                crate::FromValue::from_value,
            )?,
            list_policy_attachments: crate::codec::optional(
                m,
                "ListPolicyAttachments",
                crate::FromValue::from_value,
            )?,
            lookup_policy: crate::codec::optional(m, "LookupPolicy", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchReadOperationResponse {
    pub exception_response: ::std::option::Option<BatchReadException>,
    pub successful_response: ::std::option::Option<BatchReadSuccessfulResponse>,
}

impl crate::ToValue for BatchReadOperationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.exception_response {
            m.push(("ExceptionResponse", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.successful_response {
            m.push(("SuccessfulResponse", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchReadOperationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            exception_response: crate::codec::optional(
                m,
                "ExceptionResponse",
                crate::FromValue::from_value,
            )?,
            successful_response: crate::codec::optional(
                m,
                "SuccessfulResponse",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchReadRequest {
    pub consistency_level: ::std::option::Option<ConsistencyLevel>,
    pub directory_arn: ::std::string::String,
    pub operations: ::std::vec::Vec<BatchReadOperation>,
}

impl crate::ToValue for BatchReadRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.consistency_level {
            m.push(("ConsistencyLevel", crate::ToValue::to_value(x)));
        }
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "Operations",
            crate::codec::list_to_value(&self.operations, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchReadRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            consistency_level: crate::codec::optional(
                m,
                "ConsistencyLevel",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            operations: crate::codec::required(m, "Operations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchReadResponse {
    pub responses: ::std::option::Option<::std::vec::Vec<BatchReadOperationResponse>>,
}

impl crate::ToValue for BatchReadResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.responses {
            m.push((
                "Responses",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchReadResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            responses: crate::codec::optional(m, "Responses", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchReadSuccessfulResponse {
    pub get_link_attributes: ::std::option::Option<BatchGetLinkAttributesResponse>,
    pub get_object_attributes: ::std::option::Option<BatchGetObjectAttributesResponse>,
    pub get_object_information: ::std::option::Option<BatchGetObjectInformationResponse>,
    pub list_attached_indices: ::std::option::Option<BatchListAttachedIndicesResponse>,
    pub list_incoming_typed_links: ::std::option::Option<BatchListIncomingTypedLinksResponse>,
    pub list_index: ::std::option::Option<BatchListIndexResponse>,
    pub list_object_attributes: ::std::option::Option<BatchListObjectAttributesResponse>,
    pub list_object_children: ::std::option::Option<BatchListObjectChildrenResponse>,
    pub list_object_parent_paths: ::std::option::Option<BatchListObjectParentPathsResponse>,
    pub list_object_parents: ::std::option::Option<BatchListObjectParentsResponse>,
    pub list_object_policies: ::std::option::Option<BatchListObjectPoliciesResponse>,
    pub list_outgoing_typed_links: ::std::option::Option<BatchListOutgoingTypedLinksResponse>,
    pub list_policy_attachments: ::std::option::Option<BatchListPolicyAttachmentsResponse>,
    pub lookup_policy: ::std::option::Option<BatchLookupPolicyResponse>,
}

impl crate::ToValue for BatchReadSuccessfulResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(14);
        if let Some(x) = &self.get_link_attributes {
            m.push(("GetLinkAttributes", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.get_object_attributes {
            m.push(("GetObjectAttributes", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.get_object_information {
            m.push(("GetObjectInformation", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_attached_indices {
            m.push(("ListAttachedIndices", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_incoming_typed_links {
            m.push(("ListIncomingTypedLinks", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_index {
            m.push(("ListIndex", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_object_attributes {
            m.push(("ListObjectAttributes", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_object_children {
            m.push(("ListObjectChildren", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_object_parent_paths {
            m.push(("ListObjectParentPaths", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_object_parents {
            m.push(("ListObjectParents", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_object_policies {
            m.push(("ListObjectPolicies", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_outgoing_typed_links {
            m.push(("ListOutgoingTypedLinks", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.list_policy_attachments {
            m.push(("ListPolicyAttachments", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.lookup_policy {
            m.push(("LookupPolicy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchReadSuccessfulResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            get_link_attributes: crate::codec::optional(
                m,
                "GetLinkAttributes",
                crate::FromValue::from_value,
            )?,
            get_object_attributes: crate::codec::optional(
                m,
                "GetObjectAttributes",
                crate::FromValue::from_value,
            )?,
            get_object_information: crate::codec::optional(
                m,
                "GetObjectInformation",
                crate::FromValue::from_value,
            )?,
            list_attached_indices: crate::codec::optional(
                m,
                "ListAttachedIndices",
                crate::FromValue::from_value,
            )?,
            list_incoming_typed_links: crate::codec::optional(
                m,
                "ListIncomingTypedLinks",
                crate::FromValue::from_value,
            )?,
            list_index: crate::codec::optional(m, "ListIndex", crate::FromValue::from_value)?,
            list_object_attributes: crate::codec::optional(
                m,
                "ListObjectAttributes",
                crate::FromValue::from_value,
            )?,
            list_object_children: crate::codec::optional(
                m,
                "ListObjectChildren",
                crate::FromValue::from_value,
            )?,
            list_object_parent_paths: crate::codec::optional(
                m,
                "ListObjectParentPaths",
                crate::FromValue::from_value,
            )?,
            list_object_parents: crate::codec::optional(
                m,
                "ListObjectParents",
                crate::FromValue::from_value,
            )?,
            list_object_policies: crate::codec::optional(
                m,
                "ListObjectPolicies",
                crate::FromValue::from_value,
            )?,
            list_outgoing_typed_links: crate::codec::optional(
                m,
                "ListOutgoingTypedLinks",
                crate::FromValue::from_value,
            )?,
            list_policy_attachments: crate::codec::optional(
                m,
                "ListPolicyAttachments",
                crate::FromValue::from_value,
            )?,
            lookup_policy: crate::codec::optional(m, "LookupPolicy", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRemoveFacetFromObject {
    pub object_reference: ObjectReference,
    pub schema_facet: SchemaFacet,
}

impl crate::ToValue for BatchRemoveFacetFromObject {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        m.push(("SchemaFacet", crate::ToValue::to_value(&self.schema_facet)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchRemoveFacetFromObject {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
            schema_facet: crate::codec::required(m, "SchemaFacet", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRemoveFacetFromObjectResponse {}

impl crate::ToValue for BatchRemoveFacetFromObjectResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for BatchRemoveFacetFromObjectResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchUpdateLinkAttributes {
    pub attribute_updates: ::std::vec::Vec<LinkAttributeUpdate>,
    pub typed_link_specifier: TypedLinkSpecifier,
}

impl crate::ToValue for BatchUpdateLinkAttributes {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "AttributeUpdates",
            crate::codec::list_to_value(&self.attribute_updates, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push((
            "TypedLinkSpecifier",
            crate::ToValue::to_value(&self.typed_link_specifier),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchUpdateLinkAttributes {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_updates: crate::codec::required(
                m,
                "AttributeUpdates",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            typed_link_specifier: crate::codec::required(
                m,
                "TypedLinkSpecifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchUpdateLinkAttributesResponse {}

impl crate::ToValue for BatchUpdateLinkAttributesResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for BatchUpdateLinkAttributesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchUpdateObjectAttributes {
    pub attribute_updates: ::std::vec::Vec<ObjectAttributeUpdate>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for BatchUpdateObjectAttributes {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "AttributeUpdates",
            crate::codec::list_to_value(&self.attribute_updates, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchUpdateObjectAttributes {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_updates: crate::codec::required(
                m,
                "AttributeUpdates",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchUpdateObjectAttributesResponse {
    pub object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for BatchUpdateObjectAttributesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.object_identifier {
            m.push(("ObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchUpdateObjectAttributesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_identifier: crate::codec::optional(
                m,
                "ObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchWriteException {
    pub index: ::std::option::Option<i32>,
    pub message: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<BatchWriteExceptionType>,
}

impl BatchWriteException {
    pub const CODE: &'static str = "BatchWriteException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for BatchWriteException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.index {
            m.push(("Index", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchWriteException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            index: crate::codec::optional(m, "Index", crate::FromValue::from_value)?,
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BatchWriteExceptionType {
    InternalServiceException,
    ValidationException,
    InvalidArnException,
    LinkNameAlreadyInUseException,
    StillContainsLinksException,
    FacetValidationException,
    ObjectNotDetachedException,
    ResourceNotFoundException,
    AccessDeniedException,
    InvalidAttachmentException,
    NotIndexException,
    NotNodeException,
    IndexedAttributeMissingException,
    ObjectAlreadyDetachedException,
    NotPolicyException,
    DirectoryNotEnabledException,
    LimitExceededException,
    UnsupportedIndexTypeException,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl BatchWriteExceptionType {
    pub const VALUES: &'static [&'static str] = &[
        "InternalServiceException",
        "ValidationException",
        "InvalidArnException",
        "LinkNameAlreadyInUseException",
        "StillContainsLinksException",
        "FacetValidationException",
        "ObjectNotDetachedException",
        "ResourceNotFoundException",
        "AccessDeniedException",
        "InvalidAttachmentException",
        "NotIndexException",
        "NotNodeException",
        "IndexedAttributeMissingException",
        "ObjectAlreadyDetachedException",
        "NotPolicyException",
        "DirectoryNotEnabledException",
        "LimitExceededException",
        "UnsupportedIndexTypeException",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::InternalServiceException => "InternalServiceException",
            Self::ValidationException => "ValidationException",
            Self::InvalidArnException => "InvalidArnException",
            Self::LinkNameAlreadyInUseException => "LinkNameAlreadyInUseException",
            Self::StillContainsLinksException => "StillContainsLinksException",
            Self::FacetValidationException => "FacetValidationException",
            Self::ObjectNotDetachedException => "ObjectNotDetachedException",
            Self::ResourceNotFoundException => "ResourceNotFoundException",
            Self::AccessDeniedException => "AccessDeniedException",
            Self::InvalidAttachmentException => "InvalidAttachmentException",
            Self::NotIndexException => "NotIndexException",
            Self::NotNodeException => "NotNodeException",
            Self::IndexedAttributeMissingException => "IndexedAttributeMissingException",
            Self::ObjectAlreadyDetachedException => "ObjectAlreadyDetachedException",
            Self::NotPolicyException => "NotPolicyException",
            Self::DirectoryNotEnabledException => "DirectoryNotEnabledException",
            Self::LimitExceededException => "LimitExceededException",
            Self::UnsupportedIndexTypeException => "UnsupportedIndexTypeException",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "InternalServiceException" => Self::InternalServiceException,
            "ValidationException" => Self::ValidationException,
            "InvalidArnException" => Self::InvalidArnException,
            "LinkNameAlreadyInUseException" => Self::LinkNameAlreadyInUseException,
            "StillContainsLinksException" => Self::StillContainsLinksException,
            "FacetValidationException" => Self::FacetValidationException,
            "ObjectNotDetachedException" => Self::ObjectNotDetachedException,
            "ResourceNotFoundException" => Self::ResourceNotFoundException,
            "AccessDeniedException" => Self::AccessDeniedException,
            "InvalidAttachmentException" => Self::InvalidAttachmentException,
            "NotIndexException" => Self::NotIndexException,
            "NotNodeException" => Self::NotNodeException,
            "IndexedAttributeMissingException" => Self::IndexedAttributeMissingException,
            "ObjectAlreadyDetachedException" => Self::ObjectAlreadyDetachedException,
            "NotPolicyException" => Self::NotPolicyException,
            "DirectoryNotEnabledException" => Self::DirectoryNotEnabledException,
            "LimitExceededException" => Self::LimitExceededException,
            "UnsupportedIndexTypeException" => Self::UnsupportedIndexTypeException,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for BatchWriteExceptionType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for BatchWriteExceptionType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchWriteOperation {
    pub add_facet_to_object: ::std::option::Option<BatchAddFacetToObject>,
    pub attach_object: ::std::option::Option<BatchAttachObject>,
    pub attach_policy: ::std::option::Option<BatchAttachPolicy>,
    pub attach_to_index: ::std::option::Option<BatchAttachToIndex>,
    pub attach_typed_link: ::std::option::Option<BatchAttachTypedLink>,
    pub create_index: ::std::option::Option<BatchCreateIndex>,
    pub create_object: ::std::option::Option<BatchCreateObject>,
    pub delete_object: ::std::option::Option<BatchDeleteObject>,
    pub detach_from_index: ::std::option::Option<BatchDetachFromIndex>,
    pub detach_object: ::std::option::Option<BatchDetachObject>,
    pub detach_policy: ::std::option::Option<BatchDetachPolicy>,
    pub detach_typed_link: ::std::option::Option<BatchDetachTypedLink>,
    pub remove_facet_from_object: ::std::option::Option<BatchRemoveFacetFromObject>,
    pub update_link_attributes: ::std::option::Option<BatchUpdateLinkAttributes>,
    pub update_object_attributes: ::std::option::Option<BatchUpdateObjectAttributes>,
}

impl crate::ToValue for BatchWriteOperation {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(15);
        if let Some(x) = &self.add_facet_to_object {
            m.push(("AddFacetToObject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attach_object {
            m.push(("AttachObject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attach_policy {
            m.push(("AttachPolicy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attach_to_index {
            m.push(("AttachToIndex", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attach_typed_link {
            m.push(("AttachTypedLink", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.create_index {
            m.push(("CreateIndex", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.create_object {
            m.push(("CreateObject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.delete_object {
            m.push(("DeleteObject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.detach_from_index {
            m.push(("DetachFromIndex", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.detach_object {
            m.push(("DetachObject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.detach_policy {
            m.push(("DetachPolicy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.detach_typed_link {
            m.push(("DetachTypedLink", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.remove_facet_from_object {
            m.push(("RemoveFacetFromObject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.update_link_attributes {
            m.push(("UpdateLinkAttributes", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.update_object_attributes {
            m.push(("UpdateObjectAttributes", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchWriteOperation {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            add_facet_to_object: crate::codec::optional(
                m,
                "AddFacetToObject",
                crate::FromValue::from_value,
            )?,
            attach_object: crate::codec::optional(m, "AttachObject", crate::FromValue::from_value)?,
            attach_policy: crate::codec::optional(m, "AttachPolicy", crate::FromValue::from_value)?,
            attach_to_index: crate::codec::optional(
                m,
                "AttachToIndex",
                crate::FromValue::from_value,
            )?,
            attach_typed_link: crate::codec::optional(
                m,
                "AttachTypedLink",
                crate::FromValue::from_value,
            )?,
            create_index: crate::codec::optional(m, "CreateIndex", crate::FromValue::from_value)?,
            create_object: crate::codec::optional(m, "CreateObject", crate::FromValue::from_value)?,
            delete_object: crate::codec::optional(m, "DeleteObject", crate::FromValue::from_value)?,
            detach_from_index: crate::codec::optional(
                m,
                "DetachFromIndex",
                crate::FromValue::from_value,
            )?,
            detach_object: crate::codec::optional(m, "DetachObject", crate::FromValue::from_value)?,
            detach_policy: crate::codec::optional(m, "DetachPolicy", crate::FromValue::from_value)?,
            detach_typed_link: crate::codec::optional(
                m,
                "DetachTypedLink",
                crate::FromValue::from_value,
            )?,
            remove_facet_from_object: crate::codec::optional(
                m,
                "RemoveFacetFromObject",
                crate::FromValue::from_value,
            )?,
            update_link_attributes: crate::codec::optional(
                m,
                "UpdateLinkAttributes",
                crate::FromValue::from_value,
            )?,
            update_object_attributes: crate::codec::optional(
                m,
                "UpdateObjectAttributes",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchWriteOperationResponse {
    pub add_facet_to_object: ::std::option::Option<BatchAddFacetToObjectResponse>,
    pub attach_object: ::std::option::Option<BatchAttachObjectResponse>,
    pub attach_policy: ::std::option::Option<BatchAttachPolicyResponse>,
    pub attach_to_index: ::std::option::Option<BatchAttachToIndexResponse>,
    pub attach_typed_link: ::std::option::Option<BatchAttachTypedLinkResponse>,
    pub create_index: ::std::option::Option<BatchCreateIndexResponse>,
    pub create_object: ::std::option::Option<BatchCreateObjectResponse>,
    pub delete_object: ::std::option::Option<BatchDeleteObjectResponse>,
    pub detach_from_index: ::std::option::Option<BatchDetachFromIndexResponse>,
    pub detach_object: ::std::option::Option<BatchDetachObjectResponse>,
    pub detach_policy: ::std::option::Option<BatchDetachPolicyResponse>,
    pub detach_typed_link: ::std::option::Option<BatchDetachTypedLinkResponse>,
    pub remove_facet_from_object: ::std::option::Option<BatchRemoveFacetFromObjectResponse>,
    pub update_link_attributes: ::std::option::Option<BatchUpdateLinkAttributesResponse>,
    pub update_object_attributes: ::std::option::Option<BatchUpdateObjectAttributesResponse>,
}

impl crate::ToValue for BatchWriteOperationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(15);
        if let Some(x) = &self.add_facet_to_object {
            m.push(("AddFacetToObject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attach_object {
            m.push(("AttachObject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attach_policy {
            m.push(("AttachPolicy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attach_to_index {
            m.push(("AttachToIndex", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attach_typed_link {
            m.push(("AttachTypedLink", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.create_index {
            m.push(("CreateIndex", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.create_object {
            m.push(("CreateObject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.delete_object {
            m.push(("DeleteObject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.detach_from_index {
            m.push(("DetachFromIndex", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.detach_object {
            m.push(("DetachObject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.detach_policy {
            m.push(("DetachPolicy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.detach_typed_link {
            m.push(("DetachTypedLink", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.remove_facet_from_object {
            m.push(("RemoveFacetFromObject", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.update_link_attributes {
            m.push(("UpdateLinkAttributes", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.update_object_attributes {
            m.push(("UpdateObjectAttributes", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchWriteOperationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            add_facet_to_object: crate::codec::optional(
                m,
                "AddFacetToObject",
                crate::FromValue::from_value,
            )?,
            attach_object: crate::codec::optional(m, "AttachObject", crate::FromValue::from_value)?,
            attach_policy: crate::codec::optional(m, "AttachPolicy", crate::FromValue::from_value)?,
            attach_to_index: crate::codec::optional(
                m,
                "AttachToIndex",
                crate::FromValue::from_value,
            )?,
            attach_typed_link: crate::codec::optional(
                m,
                "AttachTypedLink",
                crate::FromValue::from_value,
            )?,
            create_index: crate::codec::optional(m, "CreateIndex", crate::FromValue::from_value)?,
            create_object: crate::codec::optional(m, "CreateObject", crate::FromValue::from_value)?,
            delete_object: crate::codec::optional(m, "DeleteObject", crate::FromValue::from_value)?,
            detach_from_index: crate::codec::optional(
                m,
                "DetachFromIndex",
                crate::FromValue::from_value,
            )?,
            detach_object: crate::codec::optional(m, "DetachObject", crate::FromValue::from_value)?,
            detach_policy: crate::codec::optional(m, "DetachPolicy", crate::FromValue::from_value)?,
            detach_typed_link: crate::codec::optional(
                m,
                "DetachTypedLink",
                crate::FromValue::from_value,
            )?,
            remove_facet_from_object: crate::codec::optional(
                m,
                "RemoveFacetFromObject",
                crate::FromValue::from_value,
            )?,
            update_link_attributes: crate::codec::optional(
                m,
                "UpdateLinkAttributes",
                crate::FromValue::from_value,
            )?,
            update_object_attributes: crate::codec::optional(
                m,
                "UpdateObjectAttributes",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchWriteRequest {
    pub directory_arn: ::std::string::String,
    pub operations: ::std::vec::Vec<BatchWriteOperation>,
}

impl crate::ToValue for BatchWriteRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "Operations",
            crate::codec::list_to_value(&self.operations, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchWriteRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            operations: crate::codec::required(m, "Operations", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchWriteResponse {
    pub responses: ::std::option::Option<::std::vec::Vec<BatchWriteOperationResponse>>,
}

impl crate::ToValue for BatchWriteResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.responses {
            m.push((
                "Responses",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for BatchWriteResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            responses: crate::codec::optional(m, "Responses", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CannotListParentOfRootException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl CannotListParentOfRootException {
    pub const CODE: &'static str = "CannotListParentOfRootException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CannotListParentOfRootException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CannotListParentOfRootException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConsistencyLevel {
    SERIALIZABLE,
    EVENTUAL,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ConsistencyLevel {
    pub const VALUES: &'static [&'static str] = &["SERIALIZABLE", "EVENTUAL"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::SERIALIZABLE => "SERIALIZABLE",
            Self::EVENTUAL => "EVENTUAL",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "SERIALIZABLE" => Self::SERIALIZABLE,
            "EVENTUAL" => Self::EVENTUAL,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ConsistencyLevel {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ConsistencyLevel {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateDirectoryRequest {
    pub name: ::std::string::String,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for CreateDirectoryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateDirectoryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateDirectoryResponse {
    pub applied_schema_arn: ::std::string::String,
    pub directory_arn: ::std::string::String,
    pub name: ::std::string::String,
    pub object_identifier: ::std::string::String,
}

impl crate::ToValue for CreateDirectoryResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "AppliedSchemaArn",
            crate::ToValue::to_value(&self.applied_schema_arn),
        ));
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push((
            "ObjectIdentifier",
            crate::ToValue::to_value(&self.object_identifier),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateDirectoryResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            applied_schema_arn: crate::codec::required(
                m,
                "AppliedSchemaArn",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            object_identifier: crate::codec::required(
                m,
                "ObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateFacetRequest {
    pub attributes: ::std::option::Option<::std::vec::Vec<FacetAttribute>>,
    pub facet_style: ::std::option::Option<FacetStyle>,
    pub name: ::std::string::String,
    pub object_type: ::std::option::Option<ObjectType>,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for CreateFacetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.attributes {
            m.push((
                "Attributes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.facet_style {
            m.push(("FacetStyle", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.object_type {
            m.push(("ObjectType", crate::ToValue::to_value(x)));
        }
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateFacetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attributes: crate::codec::optional(m, "Attributes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            facet_style: crate::codec::optional(m, "FacetStyle", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            object_type: crate::codec::optional(m, "ObjectType", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateFacetResponse {}

impl crate::ToValue for CreateFacetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for CreateFacetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateIndexRequest {
    pub directory_arn: ::std::string::String,
    pub is_unique: bool,
    pub link_name: ::std::option::Option<::std::string::String>,
    pub ordered_indexed_attribute_list: ::std::vec::Vec<AttributeKey>,
    pub parent_reference: ::std::option::Option<ObjectReference>,
}

impl crate::ToValue for CreateIndexRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push(("IsUnique", crate::ToValue::to_value(&self.is_unique)));
        if let Some(x) = &self.link_name {
            m.push(("LinkName", crate::ToValue::to_value(x)));
        }
        m.push((
            "OrderedIndexedAttributeList",
            crate::codec::list_to_value(&self.ordered_indexed_attribute_list, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        if let Some(x) = &self.parent_reference {
            m.push(("ParentReference", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateIndexRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            is_unique: crate::codec::required(m, "IsUnique", crate::FromValue::from_value)?,
            link_name: crate::codec::optional(m, "LinkName", crate::FromValue::from_value)?,
            ordered_indexed_attribute_list: crate::codec::required(
                m,
                "OrderedIndexedAttributeList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            parent_reference: crate::codec::optional(
                m,
                "ParentReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateIndexResponse {
    pub object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateIndexResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.object_identifier {
            m.push(("ObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateIndexResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_identifier: crate::codec::optional(
                m,
                "ObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateObjectRequest {
    pub directory_arn: ::std::string::String,
    pub link_name: ::std::option::Option<::std::string::String>,
    pub object_attribute_list: ::std::option::Option<::std::vec::Vec<AttributeKeyAndValue>>,
    pub parent_reference: ::std::option::Option<ObjectReference>,
    pub schema_facets: ::std::vec::Vec<SchemaFacet>,
}

impl crate::ToValue for CreateObjectRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.link_name {
            m.push(("LinkName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.object_attribute_list {
            m.push((
                "ObjectAttributeList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.parent_reference {
            m.push(("ParentReference", crate::ToValue::to_value(x)));
        }
        m.push((
            "SchemaFacets",
            crate::codec::list_to_value(&self.schema_facets, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateObjectRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            link_name: crate::codec::optional(m, "LinkName", crate::FromValue::from_value)?,
            object_attribute_list: crate::codec::optional(
                m,
                "ObjectAttributeList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            parent_reference: crate::codec::optional(
                m,
                "ParentReference",
                crate::FromValue::from_value,
            )?,
            schema_facets: crate::codec::required(m, "SchemaFacets", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateObjectResponse {
    pub object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateObjectResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.object_identifier {
            m.push(("ObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateObjectResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_identifier: crate::codec::optional(
                m,
                "ObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateSchemaRequest {
    pub name: ::std::string::String,
}

impl crate::ToValue for CreateSchemaRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateSchemaRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateSchemaResponse {
    pub schema_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateSchemaResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.schema_arn {
            m.push(("SchemaArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateSchemaResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            schema_arn: crate::codec::optional(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTypedLinkFacetRequest {
    pub facet: TypedLinkFacet,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for CreateTypedLinkFacetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Facet", crate::ToValue::to_value(&self.facet)));
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateTypedLinkFacetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            facet: crate::codec::required(m, "Facet", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTypedLinkFacetResponse {}

impl crate::ToValue for CreateTypedLinkFacetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for CreateTypedLinkFacetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteDirectoryRequest {
    pub directory_arn: ::std::string::String,
}

impl crate::ToValue for DeleteDirectoryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteDirectoryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteDirectoryResponse {
    pub directory_arn: ::std::string::String,
}

impl crate::ToValue for DeleteDirectoryResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteDirectoryResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteFacetRequest {
    pub name: ::std::string::String,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for DeleteFacetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteFacetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteFacetResponse {}

impl crate::ToValue for DeleteFacetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteFacetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteObjectRequest {
    pub directory_arn: ::std::string::String,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for DeleteObjectRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteObjectRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteObjectResponse {}

impl crate::ToValue for DeleteObjectResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteObjectResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteSchemaRequest {
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for DeleteSchemaRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteSchemaRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteSchemaResponse {
    pub schema_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DeleteSchemaResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.schema_arn {
            m.push(("SchemaArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteSchemaResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            schema_arn: crate::codec::optional(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteTypedLinkFacetRequest {
    pub name: ::std::string::String,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for DeleteTypedLinkFacetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteTypedLinkFacetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteTypedLinkFacetResponse {}

impl crate::ToValue for DeleteTypedLinkFacetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DeleteTypedLinkFacetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachFromIndexRequest {
    pub directory_arn: ::std::string::String,
    pub index_reference: ObjectReference,
    pub target_reference: ObjectReference,
}

impl crate::ToValue for DetachFromIndexRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "IndexReference",
            crate::ToValue::to_value(&self.index_reference),
        ));
        m.push((
            "TargetReference",
            crate::ToValue::to_value(&self.target_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DetachFromIndexRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            index_reference: crate::codec::required(
                m,
                "IndexReference",
                crate::FromValue::from_value,
            )?,
            target_reference: crate::codec::required(
                m,
                "TargetReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachFromIndexResponse {
    pub detached_object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DetachFromIndexResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.detached_object_identifier {
            m.push(("DetachedObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DetachFromIndexResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            detached_object_identifier: crate::codec::optional(
                m,
                "DetachedObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachObjectRequest {
    pub directory_arn: ::std::string::String,
    pub link_name: ::std::string::String,
    pub parent_reference: ObjectReference,
}

impl crate::ToValue for DetachObjectRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push(("LinkName", crate::ToValue::to_value(&self.link_name)));
        m.push((
            "ParentReference",
            crate::ToValue::to_value(&self.parent_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DetachObjectRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            link_name: crate::codec::required(m, "LinkName", crate::FromValue::from_value)?,
            parent_reference: crate::codec::required(
                m,
                "ParentReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachObjectResponse {
    pub detached_object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DetachObjectResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.detached_object_identifier {
            m.push(("DetachedObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DetachObjectResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            detached_object_identifier: crate::codec::optional(
                m,
                "DetachedObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachPolicyRequest {
    pub directory_arn: ::std::string::String,
    pub object_reference: ObjectReference,
    pub policy_reference: ObjectReference,
}

impl crate::ToValue for DetachPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        m.push((
            "PolicyReference",
            crate::ToValue::to_value(&self.policy_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DetachPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
            policy_reference: crate::codec::required(
                m,
                "PolicyReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachPolicyResponse {}

impl crate::ToValue for DetachPolicyResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DetachPolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachTypedLinkRequest {
    pub directory_arn: ::std::string::String,
    pub typed_link_specifier: TypedLinkSpecifier,
}

impl crate::ToValue for DetachTypedLinkRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "TypedLinkSpecifier",
            crate::ToValue::to_value(&self.typed_link_specifier),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DetachTypedLinkRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            typed_link_specifier: crate::codec::required(
                m,
                "TypedLinkSpecifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Directory {
    pub creation_date_time: ::std::option::Option<crate::Timestamp>,
    pub directory_arn: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub state: ::std::option::Option<DirectoryState>,
}

impl crate::ToValue for Directory {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.creation_date_time {
            m.push(("CreationDateTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.directory_arn {
            m.push(("DirectoryArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.state {
            m.push(("State", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Directory {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            creation_date_time: crate::codec::optional(
                m,
                "CreationDateTime",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::optional(m, "DirectoryArn", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            state: crate::codec::optional(m, "State", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryAlreadyExistsException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DirectoryAlreadyExistsException {
    pub const CODE: &'static str = "DirectoryAlreadyExistsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DirectoryAlreadyExistsException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DirectoryAlreadyExistsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryDeletedException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DirectoryDeletedException {
    pub const CODE: &'static str = "DirectoryDeletedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DirectoryDeletedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DirectoryDeletedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryNotDisabledException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DirectoryNotDisabledException {
    pub const CODE: &'static str = "DirectoryNotDisabledException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DirectoryNotDisabledException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DirectoryNotDisabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryNotEnabledException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DirectoryNotEnabledException {
    pub const CODE: &'static str = "DirectoryNotEnabledException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DirectoryNotEnabledException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DirectoryNotEnabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DirectoryState {
    ENABLED,
    DISABLED,
    DELETED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl DirectoryState {
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED", "DELETED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ENABLED => "ENABLED",
            Self::DISABLED => "DISABLED",
            Self::DELETED => "DELETED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ENABLED" => Self::ENABLED,
            "DISABLED" => Self::DISABLED,
            "DELETED" => Self::DELETED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for DirectoryState {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for DirectoryState {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableDirectoryRequest {
    pub directory_arn: ::std::string::String,
}

impl crate::ToValue for DisableDirectoryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisableDirectoryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableDirectoryResponse {
    pub directory_arn: ::std::string::String,
}

impl crate::ToValue for DisableDirectoryResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisableDirectoryResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableDirectoryRequest {
    pub directory_arn: ::std::string::String,
}

impl crate::ToValue for EnableDirectoryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableDirectoryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableDirectoryResponse {
    pub directory_arn: ::std::string::String,
}

impl crate::ToValue for EnableDirectoryResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableDirectoryResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Facet {
    pub facet_style: ::std::option::Option<FacetStyle>,
    pub name: ::std::option::Option<::std::string::String>,
    pub object_type: ::std::option::Option<ObjectType>,
}

impl crate::ToValue for Facet {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.facet_style {
            m.push(("FacetStyle", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.object_type {
            m.push(("ObjectType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Facet {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            facet_style: crate::codec::optional(m, "FacetStyle", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            object_type: crate::codec::optional(m, "ObjectType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FacetAlreadyExistsException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl FacetAlreadyExistsException {
    pub const CODE: &'static str = "FacetAlreadyExistsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for FacetAlreadyExistsException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for FacetAlreadyExistsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FacetAttribute {
    pub attribute_definition: ::std::option::Option<FacetAttributeDefinition>,
    pub attribute_reference: ::std::option::Option<FacetAttributeReference>,
    pub name: ::std::string::String,
    pub required_behavior: ::std::option::Option<RequiredAttributeBehavior>,
}

impl crate::ToValue for FacetAttribute {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.attribute_definition {
            m.push(("AttributeDefinition", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attribute_reference {
            m.push(("AttributeReference", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.required_behavior {
            m.push(("RequiredBehavior", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for FacetAttribute {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_definition: crate::codec::optional(
                m,
                "AttributeDefinition",
                crate::FromValue::from_value,
            )?,
            attribute_reference: crate::codec::optional(
                m,
                "AttributeReference",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            required_behavior: crate::codec::optional(
                m,
                "RequiredBehavior",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FacetAttributeDefinition {
    pub default_value: ::std::option::Option<TypedAttributeValue>,
    pub is_immutable: ::std::option::Option<bool>,
    pub rules: ::std::option::Option<::std::collections::BTreeMap<::std::string::String, Rule>>,
    pub r#type: FacetAttributeType,
}

impl crate::ToValue for FacetAttributeDefinition {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.default_value {
            m.push(("DefaultValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_immutable {
            m.push(("IsImmutable", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.rules {
            m.push((
                "Rules",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for FacetAttributeDefinition {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            default_value: crate::codec::optional(m, "DefaultValue", crate::FromValue::from_value)?,
            is_immutable: crate::codec::optional(m, "IsImmutable", crate::FromValue::from_value)?,
            rules: crate::codec::optional(m, "Rules", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FacetAttributeReference {
    pub target_attribute_name: ::std::string::String,
    pub target_facet_name: ::std::string::String,
}

impl crate::ToValue for FacetAttributeReference {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "TargetAttributeName",
            crate::ToValue::to_value(&self.target_attribute_name),
        ));
        m.push((
            "TargetFacetName",
            crate::ToValue::to_value(&self.target_facet_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for FacetAttributeReference {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            target_attribute_name: crate::codec::required(
                m,
                "TargetAttributeName",
                crate::FromValue::from_value,
            )?,
            target_facet_name: crate::codec::required(
                m,
                "TargetFacetName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FacetAttributeType {
    STRING,
    BINARY,
    BOOLEAN,
    NUMBER,
    DATETIME,
    VARIANT,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl FacetAttributeType {
    pub const VALUES: &'static [&'static str] = &[
        "STRING", "BINARY", "BOOLEAN", "NUMBER", "DATETIME", "VARIANT",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::STRING => "STRING",
            Self::BINARY => "BINARY",
            Self::BOOLEAN => "BOOLEAN",
            Self::NUMBER => "NUMBER",
            Self::DATETIME => "DATETIME",
            Self::VARIANT => "VARIANT",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "STRING" => Self::STRING,
            "BINARY" => Self::BINARY,
            "BOOLEAN" => Self::BOOLEAN,
            "NUMBER" => Self::NUMBER,
            "DATETIME" => Self::DATETIME,
            "VARIANT" => Self::VARIANT,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for FacetAttributeType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for FacetAttributeType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FacetAttributeUpdate {
    pub action: ::std::option::Option<UpdateActionType>,
    pub attribute: ::std::option::Option<FacetAttribute>,
}

impl crate::ToValue for FacetAttributeUpdate {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.action {
            m.push(("Action", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attribute {
            m.push(("Attribute", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for FacetAttributeUpdate {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            action: crate::codec::optional(m, "Action", crate::FromValue::from_value)?,
            attribute: crate::codec::optional(m, "Attribute", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FacetInUseException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl FacetInUseException {
    pub const CODE: &'static str = "FacetInUseException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for FacetInUseException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for FacetInUseException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FacetNotFoundException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl FacetNotFoundException {
    pub const CODE: &'static str = "FacetNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for FacetNotFoundException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for FacetNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FacetStyle {
    STATIC,
    DYNAMIC,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl FacetStyle {
    pub const VALUES: &'static [&'static str] = &["STATIC", "DYNAMIC"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::STATIC => "STATIC",
            Self::DYNAMIC => "DYNAMIC",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "STATIC" => Self::STATIC,
            "DYNAMIC" => Self::DYNAMIC,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for FacetStyle {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for FacetStyle {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FacetValidationException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl FacetValidationException {
    pub const CODE: &'static str = "FacetValidationException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for FacetValidationException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for FacetValidationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAppliedSchemaVersionRequest {
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for GetAppliedSchemaVersionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetAppliedSchemaVersionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAppliedSchemaVersionResponse {
    pub applied_schema_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetAppliedSchemaVersionResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.applied_schema_arn {
            m.push(("AppliedSchemaArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetAppliedSchemaVersionResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            applied_schema_arn: crate::codec::optional(
                m,
                "AppliedSchemaArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDirectoryRequest {
    pub directory_arn: ::std::string::String,
}

impl crate::ToValue for GetDirectoryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetDirectoryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDirectoryResponse {
    pub directory: Directory,
}

impl crate::ToValue for GetDirectoryResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Directory", crate::ToValue::to_value(&self.directory)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetDirectoryResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory: crate::codec::required(m, "Directory", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetFacetRequest {
    pub name: ::std::string::String,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for GetFacetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetFacetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetFacetResponse {
    pub facet: ::std::option::Option<Facet>,
}

impl crate::ToValue for GetFacetResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.facet {
            m.push(("Facet", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetFacetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            facet: crate::codec::optional(m, "Facet", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetLinkAttributesRequest {
    pub attribute_names: ::std::vec::Vec<::std::string::String>,
    pub consistency_level: ::std::option::Option<ConsistencyLevel>,
    pub directory_arn: ::std::string::String,
    pub typed_link_specifier: TypedLinkSpecifier,
}

impl crate::ToValue for GetLinkAttributesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "AttributeNames",
            crate::codec::list_to_value(&self.attribute_names, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.consistency_level {
            m.push(("ConsistencyLevel", crate::ToValue::to_value(x)));
        }
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "TypedLinkSpecifier",
            crate::ToValue::to_value(&self.typed_link_specifier),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetLinkAttributesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_names: crate::codec::required(m, "AttributeNames", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            consistency_level: crate::codec::optional(
                m,
                "ConsistencyLevel",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            typed_link_specifier: crate::codec::required(
                m,
                "TypedLinkSpecifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetLinkAttributesResponse {
    pub attributes: ::std::option::Option<::std::vec::Vec<AttributeKeyAndValue>>,
}

impl crate::ToValue for GetLinkAttributesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.attributes {
            m.push((
                "Attributes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetLinkAttributesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attributes: crate::codec::optional(m, "Attributes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetObjectAttributesRequest {
    pub attribute_names: ::std::vec::Vec<::std::string::String>,
    pub consistency_level: ::std::option::Option<ConsistencyLevel>,
    pub directory_arn: ::std::string::String,
    pub object_reference: ObjectReference,
    pub schema_facet: SchemaFacet,
}

impl crate::ToValue for GetObjectAttributesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push((
            "AttributeNames",
            crate::codec::list_to_value(&self.attribute_names, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.consistency_level {
            m.push(("ConsistencyLevel", crate::ToValue::to_value(x)));
        }
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        m.push(("SchemaFacet", crate::ToValue::to_value(&self.schema_facet)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetObjectAttributesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_names: crate::codec::required(m, "AttributeNames", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            consistency_level: crate::codec::optional(
                m,
                "ConsistencyLevel",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
            schema_facet: crate::codec::required(m, "SchemaFacet", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetObjectAttributesResponse {
    pub attributes: ::std::option::Option<::std::vec::Vec<AttributeKeyAndValue>>,
}

impl crate::ToValue for GetObjectAttributesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.attributes {
            m.push((
                "Attributes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetObjectAttributesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attributes: crate::codec::optional(m, "Attributes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetObjectInformationRequest {
    pub consistency_level: ::std::option::Option<ConsistencyLevel>,
    pub directory_arn: ::std::string::String,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for GetObjectInformationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.consistency_level {
            m.push(("ConsistencyLevel", crate::ToValue::to_value(x)));
        }
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetObjectInformationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            consistency_level: crate::codec::optional(
                m,
                "ConsistencyLevel",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetObjectInformationResponse {
    pub object_identifier: ::std::option::Option<::std::string::String>,
    pub schema_facets: ::std::option::Option<::std::vec::Vec<SchemaFacet>>,
}

impl crate::ToValue for GetObjectInformationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.object_identifier {
            m.push(("ObjectIdentifier", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_facets {
            m.push((
                "SchemaFacets",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetObjectInformationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_identifier: crate::codec::optional(
                m,
                "ObjectIdentifier",
                crate::FromValue::from_value,
            )?,
            schema_facets: crate::codec::optional(m, "SchemaFacets", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSchemaAsJsonRequest {
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for GetSchemaAsJsonRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetSchemaAsJsonRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSchemaAsJsonResponse {
    pub document: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetSchemaAsJsonResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.document {
            m.push(("Document", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetSchemaAsJsonResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            document: crate::codec::optional(m, "Document", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTypedLinkFacetInformationRequest {
    pub name: ::std::string::String,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for GetTypedLinkFacetInformationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetTypedLinkFacetInformationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTypedLinkFacetInformationResponse {
    pub identity_attribute_order: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for GetTypedLinkFacetInformationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.identity_attribute_order {
            m.push((
                "IdentityAttributeOrder",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetTypedLinkFacetInformationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_attribute_order: crate::codec::optional(
                m,
                "IdentityAttributeOrder",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IncompatibleSchemaException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl IncompatibleSchemaException {
    pub const CODE: &'static str = "IncompatibleSchemaException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for IncompatibleSchemaException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IncompatibleSchemaException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IndexAttachment {
    pub indexed_attributes: ::std::option::Option<::std::vec::Vec<AttributeKeyAndValue>>,
    pub object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for IndexAttachment {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.indexed_attributes {
            m.push((
                "IndexedAttributes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.object_identifier {
            m.push(("ObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IndexAttachment {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            indexed_attributes: crate::codec::optional(
                m,
                "IndexedAttributes",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            object_identifier: crate::codec::optional(
                m,
                "ObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IndexedAttributeMissingException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl IndexedAttributeMissingException {
    pub const CODE: &'static str = "IndexedAttributeMissingException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for IndexedAttributeMissingException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for IndexedAttributeMissingException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InternalServiceException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InternalServiceException {
    pub const CODE: &'static str = "InternalServiceException";
    pub const HTTP_STATUS: u16 = 500;
    pub const SENDER_FAULT: bool = false;
}

impl crate::ToValue for InternalServiceException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InternalServiceException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidArnException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidArnException {
    pub const CODE: &'static str = "InvalidArnException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidArnException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidArnException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidAttachmentException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidAttachmentException {
    pub const CODE: &'static str = "InvalidAttachmentException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidAttachmentException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidAttachmentException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidFacetUpdateException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidFacetUpdateException {
    pub const CODE: &'static str = "InvalidFacetUpdateException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidFacetUpdateException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidFacetUpdateException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidNextTokenException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidNextTokenException {
    pub const CODE: &'static str = "InvalidNextTokenException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidNextTokenException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidNextTokenException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidRuleException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidRuleException {
    pub const CODE: &'static str = "InvalidRuleException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidRuleException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidRuleException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidSchemaDocException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidSchemaDocException {
    pub const CODE: &'static str = "InvalidSchemaDocException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidSchemaDocException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidSchemaDocException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidTaggingRequestException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidTaggingRequestException {
    pub const CODE: &'static str = "InvalidTaggingRequestException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidTaggingRequestException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidTaggingRequestException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
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
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LinkAttributeAction {
    pub attribute_action_type: ::std::option::Option<UpdateActionType>,
    pub attribute_update_value: ::std::option::Option<TypedAttributeValue>,
}

impl crate::ToValue for LinkAttributeAction {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.attribute_action_type {
            m.push(("AttributeActionType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attribute_update_value {
            m.push(("AttributeUpdateValue", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LinkAttributeAction {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_action_type: crate::codec::optional(
                m,
                "AttributeActionType",
                crate::FromValue::from_value,
            )?,
            attribute_update_value: crate::codec::optional(
                m,
                "AttributeUpdateValue",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LinkAttributeUpdate {
    pub attribute_action: ::std::option::Option<LinkAttributeAction>,
    pub attribute_key: ::std::option::Option<AttributeKey>,
}

impl crate::ToValue for LinkAttributeUpdate {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.attribute_action {
            m.push(("AttributeAction", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attribute_key {
            m.push(("AttributeKey", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LinkAttributeUpdate {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_action: crate::codec::optional(
                m,
                "AttributeAction",
                crate::FromValue::from_value,
            )?,
            attribute_key: crate::codec::optional(m, "AttributeKey", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LinkNameAlreadyInUseException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl LinkNameAlreadyInUseException {
    pub const CODE: &'static str = "LinkNameAlreadyInUseException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for LinkNameAlreadyInUseException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LinkNameAlreadyInUseException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAppliedSchemaArnsRequest {
    pub directory_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub schema_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAppliedSchemaArnsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_arn {
            m.push(("SchemaArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAppliedSchemaArnsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            schema_arn: crate::codec::optional(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAppliedSchemaArnsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub schema_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for ListAppliedSchemaArnsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_arns {
            m.push((
                "SchemaArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAppliedSchemaArnsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            schema_arns: crate::codec::optional(m, "SchemaArns", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedIndicesRequest {
    pub consistency_level: ::std::option::Option<ConsistencyLevel>,
    pub directory_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub target_reference: ObjectReference,
}

impl crate::ToValue for ListAttachedIndicesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.consistency_level {
            m.push(("ConsistencyLevel", crate::ToValue::to_value(x)));
        }
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "TargetReference",
            crate::ToValue::to_value(&self.target_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAttachedIndicesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            consistency_level: crate::codec::optional(
                m,
                "ConsistencyLevel",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            target_reference: crate::codec::required(
                m,
                "TargetReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedIndicesResponse {
    pub index_attachments: ::std::option::Option<::std::vec::Vec<IndexAttachment>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAttachedIndicesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.index_attachments {
            m.push((
                "IndexAttachments",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAttachedIndicesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            index_attachments: crate::codec::optional(
                m,
                "IndexAttachments",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDevelopmentSchemaArnsRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListDevelopmentSchemaArnsRequest {
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

impl crate::FromValue for ListDevelopmentSchemaArnsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDevelopmentSchemaArnsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub schema_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for ListDevelopmentSchemaArnsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_arns {
            m.push((
                "SchemaArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListDevelopmentSchemaArnsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            schema_arns: crate::codec::optional(m, "SchemaArns", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDirectoriesRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub state: ::std::option::Option<DirectoryState>,
}

impl crate::ToValue for ListDirectoriesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.state {
            m.push(("state", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListDirectoriesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            state: crate::codec::optional(m, "state", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDirectoriesResponse {
    pub directories: ::std::vec::Vec<Directory>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListDirectoriesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "Directories",
            crate::codec::list_to_value(&self.directories, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListDirectoriesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directories: crate::codec::required(m, "Directories", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFacetAttributesRequest {
    pub max_results: ::std::option::Option<i32>,
    pub name: ::std::string::String,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for ListFacetAttributesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListFacetAttributesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFacetAttributesResponse {
    pub attributes: ::std::option::Option<::std::vec::Vec<FacetAttribute>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListFacetAttributesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.attributes {
            m.push((
                "Attributes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListFacetAttributesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attributes: crate::codec::optional(m, "Attributes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFacetNamesRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for ListFacetNamesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListFacetNamesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFacetNamesResponse {
    pub facet_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListFacetNamesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.facet_names {
            m.push((
                "FacetNames",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListFacetNamesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            facet_names: crate::codec::optional(m, "FacetNames", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListIncomingTypedLinksRequest {
    pub consistency_level: ::std::option::Option<ConsistencyLevel>,
    pub directory_arn: ::std::string::String,
    pub filter_attribute_ranges: ::std::option::Option<::std::vec::Vec<TypedLinkAttributeRange>>,
    pub filter_typed_link: ::std::option::Option<TypedLinkSchemaAndFacetName>,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for ListIncomingTypedLinksRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.consistency_level {
            m.push(("ConsistencyLevel", crate::ToValue::to_value(x)));
        }
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.filter_attribute_ranges {
            m.push((
                "FilterAttributeRanges",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.filter_typed_link {
            m.push(("FilterTypedLink", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListIncomingTypedLinksRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            consistency_level: crate::codec::optional(
                m,
                "ConsistencyLevel",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            filter_attribute_ranges: crate::codec::optional(
                m,
                "FilterAttributeRanges",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            filter_typed_link: crate::codec::optional(
                m,
                "FilterTypedLink",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListIncomingTypedLinksResponse {
    pub link_specifiers: ::std::option::Option<::std::vec::Vec<TypedLinkSpecifier>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListIncomingTypedLinksResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.link_specifiers {
            m.push((
                "LinkSpecifiers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListIncomingTypedLinksResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            link_specifiers: crate::codec::optional(m, "LinkSpecifiers", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListIndexRequest {
    pub consistency_level: ::std::option::Option<ConsistencyLevel>,
    pub directory_arn: ::std::string::String,
    pub index_reference: ObjectReference,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub ranges_on_indexed_values: ::std::option::Option<::std::vec::Vec<ObjectAttributeRange>>,
}

impl crate::ToValue for ListIndexRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.consistency_level {
            m.push(("ConsistencyLevel", crate::ToValue::to_value(x)));
        }
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "IndexReference",
            crate::ToValue::to_value(&self.index_reference),
        ));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.ranges_on_indexed_values {
            m.push((
                "RangesOnIndexedValues",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListIndexRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            consistency_level: crate::codec::optional(
                m,
                "ConsistencyLevel",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            index_reference: crate::codec::required(
                m,
                "IndexReference",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            ranges_on_indexed_values: crate::codec::optional(
                m,
                "RangesOnIndexedValues",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListIndexResponse {
    pub index_attachments: ::std::option::Option<::std::vec::Vec<IndexAttachment>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListIndexResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.index_attachments {
            m.push((
                "IndexAttachments",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListIndexResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            index_attachments: crate::codec::optional(
                m,
                "IndexAttachments",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListManagedSchemaArnsRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub schema_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListManagedSchemaArnsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_arn {
            m.push(("SchemaArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListManagedSchemaArnsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            schema_arn: crate::codec::optional(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListManagedSchemaArnsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub schema_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for ListManagedSchemaArnsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_arns {
            m.push((
                "SchemaArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListManagedSchemaArnsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            schema_arns: crate::codec::optional(m, "SchemaArns", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListObjectAttributesRequest {
    pub consistency_level: ::std::option::Option<ConsistencyLevel>,
    pub directory_arn: ::std::string::String,
    pub facet_filter: ::std::option::Option<SchemaFacet>,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for ListObjectAttributesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.consistency_level {
            m.push(("ConsistencyLevel", crate::ToValue::to_value(x)));
        }
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.facet_filter {
            m.push(("FacetFilter", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListObjectAttributesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            consistency_level: crate::codec::optional(
                m,
                "ConsistencyLevel",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            facet_filter: crate::codec::optional(m, "FacetFilter", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListObjectAttributesResponse {
    pub attributes: ::std::option::Option<::std::vec::Vec<AttributeKeyAndValue>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListObjectAttributesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.attributes {
            m.push((
                "Attributes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListObjectAttributesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attributes: crate::codec::optional(m, "Attributes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListObjectChildrenRequest {
    pub consistency_level: ::std::option::Option<ConsistencyLevel>,
    pub directory_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for ListObjectChildrenRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.consistency_level {
            m.push(("ConsistencyLevel", crate::ToValue::to_value(x)));
        }
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListObjectChildrenRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            consistency_level: crate::codec::optional(
                m,
                "ConsistencyLevel",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListObjectChildrenResponse {
    pub children: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListObjectChildrenResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.children {
            m.push((
                "Children",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListObjectChildrenResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            children: crate::codec::optional(m, "Children", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListObjectParentPathsRequest {
    pub directory_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for ListObjectParentPathsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListObjectParentPathsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListObjectParentPathsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub path_to_object_identifiers_list:
        ::std::option::Option<::std::vec::Vec<PathToObjectIdentifiers>>,
}

impl crate::ToValue for ListObjectParentPathsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path_to_object_identifiers_list {
            m.push((
                "PathToObjectIdentifiersList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListObjectParentPathsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            path_to_object_identifiers_list: crate::codec::optional(
                m,
                "PathToObjectIdentifiersList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListObjectParentsRequest {
    pub consistency_level: ::std::option::Option<ConsistencyLevel>,
    pub directory_arn: ::std::string::String,
    pub include_all_links_to_each_parent: ::std::option::Option<bool>,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for ListObjectParentsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.consistency_level {
            m.push(("ConsistencyLevel", crate::ToValue::to_value(x)));
        }
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.include_all_links_to_each_parent {
            m.push(("IncludeAllLinksToEachParent", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListObjectParentsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            consistency_level: crate::codec::optional(
                m,
                "ConsistencyLevel",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            include_all_links_to_each_parent: crate::codec::optional(
                m,
                "IncludeAllLinksToEachParent",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListObjectParentsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub parent_links: ::std::option::Option<::std::vec::Vec<ObjectIdentifierAndLinkNameTuple>>,
    pub parents: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}

impl crate::ToValue for ListObjectParentsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.parent_links {
            m.push((
                "ParentLinks",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.parents {
            m.push((
                "Parents",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListObjectParentsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            parent_links: crate::codec::optional(m, "ParentLinks", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            parents: crate::codec::optional(m, "Parents", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListObjectPoliciesRequest {
    pub consistency_level: ::std::option::Option<ConsistencyLevel>,
    pub directory_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for ListObjectPoliciesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.consistency_level {
            m.push(("ConsistencyLevel", crate::ToValue::to_value(x)));
        }
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListObjectPoliciesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            consistency_level: crate::codec::optional(
                m,
                "ConsistencyLevel",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListObjectPoliciesResponse {
    pub attached_policy_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListObjectPoliciesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.attached_policy_ids {
            m.push((
                "AttachedPolicyIds",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListObjectPoliciesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attached_policy_ids: crate::codec::optional(
                m,
                "AttachedPolicyIds",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOutgoingTypedLinksRequest {
    pub consistency_level: ::std::option::Option<ConsistencyLevel>,
    pub directory_arn: ::std::string::String,
    pub filter_attribute_ranges: ::std::option::Option<::std::vec::Vec<TypedLinkAttributeRange>>,
    pub filter_typed_link: ::std::option::Option<TypedLinkSchemaAndFacetName>,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for ListOutgoingTypedLinksRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.consistency_level {
            m.push(("ConsistencyLevel", crate::ToValue::to_value(x)));
        }
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.filter_attribute_ranges {
            m.push((
                "FilterAttributeRanges",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.filter_typed_link {
            m.push(("FilterTypedLink", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListOutgoingTypedLinksRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            consistency_level: crate::codec::optional(
                m,
                "ConsistencyLevel",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            filter_attribute_ranges: crate::codec::optional(
                m,
                "FilterAttributeRanges",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            filter_typed_link: crate::codec::optional(
                m,
                "FilterTypedLink",
                crate::FromValue::from_value,
            )?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOutgoingTypedLinksResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub typed_link_specifiers: ::std::option::Option<::std::vec::Vec<TypedLinkSpecifier>>,
}

impl crate::ToValue for ListOutgoingTypedLinksResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.typed_link_specifiers {
            m.push((
                "TypedLinkSpecifiers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListOutgoingTypedLinksResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            typed_link_specifiers: crate::codec::optional(
                m,
                "TypedLinkSpecifiers",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPolicyAttachmentsRequest {
    pub consistency_level: ::std::option::Option<ConsistencyLevel>,
    pub directory_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub policy_reference: ObjectReference,
}

impl crate::ToValue for ListPolicyAttachmentsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.consistency_level {
            m.push(("ConsistencyLevel", crate::ToValue::to_value(x)));
        }
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "PolicyReference",
            crate::ToValue::to_value(&self.policy_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPolicyAttachmentsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            consistency_level: crate::codec::optional(
                m,
                "ConsistencyLevel",
                crate::FromValue::from_value,
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            policy_reference: crate::codec::required(
                m,
                "PolicyReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPolicyAttachmentsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for ListPolicyAttachmentsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.object_identifiers {
            m.push((
                "ObjectIdentifiers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPolicyAttachmentsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_identifiers: crate::codec::optional(
                m,
                "ObjectIdentifiers",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPublishedSchemaArnsRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub schema_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListPublishedSchemaArnsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_arn {
            m.push(("SchemaArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPublishedSchemaArnsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            schema_arn: crate::codec::optional(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPublishedSchemaArnsResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub schema_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for ListPublishedSchemaArnsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_arns {
            m.push((
                "SchemaArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPublishedSchemaArnsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            schema_arns: crate::codec::optional(m, "SchemaArns", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsForResourceRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub resource_arn: ::std::string::String,
}

impl crate::ToValue for ListTagsForResourceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
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
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
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
pub struct ListTypedLinkFacetAttributesRequest {
    pub max_results: ::std::option::Option<i32>,
    pub name: ::std::string::String,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for ListTypedLinkFacetAttributesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTypedLinkFacetAttributesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTypedLinkFacetAttributesResponse {
    pub attributes: ::std::option::Option<::std::vec::Vec<TypedLinkAttributeDefinition>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListTypedLinkFacetAttributesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.attributes {
            m.push((
                "Attributes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTypedLinkFacetAttributesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attributes: crate::codec::optional(m, "Attributes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTypedLinkFacetNamesRequest {
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for ListTypedLinkFacetNamesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTypedLinkFacetNamesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTypedLinkFacetNamesResponse {
    pub facet_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListTypedLinkFacetNamesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.facet_names {
            m.push((
                "FacetNames",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListTypedLinkFacetNamesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            facet_names: crate::codec::optional(m, "FacetNames", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LookupPolicyRequest {
    pub directory_arn: ::std::string::String,
    pub max_results: ::std::option::Option<i32>,
    pub next_token: ::std::option::Option<::std::string::String>,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for LookupPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.max_results {
            m.push(("MaxResults", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LookupPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            max_results: crate::codec::optional(m, "MaxResults", crate::FromValue::from_value)?,
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LookupPolicyResponse {
    pub next_token: ::std::option::Option<::std::string::String>,
    pub policy_to_path_list: ::std::option::Option<::std::vec::Vec<PolicyToPath>>,
}

impl crate::ToValue for LookupPolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.next_token {
            m.push(("NextToken", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_to_path_list {
            m.push((
                "PolicyToPathList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LookupPolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            next_token: crate::codec::optional(m, "NextToken", crate::FromValue::from_value)?,
            policy_to_path_list: crate::codec::optional(
                m,
                "PolicyToPathList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NotIndexException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl NotIndexException {
    pub const CODE: &'static str = "NotIndexException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for NotIndexException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for NotIndexException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NotNodeException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl NotNodeException {
    pub const CODE: &'static str = "NotNodeException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for NotNodeException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for NotNodeException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NotPolicyException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl NotPolicyException {
    pub const CODE: &'static str = "NotPolicyException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for NotPolicyException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for NotPolicyException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectAlreadyDetachedException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ObjectAlreadyDetachedException {
    pub const CODE: &'static str = "ObjectAlreadyDetachedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ObjectAlreadyDetachedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ObjectAlreadyDetachedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectAttributeAction {
    pub object_attribute_action_type: ::std::option::Option<UpdateActionType>,
    pub object_attribute_update_value: ::std::option::Option<TypedAttributeValue>,
}

impl crate::ToValue for ObjectAttributeAction {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.object_attribute_action_type {
            m.push(("ObjectAttributeActionType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.object_attribute_update_value {
            m.push(("ObjectAttributeUpdateValue", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ObjectAttributeAction {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_attribute_action_type: crate::codec::optional(
                m,
                "ObjectAttributeActionType",
                crate::FromValue::from_value,
            )?,
            object_attribute_update_value: crate::codec::optional(
                m,
                "ObjectAttributeUpdateValue",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectAttributeRange {
    pub attribute_key: ::std::option::Option<AttributeKey>,
    pub range: ::std::option::Option<TypedAttributeValueRange>,
}

impl crate::ToValue for ObjectAttributeRange {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.attribute_key {
            m.push(("AttributeKey", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.range {
            m.push(("Range", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ObjectAttributeRange {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_key: crate::codec::optional(m, "AttributeKey", crate::FromValue::from_value)?,
            range: crate::codec::optional(m, "Range", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectAttributeUpdate {
    pub object_attribute_action: ::std::option::Option<ObjectAttributeAction>,
    pub object_attribute_key: ::std::option::Option<AttributeKey>,
}

impl crate::ToValue for ObjectAttributeUpdate {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.object_attribute_action {
            m.push(("ObjectAttributeAction", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.object_attribute_key {
            m.push(("ObjectAttributeKey", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ObjectAttributeUpdate {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_attribute_action: crate::codec::optional(
                m,
                "ObjectAttributeAction",
                crate::FromValue::from_value,
            )?,
            object_attribute_key: crate::codec::optional(
                m,
                "ObjectAttributeKey",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectIdentifierAndLinkNameTuple {
    pub link_name: ::std::option::Option<::std::string::String>,
    pub object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ObjectIdentifierAndLinkNameTuple {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.link_name {
            m.push(("LinkName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.object_identifier {
            m.push(("ObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ObjectIdentifierAndLinkNameTuple {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            link_name: crate::codec::optional(m, "LinkName", crate::FromValue::from_value)?,
            object_identifier: crate::codec::optional(
                m,
                "ObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectNotDetachedException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ObjectNotDetachedException {
    pub const CODE: &'static str = "ObjectNotDetachedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ObjectNotDetachedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ObjectNotDetachedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectReference {
    pub selector: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ObjectReference {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.selector {
            m.push(("Selector", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ObjectReference {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            selector: crate::codec::optional(m, "Selector", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ObjectType {
    NODE,
    LEAFNODE,
    POLICY,
    INDEX,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ObjectType {
    pub const VALUES: &'static [&'static str] = &["NODE", "LEAF_NODE", "POLICY", "INDEX"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::NODE => "NODE",
            Self::LEAFNODE => "LEAF_NODE",
            Self::POLICY => "POLICY",
            Self::INDEX => "INDEX",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "NODE" => Self::NODE,
            "LEAF_NODE" => Self::LEAFNODE,
            "POLICY" => Self::POLICY,
            "INDEX" => Self::INDEX,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ObjectType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ObjectType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PathToObjectIdentifiers {
    pub object_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub path: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PathToObjectIdentifiers {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.object_identifiers {
            m.push((
                "ObjectIdentifiers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PathToObjectIdentifiers {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_identifiers: crate::codec::optional(
                m,
                "ObjectIdentifiers",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyAttachment {
    pub object_identifier: ::std::option::Option<::std::string::String>,
    pub policy_id: ::std::option::Option<::std::string::String>,
    pub policy_type: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PolicyAttachment {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.object_identifier {
            m.push(("ObjectIdentifier", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_id {
            m.push(("PolicyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_type {
            m.push(("PolicyType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyAttachment {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_identifier: crate::codec::optional(
                m,
                "ObjectIdentifier",
                crate::FromValue::from_value,
            )?,
            policy_id: crate::codec::optional(m, "PolicyId", crate::FromValue::from_value)?,
            policy_type: crate::codec::optional(m, "PolicyType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyToPath {
    pub path: ::std::option::Option<::std::string::String>,
    pub policies: ::std::option::Option<::std::vec::Vec<PolicyAttachment>>,
}

impl crate::ToValue for PolicyToPath {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
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

impl crate::FromValue for PolicyToPath {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
            policies: crate::codec::optional(m, "Policies", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublishSchemaRequest {
    pub development_schema_arn: ::std::string::String,
    pub minor_version: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub version: ::std::string::String,
}

impl crate::ToValue for PublishSchemaRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "DevelopmentSchemaArn",
            crate::ToValue::to_value(&self.development_schema_arn),
        ));
        if let Some(x) = &self.minor_version {
            m.push(("MinorVersion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
        m.push(("Version", crate::ToValue::to_value(&self.version)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PublishSchemaRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            development_schema_arn: crate::codec::required(
                m,
                "DevelopmentSchemaArn",
                crate::FromValue::from_value,
            )?,
            minor_version: crate::codec::optional(m, "MinorVersion", crate::FromValue::from_value)?,
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            version: crate::codec::required(m, "Version", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublishSchemaResponse {
    pub published_schema_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PublishSchemaResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.published_schema_arn {
            m.push(("PublishedSchemaArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PublishSchemaResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            published_schema_arn: crate::codec::optional(
                m,
                "PublishedSchemaArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutSchemaFromJsonRequest {
    pub document: ::std::string::String,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for PutSchemaFromJsonRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Document", crate::ToValue::to_value(&self.document)));
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutSchemaFromJsonRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            document: crate::codec::required(m, "Document", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutSchemaFromJsonResponse {
    pub arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PutSchemaFromJsonResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutSchemaFromJsonResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RangeMode {
    FIRST,
    LAST,
    LASTBEFOREMISSINGVALUES,
    INCLUSIVE,
    EXCLUSIVE,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl RangeMode {
    pub const VALUES: &'static [&'static str] = &[
        "FIRST",
        "LAST",
        "LAST_BEFORE_MISSING_VALUES",
        "INCLUSIVE",
        "EXCLUSIVE",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::FIRST => "FIRST",
            Self::LAST => "LAST",
            Self::LASTBEFOREMISSINGVALUES => "LAST_BEFORE_MISSING_VALUES",
            Self::INCLUSIVE => "INCLUSIVE",
            Self::EXCLUSIVE => "EXCLUSIVE",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "FIRST" => Self::FIRST,
            "LAST" => Self::LAST,
            "LAST_BEFORE_MISSING_VALUES" => Self::LASTBEFOREMISSINGVALUES,
            "INCLUSIVE" => Self::INCLUSIVE,
            "EXCLUSIVE" => Self::EXCLUSIVE,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for RangeMode {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for RangeMode {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveFacetFromObjectRequest {
    pub directory_arn: ::std::string::String,
    pub object_reference: ObjectReference,
    pub schema_facet: SchemaFacet,
}

impl crate::ToValue for RemoveFacetFromObjectRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        m.push(("SchemaFacet", crate::ToValue::to_value(&self.schema_facet)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RemoveFacetFromObjectRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
            schema_facet: crate::codec::required(m, "SchemaFacet", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveFacetFromObjectResponse {}

impl crate::ToValue for RemoveFacetFromObjectResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for RemoveFacetFromObjectResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RequiredAttributeBehavior {
    REQUIREDALWAYS,
    NOTREQUIRED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl RequiredAttributeBehavior {
    pub const VALUES: &'static [&'static str] = &["REQUIRED_ALWAYS", "NOT_REQUIRED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::REQUIREDALWAYS => "REQUIRED_ALWAYS",
            Self::NOTREQUIRED => "NOT_REQUIRED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "REQUIRED_ALWAYS" => Self::REQUIREDALWAYS,
            "NOT_REQUIRED" => Self::NOTREQUIRED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for RequiredAttributeBehavior {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for RequiredAttributeBehavior {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
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
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResourceNotFoundException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RetryableConflictException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl RetryableConflictException {
    pub const CODE: &'static str = "RetryableConflictException";
    pub const HTTP_STATUS: u16 = 409;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for RetryableConflictException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RetryableConflictException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rule {
    pub parameters: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    pub r#type: ::std::option::Option<RuleType>,
}

impl crate::ToValue for Rule {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.parameters {
            m.push((
                "Parameters",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.r#type {
            m.push(("Type", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Rule {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            parameters: crate::codec::optional(m, "Parameters", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RuleType {
    BINARYLENGTH,
    NUMBERCOMPARISON,
    STRINGFROMSET,
    STRINGLENGTH,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl RuleType {
    pub const VALUES: &'static [&'static str] = &[
        "BINARY_LENGTH",
        "NUMBER_COMPARISON",
        "STRING_FROM_SET",
        "STRING_LENGTH",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::BINARYLENGTH => "BINARY_LENGTH",
            Self::NUMBERCOMPARISON => "NUMBER_COMPARISON",
            Self::STRINGFROMSET => "STRING_FROM_SET",
            Self::STRINGLENGTH => "STRING_LENGTH",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "BINARY_LENGTH" => Self::BINARYLENGTH,
            "NUMBER_COMPARISON" => Self::NUMBERCOMPARISON,
            "STRING_FROM_SET" => Self::STRINGFROMSET,
            "STRING_LENGTH" => Self::STRINGLENGTH,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for RuleType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for RuleType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SchemaAlreadyExistsException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl SchemaAlreadyExistsException {
    pub const CODE: &'static str = "SchemaAlreadyExistsException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for SchemaAlreadyExistsException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SchemaAlreadyExistsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SchemaAlreadyPublishedException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl SchemaAlreadyPublishedException {
    pub const CODE: &'static str = "SchemaAlreadyPublishedException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for SchemaAlreadyPublishedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SchemaAlreadyPublishedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SchemaFacet {
    pub facet_name: ::std::option::Option<::std::string::String>,
    pub schema_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for SchemaFacet {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.facet_name {
            m.push(("FacetName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.schema_arn {
            m.push(("SchemaArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SchemaFacet {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            facet_name: crate::codec::optional(m, "FacetName", crate::FromValue::from_value)?,
            schema_arn: crate::codec::optional(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StillContainsLinksException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl StillContainsLinksException {
    pub const CODE: &'static str = "StillContainsLinksException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for StillContainsLinksException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for StillContainsLinksException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tag {
    pub key: ::std::option::Option<::std::string::String>,
    pub value: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for Tag {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.key {
            m.push(("Key", crate::ToValue::to_value(x)));
        }
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
            key: crate::codec::optional(m, "Key", crate::FromValue::from_value)?,
            value: crate::codec::optional(m, "Value", crate::FromValue::from_value)?,
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

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypedAttributeValue {
    pub binary_value: ::std::option::Option<::std::vec::Vec<u8>>,
    pub boolean_value: ::std::option::Option<bool>,
    pub datetime_value: ::std::option::Option<crate::Timestamp>,
    pub number_value: ::std::option::Option<::std::string::String>,
    pub string_value: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for TypedAttributeValue {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.binary_value {
            m.push(("BinaryValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.boolean_value {
            m.push(("BooleanValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.datetime_value {
            m.push(("DatetimeValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.number_value {
            m.push(("NumberValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.string_value {
            m.push(("StringValue", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TypedAttributeValue {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            binary_value: crate::codec::optional(m, "BinaryValue", crate::FromValue::from_value)?,
            boolean_value: crate::codec::optional(m, "BooleanValue", crate::FromValue::from_value)?,
            datetime_value: crate::codec::optional(
                m,
                "DatetimeValue",
                crate::FromValue::from_value,
            )?,
            number_value: crate::codec::optional(m, "NumberValue", crate::FromValue::from_value)?,
            string_value: crate::codec::optional(m, "StringValue", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypedAttributeValueRange {
    pub end_mode: RangeMode,
    pub end_value: ::std::option::Option<TypedAttributeValue>,
    pub start_mode: RangeMode,
    pub start_value: ::std::option::Option<TypedAttributeValue>,
}

impl crate::ToValue for TypedAttributeValueRange {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("EndMode", crate::ToValue::to_value(&self.end_mode)));
        if let Some(x) = &self.end_value {
            m.push(("EndValue", crate::ToValue::to_value(x)));
        }
        m.push(("StartMode", crate::ToValue::to_value(&self.start_mode)));
        if let Some(x) = &self.start_value {
            m.push(("StartValue", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TypedAttributeValueRange {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            end_mode: crate::codec::required(m, "EndMode", crate::FromValue::from_value)?,
            end_value: crate::codec::optional(m, "EndValue", crate::FromValue::from_value)?,
            start_mode: crate::codec::required(m, "StartMode", crate::FromValue::from_value)?,
            start_value: crate::codec::optional(m, "StartValue", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypedLinkAttributeDefinition {
    pub default_value: ::std::option::Option<TypedAttributeValue>,
    pub is_immutable: ::std::option::Option<bool>,
    pub name: ::std::string::String,
    pub required_behavior: RequiredAttributeBehavior,
    pub rules: ::std::option::Option<::std::collections::BTreeMap<::std::string::String, Rule>>,
    pub r#type: FacetAttributeType,
}

impl crate::ToValue for TypedLinkAttributeDefinition {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.default_value {
            m.push(("DefaultValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_immutable {
            m.push(("IsImmutable", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push((
            "RequiredBehavior",
            crate::ToValue::to_value(&self.required_behavior),
        ));
        if let Some(x) = &self.rules {
            m.push((
                "Rules",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TypedLinkAttributeDefinition {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            default_value: crate::codec::optional(m, "DefaultValue", crate::FromValue::from_value)?,
            is_immutable: crate::codec::optional(m, "IsImmutable", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            required_behavior: crate::codec::required(
                m,
                "RequiredBehavior",
                crate::FromValue::from_value,
            )?,
            rules: crate::codec::optional(m, "Rules", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypedLinkAttributeRange {
    pub attribute_name: ::std::option::Option<::std::string::String>,
    pub range: TypedAttributeValueRange,
}

impl crate::ToValue for TypedLinkAttributeRange {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.attribute_name {
            m.push(("AttributeName", crate::ToValue::to_value(x)));
        }
        m.push(("Range", crate::ToValue::to_value(&self.range)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TypedLinkAttributeRange {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_name: crate::codec::optional(
                m,
                "AttributeName",
                crate::FromValue::from_value,
            )?,
            range: crate::codec::required(m, "Range", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypedLinkFacet {
    pub attributes: ::std::vec::Vec<TypedLinkAttributeDefinition>,
    pub identity_attribute_order: ::std::vec::Vec<::std::string::String>,
    pub name: ::std::string::String,
}

impl crate::ToValue for TypedLinkFacet {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "Attributes",
            crate::codec::list_to_value(&self.attributes, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push((
            "IdentityAttributeOrder",
            crate::codec::list_to_value(&self.identity_attribute_order, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TypedLinkFacet {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attributes: crate::codec::required(m, "Attributes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            identity_attribute_order: crate::codec::required(
                m,
                "IdentityAttributeOrder",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypedLinkFacetAttributeUpdate {
    pub action: UpdateActionType,
    pub attribute: TypedLinkAttributeDefinition,
}

impl crate::ToValue for TypedLinkFacetAttributeUpdate {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Action", crate::ToValue::to_value(&self.action)));
        m.push(("Attribute", crate::ToValue::to_value(&self.attribute)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TypedLinkFacetAttributeUpdate {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            action: crate::codec::required(m, "Action", crate::FromValue::from_value)?,
            attribute: crate::codec::required(m, "Attribute", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypedLinkSchemaAndFacetName {
    pub schema_arn: ::std::string::String,
    pub typed_link_name: ::std::string::String,
}

impl crate::ToValue for TypedLinkSchemaAndFacetName {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        m.push((
            "TypedLinkName",
            crate::ToValue::to_value(&self.typed_link_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TypedLinkSchemaAndFacetName {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
            typed_link_name: crate::codec::required(
                m,
                "TypedLinkName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypedLinkSpecifier {
    pub identity_attribute_values: ::std::vec::Vec<AttributeNameAndValue>,
    pub source_object_reference: ObjectReference,
    pub target_object_reference: ObjectReference,
    pub typed_link_facet: TypedLinkSchemaAndFacetName,
}

impl crate::ToValue for TypedLinkSpecifier {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "IdentityAttributeValues",
            crate::codec::list_to_value(&self.identity_attribute_values, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        m.push((
            "SourceObjectReference",
            crate::ToValue::to_value(&self.source_object_reference),
        ));
        m.push((
            "TargetObjectReference",
            crate::ToValue::to_value(&self.target_object_reference),
        ));
        m.push((
            "TypedLinkFacet",
            crate::ToValue::to_value(&self.typed_link_facet),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TypedLinkSpecifier {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            identity_attribute_values: crate::codec::required(
                m,
                "IdentityAttributeValues",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            source_object_reference: crate::codec::required(
                m,
                "SourceObjectReference",
                crate::FromValue::from_value,
            )?,
            target_object_reference: crate::codec::required(
                m,
                "TargetObjectReference",
                crate::FromValue::from_value,
            )?,
            typed_link_facet: crate::codec::required(
                m,
                "TypedLinkFacet",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsupportedIndexTypeException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl UnsupportedIndexTypeException {
    pub const CODE: &'static str = "UnsupportedIndexTypeException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for UnsupportedIndexTypeException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UnsupportedIndexTypeException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagResourceRequest {
    pub resource_arn: ::std::string::String,
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for UntagResourceRequest {
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

impl crate::FromValue for UntagResourceRequest {
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

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateActionType {
    CREATEORUPDATE,
    DELETE,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl UpdateActionType {
    pub const VALUES: &'static [&'static str] = &["CREATE_OR_UPDATE", "DELETE"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::CREATEORUPDATE => "CREATE_OR_UPDATE",
            Self::DELETE => "DELETE",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "CREATE_OR_UPDATE" => Self::CREATEORUPDATE,
            "DELETE" => Self::DELETE,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for UpdateActionType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for UpdateActionType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateFacetRequest {
    pub attribute_updates: ::std::option::Option<::std::vec::Vec<FacetAttributeUpdate>>,
    pub name: ::std::string::String,
    pub object_type: ::std::option::Option<ObjectType>,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for UpdateFacetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.attribute_updates {
            m.push((
                "AttributeUpdates",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.object_type {
            m.push(("ObjectType", crate::ToValue::to_value(x)));
        }
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateFacetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_updates: crate::codec::optional(
                m,
                "AttributeUpdates",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            object_type: crate::codec::optional(m, "ObjectType", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateFacetResponse {}

impl crate::ToValue for UpdateFacetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UpdateFacetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateLinkAttributesRequest {
    pub attribute_updates: ::std::vec::Vec<LinkAttributeUpdate>,
    pub directory_arn: ::std::string::String,
    pub typed_link_specifier: TypedLinkSpecifier,
}

impl crate::ToValue for UpdateLinkAttributesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "AttributeUpdates",
            crate::codec::list_to_value(&self.attribute_updates, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "TypedLinkSpecifier",
            crate::ToValue::to_value(&self.typed_link_specifier),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateLinkAttributesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_updates: crate::codec::required(
                m,
                "AttributeUpdates",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            typed_link_specifier: crate::codec::required(
                m,
                "TypedLinkSpecifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateLinkAttributesResponse {}

impl crate::ToValue for UpdateLinkAttributesResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UpdateLinkAttributesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateObjectAttributesRequest {
    pub attribute_updates: ::std::vec::Vec<ObjectAttributeUpdate>,
    pub directory_arn: ::std::string::String,
    pub object_reference: ObjectReference,
}

impl crate::ToValue for UpdateObjectAttributesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "AttributeUpdates",
            crate::codec::list_to_value(&self.attribute_updates, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        m.push((
            "ObjectReference",
            crate::ToValue::to_value(&self.object_reference),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateObjectAttributesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_updates: crate::codec::required(
                m,
                "AttributeUpdates",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            object_reference: crate::codec::required(
                m,
                "ObjectReference",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateObjectAttributesResponse {
    pub object_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateObjectAttributesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.object_identifier {
            m.push(("ObjectIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateObjectAttributesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            object_identifier: crate::codec::optional(
                m,
                "ObjectIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateSchemaRequest {
    pub name: ::std::string::String,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for UpdateSchemaRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateSchemaRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateSchemaResponse {
    pub schema_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateSchemaResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.schema_arn {
            m.push(("SchemaArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateSchemaResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            schema_arn: crate::codec::optional(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateTypedLinkFacetRequest {
    pub attribute_updates: ::std::vec::Vec<TypedLinkFacetAttributeUpdate>,
    pub identity_attribute_order: ::std::vec::Vec<::std::string::String>,
    pub name: ::std::string::String,
    pub schema_arn: ::std::string::String,
}

impl crate::ToValue for UpdateTypedLinkFacetRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "AttributeUpdates",
            crate::codec::list_to_value(&self.attribute_updates, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push((
            "IdentityAttributeOrder",
            crate::codec::list_to_value(&self.identity_attribute_order, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push(("SchemaArn", crate::ToValue::to_value(&self.schema_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateTypedLinkFacetRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attribute_updates: crate::codec::required(
                m,
                "AttributeUpdates",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            identity_attribute_order: crate::codec::required(
                m,
                "IdentityAttributeOrder",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            schema_arn: crate::codec::required(m, "SchemaArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateTypedLinkFacetResponse {}

impl crate::ToValue for UpdateTypedLinkFacetResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UpdateTypedLinkFacetResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpgradeAppliedSchemaRequest {
    pub directory_arn: ::std::string::String,
    pub dry_run: ::std::option::Option<bool>,
    pub published_schema_arn: ::std::string::String,
}

impl crate::ToValue for UpgradeAppliedSchemaRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "DirectoryArn",
            crate::ToValue::to_value(&self.directory_arn),
        ));
        if let Some(x) = &self.dry_run {
            m.push(("DryRun", crate::ToValue::to_value(x)));
        }
        m.push((
            "PublishedSchemaArn",
            crate::ToValue::to_value(&self.published_schema_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpgradeAppliedSchemaRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::required(m, "DirectoryArn", crate::FromValue::from_value)?,
            dry_run: crate::codec::optional(m, "DryRun", crate::FromValue::from_value)?,
            published_schema_arn: crate::codec::required(
                m,
                "PublishedSchemaArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpgradeAppliedSchemaResponse {
    pub directory_arn: ::std::option::Option<::std::string::String>,
    pub upgraded_schema_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpgradeAppliedSchemaResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.directory_arn {
            m.push(("DirectoryArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.upgraded_schema_arn {
            m.push(("UpgradedSchemaArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpgradeAppliedSchemaResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            directory_arn: crate::codec::optional(m, "DirectoryArn", crate::FromValue::from_value)?,
            upgraded_schema_arn: crate::codec::optional(
                m,
                "UpgradedSchemaArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpgradePublishedSchemaRequest {
    pub development_schema_arn: ::std::string::String,
    pub dry_run: ::std::option::Option<bool>,
    pub minor_version: ::std::string::String,
    pub published_schema_arn: ::std::string::String,
}

impl crate::ToValue for UpgradePublishedSchemaRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "DevelopmentSchemaArn",
            crate::ToValue::to_value(&self.development_schema_arn),
        ));
        if let Some(x) = &self.dry_run {
            m.push(("DryRun", crate::ToValue::to_value(x)));
        }
        m.push((
            "MinorVersion",
            crate::ToValue::to_value(&self.minor_version),
        ));
        m.push((
            "PublishedSchemaArn",
            crate::ToValue::to_value(&self.published_schema_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpgradePublishedSchemaRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            development_schema_arn: crate::codec::required(
                m,
                "DevelopmentSchemaArn",
                crate::FromValue::from_value,
            )?,
            dry_run: crate::codec::optional(m, "DryRun", crate::FromValue::from_value)?,
            minor_version: crate::codec::required(m, "MinorVersion", crate::FromValue::from_value)?,
            published_schema_arn: crate::codec::required(
                m,
                "PublishedSchemaArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpgradePublishedSchemaResponse {
    pub upgraded_schema_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpgradePublishedSchemaResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.upgraded_schema_arn {
            m.push(("UpgradedSchemaArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpgradePublishedSchemaResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            upgraded_schema_arn: crate::codec::optional(
                m,
                "UpgradedSchemaArn",
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
            m.push(("Message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ValidationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "Message", crate::FromValue::from_value)?,
        })
    }
}
